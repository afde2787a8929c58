"""A session's first page run is drawn in its turn among arriving sessions; its later runs
(clicks, training) never wait for one."""

from streamlit.testing.v1 import AppTest


def _script() -> None:
    import streamlit as st

    from playground import live_load, ui

    with ui.arrival_in_turn():
        st.markdown(f"in turn: {live_load.ARRIVALS.waiting()}")


def test_only_a_sessions_first_run_takes_a_turn():
    at = AppTest.from_function(_script).run()
    assert at.markdown[0].value == "in turn: 1"
    at.run()
    assert at.markdown[0].value == "in turn: 0"
