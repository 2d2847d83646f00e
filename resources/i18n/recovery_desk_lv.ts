<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv">
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Supervisor approval</source>
        <translation>Vadītāja apstiprinājums</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Vadītājs</translation>
    </message>
    <message>
        <source>Password or PIN</source>
        <translation>Parole vai PIN</translation>
    </message>
    <message>
        <source>Supervisor:</source>
        <translation>Vadītājs:</translation>
    </message>
    <message>
        <source>Password or PIN:</source>
        <translation>Parole vai PIN:</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Apstiprināt</translation>
    </message>
    <message>
        <source>Type the supervisor&apos;s password or PIN.</source>
        <translation>Ievadiet vadītāja paroli vai PIN.</translation>
    </message>
    <message>
        <source>%1 offered more than their limit. A supervisor who may give this much approves it here with their own password or PIN.</source>
        <translation>%1 piedāvāja vairāk, nekā atļauj limits. Vadītājs, kura limits to sedz, to apstiprina šeit ar savu paroli vai PIN.</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Lieta:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Risinājums:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Summa:</translation>
    </message>
    <message>
        <source>Agent&apos;s limit:</source>
        <translation>Darbinieka limits:</translation>
    </message>
    <message>
        <source>Who may approve:</source>
        <translation>Kas var apstiprināt:</translation>
    </message>
</context>
<context>
    <name>ApprovalRequest</name>
    <message>
        <source>no limit</source>
        <translation>bez limita</translation>
    </message>
</context>
<context>
    <name>ApprovalsButton</name>
    <message>
        <source>Offers over an agent&apos;s limit wait for a supervisor</source>
        <translation>Piedāvājumi virs darbinieka limita gaida vadītāja apstiprinājumu</translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) waiting for approval</source>
        <translation>
            <numerusform>%n piedāvājums gaida apstiprinājumu</numerusform>
            <numerusform>%n piedāvājumi gaida apstiprinājumu</numerusform>
            <numerusform>%n piedāvājumu gaida apstiprinājumu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApprovalsDialog</name>
    <message>
        <source>Waiting for approval</source>
        <translation>Gaida apstiprinājumu</translation>
    </message>
    <message>
        <source>Offers over an agent&apos;s limit at any desk, the longest waiting first. Press Enter to open the case, then Ctrl+Shift+A to approve it.</source>
        <translation>Piedāvājumi virs darbinieka limita no visām darba vietām, ilgāk gaidošie vispirms. Enter atver lietu, Ctrl+Shift+A to apstiprina.</translation>
    </message>
    <message>
        <source>No offer is waiting for approval.</source>
        <translation>Neviens piedāvājums negaida apstiprinājumu.</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Lieta atvērta</translation>
    </message>
    <message>
        <source>Stage entered</source>
        <translation>Posms sākts</translation>
    </message>
    <message>
        <source>Stage completed</source>
        <translation>Posms pabeigts</translation>
    </message>
    <message>
        <source>Stage skipped</source>
        <translation>Posms izlaists</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Kontrolsaraksts</translation>
    </message>
    <message>
        <source>Field captured</source>
        <translation>Dati fiksēti</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Piezīme</translation>
    </message>
    <message>
        <source>Mode changed</source>
        <translation>Režīms mainīts</translation>
    </message>
    <message>
        <source>Resolution offered</source>
        <translation>Risinājums piedāvāts</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskalēts</translation>
    </message>
    <message>
        <source>Escalation approved</source>
        <translation>Eskalācija apstiprināta</translation>
    </message>
    <message>
        <source>Escalation declined</source>
        <translation>Eskalācija noraidīta</translation>
    </message>
    <message>
        <source>Satisfaction recorded</source>
        <translation>Apmierinātība reģistrēta</translation>
    </message>
    <message>
        <source>Follow-up scheduled</source>
        <translation>Atkārtots kontakts ieplānots</translation>
    </message>
    <message>
        <source>Follow-up made</source>
        <translation>Atkārtots kontakts veikts</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Lieta slēgta</translation>
    </message>
    <message>
        <source>Case withdrawn</source>
        <translation>Lieta atsaukta</translation>
    </message>
    <message>
        <source>Case reopened</source>
        <translation>Lieta atvērta atkārtoti</translation>
    </message>
    <message>
        <source>Coaching note</source>
        <translation>Koučinga piezīme</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Pamatcēlonis</translation>
    </message>
    <message>
        <source>Practice reviewed</source>
        <translation>Treniņš izvērtēts</translation>
    </message>
    <message>
        <source>Flagged for training</source>
        <translation>Atzīmēta apmācībai</translation>
    </message>
    <message>
        <source>Follow-up reassigned</source>
        <translation>Atkārtots kontakts nodots citam</translation>
    </message>
    <message>
        <source>Promise kept</source>
        <translation>Solījums izpildīts</translation>
    </message>
    <message>
        <source>Contact details corrected</source>
        <translation>Kontaktinformācija izlabota</translation>
    </message>
    <message>
        <source>scripted</source>
        <translation>pēc teksta</translation>
    </message>
    <message>
        <source>natural</source>
        <translation>brīvi</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>līdz %1</translation>
    </message>
    <message>
        <source>name</source>
        <translation>vārds</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>tālruņa numurs</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>e-pasta adrese</translation>
    </message>
    <message>
        <source>customer number</source>
        <translation>klienta numurs</translation>
    </message>
    <message>
        <source>CSAT %1, recommend %2</source>
        <translation>CSAT %1, ieteiktu %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Laiks</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Notikums</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Posms</translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation>Laiks posmā</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaļas</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Veica</translation>
    </message>
    <message>
        <source>In the customer&apos;s words</source>
        <translation>Klienta vārdiem</translation>
    </message>
    <message>
        <source>Wants</source>
        <translation>Vēlas</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Posmi</translation>
    </message>
    <message>
        <source>done</source>
        <translation>pabeigts</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>izlaists</translation>
    </message>
    <message>
        <source>now</source>
        <translation>pašreizējais</translation>
    </message>
    <message>
        <source>Scripted line</source>
        <translation>Teksta frāze</translation>
    </message>
    <message>
        <source>Own words</source>
        <translation>Saviem vārdiem</translation>
    </message>
    <message>
        <source>Skipped because</source>
        <translation>Izlaišanas iemesls</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Risinājums</translation>
    </message>
    <message>
        <source>no cost</source>
        <translation>bez izmaksām</translation>
    </message>
    <message>
        <source>promised by %1</source>
        <translation>apsolīts līdz %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Kopā: %1</translation>
    </message>
    <message>
        <source>None offered yet.</source>
        <translation>Vēl nekas nav piedāvāts.</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>apstiprināja %1</translation>
    </message>
    <message>
        <source>declined by %1</source>
        <translation>noraidīja %1</translation>
    </message>
    <message>
        <source>waiting for a supervisor</source>
        <translation>gaida vadītāju</translation>
    </message>
    <message>
        <source>declined to answer</source>
        <translation>atteicās atbildēt</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>netika jautāts</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Apmierinātība</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>atkārtots kontakts</translation>
    </message>
    <message>
        <source>at the desk</source>
        <translation>darba vietā</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>pieņēma</translation>
    </message>
    <message>
        <source>recommend</source>
        <translation>ieteiktu</translation>
    </message>
    <message>
        <source>effort</source>
        <translation>piepūle</translation>
    </message>
    <message>
        <source>Not asked yet.</source>
        <translation>Vēl nav jautāts.</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Atkārtoti kontakti</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>termiņš %1</translation>
    </message>
    <message>
        <source>call made by %1</source>
        <translation>zvanīja %1</translation>
    </message>
    <message>
        <source>reassigned from %1 to %2</source>
        <translation>atbildīgais mainīts: %1 → %2</translation>
    </message>
    <message>
        <source>Next call: %1, due %2</source>
        <translation>Nākamais zvans: %1, termiņš %2</translation>
    </message>
    <message>
        <source>Supervisor notes</source>
        <translation>Vadītāja piezīmes</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Vēl nav piezīmju.</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Korektīvā darbība</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(bez vārda)</translation>
    </message>
    <message>
        <source>agent %1</source>
        <translation>darbinieks %1</translation>
    </message>
    <message>
        <source>training</source>
        <translation>treniņš</translation>
    </message>
</context>
<context>
    <name>CaseDetailPanel</name>
    <message>
        <source>Close (Esc)</source>
        <translation>Aizvērt (Esc)</translation>
    </message>
    <message>
        <source>Case detail</source>
        <translation>Lietas informācija</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Hronoloģija</translation>
    </message>
    <message>
        <source>No offer is waiting for a supervisor on this case.</source>
        <translation>Šajā lietā neviens piedāvājums negaida vadītāja lēmumu.</translation>
    </message>
    <message>
        <source>No follow-up is scheduled on this case.</source>
        <translation>Šajā lietā nav ieplānots atkārtots kontakts.</translation>
    </message>
</context>
<context>
    <name>CaseExporter</name>
    <message>
        <source>Export cases…</source>
        <translation>Eksportēt lietas…</translation>
    </message>
    <message>
        <source>Exporting %1 cases…</source>
        <translation>Eksportē %1 lietas…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>Exported %1 cases to %2, pseudonymized: customers are named only in a supervisor&apos;s or an administrator&apos;s export.</source>
        <translation>%1 lietas eksportētas uz %2 ar pseidonīmiem: klientu vārdi ir redzami tikai vadītāja vai administratora eksportā.</translation>
    </message>
    <message>
        <source>Exported %1 cases to %2.</source>
        <translation>%1 lietas eksportētas uz %2.</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Eksportēšana atcelta; nekas netika saglabāts.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Eksportēšana neizdevās: %1</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Time in stage and in case</source>
        <translation>Laiks posmā un lietā</translation>
    </message>
    <message>
        <source>Delivery mode for this case</source>
        <translation>Runas režīms šajā lietā</translation>
    </message>
    <message>
        <source>Natural (own words)</source>
        <translation>Brīvi (saviem vārdiem)</translation>
    </message>
    <message>
        <source>Scripted (read lines)</source>
        <translation>Pēc teksta (nolasīt frāzes)</translation>
    </message>
    <message>
        <source>Correct contact details…</source>
        <translation>Labot kontaktinformāciju…</translation>
    </message>
    <message>
        <source>Correct the customer&apos;s contact details</source>
        <translation>Labot klienta kontaktinformāciju</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(bez vārda)</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>procesā</translation>
    </message>
    <message>
        <source>waiting for a supervisor</source>
        <translation>gaida vadītāju</translation>
    </message>
    <message>
        <source>waiting for a follow-up</source>
        <translation>gaida atkārtotu kontaktu</translation>
    </message>
    <message>
        <source>Wants:</source>
        <translation>Vēlas:</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Stage %1 · Case %2</source>
        <translation>Posms %1 · Lieta %2</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <source>◀ Back (Shift+F8)</source>
        <translation>◀ Atpakaļ (Shift+F8)</translation>
    </message>
    <message>
        <source>Skip… (F6)</source>
        <translation>Izlaist… (F6)</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Atsaukt…</translation>
    </message>
    <message>
        <source>Park (Ctrl+W)</source>
        <translation>Atlikt (Ctrl+W)</translation>
    </message>
    <message>
        <source>Keep the case open and serve the next customer.</source>
        <translation>Atstāt lietu atvērtu un apkalpot nākamo klientu.</translation>
    </message>
    <message>
        <source>Next customer (Ctrl+N)</source>
        <translation>Nākamais klients (Ctrl+N)</translation>
    </message>
    <message>
        <source>Agreement for the customer (PDF)…</source>
        <translation>Vienošanās klientam (PDF)…</translation>
    </message>
    <message>
        <source>One page in the customer&apos;s language: the reference and what was agreed.</source>
        <translation>Viena lapa klienta valodā: lietas numurs un par ko vienojās.</translation>
    </message>
    <message>
        <source>Complete stage ▶ (F8)</source>
        <translation>Pabeigt posmu ▶ (F8)</translation>
    </message>
    <message>
        <source>The action was not recorded: %1</source>
        <translation>Darbība netika saglabāta: %1</translation>
    </message>
    <message>
        <source>Save the agreement as PDF</source>
        <translation>Saglabāt vienošanos kā PDF</translation>
    </message>
    <message>
        <source>Agreement saved: %1</source>
        <translation>Vienošanās saglabāta: %1</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Piezīme pievienota.</translation>
    </message>
    <message>
        <source>Skip stage</source>
        <translation>Izlaist posmu</translation>
    </message>
    <message>
        <source>Why do you skip this stage?</source>
        <translation>Kāpēc izlaižat šo posmu?</translation>
    </message>
    <message>
        <source>Contact details corrected.</source>
        <translation>Kontaktinformācija izlabota.</translation>
    </message>
    <message>
        <source>Withdraw case</source>
        <translation>Atsaukt lietu</translation>
    </message>
    <message>
        <source>Why is the case withdrawn?</source>
        <translation>Kāpēc lieta tiek atsaukta?</translation>
    </message>
    <message>
        <source>Not fully satisfied: the customer is on the watchlist and a follow-up is due %1.</source>
        <translation>Nav pilnībā apmierināts: klients ir uzraudzības sarakstā, un atkārtots kontakts jāveic līdz %1.</translation>
    </message>
    <message>
        <source>Close as not recovered</source>
        <translation>Slēgt kā neatrisinātu</translation>
    </message>
    <message>
        <source>Why is the case closed without a satisfied customer?</source>
        <translation>Kāpēc lieta tiek slēgta, ja klients nav apmierināts?</translation>
    </message>
    <message>
        <source>Move the cursor to a line of &quot;What to say&quot; (Tab to it, then the arrow keys) and press the key again.</source>
        <translation>Novietojiet kursoru uz rindas sadaļā “Ko teikt” (ar Tab, tad ar bultiņām) un nospiediet taustiņu vēlreiz.</translation>
    </message>
    <message>
        <source>The resolution is chosen in the resolution stage.</source>
        <translation>Risinājumu izvēlas risinājuma posmā.</translation>
    </message>
    <message>
        <source>The customer&apos;s satisfaction is asked in its own stage or at the follow-up.</source>
        <translation>Par klienta apmierinātību jautā tai paredzētajā posmā vai atkārtotajā kontaktā.</translation>
    </message>
    <message>
        <source>Nobody on this desk may approve %1: no supervisor&apos;s limit covers it.</source>
        <translation>Šajā darba vietā neviens nevar apstiprināt %1: neviena vadītāja limits to nesedz.</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Reference</source>
        <translation>Numurs</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klients</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Atbilstība</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Atvērta</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Darbinieks</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Risinājums</translation>
    </message>
    <message>
        <source>The offer&apos;s first resolution. An offer may hold several: the case&apos;s detail lists each with its amount and deadline.</source>
        <translation>Piedāvājuma pirmais risinājums. Piedāvājumā var būt vairāki: lietas detaļās katrs ir norādīts ar summu un termiņu.</translation>
    </message>
    <message>
        <source>Redress</source>
        <translation>Kompensācija</translation>
    </message>
    <message>
        <source>The offer&apos;s total, over every resolution it holds.</source>
        <translation>Piedāvājuma kopsumma par visiem tā risinājumiem.</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Recommend</source>
        <translation>Ieteiktu</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Ilgums</translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation>Uzraudzības saraksts</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Slēgta</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanāls</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Nopietnība</translation>
    </message>
    <message>
        <source>Final response due</source>
        <translation>Galīgās atbildes termiņš</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Termiņš</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>Noklikšķiniet, lai kārtotu pēc šīs kolonnas</translation>
    </message>
    <message>
        <source>%1 (training)</source>
        <translation>%1 (treniņš)</translation>
    </message>
</context>
<context>
    <name>CaseWords</name>
    <message>
        <source>the amount is over the agent&apos;s limit</source>
        <translation>summa pārsniedz darbinieka limitu</translation>
    </message>
    <message>
        <source>the customer was not fully satisfied</source>
        <translation>klients nebija pilnībā apmierināts</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>jā</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>daļēji</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nē</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nav zināms</translation>
    </message>
    <message>
        <source>verbally</source>
        <translation>mutiski</translation>
    </message>
    <message>
        <source>in writing</source>
        <translation>rakstiski</translation>
    </message>
</context>
<context>
    <name>ChecklistBox</name>
    <message>
        <source>Checklist</source>
        <translation>Kontrolsaraksts</translation>
    </message>
</context>
<context>
    <name>ClockStrip</name>
    <message>
        <source>Regulated clocks</source>
        <translation>Regulētie termiņi</translation>
    </message>
    <message>
        <source>&amp;Letter…</source>
        <translation>&amp;Vēstule…</translation>
    </message>
    <message>
        <source>Preview, edit and send a letter or reply</source>
        <translation>Vēstules vai atbildes priekšskatījums, labošana un nosūtīšana</translation>
    </message>
    <message>
        <source>Deadline warning</source>
        <translation>Brīdinājums par termiņu</translation>
    </message>
    <message>
        <source>Resume clock</source>
        <translation>Atsākt termiņa skaitīšanu</translation>
    </message>
    <message>
        <source>Pause clock (waiting on customer)</source>
        <translation>Apturēt termiņu (gaidām klientu)</translation>
    </message>
    <message>
        <source>%1 is overdue (%2). Send it now and tell your supervisor.</source>
        <translation>%1: termiņš nokavēts (%2). Nosūtiet tūlīt un informējiet vadītāju.</translation>
    </message>
    <message>
        <source>%1 due %2 (%3).</source>
        <translation>%1 termiņš: %2 (%3).</translation>
    </message>
    <message>
        <source>Send: %1.</source>
        <translation>Jānosūta: %1.</translation>
    </message>
    <message>
        <source>Pause the clock</source>
        <translation>Termiņa apturēšana</translation>
    </message>
    <message>
        <source>What is the case waiting for?</source>
        <translation>Ko gaida šī lieta?</translation>
    </message>
</context>
<context>
    <name>Clocks</name>
    <message>
        <source>Acknowledgement</source>
        <translation>Saņemšanas apstiprinājums</translation>
    </message>
    <message>
        <source>Summary resolution (3 business days)</source>
        <translation>Ātrs atrisinājums (3 darbdienas)</translation>
    </message>
    <message>
        <source>Final response</source>
        <translation>Galīgā atbilde</translation>
    </message>
    <message>
        <source>running</source>
        <translation>rit</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>drīz beigsies</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>apturēts</translation>
    </message>
    <message>
        <source>met</source>
        <translation>izpildīts</translation>
    </message>
    <message>
        <source>met late</source>
        <translation>izpildīts ar nokavējumu</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>nokavēts</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>nav vajadzīgs</translation>
    </message>
    <message>
        <source>window passed</source>
        <translation>laiks pagājis</translation>
    </message>
    <message>
        <source>open</source>
        <translation>atvērts</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d. %2 st.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 st.</translation>
    </message>
    <message>
        <source>under an hour</source>
        <translation>mazāk par stundu</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>nokavēts par %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>atlicis %1</translation>
    </message>
    <message>
        <source>upheld</source>
        <translation>pamatota</translation>
    </message>
    <message>
        <source>partly upheld</source>
        <translation>daļēji pamatota</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>noraidīta</translation>
    </message>
    <message>
        <source>Holding response</source>
        <translation>Starpatbilde</translation>
    </message>
    <message>
        <source>Summary resolution</source>
        <translation>Ātrā atrisinājuma paziņojums</translation>
    </message>
    <message>
        <source>Apology with the fix</source>
        <translation>Atvainošanās ar risinājumu</translation>
    </message>
    <message>
        <source>Request for information</source>
        <translation>Informācijas pieprasījums</translation>
    </message>
    <message>
        <source>Call summary</source>
        <translation>Sarunas kopsavilkums</translation>
    </message>
