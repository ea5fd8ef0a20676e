"""Edit > Preferences… (Ctrl+,): units, first day of the week, theme, language, reminders, backups and the data folder.

Saved when the runner presses Save; moving the data folder is its own action (it copies, checks, then
switches at once).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from calfdesk.assets import available_languages
from calfdesk.errors import InvalidInput
from calfdesk.services.autostart import Autostart
from calfdesk.services.autostart import for_this_computer as autostart_for_this_computer
from calfdesk.settings import BIRTH_YEAR_RANGE, REGISTRY, Setting, Settings, parse_time
from calfdesk.ui.context import AppContext
from calfdesk.ui.shell import tray
from calfdesk.ui.shell.start_at_login import failure_reason, set_start_at_login
from calfdesk.ui.widgets.accessible import caption
from calfdesk.ui.widgets.common import label
from calfdesk.ui.widgets.plain_text import set_plain_text
from calfdesk.ui.widgets.texts import translatable

UNIT_CHOICES = (
    ("km", translatable("PreferencesDialog", "Kilometres (km)")),
    ("mi", translatable("PreferencesDialog", "Miles (mi)")),
)
WEEK_CHOICES = (
    ("monday", translatable("PreferencesDialog", "Monday")),
    ("sunday", translatable("PreferencesDialog", "Sunday")),
)
THEME_CHOICES = (
    ("system", translatable("PreferencesDialog", "Follow the system")),
    ("light", translatable("PreferencesDialog", "Light")),
    ("dark", translatable("PreferencesDialog", "Dark")),
)
CLOSE_CHOICES = (
    ("ask", translatable("PreferencesDialog", "Ask me")),
    ("tray", translatable("PreferencesDialog", "Keep calfdesk in the tray")),
    ("quit", translatable("PreferencesDialog", "Quit calfdesk")),
)
SEX_CHOICES = (
    ("", translatable("PreferencesDialog", "Not given")),
    ("female", translatable("PreferencesDialog", "Female")),
    ("male", translatable("PreferencesDialog", "Male")),
)
MIN_WIDTH = 940
# Where the desktop has no tray, "tray" keeps calfdesk running as a minimized window.
CLOSE_CHOICES_WITHOUT_TRAY = (
    ("ask", translatable("PreferencesDialog", "Ask me")),
    ("tray", translatable("PreferencesDialog", "Keep calfdesk open, minimized")),
    ("quit", translatable("PreferencesDialog", "Quit calfdesk (reminders stop)")),
)
# Texts of these tables are translated where shown, in the context of `PreferencesDialog` (marked for lupdate).
# (setting, check box text, what a screen reader calls it, time offered when the runner first switches it on)
REMINDERS = (
    (
        Settings.reminder_log_time,
        translatable("PreferencesDialog", "Remind me to log my soreness at"),
        translatable("PreferencesDialog", "Remind me to log my soreness"),
        QTime(20, 0),
    ),
    (
        Settings.reminder_morning_time,
        translatable("PreferencesDialog", "Remind me of the morning rehab items at"),
        translatable("PreferencesDialog", "Remind me of the morning rehab items"),
        QTime(8, 0),
    ),
    (
        Settings.reminder_evening_time,
        translatable("PreferencesDialog", "Remind me of the evening rehab items at"),
        translatable("PreferencesDialog", "Remind me of the evening rehab items"),
        QTime(19, 0),
    ),
)


def _combo(choices: tuple[tuple[str, str], ...], accessible: str, current: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(accessible)
    for value, text in choices:
        combo.addItem(text, value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class ReminderRow(QWidget):
    """A check box that switches one reminder on, and its time."""

    def __init__(self, text: str, name: str, value: str, offered: QTime) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(text)
        self.check.setAccessibleName(text)
        self.time_edit = QTimeEdit()
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setAccessibleName(self.tr("{name}: time").format(name=name))
        self.time_edit.setMinimumWidth(90)
        chosen = parse_time(value)
        self.check.setChecked(chosen is not None)
        self.time_edit.setTime(QTime(chosen.hour, chosen.minute) if chosen is not None else offered)
        self.time_edit.setEnabled(chosen is not None)
        self.check.toggled.connect(self.time_edit.setEnabled)
        layout.addWidget(self.check, 1)
        layout.addWidget(self.time_edit)

    def value(self) -> str:
        return self.time_edit.time().toString("HH:mm") if self.check.isChecked() else ""


class PreferencesDialog(QDialog):
    """`set_theme` applies a theme to the whole app; `move_folder` starts moving the data folder."""

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        set_theme: Callable[[str], None] | None = None,
        move_folder: Callable[[], Any] | None = None,
        autostart: Autostart | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.autostart = autostart if autostart is not None else autostart_for_this_computer()
        self._set_theme = set_theme
        self._move_folder = move_folder
        self.setWindowTitle(self.tr("Preferences"))
        settings = context.settings

        general = QGroupBox(self.tr("General"))
        general_form = QFormLayout(general)
        self.units_combo = _combo(self._translated(UNIT_CHOICES), self.tr("Distance units"), settings.units)
        self.week_combo = _combo(self._translated(WEEK_CHOICES), self.tr("First day of the week"), settings.week_start)
        self.theme_combo = _combo(self._translated(THEME_CHOICES), self.tr("Theme"), settings.theme)
        general_form.addRow(self.tr("&Distances in"), self.units_combo)
        general_form.addRow(self.tr("&Weeks start on"), self.week_combo)
        general_form.addRow(self.tr("T&heme"), self.theme_combo)
        self.language_combo = _combo(self._languages(), self.tr("Language"), settings.language)
        self.language_combo.setToolTip(self.tr("calfdesk speaks the chosen language from its next start"))
        general_form.addRow(self.tr("&Language"), self.language_combo)

        about = QGroupBox(self.tr("About you (optional)"))
        about_form = QFormLayout(about)
        about_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        about_form.addRow(
            label(
                self.tr(
                    "Used only to compare your heel-raise test with the usual count for your sex and age. Without "
                    "them, only the side-to-side ratio counts."
                ),
                "muted",
                wrap=True,
            )
        )
        self.sex_combo = _combo(self._translated(SEX_CHOICES), self.tr("Sex, for the heel-raise norm"), settings.sex)
        self.birth_year = QSpinBox()
        # One below the first accepted year stands for "not given".
        self.birth_year.setRange(BIRTH_YEAR_RANGE[0] - 1, BIRTH_YEAR_RANGE[1])
        self.birth_year.setSpecialValueText(self.tr("Not given"))
        self.birth_year.setValue(settings.birth_year or self.birth_year.minimum())
        self.birth_year.setAccessibleName(self.tr("Birth year, for the heel-raise norm"))
        about_form.addRow(self.tr("&Sex"), self.sex_combo)
        about_form.addRow(self.tr("&Birth year"), self.birth_year)

        reminders = QGroupBox(self.tr("Reminders"))
        reminders_layout = QVBoxLayout(reminders)
        has_tray = tray.tray_available()
        self.reminders_note = label(
            self.tr(
                "A notification comes at these times if something is still to do: nothing logged yet today, "
                "or that session's rehab items not ticked."
            )
            + " "
            + (
                self.tr("While a reminder is on, calfdesk shows an icon in the tray and keeps running there.")
                if has_tray
                else self.tr(
                    "This desktop shows no tray icon, so reminders stop while calfdesk is closed: keep it open, "
                    "minimized, or let it start when you log in."
                )
            ),
            "muted",
            wrap=True,
        )
        reminders_layout.addWidget(self.reminders_note)
        self.reminder_rows: dict[str, ReminderRow] = {}
        for setting, text, name, offered in REMINDERS:
            row = ReminderRow(self.tr(text), self.tr(name), settings.value(setting), offered)
            self.reminder_rows[setting.key] = row
            reminders_layout.addWidget(row)
        close_choices = CLOSE_CHOICES if has_tray else CLOSE_CHOICES_WITHOUT_TRAY
        self.close_combo = _combo(
            self._translated(close_choices),
            self.tr("When I close the window with reminders on"),
            settings.close_to_tray,
        )
        close_row = QFormLayout()
        close_row.addRow(self.tr("When I &close the window"), self.close_combo)
        reminders_layout.addLayout(close_row)
        self.autostart_check = QCheckBox(
            self.tr("&Start calfdesk with my computer, in the tray")
            if has_tray
            else self.tr("&Start calfdesk when I log in, minimized")
        )
        self.autostart_check.setAccessibleName(self.autostart_check.text().replace("&", ""))
        self.autostart_check.setToolTip(
            self.tr("calfdesk starts hidden when you log in, so reminders come without opening it first")
        )
        self._autostart_was = self.autostart.enabled()
        self.autostart_check.setChecked(self._autostart_was)
        reminders_layout.addWidget(self.autostart_check)
        self.autostart_problem = label("", "field-error", wrap=True)
        self.autostart_problem.hide()
        reminders_layout.addWidget(self.autostart_problem)

        backups = QGroupBox(self.tr("Backups"))
        backups_form = QFormLayout(backups)
        backups_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.keep_daily = self._spin(
            Settings.backup_keep_daily, self.tr(" days"), self.tr("Daily backups to keep, in days")
        )
        self.keep_weekly = self._spin(
            Settings.backup_keep_weekly, self.tr(" weeks"), self.tr("Weekly backups to keep, in weeks")
        )
        width = max(self.keep_daily.sizeHint().width(), self.keep_weekly.sizeHint().width())
        for spin in (self.keep_daily, self.keep_weekly):
            spin.setFixedWidth(width)
        backups_form.addRow(self.tr("Keep a backup of each of the last"), self.keep_daily)
        backups_form.addRow(self.tr("and one backup of each of the last"), self.keep_weekly)
        backups_form.addRow(
            label(
                self.tr("Backups you make yourself are always kept. Rotation runs at the next daily backup."),
                "muted",
                wrap=True,
            )
        )

        folder = QGroupBox(self.tr("Data folder"))
        folder_layout = QVBoxLayout(folder)
        self.folder_label = QLabel()
        set_plain_text(self.folder_label, context.db.data_dir)
        self.folder_label.setWordWrap(True)
        caption(self.folder_label, self.tr("Current data folder"))
        folder_layout.addWidget(self.folder_label)
        folder_row = QHBoxLayout()
        self.move_button = QPushButton(self.tr("&Move data folder…"))
        self.move_button.setAccessibleName(self.tr("Move the data folder"))
        self.move_button.setToolTip(
            self.tr("Copy your data and backups to another folder, check the copy, then use it")
        )
        self.move_button.clicked.connect(self._move)
        self.move_button.setEnabled(move_folder is not None)
        folder_row.addWidget(self.move_button)
        folder_row.addStretch(1)
        folder_layout.addLayout(folder_row)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setProperty("role", "primary")
        self.save_button.setAccessibleName(self.tr("Save preferences"))
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        # Two columns, read down the first then the second (the tab order too): one column of every group is
        # taller than a 1366x768 screen.
        columns = QHBoxLayout()
        columns.setSpacing(16)
        for groups in ((general, about, backups), (reminders, folder)):
            column = QVBoxLayout()
            column.setSpacing(12)
            for group in groups:
                column.addWidget(group)
            column.addStretch(1)
            columns.addLayout(column, 1)
        layout.addLayout(columns)
        layout.addWidget(buttons)
        self._set_tab_order()
        # Wide enough that the explanations take few lines on a 768-pixel-high screen; as high as the wrapped
        # sentences need at that width (adjustSize alone leaves their extra lines out, and cuts them off).
        self.setMinimumWidth(MIN_WIDTH)
        self.adjustSize()
        self.resize(self.width(), max(self.height(), layout.totalHeightForWidth(self.width())))
        self.units_combo.setFocus()
        context.events.refresh_requested.connect(self._folder_switched)

    def _translated(self, choices: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
        return tuple((value, self.tr(text)) for value, text in choices)

    def _languages(self) -> tuple[tuple[str, str], ...]:
        """Follow the desktop, then each language calfdesk speaks, named in that language ("Deutsch")."""
        named = sorted((QLocale(code).nativeLanguageName(), code) for code in available_languages())
        return (("", self.tr("Follow the desktop")), *((code, name[:1].upper() + name[1:]) for name, code in named))

    def _spin(self, setting: Setting[int], suffix: str, accessible: str) -> QSpinBox:
        spin = QSpinBox()
        assert setting.bounds is not None
        spin.setRange(*setting.bounds)
        spin.setSuffix(suffix)
        spin.setValue(self.context.settings.value(setting))
        spin.setAccessibleName(accessible)
        return spin

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [self.units_combo, self.week_combo, self.theme_combo, self.language_combo]
        chain += [self.sex_combo, self.birth_year, self.keep_daily, self.keep_weekly]
        for row in self.reminder_rows.values():
            chain += [row.check, row.time_edit]
        chain += [self.close_combo, self.autostart_check, self.move_button, self.save_button, self.cancel_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def values(self) -> dict[str, Any]:
        """What the dialog would save, by setting key."""
        chosen: dict[str, Any] = {
            "units": self.units_combo.currentData(),
            "week_start": self.week_combo.currentData(),
            "theme": self.theme_combo.currentData(),
            "language": self.language_combo.currentData(),
            "backup_keep_daily": self.keep_daily.value(),
            "backup_keep_weekly": self.keep_weekly.value(),
            "close_to_tray": self.close_combo.currentData(),
            "sex": self.sex_combo.currentData(),
            "birth_year": 0 if self.birth_year.value() == self.birth_year.minimum() else self.birth_year.value(),
        }
        for key, row in self.reminder_rows.items():
            chosen[key] = row.value()
        return chosen

    def save(self) -> None:
        settings = self.context.settings
        if not self._save_autostart():
            return
        changed = [key for key, value in self.values().items() if settings.get(key) != value]
        for key in changed:
            value = self.values()[key]
            assert REGISTRY[key].accepts(value), key
            if key == "theme" and self._set_theme is not None:
                self._set_theme(value)
                continue
            settings.set(key, value)
        if {"backup_keep_daily", "backup_keep_weekly"} & set(changed):
            from calfdesk.services.backups import apply_retention

            apply_retention(settings)
        for key in changed:
            if key != "theme" or self._set_theme is None:
                self.context.events.settings_changed.emit(key)
        if changed:
            self.context.show_status(self.tr("Preferences saved"))
        self.accept()

    def _save_autostart(self) -> bool:
        """Write or remove the start-with-the-computer entry; on failure say why and keep the dialog open."""
        wanted = self.autostart_check.isChecked()
        if wanted == self._autostart_was:
            return True
        try:
            set_start_at_login(self.autostart, self.context, wanted)
        except (OSError, InvalidInput) as error:
            reason = failure_reason(error)
            # The reason may quote a folder name: shown as written, never as rich text.
            set_plain_text(
                self.autostart_problem,
                self.tr(
                    "Starting with your computer could not be changed: {error}. Nothing else was saved yet; "
                    "try again or untick the box."
                ).format(error=reason),
            )
            self.autostart_problem.show()
            return False
        self._autostart_was = wanted
        return True

    def _move(self) -> None:
        if self._move_folder is not None:
            self._move_folder()

    def _folder_switched(self) -> None:
        set_plain_text(self.folder_label, self.context.db.data_dir)
