<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Supervisor approval</source>
        <translation>Погодження керівника</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Керівник</translation>
    </message>
    <message>
        <source>Password or PIN</source>
        <translation>Пароль або PIN-код</translation>
    </message>
    <message>
        <source>Supervisor:</source>
        <translation>Керівник:</translation>
    </message>
    <message>
        <source>Password or PIN:</source>
        <translation>Пароль або PIN-код:</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Погодити</translation>
    </message>
    <message>
        <source>Type the supervisor&apos;s password or PIN.</source>
        <translation>Введіть пароль або PIN-код керівника.</translation>
    </message>
    <message>
        <source>%1 offered more than their limit. A supervisor who may give this much approves it here with their own password or PIN.</source>
        <translation>Пропозиція від %1 перевищує ліміт. Керівник, чий ліміт її покриває, погоджує її тут своїм паролем або PIN-кодом.</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Звернення:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Рішення:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Сума:</translation>
    </message>
    <message>
        <source>Agent&apos;s limit:</source>
        <translation>Ліміт працівника:</translation>
    </message>
    <message>
        <source>Who may approve:</source>
        <translation>Хто може погодити:</translation>
    </message>
</context>
<context>
    <name>ApprovalRequest</name>
    <message>
        <source>no limit</source>
        <translation>без ліміту</translation>
    </message>
</context>
<context>
    <name>ApprovalsButton</name>
    <message>
        <source>Offers over an agent&apos;s limit wait for a supervisor</source>
        <translation>Пропозиції понад ліміт працівника чекають на погодження керівника</translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) waiting for approval</source>
        <translation>
            <numerusform>%n пропозиція чекає на погодження</numerusform>
            <numerusform>%n пропозиції чекають на погодження</numerusform>
            <numerusform>%n пропозицій чекають на погодження</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApprovalsDialog</name>
    <message>
        <source>Waiting for approval</source>
        <translation>Чекають на погодження</translation>
    </message>
    <message>
        <source>Offers over an agent&apos;s limit at any desk, the longest waiting first. Press Enter to open the case, then Ctrl+Shift+A to approve it.</source>
        <translation>Пропозиції понад ліміт працівника з усіх робочих місць, найдовше очікувані першими. Enter відкриває звернення, Ctrl+Shift+A погоджує його.</translation>
    </message>
    <message>
        <source>No offer is waiting for approval.</source>
        <translation>Жодна пропозиція не чекає на погодження.</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 хв %2 с</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 год %2 хв</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 дн. %2 год</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Звернення відкрито</translation>
    </message>
    <message>
        <source>Stage entered</source>
        <translation>Початок етапу</translation>
    </message>
    <message>
        <source>Stage completed</source>
        <translation>Етап завершено</translation>
    </message>
    <message>
        <source>Stage skipped</source>
        <translation>Етап пропущено</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Контрольний список</translation>
    </message>
    <message>
        <source>Field captured</source>
        <translation>Дані зафіксовано</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <source>Mode changed</source>
        <translation>Режим змінено</translation>
    </message>
    <message>
        <source>Resolution offered</source>
        <translation>Рішення запропоновано</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Ескалація</translation>
    </message>
    <message>
        <source>Escalation approved</source>
        <translation>Ескалацію погоджено</translation>
    </message>
    <message>
        <source>Escalation declined</source>
        <translation>Ескалацію відхилено</translation>
    </message>
    <message>
        <source>Satisfaction recorded</source>
        <translation>Задоволеність записано</translation>
    </message>
    <message>
        <source>Follow-up scheduled</source>
        <translation>Повторний контакт заплановано</translation>
    </message>
    <message>
        <source>Follow-up made</source>
        <translation>Повторний контакт здійснено</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Звернення закрито</translation>
    </message>
    <message>
        <source>Case withdrawn</source>
        <translation>Звернення відкликано</translation>
    </message>
    <message>
        <source>Case reopened</source>
        <translation>Звернення відкрито повторно</translation>
    </message>
    <message>
        <source>Coaching note</source>
        <translation>Коучингова нотатка</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Першопричина</translation>
    </message>
    <message>
        <source>Practice reviewed</source>
        <translation>Тренування розібрано</translation>
    </message>
    <message>
        <source>Flagged for training</source>
        <translation>Позначено для навчання</translation>
    </message>
    <message>
        <source>Follow-up reassigned</source>
        <translation>Повторний контакт перепризначено</translation>
    </message>
    <message>
        <source>Promise kept</source>
        <translation>Обіцянку виконано</translation>
    </message>
    <message>
        <source>Contact details corrected</source>
        <translation>Контактні дані виправлено</translation>
    </message>
    <message>
        <source>scripted</source>
        <translation>за скриптом</translation>
    </message>
    <message>
        <source>natural</source>
        <translation>вільно</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ім&apos;я</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>номер телефону</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>адреса e-mail</translation>
    </message>
    <message>
        <source>customer number</source>
        <translation>номер клієнта</translation>
    </message>
    <message>
        <source>CSAT %1, recommend %2</source>
        <translation>CSAT %1, рекомендація %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Подія</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation>Час на етапі</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>In the customer&apos;s words</source>
        <translation>Словами клієнта</translation>
    </message>
    <message>
        <source>Wants</source>
        <translation>Бажає</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Етапи</translation>
    </message>
    <message>
        <source>done</source>
        <translation>завершено</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущено</translation>
    </message>
    <message>
        <source>now</source>
        <translation>поточний</translation>
    </message>
    <message>
        <source>Scripted line</source>
        <translation>Репліка зі скрипту</translation>
    </message>
    <message>
        <source>Own words</source>
        <translation>Своїми словами</translation>
    </message>
    <message>
        <source>Skipped because</source>
        <translation>Причина пропуску</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <source>no cost</source>
        <translation>без витрат</translation>
    </message>
    <message>
        <source>promised by %1</source>
        <translation>обіцяно до %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Разом: %1</translation>
    </message>
    <message>
        <source>None offered yet.</source>
        <translation>Рішень ще не запропоновано.</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>погоджено: %1</translation>
    </message>
    <message>
        <source>declined by %1</source>
        <translation>відхилено: %1</translation>
    </message>
    <message>
        <source>waiting for a supervisor</source>
        <translation>очікує керівника</translation>
    </message>
    <message>
        <source>declined to answer</source>
        <translation>відмовився відповідати</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>не запитали</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Задоволеність</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>повторний контакт</translation>
    </message>
    <message>
        <source>at the desk</source>
        <translation>на робочому місці</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>прийнято</translation>
    </message>
    <message>
        <source>recommend</source>
        <translation>рекомендація</translation>
    </message>
    <message>
        <source>effort</source>
        <translation>зусилля</translation>
    </message>
    <message>
        <source>Not asked yet.</source>
        <translation>Ще не запитували.</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Повторні контакти</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>термін %1</translation>
    </message>
    <message>
        <source>call made by %1</source>
        <translation>дзвінок здійснено: %1</translation>
    </message>
    <message>
        <source>reassigned from %1 to %2</source>
        <translation>перепризначено: %1 → %2</translation>
    </message>
    <message>
        <source>Next call: %1, due %2</source>
        <translation>Наступний дзвінок: %1, термін %2</translation>
    </message>
    <message>
        <source>Supervisor notes</source>
        <translation>Нотатки керівника</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Нотаток ще немає.</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Коригувальна дія</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без імені)</translation>
    </message>
    <message>
        <source>agent %1</source>
        <translation>оператор %1</translation>
    </message>
    <message>
        <source>training</source>
        <translation>тренування</translation>
    </message>
</context>
<context>
    <name>CaseDetailPanel</name>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрити (Esc)</translation>
    </message>
    <message>
        <source>Case detail</source>
        <translation>Подробиці звернення</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронологія</translation>
    </message>
    <message>
        <source>No offer is waiting for a supervisor on this case.</source>
        <translation>У цьому зверненні немає пропозиції, що очікує керівника.</translation>
    </message>
    <message>
        <source>No follow-up is scheduled on this case.</source>
        <translation>Для цього звернення не заплановано повторного контакту.</translation>
    </message>
</context>
<context>
    <name>CaseExporter</name>
    <message>
        <source>Export cases…</source>
        <translation>Експортувати звернення…</translation>
    </message>
    <message>
        <source>Exporting %1 cases…</source>
        <translation>Експорт звернень: %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Exported %1 cases to %2, pseudonymized: customers are named only in a supervisor&apos;s or an administrator&apos;s export.</source>
        <translation>Експортовано справ: %1 у %2, з псевдонімами: імена клієнтів бачить лише експорт керівника або адміністратора.</translation>
    </message>
    <message>
        <source>Exported %1 cases to %2.</source>
        <translation>Експортовано звернень: %1 до %2.</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Експорт скасовано; нічого не записано.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Не вдалося експортувати: %1</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Time in stage and in case</source>
        <translation>Час на етапі та у зверненні</translation>
    </message>
    <message>
        <source>Delivery mode for this case</source>
        <translation>Режим розмови для цього звернення</translation>
    </message>
    <message>
        <source>Natural (own words)</source>
        <translation>Вільно (своїми словами)</translation>
    </message>
    <message>
        <source>Scripted (read lines)</source>
        <translation>За скриптом (читати репліки)</translation>
    </message>
    <message>
        <source>Correct contact details…</source>
        <translation>Виправити контактні дані…</translation>
    </message>
    <message>
        <source>Correct the customer&apos;s contact details</source>
        <translation>Виправити контактні дані клієнта</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без імені)</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>у роботі</translation>
    </message>
    <message>
        <source>waiting for a supervisor</source>
        <translation>очікує керівника</translation>
    </message>
    <message>
        <source>waiting for a follow-up</source>
        <translation>очікує повторного контакту</translation>
    </message>
    <message>
        <source>Wants:</source>
        <translation>Бажає:</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 хв</translation>
    </message>
    <message>
        <source>Stage %1 · Case %2</source>
        <translation>Етап %1 · Звернення %2</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <source>◀ Back (Shift+F8)</source>
        <translation>◀ Назад (Shift+F8)</translation>
    </message>
    <message>
        <source>Skip… (F6)</source>
        <translation>Пропустити… (F6)</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Відкликати…</translation>
    </message>
    <message>
        <source>Park (Ctrl+W)</source>
        <translation>Відкласти (Ctrl+W)</translation>
    </message>
    <message>
        <source>Keep the case open and serve the next customer.</source>
        <translation>Залишити звернення відкритим і обслужити наступного клієнта.</translation>
    </message>
    <message>
        <source>Next customer (Ctrl+N)</source>
        <translation>Наступний клієнт (Ctrl+N)</translation>
    </message>
    <message>
        <source>Agreement for the customer (PDF)…</source>
        <translation>Домовленість для клієнта (PDF)…</translation>
    </message>
    <message>
        <source>One page in the customer&apos;s language: the reference and what was agreed.</source>
        <translation>Одна сторінка мовою клієнта: номер справи і про що домовилися.</translation>
    </message>
    <message>
        <source>Complete stage ▶ (F8)</source>
        <translation>Завершити етап ▶ (F8)</translation>
    </message>
    <message>
        <source>The action was not recorded: %1</source>
        <translation>Дію не записано: %1</translation>
    </message>
    <message>
        <source>Save the agreement as PDF</source>
        <translation>Зберегти домовленість як PDF</translation>
    </message>
    <message>
        <source>Agreement saved: %1</source>
        <translation>Домовленість збережено: %1</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Нотатку додано.</translation>
    </message>
    <message>
        <source>Skip stage</source>
        <translation>Пропустити етап</translation>
    </message>
    <message>
        <source>Why do you skip this stage?</source>
        <translation>Чому ви пропускаєте цей етап?</translation>
    </message>
    <message>
        <source>Contact details corrected.</source>
        <translation>Контактні дані виправлено.</translation>
    </message>
    <message>
        <source>Withdraw case</source>
        <translation>Відкликати звернення</translation>
    </message>
    <message>
        <source>Why is the case withdrawn?</source>
        <translation>Чому звернення відкликано?</translation>
    </message>
    <message>
        <source>Not fully satisfied: the customer is on the watchlist and a follow-up is due %1.</source>
        <translation>Клієнт не повністю задоволений: його внесено до списку спостереження, повторний контакт — до %1.</translation>
    </message>
    <message>
        <source>Close as not recovered</source>
        <translation>Закрити як неврегульоване</translation>
    </message>
    <message>
        <source>Why is the case closed without a satisfied customer?</source>
        <translation>Чому звернення закрито без задоволення клієнта?</translation>
    </message>
    <message>
        <source>Move the cursor to a line of &quot;What to say&quot; (Tab to it, then the arrow keys) and press the key again.</source>
        <translation>Поставте курсор на рядок у «Що сказати» (Tab, потім стрілки) і натисніть клавішу ще раз.</translation>
    </message>
    <message>
        <source>The resolution is chosen in the resolution stage.</source>
        <translation>Рішення обирають на етапі вирішення.</translation>
    </message>
    <message>
        <source>The customer&apos;s satisfaction is asked in its own stage or at the follow-up.</source>
        <translation>Про задоволеність клієнта питають на окремому етапі або під час повторного контакту.</translation>
    </message>
    <message>
        <source>Nobody on this desk may approve %1: no supervisor&apos;s limit covers it.</source>
        <translation>На цьому робочому місці ніхто не може погодити %1: ліміт жодного керівника цього не покриває.</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Збіг</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Відкрито</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <source>The offer&apos;s first resolution. An offer may hold several: the case&apos;s detail lists each with its amount and deadline.</source>
        <translation>Перше рішення пропозиції. Пропозиція може містити кілька: у деталях справи кожне вказано із сумою та терміном.</translation>
    </message>
    <message>
        <source>Redress</source>
        <translation>Компенсація</translation>
    </message>
    <message>
        <source>The offer&apos;s total, over every resolution it holds.</source>
        <translation>Загальна сума пропозиції за всіма її рішеннями.</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Recommend</source>
        <translation>Рекомендація</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Тривалість</translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation>Список спостереження</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрито</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Критичність</translation>
    </message>
    <message>
        <source>Final response due</source>
        <translation>Строк остаточної відповіді</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 дн. %2 год</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 год %2 хв</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 хв</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>Натисніть, щоб сортувати за цим стовпцем</translation>
    </message>
    <message>
        <source>%1 (training)</source>
        <translation>%1 (тренування)</translation>
    </message>
</context>
<context>
    <name>CaseWords</name>
    <message>
        <source>the amount is over the agent&apos;s limit</source>
        <translation>сума перевищує ліміт працівника</translation>
    </message>
    <message>
        <source>the customer was not fully satisfied</source>
        <translation>клієнт був задоволений не повністю</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>частково</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <source>verbally</source>
        <translation>усно</translation>
    </message>
    <message>
        <source>in writing</source>
        <translation>письмово</translation>
    </message>
</context>
<context>
    <name>ChecklistBox</name>
    <message>
        <source>Checklist</source>
        <translation>Контрольний список</translation>
    </message>
</context>
<context>
    <name>ClockStrip</name>
    <message>
        <source>Regulated clocks</source>
        <translation>Регуляторні строки</translation>
    </message>
    <message>
        <source>&amp;Letter…</source>
        <translation>&amp;Лист…</translation>
    </message>
    <message>
        <source>Preview, edit and send a letter or reply</source>
        <translation>Переглянути, відредагувати й надіслати лист або відповідь</translation>
    </message>
    <message>
        <source>Deadline warning</source>
        <translation>Попередження про строк</translation>
    </message>
    <message>
        <source>Resume clock</source>
        <translation>Відновити відлік</translation>
    </message>
    <message>
        <source>Pause clock (waiting on customer)</source>
        <translation>Призупинити відлік (чекаємо на клієнта)</translation>
    </message>
    <message>
        <source>%1 is overdue (%2). Send it now and tell your supervisor.</source>
        <translation>%1: строк минув (%2). Надішліть зараз і повідомте керівника.</translation>
    </message>
    <message>
        <source>%1 due %2 (%3).</source>
        <translation>%1: строк — %2 (%3).</translation>
    </message>
    <message>
        <source>Send: %1.</source>
        <translation>Надішліть: %1.</translation>
    </message>
    <message>
        <source>Pause the clock</source>
        <translation>Призупинення відліку</translation>
    </message>
    <message>
        <source>What is the case waiting for?</source>
        <translation>На що чекає звернення?</translation>
    </message>
</context>
<context>
    <name>Clocks</name>
    <message>
        <source>Acknowledgement</source>
        <translation>Підтвердження отримання</translation>
    </message>
    <message>
        <source>Summary resolution (3 business days)</source>
        <translation>Швидке вирішення (3 робочі дні)</translation>
    </message>
    <message>
        <source>Final response</source>
        <translation>Остаточна відповідь</translation>
    </message>
    <message>
        <source>running</source>
        <translation>триває</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>скоро спливає</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>призупинено</translation>
    </message>
    <message>
        <source>met</source>
        <translation>дотримано</translation>
    </message>
    <message>
        <source>met late</source>
        <translation>дотримано із запізненням</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>порушено</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>не потрібно</translation>
    </message>
    <message>
        <source>window passed</source>
        <translation>строк минув</translation>
    </message>
    <message>
        <source>open</source>
        <translation>відкрито</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 дн. %2 год</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 год</translation>
    </message>
    <message>
        <source>under an hour</source>
        <translation>менше години</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>прострочено на %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>лишилося %1</translation>
    </message>
    <message>
        <source>upheld</source>
        <translation>обґрунтована</translation>
    </message>
    <message>
        <source>partly upheld</source>
        <translation>частково обґрунтована</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>відхилена</translation>
    </message>
    <message>
        <source>Holding response</source>
        <translation>Проміжна відповідь</translation>
    </message>
    <message>
        <source>Summary resolution</source>
        <translation>Повідомлення про швидке вирішення</translation>
    </message>
    <message>
        <source>Apology with the fix</source>
        <translation>Вибачення з рішенням</translation>
    </message>
    <message>
        <source>Request for information</source>
        <translation>Запит інформації</translation>
    </message>
    <message>
        <source>Call summary</source>
        <translation>Підсумок дзвінка</translation>
    </message>
