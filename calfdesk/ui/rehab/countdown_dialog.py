"""The timer of an exercise: a countdown for stretches, holds and timed exercises, and a rep coach for heel
drops (each rep's rise and its slow lowering, counted), stepping through every set, leg and rest.

Large type, to read from across the room; from the keyboard: Space starts or pauses, the right arrow skips a
step, Escape closes."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from calfdesk.domain.rehab import Dose, Exercise, TimerStep, timer_steps
from calfdesk.ui.widgets.accessible import caption
from calfdesk.ui.widgets.common import label


def clock_text(seconds: float) -> str:
    whole = max(0, int(seconds + 0.999))
    return f"{whole // 60}:{whole % 60:02d}"


class CountdownDialog(QDialog):
    """`clock` (seconds, monotonic) and `tick_ms` can be replaced in tests. Emits `completed` after the last
    step; the dialog is then accepted by 'Tick off and close'."""

    completed = Signal()

    def __init__(
        self,
        exercise: Exercise,
        dose: Dose,
        plan_side: str,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        tick_ms: int = 200,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Timer: {name}").format(name=exercise.name))
        self.setMinimumWidth(520)
        self.exercise = exercise
        self.steps: list[TimerStep] = timer_steps(exercise, dose, plan_side)
        self.index = 0
        self.remaining = float(self.steps[0].seconds) if self.steps else 0.0
        self.running = False
        self.is_complete = False
        self._clock = clock
        self._step_end = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.tick)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(label(exercise.name, "section-title", wrap=True))
        self.step_label = label("", "coach-step")
        caption(self.step_label, self.tr("Current step"))
        layout.addWidget(self.step_label)
        self.count_label = label("", "coach-count")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        caption(self.count_label, self.tr("Rep"))
        layout.addWidget(self.count_label)
        self.cue_label = label("", "coach-cue")
        self.cue_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        caption(self.cue_label, self.tr("What to do now"))
        layout.addWidget(self.cue_label)
        self.time_label = QLabel()
        self.time_label.setProperty("role", "countdown")
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        caption(self.time_label, self.tr("Time left in this step"))
        layout.addWidget(self.time_label)
        self.progress = QProgressBar()
        self.progress.setRange(0, max(len(self.steps), 1))
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Steps completed"))
        layout.addWidget(self.progress)
        self.next_label = label("", "muted")
        layout.addWidget(self.next_label)
        if exercise.stop_signs:
            # The exercise's first stop sign stays in sight while the timer runs (with heel drops: pain above 5/10).
            self.stop_label = label(
                self.tr("Stop and rethink if: {sign}").format(sign=exercise.stop_signs[0]), "banner-warning", wrap=True
            )
            layout.addWidget(self.stop_label)

        buttons = QHBoxLayout()
        self.skip_button = QPushButton(self.tr("Skip step"))
        self.skip_button.setAccessibleName(self.tr("Skip to the next step"))
        self.skip_button.clicked.connect(self.skip)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the timer"))
        self.close_button.clicked.connect(self.reject)
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setProperty("role", "primary")
        self.start_button.setAccessibleName(self.tr("Start or pause the timer"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self._start_clicked)
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.start_button)
        layout.addLayout(buttons)
        layout.addWidget(label(self.tr("Space: start or pause · Right arrow: skip a step · Esc: close"), "muted"))
        # Space always starts or pauses, whichever button has the focus.
        for keys, slot in (("Space", self._start_clicked), ("Right", self.skip)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)
        self.skip_button.setToolTip(self.tr("Skip to the next step (Right arrow)"))
        self.start_button.setToolTip(self.tr("Start or pause (Space)"))
        self._show()

    def _start_clicked(self) -> None:
        if self.is_complete:
            self.accept()
        elif self.running:
            self.pause()
        else:
            self.start()

    def start(self) -> None:
        if self.is_complete or not self.steps:
            return
        self.running = True
        self._step_end = self._clock() + self.remaining
        self._timer.start()
        self._show()

    def pause(self) -> None:
        self.tick()
        self.running = False
        self._timer.stop()
        self._show()

    def skip(self) -> None:
        self._next_step(self._clock())

    def tick(self) -> None:
        if not self.running:
            return
        now = self._clock()
        self.remaining = self._step_end - now
        while self.running and self.remaining <= 0:
            overshoot = -self.remaining
            self._next_step(now - overshoot)
        self._show()

    def _next_step(self, started_at: float) -> None:
        self.index += 1
        if self.index >= len(self.steps):
            self.index = len(self.steps)
            self.remaining = 0.0
            self.running = False
            self.is_complete = True
            self._timer.stop()
            self._show()
            self.completed.emit()
            return
        self.remaining = float(self.steps[self.index].seconds)
        self._step_end = started_at + self.remaining
        if self.running:
            self.remaining = self._step_end - self._clock()
        self._show()

    def _show(self) -> None:
        self.progress.setValue(self.index)
        if self.is_complete:
            self.step_label.setText(self.tr("All sets done"))
            self.count_label.hide()
            self.cue_label.hide()
            self.time_label.show()
            self.time_label.setText("0:00")
            self.next_label.setText(self.tr("Well done. Tick it off, or close without ticking."))
            self.start_button.setText(self.tr("Tick off and close"))
            self.skip_button.setEnabled(False)
            return
        step = self.steps[self.index]
        self.step_label.setText(self.step_text(step))
        rep = step.kind in ("rise", "lower")
        self.count_label.setVisible(rep)
        self.cue_label.setVisible(rep)
        self.time_label.setVisible(not rep)
        if rep:
            self.count_label.setText(self.tr("Rep {rep} of {reps}").format(rep=step.rep, reps=step.reps))
            self.cue_label.setText(
                self.tr("Lower slowly… {seconds}").format(seconds=max(1, int(self.remaining + 0.999)))
                if step.kind == "lower"
                else self.tr("Up onto your toes")
            )
        self.time_label.setText(clock_text(self.remaining))
        self.next_label.setText(self._next_text())
        self.start_button.setText(
            self.tr("Pause") if self.running else (self.tr("Resume") if self._started() else self.tr("Start"))
        )

    def _leg(self, leg: str) -> str:
        return {"left": self.tr("left leg"), "right": self.tr("right leg")}.get(leg, "")

    def step_text(self, step: TimerStep) -> str:
        """What a step asks, in words: "Hold 1 of 2, left leg", "Set 1 of 3, left leg", "Rest before set 2
        of 3", "Switch to the right leg"."""
        leg = self._leg(step.leg)
        if step.kind == "switch":
            return self.tr("Switch to the {leg}").format(leg=leg)
        if step.kind == "rest":
            return self.tr("Rest before set {number} of {sets}").format(number=step.number, sets=step.sets)
        if not step.sets:
            return self.tr("Keep going")
        if step.kind == "work":
            text = self.tr("Hold {number} of {sets}").format(number=step.number, sets=step.sets)
        else:
            text = self.tr("Set {number} of {sets}").format(number=step.number, sets=step.sets)
        return self.tr("{step}, {leg}").format(step=text, leg=leg) if leg else text

    def _next_text(self) -> str:
        """What comes after this step; during a rep, after this rep."""
        step = self.steps[self.index]
        later = self.steps[self.index + 1 :]
        if step.kind in ("rise", "lower"):
            later = [other for other in later if other.kind not in ("rise", "lower") or other.rep != step.rep]
        following = later[0] if later else None
        if following is None:
            return self.tr("Last step")
        if following.kind in ("rise", "lower"):
            if step.kind in ("rise", "lower"):
                return self.tr("Then rep {rep} of {reps}").format(rep=following.rep, reps=following.reps)
            return self.tr("Next: {step}").format(step=self.step_text(following))
        return self.tr("Next: {step} ({time})").format(
            step=self.step_text(following), time=clock_text(following.seconds)
        )

    def _started(self) -> bool:
        return self.index > 0 or self.remaining < self.steps[0].seconds

    def done(self, result: int) -> None:
        self._timer.stop()
        super().done(result)
