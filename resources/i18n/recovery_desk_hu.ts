<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hu">
<context>
    <name>CaseExporter</name>
    <message>
        <location filename="../../recovery_desk/ui/export_dialog.py" line="37"/>
        <source>Export cases…</source>
        <translation>Ügyek exportálása…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/export_dialog.py" line="48"/>
        <source>Exporting %1 cases…</source>
        <translation>%1 ügy exportálása…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/export_dialog.py" line="49"/>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/export_dialog.py" line="67"/>
        <source>Exported %1 cases to %2.</source>
        <translation>%1 ügy exportálva ide: %2.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/export_dialog.py" line="74"/>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Az exportálás megszakítva; nem jött létre fájl.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/export_dialog.py" line="76"/>
        <source>Export failed: %1</source>
        <translation>Az exportálás nem sikerült: %1</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="128"/>
        <source>Time in stage and in case</source>
        <translation>A lépésben és az ügyben eltöltött idő</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="131"/>
        <source>Delivery mode for this case</source>
        <translation>Az ügy beszédmódja</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="132"/>
        <source>Natural (own words)</source>
        <translation>Természetes (saját szavakkal)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="133"/>
        <source>Scripted (read lines)</source>
        <translation>Kötött (szöveg felolvasása)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="155"/>
        <source>What to say</source>
        <translation>Mit mondjon</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="163"/>
        <source>Checklist</source>
        <translation>Ellenőrzőlista</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="166"/>
        <source>Capture</source>
        <translation>Adatrögzítés</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="171"/>
        <source>Notes</source>
        <translation>Jegyzetek</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="175"/>
        <source>Note</source>
        <translation>Jegyzet</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="176"/>
        <source>Type a note; it is kept even if the PC crashes. Ctrl+Shift+Enter adds it.</source>
        <translation>Írjon be egy jegyzetet; akkor is megmarad, ha a számítógép összeomlik. Hozzáadás: Ctrl+Shift+Enter.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="185"/>
        <source>Language hint</source>
        <translation>Nyelvi tanács</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="188"/>
        <source>Add note</source>
        <translation>Jegyzet hozzáadása</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="199"/>
        <source>◀ Back (Shift+F8)</source>
        <translation>◀ Vissza (Shift+F8)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="201"/>
        <source>Skip… (F6)</source>
        <translation>Kihagyás… (F6)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="203"/>
        <source>Withdraw…</source>
        <translation>Visszavonás…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="205"/>
        <source>Park (Ctrl+W)</source>
        <translation>Félretétel (Ctrl+W)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="206"/>
        <source>Keep the case open and serve the next customer.</source>
        <translation>Az ügy nyitva marad, Ön pedig kiszolgálhatja a következő ügyfelet.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="208"/>
        <source>Complete stage ▶ (F8)</source>
        <translation>Lépés befejezése ▶ (F8)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="226"/>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="229"/>
        <source>Resolution</source>
        <translation>Megoldás</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="234"/>
        <source>Amount</source>
        <translation>Összeg</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="237"/>
        <source>Currency</source>
        <translation>Pénznem</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="244"/>
        <source>Promised deadline</source>
        <translation>Vállalt határidő</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="248"/>
        <source>Offer (Ctrl+Shift+O)</source>
        <translation>Felajánlás (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="252"/>
        <source>Supervisor approves here (Ctrl+Shift+A)</source>
        <translation>Vezetői jóváhagyás itt (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="254"/>
        <source>Resolution:</source>
        <translation>Megoldás:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="255"/>
        <source>Amount:</source>
        <translation>Összeg:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="256"/>
        <source>Deadline:</source>
        <translation>Határidő:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="264"/>
        <source>Customer&apos;s satisfaction</source>
        <translation>Az ügyfél elégedettsége</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="268"/>
        <source>Accepted the resolution</source>
        <translation>Elfogadta a megoldást</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="269"/>
        <source>Yes</source>
        <translation>Igen</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="269"/>
        <source>Partly</source>
        <translation>Részben</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="270"/>
        <source>No</source>
        <translation>Nem</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="273"/>
        <source>How accepted</source>
        <translation>Elfogadás módja</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="274"/>
        <source>Verbally</source>
        <translation>Szóban</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="275"/>
        <source>In writing</source>
        <translation>Írásban</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="289"/>
        <source>not asked</source>
        <translation>nem kérdeztük</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="293"/>
        <source>Follow-up note</source>
        <translation>Utánkövetési jegyzet</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="295"/>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="395"/>
        <source>Record answers (Ctrl+Shift+S)</source>
        <translation>Válaszok rögzítése (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="297"/>
        <source>Close as not recovered…</source>
        <translation>Lezárás rendezetlenként…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="299"/>
        <source>Accepted:</source>
        <translation>Elfogadta:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="300"/>
        <source>How:</source>
        <translation>Módja:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="311"/>
        <source>Follow-up note:</source>
        <translation>Utánkövetési jegyzet:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="328"/>
        <source>(no name)</source>
        <translation>(név nélkül)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="331"/>
        <source>in progress</source>
        <translation>folyamatban</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="331"/>
        <source>waiting for a supervisor</source>
        <translation>vezetőre vár</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="332"/>
        <source>waiting for a follow-up</source>
        <translation>utánkövetésre vár</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="337"/>
        <source>Wants:</source>
        <translation>Kérése:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="351"/>
        <source>Key points</source>
        <translation>Fő szempontok</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="351"/>
        <source>Do</source>
        <translation>Ajánlott</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="352"/>
        <source>Don&apos;t</source>
        <translation>Kerülendő</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="352"/>
        <source>You could say</source>
        <translation>Mondhatja például</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="355"/>
        <source>Follow-up</source>
        <translation>Utánkövetés</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="357"/>
        <source>Call or write to the customer, ask whether the problem is fully solved now, and record their answers. Due: %1</source>
        <translation>Hívja fel az ügyfelet vagy írjon neki, kérdezze meg, hogy a probléma most már teljesen megoldódott-e, és rögzítse a válaszait. Határidő: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="361"/>
        <source>This case is closed.</source>
        <translation>Ez az ügy le van zárva.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="370"/>
        <source>%1 %2 is over your limit: a supervisor must approve it. Ask one to approve here, or park the case and serve the next customer.</source>
        <translation>%1 %2 meghaladja az Ön keretét, ezért vezetői jóváhagyás szükséges. Kérje meg egy vezetőjét, hogy itt hagyja jóvá, vagy tegye félre az ügyet, és szolgálja ki a következő ügyfelet.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="384"/>
        <source>Offered: %1</source>
        <translation>Felajánlva: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="385"/>
        <source>by %1</source>
        <translation>határidő: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="393"/>
        <source>Record follow-up (Ctrl+Shift+S)</source>
        <translation>Utánkövetés rögzítése (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="472"/>
        <source>Stage %1 · Case %2</source>
        <translation>Lépés: %1 · Ügy: %2</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="488"/>
        <source>The action was not recorded: %1</source>
        <translation>A műveletet nem sikerült rögzíteni: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="524"/>
        <source>Try:</source>
        <translation>Próbálja így:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="534"/>
        <source>Note added.</source>
        <translation>Jegyzet hozzáadva.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="546"/>
        <source>Skip stage</source>
        <translation>Lépés kihagyása</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="547"/>
        <source>Why do you skip this stage?</source>
        <translation>Miért hagyja ki ezt a lépést?</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="552"/>
        <source>Withdraw case</source>
        <translation>Ügy visszavonása</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="553"/>
        <source>Why is the case withdrawn?</source>
        <translation>Miért vonja vissza az ügyet?</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="567"/>
        <source>Type the amount as a number, e.g. 25.50.</source>
        <translation>Az összeget számként adja meg, pl. 25,50.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="581"/>
        <source>No supervisor account exists on this desk yet.</source>
        <translation>Ezen a pulton még nincs vezetői fiók.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="583"/>
        <source>Supervisor approval</source>
        <translation>Vezetői jóváhagyás</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="584"/>
        <source>Supervisor approving this offer:</source>
        <translation>Az ajánlatot jóváhagyó vezető:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="607"/>
        <source>Not fully satisfied: the customer is on the watchlist and a follow-up is due %1.</source>
        <translation>Nem teljesen elégedett: az ügyfél felkerült a figyelőlistára, az utánkövetés határideje: %1.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="611"/>
        <source>Close as not recovered</source>
        <translation>Lezárás rendezetlenként</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="612"/>
        <source>Why is the case closed without a satisfied customer?</source>
        <translation>Miért zárja le az ügyet úgy, hogy az ügyfél nem elégedett?</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="656"/>
        <source>overdue</source>
        <translation>lejárt</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="656"/>
        <source>due</source>
        <translation>esedékes</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="26"/>
        <source>Reference</source>
        <translation>Ügyszám</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="26"/>
        <source>Opened</source>
        <translation>Megnyitva</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="26"/>
        <source>Agent</source>
        <translation>Ügyintéző</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="27"/>
        <source>Channel</source>
        <translation>Csatorna</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="27"/>
        <source>Category</source>
        <translation>Kategória</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="27"/>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="28"/>
        <source>Stage</source>
        <translation>Lépés</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="28"/>
        <source>Resolution</source>
        <translation>Megoldás</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="28"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="29"/>
        <source>Recommend</source>
        <translation>Ajánlás</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="29"/>
        <source>Watchlist</source>
        <translation>Figyelőlista</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="43"/>
        <source>Dashboard</source>
        <translation>Irányítópult</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="46"/>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="87"/>
        <source>Hover a figure to see how it is computed. Training cases are never counted.</source>
        <translation>Vigye az egérmutatót egy értékre, hogy lássa, hogyan számoljuk. A gyakorló ügyek sosem számítanak bele.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="51"/>
        <source>Complaints</source>
        <translation>Panaszok</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="51"/>
        <source>All complaints in the log.</source>
        <translation>A napló összes panasza.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="52"/>
        <source>Open now</source>
        <translation>Jelenleg nyitott</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="52"/>
        <source>Cases in the flow, escalated or waiting for a follow-up.</source>
        <translation>Folyamatban lévő, eszkalált vagy utánkövetésre váró ügyek.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="54"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="54"/>
        <source>Share of CSAT answers that are 4 or 5 (scale 1–5).</source>
        <translation>A 4-es vagy 5-ös CSAT-válaszok aránya (1–5 skálán).</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="56"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="56"/>
        <source>% promoters (9–10) minus % detractors (0–6) on likelihood to recommend.</source>
        <translation>Az ajánlók (9–10) %-a mínusz a kritikusok (0–6) %-a az ajánlási hajlandóság alapján.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="58"/>
        <source>Recovery rate</source>
        <translation>Rendezési arány</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="59"/>
        <source>Share of closed complaints closed with a satisfied customer.</source>
        <translation>A lezárt panaszok közül az elégedett ügyféllel lezártak aránya.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="60"/>
        <source>On the watchlist</source>
        <translation>Figyelőlistán</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="61"/>
        <source>Customers who were not fully satisfied and are being followed up.</source>
        <translation>Nem teljesen elégedett ügyfelek, akiknél utánkövetés folyik.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="62"/>
        <source>Overdue follow-ups</source>
        <translation>Lejárt utánkövetések</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="63"/>
        <source>Follow-ups past their due time.</source>
        <translation>Határidőn túli utánkövetések.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="64"/>
        <source>Escalations waiting</source>
        <translation>Várakozó eszkalációk</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="65"/>
        <source>Offers over the agent&apos;s limit waiting for a supervisor.</source>
        <translation>Az ügyintéző keretét meghaladó, vezetőre váró ajánlatok.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="80"/>
        <source>Computing…</source>
        <translation>Számítás…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="103"/>
        <source>Could not compute the figures: %1</source>
        <translation>Az értékeket nem sikerült kiszámítani: %1</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="81"/>
        <source>Open cases (F7)</source>
        <translation>Nyitott ügyek (F7)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="94"/>
        <source>New case</source>
        <translation>Új ügy</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="172"/>
        <source>The case was not opened: %1</source>
        <translation>Az ügyet nem sikerült megnyitni: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="180"/>
        <source>Case %1 opened.</source>
        <translation>Ügy megnyitva: %1.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="189"/>
        <location filename="../../recovery_desk/ui/desk/page.py" line="231"/>
        <source>Practice %1</source>
        <translation>Gyakorlás: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="214"/>
        <source>Practice started: %1. It is never counted in the figures.</source>
        <translation>Gyakorlás elindítva: %1. Sosem számít bele az értékekbe.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="273"/>
        <source>Follow-ups: %1 due today, %2 overdue (F9)</source>
        <translation>Utánkövetések: ma %1 esedékes, %2 lejárt (F9)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="282"/>
        <source>OVERDUE</source>
        <translation>LEJÁRT</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="288"/>
        <source>Follow-ups due</source>
        <translation>Esedékes utánkövetések</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="289"/>
        <source>No follow-ups due today.</source>
        <translation>Ma nincs esedékes utánkövetés.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="290"/>
        <source>Press Enter to open the case and record the call.</source>
        <translation>Az Enter billentyűvel megnyithatja az ügyet, és rögzítheti a hívást.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="294"/>
        <source>waiting for a supervisor</source>
        <translation>vezetőre vár</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="299"/>
        <source>Open cases at this desk</source>
        <translation>Nyitott ügyek ezen a pulton</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="300"/>
        <source>No open cases: every case is closed or waiting for a follow-up.</source>
        <translation>Nincs nyitott ügy: minden ügy le van zárva, vagy utánkövetésre vár.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="302"/>
        <source>Press Enter to continue a parked case.</source>
        <translation>Az Enter billentyűvel folytathat egy félretett ügyet.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="358"/>
        <source>Could not autosave the typed text: %1</source>
        <translation>A begépelt szöveget nem sikerült automatikusan menteni: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="380"/>
        <source>Welcome back. %1 case(s) were open and %2 piece(s) of typed text were kept when the desk last closed. Restore them?</source>
        <translation>Üdvözöljük újra! A pult legutóbbi bezárásakor %1 ügy volt nyitva, és %2 begépelt szövegrész maradt meg. Visszaállítja őket?</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="383"/>
        <source>Restore</source>
        <translation>Visszaállítás</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="384"/>
        <source>Discard the text</source>
        <translation>Szöveg elvetése</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="418"/>
        <source>Restored the open cases and the typed text.</source>
        <translation>A nyitott ügyek és a begépelt szöveg visszaállítva.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="429"/>
        <source>The case log is empty. Load %1 realistic demo cases to explore the desk, the log and the dashboard? You can also start with your first real customer.</source>
        <translation>Az ügynapló üres. Betölt %1 életszerű bemutató ügyet, hogy kipróbálja a pultot, a naplót és az irányítópultot? Az első valódi ügyféllel is kezdhet.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="432"/>
        <source>Load demo data</source>
        <translation>Bemutató adatok betöltése</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="433"/>
        <source>Start empty</source>
        <translation>Kezdés üresen</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="443"/>
        <source>Loading demo cases… the desk stays usable.</source>
        <translation>Bemutató ügyek betöltése… A pult közben is használható.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="458"/>
        <source>Loaded %1 demo cases.</source>
        <translation>%1 bemutató ügy betöltve.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="464"/>
        <source>Demo data could not be loaded: %1</source>
        <translation>A bemutató adatokat nem sikerült betölteni: %1</translation>
    </message>
</context>
<context>
    <name>Flow</name>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="18"/>
        <source>Write down the complaint in the customer&apos;s own words first.</source>
        <translation>Először írja le a panaszt az ügyfél saját szavaival.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="22"/>
        <source>Choose or create the customer first.</source>
        <translation>Először válassza ki vagy hozza létre az ügyfelet.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="25"/>
        <source>This case is not in the guided flow any more.</source>
        <translation>Ez az ügy már nincs az irányított folyamatban.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="28"/>
        <source>Offer a resolution from the catalogue.</source>
        <translation>Ajánljon fel egy megoldást a katalógusból.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="31"/>
        <source>The resolution waits for a supervisor&apos;s approval.</source>
        <translation>A megoldás vezetői jóváhagyásra vár.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="34"/>
        <source>Record the customer&apos;s satisfaction.</source>
        <translation>Rögzítse az ügyfél elégedettségét.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="37"/>
        <source>This stage cannot be skipped in this playbook.</source>
        <translation>Ebben a forgatókönyvben ez a lépés nem hagyható ki.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="40"/>
        <source>Say why you skip this stage.</source>
        <translation>Adja meg, miért hagyja ki ezt a lépést.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="43"/>
        <source>This is the first stage.</source>
        <translation>Ez az első lépés.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="46"/>
        <source>Offer a resolution in the resolution stage.</source>
        <translation>A megoldást a megoldási lépésben ajánlja fel.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="49"/>
        <source>A supervisor has not decided on the current offer yet.</source>
        <translation>A vezető még nem döntött az aktuális ajánlatról.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="52"/>
        <source>Choose the currency of the amount.</source>
        <translation>Válassza ki az összeg pénznemét.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="55"/>
        <source>Agree a deadline with the customer.</source>
        <translation>Egyeztessen határidőt az ügyféllel.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="58"/>
        <source>The promised deadline is in the past.</source>
        <translation>A vállalt határidő már elmúlt.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="61"/>
        <source>Nothing on this case waits for approval.</source>
        <translation>Ebben az ügyben semmi sem vár jóváhagyásra.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="64"/>
        <source>Only a supervisor can approve this resolution.</source>
        <translation>Ezt a megoldást csak vezető hagyhatja jóvá.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="67"/>
        <source>Only a supervisor can decline this resolution.</source>
        <translation>Ezt a megoldást csak vezető utasíthatja el.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="71"/>
        <source>Say why the offer is declined, so the agent can offer another.</source>
        <translation>Adja meg, miért utasítja el az ajánlatot, hogy az ügyintéző másikat ajánlhasson fel.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="75"/>
        <source>Ask about satisfaction in the confirmation stage.</source>
        <translation>Az elégedettségről a megerősítési lépésben kérdezzen.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="78"/>
        <source>Agree a resolution before asking about satisfaction.</source>
        <translation>Mielőtt az elégedettségről kérdez, állapodjon meg egy megoldásban.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="81"/>
        <source>This case has no follow-up waiting.</source>
        <translation>Ebben az ügyben nincs függőben lévő utánkövetés.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="85"/>
        <source>Only a case waiting for a follow-up can be closed as not recovered.</source>
        <translation>Rendezetlenként csak utánkövetésre váró ügy zárható le.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="89"/>
        <source>Say why the case is closed without a satisfied customer.</source>
        <translation>Adja meg, miért zárja le az ügyet úgy, hogy az ügyfél nem elégedett.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="92"/>
        <source>This case is already closed.</source>
        <translation>Ez az ügy már le van zárva.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="95"/>
        <source>Say why the case is withdrawn.</source>
        <translation>Adja meg, miért vonja vissza az ügyet.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="98"/>
        <source>Only practice cases are reviewed this way.</source>
        <translation>Így csak gyakorló ügyek értékelhetők.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="101"/>
        <source>The score must be 1 to 5.</source>
        <translation>A pontszámnak 1 és 5 között kell lennie.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="104"/>
        <source>Only a closed case can be reopened.</source>
        <translation>Csak lezárt ügy nyitható újra.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="107"/>
        <source>Say why the case is reopened.</source>
        <translation>Adja meg, miért nyitja újra az ügyet.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="115"/>
        <source>Tick “%1”.</source>
        <translation>Jelölje be: “%1”.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="119"/>
        <source>Fill in “%1”.</source>
        <translation>Töltse ki: “%1”.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="123"/>
        <source>%1 needs an amount above zero.</source>
        <translation>%1: adjon meg nullánál nagyobb összeget.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="130"/>
        <source>%1 is over your limit of %2; ask an administrator.</source>
        <translation>%1 meghaladja az Ön keretét (%2); forduljon egy adminisztrátorhoz.</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <location filename="../../recovery_desk/ui/pages/log.py" line="24"/>
        <source>Recovery log</source>
        <translation>Panaszkezelési napló</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/log.py" line="31"/>
        <source>Cases</source>
        <translation>Ügyek</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/log.py" line="57"/>
        <source>%1 cases in the log, newest first.</source>
        <translation>%1 ügy a naplóban, a legújabb elöl.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/log.py" line="60"/>
        <source>The log is empty. Open a case on the Desk, or load demo data from the Desk page.</source>
        <translation>A napló üres. Nyisson meg egy ügyet a Pulton, vagy töltsön be bemutató adatokat a Pult oldalon.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="39"/>
        <location filename="../../recovery_desk/ui/main_window.py" line="161"/>
        <location filename="../../recovery_desk/ui/main_window.py" line="313"/>
        <source>Recovery Desk</source>
        <translation>Recovery Desk</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="42"/>
        <location filename="../../recovery_desk/ui/main_window.py" line="162"/>
        <source>Desk</source>
        <translation>Pult</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="42"/>
        <location filename="../../recovery_desk/ui/main_window.py" line="162"/>
        <source>Log</source>
        <translation>Napló</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="43"/>
        <location filename="../../recovery_desk/ui/main_window.py" line="163"/>
        <source>Dashboard</source>
        <translation>Irányítópult</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="43"/>
        <location filename="../../recovery_desk/ui/main_window.py" line="163"/>
        <source>Training</source>
        <translation>Képzés</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="44"/>
        <location filename="../../recovery_desk/ui/main_window.py" line="164"/>
        <source>Settings</source>
        <translation>Beállítások</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="47"/>
        <source>Navigation</source>
        <translation>Navigáció</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="56"/>
        <location filename="../../recovery_desk/ui/main_window.py" line="65"/>
        <source>Opening the case log…</source>
        <translation>Az ügynapló megnyitása…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="181"/>
        <source>&amp;File</source>
        <translation>&amp;Fájl</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="182"/>
        <source>Export cases…</source>
        <translation>Ügyek exportálása…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="186"/>
        <source>Export cases, pseudonymized…</source>
        <translation>Ügyek exportálása álnevesítve…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="189"/>
        <source>Sync now</source>
        <translation>Szinkronizálás most</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="193"/>
        <source>Quit</source>
        <translation>Kilépés</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="197"/>
        <source>&amp;Go</source>
        <translation>&amp;Ugrás</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="203"/>
        <source>&amp;Case</source>
        <translation>Ü&amp;gy</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="204"/>
        <source>&amp;Help</source>
        <translation>&amp;Súgó</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="205"/>
        <source>Keyboard shortcuts</source>
        <translation>Billentyűparancsok</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="209"/>
        <location filename="../../recovery_desk/ui/main_window.py" line="325"/>
        <source>About Recovery Desk</source>
        <translation>A Recovery Desk névjegye</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="229"/>
        <source>Desk: %1</source>
        <translation>Pult: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="230"/>
        <source>Signed in: %1 (%2)</source>
        <translation>Bejelentkezve: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="232"/>
        <source>Log: %1</source>
        <translation>Napló: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="236"/>
        <source>Sync: not set up</source>
        <translation>Szinkronizálás: nincs beállítva</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="240"/>
        <source>Sync: waiting for the first run</source>
        <translation>Szinkronizálás: az első futásra vár</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="257"/>
        <source>Sync: running…</source>
        <translation>Szinkronizálás: folyamatban…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="270"/>
        <source>Sync: %1 ✓ · %2 waiting</source>
        <translation>Szinkronizálás: %1 ✓ · %2 várakozik</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="279"/>
        <source>Sync: failed at %1, will retry</source>
        <translation>Szinkronizálás: %1-kor sikertelen, újra megpróbálja</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="326"/>
        <source>Recovery Desk %1
Guided complaint recovery with an offline case log.</source>
        <translation>Recovery Desk %1
Irányított panaszkezelés offline ügynaplóval.</translation>
    </message>
</context>
<context>
    <name>NewCaseForm</name>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="47"/>
        <source>Customer</source>
        <translation>Ügyfél</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="51"/>
        <source>Find: name, phone, e-mail or customer number</source>
        <translation>Keresés: név, telefonszám, e-mail-cím vagy ügyfélszám</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="52"/>
        <source>Find customer</source>
        <translation>Ügyfél keresése</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="56"/>
        <source>Matching customers</source>
        <translation>Egyező ügyfelek</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="66"/>
        <source>Customer name</source>
        <translation>Ügyfél neve</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="68"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="70"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="72"/>
        <source>Customer number</source>
        <translation>Ügyfélszám</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="73"/>
        <source>Name:</source>
        <translation>Név:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="74"/>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="75"/>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="76"/>
        <source>Customer no.:</source>
        <translation>Ügyfélszám:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="82"/>
        <source>Complaint</source>
        <translation>Panasz</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="85"/>
        <source>Channel</source>
        <translation>Csatorna</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="87"/>
        <source>Category</source>
        <translation>Kategória</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="89"/>
        <source>Severity</source>
        <translation>Súlyosság</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="92"/>
        <source>Playbook</source>
        <translation>Forgatókönyv</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="96"/>
        <source>Mode</source>
        <translation>Mód</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="96"/>
        <source>Natural (own words)</source>
        <translation>Természetes (saját szavakkal)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="97"/>
        <source>Scripted (read lines)</source>
        <translation>Kötött (szöveg felolvasása)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="101"/>
        <source>The complaint in the customer&apos;s own words</source>
        <translation>A panasz az ügyfél saját szavaival</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="102"/>
        <source>Write down what the customer says, in their words. Listen first; do not solve yet.</source>
        <translation>Írja le, amit az ügyfél mond, az ő szavaival. Először hallgassa meg, még ne keressen megoldást.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="107"/>
        <source>What the customer wants</source>
        <translation>Mit szeretne az ügyfél</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="108"/>
        <source>What would put it right for them?</source>
        <translation>Mi hozná rendbe a helyzetet az ügyfél számára?</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="109"/>
        <source>Channel:</source>
        <translation>Csatorna:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="110"/>
        <source>Category:</source>
        <translation>Kategória:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="111"/>
        <source>Severity:</source>
        <translation>Súlyosság:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="112"/>
        <source>In their words:</source>
        <translation>Saját szavaival:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="113"/>
        <source>They want:</source>
        <translation>Kérése:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="114"/>
        <source>Playbook:</source>
        <translation>Forgatókönyv:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="115"/>
        <source>Mode:</source>
        <translation>Mód:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="117"/>
        <source>Open case</source>
        <translation>Ügy megnyitása</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="124"/>
        <source>History</source>
        <translation>Előzmények</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="127"/>
        <source>Customer history</source>
        <translation>Ügyfél-előzmények</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="156"/>
        <source>Find a customer to see their earlier complaints and whether they are on the watchlist.</source>
        <translation>Keressen egy ügyfelet, hogy lássa a korábbi panaszait, és azt, hogy szerepel-e a figyelőlistán.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="196"/>
        <source>Returning customer: %1</source>
        <translation>Visszatérő ügyfél: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="207"/>
        <source>On the watchlist: this customer was not fully satisfied recently.</source>
        <translation>Figyelőlistán: ez az ügyfél a közelmúltban nem volt teljesen elégedett.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="209"/>
        <source>%1 earlier complaint(s)</source>
        <translation>%1 korábbi panasz</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="240"/>
        <source>Find the customer, or type at least a name, phone or e-mail.</source>
        <translation>Keresse meg az ügyfelet, vagy adjon meg legalább egy nevet, telefonszámot vagy e-mail-címet.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="242"/>
        <source>Write down the complaint in the customer&apos;s own words.</source>
        <translation>Írja le a panaszt az ügyfél saját szavaival.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="27"/>
        <source>Settings</source>
        <translation>Beállítások</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="32"/>
        <source>Desk id</source>
        <translation>Pultazonosító</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="35"/>
        <source>Signed-in user</source>
        <translation>Bejelentkezett felhasználó</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="37"/>
        <source>Language</source>
        <translation>Nyelv</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="41"/>
        <source>Default delivery mode</source>
        <translation>Alapértelmezett beszédmód</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="42"/>
        <source>Natural (own words, guided)</source>
        <translation>Természetes (saját szavakkal, útmutatással)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="43"/>
        <source>Scripted (read the lines)</source>
        <translation>Kötött (a szöveg felolvasása)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="45"/>
        <source>Sync target</source>
        <translation>Szinkronizálási cél</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="46"/>
        <source>Shared folder or postgresql+psycopg:// URL</source>
        <translation>Megosztott mappa vagy postgresql+psycopg:// URL-cím</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="49"/>
        <source> min</source>
        <translation> perc</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="50"/>
        <source>Sync every</source>
        <translation>Szinkronizálási időköz</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="53"/>
        <source>Desk id:</source>
        <translation>Pultazonosító:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="54"/>
        <source>Signed-in user:</source>
        <translation>Bejelentkezett felhasználó:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="55"/>
        <source>Language:</source>
        <translation>Nyelv:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="56"/>
        <source>Default mode:</source>
        <translation>Alapértelmezett mód:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="57"/>
        <source>Sync target:</source>
        <translation>Szinkronizálási cél:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="58"/>
        <source>Sync every:</source>
        <translation>Szinkronizálási időköz:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="59"/>
        <source>Case log:</source>
        <translation>Ügynapló:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="61"/>
        <source>Save settings</source>
        <translation>Beállítások mentése</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="81"/>
        <source>The desk id must be 1 to 32 characters.</source>
        <translation>A pultazonosítónak 1–32 karakterből kell állnia.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="85"/>
        <source>Choose who is signed in.</source>
        <translation>Válassza ki, ki van bejelentkezve.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="97"/>
        <source>Could not save the settings: %1</source>
        <translation>A beállításokat nem sikerült menteni: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="99"/>
        <source>Settings saved.</source>
        <translation>Beállítások mentve.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts.py" line="33"/>
        <source>New case</source>
        <translation>Új ügy</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts.py" line="34"/>
        <source>Open the case (new case form)</source>
        <translation>Ügy megnyitása (új ügy űrlapja)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts.py" line="35"/>
        <source>Complete stage, go to the next</source>
        <translation>Lépés befejezése, tovább a következőre</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts.py" line="36"/>
        <source>Back to the previous stage</source>
        <translation>Vissza az előző lépésre</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts.py" line="37"/>
        <source>Skip stage (with a reason)</source>
        <translation>Lépés kihagyása (indoklással)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts.py" line="38"/>
        <source>Add the note</source>
        <translation>Jegyzet hozzáadása</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts.py" line="39"/>
        <source>Switch scripted / natural</source>
        <translation>Váltás: kötött / természetes</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts.py" line="40"/>
        <source>Offer the resolution</source>
        <translation>Megoldás felajánlása</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts.py" line="42"/>
        <source>Record satisfaction / follow-up</source>
        <translation>Elégedettség / utánkövetés rögzítése</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts.py" line="43"/>
        <source>Supervisor approves here</source>
        <translation>Vezetői jóváhagyás itt</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts.py" line="44"/>
        <source>Follow-ups due</source>
        <translation>Esedékes utánkövetések</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts.py" line="45"/>
        <source>Open (parked) cases at this desk</source>
        <translation>Nyitott (félretett) ügyek ezen a pulton</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts.py" line="46"/>
        <source>Park the case (close its tab)</source>
        <translation>Ügy félretétele (a lap bezárása)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts.py" line="47"/>
        <source>Find customer</source>
        <translation>Ügyfél keresése</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts.py" line="48"/>
        <source>Withdraw the case</source>
        <translation>Ügy visszavonása</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts_dialog.py" line="22"/>
        <location filename="../../recovery_desk/ui/shortcuts_dialog.py" line="36"/>
        <source>Keyboard shortcuts</source>
        <translation>Billentyűparancsok</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts_dialog.py" line="24"/>
        <source>Every action works from the keyboard. Shortcuts can be changed in settings.json.</source>
        <translation>Minden művelet elérhető a billentyűzetről. A billentyűparancsok a settings.json fájlban módosíthatók.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts_dialog.py" line="31"/>
        <source>Desk, Log, Dashboard, Training, Settings</source>
        <translation>Pult, Napló, Irányítópult, Képzés, Beállítások</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts_dialog.py" line="32"/>
        <source>Next open case</source>
        <translation>Következő nyitott ügy</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts_dialog.py" line="32"/>
        <source>Sync now</source>
        <translation>Szinkronizálás most</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts_dialog.py" line="33"/>
        <source>Presenter mode (Training)</source>
        <translation>Előadói mód (Képzés)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts_dialog.py" line="33"/>
        <source>This list</source>
        <translation>Ez a lista</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts_dialog.py" line="35"/>
        <source>Keys</source>
        <translation>Billentyűk</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts_dialog.py" line="35"/>
        <source>Action</source>
        <translation>Művelet</translation>
    </message>
</context>
<context>
    <name>StageStepper</name>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="74"/>
        <source>Stages</source>
        <translation>Lépések</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="101"/>
        <source>current</source>
        <translation>aktuális</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="101"/>
        <source>done</source>
        <translation>kész</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="102"/>
        <source>to do</source>
        <translation>hátravan</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../recovery_desk/ui/labels.py" line="10"/>
        <source>open</source>
        <translation>nyitott</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/labels.py" line="11"/>
        <source>waiting for a supervisor</source>
        <translation>vezetőre vár</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/labels.py" line="12"/>
        <source>follow-up</source>
        <translation>utánkövetés</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/labels.py" line="13"/>
        <source>closed</source>
        <translation>lezárva</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/labels.py" line="14"/>
        <source>withdrawn</source>
        <translation>visszavonva</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="73"/>
        <source>Training</source>
        <translation>Képzés</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="77"/>
        <source>Scripted and natural</source>
        <translation>Kötött és természetes</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="78"/>
        <source>Practice scenarios</source>
        <translation>Gyakorló szituációk</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="79"/>
        <source>Reviews</source>
        <translation>Értékelések</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="90"/>
        <source>Playbook</source>
        <translation>Forgatókönyv</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="94"/>
        <source>Stage</source>
        <translation>Lépés</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="96"/>
        <location filename="../../recovery_desk/ui/pages/training.py" line="206"/>
        <source>Scenario</source>
        <translation>Szituáció</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="97"/>
        <source>(no scenario)</source>
        <translation>(nincs szituáció)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="100"/>
        <source>◀ Previous stage</source>
        <translation>◀ Előző lépés</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="101"/>
        <source>Next stage ▶</source>
        <translation>Következő lépés ▶</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="102"/>
        <source>Presenter mode (F11)</source>
        <translation>Előadói mód (F11)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="106"/>
        <source>Playbook:</source>
        <translation>Forgatókönyv:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="107"/>
        <source>Stage:</source>
        <translation>Lépés:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="108"/>
        <source>Scenario:</source>
        <translation>Szituáció:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="127"/>
        <source>Scripted delivery</source>
        <translation>Kötött szöveg</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="129"/>
        <source>Natural delivery</source>
        <translation>Természetes beszéd</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="130"/>
        <source>Scripted: read the lines</source>
        <translation>Kötött: olvassa fel a szöveget</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="131"/>
        <source>Natural: own words, guided</source>
        <translation>Természetes: saját szavakkal, útmutatással</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="165"/>
        <source>Key points</source>
        <translation>Fő szempontok</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="165"/>
        <source>Do</source>
        <translation>Ajánlott</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="166"/>
        <source>Don&apos;t</source>
        <translation>Kerülendő</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="166"/>
        <source>You could say</source>
        <translation>Mondhatja például</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="191"/>
        <source>Scenarios</source>
        <translation>Szituációk</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="198"/>
        <source>Unusable: %1</source>
        <translation>Nem használható: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="202"/>
        <source>No scenarios are installed.</source>
        <translation>Nincs telepített szituáció.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="207"/>
        <source>Show trainer notes (facts, good resolutions, pitfalls)</source>
        <translation>Oktatói jegyzetek megjelenítése (tények, jó megoldások, buktatók)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="209"/>
        <source>Start practice on the Desk</source>
        <translation>Gyakorlás indítása a Pulton</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="234"/>
        <source>Wants:</source>
        <translation>Kérése:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="241"/>
        <source>Facts to find out by listening</source>
        <translation>Meghallgatással kiderítendő tények</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="243"/>
        <source>Resolutions that work</source>
        <translation>Beváló megoldások</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="245"/>
        <source>Pitfalls</source>
        <translation>Buktatók</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="262"/>
        <source>Practice runs</source>
        <translation>Gyakorlások</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="263"/>
        <source>Opened</source>
        <translation>Megnyitva</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="263"/>
        <source>Trainee</source>
        <translation>Gyakornok</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="264"/>
        <source>Case</source>
        <translation>Ügy</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="264"/>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="265"/>
        <location filename="../../recovery_desk/ui/pages/training.py" line="291"/>
        <source>Score</source>
        <translation>Pontszám</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="275"/>
        <source>Timeline</source>
        <translation>Idővonal</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="278"/>
        <source>Listened before solving</source>
        <translation>Meghallgatta, mielőtt megoldást keresett</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="279"/>
        <source>Acknowledged the specific problem</source>
        <translation>Elismerte a konkrét problémát</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="280"/>
        <source>Apologized without shifting blame</source>
        <translation>Bocsánatot kért, másokat nem hibáztatott</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="281"/>
        <source>Agreed a fix with a deadline</source>
        <translation>Határidős megoldásban állapodott meg</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="282"/>
        <source>Satisfaction confirmed by the customer</source>
        <translation>Az ügyfél megerősítette, hogy elégedett</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="293"/>
        <source>Comments</source>
        <translation>Megjegyzések</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="294"/>
        <source>Score (1–5):</source>
        <translation>Pontszám (1–5):</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="295"/>
        <source>Comments:</source>
        <translation>Megjegyzések:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="297"/>
        <source>Save review</source>
        <translation>Értékelés mentése</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="353"/>
        <source>%1&apos;s scores over time: %2</source>
        <translation>%1 pontszámai időrendben: %2</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="355"/>
        <source>none yet</source>
        <translation>még nincs</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="360"/>
        <source>Choose a practice run first.</source>
        <translation>Először válasszon ki egy gyakorlást.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="369"/>
        <source>Review saved.</source>
        <translation>Értékelés mentve.</translation>
    </message>
</context>
</TS>