</context>
<context>
    <name>ClocksSection</name>
    <message>
        <source>Regulated handling</source>
        <translation>Регульований розгляд скарг</translation>
    </message>
    <message>
        <source>Clock rule pack for new cases</source>
        <translation>Набір правил строків для нових звернень</translation>
    </message>
    <message>
        <source>Use for new cases</source>
        <translation>Застосувати до нових звернень</translation>
    </message>
    <message>
        <source>Clock rule pack:</source>
        <translation>Набір правил:</translation>
    </message>
    <message>
        <source>Organization&apos;s name on letters</source>
        <translation>Назва організації в листах</translation>
    </message>
    <message>
        <source>Organization&apos;s reply address</source>
        <translation>Адреса для відповідей</translation>
    </message>
    <message>
        <source>complaints@example.org</source>
        <translation>skargy@example.org</translation>
    </message>
    <message>
        <source>Organization on letters:</source>
        <translation>Організація в листах:</translation>
    </message>
    <message>
        <source>Reply address:</source>
        <translation>Адреса для відповідей:</translation>
    </message>
    <message>
        <source>No regulated clocks</source>
        <translation>Без регуляторних строків</translation>
    </message>
    <message>
        <source>New cases run no regulated clocks.</source>
        <translation>Для нових звернень регуляторні строки не відлічуються.</translation>
    </message>
    <message>
        <source>New cases run under this pack since %1 (chosen by %2).</source>
        <translation>Нові звернення ведуться за цим набором з %1 (обрав(-ла) %2).</translation>
    </message>
    <message>
        <source>A supervisor or administrator chooses the pack.</source>
        <translation>Набір обирає керівник або адміністратор.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Correct contact details</source>
        <extracomment>``record(values, reason)`` records the correction; the refusal&apos;s text, or None when done</extracomment>
        <translation>Виправити контактні дані</translation>
    </message>
    <message>
        <source>The customer&apos;s details as recorded now. Change what is wrong and say why; the correction is kept on this case.</source>
        <translation>Дані клієнта, як їх записано зараз. Змініть те, що неправильно, і вкажіть чому; виправлення зберігається в цій справі.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Номер телефону</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Адреса e-mail</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Номер клієнта</translation>
    </message>
    <message>
        <source>Why the details are corrected</source>
        <translation>Чому виправляються дані</translation>
    </message>
    <message>
        <source>e.g. the customer gave a new number</source>
        <translation>напр. клієнт дав новий номер</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Record the correction</source>
        <translation>Записати виправлення</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <source>no cost</source>
        <translation>без витрат</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>Offered: %1</source>
        <translation>Запропоновано: %1</translation>
    </message>
    <message>
        <source>accepted: %1</source>
        <translation>прийняв: %1</translation>
    </message>
    <message>
        <source>CSAT %1/%2</source>
        <translation>CSAT %1/%2</translation>
    </message>
    <message>
        <source>recommend %1/%2</source>
        <translation>порекомендував би %1/%2</translation>
    </message>
    <message>
        <source>effort %1/%2</source>
        <translation>зусилля %1/%2</translation>
    </message>
    <message>
        <source>Customer answered: %1</source>
        <translation>Клієнт відповів: %1</translation>
    </message>
    <message>
        <source>%1 skipped after %2</source>
        <translation>%1 пропущено через %2</translation>
    </message>
    <message>
        <source>%1 done in %2</source>
        <translation>%1 завершено за %2</translation>
    </message>
    <message>
        <source>Follow-up due %1</source>
        <translation>Повторний контакт до %1</translation>
    </message>
    <message>
        <source>In own words: “%1”</source>
        <translation>Своїми словами: «%1»</translation>
    </message>
    <message>
        <source>Switched to %1</source>
        <translation>Перемкнуто на: %1</translation>
    </message>
    <message>
        <source>Asked a supervisor: %1</source>
        <translation>Звернувся до керівника: %1</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Закрито: %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клієнт</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>No data for this chart.</source>
        <translation>Для цієї діаграми немає даних.</translation>
    </message>
    <message>
        <source>%1 complaints, CSAT %2</source>
        <translation>Скарг: %1, CSAT %2</translation>
    </message>
    <message>
        <source>%1 (partial)</source>
        <translation>%1 (неповний)</translation>
    </message>
    <message>
        <source>Partial: some of its days are outside the period chosen, before the first case or still to come.</source>
        <translation>Неповний: частина його днів поза вибраним періодом, до першого звернення або ще попереду.</translation>
    </message>
    <message>
        <source>Complaints and CSAT by week</source>
        <translation>Скарги та CSAT за тижнями</translation>
    </message>
    <message>
        <source>Complaints and CSAT by month</source>
        <translation>Скарги та CSAT за місяцями</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Скарги</translation>
    </message>
    <message>
        <source>CSAT %</source>
        <translation>CSAT %</translation>
    </message>
    <message>
        <source>%1 complaints (%2 of all)</source>
        <translation>Скарг: %1 (%2 від усіх)</translation>
    </message>
    <message>
        <source>Top five complaint categories</source>
        <translation>П’ять найчастіших категорій скарг</translation>
    </message>
    <message>
        <source>Recovery rate</source>
        <translation>Рівень врегулювання</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>Звернень: %1</translation>
    </message>
    <message>
        <source>Scripted vs natural</source>
        <translation>За скриптом чи вільно</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>години</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>хвилини</translation>
    </message>
    <message>
        <source>median %1, 90th percentile %2 (%3 cases)</source>
        <translation>медіана %1, 90-й процентиль %2 (звернень: %3)</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Медіана</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90-й процентиль</translation>
    </message>
    <message>
        <source>Where recoveries stall: time in each stage</source>
        <translation>Де гальмується врегулювання: час на кожному етапі</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Панель показників</translation>
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
        <translation>Рівень врегулювання</translation>
    </message>
    <message>
        <source>Trend</source>
        <extracomment>The ``CaseFilter`` of a tile, bar or row the user chose; the window opens the Log on it. Whether a computation is running (for tests and the window).</extracomment>
        <translation>Тренд</translation>
    </message>
    <message>
        <source>Top five complaint categories</source>
        <translation>П’ять найчастіших категорій скарг</translation>
    </message>
    <message>
        <source>Scripted vs natural</source>
        <translation>За скриптом чи вільно</translation>
    </message>
    <message>
        <source>Where recoveries stall</source>
        <translation>Де гальмується врегулювання</translation>
    </message>
    <message>
        <source>No complaints in this period and scope. Choose a longer period or widen the scope.</source>
        <translation>У цьому періоді та вибірці скарг немає. Виберіть довший період або розширте вибірку.</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>Деталізація</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Обчислення…</translation>
    </message>
    <message>
        <source>Computing the figures</source>
        <translation>Обчислення показників</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Оновити</translation>
    </message>
    <message>
        <source>Compute the figures again (F5)</source>
        <translation>Обчислити показники знову (F5)</translation>
    </message>
    <message>
        <source>Export PDF report…</source>
        <translation>Експортувати звіт PDF…</translation>
    </message>
    <message>
        <source>A printable report of this period and scope: figures, charts, breakdowns and follow-ups.</source>
        <translation>Звіт для друку за цей період і вибірку: показники, діаграми, деталізація та повторні контакти.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Період</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Останні 7 днів</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Останні 30 днів</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Останні 90 днів</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Цей місяць</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Цей рік</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Увесь час</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Власні дати</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Від</translation>
    </message>
    <message>
        <source>To</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Trend by</source>
        <translation>Крок тренду</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>За тижнями</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>За місяцями</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Робоче місце</translation>
    </message>
    <message>
        <source>All desks</source>
        <translation>Усі робочі місця</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Усі оператори</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Усі канали</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Плейбук</translation>
    </message>
    <message>
        <source>All playbooks</source>
        <translation>Усі плейбуки</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Звернення</translation>
    </message>
    <message>
        <source>Median time to resolution</source>
        <translation>Медіанний час до рішення</translation>
    </message>
    <message>
        <source>Double-click a row (or press Enter) to list its cases.</source>
        <translation>Двічі клацніть рядок (або натисніть Enter), щоб переглянути його звернення.</translation>
    </message>
    <message>
        <source>Could not compute the figures: %1</source>
        <translation>Не вдалося обчислити показники: %1</translation>
    </message>
    <message>
        <source>Hover a figure to see how it is computed; click it, a bar or a row to list its cases. Training cases are never counted.</source>
        <translation>Наведіть курсор на показник, щоб побачити, як його обчислено; клацніть показник, стовпчик або рядок, щоб переглянути його звернення. Тренувальні звернення ніколи не враховуються.</translation>
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
        <translation>Створення звіту…</translation>
    </message>
    <message>
        <source>Saved the report (%1 pages) to %2.</source>
        <translation>Звіт (сторінок: %1) збережено до %2.</translation>
    </message>
    <message>
        <source>Could not write the report: %1</source>
        <translation>Не вдалося записати звіт: %1</translation>
    </message>
</context>
<context>
    <name>DeadlineDateEdit</name>
    <message>
        <source>— choose a date —</source>
        <translation>— виберіть дату —</translation>
    </message>
</context>
<context>
    <name>DeadlineTimeEdit</name>
    <message>
        <source>— choose a time —</source>
        <translation>— виберіть час —</translation>
    </message>
</context>
<context>
    <name>Debrief</name>
    <message>
        <source>found</source>
        <translation>з&apos;ясовано</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>пропущено</translation>
    </message>
    <message>
        <source>Not judged yet: talk each fact through, then tick the ones found in the review.</source>
        <translation>Ще не оцінено: обговоріть кожен факт, а потім позначте з&apos;ясовані в розборі.</translation>
    </message>
    <message>
        <source>%1 of %2 facts found.</source>
        <translation>З&apos;ясовано %1 з %2 фактів.</translation>
    </message>
    <message>
        <source>Facts to find out</source>
        <translation>Факти, які треба з&apos;ясувати</translation>
    </message>
    <message>
        <source>Pitfalls</source>
        <translation>Типові помилки</translation>
    </message>
</context>
<context>
    <name>DebriefDialog</name>
    <message>
        <source>Debrief: %1</source>
        <translation>Розбір: %1</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Розбір</translation>
    </message>
    <message>
        <source>Review this run</source>
        <translation>Оцінити цю спробу</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <source>Open cases (F7)</source>
        <extracomment>what &quot;now&quot; is for the reminders (a test sets a simulated clock)</extracomment>
        <translation>Відкриті звернення (F7)</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Нове звернення</translation>
    </message>
    <message>
        <source>The case was not opened: %1</source>
        <translation>Звернення не відкрито: %1</translation>
    </message>
    <message>
        <source>Case %1 opened.</source>
        <translation>Звернення %1 відкрито.</translation>
    </message>
    <message>
        <source>Practice %1</source>
        <translation>Тренування %1</translation>
    </message>
    <message>
        <source>Practice started: %1. It is never counted in the figures.</source>
        <translation>Тренування розпочато: %1. Воно ніколи не враховується в показниках.</translation>
    </message>
    <message>
        <source>Could not read the case list: %1</source>
        <translation>Не вдалося прочитати список звернень: %1</translation>
    </message>
    <message>
        <source>Follow-ups: %1 due today, %2 overdue (F9)</source>
        <translation>Повторні контакти: %1 на сьогодні, %2 прострочено (F9)</translation>
    </message>
    <message>
        <source>Could not autosave the typed text: %1</source>
        <translation>Не вдалося автоматично зберегти введений текст: %1</translation>
    </message>
    <message>
        <source>Welcome back. %1 and %2 were kept when you last worked at this desk. Restore them?</source>
        <translation>З поверненням! Коли ви востаннє працювали на цьому робочому місці, збереглися: %1 і %2. Відновити?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Відновити</translation>
    </message>
    <message>
        <source>Discard the text</source>
        <translation>Відкинути текст</translation>
    </message>
    <message>
        <source>Restored the open cases and the typed text.</source>
        <translation>Відкриті звернення та введений текст відновлено.</translation>
    </message>
    <message>
        <source>The case log is empty. Load %1 realistic demo cases to explore the desk, the log and the dashboard? You can also start with your first real customer.</source>
        <translation>Журнал звернень порожній. Завантажити реалістичні демонстраційні звернення (%1), щоб ознайомитися з робочим місцем, журналом і панеллю показників? Можна також одразу почати з першим реальним клієнтом.</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Завантажити демодані</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Почати з нуля</translation>
    </message>
    <message>
        <source>Loading demo cases… the desk stays usable.</source>
        <translation>Завантаження демонстраційних звернень… Робочим місцем можна користуватися.</translation>
    </message>
    <message>
        <source>Loaded %1 demo cases.</source>
        <translation>Завантажено демонстраційних звернень: %1.</translation>
    </message>
    <message>
        <source>Demo data could not be loaded: %1</source>
        <translation>Не вдалося завантажити демодані: %1</translation>
    </message>
</context>
<context>
    <name>DesksSection</name>
    <message>
        <source>Trust a desk</source>
        <translation>Довіряти робочому місцю</translation>
    </message>
    <message>
        <source>Desks</source>
        <translation>Робочі місця</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Робоче місце</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Відбиток ключа</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Trusted by</source>
        <translation>Довіру надав</translation>
    </message>
    <message>
        <source>Known desks and their keys</source>
        <translation>Відомі робочі місця та їхні ключі</translation>
    </message>
    <message>
        <source>Desk id to trust</source>
        <translation>Ідентифікатор робочого місця, якому довіряти</translation>
    </message>
    <message>
        <source>e.g. RIGA-2</source>
        <translation>напр., RIGA-2</translation>
    </message>
    <message>
        <source>Its key fingerprint</source>
        <translation>Відбиток його ключа</translation>
    </message>
    <message>
        <source>as that desk shows it (recovery-desk desks identity)</source>
        <translation>як його показує те робоче місце (recovery-desk desks identity)</translation>
    </message>
    <message>
        <source>Desk id:</source>
        <translation>Ідентифікатор робочого місця:</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>Відбиток ключа:</translation>
    </message>
    <message>
        <source>Trust this desk…</source>
        <translation>Довіряти цьому робочому місцю…</translation>
    </message>
    <message>
        <source>This case log is a server, not a desk: it has no key of its own.</source>
        <translation>Цей журнал звернень — сервер, а не робоче місце: власного ключа він не має.</translation>
    </message>
    <message>
        <source>This desk is %1; its key fingerprint is %2. Other desks compare this with what they are asked to trust.</source>
        <translation>Це робоче місце — %1; відбиток його ключа — %2. Інші робочі місця звіряють із ним те, чому їх просять довіряти.</translation>
    </message>
    <message>
        <source>Held aside, not applied: %1 bundle(s) from desks not trusted here (%2).</source>
        <translation>Відкладено, не застосовано: пакетів — %1, від робочих місць, яким тут не довіряють (%2).</translation>
    </message>
    <message>
        <source>That is not a key fingerprint: it has 32 hex digits (0–9, a–f), in groups of four.</source>
        <translation>Це не відбиток ключа: він має 32 шістнадцяткові цифри (0–9, a–f), групами по чотири.</translation>
    </message>
    <message>
        <source>Nothing is held aside.</source>
        <translation>Нічого не відкладено.</translation>
    </message>
    <message>
        <source>this desk</source>
        <translation>це робоче місце</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>довірене</translation>
    </message>
    <message>
        <source>not trusted: its events are held aside</source>
        <translation>не довірене: його події відкладено</translation>
    </message>
    <message>
        <source>replaced by a newer key</source>
        <translation>замінено новішим ключем</translation>
    </message>
    <message>
        <source>trusted; nothing received from it yet</source>
        <translation>довірене; від нього ще нічого не надійшло</translation>
    </message>
    <message>
        <source>Type the desk id and the key fingerprint that desk shows.</source>
        <translation>Введіть ідентифікатор робочого місця і відбиток ключа, який воно показує.</translation>
    </message>
    <message>
        <source>Trust desk %1 with the key %2? Do this only after comparing the fingerprint with what that desk shows, by phone or in person. Its events will then apply here.</source>
        <translation>Довіряти робочому місцю %1 з ключем %2? Робіть це лише після того, як телефоном або особисто звірили відбиток із тим, що показує те робоче місце. Після цього його події застосовуватимуться тут.</translation>
    </message>
    <message>
        <source>Desk %1 is trusted. Its held events apply at the next sync.</source>
        <translation>Робоче місце %1 тепер довірене. Його відкладені події буде застосовано під час наступної синхронізації.</translation>
    </message>
    <message>
        <source>Desk %1 is trusted. Its events apply once they arrive.</source>
        <translation>Робоче місце %1 тепер довірене. Його події буде застосовано, щойно вони надійдуть.</translation>
    </message>
    <message>
        <source>%1 is not a desk id: letters, digits, - and _ only.</source>
        <translation>%1 — не ідентифікатор робочого місця: дозволено лише літери, цифри, - та _.</translation>
    </message>
    <message>
        <source>%1 is this desk itself.</source>
        <translation>%1 — це саме це робоче місце.</translation>
    </message>
    <message>
        <source>Desk %1 already has a trusted key. If it really has a new one, an administrator replaces it with recovery-desk desks trust %1 FINGERPRINT --replace.</source>
        <translation>Робоче місце %1 уже має довірений ключ. Якщо в нього справді новий, адміністратор замінює його командою recovery-desk desks trust %1 FINGERPRINT --replace.</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>An offer was made before listening ended.</source>
        <translation>Пропозицію зроблено до того, як вислухали клієнта.</translation>
    </message>
    <message>
        <source>Nothing recorded for this in the run.</source>
        <translation>У спробі про це нічого не записано.</translation>
    </message>
