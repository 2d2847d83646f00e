<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv">
<context>
    <name>CaseExporter</name>
    <message>
        <location filename="../../recovery_desk/ui/export_dialog.py" line="37"/>
        <source>Export cases…</source>
        <translation>Eksportēt lietas…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/export_dialog.py" line="48"/>
        <source>Exporting %1 cases…</source>
        <translation>Eksportē %1 lietas…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/export_dialog.py" line="49"/>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/export_dialog.py" line="67"/>
        <source>Exported %1 cases to %2.</source>
        <translation>%1 lietas eksportētas uz %2.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/export_dialog.py" line="74"/>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Eksportēšana atcelta; nekas netika saglabāts.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/export_dialog.py" line="76"/>
        <source>Export failed: %1</source>
        <translation>Eksportēšana neizdevās: %1</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="128"/>
        <source>Time in stage and in case</source>
        <translation>Laiks posmā un lietā</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="131"/>
        <source>Delivery mode for this case</source>
        <translation>Runas režīms šajā lietā</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="132"/>
        <source>Natural (own words)</source>
        <translation>Brīvi (saviem vārdiem)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="133"/>
        <source>Scripted (read lines)</source>
        <translation>Pēc teksta (nolasīt frāzes)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="155"/>
        <source>What to say</source>
        <translation>Ko teikt</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="163"/>
        <source>Checklist</source>
        <translation>Kontrolsaraksts</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="166"/>
        <source>Capture</source>
        <translation>Fiksējamie dati</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="171"/>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="175"/>
        <source>Note</source>
        <translation>Piezīme</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="176"/>
        <source>Type a note; it is kept even if the PC crashes. Ctrl+Shift+Enter adds it.</source>
        <translation>Ierakstiet piezīmi; tā netiks zaudēta, pat ja dators avarēs. Ar Ctrl+Shift+Enter to pievieno.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="185"/>
        <source>Language hint</source>
        <translation>Valodas padoms</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="188"/>
        <source>Add note</source>
        <translation>Pievienot piezīmi</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="199"/>
        <source>◀ Back (Shift+F8)</source>
        <translation>◀ Atpakaļ (Shift+F8)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="201"/>
        <source>Skip… (F6)</source>
        <translation>Izlaist… (F6)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="203"/>
        <source>Withdraw…</source>
        <translation>Atsaukt…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="205"/>
        <source>Park (Ctrl+W)</source>
        <translation>Atlikt (Ctrl+W)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="206"/>
        <source>Keep the case open and serve the next customer.</source>
        <translation>Atstāt lietu atvērtu un apkalpot nākamo klientu.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="208"/>
        <source>Complete stage ▶ (F8)</source>
        <translation>Pabeigt posmu ▶ (F8)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="226"/>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="229"/>
        <source>Resolution</source>
        <translation>Risinājums</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="234"/>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="237"/>
        <source>Currency</source>
        <translation>Valūta</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="244"/>
        <source>Promised deadline</source>
        <translation>Apsolītais termiņš</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="248"/>
        <source>Offer (Ctrl+Shift+O)</source>
        <translation>Piedāvāt (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="252"/>
        <source>Supervisor approves here (Ctrl+Shift+A)</source>
        <translation>Vadītājs apstiprina šeit (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="254"/>
        <source>Resolution:</source>
        <translation>Risinājums:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="255"/>
        <source>Amount:</source>
        <translation>Summa:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="256"/>
        <source>Deadline:</source>
        <translation>Termiņš:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="264"/>
        <source>Customer&apos;s satisfaction</source>
        <translation>Klienta apmierinātība</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="268"/>
        <source>Accepted the resolution</source>
        <translation>Pieņēma risinājumu</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="269"/>
        <source>Yes</source>
        <translation>Jā</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="269"/>
        <source>Partly</source>
        <translation>Daļēji</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="270"/>
        <source>No</source>
        <translation>Nē</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="273"/>
        <source>How accepted</source>
        <translation>Kā pieņēma</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="274"/>
        <source>Verbally</source>
        <translation>Mutiski</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="275"/>
        <source>In writing</source>
        <translation>Rakstiski</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="289"/>
        <source>not asked</source>
        <translation>nav jautāts</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="293"/>
        <source>Follow-up note</source>
        <translation>Atkārtotā kontakta piezīme</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="295"/>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="395"/>
        <source>Record answers (Ctrl+Shift+S)</source>
        <translation>Saglabāt atbildes (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="297"/>
        <source>Close as not recovered…</source>
        <translation>Slēgt kā neatrisinātu…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="299"/>
        <source>Accepted:</source>
        <translation>Pieņēma:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="300"/>
        <source>How:</source>
        <translation>Kā:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="311"/>
        <source>Follow-up note:</source>
        <translation>Atkārtotā kontakta piezīme:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="328"/>
        <source>(no name)</source>
        <translation>(bez vārda)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="331"/>
        <source>in progress</source>
        <translation>procesā</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="331"/>
        <source>waiting for a supervisor</source>
        <translation>gaida vadītāju</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="332"/>
        <source>waiting for a follow-up</source>
        <translation>gaida atkārtotu kontaktu</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="337"/>
        <source>Wants:</source>
        <translation>Vēlas:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="351"/>
        <source>Key points</source>
        <translation>Galvenie punkti</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="351"/>
        <source>Do</source>
        <translation>Dariet</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="352"/>
        <source>Don&apos;t</source>
        <translation>Nedariet</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="352"/>
        <source>You could say</source>
        <translation>Jūs varētu teikt</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="355"/>
        <source>Follow-up</source>
        <translation>Atkārtots kontakts</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="357"/>
        <source>Call or write to the customer, ask whether the problem is fully solved now, and record their answers. Due: %1</source>
        <translation>Piezvaniet vai uzrakstiet klientam, pajautājiet, vai problēma tagad ir pilnībā atrisināta, un saglabājiet atbildes. Termiņš: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="361"/>
        <source>This case is closed.</source>
        <translation>Šī lieta ir slēgta.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="370"/>
        <source>%1 %2 is over your limit: a supervisor must approve it. Ask one to approve here, or park the case and serve the next customer.</source>
        <translation>%1 %2 pārsniedz Jūsu limitu: summa jāapstiprina vadītājam. Palūdziet vadītāju apstiprināt šeit vai atlieciet lietu un apkalpojiet nākamo klientu.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="384"/>
        <source>Offered: %1</source>
        <translation>Piedāvāts: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="385"/>
        <source>by %1</source>
        <translation>līdz %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="393"/>
        <source>Record follow-up (Ctrl+Shift+S)</source>
        <translation>Saglabāt atkārtoto kontaktu (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="472"/>
        <source>Stage %1 · Case %2</source>
        <translation>Posms %1 · Lieta %2</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="488"/>
        <source>The action was not recorded: %1</source>
        <translation>Darbība netika saglabāta: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="524"/>
        <source>Try:</source>
        <translation>Mēģiniet:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="534"/>
        <source>Note added.</source>
        <translation>Piezīme pievienota.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="546"/>
        <source>Skip stage</source>
        <translation>Izlaist posmu</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="547"/>
        <source>Why do you skip this stage?</source>
        <translation>Kāpēc izlaižat šo posmu?</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="552"/>
        <source>Withdraw case</source>
        <translation>Atsaukt lietu</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="553"/>
        <source>Why is the case withdrawn?</source>
        <translation>Kāpēc lieta tiek atsaukta?</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="567"/>
        <source>Type the amount as a number, e.g. 25.50.</source>
        <translation>Ievadiet summu kā skaitli, piem., 25,50.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="581"/>
        <source>No supervisor account exists on this desk yet.</source>
        <translation>Šajā darba vietā vēl nav neviena vadītāja konta.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="583"/>
        <source>Supervisor approval</source>
        <translation>Vadītāja apstiprinājums</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="584"/>
        <source>Supervisor approving this offer:</source>
        <translation>Vadītājs, kurš apstiprina šo piedāvājumu:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="607"/>
        <source>Not fully satisfied: the customer is on the watchlist and a follow-up is due %1.</source>
        <translation>Nav pilnībā apmierināts: klients ir uzraudzības sarakstā, un atkārtots kontakts jāveic līdz %1.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="611"/>
        <source>Close as not recovered</source>
        <translation>Slēgt kā neatrisinātu</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="612"/>
        <source>Why is the case closed without a satisfied customer?</source>
        <translation>Kāpēc lieta tiek slēgta, ja klients nav apmierināts?</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="656"/>
        <source>overdue</source>
        <translation>nokavēts</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="656"/>
        <source>due</source>
        <translation>gaidāms</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="26"/>
        <source>Reference</source>
        <translation>Numurs</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="26"/>
        <source>Opened</source>
        <translation>Atvērta</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="26"/>
        <source>Agent</source>
        <translation>Darbinieks</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="27"/>
        <source>Channel</source>
        <translation>Kanāls</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="27"/>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="27"/>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="28"/>
        <source>Stage</source>
        <translation>Posms</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="28"/>
        <source>Resolution</source>
        <translation>Risinājums</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="28"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="29"/>
        <source>Recommend</source>
        <translation>Ieteiktu</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="29"/>
        <source>Watchlist</source>
        <translation>Uzraudzības saraksts</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="43"/>
        <source>Dashboard</source>
        <translation>Pārskats</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="46"/>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="87"/>
        <source>Hover a figure to see how it is computed. Training cases are never counted.</source>
        <translation>Novietojiet peli virs rādītāja, lai redzētu, kā tas aprēķināts. Apmācības lietas netiek ieskaitītas.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="51"/>
        <source>Complaints</source>
        <translation>Sūdzības</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="51"/>
        <source>All complaints in the log.</source>
        <translation>Visas žurnālā reģistrētās sūdzības.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="52"/>
        <source>Open now</source>
        <translation>Pašlaik atvērtas</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="52"/>
        <source>Cases in the flow, escalated or waiting for a follow-up.</source>
        <translation>Lietas, kas ir procesā, eskalētas vai gaida atkārtotu kontaktu.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="54"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="54"/>
        <source>Share of CSAT answers that are 4 or 5 (scale 1–5).</source>
        <translation>CSAT atbilžu daļa ar vērtējumu 4 vai 5 (skala 1–5).</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="56"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="56"/>
        <source>% promoters (9–10) minus % detractors (0–6) on likelihood to recommend.</source>
        <translation>% atbalstītāju (9–10) mīnus % kritizētāju (0–6) pēc ieteikšanas varbūtības.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="58"/>
        <source>Recovery rate</source>
        <translation>Atrisināšanas rādītājs</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="59"/>
        <source>Share of closed complaints closed with a satisfied customer.</source>
        <translation>Slēgto sūdzību daļa, kas slēgtas ar apmierinātu klientu.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="60"/>
        <source>On the watchlist</source>
        <translation>Uzraudzības sarakstā</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="61"/>
        <source>Customers who were not fully satisfied and are being followed up.</source>
        <translation>Klienti, kuri nebija pilnībā apmierināti un ar kuriem sazināmies atkārtoti.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="62"/>
        <source>Overdue follow-ups</source>
        <translation>Nokavētie atkārtotie kontakti</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="63"/>
        <source>Follow-ups past their due time.</source>
        <translation>Atkārtotie kontakti, kuru termiņš ir pagājis.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="64"/>
        <source>Escalations waiting</source>
        <translation>Gaidošās eskalācijas</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="65"/>
        <source>Offers over the agent&apos;s limit waiting for a supervisor.</source>
        <translation>Piedāvājumi virs darbinieka limita, kas gaida vadītāja apstiprinājumu.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="80"/>
        <source>Computing…</source>
        <translation>Aprēķina…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="103"/>
        <source>Could not compute the figures: %1</source>
        <translation>Neizdevās aprēķināt rādītājus: %1</translation>
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
        <location filename="../../recovery_desk/ui/flow_texts.py" line="115"/>
        <source>Tick “%1”.</source>
        <translation>Atzīmējiet “%1”.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="119"/>
        <source>Fill in “%1”.</source>
        <translation>Aizpildiet “%1”.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="123"/>
        <source>%1 needs an amount above zero.</source>
        <translation>%1: norādiet summu, kas lielāka par nulli.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="130"/>
        <source>%1 is over your limit of %2; ask an administrator.</source>
        <translation>%1 pārsniedz Jūsu limitu (%2); vērsieties pie administratora.</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <location filename="../../recovery_desk/ui/pages/log.py" line="24"/>
        <source>Recovery log</source>
        <translation>Lietu žurnāls</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/log.py" line="31"/>
        <source>Cases</source>
        <translation>Lietas</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/log.py" line="57"/>
        <source>%1 cases in the log, newest first.</source>
        <translation>Lietas žurnālā: %1, jaunākās vispirms.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/log.py" line="60"/>
        <source>The log is empty. Open a case on the Desk, or load demo data from the Desk page.</source>
        <translation>Žurnāls ir tukšs. Atveriet lietu darba vietā vai ielādējiet demonstrācijas datus lapā “Darba vieta”.</translation>
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
        <translation>Darba vieta</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="42"/>
        <location filename="../../recovery_desk/ui/main_window.py" line="162"/>
        <source>Log</source>
        <translation>Žurnāls</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="43"/>
        <location filename="../../recovery_desk/ui/main_window.py" line="163"/>
        <source>Dashboard</source>
        <translation>Pārskats</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="43"/>
        <location filename="../../recovery_desk/ui/main_window.py" line="163"/>
        <source>Training</source>
        <translation>Apmācība</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="44"/>
        <location filename="../../recovery_desk/ui/main_window.py" line="164"/>
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
        <location filename="../../recovery_desk/ui/main_window.py" line="181"/>
        <source>&amp;File</source>
        <translation>&amp;Fails</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="182"/>
        <source>Export cases…</source>
        <translation>Eksportēt lietas…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="186"/>
        <source>Export cases, pseudonymized…</source>
        <translation>Eksportēt lietas ar pseidonīmiem…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="189"/>
        <source>Sync now</source>
        <translation>Sinhronizēt tagad</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="193"/>
        <source>Quit</source>
        <translation>Iziet</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="197"/>
        <source>&amp;Go</source>
        <translation>Pā&amp;riet</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="203"/>
        <source>&amp;Case</source>
        <translation>&amp;Lieta</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="204"/>
        <source>&amp;Help</source>
        <translation>&amp;Palīdzība</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="205"/>
        <source>Keyboard shortcuts</source>
        <translation>Īsinājumtaustiņi</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="209"/>
        <location filename="../../recovery_desk/ui/main_window.py" line="325"/>
        <source>About Recovery Desk</source>
        <translation>Par Recovery Desk</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="229"/>
        <source>Desk: %1</source>
        <translation>Darba vieta: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="230"/>
        <source>Signed in: %1 (%2)</source>
        <translation>Pieteicies: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="232"/>
        <source>Log: %1</source>
        <translation>Žurnāls: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="236"/>
        <source>Sync: not set up</source>
        <translation>Sinhronizācija: nav iestatīta</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="240"/>
        <source>Sync: waiting for the first run</source>
        <translation>Sinhronizācija: gaida pirmo palaišanu</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="257"/>
        <source>Sync: running…</source>
        <translation>Sinhronizācija: notiek…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="270"/>
        <source>Sync: %1 ✓ · %2 waiting</source>
        <translation>Sinhronizācija: %1 ✓ · %2 gaida</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="279"/>
        <source>Sync: failed at %1, will retry</source>
        <translation>Sinhronizācija: neizdevās plkst. %1, tiks mēģināts vēlreiz</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="326"/>
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
        <location filename="../../recovery_desk/ui/pages/settings.py" line="35"/>
        <source>Signed-in user</source>
        <translation>Pieteicies lietotājs</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="37"/>
        <source>Language</source>
        <translation>Valoda</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="41"/>
        <source>Default delivery mode</source>
        <translation>Noklusējuma runas režīms</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="42"/>
        <source>Natural (own words, guided)</source>
        <translation>Brīvi (saviem vārdiem, ar padomiem)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="43"/>
        <source>Scripted (read the lines)</source>
        <translation>Pēc teksta (nolasīt frāzes)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="45"/>
        <source>Sync target</source>
        <translation>Sinhronizācijas mērķis</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="46"/>
        <source>Shared folder or postgresql+psycopg:// URL</source>
        <translation>Koplietojama mape vai postgresql+psycopg:// URL</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="49"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="50"/>
        <source>Sync every</source>
        <translation>Sinhronizēt ik pēc</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="53"/>
        <source>Desk id:</source>
        <translation>Darba vietas ID:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="54"/>
        <source>Signed-in user:</source>
        <translation>Pieteicies lietotājs:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="55"/>
        <source>Language:</source>
        <translation>Valoda:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="56"/>
        <source>Default mode:</source>
        <translation>Noklusējuma režīms:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="57"/>
        <source>Sync target:</source>
        <translation>Sinhronizācijas mērķis:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="58"/>
        <source>Sync every:</source>
        <translation>Sinhronizēt ik pēc:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="59"/>
        <source>Case log:</source>
        <translation>Lietu žurnāls:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="61"/>
        <source>Save settings</source>
        <translation>Saglabāt iestatījumus</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="81"/>
        <source>The desk id must be 1 to 32 characters.</source>
        <translation>Darba vietas ID garumam jābūt no 1 līdz 32 rakstzīmēm.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="85"/>
        <source>Choose who is signed in.</source>
        <translation>Izvēlieties, kurš ir pieteicies.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="97"/>
        <source>Could not save the settings: %1</source>
        <translation>Neizdevās saglabāt iestatījumus: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="99"/>
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
    <name>StageStepper</name>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="74"/>
        <source>Stages</source>
        <translation>Posmi</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="101"/>
        <source>current</source>
        <translation>pašreizējais</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="101"/>
        <source>done</source>
        <translation>pabeigts</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="102"/>
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
</TS>