</context>
<context>
    <name>ClocksSection</name>
    <message>
        <source>Regulated handling</source>
        <translation>Regulētā sūdzību izskatīšana</translation>
    </message>
    <message>
        <source>Clock rule pack for new cases</source>
        <translation>Termiņu noteikumu kopa jaunām lietām</translation>
    </message>
    <message>
        <source>Use for new cases</source>
        <translation>Lietot jaunām lietām</translation>
    </message>
    <message>
        <source>Clock rule pack:</source>
        <translation>Noteikumu kopa:</translation>
    </message>
    <message>
        <source>Organization&apos;s name on letters</source>
        <translation>Organizācijas nosaukums vēstulēs</translation>
    </message>
    <message>
        <source>Organization&apos;s reply address</source>
        <translation>Organizācijas atbildes adrese</translation>
    </message>
    <message>
        <source>complaints@example.org</source>
        <translation>sudzibas@example.org</translation>
    </message>
    <message>
        <source>Organization on letters:</source>
        <translation>Organizācija vēstulēs:</translation>
    </message>
    <message>
        <source>Reply address:</source>
        <translation>Atbildes adrese:</translation>
    </message>
    <message>
        <source>No regulated clocks</source>
        <translation>Bez regulētiem termiņiem</translation>
    </message>
    <message>
        <source>New cases run no regulated clocks.</source>
        <translation>Jaunām lietām regulētie termiņi netiek skaitīti.</translation>
    </message>
    <message>
        <source>New cases run under this pack since %1 (chosen by %2).</source>
        <translation>Jaunām lietām šī kopa tiek lietota kopš %1 (izvēlējās %2).</translation>
    </message>
    <message>
        <source>A supervisor or administrator chooses the pack.</source>
        <translation>Kopu izvēlas vadītājs vai administrators.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Correct contact details</source>
        <extracomment>``record(values, reason)`` records the correction; the refusal&apos;s text, or None when done</extracomment>
        <translation>Labot kontaktinformāciju</translation>
    </message>
    <message>
        <source>The customer&apos;s details as recorded now. Change what is wrong and say why; the correction is kept on this case.</source>
        <translation>Klienta dati, kā tie ir reģistrēti tagad. Izlabojiet to, kas nav pareizi, un norādiet, kāpēc; labojums tiek saglabāts šajā lietā.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vārds</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Tālruņa numurs</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-pasta adrese</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Klienta numurs</translation>
    </message>
    <message>
        <source>Why the details are corrected</source>
        <translation>Kāpēc dati tiek laboti</translation>
    </message>
    <message>
        <source>e.g. the customer gave a new number</source>
        <translation>piem., klients norādīja jaunu numuru</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Iemesls</translation>
    </message>
    <message>
        <source>Record the correction</source>
        <translation>Reģistrēt labojumu</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <source>no cost</source>
        <translation>bez maksas</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>līdz %1</translation>
    </message>
    <message>
        <source>Offered: %1</source>
        <translation>Piedāvāts: %1</translation>
    </message>
    <message>
        <source>accepted: %1</source>
        <translation>pieņēma: %1</translation>
    </message>
    <message>
        <source>CSAT %1/%2</source>
        <translation>CSAT %1/%2</translation>
    </message>
    <message>
        <source>recommend %1/%2</source>
        <translation>ieteiktu %1/%2</translation>
    </message>
    <message>
        <source>effort %1/%2</source>
        <translation>pūles %1/%2</translation>
    </message>
    <message>
        <source>Customer answered: %1</source>
        <translation>Klients atbildēja: %1</translation>
    </message>
    <message>
        <source>%1 skipped after %2</source>
        <translation>%1 izlaists pēc %2</translation>
    </message>
    <message>
        <source>%1 done in %2</source>
        <translation>%1 pabeigts %2 laikā</translation>
    </message>
    <message>
        <source>Follow-up due %1</source>
        <translation>Atkārtots kontakts līdz %1</translation>
    </message>
    <message>
        <source>In own words: “%1”</source>
        <translation>Saviem vārdiem: “%1”</translation>
    </message>
    <message>
        <source>Switched to %1</source>
        <translation>Pārslēgts uz: %1</translation>
    </message>
    <message>
        <source>Asked a supervisor: %1</source>
        <translation>Vērsās pie vadītāja: %1</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Slēgts: %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klients</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>No data for this chart.</source>
        <translation>Šim grafikam nav datu.</translation>
    </message>
    <message>
        <source>%1 complaints, CSAT %2</source>
        <translation>Sūdzības: %1, CSAT %2</translation>
    </message>
    <message>
        <source>%1 (partial)</source>
        <translation>%1 (daļēji)</translation>
    </message>
    <message>
        <source>Partial: some of its days are outside the period chosen, before the first case or still to come.</source>
        <translation>Daļēji: dažas tā dienas ir ārpus izvēlētā perioda, pirms pirmās lietas vai vēl priekšā.</translation>
    </message>
    <message>
        <source>Complaints and CSAT by week</source>
        <translation>Sūdzības un CSAT pa nedēļām</translation>
    </message>
    <message>
        <source>Complaints and CSAT by month</source>
        <translation>Sūdzības un CSAT pa mēnešiem</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Sūdzības</translation>
    </message>
    <message>
        <source>CSAT %</source>
        <translation>CSAT %</translation>
    </message>
    <message>
        <source>%1 complaints (%2 of all)</source>
        <translation>Sūdzības: %1 (%2 no visām)</translation>
    </message>
    <message>
        <source>Top five complaint categories</source>
        <translation>Piecas biežākās sūdzību kategorijas</translation>
    </message>
    <message>
        <source>Recovery rate</source>
        <translation>Atrisināšanas rādītājs</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>Lietas: %1</translation>
    </message>
    <message>
        <source>Scripted vs natural</source>
        <translation>Pēc teksta pret brīvi</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>stundas</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minūtes</translation>
    </message>
    <message>
        <source>median %1, 90th percentile %2 (%3 cases)</source>
        <translation>mediāna %1, 90. procentile %2 (lietas: %3)</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediāna</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90. procentile</translation>
    </message>
    <message>
        <source>Where recoveries stall: time in each stage</source>
        <translation>Kur risināšana iestrēgst: laiks katrā posmā</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Pārskats</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Recovery rate</source>
        <translation>Atrisināšanas rādītājs</translation>
    </message>
    <message>
        <source>Trend</source>
        <extracomment>The ``CaseFilter`` of a tile, bar or row the user chose; the window opens the Log on it. Whether a computation is running (for tests and the window).</extracomment>
        <translation>Tendence</translation>
    </message>
    <message>
        <source>Top five complaint categories</source>
        <translation>Piecas biežākās sūdzību kategorijas</translation>
    </message>
    <message>
        <source>Scripted vs natural</source>
        <translation>Pēc teksta pret brīvi</translation>
    </message>
    <message>
        <source>Where recoveries stall</source>
        <translation>Kur risināšana iestrēgst</translation>
    </message>
    <message>
        <source>No complaints in this period and scope. Choose a longer period or widen the scope.</source>
        <translation>Šajā periodā un atlasē sūdzību nav. Izvēlieties garāku periodu vai paplašiniet atlasi.</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>Sadalījumi</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Aprēķina…</translation>
    </message>
    <message>
        <source>Computing the figures</source>
        <translation>Rādītāju aprēķināšana</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atsvaidzināt</translation>
    </message>
    <message>
        <source>Compute the figures again (F5)</source>
        <translation>Aprēķināt rādītājus vēlreiz (F5)</translation>
    </message>
    <message>
        <source>Export PDF report…</source>
        <translation>Eksportēt PDF atskaiti…</translation>
    </message>
    <message>
        <source>A printable report of this period and scope: figures, charts, breakdowns and follow-ups.</source>
        <translation>Drukājama šī perioda un atlases atskaite: rādītāji, diagrammas, sadalījumi un atkārtotie kontakti.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periods</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Pēdējās 7 dienas</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Pēdējās 30 dienas</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Pēdējās 90 dienas</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Šis mēnesis</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Šis gads</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Viss laiks</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Izvēlēti datumi</translation>
    </message>
    <message>
        <source>From</source>
        <translation>No</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Līdz</translation>
    </message>
    <message>
        <source>Trend by</source>
        <translation>Tendences intervāls</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Pa nedēļām</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Pa mēnešiem</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Darba vieta</translation>
    </message>
    <message>
        <source>All desks</source>
        <translation>Visas darba vietas</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Darbinieks</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Visi darbinieki</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanāls</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Visi kanāli</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Rīcības plāns</translation>
    </message>
    <message>
        <source>All playbooks</source>
        <translation>Visi rīcības plāni</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Lietas</translation>
    </message>
    <message>
        <source>Median time to resolution</source>
        <translation>Laiks līdz atrisināšanai (mediāna)</translation>
    </message>
    <message>
        <source>Double-click a row (or press Enter) to list its cases.</source>
        <translation>Veiciet dubultklikšķi uz rindas (vai nospiediet Enter), lai redzētu tās lietas.</translation>
    </message>
    <message>
        <source>Could not compute the figures: %1</source>
        <translation>Neizdevās aprēķināt rādītājus: %1</translation>
    </message>
    <message>
        <source>Hover a figure to see how it is computed; click it, a bar or a row to list its cases. Training cases are never counted.</source>
        <translation>Novietojiet peli uz rādītāja, lai redzētu, kā tas aprēķināts; noklikšķiniet uz tā, stabiņa vai rindas, lai redzētu attiecīgās lietas. Treniņa lietas netiek ieskaitītas nekad.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Veido atskaiti…</translation>
    </message>
    <message>
        <source>Saved the report (%1 pages) to %2.</source>
        <translation>Atskaite (lappuses: %1) saglabāta: %2.</translation>
    </message>
    <message>
        <source>Could not write the report: %1</source>
        <translation>Neizdevās izveidot atskaiti: %1</translation>
    </message>
</context>
<context>
    <name>DeadlineDateEdit</name>
    <message>
        <source>— choose a date —</source>
        <translation>— izvēlieties datumu —</translation>
    </message>
</context>
<context>
    <name>DeadlineTimeEdit</name>
    <message>
        <source>— choose a time —</source>
        <translation>— izvēlieties laiku —</translation>
    </message>
</context>
<context>
    <name>Debrief</name>
    <message>
        <source>found</source>
        <translation>atrasts</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>palaists garām</translation>
    </message>
    <message>
        <source>Not judged yet: talk each fact through, then tick the ones found in the review.</source>
        <translation>Vēl nav novērtēts: pārrunājiet katru faktu un pēc tam izvērtējumā atzīmējiet atrastos.</translation>
    </message>
    <message>
        <source>%1 of %2 facts found.</source>
        <translation>Atrasti %1 no %2 faktiem.</translation>
    </message>
    <message>
        <source>Facts to find out</source>
        <translation>Noskaidrojamie fakti</translation>
    </message>
    <message>
        <source>Pitfalls</source>
        <translation>Biežākās kļūdas</translation>
    </message>
</context>
<context>
    <name>DebriefDialog</name>
    <message>
        <source>Debrief: %1</source>
        <translation>Pārrunas: %1</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Pārrunas</translation>
    </message>
    <message>
        <source>Review this run</source>
        <translation>Izvērtēt šo treniņu</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <source>Open cases (F7)</source>
        <extracomment>what &quot;now&quot; is for the reminders (a test sets a simulated clock)</extracomment>
        <translation>Atvērtās lietas (F7)</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Jauna lieta</translation>
    </message>
    <message>
        <source>The case was not opened: %1</source>
        <translation>Lieta netika atvērta: %1</translation>
    </message>
    <message>
        <source>Case %1 opened.</source>
        <translation>Lieta %1 atvērta.</translation>
    </message>
    <message>
        <source>Practice %1</source>
        <translation>Treniņš %1</translation>
    </message>
    <message>
        <source>Practice started: %1. It is never counted in the figures.</source>
        <translation>Treniņš sākts: %1. Tas netiek ieskaitīts rādītājos.</translation>
    </message>
    <message>
        <source>Could not read the case list: %1</source>
        <translation>Neizdevās nolasīt lietu sarakstu: %1</translation>
    </message>
    <message>
        <source>Follow-ups: %1 due today, %2 overdue (F9)</source>
        <translation>Atkārtoti kontakti: %1 šodien, %2 nokavēti (F9)</translation>
    </message>
    <message>
        <source>Could not autosave the typed text: %1</source>
        <translation>Neizdevās automātiski saglabāt ievadīto tekstu: %1</translation>
    </message>
    <message>
        <source>Welcome back. %1 and %2 were kept when you last worked at this desk. Restore them?</source>
        <translation>Laipni lūdzam atpakaļ! Kad pēdējoreiz strādājāt šajā darba vietā, tika saglabāts: %1 un %2. Atjaunot?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Atjaunot</translation>
    </message>
    <message>
        <source>Discard the text</source>
        <translation>Atmest tekstu</translation>
    </message>
    <message>
        <source>Restored the open cases and the typed text.</source>
        <translation>Atvērtās lietas un ievadītais teksts ir atjaunoti.</translation>
    </message>
    <message>
        <source>The case log is empty. Load %1 realistic demo cases to explore the desk, the log and the dashboard? You can also start with your first real customer.</source>
        <translation>Lietu žurnāls ir tukšs. Vai ielādēt reālistiskas demonstrācijas lietas (%1), lai iepazītu darba vietu, žurnālu un pārskatu? Varat arī uzreiz sākt ar pirmo īsto klientu.</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Ielādēt demonstrācijas datus</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Sākt bez datiem</translation>
    </message>
    <message>
        <source>Loading demo cases… the desk stays usable.</source>
        <translation>Ielādē demonstrācijas lietas… darba vietu var turpināt izmantot.</translation>
    </message>
    <message>
        <source>Loaded %1 demo cases.</source>
        <translation>Ielādētas demonstrācijas lietas: %1.</translation>
    </message>
    <message>
        <source>Demo data could not be loaded: %1</source>
        <translation>Neizdevās ielādēt demonstrācijas datus: %1</translation>
    </message>
</context>
<context>
    <name>DesksSection</name>
    <message>
        <source>Trust a desk</source>
        <translation>Uzticēties darba vietai</translation>
    </message>
    <message>
        <source>Desks</source>
        <translation>Darba vietas</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Darba vieta</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Atslēgas nospiedums</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Trusted by</source>
        <translation>Uzticēšanos apstiprināja</translation>
    </message>
    <message>
        <source>Known desks and their keys</source>
        <translation>Zināmās darba vietas un to atslēgas</translation>
    </message>
    <message>
        <source>Desk id to trust</source>
        <translation>Uzticamās darba vietas ID</translation>
    </message>
    <message>
        <source>e.g. RIGA-2</source>
        <translation>piem., RIGA-2</translation>
    </message>
    <message>
        <source>Its key fingerprint</source>
        <translation>Tā atslēgas nospiedums</translation>
    </message>
    <message>
        <source>as that desk shows it (recovery-desk desks identity)</source>
        <translation>tā, kā to rāda attiecīgā darba vieta (recovery-desk desks identity)</translation>
    </message>
    <message>
        <source>Desk id:</source>
        <translation>Darba vietas ID:</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>Atslēgas nospiedums:</translation>
    </message>
    <message>
        <source>Trust this desk…</source>
        <translation>Uzticēties šai darba vietai…</translation>
    </message>
    <message>
        <source>This case log is a server, not a desk: it has no key of its own.</source>
        <translation>Šis lietu žurnāls ir serveris, nevis darba vieta: tam nav savas atslēgas.</translation>
    </message>
    <message>
        <source>This desk is %1; its key fingerprint is %2. Other desks compare this with what they are asked to trust.</source>
        <translation>Šī darba vieta ir %1; tās atslēgas nospiedums ir %2. Citas darba vietas to salīdzina ar to, kam tām lūgts uzticēties.</translation>
    </message>
    <message>
        <source>Held aside, not applied: %1 bundle(s) from desks not trusted here (%2).</source>
        <translation>Atlikts, nav piemērots: %1 pakete(s) no darba vietām, kurām šeit neuzticas (%2).</translation>
    </message>
    <message>
        <source>That is not a key fingerprint: it has 32 hex digits (0–9, a–f), in groups of four.</source>
        <translation>Tas nav atslēgas nospiedums: tajā ir 32 heksadecimāli cipari (0–9, a–f) četru grupās.</translation>
    </message>
    <message>
        <source>Nothing is held aside.</source>
        <translation>Nekas nav atlikts.</translation>
    </message>
    <message>
        <source>this desk</source>
        <translation>šī darba vieta</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>uzticama</translation>
    </message>
    <message>
        <source>not trusted: its events are held aside</source>
        <translation>nav uzticama: tās notikumi ir atlikti</translation>
    </message>
    <message>
        <source>replaced by a newer key</source>
        <translation>aizstāts ar jaunāku atslēgu</translation>
    </message>
    <message>
        <source>trusted; nothing received from it yet</source>
        <translation>uzticama; no tās vēl nekas nav saņemts</translation>
    </message>
    <message>
        <source>Type the desk id and the key fingerprint that desk shows.</source>
        <translation>Ierakstiet darba vietas ID un atslēgas nospiedumu, ko rāda attiecīgā darba vieta.</translation>
    </message>
    <message>
        <source>Trust desk %1 with the key %2? Do this only after comparing the fingerprint with what that desk shows, by phone or in person. Its events will then apply here.</source>
        <translation>Uzticēties darba vietai %1 ar atslēgu %2? Dariet to tikai pēc tam, kad pa tālruni vai klātienē esat salīdzinājis nospiedumu ar to, ko rāda attiecīgā darba vieta. Pēc tam tās notikumi tiks piemēroti arī šeit.</translation>
    </message>
    <message>
        <source>Desk %1 is trusted. Its held events apply at the next sync.</source>
        <translation>Darba vieta %1 ir uzticama. Tās atliktie notikumi tiks piemēroti nākamajā sinhronizācijā.</translation>
    </message>
    <message>
        <source>Desk %1 is trusted. Its events apply once they arrive.</source>
        <translation>Darba vieta %1 ir uzticama. Tās notikumi tiks piemēroti, tiklīdz tie pienāks.</translation>
    </message>
    <message>
        <source>%1 is not a desk id: letters, digits, - and _ only.</source>
        <translation>%1 nav darba vietas ID: atļauti tikai burti, cipari, - un _.</translation>
    </message>
    <message>
        <source>%1 is this desk itself.</source>
        <translation>%1 ir pati šī darba vieta.</translation>
    </message>
    <message>
        <source>Desk %1 already has a trusted key. If it really has a new one, an administrator replaces it with recovery-desk desks trust %1 FINGERPRINT --replace.</source>
        <translation>Darba vietai %1 jau ir uzticama atslēga. Ja tai tiešām ir jauna, administrators to aizstāj ar komandu recovery-desk desks trust %1 FINGERPRINT --replace.</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>An offer was made before listening ended.</source>
        <translation>Piedāvājums tika izteikts, pirms uzklausīšana bija pabeigta.</translation>
    </message>
    <message>
        <source>Nothing recorded for this in the run.</source>
        <translation>Treniņā par to nekas nav ierakstīts.</translation>
    </message>
