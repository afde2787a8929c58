"""Shared training controls: the sidebar Training group, the control bar, and the live loops.

A page's trainer lives in `st.session_state`. Clicking a button while the model trains makes
Streamlit stop the script at its next `st.*` call; every finished slice is already stored in
the trainer, so the next run simply draws it and, if still playing, trains on.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

import numpy as np
import streamlit as st

from playground.specs import reset_key
from playground.ui import widgets
from playground.ui.lang import t
from playground.ui.widgets import SpecForm

if TYPE_CHECKING:  # the engine imports TensorFlow, which pages load only when they train
    from playground.engine import Snapshot, Trainer

SLICE_SECONDS = 0.15  # training time between redraws
FRAME_GAP_SECONDS = 0.05  # a live fragment's rerun timer (it reruns after the previous run)


def training_controls(form: SpecForm, path: str = "train") -> None:
    """The Training group of the sidebar (call inside `with st.sidebar`). Its options and
    bounds come from the page's TrainSpec (big-data pages tighten them)."""
    st.subheader(t("group.training"))
    form.select(f"{path}.optimizer", t("ctl.optimizer"), format_func=lambda n: t(f"opt.{n}"))
    form.select_slider(
        f"{path}.learning_rate", t("ctl.learning_rate"), format_func=lambda rate: f"{rate:g}"
    )
    form.select_slider(
        f"{path}.batch_size",
        t("ctl.batch_size"),
        format_func=lambda size: t("ctl.batch_all") if size == 0 else str(size),
    )
    form.number(f"{path}.epochs", t("ctl.epochs"))
    form.hidden(f"{path}.seed")


def textbook_button(page: str, textbook: Any) -> None:
    """The sidebar's Presets group: one click loads the textbook's setup into the widgets."""
    st.subheader(t("group.presets"))
    st.button(
        t("ctl.textbook"), on_click=widgets.load_spec, args=(page, textbook), width="stretch"
    )


def trainer_for(page: str, page_spec: Any, make: Callable[[], Trainer]) -> Trainer:
    """The session's trainer for `page`, made anew when the page's spec changes in anything
    but the learning rate and the epoch target (see `specs.reset_key`)."""
    slot = f"{page}.trainer"
    key = reset_key(page_spec)
    entry = st.session_state.get(slot)
    if entry is None or entry[0] != key:
        entry = (key, make())
        st.session_state[slot] = entry
        set_playing(page, False)
    return entry[1]


def _playing_key(page: str) -> str:
    return f"{page}.playing"


def is_playing(page: str) -> bool:
    return st.session_state.get(_playing_key(page), False)


def set_playing(page: str, playing: bool) -> None:
    st.session_state[_playing_key(page)] = playing


def playback_bar(
    page: str,
    *,
    play_label: str,
    on_play: Callable[[], None],
    step_label: str,
    on_step: Callable[[], None],
    on_reset: Callable[[], None],
):
    """▶/⏸, step and reset over the page's playing flag; returns the row's status slot.

    The pause button just clears the flag. Play, step and reset run as callbacks, before the
    page is drawn again."""
    play, step, reset, status = st.columns([1.3, 1.3, 1.1, 4], vertical_alignment="center")
    # One key for both states, so the button changes in place (two keys would leave a stale
    # "Train" beside "Pause" for as long as the run lasts).
    if is_playing(page):
        play.button(t("ctl.pause"), key=f"{page}.play", on_click=set_playing, args=(page, False))
    else:
        play.button(play_label, key=f"{page}.play", type="primary", on_click=on_play)
    step.button(step_label, key=f"{page}.step", on_click=on_step)
    reset.button(t("ctl.reset"), key=f"{page}.reset", on_click=on_reset)
    return status.empty()


def _play(page: str, trainer: Trainer, target: int) -> None:
    st.session_state[f"{page}.until"] = target if trainer.epoch < target else trainer.epoch + target
    set_playing(page, True)


def _step(page: str, trainer: Trainer) -> None:
    set_playing(page, False)
    trainer.train_epochs(1)


def _reset(page: str, trainer: Trainer) -> None:
    set_playing(page, False)
    trainer.reset()


def control_bar(page: str, trainer: Trainer, target: int):
    """The training bar: ▶/⏸, step (one epoch), reset; returns the status slot beside them
    (pages drawing through `live_fragment` leave it empty and show the status inside)."""
    return playback_bar(
        page,
        play_label=t("ctl.play") if trainer.epoch < target else t("ctl.play_more"),
        on_play=partial(_play, page, trainer, target),
        step_label=t("ctl.step"),
        on_step=partial(_step, page, trainer),
        on_reset=partial(_reset, page, trainer),
    )


def _last(values: np.ndarray) -> float | None:
    return float(values[-1]) if len(values) and np.isfinite(values[-1]) else None


def show_status(slot, snapshot: Snapshot, target: int, has_metric: bool) -> None:
    """The epoch counter line, and a plain explanation if training blew up."""
    history = snapshot.history
    parts = [f"**{t('status.epoch')} {snapshot.epoch:,}** {t('status.of')} {target:,}"]
    for label, value in (
        ("status.loss", _last(history.loss)),
        ("status.test_loss", _last(history.val_loss)),
    ):
        if value is not None:
            parts.append(f"{t(label)} {value:.4g}")
    accuracy = _last(history.val_metric if len(history.val_metric) else history.metric)
    if has_metric and accuracy is not None:
        parts.append(f"{t('status.accuracy')} {accuracy:.3f}")
    if snapshot.steps_per_second:
        epochs_per_second = snapshot.steps_per_second / snapshot.steps_per_epoch
        parts.append(f"{epochs_per_second:,.0f} {t('status.speed')}")
    with slot.container():
        st.markdown(" · ".join(parts))
        if snapshot.status == "diverged":
            st.warning(t("status.diverged", epoch=snapshot.epoch), icon="⚠️")


def run_live(page: str, trainer: Trainer, draw: Callable[[Snapshot], None]) -> None:
    """If playing, train in time slices, redrawing into the page's slots after each, all in
    this script run; then rerun to settle the bar. The cheapest way to stay live."""
    if not is_playing(page):
        return
    trainer.run(st.session_state[f"{page}.until"], on_snapshot=draw)
    set_playing(page, False)
    st.rerun()


def live_fragment(page: str, trainer: Trainer, view: Callable[[Snapshot], None]) -> None:
    """The other live loop: `view` draws once per run of an `st.fragment` that reruns by
    itself, one training slice at a time, while the page is playing.

    Each fragment run is its own script run, so keyed elements (like `live_plot`, whose
    chart keeps the user's 3D camera) are drawn again and update in place instead of being
    mounted anew. The last slice reruns the whole page, which stops the timer and settles
    the control bar."""

    def one_slice() -> None:
        until = st.session_state.get(f"{page}.until", 0)
        if is_playing(page):
            trainer.run(until, budget=SLICE_SECONDS)
        view(trainer.snapshot())
        if is_playing(page) and not trainer.can_train(until):
            set_playing(page, False)
            st.rerun()

    st.fragment(one_slice, run_every=FRAME_GAP_SECONDS if is_playing(page) else None)()
