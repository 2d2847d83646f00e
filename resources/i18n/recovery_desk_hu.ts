<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hu">
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Supervisor approval</source>
        <translation>Vezetői jóváhagyás</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Vezető</translation>
    </message>
    <message>
        <source>Password or PIN</source>
        <translation>Jelszó vagy PIN-kód</translation>
    </message>
    <message>
        <source>Supervisor:</source>
        <translation>Vezető:</translation>
    </message>
    <message>
        <source>Password or PIN:</source>
        <translation>Jelszó vagy PIN-kód:</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Jóváhagyás</translation>
    </message>
    <message>
        <source>Type the supervisor&apos;s password or PIN.</source>
        <translation>Írja be a vezető jelszavát vagy PIN-kódját.</translation>
    </message>
    <message>
        <source>%1 offered more than their limit. A supervisor who may give this much approves it here with their own password or PIN.</source>
        <translation>%1 a keretét meghaladó ajánlatot tett. Egy vezető, akinek a kerete ezt fedezi, itt hagyja jóvá a saját jelszavával vagy PIN-kódjával.</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Ügy:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Megoldás:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Összeg:</translation>
    </message>
    <message>
        <source>Agent&apos;s limit:</source>
        <translation>Az ügyintéző kerete:</translation>
    </message>
    <message>
        <source>Who may approve:</source>
        <translation>Ki hagyhatja jóvá:</translation>
    </message>
</context>
<context>
    <name>ApprovalRequest</name>
    <message>
        <source>no limit</source>
        <translation>nincs korlát</translation>
    </message>
</context>
<context>
    <name>ApprovalsButton</name>
    <message>
        <source>Offers over an agent&apos;s limit wait for a supervisor</source>
        <translation>A keretet meghaladó ajánlatok vezetői jóváhagyásra várnak</translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) waiting for approval</source>
        <translation>
            <numerusform>%n ajánlat jóváhagyásra vár</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApprovalsDialog</name>
    <message>
        <source>Waiting for approval</source>
        <translation>Jóváhagyásra vár</translation>
    </message>
    <message>
        <source>Offers over an agent&apos;s limit at any desk, the longest waiting first. Press Enter to open the case, then Ctrl+Shift+A to approve it.</source>
        <translation>Bármely pult keretet meghaladó ajánlatai, a legrégebben várakozó elöl. Az Enter megnyitja az ügyet, a Ctrl+Shift+A jóváhagyja.</translation>
    </message>
    <message>
        <source>No offer is waiting for approval.</source>
        <translation>Nincs jóváhagyásra váró ajánlat.</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <source>%1 s</source>
        <translation>%1 mp</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 perc %2 mp</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 óra %2 perc</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 nap %2 óra</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Ügy megnyitva</translation>
    </message>
    <message>
        <source>Stage entered</source>
        <translation>Lépés megkezdve</translation>
    </message>
    <message>
        <source>Stage completed</source>
        <translation>Lépés befejezve</translation>
    </message>
    <message>
        <source>Stage skipped</source>
        <translation>Lépés kihagyva</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Ellenőrzőlista</translation>
    </message>
    <message>
        <source>Field captured</source>
        <translation>Adat rögzítve</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Jegyzet</translation>
    </message>
    <message>
        <source>Mode changed</source>
        <translation>Mód módosítva</translation>
    </message>
    <message>
        <source>Resolution offered</source>
        <translation>Megoldás felajánlva</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eszkalálva</translation>
    </message>
    <message>
        <source>Escalation approved</source>
        <translation>Eszkaláció jóváhagyva</translation>
    </message>
    <message>
        <source>Escalation declined</source>
        <translation>Eszkaláció elutasítva</translation>
    </message>
    <message>
        <source>Satisfaction recorded</source>
        <translation>Elégedettség rögzítve</translation>
    </message>
    <message>
        <source>Follow-up scheduled</source>
        <translation>Utánkövetés ütemezve</translation>
    </message>
    <message>
        <source>Follow-up made</source>
        <translation>Utánkövetés elvégezve</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Ügy lezárva</translation>
    </message>
    <message>
        <source>Case withdrawn</source>
        <translation>Ügy visszavonva</translation>
    </message>
    <message>
        <source>Case reopened</source>
        <translation>Ügy újranyitva</translation>
    </message>
    <message>
        <source>Coaching note</source>
        <translation>Coaching-jegyzet</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Kiváltó ok</translation>
    </message>
    <message>
        <source>Practice reviewed</source>
        <translation>Gyakorlás értékelve</translation>
    </message>
    <message>
        <source>Flagged for training</source>
        <translation>Képzéshez megjelölve</translation>
    </message>
    <message>
        <source>Follow-up reassigned</source>
        <translation>Utánkövetés átosztva</translation>
    </message>
    <message>
        <source>Promise kept</source>
        <translation>Ígéret teljesítve</translation>
    </message>
    <message>
        <source>Contact details corrected</source>
        <translation>Elérhetőség javítva</translation>
    </message>
    <message>
        <source>scripted</source>
        <translation>kötött</translation>
    </message>
    <message>
        <source>natural</source>
        <translation>természetes</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>határidő: %1</translation>
    </message>
    <message>
        <source>name</source>
        <translation>név</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>telefonszám</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>e-mail-cím</translation>
    </message>
    <message>
        <source>customer number</source>
        <translation>ügyfélszám</translation>
    </message>
    <message>
        <source>CSAT %1, recommend %2</source>
        <translation>CSAT %1, ajánlás %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Időpont</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Esemény</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Lépés</translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation>Lépésben eltöltött idő</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Részletek</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Végezte</translation>
    </message>
    <message>
        <source>In the customer&apos;s words</source>
        <translation>Az ügyfél saját szavaival</translation>
    </message>
    <message>
        <source>Wants</source>
        <translation>Kérése</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Lépések</translation>
    </message>
    <message>
        <source>done</source>
        <translation>kész</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>kihagyva</translation>
    </message>
    <message>
        <source>now</source>
        <translation>most</translation>
    </message>
    <message>
        <source>Scripted line</source>
        <translation>Kötött szöveg</translation>
    </message>
    <message>
        <source>Own words</source>
        <translation>Saját szavak</translation>
    </message>
    <message>
        <source>Skipped because</source>
        <translation>Kihagyás oka</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Megoldás</translation>
    </message>
    <message>
        <source>no cost</source>
        <translation>költség nélkül</translation>
    </message>
    <message>
        <source>promised by %1</source>
        <translation>vállalt határidő: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Összesen: %1</translation>
    </message>
    <message>
        <source>None offered yet.</source>
        <translation>Még nincs felajánlott megoldás.</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>jóváhagyta: %1</translation>
    </message>
    <message>
        <source>declined by %1</source>
        <translation>elutasította: %1</translation>
    </message>
    <message>
        <source>waiting for a supervisor</source>
        <translation>vezetőre vár</translation>
    </message>
    <message>
        <source>declined to answer</source>
        <translation>nem kívánt válaszolni</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>nem kérdezték meg</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Elégedettség</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>utánkövetés</translation>
    </message>
    <message>
        <source>at the desk</source>
        <translation>a pultnál</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>elfogadta</translation>
    </message>
    <message>
        <source>recommend</source>
        <translation>ajánlás</translation>
    </message>
    <message>
        <source>effort</source>
        <translation>erőfeszítés</translation>
    </message>
    <message>
        <source>Not asked yet.</source>
        <translation>Még nem kérdeztük.</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Utánkövetések</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>esedékes: %1</translation>
    </message>
    <message>
        <source>call made by %1</source>
        <translation>hívást végezte: %1</translation>
    </message>
    <message>
        <source>reassigned from %1 to %2</source>
        <translation>átosztva: %1 → %2</translation>
    </message>
    <message>
        <source>Next call: %1, due %2</source>
        <translation>Következő hívás: %1, esedékes: %2</translation>
    </message>
    <message>
        <source>Supervisor notes</source>
        <translation>Vezetői jegyzetek</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Még nincs jegyzet.</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Helyesbítő intézkedés</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(név nélkül)</translation>
    </message>
    <message>
        <source>agent %1</source>
        <translation>ügyintéző: %1</translation>
    </message>
    <message>
        <source>training</source>
        <translation>gyakorlás</translation>
    </message>
</context>
<context>
    <name>CaseDetailPanel</name>
    <message>
        <source>Close (Esc)</source>
        <translation>Bezárás (Esc)</translation>
    </message>
    <message>
        <source>Case detail</source>
        <translation>Ügy részletei</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Idővonal</translation>
    </message>
    <message>
        <source>No offer is waiting for a supervisor on this case.</source>
        <translation>Ebben az ügyben nincs vezetőre váró ajánlat.</translation>
    </message>
    <message>
        <source>No follow-up is scheduled on this case.</source>
        <translation>Ebben az ügyben nincs ütemezett utánkövetés.</translation>
    </message>
</context>
<context>
    <name>CaseExporter</name>
    <message>
        <source>Export cases…</source>
        <translation>Ügyek exportálása…</translation>
    </message>
    <message>
        <source>Exporting %1 cases…</source>
        <translation>%1 ügy exportálása…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
    <message>
        <source>Exported %1 cases to %2, pseudonymized: customers are named only in a supervisor&apos;s or an administrator&apos;s export.</source>
        <translation>%1 ügyet exportáltunk ide: %2, álnevesítve – ügyfélneveket csak vezető vagy adminisztrátor exportálhat.</translation>
    </message>
    <message>
        <source>Exported %1 cases to %2.</source>
        <translation>%1 ügy exportálva ide: %2.</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Az exportálás megszakítva; nem jött létre fájl.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Az exportálás nem sikerült: %1</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Time in stage and in case</source>
        <translation>A lépésben és az ügyben eltöltött idő</translation>
    </message>
    <message>
        <source>Delivery mode for this case</source>
        <translation>Az ügy beszédmódja</translation>
    </message>
    <message>
        <source>Natural (own words)</source>
        <translation>Természetes (saját szavakkal)</translation>
    </message>
    <message>
        <source>Scripted (read lines)</source>
        <translation>Kötött (szöveg felolvasása)</translation>
    </message>
    <message>
        <source>Correct contact details…</source>
        <translation>Elérhetőség javítása…</translation>
    </message>
    <message>
        <source>Correct the customer&apos;s contact details</source>
        <translation>Az ügyfél elérhetőségének javítása</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(nincs név)</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>folyamatban</translation>
    </message>
    <message>
        <source>waiting for a supervisor</source>
        <translation>vezetőre vár</translation>
    </message>
    <message>
        <source>waiting for a follow-up</source>
        <translation>utánkövetésre vár</translation>
    </message>
    <message>
        <source>Wants:</source>
        <translation>Kérése:</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 perc</translation>
    </message>
    <message>
        <source>Stage %1 · Case %2</source>
        <translation>Lépés: %1 · Ügy: %2</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <source>◀ Back (Shift+F8)</source>
        <translation>◀ Vissza (Shift+F8)</translation>
    </message>
    <message>
        <source>Skip… (F6)</source>
        <translation>Kihagyás… (F6)</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Visszavonás…</translation>
    </message>
    <message>
        <source>Park (Ctrl+W)</source>
        <translation>Félretétel (Ctrl+W)</translation>
    </message>
    <message>
        <source>Keep the case open and serve the next customer.</source>
        <translation>Az ügy nyitva marad, Ön pedig kiszolgálhatja a következő ügyfelet.</translation>
    </message>
    <message>
        <source>Next customer (Ctrl+N)</source>
        <translation>Következő ügyfél (Ctrl+N)</translation>
    </message>
    <message>
        <source>Agreement for the customer (PDF)…</source>
        <translation>Megállapodás az ügyfélnek (PDF)…</translation>
    </message>
    <message>
        <source>One page in the customer&apos;s language: the reference and what was agreed.</source>
        <translation>Egy oldal az ügyfél nyelvén: az ügyszám és amiben megállapodtak.</translation>
    </message>
    <message>
        <source>Complete stage ▶ (F8)</source>
        <translation>Lépés befejezése ▶ (F8)</translation>
    </message>
    <message>
        <source>The action was not recorded: %1</source>
        <translation>A műveletet nem sikerült rögzíteni: %1</translation>
    </message>
    <message>
        <source>Save the agreement as PDF</source>
        <translation>A megállapodás mentése PDF-ként</translation>
    </message>
    <message>
        <source>Agreement saved: %1</source>
        <translation>Megállapodás mentve: %1</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Jegyzet hozzáadva.</translation>
    </message>
    <message>
        <source>Skip stage</source>
        <translation>Lépés kihagyása</translation>
    </message>
    <message>
        <source>Why do you skip this stage?</source>
        <translation>Miért hagyja ki ezt a lépést?</translation>
    </message>
    <message>
        <source>Contact details corrected.</source>
        <translation>Az elérhetőség javítva.</translation>
    </message>
    <message>
        <source>Withdraw case</source>
        <translation>Ügy visszavonása</translation>
    </message>
    <message>
        <source>Why is the case withdrawn?</source>
        <translation>Miért vonja vissza az ügyet?</translation>
    </message>
    <message>
        <source>Not fully satisfied: the customer is on the watchlist and a follow-up is due %1.</source>
        <translation>Nem teljesen elégedett: az ügyfél felkerült a figyelőlistára, az utánkövetés határideje: %1.</translation>
    </message>
    <message>
        <source>Close as not recovered</source>
        <translation>Lezárás rendezetlenként</translation>
    </message>
    <message>
        <source>Why is the case closed without a satisfied customer?</source>
        <translation>Miért zárja le az ügyet úgy, hogy az ügyfél nem elégedett?</translation>
    </message>
    <message>
        <source>Move the cursor to a line of &quot;What to say&quot; (Tab to it, then the arrow keys) and press the key again.</source>
        <translation>Vigye a kurzort a „Mit mondjon” egyik sorára (Tab, majd a nyílbillentyűk), és nyomja meg újra a billentyűt.</translation>
    </message>
    <message>
        <source>The resolution is chosen in the resolution stage.</source>
        <translation>A megoldást a megoldás szakaszában kell kiválasztani.</translation>
    </message>
    <message>
        <source>The customer&apos;s satisfaction is asked in its own stage or at the follow-up.</source>
        <translation>Az ügyfél elégedettségét a saját szakaszában vagy az utánkövetéskor kérdezzük meg.</translation>
    </message>
    <message>
        <source>Nobody on this desk may approve %1: no supervisor&apos;s limit covers it.</source>
        <translation>Ezen a pulton senki sem hagyhatja jóvá ezt az összeget (%1): egyetlen vezető kerete sem fedezi.</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Reference</source>
        <translation>Ügyszám</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Ügyfél</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Találat</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Megnyitva</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Ügyintéző</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategória</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Megoldás</translation>
    </message>
    <message>
        <source>The offer&apos;s first resolution. An offer may hold several: the case&apos;s detail lists each with its amount and deadline.</source>
        <translation>Az ajánlat első megoldása. Egy ajánlat több megoldást is tartalmazhat: az ügy részletei mindegyiket felsorolják összeggel és határidővel.</translation>
    </message>
    <message>
        <source>Redress</source>
        <translation>Kompenzáció</translation>
    </message>
    <message>
        <source>The offer&apos;s total, over every resolution it holds.</source>
        <translation>Az ajánlat teljes összege, az összes megoldásával együtt.</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Recommend</source>
        <translation>Ajánlás</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Időtartam</translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation>Figyelőlista</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Lezárva</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Csatorna</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Súlyosság</translation>
    </message>
    <message>
        <source>Final response due</source>
        <translation>Végleges válasz határideje</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Határidő</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 nap %2 óra</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 óra %2 perc</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 perc</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>Kattintson ide az oszlop szerinti rendezéshez</translation>
    </message>
    <message>
        <source>%1 (training)</source>
        <translation>%1 (gyakorlás)</translation>
    </message>
</context>
<context>
    <name>CaseWords</name>
    <message>
        <source>the amount is over the agent&apos;s limit</source>
        <translation>az összeg meghaladja az ügyintéző keretét</translation>
    </message>
    <message>
        <source>the customer was not fully satisfied</source>
        <translation>az ügyfél nem volt teljesen elégedett</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>igen</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>részben</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nem</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nem ismert</translation>
    </message>
    <message>
        <source>verbally</source>
        <translation>szóban</translation>
    </message>
    <message>
        <source>in writing</source>
        <translation>írásban</translation>
    </message>
</context>
<context>
    <name>ChecklistBox</name>
    <message>
        <source>Checklist</source>
        <translation>Ellenőrzőlista</translation>
    </message>
</context>
<context>
    <name>ClockStrip</name>
    <message>
        <source>Regulated clocks</source>
        <translation>Szabályozott határidők</translation>
    </message>
    <message>
        <source>&amp;Letter…</source>
        <translation>&amp;Levél…</translation>
    </message>
    <message>
        <source>Preview, edit and send a letter or reply</source>
        <translation>Levél vagy válasz megtekintése, szerkesztése és elküldése</translation>
    </message>
    <message>
        <source>Deadline warning</source>
        <translation>Határidő-figyelmeztetés</translation>
    </message>
    <message>
        <source>Resume clock</source>
        <translation>Határidő folytatása</translation>
    </message>
    <message>
        <source>Pause clock (waiting on customer)</source>
        <translation>Határidő szüneteltetése (az ügyfélre várunk)</translation>
    </message>
    <message>
        <source>%1 is overdue (%2). Send it now and tell your supervisor.</source>
        <translation>%1: lejárt a határidő (%2). Küldje el most, és szóljon a vezetőjének.</translation>
    </message>
    <message>
        <source>%1 due %2 (%3).</source>
        <translation>%1 határideje: %2 (%3).</translation>
    </message>
    <message>
        <source>Send: %1.</source>
        <translation>Küldendő: %1.</translation>
    </message>
    <message>
        <source>Pause the clock</source>
        <translation>Határidő szüneteltetése</translation>
    </message>
    <message>
        <source>What is the case waiting for?</source>
        <translation>Mire vár az ügy?</translation>
    </message>
</context>
<context>
    <name>Clocks</name>
    <message>
        <source>Acknowledgement</source>
        <translation>Visszaigazolás</translation>
    </message>
    <message>
        <source>Summary resolution (3 business days)</source>
        <translation>Gyors rendezés (3 munkanap)</translation>
    </message>
    <message>
        <source>Final response</source>
        <translation>Végleges válasz</translation>
    </message>
    <message>
        <source>running</source>
        <translation>fut</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>hamarosan lejár</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>szünetel</translation>
    </message>
    <message>
        <source>met</source>
        <translation>teljesítve</translation>
    </message>
    <message>
        <source>met late</source>
        <translation>késve teljesítve</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>lejárt</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>nem szükséges</translation>
    </message>
    <message>
        <source>window passed</source>
        <translation>az időablak lezárult</translation>
    </message>
    <message>
        <source>open</source>
        <translation>nyitott</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 nap %2 óra</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 óra</translation>
    </message>
    <message>
        <source>under an hour</source>
        <translation>egy óránál kevesebb</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 késés</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>még %1</translation>
    </message>
    <message>
        <source>upheld</source>
        <translation>megalapozott</translation>
    </message>
    <message>
        <source>partly upheld</source>
        <translation>részben megalapozott</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>elutasítva</translation>
    </message>
    <message>
        <source>Holding response</source>
        <translation>Időközi válasz</translation>
    </message>
    <message>
        <source>Summary resolution</source>
        <translation>Gyors rendezés visszaigazolása</translation>
    </message>
    <message>
        <source>Apology with the fix</source>
        <translation>Bocsánatkérés a megoldással</translation>
    </message>
    <message>
        <source>Request for information</source>
        <translation>Adatkérés</translation>
    </message>
    <message>
        <source>Call summary</source>
        <translation>Hívás összefoglalója</translation>
    </message>
