"""Optimizers on loss surfaces: a live race of Keras optimizers, and batch vs mini-batch vs SGD."""

import pandas as pd
import streamlit as st

from playground import ui
from playground.lessons.optimizers import descent, figures
from playground.lessons.optimizers.spec import (
    RACE_OPTIMIZERS,
    TEXTBOOK,
    WITH_MOMENTUM,
    OptimizersSpec,
)
from playground.lessons.optimizers.surfaces import SURFACES
from playground.ui import t, training, widgets
from playground.ui.layout import number_text
from playground.ui.race import race_panel

PAGE = "optimizers"


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
                form.hidden_under(f"start.{name}.")
        form.slider(f"start.{surface}.x", t("optimizers.start_x"), step=0.05)
        form.slider(f"start.{surface}.y", t("optimizers.start_y"), step=0.05)
        form.select_slider("steps", t("optimizers.steps"))
        form.select_slider(
            "replay_seconds",
            t("optimizers.replay_seconds"),
            format_func=lambda n: t("optimizers.seconds", n=n),
            help=t("optimizers.replay_seconds.help"),
        )
        racers = form.pills("racers", t("optimizers.racers"), format_func=lambda o: t(f"opt.{o}"))
        for name in RACE_OPTIMIZERS:
            if name in racers:
                _tuning_controls(form, name)
            else:
                form.hidden_under(f"tuning.{name}.")


def _batch_controls(form: widgets.SpecForm) -> None:
    st.subheader(t("optimizers.batch_title"))
    st.caption(t("optimizers.batch_help"))
    epochs, rate = st.columns(2)
    with epochs:
        form.slider("batch.epochs", t("optimizers.batch_epochs"))
    with rate:
        form.select_slider("batch.learning_rate", t("optimizers.batch_rate"))


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
        t("optimizers.final_loss"): [number_text(p.epoch_loss[-1]) for p in paths],
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
    race_panel(page)
_batch_charts(page)
