<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AboutFiguresCard</name>
    <message>
        <source>About these figures</source>
        <translation>Zu diesen Zahlen</translation>
    </message>
</context>
<context>
    <name>AdherenceCalendar</name>
    <message>
        <source>Adherence calendar</source>
        <translation>Umsetzungskalender</translation>
    </message>
    <message>
        <source>{complete} of {days} plan days fully done in the last {weeks} weeks</source>
        <translation>{complete} von {days} Plantagen in den letzten {weeks} Wochen ganz erledigt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Items done</source>
        <translation>Erledigte Übungen</translation>
    </message>
    <message>
        <source>Items planned</source>
        <translation>Geplante Übungen</translation>
    </message>
    <message>
        <source>Rehab days</source>
        <translation>Reha-Tage</translation>
    </message>
    <message>
        <source>{when}: no plan items</source>
        <translation>{when}: keine Planübungen</translation>
    </message>
    <message>
        <source>{when}: {done} of {total} done</source>
        <translation>{when}: {done} von {total} erledigt</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>All done</source>
        <translation>Alles erledigt</translation>
    </message>
</context>
<context>
    <name>AdherenceCard</name>
    <message>
        <source>Adherence</source>
        <translation>Umsetzung</translation>
    </message>
    <message>
        <source>Items done in the last 7 days</source>
        <translation>Erledigte Übungen der letzten 7 Tage</translation>
    </message>
    <message>
        <source>Current streak in days</source>
        <translation>Aktuelle Serie in Tagen</translation>
    </message>
    <message>
        <source>last 7 days</source>
        <translation>letzte 7 Tage</translation>
    </message>
    <message>
        <source>day streak</source>
        <translation>Tage in Folge</translation>
    </message>
    <message>
        <source>Show the rehab days of the calendar as a table</source>
        <translation>Die Reha-Tage des Kalenders als Tabelle zeigen</translation>
    </message>
</context>
<context>
    <name>AssessmentInvite</name>
    <message>
        <source>Start with the assessment</source>
        <translation>Beginne mit der Einschätzung</translation>
    </message>
    <message>
        <source>About five minutes of questions about your calf or Achilles. It checks the warning signs first, then explains what your answers point to and which rehab plan fits; the plan&apos;s daily checklist then shows here.</source>
        <translation>Etwa fünf Minuten Fragen zu deiner Wade oder Achillessehne. Zuerst werden die Warnzeichen geprüft, dann wird erklärt, worauf deine Antworten hinweisen und welcher Reha-Plan passt; die tägliche Checkliste des Plans erscheint dann hier.</translation>
    </message>
    <message>
        <source>Start the assessment</source>
        <translation>Einschätzung starten</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <source>Emergency</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <source>See a doctor today</source>
        <translation>Heute zur Ärztin oder zum Arzt</translation>
    </message>
    <message>
        <source>See a clinician</source>
        <translation>Untersuchen lassen</translation>
    </message>
    <message>
        <source>Self-care</source>
        <translation>Selbstbehandlung</translation>
    </message>
    <message>
        <source>A few minutes of questions about where it hurts, how it started and what the pain is like. It checks the warning signs that need a doctor first: answer each of them, with Not sure if you cannot tell. Then it explains how well your answers fit four common causes, and why. Other questions can be skipped. It is for education, not a diagnosis.</source>
        <translation>Ein paar Minuten Fragen dazu, wo es wehtut, wie es angefangen hat und wie sich der Schmerz anfühlt. Zuerst werden die Warnzeichen geprüft, die eine Ärztin oder einen Arzt brauchen: Beantworte jedes davon, mit Nicht sicher, wenn du es nicht sagen kannst. Danach erklärt sie, wie gut deine Antworten zu vier häufigen Ursachen passen, und warum. Andere Fragen kannst du überspringen. Sie dient der Information und ist keine Diagnose.</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Einschätzung</translation>
    </message>
    <message>
        <source>Check your calf or Achilles pain</source>
        <translation>Prüfe deine Waden- oder Achillessehnenschmerzen</translation>
    </message>
    <message>
        <source>Start the assessment</source>
        <translation>Einschätzung starten</translation>
    </message>
    <message>
        <source>Earlier assessments</source>
        <translation>Frühere Einschätzungen</translation>
    </message>
    <message>
        <source>No saved assessments yet. Each one you finish is kept here.</source>
        <translation>Noch keine gespeicherten Einschätzungen. Jede, die du abschließt, wird hier aufbewahrt.</translation>
    </message>
    <message>
        <source>Start an assessment</source>
        <translation>Eine Einschätzung starten</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the selected assessment</source>
        <translation>Die ausgewählte Einschätzung öffnen</translation>
    </message>
    <message>
        <source>Repeat with these answers</source>
        <translation>Mit diesen Antworten wiederholen</translation>
    </message>
    <message>
        <source>Repeat the selected assessment with these answers</source>
        <translation>Die gewählte Einschätzung mit diesen Antworten wiederholen</translation>
    </message>
    <message>
        <source>Could not read your earlier assessments</source>
        <translation>Deine früheren Einschätzungen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>{taken_at:%d %b %Y, %H:%M}   ·   {triage}   ·   none of the four common causes</source>
        <translation>{taken_at:%d.%m.%Y, %H:%M}   ·   {triage}   ·   keine der vier häufigen Ursachen</translation>
    </message>
    <message>
        <source>{taken_at:%d %b %Y, %H:%M}   ·   {triage}   ·   best fit: {top} ({fit})</source>
        <translation>{taken_at:%d.%m.%Y, %H:%M}   ·   {triage}   ·   passt am besten: {top} ({fit})</translation>
    </message>
    <message>
        <source>Could not open the assessment</source>
        <translation>Die Einschätzung konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Could not save the assessment</source>
        <translation>Die Einschätzung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Assessment saved to your history</source>
        <translation>Einschätzung in deinem Verlauf gespeichert</translation>
    </message>
</context>
<context>
    <name>AssessmentWizard</name>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;See my result</source>
        <translation>&amp;Mein Ergebnis ansehen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ChecklistActions</name>
    <message>
        <source>Could not save the tick</source>
        <translation>Das Abhaken konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved pain {pain}/10</source>
        <translation>Schmerz {pain}/10 gespeichert</translation>
    </message>
    <message>
        <source>Could not save the pain</source>
        <translation>Der Schmerz konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>ChecklistCard</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Today&apos;s progress</source>
        <translation>Fortschritt heute</translation>
    </message>
    <message>
        <source>Pain during the exercises</source>
        <translation>Schmerz bei den Übungen</translation>
    </message>
    <message>
        <source>Pain during the session, 0 to 10</source>
        <translation>Schmerz während der Einheit, 0 bis 10</translation>
    </message>
    <message>
        <source>Which session</source>
        <translation>Welche Einheit</translation>
    </message>
    <message>
        <source>Save pain</source>
        <translation>Schmerz speichern</translation>
    </message>
    <message>
        <source>Save pain for this session</source>
        <translation>Schmerz für diese Einheit speichern</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>{slot} session</source>
        <translation>Einheit {slot}</translation>
    </message>
    <message>
        <source>This phase aims to be pain-free: keep each exercise at {limit}/10 or less. More than that holds the load; above 5 is too much.</source>
        <translation>Diese Phase soll schmerzfrei sein: Halte jede Übung bei {limit}/10 oder weniger. Mehr hält die Belastung an; über 5 ist zu viel.</translation>
    </message>
    <message>
        <source>0-2 is safe, 3-5 is acceptable if it has settled by the next morning, above 5 is too much.</source>
        <translation>0-2 ist sicher, 3-5 ist in Ordnung, wenn es bis zum nächsten Morgen abgeklungen ist, über 5 ist zu viel.</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation>{done} von {total} erledigt</translation>
    </message>
    <message>
        <source>All done for today. Well done.</source>
        <translation>Für heute alles erledigt. Gut gemacht.</translation>
    </message>
    <message>
        <source>Next: {name} ({slot}), {dose}</source>
        <translation>Als Nächstes: {name} ({slot}), {dose}</translation>
    </message>
    <message>
        <source>Recorded today: </source>
        <translation>Heute eingetragen: </translation>
    </message>
    <message>
        <source>No pain recorded for today&apos;s sessions yet.</source>
        <translation>Für die heutigen Einheiten ist noch kein Schmerz eingetragen.</translation>
    </message>
</context>
<context>
    <name>ChecklistRow</name>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Show how to do {name}</source>
        <translation>Zeigen, wie {name} geht</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Start the timer for {name}</source>
        <translation>Den Timer für {name} starten</translation>
    </message>
    <message>
        <source>Coach: count the reps of {name}</source>
        <translation>Coach: die Wiederholungen von {name} zählen</translation>
    </message>
</context>
<context>
    <name>ChoiceInput</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Nicht sicher</translation>
    </message>
</context>
<context>
    <name>ClearanceQuestion</name>
    <message>
        <source>Has a clinician cleared you?</source>
        <translation>Hat eine Fachperson dich freigegeben?</translation>
    </message>
    <message>
        <source>Your last plan ended on {date} with the advice to stop loading and see a clinician.</source>
        <translation>Dein letzter Plan endete am {date} mit dem Rat, die Belastung zu beenden und dich von einer Fachperson untersuchen zu lassen.</translation>
    </message>
    <message>
        <source>Why: {reason}.

Start “{plan}” only if a doctor or physiotherapist has examined your leg since then and cleared you for it. Your answer is kept with the plan and shown in the report for your clinician.

Has a clinician cleared you?</source>
        <translation>Warum: {reason}.

Starte „{plan}“ nur, wenn eine Ärztin, ein Arzt oder die Physiotherapie dein Bein seitdem untersucht und dich dafür freigegeben hat. Deine Antwort wird mit dem Plan gespeichert und im Bericht für deine Fachperson gezeigt.

Hat eine Fachperson dich freigegeben?</translation>
    </message>
    <message>
        <source>Your assessment of {date} advised: {headline}.</source>
        <translation>Deine Einschätzung vom {date} riet: {headline}.</translation>
    </message>
    <message>
        <source>Why: {reason}.

It advises against starting “{plan}”. Start it only if a doctor or physiotherapist has examined your leg since then and cleared you for this plan. Your answer is kept with the plan and shown in the report for your clinician.

Has a clinician cleared you?</source>
        <translation>Warum: {reason}.

Sie rät davon ab, „{plan}“ zu starten. Starte ihn nur, wenn eine Ärztin, ein Arzt oder die Physiotherapie dein Bein seitdem untersucht und dich für diesen Plan freigegeben hat. Deine Antwort wird mit dem Plan gespeichert und im Bericht für deine Fachperson gezeigt.

Hat eine Fachperson dich freigegeben?</translation>
    </message>
    <message>
        <source>Yes, a clinician has cleared me</source>
        <translation>Ja, eine Fachperson hat mich freigegeben</translation>
    </message>
    <message>
        <source>No, do not start the plan</source>
        <translation>Nein, den Plan nicht starten</translation>
    </message>
</context>
<context>
    <name>ConditionCard</name>
    <message>
        <source>{condition}: {fit_title}</source>
        <translation>{condition}: {fit_title}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Because&lt;/b&gt;&lt;ul style=&apos;margin:0&apos;&gt;{reasons}&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Dafür spricht&lt;/b&gt;&lt;ul style=&apos;margin:0&apos;&gt;{reasons}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Against it&lt;/b&gt;&lt;ul style=&apos;margin:0&apos;&gt;{reasons}&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Dagegen spricht&lt;/b&gt;&lt;ul style=&apos;margin:0&apos;&gt;{reasons}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Nothing you said points to or away from this.</source>
        <translation>Nichts von dem, was du angegeben hast, spricht dafür oder dagegen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What it is.&lt;/b&gt; {what}&lt;br&gt;&lt;b&gt;What helps&lt;/b&gt;&lt;ul style=&apos;margin:0&apos;&gt;{helps}&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Was es ist.&lt;/b&gt; {what}&lt;br&gt;&lt;b&gt;Was hilft&lt;/b&gt;&lt;ul style=&apos;margin:0&apos;&gt;{helps}&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>CountdownDialog</name>
    <message>
        <source>Timer: {name}</source>
        <translation>Timer: {name}</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Aktueller Schritt</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Wdh.</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Was jetzt zu tun ist</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Verbleibende Zeit in diesem Schritt</translation>
    </message>
    <message>
        <source>Steps completed</source>
        <translation>Erledigte Schritte</translation>
    </message>
    <message>
        <source>Stop and rethink if: {sign}</source>
        <translation>Aufhören und neu überlegen bei: {sign}</translation>
    </message>
    <message>
        <source>Skip step</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation>Zum nächsten Schritt springen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the timer</source>
        <translation>Den Timer schließen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start or pause the timer</source>
        <translation>Den Timer starten oder anhalten</translation>
    </message>
    <message>
        <source>Space: start or pause · Right arrow: skip a step · Esc: close</source>
        <translation>Leertaste: Start oder Pause · Pfeil rechts: Schritt überspringen · Esc: schließen</translation>
    </message>
    <message>
        <source>Skip to the next step (Right arrow)</source>
        <translation>Zum nächsten Schritt springen (Pfeil rechts)</translation>
    </message>
    <message>
        <source>Start or pause (Space)</source>
        <translation>Starten oder anhalten (Leertaste)</translation>
    </message>
    <message>
        <source>All sets done</source>
        <translation>Alle Sätze geschafft</translation>
    </message>
    <message>
        <source>Well done. Tick it off, or close without ticking.</source>
        <translation>Gut gemacht. Hake es ab oder schließe, ohne abzuhaken.</translation>
    </message>
    <message>
        <source>Tick off and close</source>
        <translation>Abhaken und schließen</translation>
    </message>
    <message>
        <source>left leg</source>
        <translation>linkes Bein</translation>
    </message>
    <message>
        <source>right leg</source>
        <translation>rechtes Bein</translation>
    </message>
    <message>
        <source>Switch to the {leg}</source>
        <translation>Beinwechsel: {leg}</translation>
    </message>
    <message>
        <source>Rest before set {number} of {sets}</source>
        <translation>Pause vor Satz {number} von {sets}</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Weiter so</translation>
    </message>
    <message>
        <source>Hold {number} of {sets}</source>
        <translation>Halten {number} von {sets}</translation>
    </message>
    <message>
        <source>Set {number} of {sets}</source>
        <translation>Satz {number} von {sets}</translation>
    </message>
    <message>
        <source>{step}, {leg}</source>
        <translation>{step}, {leg}</translation>
    </message>
    <message>
        <source>Then rep {rep} of {reps}</source>
        <translation>Dann Wiederholung {rep} von {reps}</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>Als Nächstes: {step}</translation>
    </message>
    <message>
        <source>Next: {step} ({time})</source>
        <translation>Als Nächstes: {step} ({time})</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Letzter Schritt</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Rep {rep} of {reps}</source>
        <translation>Wiederholung {rep} von {reps}</translation>
    </message>
    <message>
        <source>Lower slowly… {seconds}</source>
        <translation>Langsam absenken… {seconds}</translation>
    </message>
    <message>
        <source>Up onto your toes</source>
        <translation>Hoch auf die Zehen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>DataSafety</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Jetzt &amp;sichern…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>calfdesk could not use your data</source>
        <translation>calfdesk konnte deine Daten nicht verwenden</translation>
    </message>
    <message>
        <source>Backup saved: {name}</source>
        <translation>Sicherung gespeichert: {name}</translation>
    </message>
    <message>
        <source>Backup saved</source>
        <translation>Sicherung gespeichert</translation>
    </message>
    <message>
        <source>A copy of your diary was saved as
{path}</source>
        <translation>Eine Kopie deines Tagebuchs wurde gespeichert als
{path}</translation>
    </message>
    <message>
        <source>No backup was made</source>
        <translation>Es wurde keine Sicherung erstellt</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>That folder is open in another window</source>
        <translation>Dieser Ordner ist in einem anderen Fenster geöffnet</translation>
    </message>
    <message>
        <source>Warning: {doubt}</source>
        <translation>Warnung: {doubt}</translation>
    </message>
    <message>
        <source>That folder cannot be used</source>
        <translation>Dieser Ordner kann nicht verwendet werden</translation>
    </message>
</context>
<context>
    <name>DiaryPage</name>
    <message>
        <source>Diary</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export diary as CSV</source>
        <translation>Tagebuch als CSV exportieren</translation>
    </message>
    <message>
        <source>Save the diary as a spreadsheet file (Ctrl+E)</source>
        <translation>Das Tagebuch als Tabellendatei speichern (Strg+E)</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message>
        <source>Import diary from CSV</source>
        <translation>Tagebuch aus CSV importieren</translation>
    </message>
    <message>
        <source>Add entries from a spreadsheet file (Ctrl+I)</source>
        <translation>Einträge aus einer Tabellendatei hinzufügen (Strg+I)</translation>
    </message>
    <message>
        <source>Log soreness</source>
        <translation>Beschwerden eintragen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Bearbeiten abbrechen</translation>
    </message>
    <message>
        <source>Save entry</source>
        <translation>Eintrag speichern</translation>
    </message>
    <message>
        <source>Save ({keys})</source>
        <translation>Speichern ({keys})</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Show entries from</source>
        <translation>Einträge anzeigen ab</translation>
    </message>
    <message>
        <source>Show entries to</source>
        <translation>Einträge anzeigen bis</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Alle Daten</translation>
    </message>
    <message>
        <source>Show entries of all dates</source>
        <translation>Einträge aller Daten anzeigen</translation>
    </message>
    <message>
        <source>Diary entries</source>
        <translation>Tagebucheinträge</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Some entries could not be read: {error}</source>
        <translation>Einige Einträge konnten nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>The diary could not be loaded</source>
        <translation>Das Tagebuch konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Delete the entry of {entry}?

You can undo this with Ctrl+Z.</source>
        <translation>Den Eintrag vom {entry} löschen?

Du kannst das mit Strg+Z rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete entry?</source>
        <translation>Eintrag löschen?</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Log soreness</source>
        <translation>Beschwerden eintragen</translation>
    </message>
    <message>
        <source>Save entry</source>
        <translation>Eintrag speichern</translation>
    </message>
    <message>
        <source>Save ({keys})</source>
        <translation>Speichern ({keys})</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close without saving ({keys})</source>
        <translation>Ohne Speichern schließen ({keys})</translation>
    </message>
    <message>
        <source>How does your calf feel?</source>
        <translation>Wie fühlt sich deine Wade an?</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>How sore, from 0, none, to 10, worst imaginable</source>
        <translation>Wie stark die Beschwerden sind, von 0, keine, bis 10, schlimmste vorstellbare</translation>
    </message>
    <message>
        <source>Click a number, or type it: 0 to 9, or 1 then 0 for 10</source>
        <translation>Klicke eine Zahl an oder tippe sie: 0 bis 9, oder 1 und dann 0 für 10</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Morning stiffness in minutes</source>
        <translation>Morgensteifigkeit in Minuten</translation>
    </message>
    <message>
        <source>Minutes until your calf or Achilles loosened up this morning; leave empty if none</source>
        <translation>Minuten, bis sich deine Wade oder Achillessehne heute Morgen gelockert hat; leer lassen, wenn keine</translation>
    </message>
    <message>
        <source>Anything worth remembering: the run, the shoes, what helped</source>
        <translation>Was du dir merken willst: der Lauf, die Schuhe, was geholfen hat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;Date and time</source>
        <translation>&amp;Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <source>&amp;Soreness (0 to 10)</source>
        <translation>&amp;Beschwerden (0 bis 10)</translation>
    </message>
    <message>
        <source>Whe&amp;re</source>
        <translation>W&amp;o</translation>
    </message>
    <message>
        <source>Morning stiffness (optional)</source>
        <translation>Morgensteifigkeit (optional)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>Choose how sore it is first: click a number from 0 to 10, or type it.</source>
        <translation>Wähle zuerst, wie stark die Beschwerden sind: Klicke eine Zahl von 0 bis 10 an oder tippe sie.</translation>
    </message>
</context>
<context>
    <name>ExerciseCard</name>
    <message>
        <source>Start timer</source>
        <translation>Timer starten</translation>
    </message>
    <message>
        <source>Start the countdown timer for this exercise</source>
        <translation>Den Countdown-Timer für diese Übung starten</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>So geht&apos;s</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Stop signs</source>
        <translation>Stopp-Zeichen</translation>
    </message>
    <message>
        <source>Illustration: {name}</source>
        <translation>Abbildung: {name}</translation>
    </message>
    <message>
        <source>twice a day</source>
        <translation>zweimal täglich</translation>
    </message>
    <message>
        <source>once a day</source>
        <translation>einmal täglich</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <source>{days} days a week</source>
        <translation>{days} Tage pro Woche</translation>
    </message>
    <message>
        <source>, rest {seconds} s between sets</source>
        <translation>, {seconds} s Pause zwischen den Sätzen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stop and rethink if&lt;/b&gt;&lt;ul style=&apos;margin-left:-18px&apos;&gt;{stops}&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Aufhören und neu überlegen bei&lt;/b&gt;&lt;ul style=&apos;margin-left:-18px&apos;&gt;{stops}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Count my reps</source>
        <translation>Wiederholungen zählen</translation>
    </message>
    <message>
        <source>Count my reps of this exercise, set by set</source>
        <translation>Meine Wiederholungen dieser Übung zählen, Satz für Satz</translation>
    </message>
</context>
<context>
    <name>ExportRangeDialog</name>
    <message>
        <source>Export diary</source>
        <translation>Tagebuch exportieren</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Alle Einträge</translation>
    </message>
    <message>
        <source>Only from</source>
        <translation>Nur von</translation>
    </message>
    <message>
        <source>Export all entries</source>
        <translation>Alle Einträge exportieren</translation>
    </message>
    <message>
        <source>Only from: export a date range</source>
        <translation>Nur ab: einen Datumsbereich exportieren</translation>
    </message>
    <message>
        <source>Export from</source>
        <translation>Exportieren ab</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren bis</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <source>Choose the file to export to</source>
        <translation>Die Datei wählen, in die exportiert wird</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Which entries should the CSV file hold?</source>
        <translation>Welche Einträge soll die CSV-Datei enthalten?</translation>
    </message>
    <message>
        <source>The first date is after the second; swap them.</source>
        <translation>Das erste Datum liegt nach dem zweiten; tausch sie.</translation>
    </message>
</context>
<context>
    <name>HeelRaiseCard</name>
    <message>
        <source>Heel-raise test</source>
        <translation>Zehenstand-Test</translation>
    </message>
    <message>
        <source>Single-leg raises to fatigue on each leg. The plan uses the result to open the next phase.</source>
        <translation>Einbeinige Zehenstände bis zur Ermüdung auf jedem Bein. Der Plan nutzt das Ergebnis, um die nächste Phase zu öffnen.</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Left leg heel raises</source>
        <translation>Zehenstände linkes Bein</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Right leg heel raises</source>
        <translation>Zehenstände rechtes Bein</translation>
    </message>
    <message>
        <source>not tried</source>
        <translation>nicht versucht</translation>
    </message>
    <message>
        <source>Pain of ten hops on the sore leg, 0 to 10, if tried</source>
        <translation>Schmerz bei zehn Hüpfern auf dem schmerzenden Bein, 0 bis 10, falls versucht</translation>
    </message>
    <message>
        <source>Hop pain</source>
        <translation>Hüpfschmerz</translation>
    </message>
    <message>
        <source>Record test</source>
        <translation>Test speichern</translation>
    </message>
    <message>
        <source>Record the heel-raise test</source>
        <translation>Den Zehenstand-Test speichern</translation>
    </message>
    <message>
        <source>Latest heel-raise test</source>
        <translation>Letzter Zehenstand-Test</translation>
    </message>
    <message>
        <source>No test recorded yet.</source>
        <translation>Noch kein Test gespeichert.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>The weaker leg</source>
        <translation>Das schwächere Bein</translation>
    </message>
    <message>
        <source>The left leg</source>
        <translation>Das linke Bein</translation>
    </message>
    <message>
        <source>The right leg</source>
        <translation>Das rechte Bein</translation>
    </message>
    <message>
        <source>Hopping hurt {pain}/10.</source>
        <translation>Hüpfen tat {pain}/10 weh.</translation>
    </message>
    <message>
        <source>Last test {day}: left {left}, right {right}. {which} manages {ratio} of the other.</source>
        <translation>Letzter Test {day}: links {left}, rechts {right}. {which} schafft {ratio} des anderen.</translation>
    </message>
</context>
<context>
    <name>HeelRaiseChart</name>
    <message>
        <source>Heel-raise tests over time</source>
        <translation>Zehenstand-Tests im Verlauf</translation>
    </message>
    <message>
        <source>Show the heel-raise tests as a table</source>
        <translation>Die Zehenstand-Tests als Tabelle zeigen</translation>
    </message>
    <message>
        <source>Raises per leg</source>
        <translation>Wiederholungen pro Bein</translation>
    </message>
    <message>
        <source>Sore side vs other, %</source>
        <translation>Schmerzseite zur anderen, %</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>{day}: left {left}, right {right}</source>
        <translation>{day}: links {left}, rechts {right}</translation>
    </message>
    <message>
        <source>No tests yet</source>
        <translation>Noch keine Tests</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Linkes Bein</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Rechtes Bein</translation>
    </message>
    <message>
        <source>Sore side vs other</source>
        <translation>Schmerzseite zur anderen</translation>
    </message>
    <message>
        <source>Heel-raise tests</source>
        <translation>Zehenstand-Tests</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <source>Importing runs</source>
        <translation>Läufe werden importiert</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Den Import abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the import report</source>
        <translation>Den Importbericht schließen</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>{name} wird importiert</translation>
    </message>
    <message>
        <source>Importing {files}</source>
        <translation>{files} werden importiert</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Start…</translation>
    </message>
    <message>
        <source>Reading {name} (file {number})</source>
        <translation>Lese {name} (Datei {number})</translation>
    </message>
    <message>
        <source>Reading file {done} of {total}: {name}</source>
        <translation>Lese Datei {done} von {total}: {name}</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Abschluss…</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>Abbruch nach der aktuellen Datei…</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{danger}&apos;&gt;✗&lt;/span&gt; &lt;b&gt;{name}&lt;/b&gt;: not imported, {error}</source>
        <translation>&lt;span style=&apos;color:{danger}&apos;&gt;✗&lt;/span&gt; &lt;b&gt;{name}&lt;/b&gt;: nicht importiert, {error}</translation>
    </message>
    <message>
        <source>✓ and {files} read</source>
        <translation>✓ und {files} gelesen</translation>
    </message>
    <message>
        <source>Cancelled: {files} not read ({names}). The runs of the files read before are kept.</source>
        <translation>Abgebrochen: {files} nicht gelesen ({names}). Die Läufe der vorher gelesenen Dateien bleiben erhalten.</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>{verb}: {added} added, {duplicates} skipped, {failed} not imported.</source>
        <translation>{verb}: {added} hinzugefügt, {duplicates} übersprungen, {failed} nicht importiert.</translation>
    </message>
    <message>
        <source>{verb}: {added} added</source>
        <translation>{verb}: {added} hinzugefügt</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>Import gestoppt</translation>
    </message>
    <message>
        <source>The runs could not be imported</source>
        <translation>Die Läufe konnten nicht importiert werden</translation>
    </message>
</context>
<context>
    <name>ImportPlanDialog</name>
    <message>
        <source>Import a plan file</source>
        <translation>Plandatei importieren</translation>
    </message>
    <message>
        <source>A plan file from {clinician} ({file}), adapted from the built-in plan “{built_in}”.</source>
        <translation>Eine Plandatei von {clinician} ({file}), angepasst aus dem eingebauten Plan „{built_in}“.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Hinweis: {note}</translation>
    </message>
    <message>
        <source>What it changes against the built-in plan:</source>
        <translation>Was sie gegenüber dem eingebauten Plan ändert:</translation>
    </message>
    <message>
        <source>It is the same as the built-in plan.</source>
        <translation>Sie entspricht dem eingebauten Plan.</translation>
    </message>
    <message>
        <source>Its pain limits and doses were checked against the app&apos;s safety rules. Starting it asks the same questions as any plan: if your latest assessment advised against this plan, you will be asked whether a clinician has cleared you.</source>
        <translation>Ihre Schmerzgrenzen und Dosierungen wurden gegen die Sicherheitsregeln der App geprüft. Beim Start kommen dieselben Fragen wie bei jedem Plan: Hat deine letzte Einschätzung von diesem Plan abgeraten, wirst du gefragt, ob eine Fachperson dich freigegeben hat.</translation>
    </message>
    <message>
        <source>Sore leg:</source>
        <translation>Schmerzendes Bein:</translation>
    </message>
    <message>
        <source>Sore leg</source>
        <translation>Schmerzendes Bein</translation>
    </message>
    <message>
        <source>Start this plan</source>
        <translation>Diesen Plan starten</translation>
    </message>
    <message>
        <source>Changes against the built-in plan</source>
        <translation>Änderungen gegenüber dem eingebauten Plan</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import {file_name}</source>
        <translation>{file_name} importieren</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>Importvorschau</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Problems ({problem_count})</source>
        <translation>Probleme ({problem_count})</translation>
    </message>
    <message>
        <source>To add</source>
        <translation>Hinzuzufügen</translation>
    </message>
    <message>
        <source>To add ({to_add})</source>
        <translation>Hinzuzufügen ({to_add})</translation>
    </message>
    <message>
        <source>Duplicates to skip</source>
        <translation>Doppelte, die übersprungen werden</translation>
    </message>
    <message>
        <source>Duplicates ({duplicates})</source>
        <translation>Doppelte ({duplicates})</translation>
    </message>
    <message>
        <source>Duplicates are rows with the same date, time, context, location and side as an entry you have.</source>
        <translation>Doppelte sind Zeilen mit demselben Datum, derselben Uhrzeit, Situation, Stelle und Seite wie ein vorhandener Eintrag.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
</context>
<context>
    <name>ImportReportView</name>
    <message>
        <source>Import totals</source>
        <translation>Import-Summen</translation>
    </message>
    <message>
        <source>Import report, one row per outcome of each file</source>
        <translation>Importbericht, eine Zeile pro Ergebnis jeder Datei</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Bericht kopieren</translation>
    </message>
    <message>
        <source>Copy the import report as a table</source>
        <translation>Den Importbericht als Tabelle kopieren</translation>
    </message>
    <message>
        <source>Import the activities that did not look like runs</source>
        <translation>Die Aktivitäten importieren, die nicht wie Läufe aussahen</translation>
    </message>
    <message>
        <source>Import the rows marked Not taken as runs after all</source>
        <translation>Die als „Nicht übernommen“ markierten Zeilen doch als Läufe importieren</translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation>Nicht übernommen</translation>
    </message>
    <message>
        <source>Included anyway</source>
        <translation>Doch aufgenommen</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>InsightsCard</name>
    <message>
        <source>Patterns in your log</source>
        <translation>Muster in deinen Einträgen</translation>
    </message>
    <message>
        <source>Once you have logged your soreness on at least {n} days with and {n} days without something like a hill session, a new pair of shoes or a fast rise in distance, what went together shows here.</source>
        <translation>Sobald du deine Beschwerden an mindestens {n} Tagen mit und {n} Tagen ohne so etwas wie eine Bergeinheit, neue Schuhe oder einen schnellen Anstieg der Strecke eingetragen hast, zeigt sich hier, was zusammen auftrat.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>calfdesk</source>
        <translation>calfdesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Log soreness…</source>
        <translation>Beschwerden &amp;eintragen…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Report for your clinician…</source>
        <translation>Be&amp;richt für deine Fachperson…</translation>
    </message>
    <message>
        <source>Export &amp;plan…</source>
        <translation>&amp;Plan exportieren…</translation>
    </message>
    <message>
        <source>Import pla&amp;n…</source>
        <translation>Pla&amp;n importieren…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About calfdesk</source>
        <translation>Ü&amp;ber calfdesk</translation>
    </message>
    <message>
        <source>Reloaded from the data file</source>
        <translation>Aus der Datendatei neu geladen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Einschätzung</translation>
    </message>
    <message>
        <source>Rehab plan</source>
        <translation>Reha-Plan</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>calfdesk is an educational self-assessment and self-care tracker. It does not diagnose and it does not replace a clinician. If your calf is swollen, warm or red, if you are short of breath, or if the pain is severe, seek medical help now.</source>
        <translation>calfdesk ist ein Werkzeug zur Selbsteinschätzung und Selbstbehandlung zu Informationszwecken. Es stellt keine Diagnosen und ersetzt keine Fachperson. Wenn deine Wade geschwollen, warm oder gerötet ist, wenn du Atemnot hast oder die Schmerzen stark sind, hol dir sofort medizinische Hilfe.</translation>
    </message>
