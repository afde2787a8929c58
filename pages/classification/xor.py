"""XOR & 2D classification: widgets -> XorSpec -> live training and charts."""

from functools import partial

import numpy as np
import streamlit as st

from playground import charts, ui
from playground.datasets import grid
from playground.engine import Snapshot
from playground.lessons.xor import model as lesson
from playground.lessons.xor.data import feature_matrix
from playground.lessons.xor.figures import in_file_units, truth_table
from playground.lessons.xor.inside import example_names, fixed_spec
from playground.lessons.xor.own import CSV_TASK, named_features
from playground.lessons.xor.spec import TEXTBOOK, XorSpec
from playground.models import dense_activations
from playground.ui import own_data, t, widgets
from playground.ui.backprop import backprop_panel, neuron_hover
from playground.ui.diagnosis import diagnosis_panel
from playground.ui.training import divergence_advice, show_status, textbook_button

PAGE = "xor"
GRID = 50  # boundary resolution (GRID x GRID model evaluations per redraw)


def _set_name(name: str) -> str:
    return t(f"xor.ds.{name}")


def _data_controls(form: widgets.SpecForm) -> None:
    st.subheader(t("group.data"))
    source = own_data.source_controls(form)
    if source == "csv":
        own_data.csv_controls(PAGE, CSV_TASK)
    own = source != "builtin"
    name = "" if own else form.select("data.name", t("xor.dataset"), format_func=_set_name)
    form.pills("data.features", t("xor.features"), format_func=lambda f: t(f"xor.feat.{f}"))
    seed = form.hidden("data.seed")
    if name == "xor_table":
        return
    if not own:
        form.slider("data.noise", t("xor.noise"), step=0.05)
    form.slider("data.train_share", t("xor.train_share"), step=0.1)
    if not own:
        form.select_slider("data.n_samples", t("xor.samples"))
    st.button(t("xor.regenerate"), on_click=form.set_hidden, args=("data.seed", seed + 1))


def _sidebar() -> XorSpec:
    form = widgets.SpecForm(PAGE, XorSpec)
    with st.sidebar:
        textbook_button(PAGE, TEXTBOOK)
        _data_controls(form)
        st.subheader(t("group.model"))
        form.counted(
            "neurons",
            t("xor.hidden_layers"),
            lambda i: t("xor.neurons", n=i),
            lambda i: 2 if i == 1 else 4,
        )
        widgets.activation(form, "activation")
        form.select("loss", t("ctl.loss"), format_func=lambda n: t(f"loss.{n}"))
        regularizer = form.select(
            "regularizer", t("ctl.regularizer"), format_func=lambda r: t(f"reg.{r}")
        )
        if regularizer != "none":
            form.select_slider(
                "regularization_rate", t("ctl.regularization_rate"), format_func=lambda r: f"{r:g}"
            )
        ui.training_controls(form)
    return form.spec()


def _chart_labels() -> dict[str, str]:
    keys = ("output", "train", "test", "loss", "accuracy", "epoch")
    return {key: t(f"chart.{key}") for key in keys}


page = _sidebar()
ui.page_header("page.xor", "xor.intro", "xor.hint")
if not page.data.features:
    st.warning(t("xor.need_feature"))
    st.stop()

own = None
if page.data.source == "points":
    own_data.points_editor(PAGE, lesson.bounds(page))
if lesson.uses_own(page):
    own = own_data.own_set(PAGE, page.data.source)
    if own is None:
        st.stop()
run = lesson.prepare(page, own)
trainer = ui.trainer_for(PAGE, lesson.run_key(page, own), lambda: lesson.new_trainer(page, run))
trainer.set_learning_rate(page.train.learning_rate)
ui.control_bar(PAGE, trainer, page.train.epochs)  # the status is drawn in the live view

ticks, plane = grid(lesson.bounds(page, own), GRID)
plane_inputs = feature_matrix(plane, page.data.features)
labels = _chart_labels()


def _boundary(outputs: list[np.ndarray]) -> None:
    st.subheader(t("xor.boundary"))
    toggles = st.columns(2)
    show_test = toggles[0].toggle(t("xor.show_test"), key=f"{PAGE}.show_test")
    discretize = toggles[1].toggle(t("xor.discretize"), key=f"{PAGE}.discretize")
    probabilities = outputs[-1].reshape(GRID, GRID)
    figure = charts.boundary_figure(
        ticks, probabilities, run.points, show_test=show_test, discretize=discretize, labels=labels
    )
    ui.show_chart(st, in_file_units(figure, own) if own and not own.clicked else figure)


def _network(outputs: list[np.ndarray]) -> None:
    with st.expander(t("xor.network"), expanded=True):
        st.caption(t("xor.network_help"))
        hidden_maps = [out.reshape(GRID, GRID, -1)[::2, ::2] for out in outputs[:-1]]
        kernels = [w for w in trainer.weights if w.ndim == 2]
        biases = [w for w in trainer.weights if w.ndim == 1]
        hover = neuron_hover(biases, dense_activations(run.model))
        sizes = lesson.layer_sizes(page)
        figure = charts.network_figure(sizes, kernels, hidden_maps, inputs, hover=hover)
        ui.show_chart(st, figure)


def live_view(snapshot: Snapshot) -> None:
    """Everything that changes while training (drawn once per live-fragment run)."""
    diverged = show_status(PAGE, snapshot, page.train.epochs, has_metric=True)
    if lesson.is_truth_table(page):  # one set: say why its two losses differ
        st.caption(t("xor.table_losses"))
    outputs, table_outputs = lesson.probe(trainer, page, run, plane_inputs)
    left, right = st.columns([5, 4])
    with left:
        _boundary(outputs)
    with right:
        st.subheader(t("xor.curves"))
        ui.show_chart(st, charts.curves_figure(snapshot.history, labels, has_metric=True))
        if diverged:  # under the curves, so the charts beside it do not move
            divergence_advice(snapshot)
        if table_outputs is not None:
            st.subheader(t("xor.table"))
            names = ui.labels(**{n: f"xor.table.{n}" for n in ("target", "yours", "book")})
            st.dataframe(truth_table(run.points.y_train, table_outputs, names), hide_index=True)
            st.caption(t("xor.table_help"))
        if not page.neurons:
            st.caption(t("xor.logistic_note"))
    _network(outputs)


inputs = named_features([t(f"xor.feat.{f}") for f in page.data.features], own)
ui.live_fragment(PAGE, trainer, live_view)
optimizer = page.train.optimizer
diagnosis_panel(PAGE, trainer, run.model, optimizer, partial(fixed_spec, page))
backprop_panel(PAGE, trainer, run.model, optimizer, example_names(run), inputs)
