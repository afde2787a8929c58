"""Page anatomy shared by every page, and chart slots that can be redrawn live."""

from __future__ import annotations

import itertools

import plotly.graph_objects as go
import streamlit as st

from playground.ui.lang import t

_frames = itertools.count()


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
    fig.update_layout(meta={"frame": next(_frames)}, uirevision="keep")
    slot.plotly_chart(fig, width="stretch", config={"displaylogo": False})
