"""Help > About: the version, what calfdesk is for, and the disclaimer the welcome dialog shows too."""

from __future__ import annotations

from typing import Final

from PySide6.QtWidgets import QMessageBox, QWidget

from calfdesk import __version__
from calfdesk.i18n import Texts

# Translated where shown, in the context of `MainWindow`.
DISCLAIMER: Final = (
    "calfdesk is an educational self-assessment and self-care tracker. It does not diagnose and it does not "
    "replace a clinician. If your calf is swollen, warm or red, if you are short of breath, or if the pain "
    "is severe, seek medical help now."
)


_tr = Texts(__name__)


def show_about(parent: QWidget) -> None:
    QMessageBox.about(
        parent,
        _tr("About calfdesk"),
        _tr(
            "<h3>calfdesk {version}</h3><p>A companion for runners with calf or "
            "Achilles pain: a guided self-assessment, rehab plans, a soreness diary "
            "and your training load.</p><p><b>Not medical advice.</b> "
            "{DISCLAIMER}</p><p>Your data stays on this computer. calfdesk never "
            "connects to the internet.</p>"
        ).format(version=__version__, DISCLAIMER=_tr(DISCLAIMER)),
    )
