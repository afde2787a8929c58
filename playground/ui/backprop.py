"""Backpropagation, one step at a time, on a page's own model (nets small enough to read).

`backprop_panel` lets the user pick a training example and walk the stages of one step
(forward per layer, the loss, backward per layer, the optimizer's update) with Previous/Next,
every number in a table; "Apply" makes the trainer take exactly that step. The step is
computed once per trainer state and example (`<page>.bp.cache`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
import streamlit as st

from playground import charts
from playground.backprop import (
    MAX_HIDDEN_LAYERS,
    MAX_UNITS,
    BackpropStep,
    BackwardStage,
    ForwardStage,
    LossStage,
    UpdateStage,
    backprop_step,
    is_readable,
    stage_numbers,
    step_network,
)
from playground.specs import ModelSpec
from playground.ui.lang import t
from playground.ui.layout import show_chart
from playground.ui.training import is_playing, set_playing

if TYPE_CHECKING:
    from playground.engine import Trainer


def _key(page: str, name: str) -> str:
    return f"{page}.bp.{name}"


def step_for(
    page: str, trainer: Trainer, model: ModelSpec, optimizer: str, index: int
) -> BackpropStep:
    """One step on training example `index` from the trainer's current state (cached)."""
    slot = _key(page, "cache")
    key = (id(trainer), trainer.generation, trainer.step, trainer.learning_rate)
    key += (model, optimizer, index)
    cached = st.session_state.get(slot)
    if cached is not None and cached[0] == key:
        return cached[1]
    step = backprop_step(
        model,
        optimizer,
        trainer.learning_rate,
        trainer.weights,
        trainer.optimizer_state,
        trainer.data.x[index],
        trainer.data.y[index],
    )
    st.session_state[slot] = (key, step)
    return step


def _apply(page: str, trainer: Trainer, step: BackpropStep) -> None:
    set_playing(page, False)
    trainer.adopt(step.weights, step.optimizer_state)
    st.session_state[_key(page, "applied")] = step.loss
    st.session_state[_key(page, "stage")] = 0


def _move(page: str, by: int, n: int) -> None:
    key = _key(page, "stage")
    st.session_state[key] = min(max(st.session_state.get(key, 0) + by, 0), n - 1)


