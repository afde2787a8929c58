"""Temperature: widgets -> TemperatureSpec -> a live polynomial through twelve months (or
through the user's own file)."""

from functools import partial

import numpy as np
import pandas as pd
import streamlit as st

from playground import charts, ui
from playground.engine import Snapshot
from playground.lessons.temperature import figures
from playground.lessons.temperature import model as lesson
from playground.lessons.temperature.data import polynomial
from playground.lessons.temperature.inside import CSV_TASK, fixed_spec
from playground.lessons.temperature.spec import TEXTBOOK, TemperatureSpec
from playground.numbers import format_number
from playground.ui import own_data, shown_number, t, widgets
from playground.ui.diagnosis import diagnosis_panel
from playground.ui.state import persist
from playground.ui.training import show_status, textbook_button

PAGE = "temperature"
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶"


def _sidebar() -> TemperatureSpec:
    form = widgets.SpecForm(PAGE, TemperatureSpec)
    with st.sidebar:
        textbook_button(PAGE, TEXTBOOK)
        st.subheader(t("group.data"))
        scale = ("scale_features", "temperature.scale", "temperature.scale_help")
        own_data.regression_source(form, PAGE, CSV_TASK, scale)
        st.subheader(t("group.model"))
        form.slider("degree", t("temperature.degree"))
        ui.training_controls(form)
    return form.spec()


spec = _sidebar()
textbook = ("temperature.intro", "temperature.hint")  # both about the textbook's data
ui.page_header(
    "page.temperature", *(("data.intro.curve", None) if lesson.uses_own(spec) else textbook)
)
own = own_data.regression_set(PAGE, CSV_TASK, spec.source)
series = lesson.series_for(spec, own)
trainer = ui.trainer_for(
    PAGE, lesson.run_key(spec, series), lambda: lesson.new_trainer(spec, series)
)
trainer.set_learning_rate(spec.train.learning_rate)
ui.control_bar(PAGE, trainer, spec.train.epochs)  # the status is drawn in the live view
query_key = f"{PAGE}.own.query" if series.own else f"{PAGE}.month"  # a view only: no spec field
persist(query_key, series.query_start(), lambda x: series.view[0] <= x <= series.view[1])

curve_x = series.curve_x()
optimum = series.least_squares(spec.degree)
ghost = polynomial(optimum, curve_x)
variable = series.names[0] if series.own else t("temperature.month")
terms = [f"{variable}{SUPERSCRIPTS[k]}" for k in range(spec.degree + 1)]
labels = ui.labels(
    ghost="fit.ghost",
    model="fit.model",
    data="fit.data",
    beyond="temperature.beyond",
    month="temperature.month",
    temperature="temperature.temperature",
    train="chart.train",
    test="chart.test",
    loss="chart.loss",
    accuracy="chart.accuracy",
    epoch="chart.epoch",
)
if series.own:
    labels["month"], labels["temperature"] = series.names


def _divergence_advice(snapshot: Snapshot) -> None:
    """Advice that fits the cause: raw month powers diverge at every learning rate (scale
    them); scaled (or standardised) inputs diverge only when the rate is too high."""
    if spec.scale_features or series.own:
        st.warning(t("status.diverged", epoch=snapshot.epoch), icon="⚠️")
        return
    biggest = format_number(float(series.x.max()) ** spec.degree)
    power = SUPERSCRIPTS[spec.degree]
    note = t("temperature.diverged_raw", epoch=snapshot.epoch, power=power, biggest=biggest)
    st.warning(note, icon="⚠️")


def _errors_and_prediction(coefficients: np.ndarray) -> None:
    # One above the other: a diverged SSE is a long number (1.234e+60) that two columns cut.
    st.metric(t("temperature.sse_now"), shown_number(series.sse(coefficients)))
    st.metric(t("temperature.sse_optimum"), shown_number(series.sse(optimum)))
    label = t("data.predict_at", name=variable) if series.own else t("temperature.predict_month")
    x = st.slider(label, *series.view, step=series.query_step(), key=query_key)
    model, ls = shown_number(polynomial(coefficients, x)), shown_number(polynomial(optimum, x))
    if series.own:
        st.markdown(t("data.prediction", name=variable, x=f"{x:g}", model=model, ls=ls))
    else:
        st.markdown(t("temperature.prediction", month=f"{x:g}", model=model, ls=ls))


def _weights_table(coefficients: np.ndarray) -> None:
    """Pre-formatted numbers: a diverged weight reads "diverged", never inf or 60 digits."""
    table = {
        t("temperature.term"): terms,
        t("fit.model"): [shown_number(w) for w in coefficients],
        t("fit.ghost"): [shown_number(w) for w in optimum],
    }
    st.dataframe(pd.DataFrame(table), hide_index=True)


def live_view(snapshot: Snapshot) -> None:
    """Everything that changes while training, redrawn by a live fragment."""
    diverged = show_status(PAGE, snapshot, spec.train.epochs, has_metric=False, has_test=False)
    coefficients = lesson.learned_coefficients(trainer, series)
    curve = polynomial(coefficients, curve_x)
    left, right = st.columns([3, 2])
    with left:
        st.subheader(t("data.own_curve" if series.own else "temperature.curve"))
        figure = figures.temperature_figure(
            series.x, series.y, curve_x, curve, ghost, labels, month_ticks=not series.own
        )
        ui.show_chart(st, figure)
        st.subheader(t("fit.curves"))
        ui.show_chart(
            st, charts.curves_figure(snapshot.history, labels, has_metric=False, log_loss=True)
        )
    with right:
        _errors_and_prediction(coefficients)
        st.subheader(t("temperature.weights"))
        _weights_table(coefficients)
        if diverged:  # the right column is the shorter one: nothing else moves down
            _divergence_advice(snapshot)
        if not series.own:
            st.info(t("temperature.book"), icon="📖")


ui.live_fragment(PAGE, trainer, live_view)
model = lesson.model_spec(spec)
diagnosis_panel(PAGE, trainer, model, spec.train.optimizer, partial(fixed_spec, spec))
