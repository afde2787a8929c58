"""Iris: widgets -> IrisSpec -> a live softmax network, its regions, mistakes and summary."""

from functools import partial

import numpy as np
import streamlit as st

from playground import charts, ui
from playground.engine import Snapshot
from playground.evaluation import confusion_matrix
from playground.lessons.iris import data as iris_data
from playground.lessons.iris import figures as lesson_figures
from playground.lessons.iris import model as lesson
from playground.lessons.iris.inside import fixed_spec
from playground.lessons.iris.spec import CLASSES, FEATURES, TEXTBOOK, IrisSpec
from playground.ui import t, widgets
from playground.ui.diagnosis import diagnosis_panel
from playground.ui.training import show_status, textbook_button

PAGE = "iris"


def _feature(name: str) -> str:
    return t(f"iris.feat.{name}")


def _sidebar() -> IrisSpec:
    form = widgets.SpecForm(PAGE, IrisSpec)
    with st.sidebar:
        textbook_button(PAGE, TEXTBOOK)
        st.subheader(t("group.data"))
        form.pills("data.features", t("iris.features"), format_func=_feature)
        form.checkbox("data.standardize", t("iris.standardize"))
        st.subheader(t("group.model"))
        form.counted("hidden", t("cls.layers"), lambda i: t("cls.units", n=i), lambda i: 32)
        widgets.activation(form, "activation")
        form.select_slider("dropout", t("cls.dropout"))
        ui.training_controls(form)
    return form.spec()


spec = _sidebar()
ui.page_header("page.iris", "iris.intro", "iris.hint")
if not spec.data.features:
    st.warning(t("iris.need_feature"))
    st.stop()
data = iris_data.load_iris_split()
inputs = iris_data.input_map(spec.data, data)
trainer = ui.trainer_for(PAGE, spec, lambda: lesson.new_trainer(spec, data))
trainer.set_learning_rate(spec.train.learning_rate)
ui.control_bar(PAGE, trainer, spec.train.epochs)  # the status is drawn in the live view
labels = ui.labels(
    train="chart.train",
    test="chart.test",
    loss="chart.loss",
    accuracy="chart.accuracy",
    epoch="chart.epoch",
    predicted="cls.predicted",
    true="cls.true",
    probability="cls.probability",
    layer="cls.layer",
    shape="cls.shape",
    params="cls.params",
)
summary = lesson_figures.summary_table(lesson.model_spec(spec), labels)
test_inputs, true_classes = inputs(data.x_test), data.y_test.argmax(1)
flower_start = iris_data.typical_flower(data)


def _regions() -> None:
    """The axis pickers only change the view: plain widgets, not spec fields."""
    st.subheader(t("iris.regions"))
    st.caption(t("iris.regions_help"))
    axes = st.columns(2)
    pair = (
        axes[0].selectbox(
            t("iris.x_axis"), FEATURES, 2, key=f"{PAGE}.x_axis", format_func=_feature
        ),
        axes[1].selectbox(
            t("iris.y_axis"), FEATURES, 3, key=f"{PAGE}.y_axis", format_func=_feature
        ),
    )
    xs, ys, grid = iris_data.region_grid(data, pair)
    points = iris_data.region_points(data, pair)
    figure = lesson_figures.regions_figure(
        xs,
        ys,
        trainer.predict(inputs(grid)),
        points,
        CLASSES,
        (_feature(pair[0]), _feature(pair[1])),
    )
    ui.show_chart(st, figure)


def _flower() -> None:
    """Measurements to ask the model about (a view: they do not change what it learns)."""
    st.subheader(t("iris.try"))
    flower = [
        st.number_input(_feature(f), 0.0, 10.0, start, step=0.1, key=f"{PAGE}.flower_{f}")
        for f, start in zip(FEATURES, flower_start)
    ]
    probabilities = trainer.predict(inputs(np.array([flower], np.float32)))[0]
    ui.show_chart(st, charts.probability_figure(probabilities, CLASSES, labels))


def live_view(snapshot: Snapshot) -> None:
    """Everything that changes while training (a live fragment)."""
    diverged = show_status(PAGE, snapshot, spec.train.epochs, has_metric=True)
    left, right = st.columns(2)
    with left:  # the shorter column: the advice here moves nothing else down
        st.subheader(t("iris.curves"))
        ui.show_chart(st, charts.curves_figure(snapshot.history, labels, has_metric=True))
        if diverged:
            advice = "status.diverged" if spec.data.standardize else "iris.diverged_raw"
            st.warning(t(advice, epoch=snapshot.epoch), icon="⚠️")
        st.info(t("iris.book"), icon="📖")
    with right:
        _regions()
    bottom = st.columns(3)
    with bottom[0]:
        st.subheader(t("cls.confusion"))
        matrix = confusion_matrix(
            true_classes, trainer.predict(test_inputs).argmax(1), len(CLASSES)
        )
        ui.show_chart(st, charts.confusion_figure(matrix, CLASSES, labels))
    with bottom[1]:
        st.subheader(t("cls.summary"))
        st.dataframe(summary, hide_index=True)
        st.markdown(t("cls.total_params", n=lesson.parameter_count(spec)))
    with bottom[2]:
        _flower()


ui.live_fragment(PAGE, trainer, live_view)
model = lesson.model_spec(spec)
diagnosis_panel(PAGE, trainer, model, spec.train.optimizer, partial(fixed_spec, spec))
