"""The main window: the sidebar and its pages (`pages`), every menu with its shortcuts, and the actions they
run; the status bar (`status_bar`), size and place (`window_geometry`) and closing to the tray
(`close_to_tray`) have modules of their own.

Every menu action, its shortcut and the page it leads to are declared here together, so the Keyboard
shortcuts list and the menus cannot drift apart.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import QEvent, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QKeySequence,
    QPaintEvent,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMainWindow,
    QWidget,
)

from calfdesk.settings import Settings
from calfdesk.storage.database import Database
from calfdesk.ui.context import AppContext, AppEvents
from calfdesk.ui.shell.about import show_about
from calfdesk.ui.shell.close_to_tray import follow_tray, keep_in_tray, remove_tray
from calfdesk.ui.shell.data_safety import DataSafety
from calfdesk.ui.shell.pages import PAGES, build_page, make_sidebar, page_index, page_title
from calfdesk.ui.shell.preload import Preloader
from calfdesk.ui.shell.status_bar import DataFileStatus
from calfdesk.ui.shell.window_geometry import restore_geometry, save_geometry
from calfdesk.ui.widgets import theme

# Once the window has been idle this long after start, the other pages' modules load in the background.
PRELOAD_DELAY_MS: Final = 500


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

        self.sidebar, self.stack = make_sidebar()
        self.sidebar.currentRowChanged.connect(self._show_row)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.file_status = DataFileStatus(self.statusBar())
        self.privacy_warning = self.file_status.privacy_warning
        self.file_status.show_file(db)
        self._build_menus()
        self.data_safety = DataSafety(self, self.context, self.use_database)
        for action in (self.data_safety.backup_action, self.data_safety.restore_action):
            self.file_menu.insertAction(self.file_menu_tail, action)
        self._start_reminders()
        self._maximise_at = restore_geometry(self, self._window_settings)
        self.sidebar.setCurrentRow(0)

    # navigation -------------------------------------------------------------------------------------

    def page(self, key: str) -> QWidget:
        """The page for `key`, built on first use."""
        if key not in self._pages:
            self.preloader.wait()
            page = build_page(key, self.context, self.stack)
            self._pages[key] = page
            if key == "today" and hasattr(page, "loaded"):
                page.loaded.connect(self._today_loaded)
        return self._pages[key]

    def navigate(self, key: str, **kwargs: Any) -> QWidget:
        """Show a page; keyword arguments go to the page's `open_with(**kwargs)` when given."""
        self.sidebar.setCurrentRow(page_index(key))
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
        self.file_status.show_message(text)

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
        self.export_plan_action = self._action(self.tr("Export &plan…"), self.export_plan)
        self.import_plan_action = self._action(self.tr("Import pla&n…"), self.import_plan)
        file_menu.addAction(self.export_plan_action)
        file_menu.addAction(self.import_plan_action)
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
                self._action(page_title(spec), lambda _=False, k=spec.key: self.navigate(k), f"Ctrl+{index}")
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
        self.tray.page_requested.connect(self.bring_forward)
        self.tray.open_requested.connect(self.bring_forward)
        self.tray.quit_requested.connect(self.quit)
        self.events.settings_changed.connect(lambda key: self._reminders_changed() if key in REMINDER_KEYS else None)
        self._reminders_changed()
        self.reminders = ReminderScheduler(self.context, ReminderNotifier(self.tray, self.show_status), parent=self)

    def _reminders_changed(self) -> None:
        follow_tray(self.tray)

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

        # A dialog of a minimized window would stay hidden with it: from the tray or a reminder it stands alone.
        shown = self.isVisible() and not self.isMinimized()
        dialog = EntryDialog(self.context, parent=self if shown else None)
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

    def export_plan(self) -> None:
        from calfdesk.ui.rehab.plan_files import export_plan

        export_plan(self.context, self)

    def import_plan(self) -> None:
        from calfdesk.ui.rehab.plan_files import import_plan

        import_plan(self.context, self)

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
        self.file_status.show_file(db)
        self.refresh()

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
        show_about(self)

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

    def showEvent(self, event: QShowEvent) -> None:
        if self._maximise_at is not None and self.size() == self._maximise_at:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        self._maximise_at = None
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closed by the runner with reminders on: stay in the tray so the reminders still come.
        outcome = keep_in_tray(self, event, self.tray, self.context, quitting=self._quitting)
        if outcome != "close":
            if outcome == "tray":
                save_geometry(self, self._window_settings)
                self.hide()
            return
        save_geometry(self, self._window_settings)
        from calfdesk.ui.tasks import wait_for_all

        remove_tray(self.tray)
        wait_for_all()
        self.preloader.wait()
        super().closeEvent(event)
