<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Certificate</name>
    <message numerus="yes">
        <location filename="../../src/fieldmon/ui/certificates.py" line="17"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message numerus="yes">
        <location filename="../../src/fieldmon/ui/conflicts_page.py" line="193"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceStrip</name>
    <message numerus="yes">
        <location filename="../../src/fieldmon/ui/evidence_strip.py" line="793"/>
        <source>Remove %n file(s)</source>
        <translation>
            <numerusform>Remove %n file</numerusform>
            <numerusform>Remove %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeArea</name>
    <message numerus="yes">
        <location filename="../../src/fieldmon/ui/areas/exchange.py" line="245"/>
        <source>Merged {0}. %Ln conflict(s) wait for your decision.</source>
        <translation>
            <numerusform>Merged {0}. %Ln conflict waits for your decision.</numerusform>
            <numerusform>Merged {0}. %Ln conflicts wait for your decision.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <location filename="../../src/fieldmon/ui/home_page.py" line="363"/>
        <source>%Ln follow-up action(s) past due</source>
        <translation>
            <numerusform>%Ln follow-up action past due</numerusform>
            <numerusform>%Ln follow-up actions past due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldmon/ui/home_page.py" line="369"/>
        <source>%Ln loan(s) became more than 30 days late in the past week</source>
        <translation>
            <numerusform>%Ln loan became more than 30 days late in the past week</numerusform>
            <numerusform>%Ln loans became more than 30 days late in the past week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldmon/ui/home_page.py" line="374"/>
        <source>%Ln conflict(s) to review</source>
        <translation>
            <numerusform>%Ln conflict to review</numerusform>
            <numerusform>%Ln conflicts to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldmon/ui/home_page.py" line="378"/>
        <source>%Ln change(s) not yet sent</source>
        <translation>
            <numerusform>%Ln change not yet sent</numerusform>
            <numerusform>%Ln changes not yet sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldmon/ui/home_page.py" line="390"/>
        <source>%Ln day(s) since the last backup</source>
        <translation>
            <numerusform>%Ln day since the last backup</numerusform>
            <numerusform>%Ln days since the last backup</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../src/fieldmon/ui/main_window.py" line="380"/>
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln visit</numerusform>
            <numerusform>%Ln visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldmon/ui/main_window.py" line="381"/>
        <source>%Ln loan(s)</source>
        <translation>
            <numerusform>%Ln loan</numerusform>
            <numerusform>%Ln loans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldmon/ui/main_window.py" line="382"/>
        <source>%Ln training(s)</source>
        <translation>
            <numerusform>%Ln training</numerusform>
            <numerusform>%Ln trainings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldmon/ui/main_window.py" line="383"/>
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldmon/ui/main_window.py" line="384"/>
        <source>%Ln project(s)</source>
        <translation>
            <numerusform>%Ln project</numerusform>
            <numerusform>%Ln projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldmon/ui/main_window.py" line="385"/>
        <source>%Ln indicator(s)</source>
        <translation>
            <numerusform>%Ln indicator</numerusform>
            <numerusform>%Ln indicators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldmon/ui/main_window.py" line="386"/>
        <source>%Ln conflict(s) to review</source>
        <translation>
            <numerusform>%Ln conflict to review</numerusform>
            <numerusform>%Ln conflicts to review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SiteView</name>
    <message numerus="yes">
        <location filename="../../src/fieldmon/ui/site_view.py" line="195"/>
        <source>%Ln visit(s), the last on {0} by {1}.</source>
        <translation>
            <numerusform>%Ln visit, the last on {0} by {1}.</numerusform>
            <numerusform>%Ln visits, the last on {0} by {1}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldmon/ui/site_view.py" line="253"/>
        <source>%Ln day(s) overdue</source>
        <translation>
            <numerusform>%Ln day overdue</numerusform>
            <numerusform>%Ln days overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncArea</name>
    <message numerus="yes">
        <location filename="../../src/fieldmon/ui/sync_area.py" line="106"/>
        <source>Never synced · %Ln change(s) waiting</source>
        <translation>
            <numerusform>Never synced · %Ln change waiting</numerusform>
            <numerusform>Never synced · %Ln changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldmon/ui/sync_area.py" line="108"/>
        <source>Last sync: {0} · %Ln change(s) waiting</source>
        <translation>
            <numerusform>Last sync: {0} · %Ln change waiting</numerusform>
            <numerusform>Last sync: {0} · %Ln changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldmon/ui/sync_area.py" line="229"/>
        <source>%Ln conflict(s) found here wait on the Conflicts page.</source>
        <translation>
            <numerusform>%Ln conflict found here waits on the Conflicts page.</numerusform>
            <numerusform>%Ln conflicts found here wait on the Conflicts page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldmon/ui/sync_area.py" line="237"/>
        <source>%Ln conflict(s) found on the central database wait for the coordinator.</source>
        <translation>
            <numerusform>%Ln conflict found on the central database waits for the coordinator.</numerusform>
            <numerusform>%Ln conflicts found on the central database wait for the coordinator.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingView</name>
    <message numerus="yes">
        <location filename="../../src/fieldmon/ui/attendance.py" line="365"/>
        <source>completed when present at least %n day(s)</source>
        <translation>
            <numerusform>completed when present at least %n day</numerusform>
            <numerusform>completed when present at least %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldmon/ui/attendance.py" line="370"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitsArea</name>
    <message numerus="yes">
        <location filename="../../src/fieldmon/ui/areas/visits.py" line="24"/>
        <source>Delete %Ln visit(s)</source>
        <translation>
            <numerusform>Delete %Ln visit</numerusform>
            <numerusform>Delete %Ln visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldmon/ui/areas/visits.py" line="25"/>
        <source>Deleted %Ln visit(s). Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>Deleted %Ln visit. Ctrl+Z brings it back.</numerusform>
            <numerusform>Deleted %Ln visits. Ctrl+Z brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fieldmon</name>
    <message numerus="yes">
        <location filename="../../src/fieldmon/cli.py" line="65"/>
        <source>Imported %n loan(s) ({people}).</source>
        <translation>
            <numerusform>Imported %n loan ({people}).</numerusform>
            <numerusform>Imported %n loans ({people}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldmon/cli.py" line="66"/>
        <source>%n new person(s)</source>
        <translation>
            <numerusform>%n new person</numerusform>
            <numerusform>%n new people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldmon/cli.py" line="67"/>
        <source>Posted %n repayment(s).</source>
        <translation>
            <numerusform>Posted %n repayment.</numerusform>
            <numerusform>Posted %n repayments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldmon/cli.py" line="68"/>
        <source>Imported %n training(s).</source>
        <translation>
            <numerusform>Imported %n training.</numerusform>
            <numerusform>Imported %n trainings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldmon/cli.py" line="69"/>
        <source>Imported %n training(s) ({unchanged} already recorded, left as they were).</source>
        <translation>
            <numerusform>Imported %n training ({unchanged} already recorded, left as they were).</numerusform>
            <numerusform>Imported %n trainings ({unchanged} already recorded, left as they were).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldmon/cli.py" line="75"/>
        <source>Imported attendance of %n participant(s) ({people}).</source>
        <translation>
            <numerusform>Imported attendance of %n participant ({people}).</numerusform>
            <numerusform>Imported attendance of %n participants ({people}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldmon/cli.py" line="78"/>
        <source>Wrote the {period} report to {path} (%n row(s)).</source>
        <translation>
            <numerusform>Wrote the {period} report to {path} (%n row).</numerusform>
            <numerusform>Wrote the {period} report to {path} (%n rows).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldmon/cli.py" line="79"/>
        <source>Wrote %n record(s) ({deleted} deleted) to {path}.</source>
        <translation>
            <numerusform>Wrote %n record ({deleted} deleted) to {path}.</numerusform>
            <numerusform>Wrote %n records ({deleted} deleted) to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldmon/cli.py" line="80"/>
        <source>%n conflict(s) wait(s) for review (fieldmon conflicts; in the app: Conflicts).</source>
        <translation>
            <numerusform>%n conflict waits for review (fieldmon conflicts; in the app: Conflicts).</numerusform>
            <numerusform>%n conflicts wait for review (fieldmon conflicts; in the app: Conflicts).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldmon/cli.py" line="86"/>
        <source>As of {as_of}: {status}, %n day(s) in arrears, outstanding principal {outstanding} {currency}</source>
        <translation>
            <numerusform>As of {as_of}: {status}, %n day in arrears, outstanding principal {outstanding} {currency}</numerusform>
            <numerusform>As of {as_of}: {status}, %n days in arrears, outstanding principal {outstanding} {currency}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldmon/services/workbooks.py" line="65"/>
        <source>Nothing was imported: %n row(s) have errors.</source>
        <translation>
            <numerusform>Nothing was imported: %n row has errors.</numerusform>
            <numerusform>Nothing was imported: %n rows have errors.</numerusform>
        </translation>
    </message>
</context>
</TS>