</context>
<context>
    <name>FeedbackButton</name>
    <message>
        <source>Coaching notes and reviews of your own cases</source>
        <translation>Коучингові нотатки й оцінки ваших звернень</translation>
    </message>
    <message numerus="yes">
        <source>Feedback: %n new</source>
        <translation>
            <numerusform>Відгуки: %n новий</numerusform>
            <numerusform>Відгуки: %n нові</numerusform>
            <numerusform>Відгуки: %n нових</numerusform>
        </translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Відгуки</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Feedback on your cases</source>
        <translation>Відгуки на ваші звернення</translation>
    </message>
    <message>
        <source>Coaching notes and reviews of your own cases, newest first. Read one, then press Ctrl+Enter to acknowledge it.</source>
        <translation>Коучингові нотатки й оцінки ваших звернень, найновіші вгорі. Прочитайте й натисніть Ctrl+Enter, щоб підтвердити.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Звернення</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Відгуки</translation>
    </message>
    <message>
        <source>No coaching notes or reviews of your cases yet.</source>
        <translation>Коучингових нотаток чи оцінок ваших звернень ще немає.</translation>
    </message>
    <message>
        <source>Acknowledge (Ctrl+Enter)</source>
        <translation>Підтвердити (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Coaching note</source>
        <translation>Коучингова нотатка</translation>
    </message>
    <message>
        <source>Practice review</source>
        <translation>Оцінка тренування</translation>
    </message>
    <message>
        <source>Quality review</source>
        <translation>Перевірка якості</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Підтверджено</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новий</translation>
    </message>
    <message>
        <source>From %1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Score: %1 of 5</source>
        <translation>Оцінка: %1 з 5</translation>
    </message>
</context>
<context>
    <name>FieldsBox</name>
    <message>
        <source>Capture</source>
        <translation>Фіксація даних</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Any</source>
        <translation>Усі</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Пошук у журналі</translation>
    </message>
    <message>
        <source>Reference, customer, phone, e-mail or words (Ctrl+F)</source>
        <translation>Номер, клієнт, телефон, e-mail або слова (Ctrl+F)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Період</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Будь-коли</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Останні 7 днів</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Останні 30 днів</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Останні 90 днів</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>Від – до</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Від дати</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>До дати</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Скинути фільтри</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Робоче місце</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Критичність</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Плейбук</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <source>scripted</source>
        <translation>за скриптом</translation>
    </message>
    <message>
        <source>natural</source>
        <translation>вільно</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation>Список спостереження</translation>
    </message>
    <message>
        <source>on the watchlist</source>
        <translation>у списку спостереження</translation>
    </message>
    <message>
        <source>not on it</source>
        <translation>не в списку</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Ескалація</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>з ескалацією</translation>
    </message>
    <message>
        <source>not escalated</source>
        <translation>без ескалації</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>Прострочений повторний контакт</translation>
    </message>
    <message>
        <source>Include training cases</source>
        <translation>Включати тренувальні звернення</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Create the administrator – Recovery Desk</source>
        <translation>Створення адміністратора – Recovery Desk</translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation>Створіть адміністратора</translation>
    </message>
    <message>
        <source>This case log has no account that can sign in yet. Create the administrator now; the administrator then adds the agents, supervisors and trainers.</source>
        <translation>У цьому журналі звернень ще немає облікового запису, з яким можна ввійти. Створіть адміністратора зараз; потім адміністратор додасть операторів, керівників і тренерів.</translation>
    </message>
    <message>
        <source>Administrator&apos;s name</source>
        <translation>Ім’я адміністратора</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Щонайменше символів: %1</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Пароль ще раз</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Ім’я:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Пароль ще раз:</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Створити й увійти</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same one twice.</source>
        <translation>Паролі не збігаються. Введіть той самий пароль двічі.</translation>
    </message>
    <message>
        <source>Choose a name (1 to 200 characters) and a password of at least %1 characters.</source>
        <translation>Виберіть ім’я (від 1 до 200 символів) і пароль щонайменше з %1 символів.</translation>
    </message>
</context>
<context>
    <name>Flow</name>
    <message>
        <source>Write down the complaint in the customer&apos;s own words first.</source>
        <translation>Спершу запишіть скаргу словами клієнта.</translation>
    </message>
    <message>
        <source>Unknown mode “%1”; use scripted or natural.</source>
        <translation>Невідомий режим “%1”; оберіть “за скриптом” або “вільно”.</translation>
    </message>
    <message>
        <source>Choose or create the customer first.</source>
        <translation>Спершу виберіть або створіть клієнта.</translation>
    </message>
    <message>
        <source>This case is not in the guided flow any more.</source>
        <translation>Це звернення вже не в керованому процесі.</translation>
    </message>
    <message>
        <source>The stage “%1” has no checklist item “%2”.</source>
        <translation>На етапі “%1” немає пункту контрольного списку “%2”.</translation>
    </message>
    <message>
        <source>The stage “%1” has no field “%2”.</source>
        <translation>На етапі “%1” немає поля “%2”.</translation>
    </message>
    <message>
        <source>%1: choose one of %2.</source>
        <translation>%1: оберіть один із варіантів: %2.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number.</source>
        <translation>%1: “%2” — не число.</translation>
    </message>
    <message>
        <source>Offer a resolution from the catalogue.</source>
        <translation>Запропонуйте рішення з каталогу.</translation>
    </message>
    <message>
        <source>The resolution waits for a supervisor&apos;s approval.</source>
        <translation>Рішення очікує погодження керівника.</translation>
    </message>
    <message>
        <source>Record the customer&apos;s satisfaction.</source>
        <translation>Запишіть задоволеність клієнта.</translation>
    </message>
    <message>
        <source>This stage cannot be skipped in this playbook.</source>
        <translation>У цьому плейбуку цей етап не можна пропустити.</translation>
    </message>
    <message>
        <source>Say why you skip this stage.</source>
        <translation>Вкажіть, чому ви пропускаєте цей етап.</translation>
    </message>
    <message>
        <source>This is the first stage.</source>
        <translation>Це перший етап.</translation>
    </message>
    <message>
        <source>Offer a resolution in the resolution stage.</source>
        <translation>Пропонуйте рішення на етапі узгодження рішення.</translation>
    </message>
    <message>
        <source>A supervisor has not decided on the current offer yet.</source>
        <translation>Керівник ще не розглянув поточну пропозицію.</translation>
    </message>
    <message>
        <source>“%1” is not in this playbook&apos;s resolution catalogue.</source>
        <translation>“%1” немає в каталозі рішень цього плейбука.</translation>
    </message>
    <message>
        <source>Choose the currency of the amount.</source>
        <translation>Виберіть валюту суми.</translation>
    </message>
    <message>
        <source>Agree a deadline with the customer.</source>
        <translation>Узгодьте з клієнтом термін.</translation>
    </message>
    <message>
        <source>The promised deadline is in the past.</source>
        <translation>Обіцяний термін уже минув.</translation>
    </message>
    <message>
        <source>%1 needs the time as well as the date.</source>
        <translation>Для «%1» потрібні і дата, і час.</translation>
    </message>
    <message>
        <source>%1 is in the offer twice; offer it once.</source>
        <translation>«%1» є в пропозиції двічі; запропонуйте один раз.</translation>
    </message>
    <message>
        <source>This promise is already marked done or is no longer part of the offer.</source>
        <translation>Цю обіцянку вже позначено виконаною, або вона більше не входить до пропозиції.</translation>
    </message>
    <message>
        <source>Nothing on this case waits for approval.</source>
        <translation>У цьому зверненні ніщо не очікує погодження.</translation>
    </message>
    <message>
        <source>Only a supervisor can approve this resolution.</source>
        <translation>Погодити це рішення може лише керівник.</translation>
    </message>
    <message>
        <source>Only a supervisor can decline this resolution.</source>
        <translation>Відхилити це рішення може лише керівник.</translation>
    </message>
    <message>
        <source>Say why the offer is declined, so the agent can offer another.</source>
        <translation>Вкажіть, чому пропозицію відхилено, щоб оператор міг запропонувати іншу.</translation>
    </message>
    <message>
        <source>Ask about satisfaction in the confirmation stage.</source>
        <translation>Про задоволеність запитуйте на етапі підтвердження.</translation>
    </message>
    <message>
        <source>Agree a resolution before asking about satisfaction.</source>
        <translation>Перш ніж запитувати про задоволеність, узгодьте рішення.</translation>
    </message>
    <message>
        <source>Say whether the customer accepted the resolution: yes, partly or no.</source>
        <translation>Вкажіть, чи прийняв клієнт рішення: так, частково чи ні.</translation>
    </message>
    <message>
        <source>Say whether the customer accepted verbally or in writing.</source>
        <translation>Вкажіть, як клієнт прийняв рішення: усно чи письмово.</translation>
    </message>
    <message>
        <source>The satisfaction score (CSAT) must be %1 to %2.</source>
        <translation>Оцінка задоволеності (CSAT) має бути від %1 до %2.</translation>
    </message>
    <message>
        <source>The likelihood to recommend must be %1 to %2.</source>
        <translation>Готовність рекомендувати має бути від %1 до %2.</translation>
    </message>
    <message>
        <source>The effort score must be %1 to %2.</source>
        <translation>Оцінка зусиль має бути від %1 до %2.</translation>
    </message>
    <message>
        <source>Did the customer accept the resolution? Choose yes, partly or no.</source>
        <translation>Чи прийняв клієнт рішення? Виберіть: так, частково або ні.</translation>
    </message>
    <message>
        <source>How did the customer accept? Choose verbally or in writing.</source>
        <translation>Як клієнт прийняв рішення? Виберіть: усно або письмово.</translation>
    </message>
    <message>
        <source>Choose the satisfaction score (%1 to %2), or that the customer declined to answer or was not asked.</source>
        <translation>Виберіть оцінку задоволеності (%1–%2) або те, що клієнт відмовився відповідати чи його не запитали.</translation>
    </message>
    <message>
        <source>Choose the likelihood to recommend (%1 to %2), or that the customer declined to answer or was not asked.</source>
        <translation>Виберіть імовірність рекомендації (%1–%2) або те, що клієнт відмовився відповідати чи його не запитали.</translation>
    </message>
    <message>
        <source>Choose the effort score (%1 to %2), or that the customer declined to answer or was not asked.</source>
        <translation>Виберіть оцінку зусиль (%1–%2) або те, що клієнт відмовився відповідати чи його не запитали.</translation>
    </message>
    <message>
        <source>A score without a value is either declined or not asked.</source>
        <translation>Оцінка без значення — це або відмова відповідати, або питання не ставили.</translation>
    </message>
    <message>
        <source>This case has no follow-up waiting.</source>
        <translation>Це звернення не очікує повторного контакту.</translation>
    </message>
    <message>
        <source>Only a case waiting for a follow-up can be closed as not recovered.</source>
        <translation>Закрити як неврегульоване можна лише звернення, що очікує повторного контакту.</translation>
    </message>
    <message>
        <source>Say why the case is closed without a satisfied customer.</source>
        <translation>Вкажіть, чому звернення закрито без задоволення клієнта.</translation>
    </message>
    <message>
        <source>This case is already closed.</source>
        <translation>Це звернення вже закрито.</translation>
    </message>
    <message>
        <source>Say why the case is withdrawn.</source>
        <translation>Вкажіть, чому звернення відкликано.</translation>
    </message>
    <message>
        <source>Nothing was changed: correct the name, phone, e-mail or customer number first.</source>
        <translation>Нічого не змінено: спершу виправте ім&apos;я, телефон, e-mail або номер клієнта.</translation>
    </message>
    <message>
        <source>Say why the contact details are corrected.</source>
        <translation>Вкажіть, чому виправляються контактні дані.</translation>
    </message>
    <message>
        <source>This customer&apos;s personal data was erased; it cannot be corrected.</source>
        <translation>Персональні дані цього клієнта стерто; їх не можна виправити.</translation>
    </message>
    <message>
        <source>Only practice cases are reviewed this way.</source>
        <translation>Так можна розбирати лише тренувальні звернення.</translation>
    </message>
    <message>
        <source>Unknown rubric items: %1.</source>
        <translation>Невідомі критерії оцінювання: %1.</translation>
    </message>
    <message>
        <source>The score must be 1 to 5.</source>
        <translation>Оцінка має бути від 1 до 5.</translation>
    </message>
    <message>
        <source>Only finished cases are checked for quality; this one is still open.</source>
        <translation>Перевіряти якість можна лише завершені справи; ця ще відкрита.</translation>
    </message>
    <message>
        <source>Practice runs are reviewed on the Training page, not as quality checks.</source>
        <translation>Тренувальні справи оцінюють на сторінці «Навчання», а не як перевірку якості.</translation>
    </message>
    <message>
        <source>There is no sampling rule “%1”.</source>
        <translation>Правила вибірки «%1» немає.</translation>
    </message>
    <message>
        <source>Only the agent who ran the case acknowledges its feedback.</source>
        <translation>Підтвердити відгук може лише працівник, який вів справу.</translation>
    </message>
    <message>
        <source>This feedback is no longer on the case.</source>
        <translation>Цього відгуку у справі вже немає.</translation>
    </message>
    <message>
        <source>No case with id %1 in this log.</source>
        <translation>У цьому журналі немає звернення з ідентифікатором %1.</translation>
    </message>
    <message>
        <source>No case with id %1 in this log. Refresh the list; the case may have been removed by a restore.</source>
        <translation>У цьому журналі немає звернення з ідентифікатором %1. Оновіть список: можливо, звернення зникло після відновлення з резервної копії.</translation>
    </message>
    <message>
        <source>The playbook “%1” of this case is not available on this desk; install it to continue the case.</source>
        <translation>Плейбук “%1” цього звернення недоступний на цьому робочому місці; встановіть його, щоб продовжити роботу зі зверненням.</translation>
    </message>
    <message>
        <source>Choose the channel of the complaint.</source>
        <translation>Виберіть канал скарги.</translation>
    </message>
    <message>
        <source>Choose the category of the complaint.</source>
        <translation>Виберіть категорію скарги.</translation>
    </message>
    <message>
        <source>Choose the severity of the complaint.</source>
        <translation>Виберіть серйозність скарги.</translation>
    </message>
    <message>
        <source>Choose the %1 of the complaint.</source>
        <translation>Виберіть поле скарги: %1.</translation>
    </message>
    <message>
        <source>Only a closed case can be reopened.</source>
        <translation>Повторно відкрити можна лише закрите звернення.</translation>
    </message>
    <message>
        <source>Say why the case is reopened.</source>
        <translation>Вкажіть, чому звернення відкрито повторно.</translation>
    </message>
    <message>
        <source>Write the coaching note first.</source>
        <translation>Спершу напишіть коучингову нотатку.</translation>
    </message>
    <message>
        <source>Say why this case is an example for training.</source>
        <translation>Вкажіть, чому це звернення є прикладом для навчання.</translation>
    </message>
    <message>
        <source>This case is not flagged for training.</source>
        <translation>Це звернення не позначено для навчання.</translation>
    </message>
    <message>
        <source>Describe the root cause first.</source>
        <translation>Спершу опишіть першопричину.</translation>
    </message>
    <message>
        <source>This case is closed; reopen it before planning a follow-up.</source>
        <translation>Це звернення закрито; щоб запланувати повторний контакт, спершу відкрийте його повторно.</translation>
    </message>
    <message>
        <source>No follow-up is scheduled on this case.</source>
        <translation>Для цього звернення не заплановано повторного контакту.</translation>
    </message>
    <message>
        <source>Choose who makes the follow-up.</source>
        <translation>Виберіть, хто здійснить повторний контакт.</translation>
    </message>
    <message>
        <source>Give the new due time with its time zone.</source>
        <translation>Вкажіть новий термін разом із часовим поясом.</translation>
    </message>
    <message>
        <source>The new due time is in the past.</source>
        <translation>Новий термін уже минув.</translation>
    </message>
    <message>
        <source>Tick “%1”.</source>
        <translation>Позначте “%1”.</translation>
    </message>
    <message>
        <source>Fill in “%1”.</source>
        <translation>Заповніть “%1”.</translation>
    </message>
    <message>
        <source>%1 needs an amount above zero.</source>
        <translation>%1: вкажіть суму, більшу за нуль.</translation>
    </message>
    <message>
        <source>%1 is over your limit of %2; ask an administrator.</source>
        <translation>%1 перевищує ваш ліміт (%2); зверніться до адміністратора.</translation>
    </message>
    <message>
        <source>There is no user “%1” on this log.</source>
        <translation>У цьому журналі немає користувача “%1”.</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Термін</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <source>Makes the call</source>
        <translation>Хто телефонує</translation>
    </message>
    <message>
        <source>Calls made</source>
        <translation>Здійснені дзвінки</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Recommend</source>
        <translation>Рекомендація</translation>
    </message>
    <message>
        <source>(reassigned)</source>
        <translation>(перепризначено)</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Відкрито</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation>Список спостереження</translation>
    </message>
</context>
<context>
    <name>FollowUpQueue</name>
    <message>
        <source>Overdue</source>
        <translation>Прострочені</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Заплановані</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Виконані</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>Відкрити звернення</translation>
    </message>
    <message>
        <source>Reassign follow-up…</source>
        <translation>Перепризначити повторний контакт…</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Повторні контакти</translation>
    </message>
    <message>
        <source>Customer&apos;s history</source>
        <translation>Історія клієнта</translation>
    </message>
    <message>
        <source>No follow-up is overdue.</source>
        <translation>Прострочених повторних контактів немає.</translation>
    </message>
    <message>
        <source>No follow-up is waiting.</source>
        <translation>Запланованих повторних контактів немає.</translation>
    </message>
    <message>
        <source>No follow-up call has been made yet.</source>
        <translation>Ще не здійснено жодного повторного дзвінка.</translation>
    </message>
    <message>
        <source>Follow-ups past their due time, most overdue first.</source>
        <translation>Повторні контакти, термін яких минув; спершу найбільш прострочені.</translation>
    </message>
    <message>
        <source>Follow-ups still to make, soonest first.</source>
        <translation>Повторні контакти, які ще треба здійснити; спершу найближчі.</translation>
    </message>
    <message>
        <source>Follow-up calls made, latest first.</source>
        <translation>Здійснені повторні дзвінки; спершу найновіші.</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Історія: %1</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>What to say</source>
        <translation>Що сказати</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Ключові моменти</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Робіть</translation>
    </message>
    <message>
        <source>Don&apos;t</source>
        <translation>Не робіть</translation>
    </message>
    <message>
        <source>You could say</source>
        <translation>Можна сказати</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Повторний контакт</translation>
    </message>
    <message>
        <source>Call or write to the customer, ask whether the problem is fully solved now, and record their answers. Due: %1</source>
        <translation>Зателефонуйте або напишіть клієнтові, запитайте, чи проблему тепер повністю вирішено, і запишіть відповіді. Термін: %1</translation>
    </message>
    <message>
        <source>This case is closed.</source>
        <translation>Цю справу закрито.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import past complaints</source>
        <extracomment>How the presets are named for people.</extracomment>
        <translation>Імпорт попередніх скарг</translation>
    </message>
    <message>
        <source>The CSV export of your old helpdesk</source>
        <translation>CSV-експорт із вашої попередньої служби підтримки</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <source>Support tickets (generic layout)</source>
        <translation>Звернення до підтримки (загальний формат)</translation>
    </message>
    <message>
        <source>My own mapping file…</source>
        <translation>Власний файл відповідностей…</translation>
    </message>
    <message>
        <source>MAPPING.toml (see docs/csv-import.md)</source>
        <translation>MAPPING.toml (див. docs/csv-import.md)</translation>
    </message>
    <message>
        <source>Import the good rows and write the others, with the reason, to a rejects file</source>
        <translation>Імпортувати правильні рядки, а решту з причиною записати у файл відхилених</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Exported from:</source>
        <translation>&amp;Експортовано з:</translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation>&amp;Відповідності:</translation>
    </message>
    <message>
        <source>Choose a file, then check it: nothing is written until you import.</source>
        <translation>Виберіть файл і перевірте його: до імпорту нічого не записується.</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Звіт про імпорт</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Перевірити</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Імпортувати</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Choose the export</source>
        <translation>Вибір файлу експорту</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Файли CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Choose the mapping</source>
        <translation>Вибір файлу відповідностей</translation>
    </message>
    <message>
        <source>Mappings (*.toml)</source>
        <translation>Відповідності (*.toml)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Читання файлу…</translation>
    </message>
    <message>
        <source>Checking every row… %1 of %2 MB</source>
        <translation>Перевірка кожного рядка… %1 з %2 МБ</translation>
    </message>
    <message>
        <source>Importing… %1 of %2 MB</source>
        <translation>Імпорт… %1 з %2 МБ</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Імпорт скасовано; нічого не імпортовано.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Нічого не імпортовано: %1</translation>
    </message>
    <message>
        <source>Checked %1 rows: all %2 can be imported. Read the report below, then press Import.</source>
        <translation>Перевірено рядків: %1; усі %2 можна імпортувати. Перегляньте звіт нижче й натисніть «Імпортувати».</translation>
    </message>
    <message>
        <source>Checked %1 rows: %2 can be imported; %3 will be written to a rejects file with the reason.</source>
        <translation>Перевірено рядків: %1; можна імпортувати %2, а %3 буде записано з причиною у файл відхилених.</translation>
    </message>
    <message>
        <source>Checked %1 rows: %3 cannot be imported (listed below). Fix the file or the mapping, or import only the good rows.</source>
        <translation>Перевірено рядків: %1; не можна імпортувати %3 (список нижче). Виправте файл або відповідності чи імпортуйте лише правильні рядки.</translation>
    </message>
    <message>
        <source>Imported %1 cases.</source>
        <translation>Імпортовано справ: %1.</translation>
    </message>
    <message>
        <source>%1 rows were skipped; they are in %2 with the reason.</source>
        <translation>Пропущено рядків: %1; їх разом із причиною записано у %2.</translation>
    </message>
</context>
<context>
    <name>KpiText</name>
    <message>
        <source>Complaints</source>
        <translation>Скарги</translation>
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
        <translation>Зусилля клієнта (CES)</translation>
    </message>
    <message>
        <source>Resolution accepted</source>
        <translation>Рішення прийнято</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>Вирішення з першого контакту</translation>
    </message>
    <message>
        <source>First response, median</source>
        <translation>Перша реакція, медіана</translation>
    </message>
    <message>
        <source>First response, 90th percentile</source>
        <translation>Перша реакція, 90-й процентиль</translation>
    </message>
    <message>
        <source>Time to resolution, median</source>
        <translation>Час до рішення, медіана</translation>
    </message>
    <message>
        <source>Time to resolution, 90th percentile</source>
        <translation>Час до рішення, 90-й процентиль</translation>
    </message>
    <message>
        <source>Cost per resolution</source>
        <translation>Вартість одного рішення</translation>
    </message>
    <message>
        <source>Recovery rate</source>
        <translation>Рівень врегулювання</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Результат невідомий</translation>
    </message>
    <message>
        <source>On the watchlist</source>
        <translation>У списку спостереження</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Прострочені повторні контакти</translation>
    </message>
    <message>
        <source>Acknowledged on time</source>
        <translation>Вчасно підтверджено</translation>
    </message>
    <message>
        <source>Final response on time</source>
        <translation>Остаточна відповідь вчасно</translation>
    </message>
    <message>
        <source>Complaints opened in the period and scope (practice cases never count).</source>
        <translation>Скарги, відкриті в цьому періоді та вибірці (тренувальні звернення ніколи не враховуються).</translation>
    </message>
    <message>
        <source>Share of satisfaction answers of 4 or 5 on the 1–5 scale, among the cases with an answer (the latest answer of each case).</source>
        <translation>Частка оцінок задоволеності 4 або 5 за шкалою 1–5 серед звернень, що мають відповідь (враховується остання відповідь у кожному зверненні).</translation>
    </message>
    <message>
        <source>Net promoter score: per cent promoters (9–10) minus per cent detractors (0–6) among the cases that answered how likely they are to recommend (0–10); from −100 to +100.</source>
        <translation>Індекс NPS (Net Promoter Score): відсоток промоутерів (9–10) мінус відсоток критиків (0–6) серед звернень, у яких відповіли, наскільки ймовірно порекомендують нас (0–10); від −100 до +100.</translation>
    </message>
    <message>
        <source>Customer effort score: the mean agreement (1–7, higher is easier) that the issue was easy to handle, among the cases that answered the effort question.</source>
        <translation>Індекс зусиль клієнта (CES): середній рівень згоди (1–7, більше — легше) з тим, що питання було легко вирішити, серед звернень, у яких відповіли на запитання про зусилля.</translation>
    </message>
    <message>
        <source>Share of cases whose customer accepted the resolution fully, among all cases with an answer; &quot;partly&quot; counts as not accepted (it puts the customer on the watchlist).</source>
        <translation>Частка звернень, у яких клієнт повністю прийняв рішення, серед усіх звернень із відповіддю; «частково» вважається неприйняттям (клієнта вносять до списку спостереження).</translation>
    </message>
    <message>
        <source>Share of closed cases with a known outcome that were closed as recovered with no follow-up contact at all. Cases closed with outcome unknown are counted apart.</source>
        <translation>Частка закритих справ із відомим результатом, які закрито як врегульовані без жодного повторного контакту. Справи, закриті з невідомим результатом, рахуються окремо.</translation>
    </message>
    <message>
        <source>Share of closed cases with a known outcome that were closed with a satisfied customer. Cases closed with outcome unknown are counted apart; withdrawn cases are not closed.</source>
        <translation>Частка закритих справ із відомим результатом, закритих із задоволеним клієнтом. Справи з невідомим результатом рахуються окремо; відкликані справи не вважаються закритими.</translation>
    </message>
    <message>
        <source>Closed cases where nobody knows whether the customer was satisfied (history imported without satisfaction answers, or a customer who would not say). They are left out of the recovery rate and first-contact resolution, never counted as not recovered.</source>
        <translation>Закриті справи, щодо яких невідомо, чи був клієнт задоволений (історію імпортовано без відповідей про задоволеність або клієнт не відповів). Вони не входять до рівня врегулювання та вирішення з першого контакту і ніколи не рахуються як неврегульовані.</translation>
    </message>
    <message>
        <source>From opening the case to the end of its first acknowledge, apologize or control stage: half of the cases were faster.</source>
        <translation>Від відкриття звернення до завершення його першого етапу визнання проблеми, вибачення або взяття ситуації під контроль: половина звернень була швидшою.</translation>
    </message>
    <message>
        <source>9 in 10 acknowledged cases were acknowledged within this time, counted from opening.</source>
        <translation>У 9 з 10 звернень, де проблему визнано, це сталося в межах цього часу, рахуючи від відкриття.</translation>
    </message>
    <message>
        <source>From opening the case to the customer first accepting the resolution fully: half of the resolved cases were faster.</source>
        <translation>Від відкриття звернення до першого повного прийняття рішення клієнтом: половина вирішених звернень була швидшою.</translation>
    </message>
    <message>
        <source>9 in 10 resolved cases were resolved within this time, counted from opening.</source>
        <translation>9 з 10 вирішених звернень було вирішено в межах цього часу, рахуючи від відкриття.</translation>
    </message>
    <message>
        <source>Total redress given on cases closed as recovered, divided by the number of those cases (cases resolved without money count as zero). One figure per currency, never converted.</source>
        <translation>Загальна сума компенсацій у зверненнях, закритих як врегульовані, поділена на кількість цих звернень (звернення, вирішені без грошей, рахуються як нуль). Окремий показник для кожної валюти, без конвертації.</translation>
    </message>
    <message>
        <source>Customers in scope who are not fully satisfied yet (on the watchlist now).</source>
        <translation>Клієнти у вибірці, які ще не повністю задоволені (зараз у списку спостереження).</translation>
    </message>
    <message>
        <source>Follow-ups due before now and not done.</source>
        <translation>Повторні контакти, термін яких уже минув і які не здійснено.</translation>
    </message>
    <message>
        <source>Share of complaints under a clock rule pack acknowledged by their deadline, among those whose acknowledgement is decided (sent, or its deadline passed). One resolved in time with a summary resolution is not counted. The Register and the report use the same definition.</source>
        <translation>Частка скарг за набором правил строків, отримання яких підтвердили до строку, серед тих, де це вже визначено (підтвердження надіслано або строк минув). Скаргу, вчасно вирішену з коротким повідомленням про вирішення, не враховують. Реєстр і звіт рахують так само.</translation>
    </message>
    <message>
        <source>Share of complaints under a clock rule pack given their final response (or a holding response) by its deadline, among those whose final response is decided (sent, or its deadline passed). One resolved in time with a summary resolution is not counted. The Register and the report use the same definition.</source>
        <translation>Частка скарг за набором правил строків, на які остаточну відповідь (або лист про затримку) надіслали до строку, серед тих, де це вже визначено (відповідь надіслано або строк минув). Скаргу, вчасно вирішену з коротким повідомленням про вирішення, не враховують. Реєстр і звіт рахують так само.</translation>
    </message>
    <message>
        <source>Based on %1 cases.</source>
        <translation>На основі звернень: %1.</translation>
    </message>
    <message>
        <source>Unknown: the customer declined to answer or was not asked; left out of the figure.</source>
        <translation>Невідомо: клієнт відмовився відповідати або його не запитали; до показника не входить.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 хв</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 год</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 дн.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Імпортовано</translation>
    </message>
    <message>
        <source>Scripted</source>
        <translation>За скриптом</translation>
    </message>
    <message>
        <source>Natural</source>
        <translation>Вільно</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Робоче місце</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Плейбук</translation>
    </message>
    <message>
        <source>Scripted vs natural</source>
        <translation>За скриптом чи вільно</translation>
    </message>
</context>
<context>
    <name>LetterPreview</name>
    <message>
        <source>Letter for %1</source>
        <translation>Лист: %1</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>— choose the decision —</source>
        <translation>— оберіть рішення —</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Рішення</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>Текст листа</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Зберегти як &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;E-mail draft…</source>
        <translation>&amp;Чернетка листа…</translation>
    </message>
    <message>
        <source>&amp;Record as sent</source>
        <translation>&amp;Позначити як надісланий</translation>
    </message>
    <message>
        <source>Write the parts in [[ ]] before sending: %1</source>
        <translation>Перед надсиланням заповніть частини в [[ ]]: %1</translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation>Зберегти лист як PDF</translation>
    </message>
    <message>
        <source>Save the e-mail draft</source>
        <translation>Зберегти чернетку листа</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Recovery log</source>
        <translation>Журнал врегулювання</translation>
    </message>
    <message>
        <source>Export this view…</source>
        <translation>Експортувати поточний список…</translation>
    </message>
    <message>
        <source>The cases of the current filter, as CSV or Excel (Ctrl+Shift+E)</source>
        <translation>Звернення за поточним фільтром у форматі CSV або Excel (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Log views</source>
        <translation>Розділи журналу</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Звернення</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Скинути фільтри</translation>
    </message>
    <message>
        <source>Watchlist and follow-ups</source>
        <translation>Список спостереження і повторні контакти</translation>
    </message>
    <message>
        <source>Could not count the cases: %1</source>
        <translation>Не вдалося підрахувати звернення: %1</translation>
    </message>
    <message>
        <source>descending</source>
        <translation>за спаданням</translation>
    </message>
    <message>
        <source>ascending</source>
        <translation>за зростанням</translation>
    </message>
    <message>
        <source>Counting the cases…</source>
        <translation>Підрахунок звернень…</translation>
    </message>
    <message>
        <source>%1 cases in the log.</source>
        <translation>Звернень у журналі: %1.</translation>
    </message>
    <message>
        <source>%1 cases match the filters.</source>
        <translation>Звернень, що відповідають фільтрам: %1.</translation>
    </message>
    <message>
        <source>%1 Sorted by %2, %3. Enter opens a case.</source>
        <translation>%1 Сортування: %2, %3. Enter відкриває звернення.</translation>
    </message>
    <message>
        <source>Customers and words are searched in this desk&apos;s cases and in cases still being worked; references in every case.</source>
        <translation>Клієнтів і слова шукаються у зверненнях цього робочого місця та у зверненнях, які ще опрацьовуються; номери — в усіх зверненнях.</translation>
    </message>
    <message>
        <source>No case matches these filters.</source>
        <translation>Жодне звернення не відповідає цим фільтрам.</translation>
    </message>
    <message>
        <source>The log is empty. Open a case on the Desk, or load demo data from the Desk page.</source>
        <translation>Журнал порожній. Відкрийте звернення на робочому місці або завантажте демодані на сторінці «Робоче місце».</translation>
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
        <translation>Робоче місце</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Панель показників</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Навчання</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Реєстр</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Навігація</translation>
    </message>
    <message>
        <source>Opening the case log…</source>
        <translation>Відкриття журналу звернень…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Export cases…</source>
        <translation>Експортувати звернення…</translation>
    </message>
    <message>
        <source>Export cases, pseudonymized…</source>
        <translation>Експортувати звернення з псевдонімами…</translation>
    </message>
    <message>
        <source>Import past complaints…</source>
        <translation>Імпортувати попередні скарги…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Синхронізувати зараз</translation>
    </message>
    <message>
        <source>Switch user…</source>
        <translation>Змінити користувача…</translation>
    </message>
    <message>
        <source>My PIN…</source>
        <translation>Мій PIN-код…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Вийти з облікового запису</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Вийти</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Перехід</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Звернення</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Комбінації клавіш</translation>
    </message>
    <message>
        <source>About Recovery Desk</source>
        <translation>Про Recovery Desk</translation>
    </message>
    <message>
        <source>Desk: %1</source>
        <translation>Робоче місце: %1</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Користувач: %1 (%2)</translation>
    </message>
    <message>
        <source>Nobody is signed in</source>
        <translation>Ніхто не ввійшов</translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>Журнал: %1</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation>Синхронізація: не налаштовано</translation>
    </message>
    <message>
        <source>Sync: waiting for the first run</source>
        <translation>Синхронізація: очікує першого запуску</translation>
    </message>
    <message>
        <source>Your PIN is set.</source>
        <translation>PIN-код встановлено.</translation>
    </message>
    <message>
        <source>Sync: running…</source>
        <translation>Синхронізація: триває…</translation>
    </message>
    <message>
        <source>Sync: %1 ✓ · %2 waiting</source>
        <translation>Синхронізація: %1 ✓ · %2 в очікуванні</translation>
    </message>
    <message>
        <source>Sync: %1 · %2 waiting · not applied: %3</source>
        <translation>Синхронізація: %1 · %2 в очікуванні · не застосовано: %3</translation>
    </message>
    <message>
        <source>Sync: failed at %1, will retry</source>
        <translation>Синхронізація: збій о %1, буде повторено</translation>
    </message>
    <message>
        <source>Recovery Desk %1
Guided complaint recovery with an offline case log.</source>
        <translation>Recovery Desk %1
Кероване врегулювання скарг з офлайн-журналом звернень.</translation>
    </message>
</context>
<context>
    <name>NewCaseForm</name>
    <message>
        <source>Customer</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Find: name, phone, e-mail or customer number</source>
        <translation>Пошук: ім’я, телефон, e-mail або номер клієнта</translation>
    </message>
    <message>
        <source>Find customer</source>
        <translation>Знайти клієнта</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>Знайдені клієнти</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Ім’я клієнта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Номер клієнта</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Ім’я:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Ел. пошта:</translation>
    </message>
    <message>
        <source>Customer no.:</source>
        <translation>№ клієнта:</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Скарга</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Критичність</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Плейбук</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <source>Natural (own words)</source>
        <translation>Вільно (своїми словами)</translation>
    </message>
    <message>
        <source>Scripted (read lines)</source>
        <translation>За скриптом (читати репліки)</translation>
    </message>
    <message>
        <source>The complaint in the customer&apos;s own words</source>
        <translation>Скарга словами клієнта</translation>
    </message>
    <message>
        <source>Write down what the customer says, in their words. Listen first; do not solve yet.</source>
        <translation>Запишіть, що каже клієнт, його словами. Спершу вислухайте; поки не розв’язуйте.</translation>
    </message>
    <message>
        <source>What the customer wants</source>
        <translation>Чого хоче клієнт</translation>
    </message>
    <message>
        <source>What would put it right for them?</source>
        <translation>Що виправить ситуацію для клієнта?</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Категорія:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Критичність:</translation>
    </message>
    <message>
        <source>In their words:</source>
        <translation>Словами клієнта:</translation>
    </message>
    <message>
        <source>They want:</source>
        <translation>Клієнт хоче:</translation>
    </message>
    <message>
        <source>Playbook:</source>
        <translation>Плейбук:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Режим:</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Відкрити звернення</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Історія</translation>
    </message>
    <message>
        <source>Customer history</source>
        <translation>Історія клієнта</translation>
    </message>
    <message>
        <source>This customer is waiting for a follow-up: record it on their case instead of opening a new one.</source>
        <translation>Цей клієнт чекає на повторний контакт: запишіть його в його справі, а не відкривайте нову.</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— виберіть —</translation>
    </message>
    <message>
        <source>Find a customer to see their earlier complaints and whether they are on the watchlist.</source>
        <translation>Знайдіть клієнта, щоб побачити його попередні скарги і чи є він у списку спостереження.</translation>
    </message>
    <message>
        <source>Returning customer: %1</source>
        <translation>Клієнт уже звертався: %1</translation>
    </message>
    <message>
        <source>On the watchlist: this customer was not fully satisfied recently.</source>
        <translation>У списку спостереження: цей клієнт нещодавно був не повністю задоволений.</translation>
    </message>
    <message>
        <source>Record the follow-up now (%1)</source>
        <translation>Записати повторний контакт зараз (%1)</translation>
    </message>
    <message>
        <source>Find the customer, or type at least a name, phone or e-mail.</source>
        <translation>Знайдіть клієнта або введіть принаймні ім’я, телефон чи e-mail.</translation>
    </message>
    <message>
        <source>Write down the complaint in the customer&apos;s own words.</source>
        <translation>Запишіть скаргу словами клієнта.</translation>
    </message>
</context>
<context>
    <name>NotesBox</name>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <source>Type a note; it is kept even if the PC crashes. Ctrl+Shift+Enter adds it.</source>
        <translation>Введіть нотатку; її буде збережено, навіть якщо комп’ютер аварійно вимкнеться. Ctrl+Shift+Enter — додати.</translation>
    </message>
    <message>
        <source>Language hint</source>
        <translation>Мовна підказка</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Додати нотатку</translation>
    </message>
    <message>
        <source>Notes and timeline</source>
        <translation>Нотатки та хронологія</translation>
    </message>
    <message>
        <source>Try: %1</source>
        <translation>Спробуйте: %1</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>recovered</source>
        <translation>врегульовано</translation>
    </message>
    <message>
        <source>not recovered</source>
        <translation>не врегульовано</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>відкликано</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дні</numerusform>
            <numerusform>%n днів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n звернення</numerusform>
            <numerusform>%n звернення</numerusform>
            <numerusform>%n звернень</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s)</source>
        <translation>
            <numerusform>%n відкрите звернення</numerusform>
            <numerusform>%n відкриті звернення</numerusform>
            <numerusform>%n відкритих звернень</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier complaint(s)</source>
        <translation>
            <numerusform>%n попередня скарга</numerusform>
            <numerusform>%n попередні скарги</numerusform>
            <numerusform>%n попередніх скарг</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of typed text</source>
        <translation>
            <numerusform>%n набраний текст</numerusform>
            <numerusform>%n набрані тексти</numerusform>
            <numerusform>%n набраних текстів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n невідома</numerusform>
            <numerusform>%n невідомі</numerusform>
            <numerusform>%n невідомих</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Promise</name>
    <message>
        <source>a resolution</source>
        <translation>рішення</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>до %1</translation>
    </message>
</context>
<context>
    <name>PromisesButton</name>
    <message>
        <source>Promises: %1 due today, %2 overdue (F10)</source>
        <translation>Обіцянки: %1 на сьогодні, %2 прострочено (F10)</translation>
    </message>
    <message>
        <source>Promises: could not be read (F10)</source>
        <translation>Обіцянки: не вдалося прочитати (F10)</translation>
    </message>
</context>
<context>
    <name>PromisesDialog</name>
    <message>
        <source>Promises due</source>
        <extracomment>red for overdue, amber for due today</extracomment>
        <translation>Обіцянки до виконання</translation>
    </message>
    <message>
        <source>What was promised by a date, until it is marked done, whether the customer was satisfied or not. Overdue first. Ctrl+D marks the selected promise done; Enter opens the case.</source>
        <translation>Що обіцяно до дати, доки не позначено виконаним, незалежно від того, чи був клієнт задоволений. Спершу прострочені. Ctrl+D позначає вибрану обіцянку виконаною; Enter відкриває справу.</translation>
    </message>
    <message>
        <source>Only mine (Ctrl+M)</source>
        <translation>Лише мої (Ctrl+M)</translation>
    </message>
    <message>
        <source>Only the promises of cases that are yours (%1)</source>
        <translation>Лише обіцянки у ваших справах (%1)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Термін</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>Як зв’язатися</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Обіцяно</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Задоволений</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>No promises of yours due this week; clear &quot;Only mine&quot; to see everyone&apos;s.</source>
        <translation>Цього тижня ваших обіцянок немає; щоб побачити всі, зніміть позначку «Лише мої».</translation>
    </message>
    <message>
        <source>No promises due this week.</source>
        <translation>Цього тижня обіцянок немає.</translation>
    </message>
    <message>
        <source>Mark done (Ctrl+D)</source>
        <translation>Позначити виконаним (Ctrl+D)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Прострочені</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Пізніше</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без імені)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>no or not known</source>
        <translation>ні або невідомо</translation>
    </message>
