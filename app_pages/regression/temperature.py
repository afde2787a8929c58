"""Temperature: widgets -> TemperatureSpec -> a live polynomial through twelve months."""


import numpy as np
import pandas as pd
import streamlit as st

from playground import charts, ui
from playground.engine import Snapshot
from playground.lessons.temperature import figures
from playground.lessons.temperature import model as lesson
from playground.lessons.temperature.data import (
    MONTHS,
    TEMPERATURES,
    least_squares_polynomial,
    polynomial,
    sse,
)
from playground.lessons.temperature.spec import TEXTBOOK, TemperatureSpec
from playground.numbers import format_number
from playground.ui import t, widgets
from playground.ui.state import persist
from playground.ui.training import show_status, textbook_button

PAGE = "temperature"
CURVE_MONTHS = np.linspace(0, 15, 301)
MONTH_KEY, MONTH_RANGE = f"{PAGE}.month", (0.0, 15.0)  # the month to predict: a view only
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶"
LONGEST_PLAIN = 1e8  # from here on a number is shown as 1.234e+08: never 9 digits in a row


def _sidebar() -> TemperatureSpec:
    form = widgets.SpecForm(PAGE, TemperatureSpec)
    with st.sidebar:
        textbook_button(PAGE, TEXTBOOK)
        st.subheader(t("group.model"))
        form.slider("degree", t("temperature.degree"))
        form.checkbox("scale_features", t("temperature.scale"), help=t("temperature.scale_help"))
        ui.training_controls(form)
    return form.spec()


spec = _sidebar()
ui.page_header("page.temperature", "temperature.intro", "temperature.hint")
trainer = ui.trainer_for(PAGE, spec, lambda: lesson.new_trainer(spec))
trainer.set_learning_rate(spec.train.learning_rate)
ui.control_bar(PAGE, trainer, spec.train.epochs)  # the status is drawn in the live view
persist(MONTH_KEY, 8.0, lambda month: MONTH_RANGE[0] <= month <= MONTH_RANGE[1])

optimum = least_squares_polynomial(spec.degree)
ghost = polynomial(optimum, CURVE_MONTHS)
terms = [t("temperature.power", power=SUPERSCRIPTS[k]) for k in range(spec.degree + 1)]
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


def _shown(value: float) -> str:
    """A number as the page shows it (at most 8 digits); a non-finite one says "diverged"."""
    text = format_number(value)
    if text is None:
        return t("status.diverged_value")
    return f"{value:.3e}" if abs(value) >= LONGEST_PLAIN else text


def _divergence_advice(snapshot: Snapshot) -> None:
    """Advice that fits the cause: raw month powers diverge at every learning rate (scale
    them); scaled features diverge only when the rate is too high."""
    if spec.scale_features:
        st.warning(t("status.diverged", epoch=snapshot.epoch), icon="⚠️")
        return
    biggest = format_number(float(MONTHS.max()) ** spec.degree)
    note = t(
        "temperature.diverged_raw",
        epoch=snapshot.epoch,
        power=SUPERSCRIPTS[spec.degree],
        biggest=biggest,
    )
    st.warning(note, icon="⚠️")


def _errors_and_prediction(coefficients: np.ndarray) -> None:
    # One above the other: a diverged SSE is a long number (1.234e+60) that two columns cut.
    st.metric(t("temperature.sse_now"), _shown(sse(coefficients)))
    st.metric(t("temperature.sse_optimum"), _shown(sse(optimum)))
    month = st.slider(t("temperature.predict_month"), *MONTH_RANGE, step=0.5, key=MONTH_KEY)
    model, ls = polynomial(coefficients, month), polynomial(optimum, month)
    prediction = t("temperature.prediction", month=f"{month:g}", model=_shown(model), ls=_shown(ls))
    st.markdown(prediction)


def _weights_table(coefficients: np.ndarray) -> None:
    """Pre-formatted numbers: a diverged weight reads "diverged", never inf or 60 digits."""
    columns = (t("fit.model"), t("fit.ghost"))
    table = {
        t("temperature.term"): terms,
        columns[0]: [_shown(w) for w in coefficients],
        columns[1]: [_shown(w) for w in optimum],
    }
    st.dataframe(pd.DataFrame(table), hide_index=True)


def live_view(snapshot: Snapshot) -> None:
    """Everything that changes while training, redrawn by a live fragment."""
    diverged = show_status(snapshot, spec.train.epochs, has_metric=False, has_test=False)
    coefficients = lesson.learned_coefficients(trainer, spec)
    curve = polynomial(coefficients, CURVE_MONTHS)
    left, right = st.columns([3, 2])
    with left:
        st.subheader(t("temperature.curve"))
        ui.show_chart(
            st,
            figures.temperature_figure(MONTHS, TEMPERATURES, CURVE_MONTHS, curve, ghost, labels),
        )
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
        st.info(t("temperature.book"), icon="📖")


ui.live_fragment(PAGE, trainer, live_view)