</context>
<context>
    <name>ClocksSection</name>
    <message>
        <source>Regulated handling</source>
        <translation>Szabályozott panaszkezelés</translation>
    </message>
    <message>
        <source>Clock rule pack for new cases</source>
        <translation>Határidő-szabálycsomag az új ügyekhez</translation>
    </message>
    <message>
        <source>Use for new cases</source>
        <translation>Alkalmazás az új ügyekre</translation>
    </message>
    <message>
        <source>Clock rule pack:</source>
        <translation>Szabálycsomag:</translation>
    </message>
    <message>
        <source>Organization&apos;s name on letters</source>
        <translation>A szervezet neve a leveleken</translation>
    </message>
    <message>
        <source>Organization&apos;s reply address</source>
        <translation>A szervezet válaszcíme</translation>
    </message>
    <message>
        <source>complaints@example.org</source>
        <translation>panasz@example.org</translation>
    </message>
    <message>
        <source>Organization on letters:</source>
        <translation>Szervezet a leveleken:</translation>
    </message>
    <message>
        <source>Reply address:</source>
        <translation>Válaszcím:</translation>
    </message>
    <message>
        <source>No regulated clocks</source>
        <translation>Nincsenek szabályozott határidők</translation>
    </message>
    <message>
        <source>New cases run no regulated clocks.</source>
        <translation>Az új ügyekre nem futnak szabályozott határidők.</translation>
    </message>
    <message>
        <source>New cases run under this pack since %1 (chosen by %2).</source>
        <translation>Az új ügyekre %1 óta ez a csomag vonatkozik (%2 választotta).</translation>
    </message>
    <message>
        <source>A supervisor or administrator chooses the pack.</source>
        <translation>A csomagot vezető vagy rendszergazda választja ki.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Correct contact details</source>
        <extracomment>``record(values, reason)`` records the correction; the refusal&apos;s text, or None when done</extracomment>
        <translation>Elérhetőség javítása</translation>
    </message>
    <message>
        <source>The customer&apos;s details as recorded now. Change what is wrong and say why; the correction is kept on this case.</source>
        <translation>Az ügyfél jelenleg rögzített adatai. Javítsa, ami hibás, és írja le, miért; a javítás ennél az ügynél marad meg.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonszám</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mail-cím</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Ügyfélszám</translation>
    </message>
    <message>
        <source>Why the details are corrected</source>
        <translation>Miért javítja az adatokat</translation>
    </message>
    <message>
        <source>e.g. the customer gave a new number</source>
        <translation>pl. az ügyfél új számot adott meg</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Indoklás</translation>
    </message>
    <message>
        <source>Record the correction</source>
        <translation>Javítás rögzítése</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <source>no cost</source>
        <translation>költség nélkül</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>határidő: %1</translation>
    </message>
    <message>
        <source>Offered: %1</source>
        <translation>Felajánlva: %1</translation>
    </message>
    <message>
        <source>accepted: %1</source>
        <translation>elfogadta: %1</translation>
    </message>
    <message>
        <source>CSAT %1/%2</source>
        <translation>CSAT %1/%2</translation>
    </message>
    <message>
        <source>recommend %1/%2</source>
        <translation>ajánlaná %1/%2</translation>
    </message>
    <message>
        <source>effort %1/%2</source>
        <translation>erőfeszítés %1/%2</translation>
    </message>
    <message>
        <source>Customer answered: %1</source>
        <translation>Az ügyfél válasza: %1</translation>
    </message>
    <message>
        <source>%1 skipped after %2</source>
        <translation>%1 kihagyva %2 után</translation>
    </message>
    <message>
        <source>%1 done in %2</source>
        <translation>%1 kész, %2 alatt</translation>
    </message>
    <message>
        <source>Follow-up due %1</source>
        <translation>Utánkövetés esedékes: %1</translation>
    </message>
    <message>
        <source>In own words: “%1”</source>
        <translation>Saját szavaival: „%1”</translation>
    </message>
    <message>
        <source>Switched to %1</source>
        <translation>Átváltva: %1</translation>
    </message>
    <message>
        <source>Asked a supervisor: %1</source>
        <translation>Vezetőhöz fordult: %1</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Lezárva: %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Ügyfél</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>No data for this chart.</source>
        <translation>Ehhez a diagramhoz nincs adat.</translation>
    </message>
    <message>
        <source>%1 complaints, CSAT %2</source>
        <translation>%1 panasz, CSAT %2</translation>
    </message>
    <message>
        <source>%1 (partial)</source>
        <translation>%1 (részleges)</translation>
    </message>
    <message>
        <source>Partial: some of its days are outside the period chosen, before the first case or still to come.</source>
        <translation>Részleges: egyes napjai a választott időszakon kívül, az első ügy előtt vagy még a jövőben vannak.</translation>
    </message>
    <message>
        <source>Complaints and CSAT by week</source>
        <translation>Panaszok és CSAT hetente</translation>
    </message>
    <message>
        <source>Complaints and CSAT by month</source>
        <translation>Panaszok és CSAT havonta</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Panaszok</translation>
    </message>
    <message>
        <source>CSAT %</source>
        <translation>CSAT %</translation>
    </message>
    <message>
        <source>%1 complaints (%2 of all)</source>
        <translation>%1 panasz (arány: %2)</translation>
    </message>
    <message>
        <source>Top five complaint categories</source>
        <translation>Az öt leggyakoribb panaszkategória</translation>
    </message>
    <message>
        <source>Recovery rate</source>
        <translation>Rendezési arány</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 ügy</translation>
    </message>
    <message>
        <source>Scripted vs natural</source>
        <translation>Kötött vs. természetes</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>óra</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>perc</translation>
    </message>
    <message>
        <source>median %1, 90th percentile %2 (%3 cases)</source>
        <translation>medián: %1, 90. percentilis: %2 (%3 ügy)</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Medián</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90. percentilis</translation>
    </message>
    <message>
        <source>Where recoveries stall: time in each stage</source>
        <translation>Hol akad el a panaszkezelés: az egyes lépésekben eltöltött idő</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Irányítópult</translation>
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
        <translation>Rendezési arány</translation>
    </message>
    <message>
        <source>Trend</source>
        <extracomment>The ``CaseFilter`` of a tile, bar or row the user chose; the window opens the Log on it. Whether a computation is running (for tests and the window).</extracomment>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Top five complaint categories</source>
        <translation>Az öt leggyakoribb panaszkategória</translation>
    </message>
    <message>
        <source>Scripted vs natural</source>
        <translation>Kötött vs. természetes</translation>
    </message>
    <message>
        <source>Where recoveries stall</source>
        <translation>Hol akad el a panaszkezelés</translation>
    </message>
    <message>
        <source>No complaints in this period and scope. Choose a longer period or widen the scope.</source>
        <translation>Ebben az időszakban és hatókörben nincs panasz. Válasszon hosszabb időszakot, vagy bővítse a hatókört.</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>Bontások</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Számítás…</translation>
    </message>
    <message>
        <source>Computing the figures</source>
        <translation>Az értékek kiszámítása</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Frissítés</translation>
    </message>
    <message>
        <source>Compute the figures again (F5)</source>
        <translation>Az értékek újraszámítása (F5)</translation>
    </message>
    <message>
        <source>Export PDF report…</source>
        <translation>PDF-jelentés exportálása…</translation>
    </message>
    <message>
        <source>A printable report of this period and scope: figures, charts, breakdowns and follow-ups.</source>
        <translation>Nyomtatható jelentés erről az időszakról és hatókörről: értékek, diagramok, bontások és utánkövetések.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Időszak</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Utolsó 7 nap</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Utolsó 30 nap</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Utolsó 90 nap</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ez a hónap</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Ez az év</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Teljes időszak</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Egyéni dátumok</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Ettől</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Eddig</translation>
    </message>
    <message>
        <source>Trend by</source>
        <translation>Trend felbontása</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Hetente</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Havonta</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Pult</translation>
    </message>
    <message>
        <source>All desks</source>
        <translation>Minden pult</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Ügyintéző</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Minden ügyintéző</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Csatorna</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Minden csatorna</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Forgatókönyv</translation>
    </message>
    <message>
        <source>All playbooks</source>
        <translation>Minden forgatókönyv</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ügyek</translation>
    </message>
    <message>
        <source>Median time to resolution</source>
        <translation>Megoldási idő mediánja</translation>
    </message>
    <message>
        <source>Double-click a row (or press Enter) to list its cases.</source>
        <translation>Egy sor ügyeinek listázásához kattintson rá duplán (vagy nyomja meg az Enter billentyűt).</translation>
    </message>
    <message>
        <source>Could not compute the figures: %1</source>
        <translation>Az értékeket nem sikerült kiszámítani: %1</translation>
    </message>
    <message>
        <source>Hover a figure to see how it is computed; click it, a bar or a row to list its cases. Training cases are never counted.</source>
        <translation>Vigye az egeret egy érték fölé, hogy lássa, hogyan számítjuk ki; egy értékre, oszlopra vagy sorra kattintva listázhatja a hozzá tartozó ügyeket. A gyakorló ügyek sosem számítanak bele.</translation>
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
        <translation>A jelentés készítése…</translation>
    </message>
    <message>
        <source>Saved the report (%1 pages) to %2.</source>
        <translation>A jelentés (%1 oldal) mentve ide: %2.</translation>
    </message>
    <message>
        <source>Could not write the report: %1</source>
        <translation>A jelentést nem sikerült elkészíteni: %1</translation>
    </message>
</context>
<context>
    <name>DeadlineDateEdit</name>
    <message>
        <source>— choose a date —</source>
        <translation>— válasszon dátumot —</translation>
    </message>
</context>
<context>
    <name>DeadlineTimeEdit</name>
    <message>
        <source>— choose a time —</source>
        <translation>— válasszon időpontot —</translation>
    </message>
</context>
<context>
    <name>Debrief</name>
    <message>
        <source>found</source>
        <translation>megtalálta</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>kimaradt</translation>
    </message>
    <message>
        <source>Not judged yet: talk each fact through, then tick the ones found in the review.</source>
        <translation>Még nincs értékelve: beszéljék át a tényeket egyenként, majd az értékelésben pipálják ki a megtaláltakat.</translation>
    </message>
    <message>
        <source>%1 of %2 facts found.</source>
        <translation>%2 tényből %1 megvan.</translation>
    </message>
    <message>
        <source>Facts to find out</source>
        <translation>Kiderítendő tények</translation>
    </message>
    <message>
        <source>Pitfalls</source>
        <translation>Buktatók</translation>
    </message>
</context>
<context>
    <name>DebriefDialog</name>
    <message>
        <source>Debrief: %1</source>
        <translation>Visszajelző beszélgetés: %1</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Visszajelző beszélgetés</translation>
    </message>
    <message>
        <source>Review this run</source>
        <translation>A futás értékelése</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <source>Open cases (F7)</source>
        <extracomment>what &quot;now&quot; is for the reminders (a test sets a simulated clock)</extracomment>
        <translation>Nyitott ügyek (F7)</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Új ügy</translation>
    </message>
    <message>
        <source>The case was not opened: %1</source>
        <translation>Az ügyet nem sikerült megnyitni: %1</translation>
    </message>
    <message>
        <source>Case %1 opened.</source>
        <translation>Ügy megnyitva: %1.</translation>
    </message>
    <message>
        <source>Practice %1</source>
        <translation>Gyakorlás: %1</translation>
    </message>
    <message>
        <source>Practice started: %1. It is never counted in the figures.</source>
        <translation>Gyakorlás elindítva: %1. Sosem számít bele az értékekbe.</translation>
    </message>
    <message>
        <source>Could not read the case list: %1</source>
        <translation>Nem sikerült beolvasni az ügyek listáját: %1</translation>
    </message>
    <message>
        <source>Follow-ups: %1 due today, %2 overdue (F9)</source>
        <translation>Utánkövetések: ma %1 esedékes, %2 lejárt (F9)</translation>
    </message>
    <message>
        <source>Could not autosave the typed text: %1</source>
        <translation>A begépelt szöveget nem sikerült automatikusan menteni: %1</translation>
    </message>
    <message>
        <source>Welcome back. %1 and %2 were kept when you last worked at this desk. Restore them?</source>
        <translation>Üdv újra! Amikor legutóbb ennél a pultnál dolgozott, %1 és %2 maradt meg. Visszaállítja őket?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Visszaállítás</translation>
    </message>
    <message>
        <source>Discard the text</source>
        <translation>Szöveg elvetése</translation>
    </message>
    <message>
        <source>Restored the open cases and the typed text.</source>
        <translation>A nyitott ügyek és a begépelt szöveg visszaállítva.</translation>
    </message>
    <message>
        <source>The case log is empty. Load %1 realistic demo cases to explore the desk, the log and the dashboard? You can also start with your first real customer.</source>
        <translation>Az ügynapló üres. Betölt %1 életszerű bemutató ügyet, hogy kipróbálja a pultot, a naplót és az irányítópultot? Az első valódi ügyféllel is kezdhet.</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Bemutató adatok betöltése</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Kezdés üresen</translation>
    </message>
    <message>
        <source>Loading demo cases… the desk stays usable.</source>
        <translation>Bemutató ügyek betöltése… A pult közben is használható.</translation>
    </message>
    <message>
        <source>Loaded %1 demo cases.</source>
        <translation>%1 bemutató ügy betöltve.</translation>
    </message>
    <message>
        <source>Demo data could not be loaded: %1</source>
        <translation>A bemutató adatokat nem sikerült betölteni: %1</translation>
    </message>
</context>
<context>
    <name>DesksSection</name>
    <message>
        <source>Trust a desk</source>
        <translation>Pult megbízhatóvá tétele</translation>
    </message>
    <message>
        <source>Desks</source>
        <translation>Pultok</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Pult</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Kulcs ujjlenyomata</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <source>Trusted by</source>
        <translation>Megbízhatónak jelölte</translation>
    </message>
    <message>
        <source>Known desks and their keys</source>
        <translation>Ismert pultok és kulcsaik</translation>
    </message>
    <message>
        <source>Desk id to trust</source>
        <translation>A megbízhatóvá tenni kívánt pult azonosítója</translation>
    </message>
    <message>
        <source>e.g. RIGA-2</source>
        <translation>pl. RIGA-2</translation>
    </message>
    <message>
        <source>Its key fingerprint</source>
        <translation>A kulcsának ujjlenyomata</translation>
    </message>
    <message>
        <source>as that desk shows it (recovery-desk desks identity)</source>
        <translation>ahogy az a pult mutatja (recovery-desk desks identity)</translation>
    </message>
    <message>
        <source>Desk id:</source>
        <translation>Pultazonosító:</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>Kulcs ujjlenyomata:</translation>
    </message>
    <message>
        <source>Trust this desk…</source>
        <translation>Pult megbízhatóvá tétele…</translation>
    </message>
    <message>
        <source>This case log is a server, not a desk: it has no key of its own.</source>
        <translation>Ez az ügynapló egy szerver, nem pult: nincs saját kulcsa.</translation>
    </message>
    <message>
        <source>This desk is %1; its key fingerprint is %2. Other desks compare this with what they are asked to trust.</source>
        <translation>Ez a pult: %1; kulcsának ujjlenyomata: %2. A többi pult ezzel veti össze, amit megbízhatónak kell jelölnie.</translation>
    </message>
    <message>
        <source>Held aside, not applied: %1 bundle(s) from desks not trusted here (%2).</source>
        <translation>Félretéve, nem alkalmazva: %1 csomag itt nem megbízható pultoktól (%2).</translation>
    </message>
    <message>
        <source>That is not a key fingerprint: it has 32 hex digits (0–9, a–f), in groups of four.</source>
        <translation>Ez nem kulcsujjlenyomat: 32 hexadecimális jegyből áll (0–9, a–f), négyes csoportokban.</translation>
    </message>
    <message>
        <source>Nothing is held aside.</source>
        <translation>Nincs félretett csomag.</translation>
    </message>
    <message>
        <source>this desk</source>
        <translation>ez a pult</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>megbízható</translation>
    </message>
    <message>
        <source>not trusted: its events are held aside</source>
        <translation>nem megbízható: eseményei félre vannak téve</translation>
    </message>
    <message>
        <source>replaced by a newer key</source>
        <translation>újabb kulcs váltotta fel</translation>
    </message>
    <message>
        <source>trusted; nothing received from it yet</source>
        <translation>megbízható; tőle még semmi nem érkezett</translation>
    </message>
    <message>
        <source>Type the desk id and the key fingerprint that desk shows.</source>
        <translation>Írja be a pult azonosítóját és azt a kulcsujjlenyomatot, amelyet az a pult mutat.</translation>
    </message>
    <message>
        <source>Trust desk %1 with the key %2? Do this only after comparing the fingerprint with what that desk shows, by phone or in person. Its events will then apply here.</source>
        <translation>Megbízhatónak jelöli a(z) %1 pultot a(z) %2 kulccsal? Csak akkor tegye, ha telefonon vagy személyesen összevetette az ujjlenyomatot azzal, amit az a pult mutat. Ezután az eseményei itt is érvényesek lesznek.</translation>
    </message>
    <message>
        <source>Desk %1 is trusted. Its held events apply at the next sync.</source>
        <translation>A(z) %1 pult megbízható. Félretett eseményei a következő szinkronizáláskor érvényesülnek.</translation>
    </message>
    <message>
        <source>Desk %1 is trusted. Its events apply once they arrive.</source>
        <translation>A(z) %1 pult megbízható. Eseményei beérkezésükkor érvényesülnek.</translation>
    </message>
    <message>
        <source>%1 is not a desk id: letters, digits, - and _ only.</source>
        <translation>A(z) %1 nem pultazonosító: csak betűk, számjegyek, - és _ lehetnek benne.</translation>
    </message>
    <message>
        <source>%1 is this desk itself.</source>
        <translation>A(z) %1 maga ez a pult.</translation>
    </message>
    <message>
        <source>Desk %1 already has a trusted key. If it really has a new one, an administrator replaces it with recovery-desk desks trust %1 FINGERPRINT --replace.</source>
        <translation>A(z) %1 pultnak már van megbízható kulcsa. Ha valóban újat kapott, a rendszergazda ezzel cseréli le: recovery-desk desks trust %1 FINGERPRINT --replace.</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>An offer was made before listening ended.</source>
        <translation>Ajánlat hangzott el, mielőtt a meghallgatás véget ért.</translation>
    </message>
    <message>
        <source>Nothing recorded for this in the run.</source>
        <translation>A futásban nincs erre vonatkozó bejegyzés.</translation>
    </message>
