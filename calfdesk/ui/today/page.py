"""Today: what was logged today, the last seven days, and the one big action: log soreness."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from calfdesk.domain.diary import CONTEXT_LABELS, LOCATION_LABELS, SIDE_LABELS, DiaryEntry
from calfdesk.i18n import Texts
from calfdesk.storage import diary_store
from calfdesk.storage.database import Database
from calfdesk.storage.diary_store import DayWorst
from calfdesk.ui.context import AppContext, Changes
from calfdesk.ui.operations import read
from calfdesk.ui.today.assessment_invite import AssessmentInvite
from calfdesk.ui.today.insights_card import InsightsCard
from calfdesk.ui.today.missed_note import MissedYesterdayNote
from calfdesk.ui.today.morning_check_in import MorningCheckInCard
from calfdesk.ui.today.ready_card import ReadyCard
from calfdesk.ui.today.rehab_checklist import TodayChecklist
from calfdesk.ui.today.training_notices import TrainingNotices
from calfdesk.ui.today.week_strip import WeekStrip
from calfdesk.ui.widgets.accessible import follow_layout
from calfdesk.ui.widgets.common import card, clear_layout, label, scrolling_page
from calfdesk.ui.widgets.texts import domain_word, long_date

_tr = Texts(__name__)


class TodayPage(QWidget):
    """Emits `loaded` each time its data has been read from the file."""

    loaded = Signal()

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        _scroll, layout = scrolling_page(self, self.tr("Today"), spacing=16)

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        self.title = label(self.tr("Today"), "page-title")
        self.date_label = label("", "muted")
        titles.addWidget(self.title)
        titles.addWidget(self.date_label)
        header.addLayout(titles, 1)
        self.log_button = QPushButton(self.tr("Log soreness"))
        self.log_button.setProperty("role", "primary-large")
        self.log_button.setAccessibleName(self.tr("Log soreness"))
        self.log_button.setToolTip(self.tr("Record how your calf or Achilles feels now (Ctrl+N)"))
        self.log_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.log_button.clicked.connect(self._log)
        header.addWidget(self.log_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(header)

        # Other features add their notices (warnings, check-ins) to this area.
        self.notices = QVBoxLayout()
        self.notices.setSpacing(10)
        training_notices = TrainingNotices(context)
        # Banners built on load come after the cards in the focus chain: Tab follows the page as it shows.
        training_notices.loaded.connect(lambda: follow_layout(self))
        self.notices.addWidget(training_notices)
        layout.addLayout(self.notices)
        layout.addWidget(AssessmentInvite(context))
        layout.addWidget(ReadyCard(context))
        self.missed_note = MissedYesterdayNote(context)
        self.notices.addWidget(self.missed_note)
        self.notices.addWidget(MorningCheckInCard(context))
        layout.addWidget(TodayChecklist(context))

        entries_card, entries_layout = card()
        entries_layout.addWidget(label(self.tr("Logged today"), "section-title"))
        self.entries_box = QVBoxLayout()
        self.entries_box.setSpacing(6)
        entries_layout.addLayout(self.entries_box)
        layout.addWidget(entries_card)

        week_card, week_layout = card()
        week_layout.addWidget(label(self.tr("The last 7 days"), "section-title"))
        week_layout.addWidget(label(self.tr("The worst soreness you logged each day, 0 to 10."), "muted"))
        self.week = WeekStrip()
        week_layout.addWidget(self.week)
        self.week_summary = label("", "muted", wrap=True)
        week_layout.addWidget(self.week_summary)
        layout.addWidget(week_card)
        self.insights = InsightsCard(context)
        layout.addWidget(self.insights)
        layout.addStretch(1)

        context.events.changed.connect(self._data_changed)
        context.events.refresh_requested.connect(self.refresh)
        QTimer.singleShot(0, self.refresh)

    def _data_changed(self, changes: Changes) -> None:
        if changes & Changes.DIARY:
            self.refresh()

    def _log(self) -> None:
        from calfdesk.ui.diary.entry_dialog import EntryDialog

        EntryDialog(self.context, parent=self.window()).exec()

    def refresh(self) -> None:
        today = dt.date.today()
        start = today - dt.timedelta(days=6)

        def work(db: Database) -> tuple[list[DiaryEntry], list[DayWorst]]:
            return diary_store.list_entries(db, today, today), diary_store.daily_worst(db, start, today)

        read(self.context, work, lambda found: self._show(today, *found), parent=self)

    def _show(self, today: dt.date, todays: list[DiaryEntry], week: list[DayWorst]) -> None:
        self.date_label.setText(long_date(today))
        self._show_entries(todays)
        self._show_week(today, week)
        self.loaded.emit()

    def _show_entries(self, entries: list[DiaryEntry]) -> None:
        clear_layout(self.entries_box)
        if not entries:
            self.entries_box.addWidget(
                label(self.tr("Nothing logged yet today. How does your calf feel right now?"), "muted", wrap=True)
            )
            return
        for entry in entries:
            self.entries_box.addWidget(_entry_line(entry))

    def _show_week(self, today: dt.date, week: list[DayWorst]) -> None:
        start = today - dt.timedelta(days=6)
        worst = dict(week)
        days = [
            (start + dt.timedelta(days=offset), worst.get(start + dt.timedelta(days=offset))) for offset in range(7)
        ]
        self.week.set_days(days)
        logged = [value for _, value in days if value is not None]
        if not logged:
            self.week_summary.setText(self.tr("No entries in the last 7 days."))
        else:
            self.week_summary.setText(
                self.tr("Logged on {days} of 7 days. Worst: {worst}, mildest: {mildest}.").format(
                    days=len(logged), worst=max(logged), mildest=min(logged)
                )
            )


def _entry_line(entry: DiaryEntry) -> QLabel:
    parts = [
        domain_word(CONTEXT_LABELS[entry.context]),
        domain_word(LOCATION_LABELS[entry.location]),
        domain_word(SIDE_LABELS[entry.side]),
    ]
    if entry.stiffness_min is not None:
        parts.append(_tr("{minutes} min stiffness").format(minutes=entry.stiffness_min))
    text = _tr("<b>{local_time:%H:%M}</b> &nbsp; soreness <b>{soreness}</b>/10 &nbsp; · {details}").format(
        local_time=entry.local_time, soreness=entry.soreness, details=", ".join(parts)
    )
    if entry.notes:
        from calfdesk.ui.widgets.plain_text import escaped

        text += f"<br><span>{escaped(entry.notes)}</span>"
    line = QLabel(text)
    line.setWordWrap(True)
    line.setTextFormat(Qt.TextFormat.RichText)
    return line
