<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>App</name>
    <message>
        <location filename="../../src/fieldmon/ui/app.py" line="53"/>
        <source>Something went wrong and the action was not completed. Your saved data is safe. Details are in the log file: {0}</source>
        <translation>Что-то пошло не так, и действие не выполнено. Сохранённые данные в безопасности. Подробности в журнале: {0}</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/app.py" line="96"/>
        <source>Cannot open the database {0}: {1}</source>
        <translation>Не удаётся открыть базу данных {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/app.py" line="119"/>
        <source>The database {0} is damaged or is not a fieldmon database.

Restore the newest good backup, {1}? The damaged file is kept beside it.</source>
        <translation>База данных {0} повреждена или не является базой fieldmon.

Восстановить последнюю исправную резервную копию, {1}? Повреждённый файл будет сохранён рядом.</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../src/fieldmon/ui/attendance.py" line="107"/>
        <source>Day {0}
{1}</source>
        <translation>День {0}
{1}</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/attendance.py" line="109"/>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/attendance.py" line="109"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/attendance.py" line="109"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/attendance.py" line="110"/>
        <source>Pre-test</source>
        <translation>Пре-тест</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/attendance.py" line="110"/>
        <source>Post-test</source>
        <translation>Пост-тест</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/attendance.py" line="110"/>
        <source>Days</source>
        <translation>Дней</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/attendance.py" line="110"/>
        <source>Completed</source>
        <translation>Завершили</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/attendance.py" line="133"/>
        <source>present</source>
        <translation>присутствовал(а)</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/attendance.py" line="133"/>
        <source>absent</source>
        <translation>отсутствовал(а)</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/attendance.py" line="151"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/attendance.py" line="185"/>
        <source>A test score is a whole number from 0 to 100.</source>
        <translation>Балл теста — целое число от 0 до 100.</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../src/fieldmon/ui/tasks.py" line="81"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <location filename="../../src/fieldmon/ui/certificates.py" line="47"/>
        <source>Organizer</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/certificates.py" line="48"/>
        <source>Facilitator</source>
        <translation>Тренер</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/certificates.py" line="33"/>
        <source>completed the {kind} “{title}”</source>
        <translation>прошёл(ла) обучение: {kind} «{title}»</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/certificates.py" line="29"/>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/certificates.py" line="30"/>
        <source>of completion</source>
        <translation>о прохождении обучения</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/certificates.py" line="31"/>
        <source>This certifies that</source>
        <translation>Настоящим подтверждается, что</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldmon/ui/certificates.py" line="37"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/certificates.py" line="40"/>
        <source>Present on {0} of {1} days</source>
        <translation>Присутствие: {0} из {1} дней</translation>
    </message>
</context>
<context>
    <name>CollectionSheet</name>
    <message>
        <location filename="../../src/fieldmon/ui/collection_sheet.py" line="49"/>
        <location filename="../../src/fieldmon/ui/collection_sheet.py" line="252"/>
        <source>Collection sheet</source>
        <translation>Ведомость сбора платежей</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/collection_sheet.py" line="62"/>
        <source>Include earlier unpaid instalments</source>
        <translation>Включить ранее не оплаченные взносы</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/collection_sheet.py" line="65"/>
        <source>&amp;Show</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/collection_sheet.py" line="68"/>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/collection_sheet.py" line="69"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/collection_sheet.py" line="70"/>
        <location filename="../../src/fieldmon/ui/collection_sheet.py" line="85"/>
        <source>Settlement</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/collection_sheet.py" line="73"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/collection_sheet.py" line="78"/>
        <source>Due from</source>
        <translation>Срок с</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/collection_sheet.py" line="84"/>
        <source>Collected</source>
        <translation>Собрано</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/collection_sheet.py" line="86"/>
        <source>Borrower</source>
        <translation>Заёмщик</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/collection_sheet.py" line="87"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/collection_sheet.py" line="88"/>
        <source>Loan no.</source>
        <translation>№ займа</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/collection_sheet.py" line="89"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/collection_sheet.py" line="90"/>
        <source>To collect</source>
        <translation>К сбору</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/collection_sheet.py" line="91"/>
        <source>Receipt no.</source>
        <translation>№ квитанции</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/collection_sheet.py" line="106"/>
        <source>Post &amp;ticked</source>
        <translation>Провести &amp;отмеченные</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/collection_sheet.py" line="108"/>
        <source>Save as &amp;PDF…</source>
        <translation>Сохранить в &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/collection_sheet.py" line="109"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/collection_sheet.py" line="112"/>
        <source>Collected on</source>
        <translation>Дата сбора</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/collection_sheet.py" line="131"/>
        <source>Write dates as dd.mm.yyyy.</source>
        <translation>Пишите даты как дд.мм.гггг.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/collection_sheet.py" line="134"/>
        <source>Give the first and the last due date of the period.</source>
        <translation>Укажите первую и последнюю дату периода.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/collection_sheet.py" line="151"/>
        <source>Choose a region, district or settlement that has loans.</source>
        <translation>Выберите область, район или населённый пункт, где есть займы.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/collection_sheet.py" line="187"/>
        <source>{0} instalments; in all {1}</source>
        <translation>Взносов: {0}; всего {1}</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/collection_sheet.py" line="219"/>
        <source>Some rows were not posted</source>
        <translation>Некоторые строки не проведены</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/collection_sheet.py" line="220"/>
        <source>{0} posted; not posted:</source>
        <translation>Проведено: {0}; не проведены:</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/collection_sheet.py" line="264"/>
        <source>Save collection sheet</source>
        <translation>Сохранить ведомость</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/collection_sheet.py" line="266"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="41"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="42"/>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="55"/>
        <source>Site</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="43"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="44"/>
        <source>Borrower</source>
        <translation>Заёмщик</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="45"/>
        <source>Loan</source>
        <translation>Займ</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="46"/>
        <source>Repayment</source>
        <translation>Погашение</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="47"/>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="48"/>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="49"/>
        <source>Visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="52"/>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="164"/>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="53"/>
        <source>Visit date</source>
        <translation>Дата визита</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="54"/>
        <source>Officer</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="56"/>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="57"/>
        <source>Funds used as intended</source>
        <translation>Средства использованы по назначению</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="58"/>
        <source>Equipment in working order</source>
        <translation>Оборудование исправно</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="59"/>
        <source>Beneficiaries</source>
        <translation>Благополучатели</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="60"/>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="61"/>
        <source>Findings</source>
        <translation>Выводы</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="62"/>
        <source>Follow-up</source>
        <translation>Последующие действия</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="63"/>
        <source>Follow-up due</source>
        <translation>Срок последующих действий</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="64"/>
        <source>Follow-up closed on</source>
        <translation>Последующие действия закрыты</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="65"/>
        <source>Principal</source>
        <translation>Основной долг</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="66"/>
        <source>Annual rate, %</source>
        <translation>Годовая ставка, %</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="67"/>
        <source>Term, months</source>
        <translation>Срок, мес.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="68"/>
        <source>Disbursed on</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="69"/>
        <source>First instalment due</source>
        <translation>Первый платёж</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="70"/>
        <source>Attendance</source>
        <translation>Посещаемость</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="71"/>
        <source>Receipt posted twice</source>
        <translation>Квитанция проведена дважды</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="72"/>
        <source>Pre-test score</source>
        <translation>Балл до обучения</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="73"/>
        <source>Post-test score</source>
        <translation>Балл после обучения</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="74"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="75"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="76"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="77"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="78"/>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="79"/>
        <source>Days</source>
        <translation>Дней</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="80"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="81"/>
        <source>Group members</source>
        <translation>Члены группы</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="87"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="88"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="89"/>
        <source>Applied value</source>
        <translation>Применённое значение</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="90"/>
        <source>Applied edit by</source>
        <translation>Чья правка применена</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="91"/>
        <source>Other value</source>
        <translation>Другое значение</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="92"/>
        <source>Other edit by</source>
        <translation>Чья другая правка</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="106"/>
        <source>&amp;Keep the applied value</source>
        <translation>&amp;Оставить применённое значение</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="108"/>
        <source>&amp;Use the other value</source>
        <translation>&amp;Взять другое значение</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="114"/>
        <source>Both values were edited since the last exchange. The later edit is applied; pick the one that is right.</source>
        <translation>Оба значения изменены после последнего обмена. Применена более поздняя правка; выберите верное значение.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="119"/>
        <source>No conflicts wait for review.</source>
        <translation>Конфликтов, ожидающих решения, нет.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="147"/>
        <source>Found merging data from {0}</source>
        <translation>Найдено при объединении данных от {0}</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="159"/>
        <source>Attendance, day {0}</source>
        <translation>Посещаемость, день {0}</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="164"/>
        <source>Not deleted</source>
        <translation>Не удалено</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="168"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="168"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="170"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человека</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="197"/>
        <source>Cannot settle the conflict</source>
        <translation>Не удалось разрешить конфликт</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../src/fieldmon/ui/widgets.py" line="40"/>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/widgets.py" line="45"/>
        <source>Pick from a calendar</source>
        <translation>Выбрать в календаре</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../src/fieldmon/ui/dialogs.py" line="34"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/dialogs.py" line="36"/>
        <source>This form has changes that are not saved. Save them?</source>
        <translation>В форме есть несохранённые изменения. Сохранить их?</translation>
    </message>
</context>
<context>
    <name>DraftWriter</name>
    <message>
        <location filename="../../src/fieldmon/ui/form_drafts.py" line="173"/>
        <source>Your typing is kept in memory; it could not be saved as a draft yet ({0}).</source>
        <translation>Введённое хранится в памяти; сохранить черновик пока не удалось ({0}).</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/form_drafts.py" line="183"/>
        <source>Your typing is kept in memory; it could not be saved as a draft yet (the database is busy).</source>
        <translation>Введённое хранится в памяти; сохранить черновик пока не удалось (база данных занята).</translation>
    </message>
</context>
<context>
    <name>FindDialog</name>
    <message>
        <location filename="../../src/fieldmon/ui/find_dialog.py" line="41"/>
        <source>Find everywhere</source>
        <translation>Поиск везде</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/find_dialog.py" line="44"/>
        <source>Visits</source>
        <translation>Визиты</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/find_dialog.py" line="45"/>
        <source>Loans</source>
        <translation>Займы</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/find_dialog.py" line="46"/>
        <source>Trainings</source>
        <translation>Обучения</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/find_dialog.py" line="47"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/find_dialog.py" line="52"/>
        <source>Search visits, loans, trainings and people (any case)…</source>
        <translation>Поиск по визитам, займам, обучениям и людям (регистр не важен)…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/find_dialog.py" line="81"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/find_dialog.py" line="96"/>
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
</context>
<context>
    <name>LoanForm</name>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="111"/>
        <source>New loan</source>
        <translation>Новый займ</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="111"/>
        <source>Edit loan</source>
        <translation>Изменить займ</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="119"/>
        <source>Group name</source>
        <translation>Название группы</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="123"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="124"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="125"/>
        <source>Birth year</source>
        <translation>Год рождения</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="126"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="127"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="135"/>
        <source>Borrower</source>
        <translation>Заёмщик</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="137"/>
        <source>Borrower is</source>
        <translation>Заёмщик —</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="141"/>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="142"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="143"/>
        <source>Settlement</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="156"/>
        <source>a month after disbursement</source>
        <translation>через месяц после выдачи</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="158"/>
        <source>Loan</source>
        <translation>Займ</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="167"/>
        <source>Loan number</source>
        <translation>Номер займа</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="168"/>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="169"/>
        <source>Purpose or equipment</source>
        <translation>Цель или оборудование</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="174"/>
        <source>Principal</source>
        <translation>Сумма займа</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="176"/>
        <source>Annual rate, %</source>
        <translation>Годовая ставка, %</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="177"/>
        <source>Interest method</source>
        <translation>Метод начисления</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="178"/>
        <source>Term, months</source>
        <translation>Срок, месяцев</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="179"/>
        <source>Disbursed on</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="180"/>
        <source>First instalment due</source>
        <translation>Первый платёж</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="181"/>
        <source>Committee approval</source>
        <translation>Одобрение кредитного комитета</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="320"/>
        <source>{0} instalments from {1} to {2}; the first {3}, in all {4}.</source>
        <translation>Взносов: {0}, с {1} по {2}; первый {3}, всего {4}.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="341"/>
        <source>Already registered: {0}, born {1}{2}. That record will be used.</source>
        <translation>Уже в реестре: {0}, {1} г. р.{2}. Будет использована эта запись.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="344"/>
        <source>, IIN {0}</source>
        <translation>, ИИН {0}</translation>
    </message>
</context>
<context>
    <name>LoanTableModel</name>
    <message>
        <location filename="../../src/fieldmon/ui/loans_model.py" line="32"/>
        <source>Loan no.</source>
        <translation>№ займа</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loans_model.py" line="33"/>
        <source>Borrower</source>
        <translation>Заёмщик</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loans_model.py" line="34"/>
        <source>Settlement / district</source>
        <translation>Населённый пункт / район</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loans_model.py" line="35"/>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loans_model.py" line="36"/>
        <source>Disbursed</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loans_model.py" line="37"/>
        <source>Principal</source>
        <translation>Сумма займа</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loans_model.py" line="38"/>
        <source>Outstanding</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loans_model.py" line="39"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loans_model.py" line="40"/>
        <source>Days late</source>
        <translation>Дней просрочки</translation>
    </message>
</context>
<context>
    <name>LoanView</name>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="123"/>
        <source>As of</source>
        <translation>На дату</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="129"/>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="130"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="131"/>
        <source>Principal</source>
        <translation>Сумма займа</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="132"/>
        <source>Interest</source>
        <translation>Проценты</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="133"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="134"/>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="140"/>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="162"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="141"/>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="163"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="142"/>
        <source>Receipt</source>
        <translation>Квитанция</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="143"/>
        <source>Posted by</source>
        <translation>Провёл</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="144"/>
        <source>Reversed</source>
        <translation>Сторнирован</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="156"/>
        <source>&amp;Post repayment</source>
        <translation>&amp;Провести платёж</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="159"/>
        <source>New repayment</source>
        <translation>Новый платёж</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="164"/>
        <source>Receipt no.</source>
        <translation>№ квитанции</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="171"/>
        <source>&amp;Reverse selected repayment…</source>
        <translation>&amp;Сторнировать выбранный платёж…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="173"/>
        <source>&amp;Edit loan…</source>
        <translation>&amp;Изменить займ…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="174"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="183"/>
        <source>Repayments</source>
        <translation>Платежи</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="213"/>
        <source>Cannot open the loan</source>
        <translation>Не удалось открыть займ</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="219"/>
        <source>Loan {0}</source>
        <translation>Займ {0}</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="224"/>
        <source>{product}, {principal} at {rate} % a year ({method}), {term} months, disbursed {disbursed}. {place}. {members}</source>
        <translation>{product}, {principal} под {rate} % годовых ({method}), {term} мес., выдан {disbursed}. {place}. {members}</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="239"/>
        <source>, {0} days in arrears</source>
        <translation>, просрочка {0} дн.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="245"/>
        <source>{status}{late}. Paid {paid}; outstanding principal {principal}, all owed {owed}.</source>
        <translation>{status}{late}. Оплачено {paid}; остаток основного долга {principal}, всего к оплате {owed}.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="276"/>
        <source>{0} by {1}: {2}</source>
        <translation>{0}, {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="298"/>
        <source>due now: {0}</source>
        <translation>к оплате сейчас: {0}</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="326"/>
        <source>Reverse repayment</source>
        <translation>Сторнировать платёж</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="327"/>
        <source>Why is the repayment of {0} (receipt {1}) reversed?</source>
        <translation>Почему сторнируется платёж {0} (квитанция {1})?</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="336"/>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="339"/>
        <source>Not reversed</source>
        <translation>Не сторнирован</translation>
    </message>
</context>
<context>
    <name>LoansPage</name>
    <message>
        <location filename="../../src/fieldmon/ui/loans_page.py" line="53"/>
        <source>Search loan number, borrower or place…</source>
        <translation>Поиск по номеру займа, заёмщику или месту…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loans_page.py" line="57"/>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loans_page.py" line="62"/>
        <source>Any product</source>
        <translation>Любой продукт</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loans_page.py" line="67"/>
        <source>All regions</source>
        <translation>Все области</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loans_page.py" line="72"/>
        <source>Any currency</source>
        <translation>Любая валюта</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loans_page.py" line="95"/>
        <source>&amp;New loan</source>
        <translation>&amp;Новый займ</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loans_page.py" line="97"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loans_page.py" line="98"/>
        <source>Post &amp;repayments…</source>
        <translation>Провести &amp;платежи…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loans_page.py" line="100"/>
        <source>&amp;Collection sheet…</source>
        <translation>&amp;Ведомость сбора…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../src/fieldmon/ui/main_window.py" line="49"/>
        <source>Delete %n visit(s)</source>
        <translation>
            <numerusform>Удалить %n визит</numerusform>
            <numerusform>Удалить %n визита</numerusform>
            <numerusform>Удалить %n визитов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldmon/ui/main_window.py" line="69"/>
        <source>Deleted %n visit(s). Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>Удалён %n визит. Ctrl+Z вернёт его.</numerusform>
            <numerusform>Удалено %n визита. Ctrl+Z вернёт их.</numerusform>
            <numerusform>Удалено %n визитов. Ctrl+Z вернёт их.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="105"/>
        <source>Visits</source>
        <translation>Визиты</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="106"/>
        <source>Loans</source>
        <translation>Займы</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="107"/>
        <source>Trainings</source>
        <translation>Тренинги</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="108"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="109"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="110"/>
        <location filename="../../src/fieldmon/ui/main_window.py" line="300"/>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="114"/>
        <source>Opening the database…</source>
        <translation>Открываю базу данных…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="181"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="182"/>
        <source>&amp;New visit</source>
        <translation>&amp;Новый визит</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="184"/>
        <source>New &amp;loan</source>
        <translation>Новый &amp;займ</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="185"/>
        <source>Post &amp;repayments…</source>
        <translation>Провести &amp;платежи…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="186"/>
        <source>&amp;Collection sheet…</source>
        <translation>&amp;Ведомость сбора…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="188"/>
        <source>New &amp;training</source>
        <translation>Новый &amp;тренинг</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="190"/>
        <source>&amp;Import visits…</source>
        <translation>&amp;Импорт визитов…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="191"/>
        <source>Import loa&amp;ns…</source>
        <translation>Импорт зай&amp;мов…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="193"/>
        <source>Import repa&amp;yments…</source>
        <translation>Импорт пла&amp;тежей…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="196"/>
        <source>Import trainin&amp;gs…</source>
        <translation>Импорт тре&amp;нингов…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="199"/>
        <source>Import a&amp;ttendance…</source>
        <translation>Импорт &amp;посещаемости…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="201"/>
        <source>Save import &amp;template</source>
        <translation>Сохранить &amp;шаблон импорта</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="202"/>
        <source>Visits…</source>
        <translation>Визиты…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="203"/>
        <source>Loans…</source>
        <translation>Займы…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="204"/>
        <source>Repayments…</source>
        <translation>Платежи…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="205"/>
        <source>Trainings…</source>
        <translation>Тренинги…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="206"/>
        <source>Attendance…</source>
        <translation>Посещаемость…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="208"/>
        <source>&amp;Export data package…</source>
        <translation>&amp;Экспорт пакета данных…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="214"/>
        <source>Import data pac&amp;kage…</source>
        <translation>Импорт &amp;пакета данных…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="215"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Создать резервную копию</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="211"/>
        <source>Export data package with e&amp;verything…</source>
        <translation>Экспорт пакета со &amp;всеми данными…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="63"/>
        <source>Cannot delete</source>
        <translation>Не удалось удалить</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="216"/>
        <source>Restore fro&amp;m backup…</source>
        <translation>Восстановить из резервной &amp;копии…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="218"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="220"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="222"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="223"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="225"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="232"/>
        <source>&amp;Delete visit</source>
        <translation>&amp;Удалить визит</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="239"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="240"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="241"/>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="242"/>
        <source>Find &amp;everywhere…</source>
        <translation>Поиск &amp;везде…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="244"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="245"/>
        <source>&amp;About fieldmon</source>
        <translation>&amp;О программе fieldmon</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="300"/>
        <source>Conflicts ({0})</source>
        <translation>Конфликты ({0})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldmon/ui/main_window.py" line="307"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n визит</numerusform>
            <numerusform>%n визита</numerusform>
            <numerusform>%n визитов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldmon/ui/main_window.py" line="308"/>
        <source>%n loan(s)</source>
        <translation>
            <numerusform>%n займ</numerusform>
            <numerusform>%n займа</numerusform>
            <numerusform>%n займов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldmon/ui/main_window.py" line="309"/>
        <source>%n training(s)</source>
        <translation>
            <numerusform>%n тренинг</numerusform>
            <numerusform>%n тренинга</numerusform>
            <numerusform>%n тренингов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldmon/ui/main_window.py" line="310"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человека</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldmon/ui/main_window.py" line="311"/>
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n конфликт ждёт решения</numerusform>
            <numerusform>%n конфликта ждут решения</numerusform>
            <numerusform>%n конфликтов ждут решения</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="316"/>
        <source>Officer: {0}</source>
        <translation>Сотрудник: {0}</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="335"/>
        <source>Cannot open the visit</source>
        <translation>Не удаётся открыть визит</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="347"/>
        <location filename="../../src/fieldmon/ui/main_window.py" line="388"/>
        <source>Unsaved draft</source>
        <translation>Несохранённый черновик</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="348"/>
        <location filename="../../src/fieldmon/ui/main_window.py" line="389"/>
        <source>There is unsaved typing in this form from {0}. Restore it?</source>
        <translation>В этой форме остался несохранённый ввод от {0}. Восстановить его?</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="399"/>
        <source>Visit saved.</source>
        <translation>Визит сохранён.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="449"/>
        <source>Loan saved.</source>
        <translation>Займ сохранён.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="508"/>
        <source>Training saved.</source>
        <translation>Тренинг сохранён.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="517"/>
        <source>Import visits</source>
        <translation>Импорт визитов</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="518"/>
        <source>Import loans</source>
        <translation>Импорт займов</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="519"/>
        <source>Import repayments</source>
        <translation>Импорт платежей</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="520"/>
        <source>Import trainings</source>
        <translation>Импорт тренингов</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="521"/>
        <source>Import attendance</source>
        <translation>Импорт посещаемости</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="524"/>
        <location filename="../../src/fieldmon/ui/main_window.py" line="604"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="539"/>
        <source>Imported {0} trainings ({1} already recorded).</source>
        <translation>Импортировано тренингов: {0} (уже были записаны: {1}).</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="546"/>
        <source>Imported attendance of {0} participants ({1} new people).</source>
        <translation>Импортирована посещаемость участников: {0} (новых людей: {1}).</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="553"/>
        <source>Imported {0} loans ({1} new people).</source>
        <translation>Импортировано займов: {0} (новых людей: {1}).</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="560"/>
        <source>Posted {0} repayments.</source>
        <translation>Проведено платежей: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="563"/>
        <source>Imported {0} visits ({1} new sites, {2} new districts or settlements).</source>
        <translation>Импортировано визитов: {0} (новых объектов: {1}, новых районов и населённых пунктов: {2}).</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="566"/>
        <source>Importing {0}…</source>
        <translation>Импорт {0}…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="581"/>
        <location filename="../../src/fieldmon/ui/main_window.py" line="590"/>
        <location filename="../../src/fieldmon/ui/main_window.py" line="595"/>
        <location filename="../../src/fieldmon/ui/main_window.py" line="754"/>
        <source>Nothing was imported</source>
        <translation>Ничего не импортировано</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="596"/>
        <source>An unexpected error stopped the import; see the log file.</source>
        <translation>Импорт остановлен непредвиденной ошибкой; подробности в журнале.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="602"/>
        <source>Save import template</source>
        <translation>Сохранить шаблон импорта</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="612"/>
        <source>Cannot save</source>
        <translation>Не удаётся сохранить</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="614"/>
        <source>Template saved to {0}.</source>
        <translation>Шаблон сохранён в {0}.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="632"/>
        <source>Export data package</source>
        <translation>Экспорт пакета данных</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="634"/>
        <location filename="../../src/fieldmon/ui/main_window.py" line="669"/>
        <source>fieldmon data packages (*.fmpkg)</source>
        <translation>Пакеты данных fieldmon (*.fmpkg)</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="651"/>
        <source>Nothing changed since the last package saved to this folder; the package {0} is empty.</source>
        <translation>С последнего пакета, сохранённого в эту папку, ничего не изменилось; пакет {0} пуст.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="654"/>
        <source>Saved {0} records ({1} deleted) to {2}.</source>
        <translation>Сохранено записей: {0} (удалённых: {1}) в {2}.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="658"/>
        <source>Exporting to {0}…</source>
        <translation>Экспорт в {0}…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="667"/>
        <source>Import data package</source>
        <translation>Импорт пакета данных</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="679"/>
        <source>Checking and merging {0}…</source>
        <translation>Проверка и объединение {0}…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="690"/>
        <source>Nothing new: everything in {0} is already here.</source>
        <translation>Ничего нового: всё из {0} уже есть в базе.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="692"/>
        <source>Data package</source>
        <translation>Пакет данных</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="696"/>
        <source>{0}: {1} new, {2} updated, {3} unchanged, {4} conflicts</source>
        <translation>{0}: новых {1}, обновлено {2}, без изменений {3}, конфликтов {4}</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="706"/>
        <source>Loan {0}, receipt {1}: typed on two laptops; it counts once.</source>
        <translation>Займ {0}, квитанция {1}: введена на двух ноутбуках; учитывается один раз.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="709"/>
        <source>Loan {0}, receipt {1}: posted twice with different amounts or dates; the first posted counts until you decide.</source>
        <translation>Займ {0}, квитанция {1}: проведена дважды с разными суммами или датами; пока вы не решите, учитывается проведённая первой.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="716"/>
        <source>Loan {0} is over-paid by {1}: check its repayments.</source>
        <translation>Займ {0} переплачен на {1}: проверьте его погашения.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="723"/>
        <source>Data package imported</source>
        <translation>Пакет данных импортирован</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="724"/>
        <source>Merged {0}.</source>
        <translation>{0} объединён.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldmon/ui/main_window.py" line="731"/>
        <source>Merged {0}. %n conflict(s) wait for your decision.</source>
        <translation>
            <numerusform>{0} объединён. %n конфликт ждёт вашего решения.</numerusform>
            <numerusform>{0} объединён. %n конфликта ждут вашего решения.</numerusform>
            <numerusform>{0} объединён. %n конфликтов ждут вашего решения.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="734"/>
        <source>&amp;Review conflicts</source>
        <translation>&amp;Разобрать конфликты</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="749"/>
        <source>Cannot use the file: {0}.</source>
        <translation>Не удалось использовать файл: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="752"/>
        <source>An unexpected error stopped it; details are in the log file.</source>
        <translation>Операция прервана непредвиденной ошибкой; подробности в журнале.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="756"/>
        <source>The package was not saved</source>
        <translation>Пакет не сохранён</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="788"/>
        <location filename="../../src/fieldmon/ui/main_window.py" line="798"/>
        <source>Back up</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="789"/>
        <source>A database on a server is backed up by the server (pg_dump).</source>
        <translation>Базу данных на сервере копирует сам сервер (pg_dump).</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="795"/>
        <source>Backed up to {0}.</source>
        <translation>Резервная копия сохранена: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="812"/>
        <location filename="../../src/fieldmon/ui/main_window.py" line="819"/>
        <location filename="../../src/fieldmon/ui/main_window.py" line="829"/>
        <location filename="../../src/fieldmon/ui/main_window.py" line="837"/>
        <location filename="../../src/fieldmon/ui/main_window.py" line="851"/>
        <location filename="../../src/fieldmon/ui/main_window.py" line="855"/>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="813"/>
        <source>A database on a server is restored by the server (pg_restore).</source>
        <translation>Базу данных на сервере восстанавливает сам сервер (pg_restore).</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="821"/>
        <source>fieldmon backups (*.db)</source>
        <translation>Резервные копии fieldmon (*.db)</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="830"/>
        <source>{0} is not a good fieldmon backup; nothing was changed.</source>
        <translation>{0} не является исправной резервной копией fieldmon; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="839"/>
        <source>Replace the database with {0}? The current database is backed up first. fieldmon then closes; start it again to work on the restored data.</source>
        <translation>Заменить базу данных копией {0}? Сначала будет сохранена копия текущей базы. Затем fieldmon закроется; запустите его снова, чтобы работать с восстановленными данными.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="856"/>
        <source>Restored from {0}. Start fieldmon again.</source>
        <translation>Восстановлено из {0}. Запустите fieldmon снова.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="879"/>
        <source>About fieldmon</source>
        <translation>О программе fieldmon</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="881"/>
        <source>fieldmon {0}
Offline-first monitoring of development projects.
Database: {1}</source>
        <translation>fieldmon {0}
Мониторинг проектов развития без подключения к сети.
База данных: {1}</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="894"/>
        <source>Export running</source>
        <translation>Идёт выгрузка</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="895"/>
        <source>A report is being written. Cancel it and quit?</source>
        <translation>Отчёт ещё записывается. Отменить его и выйти?</translation>
    </message>
</context>
<context>
    <name>OfficerDialog</name>
    <message>
        <location filename="../../src/fieldmon/ui/dialogs.py" line="72"/>
        <source>Who is recording?</source>
        <translation>Кто вносит данные?</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/dialogs.py" line="76"/>
        <source>Full name, e.g. Aigerim Nurlanova</source>
        <translation>Фамилия и имя, например Айгерим Нурланова</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/dialogs.py" line="79"/>
        <source>fieldmon stamps every record with the name of the officer who made it, so that a coordinator can merge the data of several laptops.</source>
        <translation>fieldmon отмечает каждую запись именем сотрудника, который её внёс, чтобы координатор мог объединить данные с нескольких ноутбуков.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/dialogs.py" line="93"/>
        <source>Your name:</source>
        <translation>Ваше имя:</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../src/fieldmon/ui/participant_dialog.py" line="54"/>
        <source>New participant</source>
        <translation>Новый участник</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/participant_dialog.py" line="70"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/participant_dialog.py" line="71"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/participant_dialog.py" line="72"/>
        <source>Birth year</source>
        <translation>Год рождения</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/participant_dialog.py" line="73"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/participant_dialog.py" line="74"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/participant_dialog.py" line="75"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/participant_dialog.py" line="76"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/participant_dialog.py" line="77"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/participant_dialog.py" line="83"/>
        <source>Already in the registry — is this one of them? Choose, then add.</source>
        <translation>Уже есть в реестре — это один из них? Выберите и добавьте.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/participant_dialog.py" line="95"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/participant_dialog.py" line="137"/>
        <source>{0}, born {1}</source>
        <translation>{0}, {1} г. р.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/participant_dialog.py" line="139"/>
        <source>, IIN {0}</source>
        <translation>, ИИН {0}</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/participant_dialog.py" line="146"/>
        <source>Someone else: add as a new person</source>
        <translation>Другой человек: добавить как нового</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/participant_dialog.py" line="153"/>
        <source>Add the chosen person</source>
        <translation>Добавить выбранного</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../src/fieldmon/ui/trainings_page.py" line="222"/>
        <source>Search part of a name, an IIN or a phone number…</source>
        <translation>Поиск по части имени, ИИН или телефону…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/trainings_page.py" line="227"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/trainings_page.py" line="228"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/trainings_page.py" line="229"/>
        <source>Born</source>
        <translation>Г. р.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/trainings_page.py" line="230"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/trainings_page.py" line="231"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/trainings_page.py" line="232"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/trainings_page.py" line="233"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/trainings_page.py" line="234"/>
        <source>Trainings</source>
        <translation>Тренинги</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/trainings_page.py" line="235"/>
        <source>Loans</source>
        <translation>Займы</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/trainings_page.py" line="241"/>
        <source>&amp;Merge two records of one person…</source>
        <translation>&amp;Объединить две записи одного человека…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/trainings_page.py" line="278"/>
        <source>Showing {0} of {1}; search to narrow.</source>
        <translation>Показано {0} из {1}; уточните поиск.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/trainings_page.py" line="289"/>
        <location filename="../../src/fieldmon/ui/trainings_page.py" line="306"/>
        <location filename="../../src/fieldmon/ui/trainings_page.py" line="316"/>
        <source>Merge</source>
        <translation>Объединение</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/trainings_page.py" line="290"/>
        <source>Select the two records of the same person (Ctrl+click), then merge.</source>
        <translation>Выберите две записи одного человека (Ctrl+щелчок) и объедините.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/trainings_page.py" line="302"/>
        <source>{0}, born {1}</source>
        <translation>{0}, {1} г. р.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/trainings_page.py" line="308"/>
        <source>Keep {0} and merge {1} into it? Trainings and loans move to the kept record; the other is marked merged and its history is kept.</source>
        <translation>Оставить {0} и присоединить к ней {1}? Тренинги и займы перейдут к оставленной записи; другая будет отмечена как объединённая, её история сохранится.</translation>
    </message>
</context>
<context>
    <name>RepaymentEntry</name>
    <message>
        <location filename="../../src/fieldmon/ui/loans_page.py" line="160"/>
        <source>Post repayments</source>
        <translation>Проведение платежей</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loans_page.py" line="177"/>
        <source>Loan number</source>
        <translation>Номер займа</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loans_page.py" line="178"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loans_page.py" line="179"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loans_page.py" line="180"/>
        <source>Receipt no.</source>
        <translation>№ квитанции</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loans_page.py" line="189"/>
        <source>Enter moves to the next field; Enter on the receipt posts.</source>
        <translation>Enter — к следующему полю; Enter в поле квитанции проводит платёж.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loans_page.py" line="191"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loans_page.py" line="197"/>
        <source>Posted in this session</source>
        <translation>Проведено за этот сеанс</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loans_page.py" line="218"/>
        <source>There is no loan number {0}.</source>
        <translation>Займа с номером {0} нет.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loans_page.py" line="225"/>
        <source>due now {0}</source>
        <translation>к оплате сейчас {0}</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loans_page.py" line="227"/>
        <source>nothing owed</source>
        <translation>долга нет</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loans_page.py" line="230"/>
        <source>; next due date {0}</source>
        <translation>; следующий срок {0}</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loans_page.py" line="259"/>
        <source>{0} {1}: {2}, receipt {3}</source>
        <translation>{0} {1}: {2}, квитанция {3}</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../src/fieldmon/ui/reports_page.py" line="81"/>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/reports_page.py" line="82"/>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/reports_page.py" line="106"/>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/reports_page.py" line="110"/>
        <source>Project title on the report</source>
        <translation>Название проекта в отчёте</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/reports_page.py" line="117"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/reports_page.py" line="118"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/reports_page.py" line="119"/>
        <source>Project title</source>
        <translation>Название проекта</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/reports_page.py" line="134"/>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Выгрузить в Excel…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/reports_page.py" line="138"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/reports_page.py" line="141"/>
        <source>&amp;Open the workbook</source>
        <translation>&amp;Открыть книгу</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/reports_page.py" line="142"/>
        <source>Open its &amp;folder</source>
        <translation>Открыть &amp;папку</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/reports_page.py" line="183"/>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/reports_page.py" line="227"/>
        <location filename="../../src/fieldmon/ui/reports_page.py" line="249"/>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/reports_page.py" line="234"/>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/reports_page.py" line="270"/>
        <source>The figures could not be counted; see the log file.</source>
        <translation>Не удалось подсчитать показатели; подробности в журнале.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/reports_page.py" line="285"/>
        <location filename="../../src/fieldmon/ui/reports_page.py" line="372"/>
        <location filename="../../src/fieldmon/ui/reports_page.py" line="382"/>
        <source>Cannot export</source>
        <translation>Не удалось выгрузить</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/reports_page.py" line="289"/>
        <source>Export the quarterly report</source>
        <translation>Выгрузить квартальный отчёт</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/reports_page.py" line="291"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/reports_page.py" line="327"/>
        <source>Writing {0}…</source>
        <translation>Запись {0}…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/reports_page.py" line="338"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/reports_page.py" line="356"/>
        <source>Saved {0} ({1} rows).</source>
        <translation>Сохранено: {0} (строк: {1}).</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/reports_page.py" line="367"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Выгрузка отменена; файл не записан.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/reports_page.py" line="373"/>
        <source>Cannot write the workbook: {0}</source>
        <translation>Не удалось записать книгу: {0}</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/reports_page.py" line="383"/>
        <source>An unexpected error stopped the export; see the log file.</source>
        <translation>Выгрузку остановила непредвиденная ошибка; подробности в журнале.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/fieldmon/ui/dialogs.py" line="113"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/dialogs.py" line="115"/>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/dialogs.py" line="126"/>
        <source>A new language takes effect when fieldmon is started again.</source>
        <translation>Новый язык начнёт действовать после перезапуска fieldmon.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/dialogs.py" line="134"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/dialogs.py" line="136"/>
        <source>Officer&apos;s name:</source>
        <translation>Имя сотрудника:</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/dialogs.py" line="137"/>
        <source>Backups to keep:</source>
        <translation>Хранить резервных копий:</translation>
    </message>
</context>
<context>
    <name>TrainingForm</name>
    <message>
        <location filename="../../src/fieldmon/ui/training_form.py" line="43"/>
        <source>New training</source>
        <translation>Новый тренинг</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/training_form.py" line="43"/>
        <source>Edit training</source>
        <translation>Изменить тренинг</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/training_form.py" line="56"/>
        <source>Present every day</source>
        <translation>Присутствие все дни</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/training_form.py" line="57"/>
        <source>Present at least</source>
        <translation>Присутствие не менее</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/training_form.py" line="60"/>
        <source> day(s)</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/training_form.py" line="78"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/training_form.py" line="79"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/training_form.py" line="80"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/training_form.py" line="81"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/training_form.py" line="82"/>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/training_form.py" line="83"/>
        <source>Days</source>
        <translation>Дней</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/training_form.py" line="84"/>
        <source>Completion</source>
        <translation>Завершение</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/training_form.py" line="85"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/training_form.py" line="86"/>
        <source>District or town</source>
        <translation>Район или город</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/training_form.py" line="87"/>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/training_form.py" line="88"/>
        <source>Organizer</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/training_form.py" line="89"/>
        <source>Facilitator</source>
        <translation>Тренер</translation>
    </message>
</context>
<context>
    <name>TrainingView</name>
    <message>
        <location filename="../../src/fieldmon/ui/attendance.py" line="271"/>
        <source>Add a participant: type part of the name, then choose or press Enter</source>
        <translation>Добавить участника: введите часть имени, затем выберите или нажмите Enter</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/attendance.py" line="297"/>
        <source>Edit event…</source>
        <translation>Изменить мероприятие…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/attendance.py" line="299"/>
        <location filename="../../src/fieldmon/ui/attendance.py" line="437"/>
        <source>Remove participant</source>
        <translation>Убрать участника</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/attendance.py" line="301"/>
        <source>Certificate for the selected…</source>
        <translation>Сертификат выбранному…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/attendance.py" line="303"/>
        <source>Certificates for all who completed…</source>
        <translation>Сертификаты всем завершившим…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/attendance.py" line="333"/>
        <source>Training {0}</source>
        <translation>Тренинг {0}</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/attendance.py" line="337"/>
        <source>completed when present every day</source>
        <translation>завершён при присутствии все дни</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldmon/ui/attendance.py" line="339"/>
        <source>completed when present at least %n day(s)</source>
        <translation>
            <numerusform>завершён при присутствии не менее %n дня</numerusform>
            <numerusform>завершён при присутствии не менее %n дней</numerusform>
            <numerusform>завершён при присутствии не менее %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldmon/ui/attendance.py" line="346"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/attendance.py" line="350"/>
        <source>organizer: {0}</source>
        <translation>организатор: {0}</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/attendance.py" line="351"/>
        <source>facilitator: {0}</source>
        <translation>тренер: {0}</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/attendance.py" line="366"/>
        <source>Registered: {0} · present at least one day: {1} · completed: {2} · women: {3}, men: {4} · person-days: {5}</source>
        <translation>Зарегистрировано: {0} · были хотя бы один день: {1} · завершили: {2} · женщин: {3}, мужчин: {4} · человеко-дней: {5}</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/attendance.py" line="381"/>
        <source>{0}, born {1}</source>
        <translation>{0}, {1} г. р.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/attendance.py" line="438"/>
        <source>Remove {0} from this training? Their marks are kept in the history.</source>
        <translation>Убрать {0} из этого тренинга? Отметки сохранятся в истории.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/attendance.py" line="463"/>
        <location filename="../../src/fieldmon/ui/attendance.py" line="471"/>
        <source>No certificate</source>
        <translation>Нет сертификата</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/attendance.py" line="464"/>
        <source>Choose a participant who completed the training.</source>
        <translation>Выберите участника, завершившего тренинг.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/attendance.py" line="471"/>
        <source>Nobody has completed it yet.</source>
        <translation>Пока никто его не завершил.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/attendance.py" line="477"/>
        <source>Save certificates</source>
        <translation>Сохранить сертификаты</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/attendance.py" line="477"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/attendance.py" line="484"/>
        <source>Cannot save</source>
        <translation>Не удаётся сохранить</translation>
    </message>
</context>
<context>
    <name>TrainingsPage</name>
    <message>
        <location filename="../../src/fieldmon/ui/trainings_page.py" line="130"/>
        <source>Search code, title or topic…</source>
        <translation>Поиск по коду, названию или теме…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/trainings_page.py" line="134"/>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/trainings_page.py" line="143"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/trainings_page.py" line="144"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/trainings_page.py" line="145"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/trainings_page.py" line="146"/>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/trainings_page.py" line="147"/>
        <source>Days</source>
        <translation>Дней</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/trainings_page.py" line="148"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/trainings_page.py" line="149"/>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/trainings_page.py" line="150"/>
        <source>Completed</source>
        <translation>Завершили</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/trainings_page.py" line="157"/>
        <source>&amp;New training</source>
        <translation>&amp;Новый тренинг</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/trainings_page.py" line="160"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/trainings_page.py" line="198"/>
        <source>Showing the newest {0}; search to narrow.</source>
        <translation>Показаны последние {0}; уточните поиск.</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="105"/>
        <source>Not applicable</source>
        <translation>Не применимо</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="105"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="105"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="142"/>
        <source>Visit date*</source>
        <translation>Дата визита*</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="143"/>
        <source>Officer*</source>
        <translation>Сотрудник*</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="144"/>
        <source>Region*</source>
        <translation>Область*</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="145"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="146"/>
        <source>Settlement</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="147"/>
        <source>Site*</source>
        <translation>Объект*</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="148"/>
        <source>Site type</source>
        <translation>Тип объекта</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="149"/>
        <source>Purpose*</source>
        <translation>Цель*</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="150"/>
        <source>Funds used as intended*</source>
        <translation>Средства использованы по назначению*</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="151"/>
        <source>Equipment in place and working</source>
        <translation>Оборудование на месте и работает</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="152"/>
        <source>Beneficiaries served</source>
        <translation>Охвачено благополучателей</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="153"/>
        <source>Overall rating*</source>
        <translation>Общая оценка*</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="154"/>
        <source>Findings</source>
        <translation>Выводы</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="155"/>
        <source>Follow-up action</source>
        <translation>Последующее действие</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="156"/>
        <source>Follow-up due</source>
        <translation>Срок действия</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="157"/>
        <source>Follow-up closed on</source>
        <translation>Действие выполнено</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="158"/>
        <source>GPS latitude</source>
        <translation>Широта GPS</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="159"/>
        <source>GPS longitude</source>
        <translation>Долгота GPS</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="162"/>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="275"/>
        <source>Visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="163"/>
        <source>Site</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="164"/>
        <source>Checklist</source>
        <translation>Контрольный список</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="165"/>
        <source>Findings and follow-up</source>
        <translation>Выводы и последующие действия</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="166"/>
        <source>Location</source>
        <translation>Местоположение</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="188"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="190"/>
        <source>Save and close (Ctrl+S)</source>
        <translation>Сохранить и закрыть (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="191"/>
        <source>Save and &amp;new</source>
        <translation>Сохранить и &amp;новый</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="193"/>
        <source>Save and start the next visit (Ctrl+Shift+S)</source>
        <translation>Сохранить и начать следующий визит (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="194"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="196"/>
        <source>&amp;History…</source>
        <translation>&amp;История…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="197"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="275"/>
        <source>New visit</source>
        <translation>Новый визит</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="323"/>
        <source>Created by {0} on {1}; last changed by {2} on {3}.</source>
        <translation>Создал(а) {0} {1}; последнее изменение: {2} {3}.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="446"/>
        <source>Cannot save</source>
        <translation>Не удаётся сохранить</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="484"/>
        <source>History of this visit</source>
        <translation>История визита</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="487"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="487"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="487"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="487"/>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <location filename="../../src/fieldmon/ui/visits_model.py" line="35"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visits_model.py" line="36"/>
        <source>Site</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visits_model.py" line="37"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visits_model.py" line="38"/>
        <source>Settlement / district</source>
        <translation>Населённый пункт / район</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visits_model.py" line="39"/>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visits_model.py" line="40"/>
        <source>Officer</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visits_model.py" line="41"/>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visits_model.py" line="42"/>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visits_model.py" line="43"/>
        <source>Follow-up due</source>
        <translation>Срок действия</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visits_model.py" line="140"/>
        <source>Follow-up overdue</source>
        <translation>Последующее действие просрочено</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../src/fieldmon/ui/visits_page.py" line="42"/>
        <source>Search site, settlement or district…</source>
        <translation>Поиск объекта, населённого пункта или района…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visits_page.py" line="47"/>
        <source>All regions</source>
        <translation>Все области</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visits_page.py" line="60"/>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visits_page.py" line="66"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visits_page.py" line="68"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visits_page.py" line="100"/>
        <source>&amp;New visit</source>
        <translation>&amp;Новый визит</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visits_page.py" line="102"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visits_page.py" line="103"/>
        <source>De&amp;lete</source>
        <translation>Уд&amp;алить</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visits_page.py" line="139"/>
        <source>All officers</source>
        <translation>Все сотрудники</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visits_page.py" line="152"/>
        <source>Write dates as dd.mm.yyyy.</source>
        <translation>Вводите даты как дд.мм.гггг.</translation>
    </message>
</context>
<context>
    <name>fieldmon</name>
    <message>
        <location filename="../../src/fieldmon/domain/choices.py" line="66"/>
        <source>Microcredit business</source>
        <translation>Бизнес с микрокредитом</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/choices.py" line="67"/>
        <source>Microleasing equipment</source>
        <translation>Оборудование в микролизинге</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/choices.py" line="68"/>
        <source>Small-grant project</source>
        <translation>Проект малого гранта</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/choices.py" line="69"/>
        <source>Health facility</source>
        <translation>Медицинское учреждение</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/choices.py" line="70"/>
        <source>Child development room</source>
        <translation>Кабинет развития ребёнка</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/choices.py" line="71"/>
        <source>NGO / community centre</source>
        <translation>НПО / общественный центр</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/choices.py" line="72"/>
        <location filename="../../src/fieldmon/domain/choices.py" line="78"/>
        <location filename="../../src/fieldmon/domain/trainings.py" line="77"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/choices.py" line="75"/>
        <source>Routine monitoring</source>
        <translation>Плановый мониторинг</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/choices.py" line="76"/>
        <source>Verification of use of funds</source>
        <translation>Проверка использования средств</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/choices.py" line="77"/>
        <source>Follow-up</source>
        <translation>Повторный визит</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/choices.py" line="81"/>
        <location filename="../../src/fieldmon/services/report_data.py" line="69"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/choices.py" line="82"/>
        <source>Partly</source>
        <translation>Частично</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/choices.py" line="83"/>
        <location filename="../../src/fieldmon/services/report_data.py" line="70"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/choices.py" line="84"/>
        <source>Not applicable</source>
        <translation>Не применимо</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/choices.py" line="87"/>
        <source>On track</source>
        <translation>По плану</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/choices.py" line="88"/>
        <source>Minor issues</source>
        <translation>Незначительные проблемы</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/choices.py" line="89"/>
        <source>Serious issues</source>
        <translation>Серьёзные проблемы</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/visits.py" line="22"/>
        <source>Required.</source>
        <translation>Обязательное поле.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/visits.py" line="23"/>
        <source>The visit date cannot be in the future (today is {today}).</source>
        <translation>Дата визита не может быть в будущем (сегодня {today}).</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/visits.py" line="26"/>
        <source>The visit date must be in the year 2000 or later.</source>
        <translation>Дата визита должна быть не ранее 2000 года.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/visits.py" line="27"/>
        <source>The follow-up due date must be on or after the visit date ({visit_date}).</source>
        <translation>Срок последующего действия не может быть раньше даты визита ({visit_date}).</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/visits.py" line="30"/>
        <source>Describe the follow-up action, or clear its due date.</source>
        <translation>Опишите последующее действие или очистите его срок.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/visits.py" line="33"/>
        <source>Give the follow-up action a due date.</source>
        <translation>Укажите срок последующего действия.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/visits.py" line="34"/>
        <source>The follow-up cannot be closed before the visit date ({visit_date}).</source>
        <translation>Действие не может быть выполнено раньше даты визита ({visit_date}).</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/visits.py" line="37"/>
        <source>The follow-up cannot be closed on a future date.</source>
        <translation>Дата выполнения действия не может быть в будущем.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/visits.py" line="38"/>
        <source>There is no follow-up action to close.</source>
        <translation>Нет последующего действия, которое можно закрыть.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/visits.py" line="39"/>
        <source>Beneficiaries must be a whole number from 0 to {max}.</source>
        <translation>Число благополучателей — целое число от 0 до {max}.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/visits.py" line="42"/>
        <source>&apos;{value}&apos; is not a number.</source>
        <translation>«{value}» — не число.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/visits.py" line="43"/>
        <source>Latitude must be between {min} and {max} (inside Kazakhstan).</source>
        <translation>Широта должна быть от {min} до {max} (в пределах Казахстана).</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/visits.py" line="46"/>
        <source>Longitude must be between {min} and {max} (inside Kazakhstan).</source>
        <translation>Долгота должна быть от {min} до {max} (в пределах Казахстана).</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/visits.py" line="49"/>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>Укажите и широту, и долготу — или ни одну из них.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/visits.py" line="50"/>
        <source>Too long: at most {max} characters.</source>
        <translation>Слишком длинно: не более {max} символов.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/visits.py" line="152"/>
        <source>Choose the type of the new site.</source>
        <translation>Выберите тип нового объекта.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/visits.py" line="153"/>
        <source>Choose the region of the site.</source>
        <translation>Выберите область объекта.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/visits.py" line="167"/>
        <source>&apos;{value}&apos; is not a date; write it as dd.mm.yyyy.</source>
        <translation>«{value}» — не дата; вводите как дд.мм.гггг.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/visits.py" line="168"/>
        <source>&apos;{value}&apos; is not a whole number.</source>
        <translation>«{value}» — не целое число.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/loans.py" line="71"/>
        <source>Microcredit</source>
        <translation>Микрокредит</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/loans.py" line="72"/>
        <source>Microleasing</source>
        <translation>Микролизинг</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/loans.py" line="78"/>
        <source>Flat</source>
        <translation>Фиксированные проценты</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/loans.py" line="79"/>
        <source>Declining balance</source>
        <translation>На остаток (аннуитет)</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/loans.py" line="85"/>
        <source>Repaid</source>
        <translation>Погашен</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/loans.py" line="86"/>
        <source>Overdue</source>
        <translation>Просрочен</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/loans.py" line="87"/>
        <source>Due next quarter</source>
        <translation>Погашение в следующем квартале</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/loans.py" line="88"/>
        <source>Current</source>
        <translation>Текущий</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/loans.py" line="94"/>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/loans.py" line="95"/>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/loans.py" line="101"/>
        <source>Individual</source>
        <translation>Один человек</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/loans.py" line="102"/>
        <source>Group (2–3 people)</source>
        <translation>Группа (2–3 человека)</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/loans.py" line="323"/>
        <source>A loan number has at most {max} letters, digits, &apos;-&apos;, &apos;/&apos; or &apos;.&apos;.</source>
        <translation>Номер займа — не более {max} букв, цифр, &apos;-&apos;, &apos;/&apos; или &apos;.&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/loans.py" line="326"/>
        <source>The principal must be more than 0 and at most {max}.</source>
        <translation>Сумма займа должна быть больше 0 и не больше {max}.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/loans.py" line="329"/>
        <source>{currency} amounts have at most {places} digits after the decimal point.</source>
        <translation>Суммы в {currency} — не более {places} знаков после запятой.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/loans.py" line="332"/>
        <source>The annual rate must be from 0 to {max} %.</source>
        <translation>Годовая ставка должна быть от 0 до {max} %.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/loans.py" line="333"/>
        <source>The term must be from 1 to {max} months.</source>
        <translation>Срок должен быть от 1 до {max} месяцев.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/loans.py" line="334"/>
        <source>The disbursement date cannot be in the future (today is {today}).</source>
        <translation>Дата выдачи не может быть в будущем (сегодня {today}).</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/loans.py" line="337"/>
        <source>The date must be in the year 2000 or later.</source>
        <translation>Дата должна быть не раньше 2000 года.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/loans.py" line="338"/>
        <source>The first due date must be after the disbursement date ({disbursed}).</source>
        <translation>Первый платёж должен быть позже даты выдачи ({disbursed}).</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/loans.py" line="341"/>
        <source>The first due date must be within a year of the disbursement date.</source>
        <translation>Первый платёж должен быть в пределах года после выдачи.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/loans.py" line="344"/>
        <source>The committee approval must be on or before the disbursement ({disbursed}).</source>
        <translation>Одобрение комитета должно быть не позже выдачи ({disbursed}).</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/loans.py" line="347"/>
        <source>The amount must be more than 0.</source>
        <translation>Сумма должна быть больше 0.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/loans.py" line="348"/>
        <source>The repayment cannot be dated before the disbursement ({disbursed}).</source>
        <translation>Платёж не может быть раньше выдачи ({disbursed}).</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/loans.py" line="351"/>
        <source>The repayment date cannot be in the future (today is {today}).</source>
        <translation>Дата платежа не может быть в будущем (сегодня {today}).</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/loans.py" line="354"/>
        <source>The amount is more than the {outstanding} still owed on this loan.</source>
        <translation>Сумма больше остатка долга по займу ({outstanding}).</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/loans.py" line="357"/>
        <source>This loan is fully repaid; nothing is owed.</source>
        <translation>Займ полностью погашен; долга нет.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/money.py" line="38"/>
        <source>KZT (tenge)</source>
        <translation>KZT (тенге)</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/money.py" line="39"/>
        <source>USD (US dollar)</source>
        <translation>USD (доллар США)</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/money.py" line="79"/>
        <source>&apos;{value}&apos; is ambiguous: {grouped} or {decimal}? Write {whole} or {decimal}.</source>
        <translation>«{value}» неоднозначно: {grouped} или {decimal}? Напишите {whole} или {decimal}.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/people.py" line="20"/>
        <source>The birth year must be from {min} to {max}.</source>
        <translation>Год рождения должен быть от {min} до {max}.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/people.py" line="21"/>
        <source>This IIN belongs to a man, but the sex given is female.</source>
        <translation>Этот ИИН принадлежит мужчине, а указан женский пол.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/people.py" line="24"/>
        <source>This IIN belongs to a woman, but the sex given is male.</source>
        <translation>Этот ИИН принадлежит женщине, а указан мужской пол.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/people.py" line="27"/>
        <source>This IIN gives the birth date {born}, but the birth year given is {year}.</source>
        <translation>По ИИН дата рождения {born}, а указан год рождения {year}.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/people.py" line="30"/>
        <source>&apos;{value}&apos; is not a Kazakhstan phone number; write it like +7 701 234 56 78.</source>
        <translation>«{value}» — не казахстанский номер; пишите как +7 701 234 56 78.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/people.py" line="34"/>
        <source>An IIN has exactly 12 digits.</source>
        <translation>ИИН состоит ровно из 12 цифр.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/people.py" line="35"/>
        <source>The IIN&apos;s check digit is wrong; check for a typing error.</source>
        <translation>Неверная контрольная цифра ИИН; проверьте, нет ли опечатки.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/people.py" line="38"/>
        <source>The IIN&apos;s 7th digit (century and sex) must be 1 to 6.</source>
        <translation>7-я цифра ИИН (век и пол) должна быть от 1 до 6.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/people.py" line="41"/>
        <source>The IIN does not start with a real birth date (YYMMDD).</source>
        <translation>ИИН не начинается с настоящей даты рождения (ГГММДД).</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/loans.py" line="62"/>
        <source>Loan number {loan_no} is already used.</source>
        <translation>Номер займа {loan_no} уже занят.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/loans.py" line="63"/>
        <source>A group has 2 or 3 members.</source>
        <translation>В группе 2 или 3 человека.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/loans.py" line="64"/>
        <source>An individual borrower is one person.</source>
        <translation>Индивидуальный заёмщик — один человек.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/loans.py" line="65"/>
        <source>The same person is listed twice in the group.</source>
        <translation>Один и тот же человек указан в группе дважды.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/loans.py" line="66"/>
        <source>This loan has repayments; reverse them before changing its amount, rate, term or dates.</source>
        <translation>По займу есть платежи; сторнируйте их, прежде чем менять сумму, ставку, срок или даты.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/loans.py" line="70"/>
        <source>Receipt {receipt_no} is already posted on this loan.</source>
        <translation>Квитанция {receipt_no} уже проведена по этому займу.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/loans.py" line="73"/>
        <source>Say why the repayment is reversed.</source>
        <translation>Укажите, почему платёж сторнируется.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/trainings.py" line="57"/>
        <source>Seminar</source>
        <translation>Семинар</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/trainings.py" line="58"/>
        <source>Master class</source>
        <translation>Мастер-класс</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/trainings.py" line="59"/>
        <source>Workshop</source>
        <translation>Воркшоп</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/trainings.py" line="60"/>
        <source>Round table</source>
        <translation>Круглый стол</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/trainings.py" line="61"/>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/trainings.py" line="62"/>
        <source>Consultation</source>
        <translation>Консультация</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/trainings.py" line="68"/>
        <source>Health professional</source>
        <translation>Медицинский работник</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/trainings.py" line="69"/>
        <source>Volunteer</source>
        <translation>Волонтёр</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/trainings.py" line="70"/>
        <source>Entrepreneur</source>
        <translation>Предприниматель</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/trainings.py" line="71"/>
        <source>Farmer</source>
        <translation>Фермер</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/trainings.py" line="72"/>
        <source>Local government</source>
        <translation>Местный исполнительный орган</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/trainings.py" line="73"/>
        <source>NGO / initiative group</source>
        <translation>НПО / инициативная группа</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/trainings.py" line="74"/>
        <source>Journalist</source>
        <translation>Журналист</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/trainings.py" line="75"/>
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/trainings.py" line="76"/>
        <source>Unemployed</source>
        <translation>Безработный</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/trainings.py" line="92"/>
        <source>An event lasts from 1 to {max} days.</source>
        <translation>Мероприятие длится от 1 до {max} дней.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/trainings.py" line="93"/>
        <source>The days needed to complete must be from 1 to the event&apos;s {days} days.</source>
        <translation>Число дней для завершения — от 1 до {days} (длительность мероприятия).</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/trainings.py" line="96"/>
        <source>A test score is a whole number from 0 to 100.</source>
        <translation>Балл теста — целое число от 0 до 100.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/trainings.py" line="97"/>
        <source>A training code has letters, digits and - / . _ only, without spaces.</source>
        <translation>Код тренинга состоит из букв, цифр и - / . _ без пробелов.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/trainings.py" line="33"/>
        <source>Choose the region or city.</source>
        <translation>Выберите регион или город.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/trainings.py" line="34"/>
        <source>Training {code} is already recorded.</source>
        <translation>Тренинг {code} уже записан.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/trainings.py" line="35"/>
        <source>Participants are marked present on day {day}; untick them before shortening.</source>
        <translation>Участники отмечены в день {day}; снимите отметки, прежде чем сокращать.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/trainings.py" line="38"/>
        <source>This IIN is {name}&apos;s, who is already in the registry; choose them instead.</source>
        <translation>Этот ИИН принадлежит {name}, уже записанному в реестре; выберите эту запись.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/trainings.py" line="41"/>
        <source>{name} is already registered at this training.</source>
        <translation>{name} уже зарегистрирован(а) на этом тренинге.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/reports/indicators.py" line="63"/>
        <source>This quarter ({0})</source>
        <translation>Этот квартал ({0})</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/reports/indicators.py" line="64"/>
        <source>Previous quarter ({0})</source>
        <translation>Предыдущий квартал ({0})</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/reports/indicators.py" line="68"/>
        <source>This period ({0})</source>
        <translation>Этот период ({0})</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/reports/indicators.py" line="69"/>
        <source>Previous period ({0})</source>
        <translation>Предыдущий период ({0})</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/reports/indicators.py" line="70"/>
        <source>Year to date ({0}–{1})</source>
        <translation>С начала года ({0}–{1})</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/reports/indicators.py" line="124"/>
        <source>Monitoring visits</source>
        <translation>Мониторинговые визиты</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/reports/indicators.py" line="126"/>
        <location filename="../../src/fieldmon/services/report_data.py" line="240"/>
        <source>Visits</source>
        <translation>Визиты</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/reports/indicators.py" line="127"/>
        <source>Sites visited</source>
        <translation>Посещено объектов</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/reports/indicators.py" line="130"/>
        <source>Follow-up actions due and still open at the period&apos;s end</source>
        <translation>Последующие действия, срок которых наступил, не закрытые на конец периода</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/reports/indicators.py" line="138"/>
        <location filename="../../src/fieldmon/reports/quarterly.py" line="521"/>
        <source>Visits by region</source>
        <translation>Визиты по регионам</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/reports/indicators.py" line="143"/>
        <source>Microcredit and microleasing</source>
        <translation>Микрокредиты и микролизинг</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/reports/indicators.py" line="147"/>
        <source>Loans disbursed by the period&apos;s end</source>
        <translation>Займов выдано на конец периода</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/reports/indicators.py" line="151"/>
        <source>Loans disbursed in the period</source>
        <translation>Займов выдано за период</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/reports/indicators.py" line="153"/>
        <source>Repayments received</source>
        <translation>Получено погашений</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/reports/indicators.py" line="155"/>
        <source>Amount repaid, {0}</source>
        <translation>Сумма погашений, {0}</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/reports/indicators.py" line="161"/>
        <source>Loans by status at the period&apos;s end</source>
        <translation>Займы по статусу на конец периода</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/reports/indicators.py" line="174"/>
        <source>Loans by product</source>
        <translation>Займы по продуктам</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/reports/indicators.py" line="179"/>
        <source>Outstanding principal and PAR30 by currency</source>
        <translation>Остаток основного долга и PAR30 по валютам</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/reports/indicators.py" line="183"/>
        <source>Outstanding principal, {0}</source>
        <translation>Остаток основного долга, {0}</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/reports/indicators.py" line="188"/>
        <source>Portfolio at risk over 30 days, {0}</source>
        <translation>Портфель под риском свыше 30 дней, {0}</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/reports/indicators.py" line="195"/>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/reports/indicators.py" line="197"/>
        <source>Training events</source>
        <translation>Обучающих мероприятий</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/reports/indicators.py" line="200"/>
        <source>People trained (each person counted once)</source>
        <translation>Обучено человек (каждый учтён один раз)</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/reports/indicators.py" line="204"/>
        <source>Participations (a person at two events: two)</source>
        <translation>Участий (человек на двух мероприятиях — два)</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/reports/indicators.py" line="208"/>
        <source>Participations completed</source>
        <translation>Участий с завершением курса</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/reports/indicators.py" line="210"/>
        <location filename="../../src/fieldmon/services/report_data.py" line="634"/>
        <source>Person-days</source>
        <translation>Человеко-дни</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/reports/indicators.py" line="215"/>
        <location filename="../../src/fieldmon/reports/quarterly.py" line="531"/>
        <source>People trained by sex</source>
        <translation>Обученные по полу</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/reports/indicators.py" line="217"/>
        <location filename="../../src/fieldmon/services/report_data.py" line="631"/>
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/reports/indicators.py" line="218"/>
        <location filename="../../src/fieldmon/services/report_data.py" line="632"/>
        <source>Men</source>
        <translation>Мужчины</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/reports/indicators.py" line="223"/>
        <source>People trained by age group</source>
        <translation>Обученные по возрастным группам</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/reports/indicators.py" line="228"/>
        <source>People trained by category</source>
        <translation>Обученные по категориям</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/reports/indicators.py" line="233"/>
        <source>People trained by region of the event</source>
        <translation>Обученные по региону мероприятия</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/reports/quarterly.py" line="267"/>
        <source> […cut: {0} characters in all]</source>
        <translation> […обрезано: всего {0} символов]</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/reports/quarterly.py" line="307"/>
        <source>{0} has more rows than an Excel sheet holds; it continues on {1}.</source>
        <translation>На листе {0} больше строк, чем вмещает лист Excel; продолжение на листе {1}.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/reports/quarterly.py" line="387"/>
        <source>{0} cells held more text than an Excel cell can; their text was cut: {1}</source>
        <translation>В {0} ячейках текста больше, чем вмещает ячейка Excel; текст обрезан: {1}</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/reports/quarterly.py" line="402"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/reports/quarterly.py" line="439"/>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/reports/quarterly.py" line="459"/>
        <source>Project monitoring report</source>
        <translation>Отчёт о мониторинге проекта</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/reports/quarterly.py" line="468"/>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/reports/quarterly.py" line="470"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/reports/quarterly.py" line="471"/>
        <location filename="../../src/fieldmon/services/report_data.py" line="244"/>
        <location filename="../../src/fieldmon/services/report_data.py" line="319"/>
        <location filename="../../src/fieldmon/services/report_data.py" line="409"/>
        <location filename="../../src/fieldmon/services/report_data.py" line="479"/>
        <location filename="../../src/fieldmon/services/report_data.py" line="624"/>
        <location filename="../../src/fieldmon/services/report_data.py" line="704"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/reports/quarterly.py" line="472"/>
        <source>Generated</source>
        <translation>Сформирован</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/reports/quarterly.py" line="473"/>
        <source>fieldmon version</source>
        <translation>Версия fieldmon</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/reports/quarterly.py" line="478"/>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/reports/quarterly.py" line="480"/>
        <source>Key (fieldmon summary --json)</source>
        <translation>Ключ (fieldmon summary --json)</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/reports/quarterly.py" line="541"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="71"/>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="72"/>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="73"/>
        <source>Not in arrears</source>
        <translation>Без просрочки</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="75"/>
        <source>1–30 days</source>
        <translation>1–30 дней</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="76"/>
        <source>31–60 days</source>
        <translation>31–60 дней</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="77"/>
        <source>61–90 days</source>
        <translation>61–90 дней</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="78"/>
        <source>91–180 days</source>
        <translation>91–180 дней</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="79"/>
        <source>Over 180 days</source>
        <translation>Свыше 180 дней</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="242"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="243"/>
        <location filename="../../src/fieldmon/services/report_data.py" line="318"/>
        <source>Officer</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="245"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="246"/>
        <location filename="../../src/fieldmon/services/report_data.py" line="410"/>
        <source>Settlement</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="247"/>
        <location filename="../../src/fieldmon/services/report_data.py" line="320"/>
        <source>Site</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="248"/>
        <source>Site type</source>
        <translation>Тип объекта</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="249"/>
        <location filename="../../src/fieldmon/services/report_data.py" line="412"/>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="250"/>
        <source>Funds used as intended</source>
        <translation>Средства использованы по назначению</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="251"/>
        <source>Equipment in place and working</source>
        <translation>Оборудование на месте и работает</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="252"/>
        <source>Beneficiaries served</source>
        <translation>Обслужено получателей</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="253"/>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="254"/>
        <source>Findings</source>
        <translation>Выводы</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="255"/>
        <location filename="../../src/fieldmon/services/report_data.py" line="321"/>
        <source>Follow-up action</source>
        <translation>Последующее действие</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="256"/>
        <source>Follow-up due</source>
        <translation>Срок действия</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="257"/>
        <source>Follow-up closed</source>
        <translation>Действие закрыто</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="258"/>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="259"/>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="315"/>
        <source>Follow-ups</source>
        <translation>Последующие действия</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="317"/>
        <source>Visit date</source>
        <translation>Дата визита</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="322"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="323"/>
        <source>Closed on</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="324"/>
        <source>State at the period&apos;s end</source>
        <translation>Состояние на конец периода</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="325"/>
        <source>Days overdue at the period&apos;s end</source>
        <translation>Дней просрочки на конец периода</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="404"/>
        <location filename="../../src/fieldmon/services/report_data.py" line="535"/>
        <source>Loans</source>
        <translation>Займы</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="406"/>
        <location filename="../../src/fieldmon/services/report_data.py" line="477"/>
        <source>Loan number</source>
        <translation>Номер займа</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="407"/>
        <location filename="../../src/fieldmon/services/report_data.py" line="478"/>
        <source>Borrower</source>
        <translation>Заёмщик</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="408"/>
        <source>Borrower type</source>
        <translation>Тип заёмщика</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="411"/>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="413"/>
        <location filename="../../src/fieldmon/services/report_data.py" line="480"/>
        <location filename="../../src/fieldmon/services/report_data.py" line="534"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="414"/>
        <source>Principal</source>
        <translation>Сумма займа</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="415"/>
        <source>Disbursed on</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="416"/>
        <source>Term, months</source>
        <translation>Срок, мес.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="417"/>
        <source>Annual rate, %</source>
        <translation>Годовая ставка, %</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="418"/>
        <source>Interest method</source>
        <translation>Метод начисления</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="419"/>
        <source>Paid by the period&apos;s end</source>
        <translation>Оплачено на конец периода</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="420"/>
        <location filename="../../src/fieldmon/services/report_data.py" line="536"/>
        <source>Outstanding principal</source>
        <translation>Остаток основного долга</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="421"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="422"/>
        <source>Oldest unpaid instalment</source>
        <translation>Самый ранний неоплаченный взнос</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="423"/>
        <location filename="../../src/fieldmon/services/report_data.py" line="533"/>
        <source>Days in arrears</source>
        <translation>Дней просрочки</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="424"/>
        <source>Arrears bucket</source>
        <translation>Группа просрочки</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="474"/>
        <source>Repayments</source>
        <translation>Погашения</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="476"/>
        <source>Paid on</source>
        <translation>Дата оплаты</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="481"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="482"/>
        <source>Receipt number</source>
        <translation>Номер квитанции</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="483"/>
        <source>Recorded by</source>
        <translation>Внёс</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="531"/>
        <source>Arrears ageing</source>
        <translation>Просрочка по срокам</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="537"/>
        <source>Share of outstanding</source>
        <translation>Доля остатка</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="616"/>
        <source>Trainings</source>
        <translation>Обучающие мероприятия</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="618"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="619"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="620"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="621"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="622"/>
        <location filename="../../src/fieldmon/services/report_data.py" line="697"/>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="623"/>
        <location filename="../../src/fieldmon/services/report_data.py" line="705"/>
        <source>Days</source>
        <translation>Дней</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="625"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="626"/>
        <source>Venue</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="627"/>
        <source>Organizer</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="628"/>
        <source>Facilitator</source>
        <translation>Тренер</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="629"/>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="630"/>
        <source>Present</source>
        <translation>Присутствовали</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="633"/>
        <location filename="../../src/fieldmon/services/report_data.py" line="707"/>
        <source>Completed</source>
        <translation>Завершили</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="693"/>
        <source>Attendance</source>
        <translation>Посещаемость</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="695"/>
        <source>Event code</source>
        <translation>Код мероприятия</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="696"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="698"/>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="699"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="700"/>
        <source>Birth year</source>
        <translation>Год рождения</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="701"/>
        <source>Age group</source>
        <translation>Возрастная группа</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="702"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="703"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="706"/>
        <source>Days present</source>
        <translation>Дней присутствия</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="708"/>
        <source>Score before</source>
        <translation>Балл до</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/report_data.py" line="709"/>
        <source>Score after</source>
        <translation>Балл после</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/packages.py" line="124"/>
        <source>There is no file &apos;{file}&apos;.</source>
        <translation>Файла «{file}» нет.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/packages.py" line="125"/>
        <source>&apos;{file}&apos; is not a fieldmon data package.</source>
        <translation>«{file}» не является пакетом данных fieldmon.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/packages.py" line="126"/>
        <source>The package holds a file with an unsafe name, &apos;{name}&apos;; it was not imported.</source>
        <translation>В пакете есть файл с небезопасным именем «{name}»; пакет не импортирован.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/packages.py" line="129"/>
        <source>The package holds an unexpected file, &apos;{name}&apos;; it was not imported.</source>
        <translation>В пакете есть лишний файл «{name}»; пакет не импортирован.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/packages.py" line="132"/>
        <source>The package was made by a newer fieldmon (package format {format}); update fieldmon to import it.</source>
        <translation>Пакет создан более новой версией fieldmon (формат пакета {format}); обновите fieldmon, чтобы его импортировать.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/packages.py" line="137"/>
        <source>The package&apos;s manifest is damaged ({problem}); it was not imported.</source>
        <translation>Опись пакета повреждена ({problem}); пакет не импортирован.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/packages.py" line="140"/>
        <source>The package lacks &apos;{name}&apos;, which its manifest lists; it was not imported.</source>
        <translation>В пакете нет файла «{name}», указанного в описи; пакет не импортирован.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/packages.py" line="143"/>
        <source>&apos;{name}&apos; in the package is not the size its manifest gives; the file is damaged.</source>
        <translation>Размер «{name}» в пакете не совпадает с описью; файл повреждён.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/packages.py" line="147"/>
        <source>&apos;{name}&apos; in the package does not match its checksum; the file was changed or damaged.</source>
        <translation>«{name}» в пакете не совпадает с контрольной суммой; файл изменён или повреждён.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/packages.py" line="151"/>
        <source>&apos;{name}&apos; in the package is damaged and cannot be read; it was not imported.</source>
        <translation>«{name}» в пакете повреждён и не читается; пакет не импортирован.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/packages.py" line="154"/>
        <source>&apos;{name}&apos; line {line}: {problem}.</source>
        <translation>«{name}», строка {line}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/packages.py" line="155"/>
        <source>&apos;{name}&apos; in the package is larger than the {count} lines its manifest lists can be; the package is damaged or not from fieldmon.</source>
        <translation>«{name}» в пакете больше, чем могут занимать {count} строк, указанных в его описи; пакет повреждён или создан не в fieldmon.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/packages.py" line="160"/>
        <source>&apos;{name}&apos; line {line}: a line is longer than {limit}; the package is damaged or not from fieldmon.</source>
        <translation>«{name}», строка {line}: строка длиннее {limit}; пакет повреждён или создан не в fieldmon.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/packages.py" line="165"/>
        <source>&apos;{name}&apos; line {line}: the manifest lists only {expected} lines; the package is damaged or not from fieldmon.</source>
        <translation>«{name}», строка {line}: в описи указано только {expected} строк; пакет повреждён или создан не в fieldmon.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/packages.py" line="170"/>
        <source>&apos;{name}&apos; holds {found} records but the manifest says {expected}.</source>
        <translation>В «{name}» записей {found}, а в описи указано {expected}.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/packages.py" line="173"/>
        <source>&apos;{name}&apos; line {line}: {column} {value} is neither in the package nor in this database.</source>
        <translation>«{name}», строка {line}: {column} {value} нет ни в пакете, ни в этой базе.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/packages.py" line="177"/>
        <source>&apos;{name}&apos; line {line}: {column} &apos;{value}&apos; belongs to another record in this database.</source>
        <translation>«{name}», строка {line}: {column} «{value}» в этой базе принадлежит другой записи.</translation>
    </message>
</context>
</TS>
