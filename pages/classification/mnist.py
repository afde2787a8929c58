"""MNIST & Fashion-MNIST: dataset and model in, live training, mistakes, insides, drawing."""

import time
from functools import partial

import numpy as np
import streamlit as st

from playground import charts, ui
from playground.engine import Snapshot
from playground.evaluation import confusion_matrix
from playground.lessons.mnist import data as mnist_data
from playground.lessons.mnist import figures as lesson_figures
from playground.lessons.mnist import model as lesson
from playground.lessons.mnist.data import CLASS_NAMES
from playground.lessons.mnist.inside import fixed_spec
from playground.lessons.mnist.spec import BOOK_ACCURACY, MnistSpec
from playground.ui import t, widgets
from playground.ui.diagnosis import diagnosis_panel
from playground.ui.draw_canvas import draw_canvas
from playground.ui.training import is_playing, show_status

PAGE = "mnist"
MISTAKES_SHOWN = 20
UNITS_SHOWN = 16


def _builder(form: widgets.SpecForm) -> None:
    """The custom model: conv blocks, then dense layers (the books' models need none)."""
    filters, units = (lambda i: 16), (lambda i: 128)
    blocks = t("mnist.conv_blocks")
    form.counted("builder.conv_filters", blocks, lambda i: t("mnist.filters", n=i), filters)
    form.counted("builder.dense_units", t("cls.layers"), lambda i: t("cls.units", n=i), units)
    widgets.activation(form, "builder.activation")
    form.select_slider("builder.dropout", t("cls.dropout"))


def _sidebar() -> MnistSpec:
    form = widgets.SpecForm(PAGE, MnistSpec)
    with st.sidebar:
        st.subheader(t("group.data"))
        form.select("data.name", t("mnist.dataset"), format_func=lambda d: t(f"mnist.ds.{d}"))
        form.checkbox("data.full", t("mnist.full"))
        st.subheader(t("group.model"))
        model = form.select("model", t("mnist.model"), format_func=lambda m: t(f"mnist.preset.{m}"))
        if model == "custom":
            _builder(form)
        ui.training_controls(form)
    return form.spec()


def _baseline() -> None:
    with st.expander(t("mnist.baseline")):
        key = f"{PAGE}.baseline.{spec.data.name}.{data.full}"
        if st.button(t("mnist.baseline_run"), key=f"{PAGE}.baseline_run"):
            started = time.perf_counter()
            accuracy = lesson.logistic_baseline(data)
            st.session_state[key] = (accuracy, time.perf_counter() - started)
        if key in st.session_state:
            accuracy, seconds = st.session_state[key]
            st.markdown(t("mnist.baseline_result", accuracy=accuracy, seconds=seconds))


def _evaluation() -> None:
    """Test accuracy, confusion matrix, mistakes and the look inside (after some training)."""
    probabilities = trainer.predict(data.x_test)
    predicted = probabilities.argmax(1)
    scores = st.columns(3)
    scores[0].metric(t("cls.test_accuracy"), f"{np.mean(predicted == data.y_test):.4f}")
    book = BOOK_ACCURACY.get((spec.data.name, spec.model))
    if book is not None:
        scores[1].metric(t("mnist.book_score"), f"≈ {book:.2f}")
        scores[2].caption(t("mnist.book_full") if data.full else t("mnist.book_subset"))
    left, right = st.columns([2, 3])
    with left:
        st.subheader(t("cls.confusion"))
        matrix = confusion_matrix(data.y_test, predicted, len(names))
        ui.show_chart(st, charts.confusion_figure(matrix, names, labels))
    with right:
        st.subheader(t("mnist.mistakes"))
        figure = lesson_figures.mistakes_figure(
            data.x_test, data.y_test, probabilities, names, MISTAKES_SHOWN
        )
        if figure is None:
            st.success(t("mnist.no_mistakes"))
        else:
            ui.show_chart(st, figure)
    with st.expander(t("mnist.inside"), expanded=False):
        _inside()


