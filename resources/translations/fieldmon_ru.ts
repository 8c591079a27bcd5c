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
        <location filename="../../src/fieldmon/ui/app.py" line="91"/>
        <source>Cannot open the database {0}: {1}</source>
        <translation>Не удаётся открыть базу данных {0}: {1}</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../src/fieldmon/ui/tasks.py" line="43"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../src/fieldmon/ui/widgets.py" line="38"/>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/widgets.py" line="43"/>
        <source>Pick from a calendar</source>
        <translation>Выбрать в календаре</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../src/fieldmon/ui/dialogs.py" line="33"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/dialogs.py" line="35"/>
        <source>This form has changes that are not saved. Save them?</source>
        <translation>В форме есть несохранённые изменения. Сохранить их?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../src/fieldmon/ui/main_window.py" line="42"/>
        <source>Delete %n visit(s)</source>
        <translation>
            <numerusform>Удалить %n визит</numerusform>
            <numerusform>Удалить %n визита</numerusform>
            <numerusform>Удалить %n визитов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldmon/ui/main_window.py" line="53"/>
        <source>Deleted %n visit(s). Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>Удалён %n визит. Ctrl+Z вернёт его.</numerusform>
            <numerusform>Удалено %n визита. Ctrl+Z вернёт их.</numerusform>
            <numerusform>Удалено %n визитов. Ctrl+Z вернёт их.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="87"/>
        <source>Visits</source>
        <translation>Визиты</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="91"/>
        <source>Opening the database…</source>
        <translation>Открываю базу данных…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="134"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="135"/>
        <source>&amp;New visit</source>
        <translation>&amp;Новый визит</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="137"/>
        <source>&amp;Import visits…</source>
        <translation>&amp;Импорт визитов…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="138"/>
        <source>Save import &amp;template…</source>
        <translation>Сохранить &amp;шаблон импорта…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="140"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="142"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="144"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="145"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="147"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="154"/>
        <source>&amp;Delete visit</source>
        <translation>&amp;Удалить визит</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="161"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="164"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="168"/>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="170"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="171"/>
        <source>&amp;About fieldmon</source>
        <translation>&amp;О программе fieldmon</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldmon/ui/main_window.py" line="186"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n визит</numerusform>
            <numerusform>%n визита</numerusform>
            <numerusform>%n визитов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="189"/>
        <source>Officer: {0}</source>
        <translation>Сотрудник: {0}</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="208"/>
        <source>Cannot open the visit</source>
        <translation>Не удаётся открыть визит</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="220"/>
        <source>Unsaved draft</source>
        <translation>Несохранённый черновик</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="221"/>
        <source>There is unsaved typing in this form from {0}. Restore it?</source>
        <translation>В этой форме остался несохранённый ввод от {0}. Восстановить его?</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="246"/>
        <source>Visit saved.</source>
        <translation>Визит сохранён.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="256"/>
        <source>Import visits</source>
        <translation>Импорт визитов</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="256"/>
        <location filename="../../src/fieldmon/ui/main_window.py" line="310"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="267"/>
        <source>Importing visits from {0}…</source>
        <translation>Импорт визитов из {0}…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="277"/>
        <source>Imported {0} visits ({1} new sites, {2} new districts or settlements).</source>
        <translation>Импортировано визитов: {0} (новых объектов: {1}, новых районов и населённых пунктов: {2}).</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="287"/>
        <location filename="../../src/fieldmon/ui/main_window.py" line="296"/>
        <location filename="../../src/fieldmon/ui/main_window.py" line="301"/>
        <source>Nothing was imported</source>
        <translation>Ничего не импортировано</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="302"/>
        <source>An unexpected error stopped the import; see the log file.</source>
        <translation>Импорт остановлен непредвиденной ошибкой; подробности в журнале.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="308"/>
        <source>Save import template</source>
        <translation>Сохранить шаблон импорта</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="318"/>
        <source>Cannot save</source>
        <translation>Не удаётся сохранить</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="320"/>
        <source>Template saved to {0}.</source>
        <translation>Шаблон сохранён в {0}.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="335"/>
        <source>About fieldmon</source>
        <translation>О программе fieldmon</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="337"/>
        <source>fieldmon {0}
Offline-first monitoring of development projects.
Database: {1}</source>
        <translation>fieldmon {0}
Мониторинг проектов развития без подключения к сети.
База данных: {1}</translation>
    </message>