</context>
<context>
    <name>Quality</name>
    <message>
        <source>At random</source>
        <translation>Випадково</translation>
    </message>
    <message>
        <source>Low CSAT (2 or less)</source>
        <translation>Низький CSAT (2 і менше)</translation>
    </message>
    <message>
        <source>Escalated to a supervisor</source>
        <translation>Ескальовано керівникові</translation>
    </message>
    <message>
        <source>A stage done in under 10 s</source>
        <translation>Етап за менше ніж 10 с</translation>
    </message>
    <message>
        <source>On the watchlist</source>
        <translation>У списку спостереження</translation>
    </message>
</context>
<context>
    <name>QualityTab</name>
    <message>
        <source>Sampling rule</source>
        <translation>Правило вибірки</translation>
    </message>
    <message>
        <source>How many cases</source>
        <translation>Скільки звернень</translation>
    </message>
    <message>
        <source>Sample finished cases</source>
        <translation>Вибрати завершені звернення</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Правило:</translation>
    </message>
    <message>
        <source>Cases:</source>
        <translation>Звернення:</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Звернення</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation>Вибрано</translation>
    </message>
    <message>
        <source>Scored by</source>
        <translation>Оцінили</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Черга перевірки</translation>
    </message>
    <message>
        <source>Reviews done</source>
        <translation>Кількість оцінок</translation>
    </message>
    <message>
        <source>Scores over time</source>
        <translation>Оцінки з часом</translation>
    </message>
    <message>
        <source>Scores per agent</source>
        <translation>Оцінки за операторами</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Оцінки</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Різниця</translation>
    </message>
    <message>
        <source>Judged apart</source>
        <translation>Оцінено по-різному</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Калібрування</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронологія</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <source>(choose 1–5)</source>
        <translation>(виберіть 1–5)</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Коментарі</translation>
    </message>
    <message>
        <source>What to keep, what to change</source>
        <translation>Що зберегти, що змінити</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Оцінка:</translation>
    </message>
    <message>
        <source>Save quality review</source>
        <translation>Зберегти перевірку якості</translation>
    </message>
    <message>
        <source>Only supervisors and administrators check quality.</source>
        <translation>Якість перевіряють лише керівники й адміністратори.</translation>
    </message>
    <message>
        <source>No case waits for your review. Sample finished cases above.</source>
        <translation>Жодне звернення не чекає на вашу перевірку. Виберіть завершені звернення вгорі.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) added to the review queue.</source>
        <translation>
            <numerusform>%n звернення додано до черги перевірки.</numerusform>
            <numerusform>%n звернення додано до черги перевірки.</numerusform>
            <numerusform>%n звернень додано до черги перевірки.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a case in the review queue first.</source>
        <translation>Спершу виберіть звернення в черзі перевірки.</translation>
    </message>
    <message>
        <source>Choose a score from 1 to 5, then save.</source>
        <translation>Виберіть оцінку від 1 до 5 і збережіть.</translation>
    </message>
    <message>
        <source>Quality review saved.</source>
        <translation>Перевірку якості збережено.</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reassign follow-up</source>
        <translation>Перепризначити повторний контакт</translation>
    </message>
    <message>
        <source>Make the call</source>
        <translation>Хто телефонує</translation>
    </message>
    <message>
        <source>Move the due time</source>
        <translation>Перенести термін</translation>
    </message>
    <message>
        <source>New due time</source>
        <translation>Новий термін</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>A pause needs a reason: say what the case is waiting for, e.g. the customer&apos;s documents.</source>
        <translation>Для призупинення потрібна причина: вкажіть, на що чекає звернення, наприклад на документи клієнта.</translation>
    </message>
    <message>
        <source>This case has no running clock that may be paused. Only the organization&apos;s own service levels pause; a regulator&apos;s clock keeps running.</source>
        <translation>У цього звернення немає строку, який можна призупинити. Призупиняються лише власні рівні обслуговування організації; строк регулятора спливає далі.</translation>
    </message>
    <message>
        <source>No clock of this case is paused.</source>
        <translation>Жоден строк цього звернення не призупинено.</translation>
    </message>
    <message>
        <source>There is no usable clock pack named “%1”.</source>
        <translation>Немає придатного набору правил строків із назвою “%1”.</translation>
    </message>
    <message>
        <source>The holiday calendar for region “%1” is not known. Use a country code with an optional region, for example GB-ENG, AU-VIC, HU, LV or UA.</source>
        <translation>Календар свят для регіону “%1” невідомий. Вкажіть код країни, за потреби з регіоном, наприклад GB-ENG, AU-VIC, HU, LV або UA.</translation>
    </message>
    <message>
        <source>This text is longer than %1 characters; shorten it.</source>
        <translation>Цей текст довший за %1 символів; скоротіть його.</translation>
    </message>
    <message>
        <source>Choose at least one of the four drivers of the vulnerability.</source>
        <translation>Оберіть принаймні один із чотирьох чинників вразливості.</translation>
    </message>
    <message>
        <source>“%1” is not a type of redress; choose one from the list.</source>
        <translation>“%1” — не вид компенсації; оберіть вид зі списку.</translation>
    </message>
    <message>
        <source>“%1” is not an amount.</source>
        <translation>“%1” — не сума.</translation>
    </message>
    <message>
        <source>A redress amount must be more than zero.</source>
        <translation>Сума компенсації має бути більшою за нуль.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code; use three letters such as EUR, GBP or UAH.</source>
        <translation>“%1” — не код валюти; вкажіть три літери, наприклад EUR, GBP або UAH.</translation>
    </message>
    <message>
        <source>This redress line is not on this case; check the ledger.</source>
        <translation>Такого запису про компенсацію в цьому зверненні немає; перевірте облік компенсацій.</translation>
    </message>
    <message>
        <source>Say why the case is left out of the return, e.g. it was a service request, not a complaint.</source>
        <translation>Вкажіть, чому звернення не входить до звіту регулятору, наприклад це був запит на послугу, а не скарга.</translation>
    </message>
    <message>
        <source>“%1” is not a product in the register.</source>
        <translation>У реєстрі немає продукту “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a cause in the register.</source>
        <translation>У реєстрі немає причини “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a sub-cause of “%2”.</source>
        <translation>“%1” не є підпричиною для “%2”.</translation>
    </message>
    <message>
        <source>“%1” is not an outcome; choose upheld, partly upheld or rejected.</source>
        <translation>“%1” — не результат; оберіть: обґрунтована, частково обґрунтована або відхилена.</translation>
    </message>
    <message>
        <source>A final response needs its outcome: choose upheld, partly upheld or rejected (or code the complaint in the register first).</source>
        <translation>Для остаточної відповіді потрібен результат: оберіть «обґрунтована», «частково обґрунтована» або «відхилена» (або спершу закодуйте скаргу в реєстрі).</translation>
    </message>
    <message>
        <source>“%1” is not a way to send a letter.</source>
        <translation>“%1” — не спосіб надсилання листа.</translation>
    </message>
    <message>
        <source>The letter still has parts to write (%1), first: %2. Write them in the preview, then send.</source>
        <translation>У листі ще є незаповнені частини (%1), перша: %2. Допишіть їх у попередньому перегляді, а тоді надсилайте.</translation>
    </message>
    <message>
        <source>The letter is too long to record; keep it under %1 characters.</source>
        <translation>Лист задовгий, щоб його записати; він має бути коротшим за %1 символів.</translation>
    </message>
    <message>
        <source>The letter template %1 is larger than %2 bytes.</source>
        <translation>Шаблон листа %1 більший за %2 байтів.</translation>
    </message>
    <message>
        <source>There is no letter template %1. Reinstall Recovery Desk or add the file to resources/templates.</source>
        <translation>Немає шаблону листа %1. Перевстановіть Recovery Desk або додайте файл до теки resources/templates.</translation>
    </message>
    <message>
        <source>The letter template %1 cannot be read (%2). It must be UTF-8 TOML.</source>
        <translation>Шаблон листа %1 не вдається прочитати (%2). Це має бути файл TOML у кодуванні UTF-8.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of letter.</source>
        <translation>“%1” — не вид листа.</translation>
    </message>
    <message>
        <source>There are no letters in “%1”.</source>
        <translation>Листів мовою “%1” немає.</translation>
    </message>
    <message>
        <source>The password is too short: use at least %1 characters (a short sentence works well).</source>
        <translation>Пароль закороткий: він має містити щонайменше %1 символів (добре підходить коротке речення).</translation>
    </message>
    <message>
        <source>The password is too long: use at most %1 characters.</source>
        <translation>Пароль задовгий: він може містити не більше ніж %1 символів.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits; type only digits.</source>
        <translation>PIN-код має містити від 4 до 8 цифр; вводьте лише цифри.</translation>
    </message>
    <message>
        <source>A user name is 1 to 200 characters, without control characters.</source>
        <translation>Ім’я користувача має містити від 1 до 200 символів, без керівних символів.</translation>
    </message>
    <message>
        <source>“%1” is not a role.</source>
        <translation>“%1” — не роль.</translation>
    </message>
    <message>
        <source>An administrator account exists already; sign in as an administrator to add users.</source>
        <translation>Обліковий запис адміністратора вже існує; щоб додати користувачів, увійдіть як адміністратор.</translation>
    </message>
    <message>
        <source>%1 is the only administrator who can sign in; make another user an administrator first.</source>
        <translation>%1 — єдиний адміністратор, який може увійти; спершу зробіть адміністратором іншого користувача.</translation>
    </message>
    <message>
        <source>A user named %1 exists already; choose another name, or set that user&apos;s password.</source>
        <translation>Користувач з ім’ям %1 уже існує; виберіть інше ім’я або встановіть пароль цьому користувачеві.</translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation>Користувача з ім’ям %1 немає.</translation>
    </message>
    <message>
        <source>%1 does not exist. Check the path of the case log (--db).</source>
        <translation>%1 не існує. Перевірте шлях до журналу звернень (--db).</translation>
    </message>
    <message>
        <source>%1 is a folder, not a case log file. Give a file name, e.g. --db cases.sqlite3.</source>
        <translation>%1 — це тека, а не файл журналу звернень. Вкажіть назву файлу, наприклад --db cases.sqlite3.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it first or choose another path for the case log.</source>
        <translation>Теки %1 не існує. Спершу створіть її або виберіть для журналу звернень інше місце.</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2). Check the file&apos;s permissions.</source>
        <translation>Не вдається прочитати %1 (%2). Перевірте права доступу до файлу.</translation>
    </message>
    <message>
        <source>%1 is not a case log (not an SQLite database). Choose the right file.</source>
        <translation>%1 — не журнал звернень (не база даних SQLite). Виберіть потрібний файл.</translation>
    </message>
    <message>
        <source>%1 is not a case log: it holds no case log tables (an empty file, or another program&apos;s database). Nothing was written to it. Choose the right file.</source>
        <translation>%1 — не журнал звернень: у ньому немає таблиць журналу (порожній файл або база даних іншої програми). У нього нічого не записано. Виберіть правильний файл.</translation>
    </message>
    <message>
        <source>%1 is read-only for you. Check the file&apos;s permissions or choose another case log.</source>
        <translation>Файл %1 доступний вам лише для читання. Перевірте права доступу або виберіть інший журнал звернень.</translation>
    </message>
    <message>
        <source>Cannot create a case log in %1: no permission. Choose a folder you can write to.</source>
        <translation>Не вдається створити журнал звернень у %1: немає дозволу. Виберіть теку, до якої ви можете записувати.</translation>
    </message>
    <message>
        <source>Unsupported database “%1”. Use a file path (SQLite) or a postgresql+psycopg:// URL.</source>
        <translation>Непідтримувана база даних “%1”. Вкажіть шлях до файлу (SQLite) або адресу postgresql+psycopg://.</translation>
    </message>
    <message>
        <source>The disk is full: the case log at %1 cannot store more. Nothing of this action was recorded. Free space on the disk (or move the case log to a disk with room), then do the action again.</source>
        <translation>Диск заповнено: журнал звернень %1 більше нічого не може зберегти. Нічого з цієї дії не записано. Звільніть місце на диску (або перенесіть журнал звернень на диск, де є місце) і повторіть дію.</translation>
    </message>
    <message>
        <source>Unknown export format “%1”; use csv, jsonl or xlsx.</source>
        <translation>Невідомий формат експорту “%1”; використовуйте csv, jsonl або xlsx.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it or choose another place.</source>
        <translation>Теки %1 не існує. Створіть її або виберіть інше місце.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). Free some disk space or choose another place.</source>
        <translation>Не вдається записати %1 (%2). Звільніть місце на диску або виберіть інше місце.</translation>
    </message>
    <message>
        <source>More rows than a spreadsheet can hold (%1). Export a shorter period or use CSV.</source>
        <translation>Рядків більше, ніж уміщує електронна таблиця (%1). Експортуйте коротший період або виберіть CSV.</translation>
    </message>
    <message>
        <source>The import mapping %1:</source>
        <translation>Схема імпорту %1:</translation>
    </message>
    <message>
        <source>Correct the mapping file (see docs/csv-import.md).</source>
        <translation>Виправте файл схеми (див. docs/csv-import.md).</translation>
    </message>
    <message>
        <source>The CSV file %1 does not exist. Check the path and the file name.</source>
        <translation>CSV-файлу %1 не існує. Перевірте шлях і назву файлу.</translation>
    </message>
    <message>
        <source>Cannot read the CSV file %1 (%2). Check that the file is not open elsewhere and is readable.</source>
        <translation>Не вдається прочитати CSV-файл %1 (%2). Перевірте, чи файл не відкрито деінде і чи його можна читати.</translation>
    </message>
    <message>
        <source>%1 is empty or has no header row. Export the file again with column headers.</source>
        <translation>%1 порожній або не має рядка заголовків. Експортуйте файл ще раз із заголовками стовпців.</translation>
    </message>
    <message>
        <source>%1 is not a readable CSV file at the header (%2). Check the quoting and the delimiter (a cell over %3 characters is refused too).</source>
        <translation>%1 не читається як CSV-файл у рядку заголовків (%2). Перевірте лапки й роздільник (клітинку понад %3 символів також відхиляють).</translation>
    </message>
    <message>
        <source>%1 is not a readable CSV file at row %2 (%3). Check the quoting and the delimiter (a cell over %4 characters is refused too).</source>
        <translation>%1 не читається як CSV-файл у рядку %2 (%3). Перевірте лапки й роздільник (клітинку понад %4 символів також відхиляють).</translation>
    </message>
    <message>
        <source>%1 is not %2 text: in the header, byte 0x%3 does not fit (around %4); nothing was imported. Set [source] encoding in the mapping to the export&apos;s encoding, e.g. utf-8, cp1250, cp1257 or cp1251.</source>
        <translation>%1 — не текст у кодуванні %2: у рядку заголовків байт 0x%3 не підходить (біля %4); нічого не імпортовано. У схемі вкажіть у [source] encoding кодування експорту, напр. utf-8, cp1250, cp1257 або cp1251.</translation>
    </message>
    <message>
        <source>%1 is not %2 text: in row %3, byte 0x%4 does not fit (around %5); nothing was imported. Set [source] encoding in the mapping to the export&apos;s encoding, e.g. utf-8, cp1250, cp1257 or cp1251.</source>
        <translation>%1 — не текст у кодуванні %2: у рядку %3 байт 0x%4 не підходить (біля %5); нічого не імпортовано. У схемі вкажіть у [source] encoding кодування експорту, напр. utf-8, cp1250, cp1257 або cp1251.</translation>
    </message>
    <message>
        <source>The encoding of %1 cannot be told from its content. Set [source] encoding in the mapping, e.g. utf-8, cp1250, cp1257 or cp1251.</source>
        <translation>Кодування %1 неможливо визначити за вмістом. Вкажіть у схемі [source] encoding, напр. utf-8, cp1250, cp1257 або cp1251.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8, and several code pages read it equally well but differently: %2. Set [source] encoding in the mapping to the one whose reading is right (or export the file again as UTF-8).</source>
        <translation>%1 не в UTF-8, і кілька кодових сторінок читають його однаково добре, але по-різному: %2. Вкажіть у схемі в [source] encoding ту, чиє прочитання правильне (або експортуйте файл ще раз у UTF-8).</translation>
    </message>
    <message>
        <source>%1 is UTF-8 text, not %2: the header would be stored as %3 instead of %4; nothing was imported. Set [source] encoding = &quot;utf-8&quot; in the mapping (or leave it out to have the encoding detected) and check the file again.</source>
        <translation>%1 — текст у UTF-8, а не %2: рядок заголовків було б збережено як %3 замість %4; нічого не імпортовано. Вкажіть у схемі [source] encoding = &quot;utf-8&quot; (або не вказуйте, щоб кодування визначилося саме) і перевірте файл ще раз.</translation>
    </message>
    <message>
        <source>%1 is UTF-8 text, not %2: row %3 would be stored as %4 instead of %5; nothing was imported. Set [source] encoding = &quot;utf-8&quot; in the mapping (or leave it out to have the encoding detected) and check the file again.</source>
        <translation>%1 — текст у UTF-8, а не %2: рядок %3 було б збережено як %4 замість %5; нічого не імпортовано. Вкажіть у схемі [source] encoding = &quot;utf-8&quot; (або не вказуйте, щоб кодування визначилося саме) і перевірте файл ще раз.</translation>
    </message>
    <message>
        <source>%1 has the column %2 more than once, so %3 is ambiguous. Rename one of the columns in the file.</source>
        <translation>У %1 стовпець %2 трапляється більше одного разу, тож %3 неоднозначне. Перейменуйте один зі стовпців у файлі.</translation>
    </message>
    <message>
        <source>%1 has no column %2. Its columns are: %3. Fix the header names under [columns] in the mapping (or the [source] delimiter if all columns appear as one).</source>
        <translation>У %1 немає стовпця %2. Його стовпці: %3. Виправте назви заголовків у [columns] у схемі (або [source] delimiter, якщо всі стовпці видно як один).</translation>
    </message>
    <message>
        <source>%1 changed while it was being imported; nothing was imported. Let the program that writes it finish, then import again.</source>
        <translation>%1 змінився під час імпорту; нічого не імпортовано. Дочекайтеся, поки програма, що його записує, завершить роботу, і імпортуйте ще раз.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Імпорт скасовано; нічого не імпортовано.</translation>
    </message>
    <message>
        <source>%1 of %2 rows in %3 cannot be imported (first: %4); nothing was imported. Check the file to see every rejected row and fix the file or the mapping, or tick “Import the good rows” to import the others.</source>
        <translation>%1 з %2 рядків у %3 неможливо імпортувати (перший: %4); нічого не імпортовано. Перевірте файл, щоб побачити кожен відхилений рядок, і виправте файл або схему, або позначте «Імпортувати правильні рядки», щоб імпортувати решту.</translation>
    </message>
    <message>
        <source>%1 was imported before (%2 cases) and the mapping has no reference column, so importing it again would duplicate those cases. Map the reference column under [columns], or import only the new rows.</source>
        <translation>%1 вже імпортували (%2 звернень), а в схемі немає стовпця з номером, тож повторний імпорт продублював би ці звернення. Вкажіть стовпець номера в [columns] або імпортуйте лише нові рядки.</translation>
    </message>
    <message>
        <source>%1 was imported before (%2 cases) and %3 rows have no reference, so importing it again would duplicate those cases. Import only the new rows, or give every row its reference.</source>
        <translation>%1 вже імпортували (%2 звернень), а %3 рядків не мають номера, тож повторний імпорт продублював би ці звернення. Імпортуйте лише нові рядки або дайте кожному рядку номер.</translation>
    </message>
    <message>
        <source>The folder %1 for the rejected rows does not exist. Create it or choose another place.</source>
        <translation>Теки %1 для відхилених рядків не існує. Створіть її або виберіть інше місце.</translation>
    </message>
    <message>
        <source>Cannot write the file of rejected rows in %1 (%2). Put the export in a folder you can write to.</source>
        <translation>Не вдається записати файл відхилених рядків у %1 (%2). Покладіть експорт у теку, до якої можна записувати.</translation>
    </message>
    <message>
        <source>There is no import preset %1. Use one of: %2; or write a mapping.</source>
        <translation>Шаблону імпорту %1 немає. Використайте один із цих: %2; або напишіть схему.</translation>
    </message>
    <message>
        <source>[source] languages lists a language the detector does not know (%1). Use ISO 639-1 codes such as en, de, hu, lv, uk.</source>
        <translation>[source] languages містить мову, якої не знає визначник (%1). Використовуйте коди ISO 639-1, напр. en, de, hu, lv, uk.</translation>
    </message>
    <message>
        <source>The import mapping %1 does not exist. Check the path, or choose the tool the file was exported from.</source>
        <translation>Схеми імпорту %1 не існує. Перевірте шлях або виберіть систему, з якої експортовано файл.</translation>
    </message>
    <message>
        <source>Cannot read the import mapping %1 (%2). Save it as UTF-8 text in a readable place.</source>
        <translation>Не вдається прочитати схему імпорту %1 (%2). Збережіть її як текст UTF-8 у доступному місці.</translation>
    </message>
    <message>
        <source>refused (it %1). Start again from resources/import/example-mapping.toml.</source>
        <translation>відхилено (причина: %1). Почніть знову з resources/import/example-mapping.toml.</translation>
    </message>
    <message>
        <source>not valid TOML (%1).</source>
        <translation>недійсний TOML (%1).</translation>
    </message>
    <message>
        <source>[%1] must be a table.</source>
        <translation>[%1] має бути таблицею.</translation>
    </message>
    <message>
        <source>%1 must be a non-empty text.</source>
        <translation>%1 має бути непорожнім текстом.</translation>
    </message>
    <message>
        <source>[%1] has unknown key(s) %2. Use %3.</source>
        <translation>[%1] має невідомі ключі: %2. Використовуйте %3.</translation>
    </message>
    <message>
        <source>[columns] has unknown field(s) %1. Our fields are: %2.</source>
        <translation>[columns] має невідомі поля: %1. Наші поля: %2.</translation>
    </message>
    <message>
        <source>unknown section(s) %1. Use only these sections: %2.</source>
        <translation>невідомі розділи: %1. Використовуйте лише ці розділи: %2.</translation>
    </message>
    <message>
        <source>[defaults] has unknown or refused key(s) %1. Defaults may be set for %2; a reference, the complaint&apos;s words and the customer always come from the row.</source>
        <translation>[defaults] має невідомі або заборонені ключі: %1. Типові значення можна задати для %2; номер, слова скарги й клієнт завжди беруться з рядка.</translation>
    </message>
    <message>
        <source>[on_invalid] has unknown or required field(s) %1. Only these may drop a bad value: %2.</source>
        <translation>[on_invalid] має невідомі або обов&apos;язкові поля: %1. Відкинути хибне значення можуть лише ці: %2.</translation>
    </message>
    <message>
        <source>[source] delimiter %1 must be one character, for example &quot;,&quot;, &quot;;&quot; or &quot;\t&quot; (tab).</source>
        <translation>[source] delimiter %1 має бути одним символом, наприклад &quot;,&quot;, &quot;;&quot; або &quot;\t&quot; (табуляція).</translation>
    </message>
    <message>
        <source>[source] encoding %1 is not known. Use for example &quot;utf-8&quot;, &quot;cp1250&quot;, &quot;cp1251&quot; or &quot;cp1257&quot;, or leave it out to have it detected.</source>
        <translation>[source] encoding %1 невідоме. Використовуйте, наприклад, &quot;utf-8&quot;, &quot;cp1250&quot;, &quot;cp1251&quot; або &quot;cp1257&quot; чи не вказуйте, щоб його визначити автоматично.</translation>
    </message>
    <message>
        <source>[source] date_formats must be a list of strptime formats, for example date_formats = [&quot;%d/%m/%Y %H:%M&quot;].</source>
        <translation>[source] date_formats має бути списком форматів strptime, наприклад date_formats = [&quot;%d/%m/%Y %H:%M&quot;].</translation>
    </message>
    <message>
        <source>[source] dst_fold %1 is not a rule. Use one of: %2.</source>
        <translation>[source] dst_fold %1 — не правило. Використовуйте одне з: %2.</translation>
    </message>
    <message>
        <source>[source] languages must be a list of two-letter codes, for example languages = [&quot;en&quot;, &quot;de&quot;, &quot;hu&quot;].</source>
        <translation>[source] languages має бути списком дволітерних кодів, наприклад languages = [&quot;en&quot;, &quot;de&quot;, &quot;hu&quot;].</translation>
    </message>
    <message>
        <source>[source] missing_columns %1 is not a rule. Use &quot;refuse&quot; (a typo in a header name stops the import) or &quot;skip&quot; (a preset&apos;s optional columns may be missing from a file).</source>
        <translation>[source] missing_columns %1 — не правило. Використовуйте &quot;refuse&quot; (помилка в назві заголовка зупиняє імпорт) або &quot;skip&quot; (необов&apos;язкових стовпців шаблону у файлі може не бути).</translation>
    </message>
    <message>
        <source>[source] timezone %1 is not a known time zone. Use a zone name such as &quot;Europe/Riga&quot;, &quot;Europe/Budapest&quot; or &quot;Europe/Kyiv&quot;.</source>
        <translation>[source] timezone %1 — невідомий часовий пояс. Використовуйте назву поясу, наприклад &quot;Europe/Riga&quot;, &quot;Europe/Budapest&quot; або &quot;Europe/Kyiv&quot;.</translation>
    </message>
    <message>
        <source>[columns] must name the column for %1, for example opened_at = &quot;Created&quot; and words = &quot;Description&quot; (an export without dates: [defaults] opened_at = &quot;2024-01-01&quot;).</source>
        <translation>у [columns] треба вказати стовпець для %1, наприклад opened_at = &quot;Created&quot; і words = &quot;Description&quot; (для експорту без дат: [defaults] opened_at = &quot;2024-01-01&quot;).</translation>
    </message>
    <message>
        <source>[categories] create_unknown must be true or false.</source>
        <translation>[categories] create_unknown має бути true або false.</translation>
    </message>
    <message>
        <source>[defaults] %1 %2 is not a date. Write it as &quot;2024-01-01&quot; or &quot;2024-01-01 09:00&quot;.</source>
        <translation>[defaults] %1 %2 — не дата. Запишіть її як &quot;2024-01-01&quot; або &quot;2024-01-01 09:00&quot;.</translation>
    </message>
    <message>
        <source>[defaults] %1 must be a whole number from %2 to %3.</source>
        <translation>[defaults] %1 має бути цілим числом від %2 до %3.</translation>
    </message>
    <message>
        <source>[on_invalid] %1 = %2 is not a rule. Use &quot;drop&quot; (keep the row without the value) or &quot;reject&quot;.</source>
        <translation>[on_invalid] %1 = %2 — не правило. Використовуйте &quot;drop&quot; (рядок лишається без значення) або &quot;reject&quot;.</translation>
    </message>
    <message>
        <source>%1 = %2 is not a two-letter language code. Use an ISO 639-1 code such as &quot;en&quot;, &quot;de&quot;, &quot;hu&quot;, &quot;lv&quot; or &quot;uk&quot;.</source>
        <translation>%1 = %2 — не дволітерний код мови. Використовуйте код ISO 639-1, наприклад &quot;en&quot;, &quot;de&quot;, &quot;hu&quot;, &quot;lv&quot; або &quot;uk&quot;.</translation>
    </message>
    <message>
        <source>%1 = %2 is not one of our %3 ids. Use one of: %4.</source>
        <translation>%1 = %2 — не один із наших ідентифікаторів %3. Використовуйте один із: %4.</translation>
    </message>
    <message>
        <source>Nothing was applied. Ask that desk&apos;s administrator which copy is right; recovery-desk check --against shows the difference.</source>
        <translation>Нічого не застосовано. Запитайте адміністратора того робочого місця, яка копія правильна; recovery-desk check --against показує різницю.</translation>
    </message>
    <message>
        <source>Do not import it; ask the desk for a fresh export.</source>
        <translation>Не імпортуйте його; попросіть робоче місце про новий експорт.</translation>
    </message>
    <message>
        <source>%1: desk %2 (key %3) is not trusted here; its events are held aside, not applied. Compare the fingerprint with that desk&apos;s own; if they match, an administrator trusts it in Settings ▸ Desks.</source>
        <translation>%1: робочому місцю %2 (ключ %3) тут не довіряють; його події відкладено, не застосовано. Порівняйте відбиток із власним відбитком того робочого місця; якщо вони збігаються, адміністратор надає довіру в Налаштування ▸ Робочі місця.</translation>
    </message>
    <message>
        <source>%1: signed as desk %2 by key %3, but the key trusted here for desk %4 is %5; held aside, not applied (forged, or that desk has a new key). If it really has a new key (ask them), an administrator replaces it in Settings ▸ Desks.</source>
        <translation>%1: підписано як робоче місце %2 ключем %3, але довірений тут ключ робочого місця %4 — %5; відкладено, не застосовано (підробка, або в робочого місця новий ключ). Якщо в нього справді новий ключ (запитайте), адміністратор замінює його в Налаштування ▸ Робочі місця.</translation>
    </message>
    <message>
        <source>%1 is this desk&apos;s (%2) own bundle; a desk never imports events under its own id.</source>
        <translation>%1 — власний пакет цього робочого місця (%2); робоче місце ніколи не імпортує події під власним ідентифікатором.</translation>
    </message>
    <message>
        <source>%1: desk %2 signed sequence %3 twice, with hash %4… (witnessed here) and %5… (now): its history was rewritten.</source>
        <translation>%1: робоче місце %2 підписало порядковий номер %3 двічі, з хешем %4… (засвідчено тут) і %5… (зараз): його історію переписано.</translation>
    </message>
    <message>
        <source>%1: desk %2 signed its chain at sequence %3 (%4 UTC, witnessed here) and now, later, only up to %5: its log was rolled back or cut.</source>
        <translation>%1: робоче місце %2 підписало свій ланцюг на порядковому номері %3 (%4 UTC, засвідчено тут), а тепер, пізніше, лише до %5: його журнал відкотили або обрізали.</translation>
    </message>
    <message>
        <source>%1: desk %2 at sequence %3: the witnessed checkpoint has hash %4…, this log has %5…: the history was rewritten after it was witnessed.</source>
        <translation>%1: робоче місце %2, порядковий номер %3: засвідчена контрольна точка має хеш %4…, цей журнал — %5…: історію переписано після засвідчення.</translation>
    </message>
    <message>
        <source>%1: event %2 does not match its hash or its link to the event before (tampered or corrupted).</source>
        <translation>%1: подія %2 не відповідає своєму хешу або зв’язку з попередньою подією (підроблено або пошкоджено).</translation>
    </message>
    <message>
        <source>%1: event id %2 comes twice (events %3 and %4): duplicated or forged events.</source>
        <translation>%1: ідентифікатор події %2 трапляється двічі (події %3 і %4): продубльовані або підроблені події.</translation>
    </message>
    <message>
        <source>%1: %2 event id(s) already exist under another desk position (duplicated or forged events).</source>
        <translation>%1: ідентифікатори подій (%2) уже є під іншою позицією робочого місця (продубльовані або підроблені події).</translation>
    </message>
    <message>
        <source>%1 starts at event %2 of desk %3, but this log has that desk&apos;s events only up to %4; the next sync brings the earlier ones first.</source>
        <translation>%1 починається з події %2 робочого місця %3, але в цьому журналі події того робочого місця є лише до %4; наступна синхронізація спершу принесе попередні.</translation>
    </message>
    <message>
        <source>%1: desk %2&apos;s events do not continue this log&apos;s copy of that desk at sequence %3 (the histories differ).</source>
        <translation>%1: події робочого місця %2 не продовжують копію цього журналу на порядковому номері %3 (історії відрізняються).</translation>
    </message>
    <message>
        <source>%1: at sequence %2 of desk %3 this log has another event than the arriving one (the histories differ).</source>
        <translation>%1: на порядковому номері %2 робочого місця %3 у цьому журналі інша подія, ніж та, що надходить (історії відрізняються).</translation>
    </message>
    <message>
        <source>%1: event %2 of desk %3 changes what that desk may not change, so nothing of it was applied (%4). Ask that desk&apos;s administrator; it is tried again at the next sync.</source>
        <translation>%1: подія %2 робочого місця %3 змінює те, що тому робочому місцю змінювати не можна, тож нічого з неї не застосовано (%4). Запитайте адміністратора того робочого місця; спробуємо знову під час наступної синхронізації.</translation>
    </message>
    <message>
        <source>%1 was set aside in the quarantine folder: %2</source>
        <translation>%1 переміщено до теки карантину: %2</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Complaint register</source>
        <translation>Реєстр скарг</translation>
    </message>
    <message>
        <source>Systemic issues</source>
        <translation>Системні проблеми</translation>
    </message>
    <message>
        <source>Deadlines met on time</source>
        <translation>Дотримані строки</translation>
    </message>
    <message>
        <source>&amp;Read the register again</source>
        <translation>&amp;Прочитати реєстр ще раз</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Звернення</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Отримано</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Final response due</source>
        <translation>Строк остаточної відповіді</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>Vulnerable</source>
        <translation>Вразливий</translation>
    </message>
    <message>
        <source>Complaints in the register</source>
        <translation>Скарги в реєстрі</translation>
    </message>
    <message>
        <source>No complaint runs under a clock rule pack yet. A supervisor chooses one in Settings ▸ Regulated handling.</source>
        <translation>Жодна скарга ще не ведеться за набором правил строків. Керівник обирає його в Налаштуваннях ▸ Регульований розгляд скарг.</translation>
    </message>
    <message>
        <source>Sub-cause</source>
        <translation>Підпричина</translation>
    </message>
    <message>
        <source>Save &amp;codes</source>
        <translation>Зберегти &amp;коди</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— виберіть —</translation>
    </message>
    <message>
        <source>— not decided —</source>
        <translation>— ще не вирішено —</translation>
    </message>
    <message>
        <source>Reading the register…</source>
        <translation>Читання реєстру…</translation>
    </message>
    <message>
        <source>Could not read the register: %1</source>
        <translation>Не вдалося прочитати реєстр: %1</translation>
    </message>
    <message>
        <source>%1 met on time: %2 (%3 of %4)</source>
        <translation>%1 вчасно: %2 (%3 з %4)</translation>
    </message>
    <message>
        <source>Last 90 days — </source>
        <translation>Останні 90 днів — </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>Systemic issue: %1 — %2 complaints in the last %3 days (%4 in the %3 days before).</source>
        <translation>Системна проблема: %1 — скарг за останні %3 дн.: %2 (за попередні %3 дн.: %4).</translation>
    </message>
    <message>
        <source>Corrective action so far: %1</source>
        <translation>Коригувальні дії досі: %1</translation>
    </message>
    <message>
        <source>No corrective action recorded yet: escalate it.</source>
        <translation>Коригувальних дій ще не записано: передайте питання вище.</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— немає —</translation>
    </message>
    <message>
        <source>Choose a complaint in the register first.</source>
        <translation>Спершу оберіть скаргу в реєстрі.</translation>
    </message>
    <message>
        <source>Choose the product and the cause.</source>
        <translation>Оберіть продукт і причину.</translation>
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
        <translation>з %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>увесь час</translation>
    </message>
    <message>
        <source>all</source>
        <translation>усі</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Робоче місце</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Плейбук</translation>
    </message>
    <message>
        <source>Cases</source>
        <extracomment>The report&apos;s charts and their heights on the page (points).</extracomment>
        <translation>Звернення</translation>
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
        <translation>Рівень врегулювання</translation>
    </message>
    <message>
        <source>Median time to resolution</source>
        <translation>Медіанний час до рішення</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>У розрізі: %1</translation>
    </message>
    <message>
        <source>No cases.</source>
        <translation>Звернень немає.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Немає.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Термін повторного контакту</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (прострочено)</translation>
    </message>
    <message>
        <source>… and %1 more; the Log lists them all.</source>
        <translation>… і ще %1; повний перелік — у журналі.</translation>
    </message>
    <message>
        <source>Recovery report</source>
        <translation>Звіт про врегулювання скарг</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Період: %1</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Вибірка: %1</translation>
    </message>
    <message>
        <source>Created %1 by %2</source>
        <translation>Створено %1, автор: %2</translation>
    </message>
    <message>
        <source>Practice cases are never counted. Each figure&apos;s definition is printed with it.</source>
        <translation>Тренувальні звернення ніколи не враховуються. Визначення кожного показника надруковано поруч із ним.</translation>
    </message>
    <message>
        <source>Customer names are left out: the signed-in role may not export personal data.</source>
        <translation>Імена клієнтів не наведено: роль поточного користувача не дозволяє експортувати персональні дані.</translation>
    </message>
    <message>
        <source>Trend and complaint categories</source>
        <translation>Тренд і категорії скарг</translation>
    </message>
    <message>
        <source>Scripted vs natural, and where recoveries stall</source>
        <translation>За скриптом чи вільно, і де гальмується врегулювання</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>Деталізація</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Повторні контакти</translation>
    </message>
    <message>
        <source>Overdue follow-ups (%1)</source>
        <translation>Прострочені повторні контакти (%1)</translation>
    </message>
    <message>
        <source>On the watchlist (%1)</source>
        <translation>У списку спостереження (%1)</translation>
    </message>
    <message>
        <source>Recovery Desk · Recovery report · %1</source>
        <translation>Recovery Desk · Звіт про врегулювання скарг · %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Створено %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Сторінка %1 з %2</translation>
    </message>
    <message>
        <source>Financial loss</source>
        <translation>Фінансові збитки</translation>
    </message>
    <message>
        <source>Distress and inconvenience</source>
        <translation>Переживання й незручності</translation>
    </message>
    <message>
        <source>Goodwill</source>
        <translation>Жест доброї волі</translation>
    </message>
    <message>
        <source>Regulated deadlines and redress</source>
        <translation>Регуляторні строки та відшкодування</translation>
    </message>
    <message>
        <source>Met on time, among complaints received in the period whose deadline is decided (met, or passed unmet); a deadline made unnecessary by a summary resolution is not counted.</source>
        <translation>Дотримано вчасно — серед скарг, отриманих за період, строк яких уже визначився (дотримано або минув без виконання); строк, який став непотрібним завдяки швидкому вирішенню, не враховується.</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>Met on time</source>
        <translation>Вчасно</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Визначилося</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Частка</translation>
    </message>
    <message>
        <source>Redress ledger: approved, and of that paid.</source>
        <translation>Облік відшкодувань: затверджено і з того виплачено.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Затверджено</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Виплачено</translation>
    </message>