</context>
<context>
    <name>FeedbackButton</name>
    <message>
        <source>Coaching notes and reviews of your own cases</source>
        <translation>Koučinga piezīmes un izvērtējumi par jūsu lietām</translation>
    </message>
    <message numerus="yes">
        <source>Feedback: %n new</source>
        <translation>
            <numerusform>Atsauksmes: %n jauna</numerusform>
            <numerusform>Atsauksmes: %n jaunas</numerusform>
            <numerusform>Atsauksmes: %n jaunu</numerusform>
        </translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Atsauksmes</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Feedback on your cases</source>
        <translation>Atsauksmes par jūsu lietām</translation>
    </message>
    <message>
        <source>Coaching notes and reviews of your own cases, newest first. Read one, then press Ctrl+Enter to acknowledge it.</source>
        <translation>Koučinga piezīmes un izvērtējumi par jūsu lietām, jaunākās vispirms. Izlasiet un nospiediet Ctrl+Enter, lai apstiprinātu.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kad</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Lieta</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Autors</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Vērtējums</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stāvoklis</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Atsauksmes</translation>
    </message>
    <message>
        <source>No coaching notes or reviews of your cases yet.</source>
        <translation>Par jūsu lietām vēl nav koučinga piezīmju vai izvērtējumu.</translation>
    </message>
    <message>
        <source>Acknowledge (Ctrl+Enter)</source>
        <translation>Apstiprināt (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Coaching note</source>
        <translation>Koučinga piezīme</translation>
    </message>
    <message>
        <source>Practice review</source>
        <translation>Treniņa izvērtējums</translation>
    </message>
    <message>
        <source>Quality review</source>
        <translation>Kvalitātes pārbaude</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Apstiprināta</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Jauna</translation>
    </message>
    <message>
        <source>From %1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Score: %1 of 5</source>
        <translation>Vērtējums: %1 no 5</translation>
    </message>
</context>
<context>
    <name>FieldsBox</name>
    <message>
        <source>Capture</source>
        <translation>Fiksējamie dati</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Any</source>
        <translation>Visi</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Meklēt žurnālā</translation>
    </message>
    <message>
        <source>Reference, customer, phone, e-mail or words (Ctrl+F)</source>
        <translation>Numurs, klients, tālrunis, e-pasts vai vārdi (Ctrl+F)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periods</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jebkurā laikā</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Šodien</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Pēdējās 7 dienas</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Pēdējās 30 dienas</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Pēdējās 90 dienas</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>No – līdz</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Sākuma datums</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Beigu datums</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Atiestatīt filtrus</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Darba vieta</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Darbinieks</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanāls</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Nopietnība</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Rīcības plāns</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Režīms</translation>
    </message>
    <message>
        <source>scripted</source>
        <translation>pēc teksta</translation>
    </message>
    <message>
        <source>natural</source>
        <translation>brīvi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Iznākums</translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation>Uzraudzība</translation>
    </message>
    <message>
        <source>on the watchlist</source>
        <translation>uzraudzības sarakstā</translation>
    </message>
    <message>
        <source>not on it</source>
        <translation>nav sarakstā</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskalācija</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>eskalēta</translation>
    </message>
    <message>
        <source>not escalated</source>
        <translation>nav eskalēta</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>Nokavēts atkārtots kontakts</translation>
    </message>
    <message>
        <source>Include training cases</source>
        <translation>Iekļaut treniņa lietas</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Create the administrator – Recovery Desk</source>
        <translation>Administratora izveide – Recovery Desk</translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation>Izveidot administratoru</translation>
    </message>
    <message>
        <source>This case log has no account that can sign in yet. Create the administrator now; the administrator then adds the agents, supervisors and trainers.</source>
        <translation>Šajā lietu žurnālā vēl nav neviena konta, ar kuru varētu pieteikties. Izveidojiet administratoru tagad; pēc tam administrators pievienos darbiniekus, vadītājus un pasniedzējus.</translation>
    </message>
    <message>
        <source>Administrator&apos;s name</source>
        <translation>Administratora vārds</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parole</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Vismaz %1 rakstzīmes</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Parole vēlreiz</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Vārds:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Parole:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Parole vēlreiz:</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Izveidot un pieteikties</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same one twice.</source>
        <translation>Paroles nesakrīt. Ievadiet to pašu paroli divreiz.</translation>
    </message>
    <message>
        <source>Choose a name (1 to 200 characters) and a password of at least %1 characters.</source>
        <translation>Izvēlieties vārdu (no 1 līdz 200 rakstzīmēm) un paroli, kurā ir vismaz %1 rakstzīmes.</translation>
    </message>
</context>
<context>
    <name>Flow</name>
    <message>
        <source>Write down the complaint in the customer&apos;s own words first.</source>
        <translation>Vispirms pierakstiet sūdzību klienta vārdiem.</translation>
    </message>
    <message>
        <source>Unknown mode “%1”; use scripted or natural.</source>
        <translation>Nezināms runas režīms “%1”; izvēlieties “pēc teksta” vai “brīvi”.</translation>
    </message>
    <message>
        <source>Choose or create the customer first.</source>
        <translation>Vispirms izvēlieties vai izveidojiet klientu.</translation>
    </message>
    <message>
        <source>This case is not in the guided flow any more.</source>
        <translation>Šī lieta vairs nav vadītajā procesā.</translation>
    </message>
    <message>
        <source>The stage “%1” has no checklist item “%2”.</source>
        <translation>Posma “%1” kontrolsarakstā nav punkta “%2”.</translation>
    </message>
    <message>
        <source>The stage “%1” has no field “%2”.</source>
        <translation>Posmā “%1” nav lauka “%2”.</translation>
    </message>
    <message>
        <source>%1: choose one of %2.</source>
        <translation>%1: izvēlieties vienu no šiem: %2.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number.</source>
        <translation>%1: “%2” nav skaitlis.</translation>
    </message>
    <message>
        <source>Offer a resolution from the catalogue.</source>
        <translation>Piedāvājiet risinājumu no kataloga.</translation>
    </message>
    <message>
        <source>The resolution waits for a supervisor&apos;s approval.</source>
        <translation>Risinājums gaida vadītāja apstiprinājumu.</translation>
    </message>
    <message>
        <source>Record the customer&apos;s satisfaction.</source>
        <translation>Reģistrējiet klienta apmierinātību.</translation>
    </message>
    <message>
        <source>This stage cannot be skipped in this playbook.</source>
        <translation>Šajā rīcības plānā šo posmu nevar izlaist.</translation>
    </message>
    <message>
        <source>Say why you skip this stage.</source>
        <translation>Norādiet, kāpēc izlaižat šo posmu.</translation>
    </message>
    <message>
        <source>This is the first stage.</source>
        <translation>Šis ir pirmais posms.</translation>
    </message>
    <message>
        <source>Offer a resolution in the resolution stage.</source>
        <translation>Risinājumu piedāvājiet risinājuma posmā.</translation>
    </message>
    <message>
        <source>A supervisor has not decided on the current offer yet.</source>
        <translation>Vadītājs vēl nav pieņēmis lēmumu par pašreizējo piedāvājumu.</translation>
    </message>
    <message>
        <source>“%1” is not in this playbook&apos;s resolution catalogue.</source>
        <translation>“%1” nav šī rīcības plāna risinājumu katalogā.</translation>
    </message>
    <message>
        <source>Choose the currency of the amount.</source>
        <translation>Izvēlieties summas valūtu.</translation>
    </message>
    <message>
        <source>Agree a deadline with the customer.</source>
        <translation>Vienojieties ar klientu par termiņu.</translation>
    </message>
    <message>
        <source>The promised deadline is in the past.</source>
        <translation>Apsolītais termiņš jau ir pagājis.</translation>
    </message>
    <message>
        <source>%1 needs the time as well as the date.</source>
        <translation>%1 vajag arī laiku, ne tikai datumu.</translation>
    </message>
    <message>
        <source>%1 is in the offer twice; offer it once.</source>
        <translation>%1 piedāvājumā ir divreiz; piedāvājiet to vienreiz.</translation>
    </message>
    <message>
        <source>This promise is already marked done or is no longer part of the offer.</source>
        <translation>Šis solījums jau atzīmēts kā izpildīts vai vairs nav piedāvājumā.</translation>
    </message>
    <message>
        <source>Nothing on this case waits for approval.</source>
        <translation>Šajā lietā nekas negaida apstiprinājumu.</translation>
    </message>
    <message>
        <source>Only a supervisor can approve this resolution.</source>
        <translation>Šo risinājumu var apstiprināt tikai vadītājs.</translation>
    </message>
    <message>
        <source>Only a supervisor can decline this resolution.</source>
        <translation>Šo risinājumu var noraidīt tikai vadītājs.</translation>
    </message>
    <message>
        <source>Say why the offer is declined, so the agent can offer another.</source>
        <translation>Norādiet, kāpēc piedāvājums tiek noraidīts, lai darbinieks varētu piedāvāt citu.</translation>
    </message>
    <message>
        <source>Ask about satisfaction in the confirmation stage.</source>
        <translation>Par apmierinātību jautājiet apstiprināšanas posmā.</translation>
    </message>
    <message>
        <source>Agree a resolution before asking about satisfaction.</source>
        <translation>Pirms jautājat par apmierinātību, vienojieties par risinājumu.</translation>
    </message>
    <message>
        <source>Say whether the customer accepted the resolution: yes, partly or no.</source>
        <translation>Norādiet, vai klients pieņēma risinājumu: jā, daļēji vai nē.</translation>
    </message>
    <message>
        <source>Say whether the customer accepted verbally or in writing.</source>
        <translation>Norādiet, vai klients risinājumu pieņēma mutiski vai rakstiski.</translation>
    </message>
    <message>
        <source>The satisfaction score (CSAT) must be %1 to %2.</source>
        <translation>Apmierinātības vērtējumam (CSAT) jābūt no %1 līdz %2.</translation>
    </message>
    <message>
        <source>The likelihood to recommend must be %1 to %2.</source>
        <translation>Ieteikšanas iespējamībai jābūt no %1 līdz %2.</translation>
    </message>
    <message>
        <source>The effort score must be %1 to %2.</source>
        <translation>Piepūles vērtējumam jābūt no %1 līdz %2.</translation>
    </message>
    <message>
        <source>Did the customer accept the resolution? Choose yes, partly or no.</source>
        <translation>Vai klients pieņēma risinājumu? Izvēlieties: jā, daļēji vai nē.</translation>
    </message>
    <message>
        <source>How did the customer accept? Choose verbally or in writing.</source>
        <translation>Kā klients to pieņēma? Izvēlieties: mutiski vai rakstiski.</translation>
    </message>
    <message>
        <source>Choose the satisfaction score (%1 to %2), or that the customer declined to answer or was not asked.</source>
        <translation>Izvēlieties apmierinātības vērtējumu (%1–%2) vai to, ka klients atteicās atbildēt vai netika jautāts.</translation>
    </message>
    <message>
        <source>Choose the likelihood to recommend (%1 to %2), or that the customer declined to answer or was not asked.</source>
        <translation>Izvēlieties ieteikšanas iespējamību (%1–%2) vai to, ka klients atteicās atbildēt vai netika jautāts.</translation>
    </message>
    <message>
        <source>Choose the effort score (%1 to %2), or that the customer declined to answer or was not asked.</source>
        <translation>Izvēlieties pūļu vērtējumu (%1–%2) vai to, ka klients atteicās atbildēt vai netika jautāts.</translation>
    </message>
    <message>
        <source>A score without a value is either declined or not asked.</source>
        <translation>Vērtējums bez vērtības ir vai nu atteikts, vai netika jautāts.</translation>
    </message>
    <message>
        <source>This case has no follow-up waiting.</source>
        <translation>Šajā lietā nav gaidāma atkārtota kontakta.</translation>
    </message>
    <message>
        <source>Only a case waiting for a follow-up can be closed as not recovered.</source>
        <translation>Kā neatrisinātu var slēgt tikai lietu, kas gaida atkārtotu kontaktu.</translation>
    </message>
    <message>
        <source>Say why the case is closed without a satisfied customer.</source>
        <translation>Norādiet, kāpēc lieta tiek slēgta, ja klients nav apmierināts.</translation>
    </message>
    <message>
        <source>This case is already closed.</source>
        <translation>Šī lieta jau ir slēgta.</translation>
    </message>
    <message>
        <source>Say why the case is withdrawn.</source>
        <translation>Norādiet, kāpēc lieta tiek atsaukta.</translation>
    </message>
    <message>
        <source>Nothing was changed: correct the name, phone, e-mail or customer number first.</source>
        <translation>Nekas netika mainīts: vispirms izlabojiet vārdu, tālruni, e-pastu vai klienta numuru.</translation>
    </message>
    <message>
        <source>Say why the contact details are corrected.</source>
        <translation>Norādiet, kāpēc kontaktinformācija tiek labota.</translation>
    </message>
    <message>
        <source>This customer&apos;s personal data was erased; it cannot be corrected.</source>
        <translation>Šī klienta personas dati ir dzēsti; tos nevar labot.</translation>
    </message>
    <message>
        <source>Only practice cases are reviewed this way.</source>
        <translation>Šādi var izvērtēt tikai treniņa lietas.</translation>
    </message>
    <message>
        <source>Unknown rubric items: %1.</source>
        <translation>Nezināmi vērtēšanas kritēriji: %1.</translation>
    </message>
    <message>
        <source>The score must be 1 to 5.</source>
        <translation>Vērtējumam jābūt no 1 līdz 5.</translation>
    </message>
    <message>
        <source>Only finished cases are checked for quality; this one is still open.</source>
        <translation>Kvalitātes pārbaudei der tikai pabeigtas lietas; šī vēl ir atvērta.</translation>
    </message>
    <message>
        <source>Practice runs are reviewed on the Training page, not as quality checks.</source>
        <translation>Treniņa lietas vērtē lapā „Apmācība”, nevis kā kvalitātes pārbaudes.</translation>
    </message>
    <message>
        <source>There is no sampling rule “%1”.</source>
        <translation>Atlases noteikuma „%1” nav.</translation>
    </message>
    <message>
        <source>Only the agent who ran the case acknowledges its feedback.</source>
        <translation>Atsauksmi apstiprina tikai darbinieks, kurš lietu veica.</translation>
    </message>
    <message>
        <source>This feedback is no longer on the case.</source>
        <translation>Šīs atsauksmes lietā vairs nav.</translation>
    </message>
    <message>
        <source>No case with id %1 in this log.</source>
        <translation>Šajā žurnālā nav lietas ar ID %1.</translation>
    </message>
    <message>
        <source>No case with id %1 in this log. Refresh the list; the case may have been removed by a restore.</source>
        <translation>Šajā žurnālā nav lietas ar ID %1. Atsvaidziniet sarakstu; iespējams, lieta tika noņemta, atjaunojot datus no rezerves kopijas.</translation>
    </message>
    <message>
        <source>The playbook “%1” of this case is not available on this desk; install it to continue the case.</source>
        <translation>Šīs lietas rīcības plāns “%1” šajā darba vietā nav pieejams; lai turpinātu lietu, instalējiet to.</translation>
    </message>
    <message>
        <source>Choose the channel of the complaint.</source>
        <translation>Izvēlieties sūdzības kanālu.</translation>
    </message>
    <message>
        <source>Choose the category of the complaint.</source>
        <translation>Izvēlieties sūdzības kategoriju.</translation>
    </message>
    <message>
        <source>Choose the severity of the complaint.</source>
        <translation>Izvēlieties sūdzības nopietnību.</translation>
    </message>
    <message>
        <source>Choose the %1 of the complaint.</source>
        <translation>Izvēlieties sūdzības lauku: %1.</translation>
    </message>
    <message>
        <source>Only a closed case can be reopened.</source>
        <translation>Atkārtoti atvērt var tikai slēgtu lietu.</translation>
    </message>
    <message>
        <source>Say why the case is reopened.</source>
        <translation>Norādiet, kāpēc lieta tiek atvērta atkārtoti.</translation>
    </message>
    <message>
        <source>Write the coaching note first.</source>
        <translation>Vispirms uzrakstiet koučinga piezīmi.</translation>
    </message>
    <message>
        <source>Say why this case is an example for training.</source>
        <translation>Norādiet, kāpēc šī lieta ir piemērs apmācībai.</translation>
    </message>
    <message>
        <source>This case is not flagged for training.</source>
        <translation>Šī lieta nav atzīmēta apmācībai.</translation>
    </message>
    <message>
        <source>Describe the root cause first.</source>
        <translation>Vispirms aprakstiet pamatcēloni.</translation>
    </message>
    <message>
        <source>This case is closed; reopen it before planning a follow-up.</source>
        <translation>Šī lieta ir slēgta; pirms atkārtota kontakta plānošanas atveriet to atkārtoti.</translation>
    </message>
    <message>
        <source>No follow-up is scheduled on this case.</source>
        <translation>Šajā lietā nav ieplānots atkārtots kontakts.</translation>
    </message>
    <message>
        <source>Choose who makes the follow-up.</source>
        <translation>Izvēlieties, kas veiks atkārtoto kontaktu.</translation>
    </message>
    <message>
        <source>Give the new due time with its time zone.</source>
        <translation>Norādiet jauno termiņu ar laika joslu.</translation>
    </message>
    <message>
        <source>The new due time is in the past.</source>
        <translation>Jaunais termiņš jau ir pagājis.</translation>
    </message>
    <message>
        <source>Tick “%1”.</source>
        <translation>Atzīmējiet “%1”.</translation>
    </message>
    <message>
        <source>Fill in “%1”.</source>
        <translation>Aizpildiet “%1”.</translation>
    </message>
    <message>
        <source>%1 needs an amount above zero.</source>
        <translation>%1: norādiet summu, kas lielāka par nulli.</translation>
    </message>
    <message>
        <source>%1 is over your limit of %2; ask an administrator.</source>
        <translation>%1 pārsniedz Jūsu limitu (%2); vērsieties pie administratora.</translation>
    </message>
    <message>
        <source>There is no user “%1” on this log.</source>
        <translation>Šajā žurnālā nav lietotāja “%1”.</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>Reference</source>
        <translation>Numurs</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klients</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termiņš</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Veikts</translation>
    </message>
    <message>
        <source>Makes the call</source>
        <translation>Zvanītājs</translation>
    </message>
    <message>
        <source>Calls made</source>
        <translation>Veiktie zvani</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Recommend</source>
        <translation>Ieteiktu</translation>
    </message>
    <message>
        <source>(reassigned)</source>
        <translation>(nodots citam)</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Atvērta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Iznākums</translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation>Uzraudzības saraksts</translation>
    </message>
</context>
<context>
    <name>FollowUpQueue</name>
    <message>
        <source>Overdue</source>
        <translation>Nokavētie</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Gaidāmie</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Veiktie</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>Atvērt lietu</translation>
    </message>
    <message>
        <source>Reassign follow-up…</source>
        <translation>Nodot atkārtoto kontaktu citam…</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Atkārtoti kontakti</translation>
    </message>
    <message>
        <source>Customer&apos;s history</source>
        <translation>Klienta vēsture</translation>
    </message>
    <message>
        <source>No follow-up is overdue.</source>
        <translation>Nav nokavētu atkārtotu kontaktu.</translation>
    </message>
    <message>
        <source>No follow-up is waiting.</source>
        <translation>Nav gaidāmu atkārtotu kontaktu.</translation>
    </message>
    <message>
        <source>No follow-up call has been made yet.</source>
        <translation>Vēl nav veikts neviens atkārtotā kontakta zvans.</translation>
    </message>
    <message>
        <source>Follow-ups past their due time, most overdue first.</source>
        <translation>Atkārtotie kontakti, kuru termiņš ir pagājis; vispirms visvairāk nokavētie.</translation>
    </message>
    <message>
        <source>Follow-ups still to make, soonest first.</source>
        <translation>Vēl veicamie atkārtotie kontakti; vispirms tuvākie.</translation>
    </message>
    <message>
        <source>Follow-up calls made, latest first.</source>
        <translation>Veiktie atkārtotā kontakta zvani; vispirms jaunākie.</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Vēsture: %1</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>What to say</source>
        <translation>Ko teikt</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Galvenie punkti</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Dariet</translation>
    </message>
    <message>
        <source>Don&apos;t</source>
        <translation>Nedariet</translation>
    </message>
    <message>
        <source>You could say</source>
        <translation>Jūs varētu teikt</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Atkārtots kontakts</translation>
    </message>
    <message>
        <source>Call or write to the customer, ask whether the problem is fully solved now, and record their answers. Due: %1</source>
        <translation>Piezvaniet vai uzrakstiet klientam, pajautājiet, vai problēma tagad ir pilnībā atrisināta, un saglabājiet atbildes. Termiņš: %1</translation>
    </message>
    <message>
        <source>This case is closed.</source>
        <translation>Šī lieta ir slēgta.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import past complaints</source>
        <extracomment>How the presets are named for people.</extracomment>
        <translation>Iepriekšējo sūdzību imports</translation>
    </message>
    <message>
        <source>The CSV export of your old helpdesk</source>
        <translation>Iepriekšējās palīdzības dienesta sistēmas CSV eksports</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Izvēlēties…</translation>
    </message>
    <message>
        <source>Support tickets (generic layout)</source>
        <translation>Atbalsta pieteikumi (vispārīgs izkārtojums)</translation>
    </message>
    <message>
        <source>My own mapping file…</source>
        <translation>Mans kartējuma fails…</translation>
    </message>
    <message>
        <source>MAPPING.toml (see docs/csv-import.md)</source>
        <translation>MAPPING.toml (skatīt docs/csv-import.md)</translation>
    </message>
    <message>
        <source>Import the good rows and write the others, with the reason, to a rejects file</source>
        <translation>Importēt derīgās rindas, bet pārējās ar iemeslu ierakstīt noraidīto rindu failā</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fails:</translation>
    </message>
    <message>
        <source>&amp;Exported from:</source>
        <translation>&amp;Eksportēts no:</translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation>&amp;Kartējums:</translation>
    </message>
    <message>
        <source>Choose a file, then check it: nothing is written until you import.</source>
        <translation>Izvēlieties failu un pārbaudiet to: līdz importam nekas netiek ierakstīts.</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importa pārskats</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Pārbaudīt</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importēt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>Choose the export</source>
        <translation>Izvēlēties eksporta failu</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV faili (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Choose the mapping</source>
        <translation>Izvēlēties kartējumu</translation>
    </message>
    <message>
        <source>Mappings (*.toml)</source>
        <translation>Kartējumi (*.toml)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Nolasa failu…</translation>
    </message>
    <message>
        <source>Checking every row… %1 of %2 MB</source>
        <translation>Pārbauda katru rindu… %1 no %2 MB</translation>
    </message>
    <message>
        <source>Importing… %1 of %2 MB</source>
        <translation>Importē… %1 no %2 MB</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Imports atcelts; nekas netika importēts.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nekas netika importēts: %1</translation>
    </message>
    <message>
        <source>Checked %1 rows: all %2 can be imported. Read the report below, then press Import.</source>
        <translation>Pārbaudītas %1 rindas: visas %2 var importēt. Izlasiet pārskatu zemāk un spiediet “Importēt”.</translation>
    </message>
    <message>
        <source>Checked %1 rows: %2 can be imported; %3 will be written to a rejects file with the reason.</source>
        <translation>Pārbaudītas %1 rindas: %2 var importēt, %3 ar iemeslu tiks ierakstītas noraidīto rindu failā.</translation>
    </message>
    <message>
        <source>Checked %1 rows: %3 cannot be imported (listed below). Fix the file or the mapping, or import only the good rows.</source>
        <translation>Pārbaudītas %1 rindas: %3 nevar importēt (sarakstā zemāk). Izlabojiet failu vai kartējumu vai importējiet tikai derīgās rindas.</translation>
    </message>
    <message>
        <source>Imported %1 cases.</source>
        <translation>Importētas %1 lietas.</translation>
    </message>
    <message>
        <source>%1 rows were skipped; they are in %2 with the reason.</source>
        <translation>%1 rindas izlaistas; tās ar iemeslu ir failā %2.</translation>
    </message>
</context>
<context>
    <name>KpiText</name>
    <message>
        <source>Complaints</source>
        <translation>Sūdzības</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Customer effort (CES)</source>
        <translation>Klienta piepūle (CES)</translation>
    </message>
    <message>
        <source>Resolution accepted</source>
        <translation>Risinājums pieņemts</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>Atrisināts pirmajā kontaktā</translation>
    </message>
    <message>
        <source>First response, median</source>
        <translation>Pirmā reakcija, mediāna</translation>
    </message>
    <message>
        <source>First response, 90th percentile</source>
        <translation>Pirmā reakcija, 90. procentile</translation>
    </message>
    <message>
        <source>Time to resolution, median</source>
        <translation>Laiks līdz atrisināšanai, mediāna</translation>
    </message>
    <message>
        <source>Time to resolution, 90th percentile</source>
        <translation>Laiks līdz atrisināšanai, 90. procentile</translation>
    </message>
    <message>
        <source>Cost per resolution</source>
        <translation>Izmaksas uz atrisinātu lietu</translation>
    </message>
    <message>
        <source>Recovery rate</source>
        <translation>Atrisināšanas rādītājs</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Iznākums nav zināms</translation>
    </message>
    <message>
        <source>On the watchlist</source>
        <translation>Uzraudzības sarakstā</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Nokavētie atkārtotie kontakti</translation>
    </message>
    <message>
        <source>Acknowledged on time</source>
        <translation>Laikā apstiprināta saņemšana</translation>
    </message>
    <message>
        <source>Final response on time</source>
        <translation>Galīgā atbilde laikā</translation>
    </message>
    <message>
        <source>Complaints opened in the period and scope (practice cases never count).</source>
        <translation>Periodā un atlasē atvērtās sūdzības (treniņa lietas netiek ieskaitītas nekad).</translation>
    </message>
    <message>
        <source>Share of satisfaction answers of 4 or 5 on the 1–5 scale, among the cases with an answer (the latest answer of each case).</source>
        <translation>Apmierinātības atbilžu 4 vai 5 (skalā 1–5) īpatsvars lietās, kurās ir atbilde (no katras lietas ņem pēdējo atbildi).</translation>
    </message>
    <message>
        <source>Net promoter score: per cent promoters (9–10) minus per cent detractors (0–6) among the cases that answered how likely they are to recommend (0–10); from −100 to +100.</source>
        <translation>Neto ieteikšanas indekss: ieteicēju (9–10) procents mīnus kritizētāju (0–6) procents lietās, kurās klients atbildēja, cik ticami viņš mūs ieteiktu (0–10); no −100 līdz +100.</translation>
    </message>
    <message>
        <source>Customer effort score: the mean agreement (1–7, higher is easier) that the issue was easy to handle, among the cases that answered the effort question.</source>
        <translation>Klienta piepūles indekss: vidējā piekrišana (1–7, jo augstāka, jo vieglāk) apgalvojumam, ka problēmu bija viegli atrisināt, lietās, kurās atbildēts uz piepūles jautājumu.</translation>
    </message>
    <message>
        <source>Share of cases whose customer accepted the resolution fully, among all cases with an answer; &quot;partly&quot; counts as not accepted (it puts the customer on the watchlist).</source>
        <translation>To lietu īpatsvars, kurās klients pilnībā pieņēma risinājumu, no visām lietām ar atbildi; “daļēji” tiek uzskatīts par nepieņemtu (klients nonāk uzraudzības sarakstā).</translation>
    </message>
    <message>
        <source>Share of closed cases with a known outcome that were closed as recovered with no follow-up contact at all. Cases closed with outcome unknown are counted apart.</source>
        <translation>To slēgto lietu daļa ar zināmu iznākumu, kas slēgtas kā atrisinātas bez jebkāda papildu kontakta. Lietas, kas slēgtas ar nezināmu iznākumu, uzskaita atsevišķi.</translation>
    </message>
    <message>
        <source>Share of closed cases with a known outcome that were closed with a satisfied customer. Cases closed with outcome unknown are counted apart; withdrawn cases are not closed.</source>
        <translation>To slēgto lietu daļa ar zināmu iznākumu, kas slēgtas ar apmierinātu klientu. Lietas ar nezināmu iznākumu uzskaita atsevišķi; atsauktās lietas netiek uzskatītas par slēgtām.</translation>
    </message>
    <message>
        <source>Closed cases where nobody knows whether the customer was satisfied (history imported without satisfaction answers, or a customer who would not say). They are left out of the recovery rate and first-contact resolution, never counted as not recovered.</source>
        <translation>Slēgtas lietas, kurās nav zināms, vai klients bija apmierināts (vēsture importēta bez apmierinātības atbildēm vai klients to neatklāja). Tās neieskaita ne atrisināšanas rādītājā, ne pirmajā kontaktā atrisinātajās, un tās nekad neuzskata par neatrisinātām.</translation>
    </message>
    <message>
        <source>From opening the case to the end of its first acknowledge, apologize or control stage: half of the cases were faster.</source>
        <translation>No lietas atvēršanas līdz tās pirmā atzīšanas, atvainošanās vai kontroles pārņemšanas posma beigām: pusē lietu tas notika ātrāk.</translation>
    </message>
    <message>
        <source>9 in 10 acknowledged cases were acknowledged within this time, counted from opening.</source>
        <translation>9 no 10 lietām, kurās problēma tika atzīta, tas notika šajā laikā, skaitot no lietas atvēršanas.</translation>
    </message>
    <message>
        <source>From opening the case to the customer first accepting the resolution fully: half of the resolved cases were faster.</source>
        <translation>No lietas atvēršanas līdz brīdim, kad klients pirmo reizi pilnībā pieņēma risinājumu: pusē atrisināto lietu tas notika ātrāk.</translation>
    </message>
    <message>
        <source>9 in 10 resolved cases were resolved within this time, counted from opening.</source>
        <translation>9 no 10 atrisinātajām lietām tika atrisinātas šajā laikā, skaitot no lietas atvēršanas.</translation>
    </message>
    <message>
        <source>Total redress given on cases closed as recovered, divided by the number of those cases (cases resolved without money count as zero). One figure per currency, never converted.</source>
        <translation>Kopējā kompensācija lietās, kas slēgtas kā atrisinātas, dalīta ar šo lietu skaitu (lietas, kas atrisinātas bez naudas, tiek skaitītas kā nulle). Katrai valūtai atsevišķs rādītājs, bez konvertēšanas.</translation>
    </message>
    <message>
        <source>Customers in scope who are not fully satisfied yet (on the watchlist now).</source>
        <translation>Atlasē iekļautie klienti, kuri vēl nav pilnībā apmierināti (pašlaik ir uzraudzības sarakstā).</translation>
    </message>
    <message>
        <source>Follow-ups due before now and not done.</source>
        <translation>Atkārtotie kontakti, kuru termiņš ir pagājis, bet kas vēl nav veikti.</translation>
    </message>
    <message>
        <source>Share of complaints under a clock rule pack acknowledged by their deadline, among those whose acknowledgement is decided (sent, or its deadline passed). One resolved in time with a summary resolution is not counted. The Register and the report use the same definition.</source>
        <translation>Daļa sūdzību ar termiņu noteikumu kopu, kuru saņemšana apstiprināta līdz termiņam, starp tām, kurām tas jau ir izšķirts (apstiprinājums nosūtīts vai termiņš pagājis). Sūdzība, kas laikā atrisināta ar kopsavilkuma atbildi, netiek skaitīta. Reģistrs un pārskats rēķina tāpat.</translation>
    </message>
    <message>
        <source>Share of complaints under a clock rule pack given their final response (or a holding response) by its deadline, among those whose final response is decided (sent, or its deadline passed). One resolved in time with a summary resolution is not counted. The Register and the report use the same definition.</source>
        <translation>Daļa sūdzību ar termiņu noteikumu kopu, uz kurām galīgā atbilde (vai vēstule par kavēšanos) nosūtīta līdz termiņam, starp tām, kurām tas jau ir izšķirts (atbilde nosūtīta vai termiņš pagājis). Sūdzība, kas laikā atrisināta ar kopsavilkuma atbildi, netiek skaitīta. Reģistrs un pārskats rēķina tāpat.</translation>
    </message>
    <message>
        <source>Based on %1 cases.</source>
        <translation>Aprēķina pamatā lietas: %1.</translation>
    </message>
    <message>
        <source>Unknown: the customer declined to answer or was not asked; left out of the figure.</source>
        <translation>Nezināms: klients atteicās atbildēt vai netika jautāts; rādītājā netiek ieskaitīts.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nav)</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importēts</translation>
    </message>
    <message>
        <source>Scripted</source>
        <translation>Pēc teksta</translation>
    </message>
    <message>
        <source>Natural</source>
        <translation>Brīvi</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Darba vieta</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Darbinieks</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanāls</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Rīcības plāns</translation>
    </message>
    <message>
        <source>Scripted vs natural</source>
        <translation>Pēc teksta pret brīvi</translation>
    </message>
</context>
<context>
    <name>LetterPreview</name>
    <message>
        <source>Letter for %1</source>
        <translation>Vēstule: %1</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Veids</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>&amp;Valoda</translation>
    </message>
    <message>
        <source>— choose the decision —</source>
        <translation>— izvēlieties lēmumu —</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Lēmums</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temats</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Temats</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>Vēstules teksts</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Saglabāt kā &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;E-mail draft…</source>
        <translation>&amp;E-pasta melnraksts…</translation>
    </message>
    <message>
        <source>&amp;Record as sent</source>
        <translation>&amp;Reģistrēt kā nosūtītu</translation>
    </message>
    <message>
        <source>Write the parts in [[ ]] before sending: %1</source>
        <translation>Pirms nosūtīšanas uzrakstiet daļas [[ ]] iekavās: %1</translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation>Saglabāt vēstuli kā PDF</translation>
    </message>
    <message>
        <source>Save the e-mail draft</source>
        <translation>Saglabāt e-pasta melnrakstu</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Recovery log</source>
        <translation>Lietu žurnāls</translation>
    </message>
    <message>
        <source>Export this view…</source>
        <translation>Eksportēt šo skatu…</translation>
    </message>
    <message>
        <source>The cases of the current filter, as CSV or Excel (Ctrl+Shift+E)</source>
        <translation>Pašreizējā filtra lietas CSV vai Excel formātā (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Log views</source>
        <translation>Žurnāla skati</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Lietas</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Atiestatīt filtrus</translation>
    </message>
    <message>
        <source>Watchlist and follow-ups</source>
        <translation>Uzraudzības saraksts un atkārtotie kontakti</translation>
    </message>
    <message>
        <source>Could not count the cases: %1</source>
        <translation>Neizdevās saskaitīt lietas: %1</translation>
    </message>
    <message>
        <source>descending</source>
        <translation>dilstošā secībā</translation>
    </message>
    <message>
        <source>ascending</source>
        <translation>augošā secībā</translation>
    </message>
    <message>
        <source>Counting the cases…</source>
        <translation>Skaita lietas…</translation>
    </message>
    <message>
        <source>%1 cases in the log.</source>
        <translation>Žurnālā ir lietas: %1.</translation>
    </message>
    <message>
        <source>%1 cases match the filters.</source>
        <translation>Filtriem atbilst lietas: %1.</translation>
    </message>
    <message>
        <source>%1 Sorted by %2, %3. Enter opens a case.</source>
        <translation>%1 Kārtots pēc: %2, %3. Ar Enter var atvērt lietu.</translation>
    </message>
    <message>
        <source>Customers and words are searched in this desk&apos;s cases and in cases still being worked; references in every case.</source>
        <translation>Klientus un vārdus meklē šīs darba vietas lietās un lietās, kas vēl tiek risinātas; numurus — visās lietās.</translation>
    </message>
    <message>
        <source>No case matches these filters.</source>
        <translation>Šiem filtriem neatbilst neviena lieta.</translation>
    </message>
    <message>
        <source>The log is empty. Open a case on the Desk, or load demo data from the Desk page.</source>
        <translation>Žurnāls ir tukšs. Atveriet lietu darba vietā vai ielādējiet demonstrācijas datus lapā “Darba vieta”.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Recovery Desk</source>
        <translation>Recovery Desk</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Darba vieta</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Žurnāls</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Pārskats</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Apmācība</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Reģistrs</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Iestatījumi</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigācija</translation>
    </message>
    <message>
        <source>Opening the case log…</source>
        <translation>Atver lietu žurnālu…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fails</translation>
    </message>
    <message>
        <source>Export cases…</source>
        <translation>Eksportēt lietas…</translation>
    </message>
    <message>
        <source>Export cases, pseudonymized…</source>
        <translation>Eksportēt lietas ar pseidonīmiem…</translation>
    </message>
    <message>
        <source>Import past complaints…</source>
        <translation>Importēt iepriekšējās sūdzības…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sinhronizēt tagad</translation>
    </message>
    <message>
        <source>Switch user…</source>
        <translation>Mainīt lietotāju…</translation>
    </message>
    <message>
        <source>My PIN…</source>
        <translation>Mans PIN…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Atteikties</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Iziet</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Pā&amp;riet</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Lieta</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Palīdzība</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Īsinājumtaustiņi</translation>
    </message>
    <message>
        <source>About Recovery Desk</source>
        <translation>Par Recovery Desk</translation>
    </message>
    <message>
        <source>Desk: %1</source>
        <translation>Darba vieta: %1</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Pieteicies: %1 (%2)</translation>
    </message>
    <message>
        <source>Nobody is signed in</source>
        <translation>Neviens nav pieteicies</translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>Žurnāls: %1</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation>Sinhronizācija: nav iestatīta</translation>
    </message>
    <message>
        <source>Sync: waiting for the first run</source>
        <translation>Sinhronizācija: gaida pirmo palaišanu</translation>
    </message>
    <message>
        <source>Your PIN is set.</source>
        <translation>Jūsu PIN ir iestatīts.</translation>
    </message>
    <message>
        <source>Sync: running…</source>
        <translation>Sinhronizācija: notiek…</translation>
    </message>
    <message>
        <source>Sync: %1 ✓ · %2 waiting</source>
        <translation>Sinhronizācija: %1 ✓ · %2 gaida</translation>
    </message>
    <message>
        <source>Sync: %1 · %2 waiting · not applied: %3</source>
        <translation>Sinhronizācija: %1 · %2 gaida · nav piemērots: %3</translation>
    </message>
    <message>
        <source>Sync: failed at %1, will retry</source>
        <translation>Sinhronizācija: neizdevās plkst. %1, tiks mēģināts vēlreiz</translation>
    </message>
    <message>
        <source>Recovery Desk %1
Guided complaint recovery with an offline case log.</source>
        <translation>Recovery Desk %1
Vadīta sūdzību risināšana ar bezsaistes lietu žurnālu.</translation>
    </message>
</context>
<context>
    <name>NewCaseForm</name>
    <message>
        <source>Customer</source>
        <translation>Klients</translation>
    </message>
    <message>
        <source>Find: name, phone, e-mail or customer number</source>
        <translation>Meklēt: vārds, tālrunis, e-pasts vai klienta numurs</translation>
    </message>
    <message>
        <source>Find customer</source>
        <translation>Meklēt klientu</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>Atbilstošie klienti</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Klienta vārds</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Klienta numurs</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Vārds:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Tālrunis:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-pasts:</translation>
    </message>
    <message>
        <source>Customer no.:</source>
        <translation>Klienta nr.:</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Sūdzība</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanāls</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Nopietnība</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Rīcības plāns</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Režīms</translation>
    </message>
    <message>
        <source>Natural (own words)</source>
        <translation>Brīvi (saviem vārdiem)</translation>
    </message>
    <message>
        <source>Scripted (read lines)</source>
        <translation>Pēc teksta (nolasīt frāzes)</translation>
    </message>
    <message>
        <source>The complaint in the customer&apos;s own words</source>
        <translation>Sūdzība klienta vārdiem</translation>
    </message>
    <message>
        <source>Write down what the customer says, in their words. Listen first; do not solve yet.</source>
        <translation>Pierakstiet, ko saka klients, viņa paša vārdiem. Vispirms uzklausiet; vēl nerisiniet.</translation>
    </message>
    <message>
        <source>What the customer wants</source>
        <translation>Ko klients vēlas</translation>
    </message>
    <message>
        <source>What would put it right for them?</source>
        <translation>Ar ko klients būtu apmierināts?</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanāls:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategorija:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Nopietnība:</translation>
    </message>
    <message>
        <source>In their words:</source>
        <translation>Klienta vārdiem:</translation>
    </message>
    <message>
        <source>They want:</source>
        <translation>Klients vēlas:</translation>
    </message>
    <message>
        <source>Playbook:</source>
        <translation>Rīcības plāns:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Režīms:</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Atvērt lietu</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Vēsture</translation>
    </message>
    <message>
        <source>Customer history</source>
        <translation>Klienta vēsture</translation>
    </message>
    <message>
        <source>This customer is waiting for a follow-up: record it on their case instead of opening a new one.</source>
        <translation>Šis klients gaida atkārtotu sazināšanos: ierakstiet to viņa lietā, nevis atveriet jaunu.</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— izvēlieties —</translation>
    </message>
    <message>
        <source>Find a customer to see their earlier complaints and whether they are on the watchlist.</source>
        <translation>Atrodiet klientu, lai redzētu viņa iepriekšējās sūdzības un to, vai viņš ir uzraudzības sarakstā.</translation>
    </message>
    <message>
        <source>Returning customer: %1</source>
        <translation>Atkārtots klients: %1</translation>
    </message>
    <message>
        <source>On the watchlist: this customer was not fully satisfied recently.</source>
        <translation>Uzraudzības sarakstā: šis klients nesen nebija pilnībā apmierināts.</translation>
    </message>
    <message>
        <source>Record the follow-up now (%1)</source>
        <translation>Ierakstīt atkārtoto sazināšanos tagad (%1)</translation>
    </message>
    <message>
        <source>Find the customer, or type at least a name, phone or e-mail.</source>
        <translation>Atrodiet klientu vai ievadiet vismaz vārdu, tālruni vai e-pastu.</translation>
    </message>
    <message>
        <source>Write down the complaint in the customer&apos;s own words.</source>
        <translation>Pierakstiet sūdzību klienta vārdiem.</translation>
    </message>
</context>
<context>
    <name>NotesBox</name>
    <message>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Piezīme</translation>
    </message>
    <message>
        <source>Type a note; it is kept even if the PC crashes. Ctrl+Shift+Enter adds it.</source>
        <translation>Ierakstiet piezīmi; tā netiks zaudēta, pat ja dators avarēs. Ar Ctrl+Shift+Enter to pievieno.</translation>
    </message>
    <message>
        <source>Language hint</source>
        <translation>Valodas padoms</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Pievienot piezīmi</translation>
    </message>
    <message>
        <source>Notes and timeline</source>
        <translation>Piezīmes un notikumu gaita</translation>
    </message>
    <message>
        <source>Try: %1</source>
        <translation>Mēģiniet: %1</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>recovered</source>
        <translation>atrisināta</translation>
    </message>
    <message>
        <source>not recovered</source>
        <translation>neatrisināta</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nav zināms</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>atsaukta</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n diena</numerusform>
            <numerusform>%n dienas</numerusform>
            <numerusform>%n dienu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n lieta</numerusform>
            <numerusform>%n lietas</numerusform>
            <numerusform>%n lietu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s)</source>
        <translation>
            <numerusform>%n atvērta lieta</numerusform>
            <numerusform>%n atvērtas lietas</numerusform>
            <numerusform>%n atvērtu lietu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier complaint(s)</source>
        <translation>
            <numerusform>%n agrāka sūdzība</numerusform>
            <numerusform>%n agrākas sūdzības</numerusform>
            <numerusform>%n agrāku sūdzību</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of typed text</source>
        <translation>
            <numerusform>%n ierakstīts teksts</numerusform>
            <numerusform>%n ierakstīti teksti</numerusform>
            <numerusform>%n ierakstītu tekstu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n nezināms</numerusform>
            <numerusform>%n nezināmi</numerusform>
            <numerusform>%n nezināmu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Promise</name>
    <message>
        <source>a resolution</source>
        <translation>risinājums</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>līdz %1</translation>
    </message>
</context>
<context>
    <name>PromisesButton</name>
    <message>
        <source>Promises: %1 due today, %2 overdue (F10)</source>
        <translation>Solījumi: %1 šodien, %2 nokavēti (F10)</translation>
    </message>
    <message>
        <source>Promises: could not be read (F10)</source>
        <translation>Solījumi: nevar nolasīt (F10)</translation>
    </message>
</context>
<context>
    <name>PromisesDialog</name>
    <message>
        <source>Promises due</source>
        <extracomment>red for overdue, amber for due today</extracomment>
        <translation>Gaidāmie solījumi</translation>
    </message>
    <message>
        <source>What was promised by a date, until it is marked done, whether the customer was satisfied or not. Overdue first. Ctrl+D marks the selected promise done; Enter opens the case.</source>
        <translation>Tas, kas solīts līdz datumam, līdz to atzīmē kā izpildītu, neatkarīgi no tā, vai klients bija apmierināts. Vispirms nokavētie. Ctrl+D atzīmē atlasīto solījumu kā izpildītu; Enter atver lietu.</translation>
    </message>
    <message>
        <source>Only mine (Ctrl+M)</source>
        <translation>Tikai manējie (Ctrl+M)</translation>
    </message>
    <message>
        <source>Only the promises of cases that are yours (%1)</source>
        <translation>Tikai jūsu lietu solījumi (%1)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termiņš</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klients</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>Kā sazināties</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Apsolīts</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Apmierināts</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Atbildīgais</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Numurs</translation>
    </message>
    <message>
        <source>No promises of yours due this week; clear &quot;Only mine&quot; to see everyone&apos;s.</source>
        <translation>Šonedēļ jums solījumu nav; lai redzētu visu solījumus, noņemiet atzīmi “Tikai manējie”.</translation>
    </message>
    <message>
        <source>No promises due this week.</source>
        <translation>Šonedēļ solījumu nav.</translation>
    </message>
    <message>
        <source>Mark done (Ctrl+D)</source>
        <translation>Atzīmēt izpildītu (Ctrl+D)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Nokavētie</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Šodien</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Vēlāk</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(bez vārda)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>jā</translation>
    </message>
    <message>
        <source>no or not known</source>
        <translation>nē vai nav zināms</translation>
    </message>
</context>
<context>
    <name>Quality</name>
    <message>
        <source>At random</source>
        <translation>Nejauši</translation>
    </message>
    <message>
        <source>Low CSAT (2 or less)</source>
        <translation>Zems CSAT (2 vai mazāk)</translation>
    </message>
    <message>
        <source>Escalated to a supervisor</source>
        <translation>Eskalēta vadītājam</translation>
    </message>
    <message>
        <source>A stage done in under 10 s</source>
        <translation>Posms pabeigts ātrāk par 10 s</translation>
    </message>
    <message>
        <source>On the watchlist</source>
        <translation>Uzraudzības sarakstā</translation>
    </message>
</context>
<context>
    <name>QualityTab</name>
    <message>
        <source>Sampling rule</source>
        <translation>Atlases noteikums</translation>
    </message>
    <message>
        <source>How many cases</source>
        <translation>Cik lietu</translation>
    </message>
    <message>
        <source>Sample finished cases</source>
        <translation>Atlasīt pabeigtas lietas</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Noteikums:</translation>
    </message>
    <message>
        <source>Cases:</source>
        <translation>Lietas:</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Lieta</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Darbinieks</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Noteikums</translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation>Atlasīta</translation>
    </message>
    <message>
        <source>Scored by</source>
        <translation>Novērtēja</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Izvērtēšanas rinda</translation>
    </message>
    <message>
        <source>Reviews done</source>
        <translation>Izvērtējumu skaits</translation>
    </message>
    <message>
        <source>Scores over time</source>
        <translation>Vērtējumi laika gaitā</translation>
    </message>
    <message>
        <source>Scores per agent</source>
        <translation>Vērtējumi pa darbiniekiem</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Vērtējumi</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Starpība</translation>
    </message>
    <message>
        <source>Judged apart</source>
        <translation>Vērtēts atšķirīgi</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Kalibrēšana</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Hronoloģija</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Vērtējums</translation>
    </message>
    <message>
        <source>(choose 1–5)</source>
        <translation>(izvēlieties 1–5)</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Komentāri</translation>
    </message>
    <message>
        <source>What to keep, what to change</source>
        <translation>Ko saglabāt, ko mainīt</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Vērtējums:</translation>
    </message>
    <message>
        <source>Save quality review</source>
        <translation>Saglabāt kvalitātes izvērtējumu</translation>
    </message>
    <message>
        <source>Only supervisors and administrators check quality.</source>
        <translation>Kvalitāti pārbauda tikai vadītāji un administratori.</translation>
    </message>
    <message>
        <source>No case waits for your review. Sample finished cases above.</source>
        <translation>Neviena lieta negaida jūsu izvērtējumu. Atlasiet pabeigtas lietas augšā.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) added to the review queue.</source>
        <translation>
            <numerusform>%n lieta pievienota izvērtēšanas rindai.</numerusform>
            <numerusform>%n lietas pievienotas izvērtēšanas rindai.</numerusform>
            <numerusform>%n lietu pievienots izvērtēšanas rindai.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a case in the review queue first.</source>
        <translation>Vispirms izvēlieties lietu izvērtēšanas rindā.</translation>
    </message>
    <message>
        <source>Choose a score from 1 to 5, then save.</source>
        <translation>Izvēlieties vērtējumu no 1 līdz 5 un saglabājiet.</translation>
    </message>
    <message>
        <source>Quality review saved.</source>
        <translation>Kvalitātes izvērtējums saglabāts.</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reassign follow-up</source>
        <translation>Nodot atkārtoto kontaktu citam</translation>
    </message>
    <message>
        <source>Make the call</source>
        <translation>Kas zvanīs</translation>
    </message>
    <message>
        <source>Move the due time</source>
        <translation>Pārcelt termiņu</translation>
    </message>
    <message>
        <source>New due time</source>
        <translation>Jaunais termiņš</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>A pause needs a reason: say what the case is waiting for, e.g. the customer&apos;s documents.</source>
        <translation>Apturēšanai vajag iemeslu: norādiet, ko lieta gaida, piemēram, klienta dokumentus.</translation>
    </message>
    <message>
        <source>This case has no running clock that may be paused. Only the organization&apos;s own service levels pause; a regulator&apos;s clock keeps running.</source>
        <translation>Šai lietai nav ritošā termiņa, ko drīkst apturēt. Apturēt var tikai organizācijas pašas pakalpojumu līmeņus; uzrauga termiņš turpina ritēt.</translation>
    </message>
    <message>
        <source>No clock of this case is paused.</source>
        <translation>Neviens šīs lietas termiņš nav apturēts.</translation>
    </message>
    <message>
        <source>There is no usable clock pack named “%1”.</source>
        <translation>Nav lietojamas termiņu noteikumu kopas ar nosaukumu “%1”.</translation>
    </message>
    <message>
        <source>The holiday calendar for region “%1” is not known. Use a country code with an optional region, for example GB-ENG, AU-VIC, HU, LV or UA.</source>
        <translation>Reģiona “%1” svētku dienu kalendārs nav zināms. Norādiet valsts kodu, ja vajag, ar reģionu, piemēram, GB-ENG, AU-VIC, HU, LV vai UA.</translation>
    </message>
    <message>
        <source>This text is longer than %1 characters; shorten it.</source>
        <translation>Šis teksts ir garāks par %1 rakstzīmēm; saīsiniet to.</translation>
    </message>
    <message>
        <source>Choose at least one of the four drivers of the vulnerability.</source>
        <translation>Izvēlieties vismaz vienu no četriem neaizsargātības faktoriem.</translation>
    </message>
    <message>
        <source>“%1” is not a type of redress; choose one from the list.</source>
        <translation>“%1” nav kompensācijas veids; izvēlieties kādu no saraksta.</translation>
    </message>
    <message>
        <source>“%1” is not an amount.</source>
        <translation>“%1” nav summa.</translation>
    </message>
    <message>
        <source>A redress amount must be more than zero.</source>
        <translation>Kompensācijas summai jābūt lielākai par nulli.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code; use three letters such as EUR, GBP or UAH.</source>
        <translation>“%1” nav valūtas kods; norādiet trīs burtus, piemēram, EUR, GBP vai UAH.</translation>
    </message>
    <message>
        <source>This redress line is not on this case; check the ledger.</source>
        <translation>Šīs kompensācijas ieraksta šajā lietā nav; pārbaudiet kompensāciju uzskaiti.</translation>
    </message>
    <message>
        <source>Say why the case is left out of the return, e.g. it was a service request, not a complaint.</source>
        <translation>Norādiet, kāpēc lieta netiek iekļauta uzraugam iesniedzamajā pārskatā, piemēram, tas bija pakalpojuma pieprasījums, nevis sūdzība.</translation>
    </message>
    <message>
        <source>“%1” is not a product in the register.</source>
        <translation>Reģistrā nav produkta “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a cause in the register.</source>
        <translation>Reģistrā nav cēloņa “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a sub-cause of “%2”.</source>
        <translation>“%1” nav cēloņa “%2” apakšcēlonis.</translation>
    </message>
    <message>
        <source>“%1” is not an outcome; choose upheld, partly upheld or rejected.</source>
        <translation>“%1” nav iznākums; izvēlieties: pamatota, daļēji pamatota vai noraidīta.</translation>
    </message>
    <message>
        <source>A final response needs its outcome: choose upheld, partly upheld or rejected (or code the complaint in the register first).</source>
        <translation>Galīgajai atbildei vajag iznākumu: izvēlieties pamatota, daļēji pamatota vai noraidīta (vai vispirms klasificējiet sūdzību reģistrā).</translation>
    </message>
    <message>
        <source>“%1” is not a way to send a letter.</source>
        <translation>“%1” nav vēstules nosūtīšanas veids.</translation>
    </message>
    <message>
        <source>The letter still has parts to write (%1), first: %2. Write them in the preview, then send.</source>
        <translation>Vēstulē vēl ir neaizpildītas daļas (%1), pirmā: %2. Uzrakstiet tās priekšskatījumā un tad nosūtiet.</translation>
    </message>
    <message>
        <source>The letter is too long to record; keep it under %1 characters.</source>
        <translation>Vēstule ir par garu, lai to saglabātu; tai jābūt īsākai par %1 rakstzīmēm.</translation>
    </message>
    <message>
        <source>The letter template %1 is larger than %2 bytes.</source>
        <translation>Vēstules veidne %1 ir lielāka par %2 baitiem.</translation>
    </message>
    <message>
        <source>There is no letter template %1. Reinstall Recovery Desk or add the file to resources/templates.</source>
        <translation>Nav vēstules veidnes %1. Pārinstalējiet Recovery Desk vai ievietojiet failu mapē resources/templates.</translation>
    </message>
    <message>
        <source>The letter template %1 cannot be read (%2). It must be UTF-8 TOML.</source>
        <translation>Vēstules veidni %1 nevar nolasīt (%2). Tai jābūt UTF-8 TOML failam.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of letter.</source>
        <translation>“%1” nav vēstules veids.</translation>
    </message>
    <message>
        <source>There are no letters in “%1”.</source>
        <translation>Valodā “%1” vēstuļu nav.</translation>
    </message>
    <message>
        <source>The password is too short: use at least %1 characters (a short sentence works well).</source>
        <translation>Parole ir par īsu: tajā jābūt vismaz %1 rakstzīmēm (labi der īss teikums).</translation>
    </message>
    <message>
        <source>The password is too long: use at most %1 characters.</source>
        <translation>Parole ir par garu: tajā drīkst būt ne vairāk kā %1 rakstzīmes.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits; type only digits.</source>
        <translation>PIN ir no 4 līdz 8 cipariem; ievadiet tikai ciparus.</translation>
    </message>
    <message>
        <source>A user name is 1 to 200 characters, without control characters.</source>
        <translation>Lietotājvārdā jābūt no 1 līdz 200 rakstzīmēm, bez vadības rakstzīmēm.</translation>
    </message>
    <message>
        <source>“%1” is not a role.</source>
        <translation>“%1” nav loma.</translation>
    </message>
    <message>
        <source>An administrator account exists already; sign in as an administrator to add users.</source>
        <translation>Administratora konts jau ir izveidots; lai pievienotu lietotājus, piesakieties kā administrators.</translation>
    </message>
    <message>
        <source>%1 is the only administrator who can sign in; make another user an administrator first.</source>
        <translation>%1 ir vienīgais administrators, kas var pieteikties; vispirms piešķiriet administratora lomu vēl kādam lietotājam.</translation>
    </message>
    <message>
        <source>A user named %1 exists already; choose another name, or set that user&apos;s password.</source>
        <translation>Lietotājs ar vārdu %1 jau ir; izvēlieties citu vārdu vai iestatiet šim lietotājam paroli.</translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation>Lietotāja ar vārdu %1 nav.</translation>
    </message>
    <message>
        <source>%1 does not exist. Check the path of the case log (--db).</source>
        <translation>%1 nepastāv. Pārbaudiet lietu žurnāla ceļu (--db).</translation>
    </message>
    <message>
        <source>%1 is a folder, not a case log file. Give a file name, e.g. --db cases.sqlite3.</source>
        <translation>%1 ir mape, nevis lietu žurnāla fails. Norādiet faila nosaukumu, piemēram, --db cases.sqlite3.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it first or choose another path for the case log.</source>
        <translation>Mape %1 nepastāv. Vispirms izveidojiet to vai izvēlieties lietu žurnālam citu vietu.</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2). Check the file&apos;s permissions.</source>
        <translation>Nevar nolasīt %1 (%2). Pārbaudiet faila atļaujas.</translation>
    </message>
    <message>
        <source>%1 is not a case log (not an SQLite database). Choose the right file.</source>
        <translation>%1 nav lietu žurnāls (nav SQLite datubāze). Izvēlieties pareizo failu.</translation>
    </message>
    <message>
        <source>%1 is not a case log: it holds no case log tables (an empty file, or another program&apos;s database). Nothing was written to it. Choose the right file.</source>
        <translation>%1 nav lietu žurnāls: tajā nav lietu žurnāla tabulu (tukšs fails vai citas programmas datubāze). Tajā nekas netika ierakstīts. Izvēlieties pareizo failu.</translation>
    </message>
    <message>
        <source>%1 is read-only for you. Check the file&apos;s permissions or choose another case log.</source>
        <translation>Jums %1 ir tikai lasāms. Pārbaudiet faila atļaujas vai izvēlieties citu lietu žurnālu.</translation>
    </message>
    <message>
        <source>Cannot create a case log in %1: no permission. Choose a folder you can write to.</source>
        <translation>Mapē %1 nevar izveidot lietu žurnālu: nav atļaujas. Izvēlieties mapi, kurā varat rakstīt.</translation>
    </message>
    <message>
        <source>Unsupported database “%1”. Use a file path (SQLite) or a postgresql+psycopg:// URL.</source>
        <translation>Neatbalstīta datubāze “%1”. Norādiet faila ceļu (SQLite) vai postgresql+psycopg:// adresi.</translation>
    </message>
    <message>
        <source>The disk is full: the case log at %1 cannot store more. Nothing of this action was recorded. Free space on the disk (or move the case log to a disk with room), then do the action again.</source>
        <translation>Disks ir pilns: lietu žurnālā %1 vairs nevar neko saglabāt. No šīs darbības nekas netika ierakstīts. Atbrīvojiet vietu diskā (vai pārvietojiet lietu žurnālu uz disku, kurā ir vieta) un atkārtojiet darbību.</translation>
    </message>
    <message>
        <source>Unknown export format “%1”; use csv, jsonl or xlsx.</source>
        <translation>Nezināms eksporta formāts “%1”; izmantojiet csv, jsonl vai xlsx.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it or choose another place.</source>
        <translation>Mape %1 nepastāv. Izveidojiet to vai izvēlieties citu vietu.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). Free some disk space or choose another place.</source>
        <translation>Nevar ierakstīt %1 (%2). Atbrīvojiet vietu diskā vai izvēlieties citu vietu.</translation>
    </message>
    <message>
        <source>More rows than a spreadsheet can hold (%1). Export a shorter period or use CSV.</source>
        <translation>Rindu ir vairāk, nekā ietilpst izklājlapā (%1). Eksportējiet īsāku periodu vai izmantojiet CSV.</translation>
    </message>
    <message>
        <source>The import mapping %1:</source>
        <translation>Importa kartējums %1:</translation>
    </message>
    <message>
        <source>Correct the mapping file (see docs/csv-import.md).</source>
        <translation>Izlabojiet kartējuma failu (skat. docs/csv-import.md).</translation>
    </message>
    <message>
        <source>The CSV file %1 does not exist. Check the path and the file name.</source>
        <translation>CSV fails %1 neeksistē. Pārbaudiet ceļu un faila nosaukumu.</translation>
    </message>
    <message>
        <source>Cannot read the CSV file %1 (%2). Check that the file is not open elsewhere and is readable.</source>
        <translation>CSV failu %1 nevar nolasīt (%2). Pārbaudiet, vai fails nav atvērts citur un ir lasāms.</translation>
    </message>
    <message>
        <source>%1 is empty or has no header row. Export the file again with column headers.</source>
        <translation>%1 ir tukšs vai tam nav virsraksta rindas. Eksportējiet failu vēlreiz ar kolonnu virsrakstiem.</translation>
    </message>
    <message>
        <source>%1 is not a readable CSV file at the header (%2). Check the quoting and the delimiter (a cell over %3 characters is refused too).</source>
        <translation>%1 virsraksta rindā nav nolasāms kā CSV fails (%2). Pārbaudiet pēdiņas un atdalītāju (šūna, kas garāka par %3 rakstzīmēm, arī tiek noraidīta).</translation>
    </message>
    <message>
        <source>%1 is not a readable CSV file at row %2 (%3). Check the quoting and the delimiter (a cell over %4 characters is refused too).</source>
        <translation>%1 rindā %2 nav nolasāms kā CSV fails (%3). Pārbaudiet pēdiņas un atdalītāju (šūna, kas garāka par %4 rakstzīmēm, arī tiek noraidīta).</translation>
    </message>
    <message>
        <source>%1 is not %2 text: in the header, byte 0x%3 does not fit (around %4); nothing was imported. Set [source] encoding in the mapping to the export&apos;s encoding, e.g. utf-8, cp1250, cp1257 or cp1251.</source>
        <translation>%1 nav %2 teksts: virsraksta rindā baits 0x%3 neder (vietā %4); nekas netika importēts. Kartējumā norādiet [source] encoding — eksporta kodējumu, piem., utf-8, cp1250, cp1257 vai cp1251.</translation>
    </message>
    <message>
        <source>%1 is not %2 text: in row %3, byte 0x%4 does not fit (around %5); nothing was imported. Set [source] encoding in the mapping to the export&apos;s encoding, e.g. utf-8, cp1250, cp1257 or cp1251.</source>
        <translation>%1 nav %2 teksts: rindā %3 baits 0x%4 neder (vietā %5); nekas netika importēts. Kartējumā norādiet [source] encoding — eksporta kodējumu, piem., utf-8, cp1250, cp1257 vai cp1251.</translation>
    </message>
    <message>
        <source>The encoding of %1 cannot be told from its content. Set [source] encoding in the mapping, e.g. utf-8, cp1250, cp1257 or cp1251.</source>
        <translation>Faila %1 kodējumu nevar noteikt pēc satura. Norādiet kartējumā [source] encoding, piem., utf-8, cp1250, cp1257 vai cp1251.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8, and several code pages read it equally well but differently: %2. Set [source] encoding in the mapping to the one whose reading is right (or export the file again as UTF-8).</source>
        <translation>%1 nav UTF-8, un vairākas kodu lapas to nolasa vienlīdz labi, bet atšķirīgi: %2. Kartējumā [source] encoding norādiet to, kuras nolasījums ir pareizs (vai eksportējiet failu vēlreiz UTF-8 kodējumā).</translation>
    </message>
    <message>
        <source>%1 is UTF-8 text, not %2: the header would be stored as %3 instead of %4; nothing was imported. Set [source] encoding = &quot;utf-8&quot; in the mapping (or leave it out to have the encoding detected) and check the file again.</source>
        <translation>%1 ir UTF-8 teksts, nevis %2: virsraksta rinda tiktu saglabāta kā %3, nevis %4; nekas netika importēts. Kartējumā iestatiet [source] encoding = &quot;utf-8&quot; (vai izlaidiet to, lai kodējumu noteiktu automātiski) un pārbaudiet failu vēlreiz.</translation>
    </message>
    <message>
        <source>%1 is UTF-8 text, not %2: row %3 would be stored as %4 instead of %5; nothing was imported. Set [source] encoding = &quot;utf-8&quot; in the mapping (or leave it out to have the encoding detected) and check the file again.</source>
        <translation>%1 ir UTF-8 teksts, nevis %2: rinda %3 tiktu saglabāta kā %4, nevis %5; nekas netika importēts. Kartējumā iestatiet [source] encoding = &quot;utf-8&quot; (vai izlaidiet to, lai kodējumu noteiktu automātiski) un pārbaudiet failu vēlreiz.</translation>
    </message>
    <message>
        <source>%1 has the column %2 more than once, so %3 is ambiguous. Rename one of the columns in the file.</source>
        <translation>Failā %1 kolonna %2 ir vairākas reizes, tāpēc %3 nav viennozīmīgs. Pārdēvējiet vienu no kolonnām failā.</translation>
    </message>
    <message>
        <source>%1 has no column %2. Its columns are: %3. Fix the header names under [columns] in the mapping (or the [source] delimiter if all columns appear as one).</source>
        <translation>Failā %1 nav kolonnas %2. Tā kolonnas: %3. Izlabojiet virsrakstu nosaukumus kartējuma sadaļā [columns] (vai [source] delimiter, ja visas kolonnas redzamas kā viena).</translation>
    </message>
    <message>
        <source>%1 changed while it was being imported; nothing was imported. Let the program that writes it finish, then import again.</source>
        <translation>%1 mainījās importēšanas laikā; nekas netika importēts. Ļaujiet programmai, kas to raksta, pabeigt darbu, tad importējiet vēlreiz.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Imports atcelts; nekas netika importēts.</translation>
    </message>
    <message>
        <source>%1 of %2 rows in %3 cannot be imported (first: %4); nothing was imported. Check the file to see every rejected row and fix the file or the mapping, or tick “Import the good rows” to import the others.</source>
        <translation>%1 no %2 rindām failā %3 nevar importēt (pirmā: %4); nekas netika importēts. Pārbaudiet failu, lai redzētu katru noraidīto rindu, un izlabojiet failu vai kartējumu, vai atzīmējiet “Importēt derīgās rindas”, lai importētu pārējās.</translation>
    </message>
    <message>
        <source>%1 was imported before (%2 cases) and the mapping has no reference column, so importing it again would duplicate those cases. Map the reference column under [columns], or import only the new rows.</source>
        <translation>%1 jau tika importēts (%2 lietas), un kartējumā nav atsauces kolonnas, tāpēc atkārtots imports šīs lietas dublētu. Norādiet atsauces kolonnu sadaļā [columns] vai importējiet tikai jaunās rindas.</translation>
    </message>
    <message>
        <source>%1 was imported before (%2 cases) and %3 rows have no reference, so importing it again would duplicate those cases. Import only the new rows, or give every row its reference.</source>
        <translation>%1 jau tika importēts (%2 lietas), un %3 rindām nav atsauces, tāpēc atkārtots imports šīs lietas dublētu. Importējiet tikai jaunās rindas vai piešķiriet katrai rindai atsauci.</translation>
    </message>
    <message>
        <source>The folder %1 for the rejected rows does not exist. Create it or choose another place.</source>
        <translation>Mape %1 noraidītajām rindām neeksistē. Izveidojiet to vai izvēlieties citu vietu.</translation>
    </message>
    <message>
        <source>Cannot write the file of rejected rows in %1 (%2). Put the export in a folder you can write to.</source>
        <translation>Noraidīto rindu failu nevar ierakstīt mapē %1 (%2). Novietojiet eksportu mapē, kurā varat rakstīt.</translation>
    </message>
    <message>
        <source>There is no import preset %1. Use one of: %2; or write a mapping.</source>
        <translation>Importa sagataves %1 nav. Izmantojiet kādu no šīm: %2; vai uzrakstiet kartējumu.</translation>
    </message>
    <message>
        <source>[source] languages lists a language the detector does not know (%1). Use ISO 639-1 codes such as en, de, hu, lv, uk.</source>
        <translation>[source] languages norāda valodu, ko noteicējs nepazīst (%1). Izmantojiet ISO 639-1 kodus, piem., en, de, hu, lv, uk.</translation>
    </message>
    <message>
        <source>The import mapping %1 does not exist. Check the path, or choose the tool the file was exported from.</source>
        <translation>Importa kartējums %1 neeksistē. Pārbaudiet ceļu vai izvēlieties rīku, no kura fails eksportēts.</translation>
    </message>
    <message>
        <source>Cannot read the import mapping %1 (%2). Save it as UTF-8 text in a readable place.</source>
        <translation>Importa kartējumu %1 nevar nolasīt (%2). Saglabājiet to kā UTF-8 tekstu lasāmā vietā.</translation>
    </message>
    <message>
        <source>refused (it %1). Start again from resources/import/example-mapping.toml.</source>
        <translation>noraidīts (iemesls: %1). Sāciet no jauna ar resources/import/example-mapping.toml.</translation>
    </message>
    <message>
        <source>not valid TOML (%1).</source>
        <translation>nav derīgs TOML (%1).</translation>
    </message>
    <message>
        <source>[%1] must be a table.</source>
        <translation>[%1] jābūt tabulai.</translation>
    </message>
    <message>
        <source>%1 must be a non-empty text.</source>
        <translation>%1 jābūt netukšam tekstam.</translation>
    </message>
    <message>
        <source>[%1] has unknown key(s) %2. Use %3.</source>
        <translation>[%1] ir nezināmas atslēgas: %2. Izmantojiet %3.</translation>
    </message>
    <message>
        <source>[columns] has unknown field(s) %1. Our fields are: %2.</source>
        <translation>[columns] ir nezināmi lauki: %1. Mūsu lauki: %2.</translation>
    </message>
    <message>
        <source>unknown section(s) %1. Use only these sections: %2.</source>
        <translation>nezināmas sadaļas: %1. Izmantojiet tikai šīs sadaļas: %2.</translation>
    </message>
    <message>
        <source>[defaults] has unknown or refused key(s) %1. Defaults may be set for %2; a reference, the complaint&apos;s words and the customer always come from the row.</source>
        <translation>[defaults] ir nezināmas vai neatļautas atslēgas: %1. Noklusējumu var iestatīt laukiem %2; atsauce, sūdzības vārdi un klients vienmēr nāk no rindas.</translation>
    </message>
    <message>
        <source>[on_invalid] has unknown or required field(s) %1. Only these may drop a bad value: %2.</source>
        <translation>[on_invalid] ir nezināmi vai obligāti lauki: %1. Kļūdainu vērtību drīkst atmest tikai šiem: %2.</translation>
    </message>
    <message>
        <source>[source] delimiter %1 must be one character, for example &quot;,&quot;, &quot;;&quot; or &quot;\t&quot; (tab).</source>
        <translation>[source] delimiter %1 jābūt vienai rakstzīmei, piemēram, &quot;,&quot;, &quot;;&quot; vai &quot;\t&quot; (tabulācija).</translation>
    </message>
    <message>
        <source>[source] encoding %1 is not known. Use for example &quot;utf-8&quot;, &quot;cp1250&quot;, &quot;cp1251&quot; or &quot;cp1257&quot;, or leave it out to have it detected.</source>
        <translation>[source] encoding %1 nav zināms. Izmantojiet, piemēram, &quot;utf-8&quot;, &quot;cp1250&quot;, &quot;cp1251&quot; vai &quot;cp1257&quot;, vai izlaidiet to, lai kodējumu noteiktu automātiski.</translation>
    </message>
    <message>
        <source>[source] date_formats must be a list of strptime formats, for example date_formats = [&quot;%d/%m/%Y %H:%M&quot;].</source>
        <translation>[source] date_formats jābūt strptime formātu sarakstam, piemēram, date_formats = [&quot;%d/%m/%Y %H:%M&quot;].</translation>
    </message>
    <message>
        <source>[source] dst_fold %1 is not a rule. Use one of: %2.</source>
        <translation>[source] dst_fold %1 nav noteikums. Izmantojiet kādu no: %2.</translation>
    </message>
    <message>
        <source>[source] languages must be a list of two-letter codes, for example languages = [&quot;en&quot;, &quot;de&quot;, &quot;hu&quot;].</source>
        <translation>[source] languages jābūt divburtu kodu sarakstam, piemēram, languages = [&quot;en&quot;, &quot;de&quot;, &quot;hu&quot;].</translation>
    </message>
    <message>
        <source>[source] missing_columns %1 is not a rule. Use &quot;refuse&quot; (a typo in a header name stops the import) or &quot;skip&quot; (a preset&apos;s optional columns may be missing from a file).</source>
        <translation>[source] missing_columns %1 nav noteikums. Izmantojiet &quot;refuse&quot; (drukas kļūda virsraksta nosaukumā aptur importu) vai &quot;skip&quot; (sagataves neobligātās kolonnas failā var nebūt).</translation>
    </message>
    <message>
        <source>[source] timezone %1 is not a known time zone. Use a zone name such as &quot;Europe/Riga&quot;, &quot;Europe/Budapest&quot; or &quot;Europe/Kyiv&quot;.</source>
        <translation>[source] timezone %1 nav zināma laika josla. Izmantojiet joslas nosaukumu, piemēram, &quot;Europe/Riga&quot;, &quot;Europe/Budapest&quot; vai &quot;Europe/Kyiv&quot;.</translation>
    </message>
    <message>
        <source>[columns] must name the column for %1, for example opened_at = &quot;Created&quot; and words = &quot;Description&quot; (an export without dates: [defaults] opened_at = &quot;2024-01-01&quot;).</source>
        <translation>[columns] jānorāda kolonna laukam %1, piemēram, opened_at = &quot;Created&quot; un words = &quot;Description&quot; (eksportam bez datumiem: [defaults] opened_at = &quot;2024-01-01&quot;).</translation>
    </message>
    <message>
        <source>[categories] create_unknown must be true or false.</source>
        <translation>[categories] create_unknown jābūt true vai false.</translation>
    </message>
    <message>
        <source>[defaults] %1 %2 is not a date. Write it as &quot;2024-01-01&quot; or &quot;2024-01-01 09:00&quot;.</source>
        <translation>[defaults] %1 %2 nav datums. Rakstiet to kā &quot;2024-01-01&quot; vai &quot;2024-01-01 09:00&quot;.</translation>
    </message>
    <message>
        <source>[defaults] %1 must be a whole number from %2 to %3.</source>
        <translation>[defaults] %1 jābūt veselam skaitlim no %2 līdz %3.</translation>
    </message>
    <message>
        <source>[on_invalid] %1 = %2 is not a rule. Use &quot;drop&quot; (keep the row without the value) or &quot;reject&quot;.</source>
        <translation>[on_invalid] %1 = %2 nav noteikums. Izmantojiet &quot;drop&quot; (rinda paliek bez vērtības) vai &quot;reject&quot;.</translation>
    </message>
    <message>
        <source>%1 = %2 is not a two-letter language code. Use an ISO 639-1 code such as &quot;en&quot;, &quot;de&quot;, &quot;hu&quot;, &quot;lv&quot; or &quot;uk&quot;.</source>
        <translation>%1 = %2 nav divburtu valodas kods. Izmantojiet ISO 639-1 kodu, piemēram, &quot;en&quot;, &quot;de&quot;, &quot;hu&quot;, &quot;lv&quot; vai &quot;uk&quot;.</translation>
    </message>
    <message>
        <source>%1 = %2 is not one of our %3 ids. Use one of: %4.</source>
        <translation>%1 = %2 nav neviens no mūsu %3 identifikatoriem. Izmantojiet kādu no: %4.</translation>
    </message>
    <message>
        <source>Nothing was applied. Ask that desk&apos;s administrator which copy is right; recovery-desk check --against shows the difference.</source>
        <translation>Nekas netika piemērots. Jautājiet šīs darba vietas administratoram, kura kopija ir pareiza; recovery-desk check --against parāda atšķirību.</translation>
    </message>
    <message>
        <source>Do not import it; ask the desk for a fresh export.</source>
        <translation>Neimportējiet to; palūdziet darba vietai jaunu eksportu.</translation>
    </message>
    <message>
        <source>%1: desk %2 (key %3) is not trusted here; its events are held aside, not applied. Compare the fingerprint with that desk&apos;s own; if they match, an administrator trusts it in Settings ▸ Desks.</source>
        <translation>%1: darba vietai %2 (atslēga %3) šeit neuzticas; tās notikumi ir atlikti malā, nav piemēroti. Salīdziniet pirkstu nospiedumu ar šīs darba vietas paša; ja tie sakrīt, administrators tai uzticas sadaļā Iestatījumi ▸ Darba vietas.</translation>
    </message>
    <message>
        <source>%1: signed as desk %2 by key %3, but the key trusted here for desk %4 is %5; held aside, not applied (forged, or that desk has a new key). If it really has a new key (ask them), an administrator replaces it in Settings ▸ Desks.</source>
        <translation>%1: parakstīts kā darba vieta %2 ar atslēgu %3, bet šeit uzticamā darba vietas %4 atslēga ir %5; atlikts malā, nav piemērots (viltojums, vai darba vietai ir jauna atslēga). Ja tai tiešām ir jauna atslēga (pajautājiet), administrators to nomaina sadaļā Iestatījumi ▸ Darba vietas.</translation>
    </message>
    <message>
        <source>%1 is this desk&apos;s (%2) own bundle; a desk never imports events under its own id.</source>
        <translation>%1 ir šīs darba vietas (%2) pašas pakete; darba vieta nekad neimportē notikumus ar savu identifikatoru.</translation>
    </message>
    <message>
        <source>%1: desk %2 signed sequence %3 twice, with hash %4… (witnessed here) and %5… (now): its history was rewritten.</source>
        <translation>%1: darba vieta %2 parakstīja kārtas numuru %3 divreiz, ar jaucējkodu %4… (šeit apliecināts) un %5… (tagad): tās vēsture tika pārrakstīta.</translation>
    </message>
    <message>
        <source>%1: desk %2 signed its chain at sequence %3 (%4 UTC, witnessed here) and now, later, only up to %5: its log was rolled back or cut.</source>
        <translation>%1: darba vieta %2 parakstīja savu ķēdi pie kārtas numura %3 (%4 UTC, šeit apliecināts), bet tagad, vēlāk, tikai līdz %5: tās žurnāls tika atritināts atpakaļ vai apgriezts.</translation>
    </message>
    <message>
        <source>%1: desk %2 at sequence %3: the witnessed checkpoint has hash %4…, this log has %5…: the history was rewritten after it was witnessed.</source>
        <translation>%1: darba vieta %2, kārtas numurs %3: apliecinātajam kontrolpunktam ir jaucējkods %4…, šim žurnālam %5…: vēsture tika pārrakstīta pēc apliecināšanas.</translation>
    </message>
    <message>
        <source>%1: event %2 does not match its hash or its link to the event before (tampered or corrupted).</source>
        <translation>%1: notikums %2 neatbilst savam jaucējkodam vai saitei ar iepriekšējo notikumu (viltots vai bojāts).</translation>
    </message>
    <message>
        <source>%1: event id %2 comes twice (events %3 and %4): duplicated or forged events.</source>
        <translation>%1: notikuma identifikators %2 ir divreiz (notikumi %3 un %4): dublēti vai viltoti notikumi.</translation>
    </message>
    <message>
        <source>%1: %2 event id(s) already exist under another desk position (duplicated or forged events).</source>
        <translation>%1: %2 notikumu identifikatori jau ir citā darba vietas pozīcijā (dublēti vai viltoti notikumi).</translation>
    </message>
    <message>
        <source>%1 starts at event %2 of desk %3, but this log has that desk&apos;s events only up to %4; the next sync brings the earlier ones first.</source>
        <translation>%1 sākas ar darba vietas %3 notikumu %2, bet šajā žurnālā šīs darba vietas notikumi ir tikai līdz %4; nākamā sinhronizācija vispirms atnesīs iepriekšējos.</translation>
    </message>
    <message>
        <source>%1: desk %2&apos;s events do not continue this log&apos;s copy of that desk at sequence %3 (the histories differ).</source>
        <translation>%1: darba vietas %2 notikumi neturpina šī žurnāla šīs darba vietas kopiju pie kārtas numura %3 (vēstures atšķiras).</translation>
    </message>
    <message>
        <source>%1: at sequence %2 of desk %3 this log has another event than the arriving one (the histories differ).</source>
        <translation>%1: pie darba vietas %3 kārtas numura %2 šajā žurnālā ir cits notikums nekā ienākošais (vēstures atšķiras).</translation>
    </message>
    <message>
        <source>%1: event %2 of desk %3 changes what that desk may not change, so nothing of it was applied (%4). Ask that desk&apos;s administrator; it is tried again at the next sync.</source>
        <translation>%1: darba vietas %3 notikums %2 maina to, ko šī darba vieta nedrīkst mainīt, tāpēc nekas no tā netika piemērots (%4). Jautājiet šīs darba vietas administratoram; nākamajā sinhronizācijā mēģināsim vēlreiz.</translation>
    </message>
    <message>
        <source>%1 was set aside in the quarantine folder: %2</source>
        <translation>%1 tika pārvietots karantīnas mapē: %2</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Complaint register</source>
        <translation>Sūdzību reģistrs</translation>
    </message>
    <message>
        <source>Systemic issues</source>
        <translation>Sistēmiskas problēmas</translation>
    </message>
    <message>
        <source>Deadlines met on time</source>
        <translation>Laikā izpildīti termiņi</translation>
    </message>
    <message>
        <source>&amp;Read the register again</source>
        <translation>&amp;Nolasīt reģistru vēlreiz</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Lieta</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Saņemta</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkts</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cēlonis</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Iznākums</translation>
    </message>
    <message>
        <source>Final response due</source>
        <translation>Galīgās atbildes termiņš</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Termiņš</translation>
    </message>
    <message>
        <source>Vulnerable</source>
        <translation>Neaizsargāts</translation>
    </message>
    <message>
        <source>Complaints in the register</source>
        <translation>Reģistrētās sūdzības</translation>
    </message>
    <message>
        <source>No complaint runs under a clock rule pack yet. A supervisor chooses one in Settings ▸ Regulated handling.</source>
        <translation>Vēl nevienai sūdzībai netiek lietota termiņu noteikumu kopa. Vadītājs to izvēlas sadaļā Iestatījumi ▸ Regulētā sūdzību izskatīšana.</translation>
    </message>
    <message>
        <source>Sub-cause</source>
        <translation>Apakšcēlonis</translation>
    </message>
    <message>
        <source>Save &amp;codes</source>
        <translation>Saglabāt &amp;kodus</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— izvēlieties —</translation>
    </message>
    <message>
        <source>— not decided —</source>
        <translation>— vēl nav izlemts —</translation>
    </message>
    <message>
        <source>Reading the register…</source>
        <translation>Nolasa reģistru…</translation>
    </message>
    <message>
        <source>Could not read the register: %1</source>
        <translation>Neizdevās nolasīt reģistru: %1</translation>
    </message>
    <message>
        <source>%1 met on time: %2 (%3 of %4)</source>
        <translation>%1 laikā: %2 (%3 no %4)</translation>
    </message>
    <message>
        <source>Last 90 days — </source>
        <translation>Pēdējās 90 dienas — </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>jā</translation>
    </message>
    <message>
        <source>Systemic issue: %1 — %2 complaints in the last %3 days (%4 in the %3 days before).</source>
        <translation>Sistēmiska problēma: %1 — %2 sūdzības pēdējās %3 dienās (iepriekšējās %3 dienās: %4).</translation>
    </message>
    <message>
        <source>Corrective action so far: %1</source>
        <translation>Līdzšinējā korektīvā darbība: %1</translation>
    </message>
    <message>
        <source>No corrective action recorded yet: escalate it.</source>
        <translation>Korektīvā darbība vēl nav reģistrēta: nododiet jautājumu augstāk.</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— nav —</translation>
    </message>
    <message>
        <source>Choose a complaint in the register first.</source>
        <translation>Vispirms izvēlieties sūdzību reģistrā.</translation>
    </message>
    <message>
        <source>Choose the product and the cause.</source>
        <translation>Izvēlieties produktu un cēloni.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>%1 to %2</source>
        <translation>no %1 līdz %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>no %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>līdz %1</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>viss laiks</translation>
    </message>
    <message>
        <source>all</source>
        <translation>visi</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Darba vieta</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Darbinieks</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanāls</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Rīcības plāns</translation>
    </message>
    <message>
        <source>Cases</source>
        <extracomment>The report&apos;s charts and their heights on the page (points).</extracomment>
        <translation>Lietas</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Recovery rate</source>
        <translation>Atrisināšanas rādītājs</translation>
    </message>
    <message>
        <source>Median time to resolution</source>
        <translation>Laiks līdz atrisināšanai (mediāna)</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Sadalījums: %1</translation>
    </message>
    <message>
        <source>No cases.</source>
        <translation>Nav lietu.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Nav.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Numurs</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klients</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Atkārtotā kontakta termiņš</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (nokavēts)</translation>
    </message>
    <message>
        <source>… and %1 more; the Log lists them all.</source>
        <translation>… un vēl %1; visi ir redzami žurnālā.</translation>
    </message>
    <message>
        <source>Recovery report</source>
        <translation>Sūdzību risināšanas atskaite</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Periods: %1</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Atlase: %1</translation>
    </message>
    <message>
        <source>Created %1 by %2</source>
        <translation>Izveidots %1, autors: %2</translation>
    </message>
    <message>
        <source>Practice cases are never counted. Each figure&apos;s definition is printed with it.</source>
        <translation>Treniņa lietas netiek ieskaitītas nekad. Katram rādītājam ir pievienota tā definīcija.</translation>
    </message>
    <message>
        <source>Customer names are left out: the signed-in role may not export personal data.</source>
        <translation>Klientu vārdi nav iekļauti: pieteiktā lietotāja lomai nav atļauts eksportēt personas datus.</translation>
    </message>
    <message>
        <source>Trend and complaint categories</source>
        <translation>Tendence un sūdzību kategorijas</translation>
    </message>
    <message>
        <source>Scripted vs natural, and where recoveries stall</source>
        <translation>Pēc teksta pret brīvi un kur risināšana iestrēgst</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>Sadalījumi</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Atkārtoti kontakti</translation>
    </message>
    <message>
        <source>Overdue follow-ups (%1)</source>
        <translation>Nokavētie atkārtotie kontakti (%1)</translation>
    </message>
    <message>
        <source>On the watchlist (%1)</source>
        <translation>Uzraudzības sarakstā (%1)</translation>
    </message>
    <message>
        <source>Recovery Desk · Recovery report · %1</source>
        <translation>Recovery Desk · Sūdzību risināšanas atskaite · %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Izveidots %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Lappuse %1 no %2</translation>
    </message>
    <message>
        <source>Financial loss</source>
        <translation>Finansiāls zaudējums</translation>
    </message>
    <message>
        <source>Distress and inconvenience</source>
        <translation>Pārdzīvojums un neērtības</translation>
    </message>
    <message>
        <source>Goodwill</source>
        <translation>Labas gribas žests</translation>
    </message>
    <message>
        <source>Regulated deadlines and redress</source>
        <translation>Regulētie termiņi un kompensācijas</translation>
    </message>
    <message>
        <source>Met on time, among complaints received in the period whose deadline is decided (met, or passed unmet); a deadline made unnecessary by a summary resolution is not counted.</source>
        <translation>Izpildīts laikā — starp periodā saņemtajām sūdzībām, kuru termiņš ir izšķīries (izpildīts vai pagājis neizpildīts); termiņš, ko ātrs atrisinājums padarījis lieku, netiek skaitīts.</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termiņš</translation>
    </message>
    <message>
        <source>Met on time</source>
        <translation>Laikā</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Izšķīries</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Daļa</translation>
    </message>
    <message>
        <source>Redress ledger: approved, and of that paid.</source>
        <translation>Kompensāciju uzskaite: apstiprināts un no tā izmaksāts.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Veids</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Ieraksti</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Apstiprināts</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Izmaksāts</translation>
    </message>
