"""The words of the domain's results in the runner's language, for the window and the command line's text output
alike: Qt-free, each module's texts read through calfdesk.i18n.Texts (Qt's translators in the window, the
catalogue on the command line). JSON keys, ids and CSV columns never come from here."""