</context>
<context>
    <name>FeedbackButton</name>
    <message>
        <source>Coaching notes and reviews of your own cases</source>
        <translation>Coaching-jegyzetek és értékelések a saját ügyeiről</translation>
    </message>
    <message numerus="yes">
        <source>Feedback: %n new</source>
        <translation>
            <numerusform>Visszajelzés: %n új</numerusform>
        </translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Visszajelzés</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Feedback on your cases</source>
        <translation>Visszajelzések az Ön ügyeiről</translation>
    </message>
    <message>
        <source>Coaching notes and reviews of your own cases, newest first. Read one, then press Ctrl+Enter to acknowledge it.</source>
        <translation>Coaching-jegyzetek és értékelések a saját ügyeiről, a legújabb elöl. Olvassa el, majd a Ctrl+Enter billentyűkkel nyugtázza.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Mikor</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ügy</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Írta</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Fajta</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pontszám</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Visszajelzés</translation>
    </message>
    <message>
        <source>No coaching notes or reviews of your cases yet.</source>
        <translation>Az Ön ügyeiről még nincs coaching-jegyzet vagy értékelés.</translation>
    </message>
    <message>
        <source>Acknowledge (Ctrl+Enter)</source>
        <translation>Nyugtázás (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Coaching note</source>
        <translation>Coaching-jegyzet</translation>
    </message>
    <message>
        <source>Practice review</source>
        <translation>Gyakorlás értékelése</translation>
    </message>
    <message>
        <source>Quality review</source>
        <translation>Minőségellenőrzés</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Nyugtázva</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Új</translation>
    </message>
    <message>
        <source>From %1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Score: %1 of 5</source>
        <translation>Pontszám: %1 / 5</translation>
    </message>
</context>
<context>
    <name>FieldsBox</name>
    <message>
        <source>Capture</source>
        <translation>Adatrögzítés</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Any</source>
        <translation>Bármelyik</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Keresés a naplóban</translation>
    </message>
    <message>
        <source>Reference, customer, phone, e-mail or words (Ctrl+F)</source>
        <translation>Ügyszám, ügyfél, telefon, e-mail vagy szavak (Ctrl+F)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Időszak</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Bármikor</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Ma</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Utolsó 7 nap</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Utolsó 30 nap</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Utolsó 90 nap</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>Ettől – eddig</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Kezdő dátum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Záró dátum</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Szűrők törlése</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Pult</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Ügyintéző</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Csatorna</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategória</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Súlyosság</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Forgatókönyv</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mód</translation>
    </message>
    <message>
        <source>scripted</source>
        <translation>kötött</translation>
    </message>
    <message>
        <source>natural</source>
        <translation>természetes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Eredmény</translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation>Figyelőlista</translation>
    </message>
    <message>
        <source>on the watchlist</source>
        <translation>figyelőlistán</translation>
    </message>
    <message>
        <source>not on it</source>
        <translation>nincs rajta</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eszkaláció</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>eszkalálva</translation>
    </message>
    <message>
        <source>not escalated</source>
        <translation>nem eszkalálva</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>Lejárt utánkövetés</translation>
    </message>
    <message>
        <source>Include training cases</source>
        <translation>Gyakorló ügyekkel együtt</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Create the administrator – Recovery Desk</source>
        <translation>Adminisztrátor létrehozása – Recovery Desk</translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation>Adminisztrátor létrehozása</translation>
    </message>
    <message>
        <source>This case log has no account that can sign in yet. Create the administrator now; the administrator then adds the agents, supervisors and trainers.</source>
        <translation>Ebben az ügynaplóban még nincs olyan fiók, amellyel be lehetne jelentkezni. Hozza létre most az adminisztrátort; ezután ő veszi fel az ügyintézőket, a vezetőket és az oktatókat.</translation>
    </message>
    <message>
        <source>Administrator&apos;s name</source>
        <translation>Az adminisztrátor neve</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Jelszó</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Legalább %1 karakter</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Jelszó újra</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Név:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Jelszó:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Jelszó újra:</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Létrehozás és bejelentkezés</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same one twice.</source>
        <translation>A két jelszó eltér. Kétszer ugyanazt írja be.</translation>
    </message>
    <message>
        <source>Choose a name (1 to 200 characters) and a password of at least %1 characters.</source>
        <translation>Adjon meg egy nevet (1–200 karakter) és egy legalább %1 karakteres jelszót.</translation>
    </message>
</context>
<context>
    <name>Flow</name>
    <message>
        <source>Write down the complaint in the customer&apos;s own words first.</source>
        <translation>Először írja le a panaszt az ügyfél saját szavaival.</translation>
    </message>
    <message>
        <source>Unknown mode “%1”; use scripted or natural.</source>
        <translation>Ismeretlen beszédmód: “%1”. Válassza a kötött vagy a természetes módot.</translation>
    </message>
    <message>
        <source>Choose or create the customer first.</source>
        <translation>Először válassza ki vagy hozza létre az ügyfelet.</translation>
    </message>
    <message>
        <source>This case is not in the guided flow any more.</source>
        <translation>Ez az ügy már nincs az irányított folyamatban.</translation>
    </message>
    <message>
        <source>The stage “%1” has no checklist item “%2”.</source>
        <translation>A(z) “%1” lépés ellenőrzőlistáján nincs “%2” tétel.</translation>
    </message>
    <message>
        <source>The stage “%1” has no field “%2”.</source>
        <translation>A(z) “%1” lépésben nincs “%2” mező.</translation>
    </message>
    <message>
        <source>%1: choose one of %2.</source>
        <translation>%1: válasszon a következők közül: %2.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number.</source>
        <translation>%1: a megadott érték (“%2”) nem szám.</translation>
    </message>
    <message>
        <source>Offer a resolution from the catalogue.</source>
        <translation>Ajánljon fel egy megoldást a katalógusból.</translation>
    </message>
    <message>
        <source>The resolution waits for a supervisor&apos;s approval.</source>
        <translation>A megoldás vezetői jóváhagyásra vár.</translation>
    </message>
    <message>
        <source>Record the customer&apos;s satisfaction.</source>
        <translation>Rögzítse az ügyfél elégedettségét.</translation>
    </message>
    <message>
        <source>This stage cannot be skipped in this playbook.</source>
        <translation>Ebben a forgatókönyvben ez a lépés nem hagyható ki.</translation>
    </message>
    <message>
        <source>Say why you skip this stage.</source>
        <translation>Adja meg, miért hagyja ki ezt a lépést.</translation>
    </message>
    <message>
        <source>This is the first stage.</source>
        <translation>Ez az első lépés.</translation>
    </message>
    <message>
        <source>Offer a resolution in the resolution stage.</source>
        <translation>A megoldást a megoldási lépésben ajánlja fel.</translation>
    </message>
    <message>
        <source>A supervisor has not decided on the current offer yet.</source>
        <translation>A vezető még nem döntött az aktuális ajánlatról.</translation>
    </message>
    <message>
        <source>“%1” is not in this playbook&apos;s resolution catalogue.</source>
        <translation>A(z) “%1” nem szerepel a forgatókönyv megoldáskatalógusában.</translation>
    </message>
    <message>
        <source>Choose the currency of the amount.</source>
        <translation>Válassza ki az összeg pénznemét.</translation>
    </message>
    <message>
        <source>Agree a deadline with the customer.</source>
        <translation>Egyeztessen határidőt az ügyféllel.</translation>
    </message>
    <message>
        <source>The promised deadline is in the past.</source>
        <translation>A vállalt határidő már elmúlt.</translation>
    </message>
    <message>
        <source>%1 needs the time as well as the date.</source>
        <translation>A(z) %1 dátuma mellé az időpont is kell.</translation>
    </message>
    <message>
        <source>%1 is in the offer twice; offer it once.</source>
        <translation>A(z) %1 kétszer szerepel az ajánlatban; egyszer ajánlja.</translation>
    </message>
    <message>
        <source>This promise is already marked done or is no longer part of the offer.</source>
        <translation>Ez az ígéret már teljesítettként van jelölve, vagy már nem része az ajánlatnak.</translation>
    </message>
    <message>
        <source>Nothing on this case waits for approval.</source>
        <translation>Ebben az ügyben semmi sem vár jóváhagyásra.</translation>
    </message>
    <message>
        <source>Only a supervisor can approve this resolution.</source>
        <translation>Ezt a megoldást csak vezető hagyhatja jóvá.</translation>
    </message>
    <message>
        <source>Only a supervisor can decline this resolution.</source>
        <translation>Ezt a megoldást csak vezető utasíthatja el.</translation>
    </message>
    <message>
        <source>Say why the offer is declined, so the agent can offer another.</source>
        <translation>Adja meg, miért utasítja el az ajánlatot, hogy az ügyintéző másikat ajánlhasson fel.</translation>
    </message>
    <message>
        <source>Ask about satisfaction in the confirmation stage.</source>
        <translation>Az elégedettségről a megerősítési lépésben kérdezzen.</translation>
    </message>
    <message>
        <source>Agree a resolution before asking about satisfaction.</source>
        <translation>Mielőtt az elégedettségről kérdez, állapodjon meg egy megoldásban.</translation>
    </message>
    <message>
        <source>Say whether the customer accepted the resolution: yes, partly or no.</source>
        <translation>Adja meg, hogy az ügyfél elfogadta-e a megoldást: igen, részben vagy nem.</translation>
    </message>
    <message>
        <source>Say whether the customer accepted verbally or in writing.</source>
        <translation>Adja meg, hogy az ügyfél szóban vagy írásban fogadta-e el a megoldást.</translation>
    </message>
    <message>
        <source>The satisfaction score (CSAT) must be %1 to %2.</source>
        <translation>Az elégedettségi pontszámnak (CSAT) %1 és %2 között kell lennie.</translation>
    </message>
    <message>
        <source>The likelihood to recommend must be %1 to %2.</source>
        <translation>Az ajánlási hajlandóságnak %1 és %2 között kell lennie.</translation>
    </message>
    <message>
        <source>The effort score must be %1 to %2.</source>
        <translation>Az erőfeszítési pontszámnak %1 és %2 között kell lennie.</translation>
    </message>
    <message>
        <source>Did the customer accept the resolution? Choose yes, partly or no.</source>
        <translation>Elfogadta az ügyfél a megoldást? Válasszon: igen, részben vagy nem.</translation>
    </message>
    <message>
        <source>How did the customer accept? Choose verbally or in writing.</source>
        <translation>Hogyan fogadta el az ügyfél? Válasszon: szóban vagy írásban.</translation>
    </message>
    <message>
        <source>Choose the satisfaction score (%1 to %2), or that the customer declined to answer or was not asked.</source>
        <translation>Válassza ki az elégedettségi pontszámot (%1–%2), vagy azt, hogy az ügyfél nem kívánt válaszolni, illetve nem kérdezték meg.</translation>
    </message>
    <message>
        <source>Choose the likelihood to recommend (%1 to %2), or that the customer declined to answer or was not asked.</source>
        <translation>Válassza ki az ajánlási hajlandóságot (%1–%2), vagy azt, hogy az ügyfél nem kívánt válaszolni, illetve nem kérdezték meg.</translation>
    </message>
    <message>
        <source>Choose the effort score (%1 to %2), or that the customer declined to answer or was not asked.</source>
        <translation>Válassza ki az erőfeszítési pontszámot (%1–%2), vagy azt, hogy az ügyfél nem kívánt válaszolni, illetve nem kérdezték meg.</translation>
    </message>
    <message>
        <source>A score without a value is either declined or not asked.</source>
        <translation>Az érték nélküli pontszám vagy elutasított válasz, vagy nem kérdezték meg.</translation>
    </message>
    <message>
        <source>This case has no follow-up waiting.</source>
        <translation>Ebben az ügyben nincs függőben lévő utánkövetés.</translation>
    </message>
    <message>
        <source>Only a case waiting for a follow-up can be closed as not recovered.</source>
        <translation>Rendezetlenként csak utánkövetésre váró ügy zárható le.</translation>
    </message>
    <message>
        <source>Say why the case is closed without a satisfied customer.</source>
        <translation>Adja meg, miért zárja le az ügyet úgy, hogy az ügyfél nem elégedett.</translation>
    </message>
    <message>
        <source>This case is already closed.</source>
        <translation>Ez az ügy már le van zárva.</translation>
    </message>
    <message>
        <source>Say why the case is withdrawn.</source>
        <translation>Adja meg, miért vonja vissza az ügyet.</translation>
    </message>
    <message>
        <source>Nothing was changed: correct the name, phone, e-mail or customer number first.</source>
        <translation>Semmi sem változott: előbb javítsa a nevet, a telefonszámot, az e-mail-címet vagy az ügyfélszámot.</translation>
    </message>
    <message>
        <source>Say why the contact details are corrected.</source>
        <translation>Írja le, miért javítja az elérhetőségeket.</translation>
    </message>
    <message>
        <source>This customer&apos;s personal data was erased; it cannot be corrected.</source>
        <translation>Ennek az ügyfélnek a személyes adatait törölték; nem javíthatók.</translation>
    </message>
    <message>
        <source>Only practice cases are reviewed this way.</source>
        <translation>Így csak gyakorló ügyek értékelhetők.</translation>
    </message>
    <message>
        <source>Unknown rubric items: %1.</source>
        <translation>Ismeretlen értékelési szempontok: %1.</translation>
    </message>
    <message>
        <source>The score must be 1 to 5.</source>
        <translation>A pontszámnak 1 és 5 között kell lennie.</translation>
    </message>
    <message>
        <source>Only finished cases are checked for quality; this one is still open.</source>
        <translation>Minőségellenőrzésre csak lezárt ügy kerülhet; ez még nyitott.</translation>
    </message>
    <message>
        <source>Practice runs are reviewed on the Training page, not as quality checks.</source>
        <translation>A gyakorlófutásokat a Képzés oldalon kell értékelni, nem minőségellenőrzésként.</translation>
    </message>
    <message>
        <source>There is no sampling rule “%1”.</source>
        <translation>Nincs „%1” nevű mintavételi szabály.</translation>
    </message>
    <message>
        <source>Only the agent who ran the case acknowledges its feedback.</source>
        <translation>A visszajelzést csak az ügyet intéző munkatárs nyugtázhatja.</translation>
    </message>
    <message>
        <source>This feedback is no longer on the case.</source>
        <translation>Ez a visszajelzés már nincs az ügyön.</translation>
    </message>
    <message>
        <source>No case with id %1 in this log.</source>
        <translation>Ebben a naplóban nincs %1 azonosítójú ügy.</translation>
    </message>
    <message>
        <source>No case with id %1 in this log. Refresh the list; the case may have been removed by a restore.</source>
        <translation>Ebben a naplóban nincs %1 azonosítójú ügy. Frissítse a listát; lehet, hogy egy visszaállítás eltávolította az ügyet.</translation>
    </message>
    <message>
        <source>The playbook “%1” of this case is not available on this desk; install it to continue the case.</source>
        <translation>Az ügy forgatókönyve (“%1”) nem érhető el ezen a pulton; az ügy folytatásához telepítse.</translation>
    </message>
    <message>
        <source>Choose the channel of the complaint.</source>
        <translation>Válassza ki a panasz csatornáját.</translation>
    </message>
    <message>
        <source>Choose the category of the complaint.</source>
        <translation>Válassza ki a panasz kategóriáját.</translation>
    </message>
    <message>
        <source>Choose the severity of the complaint.</source>
        <translation>Válassza ki a panasz súlyosságát.</translation>
    </message>
    <message>
        <source>Choose the %1 of the complaint.</source>
        <translation>Válassza ki a panasz ezen adatát: %1.</translation>
    </message>
    <message>
        <source>Only a closed case can be reopened.</source>
        <translation>Csak lezárt ügy nyitható újra.</translation>
    </message>
    <message>
        <source>Say why the case is reopened.</source>
        <translation>Adja meg, miért nyitja újra az ügyet.</translation>
    </message>
    <message>
        <source>Write the coaching note first.</source>
        <translation>Először írja meg a coaching-jegyzetet.</translation>
    </message>
    <message>
        <source>Say why this case is an example for training.</source>
        <translation>Adja meg, miért jó példa ez az ügy a képzéshez.</translation>
    </message>
    <message>
        <source>This case is not flagged for training.</source>
        <translation>Ez az ügy nincs képzéshez megjelölve.</translation>
    </message>
    <message>
        <source>Describe the root cause first.</source>
        <translation>Először írja le a kiváltó okot.</translation>
    </message>
    <message>
        <source>This case is closed; reopen it before planning a follow-up.</source>
        <translation>Ez az ügy le van zárva; utánkövetés tervezése előtt nyissa újra.</translation>
    </message>
    <message>
        <source>No follow-up is scheduled on this case.</source>
        <translation>Ebben az ügyben nincs ütemezett utánkövetés.</translation>
    </message>
    <message>
        <source>Choose who makes the follow-up.</source>
        <translation>Válassza ki, ki végzi az utánkövetést.</translation>
    </message>
    <message>
        <source>Give the new due time with its time zone.</source>
        <translation>Adja meg az új határidőt az időzónával együtt.</translation>
    </message>
    <message>
        <source>The new due time is in the past.</source>
        <translation>Az új határidő már elmúlt.</translation>
    </message>
    <message>
        <source>Tick “%1”.</source>
        <translation>Jelölje be: “%1”.</translation>
    </message>
    <message>
        <source>Fill in “%1”.</source>
        <translation>Töltse ki: “%1”.</translation>
    </message>
    <message>
        <source>%1 needs an amount above zero.</source>
        <translation>%1: adjon meg nullánál nagyobb összeget.</translation>
    </message>
    <message>
        <source>%1 is over your limit of %2; ask an administrator.</source>
        <translation>%1 meghaladja az Ön keretét (%2); forduljon egy adminisztrátorhoz.</translation>
    </message>
    <message>
        <source>There is no user “%1” on this log.</source>
        <translation>Ebben a naplóban nincs “%1” nevű felhasználó.</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>Reference</source>
        <translation>Ügyszám</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Ügyfél</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategória</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Határidő</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Elvégezve</translation>
    </message>
    <message>
        <source>Makes the call</source>
        <translation>Hívást végzi</translation>
    </message>
    <message>
        <source>Calls made</source>
        <translation>Elvégzett hívások</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Recommend</source>
        <translation>Ajánlás</translation>
    </message>
    <message>
        <source>(reassigned)</source>
        <translation>(átosztva)</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Megnyitva</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Eredmény</translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation>Figyelőlista</translation>
    </message>
</context>
<context>
    <name>FollowUpQueue</name>
    <message>
        <source>Overdue</source>
        <translation>Lejárt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Esedékes</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Elvégzett</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>Ügy megnyitása</translation>
    </message>
    <message>
        <source>Reassign follow-up…</source>
        <translation>Utánkövetés átosztása…</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Utánkövetések</translation>
    </message>
    <message>
        <source>Customer&apos;s history</source>
        <translation>Ügyfél-előzmények</translation>
    </message>
    <message>
        <source>No follow-up is overdue.</source>
        <translation>Nincs lejárt utánkövetés.</translation>
    </message>
    <message>
        <source>No follow-up is waiting.</source>
        <translation>Nincs függőben lévő utánkövetés.</translation>
    </message>
    <message>
        <source>No follow-up call has been made yet.</source>
        <translation>Még nem volt utánkövetési hívás.</translation>
    </message>
    <message>
        <source>Follow-ups past their due time, most overdue first.</source>
        <translation>Határidőn túli utánkövetések, a legrégebben lejárt elöl.</translation>
    </message>
    <message>
        <source>Follow-ups still to make, soonest first.</source>
        <translation>Még elvégzendő utánkövetések, a legkorábbi határidejű elöl.</translation>
    </message>
    <message>
        <source>Follow-up calls made, latest first.</source>
        <translation>Elvégzett utánkövetési hívások, a legutóbbi elöl.</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>%1 előzményei</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>What to say</source>
        <translation>Mit mondjon</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Fő szempontok</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Ajánlott</translation>
    </message>
    <message>
        <source>Don&apos;t</source>
        <translation>Kerülendő</translation>
    </message>
    <message>
        <source>You could say</source>
        <translation>Mondhatja például</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Utánkövetés</translation>
    </message>
    <message>
        <source>Call or write to the customer, ask whether the problem is fully solved now, and record their answers. Due: %1</source>
        <translation>Hívja fel az ügyfelet vagy írjon neki, kérdezze meg, hogy a probléma most már teljesen megoldódott-e, és rögzítse a válaszait. Határidő: %1</translation>
    </message>
    <message>
        <source>This case is closed.</source>
        <translation>Ez az ügy lezárult.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import past complaints</source>
        <extracomment>How the presets are named for people.</extracomment>
        <translation>Korábbi panaszok importálása</translation>
    </message>
    <message>
        <source>The CSV export of your old helpdesk</source>
        <translation>A korábbi ügyfélszolgálati rendszer CSV-exportja</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Tallózás…</translation>
    </message>
    <message>
        <source>Support tickets (generic layout)</source>
        <translation>Ügyfélszolgálati jegyek (általános elrendezés)</translation>
    </message>
    <message>
        <source>My own mapping file…</source>
        <translation>Saját megfeleltetési fájl…</translation>
    </message>
    <message>
        <source>MAPPING.toml (see docs/csv-import.md)</source>
        <translation>MAPPING.toml (lásd: docs/csv-import.md)</translation>
    </message>
    <message>
        <source>Import the good rows and write the others, with the reason, to a rejects file</source>
        <translation>A hibátlan sorok importálása, a többi sor az okával együtt elutasítási fájlba kerül</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fájl:</translation>
    </message>
    <message>
        <source>&amp;Exported from:</source>
        <translation>&amp;Forrásrendszer:</translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation>&amp;Megfeleltetés:</translation>
    </message>
    <message>
        <source>Choose a file, then check it: nothing is written until you import.</source>
        <translation>Válasszon fájlt, majd ellenőrizze: az importálásig semmi sem kerül a naplóba.</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importálási jelentés</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Ellenőrzés</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importálás</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
    <message>
        <source>Choose the export</source>
        <translation>Az export kiválasztása</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-fájlok (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Choose the mapping</source>
        <translation>A megfeleltetés kiválasztása</translation>
    </message>
    <message>
        <source>Mappings (*.toml)</source>
        <translation>Megfeleltetések (*.toml)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>A fájl beolvasása…</translation>
    </message>
    <message>
        <source>Checking every row… %1 of %2 MB</source>
        <translation>Minden sor ellenőrzése… %1 / %2 MB</translation>
    </message>
    <message>
        <source>Importing… %1 of %2 MB</source>
        <translation>Importálás… %1 / %2 MB</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Az importálást megszakította; semmi sem lett importálva.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Semmi sem lett importálva: %1</translation>
    </message>
    <message>
        <source>Checked %1 rows: all %2 can be imported. Read the report below, then press Import.</source>
        <translation>%1 sor ellenőrizve: mind a(z) %2 importálható. Olvassa el az alábbi jelentést, majd nyomja meg az Importálás gombot.</translation>
    </message>
    <message>
        <source>Checked %1 rows: %2 can be imported; %3 will be written to a rejects file with the reason.</source>
        <translation>%1 sor ellenőrizve: %2 importálható, %3 az okával együtt az elutasítási fájlba kerül.</translation>
    </message>
    <message>
        <source>Checked %1 rows: %3 cannot be imported (listed below). Fix the file or the mapping, or import only the good rows.</source>
        <translation>%1 sor ellenőrizve: %3 nem importálható (lásd lent). Javítsa a fájlt vagy a megfeleltetést, vagy csak a hibátlan sorokat importálja.</translation>
    </message>
    <message>
        <source>Imported %1 cases.</source>
        <translation>%1 ügy importálva.</translation>
    </message>
    <message>
        <source>%1 rows were skipped; they are in %2 with the reason.</source>
        <translation>%1 sor kimaradt; az okukkal együtt itt vannak: %2.</translation>
    </message>
</context>
<context>
    <name>KpiText</name>
    <message>
        <source>Complaints</source>
        <translation>Panaszok</translation>
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
        <translation>Ügyfél-erőfeszítés (CES)</translation>
    </message>
    <message>
        <source>Resolution accepted</source>
        <translation>Elfogadott megoldás</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>Első kapcsolatra megoldott</translation>
    </message>
    <message>
        <source>First response, median</source>
        <translation>Első reakció, medián</translation>
    </message>
    <message>
        <source>First response, 90th percentile</source>
        <translation>Első reakció, 90. percentilis</translation>
    </message>
    <message>
        <source>Time to resolution, median</source>
        <translation>Megoldási idő, medián</translation>
    </message>
    <message>
        <source>Time to resolution, 90th percentile</source>
        <translation>Megoldási idő, 90. percentilis</translation>
    </message>
    <message>
        <source>Cost per resolution</source>
        <translation>Megoldásonkénti költség</translation>
    </message>
    <message>
        <source>Recovery rate</source>
        <translation>Rendezési arány</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Ismeretlen kimenetel</translation>
    </message>
    <message>
        <source>On the watchlist</source>
        <translation>Figyelőlistán</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Lejárt utánkövetések</translation>
    </message>
    <message>
        <source>Acknowledged on time</source>
        <translation>Határidőre visszaigazolva</translation>
    </message>
    <message>
        <source>Final response on time</source>
        <translation>Végleges válasz határidőre</translation>
    </message>
    <message>
        <source>Complaints opened in the period and scope (practice cases never count).</source>
        <translation>Az időszakban és a hatókörben megnyitott panaszok (a gyakorló ügyek sosem számítanak bele).</translation>
    </message>
    <message>
        <source>Share of satisfaction answers of 4 or 5 on the 1–5 scale, among the cases with an answer (the latest answer of each case).</source>
        <translation>Az 1–5-ös skálán adott 4-es vagy 5-ös elégedettségi válaszok aránya a választ adó ügyek között (ügyenként a legutóbbi válasz számít).</translation>
    </message>
    <message>
        <source>Net promoter score: per cent promoters (9–10) minus per cent detractors (0–6) among the cases that answered how likely they are to recommend (0–10); from −100 to +100.</source>
        <translation>Nettó ajánlási érték: az ajánlók (9–10) százalékos aránya mínusz a kritikusok (0–6) százalékos aránya azon ügyek között, amelyekben az ügyfél megválaszolta, mennyire valószínű, hogy ajánlana minket (0–10); −100 és +100 között.</translation>
    </message>
    <message>
        <source>Customer effort score: the mean agreement (1–7, higher is easier) that the issue was easy to handle, among the cases that answered the effort question.</source>
        <translation>Ügyfél-erőfeszítési mutató: az átlagos egyetértés (1–7, a magasabb érték könnyebbet jelent) azzal, hogy az ügy intézése könnyű volt, azon ügyek között, amelyekben megválaszolták az erőfeszítésre vonatkozó kérdést.</translation>
    </message>
    <message>
        <source>Share of cases whose customer accepted the resolution fully, among all cases with an answer; &quot;partly&quot; counts as not accepted (it puts the customer on the watchlist).</source>
        <translation>Azon ügyek aránya, amelyekben az ügyfél teljesen elfogadta a megoldást, az összes választ adó ügy között; a “részben” válasz nem elfogadásnak számít (ilyenkor az ügyfél figyelőlistára kerül).</translation>
    </message>
    <message>
        <source>Share of closed cases with a known outcome that were closed as recovered with no follow-up contact at all. Cases closed with outcome unknown are counted apart.</source>
        <translation>Az ismert kimenetelű lezárt ügyek közül azok aránya, amelyeket rendezettként zártak le, utólagos megkeresés nélkül. Az ismeretlen kimenetellel lezárt ügyeket külön számoljuk.</translation>
    </message>
    <message>
        <source>Share of closed cases with a known outcome that were closed with a satisfied customer. Cases closed with outcome unknown are counted apart; withdrawn cases are not closed.</source>
        <translation>Az ismert kimenetelű lezárt ügyek közül azok aránya, amelyeket elégedett ügyféllel zártak le. Az ismeretlen kimenetellel lezárt ügyeket külön számoljuk; a visszavont ügyek nem számítanak lezártnak.</translation>
    </message>
    <message>
        <source>Closed cases where nobody knows whether the customer was satisfied (history imported without satisfaction answers, or a customer who would not say). They are left out of the recovery rate and first-contact resolution, never counted as not recovered.</source>
        <translation>Lezárt ügyek, amelyeknél nem tudni, elégedett volt-e az ügyfél (elégedettségi válasz nélkül importált előzmények, vagy az ügyfél nem nyilatkozott). A rendezési arányba és az első kapcsolatra megoldottak közé nem számítanak bele, és rendezetlennek sem számítanak.</translation>
    </message>
    <message>
        <source>From opening the case to the end of its first acknowledge, apologize or control stage: half of the cases were faster.</source>
        <translation>Az ügy megnyitásától az első elismerési, bocsánatkérési vagy kontroll-lépés végéig: az ügyek fele ennél gyorsabb volt.</translation>
    </message>
    <message>
        <source>9 in 10 acknowledged cases were acknowledged within this time, counted from opening.</source>
        <translation>Az elismert ügyek közül 10-ből 9-ben az elismerés ennyi időn belül megtörtént, a megnyitástól számítva.</translation>
    </message>
    <message>
        <source>From opening the case to the customer first accepting the resolution fully: half of the resolved cases were faster.</source>
        <translation>Az ügy megnyitásától addig, amíg az ügyfél először teljesen elfogadja a megoldást: a megoldott ügyek fele ennél gyorsabb volt.</translation>
    </message>
    <message>
        <source>9 in 10 resolved cases were resolved within this time, counted from opening.</source>
        <translation>A megoldott ügyek közül 10-ből 9 ennyi időn belül megoldódott, a megnyitástól számítva.</translation>
    </message>
    <message>
        <source>Total redress given on cases closed as recovered, divided by the number of those cases (cases resolved without money count as zero). One figure per currency, never converted.</source>
        <translation>A rendezettként lezárt ügyekben nyújtott teljes kompenzáció osztva ezen ügyek számával (a pénz nélkül megoldott ügyek nullának számítanak). Pénznemenként egy érték, átváltás nélkül.</translation>
    </message>
    <message>
        <source>Customers in scope who are not fully satisfied yet (on the watchlist now).</source>
        <translation>A hatókörbe tartozó ügyfelek, akik még nem teljesen elégedettek (jelenleg a figyelőlistán vannak).</translation>
    </message>
    <message>
        <source>Follow-ups due before now and not done.</source>
        <translation>A már esedékes, de még el nem végzett utánkövetések.</translation>
    </message>
    <message>
        <source>Share of complaints under a clock rule pack acknowledged by their deadline, among those whose acknowledgement is decided (sent, or its deadline passed). One resolved in time with a summary resolution is not counted. The Register and the report use the same definition.</source>
        <translation>Határidő-szabálycsomag alá tartozó panaszok közül azok aránya, amelyek beérkezését határidőre visszaigazolták, azok között, amelyeknél ez már eldőlt (a visszaigazolás elment, vagy a határidő lejárt). Az időben, összefoglaló lezárással rendezett panasz nem számít bele. A Nyilvántartás és a jelentés ugyanígy számol.</translation>
    </message>
    <message>
        <source>Share of complaints under a clock rule pack given their final response (or a holding response) by its deadline, among those whose final response is decided (sent, or its deadline passed). One resolved in time with a summary resolution is not counted. The Register and the report use the same definition.</source>
        <translation>Határidő-szabálycsomag alá tartozó panaszok közül azok aránya, amelyekre a végleges válasz (vagy a késést magyarázó levél) határidőre elment, azok között, amelyeknél ez már eldőlt (a válasz elment, vagy a határidő lejárt). Az időben, összefoglaló lezárással rendezett panasz nem számít bele. A Nyilvántartás és a jelentés ugyanígy számol.</translation>
    </message>
    <message>
        <source>Based on %1 cases.</source>
        <translation>%1 ügy alapján.</translation>
    </message>
    <message>
        <source>Unknown: the customer declined to answer or was not asked; left out of the figure.</source>
        <translation>Ismeretlen: az ügyfél nem kívánt válaszolni, vagy nem kérdezték meg; a mutató nem számol vele.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 mp</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 perc</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 óra</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 nap</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nincs)</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importált</translation>
    </message>
    <message>
        <source>Scripted</source>
        <translation>Kötött</translation>
    </message>
    <message>
        <source>Natural</source>
        <translation>Természetes</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Pult</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Ügyintéző</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Csatorna</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategória</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Forgatókönyv</translation>
    </message>
    <message>
        <source>Scripted vs natural</source>
        <translation>Kötött vs. természetes</translation>
    </message>
</context>
<context>
    <name>LetterPreview</name>
    <message>
        <source>Letter for %1</source>
        <translation>Levél: %1</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Fajta</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>&amp;Nyelv</translation>
    </message>
    <message>
        <source>— choose the decision —</source>
        <translation>— válassza ki a döntést —</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Döntés</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Tárgy</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Tárgy</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>A levél szövege</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Mentés &amp;PDF-be…</translation>
    </message>
    <message>
        <source>&amp;E-mail draft…</source>
        <translation>&amp;E-mail piszkozat…</translation>
    </message>
    <message>
        <source>&amp;Record as sent</source>
        <translation>&amp;Elküldöttként rögzít</translation>
    </message>
    <message>
        <source>Write the parts in [[ ]] before sending: %1</source>
        <translation>Küldés előtt írja meg a [[ ]] közötti részeket: %1</translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation>A levél mentése PDF-be</translation>
    </message>
    <message>
        <source>Save the e-mail draft</source>
        <translation>Az e-mail piszkozat mentése</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Recovery log</source>
        <translation>Panaszkezelési napló</translation>
    </message>
    <message>
        <source>Export this view…</source>
        <translation>Nézet exportálása…</translation>
    </message>
    <message>
        <source>The cases of the current filter, as CSV or Excel (Ctrl+Shift+E)</source>
        <translation>Az aktuális szűrő ügyei CSV- vagy Excel-fájlként (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Log views</source>
        <translation>Naplónézetek</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ügyek</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Szűrők törlése</translation>
    </message>
    <message>
        <source>Watchlist and follow-ups</source>
        <translation>Figyelőlista és utánkövetések</translation>
    </message>
    <message>
        <source>Could not count the cases: %1</source>
        <translation>Az ügyeket nem sikerült megszámolni: %1</translation>
    </message>
    <message>
        <source>descending</source>
        <translation>csökkenő</translation>
    </message>
    <message>
        <source>ascending</source>
        <translation>növekvő</translation>
    </message>
    <message>
        <source>Counting the cases…</source>
        <translation>Ügyek számlálása…</translation>
    </message>
    <message>
        <source>%1 cases in the log.</source>
        <translation>%1 ügy a naplóban.</translation>
    </message>
    <message>
        <source>%1 cases match the filters.</source>
        <translation>%1 ügy felel meg a szűrőknek.</translation>
    </message>
    <message>
        <source>%1 Sorted by %2, %3. Enter opens a case.</source>
        <translation>%1 Rendezés: %2, %3. Az Enter megnyitja az ügyet.</translation>
    </message>
    <message>
        <source>Customers and words are searched in this desk&apos;s cases and in cases still being worked; references in every case.</source>
        <translation>Az ügyfeleket és a szavakat ennek a pultnak az ügyeiben és a még folyamatban lévő ügyekben keressük; az ügyszámokat minden ügyben.</translation>
    </message>
    <message>
        <source>No case matches these filters.</source>
        <translation>Egy ügy sem felel meg ezeknek a szűrőknek.</translation>
    </message>
    <message>
        <source>The log is empty. Open a case on the Desk, or load demo data from the Desk page.</source>
        <translation>A napló üres. Nyisson meg egy ügyet a Pulton, vagy töltsön be bemutató adatokat a Pult oldalon.</translation>
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
        <translation>Pult</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Napló</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Irányítópult</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Képzés</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Nyilvántartás</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Beállítások</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigáció</translation>
    </message>
    <message>
        <source>Opening the case log…</source>
        <translation>Az ügynapló megnyitása…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fájl</translation>
    </message>
    <message>
        <source>Export cases…</source>
        <translation>Ügyek exportálása…</translation>
    </message>
    <message>
        <source>Export cases, pseudonymized…</source>
        <translation>Ügyek exportálása álnevesítve…</translation>
    </message>
    <message>
        <source>Import past complaints…</source>
        <translation>Korábbi panaszok importálása…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Szinkronizálás most</translation>
    </message>
    <message>
        <source>Switch user…</source>
        <translation>Felhasználóváltás…</translation>
    </message>
    <message>
        <source>My PIN…</source>
        <translation>Saját PIN-kód…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Kijelentkezés</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Kilépés</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ugrás</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>Ü&amp;gy</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Súgó</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Billentyűparancsok</translation>
    </message>
    <message>
        <source>About Recovery Desk</source>
        <translation>A Recovery Desk névjegye</translation>
    </message>
    <message>
        <source>Desk: %1</source>
        <translation>Pult: %1</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Bejelentkezve: %1 (%2)</translation>
    </message>
    <message>
        <source>Nobody is signed in</source>
        <translation>Senki sincs bejelentkezve</translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>Napló: %1</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation>Szinkronizálás: nincs beállítva</translation>
    </message>
    <message>
        <source>Sync: waiting for the first run</source>
        <translation>Szinkronizálás: az első futásra vár</translation>
    </message>
    <message>
        <source>Your PIN is set.</source>
        <translation>A PIN-kódja be van állítva.</translation>
    </message>
    <message>
        <source>Sync: running…</source>
        <translation>Szinkronizálás: folyamatban…</translation>
    </message>
    <message>
        <source>Sync: %1 ✓ · %2 waiting</source>
        <translation>Szinkronizálás: %1 ✓ · %2 várakozik</translation>
    </message>
    <message>
        <source>Sync: %1 · %2 waiting · not applied: %3</source>
        <translation>Szinkronizálás: %1 · %2 várakozik · nincs alkalmazva: %3</translation>
    </message>
    <message>
        <source>Sync: failed at %1, will retry</source>
        <translation>Szinkronizálás: %1-kor sikertelen, újra megpróbálja</translation>
    </message>
    <message>
        <source>Recovery Desk %1
Guided complaint recovery with an offline case log.</source>
        <translation>Recovery Desk %1
Irányított panaszkezelés offline ügynaplóval.</translation>
    </message>
</context>
<context>
    <name>NewCaseForm</name>
    <message>
        <source>Customer</source>
        <translation>Ügyfél</translation>
    </message>
    <message>
        <source>Find: name, phone, e-mail or customer number</source>
        <translation>Keresés: név, telefonszám, e-mail-cím vagy ügyfélszám</translation>
    </message>
    <message>
        <source>Find customer</source>
        <translation>Ügyfél keresése</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>Egyező ügyfelek</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Ügyfél neve</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Ügyfélszám</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Név:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Customer no.:</source>
        <translation>Ügyfélszám:</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Panasz</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Csatorna</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategória</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Súlyosság</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Forgatókönyv</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mód</translation>
    </message>
    <message>
        <source>Natural (own words)</source>
        <translation>Természetes (saját szavakkal)</translation>
    </message>
    <message>
        <source>Scripted (read lines)</source>
        <translation>Kötött (szöveg felolvasása)</translation>
    </message>
    <message>
        <source>The complaint in the customer&apos;s own words</source>
        <translation>A panasz az ügyfél saját szavaival</translation>
    </message>
    <message>
        <source>Write down what the customer says, in their words. Listen first; do not solve yet.</source>
        <translation>Írja le, amit az ügyfél mond, az ő szavaival. Először hallgassa meg, még ne keressen megoldást.</translation>
    </message>
    <message>
        <source>What the customer wants</source>
        <translation>Mit szeretne az ügyfél</translation>
    </message>
    <message>
        <source>What would put it right for them?</source>
        <translation>Mi hozná rendbe a helyzetet az ügyfél számára?</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Csatorna:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategória:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Súlyosság:</translation>
    </message>
    <message>
        <source>In their words:</source>
        <translation>Saját szavaival:</translation>
    </message>
    <message>
        <source>They want:</source>
        <translation>Kérése:</translation>
    </message>
    <message>
        <source>Playbook:</source>
        <translation>Forgatókönyv:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Mód:</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Ügy megnyitása</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Előzmények</translation>
    </message>
    <message>
        <source>Customer history</source>
        <translation>Ügyfél-előzmények</translation>
    </message>
    <message>
        <source>This customer is waiting for a follow-up: record it on their case instead of opening a new one.</source>
        <translation>Ez az ügyfél utánkövetésre vár: rögzítse az ügyén, ne nyisson újat.</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— válasszon —</translation>
    </message>
    <message>
        <source>Find a customer to see their earlier complaints and whether they are on the watchlist.</source>
        <translation>Keressen egy ügyfelet, hogy lássa a korábbi panaszait, és azt, hogy szerepel-e a figyelőlistán.</translation>
    </message>
    <message>
        <source>Returning customer: %1</source>
        <translation>Visszatérő ügyfél: %1</translation>
    </message>
    <message>
        <source>On the watchlist: this customer was not fully satisfied recently.</source>
        <translation>Figyelőlistán: ez az ügyfél a közelmúltban nem volt teljesen elégedett.</translation>
    </message>
    <message>
        <source>Record the follow-up now (%1)</source>
        <translation>Utánkövetés rögzítése most (%1)</translation>
    </message>
    <message>
        <source>Find the customer, or type at least a name, phone or e-mail.</source>
        <translation>Keresse meg az ügyfelet, vagy adjon meg legalább egy nevet, telefonszámot vagy e-mail-címet.</translation>
    </message>
    <message>
        <source>Write down the complaint in the customer&apos;s own words.</source>
        <translation>Írja le a panaszt az ügyfél saját szavaival.</translation>
    </message>
</context>
<context>
    <name>NotesBox</name>
    <message>
        <source>Notes</source>
        <translation>Jegyzetek</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Jegyzet</translation>
    </message>
    <message>
        <source>Type a note; it is kept even if the PC crashes. Ctrl+Shift+Enter adds it.</source>
        <translation>Írjon be egy jegyzetet; akkor is megmarad, ha a számítógép összeomlik. Hozzáadás: Ctrl+Shift+Enter.</translation>
    </message>
    <message>
        <source>Language hint</source>
        <translation>Nyelvi tanács</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Jegyzet hozzáadása</translation>
    </message>
    <message>
        <source>Notes and timeline</source>
        <translation>Jegyzetek és idővonal</translation>
    </message>
    <message>
        <source>Try: %1</source>
        <translation>Próbálja így: %1</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>recovered</source>
        <translation>rendezett</translation>
    </message>
    <message>
        <source>not recovered</source>
        <translation>rendezetlen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ismeretlen</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>visszavonva</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n nap</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n ügy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s)</source>
        <translation>
            <numerusform>%n nyitott ügy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier complaint(s)</source>
        <translation>
            <numerusform>%n korábbi panasz</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of typed text</source>
        <translation>
            <numerusform>%n begépelt szöveg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n ismeretlen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Promise</name>
    <message>
        <source>a resolution</source>
        <translation>egy megoldás</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>határidő: %1</translation>
    </message>
</context>
<context>
    <name>PromisesButton</name>
    <message>
        <source>Promises: %1 due today, %2 overdue (F10)</source>
        <translation>Ígéretek: %1 ma esedékes, %2 lejárt (F10)</translation>
    </message>
    <message>
        <source>Promises: could not be read (F10)</source>
        <translation>Ígéretek: nem olvashatók (F10)</translation>
    </message>
</context>
<context>
    <name>PromisesDialog</name>
    <message>
        <source>Promises due</source>
        <extracomment>red for overdue, amber for due today</extracomment>
        <translation>Esedékes ígéretek</translation>
    </message>
    <message>
        <source>What was promised by a date, until it is marked done, whether the customer was satisfied or not. Overdue first. Ctrl+D marks the selected promise done; Enter opens the case.</source>
        <translation>Amit határidőre ígértünk, amíg teljesítettnek nem jelölik, akár elégedett volt az ügyfél, akár nem. Elöl a lejártak. Ctrl+D teljesítettnek jelöli a kijelölt ígéretet; Enter megnyitja az ügyet.</translation>
    </message>
    <message>
        <source>Only mine (Ctrl+M)</source>
        <translation>Csak az enyéim (Ctrl+M)</translation>
    </message>
    <message>
        <source>Only the promises of cases that are yours (%1)</source>
        <translation>Csak az Önhöz tartozó ügyek ígéretei (%1)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Határidő</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Ügyfél</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>Elérhetőség</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Vállalva</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Elégedett</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Felelős</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Ügyszám</translation>
    </message>
    <message>
        <source>No promises of yours due this week; clear &quot;Only mine&quot; to see everyone&apos;s.</source>
        <translation>Ezen a héten nincs esedékes ígérete; a mindenki ígéreteihez kapcsolja ki a „Csak az enyéim” jelölőt.</translation>
    </message>
    <message>
        <source>No promises due this week.</source>
        <translation>Ezen a héten nincs esedékes ígéret.</translation>
    </message>
    <message>
        <source>Mark done (Ctrl+D)</source>
        <translation>Teljesítve (Ctrl+D)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Lejárt</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Ma esedékes</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Később</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(név nélkül)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>igen</translation>
    </message>
    <message>
        <source>no or not known</source>
        <translation>nem vagy nem ismert</translation>
    </message>
</context>
<context>
    <name>Quality</name>
    <message>
        <source>At random</source>
        <translation>Véletlenszerűen</translation>
    </message>
    <message>
        <source>Low CSAT (2 or less)</source>
        <translation>Alacsony CSAT (legfeljebb 2)</translation>
    </message>
    <message>
        <source>Escalated to a supervisor</source>
        <translation>Felettesnek eszkalált</translation>
    </message>
    <message>
        <source>A stage done in under 10 s</source>
        <translation>Egy szakasz 10 mp alatt</translation>
    </message>
    <message>
        <source>On the watchlist</source>
        <translation>Figyelőlistán</translation>
    </message>
</context>
<context>
    <name>QualityTab</name>
    <message>
        <source>Sampling rule</source>
        <translation>Mintavételi szabály</translation>
    </message>
    <message>
        <source>How many cases</source>
        <translation>Hány ügy</translation>
    </message>
    <message>
        <source>Sample finished cases</source>
        <translation>Lezárt ügyek mintavétele</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Szabály:</translation>
    </message>
    <message>
        <source>Cases:</source>
        <translation>Ügyek:</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ügy</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Ügyintéző</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Szabály</translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation>Mintába került</translation>
    </message>
    <message>
        <source>Scored by</source>
        <translation>Értékelte</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Értékelési sor</translation>
    </message>
    <message>
        <source>Reviews done</source>
        <translation>Értékelések száma</translation>
    </message>
    <message>
        <source>Scores over time</source>
        <translation>Pontszámok időrendben</translation>
    </message>
    <message>
        <source>Scores per agent</source>
        <translation>Pontszámok ügyintézőnként</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Pontszámok</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Eltérés</translation>
    </message>
    <message>
        <source>Judged apart</source>
        <translation>Eltérően ítélt szempontok</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Kalibráció</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Idővonal</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pontszám</translation>
    </message>
    <message>
        <source>(choose 1–5)</source>
        <translation>(válasszon 1–5)</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Megjegyzések</translation>
    </message>
    <message>
        <source>What to keep, what to change</source>
        <translation>Mit tartson meg, min változtasson</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Pontszám:</translation>
    </message>
    <message>
        <source>Save quality review</source>
        <translation>Minőségellenőrzés mentése</translation>
    </message>
    <message>
        <source>Only supervisors and administrators check quality.</source>
        <translation>Minőséget csak felettes és rendszergazda ellenőrizhet.</translation>
    </message>
    <message>
        <source>No case waits for your review. Sample finished cases above.</source>
        <translation>Nincs értékelésre váró ügy. Fent vehet mintát a lezárt ügyekből.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) added to the review queue.</source>
        <translation>
            <numerusform>%n ügy került az értékelési sorba.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a case in the review queue first.</source>
        <translation>Előbb válasszon ügyet az értékelési sorból.</translation>
    </message>
    <message>
        <source>Choose a score from 1 to 5, then save.</source>
        <translation>Válasszon 1 és 5 közötti pontszámot, majd mentse.</translation>
    </message>
    <message>
        <source>Quality review saved.</source>
        <translation>Minőségellenőrzés elmentve.</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reassign follow-up</source>
        <translation>Utánkövetés átosztása</translation>
    </message>
    <message>
        <source>Make the call</source>
        <translation>Hívást végzi</translation>
    </message>
    <message>
        <source>Move the due time</source>
        <translation>Határidő módosítása</translation>
    </message>
    <message>
        <source>New due time</source>
        <translation>Új határidő</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>A pause needs a reason: say what the case is waiting for, e.g. the customer&apos;s documents.</source>
        <translation>A szüneteltetéshez indoklás kell: írja le, mire vár az ügy, például az ügyfél dokumentumaira.</translation>
    </message>
    <message>
        <source>This case has no running clock that may be paused. Only the organization&apos;s own service levels pause; a regulator&apos;s clock keeps running.</source>
        <translation>Ennek az ügynek nincs szüneteltethető futó határideje. Csak a szervezet saját szolgáltatási szintjei szüneteltethetők; a felügyeleti határidő tovább fut.</translation>
    </message>
    <message>
        <source>No clock of this case is paused.</source>
        <translation>Ennek az ügynek egyik határideje sem szünetel.</translation>
    </message>
    <message>
        <source>There is no usable clock pack named “%1”.</source>
        <translation>Nincs “%1” nevű használható határidő-szabálycsomag.</translation>
    </message>
    <message>
        <source>The holiday calendar for region “%1” is not known. Use a country code with an optional region, for example GB-ENG, AU-VIC, HU, LV or UA.</source>
        <translation>A(z) “%1” régió ünnepnaptára nem ismert. Adjon meg országkódot, szükség esetén régióval, például GB-ENG, AU-VIC, HU, LV vagy UA.</translation>
    </message>
    <message>
        <source>This text is longer than %1 characters; shorten it.</source>
        <translation>Ez a szöveg hosszabb %1 karakternél; rövidítse le.</translation>
    </message>
    <message>
        <source>Choose at least one of the four drivers of the vulnerability.</source>
        <translation>Jelölje meg a sérülékenység négy tényezője közül legalább az egyiket.</translation>
    </message>
    <message>
        <source>“%1” is not a type of redress; choose one from the list.</source>
        <translation>A(z) “%1” nem kompenzációtípus; válasszon a listából.</translation>
    </message>
    <message>
        <source>“%1” is not an amount.</source>
        <translation>A(z) “%1” nem összeg.</translation>
    </message>
    <message>
        <source>A redress amount must be more than zero.</source>
        <translation>A kompenzáció összegének nullánál nagyobbnak kell lennie.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code; use three letters such as EUR, GBP or UAH.</source>
        <translation>A(z) “%1” nem pénznemkód; adjon meg három betűt, például EUR, GBP vagy UAH.</translation>
    </message>
    <message>
        <source>This redress line is not on this case; check the ledger.</source>
        <translation>Ez a kompenzációs tétel nem ehhez az ügyhöz tartozik; nézze meg a kompenzációk listáját.</translation>
    </message>
    <message>
        <source>Say why the case is left out of the return, e.g. it was a service request, not a complaint.</source>
        <translation>Adja meg, miért marad ki az ügy a felügyeleti jelentésből, például mert szolgáltatáskérés volt, nem panasz.</translation>
    </message>
    <message>
        <source>“%1” is not a product in the register.</source>
        <translation>A(z) “%1” nem szerepel termékként a nyilvántartásban.</translation>
    </message>
    <message>
        <source>“%1” is not a cause in the register.</source>
        <translation>A(z) “%1” nem szerepel okként a nyilvántartásban.</translation>
    </message>
    <message>
        <source>“%1” is not a sub-cause of “%2”.</source>
        <translation>A(z) “%1” nem részoka ennek: “%2”.</translation>
    </message>
    <message>
        <source>“%1” is not an outcome; choose upheld, partly upheld or rejected.</source>
        <translation>A(z) “%1” nem eredmény; válasszon: megalapozott, részben megalapozott vagy elutasítva.</translation>
    </message>
    <message>
        <source>A final response needs its outcome: choose upheld, partly upheld or rejected (or code the complaint in the register first).</source>
        <translation>A végleges válaszhoz meg kell adni az eredményt: megalapozott, részben megalapozott vagy elutasítva (vagy előbb kódolja a panaszt a nyilvántartásban).</translation>
    </message>
    <message>
        <source>“%1” is not a way to send a letter.</source>
        <translation>A(z) “%1” nem levélküldési mód.</translation>
    </message>
    <message>
        <source>The letter still has parts to write (%1), first: %2. Write them in the preview, then send.</source>
        <translation>A levélben még vannak kitöltendő részek (%1), az első: %2. Írja meg őket az előnézetben, aztán küldje el a levelet.</translation>
    </message>
    <message>
        <source>The letter is too long to record; keep it under %1 characters.</source>
        <translation>A levél túl hosszú a rögzítéshez; legyen rövidebb %1 karakternél.</translation>
    </message>
    <message>
        <source>The letter template %1 is larger than %2 bytes.</source>
        <translation>A(z) %1 levélsablon nagyobb %2 bájtnál.</translation>
    </message>
    <message>
        <source>There is no letter template %1. Reinstall Recovery Desk or add the file to resources/templates.</source>
        <translation>Nincs %1 nevű levélsablon. Telepítse újra a Recovery Desket, vagy tegye a fájlt a resources/templates mappába.</translation>
    </message>
    <message>
        <source>The letter template %1 cannot be read (%2). It must be UTF-8 TOML.</source>
        <translation>A(z) %1 levélsablon nem olvasható (%2). UTF-8 kódolású TOML-fájlnak kell lennie.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of letter.</source>
        <translation>A(z) “%1” nem levéltípus.</translation>
    </message>
    <message>
        <source>There are no letters in “%1”.</source>
        <translation>“%1” nyelven nincsenek levelek.</translation>
    </message>
    <message>
        <source>The password is too short: use at least %1 characters (a short sentence works well).</source>
        <translation>A jelszó túl rövid: legalább %1 karakterből álljon (egy rövid mondat is jól bevált).</translation>
    </message>
    <message>
        <source>The password is too long: use at most %1 characters.</source>
        <translation>A jelszó túl hosszú: legfeljebb %1 karakterből állhat.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits; type only digits.</source>
        <translation>A PIN-kód 4–8 számjegyből áll; csak számjegyeket írjon be.</translation>
    </message>
    <message>
        <source>A user name is 1 to 200 characters, without control characters.</source>
        <translation>A felhasználónév 1–200 karakter hosszú lehet, vezérlőkarakterek nélkül.</translation>
    </message>
    <message>
        <source>“%1” is not a role.</source>
        <translation>A(z) “%1” nem szerepkör.</translation>
    </message>
    <message>
        <source>An administrator account exists already; sign in as an administrator to add users.</source>
        <translation>Már van adminisztrátori fiók; felhasználók felvételéhez jelentkezzen be adminisztrátorként.</translation>
    </message>
    <message>
        <source>%1 is the only administrator who can sign in; make another user an administrator first.</source>
        <translation>%1 az egyetlen adminisztrátor, aki be tud jelentkezni; előbb tegyen adminisztrátorrá egy másik felhasználót.</translation>
    </message>
    <message>
        <source>A user named %1 exists already; choose another name, or set that user&apos;s password.</source>
        <translation>Már van %1 nevű felhasználó; válasszon másik nevet, vagy állítsa be annak a felhasználónak a jelszavát.</translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation>Nincs %1 nevű felhasználó.</translation>
    </message>
    <message>
        <source>%1 does not exist. Check the path of the case log (--db).</source>
        <translation>%1 nem létezik. Ellenőrizze az ügynapló elérési útját (--db).</translation>
    </message>
    <message>
        <source>%1 is a folder, not a case log file. Give a file name, e.g. --db cases.sqlite3.</source>
        <translation>%1 egy mappa, nem ügynaplófájl. Adjon meg fájlnevet, például: --db cases.sqlite3.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it first or choose another path for the case log.</source>
        <translation>A(z) %1 mappa nem létezik. Előbb hozza létre, vagy válasszon másik helyet az ügynaplónak.</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2). Check the file&apos;s permissions.</source>
        <translation>A(z) %1 nem olvasható (%2). Ellenőrizze a fájl jogosultságait.</translation>
    </message>
    <message>
        <source>%1 is not a case log (not an SQLite database). Choose the right file.</source>
        <translation>%1 nem ügynapló (nem SQLite-adatbázis). Válassza ki a megfelelő fájlt.</translation>
    </message>
    <message>
        <source>%1 is not a case log: it holds no case log tables (an empty file, or another program&apos;s database). Nothing was written to it. Choose the right file.</source>
        <translation>%1 nem ügynapló: nincsenek benne ügynapló-táblák (üres fájl vagy egy másik program adatbázisa). Semmit sem írtunk bele. Válassza ki a megfelelő fájlt.</translation>
    </message>
    <message>
        <source>%1 is read-only for you. Check the file&apos;s permissions or choose another case log.</source>
        <translation>%1 az Ön számára csak olvasható. Ellenőrizze a fájl jogosultságait, vagy válasszon másik ügynaplót.</translation>
    </message>
    <message>
        <source>Cannot create a case log in %1: no permission. Choose a folder you can write to.</source>
        <translation>A(z) %1 mappában nem hozható létre ügynapló, mert nincs hozzá jogosultsága. Válasszon olyan mappát, amelybe írhat.</translation>
    </message>
    <message>
        <source>Unsupported database “%1”. Use a file path (SQLite) or a postgresql+psycopg:// URL.</source>
        <translation>Nem támogatott adatbázis: “%1”. Adjon meg fájlútvonalat (SQLite) vagy postgresql+psycopg:// címet.</translation>
    </message>
    <message>
        <source>The disk is full: the case log at %1 cannot store more. Nothing of this action was recorded. Free space on the disk (or move the case log to a disk with room), then do the action again.</source>
        <translation>Megtelt a lemez: a(z) %1 ügynaplóba nem fér több adat. Ebből a műveletből semmi sem került rögzítésre. Szabadítson fel helyet a lemezen (vagy tegye az ügynaplót olyan lemezre, ahol van hely), majd ismételje meg a műveletet.</translation>
    </message>
    <message>
        <source>Unknown export format “%1”; use csv, jsonl or xlsx.</source>
        <translation>Ismeretlen exportformátum: “%1”; használja a csv, jsonl vagy xlsx formátumot.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it or choose another place.</source>
        <translation>A(z) %1 mappa nem létezik. Hozza létre, vagy válasszon másik helyet.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). Free some disk space or choose another place.</source>
        <translation>A(z) %1 nem írható (%2). Szabadítson fel helyet a lemezen, vagy válasszon másik helyet.</translation>
    </message>
    <message>
        <source>More rows than a spreadsheet can hold (%1). Export a shorter period or use CSV.</source>
        <translation>Több sor van, mint amennyit egy munkalap elbír (%1). Exportáljon rövidebb időszakot, vagy válassza a CSV-t.</translation>
    </message>
    <message>
        <source>The import mapping %1:</source>
        <translation>A(z) %1 importleképezés:</translation>
    </message>
    <message>
        <source>Correct the mapping file (see docs/csv-import.md).</source>
        <translation>Javítsa ki a leképezési fájlt (lásd docs/csv-import.md).</translation>
    </message>
    <message>
        <source>The CSV file %1 does not exist. Check the path and the file name.</source>
        <translation>A(z) %1 CSV-fájl nem létezik. Ellenőrizze az elérési utat és a fájlnevet.</translation>
    </message>
    <message>
        <source>Cannot read the CSV file %1 (%2). Check that the file is not open elsewhere and is readable.</source>
        <translation>A(z) %1 CSV-fájl nem olvasható (%2). Ellenőrizze, hogy a fájl nincs-e máshol megnyitva, és olvasható-e.</translation>
    </message>
    <message>
        <source>%1 is empty or has no header row. Export the file again with column headers.</source>
        <translation>A(z) %1 üres, vagy nincs fejléce. Exportálja újra a fájlt oszlopfejlécekkel.</translation>
    </message>
    <message>
        <source>%1 is not a readable CSV file at the header (%2). Check the quoting and the delimiter (a cell over %3 characters is refused too).</source>
        <translation>A(z) %1 a fejlécnél nem olvasható CSV-fájlként (%2). Ellenőrizze az idézőjeleket és az elválasztó karaktert (a(z) %3 karakternél hosszabb cellát sem fogadjuk el).</translation>
    </message>
    <message>
        <source>%1 is not a readable CSV file at row %2 (%3). Check the quoting and the delimiter (a cell over %4 characters is refused too).</source>
        <translation>A(z) %1 a(z) %2. sornál nem olvasható CSV-fájlként (%3). Ellenőrizze az idézőjeleket és az elválasztó karaktert (a(z) %4 karakternél hosszabb cellát sem fogadjuk el).</translation>
    </message>
    <message>
        <source>%1 is not %2 text: in the header, byte 0x%3 does not fit (around %4); nothing was imported. Set [source] encoding in the mapping to the export&apos;s encoding, e.g. utf-8, cp1250, cp1257 or cp1251.</source>
        <translation>A(z) %1 nem %2 kódolású szöveg: a fejlécben a 0x%3 bájt nem illik bele (itt: %4); semmi sem lett importálva. A leképezésben állítsa a [source] encoding értékét az export kódolására, pl. utf-8, cp1250, cp1257 vagy cp1251.</translation>
    </message>
    <message>
        <source>%1 is not %2 text: in row %3, byte 0x%4 does not fit (around %5); nothing was imported. Set [source] encoding in the mapping to the export&apos;s encoding, e.g. utf-8, cp1250, cp1257 or cp1251.</source>
        <translation>A(z) %1 nem %2 kódolású szöveg: a(z) %3. sorban a 0x%4 bájt nem illik bele (itt: %5); semmi sem lett importálva. A leképezésben állítsa a [source] encoding értékét az export kódolására, pl. utf-8, cp1250, cp1257 vagy cp1251.</translation>
    </message>
    <message>
        <source>The encoding of %1 cannot be told from its content. Set [source] encoding in the mapping, e.g. utf-8, cp1250, cp1257 or cp1251.</source>
        <translation>A(z) %1 kódolása a tartalmából nem állapítható meg. Adja meg a leképezésben a [source] encoding értékét, pl. utf-8, cp1250, cp1257 vagy cp1251.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8, and several code pages read it equally well but differently: %2. Set [source] encoding in the mapping to the one whose reading is right (or export the file again as UTF-8).</source>
        <translation>A(z) %1 nem UTF-8, és több kódlap is ugyanolyan jól, de eltérően olvassa: %2. A leképezésben a [source] encoding legyen az, amelyiknek az olvasata helyes (vagy exportálja újra a fájlt UTF-8 kódolással).</translation>
    </message>
    <message>
        <source>%1 is UTF-8 text, not %2: the header would be stored as %3 instead of %4; nothing was imported. Set [source] encoding = &quot;utf-8&quot; in the mapping (or leave it out to have the encoding detected) and check the file again.</source>
        <translation>A(z) %1 UTF-8 kódolású, nem %2: a fejléc %4 helyett %3 formában kerülne tárolásra; semmi sem lett importálva. Állítsa be a leképezésben: [source] encoding = &quot;utf-8&quot; (vagy hagyja el, és a kódolást a program állapítja meg), majd ellenőrizze újra a fájlt.</translation>
    </message>
    <message>
        <source>%1 is UTF-8 text, not %2: row %3 would be stored as %4 instead of %5; nothing was imported. Set [source] encoding = &quot;utf-8&quot; in the mapping (or leave it out to have the encoding detected) and check the file again.</source>
        <translation>A(z) %1 UTF-8 kódolású, nem %2: a(z) %3. sor %5 helyett %4 formában kerülne tárolásra; semmi sem lett importálva. Állítsa be a leképezésben: [source] encoding = &quot;utf-8&quot; (vagy hagyja el, és a kódolást a program állapítja meg), majd ellenőrizze újra a fájlt.</translation>
    </message>
    <message>
        <source>%1 has the column %2 more than once, so %3 is ambiguous. Rename one of the columns in the file.</source>
        <translation>A(z) %1 fájlban a(z) %2 oszlop többször szerepel, így a(z) %3 nem egyértelmű. Nevezze át az egyik oszlopot a fájlban.</translation>
    </message>
    <message>
        <source>%1 has no column %2. Its columns are: %3. Fix the header names under [columns] in the mapping (or the [source] delimiter if all columns appear as one).</source>
        <translation>A(z) %1 fájlban nincs %2 oszlop. Az oszlopai: %3. Javítsa a fejlécneveket a leképezés [columns] részében (vagy a [source] delimiter értékét, ha minden oszlop egyben látszik).</translation>
    </message>
    <message>
        <source>%1 changed while it was being imported; nothing was imported. Let the program that writes it finish, then import again.</source>
        <translation>A(z) %1 megváltozott importálás közben; semmi sem lett importálva. Várja meg, amíg az azt író program végez, majd importáljon újra.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Az importálást megszakította; semmi sem lett importálva.</translation>
    </message>
    <message>
        <source>%1 of %2 rows in %3 cannot be imported (first: %4); nothing was imported. Check the file to see every rejected row and fix the file or the mapping, or tick “Import the good rows” to import the others.</source>
        <translation>A(z) %3 %2 sorából %1 nem importálható (az első: %4); semmi sem lett importálva. Az Ellenőrzés gomb minden elutasított sort megmutat: javítsa a fájlt vagy a leképezést, vagy jelölje be „A hibátlan sorok importálása” lehetőséget, és a többi sor bekerül.</translation>
    </message>
    <message>
        <source>%1 was imported before (%2 cases) and the mapping has no reference column, so importing it again would duplicate those cases. Map the reference column under [columns], or import only the new rows.</source>
        <translation>A(z) %1 fájlt korábban már importálták (%2 ügy), és a leképezésben nincs azonosító oszlop, így az újabb importálás megkettőzné ezeket az ügyeket. Adja meg az azonosító oszlopot a [columns] részben, vagy csak az új sorokat importálja.</translation>
    </message>
    <message>
        <source>%1 was imported before (%2 cases) and %3 rows have no reference, so importing it again would duplicate those cases. Import only the new rows, or give every row its reference.</source>
        <translation>A(z) %1 fájlt korábban már importálták (%2 ügy), és %3 sorban nincs azonosító, így az újabb importálás megkettőzné ezeket az ügyeket. Csak az új sorokat importálja, vagy adjon minden sornak azonosítót.</translation>
    </message>
    <message>
        <source>The folder %1 for the rejected rows does not exist. Create it or choose another place.</source>
        <translation>Az elutasított sorok %1 mappája nem létezik. Hozza létre, vagy válasszon másik helyet.</translation>
    </message>
    <message>
        <source>Cannot write the file of rejected rows in %1 (%2). Put the export in a folder you can write to.</source>
        <translation>Az elutasított sorok fájlja nem írható a(z) %1 mappába (%2). Tegye az exportot egy írható mappába.</translation>
    </message>
    <message>
        <source>There is no import preset %1. Use one of: %2; or write a mapping.</source>
        <translation>Nincs %1 nevű importsablon. Válasszon ezek közül: %2; vagy írjon leképezést.</translation>
    </message>
    <message>
        <source>[source] languages lists a language the detector does not know (%1). Use ISO 639-1 codes such as en, de, hu, lv, uk.</source>
        <translation>A [source] languages olyan nyelvet sorol fel, amelyet a felismerő nem ismer (%1). Használjon ISO 639-1 kódokat, pl. en, de, hu, lv, uk.</translation>
    </message>
    <message>
        <source>The import mapping %1 does not exist. Check the path, or choose the tool the file was exported from.</source>
        <translation>A(z) %1 importleképezés nem létezik. Ellenőrizze az elérési utat, vagy válassza ki, melyik rendszerből exportálták a fájlt.</translation>
    </message>
    <message>
        <source>Cannot read the import mapping %1 (%2). Save it as UTF-8 text in a readable place.</source>
        <translation>A(z) %1 importleképezés nem olvasható (%2). Mentse UTF-8 szövegként egy olvasható helyre.</translation>
    </message>
    <message>
        <source>refused (it %1). Start again from resources/import/example-mapping.toml.</source>
        <translation>elutasítva (oka: %1). Kezdje újra a resources/import/example-mapping.toml alapján.</translation>
    </message>
    <message>
        <source>not valid TOML (%1).</source>
        <translation>nem érvényes TOML (%1).</translation>
    </message>
    <message>
        <source>[%1] must be a table.</source>
        <translation>a(z) [%1] csak tábla lehet.</translation>
    </message>
    <message>
        <source>%1 must be a non-empty text.</source>
        <translation>a(z) %1 nem üres szöveg kell legyen.</translation>
    </message>
    <message>
        <source>[%1] has unknown key(s) %2. Use %3.</source>
        <translation>a(z) [%1] ismeretlen kulcs(ok)at tartalmaz: %2. Használható: %3.</translation>
    </message>
    <message>
        <source>[columns] has unknown field(s) %1. Our fields are: %2.</source>
        <translation>a [columns] ismeretlen mező(ke)t tartalmaz: %1. A mi mezőink: %2.</translation>
    </message>
    <message>
        <source>unknown section(s) %1. Use only these sections: %2.</source>
        <translation>ismeretlen szakasz(ok): %1. Csak ezek a szakaszok használhatók: %2.</translation>
    </message>
    <message>
        <source>[defaults] has unknown or refused key(s) %1. Defaults may be set for %2; a reference, the complaint&apos;s words and the customer always come from the row.</source>
        <translation>a [defaults] ismeretlen vagy nem engedett kulcs(ok)at tartalmaz: %1. Alapérték ezekhez adható: %2; az azonosító, a panasz szövege és az ügyfél mindig a sorból jön.</translation>
    </message>
    <message>
        <source>[on_invalid] has unknown or required field(s) %1. Only these may drop a bad value: %2.</source>
        <translation>az [on_invalid] ismeretlen vagy kötelező mező(ke)t tartalmaz: %1. Hibás értéket csak ezek hagyhatnak el: %2.</translation>
    </message>
    <message>
        <source>[source] delimiter %1 must be one character, for example &quot;,&quot;, &quot;;&quot; or &quot;\t&quot; (tab).</source>
        <translation>a [source] delimiter %1 értéke egyetlen karakter lehet, például &quot;,&quot;, &quot;;&quot; vagy &quot;\t&quot; (tabulátor).</translation>
    </message>
    <message>
        <source>[source] encoding %1 is not known. Use for example &quot;utf-8&quot;, &quot;cp1250&quot;, &quot;cp1251&quot; or &quot;cp1257&quot;, or leave it out to have it detected.</source>
        <translation>a [source] encoding %1 értéke ismeretlen. Használjon például &quot;utf-8&quot;, &quot;cp1250&quot;, &quot;cp1251&quot; vagy &quot;cp1257&quot; értéket, vagy hagyja el, és a program felismeri.</translation>
    </message>
    <message>
        <source>[source] date_formats must be a list of strptime formats, for example date_formats = [&quot;%d/%m/%Y %H:%M&quot;].</source>
        <translation>a [source] date_formats strptime-formátumok listája kell legyen, például date_formats = [&quot;%d/%m/%Y %H:%M&quot;].</translation>
    </message>
    <message>
        <source>[source] dst_fold %1 is not a rule. Use one of: %2.</source>
        <translation>a [source] dst_fold %1 értéke nem szabály. Ezek közül válasszon: %2.</translation>
    </message>
    <message>
        <source>[source] languages must be a list of two-letter codes, for example languages = [&quot;en&quot;, &quot;de&quot;, &quot;hu&quot;].</source>
        <translation>a [source] languages kétbetűs kódok listája kell legyen, például languages = [&quot;en&quot;, &quot;de&quot;, &quot;hu&quot;].</translation>
    </message>
    <message>
        <source>[source] missing_columns %1 is not a rule. Use &quot;refuse&quot; (a typo in a header name stops the import) or &quot;skip&quot; (a preset&apos;s optional columns may be missing from a file).</source>
        <translation>a [source] missing_columns %1 értéke nem szabály. Használja a &quot;refuse&quot; (egy elírt fejlécnév leállítja az importálást) vagy a &quot;skip&quot; (egy sablon nem kötelező oszlopai hiányozhatnak a fájlból) értéket.</translation>
    </message>
    <message>
        <source>[source] timezone %1 is not a known time zone. Use a zone name such as &quot;Europe/Riga&quot;, &quot;Europe/Budapest&quot; or &quot;Europe/Kyiv&quot;.</source>
        <translation>a [source] timezone %1 értéke nem ismert időzóna. Használjon zónanevet, például &quot;Europe/Riga&quot;, &quot;Europe/Budapest&quot; vagy &quot;Europe/Kyiv&quot;.</translation>
    </message>
    <message>
        <source>[columns] must name the column for %1, for example opened_at = &quot;Created&quot; and words = &quot;Description&quot; (an export without dates: [defaults] opened_at = &quot;2024-01-01&quot;).</source>
        <translation>a [columns] részben meg kell adni ennek az oszlopát: %1, például opened_at = &quot;Created&quot; és words = &quot;Description&quot; (dátum nélküli exportnál: [defaults] opened_at = &quot;2024-01-01&quot;).</translation>
    </message>
    <message>
        <source>[categories] create_unknown must be true or false.</source>
        <translation>a [categories] create_unknown értéke csak true vagy false lehet.</translation>
    </message>
    <message>
        <source>[defaults] %1 %2 is not a date. Write it as &quot;2024-01-01&quot; or &quot;2024-01-01 09:00&quot;.</source>
        <translation>a [defaults] %1 %2 értéke nem dátum. Így írja: &quot;2024-01-01&quot; vagy &quot;2024-01-01 09:00&quot;.</translation>
    </message>
    <message>
        <source>[defaults] %1 must be a whole number from %2 to %3.</source>
        <translation>a [defaults] %1 értéke %2 és %3 közötti egész szám kell legyen.</translation>
    </message>
    <message>
        <source>[on_invalid] %1 = %2 is not a rule. Use &quot;drop&quot; (keep the row without the value) or &quot;reject&quot;.</source>
        <translation>az [on_invalid] %1 = %2 nem szabály. Használja a &quot;drop&quot; (a sor megmarad az érték nélkül) vagy a &quot;reject&quot; értéket.</translation>
    </message>
    <message>
        <source>%1 = %2 is not a two-letter language code. Use an ISO 639-1 code such as &quot;en&quot;, &quot;de&quot;, &quot;hu&quot;, &quot;lv&quot; or &quot;uk&quot;.</source>
        <translation>%1 = %2 nem kétbetűs nyelvkód. Használjon ISO 639-1 kódot, például &quot;en&quot;, &quot;de&quot;, &quot;hu&quot;, &quot;lv&quot; vagy &quot;uk&quot;.</translation>
    </message>
    <message>
        <source>%1 = %2 is not one of our %3 ids. Use one of: %4.</source>
        <translation>%1 = %2 nem a mi %3-azonosítóink egyike. Ezek közül válasszon: %4.</translation>
    </message>
    <message>
        <source>Nothing was applied. Ask that desk&apos;s administrator which copy is right; recovery-desk check --against shows the difference.</source>
        <translation>Semmi sem lett alkalmazva. Kérdezze meg annak a pultnak az adminisztrátorát, melyik példány a helyes; a recovery-desk check --against megmutatja a különbséget.</translation>
    </message>
    <message>
        <source>Do not import it; ask the desk for a fresh export.</source>
        <translation>Ne importálja; kérjen a pulttól új exportot.</translation>
    </message>
    <message>
        <source>%1: desk %2 (key %3) is not trusted here; its events are held aside, not applied. Compare the fingerprint with that desk&apos;s own; if they match, an administrator trusts it in Settings ▸ Desks.</source>
        <translation>%1: a(z) %2 pult (kulcs: %3) itt nem megbízható; az eseményei félre vannak téve, nincsenek alkalmazva. Vesse össze az ujjlenyomatot a pult saját ujjlenyomatával; ha egyeznek, egy adminisztrátor megbízhatóvá teszi a Beállítások ▸ Pultok részben.</translation>
    </message>
    <message>
        <source>%1: signed as desk %2 by key %3, but the key trusted here for desk %4 is %5; held aside, not applied (forged, or that desk has a new key). If it really has a new key (ask them), an administrator replaces it in Settings ▸ Desks.</source>
        <translation>%1: a(z) %2 pult nevében a(z) %3 kulcs írta alá, de itt a(z) %4 pult megbízható kulcsa a(z) %5; félretéve, nincs alkalmazva (hamisítvány, vagy a pultnak új kulcsa van). Ha valóban új kulcsa van (kérdezze meg), egy adminisztrátor lecseréli a Beállítások ▸ Pultok részben.</translation>
    </message>
    <message>
        <source>%1 is this desk&apos;s (%2) own bundle; a desk never imports events under its own id.</source>
        <translation>A(z) %1 ennek a pultnak (%2) a saját csomagja; egy pult soha nem importál eseményeket a saját azonosítója alatt.</translation>
    </message>
    <message>
        <source>%1: desk %2 signed sequence %3 twice, with hash %4… (witnessed here) and %5… (now): its history was rewritten.</source>
        <translation>%1: a(z) %2 pult a(z) %3. sorszámot kétszer írta alá, %4… (itt tanúsítva) és %5… (most) hash-sel: az előzményeit átírták.</translation>
    </message>
    <message>
        <source>%1: desk %2 signed its chain at sequence %3 (%4 UTC, witnessed here) and now, later, only up to %5: its log was rolled back or cut.</source>
        <translation>%1: a(z) %2 pult a láncát a(z) %3. sorszámnál írta alá (%4 UTC, itt tanúsítva), most, később pedig csak %5-ig: a naplóját visszaállították vagy megcsonkították.</translation>
    </message>
    <message>
        <source>%1: desk %2 at sequence %3: the witnessed checkpoint has hash %4…, this log has %5…: the history was rewritten after it was witnessed.</source>
        <translation>%1: a(z) %2 pult, %3. sorszám: a tanúsított ellenőrzőpont hash-e %4…, ebben a naplóban %5…: az előzményeket a tanúsítás után átírták.</translation>
    </message>
    <message>
        <source>%1: event %2 does not match its hash or its link to the event before (tampered or corrupted).</source>
        <translation>%1: a(z) %2 esemény nem egyezik a hash-ével vagy az előző eseményre mutató kapcsolatával (meghamisították vagy megsérült).</translation>
    </message>
    <message>
        <source>%1: event id %2 comes twice (events %3 and %4): duplicated or forged events.</source>
        <translation>%1: a(z) %2 eseményazonosító kétszer szerepel (%3. és %4. esemény): megkettőzött vagy hamisított események.</translation>
    </message>
    <message>
        <source>%1: %2 event id(s) already exist under another desk position (duplicated or forged events).</source>
        <translation>%1: %2 eseményazonosító már létezik egy másik pultpozíción (megkettőzött vagy hamisított események).</translation>
    </message>
    <message>
        <source>%1 starts at event %2 of desk %3, but this log has that desk&apos;s events only up to %4; the next sync brings the earlier ones first.</source>
        <translation>A(z) %1 a(z) %3 pult %2. eseményénél kezdődik, de ebben a naplóban a pult eseményei csak %4-ig vannak meg; a következő szinkronizálás előbb a korábbiakat hozza.</translation>
    </message>
    <message>
        <source>%1: desk %2&apos;s events do not continue this log&apos;s copy of that desk at sequence %3 (the histories differ).</source>
        <translation>%1: a(z) %2 pult eseményei nem a napló e pultról őrzött példányát folytatják a(z) %3. sorszámnál (az előzmények eltérnek).</translation>
    </message>
    <message>
        <source>%1: at sequence %2 of desk %3 this log has another event than the arriving one (the histories differ).</source>
        <translation>%1: a(z) %3 pult %2. sorszámánál ebben a naplóban más esemény van, mint az érkező (az előzmények eltérnek).</translation>
    </message>
    <message>
        <source>%1: event %2 of desk %3 changes what that desk may not change, so nothing of it was applied (%4). Ask that desk&apos;s administrator; it is tried again at the next sync.</source>
        <translation>%1: a(z) %3 pult %2. eseménye olyat módosít, amit az a pult nem módosíthat, ezért semmi sem lett belőle alkalmazva (%4). Kérdezze meg a pult adminisztrátorát; a következő szinkronizáláskor újra próbálkozunk.</translation>
    </message>
    <message>
        <source>%1 was set aside in the quarantine folder: %2</source>
        <translation>A(z) %1 a karantén mappába került: %2</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Complaint register</source>
        <translation>Panasznyilvántartás</translation>
    </message>
    <message>
        <source>Systemic issues</source>
        <translation>Rendszerszintű problémák</translation>
    </message>
    <message>
        <source>Deadlines met on time</source>
        <translation>Határidőre teljesítve</translation>
    </message>
    <message>
        <source>&amp;Read the register again</source>
        <translation>A nyilvántartás újra&amp;olvasása</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ügy</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Beérkezett</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Termék</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ok</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Eredmény</translation>
    </message>
    <message>
        <source>Final response due</source>
        <translation>Végleges válasz határideje</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Határidő</translation>
    </message>
    <message>
        <source>Vulnerable</source>
        <translation>Sérülékeny</translation>
    </message>
    <message>
        <source>Complaints in the register</source>
        <translation>A nyilvántartott panaszok</translation>
    </message>
    <message>
        <source>No complaint runs under a clock rule pack yet. A supervisor chooses one in Settings ▸ Regulated handling.</source>
        <translation>Még egy panaszra sem vonatkozik határidő-szabálycsomag. A vezető a Beállítások ▸ Szabályozott panaszkezelés alatt választhat egyet.</translation>
    </message>
    <message>
        <source>Sub-cause</source>
        <translation>Részok</translation>
    </message>
    <message>
        <source>Save &amp;codes</source>
        <translation>&amp;Kódok mentése</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— válasszon —</translation>
    </message>
    <message>
        <source>— not decided —</source>
        <translation>— még nincs döntés —</translation>
    </message>
    <message>
        <source>Reading the register…</source>
        <translation>A nyilvántartás olvasása…</translation>
    </message>
    <message>
        <source>Could not read the register: %1</source>
        <translation>A nyilvántartást nem sikerült beolvasni: %1</translation>
    </message>
    <message>
        <source>%1 met on time: %2 (%3 of %4)</source>
        <translation>%1 határidőre: %2 (%4 esetből %3)</translation>
    </message>
    <message>
        <source>Last 90 days — </source>
        <translation>Az elmúlt 90 nap — </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>igen</translation>
    </message>
    <message>
        <source>Systemic issue: %1 — %2 complaints in the last %3 days (%4 in the %3 days before).</source>
        <translation>Rendszerszintű probléma: %1 — %2 panasz az elmúlt %3 napban (az azt megelőző %3 napban: %4).</translation>
    </message>
    <message>
        <source>Corrective action so far: %1</source>
        <translation>Eddigi korrekciós intézkedés: %1</translation>
    </message>
    <message>
        <source>No corrective action recorded yet: escalate it.</source>
        <translation>Még nincs rögzített korrekciós intézkedés: jelezze feljebb.</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— nincs —</translation>
    </message>
    <message>
        <source>Choose a complaint in the register first.</source>
        <translation>Előbb válasszon ki egy panaszt a nyilvántartásban.</translation>
    </message>
    <message>
        <source>Choose the product and the cause.</source>
        <translation>Válassza ki a terméket és az okot.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ettől: %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>eddig: %1</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>teljes időszak</translation>
    </message>
    <message>
        <source>all</source>
        <translation>összes</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Pult</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Ügyintéző</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Csatorna</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Forgatókönyv</translation>
    </message>
    <message>
        <source>Cases</source>
        <extracomment>The report&apos;s charts and their heights on the page (points).</extracomment>
        <translation>Ügyek</translation>
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
        <translation>Rendezési arány</translation>
    </message>
    <message>
        <source>Median time to resolution</source>
        <translation>Megoldási idő mediánja</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Bontás: %1</translation>
    </message>
    <message>
        <source>No cases.</source>
        <translation>Nincs ügy.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Nincs.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Ügyszám</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Ügyfél</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Utánkövetés határideje</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategória</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (lejárt)</translation>
    </message>
    <message>
        <source>… and %1 more; the Log lists them all.</source>
        <translation>… és további %1; a Napló mindet felsorolja.</translation>
    </message>
    <message>
        <source>Recovery report</source>
        <translation>Panaszkezelési jelentés</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Időszak: %1</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Hatókör: %1</translation>
    </message>
    <message>
        <source>Created %1 by %2</source>
        <translation>Készült: %1, készítette: %2</translation>
    </message>
    <message>
        <source>Practice cases are never counted. Each figure&apos;s definition is printed with it.</source>
        <translation>A gyakorló ügyek sosem számítanak bele. Minden érték mellett szerepel a definíciója.</translation>
    </message>
    <message>
        <source>Customer names are left out: the signed-in role may not export personal data.</source>
        <translation>Az ügyfelek neve nem szerepel: a bejelentkezett szerepkör nem exportálhat személyes adatokat.</translation>
    </message>
    <message>
        <source>Trend and complaint categories</source>
        <translation>Trend és panaszkategóriák</translation>
    </message>
    <message>
        <source>Scripted vs natural, and where recoveries stall</source>
        <translation>Kötött vs. természetes, és hol akad el a panaszkezelés</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>Bontások</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Utánkövetések</translation>
    </message>
    <message>
        <source>Overdue follow-ups (%1)</source>
        <translation>Lejárt utánkövetések (%1)</translation>
    </message>
    <message>
        <source>On the watchlist (%1)</source>
        <translation>Figyelőlistán (%1)</translation>
    </message>
    <message>
        <source>Recovery Desk · Recovery report · %1</source>
        <translation>Recovery Desk · Panaszkezelési jelentés · %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Készült: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1. oldal / %2</translation>
    </message>
    <message>
        <source>Financial loss</source>
        <translation>Pénzügyi veszteség</translation>
    </message>
    <message>
        <source>Distress and inconvenience</source>
        <translation>Bosszúság és kellemetlenség</translation>
    </message>
    <message>
        <source>Goodwill</source>
        <translation>Gesztus (jóindulat)</translation>
    </message>
    <message>
        <source>Regulated deadlines and redress</source>
        <translation>Szabályozott határidők és kártérítés</translation>
    </message>
    <message>
        <source>Met on time, among complaints received in the period whose deadline is decided (met, or passed unmet); a deadline made unnecessary by a summary resolution is not counted.</source>
        <translation>Határidőre teljesítve, az időszakban beérkezett azon panaszok között, amelyek határideje már eldőlt (teljesült, vagy teljesítés nélkül lejárt); a gyors rendezés miatt szükségtelenné vált határidő nem számít.</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Határidő</translation>
    </message>
    <message>
        <source>Met on time</source>
        <translation>Határidőre</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Eldőlt</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Arány</translation>
    </message>
    <message>
        <source>Redress ledger: approved, and of that paid.</source>
        <translation>Kártérítési nyilvántartás: jóváhagyott összeg, és ebből kifizetett.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Fajta</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Tételek</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Jóváhagyva</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Kifizetve</translation>
    </message>