</context>
<context>
    <name>MeasureChart</name>
    <message>
        <source>{name} over time</source>
        <translation>{name} im Verlauf</translation>
    </message>
    <message>
        <source>Show {name} as a table</source>
        <translation>{name} als Tabelle zeigen</translation>
    </message>
    <message>
        <source>usual for your sex and age: {norm}</source>
        <translation>üblich für dein Geschlecht und Alter: {norm}</translation>
    </message>
    <message>
        <source>Run, {unit}</source>
        <translation>Lauf, {unit}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Smallest change that matters: ±{change}</source>
        <translation>Kleinste bedeutsame Änderung: ±{change}</translation>
    </message>
</context>
<context>
    <name>MileageOverlay</name>
    <message>
        <source>Weekly distance could not be loaded</source>
        <translation>Die Wochenstrecke konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Distance per week ({unit})</source>
        <translation>Strecke pro Woche ({unit})</translation>
    </message>
</context>
<context>
    <name>MissedYesterdayNote</name>
    <message>
        <source>About yesterday</source>
        <translation>Zu gestern</translation>
    </message>
</context>
<context>
    <name>MorningCheckInCard</name>
    <message>
        <source>Good morning: how does it feel?</source>
        <translation>Guten Morgen: Wie fühlt es sich an?</translation>
    </message>
    <message>
        <source>Your rehab plan compares this with yesterday morning: if it is worse, the plan suggests less load.</source>
        <translation>Dein Reha-Plan vergleicht das mit gestern Morgen: Wenn es schlechter ist, schlägt der Plan weniger Belastung vor.</translation>
    </message>
    <message>
        <source>&amp;Pain now (0 to 10)</source>
        <translation>&amp;Schmerz jetzt (0 bis 10)</translation>
    </message>
    <message>
        <source>Morning pain, from 0, none, to 10, worst imaginable</source>
        <translation>Morgendlicher Schmerz, von 0, keiner, bis 10, schlimmster vorstellbarer</translation>
    </message>
    <message>
        <source>Click a number, or type it: 0 to 9, or 1 then 0 for 10</source>
        <translation>Klicke eine Zahl an oder tippe sie: 0 bis 9, oder 1 und dann 0 für 10</translation>
    </message>
    <message>
        <source>S&amp;tiffness</source>
        <translation>S&amp;teifigkeit</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Minutes of morning stiffness</source>
        <translation>Minuten Morgensteifigkeit</translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation>Check-in speichern</translation>
    </message>
    <message>
        <source>Save the morning check-in</source>
        <translation>Den Morgen-Check-in speichern</translation>
    </message>
    <message>
        <source>Choose how it hurts first: click a number from 0 to 10, or type it.</source>
        <translation>Wähle zuerst, wie stark es wehtut: Klicke eine Zahl von 0 bis 10 an oder tippe sie.</translation>
    </message>
    <message>
        <source>Morning check-in saved</source>
        <translation>Morgen-Check-in gespeichert</translation>
    </message>
    <message>
        <source>Could not save the check-in</source>
        <translation>Der Check-in konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>NumberInput</name>
    <message>
        <source>Not answered</source>
        <translation>Nicht beantwortet</translation>
    </message>
</context>
<context>
    <name>OpeningFrame</name>
    <message>
        <source>calfdesk</source>
        <translation>calfdesk</translation>
    </message>
    <message>
        <source>calfdesk is opening your data</source>
        <translation>calfdesk öffnet deine Daten</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Deine Daten werden geöffnet…</translation>
    </message>
</context>
<context>
    <name>OutsideTheFourCard</name>
    <message>
        <source>So this result shows no fit against the four causes and offers no exercise plan: the clinician&apos;s examination comes first.</source>
        <translation>Deshalb zeigt dieses Ergebnis keinen Abgleich mit den vier Ursachen und bietet keinen Übungsplan an: Die Untersuchung durch eine Fachperson geht vor.</translation>
    </message>
</context>
<context>
    <name>PackForm</name>
    <message>
        <source>Licensed to {holder}</source>
        <translation>Lizenziert für {holder}</translation>
    </message>
    <message>
        <source>Save answers</source>
        <translation>Antworten speichern</translation>
    </message>
    <message>
        <source>Save your answers to {name}</source>
        <translation>Deine Antworten zu {name} speichern</translation>
    </message>
    <message>
        <source>Answer to question {number}</source>
        <translation>Antwort auf Frage {number}</translation>
    </message>
</context>
<context>
    <name>PacksCard</name>
    <message>
        <source>Questionnaires from your clinician</source>
        <translation>Fragebögen von deiner Fachperson</translation>
    </message>
    <message>
        <source>Some questionnaires (VISA-A, LEFS, FAAM, TENDINS-A) are licensed, so calfdesk ships none of them. A clinician who holds a licence can give you a pack file to add here.</source>
        <translation>Manche Fragebögen (VISA-A, LEFS, FAAM, TENDINS-A) sind lizenziert, deshalb liefert calfdesk keinen davon mit. Eine Fachperson mit Lizenz kann dir eine Paketdatei geben, die du hier hinzufügst.</translation>
    </message>
    <message>
        <source>Add a pack file…</source>
        <translation>Paketdatei hinzufügen…</translation>
    </message>
    <message>
        <source>Add a questionnaire pack file</source>
        <translation>Eine Fragebogen-Paketdatei hinzufügen</translation>
    </message>
    <message>
        <source>Problem with the questionnaire pack</source>
        <translation>Problem mit dem Fragebogen-Paket</translation>
    </message>
</context>
<context>
    <name>PlanChooser</name>
    <message>
        <source>Both legs</source>
        <translation>Beide Beine</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Linkes Bein</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Rechtes Bein</translation>
    </message>
    <message>
        <source>Choose a plan</source>
        <translation>Plan wählen</translation>
    </message>
    <message>
        <source>Each plan is a daily checklist that moves through phases as your pain allows. The assessment recommends one; you can also pick one here. One plan runs at a time.</source>
        <translation>Jeder Plan ist eine tägliche Checkliste, die sich in Phasen steigert, so weit dein Schmerz es zulässt. Die Einschätzung empfiehlt einen; du kannst auch hier einen wählen. Es läuft immer nur ein Plan.</translation>
    </message>
    <message>
        <source>Sore leg</source>
        <translation>Schmerzendes Bein</translation>
    </message>
    <message>
        <source>The pain sits where the tendon meets the heel bone</source>
        <translation>Der Schmerz sitzt dort, wo die Sehne am Fersenbein ansetzt</translation>
    </message>
    <message>
        <source>Heel drops then stop at step level</source>
        <translation>Fersenabsenken nur bis Stufenhöhe</translation>
    </message>
    <message>
        <source>Uses heel drops that stop at step level</source>
        <translation>Nutzt Fersenabsenken, das auf Stufenhöhe endet</translation>
    </message>
    <message>
        <source>Start plan</source>
        <translation>Plan starten</translation>
    </message>
    <message>
        <source>Start the chosen plan</source>
        <translation>Den gewählten Plan starten</translation>
    </message>
    <message>
        <source>{name}: no exercise plan</source>
        <translation>{name}: kein Übungsplan</translation>
    </message>
    <message>
        <source>What to write down for the clinician</source>
        <translation>Was du für die Fachperson aufschreiben solltest</translation>
    </message>
    <message>
        <source>Earlier plans</source>
        <translation>Frühere Pläne</translation>
    </message>
</context>
<context>
    <name>PlanSummaryCard</name>
    <message>
        <source>Finish plan</source>
        <translation>Plan abschließen</translation>
    </message>
    <message>
        <source>Finish the plan</source>
        <translation>Den Plan abschließen</translation>
    </message>
    <message>
        <source>Stop plan</source>
        <translation>Plan beenden</translation>
    </message>
    <message>
        <source>Stop (abandon) the plan</source>
        <translation>Den Plan beenden (abbrechen)</translation>
    </message>
    <message>
        <source>Phase {number} of {phases}: {name}  ·  day {day_number} of about {weeks}</source>
        <translation>Phase {number} von {phases}: {name}  ·  Tag {day_number} von etwa {weeks}</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>both</source>
        <translation>beide</translation>
    </message>
    <message>
        <source>Load: {load_label}  ·  sore leg: {side}</source>
        <translation>Belastung: {load_label}  ·  schmerzendes Bein: {side}</translation>
    </message>
    <message>
        <source>plan file by {clinician}</source>
        <translation>Plandatei von {clinician}</translation>
    </message>
    <message>
        <source>This is the plan&apos;s last phase.</source>
        <translation>Das ist die letzte Phase des Plans.</translation>
    </message>
    <message>
        <source>Next: {name}. Its entry criteria are met: three session days in a row at 2/10 or less move you on.</source>
        <translation>Als Nächstes: {name}. Die Einstiegskriterien sind erfüllt: Drei Einheitstage in Folge bei höchstens 2/10 bringen dich weiter.</translation>
    </message>
    <message>
        <source>Next: {name}. Still needed: {missing}.</source>
        <translation>Als Nächstes: {name}. Noch nötig: {missing}.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Distance units</source>
        <translation>Einheit für Strecken</translation>
    </message>
    <message>
        <source>First day of the week</source>
        <translation>Erster Tag der Woche</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>&amp;Distances in</source>
        <translation>&amp;Strecken in</translation>
    </message>
    <message>
        <source>&amp;Weeks start on</source>
        <translation>&amp;Wochen beginnen am</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>calfdesk speaks the chosen language from its next start</source>
        <translation>calfdesk verwendet die gewählte Sprache ab dem nächsten Start</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>About you (optional)</source>
        <translation>Über dich (optional)</translation>
    </message>
    <message>
        <source>Used only to compare your heel-raise test with the usual count for your sex and age. Without them, only the side-to-side ratio counts.</source>
        <translation>Nur, um deinen Zehenstand-Test mit der üblichen Zahl für dein Geschlecht und Alter zu vergleichen. Ohne diese Angaben zählt nur der Seitenvergleich.</translation>
    </message>
    <message>
        <source>Sex, for the heel-raise norm</source>
        <translation>Geschlecht, für die Zehenstand-Norm</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Kilometres (km)</source>
        <translation>Kilometer (km)</translation>
    </message>
    <message>
        <source>Miles (mi)</source>
        <translation>Meilen (mi)</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Ask me</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Keep calfdesk in the tray</source>
        <translation>calfdesk im Infobereich behalten</translation>
    </message>
    <message>
        <source>Quit calfdesk</source>
        <translation>calfdesk beenden</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>Keep calfdesk open, minimized</source>
        <translation>calfdesk offen lassen, minimiert</translation>
    </message>
    <message>
        <source>Quit calfdesk (reminders stop)</source>
        <translation>calfdesk beenden (Erinnerungen enden)</translation>
    </message>
    <message>
        <source>Remind me to log my soreness at</source>
        <translation>Erinnere mich ans Eintragen der Beschwerden um</translation>
    </message>
    <message>
        <source>Remind me to log my soreness</source>
        <translation>Erinnere mich ans Eintragen der Beschwerden</translation>
    </message>
    <message>
        <source>Remind me of the morning rehab items at</source>
        <translation>Erinnere mich an die Reha-Übungen am Morgen um</translation>
    </message>
    <message>
        <source>Remind me of the morning rehab items</source>
        <translation>Erinnere mich an die Reha-Übungen am Morgen</translation>
    </message>
    <message>
        <source>Remind me of the evening rehab items at</source>
        <translation>Erinnere mich an die Reha-Übungen am Abend um</translation>
    </message>
    <message>
        <source>Remind me of the evening rehab items</source>
        <translation>Erinnere mich an die Reha-Übungen am Abend</translation>
    </message>
    <message>
        <source>Birth year, for the heel-raise norm</source>
        <translation>Geburtsjahr, für die Zehenstand-Norm</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>&amp;Geschlecht</translation>
    </message>
    <message>
        <source>&amp;Birth year</source>
        <translation>Geburts&amp;jahr</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>A notification comes at these times if something is still to do: nothing logged yet today, or that session&apos;s rehab items not ticked.</source>
        <translation>Zu diesen Zeiten kommt eine Benachrichtigung, wenn noch etwas zu tun ist: heute noch nichts eingetragen, oder die Reha-Übungen dieser Einheit nicht abgehakt.</translation>
    </message>
    <message>
        <source>While a reminder is on, calfdesk shows an icon in the tray and keeps running there.</source>
        <translation>Solange eine Erinnerung an ist, zeigt calfdesk ein Symbol im Infobereich und läuft dort weiter.</translation>
    </message>
    <message>
        <source>This desktop shows no tray icon, so reminders stop while calfdesk is closed: keep it open, minimized, or let it start when you log in.</source>
        <translation>Dieser Desktop zeigt kein Symbol im Infobereich, also enden die Erinnerungen, solange calfdesk geschlossen ist: Lass es minimiert offen oder lass es bei der Anmeldung starten.</translation>
    </message>
    <message>
        <source>&amp;Start calfdesk when I log in, minimized</source>
        <translation>calfdesk bei der &amp;Anmeldung starten, minimiert</translation>
    </message>
    <message>
        <source>When I close the window with reminders on</source>
        <translation>Wenn ich das Fenster bei aktiven Erinnerungen schließe</translation>
    </message>
    <message>
        <source>When I &amp;close the window</source>
        <translation>Wenn ich das Fenster s&amp;chließe</translation>
    </message>
    <message>
        <source>&amp;Start calfdesk with my computer, in the tray</source>
        <translation>calfdesk mit dem Computer s&amp;tarten, im Infobereich</translation>
    </message>
    <message>
        <source>calfdesk starts hidden when you log in, so reminders come without opening it first</source>
        <translation>calfdesk startet beim Anmelden unsichtbar, damit Erinnerungen kommen, ohne dass du es erst öffnest</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Daily backups to keep, in days</source>
        <translation>Tägliche Sicherungen, die behalten werden, in Tagen</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <source>Weekly backups to keep, in weeks</source>
        <translation>Wöchentliche Sicherungen, die behalten werden, in Wochen</translation>
    </message>
    <message>
        <source>Keep a backup of each of the last</source>
        <translation>Eine Sicherung von jedem der letzten</translation>
    </message>
    <message>
        <source>and one backup of each of the last</source>
        <translation>und eine Sicherung von jeder der letzten</translation>
    </message>
    <message>
        <source>Backups you make yourself are always kept. Rotation runs at the next daily backup.</source>
        <translation>Sicherungen, die du selbst machst, bleiben immer erhalten. Aufgeräumt wird bei der nächsten täglichen Sicherung.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Current data folder</source>
        <translation>Aktueller Datenordner</translation>
    </message>
    <message>
        <source>&amp;Move data folder…</source>
        <translation>Datenordner &amp;verschieben…</translation>
    </message>
    <message>
        <source>Move the data folder</source>
        <translation>Den Datenordner verschieben</translation>
    </message>
    <message>
        <source>Copy your data and backups to another folder, check the copy, then use it</source>
        <translation>Deine Daten und Sicherungen in einen anderen Ordner kopieren, die Kopie prüfen und dann verwenden</translation>
    </message>
    <message>
        <source>Save preferences</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation>Wie der Desktop</translation>
    </message>
    <message>
        <source>Preferences saved</source>
        <translation>Einstellungen gespeichert</translation>
    </message>
    <message>
        <source>Starting with your computer could not be changed: {error}. Nothing else was saved yet; try again or untick the box.</source>
        <translation>Der Start mit dem Computer konnte nicht geändert werden: {error}. Sonst wurde noch nichts gespeichert; versuch es erneut oder entferne das Häkchen.</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>How your calf does over the weeks. A change counts once it passes the smallest change that matters, the shaded band around your first score.</source>
        <translation>Wie es deiner Wade über die Wochen geht. Eine Veränderung zählt, sobald sie die kleinste bedeutsame Änderung überschreitet, das schattierte Band um deinen ersten Wert.</translation>
    </message>
    <message>
        <source>Show &amp;runs beneath the charts</source>
        <translation>&amp;Läufe unter den Diagrammen zeigen</translation>
    </message>
    <message>
        <source>Show runs beneath the charts: the distance run each day</source>
        <translation>Läufe unter den Diagrammen zeigen: die gelaufene Strecke pro Tag</translation>
    </message>
    <message>
        <source>No measures yet. Name your activities below and score them, or record a heel-raise test on the Rehab plan page.</source>
        <translation>Noch keine Messwerte. Nenne unten deine Aktivitäten und bewerte sie, oder trage auf der Seite Reha-Plan einen Zehenstand-Test ein.</translation>
    </message>
    <message>
        <source>Your measures could not be read</source>
        <translation>Deine Messwerte konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>{name}: in words</source>
        <translation>{name}: in Worten</translation>
    </message>
    <message>
        <source>Your activities are saved</source>
        <translation>Deine Aktivitäten sind gespeichert</translation>
    </message>
    <message>
        <source>This week&apos;s scores are saved</source>
        <translation>Die Werte dieser Woche sind gespeichert</translation>
    </message>
    <message>
        <source>Add a questionnaire pack</source>
        <translation>Fragebogen-Paket hinzufügen</translation>
    </message>
    <message>
        <source>Questionnaire packs (*.toml)</source>
        <translation>Fragebogen-Pakete (*.toml)</translation>
    </message>
    <message>
        <source>Added {name}</source>
        <translation>{name} hinzugefügt</translation>
    </message>
    <message>
        <source>Your answers are saved</source>
        <translation>Deine Antworten sind gespeichert</translation>
    </message>
    <message>
        <source>Nothing was saved</source>
        <translation>Nichts wurde gespeichert</translation>
    </message>
</context>
<context>
    <name>PsfsCard</name>
    <message>
        <source>Activities you find hard (PSFS)</source>
        <translation>Schwierige Aktivitäten (PSFS)</translation>
    </message>
    <message>
        <source>Name 3 to 5 activities your calf makes hard, in your own words, then score each week how well you can do them: 0 is unable, 10 is as well as before the injury.</source>
        <translation>Nenne 3 bis 5 Aktivitäten, die dir deine Wade schwer macht, in deinen eigenen Worten, und bewerte jede Woche, wie gut du sie kannst: 0 heißt unmöglich, 10 so gut wie vor der Verletzung.</translation>
    </message>
    <message>
        <source>e.g. running 10 km</source>
        <translation>z. B. 10 km laufen</translation>
    </message>
    <message>
        <source>e.g. stairs in the morning</source>
        <translation>z. B. Treppen am Morgen</translation>
    </message>
    <message>
        <source>e.g. walking the dog</source>
        <translation>z. B. mit dem Hund gehen</translation>
    </message>
    <message>
        <source>e.g. hopping or skipping</source>
        <translation>z. B. Hüpfen oder Seilspringen</translation>
    </message>
    <message>
        <source>e.g. standing at work</source>
        <translation>z. B. Stehen bei der Arbeit</translation>
    </message>
    <message>
        <source>{hint} (optional)</source>
        <translation>{hint} (optional)</translation>
    </message>
    <message>
        <source>Activity {number}</source>
        <translation>Aktivität {number}</translation>
    </message>
    <message>
        <source>Activity &amp;{number}</source>
        <translation>Aktivität &amp;{number}</translation>
    </message>
    <message>
        <source>Save activities</source>
        <translation>Aktivitäten speichern</translation>
    </message>
    <message>
        <source>Save your activities</source>
        <translation>Deine Aktivitäten speichern</translation>
    </message>
    <message>
        <source>This week&apos;s scores</source>
        <translation>Werte dieser Woche</translation>
    </message>
    <message>
        <source>Save your activities first; then score them here.</source>
        <translation>Speichere zuerst deine Aktivitäten; dann bewerte sie hier.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Day of the scores</source>
        <translation>Tag der Bewertung</translation>
    </message>
    <message>
        <source>Save scores</source>
        <translation>Werte speichern</translation>
    </message>
    <message>
        <source>Save this week&apos;s scores</source>
        <translation>Die Werte dieser Woche speichern</translation>
    </message>
    <message>
        <source>Problem with the activities or scores</source>
        <translation>Problem mit den Aktivitäten oder Werten</translation>
    </message>
    <message>
        <source>Score for {activity}, 0 to 10</source>
        <translation>Wert für {activity}, 0 bis 10</translation>
    </message>
</context>
<context>
    <name>QuestionInput</name>
    <message>
        <source>Why it matters: {why}</source>
        <translation>Warum das wichtig ist: {why}</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Step {number} of {total}: {title}</source>
        <translation>Schritt {number} von {total}: {title}</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Answers still open on this page</source>
        <translation>Noch offene Antworten auf dieser Seite</translation>
    </message>
    <message>
        <source>Questions: {title}</source>
        <translation>Fragen: {title}</translation>
    </message>
    <message>
        <source>Every warning sign has an answer: you can go on.</source>
        <translation>Jedes Warnzeichen ist beantwortet: Du kannst weitergehen.</translation>
    </message>
    <message>
        <source>Answer every warning sign to go on: Yes, No or Not sure (for the list: tick what applies, or &quot;None of these&quot;). Still open: {count} of {total}.</source>
        <translation>Beantworte jedes Warnzeichen, um weiterzugehen: Ja, Nein oder Nicht sicher (bei der Liste: Kreuz an, was zutrifft, oder „Nichts davon“). Noch offen: {count} von {total}.</translation>
    </message>
    <message>
        <source>{why} Open: {names}.</source>
        <translation>{why} Offen: {names}.</translation>
    </message>
</context>
<context>
    <name>RangeButtons</name>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
</context>
<context>
    <name>ReadyCard</name>
    <message>
        <source>Ready to run today?</source>
        <translation>Bereit zum Laufen?</translation>
    </message>
    <message>
        <source>Distance you plan to run today</source>
        <translation>Geplante Laufstrecke heute</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>nicht geplant</translation>
    </message>
    <message>
        <source>Checked against your longest run of the last 30 days</source>
        <translation>Verglichen mit deinem längsten Lauf der letzten 30 Tage</translation>
    </message>
    <message>
        <source>A harder session: faster, intervals or hills</source>
        <translation>Ein härterer Lauf: schneller, Intervalle oder Hügel</translation>
    </message>
    <message>
        <source>A harder run is checked against the distance of your last run</source>
        <translation>Ein härterer Lauf wird mit der Strecke deines letzten Laufs verglichen</translation>
    </message>
    <message>
        <source>The running checklist could not be loaded</source>
        <translation>Die Lauf-Checkliste konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>A better answer needs: {measures}.</source>
        <translation>Für eine bessere Antwort fehlt: {measures}.</translation>
    </message>
    <message>
        <source>Not today: see a clinician</source>
        <translation>Heute nicht: Lass dich von einer Fachperson untersuchen</translation>
    </message>
    <message>
        <source>A warning sign needs a clinician first.</source>
        <translation>Ein Warnzeichen braucht zuerst eine Fachperson.</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Heute nicht</translation>
    </message>
    <message>
        <source>Something on the checklist says rest from running today.</source>
        <translation>Etwas auf der Checkliste rät, heute nicht zu laufen.</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Some checks are not met or not known yet; see below.</source>
        <translation>Einige Punkte sind nicht erfüllt oder noch unbekannt; siehe unten.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Every check on your list is green.</source>
        <translation>Jeder Punkt auf deiner Liste ist grün.</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Quelle: {source}</translation>
    </message>
    <message>
        <source>To make it green: {what} · {source}</source>
        <translation>Damit es grün wird: {what} · {source}</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <source>Pain in your last session</source>
        <translation>Schmerz in deiner letzten Einheit</translation>
    </message>
    <message>
        <source>This morning</source>
        <translation>Heute Morgen</translation>
    </message>
    <message>
        <source>Heel-raise test</source>
        <translation>Zehenstand-Test</translation>
    </message>
    <message>
        <source>Hopping on the sore leg</source>
        <translation>Hüpfen auf dem schmerzenden Bein</translation>
    </message>
    <message>
        <source>Your plan</source>
        <translation>Dein Plan</translation>
    </message>
    <message>
        <source>Today&apos;s run</source>
        <translation>Der heutige Lauf</translation>
    </message>
</context>
<context>
    <name>RehabPage</name>
    <message>
        <source>Rehab plan</source>
        <translation>Reha-Plan</translation>
    </message>
    <message>
        <source>Your rehab plan could not be read</source>
        <translation>Dein Reha-Plan konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Replace the current plan?</source>
        <translation>Aktuellen Plan ersetzen?</translation>
    </message>
    <message>
        <source>“{running}” is running. Stop it and start “{chosen}”? The old plan&apos;s history is kept.</source>
        <translation>„{running}“ läuft gerade. Beenden und „{chosen}“ starten? Der Verlauf des alten Plans bleibt erhalten.</translation>
    </message>
    <message>
        <source>Started: {name}</source>
        <translation>Gestartet: {name}</translation>
    </message>
    <message>
        <source>Could not start the plan</source>
        <translation>Der Plan konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>Could not save the test</source>
        <translation>Der Test konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Suggestion accepted</source>
        <translation>Vorschlag angenommen</translation>
    </message>
    <message>
        <source>Suggestion declined</source>
        <translation>Vorschlag abgelehnt</translation>
    </message>
    <message>
        <source>Could not save your decision</source>
        <translation>Deine Entscheidung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Finish the plan?</source>
        <translation>Plan abschließen?</translation>
    </message>
    <message>
        <source>Finish this plan? Its history is kept.</source>
        <translation>Diesen Plan abschließen? Sein Verlauf bleibt erhalten.</translation>
    </message>
    <message>
        <source>Could not finish the plan</source>
        <translation>Der Plan konnte nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>Stop the plan?</source>
        <translation>Plan beenden?</translation>
    </message>
    <message>
        <source>Stop this plan? Its history is kept.</source>
        <translation>Diesen Plan beenden? Sein Verlauf bleibt erhalten.</translation>
    </message>
    <message>
        <source>Could not stop the plan</source>
        <translation>Der Plan konnte nicht beendet werden</translation>
    </message>
</context>
<context>
    <name>ReminderRow</name>
    <message>
        <source>{name}: time</source>
        <translation>{name}: Uhrzeit</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report for your clinician</source>
        <translation>Bericht für deine Fachperson</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papier</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Stand des Berichts</translation>
    </message>
    <message>
        <source>&amp;Open the PDF</source>
        <translation>PDF ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the saved PDF</source>
        <translation>Das gespeicherte PDF öffnen</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Den Bericht als PDF speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>A PDF with your latest assessment, the soreness chart and weekly table, heel-raise tests, rehab adherence, training load and shoes, and your notes for the period.</source>
        <translation>Ein PDF mit deiner letzten Einschätzung, der Beschwerdekurve und Wochentabelle, Zehenstand-Tests, der Umsetzung des Reha-Plans, Trainingsbelastung und Schuhen sowie deinen Notizen für den Zeitraum.</translation>
    </message>
    <message>
        <source>The first date is after the second; swap them.</source>
        <translation>Das erste Datum liegt nach dem zweiten; tausch sie.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Den Bericht speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Making the report for {start} to {end}…</source>
        <translation>Der Bericht für {start} bis {end} wird erstellt…</translation>
    </message>
    <message>
        <source>Saved {path} ({pages}).</source>
        <translation>{path} gespeichert ({pages}).</translation>
    </message>
    <message>
        <source>The report was not saved. {problem}</source>
        <translation>Der Bericht wurde nicht gespeichert. {problem}</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Assessment result</source>
        <translation>Ergebnis der Einschätzung</translation>
    </message>
    <message>
        <source>Your assessment result</source>
        <translation>Das Ergebnis deiner Einschätzung</translation>
    </message>
    <message>
        <source>Assessment of {taken_at:%d %b %Y, %H:%M}</source>
        <translation>Einschätzung vom {taken_at:%d.%m.%Y, %H:%M}</translation>
    </message>
    <message>
        <source>A saved assessment, shown as it was. Repeat it to see how things changed.</source>
        <translation>Eine gespeicherte Einschätzung, so wie sie damals war. Wiederhole sie, um zu sehen, was sich verändert hat.</translation>
    </message>
    <message>
        <source>What to write down for the clinician</source>
        <translation>Was du für die Fachperson aufschreiben solltest</translation>
    </message>
    <message>
        <source>How well your answers fit the common causes, best first (a fit is not a diagnosis)</source>
        <translation>Wie gut deine Antworten zu den häufigen Ursachen passen, beste zuerst (Passen ist keine Diagnose)</translation>
    </message>
    <message>
        <source>How well your answers fit the common causes (for information only: the warning signs come first)</source>
        <translation>Wie gut deine Antworten zu den häufigen Ursachen passen (nur zur Information: Die Warnzeichen gehen vor)</translation>
    </message>
    <message>
        <source>What may have contributed</source>
        <translation>Was dazu beigetragen haben kann</translation>
    </message>
    <message>
        <source>{disclaimer} (Content version {content_version}.)</source>
        <translation>{disclaimer} (Inhaltsversion {content_version}.)</translation>
    </message>
    <message>
        <source>Start the recommended plan: {plan}</source>
        <translation>Empfohlenen Plan starten: {plan}</translation>
    </message>
    <message>
        <source>Opens the Rehab page and starts this plan</source>
        <translation>Öffnet die Seite Reha-Plan und startet diesen Plan</translation>
    </message>
    <message>
        <source>Start the recommended plan</source>
        <translation>Den empfohlenen Plan starten</translation>
    </message>
    <message>
        <source>Repeat with these answers</source>
        <translation>Mit diesen Antworten wiederholen</translation>
    </message>
    <message>
        <source>Repeat the assessment with these answers</source>
        <translation>Die Einschätzung mit diesen Antworten wiederholen</translation>
    </message>
    <message>
        <source>Back to assessments</source>
        <translation>Zurück zu den Einschätzungen</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>Deine Antworten</translation>
    </message>
    <message>
        <source>none of these</source>
        <translation>nichts davon</translation>
    </message>
    <message>
        <source>No questions were answered.</source>
        <translation>Es wurden keine Fragen beantwortet.</translation>
    </message>
</context>
<context>
    <name>RunDialog</name>
    <message>
        <source>Edit run</source>
        <translation>Lauf bearbeiten</translation>
    </message>
    <message>
        <source>Add a run</source>
        <translation>Lauf hinzufügen</translation>
    </message>
    <message>
        <source>Start date and time</source>
        <translation>Startdatum und -zeit</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Strecke</translation>
    </message>
    <message>
        <source>h:mm:ss, for example 0:42:30</source>
        <translation>h:mm:ss, zum Beispiel 0:42:30</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Elevation gain</source>
        <translation>Höhenmeter bergauf</translation>
    </message>
    <message>
        <source>Shoe</source>
        <translation>Schuh</translation>
    </message>
    <message>
        <source>Hill session</source>
        <translation>Bergeinheit</translation>
    </message>
    <message>
        <source>Speed session (sprints or fast intervals)</source>
        <translation>Tempoeinheit (Sprints oder schnelle Intervalle)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Climb</source>
        <translation>Höhenmeter</translation>
    </message>
    <message>
        <source>Save run</source>
        <translation>Lauf speichern</translation>
    </message>
    <message>
        <source>No shoe</source>
        <translation>Kein Schuh</translation>
    </message>
    <message>
        <source>{name} (retired)</source>
        <translation>{name} (ausgemustert)</translation>
    </message>
    <message>
        <source>Duration: write it as h:mm:ss, for example 0:42:30</source>
        <translation>Dauer: Schreib sie als h:mm:ss, zum Beispiel 0:42:30</translation>
    </message>
</context>
<context>
    <name>RunTableModel</name>
    <message>
        <source>{pct}% longer than your longest run of the 30 days before it</source>
        <translation>{pct} % länger als dein längster Lauf der 30 Tage davor</translation>
    </message>
</context>
<context>
    <name>RunsCard</name>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>No runs yet. Import the files of your watch or of Strava, or add a run by hand.</source>
        <translation>Noch keine Läufe. Importiere die Dateien deiner Uhr oder von Strava, oder trag einen Lauf von Hand ein.</translation>
    </message>
    <message>
        <source>Import runs…</source>
        <translation>Läufe importieren…</translation>
    </message>
    <message>
        <source>Import runs from files into the empty runs list</source>
        <translation>Läufe aus Dateien in die leere Laufliste importieren</translation>
    </message>
    <message>
        <source>run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Longer: {explanation}</source>
        <translation>Länger: {explanation}</translation>
    </message>
    <message>
        <source>{runs}, {distance}</source>
        <translation>{runs}, {distance}</translation>
    </message>
</context>
<context>
    <name>ScorePicker</name>
    <message>
        <source>{score} chosen</source>
        <translation>{score} gewählt</translation>
    </message>
    <message>
        <source>No score chosen yet</source>
        <translation>Noch kein Wert gewählt</translation>
    </message>
