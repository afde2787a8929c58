"""Keep, compare and remove runs on a training page."""

from tests.app.apptest import open_xor, press_step


def _keep_button(at):
    return next(b for b in at.button if b.key == "xor.keep_run")


def test_keep_two_runs_compare_and_remove_one():
    at = open_xor()
    assert _keep_button(at).disabled  # nothing trained yet
    press_step(at, "xor", 3)
    _keep_button(at).click().run()
    at.selectbox(key="xor.activation").set_value("relu").run()
    press_step(at, "xor", 2)
    _keep_button(at).click().run()
    assert not at.exception
    runs = at.session_state["xor.kept_runs"]
    assert [len(run.loss) for run in runs] == [3, 2]
    table = next(df for df in at.dataframe if "Run" in df.value.columns).value
    assert list(table["Run"]) == ["activation sigmoid", "activation relu"]
    next(b for b in at.button if b.key == "xor.remove_run.0").click().run()
    assert [len(run.loss) for run in at.session_state["xor.kept_runs"]] == [2]
