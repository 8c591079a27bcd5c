<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>Certificate</name>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/certificates.py" line="37" />
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
            <location filename="../../src/fieldmon/ui/conflicts_page.py" line="170" />
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/main_window.py" line="49" />
            <source>Delete %n visit(s)</source>
            <translation>
                <numerusform>Delete %n visit</numerusform>
                <numerusform>Delete %n visits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/main_window.py" line="69" />
            <source>Deleted %n visit(s). Ctrl+Z brings them back.</source>
            <translation>
                <numerusform>Deleted %n visit. Ctrl+Z brings it back.</numerusform>
                <numerusform>Deleted %n visits. Ctrl+Z brings them back.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/main_window.py" line="307" />
            <source>%n visit(s)</source>
            <translation>
                <numerusform>%n visit</numerusform>
                <numerusform>%n visits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/main_window.py" line="308" />
            <source>%n loan(s)</source>
            <translation>
                <numerusform>%n loan</numerusform>
                <numerusform>%n loans</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/main_window.py" line="309" />
            <source>%n training(s)</source>
            <translation>
                <numerusform>%n training</numerusform>
                <numerusform>%n trainings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/main_window.py" line="310" />
            <source>%n people</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/main_window.py" line="311" />
            <source>%n conflict(s) to review</source>
            <translation>
                <numerusform>%n conflict to review</numerusform>
                <numerusform>%n conflicts to review</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/main_window.py" line="731" />
            <source>Merged {0}. %n conflict(s) wait for your decision.</source>
            <translation>
                <numerusform>Merged {0}. %n conflict waits for your decision.</numerusform>
                <numerusform>Merged {0}. %n conflicts wait for your decision.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrainingView</name>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/attendance.py" line="339" />
            <source>completed when present at least %n day(s)</source>
            <translation>
                <numerusform>completed when present at least %n day</numerusform>
                <numerusform>completed when present at least %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/fieldmon/ui/attendance.py" line="346" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
    </context>
</TS>