</context>
<context>
    <name>ShoeDialog</name>
    <message>
        <source>Add a shoe</source>
        <translation>Schuh hinzufügen</translation>
    </message>
    <message>
        <source>for example Pegasus 40, blue</source>
        <translation>zum Beispiel Pegasus 40, blau</translation>
    </message>
    <message>
        <source>Shoe name</source>
        <translation>Name des Schuhs</translation>
    </message>
    <message>
        <source>Distance already run in it</source>
        <translation>Bereits darin gelaufene Strecke</translation>
    </message>
    <message>
        <source>Alert distance</source>
        <translation>Hinweis-Strecke</translation>
    </message>
    <message>
        <source>New runs go on this shoe</source>
        <translation>Neue Läufe kommen auf diesen Schuh</translation>
    </message>
    <message>
        <source>Default shoe</source>
        <translation>Standardschuh</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Already run</source>
        <translation>Schon gelaufen</translation>
    </message>
    <message>
        <source>Alert at</source>
        <translation>Hinweis bei</translation>
    </message>
    <message>
        <source>The alert reminds you to look at the shoe once it has run this far (500 mi, 800 km by default).</source>
        <translation>Der Hinweis erinnert dich, den Schuh anzusehen, sobald er so weit gelaufen ist (standardmäßig 500 mi, 800 km).</translation>
    </message>
    <message>
        <source>Save shoe</source>
        <translation>Schuh speichern</translation>
    </message>
</context>
<context>
    <name>ShoeList</name>
    <message>
        <source>Shoes</source>
        <translation>Schuhe</translation>
    </message>
    <message>
        <source>No shoes yet. Add one to track its mileage.</source>
        <translation>Noch keine Schuhe. Füge einen hinzu, um seine Kilometer zu verfolgen.</translation>
    </message>
    <message>
        <source>Retired shoes</source>
        <translation>Ausgemusterte Schuhe</translation>
    </message>
    <message>
        <source>Retired: </source>
        <translation>Ausgemustert: </translation>
    </message>
    <message>
        <source>Bring back {name}</source>
        <translation>{name} zurückholen</translation>
    </message>
</context>
<context>
    <name>ShoeRow</name>
    <message>
        <source> · default</source>
        <translation> · Standard</translation>
    </message>
    <message>
        <source>Shoe {name}</source>
        <translation>Schuh {name}</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>Als Standard</translation>
    </message>
    <message>
        <source>Make {name} the default shoe</source>
        <translation>{name} zum Standardschuh machen</translation>
    </message>
    <message>
        <source>New and imported runs that name no shoe go on the default shoe</source>
        <translation>Neue und importierte Läufe ohne Schuh kommen auf den Standardschuh</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Ausmustern</translation>
    </message>
    <message>
        <source>Retire {name}</source>
        <translation>{name} ausmustern</translation>
    </message>
    <message>
        <source>{distance} of {alert}</source>
        <translation>{distance} von {alert}</translation>
    </message>
    <message>
        <source>{name}: {distance} of {alert}</source>
        <translation>{name}: {distance} von {alert}</translation>
    </message>
    <message>
        <source>Past its alert distance of {alert}. Worn-out shoes are a common cause of Achilles pain: consider a new pair, then retire this one.</source>
        <translation>Über seiner Hinweis-Strecke von {alert}. Abgelaufene Schuhe sind eine häufige Ursache von Achillessehnenbeschwerden: Denk an ein neues Paar und mustere dann dieses aus.</translation>
    </message>
    <message>
        <source>{name} is past its alert distance</source>
        <translation>{name} ist über seiner Hinweis-Strecke</translation>
    </message>
</context>
<context>
    <name>ShoesCard</name>
    <message>
        <source>Shoes</source>
        <translation>Schuhe</translation>
    </message>
    <message>
        <source>Add shoe…</source>
        <translation>Schuh hinzufügen…</translation>
    </message>
    <message>
        <source>Add a shoe</source>
        <translation>Einen Schuh hinzufügen</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Save the soreness form</source>
        <translation>Das Beschwerdeformular speichern</translation>
    </message>
    <message>
        <source>Save the soreness form from a one-line field</source>
        <translation>Das Beschwerdeformular aus einem einzeiligen Feld speichern</translation>
    </message>
    <message>
        <source>Close a dialog without saving</source>
        <translation>Einen Dialog ohne Speichern schließen</translation>
    </message>
    <message>
        <source>Delete the selected diary entry</source>
        <translation>Den gewählten Tagebucheintrag löschen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>the folder for its window socket is not private: {problem}</source>
        <translation>der Ordner für sein Fenster-Socket ist nicht privat: {problem}</translation>
    </message>
    <message>
        <source>the path of its window socket in {folder} is too long</source>
        <translation>der Pfad seines Fenster-Sockets in {folder} ist zu lang</translation>
    </message>
    <message>
        <source>a program of another user listens on its window socket</source>
        <translation>ein Programm eines anderen Benutzers lauscht auf seinem Fenster-Socket</translation>
    </message>
    <message>
        <source>calfdesk could not check safely whether it is already open ({why}); it started normally.</source>
        <translation>calfdesk konnte nicht sicher prüfen, ob es schon geöffnet ist ({why}); es wurde normal gestartet.</translation>
    </message>
    <message>
        <source>process {pid} on {host}</source>
        <translation>Prozess {pid} auf {host}</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>ein anderes Programm</translation>
    </message>
    <message>
        <source>calfdesk is already open on {folder} ({who}) but does not respond. Close that window, or end the process, then start calfdesk again. Opening the same diary twice could lose entries.</source>
        <translation>calfdesk ist schon mit {folder} geöffnet ({who}), reagiert aber nicht. Schließ dieses Fenster oder beende den Prozess und starte calfdesk dann neu. Dasselbe Tagebuch zweimal zu öffnen könnte Einträge verlieren.</translation>
    </message>
</context>
<context>
    <name>SorenessChart</name>
    <message>
        <source>Soreness chart</source>
        <translation>Beschwerdekurve</translation>
    </message>
    <message>
        <source>Soreness over time</source>
        <translation>Beschwerden im Verlauf</translation>
    </message>
    <message>
        <source>Soreness (0–10)</source>
        <translation>Beschwerden (0–10)</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30 T</translation>
    </message>
    <message>
        <source>90 d</source>
        <translation>90 T</translation>
    </message>
    <message>
        <source>1 y</source>
        <translation>1 J</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Show all entries</source>
        <translation>Alle Einträge anzeigen</translation>
    </message>
    <message>
        <source>Weekly distance</source>
        <translation>Wochenumfang</translation>
    </message>
    <message>
        <source>Weekly distance: show the running distance under the soreness</source>
        <translation>Wochenstrecke: die Laufstrecke unter den Beschwerden zeigen</translation>
    </message>
    <message>
        <source>Show the soreness of each day as a table</source>
        <translation>Die Beschwerden jedes Tages als Tabelle zeigen</translation>
    </message>
    <message>
        <source>Showing {first} to {last}.</source>
        <translation>Gezeigt: {first} bis {last}.</translation>
    </message>
    <message>
        <source>easing</source>
        <translation>rückläufig</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>steigend</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>gleichbleibend</translation>
    </message>
    <message>
        <source>Days logged: {count}.</source>
        <translation>Eingetragene Tage: {count}.</translation>
    </message>
    <message>
        <source>Soreness by day</source>
        <translation>Beschwerden pro Tag</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Worst of the day (0–10)</source>
        <translation>Stärkste des Tages (0–10)</translation>
    </message>
    <message>
        <source>No entries yet. Each soreness you log appears here.</source>
        <translation>Noch keine Einträge. Alle Beschwerden, die du einträgst, erscheinen hier.</translation>
    </message>
    <message>
        <source>Log soreness</source>
        <translation>Beschwerden eintragen</translation>
    </message>
    <message>
        <source>Log soreness now</source>
        <translation>Jetzt Beschwerden eintragen</translation>
    </message>
    <message>
        <source>Chart legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Latest, {day}: worst {worst:.0f} of 10, 7-day average {mean}.</source>
        <translation>Zuletzt, {day}: höchstens {worst:.0f} von 10, 7-Tage-Mittel {mean}.</translation>
    </message>
    <message>
        <source>The 7-day average is {trend}: {start} at the start of the range.</source>
        <translation>Das 7-Tage-Mittel ist {trend}: {start} zu Beginn des Zeitraums.</translation>
    </message>
    <message>
        <source>7-day average</source>
        <translation>7-Tage-Mittel</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Assessment progress</source>
        <translation>Fortschritt der Einschätzung</translation>
    </message>
    <message>
        <source>Step {index} of {total}</source>
        <translation>Schritt {index} von {total}</translation>
    </message>
</context>
<context>
    <name>SuggestionCard</name>
    <message>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Decline the suggestion</source>
        <translation>Den Vorschlag ablehnen</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Accept the suggestion</source>
        <translation>Den Vorschlag annehmen</translation>
    </message>
    <message>
        <source>End the plan</source>
        <translation>Den Plan beenden</translation>
    </message>
</context>
<context>
    <name>TodayChecklist</name>
    <message>
        <source>Today&apos;s rehab</source>
        <translation>Heutige Reha</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Log soreness</source>
        <translation>Beschwerden eintragen</translation>
    </message>
    <message>
        <source>Record how your calf or Achilles feels now (Ctrl+N)</source>
        <translation>Trag ein, wie sich deine Wade oder Achillessehne jetzt anfühlt (Strg+N)</translation>
    </message>
    <message>
        <source>Logged today</source>
        <translation>Heute eingetragen</translation>
    </message>
    <message>
        <source>The last 7 days</source>
        <translation>Die letzten 7 Tage</translation>
    </message>
    <message>
        <source>The worst soreness you logged each day, 0 to 10.</source>
        <translation>Die stärksten Beschwerden, die du an jedem Tag eingetragen hast, 0 bis 10.</translation>
    </message>
    <message>
        <source>Nothing logged yet today. How does your calf feel right now?</source>
        <translation>Heute noch nichts eingetragen. Wie fühlt sich deine Wade gerade an?</translation>
    </message>
    <message>
        <source>No entries in the last 7 days.</source>
        <translation>Keine Einträge in den letzten 7 Tagen.</translation>
    </message>
    <message>
        <source>Logged on {days} of 7 days. Worst: {worst}, mildest: {mildest}.</source>
        <translation>An {days} von 7 Tagen eingetragen. Am stärksten: {worst}, am leichtesten: {mildest}.</translation>
    </message>
</context>
<context>
    <name>TrainingHeader</name>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Distance units</source>
        <translation>Einheit für Strecken</translation>
    </message>
    <message>
        <source>Weeks start on</source>
        <translation>Wochen beginnen am</translation>
    </message>
    <message>
        <source>First day of the week</source>
        <translation>Erster Tag der Woche</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>Add run…</source>
        <translation>Lauf hinzufügen…</translation>
    </message>
    <message>
        <source>Add a run by hand</source>
        <translation>Einen Lauf von Hand hinzufügen</translation>
    </message>
    <message>
        <source>Import runs…</source>
        <translation>Läufe importieren…</translation>
    </message>
    <message>
        <source>Import runs from files</source>
        <translation>Läufe aus Dateien importieren</translation>
    </message>
    <message>
        <source>Run files ({kinds}) and whole exports: Strava, Garmin Connect or Apple Health zip archives</source>
        <translation>Laufdateien ({kinds}) und ganze Exporte: ZIP-Archive von Strava, Garmin Connect oder Apple Health</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>Ordner importieren…</translation>
    </message>
    <message>
        <source>Import every run file in a folder</source>
        <translation>Jede Laufdatei eines Ordners importieren</translation>
    </message>
    <message>
        <source>A folder of run files, an unpacked export, or a plugged-in watch&apos;s GARMIN folder</source>
        <translation>Ein Ordner mit Laufdateien, ein entpackter Export oder der GARMIN-Ordner einer angeschlossenen Uhr</translation>
    </message>
