"""Optimizers on loss surfaces: a live race of Keras optimizers, and batch vs mini-batch vs SGD."""

import math
import time
from collections.abc import Callable
from functools import partial

import pandas as pd
import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from playground import ui
from playground.lessons.optimizers import descent, figures, race
from playground.lessons.optimizers.spec import (
    RACE_OPTIMIZERS,
    TEXTBOOK,
    WITH_MOMENTUM,
    OptimizersSpec,
)
from playground.lessons.optimizers.surfaces import SURFACES
from playground.live_load import FRAME_GAP_SECONDS
from playground.numbers import format_number
from playground.specs import fields_of
from playground.ui import t, training, widgets

PAGE = "optimizers"
RACE_SECONDS = 4.0  # a whole race plays in about this time, however many redraws that allows
SHOWN = f"{PAGE}.shown"  # the race's step on screen
CLOCK = f"{PAGE}.clock"  # (when, shown) at the last play, pause, step or reset


def _keep_hidden(form: widgets.SpecForm, prefix: str) -> None:
    """The fields under `prefix` have no widget on this run: they keep their values."""
    for info in fields_of(OptimizersSpec):
        if info.path.startswith(prefix):
            form.hidden(info.path)


def _tuning_controls(form: widgets.SpecForm, name: str) -> None:
    """One racer's knobs: its learning rate, and its momentum (Adam: β₁) if it has one."""
    label = t(f"opt.{name}")
    form.select_slider(
        f"tuning.{name}.learning_rate",
        t("optimizers.rate_for", name=label),
        format_func=lambda r: f"{r:g}",
    )
    if name in WITH_MOMENTUM:
        key = "optimizers.beta1_for" if name == "adam" else "optimizers.momentum_for"
        form.select_slider(f"tuning.{name}.momentum", t(key, name=label))


def _sidebar(form: widgets.SpecForm) -> None:
    with st.sidebar:
        training.textbook_button(PAGE, TEXTBOOK)
        surface = form.select(
            "surface", t("optimizers.surface"), format_func=lambda s: t(f"optimizers.surface.{s}")
        )
        for name in SURFACES:  # each surface keeps its own start point
            if name != surface:
                _keep_hidden(form, f"start.{name}.")
        form.slider(f"start.{surface}.x", t("optimizers.start_x"), step=0.05)
        form.slider(f"start.{surface}.y", t("optimizers.start_y"), step=0.05)
        form.select_slider("steps", t("optimizers.steps"))
        racers = form.pills("racers", t("optimizers.racers"), format_func=lambda o: t(f"opt.{o}"))
        for name in RACE_OPTIMIZERS:
            if name in racers:
                _tuning_controls(form, name)
            else:
                _keep_hidden(form, f"tuning.{name}.")


def _batch_controls(form: widgets.SpecForm) -> None:
    st.subheader(t("optimizers.batch_title"))
    st.caption(t("optimizers.batch_help"))
    epochs, rate = st.columns(2)
    with epochs:
        form.slider("batch.epochs", t("optimizers.batch_epochs"))
    with rate:
        form.select_slider("batch.learning_rate", t("optimizers.batch_rate"))


# -- the race, revealed a few steps per fragment run while playing ----------------------------
def _shown() -> int:
    return st.session_state.get(SHOWN, 0)


def _seek(shown_of: Callable[[int], int], playing: bool) -> None:
    """The bar's actions: move the shown step (from its value at the click) and play or stop."""
    shown = st.session_state[SHOWN] = shown_of(_shown())
    st.session_state[CLOCK] = (time.monotonic(), shown)
    training.set_playing(PAGE, playing)


def _reached(steps: int) -> int:
    """While playing: the step the race has reached by now."""
    started, shown = st.session_state[CLOCK]
    return min(steps, shown + math.ceil((time.monotonic() - started) * steps / RACE_SECONDS))


def _number(value: float) -> str:
    """A number as the page shows it; a non-finite one says "diverged" in words."""
    return format_number(value) or t("status.diverged_value")


