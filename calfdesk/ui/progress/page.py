"""Progress: each measure over time (PSFS, heel-raise test, ...), one chart per measure with the plan's phases
shaded and the runs optionally beneath, and the PSFS card to name activities and add this week's scores."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFileDialog, QHBoxLayout, QVBoxLayout, QWidget

from calfdesk.errors import InvalidInput
from calfdesk.services import measures
from calfdesk.services.measures import Progress
from calfdesk.storage.database import Database
from calfdesk.ui.context import AppContext, Changes
from calfdesk.ui.operations import read, write
from calfdesk.ui.progress.packs_card import PacksCard
from calfdesk.ui.progress.psfs_card import PsfsCard
from calfdesk.ui.progress.words import chart_description, measure_name
from calfdesk.ui.widgets.accessible import caption
from calfdesk.ui.widgets.common import card, clear_layout, label, scrolling_page
from calfdesk.ui.widgets.messages import show_error
from calfdesk.ui.widgets.plain_text import set_plain_text

# Settings that change what the page shows.
SHOWN_SETTINGS = frozenset({"sex", "birth_year", "units", "theme"})


def load_progress(context: AppContext) -> Callable[[Database], Progress]:
    settings = context.settings
    sex, birth_year = settings.sex or None, settings.birth_year or None

    def work(db: Database) -> Progress:
        return measures.progress(db, dt.date.today(), sex=sex, birth_year=birth_year)

    return work


class ProgressPage(QWidget):
    """Emits `loaded` each time it shows the file's current measures."""

    loaded = Signal()

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self._loading = False
        self._reload_again = False
        self.data: Progress | None = None
        self.charts: list[QWidget] = []
        _scroll, layout = scrolling_page(self, self.tr("Progress"))
        layout.addWidget(label(self.tr("Progress"), "page-title"))
        layout.addWidget(
            label(
                self.tr(
                    "How your calf does over the weeks. A change counts once it passes the smallest change that "
                    "matters, the shaded band around your first score."
                ),
                "muted",
                wrap=True,
            )
        )
        options = QHBoxLayout()
        self.runs_check = QCheckBox(self.tr("Show &runs beneath the charts"))
        self.runs_check.setAccessibleName(self.tr("Show runs beneath the charts: the distance run each day"))
        self.runs_check.toggled.connect(self._show_charts)
        options.addWidget(self.runs_check)
        options.addStretch(1)
        layout.addLayout(options)
        self.empty = label(
            self.tr(
                "No measures yet. Name your activities below and score them, or record a heel-raise test on the "
                "Rehab plan page."
            ),
            "banner-info",
            wrap=True,
        )
        self.empty.hide()
        layout.addWidget(self.empty)
        self.charts_box = QVBoxLayout()
        self.charts_box.setSpacing(14)
        layout.addLayout(self.charts_box)
        self.psfs_card = PsfsCard()
        self.psfs_card.activities_requested.connect(self.save_activities)
        self.psfs_card.scores_requested.connect(self.save_scores)
        layout.addWidget(self.psfs_card)
        self.packs_card = PacksCard()
        self.packs_card.add_requested.connect(self.choose_pack_file)
        self.packs_card.answers_requested.connect(self.save_pack_answers)
        layout.addWidget(self.packs_card)
        layout.addStretch(1)
        context.events.changed.connect(self._data_changed)
        context.events.settings_changed.connect(self._settings_changed)
        context.events.refresh_requested.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        if self._loading:
            self._reload_again = True
            return
        self._loading = True
        read(self.context, load_progress(self.context), self._show, failure=self._load_failed, parent=self)

    def _load_failed(self, error: BaseException) -> None:
        self._loading = False
        show_error(self, self.tr("Your measures could not be read"), error)

    def _show(self, data: Progress) -> None:
        self._loading = False
        if self._reload_again:
            self._reload_again = False
            self.reload()
            return
        self.data = data
        self.psfs_card.show_activities(data.activities)
        self.packs_card.show_packs(data.packs)
        self._show_charts()
        self.loaded.emit()

    def _show_charts(self) -> None:
        data = self.data
        if data is None:
            return
        clear_layout(self.charts_box)
        self.charts = []
        self.empty.setVisible(not data.summaries)
        if not data.summaries:
            return
        from calfdesk.ui.progress.measure_chart import MeasureChart

        for summary in data.summaries:
            frame, layout = card(spacing=8)
            # A pack's name and the runner's activities are shown as plain text, whatever they hold.
            title = label("", "section-title")
            set_plain_text(title, measure_name(summary.measure))
            layout.addWidget(title)
            norm = data.heel_raise_norm
            chart = MeasureChart(
                summary,
                data.phases,
                data.runs,
                self.context.settings.units,
                show_runs=self.runs_check.isChecked(),
                norm=norm,
            )
            layout.addWidget(chart)
            words = label("", "muted", wrap=True)
            set_plain_text(words, chart_description(summary, norm))
            caption(words, self.tr("{name}: in words").format(name=measure_name(summary.measure)))
            layout.addWidget(words)
            self.charts_box.addWidget(frame)
            self.charts.append(chart)

    def save_activities(self, names: list[str]) -> None:
        self.psfs_card.show_problem("")
        write(
            self.context,
            lambda db: measures.set_psfs_activities(db, names),
            Changes.REHAB,
            lambda _saved: self.context.show_status(self.tr("Your activities are saved")),
            failure=self._save_failed,
            parent=self,
        )

    def save_scores(self, day: dt.date, scores: list[int]) -> None:
        self.psfs_card.show_problem("")

        def saved(reading: object) -> None:
            self.psfs_card.scores_saved()
            self.context.show_status(self.tr("This week's scores are saved"))

        write(
            self.context,
            lambda db: measures.add_psfs(db, day, scores),
            Changes.REHAB,
            saved,
            failure=self._save_failed,
            parent=self,
        )

    def choose_pack_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Add a questionnaire pack"), "", self.tr("Questionnaire packs (*.toml)")
        )
        if path:
            self.add_pack_file(Path(path))

    def add_pack_file(self, path: Path) -> None:
        self.packs_card.show_problem("")
        write(
            self.context,
            lambda db: measures.add_pack(db, measures.read_pack_file(path)),
            Changes.REHAB,
            lambda pack: self.context.show_status(self.tr("Added {name}").format(name=pack.name)),
            failure=lambda error: self._pack_failed(error),
            parent=self,
        )

    def save_pack_answers(self, pack_id: str, answers: list[int]) -> None:
        self.packs_card.show_problem("")
        write(
            self.context,
            lambda db: measures.answer_pack(db, pack_id, dt.date.today(), answers),
            Changes.REHAB,
            lambda _reading: self.context.show_status(self.tr("Your answers are saved")),
            failure=lambda error: self._pack_failed(error),
            parent=self,
        )

    def _pack_failed(self, error: BaseException) -> None:
        if isinstance(error, InvalidInput):
            self.packs_card.show_problem(error.message)
            return
        show_error(self, self.tr("Nothing was saved"), error)

    def _save_failed(self, error: BaseException) -> None:
        if isinstance(error, InvalidInput):
            self.psfs_card.show_problem(error.message)
            return
        show_error(self, self.tr("Nothing was saved"), error)

    def _data_changed(self, changes: Changes) -> None:
        if changes & (Changes.REHAB | Changes.TRAINING):
            self.reload()

    def _settings_changed(self, key: str) -> None:
        if key in SHOWN_SETTINGS:
            self.reload()
