<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
    <context>
        <name>App</name>
        <message>
            <location filename="../../src/fieldmon/ui/app.py" line="57" />
            <source>Something went wrong and the action was not completed. Your saved data is safe. Details are in the log file: {0}</source>
            <translation>Бірдеңе дұрыс болмай, әрекет орындалмады. Сақталған деректеріңіз аман. Толығырақ журнал файлында: {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/app.py" line="86" />
            <source>Wrong password. Type the database's password again:</source>
            <translation>Құпиясөз қате. Дерекқордың құпиясөзін қайта енгізіңіз:</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/app.py" line="88" />
            <source>This database is protected. Its password:</source>
            <translation>Бұл дерекқор қорғалған. Оның құпиясөзі:</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/app.py" line="135" />
            <source>Cannot open the database {0}: {1}</source>
            <translation>{0} дерекқорын ашу мүмкін емес: {1}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/app.py" line="159" />
            <source>The database {0} is damaged or is not a fieldmon database.

Restore the newest good backup, {1}? The damaged file is kept beside it.</source>
            <translation>{0} дерекқоры бүлінген немесе fieldmon дерекқоры емес.

Ең соңғы жарамды сақтық көшірмені ({1}) қалпына келтіру керек пе? Бүлінген файл оның жанында сақталады.</translation>
        </message>
    </context>
    <context>
        <name>AttendanceModel</name>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="114" />
            <source>Day {0}
{1}</source>
            <translation>{0}-күн
{1}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="116" />
            <source>Participant</source>
            <translation>Қатысушы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="116" />
            <source>Category</source>
            <translation>Санат</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="116" />
            <source>Organization</source>
            <translation>Ұйым</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="117" />
            <source>Pre-test</source>
            <translation>Бастапқы тест</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="117" />
            <source>Post-test</source>
            <translation>Қорытынды тест</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="117" />
            <source>Days</source>
            <translation>Күн саны</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="117" />
            <source>Completed</source>
            <translation>Аяқтады</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="140" />
            <source>present</source>
            <translation>қатысты</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="140" />
            <source>absent</source>
            <translation>қатыспады</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="158" />
            <source>yes</source>
            <translation>иә</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="192" />
            <source>A test score is a whole number from 0 to 100.</source>
            <translation>Тест балы — 0 мен 100 аралығындағы бүтін сан.</translation>
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
        <name>BackupsArea</name>
        <message>
            <location filename="../../src/fieldmon/ui/areas/backups.py" line="31" />
            <source>&amp;Back up now</source>
            <translation>Сақтық &amp;көшірме жасау</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/backups.py" line="32" />
            <source>Restore fro&amp;m backup…</source>
            <translation>Сақтық көшірмеден қ&amp;алпына келтіру…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/backups.py" line="70" />
            <location filename="../../src/fieldmon/ui/areas/backups.py" line="80" />
            <source>Back up</source>
            <translation>Сақтық көшірме</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/backups.py" line="71" />
            <source>A database on a server is backed up by the server (pg_dump).</source>
            <translation>Сервердегі дерекқордың сақтық көшірмесін сервердің өзі жасайды (pg_dump).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/backups.py" line="77" />
            <source>Backed up to {0}.</source>
            <translation>Сақтық көшірме сақталды: {0}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/backups.py" line="93" />
            <source>Restore from backup</source>
            <translation>Сақтық көшірмеден қалпына келтіру</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/backups.py" line="99" />
            <source>A database on a server is restored by the server (pg_restore).</source>
            <translation>Сервердегі дерекқорды сервердің өзі қалпына келтіреді (pg_restore).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/backups.py" line="104" />
            <source>fieldmon backups (*.db)</source>
            <translation>fieldmon сақтық көшірмелері (*.db)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/backups.py" line="114" />
            <source>{0} is not a good fieldmon backup; nothing was changed.</source>
            <translation>{0} fieldmon үшін жарамды сақтық көшірме емес; ештеңе өзгертілмеді.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/backups.py" line="121" />
            <source>A report or an import is running; restore when it has finished.</source>
            <translation>Есеп не импорт жүріп жатыр; ол аяқталған соң қалпына келтіріңіз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/backups.py" line="128" />
            <source>Replace the database with {0}? The current database is backed up first; the pages then show the restored data.</source>
            <translation>Дерекқорды {0} көшірмесімен ауыстыру керек пе? Алдымен ағымдағы дерекқордың сақтық көшірмесі жасалады; содан кейін беттерде қалпына келтірілген деректер көрсетіледі.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/backups.py" line="152" />
            <source>Restored from {0}.</source>
            <translation>{0} көшірмесінен қалпына келтірілді.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/backups.py" line="154" />
            <source>The database as it was is kept as the backup {0}.</source>
            <translation>Бұрынғы дерекқор {0} сақтық көшірмесі ретінде сақталды.</translation>
        </message>
    </context>
    <context>
        <name>Certificate</name>
        <message>
            <location filename="../../src/fieldmon/ui/certificates.py" line="32" />
            <source>Certificate</source>
            <translation>Сертификат</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/certificates.py" line="33" />
            <source>of completion</source>
            <translation>оқуды аяқтағаны туралы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/certificates.py" line="34" />
            <source>This certifies that</source>
            <translation>Осымен расталады</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/certificates.py" line="36" />
            <source>completed the {kind} “{title}”</source>
            <translation>оқудан өтті: {kind} «{title}»</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/certificates.py" line="17" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n күн</numerusform>
                <numerusform>%n күн</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/certificates.py" line="43" />
            <source>Present on {0} of {1} days</source>
            <translation>{1} күннің {0} күнінде қатысты</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/certificates.py" line="50" />
            <source>Organizer</source>
            <translation>Ұйымдастырушы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/certificates.py" line="51" />
            <source>Facilitator</source>
            <translation>Тренер</translation>
        </message>
    </context>
    <context>
        <name>CollectionSheet</name>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="47" />
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="251" />
            <source>Collection sheet</source>
            <translation>Жинау тізімдемесі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="60" />
            <source>Include earlier unpaid instalments</source>
            <translation>Бұрын төленбеген жарналарды қосу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="63" />
            <source>&amp;Show</source>
            <translation>&amp;Көрсету</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="66" />
            <source>Region</source>
            <translation>Облыс</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="67" />
            <source>District</source>
            <translation>Аудан</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="68" />
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="83" />
            <source>Settlement</source>
            <translation>Елді мекен</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="71" />
            <source>to</source>
            <translation>—</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="76" />
            <source>Due from</source>
            <translation>Мерзімі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="82" />
            <source>Collected</source>
            <translation>Жиналды</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="84" />
            <source>Borrower</source>
            <translation>Қарыз алушы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="85" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="86" />
            <source>Loan no.</source>
            <translation>Қарыз №</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="87" />
            <source>Due</source>
            <translation>Мерзімі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="88" />
            <source>To collect</source>
            <translation>Жиналатын сома</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="89" />
            <source>Receipt no.</source>
            <translation>Түбіртек №</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="103" />
            <source>Post &amp;ticked</source>
            <translation>Белгіленгендерді &amp;тіркеу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="105" />
            <source>Save as &amp;PDF…</source>
            <translation>&amp;PDF ретінде сақтау…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="106" />
            <source>Close</source>
            <translation>Жабу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="109" />
            <source>Collected on</source>
            <translation>Жиналған күні</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="128" />
            <source>Write dates as dd.mm.yyyy.</source>
            <translation>Күндерді кк.аа.жжжж түрінде жазыңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="131" />
            <source>Give the first and the last due date of the period.</source>
            <translation>Кезеңдегі алғашқы және соңғы төлем мерзімін көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="146" />
            <source>Choose a region, district or settlement that has loans.</source>
            <translation>Қарыздары бар облысты, ауданды немесе елді мекенді таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="183" />
            <source>{0} instalments; in all {1}</source>
            <translation>Жарналар: {0}; барлығы {1}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="216" />
            <source>Some rows were not posted</source>
            <translation>Кейбір жолдар тіркелмеді</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="217" />
            <source>{0} posted; not posted:</source>
            <translation>Тіркелді: {0}; тіркелмегендер:</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="263" />
            <source>Save collection sheet</source>
            <translation>Жинау тізімдемесін сақтау</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/collection_sheet.py" line="265" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF файлдары (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>ConflictsPage</name>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="61" />
            <source>Place</source>
            <translation>Орын</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="62" />
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="82" />
            <source>Site</source>
            <translation>Нысан</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="63" />
            <source>Person</source>
            <translation>Адам</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="64" />
            <source>Borrower</source>
            <translation>Қарыз алушы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="65" />
            <source>Loan</source>
            <translation>Қарыз</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="66" />
            <source>Repayment</source>
            <translation>Өтеу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="67" />
            <source>Training</source>
            <translation>Оқыту</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="68" />
            <source>Participant</source>
            <translation>Қатысушы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="69" />
            <source>Visit</source>
            <translation>Сапар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="70" />
            <source>Project</source>
            <translation>Жоба</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="71" />
            <source>Indicator</source>
            <translation>Индикатор</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="72" />
            <source>Indicator value</source>
            <translation>Индикатор мәні</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="73" />
            <source>Attached file</source>
            <translation>Тіркелген файл</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="76" />
            <source>Caption</source>
            <translation>Сипаттама</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="77" />
            <source>File name</source>
            <translation>Файл атауы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="78" />
            <source>Day</source>
            <translation>Күн</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="79" />
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="187" />
            <source>Deleted</source>
            <translation>Өшірілген</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="80" />
            <source>Visit date</source>
            <translation>Сапар күні</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="81" />
            <source>Officer</source>
            <translation>Маман</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="83" />
            <source>Purpose</source>
            <translation>Мақсаты</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="84" />
            <source>Funds used as intended</source>
            <translation>Қаражат мақсатына сай пайдаланылды</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="85" />
            <source>Equipment in working order</source>
            <translation>Жабдық жұмыс істейді</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="86" />
            <source>Beneficiaries</source>
            <translation>Пайда алушылар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="87" />
            <source>Rating</source>
            <translation>Баға</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="88" />
            <source>Findings</source>
            <translation>Анықталғандар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="89" />
            <source>Follow-up</source>
            <translation>Келесі әрекет</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="90" />
            <source>Follow-up due</source>
            <translation>Келесі әрекет мерзімі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="91" />
            <source>Follow-up closed on</source>
            <translation>Келесі әрекет жабылған күні</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="92" />
            <source>Principal</source>
            <translation>Негізгі сома</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="93" />
            <source>Annual rate, %</source>
            <translation>Жылдық мөлшерлеме, %</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="94" />
            <source>Term, months</source>
            <translation>Мерзімі, ай</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="95" />
            <source>Disbursed on</source>
            <translation>Берілген күні</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="96" />
            <source>First instalment due</source>
            <translation>Бірінші жарна мерзімі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="97" />
            <source>Attendance</source>
            <translation>Қатысу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="98" />
            <source>Receipt posted twice</source>
            <translation>Түбіртек екі рет тіркелді</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="99" />
            <source>Pre-test score</source>
            <translation>Бастапқы тест балы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="100" />
            <source>Post-test score</source>
            <translation>Қорытынды тест балы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="101" />
            <source>Full name</source>
            <translation>Аты-жөні</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="102" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="103" />
            <source>IIN</source>
            <translation>ЖСН</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="104" />
            <source>Title</source>
            <translation>Атауы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="105" />
            <source>Start date</source>
            <translation>Басталу күні</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="106" />
            <source>Days</source>
            <translation>Күн саны</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="107" />
            <source>Name</source>
            <translation>Атауы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="108" />
            <source>Group members</source>
            <translation>Топ мүшелері</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="114" />
            <source>Record</source>
            <translation>Жазба</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="115" />
            <source>Field</source>
            <translation>Өріс</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="116" />
            <source>Applied value</source>
            <translation>Қолданылған мән</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="117" />
            <source>Applied edit by</source>
            <translation>Қолданылған түзетуді енгізген</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="118" />
            <source>Other value</source>
            <translation>Басқа мән</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="119" />
            <source>Other edit by</source>
            <translation>Басқа түзетуді енгізген</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="129" />
            <source>&amp;Keep the applied value</source>
            <translation>Қолданылған мәнді &amp;қалдыру</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="131" />
            <source>&amp;Use the other value</source>
            <translation>&amp;Басқа мәнді алу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="137" />
            <source>Both values were edited since the last exchange. The later edit is applied; pick the one that is right.</source>
            <translation>Соңғы алмасудан кейін екі мән де өзгертілген. Кейінгі түзету қолданылды; дұрысын таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="142" />
            <source>No conflicts wait for review.</source>
            <translation>Қарауды күтетін қайшылықтар жоқ.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="170" />
            <source>Found merging data from {0}</source>
            <translation>{0} деректерін біріктіргенде табылды</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="182" />
            <source>Attendance, day {0}</source>
            <translation>Қатысу, {0}-күн</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="187" />
            <source>Not deleted</source>
            <translation>Өшірілмеген</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="191" />
            <source>Yes</source>
            <translation>Иә</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="191" />
            <source>No</source>
            <translation>Жоқ</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="193" />
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n адам</numerusform>
                <numerusform>%n адам</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="235" />
            <source>Cannot settle the conflict</source>
            <translation>Қайшылықты шешу мүмкін болмады</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <location filename="../../src/fieldmon/ui/widgets.py" line="46" />
            <source>dd.mm.yyyy</source>
            <translation>кк.аа.жжжж</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/widgets.py" line="51" />
            <source>Pick from a calendar</source>
            <translation>Күнтізбеден таңдау</translation>
        </message>
    </context>
    <context>
        <name>Deletions</name>
        <message>
            <location filename="../../src/fieldmon/ui/deletions.py" line="91" />
            <source>Delete loan</source>
            <translation>Қарызды өшіру</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/deletions.py" line="85" />
            <source>Delete loan {0}</source>
            <translation>{0} қарызын өшіру</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/deletions.py" line="86" />
            <source>Deleted loan {0}. Ctrl+Z brings it back.</source>
            <translation>{0} қарызы өшірілді. Ctrl+Z оны қайтарады.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/deletions.py" line="113" />
            <source>Delete training</source>
            <translation>Оқытуды өшіру</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/deletions.py" line="105" />
            <source>Delete training {0}</source>
            <translation>{0} оқытуын өшіру</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/deletions.py" line="108" />
            <source>Deleted training {0} and its attendance. Ctrl+Z brings them back.</source>
            <translation>{0} оқытуы қатысу белгілерімен бірге өшірілді. Ctrl+Z оларды қайтарады.</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="40" />
            <source>Unsaved changes</source>
            <translation>Сақталмаған өзгерістер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="42" />
            <source>This form has changes that are not saved. Save them?</source>
            <translation>Бұл пішінде сақталмаған өзгерістер бар. Оларды сақтау керек пе?</translation>
        </message>
    </context>
    <context>
        <name>DraftWriter</name>
        <message>
            <location filename="../../src/fieldmon/ui/form_drafts.py" line="177" />
            <source>Your typing is kept in memory; it could not be saved as a draft yet ({0}).</source>
            <translation>Енгізгеніңіз жадта тұр; оны нобай ретінде әзірге сақтау мүмкін болмады ({0}).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/form_drafts.py" line="187" />
            <source>Your typing is kept in memory; it could not be saved as a draft yet (the database is busy).</source>
            <translation>Енгізгеніңіз жадта тұр; оны нобай ретінде әзірге сақтау мүмкін болмады (дерекқор бос емес).</translation>
        </message>
    </context>
    <context>
        <name>EvidenceStrip</name>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="162" />
            <source>Caption</source>
            <translation>Сипаттама</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="163" />
            <source>Caption for '{0}':</source>
            <translation>«{0}» сипаттамасы:</translation>
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
            <translation>{0}-күн</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="206" />
            <source>Caption: {0}</source>
            <translation>Сипаттама: {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="210" />
            <source>Sign-in sheet for day {0}</source>
            <translation>{0}-күннің тіркеу парағы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="218" />
            <source>Taken {0}</source>
            <translation>Түсірілген: {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="225" />
            <source>GPS: {0}, {1}</source>
            <translation>GPS: {0}, {1}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="231" />
            <source>Not saved yet: it is saved when the form is saved.</source>
            <translation>Әлі сақталмаған: пішінмен бірге сақталады.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="236" />
            <source>It may be the wrong photo:</source>
            <translation>Бұл басқа фото болуы мүмкін:</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="352" />
            <source>No photos or scans yet: add files, or drop them here.</source>
            <translation>Фото мен скандар әзірге жоқ: файлдарды қосыңыз немесе осында сүйреп әкеліңіз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="374" />
            <source>&amp;Add files…</source>
            <translation>Файлдарды &amp;қосу…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="375" />
            <source>Attach photos (JPEG, PNG, HEIC) or PDF scans; you can also drop files here</source>
            <translation>Фото (JPEG, PNG, HEIC) немесе PDF скандарын тіркеу; файлдарды осында сүйреп әкелуге де болады</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="380" />
            <source>Open</source>
            <translation>Ашық</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="381" />
            <source>Show the photo full size, or open the scan (Enter)</source>
            <translation>Фотоны толық өлшемде көрсету немесе сканды ашу (Enter)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="386" />
            <source>Caption…</source>
            <translation>Сипаттама…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="387" />
            <source>Write what the file shows (F2)</source>
            <translation>Файлда не көрсетілгенін жазу (F2)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="392" />
            <source>Remove</source>
            <translation>Алып тастау</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="394" />
            <source>Take the selected files off this record (Delete); Undo remove brings them back</source>
            <translation>Таңдалған файлдарды осы жазбадан алып тастау (Delete); «Алып тастауды болдырмау» оларды қайтарады</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="400" />
            <source>Undo remove</source>
            <translation>Алып тастауды болдырмау</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="401" />
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="605" />
            <source>Bring back the file removed last (Ctrl+Z)</source>
            <translation>Соңғы алып тасталған файлды қайтару (Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="407" />
            <source>The day of the training a sign-in sheet is for</source>
            <translation>Тіркеу парағы оқытудың қай күніне арналған</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="408" />
            <source>For &amp;day:</source>
            <translation>&amp;Күн:</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="603" />
            <source>Bring back: {0} (Ctrl+Z)</source>
            <translation>Болдырмау: {0} (Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="607" />
            <source>Reading and checking the files…</source>
            <translation>Файлдар оқылып, тексерілуде…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="618" />
            <source>Attach photos or scans</source>
            <translation>Фото немесе скандарды тіркеу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="620" />
            <source>Photos and scans ({0})</source>
            <translation>Фото мен скандар ({0})</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="671" />
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="698" />
            <source>Files not added</source>
            <translation>Файлдар қосылмады</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="686" />
            <source>'{0}' is attached already.</source>
            <translation>«{0}» бұрыннан тіркелген.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="698" />
            <source>File not added</source>
            <translation>Файл қосылмады</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="720" />
            <source>Not saved</source>
            <translation>Сақталмады</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="735" />
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="751" />
            <source>Cannot open the file</source>
            <translation>Файлды ашу мүмкін емес</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="752" />
            <source>No program on this computer opens PDF files; install a PDF reader.</source>
            <translation>Бұл компьютерде PDF файлдарын ашатын бағдарлама жоқ; PDF оқу бағдарламасын орнатыңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="791" />
            <source>Remove '{0}'</source>
            <translation>«{0}» файлын алып тастау</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="793" />
            <source>Remove %n file(s)</source>
            <translation>
                <numerusform>%n файлды алып тастау</numerusform>
                <numerusform>%n файлды алып тастау</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="799" />
            <source>Removed. Undo remove brings it back; so does attaching the same file again.</source>
            <translation>Алып тасталды. «Алып тастауды болдырмау» оны қайтарады; сол файлды қайта тіркеу де қайтарады.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="809" />
            <source>Not removed</source>
            <translation>Алып тасталмады</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_strip.py" line="828" />
            <source>Not brought back</source>
            <translation>Қайтарылмады</translation>
        </message>
    </context>
    <context>
        <name>ExchangeArea</name>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="32" />
            <source>&amp;Export data package…</source>
            <translation>Деректер пакетін &amp;экспорттау…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="35" />
            <source>Export data package with e&amp;verything…</source>
            <translation>Деректер пакетін т&amp;олық экспорттау…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="40" />
            <source>Export data package of the current &amp;project…</source>
            <translation>А&amp;ғымдағы жобаның деректер пакетін экспорттау…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="43" />
            <source>Import data pac&amp;kage…</source>
            <translation>Деректер пакетін &amp;импорттау…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="66" />
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="77" />
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="108" />
            <source>Export data package</source>
            <translation>Деректер пакетін экспорттау</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="67" />
            <source>Choose a project in the status bar first (Project: …).</source>
            <translation>Алдымен күй жолағында жобаны таңдаңыз (Жоба: …).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="79" />
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="161" />
            <source>fieldmon data packages (*.fmpkg)</source>
            <translation>fieldmon деректер пакеттері (*.fmpkg)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="110" />
            <source>Without the exchange passphrase the package is not encrypted: whoever finds the USB stick can read the names, IINs and phone numbers in it. Save it unprotected?</source>
            <translation>Алмасу құпиясөзі болмаса, пакет шифрланбайды: USB жинақтауышты тауып алған кез келген адам ондағы аты-жөндерді, ЖСН-дерді және телефон нөмірлерін оқи алады. Пакетті қорғаусыз сақтайсыз ба?</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="143" />
            <source>Nothing changed since the last package saved to this folder; the package {0} is empty.</source>
            <translation>Осы бумаға соңғы пакет сақталғаннан бері ештеңе өзгермеген; {0} пакеті бос.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="146" />
            <source>Saved {0} records ({1} deleted) to {2}.</source>
            <translation>{0} жазба ({1} өшірілген) сақталды: {2}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="150" />
            <source>Exporting to {0}…</source>
            <translation>{0} файлына экспортталуда…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="159" />
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="169" />
            <source>Import data package</source>
            <translation>Деректер пакетін импорттау</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="173" />
            <source>There is no data package {0}.</source>
            <translation>{0} деректер пакеті жоқ.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="181" />
            <source>A report or an import is running; open {0} again when it has finished.</source>
            <translation>Есеп немесе импорт орындалып жатыр; ол аяқталғанда {0} файлын қайта ашыңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="188" />
            <source>Import the data package {0} into this database?</source>
            <translation>{0} деректер пакетін осы дерекқорға импорттау керек пе?</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="207" />
            <source>Checking and merging {0}…</source>
            <translation>{0} тексеріліп, біріктірілуде…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="231" />
            <source>Nothing new: everything in {0} is already here.</source>
            <translation>Жаңа ештеңе жоқ: {0} ішіндегінің бәрі мұнда бұрыннан бар.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="233" />
            <source>Data package</source>
            <translation>Деректер пакеті</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="237" />
            <source>Data package imported</source>
            <translation>Деректер пакеті импортталды</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="238" />
            <source>Merged {0}.</source>
            <translation>{0} біріктірілді.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="245" />
            <source>Merged {0}. %Ln conflict(s) wait for your decision.</source>
            <translation>
                <numerusform>{0} біріктірілді. %Ln қайшылық сіздің шешіміңізді күтуде.</numerusform>
                <numerusform>{0} біріктірілді. %Ln қайшылық сіздің шешіміңізді күтуде.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="248" />
            <source>&amp;Review conflicts</source>
            <translation>&amp;Қайшылықтарды қарау</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="258" />
            <source>{0}: {1} new, {2} updated, {3} unchanged, {4} conflicts</source>
            <translation>{0}: жаңа — {1}, жаңартылған — {2}, өзгеріссіз — {3}, қайшылық — {4}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="267" />
            <source>Loan {0}, receipt {1}: typed on two laptops; it counts once.</source>
            <translation>Қарыз {0}, түбіртек {1}: екі ноутбукта енгізілген; бір рет есептеледі.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="270" />
            <source>Loan {0}, receipt {1}: posted twice with different amounts or dates; the first posted counts until you decide.</source>
            <translation>Қарыз {0}, түбіртек {1}: әртүрлі сомамен немесе күнмен екі рет тіркелген; сіз шешкенше бірінші тіркелгені есептеледі.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="277" />
            <source>Loan {0} is over-paid by {1}: check its repayments.</source>
            <translation>Қарыз {0} бойынша {1} артық төленген: өтеулерін тексеріңіз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="284" />
            <source>Photos and scans this database did not have: {0}.</source>
            <translation>Бұл дерекқорда болмаған фото мен скандар: {0}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="294" />
            <source>Cannot use the file: {0}.</source>
            <translation>Файлды пайдалану мүмкін емес: {0}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="297" />
            <source>An unexpected error stopped it; details are in the log file.</source>
            <translation>Күтпеген қате әрекетті тоқтатты; толығырақ журнал файлында.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="299" />
            <source>Nothing was imported</source>
            <translation>Ештеңе импортталған жоқ</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/exchange.py" line="301" />
            <source>The package was not saved</source>
            <translation>Пакет сақталмады</translation>
        </message>
    </context>
    <context>
        <name>ExchangePassphrase</name>
        <message>
            <location filename="../../src/fieldmon/ui/exchange_passphrase.py" line="70" />
            <source>Exchange passphrase</source>
            <translation>Алмасу құпиясөзі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/exchange_passphrase.py" line="72" />
            <source>The package {0} is encrypted. The team's exchange passphrase:</source>
            <translation>{0} пакеті шифрланған. Команданың алмасу құпиясөзі:</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/exchange_passphrase.py" line="76" />
            <source>The team's exchange passphrase, to encrypt data packages:</source>
            <translation>Деректер пакеттерін шифрлауға арналған команданың алмасу құпиясөзі:</translation>
        </message>
    </context>
    <context>
        <name>FindDialog</name>
        <message>
            <location filename="../../src/fieldmon/ui/find_dialog.py" line="42" />
            <source>Find everywhere</source>
            <translation>Барлық жерден іздеу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/find_dialog.py" line="45" />
            <source>Visits</source>
            <translation>Сапарлар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/find_dialog.py" line="46" />
            <source>Sites</source>
            <translation>Нысандар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/find_dialog.py" line="47" />
            <source>Loans</source>
            <translation>Қарыздар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/find_dialog.py" line="48" />
            <source>Trainings</source>
            <translation>Оқытулар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/find_dialog.py" line="49" />
            <source>People</source>
            <translation>Адамдар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/find_dialog.py" line="54" />
            <source>Search visits, sites, loans, trainings and people (any case)…</source>
            <translation>Сапар, нысан, қарыз, оқыту және адам бойынша іздеу (регистр ескерілмейді)…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/find_dialog.py" line="83" />
            <source>{0} ({1})</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/find_dialog.py" line="98" />
            <source>Nothing found.</source>
            <translation>Ештеңе табылмады.</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <location filename="../../src/fieldmon/ui/home_page.py" line="197" />
            <source>Visits per month</source>
            <translation>Айлар бойынша сапарлар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/home_page.py" line="204" />
            <source>Portfolio at risk over 30 days, by quarter</source>
            <translation>30 күннен астам тәуекелдегі портфель, тоқсандар бойынша</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/home_page.py" line="209" />
            <source>People trained this quarter, by sex and age group</source>
            <translation>Осы тоқсанда оқытылғандар, жынысы және жас тобы бойынша</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/home_page.py" line="226" />
            <source>Attention</source>
            <translation>Назар аударыңыз</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/home_page.py" line="262" />
            <source>Counting…</source>
            <translation>Есептелуде…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/home_page.py" line="281" />
            <source>The figures could not be counted; details are in the log file.</source>
            <translation>Сандарды есептеу мүмкін болмады; толығырақ журнал файлында.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/home_page.py" line="301" />
            <source>under 15</source>
            <translation>15 жасқа дейін</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/home_page.py" line="363" />
            <source>%Ln follow-up action(s) past due</source>
            <translation>
                <numerusform>Мерзімі өткен келесі әрекет: %Ln</numerusform>
                <numerusform>Мерзімі өткен келесі әрекеттер: %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/home_page.py" line="369" />
            <source>%Ln loan(s) became more than 30 days late in the past week</source>
            <translation>
                <numerusform>Соңғы аптада мерзімі 30 күннен асқан қарыз: %Ln</numerusform>
                <numerusform>Соңғы аптада мерзімі 30 күннен асқан қарыздар: %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/home_page.py" line="374" />
            <source>%Ln conflict(s) to review</source>
            <translation>
                <numerusform>Қаралатын қайшылық: %Ln</numerusform>
                <numerusform>Қаралатын қайшылықтар: %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/home_page.py" line="378" />
            <source>%Ln change(s) not yet sent</source>
            <translation>
                <numerusform>Әлі жіберілмеген өзгеріс: %Ln</numerusform>
                <numerusform>Әлі жіберілмеген өзгерістер: %Ln</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/home_page.py" line="386" />
            <source>No backup yet</source>
            <translation>Сақтық көшірме әлі жоқ</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/home_page.py" line="390" />
            <source>%Ln day(s) since the last backup</source>
            <translation>
                <numerusform>Соңғы сақтық көшірмеден бері %Ln күн</numerusform>
                <numerusform>Соңғы сақтық көшірмеден бері %Ln күн</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/home_page.py" line="393" />
            <source>Nothing needs attention.</source>
            <translation>Назар аударатын ештеңе жоқ.</translation>
        </message>
    </context>
    <context>
        <name>ImportsArea</name>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="39" />
            <source>Imported {0} visits ({1} new sites, {2} new districts or settlements).</source>
            <translation>Импортталған сапарлар: {0} (жаңа нысандар: {1}, жаңа аудандар не елді мекендер: {2}).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="52" />
            <source>Imported {0} loans ({1} new people).</source>
            <translation>Импортталған қарыздар: {0} (жаңа адамдар: {1}).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="61" />
            <source>Posted {0} repayments.</source>
            <translation>Тіркелген өтеулер: {0}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="70" />
            <source>Imported {0} trainings ({1} already recorded).</source>
            <translation>Импортталған оқытулар: {0} (бұрыннан тіркелген: {1}).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="79" />
            <source>Imported attendance of {0} participants ({1} new people).</source>
            <translation>Қатысушылардың қатысуы импортталды: {0} (жаңа адамдар: {1}).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="99" />
            <source>&amp;Import visits…</source>
            <translation>&amp;Сапарларды импорттау…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="100" />
            <source>Visits…</source>
            <translation>Сапарлар…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="101" />
            <source>Import visits</source>
            <translation>Сапарларды импорттау</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="107" />
            <source>Import loa&amp;ns…</source>
            <translation>Қа&amp;рыздарды импорттау…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="108" />
            <source>Loans…</source>
            <translation>Қарыздар…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="109" />
            <source>Import loans</source>
            <translation>Қарыздарды импорттау</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="114" />
            <source>Import repa&amp;yments…</source>
            <translation>Өтеу&amp;лерді импорттау…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="115" />
            <source>Repayments…</source>
            <translation>Өтеулер…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="116" />
            <source>Import repayments</source>
            <translation>Өтеулерді импорттау</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="121" />
            <source>Import trainin&amp;gs…</source>
            <translation>Оқыт&amp;уларды импорттау…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="122" />
            <source>Trainings…</source>
            <translation>Оқытулар…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="123" />
            <source>Import trainings</source>
            <translation>Оқытуларды импорттау</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="128" />
            <source>Import a&amp;ttendance…</source>
            <translation>Қатысу&amp;ды импорттау…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="129" />
            <source>Attendance…</source>
            <translation>Қатысу…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="130" />
            <source>Import attendance</source>
            <translation>Қатысуды импорттау</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="150" />
            <source>Save import &amp;template</source>
            <translation>Импорт &amp;үлгісін сақтау</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="164" />
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="217" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel жұмыс кітаптары (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="176" />
            <source>Importing {0}…</source>
            <translation>{0} импортталуда…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="195" />
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="202" />
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="207" />
            <source>Nothing was imported</source>
            <translation>Ештеңе импортталған жоқ</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="208" />
            <source>An unexpected error stopped the import; see the log file.</source>
            <translation>Күтпеген қате импортты тоқтатты; журнал файлын қараңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="215" />
            <source>Save import template</source>
            <translation>Импорт үлгісін сақтау</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="227" />
            <source>Cannot save</source>
            <translation>Сақтау мүмкін емес</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/imports.py" line="229" />
            <source>Template saved to {0}.</source>
            <translation>Үлгі сақталды: {0}.</translation>
        </message>
    </context>
    <context>
        <name>IndicatorDialog</name>
        <message>
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="183" />
            <source>Indicator {0}</source>
            <translation>{0} индикаторы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="183" />
            <source>New indicator</source>
            <translation>Жаңа индикатор</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="188" />
            <source>such as 1.2</source>
            <translation>мысалы, 1.2</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="195" />
            <source>Goal</source>
            <translation>Мақсат</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="195" />
            <source>Outcome</source>
            <translation>Түпкілікті нәтиже</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="195" />
            <source>Output</source>
            <translation>Тікелей нәтиже</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="201" />
            <source>people, loans, %…</source>
            <translation>адам, қарыз, %…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="220" />
            <source>All the project's regions</source>
            <translation>Жобаның барлық облыстары</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="230" />
            <source>Year</source>
            <translation>Жыл</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="230" />
            <source>Target for the year</source>
            <translation>Жылдық мақсатты мән</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="242" />
            <source>Add a &amp;year</source>
            <translation>&amp;Жыл қосу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="244" />
            <source>&amp;Remove the year</source>
            <translation>Жылды ж&amp;ою</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="266" />
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="267" />
            <source>Title</source>
            <translation>Атауы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="268" />
            <source>Level</source>
            <translation>Деңгей</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="275" />
            <source>Measure</source>
            <translation>Есептеу тәсілі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="276" />
            <source>Region</source>
            <translation>Облыс</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="277" />
            <source>Unit</source>
            <translation>Өлшем бірлігі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="278" />
            <source>Baseline</source>
            <translation>Базалық мән</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="279" />
            <source>Target</source>
            <translation>Мақсатты мән</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="280" />
            <source>Targets by year</source>
            <translation>Жылдар бойынша мақсатты мәндер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="301" />
            <source>The code names the indicator; it cannot change.</source>
            <translation>Код индикаторды анықтайды; оны өзгертуге болмайды.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="329" />
            <source>a share: {0} is {1}</source>
            <translation>үлес: {0} дегеніміз {1}</translation>
        </message>
    </context>
    <context>
        <name>LanguageSwitch</name>
        <message>
            <location filename="../../src/fieldmon/ui/language_switch.py" line="80" />
            <source>Export running</source>
            <translation>Экспорт жүріп жатыр</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/language_switch.py" line="81" />
            <source>A report is being written. Cancel it and change the language now?</source>
            <translation>Есеп әлі жазылып жатыр. Оны тоқтатып, тілді қазір ауыстырасыз ба?</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/language_switch.py" line="87" />
            <location filename="../../src/fieldmon/ui/language_switch.py" line="106" />
            <source>The new language takes effect when fieldmon is started again.</source>
            <translation>Жаңа тіл fieldmon қайта іске қосылғанда қолданылады.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/language_switch.py" line="97" />
            <source>Files not saved</source>
            <translation>Файлдар сақталмаған</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/language_switch.py" line="98" />
            <source>Photos or scans added in an open window are not saved yet or still being checked; changing the language now drops them (typing is kept). Change the language now?</source>
            <translation>Ашық терезеде қосылған фото не скандар әлі сақталмаған немесе тексерілуде; тілді қазір ауыстырсаңыз, олар алынып тасталады (терілген мәтін сақталады). Тілді қазір ауыстыру керек пе?</translation>
        </message>
    </context>
    <context>
        <name>LoanForm</name>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="119" />
            <source>New loan</source>
            <translation>Жаңа қарыз</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="119" />
            <source>Edit loan</source>
            <translation>Қарызды түзету</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="127" />
            <source>Group name</source>
            <translation>Топ атауы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="131" />
            <source>Full name</source>
            <translation>Аты-жөні</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="132" />
            <source>Sex</source>
            <translation>Жынысы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="133" />
            <source>Birth year</source>
            <translation>Туған жылы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="134" />
            <source>IIN</source>
            <translation>ЖСН</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="135" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="143" />
            <source>Borrower</source>
            <translation>Қарыз алушы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="145" />
            <source>Borrower is</source>
            <translation>Қарыз алушы түрі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="149" />
            <source>Region</source>
            <translation>Облыс</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="150" />
            <source>District</source>
            <translation>Аудан</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="151" />
            <source>Settlement</source>
            <translation>Елді мекен</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="167" />
            <source>a month after disbursement</source>
            <translation>берілгеннен кейін бір айдан соң</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="169" />
            <source>Loan</source>
            <translation>Қарыз</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="178" />
            <source>Project</source>
            <translation>Жоба</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="179" />
            <source>Loan number</source>
            <translation>Қарыз нөмірі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="180" />
            <source>Product</source>
            <translation>Өнім</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="181" />
            <source>Purpose or equipment</source>
            <translation>Мақсаты немесе жабдық</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="186" />
            <source>Principal</source>
            <translation>Негізгі сома</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="188" />
            <source>Annual rate, %</source>
            <translation>Жылдық мөлшерлеме, %</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="189" />
            <source>Interest method</source>
            <translation>Пайыз есептеу әдісі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="190" />
            <source>Term, months</source>
            <translation>Мерзімі, ай</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="191" />
            <source>Disbursed on</source>
            <translation>Берілген күні</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="192" />
            <source>First instalment due</source>
            <translation>Бірінші жарна мерзімі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="193" />
            <source>Committee approval</source>
            <translation>Комитет мақұлдауы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="334" />
            <source>{0} instalments from {1} to {2}; the first {3}, in all {4}.</source>
            <translation>{1} – {2} аралығында {0} жарна; біріншісі {3}, барлығы {4}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="354" />
            <source>Already registered: {0}, born {1}{2}. That record will be used.</source>
            <translation>Бұрын тіркелген: {0}, {1} жылы туған{2}. Сол жазба пайдаланылады.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_form.py" line="357" />
            <source>, IIN {0}</source>
            <translation>, ЖСН {0}</translation>
        </message>
    </context>
    <context>
        <name>LoanTableModel</name>
        <message>
            <location filename="../../src/fieldmon/ui/loans_model.py" line="31" />
            <source>Loan no.</source>
            <translation>Қарыз №</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_model.py" line="32" />
            <source>Borrower</source>
            <translation>Қарыз алушы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_model.py" line="33" />
            <source>Settlement / district</source>
            <translation>Елді мекен / аудан</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_model.py" line="34" />
            <source>Product</source>
            <translation>Өнім</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_model.py" line="35" />
            <source>Disbursed</source>
            <translation>Берілген күні</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_model.py" line="36" />
            <source>Principal</source>
            <translation>Негізгі сома</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_model.py" line="37" />
            <source>Outstanding</source>
            <translation>Өтелмеген қалдық</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_model.py" line="38" />
            <source>Status</source>
            <translation>Күйі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_model.py" line="39" />
            <source>Days late</source>
            <translation>Кешіктірілген күндер</translation>
        </message>
    </context>
    <context>
        <name>LoanView</name>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="129" />
            <source>As of</source>
            <translation>Есеп күні</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="135" />
            <source>#</source>
            <translation>№</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="136" />
            <source>Due</source>
            <translation>Мерзімі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="137" />
            <source>Principal</source>
            <translation>Негізгі сома</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="138" />
            <source>Interest</source>
            <translation>Пайыз</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="139" />
            <source>Total</source>
            <translation>Барлығы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="140" />
            <source>Paid</source>
            <translation>Төленген</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="146" />
            <location filename="../../src/fieldmon/ui/loan_view.py" line="168" />
            <source>Date</source>
            <translation>Күні</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="147" />
            <location filename="../../src/fieldmon/ui/loan_view.py" line="169" />
            <source>Amount</source>
            <translation>Сомасы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="148" />
            <source>Receipt</source>
            <translation>Түбіртек</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="149" />
            <source>Posted by</source>
            <translation>Тіркеген</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="150" />
            <source>Reversed</source>
            <translation>Кері қайтарылды</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="162" />
            <source>&amp;Post repayment</source>
            <translation>Өтеуді &amp;тіркеу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="165" />
            <source>New repayment</source>
            <translation>Жаңа өтеу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="170" />
            <source>Receipt no.</source>
            <translation>Түбіртек №</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="177" />
            <source>&amp;Reverse selected repayment…</source>
            <translation>Таңдалған өтеуді &amp;кері қайтару…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="179" />
            <source>&amp;Edit loan…</source>
            <translation>&amp;Қарызды түзету…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="180" />
            <source>&amp;Delete loan</source>
            <translation>Қарызды &amp;өшіру</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="182" />
            <source>Close</source>
            <translation>Жабу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="192" />
            <source>Repayments</source>
            <translation>Өтеулер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="197" />
            <source>Contract, receipts and photos</source>
            <translation>Шарт, түбіртектер және фото</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="230" />
            <source>Cannot open the loan</source>
            <translation>Қарызды ашу мүмкін емес</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="236" />
            <source>Loan {0}</source>
            <translation>Қарыз {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="241" />
            <source>{product}, {principal} at {rate} % a year ({method}), {term} months, disbursed {disbursed}. {place}. {members}</source>
            <translation>{product}, {principal}, жылдық {rate} % ({method}), {term} ай, берілген күні {disbursed}. {place}. {members}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="256" />
            <source>, {0} days in arrears</source>
            <translation>, мерзімі {0} күн өткен</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="262" />
            <source>{status}{late}. Paid {paid}; outstanding principal {principal}, all owed {owed}.</source>
            <translation>{status}{late}. Төленгені {paid}; өтелмеген негізгі сома {principal}, барлық берешек {owed}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="293" />
            <source>{0} by {1}: {2}</source>
            <translation>{0}, {1}: {2}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="316" />
            <source>A loan with repayments cannot be deleted; reverse them first.</source>
            <translation>Өтеулері бар қарызды өшіруге болмайды; алдымен оларды кері қайтарыңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="318" />
            <source>Delete this loan (Ctrl+Z in the main window brings it back).</source>
            <translation>Бұл қарызды өшіру (негізгі терезеде Ctrl+Z оны қайтарады).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="322" />
            <source>due now: {0}</source>
            <translation>қазір төленетіні: {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="356" />
            <source>Reverse repayment</source>
            <translation>Өтеуді кері қайтару</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="357" />
            <source>Why is the repayment of {0} (receipt {1}) reversed?</source>
            <translation>{0} сомасындағы өтеу (түбіртек {1}) неге кері қайтарылады?</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loan_view.py" line="366" />
            <location filename="../../src/fieldmon/ui/loan_view.py" line="369" />
            <source>Not reversed</source>
            <translation>Кері қайтарылмады</translation>
        </message>
    </context>
    <context>
        <name>LoansArea</name>
        <message>
            <location filename="../../src/fieldmon/ui/areas/loans.py" line="27" />
            <source>New &amp;loan</source>
            <translation>Жаңа &amp;қарыз</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/loans.py" line="28" />
            <source>Post &amp;repayments…</source>
            <translation>Өтеулерді &amp;тіркеу…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/loans.py" line="29" />
            <source>&amp;Collection sheet…</source>
            <translation>Жинау ті&amp;зімдемесі…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/loans.py" line="90" />
            <source>Loan saved.</source>
            <translation>Қарыз сақталды.</translation>
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
            <location filename="../../src/fieldmon/ui/loans_page.py" line="92" />
            <source>&amp;New loan</source>
            <translation>&amp;Жаңа қарыз</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="94" />
            <source>&amp;Open</source>
            <translation>&amp;Ашу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="95" />
            <source>Post &amp;repayments…</source>
            <translation>Өтеулерді &amp;тіркеу…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="97" />
            <source>&amp;Collection sheet…</source>
            <translation>Жинау ті&amp;зімдемесі…</translation>
        </message>
    </context>
    <context>
        <name>LockDialog</name>
        <message>
            <location filename="../../src/fieldmon/ui/idle_lock.py" line="43" />
            <source>fieldmon is locked</source>
            <translation>fieldmon құлыпталды</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/idle_lock.py" line="46" />
            <source>fieldmon was locked after a while without use. Type the password to go on.</source>
            <translation>fieldmon біраз уақыт пайдаланылмағандықтан құлыпталды. Жалғастыру үшін құпиясөзді енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/idle_lock.py" line="57" />
            <source>&amp;Unlock</source>
            <translation>&amp;Құлыпты ашу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/idle_lock.py" line="71" />
            <source>Wrong password; fieldmon stays locked.</source>
            <translation>Құпиясөз қате; fieldmon құлыпталған күйде қалады.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../src/fieldmon/ui/deletions.py" line="63" />
            <source>Cannot delete</source>
            <translation>Өшіру мүмкін емес</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="90" />
            <source>Visits</source>
            <translation>Сапарлар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="91" />
            <source>Loans</source>
            <translation>Қарыздар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="92" />
            <source>Trainings</source>
            <translation>Оқытулар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="93" />
            <source>People</source>
            <translation>Адамдар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="94" />
            <source>Projects</source>
            <translation>Жобалар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="95" />
            <source>Results</source>
            <translation>Нәтижелер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="96" />
            <source>Reports</source>
            <translation>Есептер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="97" />
            <location filename="../../src/fieldmon/ui/main_window.py" line="370" />
            <source>Conflicts</source>
            <translation>Қайшылықтар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="103" />
            <source>Opening the database…</source>
            <translation>Дерекқор ашылуда…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="235" />
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="249" />
            <source>&amp;Settings…</source>
            <translation>&amp;Баптаулар…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="251" />
            <source>&amp;Quit</source>
            <translation>&amp;Шығу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="253" />
            <source>&amp;Edit</source>
            <translation>&amp;Түзету</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="254" />
            <source>&amp;Undo</source>
            <translation>&amp;Болдырмау</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="256" />
            <source>&amp;Redo</source>
            <translation>&amp;Қайталау</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="263" />
            <source>&amp;View</source>
            <translation>&amp;Көрініс</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="265" />
            <source>&amp;Refresh</source>
            <translation>&amp;Жаңарту</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="268" />
            <source>&amp;Find</source>
            <translation>&amp;Іздеу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="270" />
            <source>Find &amp;everywhere…</source>
            <translation>&amp;Барлық жерден іздеу…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="272" />
            <source>&amp;Help</source>
            <translation>Кө&amp;мек</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="273" />
            <source>&amp;About fieldmon</source>
            <translation>fieldmon &amp;туралы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="368" />
            <source>Conflicts ({0})</source>
            <translation>Қайшылықтар ({0})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/main_window.py" line="380" />
            <source>%Ln visit(s)</source>
            <translation>
                <numerusform>%Ln сапар</numerusform>
                <numerusform>%Ln сапар</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/main_window.py" line="381" />
            <source>%Ln loan(s)</source>
            <translation>
                <numerusform>%Ln қарыз</numerusform>
                <numerusform>%Ln қарыз</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/main_window.py" line="382" />
            <source>%Ln training(s)</source>
            <translation>
                <numerusform>%Ln оқыту</numerusform>
                <numerusform>%Ln оқыту</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/main_window.py" line="383" />
            <source>%Ln people</source>
            <translation>
                <numerusform>%Ln адам</numerusform>
                <numerusform>%Ln адам</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/main_window.py" line="384" />
            <source>%Ln project(s)</source>
            <translation>
                <numerusform>%Ln жоба</numerusform>
                <numerusform>%Ln жоба</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/main_window.py" line="385" />
            <source>%Ln indicator(s)</source>
            <translation>
                <numerusform>%Ln индикатор</numerusform>
                <numerusform>%Ln индикатор</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/main_window.py" line="386" />
            <source>%Ln conflict(s) to review</source>
            <translation>
                <numerusform>%Ln қайшылық қарауды күтеді</numerusform>
                <numerusform>%Ln қайшылық қарауды күтеді</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="479" />
            <source>Sync running</source>
            <translation>Синхрондау жүріп жатыр</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="480" />
            <source>A sync is running. Cancel it and quit? What was already sent is kept.</source>
            <translation>Синхрондау жүріп жатыр. Оны тоқтатып, шығасыз ба? Жіберіліп үлгерген деректер сақталады.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="413" />
            <source>Officer: {0}</source>
            <translation>Маман: {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="89" />
            <source>Home</source>
            <translation>Басты бет</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="453" />
            <source>About fieldmon</source>
            <translation>fieldmon туралы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="455" />
            <source>fieldmon {0}
Offline-first monitoring of development projects.
Database: {1}</source>
            <translation>fieldmon {0}
Даму жобаларының желісіз жұмысқа бейімделген мониторингі.
Дерекқор: {1}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="469" />
            <source>Export running</source>
            <translation>Экспорт жүріп жатыр</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/main_window.py" line="470" />
            <source>A report is being written. Cancel it and quit?</source>
            <translation>Есеп әлі жазылып жатыр. Оны тоқтатып, шығасыз ба?</translation>
        </message>
    </context>
    <context>
        <name>NewPasswordDialog</name>
        <message>
            <location filename="../../src/fieldmon/ui/password_dialogs.py" line="43" />
            <source>Change password</source>
            <translation>Құпиясөзді өзгерту</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/password_dialogs.py" line="43" />
            <source>Protect with a password</source>
            <translation>Құпиясөзбен қорғау</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/password_dialogs.py" line="63" />
            <source>Current password:</source>
            <translation>Қазіргі құпиясөз:</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/password_dialogs.py" line="64" />
            <source>New password:</source>
            <translation>Жаңа құпиясөз:</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/password_dialogs.py" line="65" />
            <source>New password again:</source>
            <translation>Жаңа құпиясөз қайта:</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/password_dialogs.py" line="77" />
            <source>New password: at least {0} characters, please.</source>
            <translation>Жаңа құпиясөз: кемінде {0} таңба болуы керек.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/password_dialogs.py" line="81" />
            <source>New password again: the two passwords differ.</source>
            <translation>Жаңа құпиясөз қайта: екі құпиясөз сәйкес емес.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/password_dialogs.py" line="83" />
            <source>New password: it is the same as the current one.</source>
            <translation>Жаңа құпиясөз: ол қазіргісімен бірдей.</translation>
        </message>
    </context>
    <context>
        <name>OfficerDialog</name>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="78" />
            <source>Who is recording?</source>
            <translation>Деректерді кім енгізеді?</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="82" />
            <source>Full name, e.g. Aigerim Nurlanova</source>
            <translation>Аты-жөні, мысалы, Айгерім Нұрланова</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="85" />
            <source>fieldmon stamps every record with the name of the officer who made it, so that a coordinator can merge the data of several laptops.</source>
            <translation>fieldmon әр жазбаға оны енгізген маманның атын қосып жазады, сонда үйлестіруші бірнеше ноутбуктың деректерін біріктіре алады.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="99" />
            <source>Your name:</source>
            <translation>Атыңыз:</translation>
        </message>
    </context>
    <context>
        <name>OpenForms</name>
        <message>
            <location filename="../../src/fieldmon/ui/areas/open_forms.py" line="117" />
            <source>Unsaved draft</source>
            <translation>Сақталмаған нобай</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/open_forms.py" line="118" />
            <source>There is unsaved typing in this form from {0}. Restore it?</source>
            <translation>Бұл пішінде {0} уақытынан қалған сақталмаған енгізу бар. Қалпына келтірілсін бе?</translation>
        </message>
    </context>
    <context>
        <name>ParticipantDialog</name>
        <message>
            <location filename="../../src/fieldmon/ui/participant_dialog.py" line="141" />
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
            <location filename="../../src/fieldmon/ui/participant_dialog.py" line="150" />
            <source>Already in the registry — is this one of them? Choose, then add.</source>
            <translation>Тізілімде бар — осылардың бірі ме? Таңдап, содан кейін қосыңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/participant_dialog.py" line="162" />
            <source>Add</source>
            <translation>Қосу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/participant_dialog.py" line="192" />
            <source>{0}, born {1}</source>
            <translation>{0}, {1} жылы туған</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/participant_dialog.py" line="194" />
            <source>, IIN {0}</source>
            <translation>, ЖСН {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/participant_dialog.py" line="201" />
            <source>Someone else: add as a new person</source>
            <translation>Басқа адам: жаңа адам ретінде қосу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/participant_dialog.py" line="208" />
            <source>Add the chosen person</source>
            <translation>Таңдалған адамды қосу</translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="234" />
            <source>Search part of a name, an IIN or a phone number…</source>
            <translation>Аты-жөнінің бөлігі, ЖСН немесе телефон нөмірі бойынша іздеу…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="239" />
            <source>Full name</source>
            <translation>Аты-жөні</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="240" />
            <source>Sex</source>
            <translation>Жынысы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="241" />
            <source>Born</source>
            <translation>Туған жылы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="242" />
            <source>Category</source>
            <translation>Санаты</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="243" />
            <source>Organization</source>
            <translation>Ұйым</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="244" />
            <source>IIN</source>
            <translation>ЖСН</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="245" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="246" />
            <source>Trainings</source>
            <translation>Оқытулар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="247" />
            <source>Loans</source>
            <translation>Қарыздар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="255" />
            <source>&amp;Edit…</source>
            <translation>&amp;Түзету…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="258" />
            <source>&amp;Merge two records of one person…</source>
            <translation>Бір адамның екі жазбасын &amp;біріктіру…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="294" />
            <source>Showing {0} of {1}; search to narrow.</source>
            <translation>{1} ішінен {0} көрсетілген; нақтылау үшін іздеңіз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="316" />
            <source>Edit</source>
            <translation>Түзету</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="336" />
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="344" />
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="353" />
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="363" />
            <source>Merge</source>
            <translation>Біріктіру</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="337" />
            <source>Select the two records of the same person (Ctrl+click), then merge.</source>
            <translation>Бір адамның екі жазбасын таңдаңыз (Ctrl+шерту), содан кейін біріктіріңіз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="349" />
            <source>{0}, born {1}</source>
            <translation>{0}, {1} жылы туған</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="355" />
            <source>Keep {0} and merge {1} into it? Trainings and loans move to the kept record; the other is marked merged and its history is kept.</source>
            <translation>{0} қалдырылып, оған {1} біріктірілсін бе? Оқытулар мен қарыздар қалдырылған жазбаға ауысады; екіншісі біріктірілген деп белгіленеді, оның тарихы сақталады.</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <location filename="../../src/fieldmon/ui/person_dialog.py" line="51" />
            <source>Person: {0}</source>
            <translation>Адам: {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/person_dialog.py" line="59" />
            <source>Registered {0} by {1}; last changed {2} by {3}.</source>
            <translation>Тіркелген: {0}, {1}; соңғы өзгеріс: {2}, {3}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/person_dialog.py" line="70" />
            <source>When</source>
            <translation>Қашан</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/person_dialog.py" line="70" />
            <source>Who</source>
            <translation>Кім</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/person_dialog.py" line="70" />
            <source>Action</source>
            <translation>Әрекет</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/person_dialog.py" line="70" />
            <source>Changes</source>
            <translation>Өзгерістер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/person_dialog.py" line="88" />
            <source>History</source>
            <translation>Тарих</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/person_dialog.py" line="117" />
            <source>Someone else?</source>
            <translation>Басқа адам ба?</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/person_dialog.py" line="118" />
            <source>{0} Save anyway, as two different people?</source>
            <translation>{0} Бәрібір екі түрлі адам ретінде сақтау керек пе?</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/person_dialog.py" line="128" />
            <source>Not saved</source>
            <translation>Сақталмады</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/person_dialog.py" line="140" />
            <source>Created</source>
            <translation>Құрылды</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/person_dialog.py" line="141" />
            <source>Changed</source>
            <translation>Өзгертілді</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/person_dialog.py" line="142" />
            <source>Deleted</source>
            <translation>Өшірілген</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/person_dialog.py" line="143" />
            <source>Restored</source>
            <translation>Қалпына келтірілді</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/person_dialog.py" line="144" />
            <source>Conflict settled</source>
            <translation>Қайшылық шешілді</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/person_dialog.py" line="145" />
            <source>Merged</source>
            <translation>Біріктірілді</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/person_dialog.py" line="169" />
            <source>Merged from</source>
            <translation>Біріктірілген жазба</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/person_dialog.py" line="170" />
            <source>Merged into</source>
            <translation>Қалдырылған жазба</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/person_dialog.py" line="171" />
            <source>Name of the merged record</source>
            <translation>Біріктірілген жазбаның аты-жөні</translation>
        </message>
    </context>
    <context>
        <name>PhotoViewer</name>
        <message>
            <location filename="../../src/fieldmon/ui/evidence_viewer.py" line="151" />
            <source>This photo cannot be shown full size on this computer; this is its preview.</source>
            <translation>Бұл компьютерде фотоны толық өлшемде көрсету мүмкін емес; бұл оның кішірейтілген көшірмесі.</translation>
        </message>
    </context>
    <context>
        <name>ProjectCombo</name>
        <message>
            <location filename="../../src/fieldmon/ui/projects_page.py" line="62" />
            <source>No project</source>
            <translation>Жобасыз</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/projects_page.py" line="78" />
            <source>A project no longer listed</source>
            <translation>Тізімде енді жоқ жоба</translation>
        </message>
    </context>
    <context>
        <name>ProjectDialog</name>
        <message>
            <location filename="../../src/fieldmon/ui/projects_page.py" line="127" />
            <source>Edit project</source>
            <translation>Жобаны түзету</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/projects_page.py" line="127" />
            <source>New project</source>
            <translation>Жаңа жоба</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/projects_page.py" line="153" />
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/projects_page.py" line="154" />
            <source>Title</source>
            <translation>Атауы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/projects_page.py" line="155" />
            <source>Donor</source>
            <translation>Донор</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/projects_page.py" line="156" />
            <source>Start date</source>
            <translation>Басталу күні</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/projects_page.py" line="157" />
            <source>End date</source>
            <translation>Аяқталу күні</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/projects_page.py" line="158" />
            <source>Partners</source>
            <translation>Серіктестер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/projects_page.py" line="159" />
            <source>Regions</source>
            <translation>Облыстар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/projects_page.py" line="182" />
            <source>A project's code cannot be changed</source>
            <translation>Жобаның кодын өзгертуге болмайды</translation>
        </message>
    </context>
    <context>
        <name>ProjectSwitch</name>
        <message>
            <location filename="../../src/fieldmon/ui/areas/projects.py" line="58" />
            <source>All projects</source>
            <translation>Барлық жобалар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/projects.py" line="80" />
            <source>The project whose visits, loans and trainings are shown</source>
            <translation>Сапарлары, қарыздары мен оқытулары көрсетілетін жоба</translation>
        </message>
    </context>
    <context>
        <name>ProjectsArea</name>
        <message>
            <location filename="../../src/fieldmon/ui/areas/projects.py" line="109" />
            <source>Project:</source>
            <translation>Жоба:</translation>
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
            <translation>Атауы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/projects_page.py" line="276" />
            <source>Donor</source>
            <translation>Донор</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/projects_page.py" line="277" />
            <source>Start</source>
            <translation>Басталуы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/projects_page.py" line="278" />
            <source>End</source>
            <translation>Аяқталуы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/projects_page.py" line="279" />
            <source>Partners</source>
            <translation>Серіктестер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/projects_page.py" line="280" />
            <source>Regions</source>
            <translation>Облыстар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/projects_page.py" line="294" />
            <source>&amp;New project…</source>
            <translation>&amp;Жаңа жоба…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/projects_page.py" line="296" />
            <source>&amp;Edit…</source>
            <translation>&amp;Түзету…</translation>
        </message>
    </context>
    <context>
        <name>ProtectionArea</name>
        <message>
            <location filename="../../src/fieldmon/ui/areas/protection.py" line="100" />
            <source>Protect with a password</source>
            <translation>Құпиясөзбен қорғау</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/protection.py" line="108" />
            <source>The database and its backups will be encrypted: without the password (or the recovery key shown next) nobody can read them, not even from a copy of the file. Open forms are closed first.</source>
            <translation>Дерекқор мен оның сақтық көшірмелері шифрланады: құпиясөзсіз (немесе келесі көрсетілетін қалпына келтіру кілтінсіз) оларды ешкім, тіпті файлдың көшірмесінен де оқи алмайды. Алдымен ашық формалар жабылады.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/protection.py" line="118" />
            <source>A report or an import is running; try again when it has finished.</source>
            <translation>Есеп немесе импорт орындалып жатыр; ол аяқталғанда қайталап көріңіз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/protection.py" line="129" />
            <source>The database could not be protected: {0}</source>
            <translation>Дерекқорды қорғау мүмкін болмады: {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/protection.py" line="150" />
            <source>The database and its backups are encrypted.</source>
            <translation>Дерекқор мен оның сақтық көшірмелері шифрланды.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/protection.py" line="153" />
            <source>These files could not be read, so they are still plain; delete them: {0}</source>
            <translation>Бұл файлдарды оқу мүмкін болмады, сондықтан олар шифрланбай қалды; оларды жойыңыз: {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/protection.py" line="177" />
            <source>The new password opens the database and its backups from now on; the recovery key stays the same.</source>
            <translation>Бұдан былай дерекқор мен оның сақтық көшірмелерін жаңа құпиясөз ашады; қалпына келтіру кілті өзгермейді.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/protection.py" line="196" />
            <source>Current password: it is wrong.</source>
            <translation>Қазіргі құпиясөз: ол қате.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/protection.py" line="202" />
            <source>The password was changed.</source>
            <translation>Құпиясөз өзгертілді.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <location filename="../../src/fieldmon/ui/password_dialogs.py" line="107" />
            <source>Recovery key</source>
            <translation>Қалпына келтіру кілті</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/password_dialogs.py" line="111" />
            <source>Write this recovery key on paper and give it to the project coordinator to keep away from this laptop. If the password is forgotten, the recovery key sets a new one. It is shown only now. If both are lost, nobody can read the data, not even the developers of fieldmon.</source>
            <translation>Осы қалпына келтіру кілтін қағазға жазып, осы ноутбуктан бөлек сақтау үшін жоба үйлестірушісіне беріңіз. Құпиясөз ұмытылса, қалпына келтіру кілті арқылы жаңасын орнатуға болады. Кілт тек қазір көрсетіледі. Екеуі де жоғалса, деректерді ешкім, тіпті fieldmon әзірлеушілері де оқи алмайды.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/password_dialogs.py" line="127" />
            <source>I have written the recovery key down</source>
            <translation>Қалпына келтіру кілтін жазып алдым</translation>
        </message>
    </context>
    <context>
        <name>RepaymentEntry</name>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="163" />
            <source>Post repayments</source>
            <translation>Өтеулерді тіркеу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="180" />
            <source>Loan number</source>
            <translation>Қарыз нөмірі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="181" />
            <source>Date</source>
            <translation>Күні</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="182" />
            <source>Amount</source>
            <translation>Сомасы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="183" />
            <source>Receipt no.</source>
            <translation>Түбіртек нөмірі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="192" />
            <source>Enter moves to the next field; Enter on the receipt posts.</source>
            <translation>Enter келесі өріске өткізеді; түбіртек өрісінде Enter өтеуді тіркейді.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="194" />
            <source>Close</source>
            <translation>Жабу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="200" />
            <source>Posted in this session</source>
            <translation>Осы сеанста тіркелгендер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="221" />
            <source>There is no loan number {0}.</source>
            <translation>{0} нөмірлі қарыз жоқ.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="228" />
            <source>due now {0}</source>
            <translation>қазір төленуі тиіс {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="230" />
            <source>nothing owed</source>
            <translation>берешек жоқ</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="233" />
            <source>; next due date {0}</source>
            <translation>; келесі төлем мерзімі {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/loans_page.py" line="262" />
            <source>{0} {1}: {2}, receipt {3}</source>
            <translation>{0} {1}: {2}, түбіртек {3}</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="72" />
            <source>Quarter</source>
            <translation>Тоқсан</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="73" />
            <source>Dates</source>
            <translation>Күндер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="97" />
            <source>All regions</source>
            <translation>Барлық облыстар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="101" />
            <location filename="../../src/fieldmon/ui/reports_page.py" line="233" />
            <source>Project title on the report</source>
            <translation>Есептегі жоба атауы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="113" />
            <source>Period</source>
            <translation>Кезең</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="114" />
            <source>Region</source>
            <translation>Облыс</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="115" />
            <source>Project</source>
            <translation>Жоба</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="116" />
            <source>Project title</source>
            <translation>Жоба атауы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="118" />
            <source>With photos and scans (in a folder beside the workbook)</source>
            <translation>Фото мен скандармен (жұмыс кітабының жанындағы бумада)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="142" />
            <source>&amp;Export to Excel…</source>
            <translation>Excel-ге &amp;экспорттау…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="146" />
            <source>Cancel</source>
            <translation>Бас тарту</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="149" />
            <source>&amp;Open the workbook</source>
            <translation>Жұмыс кітабын &amp;ашу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="150" />
            <source>Open its &amp;folder</source>
            <translation>&amp;Бумасын ашу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="192" />
            <source>The period ends before it starts.</source>
            <translation>Кезеңнің аяқталу күні басталу күнінен ерте.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="215" />
            <source>All projects</source>
            <translation>Барлық жобалар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="236" />
            <source>A project's report carries the project's title.</source>
            <translation>Жоба есебінің тақырыбы — жобаның атауы.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="275" />
            <location filename="../../src/fieldmon/ui/reports_page.py" line="297" />
            <source>Counting…</source>
            <translation>Есептелуде…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="282" />
            <source>Indicator</source>
            <translation>Индикатор</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="318" />
            <source>The figures could not be counted; see the log file.</source>
            <translation>Сандарды есептеу мүмкін болмады; журнал файлын қараңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="335" />
            <location filename="../../src/fieldmon/ui/reports_page.py" line="434" />
            <location filename="../../src/fieldmon/ui/reports_page.py" line="439" />
            <location filename="../../src/fieldmon/ui/reports_page.py" line="449" />
            <source>Cannot export</source>
            <translation>Экспорттау мүмкін емес</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="339" />
            <source>Export the quarterly report</source>
            <translation>Тоқсандық есепті экспорттау</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="341" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel жұмыс кітаптары (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="387" />
            <source>Writing {0}…</source>
            <translation>{0} жазылуда…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="398" />
            <source>Cancelling…</source>
            <translation>Тоқтатылуда…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="416" />
            <source>Saved {0} ({1} rows).</source>
            <translation>Сақталды: {0} ({1} жол).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="418" />
            <source>Evidence files: {0} in {1}.</source>
            <translation>Растайтын файлдар: {0}, {1} ішінде.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="431" />
            <source>Export cancelled; no file was written.</source>
            <translation>Экспорт тоқтатылды; ешқандай файл жазылмады.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="440" />
            <source>Cannot write the workbook: {0}</source>
            <translation>Жұмыс кітабын жазу мүмкін емес: {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/reports_page.py" line="450" />
            <source>An unexpected error stopped the export; see the log file.</source>
            <translation>Күтпеген қате экспортты тоқтатты; журнал файлын қараңыз.</translation>
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
            <translation>Индикатор</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_model.py" line="100" />
            <source>Level</source>
            <translation>Деңгей</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_model.py" line="101" />
            <source>Measure</source>
            <translation>Есептеу тәсілі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_model.py" line="102" />
            <source>Region</source>
            <translation>Облыс</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_model.py" line="103" />
            <source>Unit</source>
            <translation>Өлшем бірлігі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_model.py" line="104" />
            <source>Baseline</source>
            <translation>Базалық мән</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_model.py" line="105" />
            <source>Target</source>
            <translation>Мақсатты мән</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_model.py" line="106" />
            <source>This quarter</source>
            <translation>Осы тоқсан</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_model.py" line="107" />
            <source>Year to date</source>
            <translation>Жыл басынан бері</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_model.py" line="108" />
            <source>Since the start</source>
            <translation>Жоба басталғаннан бері</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_model.py" line="109" />
            <source>% of target</source>
            <translation>Мақсатты мәннің %-ы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_model.py" line="205" />
            <source>Target for {0}: {1}</source>
            <translation>{0} жылғы мақсатты мән: {1}</translation>
        </message>
    </context>
    <context>
        <name>ResultsPage</name>
        <message>
            <location filename="../../src/fieldmon/ui/results_page.py" line="102" />
            <source>Project</source>
            <translation>Жоба</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_page.py" line="105" />
            <source>Quarter</source>
            <translation>Тоқсан</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_page.py" line="124" />
            <source>&amp;Add indicator…</source>
            <translation>Индикатор &amp;қосу…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_page.py" line="127" />
            <source>&amp;Edit indicator…</source>
            <translation>Индикаторды &amp;түзету…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_page.py" line="130" />
            <source>&amp;Delete indicator</source>
            <translation>Индикаторды &amp;өшіру</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_page.py" line="196" />
            <source>There are no projects yet. Add one on the Projects page (or with 'fieldmon project add'); its indicators are set up here.</source>
            <translation>Әзірге жобалар жоқ. Жобаны «Жобалар» бетінде (немесе 'fieldmon project add' командасымен) қосыңыз; оның индикаторлары осында бапталады.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_page.py" line="318" />
            <source>Donor: {0}</source>
            <translation>Донор: {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_page.py" line="395" />
            <source>Counting…</source>
            <translation>Есептелуде…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_page.py" line="417" />
            <source>The figures could not be counted; details are in the log file.</source>
            <translation>Сандарды есептеу мүмкін болмады; толығырақ журнал файлында.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_page.py" line="436" />
            <source>Indicator</source>
            <translation>Индикатор</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_page.py" line="466" />
            <source>Delete indicator</source>
            <translation>Индикаторды өшіру</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_page.py" line="468" />
            <source>Delete the indicator {0} «{1}»? The values typed for it are kept and come back if it is added again with this code.</source>
            <translation>{0} «{1}» индикаторын өшіру керек пе? Оған енгізілген мәндер сақталады және ол осы кодпен қайта қосылса, қайтып оралады.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_page.py" line="489" />
            <source>Choose an indicator to see its values by quarter.</source>
            <translation>Тоқсандар бойынша мәндерін көру үшін индикаторды таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_page.py" line="491" />
            <source>This project has no indicators yet; add them with Add indicator.</source>
            <translation>Бұл жобада әзірге индикатор жоқ; оларды «Индикатор қосу» батырмасымен қосыңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_page.py" line="499" />
            <source>{0} «{1}» is computed from the project's records ({2}); it has no values to type.</source>
            <translation>{0} «{1}» жобаның жазбаларынан есептеледі ({2}); оған мән енгізілмейді.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_page.py" line="507" />
            <source>Values of {0} «{1}» by quarter: type a value and a note.</source>
            <translation>{0} «{1}» мәндері тоқсандар бойынша: мән мен ескертпені енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_page.py" line="539" />
            <source>Choose an indicator first.</source>
            <translation>Алдымен индикаторды таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_page.py" line="548" />
            <source>{0}: saved.</source>
            <translation>{0}: сақталды.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_page.py" line="554" />
            <source>{0}: the note is saved with the quarter's value; type the value too.</source>
            <translation>{0}: ескертпе тоқсанның мәнімен бірге сақталады; мәнді де енгізіңіз.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="138" />
            <source>Settings</source>
            <translation>Баптаулар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="141" />
            <source>System default</source>
            <translation>Жүйедегідей</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="154" />
            <source>Central database</source>
            <translation>Орталық дерекқор</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="161" />
            <location filename="../../src/fieldmon/ui/dialogs.py" line="183" />
            <source>Empty: keep the saved one</source>
            <translation>Бос болса, сақталғаны қалады</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="168" />
            <source>The password is kept in this computer's keyring, never in the database.</source>
            <translation>Құпиясөз дерекқорда емес, осы компьютердің құпиясөздер қоймасында сақталады.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="173" />
            <source>Address:</source>
            <translation>Мекенжай:</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="174" />
            <source>Password:</source>
            <translation>Құпиясөз:</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="179" />
            <source>Data packages</source>
            <translation>Деректер пакеттері</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="191" />
            <source>The team's passphrase encrypts the data packages you send and opens those you receive; it is kept in this computer's keyring.</source>
            <translation>Команданың құпиясөзі сіз жіберетін деректер пакеттерін шифрлайды және сізге келгендерін ашады; ол осы компьютердің құпиясөздер қоймасында сақталады.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="198" />
            <source>Exchange passphrase:</source>
            <translation>Алмасу құпиясөзі:</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="210" />
            <source>Language:</source>
            <translation>Тіл:</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="211" />
            <source>Officer's name:</source>
            <translation>Маманның аты-жөні:</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="212" />
            <source>Backups to keep:</source>
            <translation>Сақталатын көшірмелер саны:</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="222" />
            <source>Security</source>
            <translation>Қауіпсіздік</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="233" />
            <source>Never</source>
            <translation>Ешқашан</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="234" />
            <source> min</source>
            <translation> мин</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="240" />
            <source>A protected database locks fieldmon after this long without use; open forms stay as they are.</source>
            <translation>Қорғалған дерекқор fieldmon-ды осынша уақыт пайдаланылмаса құлыптайды; ашық формалар сол күйінде қалады.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="249" />
            <source>Lock after:</source>
            <translation>Құлыптау уақыты:</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="258" />
            <source>A database on a server is protected by the server.</source>
            <translation>Сервердегі дерекқорды сервер қорғайды.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="260" />
            <location filename="../../src/fieldmon/ui/dialogs.py" line="270" />
            <source>Protect with a password…</source>
            <translation>Құпиясөзбен қорғау…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="263" />
            <source>This database is encrypted with a password.</source>
            <translation>Бұл дерекқор құпиясөзбен шифрланған.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="264" />
            <source>Change password…</source>
            <translation>Құпиясөзді өзгерту…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="268" />
            <source>This database is not encrypted: whoever has the file can read it.</source>
            <translation>Бұл дерекқор шифрланбаған: файлы бар кез келген адам оны оқи алады.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/dialogs.py" line="306" />
            <source>Central database address: type it to keep a password for it.</source>
            <translation>Орталық дерекқордың мекенжайы: құпиясөзді сақтау үшін мекенжайды енгізіңіз.</translation>
        </message>
    </context>
    <context>
        <name>SiteView</name>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="78" />
            <source>Date</source>
            <translation>Күні</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="79" />
            <location filename="../../src/fieldmon/ui/site_view.py" line="103" />
            <source>Officer</source>
            <translation>Маман</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="80" />
            <source>Purpose</source>
            <translation>Мақсаты</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="81" />
            <source>Funds used</source>
            <translation>Қаражат</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="82" />
            <source>Equipment</source>
            <translation>Жабдық</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="83" />
            <source>Rating</source>
            <translation>Баға</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="84" />
            <source>Findings</source>
            <translation>Анықталғандар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="85" />
            <source>Follow-up</source>
            <translation>Келесі әрекет</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="103" />
            <source>Due</source>
            <translation>Мерзімі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="103" />
            <source>Action</source>
            <translation>Әрекет</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="103" />
            <source>Visit</source>
            <translation>Сапар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="106" />
            <source>No follow-up action is open.</source>
            <translation>Ашық келесі әрекет жоқ.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="109" />
            <source>Loan no.</source>
            <translation>Қарыз №</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="110" />
            <source>Borrower</source>
            <translation>Қарыз алушы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="111" />
            <source>Disbursed</source>
            <translation>Берілген күні</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="112" />
            <source>Principal</source>
            <translation>Негізгі сома</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="113" />
            <source>Outstanding</source>
            <translation>Өтелмеген қалдық</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="114" />
            <source>Status</source>
            <translation>Күйі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="123" />
            <source>&amp;Open visit</source>
            <translation>Сапарды &amp;ашу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="125" />
            <source>Close</source>
            <translation>Жабу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="133" />
            <source>Visits, newest first</source>
            <translation>Сапарлар (ең жаңасы басында)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="137" />
            <source>Open follow-ups</source>
            <translation>Ашық келесі әрекеттер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="141" />
            <source>Loans</source>
            <translation>Қарыздар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="184" />
            <source>Cannot open the site</source>
            <translation>Нысанды ашу мүмкін емес</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="191" />
            <source>Site: {0}</source>
            <translation>Нысан: {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/site_view.py" line="195" />
            <source>%Ln visit(s), the last on {0} by {1}.</source>
            <translation>
                <numerusform>%Ln сапар; оны {0} күні {1} жасаған.</numerusform>
                <numerusform>%Ln сапар; соңғысын {0} күні {1} жасаған.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="199" />
            <source>No visit recorded.</source>
            <translation>Сапар тіркелмеген.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="201" />
            <source>{type} — {place}. {summary}</source>
            <translation>{type} — {place}. {summary}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="212" />
            <source>Yes</source>
            <translation>Иә</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="212" />
            <source>No</source>
            <translation>Жоқ</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="239" />
            <source>closed {0}</source>
            <translation>{0} жабылды</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="241" />
            <source>due {0}</source>
            <translation>мерзімі {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="243" />
            <source>open</source>
            <translation>ашық</translation>
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
                <numerusform>Мерзімі %Ln күн өткен</numerusform>
                <numerusform>Мерзімі %Ln күн өткен</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="265" />
            <source>Loans do not finance this kind of site.</source>
            <translation>Мұндай нысан түрі қарызбен қаржыландырылмайды.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="269" />
            <source>{product} loans made in {place}. Loans are not linked to a site, so every such loan of the place is listed.</source>
            <translation>{place} бойынша берілген қарыздар: {product}. Қарыз нысанға байланыстырылмайды, сондықтан осы жердегі осындай қарыздардың бәрі көрсетілген.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="278" />
            <source>{0}, {1} days in arrears</source>
            <translation>{0}, {1} күн кешіктірілген</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="304" />
            <source>Findings: {0}</source>
            <translation>Анықталғандар: {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/site_view.py" line="307" />
            <source>Follow-up: {0}</source>
            <translation>Келесі әрекет: {0}</translation>
        </message>
    </context>
    <context>
        <name>SyncArea</name>
        <message>
            <location filename="../../src/fieldmon/ui/sync_area.py" line="52" />
            <source>Sync n&amp;ow</source>
            <translation>Си&amp;нхрондау</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/sync_area.py" line="57" />
            <source>Send what changed here to the central database and receive what changed there.</source>
            <translation>Осындағы өзгерістерді орталық дерекқорға жіберу және ондағы өзгерістерді алу.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/sync_area.py" line="72" />
            <source>Cancel</source>
            <translation>Бас тарту</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/sync_area.py" line="106" />
            <source>Never synced · %Ln change(s) waiting</source>
            <translation>
                <numerusform>Әлі синхрондалмаған · жіберілмеген өзгеріс: %Ln</numerusform>
                <numerusform>Әлі синхрондалмаған · жіберілмеген өзгерістер: %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/sync_area.py" line="108" />
            <source>Last sync: {0} · %Ln change(s) waiting</source>
            <translation>
                <numerusform>Соңғы синхрондау: {0} · жіберілмеген өзгеріс: %Ln</numerusform>
                <numerusform>Соңғы синхрондау: {0} · жіберілмеген өзгерістер: %Ln</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/sync_area.py" line="121" />
            <source>Connecting to the central database…</source>
            <translation>Орталық дерекқорға қосылуда…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/sync_area.py" line="140" />
            <location filename="../../src/fieldmon/ui/sync_area.py" line="260" />
            <source>Sync now</source>
            <translation>Синхрондау</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/sync_area.py" line="142" />
            <source>No central database is set: type its address in File → Settings, then sync again.</source>
            <translation>Орталық дерекқор көрсетілмеген: оның мекенжайын Файл → Баптаулар ішінде енгізіп, қайта синхрондаңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/sync_area.py" line="177" />
            <source>Cancelling after the current step…</source>
            <translation>Ағымдағы қадамнан кейін тоқтатылады…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/sync_area.py" line="192" />
            <source>Central database password</source>
            <translation>Орталық дерекқордың құпиясөзі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/sync_area.py" line="193" />
            <source>Password for {0} (leave empty if it needs none):</source>
            <translation>{0} үшін құпиясөз (қажет болмаса, бос қалдырыңыз):</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/sync_area.py" line="203" />
            <source>Sending changes to the central database…</source>
            <translation>Өзгерістер орталық дерекқорға жіберілуде…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/sync_area.py" line="205" />
            <source>Receiving changes from the central database…</source>
            <translation>Орталық дерекқордан өзгерістер алынуда…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/sync_area.py" line="222" />
            <source>Synced: {0} records sent, {1} received.</source>
            <translation>Синхрондалды: {0} жазба жіберілді, {1} жазба алынды.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/sync_area.py" line="229" />
            <source>%Ln conflict(s) found here wait on the Conflicts page.</source>
            <translation>
                <numerusform>Осында табылған %Ln қайшылық «Қайшылықтар» бетінде күтуде.</numerusform>
                <numerusform>Осында табылған %Ln қайшылық «Қайшылықтар» бетінде күтуде.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/sync_area.py" line="237" />
            <source>%Ln conflict(s) found on the central database wait for the coordinator.</source>
            <translation>
                <numerusform>Орталық дерекқорда табылған %Ln қайшылық үйлестірушінің шешімін күтуде.</numerusform>
                <numerusform>Орталық дерекқорда табылған %Ln қайшылық үйлестірушінің шешімін күтуде.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/sync_area.py" line="259" />
            <source>An unexpected error stopped the sync; see the log file.</source>
            <translation>Күтпеген қате синхрондауды тоқтатты; журнал файлын қараңыз.</translation>
        </message>
    </context>
    <context>
        <name>TrainingForm</name>
        <message>
            <location filename="../../src/fieldmon/ui/training_form.py" line="49" />
            <source>New training</source>
            <translation>Жаңа оқыту</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/training_form.py" line="49" />
            <source>Edit training</source>
            <translation>Оқытуды түзету</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/training_form.py" line="64" />
            <source>Present every day</source>
            <translation>Күн сайын қатысу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/training_form.py" line="65" />
            <source>Present at least</source>
            <translation>Қатысу кемінде</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/training_form.py" line="68" />
            <source> day(s)</source>
            <translation> күн</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/training_form.py" line="86" />
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/training_form.py" line="87" />
            <source>Title</source>
            <translation>Атауы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/training_form.py" line="88" />
            <source>Project</source>
            <translation>Жоба</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/training_form.py" line="89" />
            <source>Topic</source>
            <translation>Тақырыбы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/training_form.py" line="90" />
            <source>Kind</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/training_form.py" line="91" />
            <source>Start date</source>
            <translation>Басталу күні</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/training_form.py" line="92" />
            <source>Days</source>
            <translation>Күн саны</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/training_form.py" line="93" />
            <source>Completion</source>
            <translation>Аяқтау шарты</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/training_form.py" line="94" />
            <source>Region</source>
            <translation>Облыс</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/training_form.py" line="95" />
            <source>District or town</source>
            <translation>Аудан немесе қала</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/training_form.py" line="96" />
            <source>Venue</source>
            <translation>Өтетін орны</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/training_form.py" line="97" />
            <source>Organizer</source>
            <translation>Ұйымдастырушы</translation>
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
            <translation>Қатысушы қосу: атының бір бөлігін теріп, таңдаңыз немесе Enter басыңыз</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="307" />
            <source>Edit event…</source>
            <translation>Іс-шараны түзету…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="309" />
            <location filename="../../src/fieldmon/ui/attendance.py" line="484" />
            <source>Remove participant</source>
            <translation>Қатысушыны алып тастау</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="311" />
            <source>Certificate for the selected…</source>
            <translation>Таңдалғанға сертификат…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="313" />
            <source>Certificates for all who completed…</source>
            <translation>Аяқтағандардың бәріне сертификат…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="316" />
            <source>Delete training</source>
            <translation>Оқытуды өшіру</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="320" />
            <source>Delete this event with its attendance (Ctrl+Z in the main window brings them back).</source>
            <translation>Бұл іс-шараны қатысу белгілерімен бірге өшіру (негізгі терезеде Ctrl+Z оларды қайтарады).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="338" />
            <source>Sign-in sheets and photos</source>
            <translation>Тіркеу парақтары және фото</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="359" />
            <source>Training {0}</source>
            <translation>Оқыту {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="363" />
            <source>completed when present every day</source>
            <translation>күн сайын қатысса, аяқтады деп саналады</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/attendance.py" line="365" />
            <source>completed when present at least %n day(s)</source>
            <translation>
                <numerusform>кемінде %n күн қатысса, аяқтады деп саналады</numerusform>
                <numerusform>кемінде %n күн қатысса, аяқтады деп саналады</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/attendance.py" line="370" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n күн</numerusform>
                <numerusform>%n күн</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="374" />
            <source>organizer: {0}</source>
            <translation>ұйымдастырушы: {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="375" />
            <source>facilitator: {0}</source>
            <translation>тренер: {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="395" />
            <source>Registered: {0} · present at least one day: {1} · completed: {2} · women: {3}, men: {4} · person-days: {5}</source>
            <translation>Тіркелген: {0} · кемінде бір күн қатысқан: {1} · аяқтаған: {2} · әйелдер: {3}, ерлер: {4} · адам-күн: {5}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="428" />
            <source>{0}, born {1}</source>
            <translation>{0}, {1} жылы туған</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="485" />
            <source>Remove {0} from this training? Their marks are kept in the history.</source>
            <translation>{0} осы оқытудан алып тасталсын ба? Оның белгілері тарихта сақталады.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="510" />
            <location filename="../../src/fieldmon/ui/attendance.py" line="518" />
            <source>No certificate</source>
            <translation>Сертификат жоқ</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="511" />
            <source>Choose a participant who completed the training.</source>
            <translation>Оқытуды аяқтаған қатысушыны таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="518" />
            <source>Nobody has completed it yet.</source>
            <translation>Оны әлі ешкім аяқтаған жоқ.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="524" />
            <source>Save certificates</source>
            <translation>Сертификаттарды сақтау</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="524" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF файлдары (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/attendance.py" line="531" />
            <source>Cannot save</source>
            <translation>Сақтау мүмкін емес</translation>
        </message>
    </context>
    <context>
        <name>TrainingsArea</name>
        <message>
            <location filename="../../src/fieldmon/ui/areas/trainings.py" line="25" />
            <source>New &amp;training</source>
            <translation>Жаңа оқ&amp;ыту</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/trainings.py" line="85" />
            <source>Training saved.</source>
            <translation>Оқыту сақталды.</translation>
        </message>
    </context>
    <context>
        <name>TrainingsPage</name>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="134" />
            <source>Search code, title or topic…</source>
            <translation>Код, атау немесе тақырып бойынша іздеу…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="138" />
            <source>All regions</source>
            <translation>Барлық облыстар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="147" />
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="148" />
            <source>Title</source>
            <translation>Атауы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="149" />
            <source>Kind</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="150" />
            <source>Starts</source>
            <translation>Басталуы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="151" />
            <source>Days</source>
            <translation>Күн саны</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="152" />
            <source>Region</source>
            <translation>Облыс</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="153" />
            <source>Registered</source>
            <translation>Тіркелген</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="154" />
            <source>Completed</source>
            <translation>Аяқтаған</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="161" />
            <source>&amp;New training</source>
            <translation>&amp;Жаңа оқыту</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="164" />
            <source>&amp;Open</source>
            <translation>&amp;Ашу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/trainings_page.py" line="202" />
            <source>Showing the newest {0}; search to narrow.</source>
            <translation>Ең соңғы {0} көрсетілген; нақтылау үшін іздеңіз.</translation>
        </message>
    </context>
    <context>
        <name>ValuesModel</name>
        <message>
            <location filename="../../src/fieldmon/ui/results_model.py" line="231" />
            <source>Value</source>
            <translation>Мән</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/results_model.py" line="231" />
            <source>Note</source>
            <translation>Ескертпе</translation>
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
            <translation>Қолданылмайды</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="137" />
            <location filename="../../src/fieldmon/ui/visit_form.py" line="723" />
            <source>Yes</source>
            <translation>Иә</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="137" />
            <location filename="../../src/fieldmon/ui/visit_form.py" line="723" />
            <source>No</source>
            <translation>Жоқ</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="152" />
            <source>Si&amp;te history…</source>
            <translation>&amp;Нысан тарихы…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="181" />
            <source>Visit date*</source>
            <translation>Сапар күні*</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="182" />
            <source>Officer*</source>
            <translation>Маман*</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="183" />
            <source>Project</source>
            <translation>Жоба</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="184" />
            <source>Region*</source>
            <translation>Облыс*</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="185" />
            <source>District</source>
            <translation>Аудан</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="186" />
            <source>Settlement</source>
            <translation>Елді мекен</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="187" />
            <source>Site*</source>
            <translation>Нысан*</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="188" />
            <source>Site type</source>
            <translation>Нысан түрі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="189" />
            <source>Purpose*</source>
            <translation>Мақсаты*</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="190" />
            <source>Funds used as intended*</source>
            <translation>Қаражат мақсатына сай пайдаланылды*</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="191" />
            <source>Equipment in place and working</source>
            <translation>Жабдық орнында және жұмыс істейді</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="192" />
            <source>Beneficiaries served</source>
            <translation>Қамтылған пайда алушылар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="193" />
            <source>Overall rating*</source>
            <translation>Жалпы баға*</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="194" />
            <source>Findings</source>
            <translation>Анықталғандар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="195" />
            <source>Follow-up action</source>
            <translation>Келесі әрекет</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="196" />
            <source>Follow-up due</source>
            <translation>Келесі әрекет мерзімі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="197" />
            <source>Follow-up closed on</source>
            <translation>Келесі әрекет жабылған күні</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="198" />
            <source>GPS latitude</source>
            <translation>GPS ендігі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="199" />
            <source>GPS longitude</source>
            <translation>GPS бойлығы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="202" />
            <location filename="../../src/fieldmon/ui/visit_form.py" line="364" />
            <source>Visit</source>
            <translation>Сапар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="203" />
            <source>Site</source>
            <translation>Нысан</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="204" />
            <source>Checklist</source>
            <translation>Тексеру тізімі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="205" />
            <source>Findings and follow-up</source>
            <translation>Анықталғандар және келесі әрекет</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="206" />
            <source>Location</source>
            <translation>Орналасқан жері</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="228" />
            <source>Evidence</source>
            <translation>Растаулар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="238" />
            <source>&amp;Save</source>
            <translation>&amp;Сақтау</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="240" />
            <source>Save and close (Ctrl+S)</source>
            <translation>Сақтау және жабу (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="241" />
            <source>Save and &amp;new</source>
            <translation>Сақтау және &amp;жаңа</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="243" />
            <source>Save and start the next visit (Ctrl+Shift+S)</source>
            <translation>Сақтап, келесі сапарды бастау (Ctrl+Shift+S)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="244" />
            <source>&amp;Delete</source>
            <translation>&amp;Өшіру</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="246" />
            <source>&amp;History…</source>
            <translation>&amp;Тарих…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="247" />
            <source>Close</source>
            <translation>Жабу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="298" />
            <source>No, thanks</source>
            <translation>Жоқ, рақмет</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="364" />
            <source>New visit</source>
            <translation>Жаңа сапар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="422" />
            <source>Created by {0} on {1}; last changed by {2} on {3}.</source>
            <translation>Құрған: {0}, {1}; соңғы өзгерткен: {2}, {3}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="476" />
            <source>A photo was taken at {0}, {1}. This visit has no location yet.</source>
            <translation>Фото {0}, {1} нүктесінде түсірілген. Бұл сапардың әзірге координаттары жоқ.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="481" />
            <source>Use the photo's location ({0}, {1})</source>
            <translation>Фотоның координаттарын алу ({0}, {1})</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="528" />
            <source>Every visit to this site, its open follow-ups and the loans behind it</source>
            <translation>Осы нысанға жасалған барлық сапарлар, ашық келесі әрекеттер және оған байланысты қарыздар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="530" />
            <source>Type or pick a site already recorded at this place to see its history</source>
            <translation>Тарихын көру үшін осы жерде бұрыннан тіркелген нысанды жазыңыз немесе таңдаңыз</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="632" />
            <source>Not saved yet</source>
            <translation>Әлі сақталмаған</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="633" />
            <source>Wait until the files are checked, then save.</source>
            <translation>Файлдар тексеріліп болғанша күтіңіз, содан кейін сақтаңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="651" />
            <source>Cannot save</source>
            <translation>Сақтау мүмкін емес</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="683" />
            <source>History of this visit</source>
            <translation>Сапар тарихы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="686" />
            <source>When</source>
            <translation>Қашан</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="686" />
            <source>Who</source>
            <translation>Кім</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="686" />
            <source>Action</source>
            <translation>Әрекет</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="686" />
            <source>Changes</source>
            <translation>Өзгерістер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="689" />
            <source>Created</source>
            <translation>Құрылды</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="690" />
            <source>Changed</source>
            <translation>Өзгертілді</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="691" />
            <source>Deleted</source>
            <translation>Өшірілді</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="692" />
            <source>Restored</source>
            <translation>Қалпына келтірілді</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="693" />
            <source>Conflict settled</source>
            <translation>Қайшылық шешілді</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visit_form.py" line="694" />
            <source>Merged</source>
            <translation>Біріктірілді</translation>
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
            <location filename="../../src/fieldmon/ui/visits_model.py" line="138" />
            <source>Follow-up overdue</source>
            <translation>Келесі әрекет мерзімі өткен</translation>
        </message>
    </context>
    <context>
        <name>VisitsArea</name>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/areas/visits.py" line="24" />
            <source>Delete %Ln visit(s)</source>
            <translation>
                <numerusform>%Ln сапарды өшіру</numerusform>
                <numerusform>%Ln сапарды өшіру</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/areas/visits.py" line="25" />
            <source>Deleted %Ln visit(s). Ctrl+Z brings them back.</source>
            <translation>
                <numerusform>%Ln сапар өшірілді. Ctrl+Z оны қайтарады.</numerusform>
                <numerusform>%Ln сапар өшірілді. Ctrl+Z оларды қайтарады.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/visits.py" line="46" />
            <source>Cannot delete</source>
            <translation>Өшіру мүмкін емес</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/visits.py" line="68" />
            <source>&amp;New visit</source>
            <translation>&amp;Жаңа сапар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/visits.py" line="73" />
            <source>&amp;Delete visit</source>
            <translation>Сапарды &amp;өшіру</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/visits.py" line="111" />
            <source>Cannot open the visit</source>
            <translation>Сапарды ашу мүмкін емес</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/areas/visits.py" line="125" />
            <source>Visit saved.</source>
            <translation>Сапар сақталды.</translation>
        </message>
    </context>
    <context>
        <name>VisitsPage</name>
        <message>
            <location filename="../../src/fieldmon/ui/visits_page.py" line="44" />
            <source>Search site, settlement or district…</source>
            <translation>Нысан, елді мекен немесе аудан бойынша іздеу…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_page.py" line="49" />
            <source>All regions</source>
            <translation>Барлық облыстар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_page.py" line="58" />
            <source>All visits</source>
            <translation>Барлық сапарлар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_page.py" line="59" />
            <source>Follow-up overdue</source>
            <translation>Келесі әрекет мерзімі өткен</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_page.py" line="60" />
            <source>Follow-up open</source>
            <translation>Келесі әрекет ашық</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_page.py" line="67" />
            <source>Clear filters</source>
            <translation>Сүзгілерді тазалау</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_page.py" line="73" />
            <source>From</source>
            <translation>Басы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_page.py" line="75" />
            <source>to</source>
            <translation>соңы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_page.py" line="94" />
            <source>&amp;New visit</source>
            <translation>&amp;Жаңа сапар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_page.py" line="96" />
            <source>&amp;Open</source>
            <translation>&amp;Ашу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_page.py" line="97" />
            <source>De&amp;lete</source>
            <translation>Ө&amp;шіру</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_page.py" line="98" />
            <source>Open &amp;site</source>
            <translation>&amp;Нысанды ашу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_page.py" line="100" />
            <source>Open the site of the selected visit</source>
            <translation>Таңдалған сапардың нысанын ашу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_page.py" line="109" />
            <source>Show</source>
            <translation>Көрсету</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_page.py" line="139" />
            <source>Open visit</source>
            <translation>Сапарды ашу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_page.py" line="140" />
            <source>Open site</source>
            <translation>Нысанды ашу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_page.py" line="141" />
            <source>Delete</source>
            <translation>Өшіру</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_page.py" line="152" />
            <source>All officers</source>
            <translation>Барлық мамандар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/visits_page.py" line="164" />
            <source>Write dates as dd.mm.yyyy.</source>
            <translation>Күндерді кк.аа.жжжж түрінде жазыңыз.</translation>
        </message>
    </context>
    <context>
        <name>fieldmon</name>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="25" />
            <source>'{value}' is not one of: {allowed}.</source>
            <translation>«{value}» тізімде жоқ: {allowed}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="26" />
            <source>'{value}' is not yes, no or empty.</source>
            <translation>«{value}» «иә» да, «жоқ» та, бос та емес.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="152" />
            <source>Microcredit business</source>
            <translation>Микрокредит алған бизнес</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="153" />
            <source>Microleasing equipment</source>
            <translation>Микролизинг жабдығы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="154" />
            <source>Small-grant project</source>
            <translation>Шағын грант жобасы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="155" />
            <source>Health facility</source>
            <translation>Медициналық мекеме</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="156" />
            <source>Child development room</source>
            <translation>Бала дамыту кабинеті</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="157" />
            <source>NGO / community centre</source>
            <translation>ҮЕҰ / қоғамдық орталық</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="158" />
            <location filename="../../src/fieldmon/domain/choices.py" line="164" />
            <location filename="../../src/fieldmon/domain/trainings.py" line="78" />
            <source>Other</source>
            <translation>Басқа</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="161" />
            <source>Routine monitoring</source>
            <translation>Жоспарлы мониторинг</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="162" />
            <source>Verification of use of funds</source>
            <translation>Қаражаттың пайдаланылуын тексеру</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="163" />
            <source>Follow-up</source>
            <translation>Қайталама сапар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="167" />
            <location filename="../../src/fieldmon/domain/choices.py" line="198" />
            <location filename="../../src/fieldmon/services/report_data.py" line="78" />
            <source>Yes</source>
            <translation>Иә</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="168" />
            <source>Partly</source>
            <translation>Ішінара</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="169" />
            <location filename="../../src/fieldmon/domain/choices.py" line="199" />
            <location filename="../../src/fieldmon/services/report_data.py" line="79" />
            <source>No</source>
            <translation>Жоқ</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="170" />
            <location filename="../../src/fieldmon/domain/choices.py" line="200" />
            <source>Not applicable</source>
            <translation>Қолданылмайды</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="173" />
            <source>On track</source>
            <translation>Жоспар бойынша</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="174" />
            <source>Minor issues</source>
            <translation>Шағын кемшіліктер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/choices.py" line="175" />
            <source>Serious issues</source>
            <translation>Елеулі кемшіліктер</translation>
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
            <translation>Тіркелген пайыз</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="80" />
            <source>Declining balance</source>
            <translation>Азаятын қалдыққа</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="86" />
            <source>Repaid</source>
            <translation>Өтелген</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="87" />
            <source>Overdue</source>
            <translation>Мерзімі өткен</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="88" />
            <source>Due next quarter</source>
            <translation>Мерзімі келесі тоқсанда</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="89" />
            <source>Current</source>
            <translation>Ағымдағы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="95" />
            <source>Female</source>
            <translation>Әйел</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="96" />
            <source>Male</source>
            <translation>Ер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="102" />
            <source>Individual</source>
            <translation>Жеке</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="103" />
            <source>Group (2–3 people)</source>
            <translation>Топ (2–3 адам)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="324" />
            <source>A loan number has at most {max} letters, digits, '-', '/' or '.'.</source>
            <translation>Қарыз нөмірінде ең көбі {max} таңба болады: әріптер, цифрлар, '-', '/' немесе '.'.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="327" />
            <source>The principal must be more than 0 and at most {max}.</source>
            <translation>Негізгі сома 0-ден көп, ең көбі {max} болуы керек.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="330" />
            <source>{currency} amounts have at most {places} digits after the decimal point.</source>
            <translation>{currency} сомаларында үтірден кейін ең көбі {places} цифр болады.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="333" />
            <source>The annual rate must be from 0 to {max} %.</source>
            <translation>Жылдық мөлшерлеме 0 мен {max} % аралығында болуы керек.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="334" />
            <source>The term must be from 1 to {max} months.</source>
            <translation>Мерзім 1 мен {max} ай аралығында болуы керек.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="335" />
            <source>The disbursement date cannot be in the future (today is {today}).</source>
            <translation>Қарыз берілген күн болашақта бола алмайды (бүгін {today}).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="338" />
            <source>The date must be in the year 2000 or later.</source>
            <translation>Күн 2000 жылдан ерте болмауы керек.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="339" />
            <source>The first due date must be after the disbursement date ({disbursed}).</source>
            <translation>Бірінші өтеу мерзімі қарыз берілген күннен ({disbursed}) кейін болуы керек.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="342" />
            <source>The first due date must be within a year of the disbursement date.</source>
            <translation>Бірінші өтеу мерзімі қарыз берілген күннен бастап бір жыл ішінде болуы керек.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="345" />
            <source>The committee approval must be on or before the disbursement ({disbursed}).</source>
            <translation>Комитеттің мақұлдауы қарыз берілген күннен ({disbursed}) кеш болмауы керек.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="348" />
            <source>The amount must be more than 0.</source>
            <translation>Сома 0-ден көп болуы керек.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="349" />
            <source>The repayment cannot be dated before the disbursement ({disbursed}).</source>
            <translation>Өтеу күні қарыз берілген күннен ({disbursed}) ерте бола алмайды.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="352" />
            <source>The repayment date cannot be in the future (today is {today}).</source>
            <translation>Өтеу күні болашақта бола алмайды (бүгін {today}).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="355" />
            <source>The amount is more than the {outstanding} still owed on this loan.</source>
            <translation>Сома осы қарыз бойынша өтелмеген қалдықтан ({outstanding}) көп.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/loans.py" line="358" />
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
            <location filename="../../src/fieldmon/domain/money.py" line="42" />
            <source>'{value}' is not a currency; write KZT or USD.</source>
            <translation>«{value}» валюта емес; KZT немесе USD деп жазыңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/money.py" line="43" />
            <source>'{value}' is not an amount.</source>
            <translation>«{value}» сома емес.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/money.py" line="85" />
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
            <source>'{value}' is not a sex; write female or male (ж / м).</source>
            <translation>«{value}» жыныс емес; «әйел» немесе «ер» деп жазыңыз (ә / е).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/people.py" line="31" />
            <source>'{value}' is not a Kazakhstan phone number; write it like +7 701 234 56 78.</source>
            <translation>«{value}» қазақстандық телефон нөмірі емес; +7 701 234 56 78 түрінде жазыңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/people.py" line="35" />
            <source>An IIN has exactly 12 digits.</source>
            <translation>ЖСН дәл 12 цифрдан тұрады.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/people.py" line="36" />
            <source>The IIN's check digit is wrong; check for a typing error.</source>
            <translation>ЖСН-нің бақылау цифры дұрыс емес; теру қатесі жоқ па, тексеріңіз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/people.py" line="39" />
            <source>The IIN's 7th digit (century and sex) must be 1 to 6.</source>
            <translation>ЖСН-нің 7-цифры (ғасыр мен жыныс) 1 мен 6 аралығында болуы керек.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/people.py" line="42" />
            <source>The IIN does not start with a real birth date (YYMMDD).</source>
            <translation>ЖСН нақты туған күннен (ЖЖААКК) басталмайды.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="58" />
            <source>Seminar</source>
            <translation>Семинар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="59" />
            <source>Master class</source>
            <translation>Шеберлік сыныбы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="60" />
            <source>Workshop</source>
            <translation>Практикум</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="61" />
            <source>Round table</source>
            <translation>Дөңгелек үстел</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="62" />
            <source>Course</source>
            <translation>Курс</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="63" />
            <source>Consultation</source>
            <translation>Кеңес беру</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="69" />
            <source>Health professional</source>
            <translation>Медицина қызметкері</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="70" />
            <source>Volunteer</source>
            <translation>Ерікті</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="71" />
            <source>Entrepreneur</source>
            <translation>Кәсіпкер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="72" />
            <source>Farmer</source>
            <translation>Фермер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="73" />
            <source>Local government</source>
            <translation>Жергілікті атқарушы орган</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="74" />
            <source>NGO / initiative group</source>
            <translation>ҮЕҰ / бастамашыл топ</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="75" />
            <source>Journalist</source>
            <translation>Журналист</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="76" />
            <source>Teacher</source>
            <translation>Мұғалім</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="77" />
            <source>Unemployed</source>
            <translation>Жұмыссыз</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="93" />
            <source>An event lasts from 1 to {max} days.</source>
            <translation>Іс-шара ұзақтығы 1 мен {max} күн аралығында болады.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="94" />
            <source>The days needed to complete must be from 1 to the event's {days} days.</source>
            <translation>Аяқтауға қажет күн саны 1 мен {days} (іс-шара ұзақтығы) аралығында болуы керек.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="97" />
            <source>A test score is a whole number from 0 to 100.</source>
            <translation>Тест балы — 0 мен 100 аралығындағы бүтін сан.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="98" />
            <source>A training code has letters, digits and - / . _ only, without spaces.</source>
            <translation>Оқыту коды тек әріптерден, цифрлардан және - / . _ таңбаларынан тұрады, бос орынсыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/trainings.py" line="101" />
            <source>'{value}' is not a mark; write x for present, leave empty if absent.</source>
            <translation>«{value}» белгі емес; қатысса x қойыңыз, қатыспаса бос қалдырыңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="23" />
            <source>Required.</source>
            <translation>Міндетті өріс.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="24" />
            <source>The visit date cannot be in the future (today is {today}).</source>
            <translation>Сапар күні болашақта бола алмайды (бүгін {today}).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="27" />
            <source>The visit date must be in the year 2000 or later.</source>
            <translation>Сапар күні 2000 жылдан ерте болмауы керек.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="28" />
            <source>The follow-up due date must be on or after the visit date ({visit_date}).</source>
            <translation>Келесі әрекеттің мерзімі сапар күнінен ({visit_date}) ерте болмауы керек.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="31" />
            <source>Describe the follow-up action, or clear its due date.</source>
            <translation>Келесі әрекетті сипаттаңыз немесе оның мерзімін тазалаңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="34" />
            <source>Give the follow-up action a due date.</source>
            <translation>Келесі әрекеттің мерзімін көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="35" />
            <source>The follow-up cannot be closed before the visit date ({visit_date}).</source>
            <translation>Келесі әрекетті сапар күнінен ({visit_date}) бұрын жабуға болмайды.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="38" />
            <source>The follow-up cannot be closed on a future date.</source>
            <translation>Келесі әрекетті болашақ күнмен жабуға болмайды.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="39" />
            <source>There is no follow-up action to close.</source>
            <translation>Жабатын келесі әрекет жоқ.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="40" />
            <source>Beneficiaries must be a whole number from 0 to {max}.</source>
            <translation>Пайда алушылар саны 0 мен {max} аралығындағы бүтін сан болуы керек.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="43" />
            <source>'{value}' is not a number.</source>
            <translation>«{value}» сан емес.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="44" />
            <source>Latitude must be between {min} and {max} (inside Kazakhstan).</source>
            <translation>Ендік {min} және {max} аралығында болуы керек (Қазақстан аумағында).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="47" />
            <source>Longitude must be between {min} and {max} (inside Kazakhstan).</source>
            <translation>Бойлық {min} және {max} аралығында болуы керек (Қазақстан аумағында).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="50" />
            <source>Give both latitude and longitude, or neither.</source>
            <translation>Ендікті де, бойлықты да көрсетіңіз немесе екеуін де бос қалдырыңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="51" />
            <source>Too long: at most {max} characters.</source>
            <translation>Тым ұзын: ең көбі {max} таңба.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="154" />
            <source>Choose the type of the new site.</source>
            <translation>Жаңа нысанның түрін таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="155" />
            <source>Choose the region of the site.</source>
            <translation>Нысанның облысын таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/periods.py" line="16" />
            <source>'{value}' is not a quarter; write it like 2026Q3.</source>
            <translation>«{value}» тоқсан емес; 2026Q3 түрінде жазыңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/periods.py" line="17" />
            <source>'{value}' is not a real date.</source>
            <translation>«{value}» — мұндай күн жоқ.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/periods.py" line="19" />
            <source>'{value}' is not a date; write it as dd.mm.yyyy.</source>
            <translation>«{value}» күн емес; кк.аа.жжжж түрінде жазыңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/domain/visits.py" line="169" />
            <source>'{value}' is not a whole number.</source>
            <translation>«{value}» бүтін сан емес.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="64" />
            <location filename="../../src/fieldmon/ui/home_page.py" line="324" />
            <source>This quarter ({0})</source>
            <translation>Осы тоқсан ({0})</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="65" />
            <location filename="../../src/fieldmon/ui/home_page.py" line="327" />
            <source>Previous quarter ({0})</source>
            <translation>Алдыңғы тоқсан ({0})</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="69" />
            <source>This period ({0})</source>
            <translation>Осы кезең ({0})</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="70" />
            <source>Previous period ({0})</source>
            <translation>Алдыңғы кезең ({0})</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="71" />
            <source>Year to date ({0}–{1})</source>
            <translation>Жыл басынан бері ({0}–{1})</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="142" />
            <source>Monitoring visits</source>
            <translation>Мониторингтік сапарлар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="54" />
            <source>No officer name: pass --officer NAME, set FIELDMON_OFFICER, or set it once in the app.</source>
            <translation>Маманның аты көрсетілмеген: --officer NAME параметрін беріңіз, FIELDMON_OFFICER айнымалысын орнатыңыз немесе атыңызды бағдарламада бір рет көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="58" />
            <source>There is no database at {path}.</source>
            <translation>{path} жолында дерекқор жоқ.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="59" />
            <source>Cannot write {path}: {reason}.</source>
            <translation>{path} файлына жазу мүмкін емес: {reason}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="60" />
            <source>--region: unknown region '{name}'.</source>
            <translation>--region: белгісіз облыс «{name}».</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/cli.py" line="65" />
            <source>Imported %n loan(s) ({people}).</source>
            <translation>
                <numerusform>%n қарыз импортталды ({people}).</numerusform>
                <numerusform>%n қарыз импортталды ({people}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/cli.py" line="66" />
            <source>%n new person(s)</source>
            <translation>
                <numerusform>%n жаңа адам</numerusform>
                <numerusform>%n жаңа адам</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/cli.py" line="67" />
            <source>Posted %n repayment(s).</source>
            <translation>
                <numerusform>%n өтеу тіркелді.</numerusform>
                <numerusform>%n өтеу тіркелді.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/cli.py" line="68" />
            <source>Imported %n training(s).</source>
            <translation>
                <numerusform>%n оқыту импортталды.</numerusform>
                <numerusform>%n оқыту импортталды.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/cli.py" line="69" />
            <source>Imported %n training(s) ({unchanged} already recorded, left as they were).</source>
            <translation>
                <numerusform>%n оқыту импортталды ({unchanged} бұрыннан тіркелген, өзгеріссіз қалдырылды).</numerusform>
                <numerusform>%n оқыту импортталды ({unchanged} бұрыннан тіркелген, өзгеріссіз қалдырылды).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/cli.py" line="75" />
            <source>Imported attendance of %n participant(s) ({people}).</source>
            <translation>
                <numerusform>%n қатысушының қатысуы импортталды ({people}).</numerusform>
                <numerusform>%n қатысушының қатысуы импортталды ({people}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/cli.py" line="78" />
            <source>Wrote the {period} report to {path} (%n row(s)).</source>
            <translation>
                <numerusform>{period} кезеңінің есебі {path} файлына жазылды (%n жол).</numerusform>
                <numerusform>{period} кезеңінің есебі {path} файлына жазылды (%n жол).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/cli.py" line="79" />
            <source>Wrote %n record(s) ({deleted} deleted) to {path}.</source>
            <translation>
                <numerusform>%n жазба ({deleted} өшірілген) {path} файлына жазылды.</numerusform>
                <numerusform>%n жазба ({deleted} өшірілген) {path} файлына жазылды.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/cli.py" line="80" />
            <source>%n conflict(s) wait(s) for review (fieldmon conflicts; in the app: Conflicts).</source>
            <translation>
                <numerusform>%n қайшылық қарауды күтеді (fieldmon conflicts; бағдарламада: Қайшылықтар).</numerusform>
                <numerusform>%n қайшылық қарауды күтеді (fieldmon conflicts; бағдарламада: Қайшылықтар).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/cli.py" line="86" />
            <source>As of {as_of}: {status}, %n day(s) in arrears, outstanding principal {outstanding} {currency}</source>
            <translation>
                <numerusform>{as_of} жағдай бойынша: {status}, мерзімі %n күн өткен, өтелмеген негізгі сома {outstanding} {currency}</numerusform>
                <numerusform>{as_of} жағдай бойынша: {status}, мерзімі %n күн өткен, өтелмеген негізгі сома {outstanding} {currency}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="95" />
            <source>place</source>
            <translation>орын</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="96" />
            <source>borrower</source>
            <translation>қарыз алушы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="97" />
            <source>person</source>
            <translation>адам</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="98" />
            <source>site</source>
            <translation>нысан</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="99" />
            <source>training</source>
            <translation>оқыту</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="100" />
            <source>loan</source>
            <translation>қарыз</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="101" />
            <source>participation</source>
            <translation>қатысу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="102" />
            <source>visit</source>
            <translation>сапар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="103" />
            <source>repayment</source>
            <translation>өтеу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="104" />
            <source>project</source>
            <translation>жоба</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="105" />
            <source>indicator</source>
            <translation>индикатор</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="106" />
            <source>indicator value</source>
            <translation>индикатор мәні</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="107" />
            <source>attached file</source>
            <translation>тіркелген файл</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="110" />
            <source>Wrote the visits import template to {path}.</source>
            <translation>Сапарларды импорттау үлгісі {path} файлына жазылды.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="111" />
            <source>Wrote the loans import template to {path}.</source>
            <translation>Қарыздарды импорттау үлгісі {path} файлына жазылды.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="112" />
            <source>Wrote the repayments import template to {path}.</source>
            <translation>Өтеулерді импорттау үлгісі {path} файлына жазылды.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="113" />
            <source>Wrote the trainings import template to {path}.</source>
            <translation>Оқытуларды импорттау үлгісі {path} файлына жазылды.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="114" />
            <source>Wrote the attendance import template to {path}.</source>
            <translation>Қатысуды импорттау үлгісі {path} файлына жазылды.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="115" />
            <source>Wrote the indicators import template to {path}.</source>
            <translation>Индикаторларды импорттау үлгісі {path} файлына жазылды.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="116" />
            <source>Wrote the indicator values import template to {path}.</source>
            <translation>Индикатор мәндерін импорттау үлгісі {path} файлына жазылды.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="121" />
            <location filename="../../src/fieldmon/reports/indicators.py" line="144" />
            <location filename="../../src/fieldmon/services/home.py" line="158" />
            <location filename="../../src/fieldmon/services/report_data.py" line="291" />
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="53" />
            <source>Visits</source>
            <translation>Сапарлар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="122" />
            <source>Sites</source>
            <translation>Нысандар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="125" />
            <source>People</source>
            <translation>Адамдар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="250" />
            <source>Offline-first monitoring of development projects. Without a command, starts the GUI.</source>
            <translation>Даму жобаларының желісіз жұмысқа бейімделген мониторингі. Пәрменсіз іске қосылса, графикалық интерфейс ашылады.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="261" />
            <source>database file or SQLAlchemy URL (default: $FIELDMON_DB or fieldmon.db in the user-data folder)</source>
            <translation>дерекқор файлы немесе SQLAlchemy URL (әдепкі: $FIELDMON_DB немесе пайдаланушы деректері бумасындағы fieldmon.db)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="271" />
            <source>officer who records (default: $FIELDMON_OFFICER or the stored profile)</source>
            <translation>деректерді енгізетін маман (әдепкі: $FIELDMON_OFFICER немесе сақталған профиль)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="280" />
            <source>language of what fieldmon prints (default: $FIELDMON_LANG, else the app's setting, else the system's language, else en)</source>
            <translation>fieldmon шығаратын мәтіндердің тілі (әдепкі: $FIELDMON_LANG, болмаса бағдарлама баптауындағы тіл, болмаса жүйе тілі, болмаса en)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="292" />
            <source>the encrypted database's password: the first line of F (default: $FIELDMON_PASSWORD)</source>
            <translation>шифрланған дерекқордың құпиясөзі: F файлының бірінші жолы (әдепкі: $FIELDMON_PASSWORD)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="302" />
            <source>start the GUI (the default)</source>
            <translation>графикалық интерфейсті іске қосу (әдепкі)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="308" />
            <source>interface language for this run</source>
            <translation>осы жолғы іске қосудағы интерфейс тілі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="315" />
            <source>a data package to offer for import once the window is open (a double-click on a package runs `fieldmon FILE.fmpkg`)</source>
            <translation>терезе ашылғаннан кейін импорттауға ұсынылатын деректер пакеті (пакетті екі рет шерткенде `fieldmon FILE.fmpkg` іске қосылады)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="324" />
            <source>add realistic demo data</source>
            <translation>шынайыға жақын демо деректер қосу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="331" />
            <source>how many (200)</source>
            <translation>қанша сапар (200)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="338" />
            <source>how many loans (60)</source>
            <translation>қанша қарыз (60)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="345" />
            <source>how many training events (12)</source>
            <translation>қанша оқыту іс-шарасы (12)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="353" />
            <source>photos for the N latest visits, scanned contracts and sign-in sheets for N loans and trainings (12; 0 for none)</source>
            <translation>соңғы N сапарға фото, N қарыз бен оқытуға шарттар мен тіркеу парақтарының скандары (12; 0 — онсыз)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="363" />
            <source>write an empty import workbook</source>
            <translation>импортқа арналған бос жұмыс кітабын жазу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="372" />
            <source>language of the workbook's sheet, headers and notes (default: the command line's)</source>
            <translation>жұмыс кітабындағы парақтың, тақырыптар мен ескертпелердің тілі (әдепкі: пәрмен жолының тілі)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="380" />
            <source>import a workbook (all rows or none)</source>
            <translation>жұмыс кітабын импорттау (не барлық жол, не ешбірі)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="385" />
            <source>look at loans</source>
            <translation>қарыздарды қарау</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="388" />
            <source>a loan with its schedule and repayments</source>
            <translation>қарыз, оның өтеу кестесі мен өтеулері</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="395" />
            <source>state as of this date (default: today)</source>
            <translation>көрсетілген күнгі жағдай (әдепкі: бүгін)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="400" />
            <source>print JSON (amounts as strings)</source>
            <translation>JSON шығару (сомалар мәтін түрінде)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="403" />
            <source>print JSON</source>
            <translation>JSON шығару</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="404" />
            <source>e.g. 2026Q3</source>
            <translation>мысалы, 2026Q3</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="405" />
            <source>only this region or city (any of its names)</source>
            <translation>тек осы облыс немесе қала (кез келген атауымен)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="408" />
            <source>key figures for a quarter or a date range</source>
            <translation>тоқсан немесе күндер аралығы бойынша негізгі көрсеткіштер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="415" />
            <source>only this project's records (its code; default: all)</source>
            <translation>тек осы жобаның жазбалары (оның коды; әдепкі бойынша: барлығы)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="423" />
            <source>a project's indicators against their targets for a period</source>
            <translation>жоба индикаторларын кезең бойынша мақсатты мәндермен салыстыру</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="437" />
            <source>write the quarterly Excel report (Summary and detail sheets)</source>
            <translation>тоқсандық Excel есебін жазу (Жиынтық және толық деректер парақтары)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="450" />
            <source>only this project's records, with its title, donor and a Results sheet</source>
            <translation>тек осы жобаның жазбалары — жоба атауымен, донорымен және «Нәтижелер» парағымен</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="461" />
            <source>language of headers and labels (default: the command line's)</source>
            <translation>тақырыптар мен жазулардың тілі (әдепкі: пәрмен жолының тілі)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="468" />
            <source>project title (default: the one set in the app)</source>
            <translation>жоба атауы (әдепкі: бағдарламада көрсетілген атау)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="476" />
            <source>also write the covered records' photos and scans to a folder beside the workbook, listed on an Evidence sheet</source>
            <translation>есепке енген жазбалардың фото мен скандарын жұмыс кітабының жанындағы бумаға да жазу, тізімі «Растаулар» парағында</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="484" />
            <source>the id of a visit, loan or training</source>
            <translation>сапардың, қарыздың немесе оқытудың идентификаторы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="487" />
            <source>list the photos and scans attached to records</source>
            <translation>жазбаларға тіркелген фото мен скандардың тізімі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="494" />
            <source>attach photos or scans to a visit, loan or training (all checked first; if one is refused, none is attached)</source>
            <translation>сапарға, қарызға немесе оқытуға фото не скан тіркеу (алдымен бәрі тексеріледі; біреуі қабылданбаса, ешқайсысы тіркелмейді)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="503" />
            <source>caption</source>
            <translation>сипаттама</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="508" />
            <source>for a training's sign-in sheet: the day it is for</source>
            <translation>оқытудың тіркеу парағы үшін: ол қай күнге арналған</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="512" />
            <source>exchange data with the coordinator</source>
            <translation>үйлестірушімен деректер алмасу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="520" />
            <source>write a data package (by default what changed since the last export to the same folder)</source>
            <translation>деректер пакетін жазу (әдепкі бойынша — сол бумаға соңғы экспорттан бері өзгергендер)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="532" />
            <source>what changed since DATE</source>
            <translation>DATE күнінен бері өзгергендер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="535" />
            <source>every record</source>
            <translation>барлық жазба</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="542" />
            <source>only this project: its records, indicators and people, and every place (what changed since its last export to the same folder)</source>
            <translation>тек осы жоба: оның жазбалары, индикаторлары мен адамдары және барлық орындар (сол бумаға жасалған соңғы экспорттан бері не өзгерді)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="555" />
            <source>encrypt the package with the team's exchange passphrase, read from F (else from FIELDMON_PACKAGE_PASSWORD)</source>
            <translation>пакетті команданың алмасу құпиясөзімен шифрлау; құпиясөз F файлынан оқылады (болмаса FIELDMON_PACKAGE_PASSWORD айнымалысынан)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="566" />
            <source>write a plain package, not encrypted (only without personal data)</source>
            <translation>шифрланбаған қарапайым пакет жазу (тек дербес деректер болмаса)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="574" />
            <source>check a data package whole, then merge it field by field</source>
            <translation>деректер пакетін тұтастай тексеріп, содан кейін өрістер бойынша біріктіру</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="585" />
            <source>the team's exchange passphrase for an encrypted package, read from F (else from FIELDMON_PACKAGE_PASSWORD)</source>
            <translation>шифрланған пакетке арналған команданың алмасу құпиясөзі; F файлынан оқылады (болмаса FIELDMON_PACKAGE_PASSWORD айнымалысынан)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="594" />
            <source>add, change and list projects</source>
            <translation>жобаларды қосу, өзгерту және тізімін шығару</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="600" />
            <source>add a project</source>
            <translation>жоба қосу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="601" />
            <source>change a project (what is given)</source>
            <translation>жобаны өзгерту (көрсетілгенін)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="604" />
            <source>e.g. UNHS</source>
            <translation>мысалы, UNHS</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="610" />
            <source>the implementing partners</source>
            <translation>іске асырушы серіктестер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="616" />
            <source>the regions it works in, comma-separated (any of their names)</source>
            <translation>ол жұмыс істейтін облыстар, үтір арқылы (атауларының кез келгені)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="622" />
            <source>list the projects</source>
            <translation>жобалар тізімін шығару</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="628" />
            <source>list the conflicts merges left for review</source>
            <translation>біріктіру кезінде қарауға қалдырылған қайшылықтарды тізіп шығару</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="635" />
            <source>search visits, sites, loans, trainings and people for TEXT (any case), as the lists do</source>
            <translation>сапарлардан, нысандардан, қарыздардан, оқытулардан және адамдардан TEXT мәтінін іздеу (регистр ескерілмейді), тізімдердегідей</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="647" />
            <source>matches shown of each kind (default: 20)</source>
            <translation>әр түрден көрсетілетін сәйкестіктер саны (әдепкі: 20)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="653" />
            <source>only this project's records, and the people in its loans and trainings</source>
            <translation>тек осы жобаның жазбалары және оның қарыздары мен оқытуларындағы адамдар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="664" />
            <source>a checked copy of the database (default: in its backups folder)</source>
            <translation>дерекқордың тексерілген көшірмесі (әдепкі: оның сақтық көшірмелер бумасында)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="673" />
            <source>replace the database with a backup (checked first; the current one is backed up before)</source>
            <translation>дерекқорды сақтық көшірмемен ауыстыру (көшірме алдымен тексеріледі; ағымдағы дерекқордың сақтық көшірмесі алдын ала жасалады)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="684" />
            <source>check the database's integrity (exit 1 when damaged)</source>
            <translation>дерекқордың тұтастығын тексеру (бүлінген болса, шығу коды 1)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="691" />
            <source>exchange this database with a central PostgreSQL database, both ways</source>
            <translation>осы дерекқор мен орталық PostgreSQL дерекқоры арасында екі жақты деректер алмасу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="704" />
            <source>protect the database with a password (encrypts it and its backups in place, prints a recovery key once), or change the password of an encrypted one</source>
            <translation>дерекқорды құпиясөзбен қорғау (дерекқор мен оның сақтық көшірмелерін орнында шифрлайды, қалпына келтіру кілтін бір рет шығарады) немесе шифрланған дерекқордың құпиясөзін өзгерту</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="716" />
            <source>the new password: the first line of F</source>
            <translation>жаңа құпиясөз: F файлының бірінші жолы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="722" />
            <source>make no recovery key (a forgotten password then loses the data)</source>
            <translation>қалпына келтіру кілтін жасамау (сонда құпиясөз ұмытылса, деректер жоғалады)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="730" />
            <source>write a plain (unencrypted) copy of the database to a new file</source>
            <translation>дерекқордың шифрланбаған көшірмесін жаңа файлға жазу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="739" />
            <source>set a new password with the recovery key printed by encrypt</source>
            <translation>encrypt пәрмені шығарған қалпына келтіру кілтімен жаңа құпиясөз орнату</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="755" />
            <source>Give either --quarter or --from/--to, not both.</source>
            <translation>Не --quarter, не --from/--to көрсетіңіз, екеуін бірге емес.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="762" />
            <source>--quarter: {reason}.</source>
            <translation>--quarter: {reason}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="766" />
            <source>--to is before --from.</source>
            <translation>--to мәні --from мәнінен ерте.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="769" />
            <source>Give a period: --quarter 2026Q3, or --from DATE --to DATE.</source>
            <translation>Кезеңді көрсетіңіз: --quarter 2026Q3 немесе --from DATE --to DATE.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="791" />
            <source>Cannot read {what} from {path}: {reason}.</source>
            <translation>{path} файлынан {what} оқылмайды: {reason}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="799" />
            <source>The first line of {path} is empty; it should hold {what}.</source>
            <translation>{path} файлының бірінші жолы бос; онда {what} жазылуы керек.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="808" />
            <source>the password</source>
            <translation>құпиясөз</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="809" />
            <source>the new password</source>
            <translation>жаңа құпиясөз</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="810" />
            <source>the recovery key</source>
            <translation>қалпына келтіру кілті</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="861" />
            <source>Added {visits} demo visits, {loans} demo loans and {trainings} demo trainings to {db}.</source>
            <translation>{db} дерекқорына {visits} демо сапар, {loans} демо қарыз және {trainings} демо оқыту қосылды.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="875" />
            <source>Attached {files} demo photos and scans.</source>
            <translation>Демо фото мен скандар тіркелді: {files}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="929" />
            <source>Indicators: {added} added, {updated} updated.</source>
            <translation>Индикаторлар: {added} қосылды, {updated} өзгертілді.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="935" />
            <source>Indicator values: {n} written or cleared.</source>
            <translation>Индикатор мәндері: {n} жазылды немесе тазартылды.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="941" />
            <source>Imported {visits} visits ({sites} new sites, {places} new districts or settlements).</source>
            <translation>{visits} сапар импортталды ({sites} жаңа нысан, {places} жаңа аудан немесе елді мекен).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1027" />
            <source>Loan {loan_no}: {borrower}, {product}, {principal} {currency}</source>
            <translation>Қарыз {loan_no}: {borrower}, {product}, {principal} {currency}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1048" />
            <source>Interest</source>
            <translation>Пайыз</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1050" />
            <source>Paid</source>
            <translation>Төленген</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1060" />
            <source>paid {paid_on} {amount} {currency}, receipt {receipt} (reversed)</source>
            <translation>{paid_on} күні {amount} {currency} төленді, түбіртек {receipt} (кері қайтарылды)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1064" />
            <source>paid {paid_on} {amount} {currency}, receipt {receipt}</source>
            <translation>{paid_on} күні {amount} {currency} төленді, түбіртек {receipt}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1115" />
            <location filename="../../src/fieldmon/cli.py" line="1177" />
            <source>Project: {project}</source>
            <translation>Жоба: {project}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1116" />
            <location filename="../../src/fieldmon/cli.py" line="1173" />
            <source>Period: {period}</source>
            <translation>Кезең: {period}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1129" />
            <location filename="../../src/fieldmon/reports/results_sheet.py" line="85" />
            <source>Baseline</source>
            <translation>Базалық мән</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1130" />
            <source>Target</source>
            <translation>Мақсатты мән</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1132" />
            <source>Year</source>
            <translation>Жыл</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1133" />
            <source>Since start</source>
            <translation>Басынан бері</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1175" />
            <source>Region: {region}</source>
            <translation>Облыс: {region}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1197" />
            <source>-o: the report is an Excel workbook; give a file name ending in .xlsx.</source>
            <translation>-o: есеп Excel жұмыс кітабы түрінде жазылады; атауы .xlsx деп аяқталатын файлды көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1223" />
            <source>Evidence files written to {folder}: {count}.</source>
            <translation>Растайтын файлдар {folder} ішіне жазылды: {count}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1228" />
            <source>Note: {note}</source>
            <translation>Ескертпе: {note}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1233" />
            <location filename="../../src/fieldmon/reports/evidence_folder.py" line="130" />
            <source>Record</source>
            <translation>Жазба</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1234" />
            <source>Record id</source>
            <translation>Жазба идентификаторы</translation>
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
            <translation>Сипаттама</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1237" />
            <source>Size, bytes</source>
            <translation>Өлшемі, байт</translation>
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
            <translation>Файл түрі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1240" />
            <location filename="../../src/fieldmon/reports/evidence_folder.py" line="137" />
            <source>Taken at</source>
            <translation>Түсірілген уақыты</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1241" />
            <source>GPS</source>
            <translation>GPS</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1243" />
            <source>There is no visit, loan or training {id}.</source>
            <translation>Мұндай сапар, қарыз немесе оқыту жоқ: {id}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1287" />
            <source>No files are attached.</source>
            <translation>Тіркелген файлдар жоқ.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1322" />
            <source>--day is for a training's sign-in sheets.</source>
            <translation>--day тек оқытудың тіркеу парақтарына арналған.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1326" />
            <source>--day: training {code} has {days} days.</source>
            <translation>--day: {code} оқытуында {days} күн бар.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1338" />
            <source>Nothing was attached.</source>
            <translation>Ештеңе тіркелмеді.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1346" />
            <source>Files attached to the {kind} {id}: {count}.</source>
            <translation>Тіркелген файлдар ({kind} {id}): {count}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1366" />
            <source>{type} new {new}  updated {updated}  unchanged {unchanged}  conflicts {conflicts}</source>
            <translation>{type} жаңа {new}  жаңартылған {updated}  өзгеріссіз {unchanged}  қайшылық {conflicts}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1387" />
            <source>Photos and scans this database did not have: {count}.</source>
            <translation>Бұл дерекқорда болмаған фото мен скандар: {count}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1400" />
            <source>Cannot read the exchange passphrase from {path}: {reason}.</source>
            <translation>{path} файлынан алмасу құпиясөзі оқылмайды: {reason}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1409" />
            <source>{path} holds no exchange passphrase.</source>
            <translation>{path} файлында алмасу құпиясөзі жоқ.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1422" />
            <source>-o: give a file name ending in {suffix}.</source>
            <translation>-o: {suffix} кеңейтімі бар файл атауын көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1434" />
            <source>This database is encrypted: give the exchange passphrase (FIELDMON_PACKAGE_PASSWORD or --package-password-file) or --plain to send personal data unprotected.</source>
            <translation>Бұл дерекқор шифрланған: алмасу құпиясөзін көрсетіңіз (FIELDMON_PACKAGE_PASSWORD немесе --package-password-file) немесе дербес деректерді қорғаусыз жіберу үшін --plain қосыңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1448" />
            <source>Nothing changed since the last export to {folder}; wrote an empty package to {path} (--all exports everything).</source>
            <translation>{folder} бумасына соңғы экспорттаудан бері ештеңе өзгермеген; бос пакет жазылды: {path} (--all барлық деректі экспорттайды).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1474" />
            <source>The package {name} is encrypted: give the exchange passphrase (FIELDMON_PACKAGE_PASSWORD or --package-password-file).</source>
            <translation>{name} пакеті шифрланған: алмасу құпиясөзін көрсетіңіз (FIELDMON_PACKAGE_PASSWORD немесе --package-password-file).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1484" />
            <source>Nothing new: everything in {file} is already in this database.</source>
            <translation>Жаңа ештеңе жоқ: {file} ішіндегінің бәрі осы дерекқорда бұрыннан бар.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1490" />
            <source>Imported {file}:</source>
            <translation>{file} импортталды:</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1497" />
            <source>Loan {loan_no}, receipt {receipt}: typed on two laptops; it counts once (the first posted).</source>
            <translation>Қарыз {loan_no}, түбіртек {receipt}: екі ноутбукта енгізілген; бір рет есептеледі (бірінші тіркелгені).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1503" />
            <source>Loan {loan_no}, receipt {receipt}: posted twice with different amounts or dates; it counts once (the first posted).</source>
            <translation>Қарыз {loan_no}, түбіртек {receipt}: әртүрлі сомамен немесе күнмен екі рет тіркелген; бір рет есептеледі (бірінші тіркелгені).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1512" />
            <source>Loan {loan_no} is over-paid by {amount} {currency}: check its repayments.</source>
            <translation>Қарыз {loan_no} бойынша {amount} {currency} артық төленген: өтеулерін тексеріңіз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1572" />
            <source>No projects yet: fieldmon project add CODE.</source>
            <translation>Әзірге жоба жоқ: fieldmon project add КОД.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1593" />
            <source>Added the project {code}.</source>
            <translation>{code} жобасы қосылды.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1609" />
            <source>Changed the project {code}.</source>
            <translation>{code} жобасы өзгертілді.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1611" />
            <source>The project {code} is unchanged.</source>
            <translation>{code} жобасы өзгермеді.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1638" />
            <source>No conflicts wait for review.</source>
            <translation>Қарауды күтетін қайшылықтар жоқ.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1642" />
            <source>{type} {record}: {field} = {kept} ({kept_by}), other: {other} ({other_by})</source>
            <translation>{type} {record}: {field} = {kept} ({kept_by}), басқа мән: {other} ({other_by})</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1665" />
            <source>Synchronized with {server}.</source>
            <translation>{server} дерекқорымен синхрондалды.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1670" />
            <source>Sent:</source>
            <translation>Жіберілді:</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1671" />
            <source>Sent: nothing new.</source>
            <translation>Жіберілді: жаңа ештеңе жоқ.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1675" />
            <source>Received:</source>
            <translation>Алынды:</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1676" />
            <source>Received: nothing new.</source>
            <translation>Алынды: жаңа ештеңе жоқ.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1691" />
            <source>Conflicts wait for review on the side that found them (fieldmon conflicts).</source>
            <translation>Қайшылықтар оларды анықтаған жақта қарауды күтеді (fieldmon conflicts).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1709" />
            <source>backup, restore and check work on a SQLite database file; back up a PostgreSQL database with pg_dump.</source>
            <translation>backup, restore және check пәрмендері SQLite дерекқор файлымен жұмыс істейді; PostgreSQL дерекқорының сақтық көшірмесін pg_dump арқылы жасаңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1731" />
            <source>Backed up {path} to {copy} (checked).</source>
            <translation>{path} сақтық көшірмесі жасалды: {copy} (тексерілді).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1758" />
            <source>Restored {path} from {file}.</source>
            <translation>{path} дерекқоры {file} көшірмесінен қалпына келтірілді.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1765" />
            <source>The database as it was is kept in {saved}.</source>
            <translation>Дерекқордың бұрынғы нұсқасы {saved} файлында сақталды.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1785" />
            <source>The newest good backup is {backup}: fieldmon restore {backup}</source>
            <translation>Ең соңғы жарамды сақтық көшірме — {backup}: fieldmon restore {backup}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1803" />
            <source>Changed the password of {path} (and of its backups); the recovery key is unchanged.</source>
            <translation>{path} дерекқорының (және оның сақтық көшірмелерінің) құпиясөзі өзгертілді; қалпына келтіру кілті өзгерген жоқ.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1817" />
            <source>Encrypted {path} and its backups. Its key file is {keys}: a copy of the database is unreadable without it.</source>
            <translation>{path} дерекқоры мен оның сақтық көшірмелері шифрланды. Кілт файлы — {keys}: онсыз дерекқордың көшірмесін оқу мүмкін емес.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1828" />
            <source>{path} could not be read, so it is still plain: delete it.</source>
            <translation>{path} оқылмады, сондықтан ол әлі шифрланбаған: оны өшіріңіз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1836" />
            <source>Recovery key (shown only now; keep it on paper, away from the laptop):</source>
            <translation>Қалпына келтіру кілті (тек қазір көрсетіледі; оны қағазға жазып, ноутбуктан бөлек сақтаңыз):</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1854" />
            <source>Wrote a plain copy of {path} to {copy}: anyone can read it.</source>
            <translation>{path} дерекқорының шифрланбаған көшірмесі {copy} файлына жазылды: оны кез келген адам оқи алады.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1874" />
            <source>Set a new password for {path}; the old one no longer opens it.</source>
            <translation>{path} үшін жаңа құпиясөз орнатылды; ескі құпиясөз енді оны ашпайды.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1886" />
            <source>--limit must be at least 1.</source>
            <translation>--limit кемінде 1 болуы керек.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1898" />
            <source>Nothing matches '{text}'.</source>
            <translation>«{text}» бойынша ештеңе табылмады.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1907" />
            <source>{kind} ({total}, the first {shown} shown):</source>
            <translation>{kind} ({total}, алғашқы {shown} көрсетілген):</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1915" />
            <source>{kind} ({total}):</source>
            <translation>{kind} ({total}):</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1999" />
            <source>an unexpected error stopped the command; details are in {log}.</source>
            <translation>күтпеген қате пәрменді тоқтатты; толығырақ {log} файлында.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="145" />
            <location filename="../../src/fieldmon/services/home.py" line="159" />
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="54" />
            <source>Sites visited</source>
            <translation>Барылған нысандар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="148" />
            <location filename="../../src/fieldmon/services/home.py" line="162" />
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="55" />
            <source>Follow-up actions due and still open at the period's end</source>
            <translation>Кезең соңында мерзімі жеткен, бірақ әлі жабылмаған келесі әрекеттер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="156" />
            <location filename="../../src/fieldmon/reports/quarterly.py" line="593" />
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="78" />
            <source>Visits by region</source>
            <translation>Облыстар бойынша сапарлар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="161" />
            <source>Microcredit and microleasing</source>
            <translation>Микрокредит және микролизинг</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="165" />
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="58" />
            <source>Loans disbursed by the period's end</source>
            <translation>Кезең соңына дейін берілген қарыздар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="169" />
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="59" />
            <source>Loans disbursed in the period</source>
            <translation>Кезеңде берілген қарыздар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="171" />
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="60" />
            <source>Repayments received</source>
            <translation>Алынған өтеулер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="173" />
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="82" />
            <source>Amount repaid, {0}</source>
            <translation>Өтелген сома, {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="179" />
            <location filename="../../src/fieldmon/ui/home_page.py" line="200" />
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="72" />
            <source>Loans by status at the period's end</source>
            <translation>Кезең соңындағы күйі бойынша қарыздар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="192" />
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="81" />
            <source>Loans by product</source>
            <translation>Өнімдер бойынша қарыздар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="197" />
            <source>Outstanding principal and PAR30 by currency</source>
            <translation>Валюталар бойынша өтелмеген негізгі сома және PAR30</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="201" />
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="79" />
            <source>Outstanding principal, {0}</source>
            <translation>Өтелмеген негізгі сома, {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="206" />
            <location filename="../../src/fieldmon/services/home.py" line="149" />
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="80" />
            <source>Portfolio at risk over 30 days, {0}</source>
            <translation>30 күннен астам тәуекелдегі портфель, {0}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/evidence_folder.py" line="43" />
            <location filename="../../src/fieldmon/reports/indicators.py" line="213" />
            <source>Training</source>
            <translation>Оқыту</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="215" />
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="61" />
            <source>Training events</source>
            <translation>Оқыту іс-шаралары</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="218" />
            <location filename="../../src/fieldmon/services/home.py" line="170" />
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="65" />
            <source>People trained (each person counted once)</source>
            <translation>Оқытылған адамдар (әр адам бір рет есептеледі)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="222" />
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="62" />
            <source>Participations (a person at two events: two)</source>
            <translation>Қатысулар (екі іс-шараға қатысқан адам — екі)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="226" />
            <location filename="../../src/fieldmon/services/home.py" line="174" />
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="68" />
            <source>Participations completed</source>
            <translation>Аяқталған қатысулар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="228" />
            <location filename="../../src/fieldmon/services/report_data.py" line="700" />
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="69" />
            <source>Person-days</source>
            <translation>Адам-күн</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="233" />
            <location filename="../../src/fieldmon/reports/quarterly.py" line="603" />
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="71" />
            <source>People trained by sex</source>
            <translation>Жынысы бойынша оқытылғандар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="235" />
            <location filename="../../src/fieldmon/services/home.py" line="172" />
            <location filename="../../src/fieldmon/services/report_data.py" line="697" />
            <location filename="../../src/fieldmon/ui/home_page.py" line="303" />
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="74" />
            <source>Women</source>
            <translation>Әйелдер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="236" />
            <location filename="../../src/fieldmon/services/home.py" line="173" />
            <location filename="../../src/fieldmon/services/report_data.py" line="698" />
            <location filename="../../src/fieldmon/ui/home_page.py" line="304" />
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="75" />
            <source>Men</source>
            <translation>Ерлер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="241" />
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="84" />
            <source>People trained by age group</source>
            <translation>Жас тобы бойынша оқытылғандар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="246" />
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="83" />
            <source>People trained by category</source>
            <translation>Санаты бойынша оқытылғандар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/indicators.py" line="251" />
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="85" />
            <source>People trained by region of the event</source>
            <translation>Іс-шара облысы бойынша оқытылғандар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/quarterly.py" line="316" />
            <source> […cut: {0} characters in all]</source>
            <translation> […қысқартылды: барлығы {0} таңба]</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/quarterly.py" line="356" />
            <source>{0} has more rows than an Excel sheet holds; it continues on {1}.</source>
            <translation>{0} парағындағы жолдар Excel парағына сыймайды; жалғасы — {1} парағында.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/quarterly.py" line="436" />
            <source>{0} cells held more text than an Excel cell can; their text was cut: {1}</source>
            <translation>{0} ұяшықтағы мәтін Excel ұяшығына сыймады; мәтіні қысқартылды: {1}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/quarterly.py" line="534" />
            <source>Project</source>
            <translation>Жоба</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/quarterly.py" line="535" />
            <source>Donor</source>
            <translation>Донор</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/quarterly.py" line="536" />
            <source>Project dates</source>
            <translation>Жоба мерзімі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/quarterly.py" line="537" />
            <source>Implementing partners</source>
            <translation>Іске асырушы серіктестер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/quarterly.py" line="538" />
            <source>Project regions</source>
            <translation>Жоба облыстары</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1049" />
            <location filename="../../src/fieldmon/reports/quarterly.py" line="451" />
            <source>Total</source>
            <translation>Барлығы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/quarterly.py" line="488" />
            <source>Summary</source>
            <translation>Жиынтық</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/quarterly.py" line="518" />
            <source>Project monitoring report</source>
            <translation>Жоба мониторингі туралы есеп</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/quarterly.py" line="528" />
            <source>All regions</source>
            <translation>Барлық облыстар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1131" />
            <location filename="../../src/fieldmon/reports/quarterly.py" line="542" />
            <location filename="../../src/fieldmon/reports/results_sheet.py" line="72" />
            <source>Period</source>
            <translation>Кезең</translation>
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
            <translation>Облыс</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/quarterly.py" line="544" />
            <source>Generated</source>
            <translation>Жасалған күні</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/quarterly.py" line="545" />
            <source>fieldmon version</source>
            <translation>fieldmon нұсқасы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1128" />
            <location filename="../../src/fieldmon/reports/quarterly.py" line="550" />
            <location filename="../../src/fieldmon/reports/results_sheet.py" line="83" />
            <source>Indicator</source>
            <translation>Индикатор</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/quarterly.py" line="552" />
            <source>Key (fieldmon summary --json)</source>
            <translation>Кілт (fieldmon summary --json)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/quarterly.py" line="613" />
            <location filename="../../src/fieldmon/reports/results_sheet.py" line="92" />
            <source>Notes</source>
            <translation>Ескертпелер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loans/commands.py" line="36" />
            <source>Loan number {loan_no} is already used.</source>
            <translation>Қарыз нөмірі {loan_no} бұрыннан қолданылған.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loans/commands.py" line="37" />
            <source>Loan number {loan_no} belongs to a deleted loan; use another number or undo the deletion.</source>
            <translation>Қарыз нөмірі {loan_no} өшірілген қарызға тиесілі; басқа нөмірді қолданыңыз немесе өшіруді болдырмаңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loans/commands.py" line="41" />
            <source>A group has 2 or 3 members.</source>
            <translation>Топта 2 немесе 3 адам болады.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loans/commands.py" line="42" />
            <source>An individual borrower is one person.</source>
            <translation>Жеке қарыз алушы — бір адам.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loans/commands.py" line="43" />
            <source>The same person is listed twice in the group.</source>
            <translation>Топта бір адам екі рет көрсетілген.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loans/commands.py" line="44" />
            <source>This loan has repayments; reverse them before changing its amount, rate, term or dates.</source>
            <translation>Бұл қарыз бойынша өтеулер бар; сомасын, мөлшерлемесін, мерзімін не күндерін өзгертпес бұрын оларды кері қайтарыңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loans/commands.py" line="48" />
            <source>Receipt {receipt_no} is already posted on this loan.</source>
            <translation>Түбіртек {receipt_no} осы қарыз бойынша бұрыннан тіркелген.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loans/commands.py" line="51" />
            <source>Say why the repayment is reversed.</source>
            <translation>Өтеуді кері қайтару себебін көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loans/commands.py" line="460" />
            <source>Loan {loan_no} has repayments; reverse them before deleting the loan.</source>
            <translation>{loan_no} қарызы бойынша өтеулер бар; қарызды өшірмес бұрын оларды кері қайтарыңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loans/_rows.py" line="33" />
            <source>This loan no longer exists; it may have been deleted.</source>
            <translation>Бұл қарыз енді жоқ; ол өшірілген болуы мүмкін.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loans/commands.py" line="444" />
            <source>This repayment does not exist or is already reversed.</source>
            <translation>Бұл өтеу жоқ немесе бұрыннан кері қайтарылған.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loans/queries.py" line="384" />
            <source>This place no longer exists.</source>
            <translation>Бұл орын енді жоқ.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1744" />
            <location filename="../../src/fieldmon/services/packages.py" line="192" />
            <source>There is no file '{file}'.</source>
            <translation>«{file}» файлы жоқ.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="193" />
            <source>'{file}' is not a fieldmon data package.</source>
            <translation>«{file}» fieldmon деректер пакеті емес.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="194" />
            <source>The package holds a file with an unsafe name, '{name}'; it was not imported.</source>
            <translation>Пакетте қауіпті атаулы файл бар: «{name}»; пакет импортталмады.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="197" />
            <source>The package holds an unexpected file, '{name}'; it was not imported.</source>
            <translation>Пакетте күтілмеген файл бар: «{name}»; пакет импортталмады.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="200" />
            <source>The package was made by a newer fieldmon (package format {format}); update fieldmon to import it.</source>
            <translation>Пакет fieldmon бағдарламасының жаңарақ нұсқасында жасалған (пакет пішімі {format}); оны импорттау үшін fieldmon бағдарламасын жаңартыңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="205" />
            <source>The package's manifest is damaged ({problem}); it was not imported.</source>
            <translation>Пакеттің тізімдемесі бүлінген ({problem}); пакет импортталмады.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="208" />
            <source>The package lacks '{name}', which its manifest lists; it was not imported.</source>
            <translation>Пакетте тізімдемеде көрсетілген «{name}» файлы жоқ; пакет импортталмады.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="211" />
            <source>'{name}' in the package is not the size its manifest gives; the file is damaged.</source>
            <translation>Пакеттегі «{name}» өлшемі тізімдемедегімен сәйкес келмейді; файл бүлінген.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="215" />
            <source>'{name}' in the package does not match its checksum; the file was changed or damaged.</source>
            <translation>Пакеттегі «{name}» бақылау сомасына сәйкес келмейді; файл өзгертілген немесе бүлінген.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="219" />
            <source>'{name}' in the package is damaged and cannot be read; it was not imported.</source>
            <translation>Пакеттегі «{name}» бүлінген, оны оқу мүмкін емес; пакет импортталмады.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="222" />
            <source>'{name}' line {line}: {problem}.</source>
            <translation>«{name}», {line}-жол: {problem}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="223" />
            <source>'{name}' in the package is larger than the {count} lines its manifest lists can be; the package is damaged or not from fieldmon.</source>
            <translation>Пакеттегі «{name}» тізімдемеде көрсетілген {count} жол сыятын көлемнен үлкен; пакет бүлінген немесе fieldmon пакеті емес.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="228" />
            <source>'{name}' line {line}: a line is longer than {limit}; the package is damaged or not from fieldmon.</source>
            <translation>«{name}», {line}-жол: жол ұзындығы {limit} шегінен асады; пакет бүлінген немесе fieldmon пакеті емес.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="233" />
            <source>'{name}' line {line}: the manifest lists only {expected} lines; the package is damaged or not from fieldmon.</source>
            <translation>«{name}», {line}-жол: тізімдемеде тек {expected} жол көрсетілген; пакет бүлінген немесе fieldmon пакеті емес.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="238" />
            <source>'{name}' holds {found} records but the manifest says {expected}.</source>
            <translation>«{name}» ішінде {found} жазба бар, ал тізімдемеде {expected} деп көрсетілген.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="241" />
            <source>'{name}' line {line}: {column} {value} is neither in the package nor in this database.</source>
            <translation>«{name}», {line}-жол: {column} {value} пакетте де, осы дерекқорда да жоқ.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="245" />
            <source>'{name}' in the package is larger than {limit}, more than an attached file can be; the package is damaged or not from fieldmon.</source>
            <translation>Пакеттегі «{name}» {limit} шегінен үлкен — тіркелген файл мұндай бола алмайды; пакет бүлінген немесе fieldmon пакеті емес.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="250" />
            <source>'{name}' in the package is not the photo or scan its list of files says; it was not imported.</source>
            <translation>Пакеттегі «{name}» оның файлдар тізімінде көрсетілген фото не скан емес; пакет импортталмады.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="254" />
            <source>The number of attached files in the package ({found}) is not the {expected} its manifest counts; it was not imported.</source>
            <translation>Пакеттегі тіркелген файлдар саны ({found}) оның тізімдемесінде көрсетілген {expected} санына тең емес; пакет импортталмады.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="259" />
            <source>'{name}' line {line}: {column} '{value}' belongs to another record in this database.</source>
            <translation>«{name}», {line}-жол: {column} «{value}» осы дерекқордағы басқа жазбаға тиесілі.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="264" />
            <source>too large</source>
            <translation>тым үлкен</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="265" />
            <source>not JSON</source>
            <translation>JSON емес</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="266" />
            <source>not a fieldmon manifest</source>
            <translation>fieldmon тізімдемесі емес</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="267" />
            <source>no format version</source>
            <translation>пішім нұсқасы жоқ</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="268" />
            <source>the list of files is wrong</source>
            <translation>файлдар тізімі қате</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="269" />
            <source>no checksum for {name}</source>
            <translation>{name} үшін бақылау сомасы жоқ</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="270" />
            <source>no '{key}' counts</source>
            <translation>«{key}» бойынша сандар жоқ</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="271" />
            <source>no count of {table} records</source>
            <translation>{table} жазбаларының саны жоқ</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="272" />
            <source>no count of {key}</source>
            <translation>{key} саны жоқ</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="273" />
            <source>a file appears twice</source>
            <translation>бір файл екі рет кездеседі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="274" />
            <source>not a record</source>
            <translation>жазба емес</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="275" />
            <source>a record appears twice</source>
            <translation>бір жазба екі рет кездеседі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="276" />
            <source>{column} '{value}' appears twice</source>
            <translation>{column} «{value}» екі рет кездеседі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="277" />
            <source>the record is not in the package</source>
            <translation>жазба пакетте жоқ</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="278" />
            <source>unknown fields</source>
            <translation>белгісіз өрістер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="279" />
            <source>an attached file must belong to exactly one visit, loan or training</source>
            <translation>тіркелген файл дәл бір сапарға, қарызға немесе оқытуға тиесілі болуы керек</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="282" />
            <source>'{column}' is missing</source>
            <translation>«{column}» жоқ</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="283" />
            <source>'{column}' is empty</source>
            <translation>«{column}» бос</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="284" />
            <source>'{column}' is not {what}</source>
            <translation>«{column}» {what} емес</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="369" />
            <source>a date and time with a zone</source>
            <translation>уақыт белдеуі көрсетілген күн мен уақыт</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="371" />
            <source>a decimal number</source>
            <translation>ондық сан</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="373" />
            <source>an id</source>
            <translation>идентификатор</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="375" />
            <source>a date</source>
            <translation>күн</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="377" />
            <source>true or false</source>
            <translation>true немесе false</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="379" />
            <source>a whole number</source>
            <translation>бүтін сан</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="381" />
            <source>text</source>
            <translation>мәтін</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="459" />
            <source>a SHA-256 checksum</source>
            <translation>SHA-256 бақылау сомасы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="463" />
            <source>a size up to 25 MB</source>
            <translation>25 МБ-қа дейінгі өлшем</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="470" />
            <source>a photo or scan type</source>
            <translation>фото немесе скан түрі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/packages.py" line="919" />
            <source>a list of people's ids</source>
            <translation>адамдар идентификаторларының тізімі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="80" />
            <source>Open</source>
            <translation>Ашық</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="81" />
            <source>Closed</source>
            <translation>Жабық</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="82" />
            <source>Not in arrears</source>
            <translation>Мерзімі өтпеген</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="83" />
            <source>Evidence files</source>
            <translation>Растайтын файлдар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="85" />
            <source>1–30 days</source>
            <translation>1–30 күн</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="86" />
            <source>31–60 days</source>
            <translation>31–60 күн</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="87" />
            <source>61–90 days</source>
            <translation>61–90 күн</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="88" />
            <source>91–180 days</source>
            <translation>91–180 күн</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="89" />
            <source>Over 180 days</source>
            <translation>180 күннен астам</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/evidence_folder.py" line="132" />
            <location filename="../../src/fieldmon/services/report_data.py" line="293" />
            <source>Date</source>
            <translation>Күні</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="294" />
            <location filename="../../src/fieldmon/services/report_data.py" line="370" />
            <source>Officer</source>
            <translation>Маман</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="296" />
            <source>District</source>
            <translation>Аудан</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="297" />
            <location filename="../../src/fieldmon/services/report_data.py" line="472" />
            <source>Settlement</source>
            <translation>Елді мекен</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="298" />
            <location filename="../../src/fieldmon/services/report_data.py" line="372" />
            <source>Site</source>
            <translation>Нысан</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="299" />
            <source>Site type</source>
            <translation>Нысан түрі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="300" />
            <location filename="../../src/fieldmon/services/report_data.py" line="474" />
            <source>Purpose</source>
            <translation>Мақсаты</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="301" />
            <source>Funds used as intended</source>
            <translation>Қаражат мақсатына сай пайдаланылды</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="302" />
            <source>Equipment in place and working</source>
            <translation>Жабдық орнында және жұмыс істейді</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="303" />
            <source>Beneficiaries served</source>
            <translation>Қамтылған пайда алушылар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="304" />
            <source>Rating</source>
            <translation>Баға</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="305" />
            <source>Findings</source>
            <translation>Анықталғандар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="306" />
            <location filename="../../src/fieldmon/services/report_data.py" line="373" />
            <source>Follow-up action</source>
            <translation>Келесі әрекет</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="307" />
            <source>Follow-up due</source>
            <translation>Келесі әрекет мерзімі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="308" />
            <source>Follow-up closed</source>
            <translation>Келесі әрекет жабылған күні</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/evidence_folder.py" line="37" />
            <source>evidence</source>
            <translation>растаулар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/evidence_folder.py" line="38" />
            <source>Evidence</source>
            <translation>Растаулар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/evidence_folder.py" line="39" />
            <source>{code} day {day}</source>
            <translation>{code} {day}-күн</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/evidence_folder.py" line="41" />
            <source>Visit</source>
            <translation>Сапар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/evidence_folder.py" line="42" />
            <source>Loan</source>
            <translation>Қарыз</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/evidence_folder.py" line="131" />
            <source>Site, loan or event</source>
            <translation>Нысан, қарыз немесе іс-шара</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/evidence_folder.py" line="133" />
            <source>Training day</source>
            <translation>Оқыту күні</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/evidence_folder.py" line="135" />
            <source>Name it was attached under</source>
            <translation>Тіркелген кездегі атауы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/evidence_folder.py" line="138" />
            <location filename="../../src/fieldmon/services/report_data.py" line="309" />
            <source>Latitude</source>
            <translation>Ендік</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/evidence_folder.py" line="139" />
            <location filename="../../src/fieldmon/services/report_data.py" line="310" />
            <source>Longitude</source>
            <translation>Бойлық</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/evidence_folder.py" line="140" />
            <source>Doubts</source>
            <translation>Күмәндар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="367" />
            <source>Follow-ups</source>
            <translation>Келесі әрекеттер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="369" />
            <source>Visit date</source>
            <translation>Сапар күні</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1046" />
            <location filename="../../src/fieldmon/services/report_data.py" line="374" />
            <source>Due</source>
            <translation>Мерзімі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="375" />
            <source>Closed on</source>
            <translation>Жабылған күні</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="376" />
            <source>State at the period's end</source>
            <translation>Кезең соңындағы күйі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="377" />
            <source>Days overdue at the period's end</source>
            <translation>Кезең соңындағы кешіктірілген күндер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="123" />
            <location filename="../../src/fieldmon/services/report_data.py" line="466" />
            <location filename="../../src/fieldmon/services/report_data.py" line="597" />
            <source>Loans</source>
            <translation>Қарыздар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="468" />
            <location filename="../../src/fieldmon/services/report_data.py" line="539" />
            <source>Loan number</source>
            <translation>Қарыз нөмірі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="469" />
            <location filename="../../src/fieldmon/services/report_data.py" line="540" />
            <source>Borrower</source>
            <translation>Қарыз алушы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="470" />
            <source>Borrower type</source>
            <translation>Қарыз алушы түрі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="473" />
            <source>Product</source>
            <translation>Өнім</translation>
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
            <translation>Негізгі сома</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="477" />
            <source>Disbursed on</source>
            <translation>Берілген күні</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="478" />
            <source>Term, months</source>
            <translation>Мерзімі, ай</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="479" />
            <source>Annual rate, %</source>
            <translation>Жылдық мөлшерлеме, %</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="480" />
            <source>Interest method</source>
            <translation>Пайыз есептеу әдісі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="481" />
            <source>Paid by the period's end</source>
            <translation>Кезең соңына дейін төленген</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="482" />
            <location filename="../../src/fieldmon/services/report_data.py" line="598" />
            <source>Outstanding principal</source>
            <translation>Өтелмеген негізгі сома</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="483" />
            <source>Status</source>
            <translation>Күйі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="484" />
            <source>Oldest unpaid instalment</source>
            <translation>Ең ерте төленбеген жарна</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="485" />
            <location filename="../../src/fieldmon/services/report_data.py" line="595" />
            <source>Days in arrears</source>
            <translation>Кешіктірілген күндер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="486" />
            <source>Arrears bucket</source>
            <translation>Кешіктіру тобы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="536" />
            <source>Repayments</source>
            <translation>Өтеулер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="538" />
            <source>Paid on</source>
            <translation>Төленген күні</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="543" />
            <source>Amount</source>
            <translation>Сома</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="544" />
            <source>Receipt number</source>
            <translation>Түбіртек нөмірі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="545" />
            <source>Recorded by</source>
            <translation>Енгізген</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="593" />
            <source>Arrears ageing</source>
            <translation>Кешіктіру мерзімдері</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="599" />
            <source>Share of outstanding</source>
            <translation>Өтелмеген қалдықтағы үлесі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="124" />
            <location filename="../../src/fieldmon/services/report_data.py" line="682" />
            <source>Trainings</source>
            <translation>Оқытулар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="851" />
            <source>--visits, --loans, --trainings and --photos cannot be negative.</source>
            <translation>--visits, --loans, --trainings және --photos теріс сан бола алмайды.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/cli.py" line="1120" />
            <source>The project has no indicators yet: `fieldmon import indicators FILE.xlsx`.</source>
            <translation>Жобада әзірге индикатор жоқ: `fieldmon import indicators FILE.xlsx`.</translation>
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
            <translation>Атауы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="686" />
            <source>Topic</source>
            <translation>Тақырыбы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="687" />
            <source>Kind</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="688" />
            <location filename="../../src/fieldmon/services/report_data.py" line="764" />
            <source>Start date</source>
            <translation>Басталу күні</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="689" />
            <location filename="../../src/fieldmon/services/report_data.py" line="772" />
            <source>Days</source>
            <translation>Күн саны</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="691" />
            <source>Place</source>
            <translation>Орны</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="692" />
            <source>Venue</source>
            <translation>Өтетін орны</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="693" />
            <source>Organizer</source>
            <translation>Ұйымдастырушы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="694" />
            <source>Facilitator</source>
            <translation>Тренер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="695" />
            <source>Registered</source>
            <translation>Тіркелгендер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="696" />
            <source>Present</source>
            <translation>Қатысқандар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="699" />
            <location filename="../../src/fieldmon/services/report_data.py" line="774" />
            <source>Completed</source>
            <translation>Аяқтағандар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="760" />
            <source>Attendance</source>
            <translation>Қатысу</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="762" />
            <source>Event code</source>
            <translation>Іс-шара коды</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="763" />
            <source>Event</source>
            <translation>Іс-шара</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="765" />
            <source>Participant</source>
            <translation>Қатысушы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="766" />
            <source>Sex</source>
            <translation>Жынысы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="767" />
            <source>Birth year</source>
            <translation>Туған жылы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="768" />
            <source>Age group</source>
            <translation>Жас тобы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="769" />
            <source>Category</source>
            <translation>Санаты</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="770" />
            <source>Organization</source>
            <translation>Ұйым</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="773" />
            <source>Days present</source>
            <translation>Қатысқан күндер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="775" />
            <source>Score before</source>
            <translation>Бастапқы балл</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/report_data.py" line="776" />
            <source>Score after</source>
            <translation>Қорытынды балл</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/trainings.py" line="34" />
            <source>Choose the region or city.</source>
            <translation>Облысты немесе қаланы таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/trainings.py" line="35" />
            <source>Training {code} is already recorded.</source>
            <translation>{code} кодты оқыту бұрыннан тіркелген.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/trainings.py" line="36" />
            <source>Training code {code} belongs to a deleted training; use another code or undo the deletion.</source>
            <translation>Оқыту коды {code} өшірілген оқытуға тиесілі; басқа кодты қолданыңыз немесе өшіруді болдырмаңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/trainings.py" line="40" />
            <source>Participants are marked present on day {day}; untick them before shortening.</source>
            <translation>{day}-күні қатысушылар қатысты деп белгіленген; қысқартпас бұрын белгілерді алып тастаңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/trainings.py" line="43" />
            <source>This IIN is {name}'s, who is already in the registry; choose them instead.</source>
            <translation>Бұл ЖСН тізілімде бұрыннан бар {name} деген адамға тиесілі; соны таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/trainings.py" line="46" />
            <source>{name} is already registered at this training.</source>
            <translation>{name} осы оқытуға бұрыннан тіркелген.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/trainings.py" line="180" />
            <source>This training no longer exists; it may have been deleted.</source>
            <translation>Бұл оқыту енді жоқ; ол өшірілген болуы мүмкін.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/trainings.py" line="268" />
            <source>There is no training with the code {code}.</source>
            <translation>{code} кодты оқыту жоқ.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/people.py" line="347" />
            <location filename="../../src/fieldmon/services/trainings.py" line="446" />
            <source>This person is no longer in the registry; they may be merged.</source>
            <translation>Бұл адам енді тізілімде жоқ; оның жазбасы басқа жазбамен біріктірілген болуы мүмкін.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/trainings.py" line="474" />
            <source>This participant is no longer registered at the training.</source>
            <translation>Бұл қатысушы енді оқытуға тіркелмеген.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/people.py" line="611" />
            <source>Choose two different people to merge.</source>
            <translation>Біріктіру үшін екі түрлі адамды таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/people.py" line="547" />
            <source>One of these people is no longer in the registry.</source>
            <translation>Бұл адамдардың бірі енді тізілімде жоқ.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/people.py" line="350" />
            <source>IIN {iin} is already {name}'s (born {year}); if they are one person, merge the two records instead.</source>
            <translation>ЖСН {iin} бұрыннан {name} деген адамға ({year} жылы туған) тиесілі; бұл бір адам болса, оның орнына екі жазбаны біріктіріңіз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/people.py" line="355" />
            <source>{name}, born {year}, is already in the registry; if they are one person, merge the two records instead.</source>
            <translation>{year} жылы туған {name} тізілімде бұрыннан бар; бұл бір адам болса, оның орнына екі жазбаны біріктіріңіз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/people.py" line="360" />
            <source>Choose a category: this person attends trainings, which are counted by it.</source>
            <translation>Санатты таңдаңыз: бұл адам оқытуларға қатысады, ал олар санат бойынша есептеледі.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/people.py" line="618" />
            <source>{keep} and {drop} have different IINs; they are two people.</source>
            <translation>{keep} және {drop} адамдарының ЖСН-і әртүрлі; бұлар — екі бөлек адам.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/backup.py" line="45" />
            <source>it is not a database file</source>
            <translation>бұл дерекқор файлы емес</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/backup.py" line="46" />
            <source>it is not a fieldmon database</source>
            <translation>бұл fieldmon дерекқоры емес</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/backup.py" line="47" />
            <source>it is encrypted and its password was not given</source>
            <translation>ол шифрланған, ал құпиясөзі көрсетілмеген</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/backup.py" line="103" />
            <source>The database is intact.</source>
            <translation>Дерекқор бүлінбеген.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/backup.py" line="105" />
            <source>The database is damaged: {problems}.</source>
            <translation>Дерекқор бүлінген: {problems}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/backup.py" line="133" />
            <source>cannot read it ({reason})</source>
            <translation>оны оқу мүмкін емес ({reason})</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/backup.py" line="157" />
            <source>{table} row {row} points to a missing {parent}</source>
            <translation>{table} кестесінің {row}-жолы жоқ {parent} жазбасына сілтейді</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/backup.py" line="203" />
            <source>The copy of {name} did not pass its check: {verdict}</source>
            <translation>{name} файлының көшірмесі тексеруден өтпеді: {verdict}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/backup.py" line="216" />
            <source>Cannot back up {name}: {reason}.</source>
            <translation>{name} файлының сақтық көшірмесін жасау мүмкін емес: {reason}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/backup.py" line="323" />
            <source>Cannot restore from {name}: {problems}.</source>
            <translation>{name} көшірмесінен қалпына келтіру мүмкін емес: {problems}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/engine.py" line="22" />
            <source>Cannot open the database '{shown}': {reason}.</source>
            <translation>«{shown}» дерекқорын ашу мүмкін емес: {reason}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/engine.py" line="23" />
            <source>This database was written by a newer fieldmon (schema {schema}); update fieldmon to open it. It was not changed.</source>
            <translation>Бұл дерекқорды fieldmon бағдарламасының жаңарақ нұсқасы жазған (схема {schema}); оны ашу үшін fieldmon бағдарламасын жаңартыңыз. Дерекқор өзгертілмеді.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/engine.py" line="185" />
            <source>The database could not be upgraded ({reason}); it was put back as it was before. Its copy from before the upgrade is {snapshot}.</source>
            <translation>Дерекқорды жаңарту мүмкін болмады ({reason}); ол бұрынғы күйіне қайтарылды. Жаңартуға дейінгі көшірмесі: {snapshot}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/engine.py" line="261" />
            <source>'{path}' is not a fieldmon database or it is damaged.</source>
            <translation>«{path}» fieldmon дерекқоры емес немесе бүлінген.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/engine.py" line="268" />
            <source>'{path}' is not a fieldmon database or it is damaged. The newest good backup is {backup} (fieldmon restore FILE).</source>
            <translation>«{path}» fieldmon дерекқоры емес немесе бүлінген. Ең соңғы жарамды сақтық көшірме — {backup} (fieldmon restore FILE).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/engine.py" line="359" />
            <source>'{shown}' is not a fieldmon database (or it is empty).</source>
            <translation>«{shown}» fieldmon дерекқоры емес (немесе бос).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/engine.py" line="367" />
            <source>This database has an older schema ({schema}): open it once in fieldmon, or run a command that writes, to upgrade it. It was not changed.</source>
            <translation>Бұл дерекқордың схемасы ескі ({schema}): оны жаңарту үшін fieldmon бағдарламасында бір рет ашыңыз немесе деректерді жазатын пәрменді іске қосыңыз. Дерекқор өзгертілмеді.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/lock.py" line="45" />
            <source>process {pid} on {host}, since {since}</source>
            <translation>{host} компьютеріндегі {pid} процесі, {since} уақытынан бері</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/lock.py" line="48" />
            <source>another program</source>
            <translation>басқа бағдарлама</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/lock.py" line="83" />
            <source>The database {database} is already open in another fieldmon ({holder}); close that one first.</source>
            <translation>{database} дерекқоры fieldmon бағдарламасының басқа данасында ашық тұр ({holder}); алдымен соны жабыңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/templates.py" line="48" />
            <source>Columns</source>
            <translation>Бағандар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/templates.py" line="50" />
            <source>column</source>
            <translation>баған</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/templates.py" line="51" />
            <source>required</source>
            <translation>міндетті</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/templates.py" line="52" />
            <source>what to write</source>
            <translation>не жазу керек</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/templates.py" line="53" />
            <source>allowed values</source>
            <translation>рұқсат етілген мәндер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/templates.py" line="54" />
            <source>example</source>
            <translation>мысал</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/templates.py" line="56" />
            <source>yes</source>
            <translation>иә</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/templates.py" line="57" />
            <source>Choose one of: {values}</source>
            <translation>Біреуін таңдаңыз: {values}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/templates.py" line="58" />
            <source>Choose a value from the list.</source>
            <translation>Тізімнен мән таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/imports.py" line="58" />
            <source>Date of the visit: a date cell, dd.mm.yyyy or yyyy-mm-dd.</source>
            <translation>Сапар күні: күн ұяшығы, кк.аа.жжжж немесе жжжж-аа-кк.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/imports.py" line="64" />
            <source>Who made the visit; empty means the officer importing the file.</source>
            <translation>Сапарды кім жасады; бос болса — файлды импорттап отырған маман.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/imports.py" line="72" />
            <source>Region or city in English, Russian or Kazakh, or as abbreviated (EKO, ВКО, ЗКО, ЮКО).</source>
            <translation>Облыс немесе қала ағылшын, орыс не қазақ тілінде, немесе қысқартылған түрде (EKO, ВКО, ЗКО, ЮКО).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/imports.py" line="81" />
            <source>District (аудан / район); added if new.</source>
            <translation>Аудан (район); жаңа болса, қосылады.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/imports.py" line="87" />
            <location filename="../../src/fieldmon/services/loan_imports.py" line="107" />
            <source>Village or settlement; added if new.</source>
            <translation>Ауыл немесе елді мекен; жаңа болса, қосылады.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/imports.py" line="93" />
            <source>Name of the visited site; found again by name within its place.</source>
            <translation>Барған нысанның атауы; өз орнында атауы бойынша қайта табылады.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/imports.py" line="101" />
            <source>Type of the site; required when the site is new.</source>
            <translation>Нысанның түрі; жаңа нысан үшін міндетті.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/imports.py" line="108" />
            <source>Purpose of the visit.</source>
            <translation>Сапардың мақсаты.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/imports.py" line="115" />
            <source>Were the funds used as intended?</source>
            <translation>Қаражат мақсатына сай жұмсалды ма?</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/imports.py" line="122" />
            <source>Equipment in place and working: yes / no / empty for not applicable.</source>
            <translation>Жабдық орнында және жұмыс істейді: иә / жоқ / қатысы болмаса бос.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/imports.py" line="130" />
            <source>Number of beneficiaries served (whole number).</source>
            <translation>Қамтылған пайда алушылар саны (бүтін сан).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/imports.py" line="134" />
            <source>Overall rating.</source>
            <translation>Жалпы баға.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/imports.py" line="139" />
            <source>What was found, in free text.</source>
            <translation>Не анықталды, еркін мәтінмен.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/imports.py" line="145" />
            <source>Follow-up action, if any.</source>
            <translation>Келесі әрекет, бар болса.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/imports.py" line="151" />
            <source>Due date of the follow-up action (required with an action).</source>
            <translation>Келесі әрекеттің мерзімі (әрекет болса, міндетті).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/imports.py" line="159" />
            <source>GPS latitude in degrees, inside Kazakhstan (40.5 to 55.5).</source>
            <translation>GPS ендігі градуспен, Қазақстан аумағында (40.5-тен 55.5-ке дейін).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/imports.py" line="165" />
            <source>GPS longitude in degrees, inside Kazakhstan (46.4 to 87.4).</source>
            <translation>GPS бойлығы градуспен, Қазақстан аумағында (46.4-тен 87.4-ке дейін).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/imports.py" line="173" />
            <source>Photos or scans of the visit (JPEG, PNG, HEIC, PDF, up to 25 MB each), separated by ; — names relative to this workbook's folder, or full paths.</source>
            <translation>Сапардың фотолары не скандары (JPEG, PNG, HEIC, PDF, әрқайсысы 25 МБ-қа дейін), ; арқылы — атаулар осы жұмыс кітабының бумасына қатысты немесе толық жолдар.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loan_imports.py" line="60" />
            <source>Loan number, unique; repeat it on each member's row of a group loan.</source>
            <translation>Қарыз нөмірі, бірегей; топтық қарызда әр мүшенің жолында қайталаңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loan_imports.py" line="68" />
            <source>Full name of the borrower (or of one group member).</source>
            <translation>Қарыз алушының (немесе топ мүшесінің) толық аты-жөні.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loan_imports.py" line="72" />
            <location filename="../../src/fieldmon/services/training_imports.py" line="166" />
            <source>female / male (ж / м).</source>
            <translation>әйел / ер (ә / е).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loan_imports.py" line="74" />
            <location filename="../../src/fieldmon/services/training_imports.py" line="171" />
            <source>Year of birth.</source>
            <translation>Туған жылы.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loan_imports.py" line="78" />
            <location filename="../../src/fieldmon/services/training_imports.py" line="202" />
            <source>IIN, 12 digits; checked against sex and birth year.</source>
            <translation>ЖСН, 12 цифр; жынысымен және туған жылымен салыстырылады.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loan_imports.py" line="81" />
            <location filename="../../src/fieldmon/services/training_imports.py" line="196" />
            <source>Phone number.</source>
            <translation>Телефон нөмірі.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loan_imports.py" line="85" />
            <source>For a group loan: the group's name on each member's row (2–3 rows).</source>
            <translation>Топтық қарыз үшін: әр мүшенің жолында топтың атауы (2–3 жол).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loan_imports.py" line="93" />
            <location filename="../../src/fieldmon/services/training_imports.py" line="115" />
            <source>Region or city in English, Russian or Kazakh, or abbreviated (ВКО).</source>
            <translation>Облыс немесе қала ағылшын, орыс не қазақ тілінде, немесе қысқартылған түрде (ВКО).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loan_imports.py" line="101" />
            <source>District; added if new.</source>
            <translation>Аудан; жаңа болса, қосылады.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loan_imports.py" line="113" />
            <source>microcredit or microleasing.</source>
            <translation>микрокредит немесе микролизинг.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loan_imports.py" line="120" />
            <source>Purpose of the loan or the leased equipment.</source>
            <translation>Қарыздың мақсаты немесе лизингке алынған жабдық.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loan_imports.py" line="126" />
            <source>Amount lent, e.g. 1 500 000 or 1500000,00.</source>
            <translation>Берілген сома, мысалы 1 500 000 немесе 1500000,00.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loan_imports.py" line="129" />
            <source>KZT or USD.</source>
            <translation>KZT немесе USD.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loan_imports.py" line="133" />
            <source>Annual interest rate in per cent.</source>
            <translation>Жылдық пайыздық мөлшерлеме, пайызбен.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loan_imports.py" line="139" />
            <source>flat or declining (balance, equal instalments).</source>
            <translation>тіркелген пайыз немесе азаятын қалдыққа (тең жарналар).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loan_imports.py" line="144" />
            <source>Number of monthly instalments.</source>
            <translation>Айлық жарналар саны.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loan_imports.py" line="149" />
            <source>Disbursement date, dd.mm.yyyy.</source>
            <translation>Берілген күні, кк.аа.жжжж.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loan_imports.py" line="155" />
            <source>First instalment's due date; empty = one month after disbursement.</source>
            <translation>Бірінші жарнаның мерзімі; бос болса — берілгеннен кейін бір ай.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loan_imports.py" line="163" />
            <source>Credit committee's approval date, if any.</source>
            <translation>Несие комитеті мақұлдаған күн, бар болса.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loan_imports.py" line="170" />
            <source>Number of the loan repaid.</source>
            <translation>Өтелетін қарыздың нөмірі.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loan_imports.py" line="175" />
            <source>Date of the repayment, dd.mm.yyyy.</source>
            <translation>Өтеу күні, кк.аа.жжжж.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loan_imports.py" line="181" />
            <source>Amount paid, in the loan's currency.</source>
            <translation>Төленген сома, қарыздың валютасымен.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loan_imports.py" line="187" />
            <source>Receipt number (once per loan).</source>
            <translation>Түбіртек нөмірі (бір қарызда бір рет).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loan_imports.py" line="191" />
            <source>Differs from row {row} of the same loan {loan_no}.</source>
            <translation>Сол {loan_no} қарызының {row}-жолынан өзгеше.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loan_imports.py" line="192" />
            <source>Loan {loan_no} is on several rows; give them a group_name.</source>
            <translation>{loan_no} қарызы бірнеше жолда; оларға group_name жазыңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/loan_imports.py" line="195" />
            <location filename="../../src/fieldmon/services/loans/queries.py" line="60" />
            <source>There is no loan number {loan_no}.</source>
            <translation>{loan_no} нөмірлі қарыз жоқ.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/merge.py" line="861" />
            <source>This conflict does not exist or is already settled.</source>
            <translation>Бұл қайшылық жоқ немесе бұрыннан шешілген.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/merge.py" line="868" />
            <source>The record of this conflict no longer exists.</source>
            <translation>Бұл қайшылыққа қатысты жазба енді жоқ.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/profile.py" line="41" />
            <source>The officer's name cannot be empty.</source>
            <translation>Маманның аты-жөні бос болмауы керек.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/sync.py" line="82" />
            <source>Sync was cancelled; what was already sent is kept. Run it again to finish.</source>
            <translation>Синхрондау тоқтатылды; жіберіліп үлгерген деректер сақталды. Аяқтау үшін оны қайта іске қосыңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/sync.py" line="105" />
            <source>Central database address: '{url}' is not a database address; write it like {example}.</source>
            <translation>Орталық дерекқордың мекенжайы: «{url}» дерекқор мекенжайы емес; оны {example} түрінде жазыңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/sync.py" line="115" />
            <source>Central database address: fieldmon syncs with PostgreSQL only; write it like {example}.</source>
            <translation>Орталық дерекқордың мекенжайы: fieldmon тек PostgreSQL дерекқорымен синхрондалады; оны {example} түрінде жазыңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/sync.py" line="124" />
            <source>Central database address: leave the password out of it and type the password in its own field.</source>
            <translation>Орталық дерекқордың мекенжайы: құпиясөзді мекенжайға қоспай, оны өз өрісіне енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/sync.py" line="169" />
            <source>Central database password: this computer has no keyring to keep it; leave the field empty and fieldmon will ask for it at each sync.</source>
            <translation>Орталық дерекқордың құпиясөзі: бұл компьютерде оны сақтайтын құпиясөздер қоймасы жоқ; өрісті бос қалдырыңыз, fieldmon оны әр синхрондау кезінде сұрайды.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/sync.py" line="263" />
            <source>Cannot reach the central database: {reason}.</source>
            <translation>Орталық дерекқорға қосылу мүмкін емес: {reason}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/sync.py" line="298" />
            <source>The connection to {server} dropped; run sync again to finish.</source>
            <translation>{server} дерекқорымен байланыс үзілді; аяқтау үшін sync пәрменін қайта іске қосыңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="78" />
            <source>The event's code, unique.</source>
            <translation>Іс-шараның коды, бірегей.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="84" />
            <source>Title of the event.</source>
            <translation>Іс-шараның атауы.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="90" />
            <source>Topic or programme area.</source>
            <translation>Тақырыбы немесе бағдарлама бағыты.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="96" />
            <source>Kind of event.</source>
            <translation>Іс-шараның түрі.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="103" />
            <source>First day, dd.mm.yyyy.</source>
            <translation>Бірінші күні, кк.аа.жжжж.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="109" />
            <source>Number of days (one session a day, consecutive dates).</source>
            <translation>Күндер саны (күніне бір сабақ, күндер қатарынан).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="123" />
            <source>District or town; added if new.</source>
            <translation>Аудан немесе қала; жаңа болса, қосылады.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="129" />
            <source>Where it takes place.</source>
            <translation>Қайда өтеді.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="135" />
            <source>Who organizes it.</source>
            <translation>Кім ұйымдастырады.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="141" />
            <source>Trainer or facilitator.</source>
            <translation>Тренер немесе модератор.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="147" />
            <source>Days needed to complete; empty = every day.</source>
            <translation>Аяқтау үшін қажет күндер; бос болса — барлық күн.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="156" />
            <source>Code of the event (imported or typed before).</source>
            <translation>Іс-шараның коды (бұрын импортталған немесе енгізілген).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="162" />
            <source>Full name of the participant.</source>
            <translation>Қатысушының толық аты-жөні.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="177" />
            <source>Participant's category.</source>
            <translation>Қатысушының санаты.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="184" />
            <source>Organization or workplace.</source>
            <translation>Ұйым немесе жұмыс орны.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="190" />
            <source>Region or city where the participant lives or works.</source>
            <translation>Қатысушы тұратын немесе жұмыс істейтін облыс не қала.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="208" />
            <source>Pre-test score, 0–100.</source>
            <translation>Бастапқы тест балы, 0–100.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="214" />
            <source>Post-test score, 0–100.</source>
            <translation>Қорытынды тест балы, 0–100.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="220" />
            <source>Scans of the event's signed sheets, on any one of its rows: day: file, separated by ; (a file without a day: a one-day event, or all days in one scan). Names relative to this workbook's folder, or full paths; PDF, JPEG, PNG, HEIC.</source>
            <translation>Іс-шараның қол қойылған парақтарының скандары, оның кез келген бір жолында: күн: файл, ; арқылы (күні жоқ файл — бір күндік іс-шара немесе барлық күн бір сканда). Атаулар осы жұмыс кітабының бумасына қатысты немесе толық жолдар; PDF, JPEG, PNG, HEIC.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="231" />
            <source>Present on day 1: x, +, 1, yes, да, иә; empty = absent.</source>
            <translation>1-күні қатысты: x, +, 1, yes, да, иә; бос болса — қатыспады.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="237" />
            <source>Day 2; add day_4, day_5... for longer events.</source>
            <translation>2-күн; ұзағырақ іс-шараларға day_4, day_5... қосыңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="243" />
            <source>Day 3.</source>
            <translation>3-күн.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="248" />
            <source>{code} is also on row {row}</source>
            <translation>{code} {row}-жолда да бар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="249" />
            <source>{code} is already recorded with another title, kind, start date or days; change it in the app</source>
            <translation>{code} басқа атаумен, түрмен, басталу күнімен немесе күндер санымен бұрыннан тіркелген; оны бағдарламада өзгертіңіз</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="253" />
            <source>{code} is already recorded in another project or in none; change it in the app</source>
            <translation>{code} басқа жобада немесе жобасыз бұрыннан тіркелген; оны бағдарламада өзгертіңіз</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="256" />
            <source>'{value}' is not a score from 0 to 100.</source>
            <translation>«{value}» 0-ден 100-ге дейінгі балл емес.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="257" />
            <source>There is no training {code}; import or type the event first.</source>
            <translation>{code} оқыту жоқ; алдымен іс-шараны импорттаңыз немесе енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="260" />
            <source>Training {code} has {days} days.</source>
            <translation>{code} оқытуында күндер саны: {days}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/training_imports.py" line="261" />
            <source>The same person as on row {row}, at the same training.</source>
            <translation>Бұл адам {row}-жолда да бар, сол оқытуда.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/visits.py" line="195" />
            <location filename="../../src/fieldmon/services/visits.py" line="214" />
            <source>This visit no longer exists; it may have been deleted.</source>
            <translation>Бұл сапар енді жоқ; ол өшірілген болуы мүмкін.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/visits.py" line="219" />
            <source>One of these visits no longer exists (it may have been deleted); none of them was deleted.</source>
            <translation>Бұл сапарлардың бірі енді жоқ (ол өшірілген болуы мүмкін); сапарлардың ешқайсысы өшірілмеді.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/workbooks.py" line="64" />
            <source>row {row}, column {column}: {reason}</source>
            <translation>{row}-жол, {column} бағаны: {reason}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/services/workbooks.py" line="65" />
            <source>Nothing was imported: %n row(s) have errors.</source>
            <translation>
                <numerusform>Ештеңе импортталған жоқ: %n жолда қате бар.</numerusform>
                <numerusform>Ештеңе импортталған жоқ: %n жолда қате бар.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/workbooks.py" line="66" />
            <source>The import was cancelled; nothing was imported.</source>
            <translation>Импорт тоқтатылды; ештеңе импортталған жоқ.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/workbooks.py" line="67" />
            <source>'{name}' has no data rows to import.</source>
            <translation>«{name}» ішінде импорттайтын дерек жолдары жоқ.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/workbooks.py" line="68" />
            <source>Cannot read '{name}': there is no such file.</source>
            <translation>«{name}» оқылмайды: мұндай файл жоқ.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/workbooks.py" line="69" />
            <source>Cannot read '{name}': it is protected with a password or is an old .xls workbook; save it as .xlsx without a password and import that.</source>
            <translation>«{name}» оқылмайды: ол құпиясөзбен қорғалған немесе ескі .xls жұмыс кітабы; оны құпиясөзсіз .xlsx ретінде сақтап, соны импорттаңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/workbooks.py" line="74" />
            <source>Cannot read '{name}': it is not an Excel workbook (.xlsx) or it is damaged.</source>
            <translation>«{name}» оқылмайды: бұл Excel жұмыс кітабы (.xlsx) емес немесе бүлінген.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/workbooks.py" line="77" />
            <source>'{name}' has no header row; start from `fieldmon template`.</source>
            <translation>«{name}» ішінде тақырып жолы жоқ; `fieldmon template` үлгісінен бастаңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/workbooks.py" line="80" />
            <source>Column '{column}' appears twice in the header row.</source>
            <translation>«{column}» бағаны тақырып жолында екі рет кездеседі.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/workbooks.py" line="81" />
            <source>Column '{column}' is not an import column; expected: {expected}.</source>
            <translation>«{column}» импорт бағаны емес; күтілетіндер: {expected}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/workbooks.py" line="84" />
            <source>The header row lacks the column(s): {columns}.</source>
            <translation>Тақырып жолында мына бағандар жоқ: {columns}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/workbooks.py" line="85" />
            <source>'{name}' has more than {max} rows; split it into files of at most {max} rows and import them one by one.</source>
            <translation>«{name}» ішінде {max} жолдан көп; оны әрқайсысы {max} жолдан аспайтын файлдарға бөліп, бір-бірлеп импорттаңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/workbooks.py" line="91" />
            <source>Unknown region '{name}'.</source>
            <translation>Белгісіз облыс «{name}».</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/workbooks.py" line="95" />
            <source>Code of the project the record belongs to, in any case (see `fieldmon project list`); empty = no project.</source>
            <translation>Жазба тиесілі жобаның коды, кез келген регистрде (қараңыз: `fieldmon project list`); бос — жобасыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/sites.py" line="41" />
            <source>This site no longer exists; it may have been deleted.</source>
            <translation>Бұл нысан енді жоқ; ол өшірілген болуы мүмкін.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/crypto.py" line="82" />
            <source>The database {path} is protected by a password; give it with FIELDMON_PASSWORD or --password-file.</source>
            <translation>{path} дерекқоры құпиясөзбен қорғалған; құпиясөзді FIELDMON_PASSWORD немесе --password-file арқылы көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/crypto.py" line="95" />
            <source>Wrong password for {path}; nothing was changed.</source>
            <translation>{path} үшін құпиясөз қате; ештеңе өзгертілмеді.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/crypto.py" line="104" />
            <source>That is not the recovery key of {path}; nothing was changed.</source>
            <translation>Бұл {path} дерекқорының қалпына келтіру кілті емес; ештеңе өзгертілмеді.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/crypto.py" line="115" />
            <source>The database {path} has no recovery key.</source>
            <translation>{path} дерекқорының қалпына келтіру кілті жоқ.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/crypto.py" line="124" />
            <source>The key file {path} cannot be read ({reason}); the database is locked without it.</source>
            <translation>{path} кілт файлы оқылмайды ({reason}); онсыз дерекқорды ашу мүмкін емес.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/protection.py" line="58" />
            <source>The encrypted copy of {name} did not pass its check: {verdict}</source>
            <translation>{name} файлының шифрланған көшірмесі тексеруден өтпеді: {verdict}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/protection.py" line="94" />
            <source>The database {path} is already encrypted.</source>
            <translation>{path} дерекқоры бұрыннан шифрланған.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/protection.py" line="98" />
            <location filename="../../src/fieldmon/db/protection.py" line="151" />
            <source>The new password is empty.</source>
            <translation>Жаңа құпиясөз бос.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/protection.py" line="102" />
            <source>The database {path} cannot be encrypted: {verdict}</source>
            <translation>{path} дерекқорын шифрлау мүмкін емес: {verdict}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/protection.py" line="166" />
            <location filename="../../src/fieldmon/db/protection.py" line="177" />
            <location filename="../../src/fieldmon/db/protection.py" line="189" />
            <source>The database {path} is not encrypted.</source>
            <translation>{path} дерекқоры шифрланбаған.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/protection.py" line="194" />
            <source>{path} already exists; choose a new file name.</source>
            <translation>{path} бұрыннан бар; жаңа файл атауын таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/db/protection.py" line="206" />
            <source>The plain copy of {name} did not pass its check: {verdict}</source>
            <translation>{name} файлының шифрланбаған көшірмесі тексеруден өтпеді: {verdict}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/package_crypto.py" line="55" />
            <source>The package {name} could not be opened: wrong exchange passphrase, or the file was changed.</source>
            <translation>{name} пакетін ашу мүмкін болмады: алмасу құпиясөзі қате немесе файл өзгертілген.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/package_crypto.py" line="59" />
            <source>The package {name} is encrypted: give the team's exchange passphrase to import it.</source>
            <translation>{name} пакеті шифрланған: оны импорттау үшін команданың алмасу құпиясөзін көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/package_crypto.py" line="63" />
            <source>This database is encrypted: give the team's exchange passphrase, or choose to send personal data unprotected.</source>
            <translation>Бұл дерекқор шифрланған: команданың алмасу құпиясөзін көрсетіңіз немесе дербес деректерді қорғаусыз жіберуді таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/exchange_passphrase.py" line="57" />
            <source>Exchange passphrase: this computer has no keyring to keep it; fieldmon will ask for it at each export and import.</source>
            <translation>Алмасу құпиясөзі: бұл компьютерде оны сақтайтын құпиясөздер қоймасы жоқ; fieldmon оны әр экспорттау және импорттау кезінде сұрайды.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/projects.py" line="55" />
            <source>Project code: {code} is not a code (letters, digits, '-', '_' or '.', at most 40).</source>
            <translation>Жоба коды: {code} код емес (әріптер, сандар, «-», «_» немесе «.», 40-тан аспауы керек).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/projects.py" line="64" />
            <source>Project title: it is empty.</source>
            <translation>Жоба атауы: ол бос.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/projects.py" line="66" />
            <source>Project title: at most 300 characters.</source>
            <translation>Жоба атауы: 300 таңбадан аспауы керек.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/projects.py" line="69" />
            <source>Donor: at most 200 characters.</source>
            <translation>Донор: 200 таңбадан аспауы керек.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/projects.py" line="72" />
            <source>End date: {end} is before the start, {start}.</source>
            <translation>Аяқталу күні: {end} басталу күнінен, {start}, ерте.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/projects.py" line="134" />
            <source>A project with the code {code} exists already: {title}.</source>
            <translation>{code} коды бар жоба бұрыннан бар: {title}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/projects.py" line="143" />
            <source>Regions: one of them is not a region or a city of republican significance.</source>
            <translation>Облыстар: олардың бірі облыс немесе республикалық маңызы бар қала емес.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/projects.py" line="169" />
            <source>This project no longer exists; choose another.</source>
            <translation>Бұл жоба енді жоқ; басқасын таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/indicator_imports.py" line="43" />
            <source>The project's code, as in `fieldmon project list`.</source>
            <translation>Жобаның коды, `fieldmon project list` тізіміндегідей.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/indicator_imports.py" line="51" />
            <source>The indicator's code in the results framework.</source>
            <translation>Нәтижелер шеңберіндегі индикатор коды.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/indicator_imports.py" line="54" />
            <source>What the indicator counts.</source>
            <translation>Индикатордың нені өлшейтіні.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/indicator_imports.py" line="58" />
            <source>The result it belongs to (goal, outcome, output…).</source>
            <translation>Индикатор жататын нәтиже деңгейі (мақсат, түпкілікті нәтиже, тікелей нәтиже…).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/indicator_imports.py" line="64" />
            <source>A key of `fieldmon summary --json` (visits.count, training.participants.female, loans.par30[KZT]…) computed from the project's records, or 'manual' for values typed per quarter.</source>
            <translation>Жобаның жазбаларынан есептелетін `fieldmon summary --json` кілті (visits.count, training.participants.female, loans.par30[KZT]…) немесе тоқсан сайын қолмен енгізілетін мәндер үшін 'manual'.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/indicator_imports.py" line="75" />
            <source>Count only this region's records; empty: all regions.</source>
            <translation>Тек осы облыстың жазбаларын санау; бос — барлық облыстар.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/indicator_imports.py" line="78" />
            <source>The value before the project.</source>
            <translation>Жобаға дейінгі мән.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/indicator_imports.py" line="82" />
            <source>The target for the life of the project. Targets per year go in columns target_2026, target_2027… added after this one.</source>
            <translation>Жобаның бүкіл мерзіміне арналған мақсатты мән. Жылдық мақсатты мәндер осыдан кейін қосылған target_2026, target_2027… бағандарына жазылады.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/indicator_imports.py" line="89" />
            <source>people, loans, %, KZT…</source>
            <translation>адам, қарыз, %, KZT…</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/indicator_imports.py" line="96" />
            <source>The code of a manual indicator of the project.</source>
            <translation>Мәндері қолмен енгізілетін жоба индикаторының коды.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/indicator_imports.py" line="99" />
            <source>The quarter, as 2026Q3.</source>
            <translation>Тоқсан, мысалы 2026Q3.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/indicator_imports.py" line="103" />
            <source>The value for the quarter; empty clears it.</source>
            <translation>Тоқсандағы мән; бос болса — тазартылады.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/indicator_imports.py" line="106" />
            <source>Where the value comes from.</source>
            <translation>Мәннің қайдан алынғаны.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/projects.py" line="146" />
            <source>There is no project with the code {code}.</source>
            <translation>{code} коды бар жоба жоқ.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/indicators.py" line="91" />
            <source>The project {project} has no indicator with the code {code}.</source>
            <translation>{project} жобасында {code} кодты индикатор жоқ.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/indicator_imports.py" line="110" />
            <source>The same {what} is also on row {row}.</source>
            <translation>Дәл осы {what} {row}-жолда да бар.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/results_sheet.py" line="35" />
            <source>Indicators without a result level</source>
            <translation>Нәтиже деңгейі жоқ индикаторлар</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/results_sheet.py" line="40" />
            <source>Results</source>
            <translation>Нәтижелер</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/results_sheet.py" line="66" />
            <source>Results framework: {project}</source>
            <translation>Нәтижелер шеңбері: {project}</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/results_sheet.py" line="74" />
            <source>Since the start ({0})</source>
            <translation>Жоба басталғаннан бері ({0})</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/results_sheet.py" line="78" />
            <source>Since the start</source>
            <translation>Жоба басталғаннан бері</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/results_sheet.py" line="84" />
            <source>Unit</source>
            <translation>Өлшем бірлігі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/results_sheet.py" line="86" />
            <source>Target (life of project)</source>
            <translation>Мақсатты мән (жобаның бүкіл мерзімі)</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/results_sheet.py" line="87" />
            <source>Target {year}</source>
            <translation>{year} жылғы мақсатты мән</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/results_sheet.py" line="88" />
            <source>This period</source>
            <translation>Осы кезең</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/results_sheet.py" line="89" />
            <source>Year to date</source>
            <translation>Жыл басынан бері</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/results_sheet.py" line="91" />
            <source>% of target</source>
            <translation>Мақсатты мәннің %-ы</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/results_sheet.py" line="93" />
            <source>Measure</source>
            <translation>Есептеу тәсілі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/results_sheet.py" line="110" />
            <source>typed by hand</source>
            <translation>қолмен енгізіледі</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/reports/results_sheet.py" line="143" />
            <source>The project has no indicators yet.</source>
            <translation>Жобада әзірге индикатор жоқ.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/indicators.py" line="75" />
            <source>'{measure}' is neither 'manual' nor a key of the summary (such as visits.count or loans.par30[KZT]).</source>
            <translation>'{measure}' — 'manual' да емес, жиынтық кілті де емес (мысалы, visits.count немесе loans.par30[KZT]).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/indicators.py" line="80" />
            <source>{key} holds several figures; name one, as {key}[{example}].</source>
            <translation>{key} бірнеше көрсеткішті қамтиды; біреуін көрсетіңіз, мысалы {key}[{example}].</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/indicators.py" line="83" />
            <source>'{code}' is not a code (letters, digits, '-', '_' or '.', at most 40).</source>
            <translation>'{code}' — код емес (әріптер, цифрлар, '-', '_' немесе '.', 40-тан аспайды).</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/indicators.py" line="87" />
            <source>'{year}' is not a year from 2000 to 2100.</source>
            <translation>'{year}' — 2000 мен 2100 аралығындағы жыл емес.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/indicators.py" line="88" />
            <source>The project {project} has an indicator {code} already: {title}.</source>
            <translation>{project} жобасында {code} индикаторы бұрыннан бар: {title}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/indicators.py" line="94" />
            <source>Indicator {code} is computed from the records ({measure}); only manual indicators take typed values.</source>
            <translation>{code} индикаторы жазбалардан есептеледі ({measure}); мәндер тек қолмен толтырылатын индикаторларға енгізіледі.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/indicators.py" line="99" />
            <source>Region: there is no such region.</source>
            <translation>Облыс: мұндай облыс жоқ.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/indicators.py" line="381" />
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="175" />
            <source>This indicator no longer exists; it may have been deleted.</source>
            <translation>Бұл индикатор енді жоқ; ол өшірілген болуы мүмкін.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/ui/indicator_dialog.py" line="93" />
            <source>Typed each quarter</source>
            <translation>Тоқсан сайын енгізіледі</translation>
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
            <translation>мұндай файл жоқ</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/evidence.py" line="78" />
            <source>it cannot be read</source>
            <translation>оны оқу мүмкін емес</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/evidence.py" line="79" />
            <source>the file is empty</source>
            <translation>файл бос</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/evidence.py" line="80" />
            <source>it is larger than {limit}</source>
            <translation>ол {limit} шегінен үлкен</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/evidence.py" line="81" />
            <source>only JPEG, PNG and HEIC photos and PDF scans can be attached</source>
            <translation>тек JPEG, PNG және HEIC фотоларын және PDF скандарын тіркеуге болады</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/evidence.py" line="84" />
            <source>it is not a JPEG photo, whatever its name says</source>
            <translation>бұл JPEG фотосы емес, атауы басқаша айтса да</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/evidence.py" line="85" />
            <source>it is not a PNG image, whatever its name says</source>
            <translation>бұл PNG суреті емес, атауы басқаша айтса да</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/evidence.py" line="86" />
            <source>it is not a HEIC photo, whatever its name says</source>
            <translation>бұл HEIC фотосы емес, атауы басқаша айтса да</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/evidence.py" line="87" />
            <source>it is not a PDF document, whatever its name says</source>
            <translation>бұл PDF құжаты емес, атауы басқаша айтса да</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/evidence.py" line="88" />
            <source>this computer cannot read HEIC photos; save it as JPEG</source>
            <translation>бұл компьютер HEIC фотоларын оқи алмайды; оны JPEG ретінде сақтаңыз</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/evidence.py" line="91" />
            <source>the file is cut short or damaged</source>
            <translation>файл толық емес немесе бүлінген</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/evidence.py" line="92" />
            <source>it claims more than {limit} million pixels, more than a photo can have</source>
            <translation>онда {limit} миллионнан астам пиксель көрсетілген — фотода мұнша болмайды</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/evidence.py" line="95" />
            <source>There is no attachment {id}.</source>
            <translation>Мұндай тіркелген файл жоқ: {id}.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/evidence.py" line="96" />
            <source>There is no record {id} to attach a file to; it was deleted.</source>
            <translation>Файл тіркелетін {id} жазбасы жоқ; ол өшірілген.</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/evidence.py" line="99" />
            <source>taken on {taken}, not on {day}</source>
            <translation>{taken} күні түсірілген, {day} күні емес</translation>
        </message>
        <message>
            <location filename="../../src/fieldmon/services/evidence.py" line="100" />
            <source>taken {km} km from the site's known point</source>
            <translation>нысанның белгілі нүктесінен {km} км жерде түсірілген</translation>
        </message>
    </context>
</TS>
