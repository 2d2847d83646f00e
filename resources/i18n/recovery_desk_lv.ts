<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv">
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="404"/>
        <source>Supervisor approval</source>
        <translation>Vadītāja apstiprinājums</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="409"/>
        <source>The offer is over the agent&apos;s limit. The supervisor approves it here with their own password or PIN.</source>
        <translation>Piedāvājums pārsniedz darbinieka limitu. Vadītājs to apstiprina šeit ar savu paroli vai PIN.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="418"/>
        <source>Supervisor</source>
        <translation>Vadītājs</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="421"/>
        <source>Password or PIN</source>
        <translation>Parole vai PIN</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="422"/>
        <source>Supervisor:</source>
        <translation>Vadītājs:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="423"/>
        <source>Password or PIN:</source>
        <translation>Parole vai PIN:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="427"/>
        <location filename="../../recovery_desk/ui/sign_in.py" line="428"/>
        <source>Approve</source>
        <translation>Apstiprināt</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="438"/>
        <source>Type the supervisor&apos;s password or PIN.</source>
        <translation>Ievadiet vadītāja paroli vai PIN.</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="55"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="59"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="66"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="71"/>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="79"/>
        <source>Case opened</source>
        <translation>Lieta atvērta</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="80"/>
        <source>Stage entered</source>
        <translation>Posms sākts</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="81"/>
        <source>Stage completed</source>
        <translation>Posms pabeigts</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="82"/>
        <source>Stage skipped</source>
        <translation>Posms izlaists</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="83"/>
        <source>Checklist</source>
        <translation>Kontrolsaraksts</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="84"/>
        <source>Field captured</source>
        <translation>Dati fiksēti</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="85"/>
        <source>Note</source>
        <translation>Piezīme</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="86"/>
        <source>Mode changed</source>
        <translation>Režīms mainīts</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="87"/>
        <source>Resolution offered</source>
        <translation>Risinājums piedāvāts</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="88"/>
        <location filename="../../recovery_desk/ui/log/detail.py" line="265"/>
        <source>Escalated</source>
        <translation>Eskalēts</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="89"/>
        <source>Escalation approved</source>
        <translation>Eskalācija apstiprināta</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="90"/>
        <source>Escalation declined</source>
        <translation>Eskalācija noraidīta</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="91"/>
        <source>Satisfaction recorded</source>
        <translation>Apmierinātība reģistrēta</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="92"/>
        <source>Follow-up scheduled</source>
        <translation>Atkārtots kontakts ieplānots</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="93"/>
        <source>Follow-up made</source>
        <translation>Atkārtots kontakts veikts</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="94"/>
        <source>Case closed</source>
        <translation>Lieta slēgta</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="95"/>
        <source>Case withdrawn</source>
        <translation>Lieta atsaukta</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="96"/>
        <source>Case reopened</source>
        <translation>Lieta atvērta atkārtoti</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="97"/>
        <source>Coaching note</source>
        <translation>Koučinga piezīme</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="98"/>
        <location filename="../../recovery_desk/ui/log/detail.py" line="327"/>
        <source>Root cause</source>
        <translation>Pamatcēlonis</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="99"/>
        <source>Practice reviewed</source>
        <translation>Treniņš izvērtēts</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="100"/>
        <location filename="../../recovery_desk/ui/log/detail.py" line="204"/>
        <source>Flagged for training</source>
        <translation>Atzīmēta apmācībai</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="101"/>
        <source>Follow-up reassigned</source>
        <translation>Atkārtots kontakts nodots citam</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="107"/>
        <source>scripted</source>
        <translation>pēc teksta</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="108"/>
        <source>natural</source>
        <translation>brīvi</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="129"/>
        <source>CSAT %1, recommend %2</source>
        <translation>CSAT %1, ieteiktu %2</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="152"/>
        <source>Time</source>
        <translation>Laiks</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="153"/>
        <source>Event</source>
        <translation>Notikums</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="154"/>
        <source>Stage</source>
        <translation>Posms</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="155"/>
        <source>Time in stage</source>
        <translation>Laiks posmā</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="156"/>
        <source>Details</source>
        <translation>Detaļas</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="157"/>
        <source>By</source>
        <translation>Veica</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="206"/>
        <source>In the customer&apos;s words</source>
        <translation>Klienta vārdiem</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="209"/>
        <source>Wants</source>
        <translation>Vēlas</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="211"/>
        <source>Stages</source>
        <translation>Posmi</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="215"/>
        <source>done</source>
        <translation>pabeigts</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="216"/>
        <source>skipped</source>
        <translation>izlaists</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="217"/>
        <source>now</source>
        <translation>pašreizējais</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="222"/>
        <source>Scripted line</source>
        <translation>Teksta frāze</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="228"/>
        <source>Own words</source>
        <translation>Saviem vārdiem</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="233"/>
        <source>Skipped because</source>
        <translation>Izlaišanas iemesls</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="242"/>
        <source>Resolution</source>
        <translation>Risinājums</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="248"/>
        <source>no cost</source>
        <translation>bez izmaksām</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="252"/>
        <source>promised by %1</source>
        <translation>apsolīts līdz %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="256"/>
        <source>None offered yet.</source>
        <translation>Vēl nekas nav piedāvāts.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="259"/>
        <source>approved by %1</source>
        <translation>apstiprināja %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="260"/>
        <source>declined by %1</source>
        <translation>noraidīja %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="261"/>
        <source>waiting for a supervisor</source>
        <translation>gaida vadītāju</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="267"/>
        <source>Satisfaction</source>
        <translation>Apmierinātība</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="271"/>
        <source>follow-up</source>
        <translation>atkārtots kontakts</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="273"/>
        <source>at the desk</source>
        <translation>darba vietā</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="276"/>
        <source>accepted</source>
        <translation>pieņēma</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="277"/>
        <source>recommend</source>
        <translation>ieteiktu</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="278"/>
        <source>effort</source>
        <translation>piepūle</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="288"/>
        <source>Not asked yet.</source>
        <translation>Vēl nav jautāts.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="290"/>
        <source>Follow-ups</source>
        <translation>Atkārtoti kontakti</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="293"/>
        <location filename="../../recovery_desk/ui/log/detail.py" line="307"/>
        <source>due %1</source>
        <translation>termiņš %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="297"/>
        <source>call made by %1</source>
        <translation>zvanīja %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="302"/>
        <source>reassigned from %1 to %2</source>
        <translation>atbildīgais mainīts: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="315"/>
        <source>Next call: %1, due %2</source>
        <translation>Nākamais zvans: %1, termiņš %2</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="320"/>
        <source>Supervisor notes</source>
        <translation>Vadītāja piezīmes</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="325"/>
        <source>No notes yet.</source>
        <translation>Vēl nav piezīmju.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="333"/>
        <source>Corrective action</source>
        <translation>Korektīvā darbība</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="347"/>
        <source>(no name)</source>
        <translation>(bez vārda)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="353"/>
        <source>agent %1</source>
        <translation>darbinieks %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="357"/>
        <source>training</source>
        <translation>treniņš</translation>
    </message>
</context>
<context>
    <name>CaseDetailPanel</name>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="386"/>
        <source>Close (Esc)</source>
        <translation>Aizvērt (Esc)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="403"/>
        <source>Case detail</source>
        <translation>Lietas informācija</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="408"/>
        <source>Timeline</source>
        <translation>Hronoloģija</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="456"/>
        <source>No offer is waiting for a supervisor on this case.</source>
        <translation>Šajā lietā neviens piedāvājums negaida vadītāja lēmumu.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="461"/>
        <source>No follow-up is scheduled on this case.</source>
        <translation>Šajā lietā nav ieplānots atkārtots kontakts.</translation>
    </message>
