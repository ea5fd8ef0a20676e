"""The main window: sidebar navigation, pages built on first visit, menus, shortcuts and status bar.

About 470 lines, kept in one module: every menu action, its shortcut and the page it leads to are declared
here together, so the Keyboard shortcuts list and the menus cannot drift apart.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import QByteArray, QEvent, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QPaintEvent,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from calfdesk import __version__
from calfdesk.paths import make_private_file, open_to_others
from calfdesk.settings import Settings
from calfdesk.storage.database import Database
from calfdesk.ui.context import AppContext, AppEvents
from calfdesk.ui.shell.data_safety import DataSafety
from calfdesk.ui.shell.preload import Preloader
from calfdesk.ui.widgets import theme
from calfdesk.ui.widgets.plain_text import literal, set_plain_text


@dataclass(frozen=True, slots=True)
class PageSpec:
    key: str
    title: str
    module: str
    class_name: str


# Pages in sidebar order. A page class takes an AppContext; an optional `refresh()` reloads its data. Titles
# and the disclaimer are translated where shown, in the context of `MainWindow`.
PAGES: Final = (
    PageSpec("today", "Today", "calfdesk.ui.today.page", "TodayPage"),
    PageSpec("assessment", "Assessment", "calfdesk.ui.assessment.page", "AssessmentPage"),
    PageSpec("rehab", "Rehab plan", "calfdesk.ui.rehab.page", "RehabPage"),
    PageSpec("diary", "Diary", "calfdesk.ui.diary.page", "DiaryPage"),
    PageSpec("training", "Training", "calfdesk.ui.training.page", "TrainingPage"),
)

# The window's size on a screen with room for it; smaller screens get the whole available area.
PREFERRED_SIZE: Final = (1440, 900)
SCREEN_MARGIN: Final = 80

# Once the window has been idle this long after start, the other pages' modules load in the background.
PRELOAD_DELAY_MS: Final = 500

DISCLAIMER: Final = (
    "calfdesk is an educational self-assessment and self-care tracker. It does not diagnose and it does not "
    "replace a clinician. If your calf is swollen, warm or red, if you are short of breath, or if the pain "
    "is severe, seek medical help now."
)


class MainWindow(QMainWindow):
    """Emits `ready` once it has painted and the Today page has loaded its data."""

    ready = Signal()

    def __init__(self, db: Database, settings: Settings, config_dir: Path) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("calfdesk"))
        self.setMinimumSize(QSize(780, 560))
        self._window_settings = QSettings(str(config_dir / "window.ini"), QSettings.Format.IniFormat)
        self.undo_stack = QUndoStack(self)
        self.events = AppEvents(self)
        self.context = AppContext(
            db=db,
            settings=settings,
            events=self.events,
            undo_stack=self.undo_stack,
            navigate=self.navigate,
            show_status=self.show_status,
            started=False,
        )
        self._pages: dict[str, QWidget] = {}
        self._quitting = False
        self._maximise_at: QSize | None = None
        self._log_dialog: QWidget | None = None
        self._painted = False
        self._loaded = False
        self._started = False
        self.preloader = Preloader([spec.module for spec in PAGES[1:]])

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.sidebar.setFixedWidth(190)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        for spec in PAGES:
            item = QListWidgetItem(self.tr(spec.title))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setSizeHint(QSize(170, 40))
            self.sidebar.addItem(item)
            holder = QWidget()
            holder.setObjectName(f"holder-{spec.key}")
            self.stack.addWidget(holder)
        self.sidebar.currentRowChanged.connect(self._show_row)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._data_label = QLabel()
        set_plain_text(self._data_label, db.path)
        self._data_label.setProperty("role", "muted")
        # Stays while the data folder lets other users in, so the warning is not gone with the first message.
        self.privacy_warning = QLabel()
        self.privacy_warning.setProperty("role", "field-error")
        self.privacy_warning.hide()
        self.statusBar().addPermanentWidget(self.privacy_warning)
        self.statusBar().addPermanentWidget(self._data_label)
        self.check_folder_privacy()
        self._build_menus()
        self.data_safety = DataSafety(self, self.context, self.use_database)
        for action in (self.data_safety.backup_action, self.data_safety.restore_action):
            self.file_menu.insertAction(self.file_menu_tail, action)
        self._start_reminders()
        self._restore_geometry()
        self.sidebar.setCurrentRow(0)

    # navigation -------------------------------------------------------------------------------------

    def page(self, key: str) -> QWidget:
        """The page for `key`, built on first use."""
        if key not in self._pages:
            spec = next(spec for spec in PAGES if spec.key == key)
            self.preloader.wait()
            page_class: Any = getattr(importlib.import_module(spec.module), spec.class_name)
            page: QWidget = page_class(self.context)
            page.setObjectName(f"page-{key}")
            index = [s.key for s in PAGES].index(key)
            old = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            if old is not None:
                self.stack.removeWidget(old)
                old.deleteLater()
            self._pages[key] = page
            if key == "today" and hasattr(page, "loaded"):
                page.loaded.connect(self._today_loaded)
        return self._pages[key]

    def navigate(self, key: str, **kwargs: Any) -> QWidget:
        """Show a page; keyword arguments go to the page's `open_with(**kwargs)` when given."""
        row = [spec.key for spec in PAGES].index(key)
        self.sidebar.setCurrentRow(row)
        page = self.page(key)
        if kwargs and hasattr(page, "open_with"):
            page.open_with(**kwargs)
        return page

    def current_key(self) -> str:
        return PAGES[self.sidebar.currentRow()].key

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        page = self.page(PAGES[row].key)
        self.stack.setCurrentWidget(page)

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    # menus ------------------------------------------------------------------------------------------

    def _action(
        self, text: str, slot: Any, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.log_action = self._action(self.tr("&Log soreness…"), self.log_soreness, QKeySequence.StandardKey.New)
        self.export_action = self._action(self.tr("&Export CSV…"), self.export_csv, "Ctrl+E")
        self.import_action = self._action(self.tr("&Import CSV…"), self.import_csv, "Ctrl+I")
        self.refresh_action = self._action(self.tr("&Refresh"), self.refresh, QKeySequence.StandardKey.Refresh)
        quit_action = self._action(self.tr("&Quit"), self.quit, QKeySequence.StandardKey.Quit)
        file_menu.addAction(self.log_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.import_action)
        self.report_action = self._action(self.tr("&Report for your clinician…"), self.show_report, "Ctrl+P")
        file_menu.addAction(self.report_action)
        file_menu.addSeparator()
        self.file_menu_tail = file_menu.addSeparator()
        file_menu.addAction(self.refresh_action)
        file_menu.addAction(quit_action)
        self.file_menu = file_menu

        edit_menu = bar.addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        self.undo_action = undo
        edit_menu.addSeparator()
        self.preferences_action = self._action(self.tr("&Preferences…"), self.show_preferences, "Ctrl+,")
        edit_menu.addAction(self.preferences_action)

        view_menu = bar.addMenu(self.tr("&View"))
        theme_menu = view_menu.addMenu(self.tr("&Theme"))
        for choice, label in (
            ("system", self.tr("Follow the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            action = QAction(label, self, checkable=True)
            action.setChecked(self.context.settings.theme == choice)
            action.triggered.connect(lambda _checked=False, c=choice: self.set_theme(c))
            theme_menu.addAction(action)
        self._theme_actions = theme_menu.actions()
        view_menu.addSeparator()
        for index, spec in enumerate(PAGES, start=1):
            view_menu.addAction(
                self._action(self.tr(spec.title), lambda _=False, k=spec.key: self.navigate(k), f"Ctrl+{index}")
            )

        help_menu = bar.addMenu(self.tr("&Help"))
        self.shortcuts_action = self._action(self.tr("&Keyboard shortcuts"), self.show_shortcuts, "Ctrl+/")
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self._action(self.tr("&About calfdesk"), self.show_about))

    def _start_reminders(self) -> None:
        from calfdesk.ui.shell.reminders import ReminderNotifier, ReminderScheduler
        from calfdesk.ui.shell.tray import REMINDER_KEYS, Tray

        self.tray = Tray(self, self.context.settings)
        self.tray.log_requested.connect(self.show_log_dialog)
        self.tray.rehab_requested.connect(lambda: self.bring_forward("rehab"))
        self.tray.open_requested.connect(self.bring_forward)
        self.tray.quit_requested.connect(self.quit)
        self.events.settings_changed.connect(lambda key: self._reminders_changed() if key in REMINDER_KEYS else None)
        self._reminders_changed()
        self.reminders = ReminderScheduler(self.context, ReminderNotifier(self.tray, self.show_status), parent=self)

    def _reminders_changed(self) -> None:
        self.tray.sync()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            # With the tray icon up, a window closed to the tray must not end the program.
            app.setQuitOnLastWindowClosed(not self.tray.active)

    # actions ----------------------------------------------------------------------------------------

    def log_soreness(self) -> None:
        if self.current_key() == "diary" and self.isVisible():
            page: Any = self.page("diary")
            page.focus_form()
            return
        self.show_log_dialog()

    def show_log_dialog(self) -> Any:
        """The compact Log soreness dialog (from Ctrl+N, the tray and a reminder), even with the window hidden."""
        from calfdesk.ui.diary.entry_dialog import EntryDialog

        dialog = EntryDialog(self.context, parent=self if self.isVisible() else None)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._log_dialog = dialog
        dialog.open()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def bring_forward(self, key: str | None = None) -> None:
        """Show the window (from the tray), on page `key` when given."""
        if key is not None:
            self.navigate(key)
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def start_in_tray(self) -> None:
        """Started with the computer: only the tray icon; the window opens from it."""
        self.page("today")

    def quit(self) -> None:
        """Quit for real, also while the tray icon is up."""
        self._quitting = True
        self.close()
        app = QApplication.instance()
        if app is not None and not self.isVisible():
            app.quit()

    def export_csv(self) -> None:
        from calfdesk.ui.diary.transfer import export_diary

        export_diary(self.context, self)

    def import_csv(self) -> None:
        from calfdesk.ui.diary.transfer import import_diary

        import_diary(self.context, self)

    def refresh(self) -> None:
        """Reload every built page from the data file (e.g. after entries were logged from the command line)."""
        self.events.refresh_requested.emit()
        self.show_status(self.tr("Reloaded from the data file"))

    def show_report(self) -> Any:
        from calfdesk.ui.report.dialog import ReportDialog

        return ReportDialog(self.context, self).exec()

    def use_database(self, db: Database) -> None:
        """Show another (restored or chosen) data file; every page reloads from it."""
        self.context.db = db
        set_plain_text(self._data_label, db.path)
        self.check_folder_privacy()
        self.refresh()

    def check_folder_privacy(self) -> None:
        """Warn in the status bar, for as long as it lasts, when other users can open the data folder."""
        folder = self.context.db.data_dir
        mode = open_to_others(folder)
        self.privacy_warning.setVisible(mode is not None)
        if mode is None:
            return
        self.privacy_warning.setText(self.tr("Your data folder is open to other users"))
        advice = self.tr(
            "{folder} can be opened by other users of this computer (mode {mode}). To keep your health data "
            "private, run: chmod 700 '{folder}'"
        ).format(folder=folder, mode=f"{mode:04o}")
        self.privacy_warning.setToolTip(literal(advice))

    def show_preferences(self) -> Any:
        from calfdesk.ui.shell.data_folder_move import move_data_folder
        from calfdesk.ui.shell.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(
            self.context,
            self,
            set_theme=self.set_theme,
            move_folder=lambda: move_data_folder(dialog, self.context, self.data_safety.switch_folder),
        )
        return dialog.exec()

    def set_theme(self, choice: str) -> None:
        self.context.settings.set("theme", choice)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        theme.apply(app, choice)
        for action, key in zip(self._theme_actions, theme.THEMES, strict=True):
            action.setChecked(key == choice)
        self.events.settings_changed.emit("theme")

    def show_shortcuts(self) -> Any:
        from calfdesk.ui.shell.shortcuts_dialog import ShortcutsDialog

        return ShortcutsDialog(self).exec()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About calfdesk"),
            self.tr(
                "<h3>calfdesk {version}</h3><p>A companion for runners with calf or "
                "Achilles pain: a guided self-assessment, rehab plans, a soreness diary "
                "and your training load.</p><p><b>Not medical advice.</b> "
                "{DISCLAIMER}</p><p>Your data stays on this computer. calfdesk never "
                "connects to the internet.</p>"
            ).format(version=__version__, DISCLAIMER=self.tr(DISCLAIMER)),
        )

    # start-up, geometry -----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._maybe_ready)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Expose and not self._painted:
            QTimer.singleShot(0, self._mark_painted)
        return super().event(event)

    def _mark_painted(self) -> None:
        self._painted = True
        self._maybe_ready()

    def _today_loaded(self) -> None:
        self._loaded = True
        self._maybe_ready()

    def _maybe_ready(self) -> None:
        if self._painted and self._loaded:
            self._loaded = False
            if not self._started:
                self._started = True
                QTimer.singleShot(0, self, self._start_extras)
                QTimer.singleShot(PRELOAD_DELAY_MS, self, self._preload)
            self.ready.emit()

    def _start_extras(self) -> None:
        if self.isVisible() and not self.context.started:
            self.context.started = True
            self.events.started.emit()

    def _preload(self) -> None:
        if self.isVisible():
            self.preloader.start()

    def _close_choice(self) -> str:
        """ "tray", "quit" or "cancel": the runner's choice for closing with reminders on, asked the first time
        and then remembered (Preferences can change it)."""
        choice: str = self.context.settings.close_to_tray
        if choice == "ask":
            from calfdesk.ui.shell.tray_choice import ask_close_to_tray

            choice = ask_close_to_tray(self)
            if choice != "cancel":
                self.context.settings.set("close_to_tray", choice)
        return choice

    def _save_geometry(self) -> None:
        self._window_settings.setValue("geometry", self.saveGeometry())
        self._window_settings.sync()
        make_private_file(Path(self._window_settings.fileName()))

    def _restore_geometry(self) -> None:
        """The last size and place when it still fits a screen, otherwise a size made for this screen."""
        geometry = self._window_settings.value("geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry) and self._fits_a_screen():
            return
        self.fit_to_screen()

    def _fits_a_screen(self) -> bool:
        """Whether the restored window lies on a screen that still has room for it (screens change)."""
        frame = self.geometry()
        for screen in QGuiApplication.screens():
            available = screen.availableGeometry()
            if (
                available.contains(frame.center())
                and frame.width() <= available.width()
                and frame.height() <= available.height()
            ):
                return True
        return False

    def fit_to_screen(self) -> None:
        """Open within the screen's available area: a comfortable size centred on a large screen, the whole
        area (maximised) on a laptop-sized one."""
        available = self.screen().availableGeometry()
        width, height = PREFERRED_SIZE
        if available.width() < width + SCREEN_MARGIN or available.height() < height + SCREEN_MARGIN:
            self.setGeometry(available)
            # Maximised when first shown (the window manager then allows for its title bar), unless whoever
            # made the window chose a size meanwhile.
            self._maximise_at = self.size()
            return
        self.resize(width, height)
        self.move(available.center() - self.rect().center())

    def showEvent(self, event: QShowEvent) -> None:
        if self._maximise_at is not None and self.size() == self._maximise_at:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        self._maximise_at = None
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if event.spontaneous() and not self._quitting and self.tray.active:
            # Closed by the runner with reminders on: stay in the tray so the reminders still come.
            choice = self._close_choice()
            if choice != "quit":
                event.ignore()
                if choice == "tray":
                    self._save_geometry()
                    self.hide()
                return
        self._save_geometry()
        from calfdesk.ui.tasks import wait_for_all

        self.tray.menu.close()
        if self.tray.icon is not None:
            self.tray.icon.hide()
            app = QApplication.instance()
            if isinstance(app, QApplication):
                app.setQuitOnLastWindowClosed(True)

        wait_for_all()
        self.preloader.wait()
        super().closeEvent(event)
