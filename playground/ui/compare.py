"""The Compare panel under every training page: "📌 keep this run" stores the paused or
finished run (spec and history), and the kept runs are overlaid, labelled by what differs.

A lesson's one-click pairs (`COMPARE_PAIRS`) train each of their runs on the real engine
within the click's script run, under a progress bar (a pair is sized to take seconds), and
replace the kept runs with them."""

from __future__ import annotations

from functools import partial

import pandas as pd
import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from playground import compare
from playground.engine import Snapshot
from playground.lessons import compare_pairs, spec_trainer
from playground.specs import ComparePair, pair_applies, pair_specs
from playground.ui.lang import t
from playground.ui.layout import number_text, show_chart
from playground.ui.training import is_playing


def _runs_key(page: str) -> str:
    return f"{page}.kept_runs"


def _keep(page: str) -> None:
    spec = st.session_state[f"{page}.spec"]
    trainer = st.session_state[f"{page}.trainer"][1]
    runs = st.session_state.get(_runs_key(page), [])
    st.session_state[_runs_key(page)] = compare.add(runs, compare.keep(spec, trainer.history))


def _pair_progress(
    bar: DeltaGenerator, labels: list[str], epochs: int, index: int, snapshot: Snapshot
) -> None:
    """The progress bar while run `index` of a pair trains."""
    done = (index + snapshot.epoch / epochs) / len(labels)
    text = t("compare.pair_progress", i=index + 1, n=len(labels), run=labels[index])
    bar.progress(min(done, 1.0), f"{text}: {t('status.epoch')} {snapshot.epoch:,} / {epochs:,}")


def _train_pair(page: str, pair: ComparePair) -> None:
    """Every run of `pair` trained for the same epochs, kept in place of the kept runs."""
    specs = pair_specs(pair, st.session_state[f"{page}.spec"])
    labels = compare.spec_differences(specs)
    bar = st.progress(0.0, t("status.preparing"))
    on_progress = partial(_pair_progress, bar, labels, specs[0].train.epochs)
    runs = compare.train_runs(specs, spec_trainer(page), on_progress)
    st.session_state[_runs_key(page)] = runs
    st.rerun()  # the panel's title counts the kept runs


def _pair_button(page: str, pair: ComparePair, playing: bool) -> bool:
    applies = pair_applies(pair, st.session_state[f"{page}.spec"])
    help_text = t(f"{pair.name}.help") if applies else t(pair.needs)
    disabled = playing or not applies
    return st.button(t(pair.name), key=f"{pair.name}.run", disabled=disabled, help=help_text)


def _pair_buttons(page: str, playing: bool) -> None:
    """One button per pair of the lesson; a click trains the pair at once, then reruns."""
    pairs = compare_pairs(page)
    if not pairs:
        return
    st.caption(t("compare.pairs"))
    for column, pair in zip(st.columns(len(pairs)), pairs):
        with column:
            if _pair_button(page, pair, playing):
                _train_pair(page, pair)


def _remove(page: str, index: int) -> None:
    runs = list(st.session_state.get(_runs_key(page), []))
    del runs[index]
    st.session_state[_runs_key(page)] = runs


def _cell(value: float | None, percent: bool = False) -> str:
    if value is None:
        return ""
    return f"{value:.1%}" if percent else number_text(value)


def _table(runs: list[compare.KeptRun], labels: list[str]) -> pd.DataFrame:
    rows = [compare.final_figures(run) for run in runs]
    return pd.DataFrame(
        {
            t("compare.run"): labels,
            t("chart.epoch"): [int(row["epochs"]) for row in rows],
            t("status.loss"): [_cell(row["loss"]) for row in rows],
            t("status.test_loss"): [_cell(row["test_loss"]) for row in rows],
            t("status.accuracy"): [_cell(row["test_accuracy"], True) for row in rows],
        }
    )


def compare_panel(page: str) -> None:
    """Keep and compare runs on a training page (nothing before it has a trainer)."""
    entry = st.session_state.get(f"{page}.trainer")
    if entry is None or f"{page}.spec" not in st.session_state:
        return
    trainer = entry[1]
    runs = st.session_state.get(_runs_key(page), [])
    with st.expander(t("compare.title", n=len(runs)), expanded=bool(runs)):
        st.caption(t("compare.help", max=compare.MAX_RUNS))
        _pair_buttons(page, playing=is_playing(page))
        can_keep = trainer.epoch > 0 and not is_playing(page)
        st.button(
            t("compare.keep"),
            key=f"{page}.keep_run",
            on_click=_keep,
            args=(page,),
            disabled=not can_keep,
        )
        if not runs:
            return
        labels = compare.differences(runs)
        has_metric = any(len(run.val_metric) or len(run.metric) for run in runs)
        axis = {"epoch": t("chart.epoch"), "loss": t("chart.loss"), "accuracy": t("chart.accuracy")}
        show_chart(st, compare.comparison_figure(runs, labels, axis, has_metric))
        st.dataframe(_table(runs, labels), hide_index=True)
        columns = st.columns(min(len(runs), 4))
        for index, label in enumerate(labels):
            columns[index % len(columns)].button(
                t("compare.remove", run=label),
                key=f"{page}.remove_run.{index}",
                on_click=_remove,
                args=(page, index),
            )
