"""Session values that survive a visit to another page.

Streamlit forgets a widget's value when a run does not draw it (e.g. while the user is on
another page). Keys registered here are re-assigned by `keep_widget_state` (app.py calls it on
every run), so they stay.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

_PERSISTENT = "_persistent_widget_keys"


def keep_widget_state() -> None:
    for key in st.session_state.get(_PERSISTENT, ()):
        if key in st.session_state:
            st.session_state[key] = st.session_state[key]


def persist(key: str, default: Any, valid: Callable[[Any], bool] = lambda v: True) -> None:
    """Keep `key` across pages, starting at `default` (also when its value is not `valid`)."""
    st.session_state.setdefault(_PERSISTENT, set()).add(key)
    if key not in st.session_state or not valid(st.session_state[key]):
        st.session_state[key] = default
