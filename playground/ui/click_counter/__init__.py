"""A button that honours every press, even presses made while the script is busy (a tiny
Streamlit component: one HTML file speaking the component protocol)."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path

import streamlit as st
import streamlit.components.v1 as components

_component = components.declare_component("click_counter", path=str(Path(__file__).parent))
_SESSION_KEY = "click_counter.session"  # names this session's totals in the tab's storage


class Presses:
    """The presses of one button not acted on yet. Iterating acts on them one by one: a press
    counts as handled only once the loop body for it has returned. Streamlit may stop a script
    run at any `st.*` call or session-state access when the next click arrives (measured: a run
    with 2 presses stopped after the first), and the presses it did not reach stay for the
    next run. The tally is a plain object in the session, so counting a press is no such
    stopping point itself."""

    def __init__(self, handled: list[int], total: int) -> None:
        self._handled = handled  # [count]: mutated in place, never written to session state
        self._total = total

    def __len__(self) -> int:
        return max(0, self._total - self._handled[0])

    def __iter__(self) -> Iterator[None]:
        while self._handled[0] < self._total:
            yield
            self._handled[0] += 1


def new_clicks(label: str, key: str) -> Presses:
    """The button, and its presses since the ones already handled.

    The browser sends its running total; the count already acted on is kept in the session
    (a remounted button restarts its count, so it starts from the kept one). All iframes of
    one button in a tab share their total through sessionStorage, under a name unique to this
    session: presses on an old iframe and its remounted copy both count, and a reloaded tab
    (a new session) starts again from 0."""
    handled = st.session_state.setdefault(f"{key}.handled", [0])
    session = st.session_state.setdefault(_SESSION_KEY, secrets.token_hex(8))
    store = f"click_counter.{session}.{key}"
    total = _component(label=label, clicks=handled[0], store=store, key=key, default=handled[0])
    return Presses(handled, total)
