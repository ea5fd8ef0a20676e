<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<!-- Counted texts of calfdesk (calfdesk.ui.widgets.texts.counted): the English singular and plural. -->
<!-- After editing, compile: pyside6-lrelease resources/translations/calfdesk_en.ts -->
<context>
    <name>calfdesk</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n entries in the chosen dates</source>
        <translation>
            <numerusform>{shown} of %n entry in the chosen dates</numerusform>
            <numerusform>{shown} of %n entries in the chosen dates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the last %n days</source>
        <translation>
            <numerusform>Show the last %n day</numerusform>
            <numerusform>Show the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the last %n weeks with runs</source>
        <translation>
            <numerusform>Show the last %n week with runs</numerusform>
            <numerusform>Show the last %n weeks with runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backups</source>
        <translation>
            <numerusform>%n backup</numerusform>
            <numerusform>%n backups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{logged} of %n days</source>
        <translation>
            <numerusform>{logged} of %n day</numerusform>
            <numerusform>{logged} of %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing can be imported: %n rows of the file have a problem. Fix them in the file and import it again.</source>
        <translation>
            <numerusform>Nothing can be imported: %n row of the file has a problem. Fix it in the file and import it again.</numerusform>
            <numerusform>Nothing can be imported: %n rows of the file have a problem. Fix them in the file and import it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n runs</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more files</source>
        <translation>
            <numerusform>%n more file</numerusform>
            <numerusform>%n more files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicates</source>
        <translation>
            <numerusform>%n duplicate</numerusform>
            <numerusform>%n duplicates</numerusform>
        </translation>
    </message>
</context>
</TS>