</context>
<context>
    <name>ResolveBox</name>
    <message>
        <source>Resolution</source>
        <translation>Risinājums</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— izvēlieties —</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valūta</translation>
    </message>
    <message>
        <source>One currency for the whole offer</source>
        <translation>Viena valūta visam piedāvājumam</translation>
    </message>
    <message>
        <source>Promised deadline</source>
        <translation>Apsolītais termiņš</translation>
    </message>
    <message>
        <source>Promised time</source>
        <translation>Solītais laiks</translation>
    </message>
    <message>
        <source>Add another resolution (Ctrl+Shift+R)</source>
        <translation>Pievienot vēl vienu risinājumu (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Keeps this resolution in the offer and lets you choose the next, e.g. the redelivery and the fee back</source>
        <translation>Šis risinājums paliek piedāvājumā, un varat izvēlēties nākamo, piem., atkārtotu piegādi un maksas atmaksu</translation>
    </message>
    <message>
        <source>Resolutions in this offer</source>
        <translation>Risinājumi šajā piedāvājumā</translation>
    </message>
    <message>
        <source>Delete removes the selected resolution</source>
        <translation>Delete noņem atlasīto risinājumu</translation>
    </message>
    <message>
        <source>Offer (Ctrl+Shift+O)</source>
        <translation>Piedāvāt (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Supervisor approves here (Ctrl+Shift+A)</source>
        <translation>Vadītājs apstiprina šeit (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Risinājums:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Summa:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Termiņš:</translation>
    </message>
    <message>
        <source>Also in the offer:</source>
        <translation>Piedāvājumā arī:</translation>
    </message>
    <message>
        <source>Offer total: %1.</source>
        <translation>Piedāvājums kopā: %1.</translation>
    </message>
    <message>
        <source>This offer needs a supervisor&apos;s approval.</source>
        <translation>Šim piedāvājumam vajag vadītāja apstiprinājumu.</translation>
    </message>
    <message>
        <source>Offered: %1</source>
        <translation>Piedāvāts: %1</translation>
    </message>
    <message>
        <source>Choose the resolution.</source>
        <translation>Izvēlieties risinājumu.</translation>
    </message>
    <message>
        <source>Choose the deadline you agreed with the customer.</source>
        <translation>Izvēlieties ar klientu saskaņoto termiņu.</translation>
    </message>
    <message>
        <source>Choose the time you agreed with the customer.</source>
        <translation>Izvēlieties ar klientu saskaņoto laiku.</translation>
    </message>
    <message>
        <source>This resolution is in the offer already.</source>
        <translation>Šis risinājums jau ir piedāvājumā.</translation>
    </message>
    <message>
        <source>Type the amount as a number, e.g. 25.50.</source>
        <translation>Ievadiet summu kā skaitli, piem., 25,50.</translation>
    </message>
    <message>
        <source>You may give any amount without approval.</source>
        <translation>Bez apstiprinājuma varat piešķirt jebkuru summu.</translation>
    </message>
    <message>
        <source>Your limit: %1 without a supervisor&apos;s approval.</source>
        <translation>Jūsu limits bez vadītāja apstiprinājuma: %1.</translation>
    </message>
    <message>
        <source>%1 is over the limit of %2: a supervisor must approve it. Ask one to approve here, or park the case and serve the next customer: it waits for approval.</source>
        <translation>%1 pārsniedz limitu %2, tāpēc vajadzīgs vadītāja apstiprinājums. Palūdziet vadītājam apstiprināt šeit vai atlieciet lietu un apkalpojiet nākamo klientu: lieta gaida apstiprinājumu.</translation>
    </message>
</context>
<context>
    <name>RetentionSection</name>
    <message>
        <source>Apply retention</source>
        <translation>Piemērot glabāšanas termiņu</translation>
    </message>
    <message>
        <source>Retention</source>
        <extracomment>asks before anonymizing; tests answer it without a modal loop</extracomment>
        <translation>Datu glabāšana</translation>
    </message>
    <message>
        <source>Customers whose cases all closed more than this many months ago are anonymized: their name, contact details, words and notes are removed for good. The cases and their figures stay. The period is applied at every start.</source>
        <translation>Klienti, kuru visas lietas slēgtas pirms vairāk nekā šī mēnešu skaita, tiek anonimizēti: viņu vārds, kontaktinformācija, teiktais un piezīmes tiek neatgriezeniski dzēsti. Lietas un to rādītāji paliek. Termiņš tiek piemērots katrā palaišanas reizē.</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mēn.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>izslēgts</translation>
    </message>
    <message>
        <source>Retention period in months</source>
        <translation>Glabāšanas termiņš mēnešos</translation>
    </message>
    <message>
        <source>Save and apply now…</source>
        <translation>Saglabāt un piemērot tagad…</translation>
    </message>
    <message>
        <source>Anonymize now every customer whose cases all closed more than %1 months ago? This cannot be undone.</source>
        <translation>Anonimizēt tagad visus klientus, kuru visas lietas slēgtas pirms vairāk nekā %1 mēnešiem? To nevar atsaukt.</translation>
    </message>
    <message>
        <source>Could not save the settings: %1</source>
        <translation>Neizdevās saglabāt iestatījumus: %1</translation>
    </message>
    <message>
        <source>Retention is off: no customer is anonymized.</source>
        <translation>Glabāšanas termiņš ir izslēgts: neviens klients netiek anonimizēts.</translation>
    </message>
    <message>
        <source>Applying the retention period…</source>
        <translation>Piemēro glabāšanas termiņu…</translation>
    </message>
    <message>
        <source>Anonymized %1 customer(s) in %2 case(s).</source>
        <translation>Anonimizēti klienti: %1, lietas: %2.</translation>
    </message>
    <message>
        <source>Applying the retention period failed: %1</source>
        <translation>Neizdevās piemērot glabāšanas termiņu: %1</translation>
    </message>
</context>
<context>
    <name>ReviewsTab</name>
    <message>
        <source>Practice runs</source>
        <translation>Treniņi</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Atvērta</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Apmācāmais</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Lieta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Vērtējums</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Hronoloģija</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Kritēriji</translation>
    </message>
    <message>
        <source>Evidence in the run</source>
        <translation>Pierādījumi treniņā</translation>
    </message>
    <message>
        <source>Facts the trainee found out</source>
        <translation>Fakti, ko apmācāmais noskaidroja</translation>
    </message>
    <message>
        <source>(choose 1–5)</source>
        <translation>(izvēlieties 1–5)</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Komentāri</translation>
    </message>
    <message>
        <source>Score (1–5):</source>
        <translation>Vērtējums (1–5):</translation>
    </message>
    <message>
        <source>Comments:</source>
        <translation>Komentāri:</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>Saglabāt izvērtējumu</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Pārrunas</translation>
    </message>
    <message>
        <source>%1&apos;s scores over time: %2</source>
        <translation>%1 vērtējumi laika gaitā: %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>vēl nav</translation>
    </message>
    <message>
        <source>Choose a practice run first.</source>
        <translation>Vispirms izvēlieties treniņu.</translation>
    </message>
    <message>
        <source>Choose a score from 1 to 5, then save.</source>
        <translation>Izvēlieties vērtējumu no 1 līdz 5 un saglabājiet.</translation>
    </message>
    <message>
        <source>Review saved.</source>
        <translation>Izvērtējums saglabāts.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>agent</source>
        <translation>darbinieks</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>vadītājs</translation>
    </message>
    <message>
        <source>trainer</source>
        <translation>pasniedzējs</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrators</translation>
    </message>
</context>
<context>
    <name>SatisfactionBox</name>
    <message>
        <source>Customer&apos;s satisfaction</source>
        <translation>Klienta apmierinātība</translation>
    </message>
    <message>
        <source>Answers at the last contact</source>
        <translation>Atbildes pēdējā saziņā</translation>
    </message>
    <message>
        <source>Accepted the resolution</source>
        <translation>Pieņēma risinājumu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Jā</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Daļēji</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nē</translation>
    </message>
    <message>
        <source>How accepted</source>
        <translation>Kā pieņēma</translation>
    </message>
    <message>
        <source>Verbally</source>
        <translation>Mutiski</translation>
    </message>
    <message>
        <source>In writing</source>
        <translation>Rakstiski</translation>
    </message>
    <message>
        <source>Follow-up note</source>
        <translation>Atkārtotā kontakta piezīme</translation>
    </message>
    <message>
        <source>Record answers (Ctrl+Shift+S)</source>
        <translation>Saglabāt atbildes (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Close as not recovered…</source>
        <translation>Slēgt kā neatrisinātu…</translation>
    </message>
    <message>
        <source>Accepted:</source>
        <translation>Pieņēma:</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Kā:</translation>
    </message>
    <message>
        <source>Follow-up note:</source>
        <translation>Atkārtotā kontakta piezīme:</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— izvēlieties —</translation>
    </message>
    <message>
        <source>Customer declined to answer</source>
        <translation>Klients atteicās atbildēt</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Netika jautāts</translation>
    </message>
    <message>
        <source>Record follow-up (Ctrl+Shift+S)</source>
        <translation>Saglabāt atkārtoto kontaktu (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>Pieņēma: %1</translation>
    </message>
    <message>
        <source>CSAT %1</source>
        <translation>CSAT %1</translation>
    </message>
    <message>
        <source>recommend %1</source>
        <translation>ieteiktu %1</translation>
    </message>
    <message>
        <source>effort %1</source>
        <translation>pūles %1</translation>
    </message>
    <message>
        <source>Last time: %1</source>
        <translation>Iepriekšējo reizi: %1</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>Reģistrēts: %1</translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <source>Scores over time</source>
        <translation>Vērtējumi laika gaitā</translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <source>My PIN</source>
        <translation>Mans PIN</translation>
    </message>
    <message>
        <source>A PIN of 4 to 8 digits lets you take over a shared counter quickly (File ▸ Switch user…). Confirm with your password.</source>
        <translation>Ar 4–8 ciparu PIN varat ātri pārņemt koplietojamu darba vietu (Fails ▸ Mainīt lietotāju…). Apstipriniet ar savu paroli.</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Jūsu parole</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Jaunais PIN</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Jaunais PIN vēlreiz</translation>
    </message>
    <message>
        <source>Your password:</source>
        <translation>Jūsu parole:</translation>
    </message>
    <message>
        <source>New PIN:</source>
        <translation>Jaunais PIN:</translation>
    </message>
    <message>
        <source>New PIN again:</source>
        <translation>Jaunais PIN vēlreiz:</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>Iestatīt PIN</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the same one twice.</source>
        <translation>PIN kodi nesakrīt. Ievadiet to pašu PIN divreiz.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>PIN jābūt no 4 līdz 8 cipariem.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Iestatījumi</translation>
    </message>
    <message>
        <source>Desk id</source>
        <translation>Darba vietas ID</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Pieteicies lietotājs</translation>
    </message>
    <message>
        <source>To work as someone else: File ▸ Switch user…</source>
        <translation>Lai strādātu cita lietotāja vārdā: Fails ▸ Mainīt lietotāju…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Valoda</translation>
    </message>
    <message>
        <source>Default delivery mode</source>
        <translation>Noklusējuma runas režīms</translation>
    </message>
    <message>
        <source>Natural (own words, guided)</source>
        <translation>Brīvi (saviem vārdiem, ar padomiem)</translation>
    </message>
    <message>
        <source>Scripted (read the lines)</source>
        <translation>Pēc teksta (nolasīt frāzes)</translation>
    </message>
    <message>
        <source>Sync target</source>
        <translation>Sinhronizācijas mērķis</translation>
    </message>
    <message>
        <source>Shared folder or postgresql+psycopg:// URL</source>
        <translation>Koplietojama mape vai postgresql+psycopg:// URL</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>Sinhronizēt ik pēc</translation>
    </message>
    <message>
        <source>Currencies offered</source>
        <translation>Piedāvātās valūtas</translation>
    </message>
    <message>
        <source>ISO 4217 codes separated by commas, the first preselected on an offer; empty for the standard list.</source>
        <translation>ISO 4217 kodi, atdalīti ar komatiem, pirmais iepriekš izvēlēts piedāvājumā; tukšs — standarta saraksts.</translation>
    </message>
    <message>
        <source>Desk id:</source>
        <translation>Darba vietas ID:</translation>
    </message>
    <message>
        <source>Signed-in user:</source>
        <translation>Pieteicies lietotājs:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Valoda:</translation>
    </message>
    <message>
        <source>Default mode:</source>
        <translation>Noklusējuma režīms:</translation>
    </message>
    <message>
        <source>Sync target:</source>
        <translation>Sinhronizācijas mērķis:</translation>
    </message>
    <message>
        <source>Sync every:</source>
        <translation>Sinhronizēt ik pēc:</translation>
    </message>
    <message>
        <source>Currencies offered:</source>
        <translation>Piedāvātās valūtas:</translation>
    </message>
    <message>
        <source>Case log:</source>
        <translation>Lietu žurnāls:</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Saglabāt iestatījumus</translation>
    </message>
    <message>
        <source>Only an administrator can change where this desk&apos;s cases go (the sync target).</source>
        <translation>Tikai administrators var mainīt, kur nonāk šīs darba vietas lietas (sinhronizācijas mērķi).</translation>
    </message>
    <message>
        <source>The log&apos;s own identity, made with the log; it cannot be changed here.</source>
        <translation>Žurnāla identitāte, izveidota kopā ar žurnālu; to šeit nevar mainīt.</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 4217 currency code. Write three-letter codes separated by commas, such as GBP, EUR, HUF; nothing was saved.</source>
        <translation>“%1” nav ISO 4217 valūtas kods. Rakstiet trīs burtu kodus, atdalītus ar komatiem, piem., GBP, EUR, HUF; nekas netika saglabāts.</translation>
    </message>
    <message>
        <source>Could not save the settings: %1</source>
        <translation>Neizdevās saglabāt iestatījumus: %1</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Iestatījumi saglabāti.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>New case</source>
        <translation>Jauna lieta</translation>
    </message>
    <message>
        <source>Open the case (new case form)</source>
        <translation>Atvērt lietu (jaunas lietas veidlapā)</translation>
    </message>
    <message>
        <source>Complete stage, go to the next</source>
        <translation>Pabeigt posmu, pāriet uz nākamo</translation>
    </message>
    <message>
        <source>Back to the previous stage</source>
        <translation>Atpakaļ uz iepriekšējo posmu</translation>
    </message>
    <message>
        <source>Skip stage (with a reason)</source>
        <translation>Izlaist posmu (norādot iemeslu)</translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation>Pievienot piezīmi</translation>
    </message>
    <message>
        <source>Switch scripted / natural</source>
        <translation>Pārslēgt: pēc teksta / brīvi</translation>
    </message>
    <message>
        <source>Offer the resolution</source>
        <translation>Piedāvāt risinājumu</translation>
    </message>
    <message>
        <source>Record satisfaction / follow-up</source>
        <translation>Saglabāt apmierinātību / atkārtoto kontaktu</translation>
    </message>
    <message>
        <source>Supervisor approves here</source>
        <translation>Vadītājs apstiprina šeit</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Gaidāmie atkārtotie kontakti</translation>
    </message>
    <message>
        <source>Promises due (mark them done)</source>
        <translation>Gaidāmie solījumi (atzīmēt izpildītus)</translation>
    </message>
    <message>
        <source>Open (parked) cases at this desk</source>
        <translation>Atvērtās (atliktās) lietas šajā darba vietā</translation>
    </message>
    <message>
        <source>Park the case (close its tab)</source>
        <translation>Atlikt lietu (aizvērt tās cilni)</translation>
    </message>
    <message>
        <source>Find customer</source>
        <translation>Meklēt klientu</translation>
    </message>
    <message>
        <source>Withdraw the case</source>
        <translation>Atsaukt lietu</translation>
    </message>
    <message>
        <source>Correct the customer&apos;s contact details</source>
        <translation>Labot klienta kontaktinformāciju</translation>
    </message>
    <message>
        <source>Go to the note</source>
        <translation>Uz piezīmi</translation>
    </message>
    <message>
        <source>Go to the resolution</source>
        <translation>Uz risinājumu</translation>
    </message>
    <message>
        <source>Go to the customer&apos;s satisfaction</source>
        <translation>Uz klienta apmierinātību</translation>
    </message>
    <message>
        <source>Put the selected line of &quot;What to say&quot; into the note</source>
        <translation>Ievietot piezīmē atlasīto rindu no “Ko teikt”</translation>
    </message>
    <message>
        <source>Larger text on the Desk</source>
        <translation>Lielāks teksts darba vietā</translation>
    </message>
    <message>
        <source>Smaller text on the Desk</source>
        <translation>Mazāks teksts darba vietā</translation>
    </message>
    <message>
        <source>Normal text size on the Desk</source>
        <translation>Parasts teksta lielums darba vietā</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Īsinājumtaustiņi</translation>
    </message>
    <message>
        <source>Every action works from the keyboard. Shortcuts can be changed in settings.json.</source>
        <translation>Katru darbību var veikt ar tastatūru. Īsinājumtaustiņus var mainīt failā settings.json.</translation>
    </message>
    <message>
        <source>Desk, Log, Dashboard, Register, Training, Settings</source>
        <translation>Darba vieta, Žurnāls, Pārskats, Reģistrs, Apmācība, Iestatījumi</translation>
    </message>
    <message>
        <source>Next open case</source>
        <translation>Nākamā atvērtā lieta</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sinhronizēt tagad</translation>
    </message>
    <message>
        <source>Presenter mode (Training)</source>
        <translation>Prezentācijas režīms (Apmācība)</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Šis saraksts</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taustiņi</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Darbība</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>This account is locked after too many wrong attempts, until %1 (%2 min). Wait, or ask an administrator to unlock it.</source>
        <translation>Pārāk daudzu nepareizu mēģinājumu dēļ šis konts ir bloķēts līdz %1 (%2 min). Uzgaidiet vai palūdziet administratoram to atbloķēt.</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Try again in %1 s.</source>
        <translation>Pārāk daudz nepareizu mēģinājumu. Mēģiniet vēlreiz pēc %1 s.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator if you should still have access.</source>
        <translation>Šis konts ir atspējots. Ja Jums joprojām vajadzētu būt piekļuvei, vērsieties pie administratora.</translation>
    </message>
    <message>
        <source>The name or the password or PIN is not right.</source>
        <translation>Nepareizs vārds, parole vai PIN.</translation>
    </message>
    <message>
        <source>The user name or PIN is not right.</source>
        <translation>Nepareizs lietotājvārds vai PIN.</translation>
    </message>
    <message>
        <source>The user name or password is not right.</source>
        <translation>Nepareizs lietotājvārds vai parole.</translation>
    </message>
    <message>
        <source>Try again in %1 s.</source>
        <translation>Mēģiniet vēlreiz pēc %1 s.</translation>
    </message>
    <message>
        <source>Quit Recovery Desk?</source>
        <translation>Iziet no Recovery Desk?</translation>
    </message>
    <message>
        <source>Nobody is signed in, so Recovery Desk will close. Quit now?</source>
        <translation>Neviens nav pierakstījies, tāpēc Recovery Desk tiks aizvērts. Iziet tagad?</translation>
    </message>
    <message>
        <source> or </source>
        <translation> vai </translation>
    </message>
    <message>
        <source>Refused: %1 is signed in as %2; this needs a role of %3. Ask one to do it here (File ▸ Switch user…). The attempt is recorded in the log.</source>
        <translation>Atteikts: %1 ir pieteicies kā %2; šai darbībai nepieciešama loma: %3. Palūdziet kādu ar šo lomu to izdarīt šeit (Fails ▸ Mainīt lietotāju…). Mēģinājums ir reģistrēts žurnālā.</translation>
    </message>
    <message>
        <source>Refused: nobody is signed in; this needs a role of %1. Sign in first (File ▸ Switch user…).</source>
        <translation>Atteikts: neviens nav pieteicies; tam vajadzīga loma %1. Vispirms piesakieties (Fails ▸ Mainīt lietotāju…).</translation>
    </message>
    <message>
        <source>%1 must confirm with their password or PIN first; ask them to type it in the approval window.</source>
        <translation>Vispirms vajag apstiprinājumu ar lietotāja %1 paroli vai PIN; palūdziet viņu to ievadīt apstiprināšanas logā.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in – Recovery Desk</source>
        <translation>Pieteikšanās – Recovery Desk</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Pieteikties</translation>
    </message>
    <message>
        <source>Desk %1. Sign in with your own account: every step you record carries your name.</source>
        <translation>Darba vieta %1. Piesakieties ar savu kontu: katrs Jūsu reģistrētais solis tiek saistīts ar Jūsu vārdu.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Lietotājvārds</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Lietotājvārds:</translation>
    </message>
    <message>
        <source>Quick switch with my PIN</source>
        <translation>Ātri pārslēgties ar savu PIN</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Parole:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parole</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Pārbauda…</translation>
    </message>
</context>
<context>
    <name>StageStepper</name>
    <message>
        <source>Stages</source>
        <translation>Posmi</translation>
    </message>
    <message>
        <source>current</source>
        <translation>pašreizējais</translation>
    </message>
    <message>
        <source>done</source>
        <translation>pabeigts</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>vēl jāveic</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>open</source>
        <translation>atvērta</translation>
    </message>
    <message>
        <source>waiting for a supervisor</source>
        <translation>gaida vadītāju</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>atkārtots kontakts</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>slēgta</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>atsaukta</translation>
    </message>
</context>
<context>
    <name>SupervisorActions</name>
    <message>
        <source>Coaching note…</source>
        <translation>Koučinga piezīme…</translation>
    </message>
    <message>
        <source>Flag for training…</source>
        <translation>Atzīmēt apmācībai…</translation>
    </message>
    <message>
        <source>Root cause…</source>
        <translation>Pamatcēlonis…</translation>
    </message>
    <message>
        <source>Approve escalation…</source>
        <translation>Apstiprināt eskalāciju…</translation>
    </message>
    <message>
        <source>Decline escalation…</source>
        <translation>Noraidīt eskalāciju…</translation>
    </message>
    <message>
        <source>Reassign follow-up…</source>
        <translation>Nodot atkārtoto kontaktu citam…</translation>
    </message>
    <message>
        <source>Erase customer…</source>
        <translation>Dzēst klienta datus…</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <extracomment>How a dialog is run; tests put their own in to fill it in and accept.</extracomment>
        <translation>Nav saglabāts</translation>
    </message>
    <message>
        <source>Coaching note</source>
        <translation>Koučinga piezīme</translation>
    </message>
    <message>
        <source>A note for the agent on how this recovery went. It is kept on the case&apos;s timeline; it changes no figure.</source>
        <translation>Piezīme darbiniekam par to, kā noritēja šīs sūdzības risināšana. Tā tiek saglabāta lietas hronoloģijā un neietekmē rādītājus.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Piezīme</translation>
    </message>
    <message>
        <source>Flag for training</source>
        <translation>Atzīmēt apmācībai</translation>
    </message>
    <message>
        <source>Trainers see flagged cases as examples. Say what this case teaches.</source>
        <translation>Pasniedzēji atzīmētās lietas redz kā piemērus. Norādiet, ko var mācīties no šīs lietas.</translation>
    </message>
    <message>
        <source>Why it is an example</source>
        <translation>Kāpēc tā ir piemērs</translation>
    </message>
    <message>
        <source>Root cause and corrective action</source>
        <translation>Pamatcēlonis un korektīvā darbība</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Pamatcēlonis</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Korektīvā darbība</translation>
    </message>
    <message>
        <source>Approve escalation</source>
        <translation>Apstiprināt eskalāciju</translation>
    </message>
    <message>
        <source>Approve the offer waiting on this case? The agent can then go on with the recovery.</source>
        <translation>Vai apstiprināt šajā lietā gaidošo piedāvājumu? Pēc tam darbinieks varēs turpināt sūdzības risināšanu.</translation>
    </message>
    <message>
        <source>Decline escalation</source>
        <translation>Noraidīt eskalāciju</translation>
    </message>
    <message>
        <source>The agent is told why and offers something else.</source>
        <translation>Darbinieks uzzinās iemeslu un piedāvās ko citu.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Iemesls</translation>
    </message>
    <message>
        <source>Erase the customer&apos;s personal data</source>
        <translation>Dzēst klienta personas datus</translation>
    </message>
    <message>
        <source>Name, phone, e-mail, customer number, the customer&apos;s words and every note are removed from all of this customer&apos;s cases in this log, for good. The cases, their figures and the proof of the log stay; the erasure is recorded. It cannot be undone.</source>
        <translation>Vārds, tālrunis, e-pasts, klienta numurs, klienta vārdiem pierakstītais teksts un visas piezīmes tiek neatgriezeniski dzēsti no visām šī klienta lietām šajā žurnālā. Lietas, to rādītāji un žurnāla pierādījumi saglabājas; dzēšana tiek reģistrēta. Šo darbību nevar atcelt.</translation>
    </message>
    <message>
        <source>Reason (e.g. the customer&apos;s request)</source>
        <translation>Iemesls (piem., klienta pieprasījums)</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Training</source>
        <extracomment>the type size before presenter mode first enlarged it (taken on first use, once the page has its window&apos;s font)</extracomment>
        <translation>Apmācība</translation>
    </message>
    <message>
        <source>Scripted and natural</source>
        <translation>Pēc teksta un brīvi</translation>
    </message>
    <message>
        <source>Practice scenarios</source>
        <translation>Treniņu scenāriji</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Izvērtējumi</translation>
    </message>
    <message>
        <source>Quality checks</source>
        <translation>Kvalitātes pārbaudes</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Rīcības plāns</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Posms</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenārijs</translation>
    </message>
    <message>
        <source>(no scenario)</source>
        <translation>(bez scenārija)</translation>
    </message>
    <message>
        <source>◀ Previous stage</source>
        <translation>◀ Iepriekšējais posms</translation>
    </message>
    <message>
        <source>Next stage ▶</source>
        <translation>Nākamais posms ▶</translation>
    </message>
    <message>
        <source>Presenter mode (F11)</source>
        <translation>Prezentācijas režīms (F11)</translation>
    </message>
    <message>
        <source>Playbook:</source>
        <translation>Rīcības plāns:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Posms:</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Scenārijs:</translation>
    </message>
    <message>
        <source>Scripted delivery</source>
        <translation>Runāšana pēc teksta</translation>
    </message>
    <message>
        <source>Natural delivery</source>
        <translation>Brīva runāšana</translation>
    </message>
    <message>
        <source>Scripted: read the lines</source>
        <translation>Pēc teksta: nolasiet frāzes</translation>
    </message>
    <message>
        <source>Natural: own words, guided</source>
        <translation>Brīvi: saviem vārdiem, ar padomiem</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Galvenie punkti</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Dariet</translation>
    </message>
    <message>
        <source>Don&apos;t</source>
        <translation>Nedariet</translation>
    </message>
    <message>
        <source>You could say</source>
        <translation>Jūs varētu teikt</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenāriji</translation>
    </message>
    <message>
        <source>Unusable: %1</source>
        <translation>Nav izmantojams: %1</translation>
    </message>
    <message>
        <source>No scenarios are installed.</source>
        <translation>Nav instalēts neviens scenārijs.</translation>
    </message>
    <message>
        <source>Show trainer notes (facts, good resolutions, pitfalls)</source>
        <translation>Rādīt pasniedzēja piezīmes (fakti, labi risinājumi, biežākās kļūdas)</translation>
    </message>
    <message>
        <source>Start practice on the Desk</source>
        <translation>Sākt treniņu darba vietā</translation>
    </message>
    <message>
        <source>Trainee:</source>
        <translation>Apmācāmais:</translation>
    </message>
    <message>
        <source>Wants:</source>
        <translation>Vēlas:</translation>
    </message>
    <message>
        <source>Facts to find out by listening</source>
        <translation>Fakti, kas jānoskaidro, uzklausot klientu</translation>
    </message>
    <message>
        <source>Resolutions that work</source>
        <translation>Risinājumi, kas darbojas</translation>
    </message>
    <message>
        <source>Pitfalls</source>
        <translation>Biežākās kļūdas</translation>
    </message>
    <message>
        <source>(choose the trainee)</source>
        <translation>(izvēlieties apmācāmo)</translation>
    </message>
    <message>
        <source>Choose the trainee the practice run is for, then start it.</source>
        <translation>Izvēlieties, kuram apmācāmajam ir šis treniņš, un tad sāciet to.</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Apmācāmais</translation>
    </message>
    <message>
        <source>Listened before solving</source>
        <translation>Uzklausīja pirms risināšanas</translation>
    </message>
    <message>
        <source>Acknowledged the specific problem</source>
        <translation>Atzina konkrēto problēmu</translation>
    </message>
    <message>
        <source>Apologized without shifting blame</source>
        <translation>Atvainojās, nenovelot vainu</translation>
    </message>
    <message>
        <source>Agreed a fix with a deadline</source>
        <translation>Vienojās par risinājumu ar termiņu</translation>
    </message>
    <message>
        <source>Satisfaction confirmed by the customer</source>
        <translation>Klients apstiprināja apmierinātību</translation>
    </message>
</context>
<context>
    <name>UsersSection</name>
    <message>
        <source>Users</source>
        <translation>Lietotāji</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vārds</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Loma</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stāvoklis</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Pievienot lietotāju…</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>Iestatīt paroli…</translation>
    </message>
    <message>
        <source>Set PIN…</source>
        <translation>Iestatīt PIN…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Atspējot</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Atbloķēt</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>atspējots</translation>
    </message>
    <message>
        <source>no password: cannot sign in</source>
        <translation>nav paroles: nevar pieteikties</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>bloķēts līdz %1</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktīvs</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Iespējot</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Pievienot lietotāju</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Vārds:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Loma:</translation>
    </message>
    <message>
        <source>Password (at least 8 characters):</source>
        <translation>Parole (vismaz 8 rakstzīmes):</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Iestatīt paroli</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation>Jaunā parole lietotājam %1:</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>Iestatīt PIN</translation>
    </message>
    <message>
        <source>Quick-switch PIN for %1 (4 to 8 digits; empty removes it):</source>
        <translation>Ātrās pārslēgšanās PIN lietotājam %1 (4–8 cipari; ja atstāj tukšu, PIN tiek noņemts):</translation>
    </message>
</context>
<context>
    <name>WorklistDialog</name>
    <message>
        <source>Follow-ups due</source>
        <translation>Paredzētie atkārtotie kontakti</translation>
    </message>
    <message>
        <source>Open cases at this desk</source>
        <translation>Atvērtās lietas šajā darba vietā</translation>
    </message>
    <message>
        <source>Most urgent first. Press Enter to open the case and record the call.</source>
        <translation>Vispirms steidzamākās. Nospiediet Enter, lai atvērtu lietu un reģistrētu zvanu.</translation>
    </message>
    <message>
        <source>Waiting for approval first, then the longest waiting. Press Enter to continue a parked case.</source>
        <translation>Vispirms tās, kas gaida apstiprinājumu, tad visilgāk gaidošās. Nospiediet Enter, lai turpinātu atlikto lietu.</translation>
    </message>
    <message>
        <source>Only mine (Ctrl+M)</source>
        <translation>Tikai manējie (Ctrl+M)</translation>
    </message>
    <message>
        <source>Only the cases and follow-ups that are yours (%1)</source>
        <translation>Tikai jūsu lietas un atkārtotie kontakti (%1)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termiņš</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klients</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>Kā sazināties</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Apsolīts</translation>
    </message>
    <message>
        <source>Why unhappy</source>
        <translation>Kāpēc neapmierināts</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Atbildīgais</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Numurs</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Atvērts</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Posms</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(bez vārda)</translation>
    </message>
    <message>
        <source>Nothing of yours here; clear &quot;Only mine&quot; to see everyone&apos;s.</source>
        <translation>Šeit nav nekā jūsu; noņemiet „Tikai manējie”, lai redzētu visu.</translation>
    </message>
    <message>
        <source>No follow-ups due this week.</source>
        <translation>Šonedēļ nav paredzētu atkārtotu kontaktu.</translation>
    </message>
    <message>
        <source>No open cases: every case is closed or waiting for a follow-up.</source>
        <translation>Nav atvērtu lietu: visas ir slēgtas vai gaida atkārtotu kontaktu.</translation>
    </message>
</context>
<context>
    <name>WorklistWords</name>
    <message>
        <source>Overdue</source>
        <translation>Nokavēts</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Šodien</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Vēlāk</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakts</translation>
    </message>
    <message>
        <source>no phone or e-mail on file</source>
        <translation>nav norādīts ne tālrunis, ne e-pasts</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>pieņēma</translation>
    </message>
    <message>
        <source>accepted only partly</source>
        <translation>pieņēma tikai daļēji</translation>
    </message>
    <message>
        <source>did not accept</source>
        <translation>nepieņēma</translation>
    </message>
    <message>
        <source>acceptance not known</source>
        <translation>nav zināms, vai pieņēma</translation>
    </message>
    <message>
        <source>stage not known</source>
        <translation>nezināms posms</translation>
    </message>
    <message>
        <source>nothing agreed yet</source>
        <translation>vēl nekas nav norunāts</translation>
    </message>
    <message>
        <source>a resolution</source>
        <translation>risinājums</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>līdz %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Kopā: %1</translation>
    </message>
    <message>
        <source>satisfaction %1 of 5</source>
        <translation>apmierinātība %1 no 5</translation>
    </message>
    <message>
        <source>would recommend %1 of 10</source>
        <translation>ieteiktu %1 no 10</translation>
    </message>
    <message>
        <source>%1 · waiting for approval</source>
        <translation>%1 · gaida apstiprinājumu</translation>
    </message>
</context>
<context>
    <name>WrapUp</name>
    <message>
        <source>a resolution</source>
        <translation>risinājums</translation>
    </message>
    <message>
        <source>This case was withdrawn.</source>
        <translation>Šī lieta tika atsaukta.</translation>
    </message>
    <message>
        <source>This case waits for a follow-up.</source>
        <translation>Šī lieta gaida atkārtotu sazināšanos.</translation>
    </message>
    <message>
        <source>This case is closed.</source>
        <translation>Šī lieta ir slēgta.</translation>
    </message>
    <message>
        <source>Your reference is %1.</source>
        <translation>Jūsu lietas numurs ir %1.</translation>
    </message>
    <message>
        <source>What we agreed: %1.</source>
        <translation>Par ko vienojāmies: %1.</translation>
    </message>
    <message>
        <source>Amount: %1.</source>
        <translation>Summa: %1.</translation>
    </message>
    <message>
        <source>By: %1.</source>
        <translation>Līdz: %1.</translation>
    </message>
    <message>
        <source>No date was agreed.</source>
        <translation>Datums netika norunāts.</translation>
    </message>
    <message>
        <source>What we agreed:</source>
        <translation>Par ko vienojāmies:</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>līdz %1</translation>
    </message>
    <message>
        <source>no date agreed</source>
        <translation>datums netika norunāts</translation>
    </message>
    <message>
        <source>Total: %1.</source>
        <translation>Kopā: %1.</translation>
    </message>
    <message>
        <source>No resolution was agreed.</source>
        <translation>Par risinājumu netika panākta vienošanās.</translation>
    </message>
    <message>
        <source>Follow-up: %1 contacts you by %2.</source>
        <translation>Atkārtota sazināšanās: %1 sazināsies ar jums līdz %2.</translation>
    </message>
    <message>
        <source>No follow-up is due.</source>
        <translation>Atkārtota sazināšanās nav paredzēta.</translation>
    </message>
    <message>
        <source>Wrap-up: read this to the customer</source>
        <translation>Kopsavilkums: nolasiet to klientam</translation>
    </message>
</context>
</TS>
