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
_KEPT = "_persistent_widget_values"  # the last value of each, as a run started with it


def keep_widget_state() -> None:
    """Re-assign every registered key, and bring back one Streamlit dropped anyway.

    Streamlit can drop a widget's value although its page drew it: measured in Chromium,
    leaving a page right when its live loop reran the page lost every setting of that page
    (and with them its trained model). So the value each run starts with is also kept aside,
    and restored when it has gone."""
    kept = st.session_state.setdefault(_KEPT, {})
    for key in st.session_state.get(_PERSISTENT, ()):
        if key in st.session_state:
            kept[key] = st.session_state[key] = st.session_state[key]
        elif key in kept:
            st.session_state[key] = kept[key]


def persist(key: str, default: Any, valid: Callable[[Any], bool] = lambda v: True) -> None:
    """Keep `key` across pages, starting at `default` (also when its value is not `valid`)."""
    st.session_state.setdefault(_PERSISTENT, set()).add(key)
    if key not in st.session_state or not valid(st.session_state[key]):
        st.session_state[key] = default
