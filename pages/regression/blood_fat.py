"""Blood fat: widgets -> BloodFatSpec -> a live plane in 3D, its equation and its loss landscape."""

import numpy as np
import streamlit as st

from playground import charts, regression, ui
from playground.engine import Snapshot
from playground.lessons.blood_fat import figures as lesson_figures
from playground.regression import BLOOD_FAT_QUERY, BLOOD_FAT_TEXTBOOK, BloodFatSpec
from playground.specs import ACTIVATIONS
from playground.ui import t, widgets
from playground.ui.live_plot import live_plot
from playground.ui.training import preset_values, show_status, textbook_button

PAGE = "blood_fat"
SURFACE_GRID = 25
MAX_LAYERS, MAX_NEURONS = 3, 32
PATH_POINTS = 1500  # the landscape's path is thinned to about this many epochs


def _load_textbook() -> None:
    book = BLOOD_FAT_TEXTBOOK
    widgets.set_values(
        {
            f"{PAGE}.standardize": book.standardize,
            f"{PAGE}.hidden_layers": book.hidden_layers,
            **preset_values(PAGE, book.train),
        }
    )


def _sidebar() -> BloodFatSpec:
    with st.sidebar:
        textbook_button(_load_textbook)
        st.subheader(t("group.data"))
        standardize = widgets.checkbox(
            f"{PAGE}.standardize", t("fit.standardize"), False, help=t("fit.standardize_help")
        )
        st.subheader(t("group.model"))
        hidden = widgets.slider(f"{PAGE}.hidden_layers", t("fit.hidden_layers"), 0, MAX_LAYERS, 0)
        neurons, activation = 8, "relu"
        if hidden:
            neurons = widgets.slider(f"{PAGE}.neurons", t("fit.neurons"), 1, MAX_NEURONS, 8)
            activation = widgets.activation(
                f"{PAGE}.activation", t("ctl.activation"), "relu", ACTIVATIONS
            )
        train = ui.training_controls(PAGE, BLOOD_FAT_TEXTBOOK.train)
    return BloodFatSpec(standardize, hidden, neurons, activation, train)


spec = _sidebar()
ui.page_header("page.blood_fat", "blood_fat.intro", "blood_fat.hint")
run = regression.prepare_blood_fat(spec)
trainer = ui.trainer_for(PAGE, spec, lambda: regression.make_blood_fat_trainer(spec, run))
trainer.set_learning_rate(spec.train.learning_rate)
ui.control_bar(PAGE, trainer, spec.train.epochs)  # the status is drawn in the live view

linear = spec.hidden_layers == 0
ls_w, ls_b = regression.least_squares_plane(run.x, run.y)
ls_mse = regression.mse(run.y, run.x @ ls_w + ls_b)
weight_ticks = np.linspace(run.x[:, 0].min() - 5, run.x[:, 0].max() + 5, SURFACE_GRID)
age_ticks = np.linspace(run.x[:, 1].min() - 3, run.x[:, 1].max() + 3, SURFACE_GRID)
ww, aa = np.meshgrid(weight_ticks, age_ticks)
surface_inputs = np.c_[ww.ravel(), aa.ravel()].astype(np.float32)
ghost = (surface_inputs @ ls_w + ls_b).reshape(ww.shape)
x_model, y_model = run.scaling.inputs(run.x), run.scaling.targets(run.y)
model_optimum, _ = regression.least_squares_plane(x_model, y_model)
labels = ui.labels(
    ghost="fit.ghost",
    model="fit.model",
    data="fit.data",
    weight="blood_fat.weight",
    age="blood_fat.age",
    blood_fat="blood_fat.blood_fat",
    path="fit.path",
    optimum="fit.optimum",
    train="chart.train",
    test="chart.test",
    loss="chart.loss",
    accuracy="chart.accuracy",
    epoch="chart.epoch",
)


