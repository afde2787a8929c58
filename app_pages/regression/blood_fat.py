"""Blood fat: widgets -> BloodFatSpec -> a live plane in 3D, its equation and its loss landscape."""


import numpy as np
import streamlit as st

from playground import charts, ui
from playground.engine import Snapshot
from playground.lessons.blood_fat import figures
from playground.lessons.blood_fat import model as lesson
from playground.lessons.blood_fat.data import Plane, mse, surface_grid
from playground.lessons.blood_fat.landscape import landscape_window, loss_landscape, thin_path
from playground.lessons.blood_fat.spec import QUERY, TEXTBOOK, BloodFatSpec
from playground.numbers import format_number
from playground.ui import t, widgets
from playground.ui.live_plot import live_plot
from playground.ui.training import show_status, textbook_button

PAGE = "blood_fat"
MSE_DIGITS = 6
LONGEST_PLAIN = 1e8  # from here on a number is shown as 1.234e+08: never 9 digits in a row


def _sidebar() -> BloodFatSpec:
    form = widgets.SpecForm(PAGE, BloodFatSpec)
    with st.sidebar:
        textbook_button(PAGE, TEXTBOOK)
        st.subheader(t("group.data"))
        form.checkbox("standardize", t("fit.standardize"), help=t("fit.standardize_help"))
        st.subheader(t("group.model"))
        if form.slider("hidden_layers", t("fit.hidden_layers")):
            form.slider("neurons", t("fit.neurons"))
            widgets.activation(form, "activation")
        else:  # a plane has no hidden layers: their settings wait for the next one
            form.hidden("neurons")
            form.hidden("activation")
        ui.training_controls(form)
    return form.spec()


spec = _sidebar()
ui.page_header("page.blood_fat", "blood_fat.intro", "blood_fat.hint")
run = lesson.prepare(spec)
trainer = ui.trainer_for(PAGE, spec, lambda: lesson.new_trainer(spec, run))
trainer.set_learning_rate(spec.train.learning_rate)
ui.control_bar(PAGE, trainer, spec.train.epochs)  # the status is drawn in the live view

best = run.least_squares
best_mse = mse(run.y, best.at(run.x))
surface = surface_grid(run.x)
ghost = surface.shaped(best.at(surface.inputs))
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


def _shown(value: float, significant: int = 4) -> str:
    """A number as the page shows it (at most 8 digits); a non-finite one says "diverged"."""
    text = format_number(value, significant)
    if text is None:
        return t("status.diverged_value")
    return f"{value:.3e}" if abs(value) >= LONGEST_PLAIN else text


def _divergence_advice(snapshot: Snapshot) -> None:
    """Raw kilograms and years: standardize first; standardized inputs: the rate is too high."""
    key = "status.diverged" if spec.standardize else "blood_fat.diverged_raw"
    st.warning(t(key, epoch=snapshot.epoch), icon="⚠️")


def _signed(value: float) -> str:
    return f"{'+' if value >= 0 else '−'} **{_shown(abs(value))}**"


def _equation(plane: Plane) -> str:
    (w1, w2), b = plane
    return (
        f"{t('blood_fat.blood_fat')} = **{_shown(w1)}** · {t('blood_fat.weight')} "
        f"{_signed(w2)} · {t('blood_fat.age')} {_signed(b)}"
    )


def _equations_and_errors() -> None:
    if run.linear:
        st.markdown(_equation(lesson.learned_plane(trainer, run)))
    st.markdown(f"{t('blood_fat.equation_ls')}: {_equation(best)}")
    model_mse = mse(run.y, lesson.predict_original(trainer, run, run.x))
    cols = st.columns(2)  # two per row: an untrained model's MSE is a long number
    # Six digits: the gap is then (to its last digit) the difference of the two shown above.
    cols[0].metric(t("fit.mse_now"), _shown(model_mse, MSE_DIGITS))
    cols[1].metric(t("fit.mse_optimum"), _shown(best_mse, MSE_DIGITS))
    st.columns(2)[0].metric(t("fit.gap"), _shown(model_mse - best_mse))


def _query_box() -> None:
    cols = st.columns(2)
    weight = cols[0].number_input(
        t("blood_fat.weight"), 30.0, 200.0, QUERY[0], step=1.0, key=f"{PAGE}.query_weight"
    )
    age = cols[1].number_input(
        t("blood_fat.age"), 10.0, 100.0, QUERY[1], step=1.0, key=f"{PAGE}.query_age"
    )
    asked = np.array([[weight, age]], np.float32)
    model = float(lesson.predict_original(trainer, run, asked)[0])
    st.markdown(t("blood_fat.query_result", model=_shown(model), ls=_shown(best.at(asked)[0])))
    st.caption(t("blood_fat.book_answer", ls=_shown(best.at(np.array(QUERY)))))
    with st.expander(t("blood_fat.why")):
        st.write(t("blood_fat.why_text"))


def _landscape(snapshot: Snapshot) -> None:
    if not run.linear:
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
    path = thin_path(snapshot.history.weights[:, :2])
    w1, w2 = landscape_window(path, run.model_optimum)
    bias = None if bias_mode == "best" else float(trainer.weights[1][0])
    grid = loss_landscape(run.x_model, run.y_model, w1, w2, bias)
    ui.show_chart(st, figures.landscape_figure(w1, w2, grid, path, run.model_optimum, labels))


def live_view(snapshot: Snapshot) -> None:
    """Everything that changes while training (a live fragment: the 3D chart updates in place)."""
    diverged = show_status(snapshot, spec.train.epochs, has_metric=False, has_test=False)
    left, right = st.columns([3, 2])
    with left:
        st.subheader(t("blood_fat.plane"))
        st.caption(t("blood_fat.plane_help"))
        model_surface = surface.shaped(lesson.predict_original(trainer, run, surface.inputs))
        live_plot(
            figures.blood_fat_figure(
                surface.weight_ticks, surface.age_ticks, model_surface, ghost, run.x, run.y, labels
            ),
            key=f"{PAGE}.plane",
        )
    with right:
        st.subheader(t("blood_fat.equation"))
        _equations_and_errors()
        st.subheader(t("blood_fat.query"))
        _query_box()
        if diverged:
            _divergence_advice(snapshot)
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