</context>
<context>
    <name>TrainingNotices</name>
    <message>
        <source>Training warnings</source>
        <translation>Trainingshinweise</translation>
    </message>
    <message>
        <source>Training warnings could not be loaded</source>
        <translation>Die Trainingshinweise konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>See training</source>
        <translation>Training ansehen</translation>
    </message>
    <message>
        <source>See training: {title}</source>
        <translation>Siehe Training: {title}</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Weekly load</source>
        <translation>Wochenbelastung</translation>
    </message>
    <message>
        <source>A Garmin watch is connected: import its runs on the Training page</source>
        <translation>Eine Garmin-Uhr ist angeschlossen: Importiere ihre Läufe auf der Seite Training</translation>
    </message>
    <message>
        <source>Your training could not be loaded</source>
        <translation>Dein Training konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Delete run?</source>
        <translation>Lauf löschen?</translation>
    </message>
    <message>
        <source>Delete the run of {start:%d %B %Y} ({distance})?</source>
        <translation>Den Lauf vom {start:%d.%m.%Y} ({distance}) löschen?</translation>
    </message>
    <message>
        <source>The run was not deleted</source>
        <translation>Der Lauf wurde nicht gelöscht</translation>
    </message>
    <message>
        <source>The shoe was not changed</source>
        <translation>Der Schuh wurde nicht geändert</translation>
    </message>
    <message>
        <source>Run files and exports (%1);;All files (*)</source>
        <translation>Lauf-Dateien und Exporte (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import runs</source>
        <translation>Läufe importieren</translation>
    </message>
    <message>
        <source>Import a folder of runs</source>
        <translation>Einen Ordner mit Läufen importieren</translation>
    </message>
    <message>
        <source>The activities were not imported</source>
        <translation>Die Aktivitäten wurden nicht importiert</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>calfdesk tray menu</source>
        <translation>calfdesk-Menü im Infobereich</translation>
    </message>
    <message>
        <source>Log soreness…</source>
        <translation>Beschwerden eintragen…</translation>
    </message>
    <message>
        <source>Today&apos;s rehab…</source>
        <translation>Heutige Reha…</translation>
    </message>
    <message>
        <source>Open calfdesk</source>
        <translation>calfdesk öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>calfdesk: reminders are on</source>
        <translation>calfdesk: Erinnerungen sind an</translation>
    </message>
</context>
<context>
    <name>TriageBanner</name>
    <message>
        <source>Result: {headline}</source>
        <translation>Ergebnis: {headline}</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <source>Checks to make now</source>
        <translation>Was du jetzt prüfen solltest</translation>
    </message>
    <message>
        <source>Because you said {because}.</source>
        <translation>Weil du angegeben hast: {because}.</translation>
    </message>
</context>
<context>
    <name>WarningSignsPage</name>
    <message>
        <source>You can finish now to see your result, or carry on answering.</source>
        <translation>Du kannst jetzt abschließen, um dein Ergebnis zu sehen, oder weiter antworten.</translation>
    </message>
</context>
<context>
    <name>WatchOffer</name>
    <message>
        <source>Import new runs</source>
        <translation>Neue Läufe importieren</translation>
    </message>
    <message>
        <source>Import the new runs of the connected watch</source>
        <translation>Die neuen Läufe der angeschlossenen Uhr importieren</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Do not import the watch now</source>
        <translation>Die Uhr jetzt nicht importieren</translation>
    </message>
</context>
<context>
    <name>WeekCard</name>
    <message>
        <source>This week so far</source>
        <translation>Diese Woche bisher</translation>
    </message>
    <message>
        <source>Distance this week</source>
        <translation>Umfang diese Woche</translation>
    </message>
    <message>
        <source>Last full week</source>
        <translation>Letzte volle Woche</translation>
    </message>
    <message>
        <source>Change in distance</source>
        <translation>Änderung des Umfangs</translation>
    </message>
    <message>
        <source>7-day to 28-day ratio</source>
        <translation>Verhältnis 7 zu 28 Tage</translation>
    </message>
    <message>
        <source>Push-offs per leg</source>
        <translation>Abdrücke pro Bein</translation>
    </message>
    <message>
        <source>No runs yet.</source>
        <translation>Noch keine Läufe.</translation>
    </message>
    <message>
        <source>{climb} of climb</source>
        <translation>{climb} bergauf</translation>
    </message>
    <message>
        <source>Since {week_start:%A %d %B}: {sessions}; about {push_offs_per_leg} push-offs per leg.</source>
        <translation>Seit dem {week_start:%d.%m.}: {sessions}; etwa {push_offs_per_leg} Abdrücke pro Bein.</translation>
    </message>
    <message>
        <source>Week of {week_start:%d %B}</source>
        <translation>Woche vom {week_start:%d.%m.}</translation>
    </message>
    <message>
        <source>{distance}, &lt;b&gt;{change}&lt;/b&gt; on the week before</source>
        <translation>{distance}, &lt;b&gt;{change}&lt;/b&gt; gegenüber der Woche davor</translation>
    </message>
    <message>
        <source>Two weeks against the two before: &lt;b&gt;{change}&lt;/b&gt;</source>
        <translation>Zwei Wochen gegenüber den zwei davor: &lt;b&gt;{change}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;A rise of over {limit:.0f}% across two weeks&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Ein Anstieg um mehr als {limit:.0f} % über zwei Wochen&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>A rise of over 10%, shown for information</source>
        <translation>Ein Anstieg um mehr als 10 %, zur Information gezeigt</translation>
    </message>
    <message>
        <source>7:28-day ratio: — (shown once 28 days of runs exist)</source>
        <translation>Verhältnis 7:28 Tage: — (gezeigt, sobald es Läufe aus 28 Tagen gibt)</translation>
    </message>
    <message>
        <source>below the usual 0.8–1.3</source>
        <translation>unter den üblichen 0,8–1,3</translation>
    </message>
    <message>
        <source>within the usual 0.8–1.3</source>
        <translation>innerhalb der üblichen 0,8–1,3</translation>
    </message>
    <message>
        <source>above the usual 0.8–1.3</source>
        <translation>über den üblichen 0,8–1,3</translation>
    </message>
    <message>
        <source>high (1.5 or more)</source>
        <translation>hoch (1,5 oder mehr)</translation>
    </message>
    <message>
        <source>7:28-day ratio: &lt;b&gt;{acwr}&lt;/b&gt;, {band}; information only</source>
        <translation>Verhältnis 7:28 Tage: &lt;b&gt;{acwr}&lt;/b&gt;, {band}; nur zur Information</translation>
    </message>
    <message>
        <source>Push-offs per leg: about &lt;b&gt;{push_offs_per_leg}&lt;/b&gt;</source>
        <translation>Abdrücke pro Bein: etwa &lt;b&gt;{push_offs_per_leg}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>WeekStrip</name>
    <message>
        <source>Worst soreness of each of the last seven days</source>
        <translation>Stärkste Beschwerden an jedem der letzten sieben Tage</translation>
    </message>
    <message>
        <source>not logged</source>
        <translation>nicht eingetragen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
</context>
<context>
    <name>WeeklyLoadChart</name>
    <message>
        <source>Weekly distance and climb charts</source>
        <translation>Diagramme zu Wochenstrecke und Höhenmetern</translation>
    </message>
    <message>
        <source>Weekly distance chart</source>
        <translation>Diagramm der Wochenstrecke</translation>
    </message>
    <message>
        <source>Weekly climb chart</source>
        <translation>Diagramm der Höhenmeter pro Woche</translation>
    </message>
    <message>
        <source>No runs yet. Import run files or add a run to see your weekly load.</source>
        <translation>Noch keine Läufe. Importiere Lauf-Dateien oder füge einen Lauf hinzu, um deine Wochenbelastung zu sehen.</translation>
    </message>
    <message>
        <source>Import runs…</source>
        <translation>Läufe importieren…</translation>
    </message>
    <message>
        <source>12 w</source>
        <translation>12 W.</translation>
    </message>
    <message>
        <source>26 w</source>
        <translation>26 W.</translation>
    </message>
    <message>
        <source>1 y</source>
        <translation>1 J.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Import runs from files</source>
        <translation>Läufe aus Dateien importieren</translation>
    </message>
    <message>
        <source>Show all weeks</source>
        <translation>Alle Wochen zeigen</translation>
    </message>
    <message>
        <source>Weeks shown</source>
        <translation>Gezeigte Wochen</translation>
    </message>
    <message>
        <source>Show the distance and climb of each week as a table</source>
        <translation>Strecke und Höhenmeter jeder Woche als Tabelle zeigen</translation>
    </message>
    <message>
        <source>Distance ({unit})</source>
        <translation>Strecke ({unit})</translation>
    </message>
    <message>
        <source>Climb ({unit})</source>
        <translation>Bergauf ({unit})</translation>
    </message>
    <message>
        <source>Distance per week</source>
        <translation>Strecke pro Woche</translation>
    </message>
    <message>
        <source>Rise of more than 30% over two weeks</source>
        <translation>Anstieg um mehr als 30 % über zwei Wochen</translation>
    </message>
    <message>
        <source>Climb per week</source>
        <translation>Höhenmeter pro Woche</translation>
    </message>
    <message>
        <source>Week with a hill session ({climb:.0f} m or more climbed per km)</source>
        <translation>Woche mit einer Bergeinheit ({climb:.0f} m oder mehr bergauf pro km)</translation>
    </message>
    <message>
        <source>A run over 10% longer than any of the 30 days before</source>
        <translation>Ein Lauf über 10 % länger als jeder der 30 Tage davor</translation>
    </message>
    <message>
        <source>Showing {span}.</source>
        <translation>Gezeigt: {span}.</translation>
    </message>
    <message>
        <source>Latest week</source>
        <translation>Letzte Woche</translation>
    </message>
    <message>
        <source>The week before</source>
        <translation>Die Woche davor</translation>
    </message>
    <message>
        <source>{title}, from {day}: {distance}, {climb} of climb.</source>
        <translation>{title}, ab {day}: {distance}, {climb} bergauf.</translation>
    </message>
    <message>
        <source>Weeks with a rise of more than 30% over two weeks: {count}.</source>
        <translation>Wochen mit einem Anstieg um mehr als 30 % über zwei Wochen: {count}.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Strecke</translation>
    </message>
    <message>
        <source>Climb</source>
        <translation>Höhenmeter</translation>
    </message>
    <message>
        <source>Rise of more than 30%</source>
        <translation>Mehr als 30 % Anstieg</translation>
    </message>
    <message>
        <source>Weekly distance and climb</source>
        <translation>Wochenstrecke und Höhenmeter</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to calfdesk</source>
        <translation>Willkommen bei calfdesk</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Bevor du beginnst</translation>
    </message>
    <message>
        <source>Medical disclaimer</source>
        <translation>Medizinischer Hinweis</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit calfdesk</source>
        <translation>calfdesk beenden</translation>
    </message>
    <message>
        <source>&amp;Start using calfdesk</source>
        <translation>calfdesk &amp;verwenden</translation>
    </message>
    <message>
        <source>Start using calfdesk</source>
        <translation>calfdesk verwenden</translation>
    </message>
    <message>
        <source>calfdesk helps you look after a sore calf or Achilles while you keep running:&lt;ul&gt;&lt;li&gt;a guided &lt;b&gt;assessment&lt;/b&gt; that checks the warning signs first and explains its answer,&lt;/li&gt;&lt;li&gt;a &lt;b&gt;rehab plan&lt;/b&gt; with a daily checklist, timers and a heel-raise test,&lt;/li&gt;&lt;li&gt;a &lt;b&gt;soreness diary&lt;/b&gt; with a chart, reminders and a PDF report for your clinician,&lt;/li&gt;&lt;li&gt;your &lt;b&gt;training load&lt;/b&gt; and shoe mileage.&lt;/li&gt;&lt;/ul&gt;Everything stays on this computer; calfdesk never goes online.</source>
        <translation>calfdesk hilft dir, dich um eine schmerzende Wade oder Achillessehne zu kümmern, während du weiterläufst:&lt;ul&gt;&lt;li&gt;eine geführte &lt;b&gt;Einschätzung&lt;/b&gt;, die zuerst die Warnzeichen prüft und ihre Antwort erklärt,&lt;/li&gt;&lt;li&gt;ein &lt;b&gt;Reha-Plan&lt;/b&gt; mit täglicher Checkliste, Timern und einem Zehenstand-Test,&lt;/li&gt;&lt;li&gt;ein &lt;b&gt;Beschwerde-Tagebuch&lt;/b&gt; mit Diagramm, Erinnerungen und einem PDF-Bericht für deine Fachperson,&lt;/li&gt;&lt;li&gt;deine &lt;b&gt;Trainingsbelastung&lt;/b&gt; und die Kilometer deiner Schuhe.&lt;/li&gt;&lt;/ul&gt;Alles bleibt auf diesem Computer; calfdesk geht nie online.</translation>
    </message>
    <message>
        <source>I understand that calfdesk does not diagnose and does not replace a clinician.</source>
        <translation>Ich verstehe, dass calfdesk keine Diagnose stellt und keine Fachperson ersetzt.</translation>
    </message>
</context>
<context>
    <name>assessment.result</name>
    <message>
        <source>General calf care plan</source>
        <translation>Allgemeiner Plan zur Wadenpflege</translation>
    </message>
    <message>
        <source>{condition} plan</source>
        <translation>Plan bei {condition}</translation>
    </message>
</context>
<context>
    <name>calfdesk</name>
    <message>
        <source>Morning</source>
        <translation>Morgens</translation>
    </message>
    <message>
        <source>During run</source>
        <translation>Beim Laufen</translation>
    </message>
    <message>
        <source>After run</source>
        <translation>Nach dem Laufen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Calf</source>
        <translation>Wade</translation>
    </message>
    <message>
        <source>Achilles</source>
        <translation>Achillessehne</translation>
    </message>
    <message>
        <source>Calf and Achilles</source>
        <translation>Wade und Achillessehne</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>worst imaginable</source>
        <translation>schlimmste vorstellbare</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n entries in the chosen dates</source>
        <translation>
            <numerusform>{shown} von %n Eintrag in den gewählten Daten</numerusform>
            <numerusform>{shown} von %n Einträgen in den gewählten Daten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the last %n days</source>
        <translation>
            <numerusform>Den letzten %n Tag anzeigen</numerusform>
            <numerusform>Die letzten %n Tage anzeigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new entries will be added</source>
        <translation>
            <numerusform>%n neuer Eintrag wird hinzugefügt</numerusform>
            <numerusform>%n neue Einträge werden hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already in your diary will be skipped.</source>
        <translation>
            <numerusform>; %n, der schon in deinem Tagebuch steht, wird übersprungen.</numerusform>
            <numerusform>; %n, die schon in deinem Tagebuch stehen, werden übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing can be imported: %n rows of the file have a problem. Fix them in the file and import it again.</source>
        <translation>
            <numerusform>Nichts kann importiert werden: %n Zeile der Datei hat ein Problem. Korrigiere sie in der Datei und importiere sie erneut.</numerusform>
            <numerusform>Nichts kann importiert werden: %n Zeilen der Datei haben ein Problem. Korrigiere sie in der Datei und importiere sie erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to {target}</source>
        <translation>
            <numerusform>%n Eintrag nach {target} exportiert</numerusform>
            <numerusform>%n Einträge nach {target} exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>Von Hand eingetragen</translation>
    </message>
    <message>
        <source>.</source>
        <translation>,</translation>
    </message>
    <message>
        <source>,</source>
        <translation>.</translation>
    </message>
    <message>
        <source>Apple Health export</source>
        <translation>Apple-Health-Export</translation>
    </message>
    <message>
        <source>FIT file</source>
        <translation>FIT-Datei</translation>
    </message>
    <message>
        <source>Garmin Connect export</source>
        <translation>Garmin-Connect-Export</translation>
    </message>
    <message>
        <source>GPX file</source>
        <translation>GPX-Datei</translation>
    </message>
    <message>
        <source>KML file</source>
        <translation>KML-Datei</translation>
    </message>
    <message>
        <source>Polar HRM file</source>
        <translation>Polar-HRM-Datei</translation>
    </message>
    <message>
        <source>Polar Personal Trainer file</source>
        <translation>Polar-Personal-Trainer-Datei</translation>
    </message>
    <message>
        <source>Polar RS200 file</source>
        <translation>Polar-RS200-Datei</translation>
    </message>
    <message>
        <source>PWX file</source>
        <translation>PWX-Datei</translation>
    </message>
    <message>
        <source>Sigma DATA CENTER file</source>
        <translation>Sigma-DATA-CENTER-Datei</translation>
    </message>
    <message>
        <source>SportTracks logbook</source>
        <translation>SportTracks-Logbuch</translation>
    </message>
    <message>
        <source>Strava export</source>
        <translation>Strava-Export</translation>
    </message>
    <message>
        <source>Suunto app file</source>
        <translation>Suunto-App-Datei</translation>
    </message>
    <message>
        <source>Suunto Moveslink2 file</source>
        <translation>Suunto-Moveslink2-Datei</translation>
    </message>
    <message>
        <source>Suunto SML file</source>
        <translation>Suunto-SML-Datei</translation>
    </message>
    <message>
        <source>TCX file</source>
        <translation>TCX-Datei</translation>
    </message>
    <message>
        <source>TomTom watch file</source>
        <translation>TomTom-Uhr-Datei</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n entries from {name}</source>
        <translation>
            <numerusform>%n Eintrag aus {name} importiert</numerusform>
            <numerusform>%n Einträge aus {name} importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other activities left out</source>
        <translation>
            <numerusform>%n weitere Aktivität ausgelassen</numerusform>
            <numerusform>%n weitere Aktivitäten ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>Any time today</source>
        <translation>Irgendwann heute</translation>
    </message>
    <message>
        <source>Before your run</source>
        <translation>Vor deinem Lauf</translation>
    </message>
    <message>
        <source>After your run</source>
        <translation>Nach deinem Lauf</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Abends</translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{logged} of %n days</source>
        <translation>
            <numerusform>{logged} von %n Tag</numerusform>
            <numerusform>{logged} von %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backups</source>
        <translation>
            <numerusform>%n Sicherung</numerusform>
            <numerusform>%n Sicherungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Kilometres</source>
        <translation>Kilometer</translation>
    </message>
    <message>
        <source>Miles</source>
        <translation>Meilen</translation>
    </message>
    <message numerus="yes">
        <source>%n runs</source>
        <translation>
            <numerusform>%n Lauf</numerusform>
            <numerusform>%n Läufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measures</source>
        <translation>
            <numerusform>%n Messwert</numerusform>
            <numerusform>%n Messwerte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicates</source>
        <translation>
            <numerusform>%n Duplikat</numerusform>
            <numerusform>%n Duplikate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more files</source>
        <translation>
            <numerusform>%n weitere Datei</numerusform>
            <numerusform>%n weitere Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Polar Flow file</source>
        <translation>Polar-Flow-Datei</translation>
    </message>
    <message numerus="yes">
        <source>%n activities do not look like runs and were not taken; `--include-skipped` imports them anyway</source>
        <translation>
            <numerusform>%n Aktivität sieht nicht nach einem Lauf aus und wurde nicht übernommen; `--include-skipped` importiert sie trotzdem</numerusform>
            <numerusform>%n Aktivitäten sehen nicht nach Läufen aus und wurden nicht übernommen; `--include-skipped` importiert sie trotzdem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n runs logged with a date only start at 00:00 on their day, a few minutes apart when a day has several</source>
        <translation>
            <numerusform>%n Lauf, nur mit Datum eingetragen, beginnt um 00:00 an seinem Tag, mit einigen Minuten Abstand, wenn ein Tag mehrere hat</numerusform>
            <numerusform>%n Läufe, nur mit Datum eingetragen, beginnen um 00:00 an ihrem Tag, mit einigen Minuten Abstand, wenn ein Tag mehrere hat</numerusform>
        </translation>
    </message>
    <message>
        <source>RunningAHEAD log</source>
        <translation>RunningAHEAD-Log</translation>
    </message>
    <message numerus="yes">
        <source>%n questions</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n runs added</source>
        <translation>
            <numerusform>%n Lauf hinzugefügt</numerusform>
            <numerusform>%n Läufe hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Include %n activities anyway</source>
        <translation>
            <numerusform>Trotzdem %n Aktivität aufnehmen</numerusform>
            <numerusform>Trotzdem %n Aktivitäten aufnehmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other files were not activity files.</source>
        <translation>
            <numerusform>%n weitere Datei war keine Aktivitätsdatei.</numerusform>
            <numerusform>%n weitere Dateien waren keine Aktivitätsdateien.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n runs included anyway.</source>
        <translation>
            <numerusform>%n Lauf trotzdem aufgenommen.</numerusform>
            <numerusform>%n Läufe trotzdem aufgenommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: the runs of the files read before stopping are kept; %n files were not read.</source>
        <translation>
            <numerusform>Abgebrochen: Die Läufe der vor dem Stopp gelesenen Dateien bleiben erhalten; %n Datei wurde nicht gelesen.</numerusform>
            <numerusform>Abgebrochen: Die Läufe der vor dem Stopp gelesenen Dateien bleiben erhalten; %n Dateien wurden nicht gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n runs already there</source>
        <translation>
            <numerusform>%n Lauf schon vorhanden</numerusform>
            <numerusform>%n Läufe schon vorhanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n runs merged with another source</source>
        <translation>
            <numerusform>%n Lauf mit einer anderen Quelle zusammengeführt</numerusform>
            <numerusform>%n Läufe mit einer anderen Quelle zusammengeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities not taken (not like a run)</source>
        <translation>
            <numerusform>%n Aktivität nicht übernommen (nicht wie ein Lauf)</numerusform>
            <numerusform>%n Aktivitäten nicht übernommen (nicht wie ein Lauf)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files failed</source>
        <translation>
            <numerusform>%n Datei fehlgeschlagen</numerusform>
            <numerusform>%n Dateien fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the last %n weeks with runs</source>
        <translation>
            <numerusform>Die letzte %n Woche mit Läufen anzeigen</numerusform>
            <numerusform>Die letzten %n Wochen mit Läufen anzeigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hill sessions this week</source>
        <translation>
            <numerusform>%n Bergeinheit diese Woche</numerusform>
            <numerusform>%n Bergeinheiten diese Woche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A Garmin watch is connected ({name}): %n activity files. Runs already imported are skipped.</source>
        <translation>
            <numerusform>Eine Garmin-Uhr ist angeschlossen ({name}): %n Aktivitätsdatei. Bereits importierte Läufe werden übersprungen.</numerusform>
            <numerusform>Eine Garmin-Uhr ist angeschlossen ({name}): %n Aktivitätsdateien. Bereits importierte Läufe werden übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hill sessions</source>
        <translation>
            <numerusform>%n Bergeinheit</numerusform>
            <numerusform>%n Bergeinheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n speed sessions</source>
        <translation>
            <numerusform>%n Tempoeinheit</numerusform>
            <numerusform>%n Tempoeinheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more days in the current phase</source>
        <translation>
            <numerusform>%n weiterer Tag in der aktuellen Phase</numerusform>
            <numerusform>%n weitere Tage in der aktuellen Phase</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n runs without a distance</source>
        <translation>
            <numerusform>%n Lauf ohne Strecke</numerusform>
            <numerusform>%n Läufe ohne Strecke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities without a type</source>
        <translation>
            <numerusform>%n Aktivität ohne Sportart</numerusform>
            <numerusform>%n Aktivitäten ohne Sportart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tracks that do not move (no distance)</source>
        <translation>
            <numerusform>%n Aufzeichnung ohne Bewegung (keine Strecke)</numerusform>
            <numerusform>%n Aufzeichnungen ohne Bewegung (keine Strecke)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tracks whose times do not advance (no duration)</source>
        <translation>
            <numerusform>%n Aufzeichnung, deren Zeit stillsteht (keine Dauer)</numerusform>
            <numerusform>%n Aufzeichnungen, deren Zeit stillsteht (keine Dauer)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned routes (their times are made up from a steady speed)</source>
        <translation>
            <numerusform>%n geplante Route (ihre Zeiten sind aus einem gleichmäßigen Tempo errechnet)</numerusform>
            <numerusform>%n geplante Routen (ihre Zeiten sind aus einem gleichmäßigen Tempo errechnet)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n multisport outings (their legs are read on their own)</source>
        <translation>
            <numerusform>%n Multisport-Einheit (ihre Teile werden einzeln gelesen)</numerusform>
            <numerusform>%n Multisport-Einheiten (ihre Teile werden einzeln gelesen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running workouts without a distance</source>
        <translation>
            <numerusform>%n Lauftraining ohne Strecke</numerusform>
            <numerusform>%n Lauftrainings ohne Strecke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running workouts without a usable duration</source>
        <translation>
            <numerusform>%n Lauftraining ohne brauchbare Dauer</numerusform>
            <numerusform>%n Lauftrainings ohne brauchbare Dauer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running workouts without a usable distance</source>
        <translation>
            <numerusform>%n Lauftraining ohne brauchbare Strecke</numerusform>
            <numerusform>%n Lauftrainings ohne brauchbare Strecke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other activities</source>
        <translation>
            <numerusform>%n andere Aktivität</numerusform>
            <numerusform>%n andere Aktivitäten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n Aktivität</numerusform>
            <numerusform>%n Aktivitäten</numerusform>
        </translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>dd.MM.yyyy</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Calf and Achilles pain companion for runners.</source>
        <translation>Begleiter für Läufer mit Waden- und Achillessehnenschmerzen.</translation>
    </message>
    <message>
        <source>folder holding calfdesk.sqlite3 (default: your data folder)</source>
        <translation>Ordner mit calfdesk.sqlite3 (Standard: dein Datenordner)</translation>
    </message>
    <message>
        <source>open the window, wait until it has painted and loaded, then exit</source>
        <translation>das Fenster öffnen, warten, bis es gezeichnet und geladen ist, dann beenden</translation>
    </message>
    <message>
        <source>start in the tray without opening the window (when reminders are on and the desktop has a tray)</source>
        <translation>im Infobereich starten, ohne das Fenster zu öffnen (wenn Erinnerungen an sind und der Desktop einen Infobereich hat)</translation>
    </message>
    <message>
        <source>calfdesk: interrupted; what was saved before stays saved</source>
        <translation>calfdesk: abgebrochen; was vorher gespeichert war, bleibt gespeichert</translation>
    </message>
    <message>
        <source>calfdesk: warning: {warning}</source>
        <translation>calfdesk: Warnung: {warning}</translation>
    </message>
</context>
<context>
    <name>commands.assess</name>
    <message>
        <source>call now</source>
        <translation>sofort anrufen</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>within a few days, at most a week</source>
        <translation>innerhalb weniger Tage, spätestens in einer Woche</translation>
    </message>
    <message>
        <source>run the self-assessment on a JSON answers object</source>
        <translation>die Selbsteinschätzung mit einem JSON-Antwortobjekt durchführen</translation>
    </message>
    <message>
        <source>Run the self-assessment on a JSON answers object (see docs/ASSESSMENT.md). Nothing is written unless --save is given.</source>
        <translation>Führt die Selbsteinschätzung mit einem JSON-Antwortobjekt durch (siehe docs/ASSESSMENT.md). Gespeichert wird nur mit --save.</translation>
    </message>
    <message>
        <source>JSON file with the answers, or - for stdin</source>
        <translation>JSON-Datei mit den Antworten, oder - für die Standardeingabe</translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translation>das Ergebnis als JSON ausgeben</translation>
    </message>
    <message>
        <source>also add the result to the assessment history</source>
        <translation>das Ergebnis auch in den Verlauf der Einschätzungen aufnehmen</translation>
    </message>
    <message>
        <source>TRIAGE: {headline}</source>
        <translation>EINSTUFUNG: {headline}</translation>
    </message>
    <message>
        <source>{name}: the JSON is nested too deeply for an answers object</source>
        <translation>{name}: Das JSON ist für ein Antwortobjekt zu tief verschachtelt</translation>
    </message>
    <message>
        <source>When: {when}</source>
        <translation>Wann: {when}</translation>
    </message>
    <message>
        <source>{name}: not valid JSON (line {line}, column {column})</source>
        <translation>{name}: kein gültiges JSON (Zeile {line}, Spalte {column})</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <source>{name}: the file is not UTF-8 text</source>
        <translation>{name}: Die Datei ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>{name}: a number of {digits} digits is not an answer; answers are small numbers</source>
        <translation>{name}: Eine Zahl mit {digits} Stellen ist keine Antwort; Antworten sind kleine Zahlen</translation>
    </message>
    <message>
        <source>Why it matters: {why}</source>
        <translation>Warum das wichtig ist: {why}</translation>
    </message>
    <message>
        <source>Because you said: {because}.</source>
        <translation>Weil du angegeben hast: {because}.</translation>
    </message>
    <message>
        <source>Warning signs not answered yes or no: {signs}.</source>
        <translation>Warnzeichen, die nicht mit Ja oder Nein beantwortet wurden: {signs}.</translation>
    </message>
    <message>
        <source>{fit_title} (best first; a fit is not a diagnosis)</source>
        <translation>{fit_title} (beste Übereinstimmung zuerst; eine Übereinstimmung ist keine Diagnose)</translation>
    </message>
    <message>
        <source>What may have contributed</source>
        <translation>Was dazu beigetragen haben kann</translation>
    </message>
    <message>
        <source>Recommended plan: {plan}  (start it with: calfdesk plan start {plan})</source>
        <translation>Empfohlener Plan: {plan}  (starte ihn mit: calfdesk plan start {plan})</translation>
    </message>
    <message>
        <source>No exercise plan is offered for this result.</source>
        <translation>Für dieses Ergebnis wird kein Übungsplan angeboten.</translation>
    </message>
    <message>
        <source>(content version {version})</source>
        <translation>(Inhaltsversion {version})</translation>
    </message>
</context>
<context>
    <name>commands.backup</name>
    <message>
        <source>create, list or restore backups of the data file</source>
        <translation>Sicherungen der Datendatei erstellen, auflisten oder wiederherstellen</translation>
    </message>
    <message>
        <source>back up the data file now and print the backup&apos;s name</source>
        <translation>die Datendatei jetzt sichern und den Namen der Sicherung ausgeben</translation>
    </message>
    <message>
        <source>list backups, newest first</source>
        <translation>Sicherungen auflisten, die neueste zuerst</translation>
    </message>
    <message>
        <source>replace the data file by a checked copy of BACKUP; the current file is kept beside it</source>
        <translation>die Datendatei durch eine geprüfte Kopie von BACKUP ersetzen; die jetzige Datei bleibt daneben erhalten</translation>
    </message>
    <message>
        <source>a name from &apos;backup list&apos; or a path to a backup file</source>
        <translation>ein Name aus &apos;backup list&apos; oder der Pfad zu einer Sicherungsdatei</translation>
    </message>
    <message>
        <source>restored {name}</source>
        <translation>{name} wiederhergestellt</translation>
    </message>
    <message>
        <source>the previous data file is kept as {name}</source>
        <translation>die bisherige Datendatei bleibt als {name} erhalten</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} Bytes</translation>
    </message>
</context>
<context>
    <name>commands.diary</name>
    <message>
        <source>would add {new}, skipped {duplicates} duplicates</source>
        <translation>würde {new} hinzufügen, {duplicates} Duplikate übersprungen</translation>
    </message>
    <message>
        <source>added {new}, skipped {duplicates} duplicates</source>
        <translation>{new} hinzugefügt, {duplicates} Duplikate übersprungen</translation>
    </message>
    <message>
        <source>add one soreness entry and print its id</source>
        <translation>einen Beschwerde-Eintrag hinzufügen und seine ID ausgeben</translation>
    </message>
    <message>
        <source>0 (none) to 10 (worst imaginable)</source>
        <translation>0 (keine) bis 10 (schlimmste vorstellbare)</translation>
    </message>
    <message>
        <source>default: today</source>
        <translation>Standard: heute</translation>
    </message>
    <message>
        <source>default: now</source>
        <translation>Standard: jetzt</translation>
    </message>
    <message>
        <source>minutes of morning stiffness</source>
        <translation>Minuten Morgensteifigkeit</translation>
    </message>
    <message>
        <source>list diary entries</source>
        <translation>Tagebucheinträge auflisten</translation>
    </message>
    <message>
        <source>a JSON array, oldest first</source>
        <translation>ein JSON-Array, der älteste zuerst</translation>
    </message>
    <message>
        <source>write the diary as CSV</source>
        <translation>das Tagebuch als CSV schreiben</translation>
    </message>
    <message>
        <source>file to write, or - for stdout</source>
        <translation>Datei zum Schreiben, oder - für die Standardausgabe</translation>
    </message>
    <message>
        <source>add entries from a diary CSV (all or nothing)</source>
        <translation>Einträge aus einer Tagebuch-CSV hinzufügen (alles oder nichts)</translation>
    </message>
    <message>
        <source>file to read, or - for stdin</source>
        <translation>Datei zum Lesen, oder - für die Standardeingabe</translation>
    </message>
    <message>
        <source>check the file and report, write nothing</source>
        <translation>die Datei prüfen und berichten, nichts schreiben</translation>
    </message>
    <message>
        <source>--from is after --to; swap the dates</source>
        <translation>--from liegt nach --to; tausche die beiden Datumsangaben</translation>
    </message>
    <message>
        <source>soreness {soreness}/10</source>
        <translation>Beschwerden {soreness}/10</translation>
    </message>
    <message>
        <source>, stiffness {minutes} min</source>
        <translation>, Steifigkeit {minutes} Min.</translation>
    </message>
    <message>
        <source>exported {entries} to {target}</source>
        <translation>{entries} nach {target} exportiert</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a whole number</source>
        <translation>{field}: &apos;{text}&apos; ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>exported {measures} to {target}</source>
        <translation>{measures} nach {target} exportiert</translation>
    </message>
</context>
<context>
    <name>commands.measure</name>
    <message>
        <source>measures over time: PSFS, heel-raise tests</source>
        <translation>Messungen im Verlauf: PSFS, Zehenstand-Tests</translation>
    </message>
    <message>
        <source>Patient-Specific Functional Scale: your own activities, scored 0-10</source>
        <translation>Patient-Specific Functional Scale: deine eigenen Aktivitäten, bewertet von 0 bis 10</translation>
    </message>
    <message>
        <source>name the 3 to 5 activities the calf makes hard</source>
        <translation>die 3 bis 5 Aktivitäten nennen, die dir die Wade schwer macht</translation>
    </message>
    <message>
        <source>this week&apos;s scores, one 0-10 per activity, in order</source>
        <translation>die Werte dieser Woche, je Aktivität einer von 0 bis 10, der Reihe nach</translation>
    </message>
    <message>
        <source>the day of the scores (default: today)</source>
        <translation>der Tag der Werte (Standard: heute)</translation>
    </message>
    <message>
        <source>questionnaire packs a licensed clinician gave you</source>
        <translation>Fragebogenpakete, die du von einer zugelassenen Fachperson bekommen hast</translation>
    </message>
    <message>
        <source>check a pack file and keep it</source>
        <translation>eine Paketdatei prüfen und behalten</translation>
    </message>
    <message>
        <source>the packs you have, with their questions</source>
        <translation>deine Pakete mit ihren Fragen</translation>
    </message>
    <message>
        <source>a JSON array</source>
        <translation>ein JSON-Array</translation>
    </message>
    <message>
        <source>your answers, one per question, in order</source>
        <translation>deine Antworten, eine je Frage, der Reihe nach</translation>
    </message>
    <message>
        <source>the day of the answers (default: today)</source>
        <translation>der Tag der Antworten (Standard: heute)</translation>
    </message>
    <message>
        <source>every reading, measure by measure, each oldest first</source>
        <translation>jeder Messwert, Messung für Messung, jeweils der älteste zuerst</translation>
    </message>
    <message>
        <source>only this measure (psfs, heel_raise, ...)</source>
        <translation>nur diese Messung (psfs, heel_raise, …)</translation>
    </message>
    <message>
        <source>added {name} ({id}): {questions} questions, licensed to {holder}</source>
        <translation>{name} ({id}) hinzugefügt: {questions} Fragen, lizenziert für {holder}</translation>
    </message>
    <message>
        <source>{kind} of {day}: score {score} (id {id})</source>
        <translation>{kind} vom {day}: Wert {score} (ID {id})</translation>
    </message>
    <message>
        <source>PSFS of {day}: mean {mean}/10 (id {id})</source>
        <translation>PSFS vom {day}: Mittel {mean}/10 (ID {id})</translation>
    </message>
    <message>
        <source>No measures yet.</source>
        <translation>Noch keine Messwerte.</translation>
    </message>
    <message>
        <source>{id}: {name} (licensed to {holder})</source>
        <translation>{id}: {name} (lizenziert für {holder})</translation>
    </message>
    <message>
        <source>No questionnaire packs.</source>
        <translation>Keine Fragebogen-Pakete.</translation>
    </message>
    <message>
        <source>--kind: &apos;{kind}&apos; is not a measure; use one of {known}</source>
        <translation>--kind: &apos;{kind}&apos; ist keine Messung; nimm eine davon: {known}</translation>
    </message>
</context>
<context>
    <name>commands.plan_json</name>
    <message>
        <source>plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>adds exercise {exercise}</source>
        <translation>fügt Übung {exercise} hinzu</translation>
    </message>
    <message>
        <source>drops exercise {exercise}</source>
        <translation>lässt Übung {exercise} weg</translation>
    </message>
    <message>
        <source>as in the catalogue</source>
        <translation>wie im Katalog</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>phase {phase}</source>
        <translation>Phase {phase}</translation>
    </message>
    <message>
        <source>adds phase {phase}</source>
        <translation>fügt Phase {phase} hinzu</translation>
    </message>
    <message>
        <source>drops phase {phase}</source>
        <translation>lässt Phase {phase} weg</translation>
    </message>
</context>
<context>
    <name>commands.ready</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Heute nicht</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <source>Pain in your last session</source>
        <translation>Schmerz in deiner letzten Einheit</translation>
    </message>
    <message>
        <source>This morning</source>
        <translation>Heute Morgen</translation>
    </message>
    <message>
        <source>Heel-raise test</source>
        <translation>Zehenstand-Test</translation>
    </message>
    <message>
        <source>Hopping on the sore leg</source>
        <translation>Hüpfen auf dem schmerzenden Bein</translation>
    </message>
    <message>
        <source>Your plan</source>
        <translation>Dein Plan</translation>
    </message>
    <message>
        <source>Today&apos;s run</source>
        <translation>Der heutige Lauf</translation>
    </message>
    <message>
        <source>ready to run today? a checklist from your own records</source>
        <translation>heute bereit zum Laufen? eine Checkliste aus deinen eigenen Aufzeichnungen</translation>
    </message>
    <message>
        <source>act as if today were this date (default: today)</source>
        <translation>so tun, als wäre heute dieses Datum (Standard: heute)</translation>
    </message>
    <message>
        <source>the distance you plan to run today, in km</source>
        <translation>die Strecke, die du heute laufen willst, in km</translation>
    </message>
    <message>
        <source>today&apos;s run is a harder session: faster, intervals or hills</source>
        <translation>der heutige Lauf ist eine härtere Einheit: schneller, Intervalle oder Hügel</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>ein JSON-Objekt</translation>
    </message>
    <message>
        <source>{answer}: see a clinician</source>
        <translation>{answer}: Lass dich von einer Fachperson untersuchen</translation>
    </message>
    <message>
        <source>Ready to run on {day}? {answer}</source>
        <translation>Bereit zum Laufen am {day}? {answer}</translation>
    </message>
    <message>
        <source>green</source>
        <translation>grün</translation>
    </message>
    <message>
        <source>amber</source>
        <translation>gelb</translation>
    </message>
    <message>
        <source>red</source>
        <translation>rot</translation>
    </message>
    <message>
        <source>--planned-km: &apos;{text}&apos; is not a distance in km</source>
        <translation>--planned-km: &apos;{text}&apos; ist keine Strecke in km</translation>
    </message>
    <message>
        <source>to make it green: {what}</source>
        <translation>damit es grün wird: {what}</translation>
    </message>
    <message>
        <source>source: {source}</source>
        <translation>Quelle: {source}</translation>
    </message>
    <message>
        <source>A better answer needs: {measures}.</source>
        <translation>Für eine bessere Antwort fehlt: {measures}.</translation>
    </message>
</context>
<context>
    <name>commands.rehab</name>
    <message>
        <source>done: {name} ({slot})</source>
        <translation>erledigt: {name} ({slot})</translation>
    </message>
    <message>
        <source>not done: {name} ({slot})</source>
        <translation>nicht erledigt: {name} ({slot})</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>accepted: {action}</source>
        <translation>angenommen: {action}</translation>
    </message>
    <message>
        <source>declined: {action}</source>
        <translation>abgelehnt: {action}</translation>
    </message>
    <message>
        <source>finished {plan}</source>
        <translation>{plan} abgeschlossen</translation>
    </message>
    <message>
        <source>abandoned {plan}</source>
        <translation>{plan} abgebrochen</translation>
    </message>
    <message>
        <source>rehab plans: daily checklists progressed by pain</source>
        <translation>Reha-Pläne: tägliche Checklisten, die sich nach dem Schmerz richten</translation>
    </message>
    <message>
        <source>the plans you can start</source>
        <translation>die Pläne, die du starten kannst</translation>
    </message>
    <message>
        <source>a JSON array</source>
        <translation>ein JSON-Array</translation>
    </message>
    <message>
        <source>start a plan (one plan is active at a time)</source>
        <translation>einen Plan starten (es läuft immer nur ein Plan)</translation>
    </message>
    <message>
        <source>the sore leg (default: both)</source>
        <translation>das schmerzende Bein (Standard: beide)</translation>
    </message>
    <message>
        <source>a plan variant, e.g. insertional for the Achilles plan</source>
        <translation>eine Planvariante, z. B. insertional für den Achillessehnen-Plan</translation>
    </message>
    <message>
        <source>abandon the active plan (its history is kept)</source>
        <translation>den laufenden Plan abbrechen (sein Verlauf bleibt erhalten)</translation>
    </message>
    <message>
        <source>a clinician has cleared you for this plan (needed when your latest assessment advises against it)</source>
        <translation>eine Fachperson hat dich für diesen Plan freigegeben (nötig, wenn deine letzte Einschätzung davon abrät)</translation>
    </message>
    <message>
        <source>today&apos;s checklist</source>
        <translation>die heutige Checkliste</translation>
    </message>
    <message>
        <source>phase, adherence and the current suggestion</source>
        <translation>Phase, Umsetzung und der aktuelle Vorschlag</translation>
    </message>
    <message>
        <source>record pain during today&apos;s exercises (0-10)</source>
        <translation>den Schmerz bei den heutigen Übungen festhalten (0-10)</translation>
    </message>
    <message>
        <source>which session (default: day)</source>
        <translation>welche Einheit (Standard: day)</translation>
    </message>
    <message>
        <source>record this morning&apos;s pain and stiffness</source>
        <translation>Schmerz und Steifigkeit von heute Morgen festhalten</translation>
    </message>
    <message>
        <source>minutes of morning stiffness</source>
        <translation>Minuten Morgensteifigkeit</translation>
    </message>
    <message>
        <source>record a single-leg heel-raise test</source>
        <translation>einen einbeinigen Zehenstand-Test festhalten</translation>
    </message>
    <message>
        <source>raises on the left leg</source>
        <translation>Wiederholungen auf dem linken Bein</translation>
    </message>
    <message>
        <source>raises on the right leg</source>
        <translation>Wiederholungen auf dem rechten Bein</translation>
    </message>
    <message>
        <source>pain (0-10) of ten hops on the sore leg, if tried</source>
        <translation>Schmerz (0-10) bei zehn Hüpfern auf dem schmerzenden Bein, falls versucht</translation>
    </message>
    <message>
        <source>write the running plan as a plan file a clinician can edit</source>
        <translation>den laufenden Plan als Plandatei schreiben, die eine Fachperson bearbeiten kann</translation>
    </message>
    <message>
        <source>the plan file to write (TOML)</source>
        <translation>die Plandatei, die geschrieben wird (TOML)</translation>
    </message>
    <message>
        <source>the clinician&apos;s name to write into the file</source>
        <translation>der Name der Fachperson, der in die Datei geschrieben wird</translation>
    </message>
    <message>
        <source>the clinician&apos;s note to write into the file</source>
        <translation>die Notiz der Fachperson, die in die Datei geschrieben wird</translation>
    </message>
    <message>
        <source>check a clinician&apos;s plan file, show what it changes, and start it</source>
        <translation>die Plandatei einer Fachperson prüfen, zeigen, was sie ändert, und sie starten</translation>
    </message>
    <message>
        <source>the plan file to read (TOML)</source>
        <translation>die Plandatei, die gelesen wird (TOML)</translation>
    </message>
    <message>
        <source>check and show the changes; start nothing</source>
        <translation>prüfen und die Änderungen zeigen; nichts starten</translation>
    </message>
    <message>
        <source>the plan file and its changes as JSON</source>
        <translation>die Plandatei und ihre Änderungen als JSON</translation>
    </message>
    <message>
        <source>act as if today were this date (default: today)</source>
        <translation>so tun, als wäre heute dieses Datum (Standard: heute)</translation>
    </message>
    <message>
        <source>recorded: a clinician has cleared you, against the assessment of {day} ({advice})</source>
        <translation>gespeichert: Eine Fachperson hat dich freigegeben, entgegen der Einschätzung vom {day} ({advice})</translation>
    </message>
    <message>
        <source>dry run: nothing was started</source>
        <translation>Probelauf: Es wurde nichts gestartet</translation>
    </message>
    <message>
        <source>{plan}: {phase} ({done}/{items} done)</source>
        <translation>{plan}: {phase} ({done}/{items} erledigt)</translation>
    </message>
    <message>
        <source>the plan has ended: see a clinician before loading the calf again</source>
        <translation>der Plan ist beendet: Lass dich von einer Fachperson untersuchen, bevor du die Wade wieder belastest</translation>
    </message>
    <message>
        <source>an id from &apos;plan today --json&apos;</source>
        <translation>eine ID aus &apos;plan today --json&apos;</translation>
    </message>
    <message>
        <source>started {plan}{variant} on {day}, side {side}</source>
        <translation>{plan}{variant} am {day} gestartet, Seite {side}</translation>
    </message>
    <message>
        <source>wrote {path}: the running plan {plan} as a plan file</source>
        <translation>{path} geschrieben: der laufende Plan {plan} als Plandatei</translation>
    </message>
    <message>
        <source>plan file {file} by {clinician}, based on {plan}: {name}</source>
        <translation>Plandatei {file} von {clinician}, auf Grundlage von {plan}: {name}</translation>
    </message>
    <message>
        <source>changes against the built-in plan: {count}</source>
        <translation>Änderungen gegenüber dem eingebauten Plan: {count}</translation>
    </message>
    <message>
        <source>no plan is active; start one with &apos;calfdesk plan start PLAN_ID&apos;</source>
        <translation>kein Plan läuft; starte einen mit &apos;calfdesk plan start PLAN_ID&apos;</translation>
    </message>
    <message>
        <source>no plan is active</source>
        <translation>kein Plan läuft</translation>
    </message>
    <message>
        <source>{plan}, since {day}</source>
        <translation>{plan}, seit {day}</translation>
    </message>
    <message>
        <source>phase: {name}: {goal}</source>
        <translation>Phase: {name}: {goal}</translation>
    </message>
    <message>
        <source>load: {load}</source>
        <translation>Belastung: {load}</translation>
    </message>
    <message>
        <source>last 7 days: {weekly} done, streak {streak} days</source>
        <translation>letzte 7 Tage: {weekly} erledigt, Serie {streak} Tage</translation>
    </message>
    <message>
        <source>recorded pain {pain}/10 for the {slot} session</source>
        <translation>Schmerz {pain}/10 für die Einheit ({slot}) gespeichert</translation>
    </message>
    <message>
        <source>recorded morning pain {pain}/10</source>
        <translation>Morgenschmerz {pain}/10 gespeichert</translation>
    </message>
    <message>
        <source>recorded heel raises: left {left}, right {right}; sore side at {shown} of the other</source>
        <translation>Zehenstände gespeichert: links {left}, rechts {right}; schmerzende Seite bei {shown} der anderen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>started {plan} from the plan file on {day}, side {side}</source>
        <translation>{plan} aus der Plandatei am {day} gestartet, Seite {side}</translation>
    </message>
    <message>
        <source>suggestion ({action}): {words}</source>
        <translation>Vorschlag ({action}): {words}</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>Hinweis: {note}</translation>
    </message>
    <message>
        <source>(variants: {variants})</source>
        <translation>(Varianten: {variants})</translation>
    </message>
</context>
<context>
    <name>commands.report</name>
    <message>
        <source>write the PDF report for a period, for your clinician</source>
        <translation>den PDF-Bericht über einen Zeitraum für deine Fachperson schreiben</translation>
    </message>
    <message>
        <source>last day (default: today)</source>
        <translation>letzter Tag (Standard: heute)</translation>
    </message>
    <message>
        <source>where to write the PDF</source>
        <translation>wohin das PDF geschrieben wird</translation>
    </message>
    <message>
        <source>paper size (default: a4)</source>
        <translation>Papierformat (Standard: a4)</translation>
    </message>
    <message>
        <source>--from is after --to; swap the dates</source>
        <translation>--from liegt nach --to; tausche die beiden Datumsangaben</translation>
    </message>
    <message>
        <source>wrote {path} ({pages})</source>
        <translation>{path} geschrieben ({pages})</translation>
    </message>
    <message>
        <source>--pdf: the folder {folder} does not exist</source>
        <translation>--pdf: Den Ordner {folder} gibt es nicht</translation>
    </message>
    <message>
        <source>--pdf: {target} is a folder; give a file name ending in .pdf</source>
        <translation>--pdf: {target} ist ein Ordner; gib einen Dateinamen an, der auf .pdf endet</translation>
    </message>
</context>
<context>
    <name>commands.training</name>
    <message>
        <source>kilometres</source>
        <translation>Kilometern</translation>
    </message>
    <message>
        <source>miles</source>
        <translation>Meilen</translation>
    </message>
    <message>
        <source>import and list runs</source>
        <translation>Läufe importieren und auflisten</translation>
    </message>
    <message>
        <source>import run files, export archives (Strava, Garmin Connect, Apple Health) and folders (each file all or nothing)</source>
        <translation>Laufdateien, Export-Archive (Strava, Garmin Connect, Apple Health) und Ordner importieren (jede Datei ganz oder gar nicht)</translation>
    </message>
    <message>
        <source>a run file, a zip archive or a folder</source>
        <translation>eine Laufdatei, ein ZIP-Archiv oder ein Ordner</translation>
    </message>
    <message>
        <source>also import activities without a declared sport that do not move like a run</source>
        <translation>auch Aktivitäten ohne angegebene Sportart importieren, die sich nicht wie ein Lauf bewegen</translation>
    </message>
    <message>
        <source>unit of the distances in a Garmin Connect CSV (Garmin does not say; default km)</source>
        <translation>Einheit der Strecken in einer Garmin-Connect-CSV (Garmin gibt sie nicht an; Standard km)</translation>
    </message>
    <message>
        <source>list runs, oldest first</source>
        <translation>Läufe auflisten, der älteste zuerst</translation>
    </message>
    <message>
        <source>a JSON array; distances in km</source>
        <translation>ein JSON-Array; Strecken in km</translation>
    </message>
    <message>
        <source>weekly distance, climb, changes and 7:28-day ratio</source>
        <translation>Wochenstrecke, Höhenmeter, Veränderungen und 7:28-Tage-Verhältnis</translation>
    </message>
    <message>
        <source>a JSON object; distances in km</source>
        <translation>ein JSON-Objekt; Strecken in km</translation>
    </message>
    <message>
        <source>first day of the week (default: the window&apos;s setting, else monday)</source>
        <translation>erster Tag der Woche (Standard: die Einstellung des Fensters, sonst monday)</translation>
    </message>
    <message>
        <source>shoes and their mileage</source>
        <translation>Schuhe und ihre Laufleistung</translation>
    </message>
    <message>
        <source>add a shoe and print its id</source>
        <translation>einen Schuh hinzufügen und seine ID ausgeben</translation>
    </message>
    <message>
        <source>distance it already has (default 0)</source>
        <translation>Strecke, die er schon hat (Standard 0)</translation>
    </message>
    <message>
        <source>alert distance (default 800 km, 500 mi)</source>
        <translation>Hinweis-Strecke (Standard 800 km, 500 mi)</translation>
    </message>
    <message>
        <source>new runs go on this shoe</source>
        <translation>neue Läufe kommen auf diesen Schuh</translation>
    </message>
    <message>
        <source>list shoes with their distance</source>
        <translation>Schuhe mit ihrer Strecke auflisten</translation>
    </message>
    <message>
        <source>retire a shoe</source>
        <translation>einen Schuh ausmustern</translation>
    </message>
    <message>
        <source>distances read in {unit}: the file does not say which unit it uses; give --csv-unit {other} if it was the other</source>
        <translation>Strecken in {unit} gelesen: Die Datei sagt nicht, welche Einheit sie nutzt; gib --csv-unit {other} an, wenn es die andere war</translation>
    </message>
    <message>
        <source>1 other file is not an activity file and was not read</source>
        <translation>1 weitere Datei ist keine Aktivitätsdatei und wurde nicht gelesen</translation>
    </message>
    <message>
        <source>distances read in {unit}: the step length from Steps and Distance fits {unit} only</source>
        <translation>Strecken in {unit} gelesen: Die Schrittlänge aus Schritten und Strecke passt nur zu {unit}</translation>
    </message>
    <message>
        <source>, merged {merged} with runs from another source</source>
        <translation>, {merged} mit Läufen aus einer anderen Quelle zusammengeführt</translation>
    </message>
    <message>
        <source>added {runs} in all, skipped {duplicates}{merged}; {ok} of {files} read</source>
        <translation>insgesamt {runs} hinzugefügt, {duplicates} übersprungen{merged}; {ok} von {files} gelesen</translation>
    </message>
    <message>
        <source>hill</source>
        <translation>Bergeinheit</translation>
    </message>
    <message>
        <source>ramp over 30% in two weeks</source>
        <translation>Anstieg über 30 % in zwei Wochen</translation>
    </message>
    <message>
        <source>PAST ALERT: consider replacing</source>
        <translation>HINWEIS-STRECKE ÜBERSCHRITTEN: Ersatz erwägen</translation>
    </message>
    <message>
        <source>{distance} of {alert} km</source>
        <translation>{distance} von {alert} km</translation>
    </message>
    <message>
        <source>retired {name} at {distance} km</source>
        <translation>{name} bei {distance} km ausgemustert</translation>
    </message>
    <message>
        <source>not taken: {when}: {reason}</source>
        <translation>nicht übernommen: {when}: {reason}</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a distance in km</source>
        <translation>{field}: &apos;{text}&apos; ist keine Strecke in km</translation>
    </message>
    <message>
        <source>{ignored} other files are not activity files and were not read</source>
        <translation>{ignored} weitere Dateien sind keine Aktivitätsdateien und wurden nicht gelesen</translation>
    </message>
    <message>
        <source>{pct}% over the longest of 30 days</source>
        <translation>{pct} % über dem längsten Lauf der 30 Tage</translation>
    </message>
    <message>
        <source>{pct}% on the week before</source>
        <translation>{pct} % gegenüber der Vorwoche</translation>
    </message>
    <message>
        <source>7:28-day ratio {ratio}</source>
        <translation>Verhältnis 7:28 Tage {ratio}</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>ausgemustert</translation>
    </message>
    <message>
        <source>ID: &apos;{id}&apos; is not a shoe id; see `calfdesk shoes list`</source>
        <translation>ID: &apos;{id}&apos; ist keine Schuh-ID; siehe `calfdesk shoes list`</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>Hinweis: {note}</translation>
    </message>
</context>
<context>
    <name>diary.actions</name>
    <message>
        <source>{date} {time:%H:%M}, soreness {soreness}</source>
        <translation>{date} {time:%H:%M}, Beschwerden {soreness}</translation>
    </message>
    <message>
        <source>Your entry is still here, so you can try again.</source>
        <translation>Dein Eintrag ist noch da, du kannst es also erneut versuchen.</translation>
    </message>
    <message>
        <source>The entry was not deleted</source>
        <translation>Der Eintrag wurde nicht gelöscht</translation>
    </message>
    <message>
        <source>edit of {entry}</source>
        <translation>Bearbeitung von {entry}</translation>
    </message>
    <message>
        <source>Undid the edit of {entry}</source>
        <translation>Bearbeitung von {entry} rückgängig gemacht</translation>
    </message>
    <message>
        <source>Saved: {entry}</source>
        <translation>Gespeichert: {entry}</translation>
    </message>
    <message>
        <source>Saved changes to {entry}</source>
        <translation>Änderungen an {entry} gespeichert</translation>
    </message>
    <message>
        <source>Deleted {entry}. Press Ctrl+Z to undo.</source>
        <translation>{entry} gelöscht. Drück Strg+Z, um es rückgängig zu machen.</translation>
    </message>
    <message>
        <source>deletion of {entry}</source>
        <translation>Löschen von {entry}</translation>
    </message>
    <message>
        <source>Restored {entry}</source>
        <translation>{entry} wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>diary.chart_texts</name>
    <message>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;{moment:%Y-%m-%d %H:%M}&lt;/b&gt; · soreness &lt;b&gt;{soreness}&lt;/b&gt;/10&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;{moment:%d.%m.%Y %H:%M}&lt;/b&gt; · Beschwerden &lt;b&gt;{soreness}&lt;/b&gt;/10&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Worst of the week</source>
        <translation>Stärkste der Woche</translation>
    </message>
    <message>
        <source>From the week&apos;s mildest to its worst day</source>
        <translation>Vom leichtesten bis zum stärksten Tag der Woche</translation>
    </message>
    <message>
        <source>Worst of the day</source>
        <translation>Stärkste des Tages</translation>
    </message>
    <message>
        <source>7-day average</source>
        <translation>7-Tage-Mittel</translation>
    </message>
    <message>
        <source>Distance per week</source>
        <translation>Strecke pro Woche</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;{date} {time}&lt;/b&gt; · soreness &lt;b&gt;{soreness}&lt;/b&gt;/10</source>
        <translation>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;{date} {time}&lt;/b&gt; · Beschwerden &lt;b&gt;{soreness}&lt;/b&gt;/10</translation>
    </message>
    <message>
        <source>Morning stiffness {minutes} min</source>
        <translation>Morgensteifigkeit {minutes} Min.</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Morgens</translation>
    </message>
    <message>
        <source>After run</source>
        <translation>Nach dem Laufen</translation>
    </message>
    <message>
        <source>During run or other</source>
        <translation>Beim Laufen oder sonst</translation>
    </message>
</context>
<context>
    <name>diary.table</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Soreness</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Stiffness</source>
        <translation>Steifigkeit</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
</context>
<context>
    <name>diary.transfer</name>
    <message>
        <source>Export diary as CSV</source>
        <translation>Tagebuch als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import diary CSV</source>
        <translation>Tagebuch-CSV importieren</translation>
    </message>
    <message>
        <source>The diary was not exported</source>
        <translation>Das Tagebuch wurde nicht exportiert</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Soreness</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>Diese Datei kann nicht importiert werden</translation>
    </message>
    <message>
        <source>Exporting to {name}…</source>
        <translation>Exportiere nach {name}…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed</source>
        <translation>Import abgebrochen; nichts wurde geändert</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Nichts wurde importiert</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lese {name}…</translation>
    </message>
    <message>
        <source>and the measures to {name}</source>
        <translation>und die Messwerte nach {name}</translation>
    </message>
</context>
<context>
    <name>domain.assessment</name>
    <message>
        <source>it offered no exercise plan: a tear was not ruled out</source>
        <translation>sie bot keinen Übungsplan an: Ein Riss war nicht ausgeschlossen</translation>
    </message>
    <message>
        <source>the prevention plan is for little or no pain now, and you said {pain}/10 at rest</source>
        <translation>der Vorbeugungsplan ist für wenig oder keinen Schmerz gedacht, und du hast {pain}/10 in Ruhe angegeben</translation>
    </message>
    <message>
        <source>it advised: {headline}</source>
        <translation>sie riet: {headline}</translation>
    </message>
    <message>
        <source>it advised no exercise plan until examined ({sign})</source>
        <translation>sie riet von einem Übungsplan ab, bis du untersucht wurdest ({sign})</translation>
    </message>
</context>
<context>
    <name>domain.assessment_answers</name>
    <message>
        <source>{key}: expected a list of values from {allowed}</source>
        <translation>{key}: erwartet wird eine Liste von Werten aus {allowed}</translation>
    </message>
    <message>
        <source>answers: expected a JSON object of answers, got {value}</source>
        <translation>answers: erwartet wird ein JSON-Objekt mit Antworten, erhalten: {value}</translation>
    </message>
    <message>
        <source>{key}: expected a whole number from {low} to {high}, got {value}</source>
        <translation>{key}: erwartet wird eine ganze Zahl von {low} bis {high}, erhalten: {value}</translation>
    </message>
    <message>
        <source>{key}: {value} is outside the scale {low}-{high}</source>
        <translation>{key}: {value} liegt außerhalb der Skala {low}-{high}</translation>
    </message>
    <message>
        <source>{key}: {value} is not one of {allowed}</source>
        <translation>{key}: {value} ist keines von {allowed}</translation>
    </message>
    <message>
        <source>{key}: null is not an answer; leave the key out if it is not answered</source>
        <translation>{key}: null ist keine Antwort; lass den Schlüssel weg, wenn die Frage nicht beantwortet ist</translation>
    </message>
    <message>
        <source>{key}: expected true, false or &quot;not_sure&quot;, got {value}</source>
        <translation>{key}: erwartet wird true, false oder &quot;not_sure&quot;, erhalten: {value}</translation>
    </message>
    <message>
        <source>{key}: expected true or false, got {value}</source>
        <translation>{key}: erwartet wird true oder false, erhalten: {value}</translation>
    </message>
    <message>
        <source>{key} is not a known answer key</source>
        <translation>{key} ist kein bekannter Antwortschlüssel</translation>
    </message>
</context>
<context>
    <name>domain.content_tables</name>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>must be a table</source>
        <translation>muss eine Tabelle sein</translation>
    </message>
    <message>
        <source>must be a whole number of at least 0</source>
        <translation>muss eine ganze Zahl von mindestens 0 sein</translation>
    </message>
    <message>
        <source>must be a non-empty list of texts</source>
        <translation>muss eine nicht leere Liste von Texten sein</translation>
    </message>
    <message>
        <source>is &apos;{value}&apos;, expected one of {choices}</source>
        <translation>ist &apos;{value}&apos;, erwartet wird eines von {choices}</translation>
    </message>
</context>
<context>
    <name>domain.days</name>
    <message>
        <source>{field}: {day} is not believable; calfdesk takes days from {year} to tomorrow</source>
        <translation>{field}: {day} ist nicht glaubhaft; calfdesk nimmt Tage von {year} bis morgen</translation>
    </message>
</context>
<context>
    <name>domain.diary</name>
    <message>
        <source>notes: the text contains a NUL character</source>
        <translation>notes: Der Text enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>utc_offset_min: offset must be within ±18 hours</source>
        <translation>utc_offset_min: Die Abweichung muss innerhalb von ±18 Stunden liegen</translation>
    </message>
    <message>
        <source>{field}: &apos;{value}&apos; is not one of {choices}</source>
        <translation>{field}: &apos;{value}&apos; ist keines von {choices}</translation>
    </message>
    <message>
        <source>soreness: {value} is outside the scale; enter a whole number from 0 (none) to 10 (worst)</source>
        <translation>soreness: {value} liegt außerhalb der Skala; gib eine ganze Zahl von 0 (keine) bis 10 (schlimmste) ein</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a whole number</source>
        <translation>{field}: &apos;{text}&apos; ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>stiffness_min: {minutes} minutes is not possible; enter 0 to {most} or leave it empty</source>
        <translation>stiffness_min: {minutes} Minuten sind nicht möglich; gib 0 bis {most} ein oder lass das Feld leer</translation>
    </message>
    <message>
        <source>notes: keep notes under {most} characters</source>
        <translation>notes: Halte Notizen unter {most} Zeichen</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a real date; use YYYY-MM-DD, for example 2026-03-14</source>
        <translation>{field}: &apos;{text}&apos; ist kein gültiges Datum; nutze JJJJ-MM-TT, zum Beispiel 2026-03-14</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a valid time; use HH:MM on the 24-hour clock, for example 07:30</source>
        <translation>{field}: &apos;{text}&apos; ist keine gültige Uhrzeit; nutze HH:MM im 24-Stunden-Format, zum Beispiel 07:30</translation>
    </message>
</context>
<context>
    <name>domain.diary_csv</name>
    <message>
        <source>the header has {count} columns; a diary CSV has {columns}, is this one?</source>
        <translation>die Kopfzeile hat {count} Spalten; eine Tagebuch-CSV hat {columns}, ist das eine?</translation>
    </message>
    <message>
        <source>soreness is empty; enter a whole number from 0 to 10</source>
        <translation>soreness ist leer; gib eine ganze Zahl von 0 bis 10 ein</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>Zeile {line}: {problem}</translation>
    </message>
    <message>
        <source>the file is not a CSV text file (it contains binary data)</source>
        <translation>die Datei ist keine CSV-Textdatei (sie enthält Binärdaten)</translation>
    </message>
    <message>
        <source>the file is larger than 64 MB; this is not a diary CSV</source>
        <translation>die Datei ist größer als 64 MB; das ist keine Tagebuch-CSV</translation>
    </message>
    <message>
        <source>line {line} is not UTF-8 text; save the file as &apos;CSV UTF-8&apos; and try again</source>
        <translation>Zeile {line} ist kein UTF-8-Text; speichere die Datei als &apos;CSV UTF-8&apos; und versuch es noch einmal</translation>
    </message>
    <message>
        <source>the header has no &apos;{column}&apos; column; the first line must name the columns, for example: {example}</source>
        <translation>die Kopfzeile hat keine Spalte &apos;{column}&apos;; die erste Zeile muss die Spalten nennen, zum Beispiel: {example}</translation>
    </message>
    <message>
        <source>the header has no &apos;{column}&apos; or &apos;{other}&apos; column; the first line must name the columns, for example: {example}</source>
        <translation>die Kopfzeile hat weder die Spalte &apos;{column}&apos; noch &apos;{other}&apos;; die erste Zeile muss die Spalten nennen, zum Beispiel: {example}</translation>
    </message>
    <message>
        <source>line {line} is not valid CSV ({problem}); nothing was imported</source>
        <translation>Zeile {line} ist kein gültiges CSV ({problem}); nichts wurde importiert</translation>
    </message>
    <message>
        <source>the file has a header but no diary rows; nothing to import</source>
        <translation>die Datei hat eine Kopfzeile, aber keine Tagebuchzeilen; nichts zu importieren</translation>
    </message>
    <message>
        <source>line {line} is longer than {most} characters; is this a diary CSV?</source>
        <translation>Zeile {line} ist länger als {most} Zeichen; ist das eine Tagebuch-CSV?</translation>
    </message>
    <message>
        <source>the file is empty; choose a diary CSV exported by calfdesk or a spreadsheet</source>
        <translation>die Datei ist leer; wähle eine Tagebuch-CSV, die calfdesk oder eine Tabellenkalkulation exportiert hat</translation>
    </message>
    <message>
        <source>line 1 is not valid CSV ({problem}); is this a diary CSV?</source>
        <translation>Zeile 1 ist kein gültiges CSV ({problem}); ist das eine Tagebuch-CSV?</translation>
    </message>
</context>
<context>
    <name>domain.measures.heel_raise</name>
    <message>
        <source>heel_raise: give the raises of both legs, 0 to {most} each</source>
        <translation>heel_raise: Gib die Wiederholungen beider Beine an, jeweils 0 bis {most}</translation>
    </message>
</context>
<context>
    <name>domain.measures.packs</name>
    <message>
        <source>answers: {count} given for {questions} questions; answer each question once, in order</source>
        <translation>answers: {count} angegeben für {questions} Fragen; beantworte jede Frage einmal, in derselben Reihenfolge</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>holds control characters</source>
        <translation>enthält Steuerzeichen</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be a table</source>
        <translation>muss eine Tabelle sein</translation>
    </message>
    <message>
        <source>must be 2 to 40 lowercase letters, digits or _, starting with a letter, and not psfs or heel_raise</source>
        <translation>muss aus 2 bis 40 Kleinbuchstaben, Ziffern oder _ bestehen, mit einem Buchstaben beginnen und darf nicht psfs oder heel_raise sein</translation>
    </message>
    <message>
        <source>two items have the same id</source>
        <translation>zwei Fragen haben dieselbe ID</translation>
    </message>
    <message>
        <source>every weight is 0, so scoring would divide by zero</source>
        <translation>jedes Gewicht ist 0, die Auswertung würde also durch null teilen</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>answer {number}: {value} is not one of the answers to &apos;{item}&apos; ({low} to {high})</source>
        <translation>Antwort {number}: {value} ist keine der Antworten auf &apos;{item}&apos; ({low} bis {high})</translation>
    </message>
    <message>
        <source>pack: {where}: {reason}</source>
        <translation>pack: {where}: {reason}</translation>
    </message>
    <message>
        <source>{count} characters; at most {most}</source>
        <translation>{count} Zeichen; höchstens {most}</translation>
    </message>
    <message>
        <source>two answers have the same value</source>
        <translation>zwei Antworten haben denselben Wert</translation>
    </message>
    <message>
        <source>{size} bytes; a pack is at most {most} KB</source>
        <translation>{size} Byte; ein Paket hat höchstens {most} KB</translation>
    </message>
    <message>
        <source>must be 2 to 40 lowercase letters, digits or _</source>
        <translation>muss aus 2 bis 40 Kleinbuchstaben, Ziffern oder _ bestehen</translation>
    </message>
    <message>
        <source>must be above 0 and at most the score&apos;s range ({span})</source>
        <translation>muss über 0 liegen und höchstens so groß sein wie der Bereich des Werts ({span})</translation>
    </message>
    <message>
        <source>must be a table with value and label</source>
        <translation>muss eine Tabelle mit value und label sein</translation>
    </message>
    <message>
        <source>min {low} must be below max {high}</source>
        <translation>min {low} muss unter max {high} liegen</translation>
    </message>
    <message>
        <source>must run from 0 or more and span at most {most}</source>
        <translation>muss bei 0 oder mehr beginnen und höchstens {most} umfassen</translation>
    </message>
    <message>
        <source>must be {format}</source>
        <translation>muss {format} sein</translation>
    </message>
    <message>
        <source>must hold 1 to {most} scales</source>
        <translation>muss 1 bis {most} Skalen enthalten</translation>
    </message>
    <message>
        <source>{count} items; a pack holds 1 to {most}</source>
        <translation>{count} Fragen; ein Paket enthält 1 bis {most}</translation>
    </message>
    <message>
        <source>must be one of {methods}</source>
        <translation>muss eines von {methods} sein</translation>
    </message>
    <message>
        <source>must list 2 to {most} answers</source>
        <translation>muss 2 bis {most} Antworten auflisten</translation>
    </message>
    <message>
        <source>not a TOML pack ({problem})</source>
        <translation>kein TOML-Paket ({problem})</translation>
    </message>
    <message>
        <source>must name one of [scales]: {scales}</source>
        <translation>muss eine von [scales] nennen: {scales}</translation>
    </message>
    <message>
        <source>must be a number from 0 to {most}</source>
        <translation>muss eine Zahl von 0 bis {most} sein</translation>
    </message>
</context>
<context>
    <name>domain.measures.psfs</name>
    <message>
        <source>score: {value} is outside the scale; enter 0 (unable to do it) to 10 (as before the injury)</source>
        <translation>score: {value} liegt außerhalb der Skala; gib 0 (nicht möglich) bis 10 (wie vor der Verletzung) ein</translation>
    </message>
    <message>
        <source>score {number}: {value} is outside the scale; enter 0 (unable to do it) to 10 (as before the injury)</source>
        <translation>Wert {number}: {value} liegt außerhalb der Skala; gib 0 (nicht möglich) bis 10 (wie vor der Verletzung) ein</translation>
    </message>
    <message>
        <source>activities: none chosen yet; name your activities first (calfdesk measure psfs set)</source>
        <translation>activities: noch keine gewählt; nenne zuerst deine Aktivitäten (calfdesk measure psfs set)</translation>
    </message>
    <message>
        <source>activities: {count} given; name {least} to {most} activities the calf makes hard</source>
        <translation>activities: {count} angegeben; nenne {least} bis {most} Aktivitäten, die dir wegen der Wade schwerfallen</translation>
    </message>
    <message>
        <source>scores: {count} given; score each of your {least} to {most} activities</source>
        <translation>scores: {count} angegeben; bewerte jede deiner {least} bis {most} Aktivitäten</translation>
    </message>
    <message>
        <source>scores: {count} given for {activities} activities; give one 0-10 score per activity, in order</source>
        <translation>scores: {count} angegeben für {activities} Aktivitäten; gib pro Aktivität einen Wert von 0-10 an, in derselben Reihenfolge</translation>
    </message>
    <message>
        <source>activity {number}: write it in a few plain words</source>
        <translation>Aktivität {number}: Beschreibe sie in ein paar einfachen Worten</translation>
    </message>
    <message>
        <source>activity {number}: {length} characters; keep it to {most}</source>
        <translation>Aktivität {number}: {length} Zeichen; höchstens {most}</translation>
    </message>
    <message>
        <source>activity {number}: &apos;{name}&apos; is named twice; name each activity once</source>
        <translation>Aktivität {number}: &apos;{name}&apos; ist doppelt genannt; nenne jede Aktivität nur einmal</translation>
    </message>
</context>
<context>
    <name>domain.rehab.catalogue</name>
    <message>
        <source>plan: {plan} has no exercise plan; see a clinician and log when the pain starts and eases</source>
        <translation>plan: {plan} hat keinen Übungsplan; lass dich von einer Fachperson untersuchen und trag ein, wann der Schmerz beginnt und nachlässt</translation>
    </message>
    <message>
        <source>plan: &apos;{plan}&apos; is not a plan; choose one of {plans}</source>
        <translation>plan: &apos;{plan}&apos; ist kein Plan; wähle einen von {plans}</translation>
    </message>
</context>
<context>
    <name>domain.rehab.catalogue_files</name>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a table</source>
        <translation>muss eine Tabelle sein</translation>
    </message>
    <message>
        <source>must be a percentage from 0 to 100</source>
        <translation>muss ein Prozentwert von 0 bis 100 sein</translation>
    </message>
    <message>
        <source>needs at least one item</source>
        <translation>braucht mindestens eine Übung</translation>
    </message>
    <message>
        <source>needs at least one level, each with its own id</source>
        <translation>braucht mindestens eine Stufe, jede mit eigener ID</translation>
    </message>
    <message>
        <source>needs at least one phase, each with its own id</source>
        <translation>braucht mindestens eine Phase, jede mit eigener ID</translation>
    </message>
    <message>
        <source>&apos;{level}&apos; is lighter than the starting load &apos;{start}&apos;</source>
        <translation>&apos;{level}&apos; ist leichter als die Anfangsbelastung &apos;{start}&apos;</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}</source>
        <translation>muss eine ganze Zahl von {low} bis {high} sein</translation>
    </message>
    <message>
        <source>must list some of {slots}</source>
        <translation>muss einige von {slots} auflisten</translation>
    </message>
    <message>
        <source>&apos;{level}&apos; is not one of the load levels</source>
        <translation>&apos;{level}&apos; ist keine der Belastungsstufen</translation>
    </message>
    <message>
        <source>must be a list of tables ([[{key}]])</source>
        <translation>muss eine Liste von Tabellen sein ([[{key}]])</translation>
    </message>
    <message>
        <source>of a stretch must be from {low} to {high} seconds, to a mild pull</source>
        <translation>einer Dehnung muss {low} bis {high} Sekunden betragen, bis zu einem leichten Ziehen</translation>
    </message>
    <message>
        <source>&apos;{level}&apos; is not a load level</source>
        <translation>&apos;{level}&apos; ist keine Belastungsstufe</translation>
    </message>
    <message>
        <source>&apos;{exercise}&apos; is not in the exercise catalogue</source>
        <translation>&apos;{exercise}&apos; ist nicht im Übungskatalog</translation>
    </message>
    <message>
        <source>names an unknown exercise &apos;{exercise}&apos;</source>
        <translation>nennt eine unbekannte Übung &apos;{exercise}&apos;</translation>
    </message>
    <message>
        <source>names &apos;{exercise}&apos;, which is not in the plan</source>
        <translation>nennt &apos;{exercise}&apos;, die nicht im Plan ist</translation>
    </message>
