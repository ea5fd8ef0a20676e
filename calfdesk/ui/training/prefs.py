"""The runner's training preferences as the training widgets use them."""

from __future__ import annotations

from calfdesk.domain.training import parse_weekday
from calfdesk.domain.units import DistanceUnit
from calfdesk.ui.context import AppContext


def first_weekday(context: AppContext) -> int:
    """0 Monday .. 6 Sunday, from the `week_start` setting."""
    return parse_weekday(str(context.settings.get("week_start")))


def distance_unit(context: AppContext) -> DistanceUnit:
    return "mi" if context.settings.get("units") == "mi" else "km"
