"""The only Streamlit-aware helpers: language, widgets that keep their state, the shared
training controls and control bar, and live chart slots. Pages import from here."""

from playground.ui.lang import language, language_switch, t
from playground.ui.layout import page_header, show_chart
from playground.ui.training import control_bar, run_live, trainer_for, training_controls
from playground.ui.widgets import keep_widget_state

__all__ = [
    "control_bar",
    "keep_widget_state",
    "language",
    "language_switch",
    "page_header",
    "run_live",
    "show_chart",
    "t",
    "trainer_for",
    "training_controls",
]
