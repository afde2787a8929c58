"""Activation functions: curves and derivatives from Keras, softmax, vanishing gradients."""

import numpy as np
import streamlit as st

from playground import activations, ui
from playground.activations import FORMULAS, FUNCTIONS, INITIALIZERS, DeepStackSpec
from playground.lessons.activations import figures as lesson_figures
from playground.ui import t, widgets

PAGE = "activations"
POINTS = 401
MAX_LOGITS = 6
DEPTH_ACTIVATIONS = ("sigmoid", "tanh", "relu", "leaky_relu", "elu", "selu", "gelu", "swish")


def _sidebar() -> tuple[list[str], tuple[float, float], float, bool]:
    with st.sidebar:
        chosen = widgets.pills(
            f"{PAGE}.functions",
            t("activations.functions"),
            FUNCTIONS,
            ["sigmoid", "tanh", "relu"],
            format_func=lambda f: t(f"act.{f}"),
        )
        span = widgets.slider(f"{PAGE}.range", t("activations.range"), -10.0, 10.0, (-5.0, 5.0), step=0.5)
        alpha = 0.2
        if "leaky_relu" in chosen:
            alpha = widgets.slider(f"{PAGE}.alpha", t("activations.alpha"), 0.0, 1.0, 0.2, step=0.01)
        derivative = widgets.checkbox(f"{PAGE}.derivative", t("activations.derivative"), True)
    return chosen, span, alpha, derivative


def _curves(chosen: list[str], span: tuple[float, float], alpha: float, derivative: bool) -> None:
    if not chosen:
        st.warning(t("activations.pick"))
        return
    x = np.linspace(span[0], span[1] if span[1] > span[0] else span[0] + 1, POINTS)
    curves = {name: activations.curve(name, x, alpha) for name in chosen}
    names = {name: t(f"act.{name}") for name in chosen}
    ui.show_chart(
        st, lesson_figures.activation_figure(x, curves, names, ui.labels(value="activations.value"), derivative)
    )
    for row in range(0, len(chosen), 3):
        for column, name in zip(st.columns(3), chosen[row : row + 3]):
            with column.container(border=True):
                formula, output_range = FORMULAS[name]
                st.markdown(f"**{names[name]}**")
                st.latex(formula)
                st.caption(f"{t('activations.output_range')}: {output_range}")
                st.write(t(f"activations.note.{name}"))


def _softmax() -> None:
    st.subheader(t("activations.softmax"))
    st.caption(t("activations.softmax_help"))
    st.latex(activations.SOFTMAX_FORMULA)
    count = widgets.slider(f"{PAGE}.logits", t("activations.logits"), 2, MAX_LOGITS, 3)
    columns = st.columns(count)
    logits = np.array(
        [
            column.slider(f"z{i + 1}", -5.0, 5.0, float(i), step=0.1, key=f"{PAGE}.logit_{i}")
            for i, column in enumerate(columns)
        ]
    )
    probabilities = activations.softmax(logits)
    ui.show_chart(
        st, lesson_figures.softmax_figure(logits, probabilities, ui.labels(probability="activations.probability"))
    )


def _new_batch() -> None:
    st.session_state[f"{PAGE}.seed"] = st.session_state.get(f"{PAGE}.seed", 0) + 1


def _vanishing_gradients() -> None:
    st.subheader(t("activations.vanishing"))
    st.caption(t("activations.vanishing_help"))
    left, right = st.columns([1, 2])
    with left:
        depth = widgets.slider(f"{PAGE}.depth", t("activations.depth"), 2, 20, 10)
        width = widgets.select_slider(f"{PAGE}.width", t("activations.width"), (8, 16, 32, 64, 128, 256), 64)
        activation = widgets.activation(
            f"{PAGE}.deep_activation", t("ctl.activation"), "sigmoid", DEPTH_ACTIVATIONS
        )
        initializer = widgets.select(
            f"{PAGE}.initializer", t("activations.initializer"), INITIALIZERS, "glorot_uniform"
        )
        bias = widgets.slider(f"{PAGE}.bias", t("activations.bias"), -2.0, 2.0, 0.0, step=0.1)
        st.button(t("activations.new_batch"), on_click=_new_batch)
    spec = DeepStackSpec(
        depth, width, activation, initializer, bias, seed=st.session_state.get(f"{PAGE}.seed", 0)
    )
    report = activations.measure_gradients(spec)
    relu_like = activation in ("relu", "leaky_relu")
    with right:
        labels = ui.labels(gradient="activations.gradient", dead="activations.dead", layer="activations.layer")
        ui.show_chart(
            st, lesson_figures.gradient_figure(report.gradient_norms, report.dead_share, labels, relu_like)
        )
        ratio = report.gradient_norms[0] / max(report.gradient_norms[-1], 1e-30)
        st.markdown(t("activations.ratio", ratio=ratio, depth=depth))
        if relu_like:
            st.markdown(t("activations.dead_summary", share=float(report.dead_share.mean())))


chosen, span, alpha, derivative = _sidebar()
ui.page_header("page.activations", "activations.intro", "activations.hint")
_curves(chosen, span, alpha, derivative)
st.divider()
_softmax()
st.divider()
_vanishing_gradients()