def _race_notes(paths: list[race.RacePath], steps: int) -> None:
    for path in paths:
        name, rate = t(f"opt.{path.racer.optimizer}"), f"{path.racer.learning_rate:g}"
        if path.diverged:
            note = t("optimizers.diverged", name=name, step=len(path.points), rate=rate)
            st.warning(note, icon="⚠️")
        elif path.crawling:
            moved = _number(path.moved)
            note = t("optimizers.crawling", name=name, moved=moved, steps=steps, rate=rate)
            st.info(note, icon="🐢")


def _race_frame(
    page: OptimizersSpec, paths: list[race.RacePath], view_3d: bool, status: DeltaGenerator
) -> None:
    """One redraw of the race; while playing it first reveals the steps reached by now."""
    shown = min(_shown(), page.steps)
    if training.is_playing(PAGE):
        shown = st.session_state[SHOWN] = _reached(page.steps)
    status.markdown(t("optimizers.progress", shown=shown, steps=page.steps))
    labels = ui.labels(
        start="optimizers.start",
        minimum="optimizers.minimum",
        loss="chart.loss",
        step="optimizers.step_axis",
    )
    visible = [(t(f"opt.{p.racer.optimizer}"), *p.until(shown)) for p in paths]
    board, losses = figures.race_figures(SURFACES[page.surface], visible, labels, view_3d)
    left, right = st.columns([3, 2])
    ui.show_chart(left, board)
    right.markdown(f"**{t('optimizers.loss_steps')}**")
    ui.show_chart(right, losses)
    with right:
        _race_notes(paths, page.steps)
    if training.is_playing(PAGE) and shown >= page.steps:
        training.set_playing(PAGE, False)
        st.rerun()  # the whole page, to settle the bar


def _race(page: OptimizersSpec) -> None:
    status = training.playback_bar(
        PAGE,
        play_label=t("ctl.play"),
        on_play=partial(_seek, lambda shown: 0 if shown >= page.steps else shown, True),
        on_pause=partial(_seek, lambda shown: shown, False),
        step_label=t("optimizers.step_button"),
        on_step=partial(_seek, lambda shown: min(page.steps, shown + 1), False),
        on_reset=partial(_seek, lambda _: 0, False),
    )
    if not page.racers:
        st.warning(t("optimizers.pick"))
        return
    view_3d = st.toggle(t("optimizers.view3d"), key=f"{PAGE}.view3d")
    frame = partial(_race_frame, page, race.race_of(page), view_3d, status)
    st.fragment(
        frame, run_every=FRAME_GAP_SECONDS if training.is_playing(PAGE) else None
    )()


# -- batch vs mini-batch vs stochastic descent ------------------------------------------------
def _batch_name(path: descent.DescentPath) -> str:
    size = path.batch_size
    if path.updates_per_epoch == 1:
        return t("optimizers.batch_full", size=size)
    return t("optimizers.batch_sgd") if size == 1 else t("optimizers.batch_name", size=size)


def _batch_charts(page: OptimizersSpec) -> None:
    paths = descent.blood_fat_descent(page.batch.epochs, page.batch.learning_rate)
    names = [_batch_name(p) for p in paths]
    left, right = st.columns([3, 2])
    named_points = [(name, p.points) for name, p in zip(names, paths)]
    ui.show_chart(left, figures.descent_figure(*descent.blood_fat_landscape(), named_points))
    right.markdown(f"**{t('optimizers.loss_epochs')}**")
    epoch_losses = [(name, p.epoch_loss) for name, p in zip(names, paths)]
    labels = ui.labels(loss="chart.loss")
    ui.show_chart(right, figures.loss_per_step_figure(epoch_losses, labels, t("chart.epoch")))
    table = {
        "": names,
        t("optimizers.updates"): [p.updates_per_epoch for p in paths],
        t("optimizers.final_loss"): [_number(p.epoch_loss[-1]) for p in paths],
    }
    right.dataframe(pd.DataFrame(table), hide_index=True)


form = widgets.SpecForm(PAGE, OptimizersSpec)
_sidebar(form)
ui.page_header("page.optimizers", "optimizers.intro", "optimizers.hint")
race_area = st.container()
st.divider()
_batch_controls(form)
page = form.spec()
with race_area:
    _race(page)
_batch_charts(page)
