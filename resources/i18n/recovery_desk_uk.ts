<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>CaseExporter</name>
    <message>
        <location filename="../../recovery_desk/ui/export_dialog.py" line="37"/>
        <source>Export cases…</source>
        <translation>Експортувати звернення…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/export_dialog.py" line="48"/>
        <source>Exporting %1 cases…</source>
        <translation>Експорт звернень: %1…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/export_dialog.py" line="49"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/export_dialog.py" line="67"/>
        <source>Exported %1 cases to %2.</source>
        <translation>Експортовано звернень: %1 до %2.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/export_dialog.py" line="74"/>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Експорт скасовано; нічого не записано.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/export_dialog.py" line="76"/>
        <source>Export failed: %1</source>
        <translation>Не вдалося експортувати: %1</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="128"/>
        <source>Time in stage and in case</source>
        <translation>Час на етапі та у зверненні</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="131"/>
        <source>Delivery mode for this case</source>
        <translation>Режим розмови для цього звернення</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="132"/>
        <source>Natural (own words)</source>
        <translation>Вільно (своїми словами)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="133"/>
        <source>Scripted (read lines)</source>
        <translation>За скриптом (читати репліки)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="155"/>
        <source>What to say</source>
        <translation>Що сказати</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="163"/>
        <source>Checklist</source>
        <translation>Контрольний список</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="166"/>
        <source>Capture</source>
        <translation>Фіксація даних</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="171"/>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="175"/>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="176"/>
        <source>Type a note; it is kept even if the PC crashes. Ctrl+Shift+Enter adds it.</source>
        <translation>Введіть нотатку; її буде збережено, навіть якщо комп’ютер аварійно вимкнеться. Ctrl+Shift+Enter — додати.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="185"/>
        <source>Language hint</source>
        <translation>Мовна підказка</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="188"/>
        <source>Add note</source>
        <translation>Додати нотатку</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="199"/>
        <source>◀ Back (Shift+F8)</source>
        <translation>◀ Назад (Shift+F8)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="201"/>
        <source>Skip… (F6)</source>
        <translation>Пропустити… (F6)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="203"/>
        <source>Withdraw…</source>
        <translation>Відкликати…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="205"/>
        <source>Park (Ctrl+W)</source>
        <translation>Відкласти (Ctrl+W)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="206"/>
        <source>Keep the case open and serve the next customer.</source>
        <translation>Залишити звернення відкритим і обслужити наступного клієнта.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="208"/>
        <source>Complete stage ▶ (F8)</source>
        <translation>Завершити етап ▶ (F8)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="226"/>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="229"/>
        <source>Resolution</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="234"/>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="237"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="244"/>
        <source>Promised deadline</source>
        <translation>Обіцяний термін</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="248"/>
        <source>Offer (Ctrl+Shift+O)</source>
        <translation>Запропонувати (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="252"/>
        <source>Supervisor approves here (Ctrl+Shift+A)</source>
        <translation>Керівник погоджує тут (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="254"/>
        <source>Resolution:</source>
        <translation>Рішення:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="255"/>
        <source>Amount:</source>
        <translation>Сума:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="256"/>
        <source>Deadline:</source>
        <translation>Термін:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="264"/>
        <source>Customer&apos;s satisfaction</source>
        <translation>Задоволеність клієнта</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="268"/>
        <source>Accepted the resolution</source>
        <translation>Рішення прийнято</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="269"/>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="269"/>
        <source>Partly</source>
        <translation>Частково</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="270"/>
        <source>No</source>
        <translation>Ні</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="273"/>
        <source>How accepted</source>
        <translation>Як прийнято</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="274"/>
        <source>Verbally</source>
        <translation>Усно</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="275"/>
        <source>In writing</source>
        <translation>Письмово</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="289"/>
        <source>not asked</source>
        <translation>не запитували</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="293"/>
        <source>Follow-up note</source>
        <translation>Нотатка до повторного контакту</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="295"/>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="395"/>
        <source>Record answers (Ctrl+Shift+S)</source>
        <translation>Записати відповіді (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="297"/>
        <source>Close as not recovered…</source>
        <translation>Закрити як неврегульоване…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="299"/>
        <source>Accepted:</source>
        <translation>Прийнято:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="300"/>
        <source>How:</source>
        <translation>Як:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="311"/>
        <source>Follow-up note:</source>
        <translation>Нотатка до повторного контакту:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="328"/>
        <source>(no name)</source>
        <translation>(без імені)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="331"/>
        <source>in progress</source>
        <translation>у роботі</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="331"/>
        <source>waiting for a supervisor</source>
        <translation>очікує керівника</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="332"/>
        <source>waiting for a follow-up</source>
        <translation>очікує повторного контакту</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="337"/>
        <source>Wants:</source>
        <translation>Бажає:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="351"/>
        <source>Key points</source>
        <translation>Ключові моменти</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="351"/>
        <source>Do</source>
        <translation>Робіть</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="352"/>
        <source>Don&apos;t</source>
        <translation>Не робіть</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="352"/>
        <source>You could say</source>
        <translation>Можна сказати</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="355"/>
        <source>Follow-up</source>
        <translation>Повторний контакт</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="357"/>
        <source>Call or write to the customer, ask whether the problem is fully solved now, and record their answers. Due: %1</source>
        <translation>Зателефонуйте або напишіть клієнтові, запитайте, чи проблему тепер повністю вирішено, і запишіть відповіді. Термін: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="361"/>
        <source>This case is closed.</source>
        <translation>Це звернення закрито.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="370"/>
        <source>%1 %2 is over your limit: a supervisor must approve it. Ask one to approve here, or park the case and serve the next customer.</source>
        <translation>%1 %2 перевищує ваш ліміт: потрібне погодження керівника. Попросіть його погодити тут або відкладіть звернення й обслужіть наступного клієнта.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="384"/>
        <source>Offered: %1</source>
        <translation>Запропоновано: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="385"/>
        <source>by %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="393"/>
        <source>Record follow-up (Ctrl+Shift+S)</source>
        <translation>Записати повторний контакт (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="472"/>
        <source>Stage %1 · Case %2</source>
        <translation>Етап %1 · Звернення %2</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="488"/>
        <source>The action was not recorded: %1</source>
        <translation>Дію не записано: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="524"/>
        <source>Try:</source>
        <translation>Спробуйте:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="534"/>
        <source>Note added.</source>
        <translation>Нотатку додано.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="546"/>
        <source>Skip stage</source>
        <translation>Пропустити етап</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="547"/>
        <source>Why do you skip this stage?</source>
        <translation>Чому ви пропускаєте цей етап?</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="552"/>
        <source>Withdraw case</source>
        <translation>Відкликати звернення</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="553"/>
        <source>Why is the case withdrawn?</source>
        <translation>Чому звернення відкликано?</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="567"/>
        <source>Type the amount as a number, e.g. 25.50.</source>
        <translation>Введіть суму числом, напр. 25,50.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="581"/>
        <source>No supervisor account exists on this desk yet.</source>
        <translation>На цьому робочому місці ще немає облікового запису керівника.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="583"/>
        <source>Supervisor approval</source>
        <translation>Погодження керівника</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="584"/>
        <source>Supervisor approving this offer:</source>
        <translation>Керівник, який погоджує пропозицію:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="607"/>
        <source>Not fully satisfied: the customer is on the watchlist and a follow-up is due %1.</source>
        <translation>Клієнт не повністю задоволений: його внесено до списку спостереження, повторний контакт — до %1.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="611"/>
        <source>Close as not recovered</source>
        <translation>Закрити як неврегульоване</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="612"/>
        <source>Why is the case closed without a satisfied customer?</source>
        <translation>Чому звернення закрито без задоволення клієнта?</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="656"/>
        <source>overdue</source>
        <translation>прострочено</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="656"/>
        <source>due</source>
        <translation>до виконання</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="26"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="26"/>
        <source>Opened</source>
        <translation>Відкрито</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="26"/>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="27"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="27"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="27"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="28"/>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="28"/>
        <source>Resolution</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="28"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="29"/>
        <source>Recommend</source>
        <translation>Рекомендація</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="29"/>
        <source>Watchlist</source>
        <translation>Список спостереження</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="43"/>
        <source>Dashboard</source>
        <translation>Панель показників</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="46"/>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="87"/>
        <source>Hover a figure to see how it is computed. Training cases are never counted.</source>
        <translation>Наведіть курсор на показник, щоб побачити, як його обчислено. Навчальні звернення ніколи не враховуються.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="51"/>
        <source>Complaints</source>
        <translation>Скарги</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="51"/>
        <source>All complaints in the log.</source>
        <translation>Усі скарги в журналі.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="52"/>
        <source>Open now</source>
        <translation>Відкриті зараз</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="52"/>
        <source>Cases in the flow, escalated or waiting for a follow-up.</source>
        <translation>Звернення в роботі, ескальовані або в очікуванні повторного контакту.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="54"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="54"/>
        <source>Share of CSAT answers that are 4 or 5 (scale 1–5).</source>
        <translation>Частка оцінок CSAT 4 або 5 (шкала 1–5).</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="56"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="56"/>
        <source>% promoters (9–10) minus % detractors (0–6) on likelihood to recommend.</source>
        <translation>% промоутерів (9–10) мінус % критиків (0–6) за готовністю рекомендувати.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="58"/>
        <source>Recovery rate</source>
        <translation>Рівень врегулювання</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="59"/>
        <source>Share of closed complaints closed with a satisfied customer.</source>
        <translation>Частка закритих скарг, закритих із задоволеним клієнтом.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="60"/>
        <source>On the watchlist</source>
        <translation>У списку спостереження</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="61"/>
        <source>Customers who were not fully satisfied and are being followed up.</source>
        <translation>Не повністю задоволені клієнти, з якими заплановано повторний контакт.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="62"/>
        <source>Overdue follow-ups</source>
        <translation>Прострочені повторні контакти</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="63"/>
        <source>Follow-ups past their due time.</source>
        <translation>Повторні контакти, термін яких минув.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="64"/>
        <source>Escalations waiting</source>
        <translation>Ескалації в очікуванні</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="65"/>
        <source>Offers over the agent&apos;s limit waiting for a supervisor.</source>
        <translation>Пропозиції понад ліміт оператора, що очікують погодження керівника.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="80"/>
        <source>Computing…</source>
        <translation>Обчислення…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="103"/>
        <source>Could not compute the figures: %1</source>
        <translation>Не вдалося обчислити показники: %1</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="81"/>
        <source>Open cases (F7)</source>
        <translation>Відкриті звернення (F7)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="94"/>
        <source>New case</source>
        <translation>Нове звернення</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="172"/>
        <source>The case was not opened: %1</source>
        <translation>Звернення не відкрито: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="180"/>
        <source>Case %1 opened.</source>
        <translation>Звернення %1 відкрито.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="189"/>
        <location filename="../../recovery_desk/ui/desk/page.py" line="231"/>
        <source>Practice %1</source>
        <translation>Тренування %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="214"/>
        <source>Practice started: %1. It is never counted in the figures.</source>
        <translation>Тренування розпочато: %1. Воно ніколи не враховується в показниках.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="273"/>
        <source>Follow-ups: %1 due today, %2 overdue (F9)</source>
        <translation>Повторні контакти: %1 на сьогодні, %2 прострочено (F9)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="282"/>
        <source>OVERDUE</source>
        <translation>ПРОСТРОЧЕНО</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="288"/>
        <source>Follow-ups due</source>
        <translation>Заплановані повторні контакти</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="289"/>
        <source>No follow-ups due today.</source>
        <translation>На сьогодні повторних контактів немає.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="290"/>
        <source>Press Enter to open the case and record the call.</source>
        <translation>Натисніть Enter, щоб відкрити звернення й записати дзвінок.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="294"/>
        <source>waiting for a supervisor</source>
        <translation>очікує керівника</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="299"/>
        <source>Open cases at this desk</source>
        <translation>Відкриті звернення на цьому робочому місці</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="300"/>
        <source>No open cases: every case is closed or waiting for a follow-up.</source>
        <translation>Відкритих звернень немає: усі закрито або вони очікують повторного контакту.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="302"/>
        <source>Press Enter to continue a parked case.</source>
        <translation>Натисніть Enter, щоб продовжити відкладене звернення.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="358"/>
        <source>Could not autosave the typed text: %1</source>
        <translation>Не вдалося автоматично зберегти введений текст: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="380"/>
        <source>Welcome back. %1 case(s) were open and %2 piece(s) of typed text were kept when the desk last closed. Restore them?</source>
        <translation>З поверненням. Коли робоче місце закрили востаннє, відкритих звернень було: %1, збережено фрагментів тексту: %2. Відновити їх?</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="383"/>
        <source>Restore</source>
        <translation>Відновити</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="384"/>
        <source>Discard the text</source>
        <translation>Відкинути текст</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="418"/>
        <source>Restored the open cases and the typed text.</source>
        <translation>Відкриті звернення та введений текст відновлено.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="429"/>
        <source>The case log is empty. Load %1 realistic demo cases to explore the desk, the log and the dashboard? You can also start with your first real customer.</source>
        <translation>Журнал звернень порожній. Завантажити реалістичні демонстраційні звернення (%1), щоб ознайомитися з робочим місцем, журналом і панеллю показників? Можна також одразу почати з першим реальним клієнтом.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="432"/>
        <source>Load demo data</source>
        <translation>Завантажити демодані</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="433"/>
        <source>Start empty</source>
        <translation>Почати з нуля</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="443"/>
        <source>Loading demo cases… the desk stays usable.</source>
        <translation>Завантаження демонстраційних звернень… Робочим місцем можна користуватися.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="458"/>
        <source>Loaded %1 demo cases.</source>
        <translation>Завантажено демонстраційних звернень: %1.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/page.py" line="464"/>
        <source>Demo data could not be loaded: %1</source>
        <translation>Не вдалося завантажити демодані: %1</translation>
    </message>
</context>
<context>
    <name>Flow</name>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="18"/>
        <source>Write down the complaint in the customer&apos;s own words first.</source>
        <translation>Спершу запишіть скаргу словами клієнта.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="22"/>
        <source>Choose or create the customer first.</source>
        <translation>Спершу виберіть або створіть клієнта.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="25"/>
        <source>This case is not in the guided flow any more.</source>
        <translation>Це звернення вже не в керованому процесі.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="28"/>
        <source>Offer a resolution from the catalogue.</source>
        <translation>Запропонуйте рішення з каталогу.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="31"/>
        <source>The resolution waits for a supervisor&apos;s approval.</source>
        <translation>Рішення очікує погодження керівника.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="34"/>
        <source>Record the customer&apos;s satisfaction.</source>
        <translation>Запишіть задоволеність клієнта.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="37"/>
        <source>This stage cannot be skipped in this playbook.</source>
        <translation>У цьому плейбуку цей етап не можна пропустити.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="40"/>
        <source>Say why you skip this stage.</source>
        <translation>Вкажіть, чому ви пропускаєте цей етап.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="43"/>
        <source>This is the first stage.</source>
        <translation>Це перший етап.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="46"/>
        <source>Offer a resolution in the resolution stage.</source>
        <translation>Пропонуйте рішення на етапі узгодження рішення.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="49"/>
        <source>A supervisor has not decided on the current offer yet.</source>
        <translation>Керівник ще не розглянув поточну пропозицію.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="52"/>
        <source>Choose the currency of the amount.</source>
        <translation>Виберіть валюту суми.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="55"/>
        <source>Agree a deadline with the customer.</source>
        <translation>Узгодьте з клієнтом термін.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="58"/>
        <source>The promised deadline is in the past.</source>
        <translation>Обіцяний термін уже минув.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="61"/>
        <source>Nothing on this case waits for approval.</source>
        <translation>У цьому зверненні ніщо не очікує погодження.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="64"/>
        <source>Only a supervisor can approve this resolution.</source>
        <translation>Погодити це рішення може лише керівник.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="67"/>
        <source>Only a supervisor can decline this resolution.</source>
        <translation>Відхилити це рішення може лише керівник.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="71"/>
        <source>Say why the offer is declined, so the agent can offer another.</source>
        <translation>Вкажіть, чому пропозицію відхилено, щоб оператор міг запропонувати іншу.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="75"/>
        <source>Ask about satisfaction in the confirmation stage.</source>
        <translation>Про задоволеність запитуйте на етапі підтвердження.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="78"/>
        <source>Agree a resolution before asking about satisfaction.</source>
        <translation>Перш ніж запитувати про задоволеність, узгодьте рішення.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="81"/>
        <source>This case has no follow-up waiting.</source>
        <translation>Це звернення не очікує повторного контакту.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="85"/>
        <source>Only a case waiting for a follow-up can be closed as not recovered.</source>
        <translation>Закрити як неврегульоване можна лише звернення, що очікує повторного контакту.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="89"/>
        <source>Say why the case is closed without a satisfied customer.</source>
        <translation>Вкажіть, чому звернення закрито без задоволення клієнта.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="92"/>
        <source>This case is already closed.</source>
        <translation>Це звернення вже закрито.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="95"/>
        <source>Say why the case is withdrawn.</source>
        <translation>Вкажіть, чому звернення відкликано.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="98"/>
        <source>Only practice cases are reviewed this way.</source>
        <translation>Так можна розбирати лише тренувальні звернення.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="101"/>
        <source>The score must be 1 to 5.</source>
        <translation>Оцінка має бути від 1 до 5.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="104"/>
        <source>Only a closed case can be reopened.</source>
        <translation>Повторно відкрити можна лише закрите звернення.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="107"/>
        <source>Say why the case is reopened.</source>
        <translation>Вкажіть, чому звернення відкрито повторно.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="115"/>
        <source>Tick “%1”.</source>
        <translation>Позначте “%1”.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="119"/>
        <source>Fill in “%1”.</source>
        <translation>Заповніть “%1”.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="123"/>
        <source>%1 needs an amount above zero.</source>
        <translation>%1: вкажіть суму, більшу за нуль.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="130"/>
        <source>%1 is over your limit of %2; ask an administrator.</source>
        <translation>%1 перевищує ваш ліміт (%2); зверніться до адміністратора.</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <location filename="../../recovery_desk/ui/pages/log.py" line="24"/>
        <source>Recovery log</source>
        <translation>Журнал врегулювання</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/log.py" line="31"/>
        <source>Cases</source>
        <translation>Звернення</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/log.py" line="57"/>
        <source>%1 cases in the log, newest first.</source>
        <translation>Звернень у журналі: %1, спершу найновіші.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/log.py" line="60"/>
        <source>The log is empty. Open a case on the Desk, or load demo data from the Desk page.</source>
        <translation>Журнал порожній. Відкрийте звернення на робочому місці або завантажте демодані на сторінці «Робоче місце».</translation>
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
        <translation>Робоче місце</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="42"/>
        <location filename="../../recovery_desk/ui/main_window.py" line="162"/>
        <source>Log</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="43"/>
        <location filename="../../recovery_desk/ui/main_window.py" line="163"/>
        <source>Dashboard</source>
        <translation>Панель показників</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="43"/>
        <location filename="../../recovery_desk/ui/main_window.py" line="163"/>
        <source>Training</source>
        <translation>Навчання</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="44"/>
        <location filename="../../recovery_desk/ui/main_window.py" line="164"/>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="47"/>
        <source>Navigation</source>
        <translation>Навігація</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="56"/>
        <location filename="../../recovery_desk/ui/main_window.py" line="65"/>
        <source>Opening the case log…</source>
        <translation>Відкриття журналу звернень…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="181"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="182"/>
        <source>Export cases…</source>
        <translation>Експортувати звернення…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="186"/>
        <source>Export cases, pseudonymized…</source>
        <translation>Експортувати звернення з псевдонімами…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="189"/>
        <source>Sync now</source>
        <translation>Синхронізувати зараз</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="193"/>
        <source>Quit</source>
        <translation>Вийти</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="197"/>
        <source>&amp;Go</source>
        <translation>&amp;Перехід</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="203"/>
        <source>&amp;Case</source>
        <translation>&amp;Звернення</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="204"/>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="205"/>
        <source>Keyboard shortcuts</source>
        <translation>Комбінації клавіш</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="209"/>
        <location filename="../../recovery_desk/ui/main_window.py" line="325"/>
        <source>About Recovery Desk</source>
        <translation>Про Recovery Desk</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="229"/>
        <source>Desk: %1</source>
        <translation>Робоче місце: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="230"/>
        <source>Signed in: %1 (%2)</source>
        <translation>Користувач: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="232"/>
        <source>Log: %1</source>
        <translation>Журнал: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="236"/>
        <source>Sync: not set up</source>
        <translation>Синхронізація: не налаштовано</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="240"/>
        <source>Sync: waiting for the first run</source>
        <translation>Синхронізація: очікує першого запуску</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="257"/>
        <source>Sync: running…</source>
        <translation>Синхронізація: триває…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="270"/>
        <source>Sync: %1 ✓ · %2 waiting</source>
        <translation>Синхронізація: %1 ✓ · %2 в очікуванні</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="279"/>
        <source>Sync: failed at %1, will retry</source>
        <translation>Синхронізація: збій о %1, буде повторено</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="326"/>
        <source>Recovery Desk %1
Guided complaint recovery with an offline case log.</source>
        <translation>Recovery Desk %1
Кероване врегулювання скарг з офлайн-журналом звернень.</translation>
    </message>
</context>
<context>
    <name>NewCaseForm</name>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="47"/>
        <source>Customer</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="51"/>
        <source>Find: name, phone, e-mail or customer number</source>
        <translation>Пошук: ім’я, телефон, e-mail або номер клієнта</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="52"/>
        <source>Find customer</source>
        <translation>Знайти клієнта</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="56"/>
        <source>Matching customers</source>
        <translation>Знайдені клієнти</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="66"/>
        <source>Customer name</source>
        <translation>Ім’я клієнта</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="68"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="70"/>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="72"/>
        <source>Customer number</source>
        <translation>Номер клієнта</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="73"/>
        <source>Name:</source>
        <translation>Ім’я:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="74"/>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="75"/>
        <source>E-mail:</source>
        <translation>Ел. пошта:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="76"/>
        <source>Customer no.:</source>
        <translation>№ клієнта:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="82"/>
        <source>Complaint</source>
        <translation>Скарга</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="85"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="87"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="89"/>
        <source>Severity</source>
        <translation>Критичність</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="92"/>
        <source>Playbook</source>
        <translation>Плейбук</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="96"/>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="96"/>
        <source>Natural (own words)</source>
        <translation>Вільно (своїми словами)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="97"/>
        <source>Scripted (read lines)</source>
        <translation>За скриптом (читати репліки)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="101"/>
        <source>The complaint in the customer&apos;s own words</source>
        <translation>Скарга словами клієнта</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="102"/>
        <source>Write down what the customer says, in their words. Listen first; do not solve yet.</source>
        <translation>Запишіть, що каже клієнт, його словами. Спершу вислухайте; поки не розв’язуйте.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="107"/>
        <source>What the customer wants</source>
        <translation>Чого хоче клієнт</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="108"/>
        <source>What would put it right for them?</source>
        <translation>Що виправить ситуацію для клієнта?</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="109"/>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="110"/>
        <source>Category:</source>
        <translation>Категорія:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="111"/>
        <source>Severity:</source>
        <translation>Критичність:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="112"/>
        <source>In their words:</source>
        <translation>Словами клієнта:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="113"/>
        <source>They want:</source>
        <translation>Клієнт хоче:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="114"/>
        <source>Playbook:</source>
        <translation>Плейбук:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="115"/>
        <source>Mode:</source>
        <translation>Режим:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="117"/>
        <source>Open case</source>
        <translation>Відкрити звернення</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="124"/>
        <source>History</source>
        <translation>Історія</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="127"/>
        <source>Customer history</source>
        <translation>Історія клієнта</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="156"/>
        <source>Find a customer to see their earlier complaints and whether they are on the watchlist.</source>
        <translation>Знайдіть клієнта, щоб побачити його попередні скарги і чи є він у списку спостереження.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="196"/>
        <source>Returning customer: %1</source>
        <translation>Клієнт уже звертався: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="207"/>
        <source>On the watchlist: this customer was not fully satisfied recently.</source>
        <translation>У списку спостереження: цей клієнт нещодавно був не повністю задоволений.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="209"/>
        <source>%1 earlier complaint(s)</source>
        <translation>Попередніх скарг: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="240"/>
        <source>Find the customer, or type at least a name, phone or e-mail.</source>
        <translation>Знайдіть клієнта або введіть принаймні ім’я, телефон чи e-mail.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/new_case.py" line="242"/>
        <source>Write down the complaint in the customer&apos;s own words.</source>
        <translation>Запишіть скаргу словами клієнта.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="27"/>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="32"/>
        <source>Desk id</source>
        <translation>ID робочого місця</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="35"/>
        <source>Signed-in user</source>
        <translation>Поточний користувач</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="37"/>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="41"/>
        <source>Default delivery mode</source>
        <translation>Типовий режим розмови</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="42"/>
        <source>Natural (own words, guided)</source>
        <translation>Вільно (своїми словами, з підказками)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="43"/>
        <source>Scripted (read the lines)</source>
        <translation>За скриптом (читати репліки)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="45"/>
        <source>Sync target</source>
        <translation>Адреса синхронізації</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="46"/>
        <source>Shared folder or postgresql+psycopg:// URL</source>
        <translation>Спільна папка або URL postgresql+psycopg://</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="49"/>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="50"/>
        <source>Sync every</source>
        <translation>Синхронізувати кожні</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="53"/>
        <source>Desk id:</source>
        <translation>ID робочого місця:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="54"/>
        <source>Signed-in user:</source>
        <translation>Поточний користувач:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="55"/>
        <source>Language:</source>
        <translation>Мова:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="56"/>
        <source>Default mode:</source>
        <translation>Типовий режим:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="57"/>
        <source>Sync target:</source>
        <translation>Адреса синхронізації:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="58"/>
        <source>Sync every:</source>
        <translation>Синхронізувати кожні:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="59"/>
        <source>Case log:</source>
        <translation>Журнал звернень:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="61"/>
        <source>Save settings</source>
        <translation>Зберегти налаштування</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="81"/>
        <source>The desk id must be 1 to 32 characters.</source>
        <translation>ID робочого місця має містити від 1 до 32 символів.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="85"/>
        <source>Choose who is signed in.</source>
        <translation>Виберіть поточного користувача.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="97"/>
        <source>Could not save the settings: %1</source>
        <translation>Не вдалося зберегти налаштування: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="99"/>
        <source>Settings saved.</source>
        <translation>Налаштування збережено.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts.py" line="33"/>
        <source>New case</source>
        <translation>Нове звернення</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts.py" line="34"/>
        <source>Open the case (new case form)</source>
        <translation>Відкрити звернення (форма нового звернення)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts.py" line="35"/>
        <source>Complete stage, go to the next</source>
        <translation>Завершити етап, перейти до наступного</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts.py" line="36"/>
        <source>Back to the previous stage</source>
        <translation>Назад до попереднього етапу</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts.py" line="37"/>
        <source>Skip stage (with a reason)</source>
        <translation>Пропустити етап (із причиною)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts.py" line="38"/>
        <source>Add the note</source>
        <translation>Додати нотатку</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts.py" line="39"/>
        <source>Switch scripted / natural</source>
        <translation>Перемкнути: за скриптом / вільно</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts.py" line="40"/>
        <source>Offer the resolution</source>
        <translation>Запропонувати рішення</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts.py" line="42"/>
        <source>Record satisfaction / follow-up</source>
        <translation>Записати задоволеність / повторний контакт</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts.py" line="43"/>
        <source>Supervisor approves here</source>
        <translation>Керівник погоджує тут</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts.py" line="44"/>
        <source>Follow-ups due</source>
        <translation>Заплановані повторні контакти</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts.py" line="45"/>
        <source>Open (parked) cases at this desk</source>
        <translation>Відкриті (відкладені) звернення на цьому робочому місці</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts.py" line="46"/>
        <source>Park the case (close its tab)</source>
        <translation>Відкласти звернення (закрити вкладку)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts.py" line="47"/>
        <source>Find customer</source>
        <translation>Знайти клієнта</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts.py" line="48"/>
        <source>Withdraw the case</source>
        <translation>Відкликати звернення</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts_dialog.py" line="22"/>
        <location filename="../../recovery_desk/ui/shortcuts_dialog.py" line="36"/>
        <source>Keyboard shortcuts</source>
        <translation>Комбінації клавіш</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts_dialog.py" line="24"/>
        <source>Every action works from the keyboard. Shortcuts can be changed in settings.json.</source>
        <translation>Кожну дію можна виконати з клавіатури. Комбінації клавіш можна змінити в settings.json.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts_dialog.py" line="31"/>
        <source>Desk, Log, Dashboard, Training, Settings</source>
        <translation>Робоче місце, Журнал, Панель показників, Навчання, Налаштування</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts_dialog.py" line="32"/>
        <source>Next open case</source>
        <translation>Наступне відкрите звернення</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts_dialog.py" line="32"/>
        <source>Sync now</source>
        <translation>Синхронізувати зараз</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts_dialog.py" line="33"/>
        <source>Presenter mode (Training)</source>
        <translation>Режим презентації (Навчання)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts_dialog.py" line="33"/>
        <source>This list</source>
        <translation>Цей список</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts_dialog.py" line="35"/>
        <source>Keys</source>
        <translation>Клавіші</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/shortcuts_dialog.py" line="35"/>
        <source>Action</source>
        <translation>Дія</translation>
    </message>
</context>
<context>
    <name>StageStepper</name>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="74"/>
        <source>Stages</source>
        <translation>Етапи</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="101"/>
        <source>current</source>
        <translation>поточний</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="101"/>
        <source>done</source>
        <translation>завершено</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="102"/>
        <source>to do</source>
        <translation>до виконання</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../recovery_desk/ui/labels.py" line="10"/>
        <source>open</source>
        <translation>відкрито</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/labels.py" line="11"/>
        <source>waiting for a supervisor</source>
        <translation>очікує керівника</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/labels.py" line="12"/>
        <source>follow-up</source>
        <translation>повторний контакт</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/labels.py" line="13"/>
        <source>closed</source>
        <translation>закрито</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/labels.py" line="14"/>
        <source>withdrawn</source>
        <translation>відкликано</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="73"/>
        <source>Training</source>
        <translation>Навчання</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="77"/>
        <source>Scripted and natural</source>
        <translation>За скриптом і вільно</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="78"/>
        <source>Practice scenarios</source>
        <translation>Тренувальні сценарії</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="79"/>
        <source>Reviews</source>
        <translation>Розбори</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="90"/>
        <source>Playbook</source>
        <translation>Плейбук</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="94"/>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="96"/>
        <location filename="../../recovery_desk/ui/pages/training.py" line="206"/>
        <source>Scenario</source>
        <translation>Сценарій</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="97"/>
        <source>(no scenario)</source>
        <translation>(без сценарію)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="100"/>
        <source>◀ Previous stage</source>
        <translation>◀ Попередній етап</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="101"/>
        <source>Next stage ▶</source>
        <translation>Наступний етап ▶</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="102"/>
        <source>Presenter mode (F11)</source>
        <translation>Режим презентації (F11)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="106"/>
        <source>Playbook:</source>
        <translation>Плейбук:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="107"/>
        <source>Stage:</source>
        <translation>Етап:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="108"/>
        <source>Scenario:</source>
        <translation>Сценарій:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="127"/>
        <source>Scripted delivery</source>
        <translation>Розмова за скриптом</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="129"/>
        <source>Natural delivery</source>
        <translation>Вільна розмова</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="130"/>
        <source>Scripted: read the lines</source>
        <translation>За скриптом: читати репліки</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="131"/>
        <source>Natural: own words, guided</source>
        <translation>Вільно: своїми словами, з підказками</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="165"/>
        <source>Key points</source>
        <translation>Ключові моменти</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="165"/>
        <source>Do</source>
        <translation>Робіть</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="166"/>
        <source>Don&apos;t</source>
        <translation>Не робіть</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="166"/>
        <source>You could say</source>
        <translation>Можна сказати</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="191"/>
        <source>Scenarios</source>
        <translation>Сценарії</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="198"/>
        <source>Unusable: %1</source>
        <translation>Непридатний: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="202"/>
        <source>No scenarios are installed.</source>
        <translation>Жодного сценарію не встановлено.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="207"/>
        <source>Show trainer notes (facts, good resolutions, pitfalls)</source>
        <translation>Показати нотатки тренера (факти, вдалі рішення, типові помилки)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="209"/>
        <source>Start practice on the Desk</source>
        <translation>Почати тренування на робочому місці</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="234"/>
        <source>Wants:</source>
        <translation>Бажає:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="241"/>
        <source>Facts to find out by listening</source>
        <translation>Факти, які треба з’ясувати, слухаючи клієнта</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="243"/>
        <source>Resolutions that work</source>
        <translation>Рішення, що працюють</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="245"/>
        <source>Pitfalls</source>
        <translation>Типові помилки</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="262"/>
        <source>Practice runs</source>
        <translation>Тренувальні сесії</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="263"/>
        <source>Opened</source>
        <translation>Відкрито</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="263"/>
        <source>Trainee</source>
        <translation>Стажер</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="264"/>
        <source>Case</source>
        <translation>Звернення</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="264"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="265"/>
        <location filename="../../recovery_desk/ui/pages/training.py" line="291"/>
        <source>Score</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="275"/>
        <source>Timeline</source>
        <translation>Хронологія</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="278"/>
        <source>Listened before solving</source>
        <translation>Клієнта вислухано до пошуку рішення</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="279"/>
        <source>Acknowledged the specific problem</source>
        <translation>Визнано конкретну проблему</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="280"/>
        <source>Apologized without shifting blame</source>
        <translation>Вибачення без перекладання провини</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="281"/>
        <source>Agreed a fix with a deadline</source>
        <translation>Узгоджено рішення з терміном</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="282"/>
        <source>Satisfaction confirmed by the customer</source>
        <translation>Клієнт підтвердив задоволеність</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="293"/>
        <source>Comments</source>
        <translation>Коментарі</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="294"/>
        <source>Score (1–5):</source>
        <translation>Оцінка (1–5):</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="295"/>
        <source>Comments:</source>
        <translation>Коментарі:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="297"/>
        <source>Save review</source>
        <translation>Зберегти розбір</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="353"/>
        <source>%1&apos;s scores over time: %2</source>
        <translation>Динаміка оцінок (%1): %2</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="355"/>
        <source>none yet</source>
        <translation>поки немає</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="360"/>
        <source>Choose a practice run first.</source>
        <translation>Спочатку виберіть тренувальну сесію.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/training.py" line="369"/>
        <source>Review saved.</source>
        <translation>Розбір збережено.</translation>
    </message>
</context>
</TS>
