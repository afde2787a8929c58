"""The page runs a class makes all at once take turns: a session's first, and the one that
settles the page after its run ended. Every other run (a click, training) goes straight on."""

from streamlit.testing.v1 import AppTest

from playground import live_load
from tests.app.apptest import open_xor, train_until


def _script() -> None:
    import streamlit as st

    from playground import live_load, ui
    from playground.ui.runtime import take_turn_next_run

    with ui.page_run_in_turn():
        st.markdown(f"in turn: {live_load.PAGE_TURNS.waiting()}")
    st.button("finish", on_click=take_turn_next_run)


def test_a_first_run_and_a_settling_run_take_turns_and_others_do_not():
    at = AppTest.from_function(_script).run()
    assert at.markdown[0].value == "in turn: 1"  # the session's first run
    at.run()
    assert at.markdown[0].value == "in turn: 0"  # a click's run
    at.button[0].click().run()  # asks for a turn for the run it causes
    assert at.markdown[0].value == "in turn: 1"
    at.run()
    assert at.markdown[0].value == "in turn: 0"


class _CountedTurns(live_load.Turnstile):
    def __init__(self) -> None:
        super().__init__(patience=60)
        self.taken = 0

    def turn(self):
        self.taken += 1
        return super().turn()


def test_the_run_that_settles_a_finished_training_takes_a_turn(monkeypatch):
    turns = _CountedTurns()
    monkeypatch.setattr(live_load, "PAGE_TURNS", turns)
    at = open_xor()
    # The page's own target: the run ends at 20 epochs whatever size the machine gives a
    # slice (with the default target a slow slice passed 20 with the run still going).
    at.number_input(key="xor.train.epochs").set_value(20).run()
    before = turns.taken
    train_until(at, "xor", 20)
    at.run()
    assert turns.taken == before + 1  # ▶ and the slices: none; the settling run: one
