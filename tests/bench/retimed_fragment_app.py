"""A fragment on a 1-s timer that sets its own timer to 0.2 s in its first fragment run
(served by tests/bench/test_fragment_timer.py). "Epoch" is the counter the emulated
student reads."""

import streamlit as st

from playground.ui.runtime import retime_running_fragment


def tick() -> None:
    runs = st.session_state["runs"] = st.session_state.get("runs", 0) + 1
    st.markdown(f"Epoch {runs}")
    if runs == 2:  # 1 was the full run's
        retime_running_fragment(0.2)


st.fragment(tick, run_every=1.0)()
