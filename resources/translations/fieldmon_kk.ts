<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
    <context>
        <name>App</name>
        <message>
            <location filename="../../src/fieldmon/ui/app.py" line="53" />
            <source>Something went wrong and the action was not completed. Your saved data is safe. Details are in the log file: {0}</source>
            <translation>Бірдеңе дұрыс болмай, әрекет орындалмады. Сақталған деректеріңіз аман. Толығырақ журнал файлында: {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/app.py" line="96" />
            <source>Cannot open the database {0}: {1}</source>
            <translation>{0} дерекқорын ашу мүмкін емес: {1}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/app.py" line="119" />
            <source>The database {0} is damaged or is not a fieldmon database.

Restore the newest good backup, {1}? The damaged file is kept beside it.</source>
            <translation>{0} дерекқоры бүлінген немесе fieldmon дерекқоры емес.

Ең соңғы жарамды сақтық көшірмені ({1}) қалпына келтіру керек пе? Бүлінген файл оның жанында сақталады.</translation>
        </message>
    </context>
    <context>
        <name>AttendanceModel</name>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="107" />
            <source>Day {0}
{1}</source>
            <translation>{0}-күн
{1}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="109" />
            <source>Participant</source>
            <translation>Қатысушы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="109" />
            <source>Category</source>
            <translation>Санат</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="109" />
            <source>Organization</source>
            <translation>Ұйым</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="110" />
            <source>Pre-test</source>
            <translation>Бастапқы тест</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="110" />
            <source>Post-test</source>
            <translation>Қорытынды тест</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="110" />
            <source>Days</source>
            <translation>Күн саны</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="110" />
            <source>Completed</source>
            <translation>Аяқтады</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="133" />
            <source>present</source>
            <translation>қатысты</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="133" />
            <source>absent</source>
            <translation>қатыспады</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="151" />
            <source>yes</source>
            <translation>иә</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="185" />
            <source>A test score is a whole number from 0 to 100.</source>
            <translation>Тест ұпайы — 0-ден 100-ге дейінгі бүтін сан.</translation>
        </message>
    </context>
    <context>
        <name>BackgroundTask</name>
        <message>
            <location filename="../../src/fieldmon/ui/tasks.py" line="81" />
            <source>Cancel</source>
            <translation>Бас тарту</translation>
        </message>
    </context>
    <context>
        <name>Certificate</name>
        <message>
            <location filename="../../src/fieldmon/ui/certificates.py" line="29" />
            <source>Certificate</source>
            <translation>Сертификат</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/certificates.py" line="30" />
            <source>of completion</source>
            <translation>оқуды аяқтағаны туралы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/certificates.py" line="31" />
            <source>This certifies that</source>
            <translation>Осымен расталады</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/certificates.py" line="33" />
            <source>completed the {kind} “{title}”</source>
            <translation>оқудан өтті: {kind} «{title}»</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/certificates.py" line="37" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n күн</numerusform>
                <numerusform>%n күн</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/certificates.py" line="40" />
            <source>Present on {0} of {1} days</source>
            <translation>{1} күннің {0} күнінде қатысты</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/certificates.py" line="47" />
            <source>Organizer</source>
            <translation>Ұйымдастырушы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/certificates.py" line="48" />
            <source>Facilitator</source>
            <translation>Тренер</translation>
        </message>
    </context>
    <context>
        <name>CollectionSheet</name>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="49" />
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="252" />
            <source>Collection sheet</source>
            <translation>Жинау тізімдемесі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="62" />
            <source>Include earlier unpaid instalments</source>
            <translation>Бұрын төленбеген жарналарды қосу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="65" />
            <source>&amp;Show</source>
            <translation>&amp;Көрсету</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="68" />
            <source>Region</source>
            <translation>Облыс</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="69" />
            <source>District</source>
            <translation>Аудан</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="70" />
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="85" />
            <source>Settlement</source>
            <translation>Елді мекен</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="73" />
            <source>to</source>
            <translation>—</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="78" />
            <source>Due from</source>
            <translation>Мерзімі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="84" />
            <source>Collected</source>
            <translation>Жиналды</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="86" />
            <source>Borrower</source>
            <translation>Қарыз алушы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="87" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="88" />
            <source>Loan no.</source>
            <translation>Қарыз №</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="89" />
            <source>Due</source>
            <translation>Мерзімі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="90" />
            <source>To collect</source>
            <translation>Жиналатын сома</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="91" />
            <source>Receipt no.</source>
            <translation>Түбіртек №</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="106" />
            <source>Post &amp;ticked</source>
            <translation>Белгіленгендерді &amp;тіркеу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="108" />
            <source>Save as &amp;PDF…</source>
            <translation>&amp;PDF ретінде сақтау…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="109" />
            <source>Close</source>
            <translation>Жабу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="112" />
            <source>Collected on</source>
            <translation>Жиналған күні</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="131" />
            <source>Write dates as dd.mm.yyyy.</source>
            <translation>Күндерді кк.аа.жжжж түрінде жазыңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="134" />
            <source>Give the first and the last due date of the period.</source>
            <translation>Кезеңдегі алғашқы және соңғы төлем мерзімін көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="151" />
            <source>Choose a region, district or settlement that has loans.</source>
            <translation>Қарыздары бар облысты, ауданды немесе елді мекенді таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="187" />
            <source>{0} instalments; in all {1}</source>
            <translation>Жарналар: {0}; барлығы {1}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="219" />
            <source>Some rows were not posted</source>
            <translation>Кейбір жолдар тіркелмеді</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="220" />
            <source>{0} posted; not posted:</source>
            <translation>Тіркелді: {0}; тіркелмегендер:</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="264" />
            <source>Save collection sheet</source>
            <translation>Жинау тізімдемесін сақтау</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="266" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF файлдары (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>ConflictsPage</name>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="41" />
            <source>Place</source>
            <translation>Орын</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="42" />
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="55" />
            <source>Site</source>
            <translation>Нысан</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="43" />
            <source>Person</source>
            <translation>Адам</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="44" />
            <source>Borrower</source>
            <translation>Қарыз алушы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="45" />
            <source>Loan</source>
            <translation>Қарыз</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="46" />
            <source>Repayment</source>
            <translation>Өтеу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="47" />
            <source>Training</source>
            <translation>Оқыту</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="48" />
            <source>Participant</source>
            <translation>Қатысушы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="49" />
            <source>Visit</source>
            <translation>Сапар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="52" />
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="164" />
            <source>Deleted</source>
            <translation>Өшірілген</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="53" />
            <source>Visit date</source>
            <translation>Сапар күні</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="54" />
            <source>Officer</source>
            <translation>Маман</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="56" />
            <source>Purpose</source>
            <translation>Мақсаты</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="57" />
            <source>Funds used as intended</source>
            <translation>Қаражат мақсатына сай пайдаланылды</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="58" />
            <source>Equipment in working order</source>
            <translation>Жабдық жұмыс істейді</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="59" />
            <source>Beneficiaries</source>
            <translation>Пайда алушылар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="60" />
            <source>Rating</source>
            <translation>Баға</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="61" />
            <source>Findings</source>
            <translation>Анықталғандар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="62" />
            <source>Follow-up</source>
            <translation>Келесі әрекет</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="63" />
            <source>Follow-up due</source>
            <translation>Келесі әрекет мерзімі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="64" />
            <source>Follow-up closed on</source>
            <translation>Келесі әрекет жабылған күні</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="65" />
            <source>Principal</source>
            <translation>Негізгі сома</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="66" />
            <source>Annual rate, %</source>
            <translation>Жылдық мөлшерлеме, %</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="67" />
            <source>Term, months</source>
            <translation>Мерзімі, ай</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="68" />
            <source>Disbursed on</source>
            <translation>Берілген күні</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="69" />
            <source>First instalment due</source>
            <translation>Бірінші жарна мерзімі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="70" />
            <source>Attendance</source>
            <translation>Қатысу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="71" />
            <source>Receipt posted twice</source>
            <translation>Түбіртек екі рет тіркелді</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="72" />
            <source>Pre-test score</source>
            <translation>Бастапқы тест ұпайы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="73" />
            <source>Post-test score</source>
            <translation>Қорытынды тест ұпайы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="74" />
            <source>Full name</source>
            <translation>Аты-жөні</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="75" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="76" />
            <source>IIN</source>
            <translation>ЖСН</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="77" />
            <source>Title</source>
            <translation>Атауы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="78" />
            <source>Start date</source>
            <translation>Басталған күні</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="79" />
            <source>Days</source>
            <translation>Күн саны</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="80" />
            <source>Name</source>
            <translation>Атауы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="81" />
            <source>Group members</source>
            <translation>Топ мүшелері</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="87" />
            <source>Record</source>
            <translation>Жазба</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="88" />
            <source>Field</source>
            <translation>Өріс</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="89" />
            <source>Applied value</source>
            <translation>Қолданылған мән</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="90" />
            <source>Applied edit by</source>
            <translation>Қолданылған түзетуді енгізген</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="91" />
            <source>Other value</source>
            <translation>Басқа мән</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="92" />
            <source>Other edit by</source>
            <translation>Басқа түзетуді енгізген</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="106" />
            <source>&amp;Keep the applied value</source>
            <translation>Қолданылған мәнді &amp;қалдыру</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="108" />
            <source>&amp;Use the other value</source>
            <translation>&amp;Басқа мәнді алу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="114" />
            <source>Both values were edited since the last exchange. The later edit is applied; pick the one that is right.</source>
            <translation>Соңғы алмасудан кейін екі мән де өзгертілген. Кейінгі түзету қолданылды; дұрысын таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="119" />
            <source>No conflicts wait for review.</source>
            <translation>Қарауды күтетін қайшылықтар жоқ.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="147" />
            <source>Found merging data from {0}</source>
            <translation>{0} деректерін біріктіргенде табылды</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="159" />
            <source>Attendance, day {0}</source>
            <translation>Қатысу, {0}-күн</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="164" />
            <source>Not deleted</source>
            <translation>Өшірілмеген</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="168" />
            <source>Yes</source>
            <translation>Иә</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="168" />
            <source>No</source>
            <translation>Жоқ</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="170" />
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n адам</numerusform>
                <numerusform>%n адам</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="197" />
            <source>Cannot settle the conflict</source>
            <translation>Қайшылықты шешу мүмкін болмады</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <location filename="../../src/fieldmon/ui/widgets.py" line="40" />
            <source>dd.mm.yyyy</source>
            <translation>кк.аа.жжжж</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/widgets.py" line="45" />
            <source>Pick from a calendar</source>
            <translation>Күнтізбеден таңдау</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="34" />
            <source>Unsaved changes</source>
            <translation>Сақталмаған өзгерістер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="36" />
            <source>This form has changes that are not saved. Save them?</source>
            <translation>Бұл пішінде сақталмаған өзгерістер бар. Оларды сақтау керек пе?</translation>
        </message>
    </context>
    <context>
        <name>DraftWriter</name>
        <message>
            <location filename="../../src/fieldmon/ui/form_drafts.py" line="173" />
            <source>Your typing is kept in memory; it could not be saved as a draft yet ({0}).</source>
            <translation>Енгізгеніңіз жадта тұр; оны нобай ретінде әзірге сақтау мүмкін болмады ({0}).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/form_drafts.py" line="183" />
            <source>Your typing is kept in memory; it could not be saved as a draft yet (the database is busy).</source>
            <translation>Енгізгеніңіз жадта тұр; оны нобай ретінде әзірге сақтау мүмкін болмады (дерекқор бос емес).</translation>
        </message>
    </context>
    <context>
        <name>FindDialog</name>
        <message>
            <location filename="../../src/fieldmon/ui/find_dialog.py" line="41" />
            <source>Find everywhere</source>
            <translation>Барлық жерден іздеу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/find_dialog.py" line="44" />
            <source>Visits</source>
            <translation>Сапарлар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/find_dialog.py" line="45" />
            <source>Loans</source>
            <translation>Қарыздар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/find_dialog.py" line="46" />
            <source>Trainings</source>
            <translation>Оқытулар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/find_dialog.py" line="47" />
            <source>People</source>
            <translation>Адамдар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/find_dialog.py" line="52" />
            <source>Search visits, loans, trainings and people (any case)…</source>
            <translation>Сапарлар, қарыздар, оқытулар және адамдар бойынша іздеу (регистр маңызды емес)…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/find_dialog.py" line="81" />
            <source>{0} ({1})</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/find_dialog.py" line="96" />
            <source>Nothing found.</source>
            <translation>Ештеңе табылмады.</translation>
        </message>
    </context>
    <context>
        <name>LoanForm</name>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="111" />
            <source>New loan</source>
            <translation>Жаңа қарыз</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="111" />
            <source>Edit loan</source>
            <translation>Қарызды түзету</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="119" />
            <source>Group name</source>
            <translation>Топ атауы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="123" />
            <source>Full name</source>
            <translation>Аты-жөні</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="124" />
            <source>Sex</source>
            <translation>Жынысы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="125" />
            <source>Birth year</source>
            <translation>Туған жылы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="126" />
            <source>IIN</source>
            <translation>ЖСН</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="127" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="135" />
            <source>Borrower</source>
            <translation>Қарыз алушы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="137" />
            <source>Borrower is</source>
            <translation>Қарыз алушы түрі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="141" />
            <source>Region</source>
            <translation>Облыс</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="142" />
            <source>District</source>
            <translation>Аудан</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="143" />
            <source>Settlement</source>
            <translation>Елді мекен</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="156" />
            <source>a month after disbursement</source>
            <translation>берілгеннен кейін бір айдан соң</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="158" />
            <source>Loan</source>
            <translation>Қарыз</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="167" />
            <source>Loan number</source>
            <translation>Қарыз нөмірі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="168" />
            <source>Product</source>
            <translation>Өнім</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="169" />
            <source>Purpose or equipment</source>
            <translation>Мақсаты немесе жабдық</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="174" />
            <source>Principal</source>
            <translation>Негізгі сома</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="176" />
            <source>Annual rate, %</source>
            <translation>Жылдық мөлшерлеме, %</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="177" />
            <source>Interest method</source>
            <translation>Пайыз есептеу әдісі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="178" />
            <source>Term, months</source>
            <translation>Мерзімі, ай</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="179" />
            <source>Disbursed on</source>
            <translation>Берілген күні</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="180" />
            <source>First instalment due</source>
            <translation>Бірінші жарна мерзімі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="181" />
            <source>Committee approval</source>
            <translation>Комитет мақұлдауы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="320" />
            <source>{0} instalments from {1} to {2}; the first {3}, in all {4}.</source>
            <translation>{1} – {2} аралығында {0} жарна; біріншісі {3}, барлығы {4}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="341" />
            <source>Already registered: {0}, born {1}{2}. That record will be used.</source>
            <translation>Бұрын тіркелген: {0}, {1} жылы туған{2}. Сол жазба пайдаланылады.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="344" />
            <source>, IIN {0}</source>
            <translation>, ЖСН {0}</translation>
        </message>
    </context>
    <context>
        <name>LoanTableModel</name>
        <message>
            <location filename="../../src/fieldmon/ui/loans_model.py" line="32" />
            <source>Loan no.</source>
            <translation>Қарыз №</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_model.py" line="33" />
            <source>Borrower</source>
            <translation>Қарыз алушы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_model.py" line="34" />
            <source>Settlement / district</source>
            <translation>Елді мекен / аудан</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_model.py" line="35" />
            <source>Product</source>
            <translation>Өнім</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_model.py" line="36" />
            <source>Disbursed</source>
            <translation>Берілген күні</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_model.py" line="37" />
            <source>Principal</source>
            <translation>Негізгі сома</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_model.py" line="38" />
            <source>Outstanding</source>
            <translation>Өтелмеген қалдық</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_model.py" line="39" />
            <source>Status</source>
            <translation>Күйі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_model.py" line="40" />
            <source>Days late</source>
            <translation>Кешіктірілген күндер</translation>
        </message>
    </context>
    <context>
        <name>LoanView</name>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="123" />
            <source>As of</source>
            <translation>Есеп күні</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="129" />
            <source>#</source>
            <translation>№</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="130" />
            <source>Due</source>
            <translation>Мерзімі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="131" />
            <source>Principal</source>
            <translation>Негізгі сома</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="132" />
            <source>Interest</source>
            <translation>Пайыз</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="133" />
            <source>Total</source>
            <translation>Барлығы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="134" />
            <source>Paid</source>
            <translation>Төленді</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="140" />
            <location filename="../../src/fieldmon/ui/loan_view.py" line="162" />
            <source>Date</source>
            <translation>Күні</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="141" />
            <location filename="../../src/fieldmon/ui/loan_view.py" line="163" />
            <source>Amount</source>
            <translation>Сомасы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="142" />
            <source>Receipt</source>
            <translation>Түбіртек</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="143" />
            <source>Posted by</source>
            <translation>Тіркеген</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="144" />
            <source>Reversed</source>
            <translation>Кері қайтарылды</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="156" />
            <source>&amp;Post repayment</source>
            <translation>Өтеуді &amp;тіркеу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="159" />
            <source>New repayment</source>
            <translation>Жаңа өтеу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="164" />
            <source>Receipt no.</source>
            <translation>Түбіртек №</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="171" />
            <source>&amp;Reverse selected repayment…</source>
            <translation>Таңдалған өтеуді &amp;кері қайтару…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="173" />
            <source>&amp;Edit loan…</source>
            <translation>&amp;Қарызды түзету…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="174" />
            <source>Close</source>
            <translation>Жабу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="183" />
            <source>Repayments</source>
            <translation>Өтеулер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="213" />
            <source>Cannot open the loan</source>
            <translation>Қарызды ашу мүмкін емес</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="219" />
            <source>Loan {0}</source>
            <translation>Қарыз {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="224" />
            <source>{product}, {principal} at {rate} % a year ({method}), {term} months, disbursed {disbursed}. {place}. {members}</source>
            <translation>{product}, {principal}, жылдық {rate} % ({method}), {term} ай, берілген күні {disbursed}. {place}. {members}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="239" />
            <source>, {0} days in arrears</source>
            <translation>, мерзімі {0} күн өткен</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="245" />
            <source>{status}{late}. Paid {paid}; outstanding principal {principal}, all owed {owed}.</source>
            <translation>{status}{late}. Төленгені {paid}; өтелмеген негізгі сома {principal}, барлық берешек {owed}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="276" />
            <source>{0} by {1}: {2}</source>
            <translation>{0}, {1}: {2}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="298" />
            <source>due now: {0}</source>
            <translation>қазір төленетіні: {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="326" />
            <source>Reverse repayment</source>
            <translation>Өтеуді кері қайтару</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="327" />
            <source>Why is the repayment of {0} (receipt {1}) reversed?</source>
            <translation>{0} сомасындағы өтеу (түбіртек {1}) неге кері қайтарылады?</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="336" />
            <location filename="../../src/fieldmon/ui/loan_view.py" line="339" />
            <source>Not reversed</source>
            <translation>Кері қайтарылмады</translation>
        </message>
    </context>
    <context>
        <name>LoansPage</name>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="53" />
            <source>Search loan number, borrower or place…</source>
            <translation>Қарыз нөмірі, қарыз алушы не орын бойынша іздеу…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="57" />
            <source>Any status</source>
            <translation>Кез келген күй</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="62" />
            <source>Any product</source>
            <translation>Кез келген өнім</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="67" />
            <source>All regions</source>
            <translation>Барлық облыстар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="72" />
            <source>Any currency</source>
            <translation>Кез келген валюта</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="95" />
            <source>&amp;New loan</source>
            <translation>&amp;Жаңа қарыз</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="97" />
            <source>&amp;Open</source>
            <translation>&amp;Ашу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="98" />
            <source>Post &amp;repayments…</source>
            <translation>Өтеулерді &amp;тіркеу…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="100" />
            <source>&amp;Collection sheet…</source>
            <translation>Жинау ті&amp;зімдемесі…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/main_window.py" line="49" />
            <source>Delete %n visit(s)</source>
            <translation>
                <numerusform>%n сапарды өшіру</numerusform>
                <numerusform>%n сапарды өшіру</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="63" />
            <source>Cannot delete</source>
            <translation>Өшіру мүмкін емес</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/main_window.py" line="69" />
            <source>Deleted %n visit(s). Ctrl+Z brings them back.</source>
            <translation>
                <numerusform>%n сапар өшірілді. Ctrl+Z оны қайтарады.</numerusform>
                <numerusform>%n сапар өшірілді. Ctrl+Z оларды қайтарады.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="105" />
            <source>Visits</source>
            <translation>Сапарлар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="106" />
            <source>Loans</source>
            <translation>Қарыздар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="107" />
            <source>Trainings</source>
            <translation>Оқытулар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="108" />
            <source>People</source>
            <translation>Адамдар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="109" />
            <source>Reports</source>
            <translation>Есептер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="110" />
            <location filename="../../src/fieldmon/ui/main_window.py" line="300" />
            <source>Conflicts</source>
            <translation>Қайшылықтар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="114" />
            <source>Opening the database…</source>
            <translation>Дерекқор ашылуда…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="181" />
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="182" />
            <source>&amp;New visit</source>
            <translation>&amp;Жаңа сапар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="184" />
            <source>New &amp;loan</source>
            <translation>Жаңа &amp;қарыз</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="185" />
            <source>Post &amp;repayments…</source>
            <translation>Өтеулерді &amp;тіркеу…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="186" />
            <source>&amp;Collection sheet…</source>
            <translation>Жинау ті&amp;зімдемесі…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="188" />
            <source>New &amp;training</source>
            <translation>Жаңа оқ&amp;ыту</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="190" />
            <source>&amp;Import visits…</source>
            <translation>&amp;Сапарларды импорттау…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="191" />
            <source>Import loa&amp;ns…</source>
            <translation>Қа&amp;рыздарды импорттау…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="193" />
            <source>Import repa&amp;yments…</source>
            <translation>Өтеу&amp;лерді импорттау…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="196" />
            <source>Import trainin&amp;gs…</source>
            <translation>Оқыт&amp;уларды импорттау…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="199" />
            <source>Import a&amp;ttendance…</source>
            <translation>Қатысу&amp;ды импорттау…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="201" />
            <source>Save import &amp;template</source>
            <translation>Импорт &amp;үлгісін сақтау</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="202" />
            <source>Visits…</source>
            <translation>Сапарлар…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="203" />
            <source>Loans…</source>
            <translation>Қарыздар…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="204" />
            <source>Repayments…</source>
            <translation>Өтеулер…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="205" />
            <source>Trainings…</source>
            <translation>Оқытулар…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="206" />
            <source>Attendance…</source>
            <translation>Қатысу…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="208" />
            <source>&amp;Export data package…</source>
            <translation>Деректер пакетін &amp;экспорттау…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="211" />
            <source>Export data package with e&amp;verything…</source>
            <translation>Деректер пакетін т&amp;олық экспорттау…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="214" />
            <source>Import data pac&amp;kage…</source>
            <translation>Деректер пакетін &amp;импорттау…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="215" />
            <source>&amp;Back up now</source>
            <translation>Сақтық &amp;көшірме жасау</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="216" />
            <source>Restore fro&amp;m backup…</source>
            <translation>Сақтық көшірмеден қ&amp;алпына келтіру…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="218" />
            <source>&amp;Settings…</source>
            <translation>&amp;Баптаулар…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="220" />
            <source>&amp;Quit</source>
            <translation>&amp;Шығу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="222" />
            <source>&amp;Edit</source>
            <translation>&amp;Түзету</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="223" />
            <source>&amp;Undo</source>
            <translation>&amp;Болдырмау</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="225" />
            <source>&amp;Redo</source>
            <translation>&amp;Қайталау</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="232" />
            <source>&amp;Delete visit</source>
            <translation>Сапарды &amp;өшіру</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="239" />
            <source>&amp;View</source>
            <translation>&amp;Көрініс</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="240" />
            <source>&amp;Refresh</source>
            <translation>&amp;Жаңарту</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="241" />
            <source>&amp;Find</source>
            <translation>&amp;Іздеу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="242" />
            <source>Find &amp;everywhere…</source>
            <translation>&amp;Барлық жерден іздеу…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="244" />
            <source>&amp;Help</source>
            <translation>Кө&amp;мек</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="245" />
            <source>&amp;About fieldmon</source>
            <translation>fieldmon &amp;туралы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="300" />
            <source>Conflicts ({0})</source>
            <translation>Қайшылықтар ({0})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/main_window.py" line="307" />
            <source>%n visit(s)</source>
            <translation>
                <numerusform>%n сапар</numerusform>
                <numerusform>%n сапар</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/main_window.py" line="308" />
            <source>%n loan(s)</source>
            <translation>
                <numerusform>%n қарыз</numerusform>
                <numerusform>%n қарыз</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/main_window.py" line="309" />
            <source>%n training(s)</source>
            <translation>
                <numerusform>%n оқыту</numerusform>
                <numerusform>%n оқыту</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/main_window.py" line="310" />
            <source>%n people</source>
            <translation>
                <numerusform>%n адам</numerusform>
                <numerusform>%n адам</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/main_window.py" line="311" />
            <source>%n conflict(s) to review</source>
            <translation>
                <numerusform>%n қайшылық қарауды күтеді</numerusform>
                <numerusform>%n қайшылық қарауды күтеді</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="316" />
            <source>Officer: {0}</source>
            <translation>Маман: {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="335" />
            <source>Cannot open the visit</source>
            <translation>Сапарды ашу мүмкін емес</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="347" />
            <location filename="../../src/fieldmon/ui/main_window.py" line="388" />
            <source>Unsaved draft</source>
            <translation>Сақталмаған нобай</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="348" />
            <location filename="../../src/fieldmon/ui/main_window.py" line="389" />
            <source>There is unsaved typing in this form from {0}. Restore it?</source>
            <translation>Бұл пішінде {0} уақытынан қалған сақталмаған енгізу бар. Қалпына келтірілсін бе?</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="399" />
            <source>Visit saved.</source>
            <translation>Сапар сақталды.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="449" />
            <source>Loan saved.</source>
            <translation>Қарыз сақталды.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="508" />
            <source>Training saved.</source>
            <translation>Оқыту сақталды.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="517" />
            <source>Import visits</source>
            <translation>Сапарларды импорттау</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="518" />
            <source>Import loans</source>
            <translation>Қарыздарды импорттау</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="519" />
            <source>Import repayments</source>
            <translation>Өтеулерді импорттау</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="520" />
            <source>Import trainings</source>
            <translation>Оқытуларды импорттау</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="521" />
            <source>Import attendance</source>
            <translation>Қатысуды импорттау</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="524" />
            <location filename="../../src/fieldmon/ui/main_window.py" line="604" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel жұмыс кітаптары (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="539" />
            <source>Imported {0} trainings ({1} already recorded).</source>
            <translation>{0} оқыту импортталды ({1} бұрыннан тіркелген).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="546" />
            <source>Imported attendance of {0} participants ({1} new people).</source>
            <translation>{0} қатысушының қатысуы импортталды ({1} жаңа адам).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="553" />
            <source>Imported {0} loans ({1} new people).</source>
            <translation>{0} қарыз импортталды ({1} жаңа адам).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="560" />
            <source>Posted {0} repayments.</source>
            <translation>{0} өтеу тіркелді.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="563" />
            <source>Imported {0} visits ({1} new sites, {2} new districts or settlements).</source>
            <translation>{0} сапар импортталды ({1} жаңа нысан, {2} жаңа аудан немесе елді мекен).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="566" />
            <source>Importing {0}…</source>
            <translation>{0} импортталуда…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="581" />
            <location filename="../../src/fieldmon/ui/main_window.py" line="590" />
            <location filename="../../src/fieldmon/ui/main_window.py" line="595" />
            <location filename="../../src/fieldmon/ui/main_window.py" line="754" />
            <source>Nothing was imported</source>
            <translation>Ештеңе импортталған жоқ</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="596" />
            <source>An unexpected error stopped the import; see the log file.</source>
            <translation>Күтпеген қате импортты тоқтатты; журнал файлын қараңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="602" />
            <source>Save import template</source>
            <translation>Импорт үлгісін сақтау</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="612" />
            <source>Cannot save</source>
            <translation>Сақтау мүмкін емес</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="614" />
            <source>Template saved to {0}.</source>
            <translation>Үлгі сақталды: {0}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="632" />
            <source>Export data package</source>
            <translation>Деректер пакетін экспорттау</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="634" />
            <location filename="../../src/fieldmon/ui/main_window.py" line="669" />
            <source>fieldmon data packages (*.fmpkg)</source>
            <translation>fieldmon деректер пакеттері (*.fmpkg)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="651" />
            <source>Nothing changed since the last package saved to this folder; the package {0} is empty.</source>
            <translation>Осы бумаға соңғы пакет сақталғаннан бері ештеңе өзгермеген; {0} пакеті бос.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="654" />
            <source>Saved {0} records ({1} deleted) to {2}.</source>
            <translation>{0} жазба ({1} өшірілген) сақталды: {2}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="658" />
            <source>Exporting to {0}…</source>
            <translation>{0} файлына экспортталуда…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="667" />
            <source>Import data package</source>
            <translation>Деректер пакетін импорттау</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="679" />
            <source>Checking and merging {0}…</source>
            <translation>{0} тексеріліп, біріктірілуде…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="690" />
            <source>Nothing new: everything in {0} is already here.</source>
            <translation>Жаңа ештеңе жоқ: {0} ішіндегінің бәрі мұнда бұрыннан бар.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="692" />
            <source>Data package</source>
            <translation>Деректер пакеті</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="696" />
            <source>{0}: {1} new, {2} updated, {3} unchanged, {4} conflicts</source>
            <translation>{0}: жаңа — {1}, жаңартылған — {2}, өзгеріссіз — {3}, қайшылық — {4}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="706" />
            <source>Loan {0}, receipt {1}: typed on two laptops; it counts once.</source>
            <translation>Қарыз {0}, түбіртек {1}: екі ноутбукта енгізілген; бір рет есептеледі.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="709" />
            <source>Loan {0}, receipt {1}: posted twice with different amounts or dates; the first posted counts until you decide.</source>
            <translation>Қарыз {0}, түбіртек {1}: әртүрлі сомамен немесе күнмен екі рет тіркелген; сіз шешкенше бірінші тіркелгені есептеледі.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="716" />
            <source>Loan {0} is over-paid by {1}: check its repayments.</source>
            <translation>Қарыз {0} бойынша {1} артық төленген: өтеулерін тексеріңіз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="723" />
            <source>Data package imported</source>
            <translation>Деректер пакеті импортталды</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="724" />
            <source>Merged {0}.</source>
            <translation>{0} біріктірілді.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/main_window.py" line="731" />
            <source>Merged {0}. %n conflict(s) wait for your decision.</source>
            <translation>
                <numerusform>{0} біріктірілді. %n қайшылық сіздің шешіміңізді күтуде.</numerusform>
                <numerusform>{0} біріктірілді. %n қайшылық сіздің шешіміңізді күтуде.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="734" />
            <source>&amp;Review conflicts</source>
            <translation>&amp;Қайшылықтарды қарау</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="749" />
            <source>Cannot use the file: {0}.</source>
            <translation>Файлды пайдалану мүмкін емес: {0}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="752" />
            <source>An unexpected error stopped it; details are in the log file.</source>
            <translation>Күтпеген қате әрекетті тоқтатты; толығырақ журнал файлында.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="756" />
            <source>The package was not saved</source>
            <translation>Пакет сақталмады</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="788" />
            <location filename="../../src/fieldmon/ui/main_window.py" line="798" />
            <source>Back up</source>
            <translation>Сақтық көшірме</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="789" />
            <source>A database on a server is backed up by the server (pg_dump).</source>
            <translation>Сервердегі дерекқордың сақтық көшірмесін сервердің өзі жасайды (pg_dump).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="795" />
            <source>Backed up to {0}.</source>
            <translation>Сақтық көшірме сақталды: {0}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="812" />
            <location filename="../../src/fieldmon/ui/main_window.py" line="819" />
            <location filename="../../src/fieldmon/ui/main_window.py" line="829" />
            <location filename="../../src/fieldmon/ui/main_window.py" line="837" />
            <location filename="../../src/fieldmon/ui/main_window.py" line="851" />
            <location filename="../../src/fieldmon/ui/main_window.py" line="855" />
            <source>Restore from backup</source>
            <translation>Сақтық көшірмеден қалпына келтіру</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="813" />
            <source>A database on a server is restored by the server (pg_restore).</source>
            <translation>Сервердегі дерекқорды сервердің өзі қалпына келтіреді (pg_restore).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="821" />
            <source>fieldmon backups (*.db)</source>
            <translation>fieldmon сақтық көшірмелері (*.db)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="830" />
            <source>{0} is not a good fieldmon backup; nothing was changed.</source>
            <translation>{0} fieldmon үшін жарамды сақтық көшірме емес; ештеңе өзгертілмеді.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="839" />
            <source>Replace the database with {0}? The current database is backed up first. fieldmon then closes; start it again to work on the restored data.</source>
            <translation>Дерекқор {0} көшірмесімен ауыстырылсын ба? Алдымен ағымдағы дерекқордың сақтық көшірмесі жасалады. Содан кейін fieldmon жабылады; қалпына келтірілген деректермен жұмыс істеу үшін оны қайта іске қосыңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="856" />
            <source>Restored from {0}. Start fieldmon again.</source>
            <translation>{0} көшірмесінен қалпына келтірілді. fieldmon бағдарламасын қайта іске қосыңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="879" />
            <source>About fieldmon</source>
            <translation>fieldmon туралы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="881" />
            <source>fieldmon {0}
Offline-first monitoring of development projects.
Database: {1}</source>
            <translation>fieldmon {0}
Даму жобаларының желісіз жұмысқа бейімделген мониторингі.
Дерекқор: {1}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="894" />
            <source>Export running</source>
            <translation>Экспорт жүріп жатыр</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="895" />
            <source>A report is being written. Cancel it and quit?</source>
            <translation>Есеп әлі жазылып жатыр. Оны тоқтатып, шығасыз ба?</translation>
        </message>
    </context>
    <context>
        <name>OfficerDialog</name>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="72" />
            <source>Who is recording?</source>
            <translation>Деректерді кім енгізеді?</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="76" />
            <source>Full name, e.g. Aigerim Nurlanova</source>
            <translation>Аты-жөні, мысалы, Айгерім Нұрланова</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="79" />
            <source>fieldmon stamps every record with the name of the officer who made it, so that a coordinator can merge the data of several laptops.</source>
            <translation>fieldmon әр жазбаға оны енгізген маманның атын белгілейді, сонда үйлестіруші бірнеше ноутбуктың деректерін біріктіре алады.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="93" />
            <source>Your name:</source>
            <translation>Атыңыз:</translation>
        </message>
    </context>
    <context>
        <name>ParticipantDialog</name>
        <message>
            <location filename="../../src/fieldmon/ui/participant_dialog.py" line="54" />
            <source>New participant</source>
            <translation>Жаңа қатысушы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/participant_dialog.py" line="70" />
            <source>Full name</source>
            <translation>Аты-жөні</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/participant_dialog.py" line="71" />
            <source>Sex</source>
            <translation>Жынысы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/participant_dialog.py" line="72" />
            <source>Birth year</source>
            <translation>Туған жылы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/participant_dialog.py" line="73" />
            <source>Category</source>
            <translation>Санаты</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/participant_dialog.py" line="74" />
            <source>Organization</source>
            <translation>Ұйым</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/participant_dialog.py" line="75" />
            <source>Region</source>
            <translation>Облыс</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/participant_dialog.py" line="76" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/participant_dialog.py" line="77" />
            <source>IIN</source>
            <translation>ЖСН</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/participant_dialog.py" line="83" />
            <source>Already in the registry — is this one of them? Choose, then add.</source>
            <translation>Тізілімде бар — осылардың бірі ме? Таңдап, содан кейін қосыңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/participant_dialog.py" line="95" />
            <source>Add</source>
            <translation>Қосу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/participant_dialog.py" line="137" />
            <source>{0}, born {1}</source>
            <translation>{0}, {1} жылы туған</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/participant_dialog.py" line="139" />
            <source>, IIN {0}</source>
            <translation>, ЖСН {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/participant_dialog.py" line="146" />
            <source>Someone else: add as a new person</source>
            <translation>Басқа адам: жаңа адам ретінде қосу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/participant_dialog.py" line="153" />
            <source>Add the chosen person</source>
            <translation>Таңдалған адамды қосу</translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="222" />
            <source>Search part of a name, an IIN or a phone number…</source>
            <translation>Аты-жөнінің бөлігі, ЖСН немесе телефон нөмірі бойынша іздеу…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="227" />
            <source>Full name</source>
            <translation>Аты-жөні</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="228" />
            <source>Sex</source>
            <translation>Жынысы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="229" />
            <source>Born</source>
            <translation>Туған жылы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="230" />
            <source>Category</source>
            <translation>Санаты</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="231" />
            <source>Organization</source>
            <translation>Ұйым</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="232" />
            <source>IIN</source>
            <translation>ЖСН</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="233" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="234" />
            <source>Trainings</source>
            <translation>Оқытулар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="235" />
            <source>Loans</source>
            <translation>Қарыздар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="241" />
            <source>&amp;Merge two records of one person…</source>
            <translation>Бір адамның екі жазбасын &amp;біріктіру…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="278" />
            <source>Showing {0} of {1}; search to narrow.</source>
            <translation>{1} ішінен {0} көрсетілген; нақтылау үшін іздеңіз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="289" />
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="306" />
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="316" />
            <source>Merge</source>
            <translation>Біріктіру</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="290" />
            <source>Select the two records of the same person (Ctrl+click), then merge.</source>
            <translation>Бір адамның екі жазбасын таңдаңыз (Ctrl+шерту), содан кейін біріктіріңіз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="302" />
            <source>{0}, born {1}</source>
            <translation>{0}, {1} жылы туған</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="308" />
            <source>Keep {0} and merge {1} into it? Trainings and loans move to the kept record; the other is marked merged and its history is kept.</source>
            <translation>{0} қалдырылып, оған {1} біріктірілсін бе? Оқытулар мен қарыздар қалдырылған жазбаға ауысады; екіншісі біріктірілген деп белгіленеді, оның тарихы сақталады.</translation>
        </message>
    </context>
    <context>
        <name>RepaymentEntry</name>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="160" />
            <source>Post repayments</source>
            <translation>Өтеулерді тіркеу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="177" />
            <source>Loan number</source>
            <translation>Қарыз нөмірі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="178" />
            <source>Date</source>
            <translation>Күні</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="179" />
            <source>Amount</source>
            <translation>Сомасы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="180" />
            <source>Receipt no.</source>
            <translation>Түбіртек нөмірі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="189" />
            <source>Enter moves to the next field; Enter on the receipt posts.</source>
            <translation>Enter келесі өріске өткізеді; түбіртек өрісінде Enter төлемді тіркейді.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="191" />
            <source>Close</source>
            <translation>Жабу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="197" />
            <source>Posted in this session</source>
            <translation>Осы сеанста тіркелгендер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="218" />
            <source>There is no loan number {0}.</source>
            <translation>{0} нөмірлі қарыз жоқ.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="225" />
            <source>due now {0}</source>
            <translation>қазір төленуі тиіс {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="227" />
            <source>nothing owed</source>
            <translation>берешек жоқ</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="230" />
            <source>; next due date {0}</source>
            <translation>; келесі төлем мерзімі {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="259" />
            <source>{0} {1}: {2}, receipt {3}</source>
            <translation>{0} {1}: {2}, түбіртек {3}</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="81" />
            <source>Quarter</source>
            <translation>Тоқсан</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="82" />
            <source>Dates</source>
            <translation>Күндер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="106" />
            <source>All regions</source>
            <translation>Барлық облыстар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="110" />
            <source>Project title on the report</source>
            <translation>Есептегі жоба атауы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="117" />
            <source>Period</source>
            <translation>Кезең</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="118" />
            <source>Region</source>
            <translation>Облыс</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="119" />
            <source>Project title</source>
            <translation>Жоба атауы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="134" />
            <source>&amp;Export to Excel…</source>
            <translation>Excel-ге &amp;экспорттау…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="138" />
            <source>Cancel</source>
            <translation>Бас тарту</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="141" />
            <source>&amp;Open the workbook</source>
            <translation>Жұмыс кітабын &amp;ашу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="142" />
            <source>Open its &amp;folder</source>
            <translation>&amp;Бумасын ашу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="183" />
            <source>The period ends before it starts.</source>
            <translation>Кезеңнің аяқталу күні басталу күнінен ерте.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="227" />
            <location filename="../../src/fieldmon/ui/reports_page.py" line="249" />
            <source>Counting…</source>
            <translation>Есептелуде…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="234" />
            <source>Indicator</source>
            <translation>Индикатор</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="270" />
            <source>The figures could not be counted; see the log file.</source>
            <translation>Сандарды есептеу мүмкін болмады; журнал файлын қараңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="285" />
            <location filename="../../src/fieldmon/ui/reports_page.py" line="372" />
            <location filename="../../src/fieldmon/ui/reports_page.py" line="382" />
            <source>Cannot export</source>
            <translation>Экспорттау мүмкін емес</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="289" />
            <source>Export the quarterly report</source>
            <translation>Тоқсандық есепті экспорттау</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="291" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel жұмыс кітаптары (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="327" />
            <source>Writing {0}…</source>
            <translation>{0} жазылуда…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="338" />
            <source>Cancelling…</source>
            <translation>Тоқтатылуда…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="356" />
            <source>Saved {0} ({1} rows).</source>
            <translation>Сақталды: {0} ({1} жол).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="367" />
            <source>Export cancelled; no file was written.</source>
            <translation>Экспорт тоқтатылды; ешқандай файл жазылмады.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="373" />
            <source>Cannot write the workbook: {0}</source>
            <translation>Жұмыс кітабын жазу мүмкін емес: {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="383" />
            <source>An unexpected error stopped the export; see the log file.</source>
            <translation>Күтпеген қате экспортты тоқтатты; журнал файлын қараңыз.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="113" />
            <source>Settings</source>
            <translation>Баптаулар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="115" />
            <source>System default</source>
            <translation>Жүйедегідей</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="126" />
            <source>A new language takes effect when fieldmon is started again.</source>
            <translation>Жаңа тіл fieldmon қайта іске қосылғанда күшіне енеді.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="134" />
            <source>Language:</source>
            <translation>Тіл:</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="136" />
            <source>Officer's name:</source>
            <translation>Маманның аты-жөні:</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="137" />
            <source>Backups to keep:</source>
            <translation>Сақталатын көшірмелер саны:</translation>
        </message>
    </context>
    <context>
        <name>TrainingForm</name>
        <message>
            <location filename="../../src/fieldmon/ui/training_form.py" line="43" />
            <source>New training</source>
            <translation>Жаңа оқыту</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/training_form.py" line="43" />
            <source>Edit training</source>
            <translation>Оқытуды түзету</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/training_form.py" line="56" />
            <source>Present every day</source>
            <translation>Күн сайын қатысу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/training_form.py" line="57" />
            <source>Present at least</source>
            <translation>Қатысу кемінде</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/training_form.py" line="60" />
            <source> day(s)</source>
            <translation> күн</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/training_form.py" line="78" />
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/training_form.py" line="79" />
            <source>Title</source>
            <translation>Атауы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/training_form.py" line="80" />
            <source>Topic</source>
            <translation>Тақырыбы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/training_form.py" line="81" />
            <source>Kind</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/training_form.py" line="82" />
            <source>Start date</source>
            <translation>Басталу күні</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/training_form.py" line="83" />
            <source>Days</source>
            <translation>Күн саны</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/training_form.py" line="84" />
            <source>Completion</source>
            <translation>Аяқтау шарты</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/training_form.py" line="85" />
            <source>Region</source>
            <translation>Облыс</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/training_form.py" line="86" />
            <source>District or town</source>
            <translation>Аудан немесе қала</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/training_form.py" line="87" />
            <source>Venue</source>
            <translation>Өтетін орны</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/training_form.py" line="88" />
            <source>Organizer</source>
            <translation>Ұйымдастырушы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/training_form.py" line="89" />
            <source>Facilitator</source>
            <translation>Тренер</translation>
        </message>
    </context>
    <context>
        <name>TrainingView</name>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="271" />
            <source>Add a participant: type part of the name, then choose or press Enter</source>
            <translation>Қатысушы қосу: атының бір бөлігін теріп, таңдаңыз немесе Enter басыңыз</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="297" />
            <source>Edit event…</source>
            <translation>Іс-шараны түзету…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="299" />
            <location filename="../../src/fieldmon/ui/attendance.py" line="437" />
            <source>Remove participant</source>
            <translation>Қатысушыны алып тастау</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="301" />
            <source>Certificate for the selected…</source>
            <translation>Таңдалғанға сертификат…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="303" />
            <source>Certificates for all who completed…</source>
            <translation>Аяқтағандардың бәріне сертификат…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="333" />
            <source>Training {0}</source>
            <translation>Оқыту {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="337" />
            <source>completed when present every day</source>
            <translation>күн сайын қатысса, аяқтады деп саналады</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/attendance.py" line="339" />
            <source>completed when present at least %n day(s)</source>
            <translation>
                <numerusform>кемінде %n күн қатысса, аяқтады деп саналады</numerusform>
                <numerusform>кемінде %n күн қатысса, аяқтады деп саналады</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/attendance.py" line="346" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n күн</numerusform>
                <numerusform>%n күн</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="350" />
            <source>organizer: {0}</source>
            <translation>ұйымдастырушы: {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="351" />
            <source>facilitator: {0}</source>
            <translation>тренер: {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="366" />
            <source>Registered: {0} · present at least one day: {1} · completed: {2} · women: {3}, men: {4} · person-days: {5}</source>
            <translation>Тіркелген: {0} · кемінде бір күн қатысқан: {1} · аяқтаған: {2} · әйелдер: {3}, ерлер: {4} · адам-күн: {5}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="381" />
            <source>{0}, born {1}</source>
            <translation>{0}, {1} жылы туған</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="438" />
            <source>Remove {0} from this training? Their marks are kept in the history.</source>
            <translation>{0} осы оқытудан алып тасталсын ба? Оның белгілері тарихта сақталады.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="463" />
            <location filename="../../src/fieldmon/ui/attendance.py" line="471" />
            <source>No certificate</source>
            <translation>Сертификат жоқ</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="464" />
            <source>Choose a participant who completed the training.</source>
            <translation>Оқытуды аяқтаған қатысушыны таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="471" />
            <source>Nobody has completed it yet.</source>
            <translation>Оны әлі ешкім аяқтаған жоқ.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="477" />
            <source>Save certificates</source>
            <translation>Сертификаттарды сақтау</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="477" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF файлдары (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="484" />
            <source>Cannot save</source>
            <translation>Сақтау мүмкін емес</translation>
        </message>
    </context>
    <context>
        <name>TrainingsPage</name>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="130" />
            <source>Search code, title or topic…</source>
            <translation>Код, атау немесе тақырып бойынша іздеу…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="134" />
            <source>All regions</source>
            <translation>Барлық облыстар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="143" />
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="144" />
            <source>Title</source>
            <translation>Атауы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="145" />
            <source>Kind</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="146" />
            <source>Starts</source>
            <translation>Басталуы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="147" />
            <source>Days</source>
            <translation>Күн саны</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="148" />
            <source>Region</source>
            <translation>Облыс</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="149" />
            <source>Registered</source>
            <translation>Тіркелген</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="150" />
            <source>Completed</source>
            <translation>Аяқтаған</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="157" />
            <source>&amp;New training</source>
            <translation>&amp;Жаңа оқыту</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="160" />
            <source>&amp;Open</source>
            <translation>&amp;Ашу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="198" />
            <source>Showing the newest {0}; search to narrow.</source>
            <translation>Ең соңғы {0} көрсетілген; нақтылау үшін іздеңіз.</translation>
        </message>
    </context>
    <context>
        <name>VisitForm</name>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="105" />
            <source>Not applicable</source>
            <translation>Қолданылмайды</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="105" />
            <source>Yes</source>
            <translation>Иә</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="105" />
            <source>No</source>
            <translation>Жоқ</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="142" />
            <source>Visit date*</source>
            <translation>Сапар күні*</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="143" />
            <source>Officer*</source>
            <translation>Маман*</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="144" />
            <source>Region*</source>
            <translation>Облыс*</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="145" />
            <source>District</source>
            <translation>Аудан</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="146" />
            <source>Settlement</source>
            <translation>Елді мекен</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="147" />
            <source>Site*</source>
            <translation>Нысан*</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="148" />
            <source>Site type</source>
            <translation>Нысан түрі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="149" />
            <source>Purpose*</source>
            <translation>Мақсаты*</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="150" />
            <source>Funds used as intended*</source>
            <translation>Қаражат мақсатына сай пайдаланылды*</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="151" />
            <source>Equipment in place and working</source>
            <translation>Жабдық орнында және жұмыс істейді</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="152" />
            <source>Beneficiaries served</source>
            <translation>Қамтылған пайда алушылар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="153" />
            <source>Overall rating*</source>
            <translation>Жалпы баға*</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="154" />
            <source>Findings</source>
            <translation>Анықталғандар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="155" />
            <source>Follow-up action</source>
            <translation>Келесі әрекет</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="156" />
            <source>Follow-up due</source>
            <translation>Келесі әрекет мерзімі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="157" />
            <source>Follow-up closed on</source>
            <translation>Келесі әрекет орындалған күн</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="158" />
            <source>GPS latitude</source>
            <translation>GPS ендігі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="159" />
            <source>GPS longitude</source>
            <translation>GPS бойлығы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="162" />
            <location filename="../../src/fieldmon/ui/visit_form.py" line="275" />
            <source>Visit</source>
            <translation>Сапар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="163" />
            <source>Site</source>
            <translation>Нысан</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="164" />
            <source>Checklist</source>
            <translation>Тексеру тізімі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="165" />
            <source>Findings and follow-up</source>
            <translation>Анықталғандар және келесі әрекет</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="166" />
            <source>Location</source>
            <translation>Орналасқан жері</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="188" />
            <source>&amp;Save</source>
            <translation>&amp;Сақтау</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="190" />
            <source>Save and close (Ctrl+S)</source>
            <translation>Сақтау және жабу (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="191" />
            <source>Save and &amp;new</source>
            <translation>Сақтау және &amp;жаңа</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="193" />
            <source>Save and start the next visit (Ctrl+Shift+S)</source>
            <translation>Сақтап, келесі сапарды бастау (Ctrl+Shift+S)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="194" />
            <source>&amp;Delete</source>
            <translation>&amp;Өшіру</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="196" />
            <source>&amp;History…</source>
            <translation>&amp;Тарих…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="197" />
            <source>Close</source>
            <translation>Жабу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="275" />
            <source>New visit</source>
            <translation>Жаңа сапар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="323" />
            <source>Created by {0} on {1}; last changed by {2} on {3}.</source>
            <translation>Құрған: {0}, {1}; соңғы өзгерткен: {2}, {3}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="446" />
            <source>Cannot save</source>
            <translation>Сақтау мүмкін емес</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="484" />
            <source>History of this visit</source>
            <translation>Сапар тарихы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="487" />
            <source>When</source>
            <translation>Қашан</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="487" />
            <source>Who</source>
            <translation>Кім</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="487" />
            <source>Action</source>
            <translation>Әрекет</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="487" />
            <source>Changes</source>
            <translation>Өзгерістер</translation>
        </message>
    </context>
    <context>
        <name>VisitTableModel</name>
        <message>
            <location filename="../../src/fieldmon/ui/visits_model.py" line="35" />
            <source>Date</source>
            <translation>Күні</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_model.py" line="36" />
            <source>Site</source>
            <translation>Нысан</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_model.py" line="37" />
            <source>Type</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_model.py" line="38" />
            <source>Settlement / district</source>
            <translation>Елді мекен / аудан</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_model.py" line="39" />
            <source>Region</source>
            <translation>Облыс</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_model.py" line="40" />
            <source>Officer</source>
            <translation>Маман</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_model.py" line="41" />
            <source>Purpose</source>
            <translation>Мақсаты</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_model.py" line="42" />
            <source>Rating</source>
            <translation>Баға</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_model.py" line="43" />
            <source>Follow-up due</source>
            <translation>Келесі әрекет мерзімі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_model.py" line="140" />
            <source>Follow-up overdue</source>
            <translation>Келесі әрекет мерзімі өткен</translation>
        </message>
    </context>
    <context>
        <name>VisitsPage</name>
        <message>
            <location filename="../../src/fieldmon/ui/visits_page.py" line="42" />
            <source>Search site, settlement or district…</source>
            <translation>Нысан, елді мекен немесе аудан бойынша іздеу…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_page.py" line="47" />
            <source>All regions</source>
            <translation>Барлық облыстар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_page.py" line="60" />
            <source>Clear filters</source>
            <translation>Сүзгілерді тазалау</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_page.py" line="66" />
            <source>From</source>
            <translation>Басы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_page.py" line="68" />
            <source>to</source>
            <translation>соңы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_page.py" line="100" />
            <source>&amp;New visit</source>
            <translation>&amp;Жаңа сапар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_page.py" line="102" />
            <source>&amp;Open</source>
            <translation>&amp;Ашу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_page.py" line="103" />
            <source>De&amp;lete</source>
            <translation>Ө&amp;шіру</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_page.py" line="139" />
            <source>All officers</source>
            <translation>Барлық мамандар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_page.py" line="152" />
            <source>Write dates as dd.mm.yyyy.</source>
            <translation>Күндерді кк.аа.жжжж түрінде жазыңыз.</translation>
        </message>
    </context>
    <context>
        <name>fieldmon</name>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="66" />
            <source>Microcredit business</source>
            <translation>Микрокредит алған бизнес</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="67" />
            <source>Microleasing equipment</source>
            <translation>Микролизинг жабдығы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="68" />
            <source>Small-grant project</source>
            <translation>Шағын грант жобасы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="69" />
            <source>Health facility</source>
            <translation>Медициналық мекеме</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="70" />
            <source>Child development room</source>
            <translation>Бала дамыту кабинеті</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="71" />
            <source>NGO / community centre</source>
            <translation>ҮЕҰ / қоғамдық орталық</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="72" />
            <location filename="../../src/fieldmon/domain/choices.py" line="78" />
            <location filename="../../src/fieldmon/domain/trainings.py" line="77" />
            <source>Other</source>
            <translation>Басқа</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="75" />
            <source>Routine monitoring</source>
            <translation>Жоспарлы мониторинг</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="76" />
            <source>Verification of use of funds</source>
            <translation>Қаражаттың пайдаланылуын тексеру</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="77" />
            <source>Follow-up</source>
            <translation>Қайталама сапар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="81" />
            <location filename="../../src/fieldmon/services/report_data.py" line="69" />
            <source>Yes</source>
            <translation>Иә</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="82" />
            <source>Partly</source>
            <translation>Ішінара</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="83" />
            <location filename="../../src/fieldmon/services/report_data.py" line="70" />
            <source>No</source>
            <translation>Жоқ</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="84" />
            <source>Not applicable</source>
            <translation>Қолданылмайды</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="87" />
            <source>On track</source>
            <translation>Жоспар бойынша</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="88" />
            <source>Minor issues</source>
            <translation>Шағын кемшіліктер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="89" />
            <source>Serious issues</source>
            <translation>Елеулі кемшіліктер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="71" />
            <source>Microcredit</source>
            <translation>Микрокредит</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="72" />
            <source>Microleasing</source>
            <translation>Микролизинг</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="78" />
            <source>Flat</source>
            <translation>Тіркелген пайыз</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="79" />
            <source>Declining balance</source>
            <translation>Азаятын қалдыққа</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="85" />
            <source>Repaid</source>
            <translation>Өтелген</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="86" />
            <source>Overdue</source>
            <translation>Мерзімі өткен</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="87" />
            <source>Due next quarter</source>
            <translation>Мерзімі келесі тоқсанда</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="88" />
            <source>Current</source>
            <translation>Ағымдағы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="94" />
            <source>Female</source>
            <translation>Әйел</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="95" />
            <source>Male</source>
            <translation>Ер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="101" />
            <source>Individual</source>
            <translation>Жеке</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="102" />
            <source>Group (2–3 people)</source>
            <translation>Топ (2–3 адам)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="323" />
            <source>A loan number has at most {max} letters, digits, '-', '/' or '.'.</source>
            <translation>Қарыз нөмірінде ең көбі {max} таңба болады: әріптер, цифрлар, '-', '/' немесе '.'.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="326" />
            <source>The principal must be more than 0 and at most {max}.</source>
            <translation>Негізгі сома 0-ден көп, ең көбі {max} болуы керек.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="329" />
            <source>{currency} amounts have at most {places} digits after the decimal point.</source>
            <translation>{currency} сомаларында үтірден кейін ең көбі {places} цифр болады.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="332" />
            <source>The annual rate must be from 0 to {max} %.</source>
            <translation>Жылдық мөлшерлеме 0 мен {max} % аралығында болуы керек.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="333" />
            <source>The term must be from 1 to {max} months.</source>
            <translation>Мерзім 1 мен {max} ай аралығында болуы керек.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="334" />
            <source>The disbursement date cannot be in the future (today is {today}).</source>
            <translation>Қарыз берілген күн болашақта бола алмайды (бүгін {today}).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="337" />
            <source>The date must be in the year 2000 or later.</source>
            <translation>Күн 2000 жылдан ерте болмауы керек.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="338" />
            <source>The first due date must be after the disbursement date ({disbursed}).</source>
            <translation>Бірінші өтеу мерзімі қарыз берілген күннен ({disbursed}) кейін болуы керек.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="341" />
            <source>The first due date must be within a year of the disbursement date.</source>
            <translation>Бірінші өтеу мерзімі қарыз берілген күннен бастап бір жыл ішінде болуы керек.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="344" />
            <source>The committee approval must be on or before the disbursement ({disbursed}).</source>
            <translation>Комитеттің мақұлдауы қарыз берілген күннен ({disbursed}) кеш болмауы керек.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="347" />
            <source>The amount must be more than 0.</source>
            <translation>Сома 0-ден көп болуы керек.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="348" />
            <source>The repayment cannot be dated before the disbursement ({disbursed}).</source>
            <translation>Өтеу күні қарыз берілген күннен ({disbursed}) ерте бола алмайды.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="351" />
            <source>The repayment date cannot be in the future (today is {today}).</source>
            <translation>Өтеу күні болашақта бола алмайды (бүгін {today}).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="354" />
            <source>The amount is more than the {outstanding} still owed on this loan.</source>
            <translation>Сома осы қарыз бойынша өтелмеген қалдықтан ({outstanding}) көп.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="357" />
            <source>This loan is fully repaid; nothing is owed.</source>
            <translation>Бұл қарыз толық өтелген; өтелмеген қалдық жоқ.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/money.py" line="38" />
            <source>KZT (tenge)</source>
            <translation>KZT (теңге)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/money.py" line="39" />
            <source>USD (US dollar)</source>
            <translation>USD (АҚШ доллары)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/money.py" line="79" />
            <source>'{value}' is ambiguous: {grouped} or {decimal}? Write {whole} or {decimal}.</source>
            <translation>«{value}» екіұшты: {grouped} әлде {decimal}? {whole} немесе {decimal} деп жазыңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/people.py" line="20" />
            <source>The birth year must be from {min} to {max}.</source>
            <translation>Туған жыл {min} және {max} аралығында болуы керек.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/people.py" line="21" />
            <source>This IIN belongs to a man, but the sex given is female.</source>
            <translation>Бұл ЖСН ер адамға тиесілі, бірақ жынысы әйел деп көрсетілген.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/people.py" line="24" />
            <source>This IIN belongs to a woman, but the sex given is male.</source>
            <translation>Бұл ЖСН әйелге тиесілі, бірақ жынысы ер деп көрсетілген.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/people.py" line="27" />
            <source>This IIN gives the birth date {born}, but the birth year given is {year}.</source>
            <translation>Бұл ЖСН бойынша туған күн {born}, бірақ туған жыл {year} деп көрсетілген.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/people.py" line="30" />
            <source>'{value}' is not a Kazakhstan phone number; write it like +7 701 234 56 78.</source>
            <translation>«{value}» қазақстандық телефон нөмірі емес; +7 701 234 56 78 түрінде жазыңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/people.py" line="34" />
            <source>An IIN has exactly 12 digits.</source>
            <translation>ЖСН дәл 12 цифрдан тұрады.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/people.py" line="35" />
            <source>The IIN's check digit is wrong; check for a typing error.</source>
            <translation>ЖСН-нің бақылау цифры дұрыс емес; теру қатесі жоқ па, тексеріңіз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/people.py" line="38" />
            <source>The IIN's 7th digit (century and sex) must be 1 to 6.</source>
            <translation>ЖСН-нің 7-цифры (ғасыр мен жыныс) 1 мен 6 аралығында болуы керек.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/people.py" line="41" />
            <source>The IIN does not start with a real birth date (YYMMDD).</source>
            <translation>ЖСН нақты туған күннен (ЖЖААКК) басталмайды.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="57" />
            <source>Seminar</source>
            <translation>Семинар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="58" />
            <source>Master class</source>
            <translation>Шеберлік сыныбы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="59" />
            <source>Workshop</source>
            <translation>Практикум</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="60" />
            <source>Round table</source>
            <translation>Дөңгелек үстел</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="61" />
            <source>Course</source>
            <translation>Курс</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="62" />
            <source>Consultation</source>
            <translation>Кеңес беру</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="68" />
            <source>Health professional</source>
            <translation>Медицина қызметкері</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="69" />
            <source>Volunteer</source>
            <translation>Ерікті</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="70" />
            <source>Entrepreneur</source>
            <translation>Кәсіпкер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="71" />
            <source>Farmer</source>
            <translation>Фермер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="72" />
            <source>Local government</source>
            <translation>Жергілікті атқарушы орган</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="73" />
            <source>NGO / initiative group</source>
            <translation>ҮЕҰ / бастамашыл топ</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="74" />
            <source>Journalist</source>
            <translation>Журналист</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="75" />
            <source>Teacher</source>
            <translation>Мұғалім</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="76" />
            <source>Unemployed</source>
            <translation>Жұмыссыз</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="92" />
            <source>An event lasts from 1 to {max} days.</source>
            <translation>Іс-шара ұзақтығы 1 мен {max} күн аралығында болады.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="93" />
            <source>The days needed to complete must be from 1 to the event's {days} days.</source>
            <translation>Аяқтауға қажет күн саны 1 мен {days} (іс-шара ұзақтығы) аралығында болуы керек.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="96" />
            <source>A test score is a whole number from 0 to 100.</source>
            <translation>Тест балы — 0 мен 100 аралығындағы бүтін сан.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="97" />
            <source>A training code has letters, digits and - / . _ only, without spaces.</source>
            <translation>Оқыту коды тек әріптерден, цифрлардан және - / . _ таңбаларынан тұрады, бос орынсыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="22" />
            <source>Required.</source>
            <translation>Міндетті өріс.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="23" />
            <source>The visit date cannot be in the future (today is {today}).</source>
            <translation>Сапар күні болашақта бола алмайды (бүгін {today}).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="26" />
            <source>The visit date must be in the year 2000 or later.</source>
            <translation>Сапар күні 2000 жылдан ерте болмауы керек.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="27" />
            <source>The follow-up due date must be on or after the visit date ({visit_date}).</source>
            <translation>Келесі әрекеттің мерзімі сапар күнінен ({visit_date}) ерте болмауы керек.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="30" />
            <source>Describe the follow-up action, or clear its due date.</source>
            <translation>Келесі әрекетті сипаттаңыз немесе оның мерзімін тазартыңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="33" />
            <source>Give the follow-up action a due date.</source>
            <translation>Келесі әрекеттің мерзімін көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="34" />
            <source>The follow-up cannot be closed before the visit date ({visit_date}).</source>
            <translation>Келесі әрекетті сапар күнінен ({visit_date}) бұрын жабуға болмайды.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="37" />
            <source>The follow-up cannot be closed on a future date.</source>
            <translation>Келесі әрекетті болашақ күнмен жабуға болмайды.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="38" />
            <source>There is no follow-up action to close.</source>
            <translation>Жабатын келесі әрекет жоқ.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="39" />
            <source>Beneficiaries must be a whole number from 0 to {max}.</source>
            <translation>Пайда алушылар саны 0 мен {max} аралығындағы бүтін сан болуы керек.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="42" />
            <source>'{value}' is not a number.</source>
            <translation>«{value}» сан емес.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="43" />
            <source>Latitude must be between {min} and {max} (inside Kazakhstan).</source>
            <translation>Ендік {min} және {max} аралығында болуы керек (Қазақстан аумағында).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="46" />
            <source>Longitude must be between {min} and {max} (inside Kazakhstan).</source>
            <translation>Бойлық {min} және {max} аралығында болуы керек (Қазақстан аумағында).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="49" />
            <source>Give both latitude and longitude, or neither.</source>
            <translation>Ендікті де, бойлықты да көрсетіңіз немесе екеуін де бос қалдырыңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="50" />
            <source>Too long: at most {max} characters.</source>
            <translation>Тым ұзын: ең көбі {max} таңба.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="152" />
            <source>Choose the type of the new site.</source>
            <translation>Жаңа нысанның түрін таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="153" />
            <source>Choose the region of the site.</source>
            <translation>Нысанның облысын таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="167" />
            <source>'{value}' is not a date; write it as dd.mm.yyyy.</source>
            <translation>«{value}» күн емес; кк.аа.жжжж түрінде жазыңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="168" />
            <source>'{value}' is not a whole number.</source>
            <translation>«{value}» бүтін сан емес.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="63" />
            <source>This quarter ({0})</source>
            <translation>Осы тоқсан ({0})</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="64" />
            <source>Previous quarter ({0})</source>
            <translation>Алдыңғы тоқсан ({0})</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="68" />
            <source>This period ({0})</source>
            <translation>Осы кезең ({0})</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="69" />
            <source>Previous period ({0})</source>
            <translation>Алдыңғы кезең ({0})</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="70" />
            <source>Year to date ({0}–{1})</source>
            <translation>Жыл басынан бері ({0}–{1})</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="124" />
            <source>Monitoring visits</source>
            <translation>Мониторингтік сапарлар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="126" />
            <location filename="../../src/fieldmon/services/report_data.py" line="240" />
            <source>Visits</source>
            <translation>Сапарлар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="127" />
            <source>Sites visited</source>
            <translation>Барылған нысандар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="130" />
            <source>Follow-up actions due and still open at the period's end</source>
            <translation>Кезең соңында мерзімі жеткен, бірақ әлі жабылмаған келесі әрекеттер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="138" />
            <location filename="../../src/fieldmon/reports/quarterly.py" line="521" />
            <source>Visits by region</source>
            <translation>Облыстар бойынша сапарлар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="143" />
            <source>Microcredit and microleasing</source>
            <translation>Микрокредит және микролизинг</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="147" />
            <source>Loans disbursed by the period's end</source>
            <translation>Кезең соңына дейін берілген қарыздар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="151" />
            <source>Loans disbursed in the period</source>
            <translation>Кезеңде берілген қарыздар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="153" />
            <source>Repayments received</source>
            <translation>Алынған өтеулер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="155" />
            <source>Amount repaid, {0}</source>
            <translation>Өтелген сома, {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="161" />
            <source>Loans by status at the period's end</source>
            <translation>Кезең соңындағы күйі бойынша қарыздар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="174" />
            <source>Loans by product</source>
            <translation>Өнімдер бойынша қарыздар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="179" />
            <source>Outstanding principal and PAR30 by currency</source>
            <translation>Валюталар бойынша өтелмеген негізгі сома және PAR30</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="183" />
            <source>Outstanding principal, {0}</source>
            <translation>Өтелмеген негізгі сома, {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="188" />
            <source>Portfolio at risk over 30 days, {0}</source>
            <translation>30 күннен астам тәуекелдегі портфель, {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="195" />
            <source>Training</source>
            <translation>Оқыту</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="197" />
            <source>Training events</source>
            <translation>Оқыту іс-шаралары</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="200" />
            <source>People trained (each person counted once)</source>
            <translation>Оқытылған адамдар (әр адам бір рет есептеледі)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="204" />
            <source>Participations (a person at two events: two)</source>
            <translation>Қатысулар (екі іс-шараға қатысқан адам — екі)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="208" />
            <source>Participations completed</source>
            <translation>Аяқталған қатысулар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="210" />
            <location filename="../../src/fieldmon/services/report_data.py" line="634" />
            <source>Person-days</source>
            <translation>Адам-күн</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="215" />
            <location filename="../../src/fieldmon/reports/quarterly.py" line="531" />
            <source>People trained by sex</source>
            <translation>Жынысы бойынша оқытылғандар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="217" />
            <location filename="../../src/fieldmon/services/report_data.py" line="631" />
            <source>Women</source>
            <translation>Әйелдер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="218" />
            <location filename="../../src/fieldmon/services/report_data.py" line="632" />
            <source>Men</source>
            <translation>Ерлер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="223" />
            <source>People trained by age group</source>
            <translation>Жас тобы бойынша оқытылғандар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="228" />
            <source>People trained by category</source>
            <translation>Санаты бойынша оқытылғандар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="233" />
            <source>People trained by region of the event</source>
            <translation>Іс-шара облысы бойынша оқытылғандар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/quarterly.py" line="267" />
            <source> […cut: {0} characters in all]</source>
            <translation> […қысқартылды: барлығы {0} таңба]</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/quarterly.py" line="307" />
            <source>{0} has more rows than an Excel sheet holds; it continues on {1}.</source>
            <translation>{0} парағындағы жолдар Excel парағына сыймайды; жалғасы — {1} парағында.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/quarterly.py" line="387" />
            <source>{0} cells held more text than an Excel cell can; their text was cut: {1}</source>
            <translation>{0} ұяшықтағы мәтін Excel ұяшығына сыймады; мәтіні қысқартылды: {1}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/quarterly.py" line="402" />
            <source>Total</source>
            <translation>Барлығы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/quarterly.py" line="439" />
            <source>Summary</source>
            <translation>Жиынтық</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/quarterly.py" line="459" />
            <source>Project monitoring report</source>
            <translation>Жоба мониторингі туралы есеп</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/quarterly.py" line="468" />
            <source>All regions</source>
            <translation>Барлық облыстар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/quarterly.py" line="470" />
            <source>Period</source>
            <translation>Кезең</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/quarterly.py" line="471" />
            <location filename="../../src/fieldmon/services/report_data.py" line="244" />
            <location filename="../../src/fieldmon/services/report_data.py" line="319" />
            <location filename="../../src/fieldmon/services/report_data.py" line="409" />
            <location filename="../../src/fieldmon/services/report_data.py" line="479" />
            <location filename="../../src/fieldmon/services/report_data.py" line="624" />
            <location filename="../../src/fieldmon/services/report_data.py" line="704" />
            <source>Region</source>
            <translation>Облыс</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/quarterly.py" line="472" />
            <source>Generated</source>
            <translation>Жасалды</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/quarterly.py" line="473" />
            <source>fieldmon version</source>
            <translation>fieldmon нұсқасы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/quarterly.py" line="478" />
            <source>Indicator</source>
            <translation>Индикатор</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/quarterly.py" line="480" />
            <source>Key (fieldmon summary --json)</source>
            <translation>Кілт (fieldmon summary --json)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/quarterly.py" line="541" />
            <source>Notes</source>
            <translation>Ескертпелер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loans.py" line="62" />
            <source>Loan number {loan_no} is already used.</source>
            <translation>Қарыз нөмірі {loan_no} бұрыннан қолданылған.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loans.py" line="63" />
            <source>A group has 2 or 3 members.</source>
            <translation>Топта 2 немесе 3 адам болады.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loans.py" line="64" />
            <source>An individual borrower is one person.</source>
            <translation>Жеке қарыз алушы — бір адам.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loans.py" line="65" />
            <source>The same person is listed twice in the group.</source>
            <translation>Топта бір адам екі рет көрсетілген.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loans.py" line="66" />
            <source>This loan has repayments; reverse them before changing its amount, rate, term or dates.</source>
            <translation>Бұл қарыз бойынша өтеулер бар; сомасын, мөлшерлемесін, мерзімін не күндерін өзгертпес бұрын оларды кері қайтарыңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loans.py" line="70" />
            <source>Receipt {receipt_no} is already posted on this loan.</source>
            <translation>Түбіртек {receipt_no} осы қарыз бойынша бұрыннан тіркелген.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loans.py" line="73" />
            <source>Say why the repayment is reversed.</source>
            <translation>Өтеуді кері қайтару себебін көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="124" />
            <source>There is no file '{file}'.</source>
            <translation>«{file}» файлы жоқ.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="125" />
            <source>'{file}' is not a fieldmon data package.</source>
            <translation>«{file}» fieldmon деректер пакеті емес.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="126" />
            <source>The package holds a file with an unsafe name, '{name}'; it was not imported.</source>
            <translation>Пакетте қауіпті атаулы файл бар: «{name}»; пакет импортталмады.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="129" />
            <source>The package holds an unexpected file, '{name}'; it was not imported.</source>
            <translation>Пакетте күтілмеген файл бар: «{name}»; пакет импортталмады.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="132" />
            <source>The package was made by a newer fieldmon (package format {format}); update fieldmon to import it.</source>
            <translation>Пакет fieldmon бағдарламасының жаңарақ нұсқасында жасалған (пакет пішімі {format}); оны импорттау үшін fieldmon бағдарламасын жаңартыңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="137" />
            <source>The package's manifest is damaged ({problem}); it was not imported.</source>
            <translation>Пакеттің тізімдемесі бүлінген ({problem}); пакет импортталмады.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="140" />
            <source>The package lacks '{name}', which its manifest lists; it was not imported.</source>
            <translation>Пакетте тізімдемеде көрсетілген «{name}» файлы жоқ; пакет импортталмады.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="143" />
            <source>'{name}' in the package is not the size its manifest gives; the file is damaged.</source>
            <translation>Пакеттегі «{name}» өлшемі тізімдемедегімен сәйкес келмейді; файл бүлінген.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="147" />
            <source>'{name}' in the package does not match its checksum; the file was changed or damaged.</source>
            <translation>Пакеттегі «{name}» бақылау сомасына сәйкес келмейді; файл өзгертілген немесе бүлінген.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="151" />
            <source>'{name}' in the package is damaged and cannot be read; it was not imported.</source>
            <translation>Пакеттегі «{name}» бүлінген, оны оқу мүмкін емес; пакет импортталмады.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="154" />
            <source>'{name}' line {line}: {problem}.</source>
            <translation>«{name}», {line}-жол: {problem}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="155" />
            <source>'{name}' in the package is larger than the {count} lines its manifest lists can be; the package is damaged or not from fieldmon.</source>
            <translation>Пакеттегі «{name}» тізімдемеде көрсетілген {count} жол сыятын көлемнен үлкен; пакет бүлінген немесе fieldmon пакеті емес.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="160" />
            <source>'{name}' line {line}: a line is longer than {limit}; the package is damaged or not from fieldmon.</source>
            <translation>«{name}», {line}-жол: жол ұзындығы {limit} шегінен асады; пакет бүлінген немесе fieldmon пакеті емес.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="165" />
            <source>'{name}' line {line}: the manifest lists only {expected} lines; the package is damaged or not from fieldmon.</source>
            <translation>«{name}», {line}-жол: тізімдемеде тек {expected} жол көрсетілген; пакет бүлінген немесе fieldmon пакеті емес.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="170" />
            <source>'{name}' holds {found} records but the manifest says {expected}.</source>
            <translation>«{name}» ішінде {found} жазба бар, ал тізімдемеде {expected} деп көрсетілген.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="173" />
            <source>'{name}' line {line}: {column} {value} is neither in the package nor in this database.</source>
            <translation>«{name}», {line}-жол: {column} {value} пакетте де, осы дерекқорда да жоқ.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="177" />
            <source>'{name}' line {line}: {column} '{value}' belongs to another record in this database.</source>
            <translation>«{name}», {line}-жол: {column} «{value}» осы дерекқордағы басқа жазбаға тиесілі.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="71" />
            <source>Open</source>
            <translation>Ашық</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="72" />
            <source>Closed</source>
            <translation>Жабық</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="73" />
            <source>Not in arrears</source>
            <translation>Мерзімі өтпеген</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="75" />
            <source>1–30 days</source>
            <translation>1–30 күн</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="76" />
            <source>31–60 days</source>
            <translation>31–60 күн</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="77" />
            <source>61–90 days</source>
            <translation>61–90 күн</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="78" />
            <source>91–180 days</source>
            <translation>91–180 күн</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="79" />
            <source>Over 180 days</source>
            <translation>180 күннен астам</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="242" />
            <source>Date</source>
            <translation>Күні</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="243" />
            <location filename="../../src/fieldmon/services/report_data.py" line="318" />
            <source>Officer</source>
            <translation>Маман</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="245" />
            <source>District</source>
            <translation>Аудан</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="246" />
            <location filename="../../src/fieldmon/services/report_data.py" line="410" />
            <source>Settlement</source>
            <translation>Елді мекен</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="247" />
            <location filename="../../src/fieldmon/services/report_data.py" line="320" />
            <source>Site</source>
            <translation>Нысан</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="248" />
            <source>Site type</source>
            <translation>Нысан түрі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="249" />
            <location filename="../../src/fieldmon/services/report_data.py" line="412" />
            <source>Purpose</source>
            <translation>Мақсаты</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="250" />
            <source>Funds used as intended</source>
            <translation>Қаражат мақсатына сай пайдаланылды</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="251" />
            <source>Equipment in place and working</source>
            <translation>Жабдық орнында және жұмыс істейді</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="252" />
            <source>Beneficiaries served</source>
            <translation>Қызмет көрсетілген пайда алушылар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="253" />
            <source>Rating</source>
            <translation>Баға</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="254" />
            <source>Findings</source>
            <translation>Анықталғандар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="255" />
            <location filename="../../src/fieldmon/services/report_data.py" line="321" />
            <source>Follow-up action</source>
            <translation>Келесі әрекет</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="256" />
            <source>Follow-up due</source>
            <translation>Келесі әрекет мерзімі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="257" />
            <source>Follow-up closed</source>
            <translation>Келесі әрекет жабылды</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="258" />
            <source>Latitude</source>
            <translation>Ендік</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="259" />
            <source>Longitude</source>
            <translation>Бойлық</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="315" />
            <source>Follow-ups</source>
            <translation>Келесі әрекеттер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="317" />
            <source>Visit date</source>
            <translation>Сапар күні</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="322" />
            <source>Due</source>
            <translation>Мерзімі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="323" />
            <source>Closed on</source>
            <translation>Жабылған күні</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="324" />
            <source>State at the period's end</source>
            <translation>Кезең соңындағы күйі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="325" />
            <source>Days overdue at the period's end</source>
            <translation>Кезең соңындағы кешіктірілген күндер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="404" />
            <location filename="../../src/fieldmon/services/report_data.py" line="535" />
            <source>Loans</source>
            <translation>Қарыздар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="406" />
            <location filename="../../src/fieldmon/services/report_data.py" line="477" />
            <source>Loan number</source>
            <translation>Қарыз нөмірі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="407" />
            <location filename="../../src/fieldmon/services/report_data.py" line="478" />
            <source>Borrower</source>
            <translation>Қарыз алушы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="408" />
            <source>Borrower type</source>
            <translation>Қарыз алушы түрі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="411" />
            <source>Product</source>
            <translation>Өнім</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="413" />
            <location filename="../../src/fieldmon/services/report_data.py" line="480" />
            <location filename="../../src/fieldmon/services/report_data.py" line="534" />
            <source>Currency</source>
            <translation>Валюта</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="414" />
            <source>Principal</source>
            <translation>Негізгі сома</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="415" />
            <source>Disbursed on</source>
            <translation>Берілген күні</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="416" />
            <source>Term, months</source>
            <translation>Мерзімі, ай</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="417" />
            <source>Annual rate, %</source>
            <translation>Жылдық мөлшерлеме, %</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="418" />
            <source>Interest method</source>
            <translation>Пайыз есептеу әдісі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="419" />
            <source>Paid by the period's end</source>
            <translation>Кезең соңына дейін төленген</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="420" />
            <location filename="../../src/fieldmon/services/report_data.py" line="536" />
            <source>Outstanding principal</source>
            <translation>Өтелмеген негізгі сома</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="421" />
            <source>Status</source>
            <translation>Күйі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="422" />
            <source>Oldest unpaid instalment</source>
            <translation>Ең ерте төленбеген жарна</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="423" />
            <location filename="../../src/fieldmon/services/report_data.py" line="533" />
            <source>Days in arrears</source>
            <translation>Кешіктірілген күндер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="424" />
            <source>Arrears bucket</source>
            <translation>Кешіктіру тобы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="474" />
            <source>Repayments</source>
            <translation>Өтеулер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="476" />
            <source>Paid on</source>
            <translation>Төленген күні</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="481" />
            <source>Amount</source>
            <translation>Сома</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="482" />
            <source>Receipt number</source>
            <translation>Түбіртек нөмірі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="483" />
            <source>Recorded by</source>
            <translation>Енгізген</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="531" />
            <source>Arrears ageing</source>
            <translation>Кешіктіру мерзімдері</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="537" />
            <source>Share of outstanding</source>
            <translation>Өтелмеген қалдықтағы үлесі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="616" />
            <source>Trainings</source>
            <translation>Оқытулар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="618" />
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="619" />
            <source>Title</source>
            <translation>Атауы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="620" />
            <source>Topic</source>
            <translation>Тақырыбы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="621" />
            <source>Kind</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="622" />
            <location filename="../../src/fieldmon/services/report_data.py" line="697" />
            <source>Start date</source>
            <translation>Басталу күні</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="623" />
            <location filename="../../src/fieldmon/services/report_data.py" line="705" />
            <source>Days</source>
            <translation>Күн саны</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="625" />
            <source>Place</source>
            <translation>Орны</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="626" />
            <source>Venue</source>
            <translation>Өткізу алаңы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="627" />
            <source>Organizer</source>
            <translation>Ұйымдастырушы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="628" />
            <source>Facilitator</source>
            <translation>Тренер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="629" />
            <source>Registered</source>
            <translation>Тіркелгендер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="630" />
            <source>Present</source>
            <translation>Қатысқандар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="633" />
            <location filename="../../src/fieldmon/services/report_data.py" line="707" />
            <source>Completed</source>
            <translation>Аяқтағандар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="693" />
            <source>Attendance</source>
            <translation>Қатысу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="695" />
            <source>Event code</source>
            <translation>Іс-шара коды</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="696" />
            <source>Event</source>
            <translation>Іс-шара</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="698" />
            <source>Participant</source>
            <translation>Қатысушы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="699" />
            <source>Sex</source>
            <translation>Жынысы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="700" />
            <source>Birth year</source>
            <translation>Туған жылы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="701" />
            <source>Age group</source>
            <translation>Жас тобы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="702" />
            <source>Category</source>
            <translation>Санаты</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="703" />
            <source>Organization</source>
            <translation>Ұйым</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="706" />
            <source>Days present</source>
            <translation>Қатысқан күндер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="708" />
            <source>Score before</source>
            <translation>Бастапқы балл</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="709" />
            <source>Score after</source>
            <translation>Қорытынды балл</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/trainings.py" line="33" />
            <source>Choose the region or city.</source>
            <translation>Облысты немесе қаланы таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/trainings.py" line="34" />
            <source>Training {code} is already recorded.</source>
            <translation>{code} кодты оқыту бұрыннан тіркелген.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/trainings.py" line="35" />
            <source>Participants are marked present on day {day}; untick them before shortening.</source>
            <translation>{day}-күні қатысушылар қатысты деп белгіленген; қысқартпас бұрын белгілерді алып тастаңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/trainings.py" line="38" />
            <source>This IIN is {name}'s, who is already in the registry; choose them instead.</source>
            <translation>Бұл ЖСН тізілімде бұрыннан бар {name} деген адамға тиесілі; соны таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/trainings.py" line="41" />
            <source>{name} is already registered at this training.</source>
            <translation>{name} осы оқытуға бұрыннан тіркелген.</translation>
        </message>
    </context>
</TS>