</context>
<context>
    <name>domain.rehab.checklist</name>
    <message>
        <source>item: &apos;{text}&apos; is not a checklist item id (DATE:EXERCISE:SLOT)</source>
        <translation>item: &apos;{text}&apos; ist keine ID eines Checklisten-Eintrags (DATUM:ÜBUNG:EINHEIT)</translation>
    </message>
    <message>
        <source>item: &apos;{text}&apos; does not start with a YYYY-MM-DD date</source>
        <translation>item: &apos;{text}&apos; beginnt nicht mit einem Datum JJJJ-MM-TT</translation>
    </message>
</context>
<context>
    <name>domain.rehab.measurements</name>
    <message>
        <source>{field}: {value} is outside the scale; enter 0 (none) to 10 (worst)</source>
        <translation>{field}: {value} liegt außerhalb der Skala; gib 0 (keine) bis 10 (schlimmste) ein</translation>
    </message>
    <message>
        <source>slot: &apos;{slot}&apos; is not one of {slots}</source>
        <translation>slot: &apos;{slot}&apos; ist keines von {slots}</translation>
    </message>
    <message>
        <source>stiffness_min: {minutes} minutes is not possible; enter 0 to {most}</source>
        <translation>stiffness_min: {minutes} Minuten sind nicht möglich; gib 0 bis {most} ein</translation>
    </message>
    <message>
        <source>{field}: {value} is not a count of heel raises; enter 0 to {most}</source>
        <translation>{field}: {value} ist keine Anzahl von Zehenständen; gib 0 bis {most} ein</translation>
    </message>
</context>
<context>
    <name>domain.rehab.plan_files</name>
    <message>
        <source>{size} KB is too large for a plan file (at most {most} KB)</source>
        <translation>{size} KB sind zu groß für eine Plandatei (höchstens {most} KB)</translation>
    </message>
    <message>
        <source>is missing; write format_version = {version} at the top</source>
        <translation>fehlt; schreib format_version = {version} an den Anfang</translation>
    </message>
    <message>
        <source>must be a whole number ({version} for this version)</source>
        <translation>muss eine ganze Zahl sein ({version} für diese Version)</translation>
    </message>
    <message>
        <source>{version} was written for a newer calfdesk (this one reads version {reads}); update calfdesk</source>
        <translation>{version} wurde für ein neueres calfdesk geschrieben (dieses liest Version {reads}); aktualisiere calfdesk</translation>
    </message>
    <message>
        <source>is missing; name the built-in plan this one adapts</source>
        <translation>fehlt; nenne den eingebauten Plan, den dieser anpasst</translation>
    </message>
    <message>
        <source>&apos;{plan}&apos; has no exercise plan; a plan file cannot load that calf</source>
        <translation>&apos;{plan}&apos; hat keinen Übungsplan; eine Plandatei darf diese Wade nicht belasten</translation>
    </message>
    <message>
        <source>is missing; add a [clinician] table with the clinician&apos;s name</source>
        <translation>fehlt; füge eine Tabelle [clinician] mit dem Namen der Fachperson hinzu</translation>
    </message>
    <message>
        <source>write the name of the clinician who wrote or adapted this plan</source>
        <translation>schreib den Namen der Fachperson, die diesen Plan geschrieben oder angepasst hat</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>{limit} is above the {most}/10 that {plan} allows (the 0-5 range is for tendons; the other plans are pain-free)</source>
        <translation>{limit} liegt über den {most}/10, die {plan} erlaubt (der Bereich 0-5 gilt für Sehnen; die anderen Pläne sind schmerzfrei)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>values are nested too deeply for a plan file</source>
        <translation>die Werte sind für eine Plandatei zu tief verschachtelt</translation>
    </message>
    <message>
        <source>must be one of {plans}</source>
        <translation>muss einer von {plans} sein</translation>
    </message>
    <message>
        <source>holds control characters; write plain text</source>
        <translation>enthält Steuerzeichen; schreib einfachen Text</translation>
    </message>
    <message>
        <source>plan file: {field}: {problem}</source>
        <translation>Plandatei: {field}: {problem}</translation>
    </message>
    <message>
        <source>plan file: line {line}, {field}: {problem}</source>
        <translation>Plandatei: Zeile {line}, {field}: {problem}</translation>
    </message>
    <message>
        <source>{count} items; a phase has at most {most}</source>
        <translation>{count} Übungen; eine Phase hat höchstens {most}</translation>
    </message>
    <message>
        <source>not valid TOML ({problem})</source>
        <translation>kein gültiges TOML ({problem})</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not a plan-file field (see docs/PLAN_FILES.md)</source>
        <translation>&apos;{key}&apos; ist kein Feld einer Plandatei (siehe docs/PLAN_FILES.md)</translation>
    </message>
    <message>
        <source>{count} entries; a plan has at most {most}</source>
        <translation>{count} Einträge; ein Plan hat höchstens {most}</translation>
    </message>
    <message>
        <source>{count} characters; at most {most}</source>
        <translation>{count} Zeichen; höchstens {most}</translation>
    </message>
    <message>
        <source>must be a list of tables ([[{key}]])</source>
        <translation>muss eine Liste von Tabellen sein ([[{key}]])</translation>
    </message>
</context>
<context>
    <name>domain.rehab.plans</name>
    <message>
        <source>side: &apos;{side}&apos; is not one of {sides}</source>
        <translation>side: &apos;{side}&apos; ist keines von {sides}</translation>
    </message>
    <message>
        <source>variant: {plan} has no variant &apos;{variant}&apos; (variants: {variants})</source>
        <translation>variant: {plan} hat keine Variante &apos;{variant}&apos; (Varianten: {variants})</translation>
    </message>
    <message>
        <source>variant: {plan} has no variant &apos;{variant}&apos; (variants: none)</source>
        <translation>variant: {plan} hat keine Variante &apos;{variant}&apos; (Varianten: keine)</translation>
    </message>
</context>
<context>
    <name>domain.runs</name>
    <message>
        <source>{field}: {value} is not a possible run distance in km</source>
        <translation>{field}: {value} ist keine mögliche Laufstrecke in km</translation>
    </message>
    <message>
        <source>{field}: {value} is not a possible run duration in seconds</source>
        <translation>{field}: {value} ist keine mögliche Laufdauer in Sekunden</translation>
    </message>
    <message>
        <source>{field}: {value} is not a possible climb in metres</source>
        <translation>{field}: {value} ist kein möglicher Wert für die Höhenmeter</translation>
    </message>
    <message>
        <source>start: the start time has no time zone</source>
        <translation>start: Die Startzeit hat keine Zeitzone</translation>
    </message>
    <message>
        <source>distance: a run needs a distance above zero</source>
        <translation>distance: Ein Lauf braucht eine Strecke über null</translation>
    </message>
    <message>
        <source>duration: a run needs a duration above zero</source>
        <translation>duration: Ein Lauf braucht eine Dauer über null</translation>
    </message>
    <message>
        <source>notes: the text contains a NUL character</source>
        <translation>notes: Der Text enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>{field}: {value} is not a number</source>
        <translation>{field}: {value} ist keine Zahl</translation>
    </message>
    <message>
        <source>start: date {day} is not believable (calfdesk takes runs from {year} to tomorrow)</source>
        <translation>start: Das Datum {day} ist nicht glaubhaft (calfdesk übernimmt Läufe von {year} bis morgen)</translation>
    </message>
    <message>
        <source>notes: keep notes under {most} characters</source>
        <translation>notes: Halte Notizen unter {most} Zeichen</translation>
    </message>
</context>
<context>
    <name>domain.shoes</name>
    <message>
        <source>{field}: {value} is not a possible starting distance in km</source>
        <translation>{field}: {value} ist keine mögliche Anfangsstrecke in km</translation>
    </message>
    <message>
        <source>{field}: {value} is not a possible alert distance in km</source>
        <translation>{field}: {value} ist keine mögliche Hinweis-Strecke in km</translation>
    </message>
    <message>
        <source>name: give the shoe a name, for example &apos;Pegasus 40 blue&apos;</source>
        <translation>name: Gib dem Schuh einen Namen, zum Beispiel &apos;Pegasus 40 blau&apos;</translation>
    </message>
    <message>
        <source>alert_km: the alert distance must be above zero</source>
        <translation>alert_km: Die Hinweis-Strecke muss über null liegen</translation>
    </message>
    <message>
        <source>default: a retired shoe cannot be the default shoe</source>
        <translation>default: Ein ausgemusterter Schuh kann nicht der Standardschuh sein</translation>
    </message>
    <message>
        <source>name: keep the name under {most} characters</source>
        <translation>name: Halte den Namen unter {most} Zeichen</translation>
    </message>
</context>
<context>
    <name>domain.sources</name>
    <message>
        <source>source: &apos;{source}&apos; is not one of {sources}</source>
        <translation>source: &apos;{source}&apos; ist keine von {sources}</translation>
    </message>
</context>
<context>
    <name>domain.units</name>
    <message>
        <source>unit: &apos;{unit}&apos; is not km or mi</source>
        <translation>unit: &apos;{unit}&apos; ist weder km noch mi</translation>
    </message>
