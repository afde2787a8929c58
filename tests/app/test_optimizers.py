"""AppTest runs of the optimizers page: it renders and trains through its own controls."""

from tests.app.apptest import array, figures, open_page, train_button


def test_optimizer_page_races_and_reports_divergence():
    at = open_page("pages/basics/optimizers.py")
    at.selectbox(key="optimizers.surface").set_value("bowl").run()
    at.pills(key="optimizers.racers").set_value(["sgd", "adam"]).run()
    at.select_slider(key="optimizers.rate.sgd").set_value(10.0).run()
    at.select_slider(key="optimizers.steps").set_value(50).run()
    train_button(at).click().run()
    assert not at.exception
    assert at.session_state["optimizers.shown"] == 50
    race = figures(at)[0]["data"]
    adam_path = next(trace for trace in race if trace.get("name") == "Adam")
    assert len(array(adam_path["x"])) == 51  # start + 50 steps
    assert any("diverged" in w.value for w in at.warning)  # SGD at 10 blows up on the bowl
    at.button(key="optimizers.reset").click().run()
    assert at.session_state["optimizers.shown"] == 0
    at.button(key="optimizers.step").click().run()
    assert at.session_state["optimizers.shown"] == 1
    assert len(at.dataframe) == 1  # batch vs mini-batch vs SGD table
