"""What app.py adds around every lesson page: a share link's settings loaded before the page
draws its widgets, and after the page the share panel, code export and run comparison."""

from __future__ import annotations

from playground.lessons import LESSON_KEYS
from playground.ui import compare as compare_ui
from playground.ui import export as export_ui
from playground.ui import share as share_ui


def _share_before(page: str) -> None:
    """A share link's settings go into the widgets (first visit only); projector CSS."""
    share_ui.open_link(page)


def _share_after(page: str) -> None:
    """The URL mirrors the spec; the Share panel at the bottom of the sidebar."""
    share_ui.sync_link(page)
    share_ui.share_panel(page)


def _export_after(page: str) -> None:
    """The Code panel under a training page: runnable code, the model and its history."""
    export_ui.export_panel(page)


def before_page(page: str) -> None:
    """Runs before the page script (nothing yet for pages without a lesson)."""
    if page not in LESSON_KEYS:
        return
    _share_before(page)


def after_page(page: str) -> None:
    """Runs after the page script drew itself."""
    if page not in LESSON_KEYS:
        return
    _share_after(page)
    compare_ui.compare_panel(page)
    _export_after(page)
