"""Page anatomy shared by every page, and chart slots that can be redrawn live."""

from __future__ import annotations

import itertools

import plotly.graph_objects as go
import streamlit as st

from playground.charts import readable
from playground.numbers import format_number
from playground.ui.lang import t

_frames = itertools.count()
PROJECTOR_KEY = "share.projector"  # set from a classroom link (`?projector=1`)
PROJECTOR_TICKS, PROJECTOR_TEXT, PROJECTOR_LINE = 18, 20, 4  # px; lines at least this wide
LONGEST_PLAIN = 1e8  # from here on a number is shown as 1.234e+08: never 9 digits in a row


def projector_on() -> bool:
    return bool(st.session_state.get(PROJECTOR_KEY, False))


def _thicker(trace) -> None:
    line = getattr(trace, "line", None) if trace.type.startswith("scatter") else None
    if line is not None and "width" in line:
        line.width = max(PROJECTOR_LINE, 2 * (line.width or 2))
    marker = getattr(trace, "marker", None)
    if marker is not None and "size" in marker and isinstance(marker.size, (int, float)):
        marker.size = marker.size * 1.4
    if trace.type in ("heatmap", "contour", "surface") and trace.showscale is not False:
        trace.colorbar.tickfont.size = PROJECTOR_TICKS


def projector_style(fig: go.Figure) -> go.Figure:
    """Big type, thick lines and black text for a projected screen (in place)."""
    axis = {
        "tickfont": {"size": PROJECTOR_TICKS, "color": "#000"},
        "title_font": {"size": PROJECTOR_TEXT, "color": "#000"},
        "linewidth": 2,
        "linecolor": "#000",
    }
    fig.update_layout(
        font={"size": PROJECTOR_TEXT, "color": "#000"},
        legend_font_size=PROJECTOR_TICKS,
        hoverlabel_font_size=PROJECTOR_TICKS,
        title_font_size=PROJECTOR_TEXT + 2,
    )
    fig.update_xaxes(**axis)
    fig.update_yaxes(**axis)
    scene_axis = {"tickfont": axis["tickfont"], "title_font": axis["title_font"]}
    fig.update_scenes(xaxis=scene_axis, yaxis=scene_axis, zaxis=scene_axis)
    fig.update_annotations(font_size=PROJECTOR_TEXT)
    for trace in fig.data:
        _thicker(trace)
    return fig


def screen_style(fig: go.Figure) -> go.Figure:
    """The hook every chart goes through before it is drawn (`show_chart`, `live_plot`):
    readable text everywhere, and the projector style when the session is in that mode."""
    fig = readable(fig)
    return projector_style(fig) if projector_on() else fig


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


def show_chart(slot, fig: go.Figure) -> None:
    """Draw `fig` into `slot` (an st.empty or container).

    Live pages redraw the same slot many times in one script run. Streamlit identifies an
    unkeyed chart by its content and a key may be used once per run, so each frame carries a
    unique stamp. `uirevision` keeps the user's zoom and rotation across redraws.
    """
    screen_style(fig)
    fig.update_layout(meta={"frame": next(_frames)}, uirevision="keep")
    slot.plotly_chart(fig, width="stretch", config={"displaylogo": False})
