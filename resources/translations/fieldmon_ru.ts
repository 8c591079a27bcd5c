<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>App</name>
        <message>
            <location filename="../../src/fieldmon/ui/app.py" line="57" />
            <source>Something went wrong and the action was not completed. Your saved data is safe. Details are in the log file: {0}</source>
            <translation>Что-то пошло не так, и действие не выполнено. Сохранённые данные в безопасности. Подробности в журнале: {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/app.py" line="86" />
            <source>Wrong password. Type the database's password again:</source>
            <translation>Неверный пароль. Введите пароль базы данных ещё раз:</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/app.py" line="88" />
            <source>This database is protected. Its password:</source>
            <translation>Эта база данных защищена паролем. Введите пароль:</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/app.py" line="135" />
            <source>Cannot open the database {0}: {1}</source>
            <translation>Не удаётся открыть базу данных {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/app.py" line="159" />
            <source>The database {0} is damaged or is not a fieldmon database.

Restore the newest good backup, {1}? The damaged file is kept beside it.</source>
            <translation>База данных {0} повреждена или не является базой fieldmon.

Восстановить последнюю исправную резервную копию, {1}? Повреждённый файл будет сохранён рядом.</translation>
        </message>
    </context>
    <context>
        <name>AttendanceModel</name>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="114" />
            <source>Day {0}
{1}</source>
            <translation>День {0}
{1}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="116" />
            <source>Participant</source>
            <translation>Участник</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="116" />
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="116" />
            <source>Organization</source>
            <translation>Организация</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="117" />
            <source>Pre-test</source>
            <translation>Пре-тест</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="117" />
            <source>Post-test</source>
            <translation>Пост-тест</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="117" />
            <source>Days</source>
            <translation>Дней</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="117" />
            <source>Completed</source>
            <translation>Завершили</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="140" />
            <source>present</source>
            <translation>присутствовал(а)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="140" />
            <source>absent</source>
            <translation>отсутствовал(а)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="158" />
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="192" />
            <source>A test score is a whole number from 0 to 100.</source>
            <translation>Балл теста — целое число от 0 до 100.</translation>
        </message>
    </context>
    <context>
        <name>BackgroundTask</name>
        <message>
            <location filename="../../src/fieldmon/ui/tasks.py" line="81" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
    </context>
    <context>
        <name>BackupsArea</name>
        <message>
            <location filename="../../src/fieldmon/ui/areas/backups.py" line="31" />
            <source>&amp;Back up now</source>
            <translation>&amp;Создать резервную копию</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/backups.py" line="32" />
            <source>Restore fro&amp;m backup…</source>
            <translation>Восстановить из резервной &amp;копии…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/backups.py" line="70" />
            <location filename="../../src/fieldmon/ui/areas/backups.py" line="80" />
            <source>Back up</source>
            <translation>Резервная копия</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/backups.py" line="71" />
            <source>A database on a server is backed up by the server (pg_dump).</source>
            <translation>Базу данных на сервере копирует сам сервер (pg_dump).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/backups.py" line="77" />
            <source>Backed up to {0}.</source>
            <translation>Резервная копия сохранена: {0}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/backups.py" line="93" />
            <source>Restore from backup</source>
            <translation>Восстановление из резервной копии</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/backups.py" line="99" />
            <source>A database on a server is restored by the server (pg_restore).</source>
            <translation>Базу данных на сервере восстанавливает сам сервер (pg_restore).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/backups.py" line="104" />
            <source>fieldmon backups (*.db)</source>
            <translation>Резервные копии fieldmon (*.db)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/backups.py" line="114" />
            <source>{0} is not a good fieldmon backup; nothing was changed.</source>
            <translation>{0} не является исправной резервной копией fieldmon; ничего не изменено.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/backups.py" line="121" />
            <source>A report or an import is running; restore when it has finished.</source>
            <translation>Сейчас формируется отчёт или идёт импорт; восстановите резервную копию после их завершения.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/backups.py" line="128" />
            <source>Replace the database with {0}? The current database is backed up first; the pages then show the restored data.</source>
            <translation>Заменить базу данных копией {0}? Сначала будет создана резервная копия текущей базы; затем на страницах появятся восстановленные данные.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/backups.py" line="152" />
            <source>Restored from {0}.</source>
            <translation>База данных восстановлена из {0}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/backups.py" line="154" />
            <source>The database as it was is kept as the backup {0}.</source>
            <translation>Прежняя база данных сохранена как резервная копия {0}.</translation>
        </message>
    </context>
    <context>
        <name>Certificate</name>
        <message>
            <location filename="../../src/fieldmon/ui/certificates.py" line="50" />
            <source>Organizer</source>
            <translation>Организатор</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/certificates.py" line="51" />
            <source>Facilitator</source>
            <translation>Тренер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/certificates.py" line="36" />
            <source>completed the {kind} “{title}”</source>
            <translation>прошёл(ла) обучение: {kind} «{title}»</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/certificates.py" line="32" />
            <source>Certificate</source>
            <translation>Сертификат</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/certificates.py" line="33" />
            <source>of completion</source>
            <translation>о прохождении обучения</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/certificates.py" line="34" />
            <source>This certifies that</source>
            <translation>Настоящим подтверждается, что</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/certificates.py" line="17" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n день</numerusform>
                <numerusform>%n дня</numerusform>
                <numerusform>%n дней</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/certificates.py" line="43" />
            <source>Present on {0} of {1} days</source>
            <translation>Присутствие: {0} из {1} дней</translation>
        </message>
    </context>
    <context>
        <name>CollectionSheet</name>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="47" />
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="251" />
            <source>Collection sheet</source>
            <translation>Ведомость сбора платежей</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="60" />
            <source>Include earlier unpaid instalments</source>
            <translation>Включить ранее не оплаченные взносы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="63" />
            <source>&amp;Show</source>
            <translation>&amp;Показать</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="66" />
            <source>Region</source>
            <translation>Область</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="67" />
            <source>District</source>
            <translation>Район</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="68" />
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="83" />
            <source>Settlement</source>
            <translation>Населённый пункт</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="71" />
            <source>to</source>
            <translation>по</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="76" />
            <source>Due from</source>
            <translation>Срок с</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="82" />
            <source>Collected</source>
            <translation>Собрано</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="84" />
            <source>Borrower</source>
            <translation>Заёмщик</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="85" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="86" />
            <source>Loan no.</source>
            <translation>№ займа</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="87" />
            <source>Due</source>
            <translation>Срок</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="88" />
            <source>To collect</source>
            <translation>К сбору</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="89" />
            <source>Receipt no.</source>
            <translation>№ квитанции</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="103" />
            <source>Post &amp;ticked</source>
            <translation>Провести &amp;отмеченные</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="105" />
            <source>Save as &amp;PDF…</source>
            <translation>Сохранить в &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="106" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="109" />
            <source>Collected on</source>
            <translation>Дата сбора</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="128" />
            <source>Write dates as dd.mm.yyyy.</source>
            <translation>Пишите даты как дд.мм.гггг.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="131" />
            <source>Give the first and the last due date of the period.</source>
            <translation>Укажите первую и последнюю дату периода.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="146" />
            <source>Choose a region, district or settlement that has loans.</source>
            <translation>Выберите область, район или населённый пункт, где есть займы.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="183" />
            <source>{0} instalments; in all {1}</source>
            <translation>Взносов: {0}; всего {1}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="216" />
            <source>Some rows were not posted</source>
            <translation>Некоторые строки не проведены</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="217" />
            <source>{0} posted; not posted:</source>
            <translation>Проведено: {0}; не проведены:</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="263" />
            <source>Save collection sheet</source>
            <translation>Сохранить ведомость</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="265" />
            <source>PDF files (*.pdf)</source>
            <translation>Файлы PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>ConflictsPage</name>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="61" />
            <source>Place</source>
            <translation>Место</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="62" />
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="82" />
            <source>Site</source>
            <translation>Объект</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="63" />
            <source>Person</source>
            <translation>Человек</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="64" />
            <source>Borrower</source>
            <translation>Заёмщик</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="65" />
            <source>Loan</source>
            <translation>Займ</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="66" />
            <source>Repayment</source>
            <translation>Погашение</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="67" />
            <source>Training</source>
            <translation>Обучение</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="68" />
            <source>Participant</source>
            <translation>Участник</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="69" />
            <source>Visit</source>
            <translation>Визит</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="70" />
            <source>Project</source>
            <translation>Проект</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="71" />
            <source>Indicator</source>
            <translation>Показатель</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="72" />
            <source>Indicator value</source>
            <translation>Значение индикатора</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="73" />
            <source>Attached file</source>
            <translation>Прикреплённый файл</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="76" />
            <source>Caption</source>
            <translation>Подпись</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="77" />
            <source>File name</source>
            <translation>Имя файла</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="78" />
            <source>Day</source>
            <translation>День</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="79" />
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="187" />
            <source>Deleted</source>
            <translation>Удалено</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="80" />
            <source>Visit date</source>
            <translation>Дата визита</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="81" />
            <source>Officer</source>
            <translation>Специалист</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="83" />
            <source>Purpose</source>
            <translation>Цель</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="84" />
            <source>Funds used as intended</source>
            <translation>Средства использованы по назначению</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="85" />
            <source>Equipment in working order</source>
            <translation>Оборудование исправно</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="86" />
            <source>Beneficiaries</source>
            <translation>Благополучатели</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="87" />
            <source>Rating</source>
            <translation>Оценка</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="88" />
            <source>Findings</source>
            <translation>Выводы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="89" />
            <source>Follow-up</source>
            <translation>Последующие действия</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="90" />
            <source>Follow-up due</source>
            <translation>Срок последующих действий</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="91" />
            <source>Follow-up closed on</source>
            <translation>Последующие действия закрыты</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="92" />
            <source>Principal</source>
            <translation>Основной долг</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="93" />
            <source>Annual rate, %</source>
            <translation>Годовая ставка, %</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="94" />
            <source>Term, months</source>
            <translation>Срок, мес.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="95" />
            <source>Disbursed on</source>
            <translation>Дата выдачи</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="96" />
            <source>First instalment due</source>
            <translation>Первый платёж</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="97" />
            <source>Attendance</source>
            <translation>Посещаемость</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="98" />
            <source>Receipt posted twice</source>
            <translation>Квитанция проведена дважды</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="99" />
            <source>Pre-test score</source>
            <translation>Балл до обучения</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="100" />
            <source>Post-test score</source>
            <translation>Балл после обучения</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="101" />
            <source>Full name</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="102" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="103" />
            <source>IIN</source>
            <translation>ИИН</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="104" />
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="105" />
            <source>Start date</source>
            <translation>Дата начала</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="106" />
            <source>Days</source>
            <translation>Дней</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="107" />
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="108" />
            <source>Group members</source>
            <translation>Члены группы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="114" />
            <source>Record</source>
            <translation>Запись</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="115" />
            <source>Field</source>
            <translation>Поле</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="116" />
            <source>Applied value</source>
            <translation>Применённое значение</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="117" />
            <source>Applied edit by</source>
            <translation>Чья правка применена</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="118" />
            <source>Other value</source>
            <translation>Другое значение</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="119" />
            <source>Other edit by</source>
            <translation>Чья другая правка</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="129" />
            <source>&amp;Keep the applied value</source>
            <translation>&amp;Оставить применённое значение</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="131" />
            <source>&amp;Use the other value</source>
            <translation>&amp;Взять другое значение</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="137" />
            <source>Both values were edited since the last exchange. The later edit is applied; pick the one that is right.</source>
            <translation>Оба значения изменены после последнего обмена. Применена более поздняя правка; выберите верное значение.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="142" />
            <source>No conflicts wait for review.</source>
            <translation>Конфликтов, ожидающих решения, нет.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="170" />
            <source>Found merging data from {0}</source>
            <translation>Найдено при объединении данных от {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="182" />
            <source>Attendance, day {0}</source>
            <translation>Посещаемость, день {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="187" />
            <source>Not deleted</source>
            <translation>Не удалено</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="191" />
            <source>Yes</source>
            <translation>Да</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="191" />
            <source>No</source>
            <translation>Нет</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="193" />
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n человек</numerusform>
                <numerusform>%n человека</numerusform>
                <numerusform>%n человек</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="235" />
            <source>Cannot settle the conflict</source>
            <translation>Не удалось разрешить конфликт</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <location filename="../../src/fieldmon/ui/widgets.py" line="46" />
            <source>dd.mm.yyyy</source>
            <translation>дд.мм.гггг</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/widgets.py" line="51" />
            <source>Pick from a calendar</source>
            <translation>Выбрать в календаре</translation>
        </message>
    </context>
    <context>
        <name>Deletions</name>
        <message>
            <location filename="../../src/fieldmon/ui/deletions.py" line="91" />
            <source>Delete loan</source>
            <translation>удаление займа</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/deletions.py" line="85" />
            <source>Delete loan {0}</source>
            <translation>удаление займа {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/deletions.py" line="86" />
            <source>Deleted loan {0}. Ctrl+Z brings it back.</source>
            <translation>Займ {0} удалён. Ctrl+Z вернёт его.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/deletions.py" line="113" />
            <source>Delete training</source>
            <translation>удаление тренинга</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/deletions.py" line="105" />
            <source>Delete training {0}</source>
            <translation>удаление тренинга {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/deletions.py" line="108" />
            <source>Deleted training {0} and its attendance. Ctrl+Z brings them back.</source>
            <translation>Тренинг {0} и его посещаемость удалены. Ctrl+Z вернёт их.</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="40" />
            <source>Unsaved changes</source>
            <translation>Несохранённые изменения</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="42" />
            <source>This form has changes that are not saved. Save them?</source>
            <translation>В форме есть несохранённые изменения. Сохранить их?</translation>
        </message>
    </context>
    <context>
        <name>DraftWriter</name>
        <message>
            <location filename="../../src/fieldmon/ui/form_drafts.py" line="177" />
            <source>Your typing is kept in memory; it could not be saved as a draft yet ({0}).</source>
            <translation>Введённое хранится в памяти; сохранить черновик пока не удалось ({0}).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/form_drafts.py" line="187" />
            <source>Your typing is kept in memory; it could not be saved as a draft yet (the database is busy).</source>
            <translation>Введённое хранится в памяти; сохранить черновик пока не удалось (база данных занята).</translation>
        </message>
    </context>
    <context>
        <name>EvidenceStrip</name>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="162" />
            <source>Caption</source>
            <translation>Подпись</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="163" />
            <source>Caption for '{0}':</source>
            <translation>Подпись к «{0}»:</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="176" />
            <source>{0} KB</source>
            <translation>{0} КБ</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="179" />
            <source>{0} MB</source>
            <translation>{0} МБ</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="193" />
            <source>Day {0}</source>
            <translation>День {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="206" />
            <source>Caption: {0}</source>
            <translation>Подпись: {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="210" />
            <source>Sign-in sheet for day {0}</source>
            <translation>Лист регистрации за день {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="218" />
            <source>Taken {0}</source>
            <translation>Снято {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="225" />
            <source>GPS: {0}, {1}</source>
            <translation>GPS: {0}, {1}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="231" />
            <source>Not saved yet: it is saved when the form is saved.</source>
            <translation>Ещё не сохранён: сохранится вместе с формой.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="236" />
            <source>It may be the wrong photo:</source>
            <translation>Возможно, это не то фото:</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="352" />
            <source>No photos or scans yet: add files, or drop them here.</source>
            <translation>Фото и сканов пока нет: добавьте файлы или перетащите их сюда.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="374" />
            <source>&amp;Add files…</source>
            <translation>&amp;Добавить файлы…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="375" />
            <source>Attach photos (JPEG, PNG, HEIC) or PDF scans; you can also drop files here</source>
            <translation>Прикрепить фото (JPEG, PNG, HEIC) или сканы PDF; файлы можно и перетащить сюда</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="380" />
            <source>Open</source>
            <translation>Открыто</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="381" />
            <source>Show the photo full size, or open the scan (Enter)</source>
            <translation>Показать фото в полный размер или открыть скан (Enter)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="386" />
            <source>Caption…</source>
            <translation>Подпись…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="387" />
            <source>Write what the file shows (F2)</source>
            <translation>Написать, что на файле (F2)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="392" />
            <source>Remove</source>
            <translation>Убрать</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="394" />
            <source>Take the selected files off this record (Delete); Undo remove brings them back</source>
            <translation>Открепить выбранные файлы от записи (Delete); «Вернуть убранное» возвращает их</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="400" />
            <source>Undo remove</source>
            <translation>Вернуть убранное</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="401" />
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="605" />
            <source>Bring back the file removed last (Ctrl+Z)</source>
            <translation>Вернуть последний убранный файл (Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="407" />
            <source>The day of the training a sign-in sheet is for</source>
            <translation>День тренинга, к которому относится лист регистрации</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="408" />
            <source>For &amp;day:</source>
            <translation>За &amp;день:</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="603" />
            <source>Bring back: {0} (Ctrl+Z)</source>
            <translation>Отменить: {0} (Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="607" />
            <source>Reading and checking the files…</source>
            <translation>Чтение и проверка файлов…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="618" />
            <source>Attach photos or scans</source>
            <translation>Прикрепить фото или сканы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="620" />
            <source>Photos and scans ({0})</source>
            <translation>Фото и сканы ({0})</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="671" />
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="698" />
            <source>Files not added</source>
            <translation>Файлы не добавлены</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="686" />
            <source>'{0}' is attached already.</source>
            <translation>«{0}» уже прикреплён.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="698" />
            <source>File not added</source>
            <translation>Файл не добавлен</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="720" />
            <source>Not saved</source>
            <translation>Не сохранено</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="735" />
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="751" />
            <source>Cannot open the file</source>
            <translation>Не удаётся открыть файл</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="752" />
            <source>No program on this computer opens PDF files; install a PDF reader.</source>
            <translation>На этом компьютере нет программы для PDF; установите программу просмотра PDF.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="791" />
            <source>Remove '{0}'</source>
            <translation>Убрать «{0}»</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="793" />
            <source>Remove %n file(s)</source>
            <translation>
                <numerusform>Убрать %n файл</numerusform>
                <numerusform>Убрать %n файла</numerusform>
                <numerusform>Убрать %n файлов</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="799" />
            <source>Removed. Undo remove brings it back; so does attaching the same file again.</source>
            <translation>Убрано. Его вернёт «Вернуть убранное» или повторное прикрепление того же файла.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="809" />
            <source>Not removed</source>
            <translation>Не убрано</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="828" />
            <source>Not brought back</source>
            <translation>Не возвращено</translation>
        </message>
    </context>
    <context>
        <name>ExchangeArea</name>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="32" />
            <source>&amp;Export data package…</source>
            <translation>&amp;Экспорт пакета данных…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="35" />
            <source>Export data package with e&amp;verything…</source>
            <translation>Экспорт пакета со &amp;всеми данными…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="40" />
            <source>Export data package of the current &amp;project…</source>
            <translation>Экспортировать пакет данных т&amp;екущего проекта…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="43" />
            <source>Import data pac&amp;kage…</source>
            <translation>Импорт &amp;пакета данных…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="66" />
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="77" />
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="108" />
            <source>Export data package</source>
            <translation>Экспорт пакета данных</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="67" />
            <source>Choose a project in the status bar first (Project: …).</source>
            <translation>Сначала выберите проект в строке состояния (Проект: …).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="79" />
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="161" />
            <source>fieldmon data packages (*.fmpkg)</source>
            <translation>Пакеты данных fieldmon (*.fmpkg)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="110" />
            <source>Without the exchange passphrase the package is not encrypted: whoever finds the USB stick can read the names, IINs and phone numbers in it. Save it unprotected?</source>
            <translation>Без парольной фразы для обмена пакет не шифруется: любой, кто найдёт флешку, сможет прочитать имена, ИИН и номера телефонов в нём. Сохранить пакет без защиты?</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="143" />
            <source>Nothing changed since the last package saved to this folder; the package {0} is empty.</source>
            <translation>С последнего пакета, сохранённого в эту папку, ничего не изменилось; пакет {0} пуст.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="146" />
            <source>Saved {0} records ({1} deleted) to {2}.</source>
            <translation>Сохранено записей: {0} (удалённых: {1}) в {2}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="150" />
            <source>Exporting to {0}…</source>
            <translation>Экспорт в {0}…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="159" />
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="169" />
            <source>Import data package</source>
            <translation>Импорт пакета данных</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="173" />
            <source>There is no data package {0}.</source>
            <translation>Пакета данных {0} нет.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="181" />
            <source>A report or an import is running; open {0} again when it has finished.</source>
            <translation>Идёт отчёт или импорт; откройте {0} снова, когда он закончится.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="188" />
            <source>Import the data package {0} into this database?</source>
            <translation>Импортировать пакет данных {0} в эту базу данных?</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="207" />
            <source>Checking and merging {0}…</source>
            <translation>Проверка и объединение {0}…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="231" />
            <source>Nothing new: everything in {0} is already here.</source>
            <translation>Ничего нового: всё из {0} уже есть в базе.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="233" />
            <source>Data package</source>
            <translation>Пакет данных</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="237" />
            <source>Data package imported</source>
            <translation>Пакет данных импортирован</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="238" />
            <source>Merged {0}.</source>
            <translation>{0} объединён.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="245" />
            <source>Merged {0}. %Ln conflict(s) wait for your decision.</source>
            <translation>
                <numerusform>{0} объединён. %Ln конфликт ждёт вашего решения.</numerusform>
                <numerusform>{0} объединён. %Ln конфликта ждут вашего решения.</numerusform>
                <numerusform>{0} объединён. %Ln конфликтов ждут вашего решения.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="248" />
            <source>&amp;Review conflicts</source>
            <translation>&amp;Разобрать конфликты</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="258" />
            <source>{0}: {1} new, {2} updated, {3} unchanged, {4} conflicts</source>
            <translation>{0}: новых {1}, обновлено {2}, без изменений {3}, конфликтов {4}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="267" />
            <source>Loan {0}, receipt {1}: typed on two laptops; it counts once.</source>
            <translation>Займ {0}, квитанция {1}: введена на двух ноутбуках; учитывается один раз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="270" />
            <source>Loan {0}, receipt {1}: posted twice with different amounts or dates; the first posted counts until you decide.</source>
            <translation>Займ {0}, квитанция {1}: проведена дважды с разными суммами или датами; пока вы не решите, учитывается проведённая первой.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="277" />
            <source>Loan {0} is over-paid by {1}: check its repayments.</source>
            <translation>Займ {0} переплачен на {1}: проверьте его погашения.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="284" />
            <source>Photos and scans this database did not have: {0}.</source>
            <translation>Фото и сканов, которых не было в этой базе: {0}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="294" />
            <source>Cannot use the file: {0}.</source>
            <translation>Не удалось использовать файл: {0}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="297" />
            <source>An unexpected error stopped it; details are in the log file.</source>
            <translation>Операция прервана непредвиденной ошибкой; подробности в журнале.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="299" />
            <source>Nothing was imported</source>
            <translation>Ничего не импортировано</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="301" />
            <source>The package was not saved</source>
            <translation>Пакет не сохранён</translation>
        </message>
    </context>
    <context>
        <name>ExchangePassphrase</name>
        <message>
            <location filename="../../src/fieldmon/ui/exchange_passphrase.py" line="70" />
            <source>Exchange passphrase</source>
            <translation>Парольная фраза для обмена</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/exchange_passphrase.py" line="72" />
            <source>The package {0} is encrypted. The team's exchange passphrase:</source>
            <translation>Пакет {0} зашифрован. Парольная фраза команды для обмена:</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/exchange_passphrase.py" line="76" />
            <source>The team's exchange passphrase, to encrypt data packages:</source>
            <translation>Парольная фраза команды для обмена, которой шифруются пакеты данных:</translation>
        </message>
    </context>
    <context>
        <name>FindDialog</name>
        <message>
            <location filename="../../src/fieldmon/ui/find_dialog.py" line="42" />
            <source>Find everywhere</source>
            <translation>Поиск везде</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/find_dialog.py" line="45" />
            <source>Visits</source>
            <translation>Визиты</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/find_dialog.py" line="46" />
            <source>Sites</source>
            <translation>Объекты</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/find_dialog.py" line="47" />
            <source>Loans</source>
            <translation>Займы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/find_dialog.py" line="48" />
            <source>Trainings</source>
            <translation>Обучения</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/find_dialog.py" line="49" />
            <source>People</source>
            <translation>Люди</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/find_dialog.py" line="54" />
            <source>Search visits, sites, loans, trainings and people (any case)…</source>
            <translation>Поиск по визитам, объектам, займам, тренингам и людям (без учёта регистра)…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/find_dialog.py" line="83" />
            <source>{0} ({1})</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/find_dialog.py" line="98" />
            <source>Nothing found.</source>
            <translation>Ничего не найдено.</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <location filename="../../src/fieldmon/ui/home_page.py" line="197" />
            <source>Visits per month</source>
            <translation>Визиты по месяцам</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/home_page.py" line="204" />
            <source>Portfolio at risk over 30 days, by quarter</source>
            <translation>Портфель под риском свыше 30 дней, по кварталам</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/home_page.py" line="209" />
            <source>People trained this quarter, by sex and age group</source>
            <translation>Обученные в этом квартале, по полу и возрастным группам</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/home_page.py" line="226" />
            <source>Attention</source>
            <translation>Требует внимания</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/home_page.py" line="262" />
            <source>Counting…</source>
            <translation>Подсчёт…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/home_page.py" line="281" />
            <source>The figures could not be counted; details are in the log file.</source>
            <translation>Не удалось подсчитать показатели; подробности в журнале.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/home_page.py" line="301" />
            <source>under 15</source>
            <translation>до 15</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/home_page.py" line="363" />
            <source>%Ln follow-up action(s) past due</source>
            <translation>
                <numerusform>%Ln последующее действие просрочено</numerusform>
                <numerusform>%Ln последующих действия просрочены</numerusform>
                <numerusform>%Ln последующих действий просрочено</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/home_page.py" line="369" />
            <source>%Ln loan(s) became more than 30 days late in the past week</source>
            <translation>
                <numerusform>%Ln займ за неделю просрочен более чем на 30 дней</numerusform>
                <numerusform>%Ln займа за неделю просрочены более чем на 30 дней</numerusform>
                <numerusform>%Ln займов за неделю просрочены более чем на 30 дней</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/home_page.py" line="374" />
            <source>%Ln conflict(s) to review</source>
            <translation>
                <numerusform>%Ln конфликт ждёт решения</numerusform>
                <numerusform>%Ln конфликта ждут решения</numerusform>
                <numerusform>%Ln конфликтов ждут решения</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/home_page.py" line="378" />
            <source>%Ln change(s) not yet sent</source>
            <translation>
                <numerusform>%Ln изменение ещё не отправлено</numerusform>
                <numerusform>%Ln изменения ещё не отправлены</numerusform>
                <numerusform>%Ln изменений ещё не отправлено</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/home_page.py" line="386" />
            <source>No backup yet</source>
            <translation>Резервных копий пока нет</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/home_page.py" line="390" />
            <source>%Ln day(s) since the last backup</source>
            <translation>
                <numerusform>%Ln день с последней резервной копии</numerusform>
                <numerusform>%Ln дня с последней резервной копии</numerusform>
                <numerusform>%Ln дней с последней резервной копии</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/home_page.py" line="393" />
            <source>Nothing needs attention.</source>
            <translation>Всё в порядке: ничего не требует внимания.</translation>
        </message>
    </context>
    <context>
        <name>ImportsArea</name>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="39" />
            <source>Imported {0} visits ({1} new sites, {2} new districts or settlements).</source>
            <translation>Импортировано визитов: {0} (новых объектов: {1}, новых районов или населённых пунктов: {2}).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="52" />
            <source>Imported {0} loans ({1} new people).</source>
            <translation>Импортировано займов: {0} (новых людей: {1}).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="61" />
            <source>Posted {0} repayments.</source>
            <translation>Проведено платежей: {0}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="70" />
            <source>Imported {0} trainings ({1} already recorded).</source>
            <translation>Импортировано тренингов: {0} (уже были записаны: {1}).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="79" />
            <source>Imported attendance of {0} participants ({1} new people).</source>
            <translation>Импортирована посещаемость участников: {0} (новых людей: {1}).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="99" />
            <source>&amp;Import visits…</source>
            <translation>&amp;Импорт визитов…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="100" />
            <source>Visits…</source>
            <translation>Визиты…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="101" />
            <source>Import visits</source>
            <translation>Импорт визитов</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="107" />
            <source>Import loa&amp;ns…</source>
            <translation>Импорт зай&amp;мов…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="108" />
            <source>Loans…</source>
            <translation>Займы…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="109" />
            <source>Import loans</source>
            <translation>Импорт займов</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="114" />
            <source>Import repa&amp;yments…</source>
            <translation>Импорт пла&amp;тежей…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="115" />
            <source>Repayments…</source>
            <translation>Платежи…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="116" />
            <source>Import repayments</source>
            <translation>Импорт платежей</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="121" />
            <source>Import trainin&amp;gs…</source>
            <translation>Импорт тре&amp;нингов…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="122" />
            <source>Trainings…</source>
            <translation>Тренинги…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="123" />
            <source>Import trainings</source>
            <translation>Импорт тренингов</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="128" />
            <source>Import a&amp;ttendance…</source>
            <translation>Импорт &amp;посещаемости…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="129" />
            <source>Attendance…</source>
            <translation>Посещаемость…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="130" />
            <source>Import attendance</source>
            <translation>Импорт посещаемости</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="150" />
            <source>Save import &amp;template</source>
            <translation>Сохранить &amp;шаблон импорта</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="164" />
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="217" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Книги Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="176" />
            <source>Importing {0}…</source>
            <translation>Импорт {0}…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="195" />
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="202" />
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="207" />
            <source>Nothing was imported</source>
            <translation>Ничего не импортировано</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="208" />
            <source>An unexpected error stopped the import; see the log file.</source>
            <translation>Импорт остановлен непредвиденной ошибкой; подробности в журнале.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="215" />
            <source>Save import template</source>
            <translation>Сохранить шаблон импорта</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="227" />
            <source>Cannot save</source>
            <translation>Не удаётся сохранить</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="229" />
            <source>Template saved to {0}.</source>
            <translation>Шаблон сохранён в {0}.</translation>
        </message>
    </context>
    <context>
        <name>IndicatorDialog</name>
        <message>
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="183" />
            <source>Indicator {0}</source>
            <translation>Индикатор {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="183" />
            <source>New indicator</source>
            <translation>Новый индикатор</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="188" />
            <source>such as 1.2</source>
            <translation>например, 1.2</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="195" />
            <source>Goal</source>
            <translation>Цель</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="195" />
            <source>Outcome</source>
            <translation>Конечный результат</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="195" />
            <source>Output</source>
            <translation>Продукт</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="201" />
            <source>people, loans, %…</source>
            <translation>человек, займов, %…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="220" />
            <source>All the project's regions</source>
            <translation>Все области проекта</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="230" />
            <source>Year</source>
            <translation>Год</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="230" />
            <source>Target for the year</source>
            <translation>Целевое значение на год</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="242" />
            <source>Add a &amp;year</source>
            <translation>Добавить &amp;год</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="244" />
            <source>&amp;Remove the year</source>
            <translation>&amp;Убрать год</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="266" />
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="267" />
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="268" />
            <source>Level</source>
            <translation>Уровень</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="275" />
            <source>Measure</source>
            <translation>Способ расчёта</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="276" />
            <source>Region</source>
            <translation>Область</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="277" />
            <source>Unit</source>
            <translation>Единица измерения</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="278" />
            <source>Baseline</source>
            <translation>Базовое значение</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="279" />
            <source>Target</source>
            <translation>Целевое значение</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="280" />
            <source>Targets by year</source>
            <translation>Целевые значения по годам</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="301" />
            <source>The code names the indicator; it cannot change.</source>
            <translation>Код — имя индикатора; его нельзя изменить.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="329" />
            <source>a share: {0} is {1}</source>
            <translation>доля: {0} — это {1}</translation>
        </message>
    </context>
    <context>
        <name>LanguageSwitch</name>
        <message>
            <location filename="../../src/fieldmon/ui/language_switch.py" line="80" />
            <source>Export running</source>
            <translation>Идёт выгрузка</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/language_switch.py" line="81" />
            <source>A report is being written. Cancel it and change the language now?</source>
            <translation>Отчёт ещё записывается. Отменить его и сменить язык сейчас?</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/language_switch.py" line="87" />
            <location filename="../../src/fieldmon/ui/language_switch.py" line="106" />
            <source>The new language takes effect when fieldmon is started again.</source>
            <translation>Новый язык будет применён при следующем запуске fieldmon.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/language_switch.py" line="97" />
            <source>Files not saved</source>
            <translation>Файлы не сохранены</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/language_switch.py" line="98" />
            <source>Photos or scans added in an open window are not saved yet or still being checked; changing the language now drops them (typing is kept). Change the language now?</source>
            <translation>Фото или сканы, добавленные в открытом окне, ещё не сохранены или проверяются; если сменить язык сейчас, они будут отброшены (введённый текст сохранится). Сменить язык сейчас?</translation>
        </message>
    </context>
    <context>
        <name>LoanForm</name>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="119" />
            <source>New loan</source>
            <translation>Новый займ</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="119" />
            <source>Edit loan</source>
            <translation>Изменить займ</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="127" />
            <source>Group name</source>
            <translation>Название группы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="131" />
            <source>Full name</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="132" />
            <source>Sex</source>
            <translation>Пол</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="133" />
            <source>Birth year</source>
            <translation>Год рождения</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="134" />
            <source>IIN</source>
            <translation>ИИН</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="135" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="143" />
            <source>Borrower</source>
            <translation>Заёмщик</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="145" />
            <source>Borrower is</source>
            <translation>Заёмщик —</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="149" />
            <source>Region</source>
            <translation>Область</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="150" />
            <source>District</source>
            <translation>Район</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="151" />
            <source>Settlement</source>
            <translation>Населённый пункт</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="167" />
            <source>a month after disbursement</source>
            <translation>через месяц после выдачи</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="169" />
            <source>Loan</source>
            <translation>Займ</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="178" />
            <source>Project</source>
            <translation>Проект</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="179" />
            <source>Loan number</source>
            <translation>Номер займа</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="180" />
            <source>Product</source>
            <translation>Продукт</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="181" />
            <source>Purpose or equipment</source>
            <translation>Цель или оборудование</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="186" />
            <source>Principal</source>
            <translation>Сумма займа</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="188" />
            <source>Annual rate, %</source>
            <translation>Годовая ставка, %</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="189" />
            <source>Interest method</source>
            <translation>Метод начисления</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="190" />
            <source>Term, months</source>
            <translation>Срок, месяцев</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="191" />
            <source>Disbursed on</source>
            <translation>Дата выдачи</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="192" />
            <source>First instalment due</source>
            <translation>Первый платёж</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="193" />
            <source>Committee approval</source>
            <translation>Одобрение кредитного комитета</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="334" />
            <source>{0} instalments from {1} to {2}; the first {3}, in all {4}.</source>
            <translation>Взносов: {0}, с {1} по {2}; первый {3}, всего {4}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="354" />
            <source>Already registered: {0}, born {1}{2}. That record will be used.</source>
            <translation>Уже в реестре: {0}, {1} г. р.{2}. Будет использована эта запись.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="357" />
            <source>, IIN {0}</source>
            <translation>, ИИН {0}</translation>
        </message>
    </context>
    <context>
        <name>LoanTableModel</name>
        <message>
            <location filename="../../src/fieldmon/ui/loans_model.py" line="31" />
            <source>Loan no.</source>
            <translation>№ займа</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_model.py" line="32" />
            <source>Borrower</source>
            <translation>Заёмщик</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_model.py" line="33" />
            <source>Settlement / district</source>
            <translation>Населённый пункт / район</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_model.py" line="34" />
            <source>Product</source>
            <translation>Продукт</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_model.py" line="35" />
            <source>Disbursed</source>
            <translation>Выдан</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_model.py" line="36" />
            <source>Principal</source>
            <translation>Сумма займа</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_model.py" line="37" />
            <source>Outstanding</source>
            <translation>Остаток</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_model.py" line="38" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_model.py" line="39" />
            <source>Days late</source>
            <translation>Дней просрочки</translation>
        </message>
    </context>
    <context>
        <name>LoanView</name>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="129" />
            <source>As of</source>
            <translation>На дату</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="135" />
            <source>#</source>
            <translation>№</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="136" />
            <source>Due</source>
            <translation>Срок</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="137" />
            <source>Principal</source>
            <translation>Сумма займа</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="138" />
            <source>Interest</source>
            <translation>Проценты</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="139" />
            <source>Total</source>
            <translation>Итого</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="140" />
            <source>Paid</source>
            <translation>Оплачено</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="146" />
            <location filename="../../src/fieldmon/ui/loan_view.py" line="168" />
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="147" />
            <location filename="../../src/fieldmon/ui/loan_view.py" line="169" />
            <source>Amount</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="148" />
            <source>Receipt</source>
            <translation>Квитанция</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="149" />
            <source>Posted by</source>
            <translation>Провёл</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="150" />
            <source>Reversed</source>
            <translation>Сторнирован</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="162" />
            <source>&amp;Post repayment</source>
            <translation>&amp;Провести платёж</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="165" />
            <source>New repayment</source>
            <translation>Новый платёж</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="170" />
            <source>Receipt no.</source>
            <translation>№ квитанции</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="177" />
            <source>&amp;Reverse selected repayment…</source>
            <translation>&amp;Сторнировать выбранный платёж…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="179" />
            <source>&amp;Edit loan…</source>
            <translation>&amp;Изменить займ…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="180" />
            <source>&amp;Delete loan</source>
            <translation>&amp;Удалить займ</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="182" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="192" />
            <source>Repayments</source>
            <translation>Платежи</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="197" />
            <source>Contract, receipts and photos</source>
            <translation>Договор, квитанции и фото</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="230" />
            <source>Cannot open the loan</source>
            <translation>Не удалось открыть займ</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="236" />
            <source>Loan {0}</source>
            <translation>Займ {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="241" />
            <source>{product}, {principal} at {rate} % a year ({method}), {term} months, disbursed {disbursed}. {place}. {members}</source>
            <translation>{product}, {principal} под {rate} % годовых ({method}), {term} мес., выдан {disbursed}. {place}. {members}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="256" />
            <source>, {0} days in arrears</source>
            <translation>, просрочка {0} дн.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="262" />
            <source>{status}{late}. Paid {paid}; outstanding principal {principal}, all owed {owed}.</source>
            <translation>{status}{late}. Оплачено {paid}; остаток основного долга {principal}, всего к оплате {owed}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="293" />
            <source>{0} by {1}: {2}</source>
            <translation>{0}, {1}: {2}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="316" />
            <source>A loan with repayments cannot be deleted; reverse them first.</source>
            <translation>Займ с платежами нельзя удалить; сначала сторнируйте их.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="318" />
            <source>Delete this loan (Ctrl+Z in the main window brings it back).</source>
            <translation>Удалить этот займ (Ctrl+Z в главном окне вернёт его).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="322" />
            <source>due now: {0}</source>
            <translation>к оплате сейчас: {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="356" />
            <source>Reverse repayment</source>
            <translation>Сторнировать платёж</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="357" />
            <source>Why is the repayment of {0} (receipt {1}) reversed?</source>
            <translation>Почему сторнируется платёж {0} (квитанция {1})?</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="366" />
            <location filename="../../src/fieldmon/ui/loan_view.py" line="369" />
            <source>Not reversed</source>
            <translation>Не сторнирован</translation>
        </message>
    </context>
    <context>
        <name>LoansArea</name>
        <message>
            <location filename="../../src/fieldmon/ui/areas/loans.py" line="27" />
            <source>New &amp;loan</source>
            <translation>Новый &amp;займ</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/loans.py" line="28" />
            <source>Post &amp;repayments…</source>
            <translation>Провести &amp;платежи…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/loans.py" line="29" />
            <source>&amp;Collection sheet…</source>
            <translation>&amp;Ведомость сбора…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/loans.py" line="90" />
            <source>Loan saved.</source>
            <translation>Займ сохранён.</translation>
        </message>
    </context>
    <context>
        <name>LoansPage</name>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="53" />
            <source>Search loan number, borrower or place…</source>
            <translation>Поиск по номеру займа, заёмщику или месту…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="57" />
            <source>Any status</source>
            <translation>Любой статус</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="62" />
            <source>Any product</source>
            <translation>Любой продукт</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="67" />
            <source>All regions</source>
            <translation>Все области</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="72" />
            <source>Any currency</source>
            <translation>Любая валюта</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="92" />
            <source>&amp;New loan</source>
            <translation>&amp;Новый займ</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="94" />
            <source>&amp;Open</source>
            <translation>&amp;Открыть</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="95" />
            <source>Post &amp;repayments…</source>
            <translation>Провести &amp;платежи…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="97" />
            <source>&amp;Collection sheet…</source>
            <translation>&amp;Ведомость сбора…</translation>
        </message>
    </context>
    <context>
        <name>LockDialog</name>
        <message>
            <location filename="../../src/fieldmon/ui/idle_lock.py" line="43" />
            <source>fieldmon is locked</source>
            <translation>fieldmon заблокирован</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/idle_lock.py" line="46" />
            <source>fieldmon was locked after a while without use. Type the password to go on.</source>
            <translation>fieldmon заблокирован после периода бездействия. Введите пароль, чтобы продолжить.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/idle_lock.py" line="57" />
            <source>&amp;Unlock</source>
            <translation>&amp;Разблокировать</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/idle_lock.py" line="71" />
            <source>Wrong password; fieldmon stays locked.</source>
            <translation>Неверный пароль; fieldmon остаётся заблокированным.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="90" />
            <source>Visits</source>
            <translation>Визиты</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="91" />
            <source>Loans</source>
            <translation>Займы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="92" />
            <source>Trainings</source>
            <translation>Тренинги</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="93" />
            <source>People</source>
            <translation>Люди</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="96" />
            <source>Reports</source>
            <translation>Отчёты</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="97" />
            <location filename="../../src/fieldmon/ui/main_window.py" line="370" />
            <source>Conflicts</source>
            <translation>Конфликты</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="103" />
            <source>Opening the database…</source>
            <translation>Открываю базу данных…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="235" />
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/deletions.py" line="63" />
            <source>Cannot delete</source>
            <translation>Не удалось удалить</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="89" />
            <source>Home</source>
            <translation>Главная</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="94" />
            <source>Projects</source>
            <translation>Проекты</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="95" />
            <source>Results</source>
            <translation>Результаты</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="249" />
            <source>&amp;Settings…</source>
            <translation>&amp;Настройки…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="251" />
            <source>&amp;Quit</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="253" />
            <source>&amp;Edit</source>
            <translation>&amp;Правка</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="254" />
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="256" />
            <source>&amp;Redo</source>
            <translation>&amp;Повторить</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="263" />
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="265" />
            <source>&amp;Refresh</source>
            <translation>&amp;Обновить</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="268" />
            <source>&amp;Find</source>
            <translation>&amp;Найти</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="270" />
            <source>Find &amp;everywhere…</source>
            <translation>Поиск &amp;везде…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="272" />
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="273" />
            <source>&amp;About fieldmon</source>
            <translation>&amp;О программе fieldmon</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="368" />
            <source>Conflicts ({0})</source>
            <translation>Конфликты ({0})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/main_window.py" line="380" />
            <source>%Ln visit(s)</source>
            <translation>
                <numerusform>%Ln визит</numerusform>
                <numerusform>%Ln визита</numerusform>
                <numerusform>%Ln визитов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/main_window.py" line="381" />
            <source>%Ln loan(s)</source>
            <translation>
                <numerusform>%Ln займ</numerusform>
                <numerusform>%Ln займа</numerusform>
                <numerusform>%Ln займов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/main_window.py" line="382" />
            <source>%Ln training(s)</source>
            <translation>
                <numerusform>%Ln тренинг</numerusform>
                <numerusform>%Ln тренинга</numerusform>
                <numerusform>%Ln тренингов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/main_window.py" line="383" />
            <source>%Ln people</source>
            <translation>
                <numerusform>%Ln человек</numerusform>
                <numerusform>%Ln человека</numerusform>
                <numerusform>%Ln человек</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/main_window.py" line="384" />
            <source>%Ln project(s)</source>
            <translation>
                <numerusform>%Ln проект</numerusform>
                <numerusform>%Ln проекта</numerusform>
                <numerusform>%Ln проектов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/main_window.py" line="385" />
            <source>%Ln indicator(s)</source>
            <translation>
                <numerusform>%Ln индикатор</numerusform>
                <numerusform>%Ln индикатора</numerusform>
                <numerusform>%Ln индикаторов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/main_window.py" line="386" />
            <source>%Ln conflict(s) to review</source>
            <translation>
                <numerusform>%Ln конфликт ждёт решения</numerusform>
                <numerusform>%Ln конфликта ждут решения</numerusform>
                <numerusform>%Ln конфликтов ждут решения</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="413" />
            <source>Officer: {0}</source>
            <translation>Сотрудник: {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="479" />
            <source>Sync running</source>
            <translation>Идёт синхронизация</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="480" />
            <source>A sync is running. Cancel it and quit? What was already sent is kept.</source>
            <translation>Идёт синхронизация. Отменить её и выйти? Уже отправленные данные сохранятся.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="453" />
            <source>About fieldmon</source>
            <translation>О программе fieldmon</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="455" />
            <source>fieldmon {0}
Offline-first monitoring of development projects.
Database: {1}</source>
            <translation>fieldmon {0}
Мониторинг проектов развития без подключения к сети.
База данных: {1}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="469" />
            <source>Export running</source>
            <translation>Идёт выгрузка</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="470" />
            <source>A report is being written. Cancel it and quit?</source>
            <translation>Отчёт ещё записывается. Отменить его и выйти?</translation>
        </message>
    </context>
    <context>
        <name>NewPasswordDialog</name>
        <message>
            <location filename="../../src/fieldmon/ui/password_dialogs.py" line="43" />
            <source>Change password</source>
            <translation>Сменить пароль</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/password_dialogs.py" line="43" />
            <source>Protect with a password</source>
            <translation>Защитить паролем</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/password_dialogs.py" line="63" />
            <source>Current password:</source>
            <translation>Текущий пароль:</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/password_dialogs.py" line="64" />
            <source>New password:</source>
            <translation>Новый пароль:</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/password_dialogs.py" line="65" />
            <source>New password again:</source>
            <translation>Новый пароль ещё раз:</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/password_dialogs.py" line="77" />
            <source>New password: at least {0} characters, please.</source>
            <translation>Новый пароль: не короче {0} символов.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/password_dialogs.py" line="81" />
            <source>New password again: the two passwords differ.</source>
            <translation>Новый пароль ещё раз: пароли не совпадают.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/password_dialogs.py" line="83" />
            <source>New password: it is the same as the current one.</source>
            <translation>Новый пароль: он совпадает с текущим.</translation>
        </message>
    </context>
    <context>
        <name>OfficerDialog</name>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="78" />
            <source>Who is recording?</source>
            <translation>Кто вносит данные?</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="82" />
            <source>Full name, e.g. Aigerim Nurlanova</source>
            <translation>Фамилия и имя, например Айгерим Нурланова</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="85" />
            <source>fieldmon stamps every record with the name of the officer who made it, so that a coordinator can merge the data of several laptops.</source>
            <translation>fieldmon отмечает каждую запись именем сотрудника, который её внёс, чтобы координатор мог объединить данные с нескольких ноутбуков.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="99" />
            <source>Your name:</source>
            <translation>Ваше имя:</translation>
        </message>
    </context>
    <context>
        <name>OpenForms</name>
        <message>
            <location filename="../../src/fieldmon/ui/areas/open_forms.py" line="117" />
            <source>Unsaved draft</source>
            <translation>Несохранённый черновик</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/open_forms.py" line="118" />
            <source>There is unsaved typing in this form from {0}. Restore it?</source>
            <translation>В этой форме остался несохранённый ввод от {0}. Восстановить его?</translation>
        </message>
    </context>
    <context>
        <name>ParticipantDialog</name>
        <message>
            <location filename="../../src/fieldmon/ui/participant_dialog.py" line="141" />
            <source>New participant</source>
            <translation>Новый участник</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/participant_dialog.py" line="70" />
            <source>Full name</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/participant_dialog.py" line="71" />
            <source>Sex</source>
            <translation>Пол</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/participant_dialog.py" line="72" />
            <source>Birth year</source>
            <translation>Год рождения</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/participant_dialog.py" line="73" />
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/participant_dialog.py" line="74" />
            <source>Organization</source>
            <translation>Организация</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/participant_dialog.py" line="75" />
            <source>Region</source>
            <translation>Регион</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/participant_dialog.py" line="76" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/participant_dialog.py" line="77" />
            <source>IIN</source>
            <translation>ИИН</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/participant_dialog.py" line="150" />
            <source>Already in the registry — is this one of them? Choose, then add.</source>
            <translation>Уже есть в реестре — это один из них? Выберите и добавьте.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/participant_dialog.py" line="162" />
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/participant_dialog.py" line="192" />
            <source>{0}, born {1}</source>
            <translation>{0}, {1} г. р.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/participant_dialog.py" line="194" />
            <source>, IIN {0}</source>
            <translation>, ИИН {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/participant_dialog.py" line="201" />
            <source>Someone else: add as a new person</source>
            <translation>Другой человек: добавить как нового</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/participant_dialog.py" line="208" />
            <source>Add the chosen person</source>
            <translation>Добавить выбранного</translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="234" />
            <source>Search part of a name, an IIN or a phone number…</source>
            <translation>Поиск по части имени, ИИН или телефону…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="239" />
            <source>Full name</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="240" />
            <source>Sex</source>
            <translation>Пол</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="241" />
            <source>Born</source>
            <translation>Г. р.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="242" />
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="243" />
            <source>Organization</source>
            <translation>Организация</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="244" />
            <source>IIN</source>
            <translation>ИИН</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="245" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="246" />
            <source>Trainings</source>
            <translation>Тренинги</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="247" />
            <source>Loans</source>
            <translation>Займы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="255" />
            <source>&amp;Edit…</source>
            <translation>&amp;Изменить…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="258" />
            <source>&amp;Merge two records of one person…</source>
            <translation>&amp;Объединить две записи одного человека…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="294" />
            <source>Showing {0} of {1}; search to narrow.</source>
            <translation>Показано {0} из {1}; уточните поиск.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="316" />
            <source>Edit</source>
            <translation>Изменить</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="336" />
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="344" />
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="353" />
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="363" />
            <source>Merge</source>
            <translation>Объединение</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="337" />
            <source>Select the two records of the same person (Ctrl+click), then merge.</source>
            <translation>Выберите две записи одного человека (Ctrl+щелчок) и объедините.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="349" />
            <source>{0}, born {1}</source>
            <translation>{0}, {1} г. р.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="355" />
            <source>Keep {0} and merge {1} into it? Trainings and loans move to the kept record; the other is marked merged and its history is kept.</source>
            <translation>Оставить {0} и присоединить к ней {1}? Тренинги и займы перейдут к оставленной записи; другая будет отмечена как объединённая, её история сохранится.</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <location filename="../../src/fieldmon/ui/person_dialog.py" line="51" />
            <source>Person: {0}</source>
            <translation>Человек: {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/person_dialog.py" line="59" />
            <source>Registered {0} by {1}; last changed {2} by {3}.</source>
            <translation>Зарегистрировал(а) {1} {0}; последнее изменение: {3} {2}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/person_dialog.py" line="70" />
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/person_dialog.py" line="70" />
            <source>Who</source>
            <translation>Кто</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/person_dialog.py" line="70" />
            <source>Action</source>
            <translation>Действие</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/person_dialog.py" line="70" />
            <source>Changes</source>
            <translation>Изменения</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/person_dialog.py" line="88" />
            <source>History</source>
            <translation>История</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/person_dialog.py" line="117" />
            <source>Someone else?</source>
            <translation>Другой человек?</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/person_dialog.py" line="118" />
            <source>{0} Save anyway, as two different people?</source>
            <translation>{0} Всё равно сохранить как двух разных людей?</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/person_dialog.py" line="128" />
            <source>Not saved</source>
            <translation>Не сохранено</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/person_dialog.py" line="140" />
            <source>Created</source>
            <translation>Создано</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/person_dialog.py" line="141" />
            <source>Changed</source>
            <translation>Изменено</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/person_dialog.py" line="142" />
            <source>Deleted</source>
            <translation>Удалено</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/person_dialog.py" line="143" />
            <source>Restored</source>
            <translation>Восстановлено</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/person_dialog.py" line="144" />
            <source>Conflict settled</source>
            <translation>Конфликт разрешён</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/person_dialog.py" line="145" />
            <source>Merged</source>
            <translation>Объединено</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/person_dialog.py" line="169" />
            <source>Merged from</source>
            <translation>Присоединена запись</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/person_dialog.py" line="170" />
            <source>Merged into</source>
            <translation>Присоединена к записи</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/person_dialog.py" line="171" />
            <source>Name of the merged record</source>
            <translation>ФИО присоединённой записи</translation>
        </message>
    </context>
    <context>
        <name>PhotoViewer</name>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_viewer.py" line="151" />
            <source>This photo cannot be shown full size on this computer; this is its preview.</source>
            <translation>На этом компьютере фото нельзя показать в полный размер; это его уменьшенная копия.</translation>
        </message>
    </context>
    <context>
        <name>ProjectCombo</name>
        <message>
            <location filename="../../src/fieldmon/ui/projects_page.py" line="62" />
            <source>No project</source>
            <translation>Без проекта</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/projects_page.py" line="78" />
            <source>A project no longer listed</source>
            <translation>Проект, которого больше нет в списке</translation>
        </message>
    </context>
    <context>
        <name>ProjectDialog</name>
        <message>
            <location filename="../../src/fieldmon/ui/projects_page.py" line="127" />
            <source>Edit project</source>
            <translation>Изменить проект</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/projects_page.py" line="127" />
            <source>New project</source>
            <translation>Новый проект</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/projects_page.py" line="153" />
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/projects_page.py" line="154" />
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/projects_page.py" line="155" />
            <source>Donor</source>
            <translation>Донор</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/projects_page.py" line="156" />
            <source>Start date</source>
            <translation>Дата начала</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/projects_page.py" line="157" />
            <source>End date</source>
            <translation>Дата окончания</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/projects_page.py" line="158" />
            <source>Partners</source>
            <translation>Партнёры</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/projects_page.py" line="159" />
            <source>Regions</source>
            <translation>Области</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/projects_page.py" line="182" />
            <source>A project's code cannot be changed</source>
            <translation>Код проекта изменить нельзя</translation>
        </message>
    </context>
    <context>
        <name>ProjectSwitch</name>
        <message>
            <location filename="../../src/fieldmon/ui/areas/projects.py" line="58" />
            <source>All projects</source>
            <translation>Все проекты</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/projects.py" line="80" />
            <source>The project whose visits, loans and trainings are shown</source>
            <translation>Проект, по которому показаны визиты, займы и тренинги</translation>
        </message>
    </context>
    <context>
        <name>ProjectsArea</name>
        <message>
            <location filename="../../src/fieldmon/ui/areas/projects.py" line="109" />
            <source>Project:</source>
            <translation>Проект:</translation>
        </message>
    </context>
    <context>
        <name>ProjectsPage</name>
        <message>
            <location filename="../../src/fieldmon/ui/projects_page.py" line="274" />
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/projects_page.py" line="275" />
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/projects_page.py" line="276" />
            <source>Donor</source>
            <translation>Донор</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/projects_page.py" line="277" />
            <source>Start</source>
            <translation>Начало</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/projects_page.py" line="278" />
            <source>End</source>
            <translation>Окончание</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/projects_page.py" line="279" />
            <source>Partners</source>
            <translation>Партнёры</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/projects_page.py" line="280" />
            <source>Regions</source>
            <translation>Области</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/projects_page.py" line="294" />
            <source>&amp;New project…</source>
            <translation>&amp;Новый проект…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/projects_page.py" line="296" />
            <source>&amp;Edit…</source>
            <translation>&amp;Изменить…</translation>
        </message>
    </context>
    <context>
        <name>ProtectionArea</name>
        <message>
            <location filename="../../src/fieldmon/ui/areas/protection.py" line="100" />
            <source>Protect with a password</source>
            <translation>Защитить паролем</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/protection.py" line="108" />
            <source>The database and its backups will be encrypted: without the password (or the recovery key shown next) nobody can read them, not even from a copy of the file. Open forms are closed first.</source>
            <translation>База данных и её резервные копии будут зашифрованы: без пароля (или ключа восстановления, который будет показан следом) их никто не прочитает, даже из копии файла. Сначала открытые формы будут закрыты.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/protection.py" line="118" />
            <source>A report or an import is running; try again when it has finished.</source>
            <translation>Идёт отчёт или импорт; повторите, когда он закончится.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/protection.py" line="129" />
            <source>The database could not be protected: {0}</source>
            <translation>Не удалось защитить базу данных: {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/protection.py" line="150" />
            <source>The database and its backups are encrypted.</source>
            <translation>База данных и её резервные копии зашифрованы.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/protection.py" line="153" />
            <source>These files could not be read, so they are still plain; delete them: {0}</source>
            <translation>Эти файлы не удалось прочитать, поэтому они остались незашифрованными; удалите их: {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/protection.py" line="177" />
            <source>The new password opens the database and its backups from now on; the recovery key stays the same.</source>
            <translation>Отныне новый пароль открывает базу данных и её резервные копии; ключ восстановления остаётся прежним.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/protection.py" line="196" />
            <source>Current password: it is wrong.</source>
            <translation>Текущий пароль: он неверный.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/protection.py" line="202" />
            <source>The password was changed.</source>
            <translation>Пароль изменён.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <location filename="../../src/fieldmon/ui/password_dialogs.py" line="107" />
            <source>Recovery key</source>
            <translation>Ключ восстановления</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/password_dialogs.py" line="111" />
            <source>Write this recovery key on paper and give it to the project coordinator to keep away from this laptop. If the password is forgotten, the recovery key sets a new one. It is shown only now. If both are lost, nobody can read the data, not even the developers of fieldmon.</source>
            <translation>Запишите этот ключ восстановления на бумаге и передайте координатору проекта, чтобы он хранился отдельно от этого ноутбука. Если пароль забыт, ключ восстановления позволяет задать новый. Ключ показывается только сейчас. Если утеряны и пароль, и ключ, данные не сможет прочитать никто, даже разработчики fieldmon.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/password_dialogs.py" line="127" />
            <source>I have written the recovery key down</source>
            <translation>Я записал(а) ключ восстановления</translation>
        </message>
    </context>
    <context>
        <name>RepaymentEntry</name>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="163" />
            <source>Post repayments</source>
            <translation>Проведение платежей</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="180" />
            <source>Loan number</source>
            <translation>Номер займа</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="181" />
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="182" />
            <source>Amount</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="183" />
            <source>Receipt no.</source>
            <translation>№ квитанции</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="192" />
            <source>Enter moves to the next field; Enter on the receipt posts.</source>
            <translation>Enter — к следующему полю; Enter в поле квитанции проводит платёж.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="194" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="200" />
            <source>Posted in this session</source>
            <translation>Проведено за этот сеанс</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="221" />
            <source>There is no loan number {0}.</source>
            <translation>Займа с номером {0} нет.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="228" />
            <source>due now {0}</source>
            <translation>к оплате сейчас {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="230" />
            <source>nothing owed</source>
            <translation>долга нет</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="233" />
            <source>; next due date {0}</source>
            <translation>; следующий срок {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="262" />
            <source>{0} {1}: {2}, receipt {3}</source>
            <translation>{0} {1}: {2}, квитанция {3}</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="72" />
            <source>Quarter</source>
            <translation>Квартал</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="73" />
            <source>Dates</source>
            <translation>Даты</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="97" />
            <source>All regions</source>
            <translation>Все регионы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="101" />
            <location filename="../../src/fieldmon/ui/reports_page.py" line="233" />
            <source>Project title on the report</source>
            <translation>Название проекта в отчёте</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="113" />
            <source>Period</source>
            <translation>Период</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="114" />
            <source>Region</source>
            <translation>Регион</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="115" />
            <source>Project</source>
            <translation>Проект</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="116" />
            <source>Project title</source>
            <translation>Название проекта</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="118" />
            <source>With photos and scans (in a folder beside the workbook)</source>
            <translation>С фото и сканами (в папке рядом с книгой)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="142" />
            <source>&amp;Export to Excel…</source>
            <translation>&amp;Выгрузить в Excel…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="146" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="149" />
            <source>&amp;Open the workbook</source>
            <translation>&amp;Открыть книгу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="150" />
            <source>Open its &amp;folder</source>
            <translation>Открыть &amp;папку</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="192" />
            <source>The period ends before it starts.</source>
            <translation>Период заканчивается раньше, чем начинается.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="215" />
            <source>All projects</source>
            <translation>Все проекты</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="236" />
            <source>A project's report carries the project's title.</source>
            <translation>Отчёт по проекту озаглавлен его названием.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="275" />
            <location filename="../../src/fieldmon/ui/reports_page.py" line="297" />
            <source>Counting…</source>
            <translation>Подсчёт…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="282" />
            <source>Indicator</source>
            <translation>Показатель</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="318" />
            <source>The figures could not be counted; see the log file.</source>
            <translation>Не удалось подсчитать показатели; подробности в журнале.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="335" />
            <location filename="../../src/fieldmon/ui/reports_page.py" line="434" />
            <location filename="../../src/fieldmon/ui/reports_page.py" line="439" />
            <location filename="../../src/fieldmon/ui/reports_page.py" line="449" />
            <source>Cannot export</source>
            <translation>Не удалось выгрузить</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="339" />
            <source>Export the quarterly report</source>
            <translation>Выгрузить квартальный отчёт</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="341" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Книги Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="387" />
            <source>Writing {0}…</source>
            <translation>Запись {0}…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="398" />
            <source>Cancelling…</source>
            <translation>Отмена…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="416" />
            <source>Saved {0} ({1} rows).</source>
            <translation>Сохранено: {0} (строк: {1}).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="418" />
            <source>Evidence files: {0} in {1}.</source>
            <translation>Подтверждающих файлов: {0} в {1}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="431" />
            <source>Export cancelled; no file was written.</source>
            <translation>Выгрузка отменена; файл не записан.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="440" />
            <source>Cannot write the workbook: {0}</source>
            <translation>Не удалось записать книгу: {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="450" />
            <source>An unexpected error stopped the export; see the log file.</source>
            <translation>Выгрузку остановила непредвиденная ошибка; подробности в журнале.</translation>
        </message>
    </context>
    <context>
        <name>ResultsModel</name>
        <message>
            <location filename="../../src/fieldmon/ui/results_model.py" line="98" />
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_model.py" line="99" />
            <source>Indicator</source>
            <translation>Показатель</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_model.py" line="100" />
            <source>Level</source>
            <translation>Уровень</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_model.py" line="101" />
            <source>Measure</source>
            <translation>Способ расчёта</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_model.py" line="102" />
            <source>Region</source>
            <translation>Область</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_model.py" line="103" />
            <source>Unit</source>
            <translation>Единица измерения</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_model.py" line="104" />
            <source>Baseline</source>
            <translation>Базовое значение</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_model.py" line="105" />
            <source>Target</source>
            <translation>Целевое значение</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_model.py" line="106" />
            <source>This quarter</source>
            <translation>Этот квартал</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_model.py" line="107" />
            <source>Year to date</source>
            <translation>С начала года</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_model.py" line="108" />
            <source>Since the start</source>
            <translation>С начала проекта</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_model.py" line="109" />
            <source>% of target</source>
            <translation>% от целевого значения</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_model.py" line="205" />
            <source>Target for {0}: {1}</source>
            <translation>Целевое значение на {0} год: {1}</translation>
        </message>
    </context>
    <context>
        <name>ResultsPage</name>
        <message>
            <location filename="../../src/fieldmon/ui/results_page.py" line="102" />
            <source>Project</source>
            <translation>Проект</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_page.py" line="105" />
            <source>Quarter</source>
            <translation>Квартал</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_page.py" line="124" />
            <source>&amp;Add indicator…</source>
            <translation>&amp;Добавить индикатор…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_page.py" line="127" />
            <source>&amp;Edit indicator…</source>
            <translation>&amp;Изменить индикатор…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_page.py" line="130" />
            <source>&amp;Delete indicator</source>
            <translation>&amp;Удалить индикатор</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_page.py" line="196" />
            <source>There are no projects yet. Add one on the Projects page (or with 'fieldmon project add'); its indicators are set up here.</source>
            <translation>Проектов пока нет. Добавьте проект на странице «Проекты» (или командой 'fieldmon project add'); его индикаторы настраиваются здесь.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_page.py" line="318" />
            <source>Donor: {0}</source>
            <translation>Донор: {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_page.py" line="395" />
            <source>Counting…</source>
            <translation>Подсчёт…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_page.py" line="417" />
            <source>The figures could not be counted; details are in the log file.</source>
            <translation>Не удалось подсчитать показатели; подробности в журнале.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_page.py" line="436" />
            <source>Indicator</source>
            <translation>Показатель</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_page.py" line="466" />
            <source>Delete indicator</source>
            <translation>Удалить индикатор</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_page.py" line="468" />
            <source>Delete the indicator {0} «{1}»? The values typed for it are kept and come back if it is added again with this code.</source>
            <translation>Удалить индикатор {0} «{1}»? Введённые для него значения сохранятся и вернутся, если добавить его снова с этим кодом.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_page.py" line="489" />
            <source>Choose an indicator to see its values by quarter.</source>
            <translation>Выберите индикатор, чтобы увидеть его значения по кварталам.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_page.py" line="491" />
            <source>This project has no indicators yet; add them with Add indicator.</source>
            <translation>У этого проекта пока нет индикаторов; добавьте их кнопкой «Добавить индикатор».</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_page.py" line="499" />
            <source>{0} «{1}» is computed from the project's records ({2}); it has no values to type.</source>
            <translation>{0} «{1}» вычисляется по записям проекта ({2}); вводить значения для него не нужно.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_page.py" line="507" />
            <source>Values of {0} «{1}» by quarter: type a value and a note.</source>
            <translation>Значения {0} «{1}» по кварталам: введите значение и примечание.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_page.py" line="539" />
            <source>Choose an indicator first.</source>
            <translation>Сначала выберите индикатор.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_page.py" line="548" />
            <source>{0}: saved.</source>
            <translation>{0}: сохранено.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_page.py" line="554" />
            <source>{0}: the note is saved with the quarter's value; type the value too.</source>
            <translation>{0}: примечание сохраняется вместе со значением квартала; введите и значение.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="138" />
            <source>Settings</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="141" />
            <source>System default</source>
            <translation>Как в системе</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="154" />
            <source>Central database</source>
            <translation>Центральная база данных</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="161" />
            <location filename="../../src/fieldmon/ui/dialogs.py" line="183" />
            <source>Empty: keep the saved one</source>
            <translation>Пусто — оставить сохранённый</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="168" />
            <source>The password is kept in this computer's keyring, never in the database.</source>
            <translation>Пароль хранится в хранилище паролей этого компьютера и никогда не записывается в базу данных.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="173" />
            <source>Address:</source>
            <translation>Адрес:</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="174" />
            <source>Password:</source>
            <translation>Пароль:</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="179" />
            <source>Data packages</source>
            <translation>Пакеты данных</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="191" />
            <source>The team's passphrase encrypts the data packages you send and opens those you receive; it is kept in this computer's keyring.</source>
            <translation>Парольная фраза команды шифрует отправляемые вами пакеты данных и открывает получаемые; она хранится в хранилище паролей этого компьютера.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="198" />
            <source>Exchange passphrase:</source>
            <translation>Парольная фраза для обмена:</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="210" />
            <source>Language:</source>
            <translation>Язык:</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="211" />
            <source>Officer's name:</source>
            <translation>Имя сотрудника:</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="212" />
            <source>Backups to keep:</source>
            <translation>Хранить резервных копий:</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="222" />
            <source>Security</source>
            <translation>Безопасность</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="233" />
            <source>Never</source>
            <translation>Никогда</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="234" />
            <source> min</source>
            <translation> мин</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="240" />
            <source>A protected database locks fieldmon after this long without use; open forms stay as they are.</source>
            <translation>Защищённая база данных блокирует fieldmon после такого времени без работы; открытые формы остаются как есть.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="249" />
            <source>Lock after:</source>
            <translation>Блокировать через:</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="258" />
            <source>A database on a server is protected by the server.</source>
            <translation>База данных на сервере защищается сервером.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="260" />
            <location filename="../../src/fieldmon/ui/dialogs.py" line="270" />
            <source>Protect with a password…</source>
            <translation>Защитить паролем…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="263" />
            <source>This database is encrypted with a password.</source>
            <translation>Эта база данных зашифрована паролем.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="264" />
            <source>Change password…</source>
            <translation>Сменить пароль…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="268" />
            <source>This database is not encrypted: whoever has the file can read it.</source>
            <translation>Эта база данных не зашифрована: её может прочитать любой, у кого есть файл.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="306" />
            <source>Central database address: type it to keep a password for it.</source>
            <translation>Адрес центральной базы данных: укажите его, чтобы сохранить для неё пароль.</translation>
        </message>
    </context>
    <context>
        <name>SiteView</name>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="78" />
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="79" />
            <location filename="../../src/fieldmon/ui/site_view.py" line="103" />
            <source>Officer</source>
            <translation>Специалист</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="80" />
            <source>Purpose</source>
            <translation>Цель</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="81" />
            <source>Funds used</source>
            <translation>Целевое использование</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="82" />
            <source>Equipment</source>
            <translation>Оборудование</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="83" />
            <source>Rating</source>
            <translation>Оценка</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="84" />
            <source>Findings</source>
            <translation>Выводы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="85" />
            <source>Follow-up</source>
            <translation>Последующие действия</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="103" />
            <source>Due</source>
            <translation>Срок</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="103" />
            <source>Action</source>
            <translation>Действие</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="103" />
            <source>Visit</source>
            <translation>Визит</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="106" />
            <source>No follow-up action is open.</source>
            <translation>Открытых последующих действий нет.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="109" />
            <source>Loan no.</source>
            <translation>№ займа</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="110" />
            <source>Borrower</source>
            <translation>Заёмщик</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="111" />
            <source>Disbursed</source>
            <translation>Выдан</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="112" />
            <source>Principal</source>
            <translation>Основной долг</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="113" />
            <source>Outstanding</source>
            <translation>Остаток</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="114" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="123" />
            <source>&amp;Open visit</source>
            <translation>&amp;Открыть визит</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="125" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="133" />
            <source>Visits, newest first</source>
            <translation>Визиты, сначала новые</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="137" />
            <source>Open follow-ups</source>
            <translation>Открытые последующие действия</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="141" />
            <source>Loans</source>
            <translation>Займы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="184" />
            <source>Cannot open the site</source>
            <translation>Не удаётся открыть объект</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="191" />
            <source>Site: {0}</source>
            <translation>Объект: {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/site_view.py" line="195" />
            <source>%Ln visit(s), the last on {0} by {1}.</source>
            <translation>
                <numerusform>%Ln визит, последний — {0}, сотрудник: {1}.</numerusform>
                <numerusform>%Ln визита, последний — {0}, сотрудник: {1}.</numerusform>
                <numerusform>%Ln визитов, последний — {0}, сотрудник: {1}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="199" />
            <source>No visit recorded.</source>
            <translation>Визиты ещё не записаны.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="201" />
            <source>{type} — {place}. {summary}</source>
            <translation>{type} — {place}. {summary}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="212" />
            <source>Yes</source>
            <translation>Да</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="212" />
            <source>No</source>
            <translation>Нет</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="239" />
            <source>closed {0}</source>
            <translation>выполнено {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="241" />
            <source>due {0}</source>
            <translation>срок {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="243" />
            <source>open</source>
            <translation>открыто</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="244" />
            <source>{action} ({state})</source>
            <translation>{action} ({state})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/site_view.py" line="253" />
            <source>%Ln day(s) overdue</source>
            <translation>
                <numerusform>Просрочено на %Ln день</numerusform>
                <numerusform>Просрочено на %Ln дня</numerusform>
                <numerusform>Просрочено на %Ln дней</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="265" />
            <source>Loans do not finance this kind of site.</source>
            <translation>Объекты этого типа не финансируются займами.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="269" />
            <source>{product} loans made in {place}. Loans are not linked to a site, so every such loan of the place is listed.</source>
            <translation>Займы по продукту «{product}», выданные в месте «{place}». Займы не привязаны к объекту, поэтому показаны все такие займы этого места.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="278" />
            <source>{0}, {1} days in arrears</source>
            <translation>{0}, просрочка {1} дн.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="304" />
            <source>Findings: {0}</source>
            <translation>Выводы: {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="307" />
            <source>Follow-up: {0}</source>
            <translation>Последующее действие: {0}</translation>
        </message>
    </context>
    <context>
        <name>SyncArea</name>
        <message>
            <location filename="../../src/fieldmon/ui/sync_area.py" line="52" />
            <source>Sync n&amp;ow</source>
            <translation>Синхр&amp;онизировать сейчас</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/sync_area.py" line="57" />
            <source>Send what changed here to the central database and receive what changed there.</source>
            <translation>Отправить изменения, сделанные здесь, в центральную базу данных и получить изменения, сделанные там.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/sync_area.py" line="72" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/sync_area.py" line="106" />
            <source>Never synced · %Ln change(s) waiting</source>
            <translation>
                <numerusform>Синхронизации ещё не было · %Ln изменение ждёт отправки</numerusform>
                <numerusform>Синхронизации ещё не было · %Ln изменения ждут отправки</numerusform>
                <numerusform>Синхронизации ещё не было · %Ln изменений ждут отправки</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/sync_area.py" line="108" />
            <source>Last sync: {0} · %Ln change(s) waiting</source>
            <translation>
                <numerusform>Последняя синхронизация: {0} · %Ln изменение ждёт отправки</numerusform>
                <numerusform>Последняя синхронизация: {0} · %Ln изменения ждут отправки</numerusform>
                <numerusform>Последняя синхронизация: {0} · %Ln изменений ждут отправки</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/sync_area.py" line="121" />
            <source>Connecting to the central database…</source>
            <translation>Подключение к центральной базе данных…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/sync_area.py" line="140" />
            <location filename="../../src/fieldmon/ui/sync_area.py" line="260" />
            <source>Sync now</source>
            <translation>Синхронизация</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/sync_area.py" line="142" />
            <source>No central database is set: type its address in File → Settings, then sync again.</source>
            <translation>Центральная база данных не задана: укажите её адрес в меню Файл → Настройки и снова запустите синхронизацию.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/sync_area.py" line="177" />
            <source>Cancelling after the current step…</source>
            <translation>Отмена после завершения текущего шага…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/sync_area.py" line="192" />
            <source>Central database password</source>
            <translation>Пароль центральной базы данных</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/sync_area.py" line="193" />
            <source>Password for {0} (leave empty if it needs none):</source>
            <translation>Пароль для {0} (оставьте пустым, если пароль не нужен):</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/sync_area.py" line="203" />
            <source>Sending changes to the central database…</source>
            <translation>Отправка изменений в центральную базу данных…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/sync_area.py" line="205" />
            <source>Receiving changes from the central database…</source>
            <translation>Получение изменений из центральной базы данных…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/sync_area.py" line="222" />
            <source>Synced: {0} records sent, {1} received.</source>
            <translation>Синхронизация выполнена: отправлено записей — {0}, получено — {1}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/sync_area.py" line="229" />
            <source>%Ln conflict(s) found here wait on the Conflicts page.</source>
            <translation>
                <numerusform>%Ln конфликт, найденный на этом компьютере, ждёт решения на странице «Конфликты».</numerusform>
                <numerusform>%Ln конфликта, найденные на этом компьютере, ждут решения на странице «Конфликты».</numerusform>
                <numerusform>%Ln конфликтов, найденных на этом компьютере, ждут решения на странице «Конфликты».</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/sync_area.py" line="237" />
            <source>%Ln conflict(s) found on the central database wait for the coordinator.</source>
            <translation>
                <numerusform>%Ln конфликт, найденный в центральной базе данных, ждёт решения координатора.</numerusform>
                <numerusform>%Ln конфликта, найденные в центральной базе данных, ждут решения координатора.</numerusform>
                <numerusform>%Ln конфликтов, найденных в центральной базе данных, ждут решения координатора.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/sync_area.py" line="259" />
            <source>An unexpected error stopped the sync; see the log file.</source>
            <translation>Синхронизация остановлена непредвиденной ошибкой; подробности в журнале.</translation>
        </message>
    </context>
    <context>
        <name>TrainingForm</name>
        <message>
            <location filename="../../src/fieldmon/ui/training_form.py" line="49" />
            <source>New training</source>
            <translation>Новый тренинг</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/training_form.py" line="49" />
            <source>Edit training</source>
            <translation>Изменить тренинг</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/training_form.py" line="64" />
            <source>Present every day</source>
            <translation>Присутствие все дни</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/training_form.py" line="65" />
            <source>Present at least</source>
            <translation>Присутствие не менее</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/training_form.py" line="68" />
            <source> day(s)</source>
            <translation> дн.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/training_form.py" line="86" />
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/training_form.py" line="87" />
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/training_form.py" line="88" />
            <source>Project</source>
            <translation>Проект</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/training_form.py" line="89" />
            <source>Topic</source>
            <translation>Тема</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/training_form.py" line="90" />
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/training_form.py" line="91" />
            <source>Start date</source>
            <translation>Дата начала</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/training_form.py" line="92" />
            <source>Days</source>
            <translation>Дней</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/training_form.py" line="93" />
            <source>Completion</source>
            <translation>Завершение</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/training_form.py" line="94" />
            <source>Region</source>
            <translation>Регион</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/training_form.py" line="95" />
            <source>District or town</source>
            <translation>Район или город</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/training_form.py" line="96" />
            <source>Venue</source>
            <translation>Место проведения</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/training_form.py" line="97" />
            <source>Organizer</source>
            <translation>Организатор</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/training_form.py" line="98" />
            <source>Facilitator</source>
            <translation>Тренер</translation>
        </message>
    </context>
    <context>
        <name>TrainingView</name>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="281" />
            <source>Add a participant: type part of the name, then choose or press Enter</source>
            <translation>Добавить участника: введите часть имени, затем выберите или нажмите Enter</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="307" />
            <source>Edit event…</source>
            <translation>Изменить мероприятие…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="309" />
            <location filename="../../src/fieldmon/ui/attendance.py" line="484" />
            <source>Remove participant</source>
            <translation>Убрать участника</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="311" />
            <source>Certificate for the selected…</source>
            <translation>Сертификат выбранному…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="313" />
            <source>Certificates for all who completed…</source>
            <translation>Сертификаты всем завершившим…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="316" />
            <source>Delete training</source>
            <translation>Удалить тренинг</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="320" />
            <source>Delete this event with its attendance (Ctrl+Z in the main window brings them back).</source>
            <translation>Удалить это мероприятие вместе с посещаемостью (Ctrl+Z в главном окне вернёт их).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="338" />
            <source>Sign-in sheets and photos</source>
            <translation>Листы регистрации и фото</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="359" />
            <source>Training {0}</source>
            <translation>Тренинг {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="363" />
            <source>completed when present every day</source>
            <translation>завершён при присутствии все дни</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/attendance.py" line="365" />
            <source>completed when present at least %n day(s)</source>
            <translation>
                <numerusform>завершён при присутствии не менее %n дня</numerusform>
                <numerusform>завершён при присутствии не менее %n дней</numerusform>
                <numerusform>завершён при присутствии не менее %n дней</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/attendance.py" line="370" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n день</numerusform>
                <numerusform>%n дня</numerusform>
                <numerusform>%n дней</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="374" />
            <source>organizer: {0}</source>
            <translation>организатор: {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="375" />
            <source>facilitator: {0}</source>
            <translation>тренер: {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="395" />
            <source>Registered: {0} · present at least one day: {1} · completed: {2} · women: {3}, men: {4} · person-days: {5}</source>
            <translation>Зарегистрировано: {0} · были хотя бы один день: {1} · завершили: {2} · женщин: {3}, мужчин: {4} · человеко-дней: {5}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="428" />
            <source>{0}, born {1}</source>
            <translation>{0}, {1} г. р.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="485" />
            <source>Remove {0} from this training? Their marks are kept in the history.</source>
            <translation>Убрать {0} из этого тренинга? Отметки сохранятся в истории.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="510" />
            <location filename="../../src/fieldmon/ui/attendance.py" line="518" />
            <source>No certificate</source>
            <translation>Нет сертификата</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="511" />
            <source>Choose a participant who completed the training.</source>
            <translation>Выберите участника, завершившего тренинг.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="518" />
            <source>Nobody has completed it yet.</source>
            <translation>Пока никто его не завершил.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="524" />
            <source>Save certificates</source>
            <translation>Сохранить сертификаты</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="524" />
            <source>PDF files (*.pdf)</source>
            <translation>Файлы PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="531" />
            <source>Cannot save</source>
            <translation>Не удаётся сохранить</translation>
        </message>
    </context>
    <context>
        <name>TrainingsArea</name>
        <message>
            <location filename="../../src/fieldmon/ui/areas/trainings.py" line="25" />
            <source>New &amp;training</source>
            <translation>Новый &amp;тренинг</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/trainings.py" line="85" />
            <source>Training saved.</source>
            <translation>Тренинг сохранён.</translation>
        </message>
    </context>
    <context>
        <name>TrainingsPage</name>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="134" />
            <source>Search code, title or topic…</source>
            <translation>Поиск по коду, названию или теме…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="138" />
            <source>All regions</source>
            <translation>Все регионы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="147" />
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="148" />
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="149" />
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="150" />
            <source>Starts</source>
            <translation>Начало</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="151" />
            <source>Days</source>
            <translation>Дней</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="152" />
            <source>Region</source>
            <translation>Регион</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="153" />
            <source>Registered</source>
            <translation>Зарегистрировано</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="154" />
            <source>Completed</source>
            <translation>Завершили</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="161" />
            <source>&amp;New training</source>
            <translation>&amp;Новый тренинг</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="164" />
            <source>&amp;Open</source>
            <translation>&amp;Открыть</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="202" />
            <source>Showing the newest {0}; search to narrow.</source>
            <translation>Показаны последние {0}; уточните поиск.</translation>
        </message>
    </context>
    <context>
        <name>ValuesModel</name>
        <message>
            <location filename="../../src/fieldmon/ui/results_model.py" line="231" />
            <source>Value</source>
            <translation>Значение</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_model.py" line="231" />
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_model.py" line="298" />
            <source>{0}: {1}</source>
            <translation>{0}: {1}</translation>
        </message>
    </context>
    <context>
        <name>VisitForm</name>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="137" />
            <source>Not applicable</source>
            <translation>Не применимо</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="137" />
            <location filename="../../src/fieldmon/ui/visit_form.py" line="723" />
            <source>Yes</source>
            <translation>Да</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="137" />
            <location filename="../../src/fieldmon/ui/visit_form.py" line="723" />
            <source>No</source>
            <translation>Нет</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="152" />
            <source>Si&amp;te history…</source>
            <translation>История &amp;объекта…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="181" />
            <source>Visit date*</source>
            <translation>Дата визита*</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="182" />
            <source>Officer*</source>
            <translation>Сотрудник*</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="183" />
            <source>Project</source>
            <translation>Проект</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="184" />
            <source>Region*</source>
            <translation>Область*</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="185" />
            <source>District</source>
            <translation>Район</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="186" />
            <source>Settlement</source>
            <translation>Населённый пункт</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="187" />
            <source>Site*</source>
            <translation>Объект*</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="188" />
            <source>Site type</source>
            <translation>Тип объекта</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="189" />
            <source>Purpose*</source>
            <translation>Цель*</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="190" />
            <source>Funds used as intended*</source>
            <translation>Средства использованы по назначению*</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="191" />
            <source>Equipment in place and working</source>
            <translation>Оборудование на месте и работает</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="192" />
            <source>Beneficiaries served</source>
            <translation>Охвачено благополучателей</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="193" />
            <source>Overall rating*</source>
            <translation>Общая оценка*</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="194" />
            <source>Findings</source>
            <translation>Выводы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="195" />
            <source>Follow-up action</source>
            <translation>Последующее действие</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="196" />
            <source>Follow-up due</source>
            <translation>Срок действия</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="197" />
            <source>Follow-up closed on</source>
            <translation>Действие выполнено</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="198" />
            <source>GPS latitude</source>
            <translation>Широта GPS</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="199" />
            <source>GPS longitude</source>
            <translation>Долгота GPS</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="202" />
            <location filename="../../src/fieldmon/ui/visit_form.py" line="364" />
            <source>Visit</source>
            <translation>Визит</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="203" />
            <source>Site</source>
            <translation>Объект</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="204" />
            <source>Checklist</source>
            <translation>Контрольный список</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="205" />
            <source>Findings and follow-up</source>
            <translation>Выводы и последующие действия</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="206" />
            <source>Location</source>
            <translation>Местоположение</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="228" />
            <source>Evidence</source>
            <translation>Подтверждения</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="238" />
            <source>&amp;Save</source>
            <translation>&amp;Сохранить</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="240" />
            <source>Save and close (Ctrl+S)</source>
            <translation>Сохранить и закрыть (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="241" />
            <source>Save and &amp;new</source>
            <translation>Сохранить и &amp;новый</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="243" />
            <source>Save and start the next visit (Ctrl+Shift+S)</source>
            <translation>Сохранить и начать следующий визит (Ctrl+Shift+S)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="244" />
            <source>&amp;Delete</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="246" />
            <source>&amp;History…</source>
            <translation>&amp;История…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="247" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="298" />
            <source>No, thanks</source>
            <translation>Нет, спасибо</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="364" />
            <source>New visit</source>
            <translation>Новый визит</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="422" />
            <source>Created by {0} on {1}; last changed by {2} on {3}.</source>
            <translation>Создал(а) {0} {1}; последнее изменение: {2} {3}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="476" />
            <source>A photo was taken at {0}, {1}. This visit has no location yet.</source>
            <translation>Фото сделано в точке {0}, {1}. У этого визита пока нет координат.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="481" />
            <source>Use the photo's location ({0}, {1})</source>
            <translation>Взять координаты фото ({0}, {1})</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="528" />
            <source>Every visit to this site, its open follow-ups and the loans behind it</source>
            <translation>Все визиты на этот объект, его открытые последующие действия и связанные с ним займы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="530" />
            <source>Type or pick a site already recorded at this place to see its history</source>
            <translation>Введите или выберите объект, уже записанный в этом месте, чтобы посмотреть его историю</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="632" />
            <source>Not saved yet</source>
            <translation>Ещё не сохранено</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="633" />
            <source>Wait until the files are checked, then save.</source>
            <translation>Дождитесь окончания проверки файлов, затем сохраните.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="651" />
            <source>Cannot save</source>
            <translation>Не удаётся сохранить</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="683" />
            <source>History of this visit</source>
            <translation>История визита</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="686" />
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="686" />
            <source>Who</source>
            <translation>Кто</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="686" />
            <source>Action</source>
            <translation>Действие</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="686" />
            <source>Changes</source>
            <translation>Изменения</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="689" />
            <source>Created</source>
            <translation>Создано</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="690" />
            <source>Changed</source>
            <translation>Изменено</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="691" />
            <source>Deleted</source>
            <translation>Удалено</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="692" />
            <source>Restored</source>
            <translation>Восстановлено</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="693" />
            <source>Conflict settled</source>
            <translation>Конфликт разрешён</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="694" />
            <source>Merged</source>
            <translation>Объединено</translation>
        </message>
    </context>
    <context>
        <name>VisitTableModel</name>
        <message>
            <location filename="../../src/fieldmon/ui/visits_model.py" line="35" />
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_model.py" line="36" />
            <source>Site</source>
            <translation>Объект</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_model.py" line="37" />
            <source>Type</source>
            <translation>Тип</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_model.py" line="38" />
            <source>Settlement / district</source>
            <translation>Населённый пункт / район</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_model.py" line="39" />
            <source>Region</source>
            <translation>Область</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_model.py" line="40" />
            <source>Officer</source>
            <translation>Сотрудник</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_model.py" line="41" />
            <source>Purpose</source>
            <translation>Цель</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_model.py" line="42" />
            <source>Rating</source>
            <translation>Оценка</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_model.py" line="43" />
            <source>Follow-up due</source>
            <translation>Срок действия</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_model.py" line="138" />
            <source>Follow-up overdue</source>
            <translation>Последующее действие просрочено</translation>
        </message>
    </context>
    <context>
        <name>VisitsArea</name>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/areas/visits.py" line="24" />
            <source>Delete %Ln visit(s)</source>
            <translation>
                <numerusform>Удалить %Ln визит</numerusform>
                <numerusform>Удалить %Ln визита</numerusform>
                <numerusform>Удалить %Ln визитов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/areas/visits.py" line="25" />
            <source>Deleted %Ln visit(s). Ctrl+Z brings them back.</source>
            <translation>
                <numerusform>Удалён %Ln визит. Ctrl+Z вернёт его.</numerusform>
                <numerusform>Удалено %Ln визита. Ctrl+Z вернёт их.</numerusform>
                <numerusform>Удалено %Ln визитов. Ctrl+Z вернёт их.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/visits.py" line="46" />
            <source>Cannot delete</source>
            <translation>Не удалось удалить</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/visits.py" line="68" />
            <source>&amp;New visit</source>
            <translation>&amp;Новый визит</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/visits.py" line="73" />
            <source>&amp;Delete visit</source>
            <translation>&amp;Удалить визит</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/visits.py" line="111" />
            <source>Cannot open the visit</source>
            <translation>Не удаётся открыть визит</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/visits.py" line="125" />
            <source>Visit saved.</source>
            <translation>Визит сохранён.</translation>
        </message>
    </context>
    <context>
        <name>VisitsPage</name>
        <message>
            <location filename="../../src/fieldmon/ui/visits_page.py" line="44" />
            <source>Search site, settlement or district…</source>
            <translation>Поиск объекта, населённого пункта или района…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_page.py" line="49" />
            <source>All regions</source>
            <translation>Все области</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_page.py" line="58" />
            <source>All visits</source>
            <translation>Все визиты</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_page.py" line="59" />
            <source>Follow-up overdue</source>
            <translation>Последующее действие просрочено</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_page.py" line="60" />
            <source>Follow-up open</source>
            <translation>Последующее действие открыто</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_page.py" line="67" />
            <source>Clear filters</source>
            <translation>Сбросить фильтры</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_page.py" line="73" />
            <source>From</source>
            <translation>С</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_page.py" line="75" />
            <source>to</source>
            <translation>по</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_page.py" line="94" />
            <source>&amp;New visit</source>
            <translation>&amp;Новый визит</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_page.py" line="96" />
            <source>&amp;Open</source>
            <translation>&amp;Открыть</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_page.py" line="97" />
            <source>De&amp;lete</source>
            <translation>Уд&amp;алить</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_page.py" line="98" />
            <source>Open &amp;site</source>
            <translation>Открыть о&amp;бъект</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_page.py" line="100" />
            <source>Open the site of the selected visit</source>
            <translation>Открыть объект выбранного визита</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_page.py" line="109" />
            <source>Show</source>
            <translation>Показать</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_page.py" line="139" />
            <source>Open visit</source>
            <translation>Открыть визит</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_page.py" line="140" />
            <source>Open site</source>
            <translation>Открыть объект</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_page.py" line="141" />
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_page.py" line="152" />
            <source>All officers</source>
            <translation>Все сотрудники</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_page.py" line="164" />
            <source>Write dates as dd.mm.yyyy.</source>
            <translation>Вводите даты как дд.мм.гггг.</translation>
        </message>
    </context>
    <context>
        <name>fieldmon</name>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="25" />
            <source>'{value}' is not one of: {allowed}.</source>
            <translation>«{value}» — не из списка: {allowed}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="26" />
            <source>'{value}' is not yes, no or empty.</source>
            <translation>«{value}» — не «да», не «нет» и не пусто.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="152" />
            <source>Microcredit business</source>
            <translation>Бизнес с микрокредитом</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="153" />
            <source>Microleasing equipment</source>
            <translation>Оборудование в микролизинге</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="154" />
            <source>Small-grant project</source>
            <translation>Проект малого гранта</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="155" />
            <source>Health facility</source>
            <translation>Медицинское учреждение</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="156" />
            <source>Child development room</source>
            <translation>Кабинет развития ребёнка</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="157" />
            <source>NGO / community centre</source>
            <translation>НПО / общественный центр</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="158" />
            <location filename="../../src/fieldmon/domain/choices.py" line="164" />
            <location filename="../../src/fieldmon/domain/trainings.py" line="78" />
            <source>Other</source>
            <translation>Другое</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="161" />
            <source>Routine monitoring</source>
            <translation>Плановый мониторинг</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="162" />
            <source>Verification of use of funds</source>
            <translation>Проверка использования средств</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="163" />
            <source>Follow-up</source>
            <translation>Повторный визит</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="167" />
            <location filename="../../src/fieldmon/domain/choices.py" line="198" />
            <location filename="../../src/fieldmon/services/report_data.py" line="78" />
            <source>Yes</source>
            <translation>Да</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="168" />
            <source>Partly</source>
            <translation>Частично</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="169" />
            <location filename="../../src/fieldmon/domain/choices.py" line="199" />
            <location filename="../../src/fieldmon/services/report_data.py" line="79" />
            <source>No</source>
            <translation>Нет</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="170" />
            <location filename="../../src/fieldmon/domain/choices.py" line="200" />
            <source>Not applicable</source>
            <translation>Не применимо</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="173" />
            <source>On track</source>
            <translation>По плану</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="174" />
            <source>Minor issues</source>
            <translation>Незначительные проблемы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="175" />
            <source>Serious issues</source>
            <translation>Серьёзные проблемы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="23" />
            <source>Required.</source>
            <translation>Обязательное поле.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="24" />
            <source>The visit date cannot be in the future (today is {today}).</source>
            <translation>Дата визита не может быть в будущем (сегодня {today}).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="27" />
            <source>The visit date must be in the year 2000 or later.</source>
            <translation>Дата визита должна быть не ранее 2000 года.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="28" />
            <source>The follow-up due date must be on or after the visit date ({visit_date}).</source>
            <translation>Срок последующего действия не может быть раньше даты визита ({visit_date}).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="31" />
            <source>Describe the follow-up action, or clear its due date.</source>
            <translation>Опишите последующее действие или очистите его срок.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="34" />
            <source>Give the follow-up action a due date.</source>
            <translation>Укажите срок последующего действия.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="35" />
            <source>The follow-up cannot be closed before the visit date ({visit_date}).</source>
            <translation>Действие не может быть выполнено раньше даты визита ({visit_date}).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="38" />
            <source>The follow-up cannot be closed on a future date.</source>
            <translation>Дата выполнения действия не может быть в будущем.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="39" />
            <source>There is no follow-up action to close.</source>
            <translation>Нет последующего действия, которое можно закрыть.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="40" />
            <source>Beneficiaries must be a whole number from 0 to {max}.</source>
            <translation>Число благополучателей — целое число от 0 до {max}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="43" />
            <source>'{value}' is not a number.</source>
            <translation>«{value}» — не число.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="44" />
            <source>Latitude must be between {min} and {max} (inside Kazakhstan).</source>
            <translation>Широта должна быть от {min} до {max} (в пределах Казахстана).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="47" />
            <source>Longitude must be between {min} and {max} (inside Kazakhstan).</source>
            <translation>Долгота должна быть от {min} до {max} (в пределах Казахстана).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="50" />
            <source>Give both latitude and longitude, or neither.</source>
            <translation>Укажите и широту, и долготу — или ни одну из них.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="51" />
            <source>Too long: at most {max} characters.</source>
            <translation>Слишком длинно: не более {max} символов.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="154" />
            <source>Choose the type of the new site.</source>
            <translation>Выберите тип нового объекта.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="155" />
            <source>Choose the region of the site.</source>
            <translation>Выберите область объекта.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/periods.py" line="16" />
            <source>'{value}' is not a quarter; write it like 2026Q3.</source>
            <translation>«{value}» — не квартал; пишите как 2026Q3.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/periods.py" line="17" />
            <source>'{value}' is not a real date.</source>
            <translation>«{value}» — несуществующая дата.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/periods.py" line="19" />
            <source>'{value}' is not a date; write it as dd.mm.yyyy.</source>
            <translation>«{value}» — не дата; вводите как дд.мм.гггг.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="169" />
            <source>'{value}' is not a whole number.</source>
            <translation>«{value}» — не целое число.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="72" />
            <source>Microcredit</source>
            <translation>Микрокредит</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="73" />
            <source>Microleasing</source>
            <translation>Микролизинг</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="79" />
            <source>Flat</source>
            <translation>Фиксированные проценты</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="80" />
            <source>Declining balance</source>
            <translation>На остаток (аннуитет)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="86" />
            <source>Repaid</source>
            <translation>Погашен</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="87" />
            <source>Overdue</source>
            <translation>Просрочен</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="88" />
            <source>Due next quarter</source>
            <translation>Погашение в следующем квартале</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="89" />
            <source>Current</source>
            <translation>Текущий</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="95" />
            <source>Female</source>
            <translation>Женский</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="96" />
            <source>Male</source>
            <translation>Мужской</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="102" />
            <source>Individual</source>
            <translation>Один человек</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="103" />
            <source>Group (2–3 people)</source>
            <translation>Группа (2–3 человека)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="324" />
            <source>A loan number has at most {max} letters, digits, '-', '/' or '.'.</source>
            <translation>Номер займа — не более {max} букв, цифр, '-', '/' или '.'.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="327" />
            <source>The principal must be more than 0 and at most {max}.</source>
            <translation>Сумма займа должна быть больше 0 и не больше {max}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="330" />
            <source>{currency} amounts have at most {places} digits after the decimal point.</source>
            <translation>Суммы в {currency} — не более {places} знаков после запятой.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="333" />
            <source>The annual rate must be from 0 to {max} %.</source>
            <translation>Годовая ставка должна быть от 0 до {max} %.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="334" />
            <source>The term must be from 1 to {max} months.</source>
            <translation>Срок должен быть от 1 до {max} месяцев.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="335" />
            <source>The disbursement date cannot be in the future (today is {today}).</source>
            <translation>Дата выдачи не может быть в будущем (сегодня {today}).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="338" />
            <source>The date must be in the year 2000 or later.</source>
            <translation>Дата должна быть не раньше 2000 года.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="339" />
            <source>The first due date must be after the disbursement date ({disbursed}).</source>
            <translation>Первый платёж должен быть позже даты выдачи ({disbursed}).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="342" />
            <source>The first due date must be within a year of the disbursement date.</source>
            <translation>Первый платёж должен быть в пределах года после выдачи.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="345" />
            <source>The committee approval must be on or before the disbursement ({disbursed}).</source>
            <translation>Одобрение комитета должно быть не позже выдачи ({disbursed}).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="348" />
            <source>The amount must be more than 0.</source>
            <translation>Сумма должна быть больше 0.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="349" />
            <source>The repayment cannot be dated before the disbursement ({disbursed}).</source>
            <translation>Платёж не может быть раньше выдачи ({disbursed}).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="352" />
            <source>The repayment date cannot be in the future (today is {today}).</source>
            <translation>Дата платежа не может быть в будущем (сегодня {today}).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="355" />
            <source>The amount is more than the {outstanding} still owed on this loan.</source>
            <translation>Сумма больше остатка долга по займу ({outstanding}).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="358" />
            <source>This loan is fully repaid; nothing is owed.</source>
            <translation>Займ полностью погашен; долга нет.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/money.py" line="38" />
            <source>KZT (tenge)</source>
            <translation>KZT (тенге)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/money.py" line="39" />
            <source>USD (US dollar)</source>
            <translation>USD (доллар США)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/money.py" line="42" />
            <source>'{value}' is not a currency; write KZT or USD.</source>
            <translation>«{value}» — не валюта; пишите KZT или USD.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/money.py" line="43" />
            <source>'{value}' is not an amount.</source>
            <translation>«{value}» — не сумма.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/money.py" line="85" />
            <source>'{value}' is ambiguous: {grouped} or {decimal}? Write {whole} or {decimal}.</source>
            <translation>«{value}» неоднозначно: {grouped} или {decimal}? Напишите {whole} или {decimal}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/people.py" line="20" />
            <source>The birth year must be from {min} to {max}.</source>
            <translation>Год рождения должен быть от {min} до {max}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/people.py" line="21" />
            <source>This IIN belongs to a man, but the sex given is female.</source>
            <translation>Этот ИИН принадлежит мужчине, а указан женский пол.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/people.py" line="24" />
            <source>This IIN belongs to a woman, but the sex given is male.</source>
            <translation>Этот ИИН принадлежит женщине, а указан мужской пол.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/people.py" line="27" />
            <source>This IIN gives the birth date {born}, but the birth year given is {year}.</source>
            <translation>По ИИН дата рождения {born}, а указан год рождения {year}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/people.py" line="30" />
            <source>'{value}' is not a sex; write female or male (ж / м).</source>
            <translation>«{value}» — не пол; пишите «женский» или «мужской» (ж / м).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/people.py" line="31" />
            <source>'{value}' is not a Kazakhstan phone number; write it like +7 701 234 56 78.</source>
            <translation>«{value}» — не казахстанский номер; пишите как +7 701 234 56 78.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/people.py" line="35" />
            <source>An IIN has exactly 12 digits.</source>
            <translation>ИИН состоит ровно из 12 цифр.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/people.py" line="36" />
            <source>The IIN's check digit is wrong; check for a typing error.</source>
            <translation>Неверная контрольная цифра ИИН; проверьте, нет ли опечатки.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/people.py" line="39" />
            <source>The IIN's 7th digit (century and sex) must be 1 to 6.</source>
            <translation>7-я цифра ИИН (век и пол) должна быть от 1 до 6.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/people.py" line="42" />
            <source>The IIN does not start with a real birth date (YYMMDD).</source>
            <translation>ИИН не начинается с настоящей даты рождения (ГГММДД).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loans/commands.py" line="36" />
            <source>Loan number {loan_no} is already used.</source>
            <translation>Номер займа {loan_no} уже занят.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loans/commands.py" line="37" />
            <source>Loan number {loan_no} belongs to a deleted loan; use another number or undo the deletion.</source>
            <translation>Номер займа {loan_no} принадлежит удалённому займу; укажите другой номер или отмените удаление.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loans/commands.py" line="41" />
            <source>A group has 2 or 3 members.</source>
            <translation>В группе 2 или 3 человека.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loans/commands.py" line="42" />
            <source>An individual borrower is one person.</source>
            <translation>Индивидуальный заёмщик — один человек.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loans/commands.py" line="43" />
            <source>The same person is listed twice in the group.</source>
            <translation>Один и тот же человек указан в группе дважды.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loans/commands.py" line="44" />
            <source>This loan has repayments; reverse them before changing its amount, rate, term or dates.</source>
            <translation>По займу есть платежи; сторнируйте их, прежде чем менять сумму, ставку, срок или даты.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loans/commands.py" line="48" />
            <source>Receipt {receipt_no} is already posted on this loan.</source>
            <translation>Квитанция {receipt_no} уже проведена по этому займу.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loans/commands.py" line="51" />
            <source>Say why the repayment is reversed.</source>
            <translation>Укажите, почему платёж сторнируется.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loans/commands.py" line="460" />
            <source>Loan {loan_no} has repayments; reverse them before deleting the loan.</source>
            <translation>По займу {loan_no} есть платежи; сторнируйте их, прежде чем удалять займ.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loans/_rows.py" line="33" />
            <source>This loan no longer exists; it may have been deleted.</source>
            <translation>Этого займа больше нет; возможно, он удалён.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loans/commands.py" line="444" />
            <source>This repayment does not exist or is already reversed.</source>
            <translation>Этого платежа нет, или он уже сторнирован.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loans/queries.py" line="384" />
            <source>This place no longer exists.</source>
            <translation>Этого места больше нет.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="58" />
            <source>Seminar</source>
            <translation>Семинар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="59" />
            <source>Master class</source>
            <translation>Мастер-класс</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="60" />
            <source>Workshop</source>
            <translation>Воркшоп</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="61" />
            <source>Round table</source>
            <translation>Круглый стол</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="62" />
            <source>Course</source>
            <translation>Курс</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="63" />
            <source>Consultation</source>
            <translation>Консультация</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="69" />
            <source>Health professional</source>
            <translation>Медицинский работник</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="70" />
            <source>Volunteer</source>
            <translation>Волонтёр</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="71" />
            <source>Entrepreneur</source>
            <translation>Предприниматель</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="72" />
            <source>Farmer</source>
            <translation>Фермер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="73" />
            <source>Local government</source>
            <translation>Местный исполнительный орган</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="74" />
            <source>NGO / initiative group</source>
            <translation>НПО / инициативная группа</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="75" />
            <source>Journalist</source>
            <translation>Журналист</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="76" />
            <source>Teacher</source>
            <translation>Учитель</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="77" />
            <source>Unemployed</source>
            <translation>Безработный</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="93" />
            <source>An event lasts from 1 to {max} days.</source>
            <translation>Мероприятие длится от 1 до {max} дней.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="94" />
            <source>The days needed to complete must be from 1 to the event's {days} days.</source>
            <translation>Число дней для завершения — от 1 до {days} (длительность мероприятия).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="97" />
            <source>A test score is a whole number from 0 to 100.</source>
            <translation>Балл теста — целое число от 0 до 100.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="98" />
            <source>A training code has letters, digits and - / . _ only, without spaces.</source>
            <translation>Код тренинга состоит из букв, цифр и - / . _ без пробелов.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="101" />
            <source>'{value}' is not a mark; write x for present, leave empty if absent.</source>
            <translation>«{value}» — не отметка; ставьте x, если человек присутствовал, и оставляйте пустым, если нет.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/trainings.py" line="34" />
            <source>Choose the region or city.</source>
            <translation>Выберите регион или город.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/trainings.py" line="35" />
            <source>Training {code} is already recorded.</source>
            <translation>Тренинг {code} уже записан.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/trainings.py" line="36" />
            <source>Training code {code} belongs to a deleted training; use another code or undo the deletion.</source>
            <translation>Код {code} принадлежит удалённому тренингу; укажите другой код или отмените удаление.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/trainings.py" line="40" />
            <source>Participants are marked present on day {day}; untick them before shortening.</source>
            <translation>Участники отмечены в день {day}; снимите отметки, прежде чем сокращать.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/trainings.py" line="43" />
            <source>This IIN is {name}'s, who is already in the registry; choose them instead.</source>
            <translation>Этот ИИН принадлежит {name}, уже записанному в реестре; выберите эту запись.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/trainings.py" line="46" />
            <source>{name} is already registered at this training.</source>
            <translation>{name} уже зарегистрирован(а) на этом тренинге.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/trainings.py" line="180" />
            <source>This training no longer exists; it may have been deleted.</source>
            <translation>Этого тренинга больше нет; возможно, он удалён.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/trainings.py" line="268" />
            <source>There is no training with the code {code}.</source>
            <translation>Тренинга с кодом {code} нет.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/people.py" line="347" />
            <location filename="../../src/fieldmon/services/trainings.py" line="446" />
            <source>This person is no longer in the registry; they may be merged.</source>
            <translation>Этого человека больше нет в реестре; возможно, его запись объединена с другой.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/trainings.py" line="474" />
            <source>This participant is no longer registered at the training.</source>
            <translation>Этот участник больше не зарегистрирован на тренинге.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/people.py" line="611" />
            <source>Choose two different people to merge.</source>
            <translation>Для объединения выберите две разные записи.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/people.py" line="547" />
            <source>One of these people is no longer in the registry.</source>
            <translation>Одного из этих людей больше нет в реестре.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/people.py" line="350" />
            <source>IIN {iin} is already {name}'s (born {year}); if they are one person, merge the two records instead.</source>
            <translation>ИИН {iin} уже указан у {name} ({year} г. р.); если это один и тот же человек, вместо этого объедините две записи.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/people.py" line="355" />
            <source>{name}, born {year}, is already in the registry; if they are one person, merge the two records instead.</source>
            <translation>{name}, {year} г. р., уже есть в реестре; если это один и тот же человек, вместо этого объедините две записи.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/people.py" line="360" />
            <source>Choose a category: this person attends trainings, which are counted by it.</source>
            <translation>Выберите категорию: этот человек участвует в тренингах, а они учитываются по категориям.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/people.py" line="618" />
            <source>{keep} and {drop} have different IINs; they are two people.</source>
            <translation>{keep} и {drop}: ИИН различаются, это два разных человека.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="64" />
            <location filename="../../src/fieldmon/ui/home_page.py" line="324" />
            <source>This quarter ({0})</source>
            <translation>Этот квартал ({0})</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="65" />
            <location filename="../../src/fieldmon/ui/home_page.py" line="327" />
            <source>Previous quarter ({0})</source>
            <translation>Предыдущий квартал ({0})</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="69" />
            <source>This period ({0})</source>
            <translation>Этот период ({0})</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="70" />
            <source>Previous period ({0})</source>
            <translation>Предыдущий период ({0})</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="71" />
            <source>Year to date ({0}–{1})</source>
            <translation>С начала года ({0}–{1})</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="142" />
            <source>Monitoring visits</source>
            <translation>Мониторинговые визиты</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="54" />
            <source>No officer name: pass --officer NAME, set FIELDMON_OFFICER, or set it once in the app.</source>
            <translation>Не задано имя сотрудника: укажите --officer NAME, задайте FIELDMON_OFFICER или один раз введите имя в программе.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="58" />
            <source>There is no database at {path}.</source>
            <translation>Базы данных по пути {path} нет.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="59" />
            <source>Cannot write {path}: {reason}.</source>
            <translation>Не удаётся записать {path}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="60" />
            <source>--region: unknown region '{name}'.</source>
            <translation>--region: неизвестный регион «{name}».</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/cli.py" line="65" />
            <source>Imported %n loan(s) ({people}).</source>
            <translation>
                <numerusform>Импортирован %n займ ({people}).</numerusform>
                <numerusform>Импортировано %n займа ({people}).</numerusform>
                <numerusform>Импортировано %n займов ({people}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/cli.py" line="66" />
            <source>%n new person(s)</source>
            <translation>
                <numerusform>%n новый человек</numerusform>
                <numerusform>%n новых человека</numerusform>
                <numerusform>%n новых человек</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/cli.py" line="67" />
            <source>Posted %n repayment(s).</source>
            <translation>
                <numerusform>Проведён %n платёж.</numerusform>
                <numerusform>Проведено %n платежа.</numerusform>
                <numerusform>Проведено %n платежей.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/cli.py" line="68" />
            <source>Imported %n training(s).</source>
            <translation>
                <numerusform>Импортирован %n тренинг.</numerusform>
                <numerusform>Импортировано %n тренинга.</numerusform>
                <numerusform>Импортировано %n тренингов.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/cli.py" line="69" />
            <source>Imported %n training(s) ({unchanged} already recorded, left as they were).</source>
            <translation>
                <numerusform>Импортирован %n тренинг (уже были записаны и оставлены без изменений: {unchanged}).</numerusform>
                <numerusform>Импортировано %n тренинга (уже были записаны и оставлены без изменений: {unchanged}).</numerusform>
                <numerusform>Импортировано %n тренингов (уже были записаны и оставлены без изменений: {unchanged}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/cli.py" line="75" />
            <source>Imported attendance of %n participant(s) ({people}).</source>
            <translation>
                <numerusform>Импортирована посещаемость %n участника ({people}).</numerusform>
                <numerusform>Импортирована посещаемость %n участников ({people}).</numerusform>
                <numerusform>Импортирована посещаемость %n участников ({people}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/cli.py" line="78" />
            <source>Wrote the {period} report to {path} (%n row(s)).</source>
            <translation>
                <numerusform>Отчёт за {period} записан в {path} (%n строка).</numerusform>
                <numerusform>Отчёт за {period} записан в {path} (%n строки).</numerusform>
                <numerusform>Отчёт за {period} записан в {path} (%n строк).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/cli.py" line="79" />
            <source>Wrote %n record(s) ({deleted} deleted) to {path}.</source>
            <translation>
                <numerusform>В {path} записана %n запись (удалённых: {deleted}).</numerusform>
                <numerusform>В {path} записано %n записи (удалённых: {deleted}).</numerusform>
                <numerusform>В {path} записано %n записей (удалённых: {deleted}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/cli.py" line="80" />
            <source>%n conflict(s) wait(s) for review (fieldmon conflicts; in the app: Conflicts).</source>
            <translation>
                <numerusform>%n конфликт ждёт решения (fieldmon conflicts; в программе: Конфликты).</numerusform>
                <numerusform>%n конфликта ждут решения (fieldmon conflicts; в программе: Конфликты).</numerusform>
                <numerusform>%n конфликтов ждут решения (fieldmon conflicts; в программе: Конфликты).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/cli.py" line="86" />
            <source>As of {as_of}: {status}, %n day(s) in arrears, outstanding principal {outstanding} {currency}</source>
            <translation>
                <numerusform>На {as_of}: {status}, %n день просрочки, остаток основного долга {outstanding} {currency}</numerusform>
                <numerusform>На {as_of}: {status}, %n дня просрочки, остаток основного долга {outstanding} {currency}</numerusform>
                <numerusform>На {as_of}: {status}, %n дней просрочки, остаток основного долга {outstanding} {currency}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="95" />
            <source>place</source>
            <translation>место</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="96" />
            <source>borrower</source>
            <translation>заёмщик</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="97" />
            <source>person</source>
            <translation>человек</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="98" />
            <source>site</source>
            <translation>объект</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="99" />
            <source>training</source>
            <translation>тренинг</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="100" />
            <source>loan</source>
            <translation>займ</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="101" />
            <source>participation</source>
            <translation>участие</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="102" />
            <source>visit</source>
            <translation>визит</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="103" />
            <source>repayment</source>
            <translation>погашение</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="104" />
            <source>project</source>
            <translation>проект</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="105" />
            <source>indicator</source>
            <translation>индикатор</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="106" />
            <source>indicator value</source>
            <translation>значение индикатора</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="107" />
            <source>attached file</source>
            <translation>прикреплённый файл</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="110" />
            <source>Wrote the visits import template to {path}.</source>
            <translation>Шаблон импорта визитов записан в {path}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="111" />
            <source>Wrote the loans import template to {path}.</source>
            <translation>Шаблон импорта займов записан в {path}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="112" />
            <source>Wrote the repayments import template to {path}.</source>
            <translation>Шаблон импорта платежей записан в {path}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="113" />
            <source>Wrote the trainings import template to {path}.</source>
            <translation>Шаблон импорта тренингов записан в {path}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="114" />
            <source>Wrote the attendance import template to {path}.</source>
            <translation>Шаблон импорта посещаемости записан в {path}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="115" />
            <source>Wrote the indicators import template to {path}.</source>
            <translation>Шаблон импорта индикаторов записан в {path}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="116" />
            <source>Wrote the indicator values import template to {path}.</source>
            <translation>Шаблон импорта значений индикаторов записан в {path}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="121" />
            <location filename="../../src/fieldmon/reports/indicators.py" line="144" />
            <location filename="../../src/fieldmon/services/home.py" line="158" />
            <location filename="../../src/fieldmon/services/report_data.py" line="291" />
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="53" />
            <source>Visits</source>
            <translation>Визиты</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="122" />
            <source>Sites</source>
            <translation>Объекты</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="125" />
            <source>People</source>
            <translation>Люди</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="250" />
            <source>Offline-first monitoring of development projects. Without a command, starts the GUI.</source>
            <translation>Мониторинг проектов развития без подключения к сети. Без команды запускает графический интерфейс.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="261" />
            <source>database file or SQLAlchemy URL (default: $FIELDMON_DB or fieldmon.db in the user-data folder)</source>
            <translation>файл базы данных или URL SQLAlchemy (по умолчанию: $FIELDMON_DB или fieldmon.db в папке данных пользователя)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="271" />
            <source>officer who records (default: $FIELDMON_OFFICER or the stored profile)</source>
            <translation>сотрудник, который вносит данные (по умолчанию: $FIELDMON_OFFICER или сохранённый профиль)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="280" />
            <source>language of what fieldmon prints (default: $FIELDMON_LANG, else the app's setting, else the system's language, else en)</source>
            <translation>язык вывода fieldmon (по умолчанию: $FIELDMON_LANG, иначе язык из настроек программы, иначе язык системы, иначе en)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="292" />
            <source>the encrypted database's password: the first line of F (default: $FIELDMON_PASSWORD)</source>
            <translation>пароль зашифрованной базы данных: первая строка F (по умолчанию: $FIELDMON_PASSWORD)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="302" />
            <source>start the GUI (the default)</source>
            <translation>запустить графический интерфейс (по умолчанию)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="308" />
            <source>interface language for this run</source>
            <translation>язык интерфейса для этого запуска</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="315" />
            <source>a data package to offer for import once the window is open (a double-click on a package runs `fieldmon FILE.fmpkg`)</source>
            <translation>пакет данных, который будет предложено импортировать после открытия окна (двойной щелчок по пакету запускает `fieldmon FILE.fmpkg`)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="324" />
            <source>add realistic demo data</source>
            <translation>добавить реалистичные демонстрационные данные</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="331" />
            <source>how many (200)</source>
            <translation>сколько визитов (200)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="338" />
            <source>how many loans (60)</source>
            <translation>сколько займов (60)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="345" />
            <source>how many training events (12)</source>
            <translation>сколько тренингов (12)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="353" />
            <source>photos for the N latest visits, scanned contracts and sign-in sheets for N loans and trainings (12; 0 for none)</source>
            <translation>фото к N последним визитам, сканы договоров и листов регистрации к N займам и тренингам (12; 0 — без них)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="363" />
            <source>write an empty import workbook</source>
            <translation>записать пустую книгу для импорта</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="372" />
            <source>language of the workbook's sheet, headers and notes (default: the command line's)</source>
            <translation>язык листа, заголовков и примечаний книги (по умолчанию: язык командной строки)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="380" />
            <source>import a workbook (all rows or none)</source>
            <translation>импортировать книгу (все строки или ни одной)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="385" />
            <source>look at loans</source>
            <translation>просмотр займов</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="388" />
            <source>a loan with its schedule and repayments</source>
            <translation>займ с графиком погашения и платежами</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="395" />
            <source>state as of this date (default: today)</source>
            <translation>состояние на эту дату (по умолчанию: сегодня)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="400" />
            <source>print JSON (amounts as strings)</source>
            <translation>вывести JSON (суммы — строками)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="403" />
            <source>print JSON</source>
            <translation>вывести JSON</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="404" />
            <source>e.g. 2026Q3</source>
            <translation>например, 2026Q3</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="405" />
            <source>only this region or city (any of its names)</source>
            <translation>только этот регион или город (любое из его названий)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="408" />
            <source>key figures for a quarter or a date range</source>
            <translation>основные показатели за квартал или период</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="415" />
            <source>only this project's records (its code; default: all)</source>
            <translation>только записи этого проекта (его код; по умолчанию: все)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="423" />
            <source>a project's indicators against their targets for a period</source>
            <translation>индикаторы проекта в сравнении с целевыми значениями за период</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="437" />
            <source>write the quarterly Excel report (Summary and detail sheets)</source>
            <translation>записать квартальный отчёт Excel (сводный лист и листы с детализацией)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="450" />
            <source>only this project's records, with its title, donor and a Results sheet</source>
            <translation>только записи этого проекта, с его названием, донором и листом «Результаты»</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="461" />
            <source>language of headers and labels (default: the command line's)</source>
            <translation>язык заголовков и подписей (по умолчанию: язык командной строки)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="468" />
            <source>project title (default: the one set in the app)</source>
            <translation>название проекта (по умолчанию: заданное в программе)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="476" />
            <source>also write the covered records' photos and scans to a folder beside the workbook, listed on an Evidence sheet</source>
            <translation>также записать фото и сканы вошедших записей в папку рядом с книгой, со списком на листе «Подтверждения»</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="484" />
            <source>the id of a visit, loan or training</source>
            <translation>идентификатор визита, займа или тренинга</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="487" />
            <source>list the photos and scans attached to records</source>
            <translation>список фото и сканов, прикреплённых к записям</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="494" />
            <source>attach photos or scans to a visit, loan or training (all checked first; if one is refused, none is attached)</source>
            <translation>прикрепить фото или сканы к визиту, займу или тренингу (сначала проверяются все; если один отклонён, не прикрепляется ни один)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="503" />
            <source>caption</source>
            <translation>подпись</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="508" />
            <source>for a training's sign-in sheet: the day it is for</source>
            <translation>для листа регистрации тренинга: день, к которому он относится</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="512" />
            <source>exchange data with the coordinator</source>
            <translation>обмен данными с координатором</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="520" />
            <source>write a data package (by default what changed since the last export to the same folder)</source>
            <translation>записать пакет данных (по умолчанию — изменения с последнего экспорта в ту же папку)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="532" />
            <source>what changed since DATE</source>
            <translation>изменения с даты DATE</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="535" />
            <source>every record</source>
            <translation>все записи</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="542" />
            <source>only this project: its records, indicators and people, and every place (what changed since its last export to the same folder)</source>
            <translation>только этот проект: его записи, индикаторы и люди, и все места (что изменилось с его последнего экспорта в ту же папку)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="555" />
            <source>encrypt the package with the team's exchange passphrase, read from F (else from FIELDMON_PACKAGE_PASSWORD)</source>
            <translation>зашифровать пакет парольной фразой команды для обмена, прочитанной из F (иначе из FIELDMON_PACKAGE_PASSWORD)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="566" />
            <source>write a plain package, not encrypted (only without personal data)</source>
            <translation>записать обычный пакет без шифрования (только если в нём нет персональных данных)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="574" />
            <source>check a data package whole, then merge it field by field</source>
            <translation>проверить пакет данных целиком, затем объединить его по полям</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="585" />
            <source>the team's exchange passphrase for an encrypted package, read from F (else from FIELDMON_PACKAGE_PASSWORD)</source>
            <translation>парольная фраза команды для обмена, чтобы открыть зашифрованный пакет; читается из F (иначе из FIELDMON_PACKAGE_PASSWORD)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="594" />
            <source>add, change and list projects</source>
            <translation>добавить, изменить и показать проекты</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="600" />
            <source>add a project</source>
            <translation>добавить проект</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="601" />
            <source>change a project (what is given)</source>
            <translation>изменить проект (то, что указано)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="604" />
            <source>e.g. UNHS</source>
            <translation>например, UNHS</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="610" />
            <source>the implementing partners</source>
            <translation>партнёры-исполнители</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="616" />
            <source>the regions it works in, comma-separated (any of their names)</source>
            <translation>области, в которых он работает, через запятую (любое из их названий)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="622" />
            <source>list the projects</source>
            <translation>показать проекты</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="628" />
            <source>list the conflicts merges left for review</source>
            <translation>показать конфликты, которые после объединения ждут решения</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="635" />
            <source>search visits, sites, loans, trainings and people for TEXT (any case), as the lists do</source>
            <translation>найти TEXT в визитах, объектах, займах, тренингах и людях (без учёта регистра), как в списках программы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="647" />
            <source>matches shown of each kind (default: 20)</source>
            <translation>сколько совпадений каждого вида показывать (по умолчанию: 20)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="653" />
            <source>only this project's records, and the people in its loans and trainings</source>
            <translation>только записи этого проекта, а также заёмщики и участники его тренингов</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="664" />
            <source>a checked copy of the database (default: in its backups folder)</source>
            <translation>проверенная копия базы данных (по умолчанию — в её папке резервных копий)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="673" />
            <source>replace the database with a backup (checked first; the current one is backed up before)</source>
            <translation>заменить базу данных резервной копией (сначала копия проверяется, а текущая база сохраняется в резервную копию)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="684" />
            <source>check the database's integrity (exit 1 when damaged)</source>
            <translation>проверить целостность базы данных (код выхода 1, если она повреждена)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="691" />
            <source>exchange this database with a central PostgreSQL database, both ways</source>
            <translation>синхронизировать эту базу данных с центральной базой PostgreSQL в обоих направлениях</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="704" />
            <source>protect the database with a password (encrypts it and its backups in place, prints a recovery key once), or change the password of an encrypted one</source>
            <translation>защитить базу данных паролем (шифрует её и её резервные копии на месте, один раз выводит ключ восстановления) или сменить пароль зашифрованной базы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="716" />
            <source>the new password: the first line of F</source>
            <translation>новый пароль: первая строка F</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="722" />
            <source>make no recovery key (a forgotten password then loses the data)</source>
            <translation>не создавать ключ восстановления (тогда при забытом пароле данные будут потеряны)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="730" />
            <source>write a plain (unencrypted) copy of the database to a new file</source>
            <translation>записать незашифрованную копию базы данных в новый файл</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="739" />
            <source>set a new password with the recovery key printed by encrypt</source>
            <translation>задать новый пароль с помощью ключа восстановления, выведенного командой encrypt</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="755" />
            <source>Give either --quarter or --from/--to, not both.</source>
            <translation>Укажите либо --quarter, либо --from/--to, но не то и другое сразу.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="762" />
            <source>--quarter: {reason}.</source>
            <translation>--quarter: {reason}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="766" />
            <source>--to is before --from.</source>
            <translation>--to раньше, чем --from.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="769" />
            <source>Give a period: --quarter 2026Q3, or --from DATE --to DATE.</source>
            <translation>Укажите период: --quarter 2026Q3 или --from DATE --to DATE.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="791" />
            <source>Cannot read {what} from {path}: {reason}.</source>
            <translation>Не удаётся прочитать {what} из {path}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="799" />
            <source>The first line of {path} is empty; it should hold {what}.</source>
            <translation>Первая строка {path} пуста; в ней должен быть {what}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="808" />
            <source>the password</source>
            <translation>пароль</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="809" />
            <source>the new password</source>
            <translation>новый пароль</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="810" />
            <source>the recovery key</source>
            <translation>ключ восстановления</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="861" />
            <source>Added {visits} demo visits, {loans} demo loans and {trainings} demo trainings to {db}.</source>
            <translation>В {db} добавлены демонстрационные данные: визитов — {visits}, займов — {loans}, тренингов — {trainings}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="875" />
            <source>Attached {files} demo photos and scans.</source>
            <translation>Прикреплено демо-фото и сканов: {files}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="929" />
            <source>Indicators: {added} added, {updated} updated.</source>
            <translation>Индикаторы: добавлено {added}, изменено {updated}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="935" />
            <source>Indicator values: {n} written or cleared.</source>
            <translation>Значения индикаторов: записано или очищено {n}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="941" />
            <source>Imported {visits} visits ({sites} new sites, {places} new districts or settlements).</source>
            <translation>Импортировано визитов: {visits} (новых объектов: {sites}, новых районов и населённых пунктов: {places}).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1027" />
            <source>Loan {loan_no}: {borrower}, {product}, {principal} {currency}</source>
            <translation>Займ {loan_no}: {borrower}, {product}, {principal} {currency}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1048" />
            <source>Interest</source>
            <translation>Проценты</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1050" />
            <source>Paid</source>
            <translation>Оплачено</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1060" />
            <source>paid {paid_on} {amount} {currency}, receipt {receipt} (reversed)</source>
            <translation>платёж от {paid_on} на {amount} {currency}, квитанция {receipt} (сторнирован)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1064" />
            <source>paid {paid_on} {amount} {currency}, receipt {receipt}</source>
            <translation>платёж от {paid_on} на {amount} {currency}, квитанция {receipt}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1115" />
            <location filename="../../src/fieldmon/cli.py" line="1177" />
            <source>Project: {project}</source>
            <translation>Проект: {project}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1116" />
            <location filename="../../src/fieldmon/cli.py" line="1173" />
            <source>Period: {period}</source>
            <translation>Период: {period}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1129" />
            <location filename="../../src/fieldmon/reports/results_sheet.py" line="85" />
            <source>Baseline</source>
            <translation>Базовое значение</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1130" />
            <source>Target</source>
            <translation>Целевое значение</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1132" />
            <source>Year</source>
            <translation>Год</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1133" />
            <source>Since start</source>
            <translation>С начала</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1175" />
            <source>Region: {region}</source>
            <translation>Регион: {region}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1197" />
            <source>-o: the report is an Excel workbook; give a file name ending in .xlsx.</source>
            <translation>-o: отчёт записывается в книгу Excel; укажите имя файла с расширением .xlsx.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1223" />
            <source>Evidence files written to {folder}: {count}.</source>
            <translation>Подтверждающие файлы записаны в {folder}: {count}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1228" />
            <source>Note: {note}</source>
            <translation>Примечание: {note}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1233" />
            <location filename="../../src/fieldmon/reports/evidence_folder.py" line="130" />
            <source>Record</source>
            <translation>Запись</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1234" />
            <source>Record id</source>
            <translation>Идентификатор записи</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1235" />
            <location filename="../../src/fieldmon/reports/evidence_folder.py" line="134" />
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1236" />
            <location filename="../../src/fieldmon/reports/evidence_folder.py" line="136" />
            <source>Caption</source>
            <translation>Подпись</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1237" />
            <source>Size, bytes</source>
            <translation>Размер, байт</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1238" />
            <location filename="../../src/fieldmon/reports/evidence_folder.py" line="141" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1239" />
            <source>Media type</source>
            <translation>Тип файла</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1240" />
            <location filename="../../src/fieldmon/reports/evidence_folder.py" line="137" />
            <source>Taken at</source>
            <translation>Время съёмки</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1241" />
            <source>GPS</source>
            <translation>GPS</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1243" />
            <source>There is no visit, loan or training {id}.</source>
            <translation>Нет визита, займа или тренинга {id}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1287" />
            <source>No files are attached.</source>
            <translation>Прикреплённых файлов нет.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1322" />
            <source>--day is for a training's sign-in sheets.</source>
            <translation>--day — только для листов регистрации тренинга.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1326" />
            <source>--day: training {code} has {days} days.</source>
            <translation>--day: в тренинге {code} дней: {days}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1338" />
            <source>Nothing was attached.</source>
            <translation>Ничего не прикреплено.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1346" />
            <source>Files attached to the {kind} {id}: {count}.</source>
            <translation>Прикреплено файлов ({kind} {id}): {count}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1366" />
            <source>{type} new {new}  updated {updated}  unchanged {unchanged}  conflicts {conflicts}</source>
            <translation>{type} новых {new}  обновлено {updated}  без изменений {unchanged}  конфликтов {conflicts}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1387" />
            <source>Photos and scans this database did not have: {count}.</source>
            <translation>Фото и сканов, которых не было в этой базе: {count}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1400" />
            <source>Cannot read the exchange passphrase from {path}: {reason}.</source>
            <translation>Не удаётся прочитать парольную фразу для обмена из {path}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1409" />
            <source>{path} holds no exchange passphrase.</source>
            <translation>В {path} нет парольной фразы для обмена.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1422" />
            <source>-o: give a file name ending in {suffix}.</source>
            <translation>-o: укажите имя файла с расширением {suffix}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1434" />
            <source>This database is encrypted: give the exchange passphrase (FIELDMON_PACKAGE_PASSWORD or --package-password-file) or --plain to send personal data unprotected.</source>
            <translation>Эта база данных зашифрована: укажите парольную фразу для обмена (FIELDMON_PACKAGE_PASSWORD или --package-password-file) или --plain, чтобы отправить персональные данные без защиты.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1448" />
            <source>Nothing changed since the last export to {folder}; wrote an empty package to {path} (--all exports everything).</source>
            <translation>С последнего экспорта в {folder} ничего не изменилось; записан пустой пакет {path} (--all экспортирует всё).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1474" />
            <source>The package {name} is encrypted: give the exchange passphrase (FIELDMON_PACKAGE_PASSWORD or --package-password-file).</source>
            <translation>Пакет {name} зашифрован: укажите парольную фразу для обмена (FIELDMON_PACKAGE_PASSWORD или --package-password-file).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1484" />
            <source>Nothing new: everything in {file} is already in this database.</source>
            <translation>Ничего нового: всё из {file} уже есть в этой базе данных.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1490" />
            <source>Imported {file}:</source>
            <translation>Импортирован пакет {file}:</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1497" />
            <source>Loan {loan_no}, receipt {receipt}: typed on two laptops; it counts once (the first posted).</source>
            <translation>Займ {loan_no}, квитанция {receipt}: введена на двух ноутбуках; учитывается один раз (проведённая первой).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1503" />
            <source>Loan {loan_no}, receipt {receipt}: posted twice with different amounts or dates; it counts once (the first posted).</source>
            <translation>Займ {loan_no}, квитанция {receipt}: проведена дважды с разными суммами или датами; учитывается один раз (проведённая первой).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1512" />
            <source>Loan {loan_no} is over-paid by {amount} {currency}: check its repayments.</source>
            <translation>Займ {loan_no} переплачен на {amount} {currency}: проверьте его погашения.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1572" />
            <source>No projects yet: fieldmon project add CODE.</source>
            <translation>Проектов пока нет: fieldmon project add КОД.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1593" />
            <source>Added the project {code}.</source>
            <translation>Проект {code} добавлен.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1609" />
            <source>Changed the project {code}.</source>
            <translation>Проект {code} изменён.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1611" />
            <source>The project {code} is unchanged.</source>
            <translation>Проект {code} не изменился.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1638" />
            <source>No conflicts wait for review.</source>
            <translation>Конфликтов, ожидающих решения, нет.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1642" />
            <source>{type} {record}: {field} = {kept} ({kept_by}), other: {other} ({other_by})</source>
            <translation>{type} {record}: {field} = {kept} ({kept_by}), другое значение: {other} ({other_by})</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1665" />
            <source>Synchronized with {server}.</source>
            <translation>Синхронизация с {server} выполнена.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1670" />
            <source>Sent:</source>
            <translation>Отправлено:</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1671" />
            <source>Sent: nothing new.</source>
            <translation>Отправлено: ничего нового.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1675" />
            <source>Received:</source>
            <translation>Получено:</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1676" />
            <source>Received: nothing new.</source>
            <translation>Получено: ничего нового.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1691" />
            <source>Conflicts wait for review on the side that found them (fieldmon conflicts).</source>
            <translation>Конфликты ждут решения на той стороне, где они обнаружены (fieldmon conflicts).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1709" />
            <source>backup, restore and check work on a SQLite database file; back up a PostgreSQL database with pg_dump.</source>
            <translation>backup, restore и check работают с файлом базы данных SQLite; резервную копию базы PostgreSQL делайте с помощью pg_dump.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1731" />
            <source>Backed up {path} to {copy} (checked).</source>
            <translation>Резервная копия {path} сохранена в {copy} (проверена).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1758" />
            <source>Restored {path} from {file}.</source>
            <translation>База данных {path} восстановлена из {file}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1765" />
            <source>The database as it was is kept in {saved}.</source>
            <translation>Прежняя база данных сохранена в {saved}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1785" />
            <source>The newest good backup is {backup}: fieldmon restore {backup}</source>
            <translation>Последняя исправная резервная копия — {backup}: fieldmon restore {backup}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1803" />
            <source>Changed the password of {path} (and of its backups); the recovery key is unchanged.</source>
            <translation>Пароль базы данных {path} (и её резервных копий) изменён; ключ восстановления остался прежним.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1817" />
            <source>Encrypted {path} and its backups. Its key file is {keys}: a copy of the database is unreadable without it.</source>
            <translation>База данных {path} и её резервные копии зашифрованы. Файл ключей — {keys}: без него копию базы данных не прочитать.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1828" />
            <source>{path} could not be read, so it is still plain: delete it.</source>
            <translation>Не удалось прочитать {path}, поэтому файл остался незашифрованным: удалите его.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1836" />
            <source>Recovery key (shown only now; keep it on paper, away from the laptop):</source>
            <translation>Ключ восстановления (показывается только сейчас; запишите его на бумаге и храните отдельно от ноутбука):</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1854" />
            <source>Wrote a plain copy of {path} to {copy}: anyone can read it.</source>
            <translation>Незашифрованная копия {path} записана в {copy}: её может прочитать любой.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1874" />
            <source>Set a new password for {path}; the old one no longer opens it.</source>
            <translation>Для {path} задан новый пароль; старый пароль её больше не открывает.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1886" />
            <source>--limit must be at least 1.</source>
            <translation>--limit должен быть не меньше 1.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1898" />
            <source>Nothing matches '{text}'.</source>
            <translation>По запросу «{text}» ничего не найдено.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1907" />
            <source>{kind} ({total}, the first {shown} shown):</source>
            <translation>{kind} ({total}, показаны первые {shown}):</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1915" />
            <source>{kind} ({total}):</source>
            <translation>{kind} ({total}):</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1999" />
            <source>an unexpected error stopped the command; details are in {log}.</source>
            <translation>команда прервана непредвиденной ошибкой; подробности в журнале {log}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="145" />
            <location filename="../../src/fieldmon/services/home.py" line="159" />
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="54" />
            <source>Sites visited</source>
            <translation>Посещено объектов</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="148" />
            <location filename="../../src/fieldmon/services/home.py" line="162" />
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="55" />
            <source>Follow-up actions due and still open at the period's end</source>
            <translation>Последующие действия, срок которых наступил, не закрытые на конец периода</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="156" />
            <location filename="../../src/fieldmon/reports/quarterly.py" line="593" />
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="78" />
            <source>Visits by region</source>
            <translation>Визиты по регионам</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="161" />
            <source>Microcredit and microleasing</source>
            <translation>Микрокредиты и микролизинг</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="165" />
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="58" />
            <source>Loans disbursed by the period's end</source>
            <translation>Займов выдано на конец периода</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="169" />
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="59" />
            <source>Loans disbursed in the period</source>
            <translation>Займов выдано за период</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="171" />
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="60" />
            <source>Repayments received</source>
            <translation>Получено погашений</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="173" />
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="82" />
            <source>Amount repaid, {0}</source>
            <translation>Сумма погашений, {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="179" />
            <location filename="../../src/fieldmon/ui/home_page.py" line="200" />
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="72" />
            <source>Loans by status at the period's end</source>
            <translation>Займы по статусу на конец периода</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="192" />
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="81" />
            <source>Loans by product</source>
            <translation>Займы по продуктам</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="197" />
            <source>Outstanding principal and PAR30 by currency</source>
            <translation>Остаток основного долга и PAR30 по валютам</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="201" />
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="79" />
            <source>Outstanding principal, {0}</source>
            <translation>Остаток основного долга, {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="206" />
            <location filename="../../src/fieldmon/services/home.py" line="149" />
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="80" />
            <source>Portfolio at risk over 30 days, {0}</source>
            <translation>Портфель под риском свыше 30 дней, {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/evidence_folder.py" line="43" />
            <location filename="../../src/fieldmon/reports/indicators.py" line="213" />
            <source>Training</source>
            <translation>Обучение</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="215" />
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="61" />
            <source>Training events</source>
            <translation>Обучающих мероприятий</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="218" />
            <location filename="../../src/fieldmon/services/home.py" line="170" />
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="65" />
            <source>People trained (each person counted once)</source>
            <translation>Обучено человек (каждый учтён один раз)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="222" />
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="62" />
            <source>Participations (a person at two events: two)</source>
            <translation>Участий (человек на двух мероприятиях — два)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="226" />
            <location filename="../../src/fieldmon/services/home.py" line="174" />
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="68" />
            <source>Participations completed</source>
            <translation>Участий с завершением курса</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="228" />
            <location filename="../../src/fieldmon/services/report_data.py" line="700" />
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="69" />
            <source>Person-days</source>
            <translation>Человеко-дни</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="233" />
            <location filename="../../src/fieldmon/reports/quarterly.py" line="603" />
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="71" />
            <source>People trained by sex</source>
            <translation>Обученные по полу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="235" />
            <location filename="../../src/fieldmon/services/home.py" line="172" />
            <location filename="../../src/fieldmon/services/report_data.py" line="697" />
            <location filename="../../src/fieldmon/ui/home_page.py" line="303" />
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="74" />
            <source>Women</source>
            <translation>Женщины</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="236" />
            <location filename="../../src/fieldmon/services/home.py" line="173" />
            <location filename="../../src/fieldmon/services/report_data.py" line="698" />
            <location filename="../../src/fieldmon/ui/home_page.py" line="304" />
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="75" />
            <source>Men</source>
            <translation>Мужчины</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="241" />
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="84" />
            <source>People trained by age group</source>
            <translation>Обученные по возрастным группам</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="246" />
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="83" />
            <source>People trained by category</source>
            <translation>Обученные по категориям</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="251" />
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="85" />
            <source>People trained by region of the event</source>
            <translation>Обученные по региону мероприятия</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/quarterly.py" line="316" />
            <source> […cut: {0} characters in all]</source>
            <translation> […обрезано: всего {0} символов]</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/quarterly.py" line="356" />
            <source>{0} has more rows than an Excel sheet holds; it continues on {1}.</source>
            <translation>На листе {0} больше строк, чем вмещает лист Excel; продолжение на листе {1}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/quarterly.py" line="436" />
            <source>{0} cells held more text than an Excel cell can; their text was cut: {1}</source>
            <translation>В {0} ячейках текста больше, чем вмещает ячейка Excel; текст обрезан: {1}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/quarterly.py" line="534" />
            <source>Project</source>
            <translation>Проект</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/quarterly.py" line="535" />
            <source>Donor</source>
            <translation>Донор</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/quarterly.py" line="536" />
            <source>Project dates</source>
            <translation>Сроки проекта</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/quarterly.py" line="537" />
            <source>Implementing partners</source>
            <translation>Партнёры-исполнители</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/quarterly.py" line="538" />
            <source>Project regions</source>
            <translation>Области проекта</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1049" />
            <location filename="../../src/fieldmon/reports/quarterly.py" line="451" />
            <source>Total</source>
            <translation>Итого</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/quarterly.py" line="488" />
            <source>Summary</source>
            <translation>Сводка</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/quarterly.py" line="518" />
            <source>Project monitoring report</source>
            <translation>Отчёт о мониторинге проекта</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/quarterly.py" line="528" />
            <source>All regions</source>
            <translation>Все регионы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1131" />
            <location filename="../../src/fieldmon/reports/quarterly.py" line="542" />
            <location filename="../../src/fieldmon/reports/results_sheet.py" line="72" />
            <source>Period</source>
            <translation>Период</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/quarterly.py" line="543" />
            <location filename="../../src/fieldmon/services/report_data.py" line="295" />
            <location filename="../../src/fieldmon/services/report_data.py" line="371" />
            <location filename="../../src/fieldmon/services/report_data.py" line="471" />
            <location filename="../../src/fieldmon/services/report_data.py" line="541" />
            <location filename="../../src/fieldmon/services/report_data.py" line="690" />
            <location filename="../../src/fieldmon/services/report_data.py" line="771" />
            <source>Region</source>
            <translation>Регион</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/quarterly.py" line="544" />
            <source>Generated</source>
            <translation>Сформирован</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/quarterly.py" line="545" />
            <source>fieldmon version</source>
            <translation>Версия fieldmon</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1128" />
            <location filename="../../src/fieldmon/reports/quarterly.py" line="550" />
            <location filename="../../src/fieldmon/reports/results_sheet.py" line="83" />
            <source>Indicator</source>
            <translation>Показатель</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/quarterly.py" line="552" />
            <source>Key (fieldmon summary --json)</source>
            <translation>Ключ (fieldmon summary --json)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/quarterly.py" line="613" />
            <location filename="../../src/fieldmon/reports/results_sheet.py" line="92" />
            <source>Notes</source>
            <translation>Примечания</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="80" />
            <source>Open</source>
            <translation>Открыто</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="81" />
            <source>Closed</source>
            <translation>Закрыто</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="82" />
            <source>Not in arrears</source>
            <translation>Без просрочки</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="83" />
            <source>Evidence files</source>
            <translation>Подтверждающие файлы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="85" />
            <source>1–30 days</source>
            <translation>1–30 дней</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="86" />
            <source>31–60 days</source>
            <translation>31–60 дней</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="87" />
            <source>61–90 days</source>
            <translation>61–90 дней</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="88" />
            <source>91–180 days</source>
            <translation>91–180 дней</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="89" />
            <source>Over 180 days</source>
            <translation>Свыше 180 дней</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/evidence_folder.py" line="132" />
            <location filename="../../src/fieldmon/services/report_data.py" line="293" />
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="294" />
            <location filename="../../src/fieldmon/services/report_data.py" line="370" />
            <source>Officer</source>
            <translation>Сотрудник</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="296" />
            <source>District</source>
            <translation>Район</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="297" />
            <location filename="../../src/fieldmon/services/report_data.py" line="472" />
            <source>Settlement</source>
            <translation>Населённый пункт</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="298" />
            <location filename="../../src/fieldmon/services/report_data.py" line="372" />
            <source>Site</source>
            <translation>Объект</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="299" />
            <source>Site type</source>
            <translation>Тип объекта</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="300" />
            <location filename="../../src/fieldmon/services/report_data.py" line="474" />
            <source>Purpose</source>
            <translation>Цель</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="301" />
            <source>Funds used as intended</source>
            <translation>Средства использованы по назначению</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="302" />
            <source>Equipment in place and working</source>
            <translation>Оборудование на месте и работает</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="303" />
            <source>Beneficiaries served</source>
            <translation>Обслужено получателей</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="304" />
            <source>Rating</source>
            <translation>Оценка</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="305" />
            <source>Findings</source>
            <translation>Выводы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="306" />
            <location filename="../../src/fieldmon/services/report_data.py" line="373" />
            <source>Follow-up action</source>
            <translation>Последующее действие</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="307" />
            <source>Follow-up due</source>
            <translation>Срок действия</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="308" />
            <source>Follow-up closed</source>
            <translation>Действие закрыто</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/evidence_folder.py" line="37" />
            <source>evidence</source>
            <translation>подтверждения</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/evidence_folder.py" line="38" />
            <source>Evidence</source>
            <translation>Подтверждения</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/evidence_folder.py" line="39" />
            <source>{code} day {day}</source>
            <translation>{code} день {day}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/evidence_folder.py" line="41" />
            <source>Visit</source>
            <translation>Визит</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/evidence_folder.py" line="42" />
            <source>Loan</source>
            <translation>Займ</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/evidence_folder.py" line="131" />
            <source>Site, loan or event</source>
            <translation>Объект, займ или мероприятие</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/evidence_folder.py" line="133" />
            <source>Training day</source>
            <translation>День обучения</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/evidence_folder.py" line="135" />
            <source>Name it was attached under</source>
            <translation>Имя при прикреплении</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/evidence_folder.py" line="138" />
            <location filename="../../src/fieldmon/services/report_data.py" line="309" />
            <source>Latitude</source>
            <translation>Широта</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/evidence_folder.py" line="139" />
            <location filename="../../src/fieldmon/services/report_data.py" line="310" />
            <source>Longitude</source>
            <translation>Долгота</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/evidence_folder.py" line="140" />
            <source>Doubts</source>
            <translation>Сомнения</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="367" />
            <source>Follow-ups</source>
            <translation>Последующие действия</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="369" />
            <source>Visit date</source>
            <translation>Дата визита</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1046" />
            <location filename="../../src/fieldmon/services/report_data.py" line="374" />
            <source>Due</source>
            <translation>Срок</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="375" />
            <source>Closed on</source>
            <translation>Закрыто</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="376" />
            <source>State at the period's end</source>
            <translation>Состояние на конец периода</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="377" />
            <source>Days overdue at the period's end</source>
            <translation>Дней просрочки на конец периода</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="123" />
            <location filename="../../src/fieldmon/services/report_data.py" line="466" />
            <location filename="../../src/fieldmon/services/report_data.py" line="597" />
            <source>Loans</source>
            <translation>Займы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="468" />
            <location filename="../../src/fieldmon/services/report_data.py" line="539" />
            <source>Loan number</source>
            <translation>Номер займа</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="469" />
            <location filename="../../src/fieldmon/services/report_data.py" line="540" />
            <source>Borrower</source>
            <translation>Заёмщик</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="470" />
            <source>Borrower type</source>
            <translation>Тип заёмщика</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="473" />
            <source>Product</source>
            <translation>Продукт</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="475" />
            <location filename="../../src/fieldmon/services/report_data.py" line="542" />
            <location filename="../../src/fieldmon/services/report_data.py" line="596" />
            <source>Currency</source>
            <translation>Валюта</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1047" />
            <location filename="../../src/fieldmon/services/report_data.py" line="476" />
            <source>Principal</source>
            <translation>Сумма займа</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="477" />
            <source>Disbursed on</source>
            <translation>Дата выдачи</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="478" />
            <source>Term, months</source>
            <translation>Срок, мес.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="479" />
            <source>Annual rate, %</source>
            <translation>Годовая ставка, %</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="480" />
            <source>Interest method</source>
            <translation>Метод начисления</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="481" />
            <source>Paid by the period's end</source>
            <translation>Оплачено на конец периода</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="482" />
            <location filename="../../src/fieldmon/services/report_data.py" line="598" />
            <source>Outstanding principal</source>
            <translation>Остаток основного долга</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="483" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="484" />
            <source>Oldest unpaid instalment</source>
            <translation>Самый ранний неоплаченный взнос</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="485" />
            <location filename="../../src/fieldmon/services/report_data.py" line="595" />
            <source>Days in arrears</source>
            <translation>Дней просрочки</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="486" />
            <source>Arrears bucket</source>
            <translation>Группа просрочки</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="536" />
            <source>Repayments</source>
            <translation>Погашения</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="538" />
            <source>Paid on</source>
            <translation>Дата оплаты</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="543" />
            <source>Amount</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="544" />
            <source>Receipt number</source>
            <translation>Номер квитанции</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="545" />
            <source>Recorded by</source>
            <translation>Внёс</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="593" />
            <source>Arrears ageing</source>
            <translation>Просрочка по срокам</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="599" />
            <source>Share of outstanding</source>
            <translation>Доля остатка</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="124" />
            <location filename="../../src/fieldmon/services/report_data.py" line="682" />
            <source>Trainings</source>
            <translation>Обучающие мероприятия</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="851" />
            <source>--visits, --loans, --trainings and --photos cannot be negative.</source>
            <translation>--visits, --loans, --trainings и --photos не могут быть отрицательными.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1120" />
            <source>The project has no indicators yet: `fieldmon import indicators FILE.xlsx`.</source>
            <translation>У проекта пока нет индикаторов: `fieldmon import indicators FILE.xlsx`.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1127" />
            <location filename="../../src/fieldmon/reports/results_sheet.py" line="82" />
            <location filename="../../src/fieldmon/services/report_data.py" line="684" />
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="685" />
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="686" />
            <source>Topic</source>
            <translation>Тема</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="687" />
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="688" />
            <location filename="../../src/fieldmon/services/report_data.py" line="764" />
            <source>Start date</source>
            <translation>Дата начала</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="689" />
            <location filename="../../src/fieldmon/services/report_data.py" line="772" />
            <source>Days</source>
            <translation>Дней</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="691" />
            <source>Place</source>
            <translation>Место</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="692" />
            <source>Venue</source>
            <translation>Площадка</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="693" />
            <source>Organizer</source>
            <translation>Организатор</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="694" />
            <source>Facilitator</source>
            <translation>Тренер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="695" />
            <source>Registered</source>
            <translation>Зарегистрировано</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="696" />
            <source>Present</source>
            <translation>Присутствовали</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="699" />
            <location filename="../../src/fieldmon/services/report_data.py" line="774" />
            <source>Completed</source>
            <translation>Завершили</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="760" />
            <source>Attendance</source>
            <translation>Посещаемость</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="762" />
            <source>Event code</source>
            <translation>Код мероприятия</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="763" />
            <source>Event</source>
            <translation>Мероприятие</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="765" />
            <source>Participant</source>
            <translation>Участник</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="766" />
            <source>Sex</source>
            <translation>Пол</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="767" />
            <source>Birth year</source>
            <translation>Год рождения</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="768" />
            <source>Age group</source>
            <translation>Возрастная группа</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="769" />
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="770" />
            <source>Organization</source>
            <translation>Организация</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="773" />
            <source>Days present</source>
            <translation>Дней присутствия</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="775" />
            <source>Score before</source>
            <translation>Балл до</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="776" />
            <source>Score after</source>
            <translation>Балл после</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1744" />
            <location filename="../../src/fieldmon/services/packages.py" line="192" />
            <source>There is no file '{file}'.</source>
            <translation>Файла «{file}» нет.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="193" />
            <source>'{file}' is not a fieldmon data package.</source>
            <translation>«{file}» не является пакетом данных fieldmon.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="194" />
            <source>The package holds a file with an unsafe name, '{name}'; it was not imported.</source>
            <translation>В пакете есть файл с небезопасным именем «{name}»; пакет не импортирован.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="197" />
            <source>The package holds an unexpected file, '{name}'; it was not imported.</source>
            <translation>В пакете есть лишний файл «{name}»; пакет не импортирован.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="200" />
            <source>The package was made by a newer fieldmon (package format {format}); update fieldmon to import it.</source>
            <translation>Пакет создан более новой версией fieldmon (формат пакета {format}); обновите fieldmon, чтобы его импортировать.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="205" />
            <source>The package's manifest is damaged ({problem}); it was not imported.</source>
            <translation>Опись пакета повреждена ({problem}); пакет не импортирован.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="208" />
            <source>The package lacks '{name}', which its manifest lists; it was not imported.</source>
            <translation>В пакете нет файла «{name}», указанного в описи; пакет не импортирован.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="211" />
            <source>'{name}' in the package is not the size its manifest gives; the file is damaged.</source>
            <translation>Размер «{name}» в пакете не совпадает с описью; файл повреждён.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="215" />
            <source>'{name}' in the package does not match its checksum; the file was changed or damaged.</source>
            <translation>«{name}» в пакете не совпадает с контрольной суммой; файл изменён или повреждён.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="219" />
            <source>'{name}' in the package is damaged and cannot be read; it was not imported.</source>
            <translation>«{name}» в пакете повреждён и не читается; пакет не импортирован.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="222" />
            <source>'{name}' line {line}: {problem}.</source>
            <translation>«{name}», строка {line}: {problem}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="223" />
            <source>'{name}' in the package is larger than the {count} lines its manifest lists can be; the package is damaged or not from fieldmon.</source>
            <translation>«{name}» в пакете больше, чем могут занимать {count} строк, указанных в его описи; пакет повреждён или создан не в fieldmon.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="228" />
            <source>'{name}' line {line}: a line is longer than {limit}; the package is damaged or not from fieldmon.</source>
            <translation>«{name}», строка {line}: строка длиннее {limit}; пакет повреждён или создан не в fieldmon.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="233" />
            <source>'{name}' line {line}: the manifest lists only {expected} lines; the package is damaged or not from fieldmon.</source>
            <translation>«{name}», строка {line}: в описи указано только {expected} строк; пакет повреждён или создан не в fieldmon.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="238" />
            <source>'{name}' holds {found} records but the manifest says {expected}.</source>
            <translation>В «{name}» записей {found}, а в описи указано {expected}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="241" />
            <source>'{name}' line {line}: {column} {value} is neither in the package nor in this database.</source>
            <translation>«{name}», строка {line}: {column} {value} нет ни в пакете, ни в этой базе.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="245" />
            <source>'{name}' in the package is larger than {limit}, more than an attached file can be; the package is damaged or not from fieldmon.</source>
            <translation>«{name}» в пакете больше {limit} — больше, чем может быть прикреплённый файл; пакет повреждён или создан не в fieldmon.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="250" />
            <source>'{name}' in the package is not the photo or scan its list of files says; it was not imported.</source>
            <translation>«{name}» в пакете — не то фото или скан, что указано в списке файлов пакета; пакет не импортирован.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="254" />
            <source>The number of attached files in the package ({found}) is not the {expected} its manifest counts; it was not imported.</source>
            <translation>Число прикреплённых файлов в пакете ({found}) не равно {expected}, указанному в его описи; пакет не импортирован.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="259" />
            <source>'{name}' line {line}: {column} '{value}' belongs to another record in this database.</source>
            <translation>«{name}», строка {line}: {column} «{value}» в этой базе принадлежит другой записи.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="264" />
            <source>too large</source>
            <translation>слишком большой размер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="265" />
            <source>not JSON</source>
            <translation>не JSON</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="266" />
            <source>not a fieldmon manifest</source>
            <translation>это не опись fieldmon</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="267" />
            <source>no format version</source>
            <translation>не указана версия формата</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="268" />
            <source>the list of files is wrong</source>
            <translation>неверный список файлов</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="269" />
            <source>no checksum for {name}</source>
            <translation>нет контрольной суммы для {name}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="270" />
            <source>no '{key}' counts</source>
            <translation>нет счётчиков «{key}»</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="271" />
            <source>no count of {table} records</source>
            <translation>нет числа записей {table}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="272" />
            <source>no count of {key}</source>
            <translation>нет числа {key}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="273" />
            <source>a file appears twice</source>
            <translation>файл указан дважды</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="274" />
            <source>not a record</source>
            <translation>это не запись</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="275" />
            <source>a record appears twice</source>
            <translation>запись встречается дважды</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="276" />
            <source>{column} '{value}' appears twice</source>
            <translation>{column} «{value}» встречается дважды</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="277" />
            <source>the record is not in the package</source>
            <translation>записи нет в пакете</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="278" />
            <source>unknown fields</source>
            <translation>неизвестные поля</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="279" />
            <source>an attached file must belong to exactly one visit, loan or training</source>
            <translation>прикреплённый файл должен относиться ровно к одному визиту, займу или тренингу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="282" />
            <source>'{column}' is missing</source>
            <translation>нет поля «{column}»</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="283" />
            <source>'{column}' is empty</source>
            <translation>поле «{column}» пустое</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="284" />
            <source>'{column}' is not {what}</source>
            <translation>в поле «{column}» ожидается {what}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="369" />
            <source>a date and time with a zone</source>
            <translation>дата и время с часовым поясом</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="371" />
            <source>a decimal number</source>
            <translation>десятичное число</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="373" />
            <source>an id</source>
            <translation>идентификатор</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="375" />
            <source>a date</source>
            <translation>дата</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="377" />
            <source>true or false</source>
            <translation>true или false</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="379" />
            <source>a whole number</source>
            <translation>целое число</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="381" />
            <source>text</source>
            <translation>текст</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="459" />
            <source>a SHA-256 checksum</source>
            <translation>контрольная сумма SHA-256</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="463" />
            <source>a size up to 25 MB</source>
            <translation>размер до 25 МБ</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="470" />
            <source>a photo or scan type</source>
            <translation>тип фото или скана</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="919" />
            <source>a list of people's ids</source>
            <translation>список идентификаторов людей</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/backup.py" line="45" />
            <source>it is not a database file</source>
            <translation>это не файл базы данных</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/backup.py" line="46" />
            <source>it is not a fieldmon database</source>
            <translation>это не база данных fieldmon</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/backup.py" line="47" />
            <source>it is encrypted and its password was not given</source>
            <translation>файл зашифрован, а пароль к нему не указан</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/backup.py" line="103" />
            <source>The database is intact.</source>
            <translation>База данных исправна.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/backup.py" line="105" />
            <source>The database is damaged: {problems}.</source>
            <translation>База данных повреждена: {problems}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/backup.py" line="133" />
            <source>cannot read it ({reason})</source>
            <translation>не удаётся прочитать файл ({reason})</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/backup.py" line="157" />
            <source>{table} row {row} points to a missing {parent}</source>
            <translation>строка {row} таблицы {table} ссылается на отсутствующую запись {parent}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/backup.py" line="203" />
            <source>The copy of {name} did not pass its check: {verdict}</source>
            <translation>Копия {name} не прошла проверку: {verdict}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/backup.py" line="216" />
            <source>Cannot back up {name}: {reason}.</source>
            <translation>Не удаётся создать резервную копию {name}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/backup.py" line="323" />
            <source>Cannot restore from {name}: {problems}.</source>
            <translation>Не удаётся восстановить из {name}: {problems}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/engine.py" line="22" />
            <source>Cannot open the database '{shown}': {reason}.</source>
            <translation>Не удаётся открыть базу данных «{shown}»: {reason}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/engine.py" line="23" />
            <source>This database was written by a newer fieldmon (schema {schema}); update fieldmon to open it. It was not changed.</source>
            <translation>Эта база данных создана более новой версией fieldmon (схема {schema}); обновите fieldmon, чтобы её открыть. База не изменена.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/engine.py" line="185" />
            <source>The database could not be upgraded ({reason}); it was put back as it was before. Its copy from before the upgrade is {snapshot}.</source>
            <translation>Не удалось обновить базу данных ({reason}); она возвращена в прежнее состояние. Её копия до обновления — {snapshot}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/engine.py" line="261" />
            <source>'{path}' is not a fieldmon database or it is damaged.</source>
            <translation>Файл «{path}» не является базой данных fieldmon или повреждён.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/engine.py" line="268" />
            <source>'{path}' is not a fieldmon database or it is damaged. The newest good backup is {backup} (fieldmon restore FILE).</source>
            <translation>Файл «{path}» не является базой данных fieldmon или повреждён. Последняя исправная резервная копия — {backup} (fieldmon restore FILE).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/engine.py" line="359" />
            <source>'{shown}' is not a fieldmon database (or it is empty).</source>
            <translation>«{shown}» — не база данных fieldmon (или она пуста).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/engine.py" line="367" />
            <source>This database has an older schema ({schema}): open it once in fieldmon, or run a command that writes, to upgrade it. It was not changed.</source>
            <translation>У этой базы данных устаревшая схема ({schema}): чтобы обновить её, один раз откройте её в fieldmon или выполните команду, которая записывает данные. База не изменена.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/lock.py" line="45" />
            <source>process {pid} on {host}, since {since}</source>
            <translation>процесс {pid} на {host}, с {since}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/lock.py" line="48" />
            <source>another program</source>
            <translation>другая программа</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/lock.py" line="83" />
            <source>The database {database} is already open in another fieldmon ({holder}); close that one first.</source>
            <translation>База данных {database} уже открыта в другом экземпляре fieldmon ({holder}); сначала закройте его.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/templates.py" line="48" />
            <source>Columns</source>
            <translation>Столбцы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/templates.py" line="50" />
            <source>column</source>
            <translation>столбец</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/templates.py" line="51" />
            <source>required</source>
            <translation>обязательный</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/templates.py" line="52" />
            <source>what to write</source>
            <translation>что писать</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/templates.py" line="53" />
            <source>allowed values</source>
            <translation>допустимые значения</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/templates.py" line="54" />
            <source>example</source>
            <translation>пример</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/templates.py" line="56" />
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/templates.py" line="57" />
            <source>Choose one of: {values}</source>
            <translation>Выберите одно из: {values}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/templates.py" line="58" />
            <source>Choose a value from the list.</source>
            <translation>Выберите значение из списка.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/imports.py" line="58" />
            <source>Date of the visit: a date cell, dd.mm.yyyy or yyyy-mm-dd.</source>
            <translation>Дата визита: ячейка с датой, дд.мм.гггг или гггг-мм-дд.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/imports.py" line="64" />
            <source>Who made the visit; empty means the officer importing the file.</source>
            <translation>Кто провёл визит; пусто — сотрудник, который импортирует файл.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/imports.py" line="72" />
            <source>Region or city in English, Russian or Kazakh, or as abbreviated (EKO, ВКО, ЗКО, ЮКО).</source>
            <translation>Регион или город на английском, русском или казахском языке, или сокращённо (EKO, ВКО, ЗКО, ЮКО).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/imports.py" line="81" />
            <source>District (аудан / район); added if new.</source>
            <translation>Район (аудан); добавляется, если новый.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/imports.py" line="87" />
            <location filename="../../src/fieldmon/services/loan_imports.py" line="107" />
            <source>Village or settlement; added if new.</source>
            <translation>Село или населённый пункт; добавляется, если новый.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/imports.py" line="93" />
            <source>Name of the visited site; found again by name within its place.</source>
            <translation>Название посещённого объекта; в своём населённом пункте он находится по названию.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/imports.py" line="101" />
            <source>Type of the site; required when the site is new.</source>
            <translation>Тип объекта; обязателен для нового объекта.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/imports.py" line="108" />
            <source>Purpose of the visit.</source>
            <translation>Цель визита.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/imports.py" line="115" />
            <source>Were the funds used as intended?</source>
            <translation>Использованы ли средства по назначению?</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/imports.py" line="122" />
            <source>Equipment in place and working: yes / no / empty for not applicable.</source>
            <translation>Оборудование на месте и работает: да / нет / пусто, если неприменимо.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/imports.py" line="130" />
            <source>Number of beneficiaries served (whole number).</source>
            <translation>Число обслуженных благополучателей (целое число).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/imports.py" line="134" />
            <source>Overall rating.</source>
            <translation>Общая оценка.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/imports.py" line="139" />
            <source>What was found, in free text.</source>
            <translation>Что обнаружено, в свободной форме.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/imports.py" line="145" />
            <source>Follow-up action, if any.</source>
            <translation>Последующее действие, если есть.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/imports.py" line="151" />
            <source>Due date of the follow-up action (required with an action).</source>
            <translation>Срок последующего действия (обязателен, если есть действие).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/imports.py" line="159" />
            <source>GPS latitude in degrees, inside Kazakhstan (40.5 to 55.5).</source>
            <translation>Широта GPS в градусах, в пределах Казахстана (от 40.5 до 55.5).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/imports.py" line="165" />
            <source>GPS longitude in degrees, inside Kazakhstan (46.4 to 87.4).</source>
            <translation>Долгота GPS в градусах, в пределах Казахстана (от 46.4 до 87.4).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/imports.py" line="173" />
            <source>Photos or scans of the visit (JPEG, PNG, HEIC, PDF, up to 25 MB each), separated by ; — names relative to this workbook's folder, or full paths.</source>
            <translation>Фото или сканы визита (JPEG, PNG, HEIC, PDF, до 25 МБ каждый) через ; — имена относительно папки этой книги или полные пути.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loan_imports.py" line="60" />
            <source>Loan number, unique; repeat it on each member's row of a group loan.</source>
            <translation>Номер займа, уникальный; у группового займа повторите его в строке каждого участника.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loan_imports.py" line="68" />
            <source>Full name of the borrower (or of one group member).</source>
            <translation>ФИО заёмщика (или одного участника группы).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loan_imports.py" line="72" />
            <location filename="../../src/fieldmon/services/training_imports.py" line="166" />
            <source>female / male (ж / м).</source>
            <translation>женский / мужской (ж / м).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loan_imports.py" line="74" />
            <location filename="../../src/fieldmon/services/training_imports.py" line="171" />
            <source>Year of birth.</source>
            <translation>Год рождения.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loan_imports.py" line="78" />
            <location filename="../../src/fieldmon/services/training_imports.py" line="202" />
            <source>IIN, 12 digits; checked against sex and birth year.</source>
            <translation>ИИН, 12 цифр; сверяется с полом и годом рождения.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loan_imports.py" line="81" />
            <location filename="../../src/fieldmon/services/training_imports.py" line="196" />
            <source>Phone number.</source>
            <translation>Номер телефона.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loan_imports.py" line="85" />
            <source>For a group loan: the group's name on each member's row (2–3 rows).</source>
            <translation>Для группового займа: название группы в строке каждого участника (2–3 строки).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loan_imports.py" line="93" />
            <location filename="../../src/fieldmon/services/training_imports.py" line="115" />
            <source>Region or city in English, Russian or Kazakh, or abbreviated (ВКО).</source>
            <translation>Регион или город на английском, русском или казахском языке, или сокращённо (ВКО).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loan_imports.py" line="101" />
            <source>District; added if new.</source>
            <translation>Район; добавляется, если новый.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loan_imports.py" line="113" />
            <source>microcredit or microleasing.</source>
            <translation>микрокредит или микролизинг.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loan_imports.py" line="120" />
            <source>Purpose of the loan or the leased equipment.</source>
            <translation>Цель займа или оборудование, взятое в лизинг.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loan_imports.py" line="126" />
            <source>Amount lent, e.g. 1 500 000 or 1500000,00.</source>
            <translation>Сумма займа, например 1 500 000 или 1500000,00.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loan_imports.py" line="129" />
            <source>KZT or USD.</source>
            <translation>KZT или USD.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loan_imports.py" line="133" />
            <source>Annual interest rate in per cent.</source>
            <translation>Годовая процентная ставка, в процентах.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loan_imports.py" line="139" />
            <source>flat or declining (balance, equal instalments).</source>
            <translation>фиксированные проценты или на остаток (равные платежи).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loan_imports.py" line="144" />
            <source>Number of monthly instalments.</source>
            <translation>Число ежемесячных платежей.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loan_imports.py" line="149" />
            <source>Disbursement date, dd.mm.yyyy.</source>
            <translation>Дата выдачи, дд.мм.гггг.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loan_imports.py" line="155" />
            <source>First instalment's due date; empty = one month after disbursement.</source>
            <translation>Срок первого платежа; пусто — через месяц после выдачи.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loan_imports.py" line="163" />
            <source>Credit committee's approval date, if any.</source>
            <translation>Дата одобрения кредитным комитетом, если есть.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loan_imports.py" line="170" />
            <source>Number of the loan repaid.</source>
            <translation>Номер погашаемого займа.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loan_imports.py" line="175" />
            <source>Date of the repayment, dd.mm.yyyy.</source>
            <translation>Дата платежа, дд.мм.гггг.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loan_imports.py" line="181" />
            <source>Amount paid, in the loan's currency.</source>
            <translation>Уплаченная сумма, в валюте займа.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loan_imports.py" line="187" />
            <source>Receipt number (once per loan).</source>
            <translation>Номер квитанции (по займу — один раз).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loan_imports.py" line="191" />
            <source>Differs from row {row} of the same loan {loan_no}.</source>
            <translation>Отличается от строки {row} того же займа {loan_no}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loan_imports.py" line="192" />
            <source>Loan {loan_no} is on several rows; give them a group_name.</source>
            <translation>Займ {loan_no} указан в нескольких строках; укажите для них group_name.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loan_imports.py" line="195" />
            <location filename="../../src/fieldmon/services/loans/queries.py" line="60" />
            <source>There is no loan number {loan_no}.</source>
            <translation>Займа с номером {loan_no} нет.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/merge.py" line="861" />
            <source>This conflict does not exist or is already settled.</source>
            <translation>Этого конфликта нет, или он уже разрешён.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/merge.py" line="868" />
            <source>The record of this conflict no longer exists.</source>
            <translation>Записи, к которой относится этот конфликт, больше нет.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/profile.py" line="41" />
            <source>The officer's name cannot be empty.</source>
            <translation>Имя сотрудника не может быть пустым.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/sync.py" line="82" />
            <source>Sync was cancelled; what was already sent is kept. Run it again to finish.</source>
            <translation>Синхронизация отменена; уже отправленные данные сохранены. Чтобы завершить, запустите её ещё раз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/sync.py" line="105" />
            <source>Central database address: '{url}' is not a database address; write it like {example}.</source>
            <translation>Адрес центральной базы данных: «{url}» — не адрес базы данных; пишите как {example}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/sync.py" line="115" />
            <source>Central database address: fieldmon syncs with PostgreSQL only; write it like {example}.</source>
            <translation>Адрес центральной базы данных: fieldmon синхронизируется только с PostgreSQL; пишите как {example}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/sync.py" line="124" />
            <source>Central database address: leave the password out of it and type the password in its own field.</source>
            <translation>Адрес центральной базы данных: не включайте в него пароль, а введите пароль в отдельное поле.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/sync.py" line="169" />
            <source>Central database password: this computer has no keyring to keep it; leave the field empty and fieldmon will ask for it at each sync.</source>
            <translation>Пароль центральной базы данных: на этом компьютере нет хранилища паролей, где его можно сохранить; оставьте поле пустым, и fieldmon будет запрашивать пароль при каждой синхронизации.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/sync.py" line="263" />
            <source>Cannot reach the central database: {reason}.</source>
            <translation>Не удаётся подключиться к центральной базе данных: {reason}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/sync.py" line="298" />
            <source>The connection to {server} dropped; run sync again to finish.</source>
            <translation>Соединение с {server} прервалось; чтобы завершить, запустите sync ещё раз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="78" />
            <source>The event's code, unique.</source>
            <translation>Код мероприятия, уникальный.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="84" />
            <source>Title of the event.</source>
            <translation>Название мероприятия.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="90" />
            <source>Topic or programme area.</source>
            <translation>Тема или направление программы.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="96" />
            <source>Kind of event.</source>
            <translation>Вид мероприятия.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="103" />
            <source>First day, dd.mm.yyyy.</source>
            <translation>Первый день, дд.мм.гггг.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="109" />
            <source>Number of days (one session a day, consecutive dates).</source>
            <translation>Число дней (одно занятие в день, даты подряд).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="123" />
            <source>District or town; added if new.</source>
            <translation>Район или город; добавляется, если новый.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="129" />
            <source>Where it takes place.</source>
            <translation>Где проходит.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="135" />
            <source>Who organizes it.</source>
            <translation>Кто организует.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="141" />
            <source>Trainer or facilitator.</source>
            <translation>Тренер или модератор.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="147" />
            <source>Days needed to complete; empty = every day.</source>
            <translation>Сколько дней нужно для завершения; пусто — все дни.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="156" />
            <source>Code of the event (imported or typed before).</source>
            <translation>Код мероприятия (импортированного или введённого ранее).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="162" />
            <source>Full name of the participant.</source>
            <translation>ФИО участника.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="177" />
            <source>Participant's category.</source>
            <translation>Категория участника.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="184" />
            <source>Organization or workplace.</source>
            <translation>Организация или место работы.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="190" />
            <source>Region or city where the participant lives or works.</source>
            <translation>Регион или город, где участник живёт или работает.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="208" />
            <source>Pre-test score, 0–100.</source>
            <translation>Балл входного теста, 0–100.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="214" />
            <source>Post-test score, 0–100.</source>
            <translation>Балл итогового теста, 0–100.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="220" />
            <source>Scans of the event's signed sheets, on any one of its rows: day: file, separated by ; (a file without a day: a one-day event, or all days in one scan). Names relative to this workbook's folder, or full paths; PDF, JPEG, PNG, HEIC.</source>
            <translation>Сканы подписанных листов мероприятия, в любой одной из его строк: день: файл, через ; (файл без дня — однодневное мероприятие или все дни в одном скане). Имена относительно папки этой книги или полные пути; PDF, JPEG, PNG, HEIC.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="231" />
            <source>Present on day 1: x, +, 1, yes, да, иә; empty = absent.</source>
            <translation>Присутствие в день 1: x, +, 1, да, иә; пусто — отсутствовал.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="237" />
            <source>Day 2; add day_4, day_5... for longer events.</source>
            <translation>День 2; для более длинных мероприятий добавьте day_4, day_5...</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="243" />
            <source>Day 3.</source>
            <translation>День 3.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="248" />
            <source>{code} is also on row {row}</source>
            <translation>{code} есть и в строке {row}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="249" />
            <source>{code} is already recorded with another title, kind, start date or days; change it in the app</source>
            <translation>{code} уже записан с другим названием, видом, датой начала или числом дней; измените его в программе</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="253" />
            <source>{code} is already recorded in another project or in none; change it in the app</source>
            <translation>{code} уже записан в другом проекте или без проекта; измените его в программе</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="256" />
            <source>'{value}' is not a score from 0 to 100.</source>
            <translation>«{value}» — не балл от 0 до 100.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="257" />
            <source>There is no training {code}; import or type the event first.</source>
            <translation>Тренинга {code} нет; сначала импортируйте или введите мероприятие.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="260" />
            <source>Training {code} has {days} days.</source>
            <translation>В тренинге {code} дней: {days}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="261" />
            <source>The same person as on row {row}, at the same training.</source>
            <translation>Тот же человек, что в строке {row}, на том же тренинге.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/visits.py" line="195" />
            <location filename="../../src/fieldmon/services/visits.py" line="214" />
            <source>This visit no longer exists; it may have been deleted.</source>
            <translation>Этого визита больше нет; возможно, он удалён.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/visits.py" line="219" />
            <source>One of these visits no longer exists (it may have been deleted); none of them was deleted.</source>
            <translation>Одного из этих визитов больше нет (возможно, он удалён); ни один визит не удалён.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/workbooks.py" line="64" />
            <source>row {row}, column {column}: {reason}</source>
            <translation>строка {row}, столбец {column}: {reason}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/services/workbooks.py" line="65" />
            <source>Nothing was imported: %n row(s) have errors.</source>
            <translation>
                <numerusform>Ничего не импортировано: ошибки в %n строке.</numerusform>
                <numerusform>Ничего не импортировано: ошибки в %n строках.</numerusform>
                <numerusform>Ничего не импортировано: ошибки в %n строках.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/workbooks.py" line="66" />
            <source>The import was cancelled; nothing was imported.</source>
            <translation>Импорт отменён; ничего не импортировано.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/workbooks.py" line="67" />
            <source>'{name}' has no data rows to import.</source>
            <translation>В «{name}» нет строк с данными для импорта.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/workbooks.py" line="68" />
            <source>Cannot read '{name}': there is no such file.</source>
            <translation>Не удаётся прочитать «{name}»: такого файла нет.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/workbooks.py" line="69" />
            <source>Cannot read '{name}': it is protected with a password or is an old .xls workbook; save it as .xlsx without a password and import that.</source>
            <translation>Не удаётся прочитать «{name}»: файл защищён паролем или это старая книга .xls; сохраните его как .xlsx без пароля и импортируйте.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/workbooks.py" line="74" />
            <source>Cannot read '{name}': it is not an Excel workbook (.xlsx) or it is damaged.</source>
            <translation>Не удаётся прочитать «{name}»: это не книга Excel (.xlsx), или она повреждена.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/workbooks.py" line="77" />
            <source>'{name}' has no header row; start from `fieldmon template`.</source>
            <translation>В «{name}» нет строки заголовков; начните с `fieldmon template`.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/workbooks.py" line="80" />
            <source>Column '{column}' appears twice in the header row.</source>
            <translation>Столбец «{column}» дважды встречается в строке заголовков.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/workbooks.py" line="81" />
            <source>Column '{column}' is not an import column; expected: {expected}.</source>
            <translation>Столбца «{column}» нет среди столбцов импорта; ожидаются: {expected}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/workbooks.py" line="84" />
            <source>The header row lacks the column(s): {columns}.</source>
            <translation>В строке заголовков не хватает столбцов: {columns}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/workbooks.py" line="85" />
            <source>'{name}' has more than {max} rows; split it into files of at most {max} rows and import them one by one.</source>
            <translation>В «{name}» больше {max} строк; разделите его на файлы не более чем по {max} строк и импортируйте их по одному.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/workbooks.py" line="91" />
            <source>Unknown region '{name}'.</source>
            <translation>Неизвестный регион «{name}».</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/workbooks.py" line="95" />
            <source>Code of the project the record belongs to, in any case (see `fieldmon project list`); empty = no project.</source>
            <translation>Код проекта, к которому относится запись, в любом регистре (см. `fieldmon project list`); пусто — без проекта.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/sites.py" line="41" />
            <source>This site no longer exists; it may have been deleted.</source>
            <translation>Этого объекта больше нет; возможно, он удалён.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/crypto.py" line="82" />
            <source>The database {path} is protected by a password; give it with FIELDMON_PASSWORD or --password-file.</source>
            <translation>База данных {path} защищена паролем; укажите его через FIELDMON_PASSWORD или --password-file.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/crypto.py" line="95" />
            <source>Wrong password for {path}; nothing was changed.</source>
            <translation>Неверный пароль для {path}; ничего не изменено.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/crypto.py" line="104" />
            <source>That is not the recovery key of {path}; nothing was changed.</source>
            <translation>Это не ключ восстановления для {path}; ничего не изменено.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/crypto.py" line="115" />
            <source>The database {path} has no recovery key.</source>
            <translation>У базы данных {path} нет ключа восстановления.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/crypto.py" line="124" />
            <source>The key file {path} cannot be read ({reason}); the database is locked without it.</source>
            <translation>Не удаётся прочитать файл ключей {path} ({reason}); без него базу данных не открыть.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/protection.py" line="58" />
            <source>The encrypted copy of {name} did not pass its check: {verdict}</source>
            <translation>Зашифрованная копия {name} не прошла проверку: {verdict}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/protection.py" line="94" />
            <source>The database {path} is already encrypted.</source>
            <translation>База данных {path} уже зашифрована.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/protection.py" line="98" />
            <location filename="../../src/fieldmon/db/protection.py" line="151" />
            <source>The new password is empty.</source>
            <translation>Новый пароль пустой.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/protection.py" line="102" />
            <source>The database {path} cannot be encrypted: {verdict}</source>
            <translation>Базу данных {path} нельзя зашифровать: {verdict}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/protection.py" line="166" />
            <location filename="../../src/fieldmon/db/protection.py" line="177" />
            <location filename="../../src/fieldmon/db/protection.py" line="189" />
            <source>The database {path} is not encrypted.</source>
            <translation>База данных {path} не зашифрована.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/protection.py" line="194" />
            <source>{path} already exists; choose a new file name.</source>
            <translation>Файл {path} уже существует; выберите другое имя файла.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/protection.py" line="206" />
            <source>The plain copy of {name} did not pass its check: {verdict}</source>
            <translation>Незашифрованная копия {name} не прошла проверку: {verdict}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/package_crypto.py" line="55" />
            <source>The package {name} could not be opened: wrong exchange passphrase, or the file was changed.</source>
            <translation>Не удалось открыть пакет {name}: неверная парольная фраза для обмена, или файл был изменён.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/package_crypto.py" line="59" />
            <source>The package {name} is encrypted: give the team's exchange passphrase to import it.</source>
            <translation>Пакет {name} зашифрован: чтобы импортировать его, укажите парольную фразу команды для обмена.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/package_crypto.py" line="63" />
            <source>This database is encrypted: give the team's exchange passphrase, or choose to send personal data unprotected.</source>
            <translation>Эта база данных зашифрована: укажите парольную фразу команды для обмена или решите отправить персональные данные без защиты.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/exchange_passphrase.py" line="57" />
            <source>Exchange passphrase: this computer has no keyring to keep it; fieldmon will ask for it at each export and import.</source>
            <translation>Парольная фраза для обмена: на этом компьютере нет хранилища паролей, где её можно сохранить; fieldmon будет запрашивать её при каждом экспорте и импорте.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/projects.py" line="55" />
            <source>Project code: {code} is not a code (letters, digits, '-', '_' or '.', at most 40).</source>
            <translation>Код проекта: {code} не является кодом (буквы, цифры, «-», «_» или «.», не более 40).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/projects.py" line="64" />
            <source>Project title: it is empty.</source>
            <translation>Название проекта: оно пустое.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/projects.py" line="66" />
            <source>Project title: at most 300 characters.</source>
            <translation>Название проекта: не более 300 символов.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/projects.py" line="69" />
            <source>Donor: at most 200 characters.</source>
            <translation>Донор: не более 200 символов.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/projects.py" line="72" />
            <source>End date: {end} is before the start, {start}.</source>
            <translation>Дата окончания: {end} раньше начала, {start}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/projects.py" line="134" />
            <source>A project with the code {code} exists already: {title}.</source>
            <translation>Проект с кодом {code} уже есть: {title}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/projects.py" line="143" />
            <source>Regions: one of them is not a region or a city of republican significance.</source>
            <translation>Области: одна из них не является областью или городом республиканского значения.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/projects.py" line="169" />
            <source>This project no longer exists; choose another.</source>
            <translation>Этого проекта больше нет; выберите другой.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/indicator_imports.py" line="43" />
            <source>The project's code, as in `fieldmon project list`.</source>
            <translation>Код проекта, как в `fieldmon project list`.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/indicator_imports.py" line="51" />
            <source>The indicator's code in the results framework.</source>
            <translation>Код индикатора в рамке результатов.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/indicator_imports.py" line="54" />
            <source>What the indicator counts.</source>
            <translation>Что измеряет индикатор.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/indicator_imports.py" line="58" />
            <source>The result it belongs to (goal, outcome, output…).</source>
            <translation>Уровень результатов, к которому относится индикатор (цель, конечный результат, продукт…).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/indicator_imports.py" line="64" />
            <source>A key of `fieldmon summary --json` (visits.count, training.participants.female, loans.par30[KZT]…) computed from the project's records, or 'manual' for values typed per quarter.</source>
            <translation>Ключ `fieldmon summary --json` (visits.count, training.participants.female, loans.par30[KZT]…), вычисляемый по записям проекта, или 'manual' — значения вводятся по кварталам.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/indicator_imports.py" line="75" />
            <source>Count only this region's records; empty: all regions.</source>
            <translation>Считать только записи этой области; пусто — все области.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/indicator_imports.py" line="78" />
            <source>The value before the project.</source>
            <translation>Значение до начала проекта.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/indicator_imports.py" line="82" />
            <source>The target for the life of the project. Targets per year go in columns target_2026, target_2027… added after this one.</source>
            <translation>Целевое значение на весь срок проекта. Целевые значения по годам — в столбцах target_2026, target_2027…, добавленных после этого.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/indicator_imports.py" line="89" />
            <source>people, loans, %, KZT…</source>
            <translation>человек, займов, %, KZT…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/indicator_imports.py" line="96" />
            <source>The code of a manual indicator of the project.</source>
            <translation>Код индикатора проекта, значения которого вводятся вручную.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/indicator_imports.py" line="99" />
            <source>The quarter, as 2026Q3.</source>
            <translation>Квартал, например 2026Q3.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/indicator_imports.py" line="103" />
            <source>The value for the quarter; empty clears it.</source>
            <translation>Значение за квартал; пустая ячейка стирает его.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/indicator_imports.py" line="106" />
            <source>Where the value comes from.</source>
            <translation>Откуда взято значение.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/projects.py" line="146" />
            <source>There is no project with the code {code}.</source>
            <translation>Проекта с кодом {code} нет.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/indicators.py" line="91" />
            <source>The project {project} has no indicator with the code {code}.</source>
            <translation>В проекте {project} нет индикатора с кодом {code}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/indicator_imports.py" line="110" />
            <source>The same {what} is also on row {row}.</source>
            <translation>То же сочетание ({what}) есть и в строке {row}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/results_sheet.py" line="35" />
            <source>Indicators without a result level</source>
            <translation>Индикаторы без уровня результата</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/results_sheet.py" line="40" />
            <source>Results</source>
            <translation>Результаты</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/results_sheet.py" line="66" />
            <source>Results framework: {project}</source>
            <translation>Рамка результатов: {project}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/results_sheet.py" line="74" />
            <source>Since the start ({0})</source>
            <translation>С начала проекта ({0})</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/results_sheet.py" line="78" />
            <source>Since the start</source>
            <translation>С начала проекта</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/results_sheet.py" line="84" />
            <source>Unit</source>
            <translation>Единица измерения</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/results_sheet.py" line="86" />
            <source>Target (life of project)</source>
            <translation>Целевое значение (весь срок проекта)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/results_sheet.py" line="87" />
            <source>Target {year}</source>
            <translation>Целевое значение на {year} год</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/results_sheet.py" line="88" />
            <source>This period</source>
            <translation>Этот период</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/results_sheet.py" line="89" />
            <source>Year to date</source>
            <translation>С начала года</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/results_sheet.py" line="91" />
            <source>% of target</source>
            <translation>% от целевого значения</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/results_sheet.py" line="93" />
            <source>Measure</source>
            <translation>Способ расчёта</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/results_sheet.py" line="110" />
            <source>typed by hand</source>
            <translation>вводится вручную</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/results_sheet.py" line="143" />
            <source>The project has no indicators yet.</source>
            <translation>У проекта пока нет индикаторов.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/indicators.py" line="75" />
            <source>'{measure}' is neither 'manual' nor a key of the summary (such as visits.count or loans.par30[KZT]).</source>
            <translation>'{measure}' — не 'manual' и не ключ сводки (например, visits.count или loans.par30[KZT]).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/indicators.py" line="80" />
            <source>{key} holds several figures; name one, as {key}[{example}].</source>
            <translation>{key} содержит несколько показателей; укажите один, например {key}[{example}].</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/indicators.py" line="83" />
            <source>'{code}' is not a code (letters, digits, '-', '_' or '.', at most 40).</source>
            <translation>'{code}' — не код (буквы, цифры, '-', '_' или '.', не более 40).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/indicators.py" line="87" />
            <source>'{year}' is not a year from 2000 to 2100.</source>
            <translation>'{year}' — не год от 2000 до 2100.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/indicators.py" line="88" />
            <source>The project {project} has an indicator {code} already: {title}.</source>
            <translation>В проекте {project} уже есть индикатор {code}: {title}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/indicators.py" line="94" />
            <source>Indicator {code} is computed from the records ({measure}); only manual indicators take typed values.</source>
            <translation>Индикатор {code} вычисляется по записям ({measure}); значения вводятся только для индикаторов, заполняемых вручную.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/indicators.py" line="99" />
            <source>Region: there is no such region.</source>
            <translation>Область: такой области нет.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/indicators.py" line="381" />
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="175" />
            <source>This indicator no longer exists; it may have been deleted.</source>
            <translation>Этого индикатора больше нет; возможно, он удалён.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="93" />
            <source>Typed each quarter</source>
            <translation>Вводится каждый квартал</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/evidence.py" line="51" />
            <source>25 MB</source>
            <translation>25 МБ</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/evidence.py" line="76" />
            <source>'{file}': {problem}</source>
            <translation>«{file}»: {problem}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/evidence.py" line="77" />
            <source>there is no such file</source>
            <translation>такого файла нет</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/evidence.py" line="78" />
            <source>it cannot be read</source>
            <translation>его не удаётся прочитать</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/evidence.py" line="79" />
            <source>the file is empty</source>
            <translation>файл пуст</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/evidence.py" line="80" />
            <source>it is larger than {limit}</source>
            <translation>он больше {limit}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/evidence.py" line="81" />
            <source>only JPEG, PNG and HEIC photos and PDF scans can be attached</source>
            <translation>прикрепить можно только фото JPEG, PNG и HEIC и сканы PDF</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/evidence.py" line="84" />
            <source>it is not a JPEG photo, whatever its name says</source>
            <translation>это не фото JPEG, что бы ни говорило имя</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/evidence.py" line="85" />
            <source>it is not a PNG image, whatever its name says</source>
            <translation>это не изображение PNG, что бы ни говорило имя</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/evidence.py" line="86" />
            <source>it is not a HEIC photo, whatever its name says</source>
            <translation>это не фото HEIC, что бы ни говорило имя</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/evidence.py" line="87" />
            <source>it is not a PDF document, whatever its name says</source>
            <translation>это не документ PDF, что бы ни говорило имя</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/evidence.py" line="88" />
            <source>this computer cannot read HEIC photos; save it as JPEG</source>
            <translation>этот компьютер не читает фото HEIC; сохраните его как JPEG</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/evidence.py" line="91" />
            <source>the file is cut short or damaged</source>
            <translation>файл обрезан или повреждён</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/evidence.py" line="92" />
            <source>it claims more than {limit} million pixels, more than a photo can have</source>
            <translation>в нём заявлено больше {limit} млн пикселей — больше, чем бывает у фото</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/evidence.py" line="95" />
            <source>There is no attachment {id}.</source>
            <translation>Нет прикреплённого файла {id}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/evidence.py" line="96" />
            <source>There is no record {id} to attach a file to; it was deleted.</source>
            <translation>Нет записи {id}, к которой можно прикрепить файл; она удалена.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/evidence.py" line="99" />
            <source>taken on {taken}, not on {day}</source>
            <translation>снято {taken}, а не {day}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/evidence.py" line="100" />
            <source>taken {km} km from the site's known point</source>
            <translation>снято в {km} км от известной точки объекта</translation>
        </message>
    </context>
</TS>
