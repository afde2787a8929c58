"""A button that honours every press, even presses made while the script is busy (a tiny
Streamlit component: one HTML file speaking the component protocol)."""

from __future__ import annotations

import secrets
from pathlib import Path

import streamlit as st
import streamlit.components.v1 as components

_component = components.declare_component("click_counter", path=str(Path(__file__).parent))
_SESSION_KEY = "click_counter.session"  # names this session's totals in the tab's storage


def new_clicks(label: str, key: str) -> int:
    """How many times the button was pressed since the last call with this key.

    The browser sends its running total; the total already acted on is kept in the session
    (a remounted button restarts its count, so it starts from the kept total). All iframes of
    one button in a tab share their total through sessionStorage, under a name unique to this
    session: presses on an old iframe and its remounted copy both count, and a reloaded tab
    (a new session) starts again from 0."""
    seen_key = f"{key}.seen"
    seen = st.session_state.get(seen_key, 0)
    session = st.session_state.setdefault(_SESSION_KEY, secrets.token_hex(8))
    store = f"click_counter.{session}.{key}"
    total = _component(label=label, clicks=seen, store=store, key=key, default=seen)
    st.session_state[seen_key] = max(seen, total)
    return max(0, total - seen)
