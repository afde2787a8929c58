"""Page anatomy shared by every page, and chart slots that can be redrawn live."""

from __future__ import annotations

import itertools

import plotly.graph_objects as go
import streamlit as st
from plotly.basedatatypes import BaseFigure

from playground import chart_style
from playground.charts import Spec, typed_arrays
from playground.numbers import format_number
from playground.ui.lang import t

_frames = itertools.count()
PROJECTOR_KEY = "share.projector"  # set from a classroom link (`?projector=1`)
LONGEST_PLAIN = 1e8  # from here on a number is shown as 1.234e+08: never 9 digits in a row


def projector_on() -> bool:
    return bool(st.session_state.get(PROJECTOR_KEY, False))


def screen_style(fig: go.Figure | Spec) -> Spec:
    """The hook every chart goes through before it is drawn (`show_chart`, `live_plot`): the
    figure as a plain dict (its arrays typed, as `to_dict` gives them), with readable text
    everywhere and the projector style when the session is in that mode (see `chart_style`
    for why on a dict)."""
    spec = typed_arrays(fig) if isinstance(fig, dict) else fig.to_dict()
    chart_style.readable(spec)
    return chart_style.projector(spec) if projector_on() else spec


def shown_number(value: float, significant: int = 4) -> str:
    """A number as a page shows it (at most 8 digits); a non-finite one says "diverged"."""
    text = format_number(value, significant)
    if text is None:
        return t("status.diverged_value")
    return f"{value:.3e}" if abs(value) >= LONGEST_PLAIN else text


def page_header(title_key: str, intro_key: str, hint_key: str | None = None) -> None:
    st.title(t(title_key))
    st.write(t(intro_key))
    if hint_key:
        st.info(t(hint_key), icon="💡")


class _SpecFigure(BaseFigure):
    """A figure that is only its final dict. `st.plotly_chart` takes a figure (a dict it
    validates by building one), then turns it into a dict with `to_dict()`, a deep copy;
    building a full figure from the styled dict just for that, and copying it back, cost a
    live XOR redraw about 10 of its 30 ms. Even an empty `go.Figure` copies the default
    template (~0.6 ms a chart), so this one skips plotly's constructor: Streamlit only asks
    whether it is a figure and for its dict."""

    def __init__(self, spec: Spec) -> None:  # no super().__init__(): see above
        self._spec = spec

    def to_dict(self) -> Spec:
        return self._spec


def show_chart(slot, fig: go.Figure | Spec) -> None:
    """Draw `fig` into `slot` (an st.empty or container).

    Live pages redraw the same slot many times in one script run. Streamlit identifies an
    unkeyed chart by its content and a key may be used once per run, so each frame carries a
    unique stamp. `uirevision` keeps the user's zoom and rotation across redraws.
    """
    spec = screen_style(fig)
    spec["layout"].update(meta={"frame": next(_frames)}, uirevision="keep")
    slot.plotly_chart(_SpecFigure(spec), width="stretch", config={"displaylogo": False})


def number_text(value: float) -> str:
    """A number as the pages show it; a non-finite one says "diverged" in words."""
    return format_number(value) or t("status.diverged_value")
