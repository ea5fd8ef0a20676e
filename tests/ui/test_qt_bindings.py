"""The Qt bindings in use keep Python's reference counts right: a binding that releases None once too often
brings the window down after a few thousand chart updates ("deallocating None")."""

import sys

from PySide6.QtCore import QRect, QRectF


def test_void_calls_on_value_types_leave_none_alone() -> None:
    rect, int_rect = QRectF(0, 0, 10, 10), QRect(0, 0, 10, 10)
    before = sys.getrefcount(None)
    for _ in range(2000):
        rect.setRect(0, 0, 5, 5)
        int_rect.setRect(0, 0, 5, 5)
    assert abs(sys.getrefcount(None) - before) < 200
