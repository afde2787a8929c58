"""Shared training controls: the sidebar Training group, the control bar, and the live loop.

A page's trainer lives in `st.session_state`. Who may change it and when:
* the controls (play, pause, step, reset) run first in a script run and claim the trainer,
  so a slice still running from an older run is discarded (see `Trainer.invalidate`);
* the live fragment trains one time slice per run, only while the page is playing and only
  when the browser asks for the next run (so a closed tab stops training);
* leaving the page or pressing Streamlit's Stop pauses it.
Streamlit runs one script at a time per session (`runner.fastReruns = false` in
.streamlit/config.toml), so a click waits at most for the current slice.
"""

from __future__ import annotations

import math
import random
import time
import uuid
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

import numpy as np
import streamlit as st
from streamlit.runtime.scriptrunner_utils.exceptions import StopException

from playground.live_load import LOAD, MAX_FRAME_GAP_SECONDS, frame_gap, slice_seconds
from playground.specs import MAX_SEED, reset_key
from playground.ui import widgets
from playground.ui.click_counter import new_clicks
from playground.ui.lang import t
from playground.ui.layout import number_text
from playground.ui.runtime import retime_running_fragment, take_turn_next_run, wait_until_sent
from playground.ui.state import persist
from playground.ui.widgets import SpecForm

if TYPE_CHECKING:  # the engine imports TensorFlow, which pages load only when they train
    from playground.engine import Snapshot, Trainer

PACES = (0, 100, 10, 1)  # epochs per second in slow motion; 0: as fast as possible
PACE_BURST_SECONDS = 0.5  # a slow redraw never makes a paced run train more than this much


def training_controls(form: SpecForm, path: str = "train") -> None:
    """The Training group of the sidebar (call inside `with st.sidebar`). Its options and
    bounds come from the page's TrainSpec (big-data pages tighten them)."""
    if form.shows(path):
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
    """The sidebar's Presets group: one click loads the textbook's setup into the widgets
    (not drawn when a classroom link hides the presets)."""
    if not widgets.presets_shown(page):
        return
    st.subheader(t("group.presets"))
    st.button(t("ctl.textbook"), on_click=widgets.load_spec, args=(page, textbook), width="stretch")


def trainer_for(page: str, page_spec: Any, make: Callable[[], Trainer]) -> Trainer:
    """The session's trainer for `page`, made anew when the page's spec changes in anything
    but the learning rate and the epoch target (see `specs.reset_key`)."""
    slot = f"{page}.trainer"
    key = reset_key(page_spec)
    entry = st.session_state.get(slot)
    if entry is None or entry[0] != key:
        if entry is not None:
            entry[1].invalidate()  # a slice of the old model still running is not stored
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


def pause_other_pages(current: str, pages: list[str]) -> None:
    """Leaving a page pauses it: coming back shows the same model, paused."""
    for page in pages:
        if page != current:
            set_playing(page, False)


def playback_bar(
    page: str,
    *,
    play_label: str,
    on_play: Callable[[], None],
    on_pause: Callable[[], None],
    step_label: str,
    on_step: Callable[[], None],
    on_reset: Callable[[], None],
    on_new_weights: Callable[[], None] | None = None,
    show_pace: bool = False,
):
    """▶/⏸, step and reset over the page's playing flag (then, if given, 🎲 new initial
    weights and the pace control); returns the row's status slot.

    Play, pause and reset run as callbacks, before the page is drawn again. Step is a
    click-counting button: `on_step` runs once for every press, also for presses made while
    the page was busy."""
    if on_new_weights is None and not show_pace:
        widths = [1.3, 1.3, 1.1, 4]
    else:  # pages drawing their status in the live view leave the last column empty
        extras = [2.0] * ((on_new_weights is not None) + show_pace)
        widths = [1.2, 1.6, 1.1, *extras, 0.6]
    play, step, reset, *extra, status = st.columns(widths, vertical_alignment="center")
    # One key for both states, so the button changes in place (two keys would leave a stale
    # "Train" beside "Pause" for as long as the run lasts).
    if is_playing(page):
        play.button(t("ctl.pause"), key=f"{page}.play", on_click=on_pause)
    else:
        play.button(play_label, key=f"{page}.play", type="primary", on_click=on_play)
    with step:
        presses = new_clicks(step_label, key=f"{page}.step")
    for _ in presses:
        on_step()
    reset.button(t("ctl.reset"), key=f"{page}.reset", on_click=on_reset)
    if on_new_weights:
        extra.pop(0).button(
            t("pace.new_weights"),
            key=f"{page}.new_weights",
            on_click=on_new_weights,
            help=t("pace.new_weights.help"),
        )
    if show_pace:
        with extra.pop(0):
            pace_control(page)
    return status.empty()


