"""Kept runs are copies, labelled by what differs, at most eight; the lessons' one-click pairs
differ only in their setting."""

import dataclasses

import numpy as np
import pytest

from playground import compare
from playground.engine import History
from playground.i18n import TEXTS
from playground.lessons import LESSON_KEYS, compare_pairs, lesson_spec
from playground.lessons.xor.spec import TEXTBOOK
from playground.specs import flatten, pair_applies, pair_specs


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


@pytest.mark.parametrize(
    "key, pair", [(key, pair) for key in LESSON_KEYS for pair in compare_pairs(key)]
)
def test_a_pair_is_valid_runs_differing_only_in_its_setting(key, pair):
    page_spec, presets = lesson_spec(key)
    for current in (page_spec(), *presets.values()):
        specs = pair_specs(pair, current)
        flat = [flatten(spec) for spec in specs]
        assert [values[pair.path] for values in flat] == list(pair.values)
        differing = {path for path in flat[0] if len({repr(v[path]) for v in flat}) > 1}
        assert differing == {pair.path}
        assert len({spec.train.epochs for spec in specs}) == 1
        leaf = pair.path.split(".")[-1]
        assert compare.spec_differences(specs) == [f"{leaf} {value}" for value in pair.values]


def test_the_textbook_pairs_are_there_and_capped():
    names = {pair.name for key in LESSON_KEYS for pair in compare_pairs(key)}
    assert {"mnist.pair.activation", "mnist.pair.optimizer", "xor.pair.activation"} <= names
    optimizers = next(p for p in compare_pairs("mnist") if p.path == "train.optimizer")
    assert optimizers.values == ("sgd", "rmsprop", "adam")
    long_run = dataclasses.replace(
        TEXTBOOK, train=dataclasses.replace(TEXTBOOK.train, epochs=90_000)
    )
    for pair in compare_pairs("xor"):
        assert {spec.train.epochs for spec in pair_specs(pair, long_run)} == {pair.max_epochs}


def test_xor_pairs_need_a_built_in_set():
    own = dataclasses.replace(TEXTBOOK, data=dataclasses.replace(TEXTBOOK.data, source="csv"))
    for pair in compare_pairs("xor"):
        assert pair_applies(pair, TEXTBOOK) and not pair_applies(pair, own)
    mnist = lesson_spec("mnist")[0]()
    assert all(pair_applies(pair, mnist) for pair in compare_pairs("mnist"))


@pytest.mark.parametrize(
    "pair", [pair for key in LESSON_KEYS for pair in compare_pairs(key)], ids=lambda p: p.name
)
def test_a_pair_has_its_words_in_both_languages(pair):
    keys = [pair.name, f"{pair.name}.help", *([pair.needs] if pair.requires else [])]
    for key in keys:
        assert key in TEXTS and all(TEXTS[key])
