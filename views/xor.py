"""XOR & 2D classification: widgets -> XorPageSpec -> live training and figures."""

import numpy as np
import pandas as pd
import streamlit as st

from playground import classify2d, figures, ui
from playground.datasets import XOR_TABLE_X, feature_matrix, grid, plane_bounds
from playground.engine import Snapshot
from playground.specs import (
    ACTIVATIONS,
    REGULARIZERS,
    XOR_DATASETS,
    XOR_FEATURES,
    DatasetSpec,
    XorPageSpec,
)
from playground.ui import t, widgets
from playground.ui.training import preset_values, show_status, textbook_button

PAGE = "xor"
GRID = 50  # boundary resolution (GRID x GRID model evaluations per redraw)
MAX_LAYERS, MAX_NEURONS = 6, 64
LOSSES = ("mse", "binary_crossentropy")
REGULARIZATION_RATES = (0.0, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0)


def _load_textbook() -> None:
    book = classify2d.TEXTBOOK
    widgets.set_values(
        {
            f"{PAGE}.dataset": book.data.name,
            f"{PAGE}.features": list(book.data.features),
            f"{PAGE}.hidden_layers": book.hidden_layers,
            f"{PAGE}.neurons_1": book.neurons[0],
            f"{PAGE}.activation": book.activation,
            f"{PAGE}.loss": book.loss,
            f"{PAGE}.regularizer": "none",
            **preset_values(PAGE, book.train),
        }
    )


def _new_sample() -> None:
    st.session_state[f"{PAGE}.data_seed"] = st.session_state.get(f"{PAGE}.data_seed", 0) + 1


def _data_controls() -> DatasetSpec:
    st.subheader(t("group.data"))
    name = widgets.select(
        f"{PAGE}.dataset",
        t("xor.dataset"),
        XOR_DATASETS,
        "xor_table",
        format_func=lambda d: t(f"ds.{d}"),
    )
    features = widgets.pills(
        f"{PAGE}.features",
        t("xor.features"),
        XOR_FEATURES,
        ["x1", "x2"],
        format_func=lambda f: t(f"feat.{f}"),
    )
    spec = DatasetSpec(name=name, features=tuple(f for f in XOR_FEATURES if f in features))
    if name == "xor_table":
        return spec
    noise = widgets.slider(f"{PAGE}.noise", t("xor.noise"), 0, 50, 0, step=5)
    share = widgets.slider(f"{PAGE}.train_share", t("xor.train_share"), 10, 90, 50, step=10)
    samples = widgets.select_slider(
        f"{PAGE}.samples", t("xor.samples"), (50, 100, 200, 300, 500, 1000), 200
    )
    st.button(t("xor.regenerate"), on_click=_new_sample)
    seed = st.session_state.get(f"{PAGE}.data_seed", 0)
    return DatasetSpec(name, samples, noise / 100, share / 100, seed, spec.features)


def _sidebar() -> XorPageSpec:
    with st.sidebar:
        textbook_button(_load_textbook)
        data = _data_controls()
        st.subheader(t("group.model"))
        hidden = widgets.slider(f"{PAGE}.hidden_layers", t("xor.hidden_layers"), 0, MAX_LAYERS, 1)
        neurons = tuple(
            widgets.slider(
                f"{PAGE}.neurons_{i}", t("xor.neurons", n=i), 1, MAX_NEURONS, 2 if i == 1 else 4
            )
            for i in range(1, hidden + 1)
        )
        activation = widgets.activation(
            f"{PAGE}.activation", t("ctl.activation"), "sigmoid", ACTIVATIONS
        )
        loss = widgets.select(
            f"{PAGE}.loss", t("ctl.loss"), LOSSES, "mse", format_func=lambda n: t(f"loss.{n}")
        )
        regularizer = widgets.select(
            f"{PAGE}.regularizer",
            t("ctl.regularizer"),
            REGULARIZERS,
            "none",
            format_func=lambda r: t(f"reg.{r}"),
        )
        rate = 0.0
        if regularizer != "none":
            rate = widgets.select_slider(
                f"{PAGE}.regularization_rate",
                t("ctl.regularization_rate"),
                REGULARIZATION_RATES,
                0.001,
                format_func=lambda r: f"{r:g}",
            )
        train = ui.training_controls(PAGE, classify2d.TEXTBOOK.train)
    return XorPageSpec(data, hidden, neurons, activation, loss, regularizer, rate, train)


def _chart_labels() -> dict[str, str]:
    keys = ("output", "train", "test", "loss", "accuracy", "epoch")
    return {key: t(f"chart.{key}") for key in keys}


page = _sidebar()
ui.page_header("page.xor", "xor.intro", "xor.hint")
if not page.data.features:
    st.warning(t("xor.need_feature"))
    st.stop()

run = classify2d.prepare(page)
trainer = ui.trainer_for(PAGE, page, lambda: classify2d.make_trainer(page, run))
trainer.set_learning_rate(page.train.learning_rate)
status_slot = ui.control_bar(PAGE, trainer, page.train.epochs)

ticks, plane = grid(plane_bounds(page.data), GRID)
plane_inputs = feature_matrix(plane, page.data.features)
labels = _chart_labels()
left, right = st.columns([5, 4])
with left:
    st.subheader(t("xor.boundary"))
    toggles = st.columns(2)
    show_test = toggles[0].toggle(t("xor.show_test"), key=f"{PAGE}.show_test")
    discretize = toggles[1].toggle(t("xor.discretize"), key=f"{PAGE}.discretize")
    boundary_slot = st.empty()
with right:
    st.subheader(t("xor.curves"))
    curves_slot = st.empty()
    if page.data.name == "xor_table":
        st.subheader(t("xor.table"))
        table_slot = st.empty()
        st.caption(t("xor.table_help"))
    if page.hidden_layers == 0:
        st.caption(t("xor.logistic_note"))
with st.expander(t("xor.network"), expanded=True):
    st.caption(t("xor.network_help"))
    network_slot = st.empty()


def _truth_table(predictions: np.ndarray) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "x₁": XOR_TABLE_X[:, 0].astype(int),
            "x₂": XOR_TABLE_X[:, 1].astype(int),
            t("xor.table.target"): run.points.y_train[:, 0].astype(int),
            t("xor.table.yours"): np.round(predictions[:, 0], 3),
            t("xor.table.book"): classify2d.TEXTBOOK_OUTPUTS,
        }
    )


def draw(snapshot: Snapshot) -> None:
    outputs = trainer.layer_outputs(plane_inputs)
    probabilities = outputs[-1].reshape(GRID, GRID)
    ui.show_chart(
        boundary_slot,
        figures.boundary_figure(
            ticks,
            probabilities,
            run.points,
            show_test=show_test,
            discretize=discretize,
            labels=labels,
        ),
    )
    ui.show_chart(curves_slot, figures.curves_figure(snapshot.history, labels, has_metric=True))
    hidden_maps = [out.reshape(GRID, GRID, -1)[::2, ::2] for out in outputs[:-1]]
    kernels = [w for w in trainer.weights if w.ndim == 2]
    ui.show_chart(
        network_slot,
        figures.network_figure(
            classify2d.layer_sizes(page),
            kernels,
            hidden_maps,
            [t(f"feat.{f}") for f in page.data.features],
        ),
    )
    if page.data.name == "xor_table":
        table_slot.dataframe(_truth_table(trainer.predict(run.x_train)), hide_index=True)
    show_status(status_slot, snapshot, page.train.epochs, has_metric=True)


draw(trainer.snapshot())
ui.run_live(PAGE, trainer, draw)