def _equation(w: np.ndarray, b: float) -> str:
    return (
        f"{t('blood_fat.blood_fat')} = **{w[0]:.3f}** · {t('blood_fat.weight')} "
        f"{'+' if w[1] >= 0 else '−'} **{abs(w[1]):.3f}** · {t('blood_fat.age')} "
        f"{'+' if b >= 0 else '−'} **{abs(b):.2f}**"
    )


def _equations_and_errors() -> None:
    if linear:
        w, b = run.scaling.linear_in_original_units(
            trainer.weights[0][:, 0], float(trainer.weights[1][0])
        )
        st.markdown(_equation(w, b))
    st.markdown(f"{t('blood_fat.equation_ls')}: {_equation(ls_w, ls_b)}")
    model_mse = regression.mse(run.y, regression.predict_original(trainer, run, run.x))
    cols = st.columns(2)  # two per row: an untrained model's MSE is a long number
    cols[0].metric(t("fit.mse_now"), f"{model_mse:,.1f}")
    cols[1].metric(t("fit.mse_optimum"), f"{ls_mse:,.1f}")
    st.columns(2)[0].metric(t("fit.gap"), f"{model_mse - ls_mse:,.1f}")


def _query_box() -> None:
    cols = st.columns(2)
    weight = cols[0].number_input(
        t("blood_fat.weight"), 30.0, 200.0, BLOOD_FAT_QUERY[0], step=1.0, key=f"{PAGE}.query_weight"
    )
    age = cols[1].number_input(
        t("blood_fat.age"), 10.0, 100.0, BLOOD_FAT_QUERY[1], step=1.0, key=f"{PAGE}.query_age"
    )
    asked = np.array([[weight, age]], np.float32)
    model = float(regression.predict_original(trainer, run, asked)[0])
    st.markdown(t("blood_fat.query_result", model=model, ls=float(asked[0] @ ls_w + ls_b)))
    st.caption(t("blood_fat.book_answer", ls=float(np.array(BLOOD_FAT_QUERY) @ ls_w + ls_b)))
    with st.expander(t("blood_fat.why")):
        st.write(t("blood_fat.why_text"))


def _landscape(snapshot: Snapshot) -> None:
    if not linear:
        st.info(t("fit.no_plane"))
        return
    st.caption(t("blood_fat.landscape_help"))
    bias_mode = st.radio(
        t("blood_fat.bias_mode"),
        ("best", "now"),
        horizontal=True,
        key=f"{PAGE}.bias_mode",
        format_func=lambda m: t(f"blood_fat.bias_{m}"),
    )
    path = snapshot.history.weights[:, :2]
    path = np.vstack([path[:: max(1, len(path) // PATH_POINTS)], path[-1:]])
    w1, w2 = regression.landscape_window(path, model_optimum)
    bias = None if bias_mode == "best" else float(trainer.weights[1][0])
    grid = regression.loss_landscape(x_model, y_model, w1, w2, bias)
    ui.show_chart(st, lesson_figures.landscape_figure(w1, w2, grid, path, model_optimum, labels))


def live_view(snapshot: Snapshot) -> None:
    """Everything that changes while training (a live fragment: the 3D chart updates in place)."""
    show_status(st.empty(), snapshot, spec.train.epochs, has_metric=False)
    left, right = st.columns([3, 2])
    with left:
        st.subheader(t("blood_fat.plane"))
        st.caption(t("blood_fat.plane_help"))
        surface = regression.predict_original(trainer, run, surface_inputs).reshape(ww.shape)
        live_plot(
            lesson_figures.blood_fat_figure(weight_ticks, age_ticks, surface, ghost, run.x, run.y, labels),
            key=f"{PAGE}.plane",
        )
    with right:
        st.subheader(t("blood_fat.equation"))
        _equations_and_errors()
        st.subheader(t("blood_fat.query"))
        _query_box()
    curves, landscape = st.columns(2)
    with curves:
        st.subheader(t("fit.curves"))
        ui.show_chart(
            st, charts.curves_figure(snapshot.history, labels, has_metric=False, log_loss=True)
        )
    with landscape:
        st.subheader(t("blood_fat.landscape"))
        _landscape(snapshot)


ui.live_fragment(PAGE, trainer, live_view)
