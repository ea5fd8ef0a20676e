"""pyqtgraph's date axis, its month and weekday names in the runner's language ("Okt.", "Mo. 5")."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pyqtgraph as pg

from calfdesk.ui.widgets.texts import month_name, weekday_name

# The tick formats of pyqtgraph's zoom levels that name a month or a weekday; the others are numbers.
_MONTH: str = "%b"
_WEEKDAY_AND_DAY: str = "%a %d"


class DateAxis(pg.DateAxisItem):
    """A bottom axis of dates in UTC seconds, as every chart of calfdesk draws them."""

    def __init__(self, **options: Any) -> None:
        super().__init__(utcOffset=0, **options)

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        spec = next((item for item in self.zoomLevel.tickSpecs if item.spacing == spacing), None)
        if spec is None or spec.format not in (_MONTH, _WEEKDAY_AND_DAY):
            return list(super().tickStrings(values, scale, spacing))
        days = [dt.datetime.fromtimestamp(value, dt.UTC).date() for value in values]
        if spec.format == _MONTH:
            return [month_name(day) for day in days]
        return [f"{weekday_name(day, short=True)} {day.day}" for day in days]