</context>
<context>
    <name>domain.weekly_load</name>
    <message>
        <source>week_start: &apos;{text}&apos; is not a day of the week, for example monday</source>
        <translation>week_start: &apos;{text}&apos; ist kein Wochentag, zum Beispiel monday</translation>
    </message>
    <message>
        <source>week_start: the first day of the week must be 0 (Monday) to 6 (Sunday)</source>
        <translation>week_start: Der erste Tag der Woche muss 0 (Montag) bis 6 (Sonntag) sein</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>it does not exist</source>
        <translation>sie existiert nicht</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>keine Berechtigung</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>a part of its path is not a folder</source>
        <translation>ein Teil ihres Pfads ist kein Ordner</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>das Speicherkontingent ist aufgebraucht</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>der Datenträger ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the disk could not be read or written; it may be failing or disconnected</source>
        <translation>der Datenträger konnte nicht gelesen oder beschrieben werden; vielleicht ist er defekt oder getrennt</translation>
    </message>
    <message>
        <source>its name is too long</source>
        <translation>ihr Name ist zu lang</translation>
    </message>
    <message>
        <source>its path has too many symbolic links</source>
        <translation>ihr Pfad hat zu viele symbolische Links</translation>
    </message>
    <message>
        <source>too many files are open</source>
        <translation>zu viele Dateien sind geöffnet</translation>
    </message>
    <message>
        <source>it is in use</source>
        <translation>sie wird gerade verwendet</translation>
    </message>
    <message>
        <source>it exists already</source>
        <translation>sie existiert bereits</translation>
    </message>
    <message>
        <source>the folder is not empty</source>
        <translation>der Ordner ist nicht leer</translation>
    </message>
    <message>
        <source>it is on another disk</source>
        <translation>sie liegt auf einem anderen Datenträger</translation>
    </message>
    <message>
        <source>the device is not connected</source>
        <translation>das Gerät ist nicht verbunden</translation>
    </message>
</context>
<context>
    <name>importers</name>
    <message>
        <source>a {kinds} that is not {description} (its content is not theirs)</source>
        <translation>eine {kinds}-Datei, die nicht {description} ist (ihr Inhalt passt nicht dazu)</translation>
    </message>
    <message>
        <source>an XML file of a kind calfdesk does not read (it reads {formats})</source>
        <translation>eine XML-Datei einer Art, die calfdesk nicht liest (es liest {formats})</translation>
    </message>
    <message>
        <source>not a {formats} activity file</source>
        <translation>keine Aktivitätsdatei im Format {formats}</translation>
    </message>
    <message>
        <source>the file is larger than {megabytes} MB; this is not a run file</source>
        <translation>die Datei ist größer als {megabytes} MB; das ist keine Laufdatei</translation>
    </message>
    <message>
        <source>a {kinds} that is neither {first} nor {second} (its content is not theirs)</source>
        <translation>eine {kinds}-Datei, die weder {first} noch {second} ist (ihr Inhalt passt zu keinem von beiden)</translation>
    </message>
    <message>
        <source>a {kinds} that is none of {descriptions} (its content is not theirs)</source>
        <translation>eine {kinds}-Datei, die nichts davon ist: {descriptions} (ihr Inhalt passt zu keinem)</translation>
    </message>
</context>
<context>
    <name>importers.activity_csv</name>
    <message>
        <source>the file is not text (it contains binary data)</source>
        <translation>die Datei ist kein Text (sie enthält Binärdaten)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the header has {count} columns; an activity export has far fewer</source>
        <translation>die Kopfzeile hat {count} Spalten; ein Aktivitätsexport hat weit weniger</translation>
    </message>
    <message>
        <source>the file is not text (it contains NUL characters)</source>
        <translation>die Datei ist kein Text (sie enthält NUL-Zeichen)</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (line {line})</source>
        <translation>die Datei ist kein UTF-8-Text (Zeile {line})</translation>
    </message>
    <message>
        <source>line {line} is not valid CSV ({problem}); is the file complete?</source>
        <translation>Zeile {line} ist kein gültiges CSV ({problem}); ist die Datei vollständig?</translation>
    </message>
    <message>
        <source>line {line} is longer than 1 MB; this is not an activity export</source>
        <translation>Zeile {line} ist länger als 1 MB; das ist kein Aktivitätsexport</translation>
    </message>
</context>
<context>
    <name>importers.apple_health</name>
    <message>
        <source>the file declares entities, which Apple Health exports never do; refused</source>
        <translation>die Datei deklariert Entitäten, was Exporte aus Apple Health nie tun; abgelehnt</translation>
    </message>
    <message>
        <source>the file refers to an external entity; refused</source>
        <translation>die Datei verweist auf eine externe Entität; abgelehnt</translation>
    </message>
    <message>
        <source>not an Apple Health export (no HealthData element)</source>
        <translation>kein Export aus Apple Health (kein HealthData-Element)</translation>
    </message>
    <message>
        <source>distance</source>
        <translation>Strecke</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>the running workout of {start} has no distance</source>
        <translation>das Lauftraining vom {start} hat keine Strecke</translation>
    </message>
    <message>
        <source>unknown distance unit &apos;{unit}&apos;</source>
        <translation>unbekannte Einheit der Strecke &apos;{unit}&apos;</translation>
    </message>
    <message>
        <source>climb</source>
        <translation>Höhenmeter</translation>
    </message>
    <message>
        <source>not valid XML at line {line}; is the export complete?</source>
        <translation>kein gültiges XML in Zeile {line}; ist der Export vollständig?</translation>
    </message>
    <message>
        <source>{what} &apos;{text}&apos; is not a number</source>
        <translation>{what} &apos;{text}&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>a running workout&apos;s start &apos;{start}&apos; is not a date</source>
        <translation>der Beginn &apos;{start}&apos; eines Lauftrainings ist kein Datum</translation>
    </message>
    <message>
        <source>unknown duration unit &apos;{unit}&apos;</source>
        <translation>unbekannte Einheit der Dauer &apos;{unit}&apos;</translation>
    </message>
    <message>
        <source>{count} route files named in the export are not beside it; climb from the export</source>
        <translation>Im Export genannte Routendateien, die nicht daneben liegen: {count}; Höhenmeter aus dem Export</translation>
    </message>
    <message>
        <source>{file}: {reason}; climb from the export</source>
        <translation>{file}: {reason}; Höhenmeter aus dem Export</translation>
    </message>
    <message>
        <source>the workout of {start} has no duration</source>
        <translation>das Training vom {start} hat keine Dauer</translation>
    </message>
</context>
<context>
    <name>importers.archive</name>
    <message>
        <source>not a regular file (a device, pipe or socket); not read</source>
        <translation>keine normale Datei (ein Gerät, eine Pipe oder ein Socket); nicht gelesen</translation>
    </message>
    <message>
        <source>an absolute name; refused</source>
        <translation>ein absoluter Name; abgelehnt</translation>
    </message>
    <message>
        <source>a name that climbs out of the archive (&apos;..&apos;); refused</source>
        <translation>ein Name, der aus dem Archiv hinausführt (&apos;..&apos;); abgelehnt</translation>
    </message>
    <message>
        <source>a name with a NUL character; refused</source>
        <translation>ein Name mit einem NUL-Zeichen; abgelehnt</translation>
    </message>
    <message>
        <source>cannot be read ({problem})</source>
        <translation>kann nicht gelesen werden ({problem})</translation>
    </message>
    <message>
        <source>larger than {megabytes} MB; not an activity file</source>
        <translation>größer als {megabytes} MB; keine Aktivitätsdatei</translation>
    </message>
    <message>
        <source>not a zip archive, or a damaged or incomplete one; download or copy it again</source>
        <translation>kein ZIP-Archiv, oder ein beschädigtes oder unvollständiges; lade oder kopiere es noch einmal</translation>
    </message>
    <message>
        <source>holds {count} members; more than {limit} is not an activity export</source>
        <translation>enthält {count} Einträge; mehr als {limit} sind kein Aktivitätsexport</translation>
    </message>
    <message>
        <source>a symbolic link; refused</source>
        <translation>ein symbolischer Link; abgelehnt</translation>
    </message>
    <message>
        <source>encrypted; calfdesk cannot read it</source>
        <translation>verschlüsselt; calfdesk kann es nicht lesen</translation>
    </message>
    <message>
        <source>not a regular file; not read</source>
        <translation>keine normale Datei; nicht gelesen</translation>
    </message>
    <message>
        <source>its members overlap one another (a zip bomb); refused</source>
        <translation>seine Einträge überlappen sich (eine ZIP-Bombe); abgelehnt</translation>
    </message>
    <message>
        <source>the member holds more than it declares; refused</source>
        <translation>der Eintrag enthält mehr, als er angibt; abgelehnt</translation>
    </message>
    <message>
        <source>the archive holds {count} members of this name; none is read</source>
        <translation>das Archiv enthält {count} Einträge mit diesem Namen; keiner wird gelesen</translation>
    </message>
    <message>
        <source>unpacks {ratio} times its packed size; refused as a zip bomb</source>
        <translation>wird entpackt {ratio}-mal so groß wie gepackt; als ZIP-Bombe abgelehnt</translation>
    </message>
    <message>
        <source>declares {gigabytes} GB; refused</source>
        <translation>gibt {gigabytes} GB an; abgelehnt</translation>
    </message>
    <message>
        <source>an archive nested more than {levels} levels deep; refused</source>
        <translation>ein Archiv, das mehr als {levels} Ebenen tief verschachtelt ist; abgelehnt</translation>
    </message>
    <message>
        <source>an inner archive larger than {gigabytes} GB; refused</source>
        <translation>ein inneres Archiv über {gigabytes} GB; abgelehnt</translation>
    </message>
    <message>
        <source>the member is damaged or cut short ({problem})</source>
        <translation>der Eintrag ist beschädigt oder abgeschnitten ({problem})</translation>
    </message>
    <message>
        <source>declares {gigabytes} GB of contents; refused as a zip bomb</source>
        <translation>gibt {gigabytes} GB Inhalt an; als ZIP-Bombe abgelehnt</translation>
    </message>
    <message>
        <source>a symbolic link; links are not followed</source>
        <translation>ein symbolischer Link; Links wird nicht gefolgt</translation>
    </message>
    <message>
        <source>a damaged or incomplete zip archive ({problem}); download or copy it again</source>
        <translation>ein beschädigtes oder unvollständiges ZIP-Archiv ({problem}); lade oder kopiere es noch einmal</translation>
    </message>
    <message>
        <source>cannot be opened ({problem})</source>
        <translation>kann nicht geöffnet werden ({problem})</translation>
    </message>
    <message>
        <source>the disk holding the temporary folder {folder} is full; free some space there</source>
        <translation>der Datenträger mit dem temporären Ordner {folder} ist voll; schaffe dort etwas Platz</translation>
    </message>
    <message>
        <source>cannot be listed ({problem})</source>
        <translation>kann nicht aufgelistet werden ({problem})</translation>
    </message>
    <message>
        <source>holds more than {count} files; choose a smaller folder</source>
        <translation>enthält mehr als {count} Dateien; wähle einen kleineren Ordner</translation>
    </message>
</context>
<context>
    <name>importers.common</name>
    <message>
        <source>it needs more memory than this computer has</source>
        <translation>sie braucht mehr Arbeitsspeicher, als dieser Computer hat</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>sie ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>the file is larger than {megabytes} MB; this is not a file calfdesk reads</source>
        <translation>die Datei ist größer als {megabytes} MB; so eine Datei liest calfdesk nicht</translation>
    </message>
    <message>
        <source>the packed file unpacks to more than {megabytes} MB; this is not a file calfdesk reads</source>
        <translation>die gepackte Datei wird entpackt größer als {megabytes} MB; so eine Datei liest calfdesk nicht</translation>
    </message>
    <message>
        <source>cannot read the file ({problem})</source>
        <translation>die Datei kann nicht gelesen werden ({problem})</translation>
    </message>
    <message>
        <source>not valid XML; the file may be truncated</source>
        <translation>kein gültiges XML; die Datei ist vielleicht abgeschnitten</translation>
    </message>
    <message>
        <source>not valid JSON; the file may be truncated</source>
        <translation>kein gültiges JSON; die Datei ist vielleicht abgeschnitten</translation>
    </message>
    <message>
        <source>not valid XML (line {line}, column {column}); the file may be truncated</source>
        <translation>kein gültiges XML (Zeile {line}, Spalte {column}); die Datei ist vielleicht abgeschnitten</translation>
    </message>
    <message>
        <source>not valid JSON (line {line}, column {column}); the file may be truncated</source>
        <translation>kein gültiges JSON (Zeile {line}, Spalte {column}); die Datei ist vielleicht abgeschnitten</translation>
    </message>
    <message>
        <source>the packed (.gz) file is damaged ({problem})</source>
        <translation>die gepackte Datei (.gz) ist beschädigt ({problem})</translation>
    </message>
    <message>
        <source>the packed (.gz) file is damaged (it goes on after its packed data)</source>
        <translation>die gepackte Datei (.gz) ist beschädigt (sie geht nach ihren gepackten Daten weiter)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>{items} or {last}</source>
        <translation>{items} oder {last}</translation>
    </message>
    <message>
        <source>the file cannot be read ({problem})</source>
        <translation>die Datei kann nicht gelesen werden ({problem})</translation>
    </message>
    <message>
        <source>the file is not text (it contains binary data)</source>
        <translation>die Datei ist kein Text (sie enthält Binärdaten)</translation>
    </message>
    <message>
        <source>the file is not text (it contains NUL characters)</source>
        <translation>die Datei ist kein Text (sie enthält NUL-Zeichen)</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>das ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>not a regular file (a device, pipe or socket); choose a saved file</source>
        <translation>keine normale Datei (ein Gerät, eine Pipe oder ein Socket); wähle eine gespeicherte Datei</translation>
    </message>
    <message>
        <source>the packed (.gz) file is truncated</source>
        <translation>die gepackte Datei (.gz) ist abgeschnitten</translation>
    </message>
    <message>
        <source>the file declares a DOCTYPE or entities, which run files never do; refused</source>
        <translation>die Datei deklariert einen DOCTYPE oder Entitäten, was Laufdateien nie tun; abgelehnt</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>the input is larger than {megabytes} MB; this is not a file calfdesk reads</source>
        <translation>die Eingabe ist größer als {megabytes} MB; so eine Datei liest calfdesk nicht</translation>
    </message>
    <message>
        <source>a point lies off the globe (latitude {latitude}, longitude {longitude})</source>
        <translation>ein Punkt liegt außerhalb der Erdkugel (Breite {latitude}, Länge {longitude})</translation>
    </message>
    <message>
        <source>a time has an offset from UTC that no place has ({zone})</source>
        <translation>eine Zeit hat einen Abstand zu UTC, den es an keinem Ort gibt ({zone})</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte {byte})</source>
        <translation>die Datei ist kein UTF-8-Text (Byte {byte})</translation>
    </message>
    <message>
        <source>start: date {date} is not believable</source>
        <translation>start: Das Datum {date} ist nicht glaubhaft</translation>
    </message>
</context>
<context>
    <name>importers.fit</name>
    <message>
        <source>its times count from when the watch was switched on, and nothing in it gives the date</source>
        <translation>ihre Zeiten zählen ab dem Einschalten der Uhr, und nichts darin nennt das Datum</translation>
    </message>
    <message>
        <source>not a FIT activity file (no file_id message)</source>
        <translation>keine FIT-Aktivitätsdatei (keine file_id-Nachricht)</translation>
    </message>
    <message>
        <source>a session has no start time</source>
        <translation>eine Einheit hat keine Startzeit</translation>
    </message>
    <message>
        <source>the file has no session and too few records to make a run</source>
        <translation>die Datei hat keine Einheit und zu wenige Messpunkte für einen Lauf</translation>
    </message>
    <message>
        <source>a FIT activity file</source>
        <translation>eine FIT-Aktivitätsdatei</translation>
    </message>
    <message>
        <source>not a FIT file (its header is not a FIT header)</source>
        <translation>keine FIT-Datei (ihr Kopf ist kein FIT-Kopf)</translation>
    </message>
    <message>
        <source>the FIT file is truncated (it ends in the middle of a message)</source>
        <translation>die FIT-Datei ist abgeschnitten (sie endet mitten in einer Nachricht)</translation>
    </message>
    <message>
        <source>the FIT file is damaged (checksum mismatch)</source>
        <translation>die FIT-Datei ist beschädigt (Prüfsumme stimmt nicht)</translation>
    </message>
    <message>
        <source>the FIT file is damaged (a message does not fit in the file)</source>
        <translation>die FIT-Datei ist beschädigt (eine Nachricht passt nicht in die Datei)</translation>
    </message>
    <message>
        <source>the end of the file could not be read ({reason}); the runs before it were read</source>
        <translation>das Ende der Datei konnte nicht gelesen werden ({reason}); die Läufe davor wurden gelesen</translation>
    </message>
    <message>
        <source>the FIT file cannot be read ({problem})</source>
        <translation>die FIT-Datei kann nicht gelesen werden ({problem})</translation>
    </message>
    <message>
        <source>a &apos;{kind}&apos; file chained after the activity was not read (it holds no run)</source>
        <translation>eine nach der Aktivität angehängte Datei vom Typ &apos;{kind}&apos; wurde nicht gelesen (sie enthält keinen Lauf)</translation>
    </message>
    <message>
        <source>this FIT file holds &apos;{kind}&apos;, not a recorded activity</source>
        <translation>diese FIT-Datei enthält &apos;{kind}&apos;, keine aufgezeichnete Aktivität</translation>
    </message>
</context>
<context>
    <name>importers.garmin_csv</name>
    <message>
        <source>not a Garmin Connect Activities.csv (no Activity Type, Date and Distance)</source>
        <translation>keine Activities.csv von Garmin Connect (kein Activity Type, Date und Distance)</translation>
    </message>
    <message>
        <source>the run has no time</source>
        <translation>der Lauf hat keine Zeit</translation>
    </message>
    <message>
        <source>Garmin Connect&apos;s Activities.csv</source>
        <translation>die Activities.csv von Garmin Connect</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>Zeile {line}: {problem}</translation>
    </message>
</context>
<context>
    <name>importers.garmin_export</name>
    <message>
        <source>not UTF-8 text; not a file of a Garmin export</source>
        <translation>kein UTF-8-Text; keine Datei eines Garmin-Exports</translation>
    </message>
    <message>
        <source>not a file of a Garmin export (it is nested too deeply)</source>
        <translation>keine Datei eines Garmin-Exports (sie ist zu tief verschachtelt)</translation>
    </message>
    <message>
        <source>activity {id}: no start time</source>
        <translation>Aktivität {id}: keine Startzeit</translation>
    </message>
    <message>
        <source>activity {id}: the run has no duration</source>
        <translation>Aktivität {id}: der Lauf hat keine Dauer</translation>
    </message>
    <message>
        <source>not a file of a Garmin export ({problem})</source>
        <translation>keine Datei eines Garmin-Exports ({problem})</translation>
    </message>
    <message>
        <source>activity {id}: start time {time} is not a date</source>
        <translation>Aktivität {id}: die Startzeit {time} ist kein Datum</translation>
    </message>
</context>
<context>
    <name>importers.gpx</name>
    <message>
        <source>the file has no track; a route or a list of waypoints is not a recorded run</source>
        <translation>die Datei hat keinen Track; eine Route oder eine Liste von Wegpunkten ist kein aufgezeichneter Lauf</translation>
    </message>
    <message>
        <source>a GPX track</source>
        <translation>ein GPX-Track</translation>
    </message>
    <message>
        <source>the track has no times; a planned route is not a recorded run</source>
        <translation>der Track hat keine Zeiten; eine geplante Route ist kein aufgezeichneter Lauf</translation>
    </message>
    <message>
        <source>a GPX file this large must be plain GPX 1.0 or 1.1 (this one is written in another way)</source>
        <translation>eine so große GPX-Datei muss schlichtes GPX 1.0 oder 1.1 sein (diese ist anders geschrieben)</translation>
    </message>
    <message>
        <source>{count} track points without a position were passed over</source>
        <translation>Trackpunkte ohne Position übergangen: {count}</translation>
    </message>
    <message>
        <source>start: a date before the year 1 or after the year 9999 is not believable</source>
        <translation>start: Ein Datum vor dem Jahr 1 oder nach dem Jahr 9999 ist nicht glaubhaft</translation>
    </message>
    <message>
        <source>not a valid GPX file ({problem})</source>
        <translation>keine gültige GPX-Datei ({problem})</translation>
    </message>
    <message>
        <source>not a valid GPX file: {problem}</source>
        <translation>keine gültige GPX-Datei: {problem}</translation>
    </message>
    <message>
        <source>track {number} has no times; a planned route is not a recorded run</source>
        <translation>Track {number} hat keine Zeiten; eine geplante Route ist kein aufgezeichneter Lauf</translation>
    </message>
    <message>
        <source>track {number}: {problem}</source>
        <translation>Track {number}: {problem}</translation>
    </message>
    <message>
        <source>the track: {problem}</source>
        <translation>der Track: {problem}</translation>
    </message>
</context>
<context>
    <name>importers.json_stream</name>
    <message>
        <source>an object larger than {megabytes} MB</source>
        <translation>ein Objekt größer als {megabytes} MB</translation>
    </message>
</context>
<context>
    <name>importers.kml</name>
    <message>
        <source>a KML track</source>
        <translation>ein KML-Track</translation>
    </message>
    <message>
        <source>a KMZ archive without a KML file</source>
        <translation>ein KMZ-Archiv ohne KML-Datei</translation>
    </message>
    <message>
        <source>its KML file is encrypted or larger than 512 MB</source>
        <translation>seine KML-Datei ist verschlüsselt oder größer als 512 MB</translation>
    </message>
    <message>
        <source>a track has {times} times for {positions} positions</source>
        <translation>ein Track hat {times} Zeiten für {positions} Positionen</translation>
    </message>
    <message>
        <source>a damaged KMZ archive ({problem})</source>
        <translation>ein beschädigtes KMZ-Archiv ({problem})</translation>
    </message>
    <message>
        <source>not a KML file (no kml element)</source>
        <translation>keine KML-Datei (kein kml-Element)</translation>
    </message>
</context>
<context>
    <name>importers.polar_flow</name>
    <message>
        <source>this Polar Flow file holds no exercise (it is not a training session)</source>
        <translation>diese Polar-Flow-Datei enthält keine Trainingseinheit (sie ist keine Trainingssitzung)</translation>
    </message>
    <message>
        <source>samples: not an object</source>
        <translation>samples: kein Objekt</translation>
    </message>
    <message>
        <source>recordedRoute: not a list of points</source>
        <translation>recordedRoute: keine Liste von Punkten</translation>
    </message>
    <message>
        <source>a Polar Flow training session</source>
        <translation>eine Trainingssitzung aus Polar Flow</translation>
    </message>
    <message>
        <source>not valid JSON (it is nested too deeply)</source>
        <translation>kein gültiges JSON (es ist zu tief verschachtelt)</translation>
    </message>
    <message>
        <source>exercise {number}: {problem}</source>
        <translation>Trainingseinheit {number}: {problem}</translation>
    </message>
    <message>
        <source>an exercise is not an object</source>
        <translation>eine Trainingseinheit ist kein Objekt</translation>
    </message>
    <message>
        <source>recordedRoute: a point is not an object</source>
        <translation>recordedRoute: ein Punkt ist kein Objekt</translation>
    </message>
    <message>
        <source>the exercise has no duration</source>
        <translation>die Trainingseinheit hat keine Dauer</translation>
    </message>
    <message>
        <source>{field}: {value} is not a number</source>
        <translation>{field}: {value} ist keine Zahl</translation>
    </message>
    <message>
        <source>route points without a position, passed over: {count}</source>
        <translation>Routenpunkte ohne Position übergangen: {count}</translation>
    </message>
    <message>
        <source>timezoneOffset: {value} minutes is not an offset from UTC</source>
        <translation>timezoneOffset: {value} Minuten sind kein Abstand zu UTC</translation>
    </message>
    <message>
        <source>{field}: the time is missing</source>
        <translation>{field}: die Zeit fehlt</translation>
    </message>
    <message>
        <source>{field}: {value} is not a date and time</source>
        <translation>{field}: {value} ist kein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>duration: {value} is not a duration</source>
        <translation>duration: {value} ist keine Dauer</translation>
    </message>
    <message>
        <source>not a Polar Flow training session ({problem})</source>
        <translation>keine Trainingssitzung aus Polar Flow ({problem})</translation>
    </message>
    <message>
        <source>sport: {value} is not the name of a sport</source>
        <translation>sport: {value} ist kein Name einer Sportart</translation>
    </message>
</context>
<context>
    <name>importers.polar_hrm</name>
    <message>
        <source>an HRM file larger than 16 MB is not one a watch wrote</source>
        <translation>eine HRM-Datei über 16 MB stammt nicht von einer Uhr</translation>
    </message>
    <message>
        <source>a Polar HRM file</source>
        <translation>eine Polar-HRM-Datei</translation>
    </message>
    <message>
        <source>not a readable HRM file ({problem})</source>
        <translation>keine lesbare HRM-Datei ({problem})</translation>
    </message>
</context>
<context>
    <name>importers.polar_ped</name>
    <message>
        <source>the file has no exercise (only fitness tests or nothing at all)</source>
        <translation>die Datei hat keine Trainingseinheit (nur Fitnesstests oder gar nichts)</translation>
    </message>
    <message>
        <source>a Polar Personal Trainer export</source>
        <translation>ein Export aus Polar Personal Trainer</translation>
    </message>
    <message>
        <source>it has no start time or no duration</source>
        <translation>sie hat keine Startzeit oder keine Dauer</translation>
    </message>
    <message>
        <source>exercise {number}: {problem}</source>
        <translation>Trainingseinheit {number}: {problem}</translation>
    </message>
</context>
<context>
    <name>importers.polar_rs200</name>
    <message>
        <source>an RS200 session larger than 16 MB is not one a watch wrote</source>
        <translation>eine RS200-Einheit über 16 MB stammt nicht von einer Uhr</translation>
    </message>
    <message>
        <source>a Polar RS200 session</source>
        <translation>eine Polar-RS200-Einheit</translation>
    </message>
    <message>
        <source>not a readable RS200 session ({problem})</source>
        <translation>keine lesbare RS200-Einheit ({problem})</translation>
    </message>
</context>
<context>
    <name>importers.pwx</name>
    <message>
        <source>the file has no workout</source>
        <translation>die Datei hat kein Training</translation>
    </message>
    <message>
        <source>a PWX workout</source>
        <translation>ein PWX-Training</translation>
    </message>
    <message>
        <source>it has no start time</source>
        <translation>sie hat keine Startzeit</translation>
    </message>
    <message>
        <source>not a PWX file (no pwx element)</source>
        <translation>keine PWX-Datei (kein pwx-Element)</translation>
    </message>
    <message>
        <source>workout {number}: {problem}</source>
        <translation>Training {number}: {problem}</translation>
    </message>
</context>
<context>
    <name>importers.runningahead</name>
    <message>
        <source>the log holds no event</source>
        <translation>das Log enthält keinen Eintrag</translation>
    </message>
    <message>
        <source>its distance names no unit</source>
        <translation>seine Strecke nennt keine Einheit</translation>
    </message>
    <message>
        <source>it has no duration</source>
        <translation>er hat keine Dauer</translation>
    </message>
    <message>
        <source>it has no date</source>
        <translation>er hat kein Datum</translation>
    </message>
    <message>
        <source>a RunningAHEAD log</source>
        <translation>ein RunningAHEAD-Log</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>its distance is in &apos;{unit}&apos;, a unit calfdesk does not know (km, m, mi or mile)</source>
        <translation>seine Strecke ist in &apos;{unit}&apos; angegeben, einer Einheit, die calfdesk nicht kennt (km, m, mi oder mile)</translation>
    </message>
    <message>
        <source>event {number} ({date}) left out: {problem}</source>
        <translation>Eintrag {number} ({date}) ausgelassen: {problem}</translation>
    </message>
    <message>
        <source>its distance &apos;{text}&apos; is not a number</source>
        <translation>seine Strecke &apos;{text}&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>its duration &apos;{text}&apos; is not a number of seconds</source>
        <translation>seine Dauer &apos;{text}&apos; ist keine Zahl von Sekunden</translation>
    </message>
    <message>
        <source>its date &apos;{text}&apos; is not a date and time</source>
        <translation>sein Datum &apos;{text}&apos; ist kein Datum mit Uhrzeit</translation>
    </message>
</context>
<context>
    <name>importers.sigma</name>
    <message>
        <source>a Sigma DATA CENTER activity</source>
        <translation>eine Aktivität aus Sigma DATA CENTER</translation>
    </message>
    <message>
        <source>it has no start date</source>
        <translation>sie hat kein Startdatum</translation>
    </message>
    <message>
        <source>its date {date} is not one DATA CENTER writes</source>
        <translation>ihr Datum {date} ist keins, das DATA CENTER schreibt</translation>
    </message>
    <message>
        <source>its date {date} names no month</source>
        <translation>ihr Datum {date} nennt keinen Monat</translation>
    </message>
    <message>
        <source>its date {date} has an offset from UTC that no place has</source>
        <translation>ihr Datum {date} hat einen Abstand zu UTC, den es an keinem Ort gibt</translation>
    </message>
    <message>
        <source>a log of an older Sigma DATA CENTER version, which calfdesk does not read; export it from DATA CENTER as GPX or TCX and import that file</source>
        <translation>ein Protokoll einer älteren Version von Sigma DATA CENTER, die calfdesk nicht liest; exportiere es in DATA CENTER als GPX oder TCX und importiere diese Datei</translation>
    </message>
    <message>
        <source>not a readable Sigma activity ({problem})</source>
        <translation>keine lesbare Sigma-Aktivität ({problem})</translation>
    </message>
    <message>
        <source>an entry has a damaged figure ({problem})</source>
        <translation>ein Eintrag hat einen beschädigten Wert ({problem})</translation>
    </message>
</context>
<context>
    <name>importers.sources</name>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
</context>
<context>
    <name>importers.sporttracks</name>
    <message>
        <source>the logbook has no activity</source>
        <translation>das Logbuch hat keine Aktivität</translation>
    </message>
    <message>
        <source>it has no start time</source>
        <translation>sie hat keine Startzeit</translation>
    </message>
    <message>
        <source>a SportTracks logbook</source>
        <translation>ein SportTracks-Logbuch</translation>
    </message>
    <message>
        <source>no start time</source>
        <translation>keine Startzeit</translation>
    </message>
    <message>
        <source>activity {number} ({start}) left out: {problem}</source>
        <translation>Aktivität {number} ({start}) ausgelassen: {problem}</translation>
    </message>
    <message>
        <source>its offset from UTC ({seconds} s) is not one a place has</source>
        <translation>ihr Abstand zu UTC ({seconds} s) ist keiner, den es an einem Ort gibt</translation>
    </message>
    <message>
        <source>a track point: {problem}</source>
        <translation>ein Trackpunkt: {problem}</translation>
    </message>
</context>
<context>
    <name>importers.strava_csv</name>
    <message>
        <source>not a Strava activities.csv (no Activity ID, Activity Date and Activity Type)</source>
        <translation>keine activities.csv von Strava (kein Activity ID, Activity Date und Activity Type)</translation>
    </message>
    <message>
        <source>the Strava export has no Distance column</source>
        <translation>der Strava-Export hat keine Spalte Distance</translation>
    </message>
    <message>
        <source>the run has no moving or elapsed time</source>
        <translation>der Lauf hat keine Bewegungs- oder Gesamtzeit</translation>
    </message>
    <message>
        <source>Strava&apos;s activities.csv</source>
        <translation>die activities.csv von Strava</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>Zeile {line}: {problem}</translation>
    </message>
</context>
<context>
    <name>importers.strava_export</name>
    <message>
        <source>not a Strava activities.csv</source>
        <translation>keine activities.csv von Strava</translation>
    </message>
    <message>
        <source>{count} runs were taken from the CSV alone: reading their files would have taken more than {minutes} minutes</source>
        <translation>Läufe nur aus der CSV übernommen: {count}; ihre Dateien zu lesen hätte mehr als {minutes} Minuten gedauert</translation>
    </message>
    <message>
        <source>larger than {megabytes} MB</source>
        <translation>größer als {megabytes} MB</translation>
    </message>
    <message>
        <source>{file}: named in activities.csv but not in the export</source>
        <translation>{file}: in activities.csv genannt, aber nicht im Export</translation>
    </message>
    <message>
        <source>{file}: {reason}; the run is taken from the CSV alone</source>
        <translation>{file}: {reason}; der Lauf wird nur aus der CSV übernommen</translation>
    </message>
</context>
<context>
    <name>importers.suunto_json</name>
    <message>
        <source>not a Suunto workout (no Header)</source>
        <translation>kein Suunto-Training (kein Header)</translation>
    </message>
    <message>
        <source>a Suunto app workout</source>
        <translation>ein Training aus der Suunto-App</translation>
    </message>
    <message>
        <source>not UTF-8 text; not a Suunto workout</source>
        <translation>kein UTF-8-Text; kein Suunto-Training</translation>
    </message>
    <message>
        <source>not a Suunto workout (it is nested too deeply)</source>
        <translation>kein Suunto-Training (es ist zu tief verschachtelt)</translation>
    </message>
    <message>
        <source>not a Suunto workout ({problem})</source>
        <translation>kein Suunto-Training ({problem})</translation>
    </message>
    <message>
        <source>a sample cannot be read ({problem})</source>
        <translation>ein Messwert kann nicht gelesen werden ({problem})</translation>
    </message>
