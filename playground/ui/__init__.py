"""The only Streamlit-aware helpers: language, widgets that keep their state, the shared
training controls and control bar, and live chart slots. Pages import from here."""

from playground.ui.lang import labels, language, language_switch, t
from playground.ui.layout import page_header, show_chart, shown_number
from playground.ui.page_tools import after_page, before_page
from playground.ui.runtime import (
    close_legacy_page_not_found,
    expire_closed_sessions,
    keep_tensorflow_caches,
    page_run_in_turn,
    release_memory_when_session_ends,
)
from playground.ui.state import keep_widget_state
from playground.ui.training import (
    control_bar,
    live_fragment,
    pause_other_pages,
    trainer_for,
    training_controls,
)

__all__ = [
    "after_page",
    "before_page",
    "close_legacy_page_not_found",
    "control_bar",
    "expire_closed_sessions",
    "keep_tensorflow_caches",
    "keep_widget_state",
    "labels",
    "language",
    "language_switch",
    "live_fragment",
    "page_header",
    "page_run_in_turn",
    "pause_other_pages",
    "release_memory_when_session_ends",
    "show_chart",
    "shown_number",
    "t",
    "trainer_for",
    "training_controls",
]
