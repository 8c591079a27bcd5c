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
    <name>LoanForm</name>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="114"/>
        <source>New loan</source>
        <translation>Новый займ</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="114"/>
        <source>Edit loan</source>
        <translation>Изменить займ</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="122"/>
        <source>Group name</source>
        <translation>Название группы</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="126"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="127"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="128"/>
        <source>Birth year</source>
        <translation>Год рождения</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="129"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="130"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="138"/>
        <source>Borrower</source>
        <translation>Заёмщик</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="140"/>
        <source>Borrower is</source>
        <translation>Заёмщик —</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="144"/>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="145"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="146"/>
        <source>Settlement</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="159"/>
        <source>a month after disbursement</source>
        <translation>через месяц после выдачи</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="161"/>
        <source>Loan</source>
        <translation>Займ</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="170"/>
        <source>Loan number</source>
        <translation>Номер займа</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="171"/>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="172"/>
        <source>Purpose or equipment</source>
        <translation>Цель или оборудование</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="177"/>
        <source>Principal</source>
        <translation>Сумма займа</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="179"/>
        <source>Annual rate, %</source>
        <translation>Годовая ставка, %</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="180"/>
        <source>Interest method</source>
        <translation>Метод начисления</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="181"/>
        <source>Term, months</source>
        <translation>Срок, месяцев</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="182"/>
        <source>Disbursed on</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="183"/>
        <source>First instalment due</source>
        <translation>Первый платёж</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="184"/>
        <source>Committee approval</source>
        <translation>Одобрение кредитного комитета</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="321"/>
        <source>{0} instalments from {1} to {2}; the first {3}, in all {4}.</source>
        <translation>Взносов: {0}, с {1} по {2}; первый {3}, всего {4}.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="342"/>
        <source>Already registered: {0}, born {1}{2}. That record will be used.</source>
        <translation>Уже в реестре: {0}, {1} г. р.{2}. Будет использована эта запись.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_form.py" line="345"/>
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
        <location filename="../../src/fieldmon/ui/loan_view.py" line="85"/>
        <source>As of</source>
        <translation>На дату</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="91"/>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="92"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="93"/>
        <source>Principal</source>
        <translation>Сумма займа</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="94"/>
        <source>Interest</source>
        <translation>Проценты</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="95"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="96"/>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="102"/>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="124"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="103"/>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="125"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="104"/>
        <source>Receipt</source>
        <translation>Квитанция</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="105"/>
        <source>Posted by</source>
        <translation>Провёл</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="106"/>
        <source>Reversed</source>
        <translation>Сторнирован</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="118"/>
        <source>&amp;Post repayment</source>
        <translation>&amp;Провести платёж</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="121"/>
        <source>New repayment</source>
        <translation>Новый платёж</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="126"/>
        <source>Receipt no.</source>
        <translation>№ квитанции</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="133"/>
        <source>&amp;Reverse selected repayment…</source>
        <translation>&amp;Сторнировать выбранный платёж…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="135"/>
        <source>&amp;Edit loan…</source>
        <translation>&amp;Изменить займ…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="136"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="145"/>
        <source>Repayments</source>
        <translation>Платежи</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="175"/>
        <source>Cannot open the loan</source>
        <translation>Не удалось открыть займ</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="181"/>
        <source>Loan {0}</source>
        <translation>Займ {0}</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="186"/>
        <source>{product}, {principal} at {rate} % a year ({method}), {term} months, disbursed {disbursed}. {place}. {members}</source>
        <translation>{product}, {principal} под {rate} % годовых ({method}), {term} мес., выдан {disbursed}. {place}. {members}</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="201"/>
        <source>, {0} days in arrears</source>
        <translation>, просрочка {0} дн.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="207"/>
        <source>{status}{late}. Paid {paid}; outstanding principal {principal}, all owed {owed}.</source>
        <translation>{status}{late}. Оплачено {paid}; остаток основного долга {principal}, всего к оплате {owed}.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="238"/>
        <source>{0} by {1}: {2}</source>
        <translation>{0}, {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="260"/>
        <source>due now: {0}</source>
        <translation>к оплате сейчас: {0}</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="304"/>
        <source>Reverse repayment</source>
        <translation>Сторнировать платёж</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="305"/>
        <source>Why is the repayment of {0} (receipt {1}) reversed?</source>
        <translation>Почему сторнируется платёж {0} (квитанция {1})?</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="314"/>
        <location filename="../../src/fieldmon/ui/loan_view.py" line="317"/>
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
        <location filename="../../src/fieldmon/ui/main_window.py" line="45"/>
        <source>Delete %n visit(s)</source>
        <translation>
            <numerusform>Удалить %n визит</numerusform>
            <numerusform>Удалить %n визита</numerusform>
            <numerusform>Удалить %n визитов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldmon/ui/main_window.py" line="56"/>
        <source>Deleted %n visit(s). Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>Удалён %n визит. Ctrl+Z вернёт его.</numerusform>
            <numerusform>Удалено %n визита. Ctrl+Z вернёт их.</numerusform>
            <numerusform>Удалено %n визитов. Ctrl+Z вернёт их.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="92"/>
        <source>Visits</source>
        <translation>Визиты</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="93"/>
        <source>Loans</source>
        <translation>Займы</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="97"/>
        <source>Opening the database…</source>
        <translation>Открываю базу данных…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="149"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="150"/>
        <source>&amp;New visit</source>
        <translation>&amp;Новый визит</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="152"/>
        <source>New &amp;loan</source>
        <translation>Новый &amp;займ</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="153"/>
        <source>Post &amp;repayments…</source>
        <translation>Провести &amp;платежи…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="154"/>
        <source>&amp;Collection sheet…</source>
        <translation>&amp;Ведомость сбора…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="156"/>
        <source>&amp;Import visits…</source>
        <translation>&amp;Импорт визитов…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="157"/>
        <source>Import loa&amp;ns…</source>
        <translation>Импорт зай&amp;мов…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="159"/>
        <source>Import repa&amp;yments…</source>
        <translation>Импорт пла&amp;тежей…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="161"/>
        <source>Save import &amp;template</source>
        <translation>Сохранить &amp;шаблон импорта</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="162"/>
        <source>Visits…</source>
        <translation>Визиты…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="163"/>
        <source>Loans…</source>
        <translation>Займы…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="164"/>
        <source>Repayments…</source>
        <translation>Платежи…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="166"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="168"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="170"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="171"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="173"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="180"/>
        <source>&amp;Delete visit</source>
        <translation>&amp;Удалить визит</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="187"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="188"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="189"/>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="191"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="192"/>
        <source>&amp;About fieldmon</source>
        <translation>&amp;О программе fieldmon</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldmon/ui/main_window.py" line="219"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n визит</numerusform>
            <numerusform>%n визита</numerusform>
            <numerusform>%n визитов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldmon/ui/main_window.py" line="223"/>
        <source>%n loan(s)</source>
        <translation>
            <numerusform>%n займ</numerusform>
            <numerusform>%n займа</numerusform>
            <numerusform>%n займов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="226"/>
        <source>Officer: {0}</source>
        <translation>Сотрудник: {0}</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="245"/>
        <source>Cannot open the visit</source>
        <translation>Не удаётся открыть визит</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="257"/>
        <source>Unsaved draft</source>
        <translation>Несохранённый черновик</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="258"/>
        <source>There is unsaved typing in this form from {0}. Restore it?</source>
        <translation>В этой форме остался несохранённый ввод от {0}. Восстановить его?</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="283"/>
        <source>Visit saved.</source>
        <translation>Визит сохранён.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="331"/>
        <source>Loan saved.</source>
        <translation>Займ сохранён.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="357"/>
        <source>Import visits</source>
        <translation>Импорт визитов</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="358"/>
        <source>Import loans</source>
        <translation>Импорт займов</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="359"/>
        <source>Import repayments</source>
        <translation>Импорт платежей</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="362"/>
        <location filename="../../src/fieldmon/ui/main_window.py" line="428"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="377"/>
        <source>Imported {0} loans ({1} new people).</source>
        <translation>Импортировано займов: {0} (новых людей: {1}).</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="384"/>
        <source>Posted {0} repayments.</source>
        <translation>Проведено платежей: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="387"/>
        <source>Imported {0} visits ({1} new sites, {2} new districts or settlements).</source>
        <translation>Импортировано визитов: {0} (новых объектов: {1}, новых районов и населённых пунктов: {2}).</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="390"/>
        <source>Importing {0}…</source>
        <translation>Импорт {0}…</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="405"/>
        <location filename="../../src/fieldmon/ui/main_window.py" line="414"/>
        <location filename="../../src/fieldmon/ui/main_window.py" line="419"/>
        <source>Nothing was imported</source>
        <translation>Ничего не импортировано</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="420"/>
        <source>An unexpected error stopped the import; see the log file.</source>
        <translation>Импорт остановлен непредвиденной ошибкой; подробности в журнале.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="426"/>
        <source>Save import template</source>
        <translation>Сохранить шаблон импорта</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="436"/>
        <source>Cannot save</source>
        <translation>Не удаётся сохранить</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="438"/>
        <source>Template saved to {0}.</source>
        <translation>Шаблон сохранён в {0}.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="453"/>
        <source>About fieldmon</source>
        <translation>О программе fieldmon</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/main_window.py" line="455"/>
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
        <location filename="../../src/fieldmon/ui/dialogs.py" line="75"/>
        <source>Full name, e.g. Aigerim Nurlanova</source>
        <translation>Фамилия и имя, например Айгерим Нурланова</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/dialogs.py" line="78"/>
        <source>fieldmon stamps every record with the name of the officer who made it, so that a coordinator can merge the data of several laptops.</source>
        <translation>fieldmon отмечает каждую запись именем сотрудника, который её внёс, чтобы координатор мог объединить данные с нескольких ноутбуков.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/dialogs.py" line="92"/>
        <source>Your name:</source>
        <translation>Ваше имя:</translation>
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
        <location filename="../../src/fieldmon/ui/loans_page.py" line="275"/>
        <source>{0} {1}: {2}, receipt {3}</source>
        <translation>{0} {1}: {2}, квитанция {3}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/fieldmon/ui/dialogs.py" line="111"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/dialogs.py" line="113"/>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/dialogs.py" line="120"/>
        <source>A new language takes effect when fieldmon is started again.</source>
        <translation>Новый язык начнёт действовать после перезапуска fieldmon.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/dialogs.py" line="128"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/ui/dialogs.py" line="130"/>
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
        <location filename="../../src/fieldmon/domain/loans.py" line="315"/>
        <source>A loan number has at most {max} letters, digits, &apos;-&apos;, &apos;/&apos; or &apos;.&apos;.</source>
        <translation>Номер займа — не более {max} букв, цифр, &apos;-&apos;, &apos;/&apos; или &apos;.&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/loans.py" line="318"/>
        <source>The principal must be more than 0 and at most {max}.</source>
        <translation>Сумма займа должна быть больше 0 и не больше {max}.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/loans.py" line="321"/>
        <source>{currency} amounts have at most {places} digits after the decimal point.</source>
        <translation>Суммы в {currency} — не более {places} знаков после запятой.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/loans.py" line="324"/>
        <source>The annual rate must be from 0 to {max} %.</source>
        <translation>Годовая ставка должна быть от 0 до {max} %.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/loans.py" line="325"/>
        <source>The term must be from 1 to {max} months.</source>
        <translation>Срок должен быть от 1 до {max} месяцев.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/loans.py" line="326"/>
        <source>The disbursement date cannot be in the future (today is {today}).</source>
        <translation>Дата выдачи не может быть в будущем (сегодня {today}).</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/loans.py" line="329"/>
        <source>The date must be in the year 2000 or later.</source>
        <translation>Дата должна быть не раньше 2000 года.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/loans.py" line="330"/>
        <source>The first due date must be after the disbursement date ({disbursed}).</source>
        <translation>Первый платёж должен быть позже даты выдачи ({disbursed}).</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/loans.py" line="333"/>
        <source>The first due date must be within a year of the disbursement date.</source>
        <translation>Первый платёж должен быть в пределах года после выдачи.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/loans.py" line="336"/>
        <source>The committee approval must be on or before the disbursement ({disbursed}).</source>
        <translation>Одобрение комитета должно быть не позже выдачи ({disbursed}).</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/loans.py" line="339"/>
        <source>The amount must be more than 0.</source>
        <translation>Сумма должна быть больше 0.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/loans.py" line="340"/>
        <source>The repayment cannot be dated before the disbursement ({disbursed}).</source>
        <translation>Платёж не может быть раньше выдачи ({disbursed}).</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/loans.py" line="343"/>
        <source>The repayment date cannot be in the future (today is {today}).</source>
        <translation>Дата платежа не может быть в будущем (сегодня {today}).</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/loans.py" line="346"/>
        <source>The amount is more than the {outstanding} still owed on this loan.</source>
        <translation>Сумма больше остатка долга по займу ({outstanding}).</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/loans.py" line="349"/>
        <source>This loan is fully repaid; nothing is owed.</source>
        <translation>Займ полностью погашен; долга нет.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/money.py" line="35"/>
        <source>KZT (tenge)</source>
        <translation>KZT (тенге)</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/domain/money.py" line="36"/>
        <source>USD (US dollar)</source>
        <translation>USD (доллар США)</translation>
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
        <location filename="../../src/fieldmon/services/loans.py" line="51"/>
        <source>Loan number {loan_no} is already used.</source>
        <translation>Номер займа {loan_no} уже занят.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/loans.py" line="52"/>
        <source>A group has 2 or 3 members.</source>
        <translation>В группе 2 или 3 человека.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/loans.py" line="53"/>
        <source>An individual borrower is one person.</source>
        <translation>Индивидуальный заёмщик — один человек.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/loans.py" line="54"/>
        <source>The same person is listed twice in the group.</source>
        <translation>Один и тот же человек указан в группе дважды.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/loans.py" line="55"/>
        <source>This loan has repayments; reverse them before changing its amount, rate, term or dates.</source>
        <translation>По займу есть платежи; сторнируйте их, прежде чем менять сумму, ставку, срок или даты.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/loans.py" line="59"/>
        <source>Receipt {receipt_no} is already posted on this loan.</source>
        <translation>Квитанция {receipt_no} уже проведена по этому займу.</translation>
    </message>
    <message>
        <location filename="../../src/fieldmon/services/loans.py" line="62"/>
        <source>Say why the repayment is reversed.</source>
        <translation>Укажите, почему платёж сторнируется.</translation>
    </message>
</context>
</TS>
