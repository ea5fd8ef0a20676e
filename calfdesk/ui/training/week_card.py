"""The Training page's card of the week under way and the changes of the last full week, and the card that
explains those figures."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout

from calfdesk.domain.training import RAMP_FLAG_PCT, WeekLoad, info_text
from calfdesk.domain.units import DistanceUnit, format_distance, format_elevation
from calfdesk.ui.widgets import theme
from calfdesk.ui.widgets.common import label
from calfdesk.ui.widgets.texts import counted

# Counted nouns of the Training page, each with its forms in the translations (see ui.widgets.texts).
COUNTED: Final = {"run": "%n runs", "file": "%n files", "more file": "%n more files", "duplicate": "%n duplicates"}


def count(number: int, noun: str) -> str:
    return counted(COUNTED[noun], number)


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value:+.0f}%"


class WeekCard(QFrame):
    """This week so far, and last full week's change, 7:28-day ratio and push-offs per leg."""

    def __init__(self) -> None:
        super().__init__()
        self.setProperty("role", "card")
        self.setFixedWidth(340)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(8)
        layout.addWidget(label(self.tr("This week so far"), "section-title"))
        self.week_distance = label("", "big-number")
        self.week_distance.setAccessibleName(self.tr("Distance this week"))
        layout.addWidget(self.week_distance)
        self.week_detail = label("", "muted", wrap=True)
        layout.addWidget(self.week_detail)
        layout.addSpacing(6)
        self.last_week_title = label(self.tr("Last full week"), "section-title")
        layout.addWidget(self.last_week_title)
        self.change_label = label("", wrap=True)
        self.change_label.setAccessibleName(self.tr("Change in distance"))
        layout.addWidget(self.change_label)
        self.ratio_label = label("", wrap=True)
        self.ratio_label.setAccessibleName(self.tr("7-day to 28-day ratio"))
        layout.addWidget(self.ratio_label)
        self.push_offs_label = label("", wrap=True)
        self.push_offs_label.setAccessibleName(self.tr("Push-offs per leg"))
        layout.addWidget(self.push_offs_label)
        layout.addStretch(1)

    def set_weeks(self, weeks: list[WeekLoad], unit: DistanceUnit) -> None:
        """The week under way as it stands, and the changes of the last full week (a week just begun would
        always look like a drop)."""
        current = weeks[-1] if weeks else None
        if current is None:
            self.week_distance.setText(format_distance(0, unit))
            self.week_detail.setText(self.tr("No runs yet."))
        else:
            sessions = [count(current.runs, "run")]
            sessions.append(f"{format_elevation(current.elevation_gain_m, unit)} of climb")
            if current.hill_runs:
                sessions.append(f"{current.hill_runs} hill")
            if current.speed_runs:
                sessions.append(f"{current.speed_runs} speed")
            self.week_distance.setText(format_distance(current.distance_km, unit))
            self.week_detail.setText(
                self.tr("Since {week_start:%A %d %B}: {value}; about {push_offs_per_leg:,} push-offs per leg.").format(
                    week_start=current.week_start,
                    value=", ".join(sessions),
                    push_offs_per_leg=current.push_offs_per_leg,
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
            f"{format_distance(last.distance_km, unit)}, <b>{percent(last.change_pct)}</b> on the week before",
            f"Two weeks against the two before: <b>{percent(last.two_week_change_pct)}</b>",
        ]
        if flagged:
            warning = theme.current().colors["warning"]
            lines.append(
                f"<span style='color:{warning}'><b>A rise of over {RAMP_FLAG_PCT:.0f}% across two weeks</b></span>"
            )
        elif last.rise_info:
            lines.append("A rise of over 10%, shown for information")
        self.change_label.setText("<br>".join(lines))
        if last.acwr is None:
            self.ratio_label.setText(self.tr("7:28-day ratio: — (needs four weeks of runs)"))
        else:
            band = {
                "low": "below the usual 0.8–1.3",
                "usual": "within the usual 0.8–1.3",
                "raised": "above the usual 0.8–1.3",
                "high": "high (1.5 or more)",
            }[last.ratio_band or "usual"]
            self.ratio_label.setText(
                self.tr("7:28-day ratio: <b>{acwr:.2f}</b>, {band}; information only").format(acwr=last.acwr, band=band)
            )
        self.push_offs_label.setText(
            self.tr("Push-offs per leg: about <b>{push_offs_per_leg:,}</b>").format(
                push_offs_per_leg=last.push_offs_per_leg
            )
        )


class AboutFiguresCard(QFrame):
    """What the week card's change, ratio and push-offs mean, side by side under the charts."""

    def __init__(self) -> None:
        super().__init__()
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(8)
        layout.addWidget(label(self.tr("About these figures"), "section-title"))
        row = QHBoxLayout()
        row.setSpacing(20)
        for key in ("change", "ratio", "push_offs"):
            note = label(info_text(key), "muted", wrap=True)
            note.setProperty("info", key)
            note.setAlignment(Qt.AlignmentFlag.AlignTop)
            row.addWidget(note, 1)
        layout.addLayout(row)
