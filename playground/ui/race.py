"""The optimizers page's race: every racer's path is computed at once (`race.race_of`), then
replayed on the page a few steps per fragment run while playing, with ▶/⏸, step and reset.
A whole race plays in the page's replay time (4 s unless slowed down), however many redraws
that allows."""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from playground.lessons.optimizers import figures, race
from playground.lessons.optimizers.spec import OptimizersSpec
from playground.lessons.optimizers.surfaces import SURFACES
from playground.live_load import FRAME_GAP_SECONDS, MAX_FRAME_GAP_SECONDS
from playground.ui import training
from playground.ui.lang import labels, t
from playground.ui.layout import number_text, show_chart
from playground.ui.runtime import take_turn_next_run, wait_until_sent

PAGE = "optimizers"  # the page whose session keys the race uses
SHOWN = f"{PAGE}.shown"  # the race's step on screen
CLOCK = f"{PAGE}.clock"  # (when, shown, pace) at the last play, pause, step or reset


def _shown() -> int:
    return st.session_state.get(SHOWN, 0)


def _pace(page: OptimizersSpec) -> tuple[int, int]:
    """The race's steps and the seconds they replay in."""
    return page.steps, page.replay_seconds


def _seek(page: OptimizersSpec, shown_of: Callable[[int], int], playing: bool) -> None:
    """The bar's actions: move the shown step (from its value at the click) and play or stop."""
    shown = st.session_state[SHOWN] = shown_of(_shown())
    st.session_state[CLOCK] = (time.monotonic(), shown, _pace(page))
    training.set_playing(PAGE, playing)


def _reached(page: OptimizersSpec) -> int:
    """While playing: the step the race has reached by now. A new step count or replay time
    mid-race goes on from the step on screen (timed from the start, it would jump)."""
    started, shown, pace = st.session_state[CLOCK]
    if pace != _pace(page):
        started, shown = time.monotonic(), min(_shown(), page.steps)
        st.session_state[CLOCK] = (started, shown, _pace(page))
    elapsed = time.monotonic() - started
    return race.reached_step(shown, elapsed, page.steps, page.replay_seconds)


def _race_notes(paths: list[race.RacePath], steps: int) -> None:
    for path in paths:
        name, rate = t(f"opt.{path.racer.optimizer}"), f"{path.racer.learning_rate:g}"
        if path.diverged:
            note = t("optimizers.diverged", name=name, step=len(path.points), rate=rate)
            st.warning(note, icon="⚠️")
        elif path.crawling:
            moved = number_text(path.moved)
            note = t("optimizers.crawling", name=name, moved=moved, steps=steps, rate=rate)
            st.info(note, icon="🐢")


def _race_frame(
    page: OptimizersSpec, paths: list[race.RacePath], view_3d: bool, status: DeltaGenerator
) -> None:
    """One redraw of the race; while playing it first reveals the steps reached by now."""
    shown = min(_shown(), page.steps)
    if training.is_playing(PAGE):
        shown = st.session_state[SHOWN] = _reached(page)
    status.markdown(t("optimizers.progress", shown=shown, steps=page.steps))
    names = labels(
        start="optimizers.start",
        minimum="optimizers.minimum",
        loss="chart.loss",
        step="optimizers.step_axis",
    )
    visible = [(t(f"opt.{p.racer.optimizer}"), *p.until(shown)) for p in paths]
    board, losses = figures.race_figures(SURFACES[page.surface], visible, names, view_3d)
    left, right = st.columns([3, 2])
    show_chart(left, board)
    right.markdown(f"**{t('optimizers.loss_steps')}**")
    show_chart(right, losses)
    with right:
        _race_notes(paths, page.steps)
    if training.is_playing(PAGE):
        wait_until_sent(timeout=MAX_FRAME_GAP_SECONDS)  # else the next run may drop this redraw
    if training.is_playing(PAGE) and shown >= page.steps:
        training.set_playing(PAGE, False)
        take_turn_next_run()  # a class that started the race together ends it together
        st.rerun()  # the whole page, to settle the bar


def race_panel(page: OptimizersSpec) -> None:
    """The race's control bar, its 3D toggle and the live-replayed board and loss curves."""
    status = training.playback_bar(
        PAGE,
        play_label=t("ctl.play"),
        on_play=partial(_seek, page, lambda shown: 0 if shown >= page.steps else shown, True),
        on_pause=partial(_seek, page, lambda shown: shown, False),
        step_label=t("optimizers.step_button"),
        on_step=partial(_seek, page, lambda shown: min(page.steps, shown + 1), False),
        on_reset=partial(_seek, page, lambda _: 0, False),
    )
    if not page.racers:
        st.warning(t("optimizers.pick"))
        return
    view_3d = st.toggle(t("optimizers.view3d"), key=f"{PAGE}.view3d")
    frame = partial(_race_frame, page, race.race_of(page), view_3d, status)
    st.fragment(
        frame, run_every=FRAME_GAP_SECONDS if training.is_playing(PAGE) else None
    )()
