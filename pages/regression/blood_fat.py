"""Blood fat: widgets -> BloodFatSpec -> a live plane in 3D, its equation and its loss landscape
(on the textbook's 25 people or on the user's own file)."""

from functools import partial

import numpy as np
import streamlit as st

from playground import charts, ui
from playground.engine import Snapshot
from playground.lessons.blood_fat import figures
from playground.lessons.blood_fat import model as lesson
from playground.lessons.blood_fat.data import mse
from playground.lessons.blood_fat.inside import CSV_TASK, fixed_spec
from playground.lessons.blood_fat.landscape import landscape_view
from playground.lessons.blood_fat.spec import QUERY, TEXTBOOK, BloodFatSpec
from playground.ui import own_data, shown_number, t, widgets
from playground.ui.diagnosis import diagnosis_panel
from playground.ui.live_plot import live_plot
from playground.ui.state import persist
from playground.ui.training import show_status, textbook_button

PAGE = "blood_fat"
MSE_DIGITS = 6


def _sidebar() -> BloodFatSpec:
    form = widgets.SpecForm(PAGE, BloodFatSpec)
    with st.sidebar:
        textbook_button(PAGE, TEXTBOOK)
        st.subheader(t("group.data"))
        scale = ("standardize", "fit.standardize", "fit.standardize_help")
        own_data.regression_source(form, PAGE, CSV_TASK, scale)
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
textbook = ("blood_fat.intro", "blood_fat.hint")  # both about the textbook's data
ui.page_header(
    "page.blood_fat", *(("data.intro.plane", None) if lesson.uses_own(spec) else textbook)
)
own = own_data.regression_set(PAGE, CSV_TASK, spec.source)
run = lesson.prepare(spec, own)
trainer = ui.trainer_for(PAGE, lesson.run_key(spec, run), lambda: lesson.new_trainer(spec, run))
trainer.set_learning_rate(spec.train.learning_rate)
ui.control_bar(PAGE, trainer, spec.train.epochs)  # the status is drawn in the live view

best = run.least_squares
best_mse = mse(run.y, best.at(run.x))
surface = lesson.surface(run)
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
if run.own:
    labels["weight"], labels["age"], labels["blood_fat"] = run.names


def _divergence_advice(snapshot: Snapshot) -> None:
    """Raw kilograms and years: standardize first; standardized inputs: the rate is too high."""
    key = "status.diverged" if spec.standardize or run.own else "blood_fat.diverged_raw"
    st.warning(t(key, epoch=snapshot.epoch), icon="⚠️")


def _equations_and_errors() -> None:
    names = (labels["weight"], labels["age"], labels["blood_fat"])
    if run.linear:
        st.markdown(lesson.learned_plane(trainer, run).equation(names, shown_number))
    st.markdown(f"{t('blood_fat.equation_ls')}: {best.equation(names, shown_number)}")
    model_mse = mse(run.y, lesson.predict_original(trainer, run, run.x))
    cols = st.columns(2)  # two per row: an untrained model's MSE is a long number
    # Six digits: the gap is then (to its last digit) the difference of the two shown above.
    cols[0].metric(t("fit.mse_now"), shown_number(model_mse, MSE_DIGITS))
    cols[1].metric(t("fit.mse_optimum"), shown_number(best_mse, MSE_DIGITS))
    st.columns(2)[0].metric(t("fit.gap"), shown_number(model_mse - best_mse))


def _query_box() -> None:
    asked = []
    for col, name, box in zip(st.columns(2), ("weight", "age"), lesson.query_inputs(run)):
        key = f"{PAGE}.{box.key}"
        persist(key, box.start, lambda v, b=box: b.low <= v <= b.high)
        asked.append(col.number_input(labels[name], box.low, box.high, step=box.step, key=key))
    asked = np.array([asked], np.float32)
    model = shown_number(float(lesson.predict_original(trainer, run, asked)[0]))
    st.markdown(t("blood_fat.query_result", model=model, ls=shown_number(best.at(asked)[0])))
    if run.own:
        return
    st.caption(t("blood_fat.book_answer", ls=shown_number(best.at(np.array(QUERY)))))
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
    bias = None if bias_mode == "best" else float(trainer.weights[1][0])
    weights = snapshot.history.weights
    w1, w2, grid, path = landscape_view(run.x_model, run.y_model, run.model_optimum, weights, bias)
    ui.show_chart(st, figures.landscape_figure(w1, w2, grid, path, run.model_optimum, labels))


def live_view(snapshot: Snapshot) -> None:
    """Everything that changes while training (a live fragment: the 3D chart updates in place)."""
    diverged = show_status(PAGE, snapshot, spec.train.epochs, has_metric=False, has_test=False)
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
        st.subheader(t("data.query" if run.own else "blood_fat.query"))
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
diagnosis_panel(PAGE, trainer, run.model, spec.train.optimizer, partial(fixed_spec, spec))
