"""Rehab plan page."""

from __future__ import annotations

from calfdesk.ui.pages.placeholder import NotYetAvailablePage


class RehabPage(NotYetAvailablePage):
    TITLE = "Rehab plan"
    EXPLANATION = (
        "Daily checklists of stretches and heel raises, progressed by how your pain responds, come in a later version."
    )
