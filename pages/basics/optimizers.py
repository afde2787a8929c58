"""Optimizers on loss surfaces: a live race of Keras optimizers, and batch vs mini-batch vs SGD."""

import time
from functools import partial

import numpy as np
import pandas as pd
import streamlit as st

from playground import optimizer_race as race_logic
from playground import ui
from playground.lessons.optimizers import figures as lesson_figures
from playground.optimizer_race import MOMENTA, RACE_OPTIMIZERS, SURFACES, WITH_MOMENTUM, Racer
from playground.ui import t, widgets
from playground.ui.training import LEARNING_RATES, is_playing, playback_bar, set_playing

PAGE = "optimizers"
DEFAULT_RATES = {
    "sgd": 0.001,
    "momentum": 0.001,
    "nesterov": 0.001,
    "adagrad": 0.3,
    "rmsprop": 0.01,
    "adam": 0.03,
}
FRAMES = 50  # a full race is revealed in about this many redraws
FRAME_SECONDS = 0.02
CRAWL_DISTANCE = 0.05  # moved less than this in the whole race: "crawling"


def _sidebar():
    with st.sidebar:
        surface = SURFACES[
            widgets.select(
                f"{PAGE}.surface",
                t("optimizers.surface"),
                tuple(SURFACES),
                "rosenbrock",
                format_func=lambda s: t(f"optimizers.surface.{s}"),
            )
        ]
        (x_lo, x_hi), (y_lo, y_hi) = surface.x_range, surface.y_range
        start_x = widgets.slider(
            f"{PAGE}.{surface.name}.x",
            t("optimizers.start_x"),
            float(x_lo),
            float(x_hi),
            surface.start[0],
            step=0.05,
        )
        start_y = widgets.slider(
            f"{PAGE}.{surface.name}.y",
            t("optimizers.start_y"),
            float(y_lo),
            float(y_hi),
            surface.start[1],
            step=0.05,
        )
        steps = widgets.select_slider(
            f"{PAGE}.steps", t("optimizers.steps"), (50, 100, 200, 300, 500, 1000), 300
        )
        chosen = widgets.pills(
            f"{PAGE}.racers",
            t("optimizers.racers"),
            RACE_OPTIMIZERS,
            ["sgd", "momentum", "adam"],
            format_func=lambda o: t(f"opt.{o}"),
        )
        racers = tuple(_racer(name) for name in chosen)
    return surface, (start_x, start_y), steps, racers


def _racer(name: str) -> Racer:
    """One optimizer's knobs: its learning rate, and its momentum (Adam: β₁) if it has one."""
    label = t(f"opt.{name}")
    rate = widgets.select_slider(
        f"{PAGE}.rate.{name}",
        t("optimizers.rate_for", name=label),
        LEARNING_RATES,
        DEFAULT_RATES[name],
        format_func=lambda r: f"{r:g}",
    )
    momentum = None
    if name in WITH_MOMENTUM:
        key = "optimizers.beta1_for" if name == "adam" else "optimizers.momentum_for"
        momentum = widgets.select_slider(
            f"{PAGE}.momentum.{name}", t(key, name=label), MOMENTA, 0.9
        )
    return Racer(name, rate, momentum)


def _shown() -> int:
    return st.session_state.get(f"{PAGE}.shown", 0)


def _show(shown: int) -> None:
    st.session_state[f"{PAGE}.shown"] = shown


def _step(steps: int) -> None:
    set_playing(PAGE, False)
    _show(min(steps, _shown() + 1))


def _reset() -> None:
    set_playing(PAGE, False)
    _show(0)


def _play(steps: int) -> None:
    if _shown() >= steps:
        _show(0)
    set_playing(PAGE, True)


def _race_controls(steps: int):
    return playback_bar(
        PAGE,
        play_label=t("ctl.play"),
        on_play=partial(_play, steps),
        step_label=t("optimizers.step_button"),
        on_step=partial(_step, steps),
        on_reset=_reset,
    )


def _race_notes(paths, steps: int) -> None:
    for path in paths:
        name, rate = t(f"opt.{path.racer.optimizer}"), path.racer.learning_rate
        if path.diverged:
            st.warning(t("optimizers.diverged", name=name, step=len(path.points), rate=rate), icon="⚠️")
            continue
        moved = float(np.linalg.norm(path.points[-1] - path.points[0]))
        if moved < CRAWL_DISTANCE:
            st.info(t("optimizers.crawling", name=name, moved=moved, steps=steps, rate=rate), icon="🐢")


