"""Temperature: widgets -> TemperatureSpec -> a live polynomial through twelve months."""

import numpy as np
import pandas as pd
import streamlit as st

from playground import charts, regression, ui
from playground.engine import Snapshot
from playground.lessons.temperature import figures as lesson_figures
from playground.regression import MONTHS, TEMPERATURE_TEXTBOOK, TEMPERATURES, TemperatureSpec
from playground.ui import t, widgets
from playground.ui.training import preset_values, show_status, textbook_button

PAGE = "temperature"
MAX_DEGREE = 6
CURVE_MONTHS = np.linspace(0, 15, 301)
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶"


def _load_textbook() -> None:
    book = TEMPERATURE_TEXTBOOK
    widgets.set_values(
        {
            f"{PAGE}.degree": book.degree,
            f"{PAGE}.scale": book.scale_features,
            **preset_values(PAGE, book.train),
        }
    )


def _sidebar() -> TemperatureSpec:
    with st.sidebar:
        textbook_button(_load_textbook)
        st.subheader(t("group.model"))
        degree = widgets.slider(f"{PAGE}.degree", t("temperature.degree"), 1, MAX_DEGREE, 4)
        scale = widgets.checkbox(f"{PAGE}.scale", t("temperature.scale"), False, help=t("temperature.scale_help"))
        train = ui.training_controls(PAGE, TEMPERATURE_TEXTBOOK.train)
    return TemperatureSpec(degree, scale, train)


spec = _sidebar()
ui.page_header("page.temperature", "temperature.intro", "temperature.hint")
trainer = ui.trainer_for(PAGE, spec, lambda: regression.make_temperature_trainer(spec))
trainer.set_learning_rate(spec.train.learning_rate)
status_slot = ui.control_bar(PAGE, trainer, spec.train.epochs)

optimum = regression.least_squares_polynomial(spec.degree)
ghost = regression.polynomial(optimum, CURVE_MONTHS)
terms = [f"month{SUPERSCRIPTS[k]}" for k in range(spec.degree + 1)]
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

left, right = st.columns([3, 2])
with left:
    st.subheader(t("temperature.curve"))
    curve_slot = st.empty()
    st.subheader(t("fit.curves"))
    curves_slot = st.empty()
with right:
    metrics_slot = st.empty()
    month = widgets.slider(f"{PAGE}.month", t("temperature.predict_month"), 0.0, 15.0, 8.0, step=0.5)
    prediction_slot = st.empty()
    st.subheader(t("temperature.weights"))
    weights_slot = st.empty()
    st.info(t("temperature.book"), icon="📖")


def draw(snapshot: Snapshot) -> None:
    coefficients = regression.coefficients_in_months(trainer.weights[0], spec.scale_features)
    curve = regression.polynomial(coefficients, CURVE_MONTHS)
    ui.show_chart(
        curve_slot,
        lesson_figures.temperature_figure(MONTHS, TEMPERATURES, CURVE_MONTHS, curve, ghost, labels),
    )
    ui.show_chart(
        curves_slot,
        charts.curves_figure(snapshot.history, labels, has_metric=False, log_loss=True),
    )
    with metrics_slot.container():
        cols = st.columns(2)
        cols[0].metric(t("temperature.sse_now"), f"{regression.sse(coefficients):,.3f}")
        cols[1].metric(t("temperature.sse_optimum"), f"{regression.sse(optimum):,.3f}")
    prediction_slot.markdown(
        t(
            "temperature.prediction",
            month=month,
            model=float(regression.polynomial(coefficients, month)),
            ls=float(regression.polynomial(optimum, month)),
        )
    )
    weights_slot.dataframe(
        pd.DataFrame({t("temperature.term"): terms, t("fit.model"): coefficients, t("fit.ghost"): optimum}),
        hide_index=True,
        column_config={
            name: st.column_config.NumberColumn(format="%.6g")
            for name in (t("fit.model"), t("fit.ghost"))
        },
    )
    show_status(status_slot, snapshot, spec.train.epochs, has_metric=False)


draw(trainer.snapshot())
ui.run_live(PAGE, trainer, draw)
