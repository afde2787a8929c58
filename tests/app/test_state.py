"""Registered session values survive: a visit to another page, and Streamlit dropping them."""

from streamlit.testing.v1 import AppTest

from tests.app.apptest import TIMEOUT


def _script() -> None:
    import streamlit as st

    from playground.ui.state import keep_widget_state, persist

    keep_widget_state()
    persist("lesson.rate", 0.1)
    st.markdown(f"rate {st.session_state['lesson.rate']}")


def test_a_value_streamlit_dropped_comes_back_as_the_last_run_saw_it():
    """Leaving a page as its live loop reran it made Streamlit drop that page's widget values
    (seen in Chromium, test_controls_browser): the value the last run started with returns."""
    at = AppTest.from_function(_script, default_timeout=TIMEOUT).run()
    assert at.markdown[0].value == "rate 0.1"
    at.session_state["lesson.rate"] = 0.3
    at.run()
    del at.session_state["lesson.rate"]
    at.run()
    assert at.markdown[0].value == "rate 0.3"