def _race_section(surface, start, steps, racers):
    """The race's controls and charts; returns its draw(shown) for the animation, if any."""
    status_slot = _race_controls(steps)
    if not racers:
        st.warning(t("optimizers.pick"))
        return None
    paths = race_logic.race(surface, racers, start, steps)
    grid = race_logic.surface_grid(surface)
    labels = ui.labels(start="optimizers.start", minimum="optimizers.minimum", loss="chart.loss")
    view_3d = st.toggle(t("optimizers.view3d"), key=f"{PAGE}.view3d")
    left, right = st.columns([3, 2])
    map_slot = left.empty()
    right.markdown(f"**{t('optimizers.loss_steps')}**")
    loss_slot = right.empty()
    with right:
        _race_notes(paths, steps)

    def draw(shown: int) -> None:
        status_slot.markdown(t("optimizers.progress", shown=shown, steps=steps))
        visible = [(p, p.points[: shown + 1], p.losses[: shown + 1]) for p in paths]
        names = [t(f"opt.{p.racer.optimizer}") for p in paths]
        if view_3d:
            figure = lesson_figures.race_surface_3d(
                *grid, [(n, pts, ls) for n, (_, pts, ls) in zip(names, visible)]
            )
        else:
            figure = lesson_figures.race_figure(
                *grid, [(n, pts) for n, (_, pts, _) in zip(names, visible)], surface.minima, labels
            )
        ui.show_chart(map_slot, figure)
        ui.show_chart(
            loss_slot,
            lesson_figures.loss_per_step_figure(
                [(n, ls) for n, (_, _, ls) in zip(names, visible)], labels, t("optimizers.step_axis")
            ),
        )

    draw(min(_shown(), steps))
    return draw


def _animate(draw, steps: int) -> None:
    """While playing, reveal the race a few steps per frame (the paths are already computed)."""
    if draw is None or not is_playing(PAGE):
        return
    shown = min(_shown(), steps)
    stride = max(1, steps // FRAMES)
    while shown < steps:
        time.sleep(FRAME_SECONDS)
        shown = min(steps, shown + stride)
        _show(shown)
        draw(shown)
    set_playing(PAGE, False)
    st.rerun()


def _batch_name(size: int, n: int) -> str:
    if size == n:
        return t("optimizers.batch_full", size=n)
    return t("optimizers.batch_sgd") if size == 1 else t("optimizers.batch_name", size=size)


def _batch_section() -> None:
    st.subheader(t("optimizers.batch_title"))
    st.caption(t("optimizers.batch_help"))
    controls = st.columns(2)
    epochs = controls[0].slider(t("optimizers.batch_epochs"), 1, 30, 10, key=f"{PAGE}.batch_epochs")
    rate = controls[1].select_slider(
        t("optimizers.batch_rate"), (0.003, 0.01, 0.03, 0.1, 0.3), 0.03, key=f"{PAGE}.batch_rate"
    )
    paths = race_logic.blood_fat_descent(epochs, rate)
    x, y = race_logic.age_and_blood_fat()
    names = [_batch_name(p.batch_size, len(x)) for p in paths]
    ws, bs = np.linspace(-1.5, 2.0, 80), np.linspace(-1.5, 1.0, 80)
    mse = race_logic.regression_landscape(x, y, ws, bs)
    left, right = st.columns([3, 2])
    with left:
        ui.show_chart(
            st, lesson_figures.descent_figure(ws, bs, mse, list(zip(names, (p.points for p in paths))))
        )
    with right:
        st.markdown(f"**{t('optimizers.loss_epochs')}**")
        ui.show_chart(
            st,
            lesson_figures.loss_per_step_figure(
                list(zip(names, (p.epoch_loss for p in paths))),
                ui.labels(loss="chart.loss"),
                t("chart.epoch"),
            ),
        )
        st.dataframe(
            pd.DataFrame(
                {
                    "": names,
                    t("optimizers.updates"): [p.updates_per_epoch for p in paths],
                    t("optimizers.final_loss"): [round(float(p.epoch_loss[-1]), 4) for p in paths],
                }
            ),
            hide_index=True,
        )


surface, start, steps, racers = _sidebar()
ui.page_header("page.optimizers", "optimizers.intro", "optimizers.hint")
draw_race = _race_section(surface, start, steps, racers)
st.divider()
_batch_section()
_animate(draw_race, steps)
