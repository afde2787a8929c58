"""MNIST & Fashion-MNIST: dataset and model in, live training, mistakes, insides, drawing."""

import time

import numpy as np
import streamlit as st

from playground import charts, images, ui
from playground.engine import Snapshot
from playground.evaluation import confusion_matrix, mistakes
from playground.images import CLASS_NAMES, DATASETS, PRESETS, ConvBuilderSpec, ImagePageSpec
from playground.lessons.mnist import figures as lesson_figures
from playground.specs import ACTIVATIONS, layer_table
from playground.ui import t, widgets
from playground.ui.draw_canvas import draw_canvas
from playground.ui.training import show_status

PAGE = "mnist"
MAX_EPOCHS = 30  # bounds that protect a shared server
BATCH_SIZES = (16, 32, 64, 128, 256)
MODELS = (*PRESETS, "custom")
MISTAKES_SHOWN = 20
UNITS_SHOWN = 16
# The books' test accuracies on the full sets, for (dataset, preset) pairs they report.
BOOK_ACCURACY = {
    ("fashion", "dense10"): 0.85,
    ("mnist", "dense128_dropout"): 0.98,
}


def _custom_builder() -> ConvBuilderSpec:
    blocks = widgets.slider(f"{PAGE}.conv_blocks", t("mnist.conv_blocks"), 0, 2, 0)
    filters = tuple(
        widgets.select_slider(f"{PAGE}.filters_{i}", t("mnist.filters", n=i), (8, 16, 32, 64), 16)
        for i in range(1, blocks + 1)
    )
    layers = widgets.slider(f"{PAGE}.dense_layers", t("cls.layers"), 0, 3, 1)
    units = tuple(
        widgets.select_slider(
            f"{PAGE}.units_{i}", t("cls.units", n=i), (16, 32, 64, 128, 256, 512), 128
        )
        for i in range(1, layers + 1)
    )
    activation = widgets.activation(f"{PAGE}.activation", t("ctl.activation"), "relu", ACTIVATIONS)
    dropout = widgets.select_slider(
        f"{PAGE}.dropout", t("cls.dropout"), (0.0, 0.1, 0.2, 0.3, 0.5), 0.0
    )
    return ConvBuilderSpec(filters, units, activation, dropout)


def _sidebar():
    with st.sidebar:
        st.subheader(t("group.data"))
        dataset = widgets.select(
            f"{PAGE}.dataset",
            t("mnist.dataset"),
            DATASETS,
            "mnist",
            format_func=lambda d: t(f"mnist.ds.{d}"),
        )
        full = widgets.checkbox(f"{PAGE}.full", t("mnist.full"), False)
        st.subheader(t("group.model"))
        model = widgets.select(
            f"{PAGE}.model",
            t("mnist.model"),
            MODELS,
            "dense128_dropout",
            format_func=lambda m: t(f"mnist.preset.{m}"),
        )
        layers = images.built_layers(_custom_builder()) if model == "custom" else PRESETS[model]
        train = ui.training_controls(
            PAGE, ImagePageSpec().train, max_epochs=MAX_EPOCHS, batch_sizes=BATCH_SIZES
        )
    return model, ImagePageSpec(dataset, full, layers, train)


def _samples(data, names) -> None:
    st.subheader(t("mnist.samples"))
    picks = [int(np.flatnonzero(data.y_train == k)[0]) for k in range(10)]
    picks += [int(np.flatnonzero(data.y_train == k)[1]) for k in range(10)]
    ui.show_chart(
        st,
        lesson_figures.mosaic_figure(
            data.x_train[picks, ..., 0].astype(float),
            [names[data.y_train[i]] for i in picks],
            columns=10,
            tile_px=80,
        ),
    )


def _baseline(dataset: str, data) -> None:
    with st.expander(t("mnist.baseline")):
        key = f"{PAGE}.baseline.{dataset}.{data.full}"
        if st.button(t("mnist.baseline_run"), key=f"{PAGE}.baseline_run"):
            started = time.perf_counter()
            accuracy = images.logistic_baseline(data)
            st.session_state[key] = (accuracy, time.perf_counter() - started)
        if key in st.session_state:
            accuracy, seconds = st.session_state[key]
            st.markdown(t("mnist.baseline_result", accuracy=accuracy, seconds=seconds))


def _evaluation(trainer, data, names, layers, dataset: str, model: str) -> None:
    """Test accuracy, confusion matrix, mistakes and the look inside (after some training)."""
    probabilities = trainer.predict(data.x_test)
    predicted = probabilities.argmax(1)
    scores = st.columns(3)
    scores[0].metric(t("cls.test_accuracy"), f"{np.mean(predicted == data.y_test):.4f}")
    book = BOOK_ACCURACY.get((dataset, model))
    if book is not None:
        scores[1].metric(t("mnist.book_score"), f"≈ {book:.2f}")
        scores[2].caption(t("mnist.book_subset") if not data.full else t("mnist.book_full"))
    left, right = st.columns([2, 3])
    with left:
        st.subheader(t("cls.confusion"))
        labels = ui.labels(predicted="cls.predicted", true="cls.true")
        ui.show_chart(
            st, charts.confusion_figure(confusion_matrix(data.y_test, predicted, 10), names, labels)
        )
    with right:
        st.subheader(t("mnist.mistakes"))
        wrong = mistakes(data.y_test, probabilities, MISTAKES_SHOWN)
        if len(wrong) == 0:
            st.success(t("mnist.no_mistakes"))
        else:
            confidence = probabilities[wrong, predicted[wrong]]
            titles = [
                f"{names[data.y_test[i]]}→{names[predicted[i]]} {p:.0%}"
                for i, p in zip(wrong, confidence)
            ]
            ui.show_chart(
                st,
                lesson_figures.mosaic_figure(
                    data.x_test[wrong, ..., 0].astype(float), titles, columns=5, tile_px=90
                ),
            )
    with st.expander(t("mnist.inside"), expanded=False):
        _inside(trainer, data, layers)