</context>
<context>
    <name>importers.suunto_moves</name>
    <message>
        <source>a Suunto Moveslink2 log</source>
        <translation>ein Suunto-Moveslink2-Protokoll</translation>
    </message>
</context>
<context>
    <name>importers.suunto_sml</name>
    <message>
        <source>not a Suunto log (no header)</source>
        <translation>kein Suunto-Protokoll (kein Kopf)</translation>
    </message>
    <message>
        <source>a Suunto SML log</source>
        <translation>ein Suunto-SML-Protokoll</translation>
    </message>
    <message>
        <source>the log has no start time or no duration</source>
        <translation>das Protokoll hat keine Startzeit oder keine Dauer</translation>
    </message>
    <message>
        <source>a sample cannot be read ({problem})</source>
        <translation>ein Messwert kann nicht gelesen werden ({problem})</translation>
    </message>
    <message>
        <source>not a readable Suunto log ({problem})</source>
        <translation>kein lesbares Suunto-Protokoll ({problem})</translation>
    </message>
</context>
<context>
    <name>importers.tcx</name>
    <message>
        <source>the file has no activities; a course is not a recorded run</source>
        <translation>die Datei hat keine Aktivitäten; eine Strecke (Course) ist kein aufgezeichneter Lauf</translation>
    </message>
    <message>
        <source>it has no laps</source>
        <translation>sie hat keine Runden</translation>
    </message>
    <message>
        <source>it has no start time</source>
        <translation>sie hat keine Startzeit</translation>
    </message>
    <message>
        <source>a Garmin Training Center file</source>
        <translation>eine Garmin-Training-Center-Datei</translation>
    </message>
    <message>
        <source>not a TCX file (no TrainingCenterDatabase element)</source>
        <translation>keine TCX-Datei (kein TrainingCenterDatabase-Element)</translation>
    </message>
    <message>
        <source>activity {number}: {problem}</source>
        <translation>Aktivität {number}: {problem}</translation>
    </message>
</context>
<context>
    <name>importers.tomtom</name>
    <message>
        <source>a TTBIN file larger than 64 MB is not one a watch wrote</source>
        <translation>eine TTBIN-Datei über 64 MB stammt nicht von einer Uhr</translation>
    </message>
    <message>
        <source>a TomTom watch activity</source>
        <translation>eine Aktivität einer TomTom-Uhr</translation>
    </message>
    <message>
        <source>the records after byte {byte} are damaged and were passed over</source>
        <translation>die Datensätze nach Byte {byte} sind beschädigt und wurden übergangen</translation>
    </message>
    <message>
        <source>{count} GPS records with a position off the globe were passed over</source>
        <translation>GPS-Datensätze mit einer Position außerhalb der Erdkugel übergangen: {count}</translation>
    </message>
    <message>
        <source>its offset from UTC ({seconds} s) is not one a place has</source>
        <translation>ihr Abstand zu UTC ({seconds} s) ist keiner, den es an einem Ort gibt</translation>
    </message>
    <message>
        <source>the file is damaged from byte {byte} on, before its summary</source>
        <translation>die Datei ist ab Byte {byte} beschädigt, vor ihrer Zusammenfassung</translation>
    </message>
    <message>
        <source>not a readable TomTom activity ({problem})</source>
        <translation>keine lesbare TomTom-Aktivität ({problem})</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>Nothing was saved</source>
        <translation>Nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>Your data could not be read</source>
        <translation>Deine Daten konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>The change was not made again</source>
        <translation>Die Änderung wurde nicht wiederholt</translation>
    </message>
    <message>
        <source>The change was not undone</source>
        <translation>Die Änderung wurde nicht rückgängig gemacht</translation>
    </message>
</context>
<context>
    <name>paths</name>
    <message>
        <source>{path} can be opened by other users of this computer (mode {mode}); to keep your health data private, run: chmod 700 &apos;{path}&apos;</source>
        <translation>{path} kann von anderen Benutzern dieses Computers geöffnet werden (Modus {mode}); damit deine Gesundheitsdaten privat bleiben, führe aus: chmod 700 &apos;{path}&apos;</translation>
    </message>
</context>
<context>
    <name>progress.words</name>
    <message>
        <source>Activities you find hard (PSFS)</source>
        <translation>Schwierige Aktivitäten (PSFS)</translation>
    </message>
    <message>
        <source>Single-leg heel-raise test</source>
        <translation>Einbeiniger Zehenstand-Test</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Linkes Bein</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Rechtes Bein</translation>
    </message>
    <message>
        <source>Sore side vs other</source>
        <translation>Schmerzseite zur anderen</translation>
    </message>
    <message>
        <source>Hop pain</source>
        <translation>Hüpfschmerz</translation>
    </message>
    <message>
        <source>{name}: {first} on {first_day}, {latest} on {latest_day}</source>
        <translation>{name}: {first} am {first_day}, {latest} am {latest_day}</translation>
    </message>
    <message>
        <source>{name}: {latest} on {day}, the only reading so far.</source>
        <translation>{name}: {latest} am {day}, bisher der einzige Wert.</translation>
    </message>
    <message>
        <source>better by {change}, at least the {smallest} that matters</source>
        <translation>um {change} besser, mindestens die kleinste bedeutsame Änderung ({smallest})</translation>
    </message>
    <message>
        <source>Mean of your activities</source>
        <translation>Mittel deiner Aktivitäten</translation>
    </message>
    <message>
        <source>Sore leg</source>
        <translation>Schmerzendes Bein</translation>
    </message>
    <message>
        <source>worse by {change}, at least the {smallest} that matters</source>
        <translation>um {change} schlechter, mindestens die kleinste bedeutsame Änderung ({smallest})</translation>
    </message>
    <message>
        <source>a change of {change}, less than the {smallest} that matters</source>
        <translation>eine Änderung um {change}, kleiner als die kleinste bedeutsame Änderung ({smallest})</translation>
    </message>
    <message>
        <source>{count} readings on a scale of {low} to {high}; from {lowest} to {highest}.</source>
        <translation>{count} Werte auf einer Skala von {low} bis {high}; von {lowest} bis {highest}.</translation>
    </message>
    <message>
        <source>The usual for your sex and age is {norm} raises (Hebert-Losier 2017).</source>
        <translation>Üblich für dein Geschlecht und Alter sind {norm} Wiederholungen (Hébert-Losier 2017).</translation>
    </message>
</context>
<context>
    <name>rehab.plan_changes</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Starting load</source>
        <translation>Anfangsbelastung</translation>
    </message>
    <message>
        <source>Load levels</source>
        <translation>Belastungsstufen</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>When to start it</source>
        <translation>Wann sie beginnt</translation>
    </message>
    <message>
        <source>Days at least</source>
        <translation>Mindestens Tage</translation>
    </message>
    <message>
        <source>Heaviest load</source>
        <translation>Schwerste Belastung</translation>
    </message>
    <message>
        <source>Pain limit (0-10)</source>
        <translation>Schmerzgrenze (0–10)</translation>
    </message>
    <message>
        <source>Days in the phase before</source>
        <translation>Tage in der Phase davor</translation>
    </message>
    <message>
        <source>Heel raises needed</source>
        <translation>Nötige Zehenstände</translation>
    </message>
    <message>
        <source>Side-to-side ratio needed (%)</source>
        <translation>Nötiger Seitenvergleich (%)</translation>
    </message>
    <message>
        <source>Hopping pain at most</source>
        <translation>Hüpfschmerz höchstens</translation>
    </message>
    <message>
        <source>Load added</source>
        <translation>Zusatzlast</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Hold (seconds)</source>
        <translation>Halten (Sekunden)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Days a week</source>
        <translation>Tage pro Woche</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Built-in plan</source>
        <translation>Eingebauter Plan</translation>
    </message>
    <message>
        <source>Plan file</source>
        <translation>Plandatei</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>as in the exercise</source>
        <translation>wie in der Übung</translation>
    </message>
    <message>
        <source>Phase “{name}”</source>
        <translation>Phase „{name}“</translation>
    </message>
</context>
<context>
    <name>rehab.plan_files</name>
    <message>
        <source>Export plan</source>
        <translation>Plan exportieren</translation>
    </message>
    <message>
        <source>Plan files (*.toml);;All files (*)</source>
        <translation>Plandateien (*.toml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import plan</source>
        <translation>Plan importieren</translation>
    </message>
    <message>
        <source>No plan is running</source>
        <translation>Es läuft kein Plan</translation>
    </message>
    <message>
        <source>Start a plan on the Rehab page first; its plan file can then be exported for your clinician.</source>
        <translation>Starte zuerst einen Plan auf der Seite Reha-Plan; danach kannst du seine Plandatei für deine Fachperson exportieren.</translation>
    </message>
    <message>
        <source>The plan was not exported</source>
        <translation>Der Plan wurde nicht exportiert</translation>
    </message>
    <message>
        <source>This plan file cannot be used</source>
        <translation>Diese Plandatei kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>Plan written to {target}</source>
        <translation>Plan gespeichert unter {target}</translation>
    </message>
</context>
<context>
    <name>report.dialog</name>
    <message>
        <source>Report saved to {path}</source>
        <translation>Bericht gespeichert unter {path}</translation>
    </message>
</context>
<context>
    <name>report.pdf</name>
    <message>
        <source>calfdesk report {start} to {end}</source>
        <translation>calfdesk-Bericht {start} bis {end}</translation>
    </message>
    <message>
        <source>page-size: &apos;{size}&apos; is not a4 or letter</source>
        <translation>page-size: &apos;{size}&apos; ist weder a4 noch letter</translation>
    </message>
    <message>
        <source>pdf: the folder {folder} does not exist</source>
        <translation>pdf: Den Ordner {folder} gibt es nicht</translation>
    </message>
    <message>
        <source>pdf: the report could not be laid out; {path} was not written</source>
        <translation>pdf: Der Bericht konnte nicht gesetzt werden; {path} wurde nicht geschrieben</translation>
    </message>
</context>
<context>
    <name>report.report_chart</name>
    <message>
        <source>Soreness 0-10</source>
        <translation>Beschwerden 0-10</translation>
    </message>
    <message>
        <source>worst of the day</source>
        <translation>stärkste des Tages</translation>
    </message>
    <message>
        <source>each entry</source>
        <translation>jeder Eintrag</translation>
    </message>
    <message>
        <source>No soreness was logged in this period.</source>
        <translation>In diesem Zeitraum wurden keine Beschwerden eingetragen.</translation>
    </message>
</context>
<context>
    <name>report.report_html</name>
    <message>
        <source>No soreness was logged in this period.</source>
        <translation>In diesem Zeitraum wurden keine Beschwerden eingetragen.</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <source>See a doctor today</source>
        <translation>Heute zur Ärztin oder zum Arzt</translation>
    </message>
    <message>
        <source>See a clinician</source>
        <translation>Untersuchen lassen</translation>
    </message>
    <message>
        <source>Self-care</source>
        <translation>Selbstbehandlung</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <source>&quot;not sure&quot;</source>
        <translation>„nicht sicher“</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Warning signs screened&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Geprüfte Warnzeichen&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>weaker leg</source>
        <translation>schwächere Bein</translation>
    </message>
    <message>
        <source>one reading only</source>
        <translation>nur ein Wert</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>none of these</source>
        <translation>nichts davon</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>Days logged</source>
        <translation>Eingetragene Tage</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>Stärkste</translation>
    </message>
    <message>
        <source>Morning stiffness (mean)</source>
        <translation>Morgensteifigkeit (Mittel)</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>Keine Einträge.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Single-leg heel raises to fatigue. The side-to-side ratio is the {leg} against the other leg (100% is level).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Einbeinige Zehenstände bis zur Ermüdung. Das Seitenverhältnis ist das {leg} im Vergleich zum anderen Bein (100 % ist gleich).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>A questionnaire pack given under the licence of {holder}.</source>
        <translation>Ein Fragebogen-Paket, weitergegeben unter der Lizenz von {holder}.</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Strecke</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Hill runs</source>
        <translation>Bergläufe</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>7:28-day ratio</source>
        <translation>Verhältnis 7:28 Tage</translation>
    </message>
    <message>
        <source>No runs logged.</source>
        <translation>Keine Läufe eingetragen.</translation>
    </message>
    <message>
        <source>Hill runs climbed {climb:.0f} m or more per km, or were marked as hill sessions.</source>
        <translation>Bergläufe hatten {climb:.0f} m oder mehr bergauf pro km oder waren als Bergeinheit markiert.</translation>
    </message>
    <message>
        <source>The 7:28-day ratio shows — until 28 days of runs exist.</source>
        <translation>Das Verhältnis 7:28 Tage zeigt —, bis es Läufe aus 28 Tagen gibt.</translation>
    </message>
    <message>
        <source>Shoe</source>
        <translation>Schuh</translation>
    </message>
    <message>
        <source>Replace at about</source>
        <translation>Ersetzen bei etwa</translation>
    </message>
    <message>
        <source>No shoes logged.</source>
        <translation>Keine Schuhe eingetragen.</translation>
    </message>
    <message>
        <source>Shoes</source>
        <translation>Schuhe</translation>
    </message>
    <message>
        <source>Runs more than 10% longer than the longest run of the 30 days before them: {count}.</source>
        <translation>Läufe, die mehr als 10 % länger waren als der längste Lauf der 30 Tage davor: {count}.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Zusammenhang</translation>
    </message>
    <message>
        <source>Soreness</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>No notes in this period.</source>
        <translation>Keine Notizen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Latest assessment</source>
        <translation>Letzte Einschätzung</translation>
    </message>
    <message>
        <source>Heel-raise test</source>
        <translation>Zehenstand-Test</translation>
    </message>
    <message>
        <source>Measures over time</source>
        <translation>Messwerte im Verlauf</translation>
    </message>
    <message>
        <source>Rehab plan adherence</source>
        <translation>Umsetzung des Reha-Plans</translation>
    </message>
    <message>
        <source>Training load and shoes</source>
        <translation>Trainingsbelastung und Schuhe</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>No assessment was taken by the end of this period.</source>
        <translation>Bis zum Ende dieses Zeitraums wurde keine Einschätzung durchgeführt.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Taken on {day} at {time:%H:%M}. &lt;b&gt;Triage: {triage}&lt;/b&gt;{headline}. {what_to_do}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Durchgeführt am {day} um {time:%H:%M}. &lt;b&gt;Einstufung: {triage}&lt;/b&gt;{headline}. {what_to_do}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Possible cause</source>
        <translation>Mögliche Ursache</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Passung</translation>
    </message>
    <message>
        <source>Answers behind it</source>
        <translation>Zugrunde liegende Antworten</translation>
    </message>
    <message>
        <source>No cause fitted the answers.</source>
        <translation>Keine Ursache passte zu den Antworten.</translation>
    </message>
    <message>
        <source>Warning sign</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>No warning signs were asked.</source>
        <translation>Es wurden keine Warnzeichen abgefragt.</translation>
    </message>
    <message>
        <source>{entries} on {days}; mean {mean}, worst {worst}.</source>
        <translation>{entries} an {days}; Mittel {mean}, stärkste {worst}.</translation>
    </message>
    <message>
        <source>left leg</source>
        <translation>linke Bein</translation>
    </message>
    <message>
        <source>right leg</source>
        <translation>rechte Bein</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Side-to-side ratio</source>
        <translation>Seitenverhältnis</translation>
    </message>
    <message>
        <source>No test in this period.</source>
        <translation>Kein Test in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>No measure was taken in this period.</source>
        <translation>In diesem Zeitraum wurde kein Messwert erhoben.</translation>
    </message>
    <message>
        <source>yes, better</source>
        <translation>ja, besser</translation>
    </message>
    <message>
        <source>yes, worse</source>
        <translation>ja, schlechter</translation>
    </message>
    <message>
        <source>No rehab plan ran in this period.</source>
        <translation>In diesem Zeitraum lief kein Reha-Plan.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The built-in plan “{plan}”, as calfdesk ships it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der eingebaute Plan „{plan}“, wie calfdesk ihn mitliefert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;From a plan file by {clinician}&lt;/b&gt; ({file}), adapted from the built-in plan “{plan}”.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aus einer Plandatei von {clinician}&lt;/b&gt; ({file}), angepasst aus dem eingebauten Plan „{plan}“.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The plan file is the same as the built-in plan.</source>
        <translation>Die Plandatei entspricht dem eingebauten Plan.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;When to be seen:&lt;/b&gt; {when}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Wann untersuchen lassen:&lt;/b&gt; {when}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Warning signs in the answers&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{flags}&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Warnzeichen in den Antworten&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{flags}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Warning signs not answered yes or no:&lt;/b&gt; {signs}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Warnzeichen, die nicht mit Ja oder Nein beantwortet wurden:&lt;/b&gt; {signs}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{headline}.&lt;/b&gt; {intro}&lt;/p&gt;&lt;ul&gt;{looks}&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{headline}.&lt;/b&gt; {intro}&lt;/p&gt;&lt;ul&gt;{looks}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Not fitting the answers: {causes}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nicht passend zu den Antworten: {causes}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Training factors the runner ticked point to: {factors}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Trainingsfaktoren, die die Person angekreuzt hat, weisen hin auf: {factors}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{plan}&lt;/b&gt;, started {day} ({status})&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{plan}&lt;/b&gt;, begonnen am {day} ({status})&lt;/p&gt;</translation>
    </message>
    <message>
        <source>active</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Items done</source>
        <translation>Erledigte Übungen</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Umsetzung</translation>
    </message>
    <message>
        <source>No items were due.</source>
        <translation>Es waren keine Übungen fällig.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Clinician&apos;s note: {note}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Notiz der Fachperson: {note}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{day} ({distance}, +{pct}%)</source>
        <translation>{day} ({distance}, +{pct} %)</translation>
    </message>
    <message>
        <source>Made on {day} with calfdesk {version}.</source>
        <translation>Erstellt am {day} mit calfdesk {version}.</translation>
    </message>
    <message>
        <source>calfdesk is an educational self-assessment and self-care tracker and does not diagnose. The assessment and every figure here come from the runner&apos;s own answers and records, for discussion with a clinician.</source>
        <translation>calfdesk ist ein Werkzeug zur Selbsteinschätzung und Selbstbehandlung zu Informationszwecken und stellt keine Diagnosen. Die Einschätzung und alle Zahlen hier stammen aus den eigenen Antworten und Aufzeichnungen der Läuferin oder des Läufers und dienen dem Gespräch mit einer Fachperson.</translation>
    </message>
    <message>
        <source>{minutes:.0f} min</source>
        <translation>{minutes:.0f} Min.</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Erster</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Letzter</translation>
    </message>
    <message>
        <source>Smallest change that matters</source>
        <translation>Kleinste bedeutsame Änderung</translation>
    </message>
    <message>
        <source>Passes it?</source>
        <translation>Überschritten?</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} von {total}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Started after the plan that ended on {day}&lt;/b&gt; with the advice to stop loading and see a clinician ({advice}). The runner answered that a clinician had cleared them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Begonnen nach dem Plan, der am {day} endete&lt;/b&gt;, mit dem Rat, die Belastung zu beenden und sich untersuchen zu lassen ({advice}). Die Person gab an, dass eine Fachperson sie freigegeben hat.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Ended on {day} on the plan&apos;s advice to stop loading and see a clinician&lt;/b&gt;: {reason}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Beendet am {day} auf Rat des Plans, die Belastung zu beenden und sich untersuchen zu lassen&lt;/b&gt;: {reason}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{shoe} (retired)</source>
        <translation>{shoe} (ausgemustert)</translation>
    </message>
    <message>
        <source>call now</source>
        <translation>sofort anrufen</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>within a few days, at most a week</source>
        <translation>innerhalb weniger Tage, spätestens in einer Woche</translation>
    </message>
    <message>
        <source>From the first to the latest reading of the period:</source>
        <translation>Vom ersten bis zum letzten Wert des Zeitraums:</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Started against the assessment of {day}&lt;/b&gt;, which advised: {advice}. The runner answered that a clinician had cleared them for this plan.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Begonnen entgegen der Einschätzung vom {day}&lt;/b&gt;, die riet: {advice}. Die Person gab an, dass eine Fachperson sie für diesen Plan freigegeben hat.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>calfdesk report: {start} to {end}</source>
        <translation>calfdesk-Bericht: {start} bis {end}</translation>
    </message>
    <message>
        <source>No reading in this period.</source>
        <translation>Kein Wert in diesem Zeitraum.</translation>
    </message>
</context>
<context>
    <name>saving</name>
    <message>
        <source>Nothing was saved</source>
        <translation>Nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>Not saved. {problem}</source>
        <translation>Nicht gespeichert. {problem}</translation>
    </message>
</context>
<context>
    <name>services.autostart</name>
    <message>
        <source>{argument} holds a control character; choose a data folder whose name has none</source>
        <translation>{argument} enthält ein Steuerzeichen; wähle einen Datenordner, in dessen Namen keines vorkommt</translation>
    </message>
    <message>
        <source>{argument} is not valid UTF-8; keep calfdesk and your data in folders with plain-text names</source>
        <translation>{argument} ist kein gültiges UTF-8; lege calfdesk und deine Daten in Ordner mit einfachen Textnamen</translation>
    </message>
</context>
<context>
    <name>services.backups</name>
    <message>
        <source>backup: &apos;{name}&apos; is neither a backup name from &apos;calfdesk backup list&apos; nor a file</source>
        <translation>backup: &apos;{name}&apos; ist weder der Name einer Sicherung aus &apos;calfdesk backup list&apos; noch eine Datei</translation>
    </message>
    <message>
        <source>{folder} holds no backup that passes the integrity check. Choose another data folder or a backup file.</source>
        <translation>{folder} enthält keine Sicherung, die die Integritätsprüfung besteht. Wähle einen anderen Datenordner oder eine Sicherungsdatei.</translation>
    </message>
    <message>
        <source>the calfdesk window (process {pid}) has it open; use File &gt; Restore... there or close it first</source>
        <translation>das calfdesk-Fenster (Prozess {pid}) hat sie geöffnet; nimm dort Datei &gt; Wiederherstellen… oder schließe es zuerst</translation>
    </message>
</context>
<context>
    <name>services.data_folder</name>
    <message>
        <source>Copying your data file</source>
        <translation>Deine Datendatei wird kopiert</translation>
    </message>
    <message>
        <source>Copied and checked</source>
        <translation>Kopiert und geprüft</translation>
    </message>
    <message>
        <source>folder: that is already your data folder; choose another one</source>
        <translation>Ordner: Das ist schon dein Datenordner; wähle einen anderen</translation>
    </message>
    <message>
        <source>folder: {folder} already holds {name}; calfdesk does not overwrite files it did not make there. Choose another folder, or move them first</source>
        <translation>Ordner: {folder} enthält schon {name}; calfdesk überschreibt keine Dateien, die es dort nicht angelegt hat. Wähle einen anderen Ordner oder verschiebe sie zuerst</translation>
    </message>
    <message>
        <source>folder: {folder} already holds {name} and {more}; calfdesk does not overwrite files it did not make there. Choose another folder, or move them first</source>
        <translation>Ordner: {folder} enthält schon {name} und {more}; calfdesk überschreibt keine Dateien, die es dort nicht angelegt hat. Wähle einen anderen Ordner oder verschiebe sie zuerst</translation>
    </message>
    <message>
        <source>folder: {folder} is inside your current data folder; choose another one</source>
        <translation>Ordner: {folder} liegt in deinem jetzigen Datenordner; wähle einen anderen</translation>
    </message>
    <message>
        <source>folder: {folder} already holds calfdesk data; choose an empty folder, or start calfdesk with --data-dir to use that data</source>
        <translation>Ordner: {folder} enthält schon calfdesk-Daten; wähle einen leeren Ordner oder starte calfdesk mit --data-dir, um diese Daten zu verwenden</translation>
    </message>
    <message>
        <source>folder: {folder} is a file, not a folder</source>
        <translation>Ordner: {folder} ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>Copying backup {number} of {count}</source>
        <translation>Sicherung {number} von {count} wird kopiert</translation>
    </message>
    <message>
        <source>folder: {name} appeared while the data was copied; nothing was moved. Try again</source>
        <translation>Ordner: {name} ist während des Kopierens aufgetaucht; nichts wurde verschoben. Versuche es noch einmal</translation>
    </message>
</context>
<context>
    <name>services.diary</name>
    <message>
        <source>nothing was imported: line {line}: {problem}</source>
        <translation>nichts wurde importiert: Zeile {line}: {problem}</translation>
    </message>
    <message>
        <source>{name}: the file changed after it was checked; nothing was imported, import it again</source>
        <translation>{name}: Die Datei hat sich nach der Prüfung geändert; nichts wurde importiert, importiere sie noch einmal</translation>
    </message>
    <message>
        <source>{name}: cannot read the file ({reason})</source>
        <translation>{name}: Die Datei kann nicht gelesen werden ({reason})</translation>
    </message>
</context>
<context>
    <name>services.files</name>
    <message>
        <source>{target}: the disk holding {folder} is full; free some space and try again.</source>
        <translation>{target}: Das Laufwerk mit {folder} ist voll; schaffe etwas Platz und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>{target}: cannot write the file ({reason}).</source>
        <translation>{target}: Die Datei kann nicht geschrieben werden ({reason}).</translation>
    </message>
    <message>
        <source>{message} The file that was there is unchanged.</source>
        <translation>{message} Die Datei, die dort war, ist unverändert.</translation>
    </message>
</context>
<context>
    <name>services.measures</name>
    <message>
        <source>measure: &apos;{kind}&apos; is not a measure calfdesk keeps readings of</source>
        <translation>measure: &apos;{kind}&apos; ist keine Messung, zu der calfdesk Werte speichert</translation>
    </message>
    <message>
        <source>pack: no questionnaire pack &apos;{pack}&apos;; add it first (measure pack add)</source>
        <translation>pack: Es gibt kein Fragebogenpaket &apos;{pack}&apos;; füge es zuerst hinzu (measure pack add)</translation>
    </message>
    <message>
        <source>answers: {given} given for {questions}; answer each question once, in order</source>
        <translation>answers: {given} angegeben für {questions}; beantworte jede Frage einmal, der Reihe nach</translation>
    </message>
</context>
<context>
    <name>services.readiness</name>
    <message>
        <source>planned_km: {value} is not a distance to run; enter kilometres above 0 and up to {most}</source>
        <translation>planned_km: {value} ist keine Strecke zum Laufen; gib Kilometer über 0 und bis {most} ein</translation>
    </message>
</context>
<context>
    <name>services.rehab</name>
    <message>
        <source>Stop loading and see a clinician</source>
        <translation>Belastung beenden und dich untersuchen lassen</translation>
    </message>
    <message>
        <source>plan: the plan that ended on {day} advised to stop loading and see a clinician ({reason}); start {plan} only once a clinician has cleared you, then add --cleared</source>
        <translation>plan: Der Plan, der am {day} endete, riet, die Belastung zu beenden und dich untersuchen zu lassen ({reason}); starte {plan} erst, wenn eine Fachperson dich freigegeben hat, und gib dann --cleared an</translation>
    </message>
    <message>
        <source>plan: the assessment of {day} advised &apos;{headline}&apos; and against starting {plan} ({reason}); start it only once a clinician has cleared you, then add --cleared</source>
        <translation>plan: Die Einschätzung vom {day} riet zu &apos;{headline}&apos; und davon ab, {plan} zu starten ({reason}); starte ihn erst, wenn eine Fachperson dich freigegeben hat, und gib dann --cleared an</translation>
    </message>
    <message>
        <source>larger than 256 KB, too large for a plan file</source>
        <translation>größer als 256 KB, zu groß für eine Plandatei</translation>
    </message>
    <message>
        <source>plan: no plan is active; start one with &apos;calfdesk plan start PLAN_ID&apos;</source>
        <translation>plan: Kein Plan läuft; starte einen mit &apos;calfdesk plan start PLAN_ID&apos;</translation>
    </message>
    <message>
        <source>plan: no plan is active</source>
        <translation>plan: Kein Plan läuft</translation>
    </message>
    <message>
        <source>suggestion: there is no change to accept or decline right now</source>
        <translation>suggestion: Gerade gibt es keine Änderung, die du annehmen oder ablehnen kannst</translation>
    </message>
    <message>
        <source>suggestion: the advice to stop loading and see a clinician cannot be declined; accept it to end the plan (its history is kept)</source>
        <translation>suggestion: Der Rat, die Belastung zu beenden und dich untersuchen zu lassen, kann nicht abgelehnt werden; nimm ihn an, um den Plan zu beenden (sein Verlauf bleibt erhalten)</translation>
    </message>
    <message>
        <source>plan: the plan file is based on {based_on}, not {plan}</source>
        <translation>plan: Die Plandatei beruht auf {based_on}, nicht auf {plan}</translation>
    </message>
    <message>
        <source>plan: {plan} is already active since {started}; finish or abandon it first</source>
        <translation>plan: {plan} läuft schon seit {started}; schließe ihn ab oder brich ihn zuerst ab</translation>
    </message>
    <message>
        <source>item: {item} is in the future; tick it on {day}</source>
        <translation>item: {item} liegt in der Zukunft; hake es am {day} ab</translation>
    </message>
    <message>
        <source>item: {item} is not on the checklist of {day}</source>
        <translation>item: {item} steht nicht auf der Checkliste vom {day}</translation>
    </message>
    <message>
        <source>{path}: cannot read the file ({reason})</source>
        <translation>{path}: Die Datei kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte {byte})</source>
        <translation>ist kein UTF-8-Text (Byte {byte})</translation>
    </message>
</context>
<context>
    <name>services.report</name>
    <message>
        <source>from: {start} is after --to {end}; swap them</source>
        <translation>from: {start} liegt nach --to {end}; tausche die beiden</translation>
    </message>
</context>
<context>
    <name>services.training</name>
    <message>
        <source>shoe: there is no shoe {id}; see `calfdesk shoes list`</source>
        <translation>shoe: Es gibt keinen Schuh {id}; siehe `calfdesk shoes list`</translation>
    </message>
    <message>
        <source>shoe: {name} is retired; bring it back before making it the default</source>
        <translation>shoe: {name} ist ausgemustert; hol ihn zurück, bevor du ihn zum Standard machst</translation>
    </message>
</context>
<context>
    <name>shell.about</name>
    <message>
        <source>About calfdesk</source>
        <translation>Über calfdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;calfdesk {version}&lt;/h3&gt;&lt;p&gt;A companion for runners with calf or Achilles pain: a guided self-assessment, rehab plans, a soreness diary and your training load.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Not medical advice.&lt;/b&gt; {DISCLAIMER}&lt;/p&gt;&lt;p&gt;Your data stays on this computer. calfdesk never connects to the internet.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;calfdesk {version}&lt;/h3&gt;&lt;p&gt;Ein Begleiter für Läuferinnen und Läufer mit Waden- oder Achillessehnenschmerzen: eine geführte Selbsteinschätzung, Reha-Pläne, ein Beschwerdetagebuch und deine Trainingsbelastung.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Keine medizinische Beratung.&lt;/b&gt; {DISCLAIMER}&lt;/p&gt;&lt;p&gt;Deine Daten bleiben auf diesem Computer. calfdesk verbindet sich nie mit dem Internet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>calfdesk is an educational self-assessment and self-care tracker. It does not diagnose and it does not replace a clinician. If your calf is swollen, warm or red, if you are short of breath, or if the pain is severe, seek medical help now.</source>
        <translation>calfdesk ist ein Werkzeug zur Selbsteinschätzung und Selbstbehandlung zu Informationszwecken. Es stellt keine Diagnosen und ersetzt keine Fachperson. Wenn deine Wade geschwollen, warm oder gerötet ist, wenn du Atemnot hast oder die Schmerzen stark sind, hol dir sofort medizinische Hilfe.</translation>
    </message>
</context>
<context>
    <name>shell.app</name>
    <message>
        <source>--smoke: the window did not finish loading in time</source>
        <translation>--smoke: Das Fenster hat nicht rechtzeitig fertig geladen</translation>
    </message>
    <message>
        <source>Warning: {exposed}</source>
        <translation>Warnung: {exposed}</translation>
    </message>
    <message>
        <source>Warning: {doubt}</source>
        <translation>Warnung: {doubt}</translation>
    </message>
