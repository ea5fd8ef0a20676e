"""Reminders reach a desktop with no tray through its notification service (the XDG portal over D-Bus),
and a click on one opens what it asks for. Runs against a stand-in portal on a private session bus."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection

from calfdesk.domain.reminders import Reminder
from calfdesk.ui.shell import tray as tray_module
from calfdesk.ui.shell.desktop_notifications import DesktopNotifications

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(shutil.which("dbus-daemon") is None, reason="needs dbus-daemon (.ci/run installs it)")


@pytest.fixture
def session_bus() -> Iterator[str]:
    """A private session bus; yields its address."""
    with subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    ) as daemon:
        assert daemon.stdout is not None
        yield daemon.stdout.readline().strip()
        daemon.terminate()


@pytest.fixture
def portal(session_bus: str) -> Iterator[subprocess.Popen[str]]:
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": session_bus, "QT_QPA_PLATFORM": "offscreen"}
    with subprocess.Popen(
        [sys.executable, "-m", "tests.ui.fake_portal"],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as process:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "ready"
        yield process
        process.kill()


@pytest.fixture
def private_bus(session_bus: str) -> Iterator[QDBusConnection]:
    bus = QDBusConnection.connectToBus(session_bus, f"calfdesk-test-{os.getpid()}")
    assert bus.isConnected()
    yield bus
    QDBusConnection.disconnectFromBus(bus.name())


def next_notification(process: subprocess.Popen[str]) -> dict[str, str]:
    assert process.stdout is not None
    return dict(json.loads(process.stdout.readline()))


def test_a_reminder_without_a_tray_goes_to_the_desktop_and_its_click_opens_the_log(
    qtbot, monkeypatch: pytest.MonkeyPatch, portal, private_bus: QDBusConnection, make_window
) -> None:
    # make_window comes last so the window closes before the bus it notifies through.
    monkeypatch.setattr(tray_module, "tray_available", lambda: False)
    desktop = lambda parent: DesktopNotifications(private_bus, parent)  # noqa: E731
    monkeypatch.setattr(tray_module, "make_desktop_notifications", desktop)
    window = make_window()
    window.context.settings.set("reminder_log_time", "20:00")
    window.events.settings_changed.emit("reminder_log_time")
    assert not window.tray.active, "this desktop has no tray"

    shown = window.tray.show_reminder(Reminder("log", "Log today's soreness", "A line about the calf."))

    assert shown == "desktop"
    notification = next_notification(portal)
    assert notification["id"] == "calfdesk-log"
    assert notification["title"] == "Log today's soreness"
    assert notification["body"] == "A line about the calf."
    assert notification["default-action"] == "open"
    with qtbot.waitSignal(window.tray.log_requested, timeout=5_000):
        assert portal.stdin is not None
        portal.stdin.write("click calfdesk-log\n")
        portal.stdin.flush()


def test_a_rehab_reminder_click_opens_the_rehab_page(qtbot, portal, private_bus: QDBusConnection) -> None:
    notifications = DesktopNotifications(private_bus)
    assert notifications.show(Reminder("morning", "Morning rehab", "3 items are waiting."))
    assert next_notification(portal)["id"] == "calfdesk-morning"
    with qtbot.waitSignal(notifications.clicked, timeout=5_000) as clicked:
        assert portal.stdin is not None
        portal.stdin.write("click calfdesk-morning\n")
        portal.stdin.flush()
    assert clicked.args == ["morning"]


def test_clicks_on_other_applications_notifications_are_ignored(qtbot, portal, private_bus: QDBusConnection) -> None:
    notifications = DesktopNotifications(private_bus)
    notifications.show(Reminder("log", "Log today's soreness", "A line about the calf."))
    next_notification(portal)
    with qtbot.assertNotEmitted(notifications.clicked, wait=500):
        assert portal.stdin is not None
        portal.stdin.write("click another-app-7\n")
        portal.stdin.flush()


def test_without_a_portal_one_failed_call_then_no_more_asking(qtbot, private_bus: QDBusConnection) -> None:
    notifications = DesktopNotifications(private_bus)
    assert notifications.show(Reminder("log", "Log today's soreness", "A line about the calf."))
    qtbot.waitUntil(lambda: not notifications.available, timeout=10_000)
    assert not notifications.show(Reminder("log", "Log today's soreness", "Again."))
