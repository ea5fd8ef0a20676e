"""The window's pages: their order in the sidebar, and each page built from its module on first visit."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any, Final

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStackedWidget, QWidget

from calfdesk.ui.context import AppContext
from calfdesk.ui.widgets.texts import translatable


@dataclass(frozen=True, slots=True)
class PageSpec:
    key: str
    title: str
    module: str
    class_name: str


# Pages in sidebar order. A page class takes an AppContext; an optional `refresh()` reloads its data. Titles
# are translated where shown, in the context of `MainWindow` (marked for pyside6-lupdate).
PAGES: Final = (
    PageSpec("today", translatable("MainWindow", "Today"), "calfdesk.ui.today.page", "TodayPage"),
    PageSpec("assessment", translatable("MainWindow", "Assessment"), "calfdesk.ui.assessment.page", "AssessmentPage"),
    PageSpec("rehab", translatable("MainWindow", "Rehab plan"), "calfdesk.ui.rehab.page", "RehabPage"),
    PageSpec("diary", translatable("MainWindow", "Diary"), "calfdesk.ui.diary.page", "DiaryPage"),
    PageSpec("training", translatable("MainWindow", "Training"), "calfdesk.ui.training.page", "TrainingPage"),
    PageSpec("progress", translatable("MainWindow", "Progress"), "calfdesk.ui.progress.page", "ProgressPage"),
)


def page_title(spec: PageSpec) -> str:
    return QCoreApplication.translate("MainWindow", spec.title)


def page_index(key: str) -> int:
    return [spec.key for spec in PAGES].index(key)


def make_sidebar() -> tuple[QListWidget, QStackedWidget]:
    """The sidebar of page titles and the stack of pages, each page an empty holder until it is built."""
    sidebar = QListWidget()
    sidebar.setObjectName("sidebar")
    sidebar.setAccessibleName(QCoreApplication.translate("MainWindow", "Sections"))
    sidebar.setFixedWidth(190)
    sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    stack = QStackedWidget()
    for spec in PAGES:
        item = QListWidgetItem(page_title(spec))
        item.setData(Qt.ItemDataRole.UserRole, spec.key)
        item.setSizeHint(QSize(170, 40))
        sidebar.addItem(item)
        holder = QWidget()
        holder.setObjectName(f"holder-{spec.key}")
        stack.addWidget(holder)
    return sidebar, stack


def build_page(key: str, context: AppContext, stack: QStackedWidget) -> QWidget:
    """Import the page's module, build the page and put it in place of its holder in `stack`."""
    spec = PAGES[page_index(key)]
    page_class: Any = getattr(importlib.import_module(spec.module), spec.class_name)
    page: QWidget = page_class(context)
    page.setObjectName(f"page-{key}")
    index = page_index(key)
    old = stack.widget(index)
    stack.insertWidget(index, page)
    if old is not None:
        stack.removeWidget(old)
        old.deleteLater()
    return page
