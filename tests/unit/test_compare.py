"""Kept runs are copies, labelled by what differs, at most eight."""

import dataclasses

import numpy as np

from playground import compare
from playground.engine import History
from playground.lessons.xor.spec import TEXTBOOK


def _history(n: int) -> History:
    return History(loss=np.linspace(1, 0.1, n, dtype=np.float32))


def test_a_kept_run_is_a_copy():
    history = _history(5)
    run = compare.keep(TEXTBOOK, history)
    history.loss[:] = 9
    assert run.loss[0] == 1.0 and compare.final_figures(run)["epochs"] == 5


def test_labels_name_what_differs():
    relu = dataclasses.replace(TEXTBOOK, activation="relu")
    adam = dataclasses.replace(
        TEXTBOOK, train=dataclasses.replace(TEXTBOOK.train, optimizer="adam")
    )
    longer = dataclasses.replace(TEXTBOOK, train=dataclasses.replace(TEXTBOOK.train, epochs=99))
    runs = [compare.keep(spec, _history(3)) for spec in (TEXTBOOK, relu, adam, longer)]
    labels = compare.differences(runs)
    assert labels[0] == "activation sigmoid · optimizer sgd"
    assert labels[1] == "activation relu · optimizer sgd"
    assert labels[2] == "activation sigmoid · optimizer adam"
    assert labels[3] == labels[0]  # the epoch target alone is no difference
    assert compare.differences(runs[:1]) == ["#1"]


def test_at_most_eight_runs_the_oldest_go_first():
    runs = []
    for n in range(1, 11):
        runs = compare.add(runs, compare.keep(TEXTBOOK, _history(n)))
    assert len(runs) == compare.MAX_RUNS
    assert [len(run.loss) for run in runs] == list(range(3, 11))


def test_the_figure_has_one_line_per_run_and_panel():
    runs = [compare.keep(TEXTBOOK, _history(4)) for _ in range(3)]
    axis = {"epoch": "epoch", "loss": "loss", "accuracy": "accuracy"}
    fig = compare.comparison_figure(runs, ["a", "b", "c"], axis, has_metric=True)
    assert len(fig.data) == 6 and {trace.name for trace in fig.data} == {"a", "b", "c"}
