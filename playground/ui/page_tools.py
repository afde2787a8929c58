"""What app.py adds around every lesson page: a share link's settings loaded before the page
draws its widgets, and after the page the share panel, code export and run comparison."""

from __future__ import annotations

from playground.lessons import LESSON_KEYS


def before_page(page: str) -> None:
    """Runs before the page script (nothing yet for pages without a lesson)."""
    if page not in LESSON_KEYS:
        return


def after_page(page: str) -> None:
    """Runs after the page script drew itself."""
    if page not in LESSON_KEYS:
        return
