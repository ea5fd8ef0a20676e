"""Assessment page."""

from __future__ import annotations

from calfdesk.ui.pages.placeholder import NotYetAvailablePage


class AssessmentPage(NotYetAvailablePage):
    TITLE = "Assessment"
    EXPLANATION = (
        "A guided check of your calf or Achilles pain, starting with the warning signs that need a doctor, "
        "comes in a later version. Until then, keep logging your soreness in the Diary."
    )