</context>
<context>
    <name>ResolveBox</name>
    <message>
        <source>Resolution</source>
        <translation>Megoldás</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— válasszon —</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Összeg</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Pénznem</translation>
    </message>
    <message>
        <source>One currency for the whole offer</source>
        <translation>Egy pénznem az egész ajánlatra</translation>
    </message>
    <message>
        <source>Promised deadline</source>
        <translation>Vállalt határidő</translation>
    </message>
    <message>
        <source>Promised time</source>
        <translation>Megígért időpont</translation>
    </message>
    <message>
        <source>Add another resolution (Ctrl+Shift+R)</source>
        <translation>Újabb megoldás hozzáadása (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Keeps this resolution in the offer and lets you choose the next, e.g. the redelivery and the fee back</source>
        <translation>Ez a megoldás az ajánlatban marad, és választhatja a következőt, pl. az újrakézbesítést és a díj visszatérítését</translation>
    </message>
    <message>
        <source>Resolutions in this offer</source>
        <translation>Az ajánlat megoldásai</translation>
    </message>
    <message>
        <source>Delete removes the selected resolution</source>
        <translation>A Delete eltávolítja a kijelölt megoldást</translation>
    </message>
    <message>
        <source>Offer (Ctrl+Shift+O)</source>
        <translation>Felajánlás (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Supervisor approves here (Ctrl+Shift+A)</source>
        <translation>Vezetői jóváhagyás itt (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Megoldás:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Összeg:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Határidő:</translation>
    </message>
    <message>
        <source>Also in the offer:</source>
        <translation>Az ajánlatban még:</translation>
    </message>
    <message>
        <source>Offer total: %1.</source>
        <translation>Az ajánlat összesen: %1.</translation>
    </message>
    <message>
        <source>This offer needs a supervisor&apos;s approval.</source>
        <translation>Ehhez az ajánlathoz felettesi jóváhagyás kell.</translation>
    </message>
    <message>
        <source>Offered: %1</source>
        <translation>Felajánlva: %1</translation>
    </message>
    <message>
        <source>Choose the resolution.</source>
        <translation>Válassza ki a megoldást.</translation>
    </message>
    <message>
        <source>Choose the deadline you agreed with the customer.</source>
        <translation>Válassza ki az ügyféllel egyeztetett határidőt.</translation>
    </message>
    <message>
        <source>Choose the time you agreed with the customer.</source>
        <translation>Válassza ki az ügyféllel egyeztetett időpontot.</translation>
    </message>
    <message>
        <source>This resolution is in the offer already.</source>
        <translation>Ez a megoldás már szerepel az ajánlatban.</translation>
    </message>
    <message>
        <source>Type the amount as a number, e.g. 25.50.</source>
        <translation>Az összeget számként adja meg, pl. 25,50.</translation>
    </message>
    <message>
        <source>You may give any amount without approval.</source>
        <translation>Jóváhagyás nélkül bármekkora összeget adhat.</translation>
    </message>
    <message>
        <source>Your limit: %1 without a supervisor&apos;s approval.</source>
        <translation>Az Ön kerete vezetői jóváhagyás nélkül: %1.</translation>
    </message>
    <message>
        <source>%1 is over the limit of %2: a supervisor must approve it. Ask one to approve here, or park the case and serve the next customer: it waits for approval.</source>
        <translation>%1 meghaladja a(z) %2 keretet, ezért vezetői jóváhagyás szükséges. Kérjen meg egy vezetőt, hogy itt hagyja jóvá, vagy tegye félre az ügyet, és szolgálja ki a következő ügyfelet: az ügy jóváhagyásra vár.</translation>
    </message>
</context>
<context>
    <name>RetentionSection</name>
    <message>
        <source>Apply retention</source>
        <translation>Megőrzési idő alkalmazása</translation>
    </message>
    <message>
        <source>Retention</source>
        <extracomment>asks before anonymizing; tests answer it without a modal loop</extracomment>
        <translation>Adatmegőrzés</translation>
    </message>
    <message>
        <source>Customers whose cases all closed more than this many months ago are anonymized: their name, contact details, words and notes are removed for good. The cases and their figures stay. The period is applied at every start.</source>
        <translation>Azoknak az ügyfeleknek az adatait, akiknek minden ügye ennél több hónapja zárult le, anonimizáljuk: a nevük, elérhetőségük, szavaik és a jegyzetek végleg törlődnek. Az ügyek és a számaik megmaradnak. A megőrzési időt minden indításkor alkalmazzuk.</translation>
    </message>
    <message>
        <source> months</source>
        <translation> hónap</translation>
    </message>
    <message>
        <source>off</source>
        <translation>ki</translation>
    </message>
    <message>
        <source>Retention period in months</source>
        <translation>Megőrzési idő hónapokban</translation>
    </message>
    <message>
        <source>Save and apply now…</source>
        <translation>Mentés és alkalmazás most…</translation>
    </message>
    <message>
        <source>Anonymize now every customer whose cases all closed more than %1 months ago? This cannot be undone.</source>
        <translation>Most anonimizál minden ügyfelet, akinek minden ügye több mint %1 hónapja zárult le? Ez nem vonható vissza.</translation>
    </message>
    <message>
        <source>Could not save the settings: %1</source>
        <translation>A beállításokat nem sikerült menteni: %1</translation>
    </message>
    <message>
        <source>Retention is off: no customer is anonymized.</source>
        <translation>Az adatmegőrzés ki van kapcsolva: egyetlen ügyfél sem lesz anonimizálva.</translation>
    </message>
    <message>
        <source>Applying the retention period…</source>
        <translation>A megőrzési idő alkalmazása folyamatban…</translation>
    </message>
    <message>
        <source>Anonymized %1 customer(s) in %2 case(s).</source>
        <translation>Anonimizálva: %1 ügyfél, %2 ügy.</translation>
    </message>
    <message>
        <source>Applying the retention period failed: %1</source>
        <translation>A megőrzési idő alkalmazása nem sikerült: %1</translation>
    </message>
</context>
<context>
    <name>ReviewsTab</name>
    <message>
        <source>Practice runs</source>
        <translation>Gyakorlófutások</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Megnyitva</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Gyakornok</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ügy</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pontszám</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Idővonal</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Értékelési szempontok</translation>
    </message>
    <message>
        <source>Evidence in the run</source>
        <translation>Bizonyíték a futásban</translation>
    </message>
    <message>
        <source>Facts the trainee found out</source>
        <translation>A gyakornok által kiderített tények</translation>
    </message>
    <message>
        <source>(choose 1–5)</source>
        <translation>(válasszon 1–5)</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Megjegyzések</translation>
    </message>
    <message>
        <source>Score (1–5):</source>
        <translation>Pontszám (1–5):</translation>
    </message>
    <message>
        <source>Comments:</source>
        <translation>Megjegyzések:</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>Értékelés mentése</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Visszajelző beszélgetés</translation>
    </message>
    <message>
        <source>%1&apos;s scores over time: %2</source>
        <translation>%1 pontszámai időrendben: %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>még nincs</translation>
    </message>
    <message>
        <source>Choose a practice run first.</source>
        <translation>Előbb válasszon egy gyakorlófutást.</translation>
    </message>
    <message>
        <source>Choose a score from 1 to 5, then save.</source>
        <translation>Válasszon 1 és 5 közötti pontszámot, majd mentse.</translation>
    </message>
    <message>
        <source>Review saved.</source>
        <translation>Értékelés elmentve.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>agent</source>
        <translation>ügyintéző</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>vezető</translation>
    </message>
    <message>
        <source>trainer</source>
        <translation>oktató</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>adminisztrátor</translation>
    </message>
</context>
<context>
    <name>SatisfactionBox</name>
    <message>
        <source>Customer&apos;s satisfaction</source>
        <translation>Az ügyfél elégedettsége</translation>
    </message>
    <message>
        <source>Answers at the last contact</source>
        <translation>A legutóbbi kapcsolatfelvétel válaszai</translation>
    </message>
    <message>
        <source>Accepted the resolution</source>
        <translation>Elfogadta a megoldást</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Igen</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Részben</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nem</translation>
    </message>
    <message>
        <source>How accepted</source>
        <translation>Elfogadás módja</translation>
    </message>
    <message>
        <source>Verbally</source>
        <translation>Szóban</translation>
    </message>
    <message>
        <source>In writing</source>
        <translation>Írásban</translation>
    </message>
    <message>
        <source>Follow-up note</source>
        <translation>Utánkövetési jegyzet</translation>
    </message>
    <message>
        <source>Record answers (Ctrl+Shift+S)</source>
        <translation>Válaszok rögzítése (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Close as not recovered…</source>
        <translation>Lezárás rendezetlenként…</translation>
    </message>
    <message>
        <source>Accepted:</source>
        <translation>Elfogadta:</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Módja:</translation>
    </message>
    <message>
        <source>Follow-up note:</source>
        <translation>Utánkövetési jegyzet:</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— válasszon —</translation>
    </message>
    <message>
        <source>Customer declined to answer</source>
        <translation>Az ügyfél nem kívánt válaszolni</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Nem kérdeztük</translation>
    </message>
    <message>
        <source>Record follow-up (Ctrl+Shift+S)</source>
        <translation>Utánkövetés rögzítése (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>Elfogadta: %1</translation>
    </message>
    <message>
        <source>CSAT %1</source>
        <translation>CSAT %1</translation>
    </message>
    <message>
        <source>recommend %1</source>
        <translation>ajánlás %1</translation>
    </message>
    <message>
        <source>effort %1</source>
        <translation>erőfeszítés %1</translation>
    </message>
    <message>
        <source>Last time: %1</source>
        <translation>Legutóbb: %1</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>Rögzítve: %1</translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <source>Scores over time</source>
        <translation>Pontszámok időrendben</translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <source>My PIN</source>
        <translation>Saját PIN-kód</translation>
    </message>
    <message>
        <source>A PIN of 4 to 8 digits lets you take over a shared counter quickly (File ▸ Switch user…). Confirm with your password.</source>
        <translation>A 4–8 számjegyű PIN-kóddal gyorsan átveheti a közös pultot (Fájl ▸ Felhasználóváltás…). Erősítse meg a jelszavával.</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Az Ön jelszava</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Új PIN-kód</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Új PIN-kód újra</translation>
    </message>
    <message>
        <source>Your password:</source>
        <translation>Az Ön jelszava:</translation>
    </message>
    <message>
        <source>New PIN:</source>
        <translation>Új PIN-kód:</translation>
    </message>
    <message>
        <source>New PIN again:</source>
        <translation>Új PIN-kód újra:</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>PIN-kód beállítása</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the same one twice.</source>
        <translation>A két PIN-kód eltér. Kétszer ugyanazt írja be.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>A PIN-kód 4–8 számjegyből áll.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Beállítások</translation>
    </message>
    <message>
        <source>Desk id</source>
        <translation>Pultazonosító</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Bejelentkezett felhasználó</translation>
    </message>
    <message>
        <source>To work as someone else: File ▸ Switch user…</source>
        <translation>Ha másik felhasználóként szeretne dolgozni: Fájl ▸ Felhasználóváltás…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Nyelv</translation>
    </message>
    <message>
        <source>Default delivery mode</source>
        <translation>Alapértelmezett beszédmód</translation>
    </message>
    <message>
        <source>Natural (own words, guided)</source>
        <translation>Természetes (saját szavakkal, útmutatással)</translation>
    </message>
    <message>
        <source>Scripted (read the lines)</source>
        <translation>Kötött (a szöveg felolvasása)</translation>
    </message>
    <message>
        <source>Sync target</source>
        <translation>Szinkronizálási cél</translation>
    </message>
    <message>
        <source>Shared folder or postgresql+psycopg:// URL</source>
        <translation>Megosztott mappa vagy postgresql+psycopg:// URL-cím</translation>
    </message>
    <message>
        <source> min</source>
        <translation> perc</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>Szinkronizálási időköz</translation>
    </message>
    <message>
        <source>Currencies offered</source>
        <translation>Kínált pénznemek</translation>
    </message>
    <message>
        <source>ISO 4217 codes separated by commas, the first preselected on an offer; empty for the standard list.</source>
        <translation>ISO 4217 kódok vesszővel elválasztva, az első előre kiválasztva az ajánlatnál; üresen a szokásos lista.</translation>
    </message>
    <message>
        <source>Desk id:</source>
        <translation>Pultazonosító:</translation>
    </message>
    <message>
        <source>Signed-in user:</source>
        <translation>Bejelentkezett felhasználó:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Nyelv:</translation>
    </message>
    <message>
        <source>Default mode:</source>
        <translation>Alapértelmezett mód:</translation>
    </message>
    <message>
        <source>Sync target:</source>
        <translation>Szinkronizálási cél:</translation>
    </message>
    <message>
        <source>Sync every:</source>
        <translation>Szinkronizálási időköz:</translation>
    </message>
    <message>
        <source>Currencies offered:</source>
        <translation>Kínált pénznemek:</translation>
    </message>
    <message>
        <source>Case log:</source>
        <translation>Ügynapló:</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Beállítások mentése</translation>
    </message>
    <message>
        <source>Only an administrator can change where this desk&apos;s cases go (the sync target).</source>
        <translation>Azt, hogy a pult ügyei hová kerülnek (a szinkronizálás célja), csak rendszergazda módosíthatja.</translation>
    </message>
    <message>
        <source>The log&apos;s own identity, made with the log; it cannot be changed here.</source>
        <translation>A napló saját azonosítója, a naplóval együtt jött létre; itt nem módosítható.</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 4217 currency code. Write three-letter codes separated by commas, such as GBP, EUR, HUF; nothing was saved.</source>
        <translation>A(z) „%1” nem ISO 4217 pénznemkód. Írjon hárombetűs kódokat vesszővel elválasztva, pl. GBP, EUR, HUF; semmi sem lett mentve.</translation>
    </message>
    <message>
        <source>Could not save the settings: %1</source>
        <translation>A beállításokat nem sikerült menteni: %1</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Beállítások mentve.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>New case</source>
        <translation>Új ügy</translation>
    </message>
    <message>
        <source>Open the case (new case form)</source>
        <translation>Ügy megnyitása (új ügy űrlapja)</translation>
    </message>
    <message>
        <source>Complete stage, go to the next</source>
        <translation>Lépés befejezése, tovább a következőre</translation>
    </message>
    <message>
        <source>Back to the previous stage</source>
        <translation>Vissza az előző lépésre</translation>
    </message>
    <message>
        <source>Skip stage (with a reason)</source>
        <translation>Lépés kihagyása (indoklással)</translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation>Jegyzet hozzáadása</translation>
    </message>
    <message>
        <source>Switch scripted / natural</source>
        <translation>Váltás: kötött / természetes</translation>
    </message>
    <message>
        <source>Offer the resolution</source>
        <translation>Megoldás felajánlása</translation>
    </message>
    <message>
        <source>Record satisfaction / follow-up</source>
        <translation>Elégedettség / utánkövetés rögzítése</translation>
    </message>
    <message>
        <source>Supervisor approves here</source>
        <translation>Vezetői jóváhagyás itt</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Esedékes utánkövetések</translation>
    </message>
    <message>
        <source>Promises due (mark them done)</source>
        <translation>Esedékes ígéretek (teljesítettnek jelölés)</translation>
    </message>
    <message>
        <source>Open (parked) cases at this desk</source>
        <translation>Nyitott (félretett) ügyek ezen a pulton</translation>
    </message>
    <message>
        <source>Park the case (close its tab)</source>
        <translation>Ügy félretétele (a lap bezárása)</translation>
    </message>
    <message>
        <source>Find customer</source>
        <translation>Ügyfél keresése</translation>
    </message>
    <message>
        <source>Withdraw the case</source>
        <translation>Ügy visszavonása</translation>
    </message>
    <message>
        <source>Correct the customer&apos;s contact details</source>
        <translation>Az ügyfél elérhetőségének javítása</translation>
    </message>
    <message>
        <source>Go to the note</source>
        <translation>Ugrás a jegyzethez</translation>
    </message>
    <message>
        <source>Go to the resolution</source>
        <translation>Ugrás a megoldáshoz</translation>
    </message>
    <message>
        <source>Go to the customer&apos;s satisfaction</source>
        <translation>Ugrás az ügyfél elégedettségéhez</translation>
    </message>
    <message>
        <source>Put the selected line of &quot;What to say&quot; into the note</source>
        <translation>A „Mit mondjon” kijelölt sorát a feljegyzésbe teszi</translation>
    </message>
    <message>
        <source>Larger text on the Desk</source>
        <translation>Nagyobb betű a Pulton</translation>
    </message>
    <message>
        <source>Smaller text on the Desk</source>
        <translation>Kisebb betű a Pulton</translation>
    </message>
    <message>
        <source>Normal text size on the Desk</source>
        <translation>Normál betűméret a Pulton</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Billentyűparancsok</translation>
    </message>
    <message>
        <source>Every action works from the keyboard. Shortcuts can be changed in settings.json.</source>
        <translation>Minden művelet elérhető a billentyűzetről. A billentyűparancsok a settings.json fájlban módosíthatók.</translation>
    </message>
    <message>
        <source>Desk, Log, Dashboard, Register, Training, Settings</source>
        <translation>Pult, Napló, Irányítópult, Nyilvántartás, Képzés, Beállítások</translation>
    </message>
    <message>
        <source>Next open case</source>
        <translation>Következő nyitott ügy</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Szinkronizálás most</translation>
    </message>
    <message>
        <source>Presenter mode (Training)</source>
        <translation>Előadói mód (Képzés)</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Ez a lista</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Billentyűk</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Művelet</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>This account is locked after too many wrong attempts, until %1 (%2 min). Wait, or ask an administrator to unlock it.</source>
        <translation>A túl sok sikertelen próbálkozás miatt ez a fiók zárolva van eddig: %1 (%2 perc). Várjon, vagy kérje meg egy adminisztrátort, hogy oldja fel.</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Try again in %1 s.</source>
        <translation>Túl sok sikertelen próbálkozás. Próbálja újra %1 mp múlva.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator if you should still have access.</source>
        <translation>Ez a fiók le van tiltva. Ha továbbra is hozzáférésre van szüksége, forduljon egy adminisztrátorhoz.</translation>
    </message>
    <message>
        <source>The name or the password or PIN is not right.</source>
        <translation>A név vagy a jelszó, illetve a PIN-kód nem megfelelő.</translation>
    </message>
    <message>
        <source>The user name or PIN is not right.</source>
        <translation>A felhasználónév vagy a PIN-kód nem megfelelő.</translation>
    </message>
    <message>
        <source>The user name or password is not right.</source>
        <translation>A felhasználónév vagy a jelszó nem megfelelő.</translation>
    </message>
    <message>
        <source>Try again in %1 s.</source>
        <translation>Próbálja újra %1 mp múlva.</translation>
    </message>
    <message>
        <source>Quit Recovery Desk?</source>
        <translation>Kilép a Recovery Deskből?</translation>
    </message>
    <message>
        <source>Nobody is signed in, so Recovery Desk will close. Quit now?</source>
        <translation>Senki sincs bejelentkezve, ezért a Recovery Desk bezárul. Kilép most?</translation>
    </message>
    <message>
        <source> or </source>
        <translation> vagy </translation>
    </message>
    <message>
        <source>Refused: %1 is signed in as %2; this needs a role of %3. Ask one to do it here (File ▸ Switch user…). The attempt is recorded in the log.</source>
        <translation>Elutasítva: %1 %2 szerepkörrel van bejelentkezve; ehhez %3 szerepkör szükséges. Kérjen meg egy ilyen felhasználót, hogy itt végezze el (Fájl ▸ Felhasználóváltás…). A kísérlet bekerül a naplóba.</translation>
    </message>
    <message>
        <source>Refused: nobody is signed in; this needs a role of %1. Sign in first (File ▸ Switch user…).</source>
        <translation>Elutasítva: senki sincs bejelentkezve; ehhez %1 szerepkör kell. Előbb jelentkezzen be (Fájl ▸ Felhasználóváltás…).</translation>
    </message>
    <message>
        <source>%1 must confirm with their password or PIN first; ask them to type it in the approval window.</source>
        <translation>%1 előbb erősítse meg a műveletet a saját jelszavával vagy PIN-kódjával; kérje meg, hogy írja be a jóváhagyási ablakban.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in – Recovery Desk</source>
        <translation>Bejelentkezés – Recovery Desk</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Bejelentkezés</translation>
    </message>
    <message>
        <source>Desk %1. Sign in with your own account: every step you record carries your name.</source>
        <translation>Pult: %1. Jelentkezzen be a saját fiókjával: minden rögzített lépés az Ön nevét viseli.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Felhasználónév</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Felhasználónév:</translation>
    </message>
    <message>
        <source>Quick switch with my PIN</source>
        <translation>Gyors váltás a PIN-kódommal</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN-kód:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Jelszó:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-kód</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Jelszó</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Ellenőrzés…</translation>
    </message>
</context>
<context>
    <name>StageStepper</name>
    <message>
        <source>Stages</source>
        <translation>Lépések</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuális</translation>
    </message>
    <message>
        <source>done</source>
        <translation>kész</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>hátravan</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>open</source>
        <translation>nyitott</translation>
    </message>
    <message>
        <source>waiting for a supervisor</source>
        <translation>vezetőre vár</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>utánkövetés</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>lezárva</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>visszavonva</translation>
    </message>
</context>
<context>
    <name>SupervisorActions</name>
    <message>
        <source>Coaching note…</source>
        <translation>Coaching-jegyzet…</translation>
    </message>
    <message>
        <source>Flag for training…</source>
        <translation>Megjelölés képzéshez…</translation>
    </message>
    <message>
        <source>Root cause…</source>
        <translation>Kiváltó ok…</translation>
    </message>
    <message>
        <source>Approve escalation…</source>
        <translation>Eszkaláció jóváhagyása…</translation>
    </message>
    <message>
        <source>Decline escalation…</source>
        <translation>Eszkaláció elutasítása…</translation>
    </message>
    <message>
        <source>Reassign follow-up…</source>
        <translation>Utánkövetés átosztása…</translation>
    </message>
    <message>
        <source>Erase customer…</source>
        <translation>Ügyfél adatainak törlése…</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <extracomment>How a dialog is run; tests put their own in to fill it in and accept.</extracomment>
        <translation>Nem sikerült rögzíteni</translation>
    </message>
    <message>
        <source>Coaching note</source>
        <translation>Coaching-jegyzet</translation>
    </message>
    <message>
        <source>A note for the agent on how this recovery went. It is kept on the case&apos;s timeline; it changes no figure.</source>
        <translation>Jegyzet az ügyintézőnek arról, hogyan sikerült a panaszkezelés. Az ügy idővonalán marad meg; egyetlen értéket sem módosít.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Jegyzet</translation>
    </message>
    <message>
        <source>Flag for training</source>
        <translation>Megjelölés képzéshez</translation>
    </message>
    <message>
        <source>Trainers see flagged cases as examples. Say what this case teaches.</source>
        <translation>Az oktatók a megjelölt ügyeket példaként látják. Írja le, mit lehet tanulni ebből az ügyből.</translation>
    </message>
    <message>
        <source>Why it is an example</source>
        <translation>Miért jó példa</translation>
    </message>
    <message>
        <source>Root cause and corrective action</source>
        <translation>Kiváltó ok és helyesbítő intézkedés</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Kiváltó ok</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Helyesbítő intézkedés</translation>
    </message>
    <message>
        <source>Approve escalation</source>
        <translation>Eszkaláció jóváhagyása</translation>
    </message>
    <message>
        <source>Approve the offer waiting on this case? The agent can then go on with the recovery.</source>
        <translation>Jóváhagyja az ügyben várakozó ajánlatot? Az ügyintéző ezután folytathatja a panaszkezelést.</translation>
    </message>
    <message>
        <source>Decline escalation</source>
        <translation>Eszkaláció elutasítása</translation>
    </message>
    <message>
        <source>The agent is told why and offers something else.</source>
        <translation>Az ügyintéző megtudja az okát, és mást ajánl fel.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Indoklás</translation>
    </message>
    <message>
        <source>Erase the customer&apos;s personal data</source>
        <translation>Az ügyfél személyes adatainak törlése</translation>
    </message>
    <message>
        <source>Name, phone, e-mail, customer number, the customer&apos;s words and every note are removed from all of this customer&apos;s cases in this log, for good. The cases, their figures and the proof of the log stay; the erasure is recorded. It cannot be undone.</source>
        <translation>A név, a telefonszám, az e-mail-cím, az ügyfélszám, az ügyfél saját szavai és minden jegyzet véglegesen törlődik az ügyfél összes ebben a naplóban szereplő ügyéből. Az ügyek, az értékeik és a napló hitelességének igazolása megmarad; a törlés bekerül a naplóba. A művelet nem vonható vissza.</translation>
    </message>
    <message>
        <source>Reason (e.g. the customer&apos;s request)</source>
        <translation>Indoklás (pl. az ügyfél kérése)</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Training</source>
        <extracomment>the type size before presenter mode first enlarged it (taken on first use, once the page has its window&apos;s font)</extracomment>
        <translation>Képzés</translation>
    </message>
    <message>
        <source>Scripted and natural</source>
        <translation>Kötött és természetes</translation>
    </message>
    <message>
        <source>Practice scenarios</source>
        <translation>Gyakorló szituációk</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Értékelések</translation>
    </message>
    <message>
        <source>Quality checks</source>
        <translation>Minőségellenőrzés</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Forgatókönyv</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Lépés</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szituáció</translation>
    </message>
    <message>
        <source>(no scenario)</source>
        <translation>(nincs szituáció)</translation>
    </message>
    <message>
        <source>◀ Previous stage</source>
        <translation>◀ Előző lépés</translation>
    </message>
    <message>
        <source>Next stage ▶</source>
        <translation>Következő lépés ▶</translation>
    </message>
    <message>
        <source>Presenter mode (F11)</source>
        <translation>Előadói mód (F11)</translation>
    </message>
    <message>
        <source>Playbook:</source>
        <translation>Forgatókönyv:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Lépés:</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Szituáció:</translation>
    </message>
    <message>
        <source>Scripted delivery</source>
        <translation>Kötött szöveg</translation>
    </message>
    <message>
        <source>Natural delivery</source>
        <translation>Természetes beszéd</translation>
    </message>
    <message>
        <source>Scripted: read the lines</source>
        <translation>Kötött: olvassa fel a szöveget</translation>
    </message>
    <message>
        <source>Natural: own words, guided</source>
        <translation>Természetes: saját szavakkal, útmutatással</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Fő szempontok</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Ajánlott</translation>
    </message>
    <message>
        <source>Don&apos;t</source>
        <translation>Kerülendő</translation>
    </message>
    <message>
        <source>You could say</source>
        <translation>Mondhatja például</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szituációk</translation>
    </message>
    <message>
        <source>Unusable: %1</source>
        <translation>Nem használható: %1</translation>
    </message>
    <message>
        <source>No scenarios are installed.</source>
        <translation>Nincs telepített szituáció.</translation>
    </message>
    <message>
        <source>Show trainer notes (facts, good resolutions, pitfalls)</source>
        <translation>Oktatói jegyzetek megjelenítése (tények, jó megoldások, buktatók)</translation>
    </message>
    <message>
        <source>Start practice on the Desk</source>
        <translation>Gyakorlás indítása a Pulton</translation>
    </message>
    <message>
        <source>Trainee:</source>
        <translation>Gyakornok:</translation>
    </message>
    <message>
        <source>Wants:</source>
        <translation>Kérése:</translation>
    </message>
    <message>
        <source>Facts to find out by listening</source>
        <translation>Meghallgatással kiderítendő tények</translation>
    </message>
    <message>
        <source>Resolutions that work</source>
        <translation>Beváló megoldások</translation>
    </message>
    <message>
        <source>Pitfalls</source>
        <translation>Buktatók</translation>
    </message>
    <message>
        <source>(choose the trainee)</source>
        <translation>(válassza ki a gyakornokot)</translation>
    </message>
    <message>
        <source>Choose the trainee the practice run is for, then start it.</source>
        <translation>Válassza ki, kinek szól a gyakorlófutás, majd indítsa el.</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Gyakornok</translation>
    </message>
    <message>
        <source>Listened before solving</source>
        <translation>Meghallgatta, mielőtt megoldást keresett</translation>
    </message>
    <message>
        <source>Acknowledged the specific problem</source>
        <translation>Elismerte a konkrét problémát</translation>
    </message>
    <message>
        <source>Apologized without shifting blame</source>
        <translation>Bocsánatot kért, másokat nem hibáztatott</translation>
    </message>
    <message>
        <source>Agreed a fix with a deadline</source>
        <translation>Határidős megoldásban állapodott meg</translation>
    </message>
    <message>
        <source>Satisfaction confirmed by the customer</source>
        <translation>Az ügyfél megerősítette, hogy elégedett</translation>
    </message>
</context>
<context>
    <name>UsersSection</name>
    <message>
        <source>Users</source>
        <translation>Felhasználók</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Szerepkör</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Felhasználó hozzáadása…</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>Jelszó beállítása…</translation>
    </message>
    <message>
        <source>Set PIN…</source>
        <translation>PIN-kód beállítása…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Letiltás</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Feloldás</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>letiltva</translation>
    </message>
    <message>
        <source>no password: cannot sign in</source>
        <translation>nincs jelszó: nem tud bejelentkezni</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>zárolva eddig: %1</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktív</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Engedélyezés</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Felhasználó hozzáadása</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Név:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Szerepkör:</translation>
    </message>
    <message>
        <source>Password (at least 8 characters):</source>
        <translation>Jelszó (legalább 8 karakter):</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Jelszó beállítása</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation>%1 új jelszava:</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>PIN-kód beállítása</translation>
    </message>
    <message>
        <source>Quick-switch PIN for %1 (4 to 8 digits; empty removes it):</source>
        <translation>%1 gyorsváltó PIN-kódja (4–8 számjegy; üresen hagyva törlődik):</translation>
    </message>
</context>
<context>
    <name>WorklistDialog</name>
    <message>
        <source>Follow-ups due</source>
        <translation>Esedékes utánkövetések</translation>
    </message>
    <message>
        <source>Open cases at this desk</source>
        <translation>Nyitott ügyek ezen a pulton</translation>
    </message>
    <message>
        <source>Most urgent first. Press Enter to open the case and record the call.</source>
        <translation>A legsürgősebb elöl. Az Enter billentyűvel megnyithatja az ügyet, és rögzítheti a hívást.</translation>
    </message>
    <message>
        <source>Waiting for approval first, then the longest waiting. Press Enter to continue a parked case.</source>
        <translation>Elöl a jóváhagyásra várók, utánuk a legrégebben várakozók. Az Enter billentyűvel folytathat egy félretett ügyet.</translation>
    </message>
    <message>
        <source>Only mine (Ctrl+M)</source>
        <translation>Csak az enyéim (Ctrl+M)</translation>
    </message>
    <message>
        <source>Only the cases and follow-ups that are yours (%1)</source>
        <translation>Csak az Önhöz tartozó ügyek és utánkövetések (%1)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Esedékes</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Ügyfél</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>Elérhetőség</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Vállalva</translation>
    </message>
    <message>
        <source>Why unhappy</source>
        <translation>Miért elégedetlen</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Felelős</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Ügyszám</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Megnyitva</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Szakasz</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(nincs név)</translation>
    </message>
    <message>
        <source>Nothing of yours here; clear &quot;Only mine&quot; to see everyone&apos;s.</source>
        <translation>Itt nincs Önhöz tartozó tétel; kapcsolja ki a „Csak az enyéim” szűrőt, hogy mindenkiét lássa.</translation>
    </message>
    <message>
        <source>No follow-ups due this week.</source>
        <translation>Ezen a héten nincs esedékes utánkövetés.</translation>
    </message>
    <message>
        <source>No open cases: every case is closed or waiting for a follow-up.</source>
        <translation>Nincs nyitott ügy: minden ügy le van zárva, vagy utánkövetésre vár.</translation>
    </message>
</context>
<context>
    <name>WorklistWords</name>
    <message>
        <source>Overdue</source>
        <translation>Lejárt</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Ma esedékes</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Később</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Elérhetőség</translation>
    </message>
    <message>
        <source>no phone or e-mail on file</source>
        <translation>nincs megadva telefonszám vagy e-mail</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>elfogadta</translation>
    </message>
    <message>
        <source>accepted only partly</source>
        <translation>csak részben fogadta el</translation>
    </message>
    <message>
        <source>did not accept</source>
        <translation>nem fogadta el</translation>
    </message>
    <message>
        <source>acceptance not known</source>
        <translation>nem tudni, elfogadta-e</translation>
    </message>
    <message>
        <source>stage not known</source>
        <translation>ismeretlen szakasz</translation>
    </message>
    <message>
        <source>nothing agreed yet</source>
        <translation>még nincs megállapodás</translation>
    </message>
    <message>
        <source>a resolution</source>
        <translation>egy megoldás</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>határidő: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Összesen: %1</translation>
    </message>
    <message>
        <source>satisfaction %1 of 5</source>
        <translation>elégedettség: %1/5</translation>
    </message>
    <message>
        <source>would recommend %1 of 10</source>
        <translation>ajánlaná: %1/10</translation>
    </message>
    <message>
        <source>%1 · waiting for approval</source>
        <translation>%1 · jóváhagyásra vár</translation>
    </message>
</context>
<context>
    <name>WrapUp</name>
    <message>
        <source>a resolution</source>
        <translation>egy megoldás</translation>
    </message>
    <message>
        <source>This case was withdrawn.</source>
        <translation>Ezt az ügyet visszavonták.</translation>
    </message>
    <message>
        <source>This case waits for a follow-up.</source>
        <translation>Ez az ügy utánkövetésre vár.</translation>
    </message>
    <message>
        <source>This case is closed.</source>
        <translation>Ez az ügy lezárult.</translation>
    </message>
    <message>
        <source>Your reference is %1.</source>
        <translation>Az ügyszáma: %1.</translation>
    </message>
    <message>
        <source>What we agreed: %1.</source>
        <translation>Amiben megállapodtunk: %1.</translation>
    </message>
    <message>
        <source>Amount: %1.</source>
        <translation>Összeg: %1.</translation>
    </message>
    <message>
        <source>By: %1.</source>
        <translation>Határidő: %1.</translation>
    </message>
    <message>
        <source>No date was agreed.</source>
        <translation>Időpontban nem állapodtunk meg.</translation>
    </message>
    <message>
        <source>What we agreed:</source>
        <translation>Amiben megállapodtunk:</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>határidő: %1</translation>
    </message>
    <message>
        <source>no date agreed</source>
        <translation>időpontban nem állapodtunk meg</translation>
    </message>
    <message>
        <source>Total: %1.</source>
        <translation>Összesen: %1.</translation>
    </message>
    <message>
        <source>No resolution was agreed.</source>
        <translation>Megoldásban nem állapodtunk meg.</translation>
    </message>
    <message>
        <source>Follow-up: %1 contacts you by %2.</source>
        <translation>Utánkövetés: %1 felveszi Önnel a kapcsolatot eddig: %2.</translation>
    </message>
    <message>
        <source>No follow-up is due.</source>
        <translation>Utánkövetés nem esedékes.</translation>
    </message>
    <message>
        <source>Wrap-up: read this to the customer</source>
        <translation>Összefoglaló: olvassa fel az ügyfélnek</translation>
    </message>
</context>
</TS>