# -- slow motion ------------------------------------------------------------------------------
def _pace_key(page: str) -> str:
    return f"{page}.pace"


def _pace_label(rate: int) -> str:
    if rate == 0:
        return t("pace.max")
    return t("pace.one") if rate == 1 else t("pace.rate", n=rate)


def pace_control(page: str) -> int:
    """The pace picker (epochs per second, 0 = as fast as possible); kept across pages."""
    key = _pace_key(page)
    persist(key, 0, lambda v: v in PACES)
    return st.selectbox(
        t("pace.label"),
        PACES,
        key=key,
        format_func=_pace_label,
        help=t("pace.help"),
        label_visibility="collapsed",
    )


def pace(page: str) -> int:
    """Epochs per second the live loop may train (0: as fast as possible)."""
    value = st.session_state.get(_pace_key(page), 0)
    return value if value in PACES else 0


def _frame_gap(page: str) -> float:
    """The live fragment's rerun timer: the class's load (see `live_load`), or slower at a
    set pace (a run at most once per epoch)."""
    gap = frame_gap(LOAD.live_sessions(), LOAD.draw_seconds)
    rate = pace(page)
    return max(gap, 1 / rate) if rate else gap


def paced_epochs(rate: int, elapsed: float | None, carry: float) -> tuple[int, float]:
    """(whole epochs due now, fraction carried to the next run) at `rate` epochs per second,
    `elapsed` seconds after the previous run (None: the first run, one epoch at once)."""
    if elapsed is None:
        return 1, 0.0
    due = carry + max(0.0, elapsed) * rate
    burst = max(1, math.ceil(rate * PACE_BURST_SECONDS))
    epochs = min(int(due), burst)
    return epochs, min(due - epochs, 1.0)


def _train_paced(page: str, trainer: Trainer, until: int, rate: int) -> None:
    """Slow motion: only the epochs the pace allows since the previous run."""
    clock = f"{page}.pace.clock"
    now = time.monotonic()
    last, carry = st.session_state.get(clock) or (None, 0.0)
    epochs, carry = paced_epochs(rate, None if last is None else now - last, carry)
    st.session_state[clock] = (now, carry)
    epochs = min(epochs, until - trainer.epoch)
    if epochs <= 0:
        return
    if not trainer.is_prepared:
        with st.spinner(t("status.preparing")):
            trainer.prepare()
    trainer.train_epochs(epochs)


# Every control claims the trainer (`invalidate`/`reset` bump its generation): a slice still
# running in an older script run is then discarded instead of being stored over the user's
# click, so the page shows exactly the model that is kept.
def _play(page: str, trainer: Trainer, target: int) -> None:
    more = trainer.epoch >= target  # "▶ Train more": another `target` epochs from here
    st.session_state[_until_key(page)] = trainer.epoch + target if more else target
    st.session_state.pop(f"{page}.pace.clock", None)  # slow motion starts with one epoch
    trainer.invalidate()
    set_playing(page, True)
    LOAD.join(_session_id())  # the class's pace from the first fragment run (see `live_load`)


