"""The Training page's card of the week under way and the changes of the last full week, and the card that
explains those figures."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout

from calfdesk.domain.load_warnings import info_text
from calfdesk.domain.units import DistanceUnit, format_distance, format_elevation
from calfdesk.domain.weekly_load import RAMP_FLAG_PCT, WeekLoad
from calfdesk.i18n import number
from calfdesk.ui.widgets import theme
from calfdesk.ui.widgets.accessible import caption
from calfdesk.ui.widgets.common import card_layout, label
from calfdesk.ui.widgets.texts import counted


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value:+.0f}%"


class WeekCard(QFrame):
    """This week so far, and last full week's change, 7:28-day ratio and push-offs per leg."""

    def __init__(self) -> None:
        super().__init__()
        self.setFixedWidth(340)
        layout = card_layout(self, spacing=8)
        layout.addWidget(label(self.tr("This week so far"), "section-title"))
        self.week_distance = label("", "big-number")
        caption(self.week_distance, self.tr("Distance this week"))
        layout.addWidget(self.week_distance)
        self.week_detail = label("", "muted", wrap=True)
        layout.addWidget(self.week_detail)
        layout.addSpacing(6)
        self.last_week_title = label(self.tr("Last full week"), "section-title")
        layout.addWidget(self.last_week_title)
        self.change_label = label("", wrap=True)
        caption(self.change_label, self.tr("Change in distance"))
        layout.addWidget(self.change_label)
        self.ratio_label = label("", wrap=True)
        caption(self.ratio_label, self.tr("7-day to 28-day ratio"))
        layout.addWidget(self.ratio_label)
        self.push_offs_label = label("", wrap=True)
        caption(self.push_offs_label, self.tr("Push-offs per leg"))
        layout.addWidget(self.push_offs_label)
        layout.addStretch(1)
        self._shown: tuple[list[WeekLoad], DistanceUnit] = ([], "km")
        # The flag of a fast rise is in the theme's warning colour: written again after a change of theme.
        theme.follow(self, lambda _colors: self.set_weeks(*self._shown))

    def set_weeks(self, weeks: list[WeekLoad], unit: DistanceUnit) -> None:
        """The week under way as it stands, and the changes of the last full week (a week just begun would
        always look like a drop)."""
        self._shown = (weeks, unit)
        current = weeks[-1] if weeks else None
        if current is None:
            self.week_distance.setText(format_distance(0, unit))
            self.week_detail.setText(self.tr("No runs yet."))
        else:
            sessions = [counted("%n runs", current.runs)]
            sessions.append(self.tr("{climb} of climb").format(climb=format_elevation(current.elevation_gain_m, unit)))
            if current.hill_runs:
                sessions.append(counted("%n hill sessions", current.hill_runs))
            if current.speed_runs:
                sessions.append(counted("%n speed sessions", current.speed_runs))
            self.week_distance.setText(format_distance(current.distance_km, unit))
            self.week_detail.setText(
                self.tr("Since {week_start:%A %d %B}: {sessions}; about {push_offs_per_leg} push-offs per leg.").format(
                    week_start=current.week_start,
                    sessions=", ".join(sessions),
                    push_offs_per_leg=number(current.push_offs_per_leg, 0, grouped=True),
                )
            )
        last = weeks[-2] if len(weeks) > 1 else None
        self.last_week_title.setVisible(last is not None)
        for widget in (self.change_label, self.ratio_label, self.push_offs_label):
            widget.setVisible(last is not None)
        if last is None:
            return
        self.last_week_title.setText(self.tr("Week of {week_start:%d %B}").format(week_start=last.week_start))
        flagged = last.ramp_flag or (current is not None and current.ramp_flag)
        lines = [
            self.tr("{distance}, <b>{change}</b> on the week before").format(
                distance=format_distance(last.distance_km, unit), change=percent(last.change_pct)
            ),
            self.tr("Two weeks against the two before: <b>{change}</b>").format(
                change=percent(last.two_week_change_pct)
            ),
        ]
        if flagged:
            warning = theme.current().colors["warning"]
            lines.append(
                self.tr(
                    "<span style='color:{color}'><b>A rise of over {limit:.0f}% across two weeks</b></span>"
                ).format(color=warning, limit=RAMP_FLAG_PCT)
            )
        elif last.rise_info:
            lines.append(self.tr("A rise of over 10%, shown for information"))
        self.change_label.setText("<br>".join(lines))
        if last.acwr is None:
            self.ratio_label.setText(self.tr("7:28-day ratio: — (shown once 28 days of runs exist)"))
        else:
            band = {
                "low": self.tr("below the usual 0.8–1.3"),
                "usual": self.tr("within the usual 0.8–1.3"),
                "raised": self.tr("above the usual 0.8–1.3"),
                "high": self.tr("high (1.5 or more)"),
            }[last.ratio_band or "usual"]
            self.ratio_label.setText(
                self.tr("7:28-day ratio: <b>{acwr}</b>, {band}; information only").format(
                    acwr=number(last.acwr, 2), band=band
                )
            )
        self.push_offs_label.setText(
            self.tr("Push-offs per leg: about <b>{push_offs_per_leg}</b>").format(
                push_offs_per_leg=number(last.push_offs_per_leg, 0, grouped=True)
            )
        )


class AboutFiguresCard(QFrame):
    """What the week card's change, ratio and push-offs mean, side by side under the charts."""

    def __init__(self) -> None:
        super().__init__()
        layout = card_layout(self, spacing=8)
        layout.addWidget(label(self.tr("About these figures"), "section-title"))
        row = QHBoxLayout()
        row.setSpacing(20)
        for key in ("change", "ratio", "push_offs"):
            note = label(info_text(key), "muted", wrap=True)
            note.setProperty("info", key)
            note.setAlignment(Qt.AlignmentFlag.AlignTop)
            row.addWidget(note, 1)
        layout.addLayout(row)
