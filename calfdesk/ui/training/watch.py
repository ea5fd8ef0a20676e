"""A plugged-in Garmin watch: when a mounted volume holds GARMIN/Activity, offer to import its runs.

The check lists the mounted volumes (QStorageInfo) and looks for one folder on each: cheap, and still run
off the GUI thread every few seconds, since a slow or sleeping drive can take a moment to answer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from PySide6.QtCore import QObject, QStorageInfo, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from calfdesk.importers.sources import garmin_activity_folder
from calfdesk.ui.tasks import TaskContext, run_task
from calfdesk.ui.widgets.common import card
from calfdesk.ui.widgets.texts import counted

CHECK_EVERY_MS: Final = 5000


@dataclass(frozen=True, slots=True)
class Watch:
    root: Path
    activities: Path
    files: int

    @property
    def name(self) -> str:
        return self.root.name or str(self.root)


def mounted_roots() -> list[Path]:
    """The root folders of the mounted, ready volumes."""
    return [
        Path(volume.rootPath())
        for volume in QStorageInfo.mountedVolumes()
        if volume.isValid() and volume.isReady() and volume.rootPath() != "/"
    ]


def find_watches(roots: list[Path]) -> list[Watch]:
    """The volumes among `roots` that are Garmin watches, with how many FIT files their Activity folder has."""
    found = []
    for root in roots:
        folder = garmin_activity_folder(root)
        if folder is None:
            continue
        try:
            files = sum(1 for path in folder.iterdir() if path.suffix.casefold() == ".fit")
        except OSError:
            continue
        found.append(Watch(root, folder, files))
    return found


class WatchMonitor(QObject):
    """Checks the mounted volumes now and then; `found(Watch)` once for each watch newly plugged in."""

    found = Signal(object)

    def __init__(self, parent: QObject, roots: Callable[[], list[Path]] = mounted_roots) -> None:
        super().__init__(parent)
        self._roots = roots
        self._known: set[Path] = set()
        self._checking = False
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()
        self.check()

    def check(self) -> None:
        if self._checking:
            return
        self._checking = True
        roots = self._roots

        def work(_task: TaskContext) -> list[Watch]:
            return find_watches(roots())

        run_task(work, self._checked, self._failed)

    def _checked(self, watches: list[Watch]) -> None:
        self._checking = False
        present = {watch.root for watch in watches}
        for watch in watches:
            if watch.root not in self._known:
                self.found.emit(watch)
        # A watch unplugged and plugged in again is offered again.
        self._known = present

    def _failed(self, _error: BaseException) -> None:
        self._checking = False


class WatchOffer(QWidget):
    """A calm banner: "Your Garmin watch FR255 is connected: 12 activity files. [Import new runs] [Not now]"."""

    import_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        frame, layout = card(spacing=8)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        row = QHBoxLayout()
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        row.addWidget(self.text, 1)
        self.import_button = QPushButton(self.tr("Import new runs"))
        self.import_button.setProperty("role", "primary")
        self.import_button.setAccessibleName(self.tr("Import the new runs of the connected watch"))
        self.import_button.clicked.connect(self._import)
        self.dismiss_button = QPushButton(self.tr("Not now"))
        self.dismiss_button.setAccessibleName(self.tr("Do not import the watch now"))
        self.dismiss_button.clicked.connect(self.hide)
        row.addWidget(self.import_button)
        row.addWidget(self.dismiss_button)
        layout.addLayout(row)
        self.watch: Watch | None = None
        self.hide()

    def offer(self, watch: Watch) -> None:
        self.watch = watch
        self.text.setText(
            counted(
                "A Garmin watch is connected ({name}): %n activity files. Runs already imported are skipped.",
                watch.files,
            ).format(name=watch.name)
        )
        self.show()

    def _import(self) -> None:
        if self.watch is not None:
            self.hide()
            self.import_requested.emit(self.watch)