def _inside() -> None:
    """The sliders here only choose what to look at: plain widgets, not spec fields."""
    first = lesson.kernels(trainer)[0]
    if lesson.starts_with_conv(spec):
        st.caption(t("mnist.filters_help"))
        ui.show_chart(st, lesson_figures.filters_figure(first))
        last = len(data.x_test) - 1
        index = st.slider(t("mnist.image_index"), 0, last, 0, key=f"{PAGE}.inside_image")
        maps = trainer.layer_outputs(data.x_test[index : index + 1])[1]
        ui.show_chart(st, lesson_figures.feature_maps_figure(maps))
        return
    st.caption(t("mnist.weights_help"))
    n_units, start = first.shape[1], 1
    if n_units > UNITS_SHOWN:
        last = n_units - UNITS_SHOWN + 1
        start = st.slider(t("mnist.first_unit"), 1, last, 1, key=f"{PAGE}.first_unit")
    ui.show_chart(st, lesson_figures.unit_weights_figure(first, start - 1, UNITS_SHOWN))


@st.fragment
def _drawing() -> None:
    """Drawing reruns only this fragment, so the model answers without redrawing the page."""
    st.subheader(t("mnist.draw"))
    st.caption(t("mnist.draw_help"))
    pad, answer = st.columns([2, 3])
    with pad:
        drawing = draw_canvas(key=f"{PAGE}.canvas", clear_label=t("mnist.clear"))
    with answer:
        digit = None if drawing is None else mnist_data.preprocess_drawing(drawing)
        if digit is None:
            st.info(t("mnist.draw_empty"), icon="✏️")
            return
        if trainer.step == 0:
            st.info(t("mnist.draw_untrained"), icon="⏳")
            return
        if spec.data.name == "fashion":
            st.caption(t("mnist.draw_fashion"))
        probabilities = trainer.predict(digit.reshape(1, 28, 28, 1))[0]
        ui.show_chart(st, charts.probability_figure(probabilities, names, labels))
        st.caption(t("mnist.as_model_sees"))
        st.image(digit, width=112, clamp=True)


def live_view(snapshot: Snapshot) -> None:
    """Everything that changes while training (a live fragment)."""
    diverged = show_status(PAGE, snapshot, spec.train.epochs, has_metric=True)
    epoch, batch = lesson.epoch_progress(snapshot.step, snapshot.steps_per_epoch)
    batches = snapshot.steps_per_epoch
    st.progress(batch / batches, t("mnist.progress", epoch=epoch, batch=batch, batches=batches))
    st.caption(t("cls.total_params", n=lesson.parameter_count(spec)))
    st.subheader(t("mnist.curves"))
    ui.show_chart(st, lesson_figures.batch_curve_figure(snapshot.history, batches, labels))
    if diverged:  # the pixels are already scaled to 0..1: the rate is the cause
        st.warning(t("mnist.diverged", epoch=snapshot.epoch), icon="⚠️")


spec = _sidebar()
labels = ui.labels(
    **{name: f"mnist.{name}" for name in ("batch_loss", "smoothed", "train_acc", "test_acc")},
    **{name: f"chart.{name}" for name in ("epoch", "loss", "accuracy")},
    **{name: f"cls.{name}" for name in ("predicted", "true", "probability")},
)
ui.page_header("page.mnist", "mnist.intro", "mnist.hint")
data = mnist_data.load_images(spec.data.name, spec.data.full)
names = tuple(  # digits as they are; garments in the page's language
    t(f"mnist.class.fashion.{k}") if spec.data.name == "fashion" else name
    for k, name in enumerate(CLASS_NAMES[spec.data.name])
)
if data.note:  # a sentence in the page's language; the raw error only for who asks
    st.warning(t("mnist.full_failed"), icon="📡")
    with st.expander(t("mnist.full_failed_details")):
        st.code(data.note, language=None)
st.caption(t("mnist.sizes", train=len(data.x_train), test=len(data.x_test)))
st.subheader(t("mnist.samples"))
ui.show_chart(st, lesson_figures.samples_figure(data.x_train, data.y_train, names))
_baseline()
st.info(t("mnist.book"), icon="📖")

trainer = ui.trainer_for(PAGE, spec, lambda: lesson.new_trainer(spec, data))
trainer.set_learning_rate(spec.train.learning_rate)
ui.control_bar(PAGE, trainer, spec.train.epochs)  # the status is drawn in the live view
# The drawing pad keeps its place in the page whatever appears above it (a live view that
# grows, the evaluation after training): a pad that moved would be mounted afresh, blank,
# while its last drawing (and so an answer) stayed behind.
with st.container():
    ui.live_fragment(PAGE, trainer, live_view)
with st.container():
    if trainer.step and not is_playing(PAGE):
        _evaluation()
_drawing()
# Under the pad: a panel that opens or closes must not move the pad (see above).
model = lesson.model_spec(spec)
diagnosis_panel(PAGE, trainer, model, spec.train.optimizer, partial(fixed_spec, spec))
