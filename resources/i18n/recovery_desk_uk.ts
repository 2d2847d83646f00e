<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="404"/>
        <source>Supervisor approval</source>
        <translation>Погодження керівника</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="409"/>
        <source>The offer is over the agent&apos;s limit. The supervisor approves it here with their own password or PIN.</source>
        <translation>Пропозиція перевищує ліміт оператора. Керівник погоджує її тут власним паролем або PIN-кодом.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="418"/>
        <source>Supervisor</source>
        <translation>Керівник</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="421"/>
        <source>Password or PIN</source>
        <translation>Пароль або PIN-код</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="422"/>
        <source>Supervisor:</source>
        <translation>Керівник:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="423"/>
        <source>Password or PIN:</source>
        <translation>Пароль або PIN-код:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="427"/>
        <location filename="../../recovery_desk/ui/sign_in.py" line="428"/>
        <source>Approve</source>
        <translation>Погодити</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="438"/>
        <source>Type the supervisor&apos;s password or PIN.</source>
        <translation>Введіть пароль або PIN-код керівника.</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="55"/>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="59"/>
        <source>%1 min %2 s</source>
        <translation>%1 хв %2 с</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="66"/>
        <source>%1 h %2 min</source>
        <translation>%1 год %2 хв</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="71"/>
        <source>%1 d %2 h</source>
        <translation>%1 дн. %2 год</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="79"/>
        <source>Case opened</source>
        <translation>Звернення відкрито</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="80"/>
        <source>Stage entered</source>
        <translation>Початок етапу</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="81"/>
        <source>Stage completed</source>
        <translation>Етап завершено</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="82"/>
        <source>Stage skipped</source>
        <translation>Етап пропущено</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="83"/>
        <source>Checklist</source>
        <translation>Контрольний список</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="84"/>
        <source>Field captured</source>
        <translation>Дані зафіксовано</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="85"/>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="86"/>
        <source>Mode changed</source>
        <translation>Режим змінено</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="87"/>
        <source>Resolution offered</source>
        <translation>Рішення запропоновано</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="88"/>
        <location filename="../../recovery_desk/ui/log/detail.py" line="265"/>
        <source>Escalated</source>
        <translation>Ескалація</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="89"/>
        <source>Escalation approved</source>
        <translation>Ескалацію погоджено</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="90"/>
        <source>Escalation declined</source>
        <translation>Ескалацію відхилено</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="91"/>
        <source>Satisfaction recorded</source>
        <translation>Задоволеність записано</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="92"/>
        <source>Follow-up scheduled</source>
        <translation>Повторний контакт заплановано</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="93"/>
        <source>Follow-up made</source>
        <translation>Повторний контакт здійснено</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="94"/>
        <source>Case closed</source>
        <translation>Звернення закрито</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="95"/>
        <source>Case withdrawn</source>
        <translation>Звернення відкликано</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="96"/>
        <source>Case reopened</source>
        <translation>Звернення відкрито повторно</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="97"/>
        <source>Coaching note</source>
        <translation>Коучингова нотатка</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="98"/>
        <location filename="../../recovery_desk/ui/log/detail.py" line="327"/>
        <source>Root cause</source>
        <translation>Першопричина</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="99"/>
        <source>Practice reviewed</source>
        <translation>Тренування розібрано</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="100"/>
        <location filename="../../recovery_desk/ui/log/detail.py" line="204"/>
        <source>Flagged for training</source>
        <translation>Позначено для навчання</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="101"/>
        <source>Follow-up reassigned</source>
        <translation>Повторний контакт перепризначено</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="107"/>
        <source>scripted</source>
        <translation>за скриптом</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="108"/>
        <source>natural</source>
        <translation>вільно</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="129"/>
        <source>CSAT %1, recommend %2</source>
        <translation>CSAT %1, рекомендація %2</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="152"/>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="153"/>
        <source>Event</source>
        <translation>Подія</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="154"/>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="155"/>
        <source>Time in stage</source>
        <translation>Час на етапі</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="156"/>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="157"/>
        <source>By</source>
        <translation>Хто</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="206"/>
        <source>In the customer&apos;s words</source>
        <translation>Словами клієнта</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="209"/>
        <source>Wants</source>
        <translation>Бажає</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="211"/>
        <source>Stages</source>
        <translation>Етапи</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="215"/>
        <source>done</source>
        <translation>завершено</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="216"/>
        <source>skipped</source>
        <translation>пропущено</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="217"/>
        <source>now</source>
        <translation>поточний</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="222"/>
        <source>Scripted line</source>
        <translation>Репліка зі скрипту</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="228"/>
        <source>Own words</source>
        <translation>Своїми словами</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="233"/>
        <source>Skipped because</source>
        <translation>Причина пропуску</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="242"/>
        <source>Resolution</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="248"/>
        <source>no cost</source>
        <translation>без витрат</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="252"/>
        <source>promised by %1</source>
        <translation>обіцяно до %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="256"/>
        <source>None offered yet.</source>
        <translation>Рішень ще не запропоновано.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="259"/>
        <source>approved by %1</source>
        <translation>погоджено: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="260"/>
        <source>declined by %1</source>
        <translation>відхилено: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="261"/>
        <source>waiting for a supervisor</source>
        <translation>очікує керівника</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="267"/>
        <source>Satisfaction</source>
        <translation>Задоволеність</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="271"/>
        <source>follow-up</source>
        <translation>повторний контакт</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="273"/>
        <source>at the desk</source>
        <translation>на робочому місці</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="276"/>
        <source>accepted</source>
        <translation>прийнято</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="277"/>
        <source>recommend</source>
        <translation>рекомендація</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="278"/>
        <source>effort</source>
        <translation>зусилля</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="288"/>
        <source>Not asked yet.</source>
        <translation>Ще не запитували.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="290"/>
        <source>Follow-ups</source>
        <translation>Повторні контакти</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="293"/>
        <location filename="../../recovery_desk/ui/log/detail.py" line="307"/>
        <source>due %1</source>
        <translation>термін %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="297"/>
        <source>call made by %1</source>
        <translation>дзвінок здійснено: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="302"/>
        <source>reassigned from %1 to %2</source>
        <translation>перепризначено: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="315"/>
        <source>Next call: %1, due %2</source>
        <translation>Наступний дзвінок: %1, термін %2</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="320"/>
        <source>Supervisor notes</source>
        <translation>Нотатки керівника</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="325"/>
        <source>No notes yet.</source>
        <translation>Нотаток ще немає.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="333"/>
        <source>Corrective action</source>
        <translation>Коригувальна дія</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="347"/>
        <source>(no name)</source>
        <translation>(без імені)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="353"/>
        <source>agent %1</source>
        <translation>оператор %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="357"/>
        <source>training</source>
        <translation>тренування</translation>
    </message>
</context>
<context>
    <name>CaseDetailPanel</name>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="386"/>
        <source>Close (Esc)</source>
        <translation>Закрити (Esc)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="403"/>
        <source>Case detail</source>
        <translation>Подробиці звернення</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="408"/>
        <source>Timeline</source>
        <translation>Хронологія</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="456"/>
        <source>No offer is waiting for a supervisor on this case.</source>
        <translation>У цьому зверненні немає пропозиції, що очікує керівника.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/detail.py" line="461"/>
        <source>No follow-up is scheduled on this case.</source>
        <translation>Для цього звернення не заплановано повторного контакту.</translation>
    </message>