</context>
<context>
    <name>shell.close_to_tray</name>
    <message>
        <source>calfdesk cannot start at log-in</source>
        <translation>calfdesk kann nicht bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Starting at log-in could not be set up: {error}. calfdesk stays open; try again from Preferences.</source>
        <translation>Der Start bei der Anmeldung konnte nicht eingerichtet werden: {error}. calfdesk bleibt offen; versuch es erneut in den Einstellungen.</translation>
    </message>
</context>
<context>
    <name>shell.data_folder_move</name>
    <message>
        <source>Choose the new data folder</source>
        <translation>Den neuen Datenordner wählen</translation>
    </message>
    <message>
        <source>Copying your data…</source>
        <translation>Deine Daten werden kopiert…</translation>
    </message>
    <message>
        <source>Moving the data folder</source>
        <translation>Datenordner verschieben</translation>
    </message>
    <message>
        <source>calfdesk was started with a data folder given on the command line (--data-dir or CALFDESK_DATA_DIR), so it opens that folder again next time unless you change how you start it.</source>
        <translation>calfdesk wurde mit einem Datenordner aus der Befehlszeile gestartet (--data-dir oder CALFDESK_DATA_DIR) und öffnet daher beim nächsten Mal wieder diesen Ordner, solange du die Art des Starts nicht änderst.</translation>
    </message>
    <message>
        <source>calfdesk opens it from now on.</source>
        <translation>calfdesk öffnet ihn ab jetzt.</translation>
    </message>
    <message>
        <source>Data folder moved</source>
        <translation>Datenordner verschoben</translation>
    </message>
    <message>
        <source>The data folder was not moved</source>
        <translation>Der Datenordner wurde nicht verschoben</translation>
    </message>
    <message>
        <source>Data folder moved to {folder}</source>
        <translation>Datenordner verschoben nach {folder}</translation>
    </message>
    <message>
        <source>Your data ({records}) and {backups} were copied to
{target}
and checked. {later}

The old folder {source} was left as it was; delete it once you are happy with the move.</source>
        <translation>Deine Daten ({records}) und {backups} wurden kopiert nach
{target}
und geprüft. {later}

Der alte Ordner {source} blieb, wie er war; lösch ihn, sobald du mit dem Umzug zufrieden bist.</translation>
    </message>
</context>
<context>
    <name>shell.recovery</name>
    <message>
        <source>Your diary file is damaged</source>
        <translation>Deine Tagebuchdatei ist beschädigt</translation>
    </message>
    <message>
        <source>Your diary needs a newer calfdesk</source>
        <translation>Dein Tagebuch braucht ein neueres calfdesk</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Anderen Ordner wählen…</translation>
    </message>
    <message>
        <source>Choose a folder for your diary</source>
        <translation>Einen Ordner für dein Tagebuch wählen</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <source>calfdesk cannot open your data</source>
        <translation>calfdesk kann deine Daten nicht öffnen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Your diary was restored from {backup}.</source>
        <translation>Dein Tagebuch wurde aus {backup} wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restoring writes a new diary file from your latest sound backup; the damaged file is kept, renamed, beside it.</source>
        <translation>Die Wiederherstellung schreibt eine neue Tagebuchdatei aus deiner letzten intakten Sicherung; die beschädigte Datei bleibt umbenannt daneben erhalten.</translation>
    </message>
    <message>
        <source>There is no backup to restore in this folder.</source>
        <translation>In diesem Ordner gibt es keine Sicherung zum Wiederherstellen.</translation>
    </message>
    <message>
        <source>Restore latest backup</source>
        <translation>Letzte Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>calfdesk is already open</source>
        <translation>calfdesk ist schon geöffnet</translation>
    </message>
    <message>
        <source>The previous file is kept as {file} in the same folder.</source>
        <translation>Die vorherige Datei bleibt als {file} im selben Ordner erhalten.</translation>
    </message>
    <message>
        <source>No backup was restored</source>
        <translation>Es wurde keine Sicherung wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>shell.restore_dialog</name>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>von dir gemacht</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>vor einem Update</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Die gewählte Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Andere Datei…</translation>
    </message>
    <message>
        <source>Other file: restore a backup kept elsewhere</source>
        <translation>Andere Datei: eine anderswo aufbewahrte Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Eine Sicherungsdatei wählen</translation>
    </message>
    <message>
        <source>calfdesk data (*.sqlite3);;All files (*)</source>
        <translation>calfdesk-Daten (*.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>Restoring replaces your diary by the chosen copy. Entries saved after that copy are not in it; the current file is kept, renamed, beside the restored one.</source>
        <translation>Beim Wiederherstellen wird dein Tagebuch durch die gewählte Kopie ersetzt. Einträge, die nach dieser Kopie gespeichert wurden, fehlen darin; die aktuelle Datei bleibt umbenannt neben der wiederhergestellten erhalten.</translation>
    </message>
    <message>
        <source>There are no backups in {folder} yet. Choose “Other file…” to restore a copy kept elsewhere.</source>
        <translation>In {folder} gibt es noch keine Sicherungen. Wähle „Andere Datei…“, um eine anderswo aufbewahrte Kopie wiederherzustellen.</translation>
    </message>
</context>
<context>
    <name>shell.single_instance</name>
    <message>
        <source>{folder} is not a folder</source>
        <translation>{folder} ist kein Ordner</translation>
    </message>
    <message>
        <source>{folder} belongs to another user</source>
        <translation>{folder} gehört einem anderen Benutzer</translation>
    </message>
    <message>
        <source>other users can write to {folder}</source>
        <translation>andere Benutzer können in {folder} schreiben</translation>
    </message>
    <message>
        <source>{folder} cannot be used ({reason})</source>
        <translation>{folder} kann nicht verwendet werden ({reason})</translation>
    </message>
</context>
<context>
    <name>shell.status_bar</name>
    <message>
        <source>Your data folder is open to other users</source>
        <translation>Dein Datenordner ist für andere Benutzer offen</translation>
    </message>
    <message>
        <source>{folder} can be opened by other users of this computer (mode {mode}). To keep your health data private, run: chmod 700 &apos;{folder}&apos;</source>
        <translation>{folder} kann von anderen Benutzern dieses Computers geöffnet werden (Modus {mode}). Damit deine Gesundheitsdaten privat bleiben, führe aus: chmod 700 &apos;{folder}&apos;</translation>
    </message>
</context>
<context>
    <name>shell.tray_choice</name>
    <message>
        <source>Keep calfdesk in the tray?</source>
        <translation>calfdesk im Infobereich behalten?</translation>
    </message>
    <message>
        <source>Your reminders are on. calfdesk can keep running in the tray so they still reach you.</source>
        <translation>Deine Erinnerungen sind an. calfdesk kann im Infobereich weiterlaufen, damit sie dich weiter erreichen.</translation>
    </message>
    <message>
        <source>Open it again from the tray icon, or quit from the icon&apos;s menu. You can change this later in Preferences.</source>
        <translation>Öffne es wieder über das Symbol im Infobereich oder beende es über das Menü des Symbols. Du kannst das später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Keep in the tray</source>
        <translation>Im Infobereich behalten</translation>
    </message>
    <message>
        <source>Keep calfdesk in the tray</source>
        <translation>calfdesk im Infobereich behalten</translation>
    </message>
    <message>
        <source>Quit calfdesk</source>
        <translation>calfdesk beenden</translation>
    </message>
    <message>
        <source>Keep the window open</source>
        <translation>Das Fenster offen lassen</translation>
    </message>
    <message>
        <source>Reminders stop while calfdesk is closed</source>
        <translation>Erinnerungen enden, solange calfdesk geschlossen ist</translation>
    </message>
    <message>
        <source>Your reminders stop while calfdesk is closed.</source>
        <translation>Deine Erinnerungen enden, solange calfdesk geschlossen ist.</translation>
    </message>
    <message>
        <source>Keep open, minimized</source>
        <translation>Minimiert offen lassen</translation>
    </message>
    <message>
        <source>Quit, no reminders</source>
        <translation>Beenden, ohne Erinnerungen</translation>
    </message>
    <message>
        <source>This desktop shows no tray icon, so calfdesk cannot keep running out of sight. Keep it open, minimized, and the reminders still come. Or let calfdesk start when you log in, so they come again from then on. File &gt; Quit (Ctrl+Q) always quits.</source>
        <translation>Dieser Desktop zeigt kein Symbol im Infobereich, also kann calfdesk nicht unsichtbar weiterlaufen. Lass es minimiert offen, dann kommen die Erinnerungen weiter. Oder lass calfdesk bei der Anmeldung starten, dann kommen sie ab dann wieder. Datei &gt; Beenden (Strg+Q) beendet immer.</translation>
    </message>
    <message>
        <source>This desktop shows no tray icon, so calfdesk cannot keep running out of sight. Keep it open, minimized, and the reminders still come. calfdesk starts when you log in, so they come again from then on. File &gt; Quit (Ctrl+Q) always quits.</source>
        <translation>Dieser Desktop zeigt kein Symbol im Infobereich, also kann calfdesk nicht unsichtbar weiterlaufen. Lass es minimiert offen, dann kommen die Erinnerungen weiter. calfdesk startet bei deiner Anmeldung, also kommen sie ab dann wieder. Datei &gt; Beenden (Strg+Q) beendet immer.</translation>
    </message>
    <message>
        <source>Start at log-in, then quit</source>
        <translation>Bei Anmeldung starten, dann beenden</translation>
    </message>
</context>
<context>
    <name>storage.backup</name>
    <message>
        <source>its backup copy fails the integrity check</source>
        <translation>ihre Sicherungskopie besteht die Integritätsprüfung nicht</translation>
    </message>
</context>
<context>
    <name>storage.database</name>
    <message>
        <source>{path} was changed outside calfdesk and was not opened: its schema is not calfdesk&apos;s ({difference}). Restore a backup or choose another folder.</source>
        <translation>{path} wurde außerhalb von calfdesk verändert und nicht geöffnet: Ihr Schema ist nicht das von calfdesk ({difference}). Stelle eine Sicherung wieder her oder wähle einen anderen Ordner.</translation>
    </message>
    <message>
        <source>the schema needs an upgrade</source>
        <translation>das Schema muss aktualisiert werden</translation>
    </message>
</context>
<context>
    <name>storage.errors</name>
    <message>
        <source>{path} is damaged and cannot be read. Restore a backup or choose another folder.</source>
        <translation>{path} ist beschädigt und kann nicht gelesen werden. Stelle eine Sicherung wieder her oder wähle einen anderen Ordner.</translation>
    </message>
    <message>
        <source>{path} is busy: another calfdesk (a window or a command) is writing to it. Try again when it has finished.</source>
        <translation>{path} ist belegt: Ein anderes calfdesk (ein Fenster oder ein Befehl) schreibt gerade hinein. Versuche es noch einmal, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>{path} cannot be written (read-only file or folder). Check its permissions or choose another data folder.</source>
        <translation>{path} kann nicht geschrieben werden (schreibgeschützte Datei oder schreibgeschützter Ordner). Prüfe die Berechtigungen oder wähle einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full. Free some space and try again; nothing was saved.</source>
        <translation>Das Laufwerk mit {path} ist voll. Schaffe etwas Platz und versuche es noch einmal; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>{path} cannot be opened. Check that the folder exists and is yours.</source>
        <translation>{path} kann nicht geöffnet werden. Prüfe, ob es den Ordner gibt und ob er dir gehört.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of calfdesk. Update calfdesk to open it; the file was not changed.</source>
        <translation>{path} wurde von einer neueren Version von calfdesk geschrieben. Aktualisiere calfdesk, um sie zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The disk holding the temporary folder {folder} is full (calfdesk needs room there while it imports). Free some space there and try again; nothing was saved.</source>
        <translation>Das Laufwerk mit dem temporären Ordner {folder} ist voll (calfdesk braucht dort beim Importieren Platz). Schaffe dort etwas Platz und versuche es noch einmal; nichts wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>storage.file_access</name>
    <message>
        <source>another calfdesk (a window or a command) has it open; let it finish or close it, then try again</source>
        <translation>ein anderes calfdesk (ein Fenster oder ein Befehl) hat sie geöffnet; lass es fertig werden oder schließe es, dann versuche es noch einmal</translation>
    </message>
    <message>
        <source>a backup is being restored into it; try again in a moment</source>
        <translation>gerade wird eine Sicherung in sie zurückgespielt; versuche es gleich noch einmal</translation>
    </message>
</context>
<context>
    <name>storage.file_checks</name>
    <message>
        <source>not an SQLite file</source>
        <translation>keine SQLite-Datei</translation>
    </message>
    <message>
        <source>impossible page size</source>
        <translation>unmögliche Seitengröße</translation>
    </message>
    <message>
        <source>damaged header</source>
        <translation>beschädigter Dateikopf</translation>
    </message>
    <message>
        <source>the file is cut off</source>
        <translation>die Datei ist abgeschnitten</translation>
    </message>
    <message>
        <source>not a calfdesk data file</source>
        <translation>keine Datendatei von calfdesk</translation>
    </message>
</context>
<context>
    <name>storage.folder_copy</name>
    <message>
        <source>the copy fails the integrity check</source>
        <translation>die Kopie besteht die Integritätsprüfung nicht</translation>
    </message>
    <message>
        <source>a file of that name is in the way</source>
        <translation>eine Datei mit diesem Namen ist im Weg</translation>
    </message>
    <message>
        <source>the copy in {folder} does not hold the same rows as your data file (tables {tables}); your data was not moved</source>
        <translation>die Kopie in {folder} enthält nicht dieselben Zeilen wie deine Datendatei (Tabellen {tables}); deine Daten wurden nicht verschoben</translation>
    </message>
</context>
<context>
    <name>storage.restore</name>
    <message>
        <source>the backup holds no calfdesk data</source>
        <translation>die Sicherung enthält keine Daten von calfdesk</translation>
    </message>
    <message>
        <source>the backup fails the integrity check</source>
        <translation>die Sicherung besteht die Integritätsprüfung nicht</translation>
    </message>
    <message>
        <source>{path} cannot be restored: its schema is not calfdesk&apos;s ({difference}). A backup holds data only; your data file was not changed. Choose another backup.</source>
        <translation>{path} kann nicht wiederhergestellt werden: Ihr Schema ist nicht das von calfdesk ({difference}). Eine Sicherung enthält nur Daten; deine Datendatei wurde nicht verändert. Wähle eine andere Sicherung.</translation>
    </message>
</context>
<context>
    <name>storage.schema_check</name>
    <message>
        <source>no {kind} {name}</source>
        <translation>{kind} {name} fehlt</translation>
    </message>
    <message>
        <source>an unknown {kind} {name}</source>
        <translation>unbekannt: {kind} {name}</translation>
    </message>
    <message>
        <source>{table} lacks {column}</source>
        <translation>{table}: Spalte {column} fehlt</translation>
    </message>
    <message>
        <source>{table} has an unknown column {column}</source>
        <translation>{table}: unbekannte Spalte {column}</translation>
    </message>
    <message>
        <source>it cannot be upgraded to this version: {reason}</source>
        <translation>sie kann nicht auf diese Version aktualisiert werden: {reason}</translation>
    </message>
    <message>
        <source>the {kind} {name} is defined differently</source>
        <translation>{kind} {name} ist anders definiert</translation>
    </message>
</context>
<context>
    <name>storage.training_store</name>
    <message>
        <source>shoe: there is no shoe {id}</source>
        <translation>shoe: Es gibt keinen Schuh {id}</translation>
    </message>
    <message>
        <source>run: there is no run {id}</source>
        <translation>run: Es gibt keinen Lauf {id}</translation>
    </message>
</context>
<context>
    <name>today.page</name>
    <message>
        <source>&lt;b&gt;{local_time:%H:%M}&lt;/b&gt; &amp;nbsp; soreness &lt;b&gt;{soreness}&lt;/b&gt;/10 &amp;nbsp; · {details}</source>
        <translation>&lt;b&gt;{local_time:%H:%M}&lt;/b&gt; &amp;nbsp; Beschwerden &lt;b&gt;{soreness}&lt;/b&gt;/10 &amp;nbsp; · {details}</translation>
    </message>
    <message>
        <source>{minutes} min stiffness</source>
        <translation>{minutes} Min. Steifigkeit</translation>
    </message>
</context>
<context>
    <name>training.dialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>training.import_report</name>
    <message>
        <source>Read in miles</source>
        <translation>In Meilen gelesen</translation>
    </message>
    <message>
        <source>Read in kilometres</source>
        <translation>In Kilometern gelesen</translation>
    </message>
    <message>
        <source>the step length from Steps and Distance fits miles only</source>
        <translation>die Schrittlänge aus Schritten und Strecke passt nur zu Meilen</translation>
    </message>
    <message>
        <source>the file does not say which unit it uses, so your unit (Preferences) was taken</source>
        <translation>die Datei nennt ihre Einheit nicht, also wurde deine Einheit (Einstellungen) genommen</translation>
    </message>
    <message>
        <source>the step length from Steps and Distance fits kilometres only</source>
        <translation>die Schrittlänge aus Schritten und Strecke passt nur zu Kilometern</translation>
    </message>
    <message>
        <source>Cancelled: the runs of the files read before stopping are kept.</source>
        <translation>Abgebrochen: Die Läufe der vor dem Stopp gelesenen Dateien bleiben erhalten.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Schon vorhanden</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Zusammengeführt</translation>
    </message>
    <message>
        <source>the same run from another source</source>
        <translation>derselbe Lauf aus einer anderen Quelle</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation>Nicht übernommen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>no runs in this file</source>
        <translation>keine Läufe in dieser Datei</translation>
    </message>
    <message>
        <source>new shoes: %1</source>
        <translation>neue Schuhe: %1</translation>
    </message>
    <message>
        <source>not running: %1</source>
        <translation>kein Laufen: %1</translation>
    </message>
</context>
<context>
    <name>training.table</name>
    <message>
        <source>Marked by you as a hill session.</source>
        <translation>Von dir als Bergeinheit markiert.</translation>
    </message>
    <message>
        <source>A hill session: it climbed {climb} m per km ({threshold} m or more counts as hills).</source>
        <translation>Eine Bergeinheit: {climb} m bergauf pro km ({threshold} m oder mehr gelten als bergig).</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Strecke</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Pace</translation>
    </message>
    <message>
        <source>Climb</source>
        <translation>Höhenmeter</translation>
    </message>
    <message>
        <source>Shoe</source>
        <translation>Schuh</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Longer</source>
        <translation>Länger</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>widgets.accessible</name>
    <message>
        <source>Show as table</source>
        <translation>Als Tabelle zeigen</translation>
    </message>
    <message>
        <source>Close the table</source>
        <translation>Tabelle schließen</translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation>Noch nichts zu zeigen</translation>
    </message>
</context>
<context>
    <name>widgets.messages</name>
    <message>
        <source>Something went wrong inside calfdesk. Nothing you entered was lost; please try again.</source>
        <translation>In calfdesk ist etwas schiefgegangen. Nichts von deinen Eingaben ging verloren; bitte versuch es erneut.</translation>
    </message>
</context>
<context>
    <name>widgets.record_table</name>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Edit the selected {what}</source>
        <translation>Ausgewählten {what} bearbeiten</translation>
    </message>
    <message>
        <source>Delete the selected {what}</source>
        <translation>Ausgewählten {what} löschen</translation>
    </message>
    <message>
        <source>Delete the selected {what} (Del)</source>
        <translation>Ausgewählten {what} löschen (Entf)</translation>
    </message>
</context>
<context>
    <name>words.arguments</name>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>diese Argumente fehlen: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>eines der Argumente %s ist nötig</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>nicht erlaubt zusammen mit dem Argument %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>überflüssiger Wert %r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>erwartet einen Wert</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>erwartet höchstens einen Wert</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>erwartet mindestens einen Wert</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s könnte %(matches)s sein</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>unerwartete Option: %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger Wert (%(type)s): %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Wahl: %(value)r (wähle aus %(choices)s)</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>unbekannter Befehl %(parser_name)r (Auswahl: %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>&apos;%(filename)s&apos; kann nicht geöffnet werden: %(error)s</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>erwartet %s Wert</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>erwartet %s Werte</translation>
    </message>
</context>
<context>
    <name>words.rehab</name>
    <message>
        <source>each leg</source>
        <translation>jedes Bein</translation>
    </message>
    <message>
        <source>both legs</source>
        <translation>beide Beine</translation>
    </message>
    <message>
        <source>each sore leg</source>
        <translation>jedes schmerzende Bein</translation>
    </message>
    <message>
        <source>a heel-raise test</source>
        <translation>ein Zehenstand-Test</translation>
    </message>
    <message>
        <source>%Y-%m-%d</source>
        <translation>%d.%m.%Y</translation>
    </message>
    <message>
        <source>morning pain {after}/10 on {after_day} against {before}/10 on {before_day}</source>
        <translation>Morgenschmerz {after}/10 am {after_day} gegenüber {before}/10 am {before_day}</translation>
    </message>
    <message>
        <source>morning stiffness {after} min on {after_day} against {before} min on {before_day}</source>
        <translation>Morgensteifigkeit {after} Min. am {after_day} gegenüber {before} Min. am {before_day}</translation>
    </message>
    <message>
        <source>morning pain {pain_now}/10 against {pain_before}/10 and stiffness {stiffness_now} min against {stiffness_before} min the week before</source>
        <translation>Morgenschmerz {pain_now}/10 gegenüber {pain_before}/10 und Steifigkeit {stiffness_now} Min. gegenüber {stiffness_before} Min. in der Woche davor</translation>
    </message>
    <message>
        <source>rule (b) needs the next morning&apos;s report before any progression: record tomorrow&apos;s morning pain.</source>
        <translation>Regel (b) verlangt vor jeder Steigerung den Bericht vom nächsten Morgen: Trag morgen deinen Morgenschmerz ein.</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>morgens</translation>
    </message>
    <message>
        <source>day</source>
        <translation>tagsüber</translation>
    </message>
    <message>
        <source>before run</source>
        <translation>vor dem Lauf</translation>
    </message>
    <message>
        <source>after run</source>
        <translation>nach dem Lauf</translation>
    </message>
    <message>
        <source>evening</source>
        <translation>abends</translation>
    </message>
    <message>
        <source>left leg</source>
        <translation>linkes Bein</translation>
    </message>
    <message>
        <source>right leg</source>
        <translation>rechtes Bein</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>hopping that hurts at most {limit}/10 (last test: {last}/10)</source>
        <translation>Hüpfen, das höchstens {limit}/10 wehtut (letzter Test: {last}/10)</translation>
    </message>
    <message>
        <source>{pain}/10 in the {slot} session of {day}</source>
        <translation>{pain}/10 bei der Einheit ({slot}) am {day}</translation>
    </message>
    <message>
        <source>morning pain {pain_now}/10 against {pain_before}/10 the week before</source>
        <translation>Morgenschmerz {pain_now}/10 gegenüber {pain_before}/10 in der Woche davor</translation>
    </message>
    <message>
        <source>stiffness {stiffness_now} min against {stiffness_before} min the week before</source>
        <translation>Steifigkeit {stiffness_now} Min. gegenüber {stiffness_before} Min. in der Woche davor</translation>
    </message>
    <message>
        <source>Rule (d), the weekly mean of the mornings must not rise: {trend}</source>
        <translation>Regel (d), der Wochenmittelwert der Morgen darf nicht steigen: {trend}</translation>
    </message>
    <message>
        <source>{finding}: this is already the lightest load and the second time in a row it was too much, so rest two days; a third time ends the loading and the plan will advise you to see a clinician.</source>
        <translation>{finding}: Das ist schon die leichteste Belastung und das zweite Mal in Folge zu viel, also ruh dich zwei Tage aus; ein drittes Mal beendet die Belastung, und der Plan rät dir dann, dich von einer Fachperson untersuchen zu lassen.</translation>
    </message>
    <message>
        <source>this is day {day} of the plan and rule (d) needs a week of mornings to compare: no progression before day {first}.</source>
        <translation>heute ist Tag {day} des Plans, und Regel (d) braucht eine Woche Morgenwerte zum Vergleich: keine Steigerung vor Tag {first}.</translation>
    </message>
    <message>
        <source>Three sessions in a row on three different days at {limit}/10 or less ({pains})</source>
        <translation>Drei Einheiten in Folge an drei verschiedenen Tagen bei höchstens {limit}/10 ({pains})</translation>
    </message>
    <message>
        <source>{streak} at the plan&apos;s top load: keep going and finish the plan.</source>
        <translation>{streak} bei der höchsten Belastung des Plans: Mach weiter und beende den Plan.</translation>
    </message>
    <message>
        <source>Pain in the {slot} session of {day} was {pain}/10, above the {limit}/10 this phase allows (it aims to be pain-free): hold the load here, and stop an exercise when it hurts more than that.</source>
        <translation>Der Schmerz bei der Einheit ({slot}) am {day} lag bei {pain}/10, über den {limit}/10, die diese Phase erlaubt (sie soll schmerzfrei sein): Halte die Belastung hier und brich eine Übung ab, wenn sie mehr wehtut.</translation>
    </message>
    <message>
        <source>Pain in the {slot} session of {day} was {pain}/10, above the {limit}/10 this phase allows: hold the load here, and stop an exercise when it hurts more than that.</source>
        <translation>Der Schmerz bei der Einheit ({slot}) am {day} lag bei {pain}/10, über den {limit}/10, die diese Phase erlaubt: Halte die Belastung hier und brich eine Übung ab, wenn sie mehr wehtut.</translation>
    </message>
    <message>
        <source>{reps} heel raises on the sore leg (last test: {last})</source>
        <translation>{reps} Zehenstände auf dem schmerzenden Bein (letzter Test: {last})</translation>
    </message>
    <message>
        <source>the sore leg within {percent}% of the other (last test: {last})</source>
        <translation>das schmerzende Bein höchstens {percent} % unter dem anderen (letzter Test: {last})</translation>
    </message>
    <message>
        <source>hopping on the sore leg tried with the heel-raise test (at most {limit}/10)</source>
        <translation>Hüpfen auf dem schmerzenden Bein, beim Zehenstand-Test versucht (höchstens {limit}/10)</translation>
    </message>
    <message>
        <source>Rule (a), no session above {limit}/10 since the last change: pain was {session}</source>
        <translation>Regel (a), keine Einheit über {limit}/10 seit der letzten Änderung: Der Schmerz war {session}</translation>
    </message>
    <message>
        <source>Rule (c), the next morning must be no worse: {why}</source>
        <translation>Regel (c), der nächste Morgen darf nicht schlechter sein: {why}</translation>
    </message>
    <message>
        <source>{finding}. This is the lightest load and the third time in a row it was too much: stop the loading exercises and see a clinician before you go on.</source>
        <translation>{finding}. Das ist die leichteste Belastung und das dritte Mal in Folge zu viel: Hör mit den Belastungsübungen auf und lass dich von einer Fachperson untersuchen, bevor du weitermachst.</translation>
    </message>
    <message>
        <source>{finding}: ease off to &apos;{load}&apos;.</source>
        <translation>{finding}: Geh zurück auf „{load}“.</translation>
    </message>
    <message>
        <source>{finding}: this is already the lightest load, so rest a day before the next session; if it happens again, the plan will ask you to rest longer.</source>
        <translation>{finding}: Das ist schon die leichteste Belastung, also ruh dich vor der nächsten Einheit einen Tag aus; passiert es wieder, bittet dich der Plan um eine längere Pause.</translation>
    </message>
    <message>
        <source>rule (b) needs the morning report of {morning}, after the sessions of {day}, before any progression.</source>
        <translation>Regel (b) verlangt vor jeder Steigerung den Morgenbericht vom {morning}, nach den Einheiten vom {day}.</translation>
    </message>
    <message>
        <source>rule (b) needs every next morning no worse than the baseline: {why}.</source>
        <translation>Regel (b) verlangt, dass kein nächster Morgen schlechter ist als der Ausgangswert: {why}.</translation>
    </message>
    <message>
        <source>rule (d) needs the weekly mean of the mornings not to rise: {trend}.</source>
        <translation>Regel (d) verlangt, dass der Wochenmittelwert der Morgen nicht steigt: {trend}.</translation>
    </message>
    <message>
        <source>{streak}, but {held} Keep this load.</source>
        <translation>{streak}, aber {held} Bleib bei dieser Belastung.</translation>
    </message>
    <message>
        <source>{streak}, every next morning was reported and no worse, and the weekly mornings did not rise, and the entry criteria of &apos;{name}&apos; are met: move on to it.</source>
        <translation>{streak}, jeder nächste Morgen wurde eingetragen und war nicht schlechter, die Morgen der Woche sind nicht gestiegen, und die Einstiegskriterien von „{name}“ sind erfüllt: Wechsle dorthin.</translation>
    </message>
    <message>
        <source>{streak} and every next morning was reported and no worse, and the weekly mornings did not rise: add load, &apos;{load}&apos;.</source>
        <translation>{streak}, jeder nächste Morgen wurde eingetragen und war nicht schlechter, und die Morgen der Woche sind nicht gestiegen: Steigere die Belastung auf „{load}“.</translation>
    </message>
    <message>
        <source>{streak}, but &apos;{load}&apos; is the heaviest load of &apos;{phase}&apos;, and &apos;{name}&apos; still needs {needs}. Keep this load.</source>
        <translation>{streak}, aber „{load}“ ist die schwerste Belastung von „{phase}“, und für „{name}“ fehlt noch: {needs}. Bleib bei dieser Belastung.</translation>
    </message>
    <message>
        <source>{count} sessions in a row at the lightest load hurt more than this phase allows ({limit}/10): {sessions}. Stop the loading exercises and see a clinician before you go on.</source>
        <translation>{count} Einheiten in Folge bei der leichtesten Belastung taten mehr weh, als diese Phase erlaubt ({limit}/10): {sessions}. Hör mit den Belastungsübungen auf und lass dich von einer Fachperson untersuchen, bevor du weitermachst.</translation>
    </message>
    <message>
        <source>Record each morning&apos;s pain and stiffness: the plan moves on only when the mornings are known.</source>
        <translation>Trag jeden Morgen Schmerz und Steifigkeit ein: Der Plan geht erst weiter, wenn die Morgen bekannt sind.</translation>
    </message>
    <message>
        <source>{sets} × {seconds} s hold</source>
        <translation>{sets} × {seconds} s halten</translation>
    </message>
    <message>
        <source>+{kg} kg</source>
        <translation>+{kg} kg</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Pain in the {slot} session of {day} was {pain}/10, in the safe range: keep the same load.</source>
        <translation>Der Schmerz bei der Einheit ({slot}) am {day} lag bei {pain}/10, im sicheren Bereich: Bleib bei derselben Belastung.</translation>
    </message>
    <message>
        <source>Pain in the {slot} session of {day} was {pain}/10, in the acceptable range: keep the same load.</source>
        <translation>Der Schmerz bei der Einheit ({slot}) am {day} lag bei {pain}/10, im akzeptablen Bereich: Bleib bei derselben Belastung.</translation>
    </message>
    <message>
        <source>to fatigue, then record</source>
        <translation>bis zur Ermüdung, dann eintragen</translation>
    </message>
    <message>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
</context>
<context>
    <name>words.training</name>
    <message>
        <source>not a run: the summary of a multisport file (its running legs are imported on their own)</source>
        <translation>kein Lauf: die Zusammenfassung einer Multisport-Datei (ihre Laufabschnitte werden einzeln übernommen)</translation>
    </message>
    <message>
        <source>not a run: average {kmh} km/h is walking pace</source>
        <translation>kein Lauf: Schnitt {kmh} km/h ist Gehtempo</translation>
    </message>
    <message>
        <source>not a run: average {kmh} km/h</source>
        <translation>kein Lauf: Schnitt {kmh} km/h</translation>
    </message>
    <message>
        <source>not a run: a stretch at {kmh} km/h</source>
        <translation>kein Lauf: ein Abschnitt mit {kmh} km/h</translation>
    </message>
    <message>
        <source>not imported: {error}</source>
        <translation>nicht importiert: {error}</translation>
    </message>
    <message>
        <source>added {runs}</source>
        <translation>{runs} hinzugefügt</translation>
    </message>
    <message>
        <source>skipped {duplicates}</source>
        <translation>{duplicates} übersprungen</translation>
    </message>
    <message>
        <source>merged {runs} with the same run from another source</source>
        <translation>{runs} mit demselben Lauf aus einer anderen Quelle zusammengeführt</translation>
    </message>
    <message>
        <source>left out {activities} ({kinds})</source>
        <translation>{activities} ausgelassen ({kinds})</translation>
    </message>
    <message>
        <source>not taken {activities} ({reasons})</source>
        <translation>{activities} nicht übernommen ({reasons})</translation>
    </message>
    <message>
        <source>new shoes: {names}</source>
        <translation>neue Schuhe: {names}</translation>
    </message>
</context>
</TS>