</context>
<context>
    <name>ResolveBox</name>
    <message>
        <source>Resolution</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— виберіть —</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>One currency for the whole offer</source>
        <translation>Одна валюта для всієї пропозиції</translation>
    </message>
    <message>
        <source>Promised deadline</source>
        <translation>Обіцяний термін</translation>
    </message>
    <message>
        <source>Promised time</source>
        <translation>Обіцяний час</translation>
    </message>
    <message>
        <source>Add another resolution (Ctrl+Shift+R)</source>
        <translation>Додати ще одне рішення (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Keeps this resolution in the offer and lets you choose the next, e.g. the redelivery and the fee back</source>
        <translation>Це рішення залишається в пропозиції, і можна вибрати наступне, напр. повторну доставку та повернення плати</translation>
    </message>
    <message>
        <source>Resolutions in this offer</source>
        <translation>Рішення в цій пропозиції</translation>
    </message>
    <message>
        <source>Delete removes the selected resolution</source>
        <translation>Delete вилучає вибране рішення</translation>
    </message>
    <message>
        <source>Offer (Ctrl+Shift+O)</source>
        <translation>Запропонувати (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Supervisor approves here (Ctrl+Shift+A)</source>
        <translation>Керівник погоджує тут (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Рішення:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Сума:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Термін:</translation>
    </message>
    <message>
        <source>Also in the offer:</source>
        <translation>Також у пропозиції:</translation>
    </message>
    <message>
        <source>Offer total: %1.</source>
        <translation>Пропозиція загалом: %1.</translation>
    </message>
    <message>
        <source>This offer needs a supervisor&apos;s approval.</source>
        <translation>Ця пропозиція потребує схвалення керівника.</translation>
    </message>
    <message>
        <source>Offered: %1</source>
        <translation>Запропоновано: %1</translation>
    </message>
    <message>
        <source>Choose the resolution.</source>
        <translation>Виберіть рішення.</translation>
    </message>
    <message>
        <source>Choose the deadline you agreed with the customer.</source>
        <translation>Виберіть термін, погоджений із клієнтом.</translation>
    </message>
    <message>
        <source>Choose the time you agreed with the customer.</source>
        <translation>Виберіть час, погоджений із клієнтом.</translation>
    </message>
    <message>
        <source>This resolution is in the offer already.</source>
        <translation>Це рішення вже є в пропозиції.</translation>
    </message>
    <message>
        <source>Type the amount as a number, e.g. 25.50.</source>
        <translation>Введіть суму числом, напр. 25,50.</translation>
    </message>
    <message>
        <source>You may give any amount without approval.</source>
        <translation>Ви можете надати будь-яку суму без погодження.</translation>
    </message>
    <message>
        <source>Your limit: %1 without a supervisor&apos;s approval.</source>
        <translation>Ваш ліміт без погодження керівника: %1.</translation>
    </message>
    <message>
        <source>%1 is over the limit of %2: a supervisor must approve it. Ask one to approve here, or park the case and serve the next customer: it waits for approval.</source>
        <translation>%1 перевищує ліміт %2, тому потрібне погодження керівника. Попросіть керівника погодити тут або відкладіть звернення й обслуговуйте наступного клієнта: воно чекає на погодження.</translation>
    </message>
</context>
<context>
    <name>RetentionSection</name>
    <message>
        <source>Apply retention</source>
        <translation>Застосувати строк зберігання</translation>
    </message>
    <message>
        <source>Retention</source>
        <extracomment>asks before anonymizing; tests answer it without a modal loop</extracomment>
        <translation>Зберігання даних</translation>
    </message>
    <message>
        <source>Customers whose cases all closed more than this many months ago are anonymized: their name, contact details, words and notes are removed for good. The cases and their figures stay. The period is applied at every start.</source>
        <translation>Клієнтів, усі звернення яких закрито понад стільки місяців тому, знеособлюють: їхнє ім&apos;я, контакти, слова та нотатки видаляються назавжди. Звернення та їхні показники залишаються. Строк застосовується під час кожного запуску.</translation>
    </message>
    <message>
        <source> months</source>
        <translation> міс.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>вимкнено</translation>
    </message>
    <message>
        <source>Retention period in months</source>
        <translation>Строк зберігання в місяцях</translation>
    </message>
    <message>
        <source>Save and apply now…</source>
        <translation>Зберегти й застосувати зараз…</translation>
    </message>
    <message>
        <source>Anonymize now every customer whose cases all closed more than %1 months ago? This cannot be undone.</source>
        <translation>Знеособити зараз усіх клієнтів, усі звернення яких закрито понад %1 міс. тому? Це не можна скасувати.</translation>
    </message>
    <message>
        <source>Could not save the settings: %1</source>
        <translation>Не вдалося зберегти налаштування: %1</translation>
    </message>
    <message>
        <source>Retention is off: no customer is anonymized.</source>
        <translation>Зберігання вимкнено: жодного клієнта не знеособлено.</translation>
    </message>
    <message>
        <source>Applying the retention period…</source>
        <translation>Застосування строку зберігання…</translation>
    </message>
    <message>
        <source>Anonymized %1 customer(s) in %2 case(s).</source>
        <translation>Знеособлено клієнтів: %1, звернень: %2.</translation>
    </message>
    <message>
        <source>Applying the retention period failed: %1</source>
        <translation>Не вдалося застосувати строк зберігання: %1</translation>
    </message>
</context>
<context>
    <name>ReviewsTab</name>
    <message>
        <source>Practice runs</source>
        <translation>Тренувальні спроби</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Відкрито</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Стажер</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Звернення</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронологія</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Критерії</translation>
    </message>
    <message>
        <source>Evidence in the run</source>
        <translation>Докази в спробі</translation>
    </message>
    <message>
        <source>Facts the trainee found out</source>
        <translation>Факти, які стажер з&apos;ясував</translation>
    </message>
    <message>
        <source>(choose 1–5)</source>
        <translation>(виберіть 1–5)</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Коментарі</translation>
    </message>
    <message>
        <source>Score (1–5):</source>
        <translation>Оцінка (1–5):</translation>
    </message>
    <message>
        <source>Comments:</source>
        <translation>Коментарі:</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>Зберегти розбір</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Розбір</translation>
    </message>
    <message>
        <source>%1&apos;s scores over time: %2</source>
        <translation>Оцінки %1 з часом: %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ще немає</translation>
    </message>
    <message>
        <source>Choose a practice run first.</source>
        <translation>Спершу виберіть тренувальну спробу.</translation>
    </message>
    <message>
        <source>Choose a score from 1 to 5, then save.</source>
        <translation>Виберіть оцінку від 1 до 5 і збережіть.</translation>
    </message>
    <message>
        <source>Review saved.</source>
        <translation>Розбір збережено.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>agent</source>
        <translation>оператор</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>керівник</translation>
    </message>
    <message>
        <source>trainer</source>
        <translation>тренер</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>адміністратор</translation>
    </message>
</context>
<context>
    <name>SatisfactionBox</name>
    <message>
        <source>Customer&apos;s satisfaction</source>
        <translation>Задоволеність клієнта</translation>
    </message>
    <message>
        <source>Answers at the last contact</source>
        <translation>Відповіді під час останнього контакту</translation>
    </message>
    <message>
        <source>Accepted the resolution</source>
        <translation>Рішення прийнято</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Частково</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ні</translation>
    </message>
    <message>
        <source>How accepted</source>
        <translation>Як прийнято</translation>
    </message>
    <message>
        <source>Verbally</source>
        <translation>Усно</translation>
    </message>
    <message>
        <source>In writing</source>
        <translation>Письмово</translation>
    </message>
    <message>
        <source>Follow-up note</source>
        <translation>Нотатка до повторного контакту</translation>
    </message>
    <message>
        <source>Record answers (Ctrl+Shift+S)</source>
        <translation>Записати відповіді (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Close as not recovered…</source>
        <translation>Закрити як неврегульоване…</translation>
    </message>
    <message>
        <source>Accepted:</source>
        <translation>Прийнято:</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Як:</translation>
    </message>
    <message>
        <source>Follow-up note:</source>
        <translation>Нотатка до повторного контакту:</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— виберіть —</translation>
    </message>
    <message>
        <source>Customer declined to answer</source>
        <translation>Клієнт відмовився відповідати</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Не запитували</translation>
    </message>
    <message>
        <source>Record follow-up (Ctrl+Shift+S)</source>
        <translation>Записати повторний контакт (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>Прийняв: %1</translation>
    </message>
    <message>
        <source>CSAT %1</source>
        <translation>CSAT %1</translation>
    </message>
    <message>
        <source>recommend %1</source>
        <translation>рекомендація %1</translation>
    </message>
    <message>
        <source>effort %1</source>
        <translation>зусилля %1</translation>
    </message>
    <message>
        <source>Last time: %1</source>
        <translation>Минулого разу: %1</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>Записано: %1</translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <source>Scores over time</source>
        <translation>Оцінки з часом</translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <source>My PIN</source>
        <translation>Мій PIN-код</translation>
    </message>
    <message>
        <source>A PIN of 4 to 8 digits lets you take over a shared counter quickly (File ▸ Switch user…). Confirm with your password.</source>
        <translation>PIN-код із 4–8 цифр дає змогу швидко перейти на спільне робоче місце (Файл ▸ Змінити користувача…). Підтвердьте своїм паролем.</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Ваш пароль</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Новий PIN-код</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Новий PIN-код ще раз</translation>
    </message>
    <message>
        <source>Your password:</source>
        <translation>Ваш пароль:</translation>
    </message>
    <message>
        <source>New PIN:</source>
        <translation>Новий PIN-код:</translation>
    </message>
    <message>
        <source>New PIN again:</source>
        <translation>Новий PIN-код ще раз:</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>Встановити PIN-код</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the same one twice.</source>
        <translation>PIN-коди не збігаються. Введіть той самий двічі.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>PIN-код має містити від 4 до 8 цифр.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Desk id</source>
        <translation>ID робочого місця</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Поточний користувач</translation>
    </message>
    <message>
        <source>To work as someone else: File ▸ Switch user…</source>
        <translation>Щоб працювати від імені іншого користувача: Файл ▸ Змінити користувача…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Default delivery mode</source>
        <translation>Типовий режим розмови</translation>
    </message>
    <message>
        <source>Natural (own words, guided)</source>
        <translation>Вільно (своїми словами, з підказками)</translation>
    </message>
    <message>
        <source>Scripted (read the lines)</source>
        <translation>За скриптом (читати репліки)</translation>
    </message>
    <message>
        <source>Sync target</source>
        <translation>Адреса синхронізації</translation>
    </message>
    <message>
        <source>Shared folder or postgresql+psycopg:// URL</source>
        <translation>Спільна папка або URL postgresql+psycopg://</translation>
    </message>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>Синхронізувати кожні</translation>
    </message>
    <message>
        <source>Currencies offered</source>
        <translation>Валюти пропозицій</translation>
    </message>
    <message>
        <source>ISO 4217 codes separated by commas, the first preselected on an offer; empty for the standard list.</source>
        <translation>Коди ISO 4217 через кому, перший обрано заздалегідь у пропозиції; порожньо — стандартний список.</translation>
    </message>
    <message>
        <source>Desk id:</source>
        <translation>ID робочого місця:</translation>
    </message>
    <message>
        <source>Signed-in user:</source>
        <translation>Поточний користувач:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Мова:</translation>
    </message>
    <message>
        <source>Default mode:</source>
        <translation>Типовий режим:</translation>
    </message>
    <message>
        <source>Sync target:</source>
        <translation>Адреса синхронізації:</translation>
    </message>
    <message>
        <source>Sync every:</source>
        <translation>Синхронізувати кожні:</translation>
    </message>
    <message>
        <source>Currencies offered:</source>
        <translation>Валюти пропозицій:</translation>
    </message>
    <message>
        <source>Case log:</source>
        <translation>Журнал звернень:</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Зберегти налаштування</translation>
    </message>
    <message>
        <source>Only an administrator can change where this desk&apos;s cases go (the sync target).</source>
        <translation>Лише адміністратор може змінити, куди надходять звернення цього робочого місця (ціль синхронізації).</translation>
    </message>
    <message>
        <source>The log&apos;s own identity, made with the log; it cannot be changed here.</source>
        <translation>Власний ідентифікатор журналу, створений разом із журналом; тут його змінити не можна.</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 4217 currency code. Write three-letter codes separated by commas, such as GBP, EUR, HUF; nothing was saved.</source>
        <translation>«%1» не є кодом валюти ISO 4217. Напишіть трилітерні коди через кому, напр. GBP, EUR, HUF; нічого не збережено.</translation>
    </message>
    <message>
        <source>Could not save the settings: %1</source>
        <translation>Не вдалося зберегти налаштування: %1</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Налаштування збережено.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>New case</source>
        <translation>Нове звернення</translation>
    </message>
    <message>
        <source>Open the case (new case form)</source>
        <translation>Відкрити звернення (форма нового звернення)</translation>
    </message>
    <message>
        <source>Complete stage, go to the next</source>
        <translation>Завершити етап, перейти до наступного</translation>
    </message>
    <message>
        <source>Back to the previous stage</source>
        <translation>Назад до попереднього етапу</translation>
    </message>
    <message>
        <source>Skip stage (with a reason)</source>
        <translation>Пропустити етап (із причиною)</translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation>Додати нотатку</translation>
    </message>
    <message>
        <source>Switch scripted / natural</source>
        <translation>Перемкнути: за скриптом / вільно</translation>
    </message>
    <message>
        <source>Offer the resolution</source>
        <translation>Запропонувати рішення</translation>
    </message>
    <message>
        <source>Record satisfaction / follow-up</source>
        <translation>Записати задоволеність / повторний контакт</translation>
    </message>
    <message>
        <source>Supervisor approves here</source>
        <translation>Керівник погоджує тут</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Заплановані повторні контакти</translation>
    </message>
    <message>
        <source>Promises due (mark them done)</source>
        <translation>Обіцянки до виконання (позначити виконаними)</translation>
    </message>
    <message>
        <source>Open (parked) cases at this desk</source>
        <translation>Відкриті (відкладені) звернення на цьому робочому місці</translation>
    </message>
    <message>
        <source>Park the case (close its tab)</source>
        <translation>Відкласти звернення (закрити вкладку)</translation>
    </message>
    <message>
        <source>Find customer</source>
        <translation>Знайти клієнта</translation>
    </message>
    <message>
        <source>Withdraw the case</source>
        <translation>Відкликати звернення</translation>
    </message>
    <message>
        <source>Correct the customer&apos;s contact details</source>
        <translation>Виправити контактні дані клієнта</translation>
    </message>
    <message>
        <source>Go to the note</source>
        <translation>До нотатки</translation>
    </message>
    <message>
        <source>Go to the resolution</source>
        <translation>До рішення</translation>
    </message>
    <message>
        <source>Go to the customer&apos;s satisfaction</source>
        <translation>До задоволеності клієнта</translation>
    </message>
    <message>
        <source>Put the selected line of &quot;What to say&quot; into the note</source>
        <translation>Вставити вибраний рядок із «Що сказати» в нотатку</translation>
    </message>
    <message>
        <source>Larger text on the Desk</source>
        <translation>Більший текст на робочому місці</translation>
    </message>
    <message>
        <source>Smaller text on the Desk</source>
        <translation>Менший текст на робочому місці</translation>
    </message>
    <message>
        <source>Normal text size on the Desk</source>
        <translation>Звичайний розмір тексту на робочому місці</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Комбінації клавіш</translation>
    </message>
    <message>
        <source>Every action works from the keyboard. Shortcuts can be changed in settings.json.</source>
        <translation>Кожну дію можна виконати з клавіатури. Комбінації клавіш можна змінити в settings.json.</translation>
    </message>
    <message>
        <source>Desk, Log, Dashboard, Register, Training, Settings</source>
        <translation>Робоче місце, Журнал, Панель показників, Реєстр, Навчання, Налаштування</translation>
    </message>
    <message>
        <source>Next open case</source>
        <translation>Наступне відкрите звернення</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Синхронізувати зараз</translation>
    </message>
    <message>
        <source>Presenter mode (Training)</source>
        <translation>Режим презентації (Навчання)</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Цей список</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавіші</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Дія</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>This account is locked after too many wrong attempts, until %1 (%2 min). Wait, or ask an administrator to unlock it.</source>
        <translation>Цей обліковий запис заблоковано через забагато невдалих спроб до %1 (%2 хв). Зачекайте або попросіть адміністратора його розблокувати.</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Try again in %1 s.</source>
        <translation>Забагато невдалих спроб. Спробуйте ще раз через %1 с.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator if you should still have access.</source>
        <translation>Цей обліковий запис вимкнено. Зверніться до адміністратора, якщо у вас ще має бути доступ.</translation>
    </message>
    <message>
        <source>The name or the password or PIN is not right.</source>
        <translation>Неправильне ім’я, пароль або PIN-код.</translation>
    </message>
    <message>
        <source>The user name or PIN is not right.</source>
        <translation>Неправильне ім’я користувача або PIN-код.</translation>
    </message>
    <message>
        <source>The user name or password is not right.</source>
        <translation>Неправильне ім’я користувача або пароль.</translation>
    </message>
    <message>
        <source>Try again in %1 s.</source>
        <translation>Спробуйте ще раз через %1 с.</translation>
    </message>
    <message>
        <source>Quit Recovery Desk?</source>
        <translation>Вийти з Recovery Desk?</translation>
    </message>
    <message>
        <source>Nobody is signed in, so Recovery Desk will close. Quit now?</source>
        <translation>Ніхто не ввійшов, тому Recovery Desk закриється. Вийти зараз?</translation>
    </message>
    <message>
        <source> or </source>
        <translation> або </translation>
    </message>
    <message>
        <source>Refused: %1 is signed in as %2; this needs a role of %3. Ask one to do it here (File ▸ Switch user…). The attempt is recorded in the log.</source>
        <translation>Відмовлено: користувач %1 працює з роллю «%2»; для цього потрібна роль: %3. Попросіть такого користувача зробити це тут (Файл ▸ Змінити користувача…). Спробу записано в журнал.</translation>
    </message>
    <message>
        <source>Refused: nobody is signed in; this needs a role of %1. Sign in first (File ▸ Switch user…).</source>
        <translation>Відмовлено: ніхто не ввійшов; для цього потрібна роль %1. Спершу увійдіть (Файл ▸ Змінити користувача…).</translation>
    </message>
    <message>
        <source>%1 must confirm with their password or PIN first; ask them to type it in the approval window.</source>
        <translation>%1 має спершу підтвердити дію своїм паролем або PIN-кодом; попросіть ввести його у вікні погодження.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in – Recovery Desk</source>
        <translation>Вхід – Recovery Desk</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Увійти</translation>
    </message>
    <message>
        <source>Desk %1. Sign in with your own account: every step you record carries your name.</source>
        <translation>Робоче місце %1. Увійдіть під власним обліковим записом: кожен записаний вами крок містить ваше ім’я.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Ім’я користувача</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Ім’я користувача:</translation>
    </message>
    <message>
        <source>Quick switch with my PIN</source>
        <translation>Швидке перемикання за моїм PIN-кодом</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN-код:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Перевірка…</translation>
    </message>
</context>
<context>
    <name>StageStepper</name>
    <message>
        <source>Stages</source>
        <translation>Етапи</translation>
    </message>
    <message>
        <source>current</source>
        <translation>поточний</translation>
    </message>
    <message>
        <source>done</source>
        <translation>завершено</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>до виконання</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>open</source>
        <translation>відкрито</translation>
    </message>
    <message>
        <source>waiting for a supervisor</source>
        <translation>очікує керівника</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>повторний контакт</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрито</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>відкликано</translation>
    </message>
</context>
<context>
    <name>SupervisorActions</name>
    <message>
        <source>Coaching note…</source>
        <translation>Коучингова нотатка…</translation>
    </message>
    <message>
        <source>Flag for training…</source>
        <translation>Позначити для навчання…</translation>
    </message>
    <message>
        <source>Root cause…</source>
        <translation>Першопричина…</translation>
    </message>
    <message>
        <source>Approve escalation…</source>
        <translation>Погодити ескалацію…</translation>
    </message>
    <message>
        <source>Decline escalation…</source>
        <translation>Відхилити ескалацію…</translation>
    </message>
    <message>
        <source>Reassign follow-up…</source>
        <translation>Перепризначити повторний контакт…</translation>
    </message>
    <message>
        <source>Erase customer…</source>
        <translation>Видалити дані клієнта…</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <extracomment>How a dialog is run; tests put their own in to fill it in and accept.</extracomment>
        <translation>Не записано</translation>
    </message>
    <message>
        <source>Coaching note</source>
        <translation>Коучингова нотатка</translation>
    </message>
    <message>
        <source>A note for the agent on how this recovery went. It is kept on the case&apos;s timeline; it changes no figure.</source>
        <translation>Нотатка для оператора про те, як пройшло це врегулювання. Вона зберігається в хронології звернення й не впливає на жоден показник.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <source>Flag for training</source>
        <translation>Позначити для навчання</translation>
    </message>
    <message>
        <source>Trainers see flagged cases as examples. Say what this case teaches.</source>
        <translation>Тренери бачать позначені звернення як приклади. Вкажіть, чого вчить це звернення.</translation>
    </message>
    <message>
        <source>Why it is an example</source>
        <translation>Чому це приклад</translation>
    </message>
    <message>
        <source>Root cause and corrective action</source>
        <translation>Першопричина і коригувальна дія</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Першопричина</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Коригувальна дія</translation>
    </message>
    <message>
        <source>Approve escalation</source>
        <translation>Погодити ескалацію</translation>
    </message>
    <message>
        <source>Approve the offer waiting on this case? The agent can then go on with the recovery.</source>
        <translation>Погодити пропозицію, що очікує в цьому зверненні? Тоді оператор зможе продовжити врегулювання.</translation>
    </message>
    <message>
        <source>Decline escalation</source>
        <translation>Відхилити ескалацію</translation>
    </message>
    <message>
        <source>The agent is told why and offers something else.</source>
        <translation>Оператор дізнається причину й запропонує інше рішення.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Erase the customer&apos;s personal data</source>
        <translation>Видалити персональні дані клієнта</translation>
    </message>
    <message>
        <source>Name, phone, e-mail, customer number, the customer&apos;s words and every note are removed from all of this customer&apos;s cases in this log, for good. The cases, their figures and the proof of the log stay; the erasure is recorded. It cannot be undone.</source>
        <translation>Ім’я, телефон, e-mail, номер клієнта, слова клієнта та всі нотатки буде остаточно видалено з усіх звернень цього клієнта в цьому журналі. Звернення, їхні показники та докази цілісності журналу залишаться; видалення буде записано. Цю дію не можна скасувати.</translation>
    </message>
    <message>
        <source>Reason (e.g. the customer&apos;s request)</source>
        <translation>Причина (напр. прохання клієнта)</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Training</source>
        <extracomment>the type size before presenter mode first enlarged it (taken on first use, once the page has its window&apos;s font)</extracomment>
        <translation>Навчання</translation>
    </message>
    <message>
        <source>Scripted and natural</source>
        <translation>За скриптом і вільно</translation>
    </message>
    <message>
        <source>Practice scenarios</source>
        <translation>Тренувальні сценарії</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Розбори</translation>
    </message>
    <message>
        <source>Quality checks</source>
        <translation>Перевірка якості</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Плейбук</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Сценарій</translation>
    </message>
    <message>
        <source>(no scenario)</source>
        <translation>(без сценарію)</translation>
    </message>
    <message>
        <source>◀ Previous stage</source>
        <translation>◀ Попередній етап</translation>
    </message>
    <message>
        <source>Next stage ▶</source>
        <translation>Наступний етап ▶</translation>
    </message>
    <message>
        <source>Presenter mode (F11)</source>
        <translation>Режим презентації (F11)</translation>
    </message>
    <message>
        <source>Playbook:</source>
        <translation>Плейбук:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Етап:</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Сценарій:</translation>
    </message>
    <message>
        <source>Scripted delivery</source>
        <translation>Розмова за скриптом</translation>
    </message>
    <message>
        <source>Natural delivery</source>
        <translation>Вільна розмова</translation>
    </message>
    <message>
        <source>Scripted: read the lines</source>
        <translation>За скриптом: читати репліки</translation>
    </message>
    <message>
        <source>Natural: own words, guided</source>
        <translation>Вільно: своїми словами, з підказками</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Ключові моменти</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Робіть</translation>
    </message>
    <message>
        <source>Don&apos;t</source>
        <translation>Не робіть</translation>
    </message>
    <message>
        <source>You could say</source>
        <translation>Можна сказати</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Сценарії</translation>
    </message>
    <message>
        <source>Unusable: %1</source>
        <translation>Непридатний: %1</translation>
    </message>
    <message>
        <source>No scenarios are installed.</source>
        <translation>Жодного сценарію не встановлено.</translation>
    </message>
    <message>
        <source>Show trainer notes (facts, good resolutions, pitfalls)</source>
        <translation>Показати нотатки тренера (факти, вдалі рішення, типові помилки)</translation>
    </message>
    <message>
        <source>Start practice on the Desk</source>
        <translation>Почати тренування на робочому місці</translation>
    </message>
    <message>
        <source>Trainee:</source>
        <translation>Стажер:</translation>
    </message>
    <message>
        <source>Wants:</source>
        <translation>Бажає:</translation>
    </message>
    <message>
        <source>Facts to find out by listening</source>
        <translation>Факти, які треба з’ясувати, слухаючи клієнта</translation>
    </message>
    <message>
        <source>Resolutions that work</source>
        <translation>Рішення, що працюють</translation>
    </message>
    <message>
        <source>Pitfalls</source>
        <translation>Типові помилки</translation>
    </message>
    <message>
        <source>(choose the trainee)</source>
        <translation>(виберіть стажера)</translation>
    </message>
    <message>
        <source>Choose the trainee the practice run is for, then start it.</source>
        <translation>Виберіть, для якого стажера ця спроба, і тоді почніть її.</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Стажер</translation>
    </message>
    <message>
        <source>Listened before solving</source>
        <translation>Клієнта вислухано до пошуку рішення</translation>
    </message>
    <message>
        <source>Acknowledged the specific problem</source>
        <translation>Визнано конкретну проблему</translation>
    </message>
    <message>
        <source>Apologized without shifting blame</source>
        <translation>Вибачення без перекладання провини</translation>
    </message>
    <message>
        <source>Agreed a fix with a deadline</source>
        <translation>Узгоджено рішення з терміном</translation>
    </message>
    <message>
        <source>Satisfaction confirmed by the customer</source>
        <translation>Клієнт підтвердив задоволеність</translation>
    </message>
</context>
<context>
    <name>UsersSection</name>
    <message>
        <source>Users</source>
        <translation>Користувачі</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Додати користувача…</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>Встановити пароль…</translation>
    </message>
    <message>
        <source>Set PIN…</source>
        <translation>Встановити PIN-код…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Вимкнути</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Розблокувати</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>вимкнений</translation>
    </message>
    <message>
        <source>no password: cannot sign in</source>
        <translation>немає пароля: вхід неможливий</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>заблокований до %1</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активний</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Увімкнути</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Додати користувача</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Ім’я:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <source>Password (at least 8 characters):</source>
        <translation>Пароль (щонайменше 8 символів):</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Встановити пароль</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation>Новий пароль для %1:</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>Встановити PIN-код</translation>
    </message>
    <message>
        <source>Quick-switch PIN for %1 (4 to 8 digits; empty removes it):</source>
        <translation>PIN-код швидкого перемикання для %1 (4–8 цифр; залиште порожнім, щоб видалити):</translation>
    </message>
</context>
<context>
    <name>WorklistDialog</name>
    <message>
        <source>Follow-ups due</source>
        <translation>Повторні контакти до виконання</translation>
    </message>
    <message>
        <source>Open cases at this desk</source>
        <translation>Відкриті звернення на цьому робочому місці</translation>
    </message>
    <message>
        <source>Most urgent first. Press Enter to open the case and record the call.</source>
        <translation>Спершу найтерміновіші. Натисніть Enter, щоб відкрити звернення і записати дзвінок.</translation>
    </message>
    <message>
        <source>Waiting for approval first, then the longest waiting. Press Enter to continue a parked case.</source>
        <translation>Спершу ті, що чекають схвалення, потім ті, що чекають найдовше. Натисніть Enter, щоб продовжити відкладене звернення.</translation>
    </message>
    <message>
        <source>Only mine (Ctrl+M)</source>
        <translation>Лише мої (Ctrl+M)</translation>
    </message>
    <message>
        <source>Only the cases and follow-ups that are yours (%1)</source>
        <translation>Лише ваші звернення і повторні контакти (%1)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Термін</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>Як зв’язатися</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Обіцяно</translation>
    </message>
    <message>
        <source>Why unhappy</source>
        <translation>Чому незадоволений</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Відкрито</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без імені)</translation>
    </message>
    <message>
        <source>Nothing of yours here; clear &quot;Only mine&quot; to see everyone&apos;s.</source>
        <translation>Тут немає нічого вашого; зніміть «Лише мої», щоб бачити всіх.</translation>
    </message>
    <message>
        <source>No follow-ups due this week.</source>
        <translation>Цього тижня повторних контактів немає.</translation>
    </message>
    <message>
        <source>No open cases: every case is closed or waiting for a follow-up.</source>
        <translation>Відкритих звернень немає: усі закриті або чекають повторного контакту.</translation>
    </message>
</context>
<context>
    <name>WorklistWords</name>
    <message>
        <source>Overdue</source>
        <translation>Прострочено</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Пізніше</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>no phone or e-mail on file</source>
        <translation>немає ні телефону, ні ел. пошти</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>погодився</translation>
    </message>
    <message>
        <source>accepted only partly</source>
        <translation>погодився лише частково</translation>
    </message>
    <message>
        <source>did not accept</source>
        <translation>не погодився</translation>
    </message>
    <message>
        <source>acceptance not known</source>
        <translation>невідомо, чи погодився</translation>
    </message>
    <message>
        <source>stage not known</source>
        <translation>невідомий етап</translation>
    </message>
    <message>
        <source>nothing agreed yet</source>
        <translation>ще нічого не погоджено</translation>
    </message>
    <message>
        <source>a resolution</source>
        <translation>рішення</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Разом: %1</translation>
    </message>
    <message>
        <source>satisfaction %1 of 5</source>
        <translation>задоволеність %1 з 5</translation>
    </message>
    <message>
        <source>would recommend %1 of 10</source>
        <translation>порекомендував би: %1 з 10</translation>
    </message>
    <message>
        <source>%1 · waiting for approval</source>
        <translation>%1 · чекає схвалення</translation>
    </message>
</context>
<context>
    <name>WrapUp</name>
    <message>
        <source>a resolution</source>
        <translation>рішення</translation>
    </message>
    <message>
        <source>This case was withdrawn.</source>
        <translation>Цю справу відкликано.</translation>
    </message>
    <message>
        <source>This case waits for a follow-up.</source>
        <translation>Ця справа чекає на повторний контакт.</translation>
    </message>
    <message>
        <source>This case is closed.</source>
        <translation>Цю справу закрито.</translation>
    </message>
    <message>
        <source>Your reference is %1.</source>
        <translation>Номер вашої справи: %1.</translation>
    </message>
    <message>
        <source>What we agreed: %1.</source>
        <translation>Про що ми домовилися: %1.</translation>
    </message>
    <message>
        <source>Amount: %1.</source>
        <translation>Сума: %1.</translation>
    </message>
    <message>
        <source>By: %1.</source>
        <translation>До: %1.</translation>
    </message>
    <message>
        <source>No date was agreed.</source>
        <translation>Дату не погоджено.</translation>
    </message>
    <message>
        <source>What we agreed:</source>
        <translation>Про що ми домовилися:</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>no date agreed</source>
        <translation>дату не погоджено</translation>
    </message>
    <message>
        <source>Total: %1.</source>
        <translation>Разом: %1.</translation>
    </message>
    <message>
        <source>No resolution was agreed.</source>
        <translation>Рішення не погоджено.</translation>
    </message>
    <message>
        <source>Follow-up: %1 contacts you by %2.</source>
        <translation>Повторний контакт: %1 зв&apos;яжеться з вами до %2.</translation>
    </message>
    <message>
        <source>No follow-up is due.</source>
        <translation>Повторний контакт не потрібен.</translation>
    </message>
    <message>
        <source>Wrap-up: read this to the customer</source>
        <translation>Підсумок: прочитайте це клієнтові</translation>
    </message>
</context>
</TS>
