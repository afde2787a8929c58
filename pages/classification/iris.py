"""Iris: widgets -> IrisSpec -> a live softmax network, its regions, mistakes and summary."""

import numpy as np
import pandas as pd
import streamlit as st

from playground import charts, iris, ui
from playground.engine import Snapshot
from playground.evaluation import confusion_matrix
from playground.iris import CLASSES, FEATURES, IrisSpec
from playground.lessons.iris import figures as lesson_figures
from playground.specs import ACTIVATIONS, layer_table
from playground.ui import t, widgets
from playground.ui.training import preset_values, show_status, textbook_button

PAGE = "iris"
MAX_LAYERS, MAX_UNITS = 4, 64
DROPOUTS = (0.0, 0.1, 0.2, 0.3, 0.5)


def _load_textbook() -> None:
    book = iris.TEXTBOOK
    widgets.set_values(
        {
            f"{PAGE}.features": list(book.features),
            f"{PAGE}.standardize": book.standardize,
            f"{PAGE}.layers": len(book.hidden),
            **{f"{PAGE}.units_{i + 1}": units for i, units in enumerate(book.hidden)},
            f"{PAGE}.activation": book.activation,
            f"{PAGE}.dropout": book.dropout,
            **preset_values(PAGE, book.train),
        }
    )


def _sidebar() -> IrisSpec:
    with st.sidebar:
        textbook_button(_load_textbook)
        st.subheader(t("group.data"))
        chosen = widgets.pills(
            f"{PAGE}.features",
            t("iris.features"),
            FEATURES,
            list(FEATURES),
            format_func=lambda f: t(f"iris.feat.{f}"),
        )
        standardize = widgets.checkbox(f"{PAGE}.standardize", t("iris.standardize"), False)
        st.subheader(t("group.model"))
        layers = widgets.slider(f"{PAGE}.layers", t("cls.layers"), 0, MAX_LAYERS, 3)
        hidden = tuple(
            widgets.slider(f"{PAGE}.units_{i}", t("cls.units", n=i), 1, MAX_UNITS, 32)
            for i in range(1, layers + 1)
        )
        activation = widgets.activation(
            f"{PAGE}.activation", t("ctl.activation"), "relu", ACTIVATIONS
        )
        dropout = widgets.select_slider(f"{PAGE}.dropout", t("cls.dropout"), DROPOUTS, 0.0)
        train = ui.training_controls(PAGE, iris.TEXTBOOK.train)
    features = tuple(f for f in FEATURES if f in chosen)
    return IrisSpec(features, standardize, hidden, activation, dropout, train)


spec = _sidebar()
ui.page_header("page.iris", "iris.intro", "iris.hint")
if not spec.features:
    st.warning(t("iris.need_feature"))
    st.stop()
data = iris.load_iris_split()
inputs = iris.input_map(spec, data)
trainer = ui.trainer_for(PAGE, spec, lambda: iris.make_trainer(spec, data))
trainer.set_learning_rate(spec.train.learning_rate)
status_slot = ui.control_bar(PAGE, trainer, spec.train.epochs)
labels = ui.labels(
    train="chart.train",
    test="chart.test",
    loss="chart.loss",
    accuracy="chart.accuracy",
    epoch="chart.epoch",
    predicted="cls.predicted",
    true="cls.true",
    probability="cls.probability",
)
names = tuple(CLASSES)

left, right = st.columns(2)
with left:
    st.subheader(t("xor.curves"))
    curves_slot = st.empty()
    st.info(t("iris.book"), icon="📖")
with right:
    st.subheader(t("iris.regions"))
    st.caption(t("iris.regions_help"))
    axes = st.columns(2)
    pair = (
        axes[0].selectbox(
            t("iris.x_axis"),
            FEATURES,
            2,
            key=f"{PAGE}.x_axis",
            format_func=lambda f: t(f"iris.feat.{f}"),
        ),
        axes[1].selectbox(
            t("iris.y_axis"),
            FEATURES,
            3,
            key=f"{PAGE}.y_axis",
            format_func=lambda f: t(f"iris.feat.{f}"),
        ),
    )
    regions_slot = st.empty()
bottom = st.columns(3)
with bottom[0]:
    st.subheader(t("cls.confusion"))
    confusion_slot = st.empty()
with bottom[1]:
    st.subheader(t("cls.summary"))
    table = layer_table(iris.model_spec(spec))
    st.dataframe(
        pd.DataFrame(
            {
                t("cls.layer"): [kind for kind, _, _ in table],
                t("cls.shape"): [str((None, *shape)) for _, shape, _ in table],
                t("cls.params"): [params for _, _, params in table],
            }
        ),
        hide_index=True,
    )
    st.markdown(t("cls.total_params", n=sum(params for *_, params in table)))
with bottom[2]:
    st.subheader(t("iris.try"))
    means = data.x_train.mean(0)
    flower = np.array(
        [
            [
                st.number_input(
                    t(f"iris.feat.{f}"),
                    0.0,
                    10.0,
                    float(round(means[k], 1)),
                    step=0.1,
                    key=f"{PAGE}.flower_{f}",
                )
                for k, f in enumerate(FEATURES)
            ]
        ],
        np.float32,
    )
    flower_slot = st.empty()


# Fixed for this run; only the predictions change from frame to frame.
xs, ys, grid_inputs = iris.region_grid(data, pair)
grid_inputs, test_inputs, flower_inputs = inputs(grid_inputs), inputs(data.x_test), inputs(flower)
i, j = FEATURES.index(pair[0]), FEATURES.index(pair[1])
points = [
    (x[:, [i, j]], y.argmax(1))
    for x, y in ((data.x_train, data.y_train), (data.x_test, data.y_test))
]
axis_titles = (t(f"iris.feat.{pair[0]}"), t(f"iris.feat.{pair[1]}"))
true_classes = data.y_test.argmax(1)


def draw(snapshot: Snapshot) -> None:
    ui.show_chart(curves_slot, charts.curves_figure(snapshot.history, labels, has_metric=True))
    probabilities = trainer.predict(grid_inputs)
    ui.show_chart(
        regions_slot, lesson_figures.regions_figure(xs, ys, probabilities, points, names, axis_titles)
    )
    matrix = confusion_matrix(true_classes, trainer.predict(test_inputs).argmax(1), 3)
    ui.show_chart(confusion_slot, charts.confusion_figure(matrix, names, labels))
    ui.show_chart(
        flower_slot, charts.probability_figure(trainer.predict(flower_inputs)[0], names, labels)
    )
    show_status(status_slot, snapshot, spec.train.epochs, has_metric=True)


draw(trainer.snapshot())
ui.run_live(PAGE, trainer, draw)
