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
        <source>%n questions</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
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
    <message numerus="yes">
        <source>%n runs logged with a date only start at 00:00 on their day, a few minutes apart when a day has several</source>
        <translation>
            <numerusform>%n run logged with a date only starts at 00:00 on its day, a few minutes apart when a day has several</numerusform>
            <numerusform>%n runs logged with a date only start at 00:00 on their day, a few minutes apart when a day has several</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities do not look like runs and were not taken; `--include-skipped` imports them anyway</source>
        <translation>
            <numerusform>%n activity does not look like a run and was not taken; `--include-skipped` imports it anyway</numerusform>
            <numerusform>%n activities do not look like runs and were not taken; `--include-skipped` imports them anyway</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hill sessions</source>
        <translation>
            <numerusform>%n hill session</numerusform>
            <numerusform>%n hill sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n speed sessions</source>
        <translation>
            <numerusform>%n speed session</numerusform>
            <numerusform>%n speed sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hill sessions this week</source>
        <translation>
            <numerusform>%n hill session this week</numerusform>
            <numerusform>%n hill sessions this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n runs added</source>
        <translation>
            <numerusform>%n run added</numerusform>
            <numerusform>%n runs added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n runs already there</source>
        <translation>
            <numerusform>%n run already there</numerusform>
            <numerusform>%n runs already there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n runs merged with another source</source>
        <translation>
            <numerusform>%n run merged with another source</numerusform>
            <numerusform>%n runs merged with another source</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities not taken (not like a run)</source>
        <translation>
            <numerusform>%n activity not taken (not like a run)</numerusform>
            <numerusform>%n activities not taken (not like a run)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files failed</source>
        <translation>
            <numerusform>%n file failed</numerusform>
            <numerusform>%n files failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other files were not activity files.</source>
        <translation>
            <numerusform>%n other file was not an activity file.</numerusform>
            <numerusform>%n other files were not activity files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: the runs of the files read before stopping are kept; %n files were not read.</source>
        <translation>
            <numerusform>Cancelled: the runs of the files read before stopping are kept; %n file was not read.</numerusform>
            <numerusform>Cancelled: the runs of the files read before stopping are kept; %n files were not read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Include %n activities anyway</source>
        <translation>
            <numerusform>Include %n activity anyway</numerusform>
            <numerusform>Include %n activities anyway</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n runs included anyway.</source>
        <translation>
            <numerusform>%n run included anyway.</numerusform>
            <numerusform>%n runs included anyway.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A Garmin watch is connected ({name}): %n activity files. Runs already imported are skipped.</source>
        <translation>
            <numerusform>A Garmin watch is connected ({name}): %n activity file. Runs already imported are skipped.</numerusform>
            <numerusform>A Garmin watch is connected ({name}): %n activity files. Runs already imported are skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to {target}</source>
        <translation>
            <numerusform>Exported %n entry to {target}</numerusform>
            <numerusform>Exported %n entries to {target}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n entries from {name}</source>
        <translation>
            <numerusform>Imported %n entry from {name}</numerusform>
            <numerusform>Imported %n entries from {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new entries will be added</source>
        <translation>
            <numerusform>%n new entry will be added</numerusform>
            <numerusform>%n new entries will be added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already in your diary will be skipped.</source>
        <translation>
            <numerusform>; %n already in your diary will be skipped.</numerusform>
            <numerusform>; %n already in your diary will be skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n runs without a distance</source>
        <translation>
            <numerusform>%n run without a distance</numerusform>
            <numerusform>%n runs without a distance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities without a type</source>
        <translation>
            <numerusform>%n activity without a type</numerusform>
            <numerusform>%n activities without a type</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tracks that do not move (no distance)</source>
        <translation>
            <numerusform>%n track that does not move (no distance)</numerusform>
            <numerusform>%n tracks that do not move (no distance)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tracks whose times do not advance (no duration)</source>
        <translation>
            <numerusform>%n track whose times do not advance (no duration)</numerusform>
            <numerusform>%n tracks whose times do not advance (no duration)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned routes (their times are made up from a steady speed)</source>
        <translation>
            <numerusform>%n planned route (its times are made up from a steady speed)</numerusform>
            <numerusform>%n planned routes (their times are made up from a steady speed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n multisport outings (their legs are read on their own)</source>
        <translation>
            <numerusform>%n multisport outing (its legs are read on their own)</numerusform>
            <numerusform>%n multisport outings (their legs are read on their own)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running workouts without a distance</source>
        <translation>
            <numerusform>%n running workout without a distance</numerusform>
            <numerusform>%n running workouts without a distance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running workouts without a usable duration</source>
        <translation>
            <numerusform>%n running workout without a usable duration</numerusform>
            <numerusform>%n running workouts without a usable duration</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running workouts without a usable distance</source>
        <translation>
            <numerusform>%n running workout without a usable distance</numerusform>
            <numerusform>%n running workouts without a usable distance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other activities left out</source>
        <translation>
            <numerusform>%n other activity left out</numerusform>
            <numerusform>%n other activities left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more days in the current phase</source>
        <translation>
            <numerusform>%n more day in the current phase</numerusform>
            <numerusform>%n more days in the current phase</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other activities</source>
        <translation>
            <numerusform>%n other activity</numerusform>
            <numerusform>%n other activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measures</source>
        <translation>
            <numerusform>%n measure</numerusform>
            <numerusform>%n measures</numerusform>
        </translation>
    </message>
</context>
</TS>