def _fmt(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.map(lambda v: f"{v:.4g}" if isinstance(v, (float, np.floating)) else v)


def _neurons(n: int) -> list[str]:
    return [f"{t('bp.neuron')} {j + 1}" for j in range(n)]


def _input_names(stage_layer: int, n_in: int, inputs: list[str]) -> list[str]:
    if stage_layer == 1:
        return list(inputs)
    return [f"a{stage_layer - 1}.{i + 1}" for i in range(n_in)]


def _forward(stage: ForwardStage, inputs: list[str]) -> None:
    st.markdown(f"**{t('bp.forward', layer=stage.layer)}**")
    st.caption(t("bp.forward.formula", activation=stage.activation))
    names = _input_names(stage.layer, len(stage.inputs), inputs)
    st.dataframe(
        _fmt(pd.DataFrame({t("bp.input"): stage.inputs.astype(float)}, index=names).T),
    )
    columns = {t("bp.weight", name=name): stage.kernel[i] for i, name in enumerate(names)}
    columns |= {t("bp.bias"): stage.bias, "z": stage.z, "a": stage.a}
    frame = pd.DataFrame({k: np.asarray(v, float) for k, v in columns.items()})
    st.dataframe(_fmt(frame.set_axis(_neurons(len(stage.z)))))


def _loss(stage: LossStage) -> None:
    st.markdown(f"**{t('bp.loss')}**")
    st.caption(
        t(
            "bp.loss.formula",
            loss=t(f"loss.{stage.loss}"),
            data_loss=stage.data_loss,
            regularization=stage.regularization,
            total=stage.total,
        )
    )
    frame = pd.DataFrame(
        {t("bp.prediction"): stage.prediction.astype(float), t("bp.target"): stage.target},
        index=[f"{t('bp.output')} {j + 1}" for j in range(len(stage.prediction))],
    )
    st.dataframe(_fmt(frame))


def _backward(stage: BackwardStage, inputs: list[str]) -> None:
    st.markdown(f"**{t('bp.backward', layer=stage.layer)}**")
    st.caption(t("bp.backward.formula"))
    names = _input_names(stage.layer, stage.kernel_grad.shape[0], inputs)
    columns = {t("bp.grad_a"): stage.grad_a, t("bp.delta"): stage.delta}
    columns |= {t("bp.grad_b"): stage.bias_grad}
    columns |= {t("bp.grad_w", name=n): stage.kernel_grad[i] for i, n in enumerate(names)}
    frame = pd.DataFrame({k: np.asarray(v, float) for k, v in columns.items()})
    st.dataframe(_fmt(frame.set_axis(_neurons(len(stage.delta)))))


def _rule(stage: UpdateStage) -> str:
    if stage.optimizer == "sgd":
        return t("bp.update.sgd", learning_rate=stage.learning_rate)
    if stage.optimizer in ("momentum", "nesterov"):
        return t("bp.update.momentum", momentum=stage.hyper.get("momentum", 0.0))
    if stage.optimizer == "adam":
        return t("bp.update.adam", iteration=stage.iteration)
    return t("bp.update.other")


def _cells(name: str, shape: tuple) -> list[str]:
    if len(shape) == 1:
        return [f"{name}[{i + 1}]" for i in range(shape[0])]
    return [f"{name}[{i + 1},{j + 1}]" for i in range(shape[0]) for j in range(shape[1])]


def _update(stage: UpdateStage) -> None:
    st.markdown(f"**{t('bp.update', optimizer=t(f'opt.{stage.optimizer}'))}**")
    st.caption(_rule(stage))
    rows = []
    for param in stage.params:
        slots = [(s, b.ravel(), a.ravel()) for s, b, a in param.slots]
        for k, cell in enumerate(_cells(param.name, param.before.shape)):
            row = {
                t("bp.param"): cell,
                t("bp.before"): float(param.before.ravel()[k]),
                t("bp.gradient"): float(param.gradient.ravel()[k]),
                t("bp.after"): float(param.after.ravel()[k]),
                t("bp.change"): float(param.step.ravel()[k]),
            }
            for slot, before, after in slots:
                row[t("bp.slot", slot=slot)] = f"{before[k]:.4g} → {after[k]:.4g}"
            rows.append(row)
    st.dataframe(_fmt(pd.DataFrame(rows)), hide_index=True)


def neuron_hover(biases: list[np.ndarray], activations: list[str]) -> charts.NeuronHover:
    """What pointing at a neuron of a network diagram says, in the page's language (the
    words keep their {layer} and {n} fields for the chart to fill)."""
    words = {name: t(f"bp.net.{name}") for name in ("input", "neuron", "output")}
    return charts.NeuronHover(biases, activations, words)


def _diagram(step: BackpropStep, stage: int, inputs: list[str]) -> None:
    """The network with the walk's numbers so far written beside its neurons."""
    net = step_network(step)
    hover = neuron_hover(net.biases, net.activations)
    figure = charts.network_figure(
        net.sizes, net.kernels, [], inputs, hover=hover, node_text=stage_numbers(step, stage)
    )
    st.caption(t("bp.net.help"))
    show_chart(st, figure)


def _draw(stage, inputs: list[str]) -> None:
    if isinstance(stage, ForwardStage):
        _forward(stage, inputs)
    elif isinstance(stage, LossStage):
        _loss(stage)
    elif isinstance(stage, BackwardStage):
        _backward(stage, inputs)
    else:
        _update(stage)


def backprop_panel(
    page: str,
    trainer: Trainer,
    model: ModelSpec,
    optimizer: str,
    examples: list[str],
    inputs: list[str],
) -> None:
    """The "step inside" toggle and, when on, the stage walk of one training step.
    `examples` names each training example, `inputs` each model input."""
    if not st.toggle(t("bp.open"), key=_key(page, "open")):
        return
    if not is_readable(model):
        st.info(t("bp.too_big", layers=MAX_HIDDEN_LAYERS, units=MAX_UNITS), icon="🔍")
        return
    if is_playing(page):
        st.caption(t("bp.while_playing"))
        return
    with st.container(border=True):
        st.subheader(t("bp.title"))
        example_key = _key(page, "example")
        if st.session_state.get(example_key, 0) >= len(examples):
            st.session_state[example_key] = 0
        index = st.selectbox(
            t("bp.example"), range(len(examples)), format_func=examples.__getitem__, key=example_key
        )
        step = step_for(page, trainer, model, optimizer, index)
        n = len(step.stages)
        stage = min(st.session_state.get(_key(page, "stage"), 0), n - 1)
        back, where, forward, apply = st.columns([1, 1.2, 1, 2.4], vertical_alignment="center")
        back.button(t("bp.prev"), key=_key(page, "prev"), on_click=_move, args=(page, -1, n))
        where.markdown(t("bp.stage", i=stage + 1, n=n))
        forward.button(t("bp.next"), key=_key(page, "next"), on_click=_move, args=(page, 1, n))
        apply.button(
            t("bp.apply"),
            key=_key(page, "apply"),
            on_click=_apply,
            args=(page, trainer, step),
            help=t("bp.apply_help"),
        )
        applied = st.session_state.pop(_key(page, "applied"), None)
        if applied is not None:
            st.success(t("bp.applied", loss=applied), icon="✅")
        _diagram(step, stage, inputs)
        _draw(step.stages[stage], inputs)