</context>
<context>
    <name>CaseExporter</name>
    <message>
        <location filename="../../recovery_desk/ui/export_dialog.py" line="38"/>
        <source>Export cases…</source>
        <translation>Eksportēt lietas…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/export_dialog.py" line="51"/>
        <source>Exporting %1 cases…</source>
        <translation>Eksportē %1 lietas…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/export_dialog.py" line="52"/>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/export_dialog.py" line="70"/>
        <source>Exported %1 cases to %2.</source>
        <translation>%1 lietas eksportētas uz %2.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/export_dialog.py" line="77"/>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Eksportēšana atcelta; nekas netika saglabāts.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/export_dialog.py" line="79"/>
        <source>Export failed: %1</source>
        <translation>Eksportēšana neizdevās: %1</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="129"/>
        <source>Time in stage and in case</source>
        <translation>Laiks posmā un lietā</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="132"/>
        <source>Delivery mode for this case</source>
        <translation>Runas režīms šajā lietā</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="133"/>
        <source>Natural (own words)</source>
        <translation>Brīvi (saviem vārdiem)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="134"/>
        <source>Scripted (read lines)</source>
        <translation>Pēc teksta (nolasīt frāzes)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="156"/>
        <source>What to say</source>
        <translation>Ko teikt</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="164"/>
        <source>Checklist</source>
        <translation>Kontrolsaraksts</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="167"/>
        <source>Capture</source>
        <translation>Fiksējamie dati</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="172"/>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="176"/>
        <source>Note</source>
        <translation>Piezīme</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="177"/>
        <source>Type a note; it is kept even if the PC crashes. Ctrl+Shift+Enter adds it.</source>
        <translation>Ierakstiet piezīmi; tā netiks zaudēta, pat ja dators avarēs. Ar Ctrl+Shift+Enter to pievieno.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="186"/>
        <source>Language hint</source>
        <translation>Valodas padoms</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="189"/>
        <source>Add note</source>
        <translation>Pievienot piezīmi</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="200"/>
        <source>◀ Back (Shift+F8)</source>
        <translation>◀ Atpakaļ (Shift+F8)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="202"/>
        <source>Skip… (F6)</source>
        <translation>Izlaist… (F6)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="204"/>
        <source>Withdraw…</source>
        <translation>Atsaukt…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="206"/>
        <source>Park (Ctrl+W)</source>
        <translation>Atlikt (Ctrl+W)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="207"/>
        <source>Keep the case open and serve the next customer.</source>
        <translation>Atstāt lietu atvērtu un apkalpot nākamo klientu.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="209"/>
        <source>Complete stage ▶ (F8)</source>
        <translation>Pabeigt posmu ▶ (F8)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="227"/>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="230"/>
        <source>Resolution</source>
        <translation>Risinājums</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="235"/>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="238"/>
        <source>Currency</source>
        <translation>Valūta</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="245"/>
        <source>Promised deadline</source>
        <translation>Apsolītais termiņš</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="249"/>
        <source>Offer (Ctrl+Shift+O)</source>
        <translation>Piedāvāt (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="253"/>
        <source>Supervisor approves here (Ctrl+Shift+A)</source>
        <translation>Vadītājs apstiprina šeit (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="255"/>
        <source>Resolution:</source>
        <translation>Risinājums:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="256"/>
        <source>Amount:</source>
        <translation>Summa:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="257"/>
        <source>Deadline:</source>
        <translation>Termiņš:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="265"/>
        <source>Customer&apos;s satisfaction</source>
        <translation>Klienta apmierinātība</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="269"/>
        <source>Accepted the resolution</source>
        <translation>Pieņēma risinājumu</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="270"/>
        <source>Yes</source>
        <translation>Jā</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="270"/>
        <source>Partly</source>
        <translation>Daļēji</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="271"/>
        <source>No</source>
        <translation>Nē</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="274"/>
        <source>How accepted</source>
        <translation>Kā pieņēma</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="275"/>
        <source>Verbally</source>
        <translation>Mutiski</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="276"/>
        <source>In writing</source>
        <translation>Rakstiski</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="290"/>
        <source>not asked</source>
        <translation>nav jautāts</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="294"/>
        <source>Follow-up note</source>
        <translation>Atkārtotā kontakta piezīme</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="296"/>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="396"/>
        <source>Record answers (Ctrl+Shift+S)</source>
        <translation>Saglabāt atbildes (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="298"/>
        <source>Close as not recovered…</source>
        <translation>Slēgt kā neatrisinātu…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="300"/>
        <source>Accepted:</source>
        <translation>Pieņēma:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="301"/>
        <source>How:</source>
        <translation>Kā:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="312"/>
        <source>Follow-up note:</source>
        <translation>Atkārtotā kontakta piezīme:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="329"/>
        <source>(no name)</source>
        <translation>(bez vārda)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="332"/>
        <source>in progress</source>
        <translation>procesā</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="332"/>
        <source>waiting for a supervisor</source>
        <translation>gaida vadītāju</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="333"/>
        <source>waiting for a follow-up</source>
        <translation>gaida atkārtotu kontaktu</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="338"/>
        <source>Wants:</source>
        <translation>Vēlas:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="352"/>
        <source>Key points</source>
        <translation>Galvenie punkti</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="352"/>
        <source>Do</source>
        <translation>Dariet</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="353"/>
        <source>Don&apos;t</source>
        <translation>Nedariet</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="353"/>
        <source>You could say</source>
        <translation>Jūs varētu teikt</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="356"/>
        <source>Follow-up</source>
        <translation>Atkārtots kontakts</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="358"/>
        <source>Call or write to the customer, ask whether the problem is fully solved now, and record their answers. Due: %1</source>
        <translation>Piezvaniet vai uzrakstiet klientam, pajautājiet, vai problēma tagad ir pilnībā atrisināta, un saglabājiet atbildes. Termiņš: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="362"/>
        <source>This case is closed.</source>
        <translation>Šī lieta ir slēgta.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="371"/>
        <source>%1 %2 is over your limit: a supervisor must approve it. Ask one to approve here, or park the case and serve the next customer.</source>
        <translation>%1 %2 pārsniedz Jūsu limitu: summa jāapstiprina vadītājam. Palūdziet vadītāju apstiprināt šeit vai atlieciet lietu un apkalpojiet nākamo klientu.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="385"/>
        <source>Offered: %1</source>
        <translation>Piedāvāts: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="386"/>
        <source>by %1</source>
        <translation>līdz %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="394"/>
        <source>Record follow-up (Ctrl+Shift+S)</source>
        <translation>Saglabāt atkārtoto kontaktu (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="473"/>
        <source>Stage %1 · Case %2</source>
        <translation>Posms %1 · Lieta %2</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="494"/>
        <source>The action was not recorded: %1</source>
        <translation>Darbība netika saglabāta: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="530"/>
        <source>Try:</source>
        <translation>Mēģiniet:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="540"/>
        <source>Note added.</source>
        <translation>Piezīme pievienota.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="552"/>
        <source>Skip stage</source>
        <translation>Izlaist posmu</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="553"/>
        <source>Why do you skip this stage?</source>
        <translation>Kāpēc izlaižat šo posmu?</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="558"/>
        <source>Withdraw case</source>
        <translation>Atsaukt lietu</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="559"/>
        <source>Why is the case withdrawn?</source>
        <translation>Kāpēc lieta tiek atsaukta?</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="573"/>
        <source>Type the amount as a number, e.g. 25.50.</source>
        <translation>Ievadiet summu kā skaitli, piem., 25,50.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="590"/>
        <source>No supervisor account exists on this desk yet.</source>
        <translation>Šajā darba vietā vēl nav neviena vadītāja konta.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="636"/>
        <source>Not fully satisfied: the customer is on the watchlist and a follow-up is due %1.</source>
        <translation>Nav pilnībā apmierināts: klients ir uzraudzības sarakstā, un atkārtots kontakts jāveic līdz %1.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="640"/>
        <source>Close as not recovered</source>
        <translation>Slēgt kā neatrisinātu</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="641"/>
        <source>Why is the case closed without a satisfied customer?</source>
        <translation>Kāpēc lieta tiek slēgta, ja klients nav apmierināts?</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="685"/>
        <source>overdue</source>
        <translation>nokavēts</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="685"/>
        <source>due</source>
        <translation>gaidāms</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="55"/>
        <source>Reference</source>
        <translation>Numurs</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="56"/>
        <source>Match</source>
        <translation>Atbilstība</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="57"/>
        <source>Opened</source>
        <translation>Atvērta</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="58"/>
        <source>Agent</source>
        <translation>Darbinieks</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="59"/>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="60"/>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="61"/>
        <source>Resolution</source>
        <translation>Risinājums</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="62"/>
        <source>Redress</source>
        <translation>Kompensācija</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="63"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="64"/>
        <source>Recommend</source>
        <translation>Ieteiktu</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="65"/>
        <source>Duration</source>
        <translation>Ilgums</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="66"/>
        <source>Watchlist</source>
        <translation>Uzraudzības saraksts</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="67"/>
        <source>Closed</source>
        <translation>Slēgta</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="68"/>
        <source>Channel</source>
        <translation>Kanāls</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="69"/>
        <source>Severity</source>
        <translation>Nopietnība</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="83"/>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="89"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="93"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="232"/>
        <source>Click to sort by this column</source>
        <translation>Noklikšķiniet, lai kārtotu pēc šīs kolonnas</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="329"/>
        <source>%1 (training)</source>
        <translation>%1 (treniņš)</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="612"/>
        <source>%1 complaints, CSAT %2</source>
        <translation>Sūdzības: %1, CSAT %2</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="616"/>
        <source>Complaints and CSAT by week</source>
        <translation>Sūdzības un CSAT pa nedēļām</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="618"/>
        <source>Complaints and CSAT by month</source>
        <translation>Sūdzības un CSAT pa mēnešiem</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="620"/>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="630"/>
        <source>Complaints</source>
        <translation>Sūdzības</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="621"/>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="638"/>
        <source>CSAT %</source>
        <translation>CSAT %</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="627"/>
        <source>%1 complaints (%2 of all)</source>
        <translation>Sūdzības: %1 (%2 no visām)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="631"/>
        <source>Top five complaint categories</source>
        <translation>Piecas biežākās sūdzību kategorijas</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="639"/>
        <source>Recovery rate</source>
        <translation>Atrisināšanas rādītājs</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="640"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="651"/>
        <source>%1 cases</source>
        <translation>Lietas: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="659"/>
        <source>Scripted vs natural</source>
        <translation>Pēc teksta pret brīvi</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="671"/>
        <source>hours</source>
        <translation>stundas</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="673"/>
        <source>minutes</source>
        <translation>minūtes</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="679"/>
        <source>median %1, 90th percentile %2 (%3 cases)</source>
        <translation>mediāna %1, 90. procentile %2 (lietas: %3)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="684"/>
        <source>Median</source>
        <translation>Mediāna</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="685"/>
        <source>90th percentile</source>
        <translation>90. procentile</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="687"/>
        <source>Where recoveries stall: time in each stage</source>
        <translation>Kur risināšana iestrēgst: laiks katrā posmā</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="220"/>
        <source>Dashboard</source>
        <translation>Pārskats</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="328"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="329"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="329"/>
        <source>Recovery rate</source>
        <translation>Atrisināšanas rādītājs</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="168"/>
        <source>Trend</source>
        <extracomment>The ``CaseFilter`` of a tile, bar or row the user chose; the window opens the Log on it. Whether a computation is running (for tests and the window).</extracomment>
        <translation>Tendence</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="169"/>
        <source>Top five complaint categories</source>
        <translation>Piecas biežākās sūdzību kategorijas</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="170"/>
        <source>Scripted vs natural</source>
        <translation>Pēc teksta pret brīvi</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="171"/>
        <source>Where recoveries stall</source>
        <translation>Kur risināšana iestrēgst</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="182"/>
        <source>No complaints in this period and scope. Choose a longer period or widen the scope.</source>
        <translation>Šajā periodā un atlasē sūdzību nav. Izvēlieties garāku periodu vai paplašiniet atlasi.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="194"/>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="198"/>
        <source>Breakdowns</source>
        <translation>Sadalījumi</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="210"/>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="229"/>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="419"/>
        <source>Computing…</source>
        <translation>Aprēķina…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="228"/>
        <source>Computing the figures</source>
        <translation>Rādītāju aprēķināšana</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="235"/>
        <source>Refresh</source>
        <translation>Atsvaidzināt</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="236"/>
        <source>Compute the figures again (F5)</source>
        <translation>Aprēķināt rādītājus vēlreiz (F5)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="238"/>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="531"/>
        <source>Export PDF report…</source>
        <translation>Eksportēt PDF atskaiti…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="239"/>
        <source>A printable report of this period and scope: figures, charts, breakdowns and follow-ups.</source>
        <translation>Drukājama šī perioda un atlases atskaite: rādītāji, diagrammas, sadalījumi un atkārtotie kontakti.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="250"/>
        <source>Period</source>
        <translation>Periods</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="251"/>
        <source>Last 7 days</source>
        <translation>Pēdējās 7 dienas</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="251"/>
        <source>Last 30 days</source>
        <translation>Pēdējās 30 dienas</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="252"/>
        <source>Last 90 days</source>
        <translation>Pēdējās 90 dienas</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="252"/>
        <source>This month</source>
        <translation>Šis mēnesis</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="253"/>
        <source>This year</source>
        <translation>Šis gads</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="253"/>
        <source>All time</source>
        <translation>Viss laiks</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="254"/>
        <source>Custom dates</source>
        <translation>Izvēlēti datumi</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="261"/>
        <source>From</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="261"/>
        <source>To</source>
        <translation>Līdz</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="268"/>
        <source>Trend by</source>
        <translation>Tendences intervāls</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="269"/>
        <source>By week</source>
        <translation>Pa nedēļām</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="270"/>
        <source>By month</source>
        <translation>Pa mēnešiem</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="271"/>
        <source>Desk</source>
        <translation>Darba vieta</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="271"/>
        <source>All desks</source>
        <translation>Visas darba vietas</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="272"/>
        <source>Agent</source>
        <translation>Darbinieks</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="272"/>
        <source>All agents</source>
        <translation>Visi darbinieki</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="274"/>
        <source>Channel</source>
        <translation>Kanāls</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="274"/>
        <source>All channels</source>
        <translation>Visi kanāli</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="277"/>
        <source>Playbook</source>
        <translation>Rīcības plāns</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="277"/>
        <source>All playbooks</source>
        <translation>Visi rīcības plāni</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="328"/>
        <source>Cases</source>
        <translation>Lietas</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="329"/>
        <source>Median time to resolution</source>
        <translation>Laiks līdz atrisināšanai (mediāna)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="339"/>
        <source>Double-click a row (or press Enter) to list its cases.</source>
        <translation>Veiciet dubultklikšķi uz rindas (vai nospiediet Enter), lai redzētu tās lietas.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="445"/>
        <source>Could not compute the figures: %1</source>
        <translation>Neizdevās aprēķināt rādītājus: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="451"/>
        <source>Hover a figure to see how it is computed; click it, a bar or a row to list its cases. Training cases are never counted.</source>
        <translation>Novietojiet peli uz rādītāja, lai redzētu, kā tas aprēķināts; noklikšķiniet uz tā, stabiņa vai rindas, lai redzētu attiecīgās lietas. Treniņa lietas netiek ieskaitītas nekad.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="531"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="545"/>
        <source>Writing the report…</source>
        <translation>Veido atskaiti…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="566"/>
        <source>Saved the report (%1 pages) to %2.</source>
        <translation>Atskaite (lappuses: %1) saglabāta: %2.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="582"/>
        <source>Could not write the report: %1</source>
        <translation>Neizdevās izveidot atskaiti: %1</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="81"/>
        <source>Open cases (F7)</source>
        <translation>Atvērtās lietas (F7)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="94"/>
        <source>New case</source>
        <translation>Jauna lieta</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="172"/>
        <source>The case was not opened: %1</source>
        <translation>Lieta netika atvērta: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="180"/>
        <source>Case %1 opened.</source>
        <translation>Lieta %1 atvērta.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="189"/>
        <location filename="../../recovery_desk/ui/desk/page.py" line="231"/>
        <source>Practice %1</source>
        <translation>Treniņš %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="214"/>
        <source>Practice started: %1. It is never counted in the figures.</source>
        <translation>Treniņš sākts: %1. Tas netiek ieskaitīts rādītājos.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="273"/>
        <source>Follow-ups: %1 due today, %2 overdue (F9)</source>
        <translation>Atkārtoti kontakti: %1 šodien, %2 nokavēti (F9)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="282"/>
        <source>OVERDUE</source>
        <translation>NOKAVĒTS</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="288"/>
        <source>Follow-ups due</source>
        <translation>Gaidāmie atkārtotie kontakti</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="289"/>
        <source>No follow-ups due today.</source>
        <translation>Šodien nav gaidāmu atkārtotu kontaktu.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="290"/>
        <source>Press Enter to open the case and record the call.</source>
        <translation>Nospiediet Enter, lai atvērtu lietu un reģistrētu sarunu.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="294"/>
        <source>waiting for a supervisor</source>
        <translation>gaida vadītāju</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="299"/>
        <source>Open cases at this desk</source>
        <translation>Atvērtās lietas šajā darba vietā</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="300"/>
        <source>No open cases: every case is closed or waiting for a follow-up.</source>
        <translation>Nav atvērtu lietu: visas lietas ir slēgtas vai gaida atkārtotu kontaktu.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="302"/>
        <source>Press Enter to continue a parked case.</source>
        <translation>Nospiediet Enter, lai turpinātu atlikto lietu.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="358"/>
        <source>Could not autosave the typed text: %1</source>
        <translation>Neizdevās automātiski saglabāt ievadīto tekstu: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="380"/>
        <source>Welcome back. %1 case(s) were open and %2 piece(s) of typed text were kept when the desk last closed. Restore them?</source>
        <translation>Laipni lūdzam atpakaļ! Kad darba vieta pēdējo reizi tika aizvērta, palika atvērtas lietas: %1 un saglabāti ievadītā teksta fragmenti: %2. Vai tos atjaunot?</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="383"/>
        <source>Restore</source>
        <translation>Atjaunot</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="384"/>
        <source>Discard the text</source>
        <translation>Atmest tekstu</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="418"/>
        <source>Restored the open cases and the typed text.</source>
        <translation>Atvērtās lietas un ievadītais teksts ir atjaunoti.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="429"/>
        <source>The case log is empty. Load %1 realistic demo cases to explore the desk, the log and the dashboard? You can also start with your first real customer.</source>
        <translation>Lietu žurnāls ir tukšs. Vai ielādēt reālistiskas demonstrācijas lietas (%1), lai iepazītu darba vietu, žurnālu un pārskatu? Varat arī uzreiz sākt ar pirmo īsto klientu.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="432"/>
        <source>Load demo data</source>
        <translation>Ielādēt demonstrācijas datus</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="433"/>
        <source>Start empty</source>
        <translation>Sākt bez datiem</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="443"/>
        <source>Loading demo cases… the desk stays usable.</source>
        <translation>Ielādē demonstrācijas lietas… darba vietu var turpināt izmantot.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="458"/>
        <source>Loaded %1 demo cases.</source>
        <translation>Ielādētas demonstrācijas lietas: %1.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="464"/>
        <source>Demo data could not be loaded: %1</source>
        <translation>Neizdevās ielādēt demonstrācijas datus: %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="99"/>
        <source>Any</source>
        <translation>Visi</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="108"/>
        <source>Search the log</source>
        <translation>Meklēt žurnālā</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="109"/>
        <source>Search words, remedies and notes (Ctrl+F)</source>
        <translation>Meklēt klienta vārdos, vēlmēs un piezīmēs (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="114"/>
        <source>Period</source>
        <translation>Periods</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="118"/>
        <source>Any time</source>
        <translation>Jebkurā laikā</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="119"/>
        <source>Today</source>
        <translation>Šodien</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="120"/>
        <source>Last 7 days</source>
        <translation>Pēdējās 7 dienas</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="121"/>
        <source>Last 30 days</source>
        <translation>Pēdējās 30 dienas</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="122"/>
        <source>Last 90 days</source>
        <translation>Pēdējās 90 dienas</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="123"/>
        <source>From – to</source>
        <translation>No – līdz</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="129"/>
        <source>From date</source>
        <translation>Sākuma datums</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="130"/>
        <source>To date</source>
        <translation>Beigu datums</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="133"/>
        <source>Reset filters</source>
        <translation>Atiestatīt filtrus</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="148"/>
        <location filename="../../recovery_desk/ui/log/filters.py" line="149"/>
        <source>Desk</source>
        <translation>Darba vieta</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="153"/>
        <location filename="../../recovery_desk/ui/log/filters.py" line="154"/>
        <source>Agent</source>
        <translation>Darbinieks</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="158"/>
        <location filename="../../recovery_desk/ui/log/filters.py" line="162"/>
        <source>Channel</source>
        <translation>Kanāls</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="167"/>
        <location filename="../../recovery_desk/ui/log/filters.py" line="171"/>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="176"/>
        <location filename="../../recovery_desk/ui/log/filters.py" line="180"/>
        <source>Severity</source>
        <translation>Nopietnība</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="185"/>
        <location filename="../../recovery_desk/ui/log/filters.py" line="189"/>
        <source>Playbook</source>
        <translation>Rīcības plāns</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="194"/>
        <location filename="../../recovery_desk/ui/log/filters.py" line="198"/>
        <source>Mode</source>
        <translation>Režīms</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="197"/>
        <source>scripted</source>
        <translation>pēc teksta</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="197"/>
        <source>natural</source>
        <translation>brīvi</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="203"/>
        <location filename="../../recovery_desk/ui/log/filters.py" line="210"/>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="215"/>
        <location filename="../../recovery_desk/ui/log/filters.py" line="216"/>
        <source>Outcome</source>
        <translation>Iznākums</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="220"/>
        <location filename="../../recovery_desk/ui/log/filters.py" line="222"/>
        <source>Watchlist</source>
        <translation>Uzraudzība</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="223"/>
        <source>on the watchlist</source>
        <translation>uzraudzības sarakstā</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="224"/>
        <source>not on it</source>
        <translation>nav sarakstā</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="230"/>
        <location filename="../../recovery_desk/ui/log/filters.py" line="232"/>
        <source>Escalated</source>
        <translation>Eskalācija</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="232"/>
        <source>escalated</source>
        <translation>eskalēta</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="232"/>
        <source>not escalated</source>
        <translation>nav eskalēta</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="246"/>
        <source>Follow-up overdue</source>
        <translation>Nokavēts atkārtots kontakts</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="248"/>
        <source>Include training cases</source>
        <translation>Iekļaut treniņa lietas</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="314"/>
        <source>Create the administrator – Recovery Desk</source>
        <translation>Administratora izveide – Recovery Desk</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="317"/>
        <source>Create the administrator</source>
        <translation>Izveidot administratoru</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="322"/>
        <source>This case log has no account that can sign in yet. Create the administrator now; the administrator then adds the agents, supervisors and trainers.</source>
        <translation>Šajā lietu žurnālā vēl nav neviena konta, ar kuru varētu pieteikties. Izveidojiet administratoru tagad; pēc tam administrators pievienos darbiniekus, vadītājus un pasniedzējus.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="330"/>
        <source>Administrator&apos;s name</source>
        <translation>Administratora vārds</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="333"/>
        <source>Password</source>
        <translation>Parole</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="335"/>
        <source>At least %1 characters</source>
        <translation>Vismaz %1 rakstzīmes</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="339"/>
        <source>Password again</source>
        <translation>Parole vēlreiz</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="340"/>
        <source>Name:</source>
        <translation>Vārds:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="341"/>
        <source>Password:</source>
        <translation>Parole:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="342"/>
        <source>Password again:</source>
        <translation>Parole vēlreiz:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="346"/>
        <source>Create and sign in</source>
        <translation>Izveidot un pieteikties</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="352"/>
        <source>The two passwords differ. Type the same one twice.</source>
        <translation>Paroles nesakrīt. Ievadiet to pašu paroli divreiz.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="362"/>
        <source>Choose a name (1 to 200 characters) and a password of at least %1 characters.</source>
        <translation>Izvēlieties vārdu (no 1 līdz 200 rakstzīmēm) un paroli, kurā ir vismaz %1 rakstzīmes.</translation>
    </message>
</context>
<context>
    <name>Flow</name>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="18"/>
        <source>Write down the complaint in the customer&apos;s own words first.</source>
        <translation>Vispirms pierakstiet sūdzību klienta vārdiem.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="22"/>
        <source>Choose or create the customer first.</source>
        <translation>Vispirms izvēlieties vai izveidojiet klientu.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="25"/>
        <source>This case is not in the guided flow any more.</source>
        <translation>Šī lieta vairs nav vadītajā procesā.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="28"/>
        <source>Offer a resolution from the catalogue.</source>
        <translation>Piedāvājiet risinājumu no kataloga.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="31"/>
        <source>The resolution waits for a supervisor&apos;s approval.</source>
        <translation>Risinājums gaida vadītāja apstiprinājumu.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="34"/>
        <source>Record the customer&apos;s satisfaction.</source>
        <translation>Reģistrējiet klienta apmierinātību.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="37"/>
        <source>This stage cannot be skipped in this playbook.</source>
        <translation>Šajā rīcības plānā šo posmu nevar izlaist.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="40"/>
        <source>Say why you skip this stage.</source>
        <translation>Norādiet, kāpēc izlaižat šo posmu.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="43"/>
        <source>This is the first stage.</source>
        <translation>Šis ir pirmais posms.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="46"/>
        <source>Offer a resolution in the resolution stage.</source>
        <translation>Risinājumu piedāvājiet risinājuma posmā.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="49"/>
        <source>A supervisor has not decided on the current offer yet.</source>
        <translation>Vadītājs vēl nav pieņēmis lēmumu par pašreizējo piedāvājumu.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="52"/>
        <source>Choose the currency of the amount.</source>
        <translation>Izvēlieties summas valūtu.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="55"/>
        <source>Agree a deadline with the customer.</source>
        <translation>Vienojieties ar klientu par termiņu.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="58"/>
        <source>The promised deadline is in the past.</source>
        <translation>Apsolītais termiņš jau ir pagājis.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="61"/>
        <source>Nothing on this case waits for approval.</source>
        <translation>Šajā lietā nekas negaida apstiprinājumu.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="64"/>
        <source>Only a supervisor can approve this resolution.</source>
        <translation>Šo risinājumu var apstiprināt tikai vadītājs.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="67"/>
        <source>Only a supervisor can decline this resolution.</source>
        <translation>Šo risinājumu var noraidīt tikai vadītājs.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="71"/>
        <source>Say why the offer is declined, so the agent can offer another.</source>
        <translation>Norādiet, kāpēc piedāvājums tiek noraidīts, lai darbinieks varētu piedāvāt citu.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="75"/>
        <source>Ask about satisfaction in the confirmation stage.</source>
        <translation>Par apmierinātību jautājiet apstiprināšanas posmā.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="78"/>
        <source>Agree a resolution before asking about satisfaction.</source>
        <translation>Pirms jautājat par apmierinātību, vienojieties par risinājumu.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="81"/>
        <source>This case has no follow-up waiting.</source>
        <translation>Šajā lietā nav gaidāma atkārtota kontakta.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="85"/>
        <source>Only a case waiting for a follow-up can be closed as not recovered.</source>
        <translation>Kā neatrisinātu var slēgt tikai lietu, kas gaida atkārtotu kontaktu.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="89"/>
        <source>Say why the case is closed without a satisfied customer.</source>
        <translation>Norādiet, kāpēc lieta tiek slēgta, ja klients nav apmierināts.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="92"/>
        <source>This case is already closed.</source>
        <translation>Šī lieta jau ir slēgta.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="95"/>
        <source>Say why the case is withdrawn.</source>
        <translation>Norādiet, kāpēc lieta tiek atsaukta.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="98"/>
        <source>Only practice cases are reviewed this way.</source>
        <translation>Šādi var izvērtēt tikai treniņa lietas.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="101"/>
        <source>The score must be 1 to 5.</source>
        <translation>Vērtējumam jābūt no 1 līdz 5.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="104"/>
        <source>Only a closed case can be reopened.</source>
        <translation>Atkārtoti atvērt var tikai slēgtu lietu.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="107"/>
        <source>Say why the case is reopened.</source>
        <translation>Norādiet, kāpēc lieta tiek atvērta atkārtoti.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="111"/>
        <source>Write the coaching note first.</source>
        <translation>Vispirms uzrakstiet koučinga piezīmi.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="114"/>
        <source>Say why this case is an example for training.</source>
        <translation>Norādiet, kāpēc šī lieta ir piemērs apmācībai.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="117"/>
        <source>This case is not flagged for training.</source>
        <translation>Šī lieta nav atzīmēta apmācībai.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="120"/>
        <source>Describe the root cause first.</source>
        <translation>Vispirms aprakstiet pamatcēloni.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="124"/>
        <source>This case is closed; reopen it before planning a follow-up.</source>
        <translation>Šī lieta ir slēgta; pirms atkārtota kontakta plānošanas atveriet to atkārtoti.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="128"/>
        <source>No follow-up is scheduled on this case.</source>
        <translation>Šajā lietā nav ieplānots atkārtots kontakts.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="131"/>
        <source>Choose who makes the follow-up.</source>
        <translation>Izvēlieties, kas veiks atkārtoto kontaktu.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="134"/>
        <source>Give the new due time with its time zone.</source>
        <translation>Norādiet jauno termiņu ar laika joslu.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="137"/>
        <source>The new due time is in the past.</source>
        <translation>Jaunais termiņš jau ir pagājis.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="145"/>
        <source>Tick “%1”.</source>
        <translation>Atzīmējiet “%1”.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="149"/>
        <source>Fill in “%1”.</source>
        <translation>Aizpildiet “%1”.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="153"/>
        <source>%1 needs an amount above zero.</source>
        <translation>%1: norādiet summu, kas lielāka par nulli.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="160"/>
        <source>%1 is over your limit of %2; ask an administrator.</source>
        <translation>%1 pārsniedz Jūsu limitu (%2); vērsieties pie administratora.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="167"/>
        <source>There is no user “%1” on this log.</source>
        <translation>Šajā žurnālā nav lietotāja “%1”.</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="67"/>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="143"/>
        <source>Reference</source>
        <translation>Numurs</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="68"/>
        <source>Customer</source>
        <translation>Klients</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="69"/>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="145"/>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="70"/>
        <source>Due</source>
        <translation>Termiņš</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="71"/>
        <source>Done</source>
        <translation>Veikts</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="72"/>
        <source>Makes the call</source>
        <translation>Zvanītājs</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="73"/>
        <source>Calls made</source>
        <translation>Veiktie zvani</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="74"/>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="148"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="75"/>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="149"/>
        <source>Recommend</source>
        <translation>Ieteiktu</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="107"/>
        <source>(reassigned)</source>
        <translation>(nodots citam)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="144"/>
        <source>Opened</source>
        <translation>Atvērta</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="146"/>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="147"/>
        <source>Outcome</source>
        <translation>Iznākums</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="150"/>
        <source>Watchlist</source>
        <translation>Uzraudzības saraksts</translation>
    </message>
</context>
<context>
    <name>FollowUpQueue</name>
    <message>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="211"/>
        <source>Overdue</source>
        <translation>Nokavētie</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="212"/>
        <source>Due</source>
        <translation>Gaidāmie</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="213"/>
        <source>Done</source>
        <translation>Veiktie</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="223"/>
        <source>Open the case</source>
        <translation>Atvērt lietu</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="225"/>
        <source>Reassign follow-up…</source>
        <translation>Nodot atkārtoto kontaktu citam…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="236"/>
        <source>Follow-ups</source>
        <translation>Atkārtoti kontakti</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="243"/>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="248"/>
        <source>Customer&apos;s history</source>
        <translation>Klienta vēsture</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="270"/>
        <source>No follow-up is overdue.</source>
        <translation>Nav nokavētu atkārtotu kontaktu.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="271"/>
        <source>No follow-up is waiting.</source>
        <translation>Nav gaidāmu atkārtotu kontaktu.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="272"/>
        <source>No follow-up call has been made yet.</source>
        <translation>Vēl nav veikts neviens atkārtotā kontakta zvans.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="277"/>
        <source>Follow-ups past their due time, most overdue first.</source>
        <translation>Atkārtotie kontakti, kuru termiņš ir pagājis; vispirms visvairāk nokavētie.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="278"/>
        <source>Follow-ups still to make, soonest first.</source>
        <translation>Vēl veicamie atkārtotie kontakti; vispirms tuvākie.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="279"/>
        <source>Follow-up calls made, latest first.</source>
        <translation>Veiktie atkārtotā kontakta zvani; vispirms jaunākie.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="302"/>
        <source>History of %1</source>
        <translation>Vēsture: %1</translation>
    </message>
</context>
<context>
    <name>KpiText</name>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="41"/>
        <source>Complaints</source>
        <translation>Sūdzības</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="42"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="43"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="44"/>
        <source>Customer effort (CES)</source>
        <translation>Klienta piepūle (CES)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="45"/>
        <source>Resolution accepted</source>
        <translation>Risinājums pieņemts</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="46"/>
        <source>First-contact resolution</source>
        <translation>Atrisināts pirmajā kontaktā</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="47"/>
        <source>First response, median</source>
        <translation>Pirmā reakcija, mediāna</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="48"/>
        <source>First response, 90th percentile</source>
        <translation>Pirmā reakcija, 90. procentile</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="49"/>
        <source>Time to resolution, median</source>
        <translation>Laiks līdz atrisināšanai, mediāna</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="50"/>
        <source>Time to resolution, 90th percentile</source>
        <translation>Laiks līdz atrisināšanai, 90. procentile</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="51"/>
        <source>Cost per resolution</source>
        <translation>Izmaksas uz atrisinātu lietu</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="52"/>
        <source>Recovery rate</source>
        <translation>Atrisināšanas rādītājs</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="53"/>
        <source>On the watchlist</source>
        <translation>Uzraudzības sarakstā</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="54"/>
        <source>Overdue follow-ups</source>
        <translation>Nokavētie atkārtotie kontakti</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="62"/>
        <source>Complaints opened in the period and scope (practice cases never count).</source>
        <translation>Periodā un atlasē atvērtās sūdzības (treniņa lietas netiek ieskaitītas nekad).</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="65"/>
        <source>Share of satisfaction answers of 4 or 5 on the 1–5 scale, among the cases with an answer (the latest answer of each case).</source>
        <translation>Apmierinātības atbilžu 4 vai 5 (skalā 1–5) īpatsvars lietās, kurās ir atbilde (no katras lietas ņem pēdējo atbildi).</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="68"/>
        <source>Net promoter score: per cent promoters (9–10) minus per cent detractors (0–6) among the cases that answered how likely they are to recommend (0–10); from −100 to +100.</source>
        <translation>Neto ieteikšanas indekss: ieteicēju (9–10) procents mīnus kritizētāju (0–6) procents lietās, kurās klients atbildēja, cik ticami viņš mūs ieteiktu (0–10); no −100 līdz +100.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="72"/>
        <source>Customer effort score: the mean agreement (1–7, higher is easier) that the issue was easy to handle, among the cases that answered the effort question.</source>
        <translation>Klienta piepūles indekss: vidējā piekrišana (1–7, jo augstāka, jo vieglāk) apgalvojumam, ka problēmu bija viegli atrisināt, lietās, kurās atbildēts uz piepūles jautājumu.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="76"/>
        <source>Share of cases whose customer accepted the resolution fully, among all cases with an answer; &quot;partly&quot; counts as not accepted (it puts the customer on the watchlist).</source>
        <translation>To lietu īpatsvars, kurās klients pilnībā pieņēma risinājumu, no visām lietām ar atbildi; “daļēji” tiek uzskatīts par nepieņemtu (klients nonāk uzraudzības sarakstā).</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="80"/>
        <source>Share of closed cases that were closed as recovered with no follow-up contact at all.</source>
        <translation>To slēgto lietu īpatsvars, kas slēgtas kā atrisinātas bez neviena atkārtota kontakta.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="83"/>
        <source>From opening the case to the end of its first acknowledge, apologize or control stage: half of the cases were faster.</source>
        <translation>No lietas atvēršanas līdz tās pirmā atzīšanas, atvainošanās vai kontroles pārņemšanas posma beigām: pusē lietu tas notika ātrāk.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="86"/>
        <source>9 in 10 acknowledged cases were acknowledged within this time, counted from opening.</source>
        <translation>9 no 10 lietām, kurās problēma tika atzīta, tas notika šajā laikā, skaitot no lietas atvēršanas.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="89"/>
        <source>From opening the case to the customer first accepting the resolution fully: half of the resolved cases were faster.</source>
        <translation>No lietas atvēršanas līdz brīdim, kad klients pirmo reizi pilnībā pieņēma risinājumu: pusē atrisināto lietu tas notika ātrāk.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="92"/>
        <source>9 in 10 resolved cases were resolved within this time, counted from opening.</source>
        <translation>9 no 10 atrisinātajām lietām tika atrisinātas šajā laikā, skaitot no lietas atvēršanas.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="95"/>
        <source>Total redress given on cases closed as recovered, divided by the number of those cases (cases resolved without money count as zero). One figure per currency, never converted.</source>
        <translation>Kopējā kompensācija lietās, kas slēgtas kā atrisinātas, dalīta ar šo lietu skaitu (lietas, kas atrisinātas bez naudas, tiek skaitītas kā nulle). Katrai valūtai atsevišķs rādītājs, bez konvertēšanas.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="99"/>
        <source>Share of closed cases closed with a satisfied customer. Withdrawn cases are not closed.</source>
        <translation>To slēgto lietu īpatsvars, kas slēgtas ar apmierinātu klientu. Atsauktās lietas netiek uzskatītas par slēgtām.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="102"/>
        <source>Customers in scope who are not fully satisfied yet (on the watchlist now).</source>
        <translation>Atlasē iekļautie klienti, kuri vēl nav pilnībā apmierināti (pašlaik ir uzraudzības sarakstā).</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="105"/>
        <source>Follow-ups due before now and not done.</source>
        <translation>Atkārtotie kontakti, kuru termiņš ir pagājis, bet kas vēl nav veikti.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="110"/>
        <source>Based on %1 cases.</source>
        <translation>Aprēķina pamatā lietas: %1.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="120"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="122"/>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="127"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="125"/>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="132"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="130"/>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="173"/>
        <source>(none)</source>
        <translation>(nav)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="191"/>
        <source>Imported</source>
        <translation>Importēts</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="196"/>
        <source>Scripted</source>
        <translation>Pēc teksta</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="197"/>
        <source>Natural</source>
        <translation>Brīvi</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="202"/>
        <source>Desk</source>
        <translation>Darba vieta</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="203"/>
        <source>Agent</source>
        <translation>Darbinieks</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="204"/>
        <source>Channel</source>
        <translation>Kanāls</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="205"/>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="206"/>
        <source>Playbook</source>
        <translation>Rīcības plāns</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="207"/>
        <source>Scripted vs natural</source>
        <translation>Pēc teksta pret brīvi</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <location filename="../../recovery_desk/ui/pages/log.py" line="62"/>
        <source>Recovery log</source>
        <translation>Lietu žurnāls</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/log.py" line="66"/>
        <location filename="../../recovery_desk/ui/pages/log.py" line="247"/>
        <source>Export this view…</source>
        <translation>Eksportēt šo skatu…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/log.py" line="68"/>
        <source>The cases of the current filter, as CSV or Excel (Ctrl+Shift+E)</source>
        <translation>Pašreizējā filtra lietas CSV vai Excel formātā (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/log.py" line="75"/>
        <source>Log views</source>
        <translation>Žurnāla skati</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/log.py" line="92"/>
        <location filename="../../recovery_desk/ui/pages/log.py" line="147"/>
        <source>Cases</source>
        <translation>Lietas</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/log.py" line="124"/>
        <source>Reset filters</source>
        <translation>Atiestatīt filtrus</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/log.py" line="152"/>
        <source>Watchlist and follow-ups</source>
        <translation>Uzraudzības saraksts un atkārtotie kontakti</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/log.py" line="341"/>
        <source>Could not count the cases: %1</source>
        <translation>Neizdevās saskaitīt lietas: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/log.py" line="349"/>
        <source>descending</source>
        <translation>dilstošā secībā</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/log.py" line="349"/>
        <source>ascending</source>
        <translation>augošā secībā</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/log.py" line="354"/>
        <source>Counting the cases…</source>
        <translation>Skaita lietas…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/log.py" line="356"/>
        <source>%1 cases in the log.</source>
        <translation>Žurnālā ir lietas: %1.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/log.py" line="358"/>
        <source>%1 cases match the filters.</source>
        <translation>Filtriem atbilst lietas: %1.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/log.py" line="359"/>
        <source>%1 Sorted by %2, %3. Enter opens a case.</source>
        <translation>%1 Kārtots pēc: %2, %3. Ar Enter var atvērt lietu.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/log.py" line="362"/>
        <source>Words are searched in this desk&apos;s cases and in cases still being worked.</source>
        <translation>Vārdus meklē šīs darba vietas lietās un lietās, kas vēl tiek risinātas.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/log.py" line="375"/>
        <source>No case matches these filters.</source>
        <translation>Šiem filtriem neatbilst neviena lieta.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/log.py" line="371"/>
        <source>The log is empty. Open a case on the Desk, or load demo data from the Desk page.</source>
        <translation>Žurnāls ir tukšs. Atveriet lietu darba vietā vai ielādējiet demonstrācijas datus lapā “Darba vieta”.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="39"/>
        <location filename="../../recovery_desk/ui/main_window.py" line="163"/>
        <location filename="../../recovery_desk/ui/main_window.py" line="378"/>
        <source>Recovery Desk</source>
        <translation>Recovery Desk</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="42"/>
        <location filename="../../recovery_desk/ui/main_window.py" line="164"/>
        <source>Desk</source>
        <translation>Darba vieta</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="42"/>
        <location filename="../../recovery_desk/ui/main_window.py" line="164"/>
        <source>Log</source>
        <translation>Žurnāls</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="43"/>
        <location filename="../../recovery_desk/ui/main_window.py" line="165"/>
        <source>Dashboard</source>
        <translation>Pārskats</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="43"/>
        <location filename="../../recovery_desk/ui/main_window.py" line="165"/>
        <source>Training</source>
        <translation>Apmācība</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="44"/>
        <location filename="../../recovery_desk/ui/main_window.py" line="166"/>
        <source>Settings</source>
        <translation>Iestatījumi</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="47"/>
        <source>Navigation</source>
        <translation>Navigācija</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="56"/>
        <location filename="../../recovery_desk/ui/main_window.py" line="65"/>
        <source>Opening the case log…</source>
        <translation>Atver lietu žurnālu…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="183"/>
        <source>&amp;File</source>
        <translation>&amp;Fails</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="184"/>
        <source>Export cases…</source>
        <translation>Eksportēt lietas…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="188"/>
        <source>Export cases, pseudonymized…</source>
        <translation>Eksportēt lietas ar pseidonīmiem…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="191"/>
        <source>Sync now</source>
        <translation>Sinhronizēt tagad</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="195"/>
        <source>Switch user…</source>
        <translation>Mainīt lietotāju…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="198"/>
        <source>My PIN…</source>
        <translation>Mans PIN…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="201"/>
        <source>Sign out</source>
        <translation>Atteikties</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="204"/>
        <source>Quit</source>
        <translation>Iziet</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="208"/>
        <source>&amp;Go</source>
        <translation>Pā&amp;riet</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="214"/>
        <source>&amp;Case</source>
        <translation>&amp;Lieta</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="215"/>
        <source>&amp;Help</source>
        <translation>&amp;Palīdzība</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="216"/>
        <source>Keyboard shortcuts</source>
        <translation>Īsinājumtaustiņi</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="220"/>
        <location filename="../../recovery_desk/ui/main_window.py" line="390"/>
        <source>About Recovery Desk</source>
        <translation>Par Recovery Desk</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="242"/>
        <source>Desk: %1</source>
        <translation>Darba vieta: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="243"/>
        <source>Signed in: %1 (%2)</source>
        <translation>Pieteicies: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="245"/>
        <source>Log: %1</source>
        <translation>Žurnāls: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="249"/>
        <source>Sync: not set up</source>
        <translation>Sinhronizācija: nav iestatīta</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="253"/>
        <source>Sync: waiting for the first run</source>
        <translation>Sinhronizācija: gaida pirmo palaišanu</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="274"/>
        <source>Your PIN is set.</source>
        <translation>Jūsu PIN ir iestatīts.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="316"/>
        <source>Sync: running…</source>
        <translation>Sinhronizācija: notiek…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="329"/>
        <source>Sync: %1 ✓ · %2 waiting</source>
        <translation>Sinhronizācija: %1 ✓ · %2 gaida</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="338"/>
        <source>Sync: failed at %1, will retry</source>
        <translation>Sinhronizācija: neizdevās plkst. %1, tiks mēģināts vēlreiz</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="391"/>
        <source>Recovery Desk %1
Guided complaint recovery with an offline case log.</source>
        <translation>Recovery Desk %1
Vadīta sūdzību risināšana ar bezsaistes lietu žurnālu.</translation>
    </message>
</context>
<context>
    <name>NewCaseForm</name>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="47"/>
        <source>Customer</source>
        <translation>Klients</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="51"/>
        <source>Find: name, phone, e-mail or customer number</source>
        <translation>Meklēt: vārds, tālrunis, e-pasts vai klienta numurs</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="52"/>
        <source>Find customer</source>
        <translation>Meklēt klientu</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="56"/>
        <source>Matching customers</source>
        <translation>Atbilstošie klienti</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="66"/>
        <source>Customer name</source>
        <translation>Klienta vārds</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="68"/>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="70"/>
        <source>E-mail</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="72"/>
        <source>Customer number</source>
        <translation>Klienta numurs</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="73"/>
        <source>Name:</source>
        <translation>Vārds:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="74"/>
        <source>Phone:</source>
        <translation>Tālrunis:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="75"/>
        <source>E-mail:</source>
        <translation>E-pasts:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="76"/>
        <source>Customer no.:</source>
        <translation>Klienta nr.:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="82"/>
        <source>Complaint</source>
        <translation>Sūdzība</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="85"/>
        <source>Channel</source>
        <translation>Kanāls</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="87"/>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="89"/>
        <source>Severity</source>
        <translation>Nopietnība</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="92"/>
        <source>Playbook</source>
        <translation>Rīcības plāns</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="96"/>
        <source>Mode</source>
        <translation>Režīms</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="96"/>
        <source>Natural (own words)</source>
        <translation>Brīvi (saviem vārdiem)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="97"/>
        <source>Scripted (read lines)</source>
        <translation>Pēc teksta (nolasīt frāzes)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="101"/>
        <source>The complaint in the customer&apos;s own words</source>
        <translation>Sūdzība klienta vārdiem</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="102"/>
        <source>Write down what the customer says, in their words. Listen first; do not solve yet.</source>
        <translation>Pierakstiet, ko saka klients, viņa paša vārdiem. Vispirms uzklausiet; vēl nerisiniet.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="107"/>
        <source>What the customer wants</source>
        <translation>Ko klients vēlas</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="108"/>
        <source>What would put it right for them?</source>
        <translation>Ar ko klients būtu apmierināts?</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="109"/>
        <source>Channel:</source>
        <translation>Kanāls:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="110"/>
        <source>Category:</source>
        <translation>Kategorija:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="111"/>
        <source>Severity:</source>
        <translation>Nopietnība:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="112"/>
        <source>In their words:</source>
        <translation>Klienta vārdiem:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="113"/>
        <source>They want:</source>
        <translation>Klients vēlas:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="114"/>
        <source>Playbook:</source>
        <translation>Rīcības plāns:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="115"/>
        <source>Mode:</source>
        <translation>Režīms:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="117"/>
        <source>Open case</source>
        <translation>Atvērt lietu</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="124"/>
        <source>History</source>
        <translation>Vēsture</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="127"/>
        <source>Customer history</source>
        <translation>Klienta vēsture</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="156"/>
        <source>Find a customer to see their earlier complaints and whether they are on the watchlist.</source>
        <translation>Atrodiet klientu, lai redzētu viņa iepriekšējās sūdzības un to, vai viņš ir uzraudzības sarakstā.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="196"/>
        <source>Returning customer: %1</source>
        <translation>Atkārtots klients: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="207"/>
        <source>On the watchlist: this customer was not fully satisfied recently.</source>
        <translation>Uzraudzības sarakstā: šis klients nesen nebija pilnībā apmierināts.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="209"/>
        <source>%1 earlier complaint(s)</source>
        <translation>Iepriekšējās sūdzības: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="240"/>
        <source>Find the customer, or type at least a name, phone or e-mail.</source>
        <translation>Atrodiet klientu vai ievadiet vismaz vārdu, tālruni vai e-pastu.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="242"/>
        <source>Write down the complaint in the customer&apos;s own words.</source>
        <translation>Pierakstiet sūdzību klienta vārdiem.</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="381"/>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="49"/>
        <source>recovered</source>
        <translation>atrisināta</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="382"/>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="50"/>
        <source>not recovered</source>
        <translation>neatrisināta</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="383"/>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="51"/>
        <source>withdrawn</source>
        <translation>atsaukta</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="133"/>
        <source>Reassign follow-up</source>
        <translation>Nodot atkārtoto kontaktu citam</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="137"/>
        <location filename="../../recovery_desk/ui/log/actions.py" line="142"/>
        <source>Make the call</source>
        <translation>Kas zvanīs</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="143"/>
        <source>Move the due time</source>
        <translation>Pārcelt termiņu</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="145"/>
        <source>New due time</source>
        <translation>Jaunais termiņš</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="183"/>
        <source>%1 to %2</source>
        <translation>no %1 līdz %2</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="186"/>
        <source>from %1</source>
        <translation>no %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="188"/>
        <source>up to %1</source>
        <translation>līdz %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="189"/>
        <source>all time</source>
        <translation>viss laiks</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="193"/>
        <source>all</source>
        <translation>visi</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="199"/>
        <source>Desk</source>
        <translation>Darba vieta</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="200"/>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="317"/>
        <source>Agent</source>
        <translation>Darbinieks</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="201"/>
        <source>Channel</source>
        <translation>Kanāls</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="202"/>
        <source>Playbook</source>
        <translation>Rīcības plāns</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="291"/>
        <source>Cases</source>
        <extracomment>The report&apos;s charts and their heights on the page (points).</extracomment>
        <translation>Lietas</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="292"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="293"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="294"/>
        <source>Recovery rate</source>
        <translation>Atrisināšanas rādītājs</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="295"/>
        <source>Median time to resolution</source>
        <translation>Laiks līdz atrisināšanai (mediāna)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="299"/>
        <source>By %1</source>
        <translation>Sadalījums: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="304"/>
        <source>No cases.</source>
        <translation>Nav lietu.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="312"/>
        <source>None.</source>
        <translation>Nav.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="313"/>
        <source>Reference</source>
        <translation>Numurs</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="315"/>
        <source>Customer</source>
        <translation>Klients</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="316"/>
        <source>Follow-up due</source>
        <translation>Atkārtotā kontakta termiņš</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="318"/>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="323"/>
        <source>%1 (overdue)</source>
        <translation>%1 (nokavēts)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="331"/>
        <source>… and %1 more; the Log lists them all.</source>
        <translation>… un vēl %1; visi ir redzami žurnālā.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="341"/>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="428"/>
        <source>Recovery report</source>
        <translation>Sūdzību risināšanas atskaite</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="342"/>
        <source>Period: %1</source>
        <translation>Periods: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="344"/>
        <source>Scope: %1</source>
        <translation>Atlase: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="346"/>
        <source>Created %1 by %2</source>
        <translation>Izveidots %1, autors: %2</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="349"/>
        <source>Practice cases are never counted. Each figure&apos;s definition is printed with it.</source>
        <translation>Treniņa lietas netiek ieskaitītas nekad. Katram rādītājam ir pievienota tā definīcija.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="355"/>
        <source>Customer names are left out: the signed-in role may not export personal data.</source>
        <translation>Klientu vārdi nav iekļauti: pieteiktā lietotāja lomai nav atļauts eksportēt personas datus.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="359"/>
        <source>Trend and complaint categories</source>
        <translation>Tendence un sūdzību kategorijas</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="362"/>
        <source>Scripted vs natural, and where recoveries stall</source>
        <translation>Pēc teksta pret brīvi un kur risināšana iestrēgst</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="366"/>
        <source>Breakdowns</source>
        <translation>Sadalījumi</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="372"/>
        <source>Follow-ups</source>
        <translation>Atkārtoti kontakti</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="373"/>
        <source>Overdue follow-ups (%1)</source>
        <translation>Nokavētie atkārtotie kontakti (%1)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="376"/>
        <source>On the watchlist (%1)</source>
        <translation>Uzraudzības sarakstā (%1)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="388"/>
        <source>Recovery Desk · Recovery report · %1</source>
        <translation>Recovery Desk · Sūdzību risināšanas atskaite · %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="396"/>
        <source>Created %1</source>
        <translation>Izveidots %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="398"/>
        <source>Page %1 of %2</source>
        <translation>Lappuse %1 no %2</translation>
    </message>
</context>
<context>
    <name>RetentionSection</name>
    <message>
        <location filename="../../recovery_desk/ui/retention_section.py" line="35"/>
        <source>Apply retention</source>
        <translation>Piemērot glabāšanas termiņu</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/retention_section.py" line="48"/>
        <source>Retention</source>
        <extracomment>asks before anonymizing; tests answer it without a modal loop</extracomment>
        <translation>Datu glabāšana</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/retention_section.py" line="51"/>
        <source>Customers whose cases all closed more than this many months ago are anonymized: their name, contact details, words and notes are removed for good. The cases and their figures stay. The period is applied at every start.</source>
        <translation>Klienti, kuru visas lietas slēgtas pirms vairāk nekā šī mēnešu skaita, tiek anonimizēti: viņu vārds, kontaktinformācija, teiktais un piezīmes tiek neatgriezeniski dzēsti. Lietas un to rādītāji paliek. Termiņš tiek piemērots katrā palaišanas reizē.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/retention_section.py" line="59"/>
        <source> months</source>
        <translation> mēn.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/retention_section.py" line="60"/>
        <source>off</source>
        <translation>izslēgts</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/retention_section.py" line="61"/>
        <source>Retention period in months</source>
        <translation>Glabāšanas termiņš mēnešos</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/retention_section.py" line="62"/>
        <source>Save and apply now…</source>
        <translation>Saglabāt un piemērot tagad…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/retention_section.py" line="82"/>
        <source>Anonymize now every customer whose cases all closed more than %1 months ago? This cannot be undone.</source>
        <translation>Anonimizēt tagad visus klientus, kuru visas lietas slēgtas pirms vairāk nekā %1 mēnešiem? To nevar atsaukt.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/retention_section.py" line="92"/>
        <source>Could not save the settings: %1</source>
        <translation>Neizdevās saglabāt iestatījumus: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/retention_section.py" line="95"/>
        <source>Retention is off: no customer is anonymized.</source>
        <translation>Glabāšanas termiņš ir izslēgts: neviens klients netiek anonimizēts.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/retention_section.py" line="98"/>
        <source>Applying the retention period…</source>
        <translation>Piemēro glabāšanas termiņu…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/retention_section.py" line="104"/>
        <source>Anonymized %1 customer(s) in %2 case(s).</source>
        <translation>Anonimizēti klienti: %1, lietas: %2.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/retention_section.py" line="114"/>
        <source>Applying the retention period failed: %1</source>
        <translation>Neizdevās piemērot glabāšanas termiņu: %1</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="91"/>
        <source>agent</source>
        <translation>darbinieks</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="92"/>
        <source>supervisor</source>
        <translation>vadītājs</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="93"/>
        <source>trainer</source>
        <translation>pasniedzējs</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="94"/>
        <source>administrator</source>
        <translation>administrators</translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="461"/>
        <source>My PIN</source>
        <translation>Mans PIN</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="466"/>
        <source>A PIN of 4 to 8 digits lets you take over a shared counter quickly (File ▸ Switch user…). Confirm with your password.</source>
        <translation>Ar 4–8 ciparu PIN varat ātri pārņemt koplietojamu darba vietu (Fails ▸ Mainīt lietotāju…). Apstipriniet ar savu paroli.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="477"/>
        <source>Your password</source>
        <translation>Jūsu parole</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="478"/>
        <source>New PIN</source>
        <translation>Jaunais PIN</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="479"/>
        <source>New PIN again</source>
        <translation>Jaunais PIN vēlreiz</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="485"/>
        <source>Your password:</source>
        <translation>Jūsu parole:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="486"/>
        <source>New PIN:</source>
        <translation>Jaunais PIN:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="487"/>
        <source>New PIN again:</source>
        <translation>Jaunais PIN vēlreiz:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="491"/>
        <location filename="../../recovery_desk/ui/sign_in.py" line="492"/>
        <source>Set PIN</source>
        <translation>Iestatīt PIN</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="500"/>
        <source>The two PINs differ. Type the same one twice.</source>
        <translation>PIN kodi nesakrīt. Ievadiet to pašu PIN divreiz.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="506"/>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>PIN jābūt no 4 līdz 8 cipariem.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="27"/>
        <source>Settings</source>
        <translation>Iestatījumi</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="32"/>
        <source>Desk id</source>
        <translation>Darba vietas ID</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="36"/>
        <source>Signed-in user</source>
        <translation>Pieteicies lietotājs</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="37"/>
        <source>To work as someone else: File ▸ Switch user…</source>
        <translation>Lai strādātu cita lietotāja vārdā: Fails ▸ Mainīt lietotāju…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="39"/>
        <source>Language</source>
        <translation>Valoda</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="43"/>
        <source>Default delivery mode</source>
        <translation>Noklusējuma runas režīms</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="44"/>
        <source>Natural (own words, guided)</source>
        <translation>Brīvi (saviem vārdiem, ar padomiem)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="45"/>
        <source>Scripted (read the lines)</source>
        <translation>Pēc teksta (nolasīt frāzes)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="47"/>
        <source>Sync target</source>
        <translation>Sinhronizācijas mērķis</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="48"/>
        <source>Shared folder or postgresql+psycopg:// URL</source>
        <translation>Koplietojama mape vai postgresql+psycopg:// URL</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="51"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="52"/>
        <source>Sync every</source>
        <translation>Sinhronizēt ik pēc</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="55"/>
        <source>Desk id:</source>
        <translation>Darba vietas ID:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="56"/>
        <source>Signed-in user:</source>
        <translation>Pieteicies lietotājs:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="57"/>
        <source>Language:</source>
        <translation>Valoda:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="58"/>
        <source>Default mode:</source>
        <translation>Noklusējuma režīms:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="59"/>
        <source>Sync target:</source>
        <translation>Sinhronizācijas mērķis:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="60"/>
        <source>Sync every:</source>
        <translation>Sinhronizēt ik pēc:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="61"/>
        <source>Case log:</source>
        <translation>Lietu žurnāls:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="63"/>
        <source>Save settings</source>
        <translation>Saglabāt iestatījumus</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="91"/>
        <source>The desk id must be 1 to 32 characters.</source>
        <translation>Darba vietas ID garumam jābūt no 1 līdz 32 rakstzīmēm.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="101"/>
        <source>Could not save the settings: %1</source>
        <translation>Neizdevās saglabāt iestatījumus: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="103"/>
        <source>Settings saved.</source>
        <translation>Iestatījumi saglabāti.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts.py" line="33"/>
        <source>New case</source>
        <translation>Jauna lieta</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts.py" line="34"/>
        <source>Open the case (new case form)</source>
        <translation>Atvērt lietu (jaunas lietas veidlapā)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts.py" line="35"/>
        <source>Complete stage, go to the next</source>
        <translation>Pabeigt posmu, pāriet uz nākamo</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts.py" line="36"/>
        <source>Back to the previous stage</source>
        <translation>Atpakaļ uz iepriekšējo posmu</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts.py" line="37"/>
        <source>Skip stage (with a reason)</source>
        <translation>Izlaist posmu (norādot iemeslu)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts.py" line="38"/>
        <source>Add the note</source>
        <translation>Pievienot piezīmi</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts.py" line="39"/>
        <source>Switch scripted / natural</source>
        <translation>Pārslēgt: pēc teksta / brīvi</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts.py" line="40"/>
        <source>Offer the resolution</source>
        <translation>Piedāvāt risinājumu</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts.py" line="42"/>
        <source>Record satisfaction / follow-up</source>
        <translation>Saglabāt apmierinātību / atkārtoto kontaktu</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts.py" line="43"/>
        <source>Supervisor approves here</source>
        <translation>Vadītājs apstiprina šeit</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts.py" line="44"/>
        <source>Follow-ups due</source>
        <translation>Gaidāmie atkārtotie kontakti</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts.py" line="45"/>
        <source>Open (parked) cases at this desk</source>
        <translation>Atvērtās (atliktās) lietas šajā darba vietā</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts.py" line="46"/>
        <source>Park the case (close its tab)</source>
        <translation>Atlikt lietu (aizvērt tās cilni)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts.py" line="47"/>
        <source>Find customer</source>
        <translation>Meklēt klientu</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts.py" line="48"/>
        <source>Withdraw the case</source>
        <translation>Atsaukt lietu</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts_dialog.py" line="22"/>
        <location filename="../../recovery_desk/ui/shortcuts_dialog.py" line="36"/>
        <source>Keyboard shortcuts</source>
        <translation>Īsinājumtaustiņi</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts_dialog.py" line="24"/>
        <source>Every action works from the keyboard. Shortcuts can be changed in settings.json.</source>
        <translation>Katru darbību var veikt ar tastatūru. Īsinājumtaustiņus var mainīt failā settings.json.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts_dialog.py" line="31"/>
        <source>Desk, Log, Dashboard, Training, Settings</source>
        <translation>Darba vieta, Žurnāls, Pārskats, Apmācība, Iestatījumi</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts_dialog.py" line="32"/>
        <source>Next open case</source>
        <translation>Nākamā atvērtā lieta</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts_dialog.py" line="32"/>
        <source>Sync now</source>
        <translation>Sinhronizēt tagad</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts_dialog.py" line="33"/>
        <source>Presenter mode (Training)</source>
        <translation>Prezentācijas režīms (Apmācība)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts_dialog.py" line="33"/>
        <source>This list</source>
        <translation>Šis saraksts</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts_dialog.py" line="35"/>
        <source>Keys</source>
        <translation>Taustiņi</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts_dialog.py" line="35"/>
        <source>Action</source>
        <translation>Darbība</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="54"/>
        <source>This account is locked after too many wrong attempts, until %1 (%2 min). Wait, or ask an administrator to unlock it.</source>
        <translation>Pārāk daudzu nepareizu mēģinājumu dēļ šis konts ir bloķēts līdz %1 (%2 min). Uzgaidiet vai palūdziet administratoram to atbloķēt.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="63"/>
        <source>Too many wrong attempts. Try again in %1 s.</source>
        <translation>Pārāk daudz nepareizu mēģinājumu. Mēģiniet vēlreiz pēc %1 s.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="67"/>
        <source>This account is disabled. Ask an administrator if you should still have access.</source>
        <translation>Šis konts ir atspējots. Ja Jums joprojām vajadzētu būt piekļuvei, vērsieties pie administratora.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="71"/>
        <source>The name or the password or PIN is not right.</source>
        <translation>Nepareizs vārds, parole vai PIN.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="73"/>
        <source>The user name or PIN is not right.</source>
        <translation>Nepareizs lietotājvārds vai PIN.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="75"/>
        <source>The user name or password is not right.</source>
        <translation>Nepareizs lietotājvārds vai parole.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="78"/>
        <source>Try again in %1 s.</source>
        <translation>Mēģiniet vēlreiz pēc %1 s.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="104"/>
        <source> or </source>
        <translation> vai </translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="106"/>
        <source>Refused: %1 is signed in as %2; this needs a role of %3. Ask one to do it here (File ▸ Switch user…). The attempt is recorded in the log.</source>
        <translation>Atteikts: %1 ir pieteicies kā %2; šai darbībai nepieciešama loma: %3. Palūdziet kādu ar šo lomu to izdarīt šeit (Fails ▸ Mainīt lietotāju…). Mēģinājums ir reģistrēts žurnālā.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="203"/>
        <source>Sign in – Recovery Desk</source>
        <translation>Pieteikšanās – Recovery Desk</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="206"/>
        <location filename="../../recovery_desk/ui/sign_in.py" line="238"/>
        <location filename="../../recovery_desk/ui/sign_in.py" line="239"/>
        <location filename="../../recovery_desk/ui/sign_in.py" line="279"/>
        <source>Sign in</source>
        <translation>Pieteikties</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="211"/>
        <source>Desk %1. Sign in with your own account: every step you record carries your name.</source>
        <translation>Darba vieta %1. Piesakieties ar savu kontu: katrs Jūsu reģistrētais solis tiek saistīts ar Jūsu vārdu.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="219"/>
        <source>User name</source>
        <translation>Lietotājvārds</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="230"/>
        <source>User name:</source>
        <translation>Lietotājvārds:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="233"/>
        <source>Quick switch with my PIN</source>
        <translation>Ātri pārslēgties ar savu PIN</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="246"/>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="246"/>
        <source>Password:</source>
        <translation>Parole:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="247"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="247"/>
        <source>Password</source>
        <translation>Parole</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="279"/>
        <source>Checking…</source>
        <translation>Pārbauda…</translation>
    </message>
</context>
<context>
    <name>StageStepper</name>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="75"/>
        <source>Stages</source>
        <translation>Posmi</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="102"/>
        <source>current</source>
        <translation>pašreizējais</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="102"/>
        <source>done</source>
        <translation>pabeigts</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="103"/>
        <source>to do</source>
        <translation>vēl jāveic</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../recovery_desk/ui/labels.py" line="10"/>
        <source>open</source>
        <translation>atvērta</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/labels.py" line="11"/>
        <source>waiting for a supervisor</source>
        <translation>gaida vadītāju</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/labels.py" line="12"/>
        <source>follow-up</source>
        <translation>atkārtots kontakts</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/labels.py" line="13"/>
        <source>closed</source>
        <translation>slēgta</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/labels.py" line="14"/>
        <source>withdrawn</source>
        <translation>atsaukta</translation>
    </message>
</context>
<context>
    <name>SupervisorActions</name>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="56"/>
        <source>Coaching note…</source>
        <translation>Koučinga piezīme…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="57"/>
        <source>Flag for training…</source>
        <translation>Atzīmēt apmācībai…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="58"/>
        <source>Root cause…</source>
        <translation>Pamatcēlonis…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="61"/>
        <source>Approve escalation…</source>
        <translation>Apstiprināt eskalāciju…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="66"/>
        <source>Decline escalation…</source>
        <translation>Noraidīt eskalāciju…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="71"/>
        <source>Reassign follow-up…</source>
        <translation>Nodot atkārtoto kontaktu citam…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="76"/>
        <source>Erase customer…</source>
        <translation>Dzēst klienta datus…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="223"/>
        <source>Not recorded</source>
        <extracomment>How a dialog is run; tests put their own in to fill it in and accept.</extracomment>
        <translation>Nav saglabāts</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="242"/>
        <source>Coaching note</source>
        <translation>Koučinga piezīme</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="243"/>
        <source>A note for the agent on how this recovery went. It is kept on the case&apos;s timeline; it changes no figure.</source>
        <translation>Piezīme darbiniekam par to, kā noritēja šīs sūdzības risināšana. Tā tiek saglabāta lietas hronoloģijā un neietekmē rādītājus.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="248"/>
        <source>Note</source>
        <translation>Piezīme</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="257"/>
        <source>Flag for training</source>
        <translation>Atzīmēt apmācībai</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="258"/>
        <source>Trainers see flagged cases as examples. Say what this case teaches.</source>
        <translation>Pasniedzēji atzīmētās lietas redz kā piemērus. Norādiet, ko var mācīties no šīs lietas.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="262"/>
        <source>Why it is an example</source>
        <translation>Kāpēc tā ir piemērs</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="271"/>
        <source>Root cause and corrective action</source>
        <translation>Pamatcēlonis un korektīvā darbība</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="274"/>
        <source>Root cause</source>
        <translation>Pamatcēlonis</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="275"/>
        <source>Corrective action</source>
        <translation>Korektīvā darbība</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="285"/>
        <source>Approve escalation</source>
        <translation>Apstiprināt eskalāciju</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="286"/>
        <source>Approve the offer waiting on this case? The agent can then go on with the recovery.</source>
        <translation>Vai apstiprināt šajā lietā gaidošo piedāvājumu? Pēc tam darbinieks varēs turpināt sūdzības risināšanu.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="299"/>
        <source>Decline escalation</source>
        <translation>Noraidīt eskalāciju</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="300"/>
        <source>The agent is told why and offers something else.</source>
        <translation>Darbinieks uzzinās iemeslu un piedāvās ko citu.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="301"/>
        <source>Reason</source>
        <translation>Iemesls</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="322"/>
        <source>Erase the customer&apos;s personal data</source>
        <translation>Dzēst klienta personas datus</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="323"/>
        <source>Name, phone, e-mail, customer number, the customer&apos;s words and every note are removed from all of this customer&apos;s cases in this log, for good. The cases, their figures and the proof of the log stay; the erasure is recorded. It cannot be undone.</source>
        <translation>Vārds, tālrunis, e-pasts, klienta numurs, klienta vārdiem pierakstītais teksts un visas piezīmes tiek neatgriezeniski dzēsti no visām šī klienta lietām šajā žurnālā. Lietas, to rādītāji un žurnāla pierādījumi saglabājas; dzēšana tiek reģistrēta. Šo darbību nevar atcelt.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="330"/>
        <source>Reason (e.g. the customer&apos;s request)</source>
        <translation>Iemesls (piem., klienta pieprasījums)</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="73"/>
        <source>Training</source>
        <translation>Apmācība</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="77"/>
        <source>Scripted and natural</source>
        <translation>Pēc teksta un brīvi</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="78"/>
        <source>Practice scenarios</source>
        <translation>Treniņu scenāriji</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="79"/>
        <source>Reviews</source>
        <translation>Izvērtējumi</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="90"/>
        <source>Playbook</source>
        <translation>Rīcības plāns</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="94"/>
        <source>Stage</source>
        <translation>Posms</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="96"/>
        <location filename="../../recovery_desk/ui/pages/training.py" line="206"/>
        <source>Scenario</source>
        <translation>Scenārijs</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="97"/>
        <source>(no scenario)</source>
        <translation>(bez scenārija)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="100"/>
        <source>◀ Previous stage</source>
        <translation>◀ Iepriekšējais posms</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="101"/>
        <source>Next stage ▶</source>
        <translation>Nākamais posms ▶</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="102"/>
        <source>Presenter mode (F11)</source>
        <translation>Prezentācijas režīms (F11)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="106"/>
        <source>Playbook:</source>
        <translation>Rīcības plāns:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="107"/>
        <source>Stage:</source>
        <translation>Posms:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="108"/>
        <source>Scenario:</source>
        <translation>Scenārijs:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="127"/>
        <source>Scripted delivery</source>
        <translation>Runāšana pēc teksta</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="129"/>
        <source>Natural delivery</source>
        <translation>Brīva runāšana</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="130"/>
        <source>Scripted: read the lines</source>
        <translation>Pēc teksta: nolasiet frāzes</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="131"/>
        <source>Natural: own words, guided</source>
        <translation>Brīvi: saviem vārdiem, ar padomiem</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="165"/>
        <source>Key points</source>
        <translation>Galvenie punkti</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="165"/>
        <source>Do</source>
        <translation>Dariet</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="166"/>
        <source>Don&apos;t</source>
        <translation>Nedariet</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="166"/>
        <source>You could say</source>
        <translation>Jūs varētu teikt</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="191"/>
        <source>Scenarios</source>
        <translation>Scenāriji</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="198"/>
        <source>Unusable: %1</source>
        <translation>Nav izmantojams: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="202"/>
        <source>No scenarios are installed.</source>
        <translation>Nav instalēts neviens scenārijs.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="207"/>
        <source>Show trainer notes (facts, good resolutions, pitfalls)</source>
        <translation>Rādīt pasniedzēja piezīmes (fakti, labi risinājumi, biežākās kļūdas)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="209"/>
        <source>Start practice on the Desk</source>
        <translation>Sākt treniņu darba vietā</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="234"/>
        <source>Wants:</source>
        <translation>Vēlas:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="241"/>
        <source>Facts to find out by listening</source>
        <translation>Fakti, kas jānoskaidro, uzklausot klientu</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="243"/>
        <source>Resolutions that work</source>
        <translation>Risinājumi, kas darbojas</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="245"/>
        <source>Pitfalls</source>
        <translation>Biežākās kļūdas</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="262"/>
        <source>Practice runs</source>
        <translation>Treniņi</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="263"/>
        <source>Opened</source>
        <translation>Atvērta</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="263"/>
        <source>Trainee</source>
        <translation>Apmācāmais</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="264"/>
        <source>Case</source>
        <translation>Lieta</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="264"/>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="265"/>
        <location filename="../../recovery_desk/ui/pages/training.py" line="291"/>
        <source>Score</source>
        <translation>Vērtējums</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="275"/>
        <source>Timeline</source>
        <translation>Hronoloģija</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="278"/>
        <source>Listened before solving</source>
        <translation>Uzklausīja pirms risināšanas</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="279"/>
        <source>Acknowledged the specific problem</source>
        <translation>Atzina konkrēto problēmu</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="280"/>
        <source>Apologized without shifting blame</source>
        <translation>Atvainojās, nenovelot vainu</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="281"/>
        <source>Agreed a fix with a deadline</source>
        <translation>Vienojās par risinājumu ar termiņu</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="282"/>
        <source>Satisfaction confirmed by the customer</source>
        <translation>Klients apstiprināja apmierinātību</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="293"/>
        <source>Comments</source>
        <translation>Komentāri</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="294"/>
        <source>Score (1–5):</source>
        <translation>Vērtējums (1–5):</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="295"/>
        <source>Comments:</source>
        <translation>Komentāri:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="297"/>
        <source>Save review</source>
        <translation>Saglabāt izvērtējumu</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="353"/>
        <source>%1&apos;s scores over time: %2</source>
        <translation>Vērtējumi laika gaitā (%1): %2</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="355"/>
        <source>none yet</source>
        <translation>vēl nav</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="360"/>
        <source>Choose a practice run first.</source>
        <translation>Vispirms izvēlieties treniņu.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="369"/>
        <source>Review saved.</source>
        <translation>Izvērtējums saglabāts.</translation>
    </message>
</context>
<context>
    <name>UsersSection</name>
    <message>
        <location filename="../../recovery_desk/ui/users_section.py" line="36"/>
        <location filename="../../recovery_desk/ui/users_section.py" line="41"/>
        <source>Users</source>
        <translation>Lietotāji</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/users_section.py" line="39"/>
        <source>Name</source>
        <translation>Vārds</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/users_section.py" line="39"/>
        <source>Role</source>
        <translation>Loma</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/users_section.py" line="40"/>
        <source>State</source>
        <translation>Stāvoklis</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/users_section.py" line="54"/>
        <source>Add user…</source>
        <translation>Pievienot lietotāju…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/users_section.py" line="55"/>
        <source>Set password…</source>
        <translation>Iestatīt paroli…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/users_section.py" line="56"/>
        <source>Set PIN…</source>
        <translation>Iestatīt PIN…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/users_section.py" line="57"/>
        <location filename="../../recovery_desk/ui/users_section.py" line="112"/>
        <source>Disable</source>
        <translation>Atspējot</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/users_section.py" line="58"/>
        <source>Unlock</source>
        <translation>Atbloķēt</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/users_section.py" line="90"/>
        <source>disabled</source>
        <translation>atspējots</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/users_section.py" line="92"/>
        <source>no password: cannot sign in</source>
        <translation>nav paroles: nevar pieteikties</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/users_section.py" line="94"/>
        <source>locked until %1</source>
        <translation>bloķēts līdz %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/users_section.py" line="97"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/users_section.py" line="98"/>
        <source>active</source>
        <translation>aktīvs</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/users_section.py" line="111"/>
        <source>Enable</source>
        <translation>Iespējot</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/users_section.py" line="130"/>
        <location filename="../../recovery_desk/ui/users_section.py" line="134"/>
        <location filename="../../recovery_desk/ui/users_section.py" line="138"/>
        <source>Add user</source>
        <translation>Pievienot lietotāju</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/users_section.py" line="130"/>
        <source>Name:</source>
        <translation>Vārds:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/users_section.py" line="134"/>
        <source>Role:</source>
        <translation>Loma:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/users_section.py" line="138"/>
        <source>Password (at least 8 characters):</source>
        <translation>Parole (vismaz 8 rakstzīmes):</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/users_section.py" line="150"/>
        <source>Set password</source>
        <translation>Iestatīt paroli</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/users_section.py" line="151"/>
        <source>New password for %1:</source>
        <translation>Jaunā parole lietotājam %1:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/users_section.py" line="159"/>
        <source>Set PIN</source>
        <translation>Iestatīt PIN</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/users_section.py" line="160"/>
        <source>Quick-switch PIN for %1 (4 to 8 digits; empty removes it):</source>
        <translation>Ātrās pārslēgšanās PIN lietotājam %1 (4–8 cipari; ja atstāj tukšu, PIN tiek noņemts):</translation>
    </message>
</context>
</TS>