</context>
<context>
    <name>OfficerDialog</name>
    <message>
        <location filename="../../src/fieldmon/ui/dialogs.py" line="71"/>
        <source>Who is recording?</source>
        <translation>Кто вносит данные?</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/dialogs.py" line="74"/>
        <source>Full name, e.g. Aigerim Nurlanova</source>
        <translation>Фамилия и имя, например Айгерим Нурланова</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/dialogs.py" line="77"/>
        <source>fieldmon stamps every record with the name of the officer who made it, so that a coordinator can merge the data of several laptops.</source>
        <translation>fieldmon отмечает каждую запись именем сотрудника, который её внёс, чтобы координатор мог объединить данные с нескольких ноутбуков.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/dialogs.py" line="91"/>
        <source>Your name:</source>
        <translation>Ваше имя:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/fieldmon/ui/dialogs.py" line="110"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/dialogs.py" line="112"/>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/dialogs.py" line="119"/>
        <source>A new language takes effect when fieldmon is started again.</source>
        <translation>Новый язык начнёт действовать после перезапуска fieldmon.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/dialogs.py" line="127"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/dialogs.py" line="129"/>
        <source>Officer&apos;s name:</source>
        <translation>Имя сотрудника:</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="103"/>
        <source>Not applicable</source>
        <translation>Не применимо</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="103"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="103"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="140"/>
        <source>Visit date*</source>
        <translation>Дата визита*</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="141"/>
        <source>Officer*</source>
        <translation>Сотрудник*</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="142"/>
        <source>Region*</source>
        <translation>Область*</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="143"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="144"/>
        <source>Settlement</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="145"/>
        <source>Site*</source>
        <translation>Объект*</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="146"/>
        <source>Site type</source>
        <translation>Тип объекта</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="147"/>
        <source>Purpose*</source>
        <translation>Цель*</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="148"/>
        <source>Funds used as intended*</source>
        <translation>Средства использованы по назначению*</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="149"/>
        <source>Equipment in place and working</source>
        <translation>Оборудование на месте и работает</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="150"/>
        <source>Beneficiaries served</source>
        <translation>Охвачено благополучателей</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="151"/>
        <source>Overall rating*</source>
        <translation>Общая оценка*</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="152"/>
        <source>Findings</source>
        <translation>Выводы</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="153"/>
        <source>Follow-up action</source>
        <translation>Последующее действие</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="154"/>
        <source>Follow-up due</source>
        <translation>Срок действия</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="155"/>
        <source>Follow-up closed on</source>
        <translation>Действие выполнено</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="156"/>
        <source>GPS latitude</source>
        <translation>Широта GPS</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="157"/>
        <source>GPS longitude</source>
        <translation>Долгота GPS</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="160"/>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="272"/>
        <source>Visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="161"/>
        <source>Site</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="162"/>
        <source>Checklist</source>
        <translation>Контрольный список</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="163"/>
        <source>Findings and follow-up</source>
        <translation>Выводы и последующие действия</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="164"/>
        <source>Location</source>
        <translation>Местоположение</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="186"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="188"/>
        <source>Save and close (Ctrl+S)</source>
        <translation>Сохранить и закрыть (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="189"/>
        <source>Save and &amp;new</source>
        <translation>Сохранить и &amp;новый</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="191"/>
        <source>Save and start the next visit (Ctrl+Shift+S)</source>
        <translation>Сохранить и начать следующий визит (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="192"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="194"/>
        <source>&amp;History…</source>
        <translation>&amp;История…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="195"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="272"/>
        <source>New visit</source>
        <translation>Новый визит</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="320"/>
        <source>Created by {0} on {1}; last changed by {2} on {3}.</source>
        <translation>Создал(а) {0} {1}; последнее изменение: {2} {3}.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="443"/>
        <source>Cannot save</source>
        <translation>Не удаётся сохранить</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="478"/>
        <source>History of this visit</source>
        <translation>История визита</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="481"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="481"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="481"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/visit_form.py" line="481"/>
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
        <location filename="../../src/fieldmon/domain/visits.py" line="150"/>
        <source>Choose the type of the new site.</source>
        <translation>Выберите тип нового объекта.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/visits.py" line="151"/>
        <source>Choose the region of the site.</source>
        <translation>Выберите область объекта.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/visits.py" line="165"/>
        <source>&apos;{value}&apos; is not a date; write it as dd.mm.yyyy.</source>
        <translation>«{value}» — не дата; вводите как дд.мм.гггг.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/visits.py" line="166"/>
        <source>&apos;{value}&apos; is not a whole number.</source>
        <translation>«{value}» — не целое число.</translation>
    </message>
</context>
</TS>