</context>
<context>
    <name>CaseExporter</name>
    <message>
        <location filename="../../recovery_desk/ui/export_dialog.py" line="38"/>
        <source>Export cases…</source>
        <translation>Експортувати звернення…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/export_dialog.py" line="51"/>
        <source>Exporting %1 cases…</source>
        <translation>Експорт звернень: %1…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/export_dialog.py" line="52"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/export_dialog.py" line="70"/>
        <source>Exported %1 cases to %2.</source>
        <translation>Експортовано звернень: %1 до %2.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/export_dialog.py" line="77"/>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Експорт скасовано; нічого не записано.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/export_dialog.py" line="79"/>
        <source>Export failed: %1</source>
        <translation>Не вдалося експортувати: %1</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="129"/>
        <source>Time in stage and in case</source>
        <translation>Час на етапі та у зверненні</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="132"/>
        <source>Delivery mode for this case</source>
        <translation>Режим розмови для цього звернення</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="133"/>
        <source>Natural (own words)</source>
        <translation>Вільно (своїми словами)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="134"/>
        <source>Scripted (read lines)</source>
        <translation>За скриптом (читати репліки)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="156"/>
        <source>What to say</source>
        <translation>Що сказати</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="164"/>
        <source>Checklist</source>
        <translation>Контрольний список</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="167"/>
        <source>Capture</source>
        <translation>Фіксація даних</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="172"/>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="176"/>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="177"/>
        <source>Type a note; it is kept even if the PC crashes. Ctrl+Shift+Enter adds it.</source>
        <translation>Введіть нотатку; її буде збережено, навіть якщо комп’ютер аварійно вимкнеться. Ctrl+Shift+Enter — додати.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="186"/>
        <source>Language hint</source>
        <translation>Мовна підказка</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="189"/>
        <source>Add note</source>
        <translation>Додати нотатку</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="200"/>
        <source>◀ Back (Shift+F8)</source>
        <translation>◀ Назад (Shift+F8)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="202"/>
        <source>Skip… (F6)</source>
        <translation>Пропустити… (F6)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="204"/>
        <source>Withdraw…</source>
        <translation>Відкликати…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="206"/>
        <source>Park (Ctrl+W)</source>
        <translation>Відкласти (Ctrl+W)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="207"/>
        <source>Keep the case open and serve the next customer.</source>
        <translation>Залишити звернення відкритим і обслужити наступного клієнта.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="209"/>
        <source>Complete stage ▶ (F8)</source>
        <translation>Завершити етап ▶ (F8)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="227"/>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="230"/>
        <source>Resolution</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="235"/>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="238"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="245"/>
        <source>Promised deadline</source>
        <translation>Обіцяний термін</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="249"/>
        <source>Offer (Ctrl+Shift+O)</source>
        <translation>Запропонувати (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="253"/>
        <source>Supervisor approves here (Ctrl+Shift+A)</source>
        <translation>Керівник погоджує тут (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="255"/>
        <source>Resolution:</source>
        <translation>Рішення:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="256"/>
        <source>Amount:</source>
        <translation>Сума:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="257"/>
        <source>Deadline:</source>
        <translation>Термін:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="265"/>
        <source>Customer&apos;s satisfaction</source>
        <translation>Задоволеність клієнта</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="269"/>
        <source>Accepted the resolution</source>
        <translation>Рішення прийнято</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="270"/>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="270"/>
        <source>Partly</source>
        <translation>Частково</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="271"/>
        <source>No</source>
        <translation>Ні</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="274"/>
        <source>How accepted</source>
        <translation>Як прийнято</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="275"/>
        <source>Verbally</source>
        <translation>Усно</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="276"/>
        <source>In writing</source>
        <translation>Письмово</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="290"/>
        <source>not asked</source>
        <translation>не запитували</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="294"/>
        <source>Follow-up note</source>
        <translation>Нотатка до повторного контакту</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="296"/>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="396"/>
        <source>Record answers (Ctrl+Shift+S)</source>
        <translation>Записати відповіді (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="298"/>
        <source>Close as not recovered…</source>
        <translation>Закрити як неврегульоване…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="300"/>
        <source>Accepted:</source>
        <translation>Прийнято:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="301"/>
        <source>How:</source>
        <translation>Як:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="312"/>
        <source>Follow-up note:</source>
        <translation>Нотатка до повторного контакту:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="329"/>
        <source>(no name)</source>
        <translation>(без імені)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="332"/>
        <source>in progress</source>
        <translation>у роботі</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="332"/>
        <source>waiting for a supervisor</source>
        <translation>очікує керівника</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="333"/>
        <source>waiting for a follow-up</source>
        <translation>очікує повторного контакту</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="338"/>
        <source>Wants:</source>
        <translation>Бажає:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="352"/>
        <source>Key points</source>
        <translation>Ключові моменти</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="352"/>
        <source>Do</source>
        <translation>Робіть</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="353"/>
        <source>Don&apos;t</source>
        <translation>Не робіть</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="353"/>
        <source>You could say</source>
        <translation>Можна сказати</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="356"/>
        <source>Follow-up</source>
        <translation>Повторний контакт</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="358"/>
        <source>Call or write to the customer, ask whether the problem is fully solved now, and record their answers. Due: %1</source>
        <translation>Зателефонуйте або напишіть клієнтові, запитайте, чи проблему тепер повністю вирішено, і запишіть відповіді. Термін: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="362"/>
        <source>This case is closed.</source>
        <translation>Це звернення закрито.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="371"/>
        <source>%1 %2 is over your limit: a supervisor must approve it. Ask one to approve here, or park the case and serve the next customer.</source>
        <translation>%1 %2 перевищує ваш ліміт: потрібне погодження керівника. Попросіть його погодити тут або відкладіть звернення й обслужіть наступного клієнта.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="385"/>
        <source>Offered: %1</source>
        <translation>Запропоновано: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="386"/>
        <source>by %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="394"/>
        <source>Record follow-up (Ctrl+Shift+S)</source>
        <translation>Записати повторний контакт (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="473"/>
        <source>Stage %1 · Case %2</source>
        <translation>Етап %1 · Звернення %2</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="494"/>
        <source>The action was not recorded: %1</source>
        <translation>Дію не записано: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="530"/>
        <source>Try:</source>
        <translation>Спробуйте:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="540"/>
        <source>Note added.</source>
        <translation>Нотатку додано.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="552"/>
        <source>Skip stage</source>
        <translation>Пропустити етап</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="553"/>
        <source>Why do you skip this stage?</source>
        <translation>Чому ви пропускаєте цей етап?</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="558"/>
        <source>Withdraw case</source>
        <translation>Відкликати звернення</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="559"/>
        <source>Why is the case withdrawn?</source>
        <translation>Чому звернення відкликано?</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="573"/>
        <source>Type the amount as a number, e.g. 25.50.</source>
        <translation>Введіть суму числом, напр. 25,50.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="590"/>
        <source>No supervisor account exists on this desk yet.</source>
        <translation>На цьому робочому місці ще немає облікового запису керівника.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="636"/>
        <source>Not fully satisfied: the customer is on the watchlist and a follow-up is due %1.</source>
        <translation>Клієнт не повністю задоволений: його внесено до списку спостереження, повторний контакт — до %1.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="640"/>
        <source>Close as not recovered</source>
        <translation>Закрити як неврегульоване</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="641"/>
        <source>Why is the case closed without a satisfied customer?</source>
        <translation>Чому звернення закрито без задоволення клієнта?</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="685"/>
        <source>overdue</source>
        <translation>прострочено</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="685"/>
        <source>due</source>
        <translation>до виконання</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="55"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="56"/>
        <source>Match</source>
        <translation>Збіг</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="57"/>
        <source>Opened</source>
        <translation>Відкрито</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="58"/>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="59"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="60"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="61"/>
        <source>Resolution</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="62"/>
        <source>Redress</source>
        <translation>Компенсація</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="63"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="64"/>
        <source>Recommend</source>
        <translation>Рекомендація</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="65"/>
        <source>Duration</source>
        <translation>Тривалість</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="66"/>
        <source>Watchlist</source>
        <translation>Список спостереження</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="67"/>
        <source>Closed</source>
        <translation>Закрито</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="68"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="69"/>
        <source>Severity</source>
        <translation>Критичність</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="83"/>
        <source>%1 d %2 h</source>
        <translation>%1 дн. %2 год</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="89"/>
        <source>%1 h %2 min</source>
        <translation>%1 год %2 хв</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="93"/>
        <source>%1 min</source>
        <translation>%1 хв</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="232"/>
        <source>Click to sort by this column</source>
        <translation>Натисніть, щоб сортувати за цим стовпцем</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/case_table_model.py" line="329"/>
        <source>%1 (training)</source>
        <translation>%1 (тренування)</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="612"/>
        <source>%1 complaints, CSAT %2</source>
        <translation>Скарг: %1, CSAT %2</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="616"/>
        <source>Complaints and CSAT by week</source>
        <translation>Скарги та CSAT за тижнями</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="618"/>
        <source>Complaints and CSAT by month</source>
        <translation>Скарги та CSAT за місяцями</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="620"/>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="630"/>
        <source>Complaints</source>
        <translation>Скарги</translation>
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
        <translation>Скарг: %1 (%2 від усіх)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="631"/>
        <source>Top five complaint categories</source>
        <translation>П’ять найчастіших категорій скарг</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="639"/>
        <source>Recovery rate</source>
        <translation>Рівень врегулювання</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="640"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="651"/>
        <source>%1 cases</source>
        <translation>Звернень: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="659"/>
        <source>Scripted vs natural</source>
        <translation>За скриптом чи вільно</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="671"/>
        <source>hours</source>
        <translation>години</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="673"/>
        <source>minutes</source>
        <translation>хвилини</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="679"/>
        <source>median %1, 90th percentile %2 (%3 cases)</source>
        <translation>медіана %1, 90-й процентиль %2 (звернень: %3)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="684"/>
        <source>Median</source>
        <translation>Медіана</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="685"/>
        <source>90th percentile</source>
        <translation>90-й процентиль</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="687"/>
        <source>Where recoveries stall: time in each stage</source>
        <translation>Де гальмується врегулювання: час на кожному етапі</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="220"/>
        <source>Dashboard</source>
        <translation>Панель показників</translation>
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
        <translation>Рівень врегулювання</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="168"/>
        <source>Trend</source>
        <extracomment>The ``CaseFilter`` of a tile, bar or row the user chose; the window opens the Log on it. Whether a computation is running (for tests and the window).</extracomment>
        <translation>Тренд</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="169"/>
        <source>Top five complaint categories</source>
        <translation>П’ять найчастіших категорій скарг</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="170"/>
        <source>Scripted vs natural</source>
        <translation>За скриптом чи вільно</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="171"/>
        <source>Where recoveries stall</source>
        <translation>Де гальмується врегулювання</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="182"/>
        <source>No complaints in this period and scope. Choose a longer period or widen the scope.</source>
        <translation>У цьому періоді та вибірці скарг немає. Виберіть довший період або розширте вибірку.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="194"/>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="198"/>
        <source>Breakdowns</source>
        <translation>Деталізація</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="210"/>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="229"/>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="419"/>
        <source>Computing…</source>
        <translation>Обчислення…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="228"/>
        <source>Computing the figures</source>
        <translation>Обчислення показників</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="235"/>
        <source>Refresh</source>
        <translation>Оновити</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="236"/>
        <source>Compute the figures again (F5)</source>
        <translation>Обчислити показники знову (F5)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="238"/>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="531"/>
        <source>Export PDF report…</source>
        <translation>Експортувати звіт PDF…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="239"/>
        <source>A printable report of this period and scope: figures, charts, breakdowns and follow-ups.</source>
        <translation>Звіт для друку за цей період і вибірку: показники, діаграми, деталізація та повторні контакти.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="250"/>
        <source>Period</source>
        <translation>Період</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="251"/>
        <source>Last 7 days</source>
        <translation>Останні 7 днів</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="251"/>
        <source>Last 30 days</source>
        <translation>Останні 30 днів</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="252"/>
        <source>Last 90 days</source>
        <translation>Останні 90 днів</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="252"/>
        <source>This month</source>
        <translation>Цей місяць</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="253"/>
        <source>This year</source>
        <translation>Цей рік</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="253"/>
        <source>All time</source>
        <translation>Увесь час</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="254"/>
        <source>Custom dates</source>
        <translation>Власні дати</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="261"/>
        <source>From</source>
        <translation>Від</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="261"/>
        <source>To</source>
        <translation>До</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="268"/>
        <source>Trend by</source>
        <translation>Крок тренду</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="269"/>
        <source>By week</source>
        <translation>За тижнями</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="270"/>
        <source>By month</source>
        <translation>За місяцями</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="271"/>
        <source>Desk</source>
        <translation>Робоче місце</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="271"/>
        <source>All desks</source>
        <translation>Усі робочі місця</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="272"/>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="272"/>
        <source>All agents</source>
        <translation>Усі оператори</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="274"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="274"/>
        <source>All channels</source>
        <translation>Усі канали</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="277"/>
        <source>Playbook</source>
        <translation>Плейбук</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="277"/>
        <source>All playbooks</source>
        <translation>Усі плейбуки</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="328"/>
        <source>Cases</source>
        <translation>Звернення</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="329"/>
        <source>Median time to resolution</source>
        <translation>Медіанний час до рішення</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="339"/>
        <source>Double-click a row (or press Enter) to list its cases.</source>
        <translation>Двічі клацніть рядок (або натисніть Enter), щоб переглянути його звернення.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="445"/>
        <source>Could not compute the figures: %1</source>
        <translation>Не вдалося обчислити показники: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="451"/>
        <source>Hover a figure to see how it is computed; click it, a bar or a row to list its cases. Training cases are never counted.</source>
        <translation>Наведіть курсор на показник, щоб побачити, як його обчислено; клацніть показник, стовпчик або рядок, щоб переглянути його звернення. Тренувальні звернення ніколи не враховуються.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="531"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="545"/>
        <source>Writing the report…</source>
        <translation>Створення звіту…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="566"/>
        <source>Saved the report (%1 pages) to %2.</source>
        <translation>Звіт (сторінок: %1) збережено до %2.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/dashboard.py" line="582"/>
        <source>Could not write the report: %1</source>
        <translation>Не вдалося записати звіт: %1</translation>
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
    <name>FilterBar</name>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="99"/>
        <source>Any</source>
        <translation>Усі</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="108"/>
        <source>Search the log</source>
        <translation>Пошук у журналі</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="109"/>
        <source>Search words, remedies and notes (Ctrl+F)</source>
        <translation>Пошук у текстах, рішеннях і нотатках (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="114"/>
        <source>Period</source>
        <translation>Період</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="118"/>
        <source>Any time</source>
        <translation>Будь-коли</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="119"/>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="120"/>
        <source>Last 7 days</source>
        <translation>Останні 7 днів</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="121"/>
        <source>Last 30 days</source>
        <translation>Останні 30 днів</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="122"/>
        <source>Last 90 days</source>
        <translation>Останні 90 днів</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="123"/>
        <source>From – to</source>
        <translation>Від – до</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="129"/>
        <source>From date</source>
        <translation>Від дати</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="130"/>
        <source>To date</source>
        <translation>До дати</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="133"/>
        <source>Reset filters</source>
        <translation>Скинути фільтри</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="148"/>
        <location filename="../../recovery_desk/ui/log/filters.py" line="149"/>
        <source>Desk</source>
        <translation>Робоче місце</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="153"/>
        <location filename="../../recovery_desk/ui/log/filters.py" line="154"/>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="158"/>
        <location filename="../../recovery_desk/ui/log/filters.py" line="162"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="167"/>
        <location filename="../../recovery_desk/ui/log/filters.py" line="171"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="176"/>
        <location filename="../../recovery_desk/ui/log/filters.py" line="180"/>
        <source>Severity</source>
        <translation>Критичність</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="185"/>
        <location filename="../../recovery_desk/ui/log/filters.py" line="189"/>
        <source>Playbook</source>
        <translation>Плейбук</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="194"/>
        <location filename="../../recovery_desk/ui/log/filters.py" line="198"/>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="197"/>
        <source>scripted</source>
        <translation>за скриптом</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="197"/>
        <source>natural</source>
        <translation>вільно</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="203"/>
        <location filename="../../recovery_desk/ui/log/filters.py" line="210"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="215"/>
        <location filename="../../recovery_desk/ui/log/filters.py" line="216"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="220"/>
        <location filename="../../recovery_desk/ui/log/filters.py" line="222"/>
        <source>Watchlist</source>
        <translation>Список спостереження</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="223"/>
        <source>on the watchlist</source>
        <translation>у списку спостереження</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="224"/>
        <source>not on it</source>
        <translation>не в списку</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="230"/>
        <location filename="../../recovery_desk/ui/log/filters.py" line="232"/>
        <source>Escalated</source>
        <translation>Ескалація</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="232"/>
        <source>escalated</source>
        <translation>з ескалацією</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="232"/>
        <source>not escalated</source>
        <translation>без ескалації</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="246"/>
        <source>Follow-up overdue</source>
        <translation>Прострочений повторний контакт</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="248"/>
        <source>Include training cases</source>
        <translation>Включати тренувальні звернення</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="314"/>
        <source>Create the administrator – Recovery Desk</source>
        <translation>Створення адміністратора – Recovery Desk</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="317"/>
        <source>Create the administrator</source>
        <translation>Створіть адміністратора</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="322"/>
        <source>This case log has no account that can sign in yet. Create the administrator now; the administrator then adds the agents, supervisors and trainers.</source>
        <translation>У цьому журналі звернень ще немає облікового запису, з яким можна ввійти. Створіть адміністратора зараз; потім адміністратор додасть операторів, керівників і тренерів.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="330"/>
        <source>Administrator&apos;s name</source>
        <translation>Ім’я адміністратора</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="333"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="335"/>
        <source>At least %1 characters</source>
        <translation>Щонайменше символів: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="339"/>
        <source>Password again</source>
        <translation>Пароль ще раз</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="340"/>
        <source>Name:</source>
        <translation>Ім’я:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="341"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="342"/>
        <source>Password again:</source>
        <translation>Пароль ще раз:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="346"/>
        <source>Create and sign in</source>
        <translation>Створити й увійти</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="352"/>
        <source>The two passwords differ. Type the same one twice.</source>
        <translation>Паролі не збігаються. Введіть той самий пароль двічі.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="362"/>
        <source>Choose a name (1 to 200 characters) and a password of at least %1 characters.</source>
        <translation>Виберіть ім’я (від 1 до 200 символів) і пароль щонайменше з %1 символів.</translation>
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
        <location filename="../../recovery_desk/ui/flow_texts.py" line="111"/>
        <source>Write the coaching note first.</source>
        <translation>Спершу напишіть коучингову нотатку.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="114"/>
        <source>Say why this case is an example for training.</source>
        <translation>Вкажіть, чому це звернення є прикладом для навчання.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="117"/>
        <source>This case is not flagged for training.</source>
        <translation>Це звернення не позначено для навчання.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="120"/>
        <source>Describe the root cause first.</source>
        <translation>Спершу опишіть першопричину.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="124"/>
        <source>This case is closed; reopen it before planning a follow-up.</source>
        <translation>Це звернення закрито; щоб запланувати повторний контакт, спершу відкрийте його повторно.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="128"/>
        <source>No follow-up is scheduled on this case.</source>
        <translation>Для цього звернення не заплановано повторного контакту.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="131"/>
        <source>Choose who makes the follow-up.</source>
        <translation>Виберіть, хто здійснить повторний контакт.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="134"/>
        <source>Give the new due time with its time zone.</source>
        <translation>Вкажіть новий термін разом із часовим поясом.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="137"/>
        <source>The new due time is in the past.</source>
        <translation>Новий термін уже минув.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="145"/>
        <source>Tick “%1”.</source>
        <translation>Позначте “%1”.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="149"/>
        <source>Fill in “%1”.</source>
        <translation>Заповніть “%1”.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="153"/>
        <source>%1 needs an amount above zero.</source>
        <translation>%1: вкажіть суму, більшу за нуль.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="160"/>
        <source>%1 is over your limit of %2; ask an administrator.</source>
        <translation>%1 перевищує ваш ліміт (%2); зверніться до адміністратора.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/flow_texts.py" line="167"/>
        <source>There is no user “%1” on this log.</source>
        <translation>У цьому журналі немає користувача “%1”.</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="67"/>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="143"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="68"/>
        <source>Customer</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="69"/>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="145"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="70"/>
        <source>Due</source>
        <translation>Термін</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="71"/>
        <source>Done</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="72"/>
        <source>Makes the call</source>
        <translation>Хто телефонує</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="73"/>
        <source>Calls made</source>
        <translation>Здійснені дзвінки</translation>
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
        <translation>Рекомендація</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="107"/>
        <source>(reassigned)</source>
        <translation>(перепризначено)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="144"/>
        <source>Opened</source>
        <translation>Відкрито</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="146"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="147"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="150"/>
        <source>Watchlist</source>
        <translation>Список спостереження</translation>
    </message>
</context>
<context>
    <name>FollowUpQueue</name>
    <message>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="211"/>
        <source>Overdue</source>
        <translation>Прострочені</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="212"/>
        <source>Due</source>
        <translation>Заплановані</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="213"/>
        <source>Done</source>
        <translation>Виконані</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="223"/>
        <source>Open the case</source>
        <translation>Відкрити звернення</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="225"/>
        <source>Reassign follow-up…</source>
        <translation>Перепризначити повторний контакт…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="236"/>
        <source>Follow-ups</source>
        <translation>Повторні контакти</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="243"/>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="248"/>
        <source>Customer&apos;s history</source>
        <translation>Історія клієнта</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="270"/>
        <source>No follow-up is overdue.</source>
        <translation>Прострочених повторних контактів немає.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="271"/>
        <source>No follow-up is waiting.</source>
        <translation>Запланованих повторних контактів немає.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="272"/>
        <source>No follow-up call has been made yet.</source>
        <translation>Ще не здійснено жодного повторного дзвінка.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="277"/>
        <source>Follow-ups past their due time, most overdue first.</source>
        <translation>Повторні контакти, термін яких минув; спершу найбільш прострочені.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="278"/>
        <source>Follow-ups still to make, soonest first.</source>
        <translation>Повторні контакти, які ще треба здійснити; спершу найближчі.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="279"/>
        <source>Follow-up calls made, latest first.</source>
        <translation>Здійснені повторні дзвінки; спершу найновіші.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="302"/>
        <source>History of %1</source>
        <translation>Історія: %1</translation>
    </message>
</context>
<context>
    <name>KpiText</name>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="41"/>
        <source>Complaints</source>
        <translation>Скарги</translation>
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
        <translation>Зусилля клієнта (CES)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="45"/>
        <source>Resolution accepted</source>
        <translation>Рішення прийнято</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="46"/>
        <source>First-contact resolution</source>
        <translation>Вирішення з першого контакту</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="47"/>
        <source>First response, median</source>
        <translation>Перша реакція, медіана</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="48"/>
        <source>First response, 90th percentile</source>
        <translation>Перша реакція, 90-й процентиль</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="49"/>
        <source>Time to resolution, median</source>
        <translation>Час до рішення, медіана</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="50"/>
        <source>Time to resolution, 90th percentile</source>
        <translation>Час до рішення, 90-й процентиль</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="51"/>
        <source>Cost per resolution</source>
        <translation>Вартість одного рішення</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="52"/>
        <source>Recovery rate</source>
        <translation>Рівень врегулювання</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="53"/>
        <source>On the watchlist</source>
        <translation>У списку спостереження</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="54"/>
        <source>Overdue follow-ups</source>
        <translation>Прострочені повторні контакти</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="62"/>
        <source>Complaints opened in the period and scope (practice cases never count).</source>
        <translation>Скарги, відкриті в цьому періоді та вибірці (тренувальні звернення ніколи не враховуються).</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="65"/>
        <source>Share of satisfaction answers of 4 or 5 on the 1–5 scale, among the cases with an answer (the latest answer of each case).</source>
        <translation>Частка оцінок задоволеності 4 або 5 за шкалою 1–5 серед звернень, що мають відповідь (враховується остання відповідь у кожному зверненні).</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="68"/>
        <source>Net promoter score: per cent promoters (9–10) minus per cent detractors (0–6) among the cases that answered how likely they are to recommend (0–10); from −100 to +100.</source>
        <translation>Індекс NPS (Net Promoter Score): відсоток промоутерів (9–10) мінус відсоток критиків (0–6) серед звернень, у яких відповіли, наскільки ймовірно порекомендують нас (0–10); від −100 до +100.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="72"/>
        <source>Customer effort score: the mean agreement (1–7, higher is easier) that the issue was easy to handle, among the cases that answered the effort question.</source>
        <translation>Індекс зусиль клієнта (CES): середній рівень згоди (1–7, більше — легше) з тим, що питання було легко вирішити, серед звернень, у яких відповіли на запитання про зусилля.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="76"/>
        <source>Share of cases whose customer accepted the resolution fully, among all cases with an answer; &quot;partly&quot; counts as not accepted (it puts the customer on the watchlist).</source>
        <translation>Частка звернень, у яких клієнт повністю прийняв рішення, серед усіх звернень із відповіддю; «частково» вважається неприйняттям (клієнта вносять до списку спостереження).</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="80"/>
        <source>Share of closed cases that were closed as recovered with no follow-up contact at all.</source>
        <translation>Частка закритих звернень, які закрито як врегульовані взагалі без повторного контакту.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="83"/>
        <source>From opening the case to the end of its first acknowledge, apologize or control stage: half of the cases were faster.</source>
        <translation>Від відкриття звернення до завершення його першого етапу визнання проблеми, вибачення або взяття ситуації під контроль: половина звернень була швидшою.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="86"/>
        <source>9 in 10 acknowledged cases were acknowledged within this time, counted from opening.</source>
        <translation>У 9 з 10 звернень, де проблему визнано, це сталося в межах цього часу, рахуючи від відкриття.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="89"/>
        <source>From opening the case to the customer first accepting the resolution fully: half of the resolved cases were faster.</source>
        <translation>Від відкриття звернення до першого повного прийняття рішення клієнтом: половина вирішених звернень була швидшою.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="92"/>
        <source>9 in 10 resolved cases were resolved within this time, counted from opening.</source>
        <translation>9 з 10 вирішених звернень було вирішено в межах цього часу, рахуючи від відкриття.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="95"/>
        <source>Total redress given on cases closed as recovered, divided by the number of those cases (cases resolved without money count as zero). One figure per currency, never converted.</source>
        <translation>Загальна сума компенсацій у зверненнях, закритих як врегульовані, поділена на кількість цих звернень (звернення, вирішені без грошей, рахуються як нуль). Окремий показник для кожної валюти, без конвертації.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="99"/>
        <source>Share of closed cases closed with a satisfied customer. Withdrawn cases are not closed.</source>
        <translation>Частка закритих звернень, закритих із задоволеним клієнтом. Відкликані звернення не вважаються закритими.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="102"/>
        <source>Customers in scope who are not fully satisfied yet (on the watchlist now).</source>
        <translation>Клієнти у вибірці, які ще не повністю задоволені (зараз у списку спостереження).</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="105"/>
        <source>Follow-ups due before now and not done.</source>
        <translation>Повторні контакти, термін яких уже минув і які не здійснено.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="110"/>
        <source>Based on %1 cases.</source>
        <translation>На основі звернень: %1.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="120"/>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="122"/>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="127"/>
        <source>%1 min</source>
        <translation>%1 хв</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="125"/>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="132"/>
        <source>%1 h</source>
        <translation>%1 год</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="130"/>
        <source>%1 d</source>
        <translation>%1 дн.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="173"/>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="191"/>
        <source>Imported</source>
        <translation>Імпортовано</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="196"/>
        <source>Scripted</source>
        <translation>За скриптом</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="197"/>
        <source>Natural</source>
        <translation>Вільно</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="202"/>
        <source>Desk</source>
        <translation>Робоче місце</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="203"/>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="204"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="205"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="206"/>
        <source>Playbook</source>
        <translation>Плейбук</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/kpi_texts.py" line="207"/>
        <source>Scripted vs natural</source>
        <translation>За скриптом чи вільно</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <location filename="../../recovery_desk/ui/pages/log.py" line="62"/>
        <source>Recovery log</source>
        <translation>Журнал врегулювання</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/log.py" line="66"/>
        <location filename="../../recovery_desk/ui/pages/log.py" line="247"/>
        <source>Export this view…</source>
        <translation>Експортувати поточний список…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/log.py" line="68"/>
        <source>The cases of the current filter, as CSV or Excel (Ctrl+Shift+E)</source>
        <translation>Звернення за поточним фільтром у форматі CSV або Excel (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/log.py" line="75"/>
        <source>Log views</source>
        <translation>Розділи журналу</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/log.py" line="92"/>
        <location filename="../../recovery_desk/ui/pages/log.py" line="147"/>
        <source>Cases</source>
        <translation>Звернення</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/log.py" line="124"/>
        <source>Reset filters</source>
        <translation>Скинути фільтри</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/log.py" line="152"/>
        <source>Watchlist and follow-ups</source>
        <translation>Список спостереження і повторні контакти</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/log.py" line="341"/>
        <source>Could not count the cases: %1</source>
        <translation>Не вдалося підрахувати звернення: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/log.py" line="349"/>
        <source>descending</source>
        <translation>за спаданням</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/log.py" line="349"/>
        <source>ascending</source>
        <translation>за зростанням</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/log.py" line="354"/>
        <source>Counting the cases…</source>
        <translation>Підрахунок звернень…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/log.py" line="356"/>
        <source>%1 cases in the log.</source>
        <translation>Звернень у журналі: %1.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/log.py" line="358"/>
        <source>%1 cases match the filters.</source>
        <translation>Звернень, що відповідають фільтрам: %1.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/log.py" line="359"/>
        <source>%1 Sorted by %2, %3. Enter opens a case.</source>
        <translation>%1 Сортування: %2, %3. Enter відкриває звернення.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/log.py" line="362"/>
        <source>Words are searched in this desk&apos;s cases and in cases still being worked.</source>
        <translation>Слова шукаються у зверненнях цього робочого місця та у зверненнях, які ще опрацьовуються.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/log.py" line="375"/>
        <source>No case matches these filters.</source>
        <translation>Жодне звернення не відповідає цим фільтрам.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/log.py" line="371"/>
        <source>The log is empty. Open a case on the Desk, or load demo data from the Desk page.</source>
        <translation>Журнал порожній. Відкрийте звернення на робочому місці або завантажте демодані на сторінці «Робоче місце».</translation>
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
        <translation>Робоче місце</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="42"/>
        <location filename="../../recovery_desk/ui/main_window.py" line="164"/>
        <source>Log</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="43"/>
        <location filename="../../recovery_desk/ui/main_window.py" line="165"/>
        <source>Dashboard</source>
        <translation>Панель показників</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="43"/>
        <location filename="../../recovery_desk/ui/main_window.py" line="165"/>
        <source>Training</source>
        <translation>Навчання</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="44"/>
        <location filename="../../recovery_desk/ui/main_window.py" line="166"/>
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
        <location filename="../../recovery_desk/ui/main_window.py" line="183"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="184"/>
        <source>Export cases…</source>
        <translation>Експортувати звернення…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="188"/>
        <source>Export cases, pseudonymized…</source>
        <translation>Експортувати звернення з псевдонімами…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="191"/>
        <source>Sync now</source>
        <translation>Синхронізувати зараз</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="195"/>
        <source>Switch user…</source>
        <translation>Змінити користувача…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="198"/>
        <source>My PIN…</source>
        <translation>Мій PIN-код…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="201"/>
        <source>Sign out</source>
        <translation>Вийти з облікового запису</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="204"/>
        <source>Quit</source>
        <translation>Вийти</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="208"/>
        <source>&amp;Go</source>
        <translation>&amp;Перехід</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="214"/>
        <source>&amp;Case</source>
        <translation>&amp;Звернення</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="215"/>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="216"/>
        <source>Keyboard shortcuts</source>
        <translation>Комбінації клавіш</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="220"/>
        <location filename="../../recovery_desk/ui/main_window.py" line="390"/>
        <source>About Recovery Desk</source>
        <translation>Про Recovery Desk</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="242"/>
        <source>Desk: %1</source>
        <translation>Робоче місце: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="243"/>
        <source>Signed in: %1 (%2)</source>
        <translation>Користувач: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="245"/>
        <source>Log: %1</source>
        <translation>Журнал: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="249"/>
        <source>Sync: not set up</source>
        <translation>Синхронізація: не налаштовано</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="253"/>
        <source>Sync: waiting for the first run</source>
        <translation>Синхронізація: очікує першого запуску</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="274"/>
        <source>Your PIN is set.</source>
        <translation>PIN-код встановлено.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="316"/>
        <source>Sync: running…</source>
        <translation>Синхронізація: триває…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="329"/>
        <source>Sync: %1 ✓ · %2 waiting</source>
        <translation>Синхронізація: %1 ✓ · %2 в очікуванні</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="338"/>
        <source>Sync: failed at %1, will retry</source>
        <translation>Синхронізація: збій о %1, буде повторено</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/main_window.py" line="391"/>
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
    <name>Outcome</name>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="381"/>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="49"/>
        <source>recovered</source>
        <translation>врегульовано</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="382"/>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="50"/>
        <source>not recovered</source>
        <translation>не врегульовано</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/filters.py" line="383"/>
        <location filename="../../recovery_desk/ui/log/follow_ups.py" line="51"/>
        <source>withdrawn</source>
        <translation>відкликано</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="133"/>
        <source>Reassign follow-up</source>
        <translation>Перепризначити повторний контакт</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="137"/>
        <location filename="../../recovery_desk/ui/log/actions.py" line="142"/>
        <source>Make the call</source>
        <translation>Хто телефонує</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="143"/>
        <source>Move the due time</source>
        <translation>Перенести термін</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="145"/>
        <source>New due time</source>
        <translation>Новий термін</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="183"/>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="186"/>
        <source>from %1</source>
        <translation>з %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="188"/>
        <source>up to %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="189"/>
        <source>all time</source>
        <translation>увесь час</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="193"/>
        <source>all</source>
        <translation>усі</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="199"/>
        <source>Desk</source>
        <translation>Робоче місце</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="200"/>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="317"/>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="201"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="202"/>
        <source>Playbook</source>
        <translation>Плейбук</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="291"/>
        <source>Cases</source>
        <extracomment>The report&apos;s charts and their heights on the page (points).</extracomment>
        <translation>Звернення</translation>
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
        <translation>Рівень врегулювання</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="295"/>
        <source>Median time to resolution</source>
        <translation>Медіанний час до рішення</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="299"/>
        <source>By %1</source>
        <translation>У розрізі: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="304"/>
        <source>No cases.</source>
        <translation>Звернень немає.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="312"/>
        <source>None.</source>
        <translation>Немає.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="313"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="315"/>
        <source>Customer</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="316"/>
        <source>Follow-up due</source>
        <translation>Термін повторного контакту</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="318"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="323"/>
        <source>%1 (overdue)</source>
        <translation>%1 (прострочено)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="331"/>
        <source>… and %1 more; the Log lists them all.</source>
        <translation>… і ще %1; повний перелік — у журналі.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="341"/>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="428"/>
        <source>Recovery report</source>
        <translation>Звіт про врегулювання скарг</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="342"/>
        <source>Period: %1</source>
        <translation>Період: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="344"/>
        <source>Scope: %1</source>
        <translation>Вибірка: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="346"/>
        <source>Created %1 by %2</source>
        <translation>Створено %1, автор: %2</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="349"/>
        <source>Practice cases are never counted. Each figure&apos;s definition is printed with it.</source>
        <translation>Тренувальні звернення ніколи не враховуються. Визначення кожного показника надруковано поруч із ним.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="355"/>
        <source>Customer names are left out: the signed-in role may not export personal data.</source>
        <translation>Імена клієнтів не наведено: роль поточного користувача не дозволяє експортувати персональні дані.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="359"/>
        <source>Trend and complaint categories</source>
        <translation>Тренд і категорії скарг</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="362"/>
        <source>Scripted vs natural, and where recoveries stall</source>
        <translation>За скриптом чи вільно, і де гальмується врегулювання</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="366"/>
        <source>Breakdowns</source>
        <translation>Деталізація</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="372"/>
        <source>Follow-ups</source>
        <translation>Повторні контакти</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="373"/>
        <source>Overdue follow-ups (%1)</source>
        <translation>Прострочені повторні контакти (%1)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="376"/>
        <source>On the watchlist (%1)</source>
        <translation>У списку спостереження (%1)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="388"/>
        <source>Recovery Desk · Recovery report · %1</source>
        <translation>Recovery Desk · Звіт про врегулювання скарг · %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="396"/>
        <source>Created %1</source>
        <translation>Створено %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/report_pdf.py" line="398"/>
        <source>Page %1 of %2</source>
        <translation>Сторінка %1 з %2</translation>
    </message>
</context>
<context>
    <name>RetentionSection</name>
    <message>
        <location filename="../../recovery_desk/ui/retention_section.py" line="35"/>
        <source>Apply retention</source>
        <translation>Застосувати строк зберігання</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/retention_section.py" line="48"/>
        <source>Retention</source>
        <extracomment>asks before anonymizing; tests answer it without a modal loop</extracomment>
        <translation>Зберігання даних</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/retention_section.py" line="51"/>
        <source>Customers whose cases all closed more than this many months ago are anonymized: their name, contact details, words and notes are removed for good. The cases and their figures stay. The period is applied at every start.</source>
        <translation>Клієнтів, усі звернення яких закрито понад стільки місяців тому, знеособлюють: їхнє ім&apos;я, контакти, слова та нотатки видаляються назавжди. Звернення та їхні показники залишаються. Строк застосовується під час кожного запуску.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/retention_section.py" line="59"/>
        <source> months</source>
        <translation> міс.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/retention_section.py" line="60"/>
        <source>off</source>
        <translation>вимкнено</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/retention_section.py" line="61"/>
        <source>Retention period in months</source>
        <translation>Строк зберігання в місяцях</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/retention_section.py" line="62"/>
        <source>Save and apply now…</source>
        <translation>Зберегти й застосувати зараз…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/retention_section.py" line="82"/>
        <source>Anonymize now every customer whose cases all closed more than %1 months ago? This cannot be undone.</source>
        <translation>Знеособити зараз усіх клієнтів, усі звернення яких закрито понад %1 міс. тому? Це не можна скасувати.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/retention_section.py" line="92"/>
        <source>Could not save the settings: %1</source>
        <translation>Не вдалося зберегти налаштування: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/retention_section.py" line="95"/>
        <source>Retention is off: no customer is anonymized.</source>
        <translation>Зберігання вимкнено: жодного клієнта не знеособлено.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/retention_section.py" line="98"/>
        <source>Applying the retention period…</source>
        <translation>Застосування строку зберігання…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/retention_section.py" line="104"/>
        <source>Anonymized %1 customer(s) in %2 case(s).</source>
        <translation>Знеособлено клієнтів: %1, звернень: %2.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/retention_section.py" line="114"/>
        <source>Applying the retention period failed: %1</source>
        <translation>Не вдалося застосувати строк зберігання: %1</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="91"/>
        <source>agent</source>
        <translation>оператор</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="92"/>
        <source>supervisor</source>
        <translation>керівник</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="93"/>
        <source>trainer</source>
        <translation>тренер</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="94"/>
        <source>administrator</source>
        <translation>адміністратор</translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="461"/>
        <source>My PIN</source>
        <translation>Мій PIN-код</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="466"/>
        <source>A PIN of 4 to 8 digits lets you take over a shared counter quickly (File ▸ Switch user…). Confirm with your password.</source>
        <translation>PIN-код із 4–8 цифр дає змогу швидко перейти на спільне робоче місце (Файл ▸ Змінити користувача…). Підтвердьте своїм паролем.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="477"/>
        <source>Your password</source>
        <translation>Ваш пароль</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="478"/>
        <source>New PIN</source>
        <translation>Новий PIN-код</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="479"/>
        <source>New PIN again</source>
        <translation>Новий PIN-код ще раз</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="485"/>
        <source>Your password:</source>
        <translation>Ваш пароль:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="486"/>
        <source>New PIN:</source>
        <translation>Новий PIN-код:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="487"/>
        <source>New PIN again:</source>
        <translation>Новий PIN-код ще раз:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="491"/>
        <location filename="../../recovery_desk/ui/sign_in.py" line="492"/>
        <source>Set PIN</source>
        <translation>Встановити PIN-код</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="500"/>
        <source>The two PINs differ. Type the same one twice.</source>
        <translation>PIN-коди не збігаються. Введіть той самий двічі.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="506"/>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>PIN-код має містити від 4 до 8 цифр.</translation>
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
        <location filename="../../recovery_desk/ui/pages/settings.py" line="36"/>
        <source>Signed-in user</source>
        <translation>Поточний користувач</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="37"/>
        <source>To work as someone else: File ▸ Switch user…</source>
        <translation>Щоб працювати від імені іншого користувача: Файл ▸ Змінити користувача…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="39"/>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="43"/>
        <source>Default delivery mode</source>
        <translation>Типовий режим розмови</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="44"/>
        <source>Natural (own words, guided)</source>
        <translation>Вільно (своїми словами, з підказками)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="45"/>
        <source>Scripted (read the lines)</source>
        <translation>За скриптом (читати репліки)</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="47"/>
        <source>Sync target</source>
        <translation>Адреса синхронізації</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="48"/>
        <source>Shared folder or postgresql+psycopg:// URL</source>
        <translation>Спільна папка або URL postgresql+psycopg://</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="51"/>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="52"/>
        <source>Sync every</source>
        <translation>Синхронізувати кожні</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="55"/>
        <source>Desk id:</source>
        <translation>ID робочого місця:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="56"/>
        <source>Signed-in user:</source>
        <translation>Поточний користувач:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="57"/>
        <source>Language:</source>
        <translation>Мова:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="58"/>
        <source>Default mode:</source>
        <translation>Типовий режим:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="59"/>
        <source>Sync target:</source>
        <translation>Адреса синхронізації:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="60"/>
        <source>Sync every:</source>
        <translation>Синхронізувати кожні:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="61"/>
        <source>Case log:</source>
        <translation>Журнал звернень:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="63"/>
        <source>Save settings</source>
        <translation>Зберегти налаштування</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="91"/>
        <source>The desk id must be 1 to 32 characters.</source>
        <translation>ID робочого місця має містити від 1 до 32 символів.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="101"/>
        <source>Could not save the settings: %1</source>
        <translation>Не вдалося зберегти налаштування: %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/pages/settings.py" line="103"/>
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
    <name>SignIn</name>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="54"/>
        <source>This account is locked after too many wrong attempts, until %1 (%2 min). Wait, or ask an administrator to unlock it.</source>
        <translation>Цей обліковий запис заблоковано через забагато невдалих спроб до %1 (%2 хв). Зачекайте або попросіть адміністратора його розблокувати.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="63"/>
        <source>Too many wrong attempts. Try again in %1 s.</source>
        <translation>Забагато невдалих спроб. Спробуйте ще раз через %1 с.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="67"/>
        <source>This account is disabled. Ask an administrator if you should still have access.</source>
        <translation>Цей обліковий запис вимкнено. Зверніться до адміністратора, якщо у вас ще має бути доступ.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="71"/>
        <source>The name or the password or PIN is not right.</source>
        <translation>Неправильне ім’я, пароль або PIN-код.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="73"/>
        <source>The user name or PIN is not right.</source>
        <translation>Неправильне ім’я користувача або PIN-код.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="75"/>
        <source>The user name or password is not right.</source>
        <translation>Неправильне ім’я користувача або пароль.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="78"/>
        <source>Try again in %1 s.</source>
        <translation>Спробуйте ще раз через %1 с.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="104"/>
        <source> or </source>
        <translation> або </translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="106"/>
        <source>Refused: %1 is signed in as %2; this needs a role of %3. Ask one to do it here (File ▸ Switch user…). The attempt is recorded in the log.</source>
        <translation>Відмовлено: користувач %1 працює з роллю «%2»; для цього потрібна роль: %3. Попросіть такого користувача зробити це тут (Файл ▸ Змінити користувача…). Спробу записано в журнал.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="203"/>
        <source>Sign in – Recovery Desk</source>
        <translation>Вхід – Recovery Desk</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="206"/>
        <location filename="../../recovery_desk/ui/sign_in.py" line="238"/>
        <location filename="../../recovery_desk/ui/sign_in.py" line="239"/>
        <location filename="../../recovery_desk/ui/sign_in.py" line="279"/>
        <source>Sign in</source>
        <translation>Увійти</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="211"/>
        <source>Desk %1. Sign in with your own account: every step you record carries your name.</source>
        <translation>Робоче місце %1. Увійдіть під власним обліковим записом: кожен записаний вами крок містить ваше ім’я.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="219"/>
        <source>User name</source>
        <translation>Ім’я користувача</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="230"/>
        <source>User name:</source>
        <translation>Ім’я користувача:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="233"/>
        <source>Quick switch with my PIN</source>
        <translation>Швидке перемикання за моїм PIN-кодом</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="246"/>
        <source>PIN:</source>
        <translation>PIN-код:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="246"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="247"/>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="247"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/sign_in.py" line="279"/>
        <source>Checking…</source>
        <translation>Перевірка…</translation>
    </message>
</context>
<context>
    <name>StageStepper</name>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="75"/>
        <source>Stages</source>
        <translation>Етапи</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="102"/>
        <source>current</source>
        <translation>поточний</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="102"/>
        <source>done</source>
        <translation>завершено</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/desk/case_panel.py" line="103"/>
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
    <name>SupervisorActions</name>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="56"/>
        <source>Coaching note…</source>
        <translation>Коучингова нотатка…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="57"/>
        <source>Flag for training…</source>
        <translation>Позначити для навчання…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="58"/>
        <source>Root cause…</source>
        <translation>Першопричина…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="61"/>
        <source>Approve escalation…</source>
        <translation>Погодити ескалацію…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="66"/>
        <source>Decline escalation…</source>
        <translation>Відхилити ескалацію…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="71"/>
        <source>Reassign follow-up…</source>
        <translation>Перепризначити повторний контакт…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="76"/>
        <source>Erase customer…</source>
        <translation>Видалити дані клієнта…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="223"/>
        <source>Not recorded</source>
        <extracomment>How a dialog is run; tests put their own in to fill it in and accept.</extracomment>
        <translation>Не записано</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="242"/>
        <source>Coaching note</source>
        <translation>Коучингова нотатка</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="243"/>
        <source>A note for the agent on how this recovery went. It is kept on the case&apos;s timeline; it changes no figure.</source>
        <translation>Нотатка для оператора про те, як пройшло це врегулювання. Вона зберігається в хронології звернення й не впливає на жоден показник.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="248"/>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="257"/>
        <source>Flag for training</source>
        <translation>Позначити для навчання</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="258"/>
        <source>Trainers see flagged cases as examples. Say what this case teaches.</source>
        <translation>Тренери бачать позначені звернення як приклади. Вкажіть, чого вчить це звернення.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="262"/>
        <source>Why it is an example</source>
        <translation>Чому це приклад</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="271"/>
        <source>Root cause and corrective action</source>
        <translation>Першопричина і коригувальна дія</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="274"/>
        <source>Root cause</source>
        <translation>Першопричина</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="275"/>
        <source>Corrective action</source>
        <translation>Коригувальна дія</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="285"/>
        <source>Approve escalation</source>
        <translation>Погодити ескалацію</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="286"/>
        <source>Approve the offer waiting on this case? The agent can then go on with the recovery.</source>
        <translation>Погодити пропозицію, що очікує в цьому зверненні? Тоді оператор зможе продовжити врегулювання.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="299"/>
        <source>Decline escalation</source>
        <translation>Відхилити ескалацію</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="300"/>
        <source>The agent is told why and offers something else.</source>
        <translation>Оператор дізнається причину й запропонує інше рішення.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="301"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="322"/>
        <source>Erase the customer&apos;s personal data</source>
        <translation>Видалити персональні дані клієнта</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="323"/>
        <source>Name, phone, e-mail, customer number, the customer&apos;s words and every note are removed from all of this customer&apos;s cases in this log, for good. The cases, their figures and the proof of the log stay; the erasure is recorded. It cannot be undone.</source>
        <translation>Ім’я, телефон, e-mail, номер клієнта, слова клієнта та всі нотатки буде остаточно видалено з усіх звернень цього клієнта в цьому журналі. Звернення, їхні показники та докази цілісності журналу залишаться; видалення буде записано. Цю дію не можна скасувати.</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/log/actions.py" line="330"/>
        <source>Reason (e.g. the customer&apos;s request)</source>
        <translation>Причина (напр. прохання клієнта)</translation>
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
<context>
    <name>UsersSection</name>
    <message>
        <location filename="../../recovery_desk/ui/users_section.py" line="36"/>
        <location filename="../../recovery_desk/ui/users_section.py" line="41"/>
        <source>Users</source>
        <translation>Користувачі</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/users_section.py" line="39"/>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/users_section.py" line="39"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/users_section.py" line="40"/>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/users_section.py" line="54"/>
        <source>Add user…</source>
        <translation>Додати користувача…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/users_section.py" line="55"/>
        <source>Set password…</source>
        <translation>Встановити пароль…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/users_section.py" line="56"/>
        <source>Set PIN…</source>
        <translation>Встановити PIN-код…</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/users_section.py" line="57"/>
        <location filename="../../recovery_desk/ui/users_section.py" line="112"/>
        <source>Disable</source>
        <translation>Вимкнути</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/users_section.py" line="58"/>
        <source>Unlock</source>
        <translation>Розблокувати</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/users_section.py" line="90"/>
        <source>disabled</source>
        <translation>вимкнений</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/users_section.py" line="92"/>
        <source>no password: cannot sign in</source>
        <translation>немає пароля: вхід неможливий</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/users_section.py" line="94"/>
        <source>locked until %1</source>
        <translation>заблокований до %1</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/users_section.py" line="97"/>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/users_section.py" line="98"/>
        <source>active</source>
        <translation>активний</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/users_section.py" line="111"/>
        <source>Enable</source>
        <translation>Увімкнути</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/users_section.py" line="130"/>
        <location filename="../../recovery_desk/ui/users_section.py" line="134"/>
        <location filename="../../recovery_desk/ui/users_section.py" line="138"/>
        <source>Add user</source>
        <translation>Додати користувача</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/users_section.py" line="130"/>
        <source>Name:</source>
        <translation>Ім’я:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/users_section.py" line="134"/>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/users_section.py" line="138"/>
        <source>Password (at least 8 characters):</source>
        <translation>Пароль (щонайменше 8 символів):</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/users_section.py" line="150"/>
        <source>Set password</source>
        <translation>Встановити пароль</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/users_section.py" line="151"/>
        <source>New password for %1:</source>
        <translation>Новий пароль для %1:</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/users_section.py" line="159"/>
        <source>Set PIN</source>
        <translation>Встановити PIN-код</translation>
    </message>
    <message>
        <location filename="../../recovery_desk/ui/users_section.py" line="160"/>
        <source>Quick-switch PIN for %1 (4 to 8 digits; empty removes it):</source>
        <translation>PIN-код швидкого перемикання для %1 (4–8 цифр; залиште порожнім, щоб видалити):</translation>
    </message>
</context>
</TS>