def _inside(trainer, data, layers) -> None:
    kernels = [w for w in trainer.weights if w.ndim in (2, 4)]
    if layers and layers[0].kind == "conv2d":
        st.caption(t("mnist.filters_help"))
        filters = kernels[0][:, :, 0, :].transpose(2, 0, 1)
        ui.show_chart(
            st,
            lesson_figures.mosaic_figure(
                filters,
                [str(k + 1) for k in range(len(filters))],
                columns=8,
                diverging=True,
                tile_px=60,
            ),
        )
        index = st.slider(
            t("mnist.image_index"), 0, len(data.x_test) - 1, 0, key=f"{PAGE}.inside_image"
        )
        maps = trainer.layer_outputs(data.x_test[index : index + 1])[1][0].transpose(2, 0, 1)
        ui.show_chart(
            st,
            lesson_figures.mosaic_figure(maps, [str(k + 1) for k in range(len(maps))], columns=8, tile_px=80),
        )
    else:
        st.caption(t("mnist.weights_help"))
        n_units = kernels[0].shape[1]
        start = 0
        if n_units > UNITS_SHOWN:
            start = (
                st.slider(
                    t("mnist.first_unit"), 1, n_units - UNITS_SHOWN + 1, 1, key=f"{PAGE}.first_unit"
                )
                - 1
            )
        chosen = range(start, min(n_units, start + UNITS_SHOWN))
        first = kernels[0][:, chosen].T.reshape(-1, 28, 28)
        ui.show_chart(
            st,
            lesson_figures.mosaic_figure(
                first,
                [str(k + 1) for k in chosen],
                columns=8,
                diverging=True,
                tile_px=90,
            ),
        )


@st.fragment
def _drawing(trainer, names, dataset: str) -> None:
    """Drawing reruns only this fragment, so the model answers without redrawing the page."""
    st.subheader(t("mnist.draw"))
    st.caption(t("mnist.draw_help"))
    pad, answer = st.columns([2, 3])
    with pad:
        drawing = draw_canvas(key=f"{PAGE}.canvas", clear_label=t("mnist.clear"))
    with answer:
        digit = None if drawing is None else images.preprocess_drawing(drawing)
        if digit is None:
            st.info(t("mnist.draw_empty"), icon="✏️")
        elif trainer.step == 0:
            st.info(t("mnist.draw_untrained"), icon="⏳")
        else:
            if dataset == "fashion":
                st.caption(t("mnist.draw_fashion"))
            probabilities = trainer.predict(digit.reshape(1, 28, 28, 1))[0]
            ui.show_chart(
                st,
                charts.probability_figure(
                    probabilities, names, ui.labels(probability="cls.probability")
                ),
            )
            st.caption(t("mnist.as_model_sees"))
            st.image(digit, width=112, clamp=True)


model, spec = _sidebar()
dataset, layers, train = spec.dataset, spec.layers, spec.train
ui.page_header("page.mnist", "mnist.intro", "mnist.hint")
data = images.load_images(dataset, spec.full)
names = CLASS_NAMES[dataset]
if data.note:
    st.warning(t("mnist.full_failed", reason=data.note), icon="📡")
st.caption(t("mnist.sizes", train=len(data.x_train), test=len(data.x_test)))
_samples(data, names)
_baseline(dataset, data)
st.info(t("mnist.book"), icon="📖")

trainer = ui.trainer_for(PAGE, spec, lambda: images.make_image_trainer(spec, data))
trainer.set_learning_rate(train.learning_rate)
status_slot = ui.control_bar(PAGE, trainer, train.epochs)
st.caption(
    t("cls.total_params", n=sum(params for *_, params in layer_table(images.image_model(layers))))
)
st.subheader(t("mnist.curves"))
curves_slot = st.empty()
curve_labels = ui.labels(
    batch_loss="mnist.batch_loss",
    smoothed="mnist.smoothed",
    train_acc="mnist.train_acc",
    test_acc="mnist.test_acc",
    epoch="chart.epoch",
    loss="chart.loss",
    accuracy="chart.accuracy",
)


def draw(snapshot: Snapshot) -> None:
    history = snapshot.history
    ui.show_chart(
        curves_slot,
        lesson_figures.batch_curve_figure(
            history.batch_loss,
            history.batch_loss_start,
            snapshot.steps_per_epoch,
            history.metric,
            history.val_metric,
            curve_labels,
        ),
    )
    epoch, batch = divmod(snapshot.step, snapshot.steps_per_epoch)
    if batch == 0 and epoch > 0:  # at an epoch's end, show it complete
        epoch, batch = epoch - 1, snapshot.steps_per_epoch
    with status_slot.container():
        show_status(st.empty(), snapshot, train.epochs, has_metric=True)
        st.progress(
            batch / snapshot.steps_per_epoch,
            t(
                "mnist.progress",
                epoch=epoch + 1,
                batch=batch,
                batches=snapshot.steps_per_epoch,
            ),
        )


draw(trainer.snapshot())
if trainer.step and not st.session_state.get(f"{PAGE}.playing"):
    _evaluation(trainer, data, names, layers, dataset, model)
_drawing(trainer, names, dataset)
ui.run_live(PAGE, trainer, draw)
