"""Sidebar widgets whose values survive a visit to another page.

Streamlit forgets a widget's value when a run does not draw it (e.g. while the user is on
another page). Widgets made here register their key, and `keep_widget_state` (called by app.py
on every run) re-assigns those keys so they stay.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import streamlit as st

from playground.ui.lang import t

_PERSISTENT = "_persistent_widget_keys"


def keep_widget_state() -> None:
    for key in st.session_state.get(_PERSISTENT, ()):
        if key in st.session_state:
            st.session_state[key] = st.session_state[key]


def _prepare(key: str, default: Any, valid: Callable[[Any], bool] = lambda v: True) -> None:
    st.session_state.setdefault(_PERSISTENT, set()).add(key)
    if key not in st.session_state or not valid(st.session_state[key]):
        st.session_state[key] = default


def select(key: str, label: str, options: Sequence, default: Any, **kw: Any) -> Any:
    _prepare(key, default, lambda v: v in options)
    return st.selectbox(label, options, key=key, **kw)


def select_slider(key: str, label: str, options: Sequence, default: Any, **kw: Any) -> Any:
    _prepare(key, default, lambda v: v in options)
    return st.select_slider(label, options=options, key=key, **kw)


def slider(key: str, label: str, lo: float, hi: float, default: Any, **kw: Any) -> Any:
    """A slider, or a range slider when `default` is a (low, high) tuple."""

    def valid(value: Any) -> bool:
        values = value if isinstance(value, tuple) else (value,)
        return all(lo <= v <= hi for v in values)

    _prepare(key, default, valid)
    return st.slider(label, lo, hi, key=key, **kw)


def number(key: str, label: str, lo: int, hi: int, default: int, **kw: Any) -> int:
    _prepare(key, default, lambda v: lo <= v <= hi)
    return int(st.number_input(label, lo, hi, key=key, **kw))


def checkbox(key: str, label: str, default: bool, **kw: Any) -> bool:
    _prepare(key, default)
    return st.checkbox(label, key=key, **kw)


def set_values(values: dict[str, Any]) -> None:
    """Set widget values from a callback (presets): they apply on the next run."""
    for key, value in values.items():
        st.session_state[key] = value


def pills(key: str, label: str, options: Sequence, default: list, **kw: Any) -> list:
    """A multi-select row of toggles; returns the chosen options (possibly none)."""
    _prepare(key, default, lambda v: isinstance(v, list) and all(o in options for o in v))
    return st.pills(label, options, selection_mode="multi", key=key, **kw) or []


def activation(key: str, label: str, default: str, options: Sequence[str]) -> str:
    """An activation-function picker showing translated names (act.<name>)."""
    return select(key, label, options, default, format_func=lambda name: t(f"act.{name}"))
