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
from playground.ui import t, widgets
from playground.ui.state import persist
from playground.ui.training import show_status, textbook_button

PAGE = "temperature"
CURVE_MONTHS = np.linspace(0, 15, 301)
MONTH_KEY, MONTH_RANGE = f"{PAGE}.month", (0.0, 15.0)  # the month to predict: a view only
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶"


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
terms = [t("temperature.term", power=SUPERSCRIPTS[k]) for k in range(spec.degree + 1)]
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


def _errors_and_prediction(coefficients: np.ndarray) -> None:
    cols = st.columns(2)
    cols[0].metric(t("temperature.sse_now"), f"{sse(coefficients):,.3f}")
    cols[1].metric(t("temperature.sse_optimum"), f"{sse(optimum):,.3f}")
    month = st.slider(t("temperature.predict_month"), *MONTH_RANGE, step=0.5, key=MONTH_KEY)
    model, ls = polynomial(coefficients, month), polynomial(optimum, month)
    st.markdown(t("temperature.prediction", month=month, model=float(model), ls=float(ls)))


def _weights_table(coefficients: np.ndarray) -> None:
    columns = (t("fit.model"), t("fit.ghost"))
    st.dataframe(
        pd.DataFrame({t("temperature.term"): terms, columns[0]: coefficients, columns[1]: optimum}),
        hide_index=True,
        column_config={name: st.column_config.NumberColumn(format="%.6g") for name in columns},
    )


def live_view(snapshot: Snapshot) -> None:
    """Everything that changes while training, redrawn by a live fragment."""
    show_status(st.empty(), snapshot, spec.train.epochs, has_metric=False)
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
        st.info(t("temperature.book"), icon="📖")


ui.live_fragment(PAGE, trainer, live_view)
