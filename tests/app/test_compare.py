"""Keep, compare and remove runs on a training page; the one-click pairs train and compare."""

import numpy as np

from tests.app.apptest import figures, open_page, open_xor, press_step


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


def _train_pair(at, name: str):
    """Click a one-click pair: its runs train within that script run, then are compared."""
    next(b for b in at.button if b.key == f"{name}.run").click().run()
    assert not at.exception
    page = name.split(".")[0]
    return at.session_state[f"{page}.kept_runs"]


def _compare_traces(at, labels: list[str]) -> list[dict]:
    chart = next(fig for fig in figures(at) if {t.get("name") for t in fig["data"]} == set(labels))
    return [trace for trace in chart["data"] if trace["xaxis"] == "x"]  # the loss panel


def _assert_real_and_different(runs, epochs: int) -> None:
    assert [len(run.loss) for run in runs] == [epochs] * len(runs)
    for run in runs:
        assert np.all(np.isfinite(run.loss)) and run.loss[-1] < run.loss[0]
    assert not np.allclose(runs[0].loss, runs[1].loss)


def test_the_xor_pair_trains_sigmoid_and_relu_and_overlays_them():
    at = open_xor()
    runs = _train_pair(at, "xor.pair.activation")
    assert [run.spec.activation for run in runs] == ["sigmoid", "relu"]
    _assert_real_and_different(runs, 5000)
    labels = ["activation sigmoid", "activation relu"]
    assert [trace["name"] for trace in _compare_traces(at, labels)] == labels
    table = next(df for df in at.dataframe if "Run" in df.value.columns).value
    assert list(table["Run"]) == labels


def test_the_mnist_pairs_train_on_the_subset_for_the_page_epochs():
    at = open_page("pages/classification/mnist.py")
    at.number_input(key="mnist.train.epochs").set_value(2).run()
    runs = _train_pair(at, "mnist.pair.activation")
    assert [run.spec.builder.activation for run in runs] == ["sigmoid", "relu"]
    _assert_real_and_different(runs, 2)
    assert all(len(run.val_metric) == 2 for run in runs)
    _compare_traces(at, ["activation sigmoid", "activation relu"])
    runs = _train_pair(at, "mnist.pair.optimizer")
    assert [run.spec.train.optimizer for run in runs] == ["sgd", "rmsprop", "adam"]
    _assert_real_and_different(runs, 2)
    _compare_traces(at, ["optimizer sgd", "optimizer rmsprop", "optimizer adam"])