def _pause(page: str, trainer: Trainer) -> None:
    set_playing(page, False)
    trainer.invalidate()


def _step(page: str, trainer: Trainer) -> None:
    set_playing(page, False)
    trainer.invalidate()
    trainer.train_epochs(1)


def _reset(page: str, trainer: Trainer) -> None:
    set_playing(page, False)
    trainer.reset()


def _until_key(page: str) -> str:
    return f"{page}.until"  # the epoch the page's run trains to (set by ▶)


def _seed_key(page: str) -> str:
    return f"{page}.train.seed"  # the hidden field `training_controls` draws


def _new_weights(page: str, trainer: Trainer) -> None:
    """The same spec with another seed: `trainer_for` then makes a new trainer."""
    set_playing(page, False)
    trainer.invalidate()
    old = st.session_state.get(_seed_key(page), 0)
    st.session_state[_seed_key(page)] = (old + random.randrange(1, MAX_SEED)) % (MAX_SEED + 1)


def control_bar(page: str, trainer: Trainer, target: int):
    """The training bar: ▶/⏸, step (one epoch per press), reset, 🎲 new initial weights
    (pages whose spec has `train.seed`), and the pace (slow motion, see `live_fragment`);
    returns the status slot beside them (pages drawing through `live_fragment` leave it
    empty)."""
    has_seed = _seed_key(page) in st.session_state
    return playback_bar(
        page,
        play_label=t("ctl.play") if trainer.epoch < target else t("ctl.play_more"),
        on_play=partial(_play, page, trainer, target),
        on_pause=partial(_pause, page, trainer),
        step_label=t("ctl.step"),
        on_step=partial(_step, page, trainer),
        on_reset=partial(_reset, page, trainer),
        on_new_weights=partial(_new_weights, page, trainer) if has_seed else None,
        show_pace=True,
    )


def _last(values: np.ndarray) -> float | None:
    return float(values[-1]) if len(values) else None


def _speed(snapshot: Snapshot) -> str | None:
    """Epochs per second, or steps per second and seconds per epoch for slow models."""
    steps_per_second = snapshot.steps_per_second
    if steps_per_second <= 0:
        return None
    epochs_per_second = steps_per_second / snapshot.steps_per_epoch
    if epochs_per_second >= 1:
        return t("status.speed", rate=number_text(epochs_per_second))
    return t(
        "status.slow_speed",
        rate=number_text(steps_per_second),
        seconds=number_text(1 / epochs_per_second),
    )


def run_target(page: str, epochs: int, epoch: int) -> int:
    """The epoch the page's run trains to, for a model at `epoch` with Epochs set to `epochs`:
    the setting, or past it, where "▶ Train more" took the run (`_play`)."""
    until = st.session_state.get(_until_key(page), 0)
    return until if epoch >= epochs and until > epochs else epochs


def show_status(
    page: str, snapshot: Snapshot, epochs: int, has_metric: bool, has_test: bool = True
) -> bool:
    """The epoch counter line ("Epoch 1,200 of 2,000", the run's target, see `run_target`),
    ending in a badge (on the same line, so nothing below moves) when training blew up.
    Returns whether it did: the page then explains the cause where it fits
    (`divergence_advice` is the general explanation)."""
    history = snapshot.history
    target = run_target(page, epochs, snapshot.epoch)
    parts = [f"**{t('status.epoch')} {snapshot.epoch:,}** {t('status.of')} {target:,}"]
    measured = [("status.loss", _last(history.loss))]
    if has_test:
        measured.append(("status.test_loss", _last(history.val_loss)))
    parts += [f"{t(label)} {number_text(value)}" for label, value in measured if value is not None]
    accuracy = _last(history.val_metric if len(history.val_metric) else history.metric)
    if has_metric and accuracy is not None:
        parts.append(f"{t('status.accuracy')} {accuracy:.1%}")
    speed = _speed(snapshot)
    if speed:
        parts.append(speed)
    diverged = snapshot.status == "diverged"
    if diverged:
        parts.append(f":orange-badge[⚠️ {t('status.diverged_value')}]")
    # One element, replaced whole on every redraw (an `st.empty` slot or a container of
    # columns reaches the browser in several messages, and the line blinks out between them).
    st.markdown(" · ".join(parts))
    return diverged


