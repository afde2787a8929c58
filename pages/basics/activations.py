"""Activation functions: curves and derivatives from Keras, softmax, vanishing gradients."""

import numpy as np
import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from playground import ui
from playground.lessons.activations import figures
from playground.lessons.activations.deep_stack import measure_gradients
from playground.lessons.activations.functions import (
    FORMULAS,
    SOFTMAX_FORMULA,
    curve,
    softmax,
    x_values,
)
from playground.lessons.activations.spec import (
    DEAD_UNIT_ACTIVATIONS,
    LOGIT_RANGE,
    MAX_LOGITS,
    MIN_LOGITS,
    ActivationsSpec,
)
from playground.numbers import format_number
from playground.ui import t, widgets
from playground.ui.state import persist

PAGE = "activations"
CARDS_PER_ROW = 3


def _sidebar(form: widgets.SpecForm) -> None:
    with st.sidebar:
        chosen = form.pills(
            "functions", t("activations.functions"), format_func=lambda f: t(f"act.{f}")
        )
        form.slider("x_range", t("activations.range"), step=0.5)
        if "leaky_relu" in chosen:
            form.slider("alpha", t("activations.alpha"), step=0.01)
        else:
            form.hidden("alpha")
        form.checkbox("derivative", t("activations.derivative"))


def _logit_sliders(form: widgets.SpecForm) -> None:
    """The logit count, then one slider per logit side by side (keys as `SpecForm.counted`)."""
    key = form.key("logits")
    persist(f"{key}.count", len(form.cls().logits), lambda n: MIN_LOGITS <= n <= MAX_LOGITS)
    count = st.slider(t("activations.logits"), MIN_LOGITS, MAX_LOGITS, key=f"{key}.count")
    logits = []
    for i, column in enumerate(st.columns(count), 1):
        persist(f"{key}.{i}", float(i - 1), lambda v: LOGIT_RANGE[0] <= v <= LOGIT_RANGE[1])
        logits.append(column.slider(f"z{i}", *LOGIT_RANGE, step=0.1, key=f"{key}.{i}"))
    form.set_hidden("logits", tuple(logits))  # the row of sliders is the field's widget
    form.hidden("logits")


def _softmax_controls(form: widgets.SpecForm) -> DeltaGenerator:
    st.subheader(t("activations.softmax"))
    st.caption(t("activations.softmax_help"))
    st.latex(SOFTMAX_FORMULA)
    _logit_sliders(form)
    return st.empty()


def _stack_controls(form: widgets.SpecForm) -> DeltaGenerator:
    st.subheader(t("activations.vanishing"))
    st.caption(t("activations.vanishing_help"))
    left, right = st.columns([1, 2])
    with left:
        form.slider("stack.depth", t("activations.depth"))
        form.select_slider("stack.width", t("activations.width"))
        widgets.activation(form, "stack.activation")
        form.select("stack.initializer", t("activations.initializer"))
        form.slider("stack.bias", t("activations.bias"), step=0.1)
        seed = form.hidden("stack.seed")
        st.button(
            t("activations.new_batch"), on_click=form.set_hidden, args=("stack.seed", seed + 1)
        )
    return right


def _function_card(name: str) -> None:
    formula, output_range = FORMULAS[name]
    st.markdown(f"**{t(f'act.{name}')}**")
    st.latex(formula)
    st.caption(f"{t('activations.output_range')}: {output_range}")
    st.write(t(f"activations.note.{name}"))


def _draw_curves(page: ActivationsSpec) -> None:
    if not page.functions:
        st.warning(t("activations.pick"))
        return
    x = x_values(page.x_range)
    curves = {name: curve(name, x, page.alpha) for name in page.functions}
    names = {name: t(f"act.{name}") for name in page.functions}
    labels = ui.labels(value="activations.value")
    ui.show_chart(st, figures.activation_figure(x, curves, names, labels, page.derivative))
    for row in range(0, len(page.functions), CARDS_PER_ROW):
        chosen = page.functions[row : row + CARDS_PER_ROW]
        for column, name in zip(st.columns(CARDS_PER_ROW), chosen):
            with column.container(border=True):
                _function_card(name)


def _draw_stack(page: ActivationsSpec) -> None:
    report = measure_gradients(page.stack)
    counts_dead = page.stack.activation in DEAD_UNIT_ACTIVATIONS
    labels = ui.labels(
        gradient="activations.gradient", dead="activations.dead", layer="activations.layer"
    )
    figure = figures.gradient_figure(report.gradient_norms, report.dead_share, labels, counts_dead)
    ui.show_chart(st, figure)
    ratio = format_number(report.ratio, significant=2) or t("status.diverged_value")
    st.markdown(t("activations.ratio", ratio=ratio, depth=page.stack.depth))
    if counts_dead:
        st.markdown(t("activations.dead_summary", share=float(report.dead_share.mean())))


form = widgets.SpecForm(PAGE, ActivationsSpec)
_sidebar(form)
ui.page_header("page.activations", "activations.intro", "activations.hint")
curves_slot = st.container()
st.divider()
softmax_slot = _softmax_controls(form)
st.divider()
stack_slot = _stack_controls(form)
page = form.spec()

with curves_slot:
    _draw_curves(page)
probabilities = softmax(np.array(page.logits))
labels = ui.labels(probability="activations.probability")
ui.show_chart(softmax_slot, figures.softmax_figure(probabilities, labels))
with stack_slot:
    _draw_stack(page)
