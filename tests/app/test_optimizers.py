"""AppTest runs of the optimizers page: it renders and trains through its own controls."""

import math
import time

from streamlit.testing.v1 import AppTest

from tests.app.apptest import array, figures, open_page, press_step, train_button


def play_to_end(at: AppTest) -> None:
    """Rerun until the race has played (a live fragment reveals a few steps per run)."""
    deadline = time.monotonic() + 30
    while at.session_state["optimizers.playing"] and time.monotonic() < deadline:
        at.run()


def test_optimizer_page_races_and_reports_divergence():
    at = open_page("pages/basics/optimizers.py")
    at.selectbox(key="optimizers.surface").set_value("bowl").run()
    at.pills(key="optimizers.racers").set_value(["sgd", "adam"]).run()
    at.select_slider(key="optimizers.tuning.sgd.learning_rate").set_value(10.0).run()
    at.select_slider(key="optimizers.steps").set_value(50).run()
    train_button(at).click().run()
    play_to_end(at)
    assert not at.exception
    assert at.session_state["optimizers.shown"] == 50
    race = figures(at)[0]["data"]
    adam_path = next(trace for trace in race if trace.get("name") == "Adam")
    assert len(array(adam_path["x"])) == 51  # start + 50 steps
    assert any("diverged" in w.value for w in at.warning)  # SGD at 10 blows up on the bowl
    at.button(key="optimizers.reset").click().run()
    assert at.session_state["optimizers.shown"] == 0
    press_step(at, "optimizers")
    assert at.session_state["optimizers.shown"] == 1
    assert len(at.dataframe) == 1  # batch vs mini-batch vs SGD table


def test_a_slowed_down_race_reveals_steps_at_its_replay_pace():
    at = open_page("pages/basics/optimizers.py")
    at.select_slider(key="optimizers.replay_seconds").set_value(60).run()
    started = time.monotonic()
    train_button(at).click().run()
    at.run()
    elapsed = time.monotonic() - started  # at least as long as the race has been playing
    shown = at.session_state["optimizers.shown"]
    assert at.session_state["optimizers.playing"]
    assert 0 < shown <= math.ceil(elapsed * 300 / 60) + 1  # 300 steps in 60 s: 5 per second


def test_a_new_replay_time_mid_race_goes_on_from_the_step_shown():
    at = open_page("pages/basics/optimizers.py")
    at.select_slider(key="optimizers.replay_seconds").set_value(10).run()  # a slow machine too
    train_button(at).click().run()
    time.sleep(1.0)
    at.run()
    before = at.session_state["optimizers.shown"]
    assert 0 < before < 300
    at.select_slider(key="optimizers.replay_seconds").set_value(60).run()
    assert at.session_state["optimizers.playing"]
    assert before <= at.session_state["optimizers.shown"] < 300  # no jump back, nor to the end
