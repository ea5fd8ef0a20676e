"""`python -m benchmarks.first_paint DATA`: start calfdesk on DATA exactly as `calfdesk` does and exit at the
first paint of its window (the opening frame at the window's place, see `calfdesk.ui.shell.opening`); prints
that window's size (WIDTH HEIGHT) so the bare-window floor can match it.

The wall time of this process, measured by the suite, is the time a runner waits to see the window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QPaintEvent

from calfdesk.ui.shell import app as shell_app
from calfdesk.ui.shell.opening import OpeningFrame


def main() -> int:
    painted = OpeningFrame.paintEvent

    def paint_then_exit(frame: OpeningFrame, event: QPaintEvent) -> None:
        painted(frame, event)
        print(frame.width(), frame.height(), flush=True)
        # Leave at once, as the bare window's floor does once it has painted.
        raise SystemExit(0)

    OpeningFrame.paintEvent = paint_then_exit  # type: ignore[method-assign]
    return shell_app.run_gui(Path(sys.argv[1]), smoke=True, data_dir_overridden=True)


if __name__ == "__main__":
    sys.exit(main())