def divergence_advice(snapshot: Snapshot) -> None:
    """The general explanation of a blown-up run (too high a learning rate, unscaled inputs)."""
    st.warning(t("status.diverged", epoch=snapshot.epoch), icon="⚠️")


def live_fragment(page: str, trainer: Trainer, view: Callable[[Snapshot], None]) -> None:
    """The live loop: `view` draws once per run of an `st.fragment` that reruns itself, one
    training slice per run, while the page is playing.

    The browser asks for each rerun, so training stops within a slice when nobody watches
    (tab closed, reloaded, network gone). Each fragment run is its own script run, so keyed
    elements (like `live_plot`, whose chart keeps the user's 3D camera) update in place. The
    last slice reruns the whole page, which stops the timer and settles the control bar.
    Streamlit's own Stop pauses the page, so nothing resumes by itself later.
    At a set pace (`pace_control`), each run trains only the epochs due since the previous
    run, and runs come at most once per epoch, so every epoch is drawn. Under a class's load
    the timer slows and the slices shorten (`live_load`)."""

    def one_slice() -> None:
        until = st.session_state.get(_until_key(page), 0)
        try:
            if is_playing(page):
                rate = pace(page)
                if rate:
                    _train_paced(page, trainer, until, rate)
                else:
                    _train_slice(trainer, until, _frame_gap(page))
            began = time.thread_time()
            view(trainer.snapshot())
            if is_playing(page):
                LOAD.report(_session_id(), time.thread_time() - began)
                wait_until_sent(timeout=MAX_FRAME_GAP_SECONDS)
        except StopException:
            set_playing(page, False)
            raise
        if not is_playing(page):
            return
        if not trainer.can_train(until):
            set_playing(page, False)
            take_turn_next_run()  # a class that pressed ▶ together finishes together
            st.rerun()  # the whole page: stops the timer and settles the control bar
        _follow_load(page)

    gap = st.session_state[_gap_key(page)] = _frame_gap(page)
    st.fragment(one_slice, run_every=gap if is_playing(page) else None)()


def _session_id() -> str:
    """This session's name in the process-wide `LOAD` (no user data, just an id)."""
    return st.session_state.setdefault("live.session", uuid.uuid4().hex)


def _gap_key(page: str) -> str:
    return f"{page}.live.gap"


def _follow_load(page: str) -> None:
    """When the load has moved the frame gap to half or twice the one the fragment's timer
    was set with, set the timer anew from inside the fragment (a full rerun for it could be
    lost under load, see `retime_running_fragment`)."""
    gap = _frame_gap(page)
    if 0.5 < gap / st.session_state.get(_gap_key(page), 1.0) < 2.0:
        return
    st.session_state[_gap_key(page)] = gap
    if not retime_running_fragment(gap):
        st.rerun()  # Streamlit's internals moved: a page run sets the timer instead


def _train_slice(trainer: Trainer, until: int, gap: float) -> None:
    """One time slice, sized for the class (see `live_load`) when views redraw every `gap`
    seconds; the first one compiles the model, with a note instead of a freeze."""
    if not trainer.is_prepared:
        with st.spinner(t("status.preparing")):
            trainer.prepare()
    live, kernels = LOAD.live_sessions(), trainer.kernels_at_once
    seconds = slice_seconds(live, kernels, gap, LOAD.slowdown)
    trainer.run(until, interval=seconds, budget=seconds)
    if live > kernels:  # a class takes turns on the kernels, sized by what slices take
        LOAD.report_slowdown(trainer.slowdown)
