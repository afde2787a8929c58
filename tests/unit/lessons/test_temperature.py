"""The temperature lesson: polynomial features, least squares, the trainer and the figure."""

from dataclasses import replace

import numpy as np
import plotly.graph_objects as go
import pytest

from playground.lessons.temperature import model as lesson
from playground.lessons.temperature.data import MONTHS, TEMPERATURES, polynomial_features
from playground.lessons.temperature.figures import temperature_figure
from playground.lessons.temperature.series import textbook_series
from playground.lessons.temperature.spec import TEXTBOOK


def test_polynomial_features_and_least_squares_curve():
    features = polynomial_features(MONTHS, 4, scale=False)
    assert features.shape == (12, 5) and features[-1, 4] == 12**4 == 20736
    scaled = polynomial_features(MONTHS, 4, scale=True)
    assert scaled.max() == pytest.approx(1.0)
    raw, scaled_series = textbook_series(False), textbook_series(True)
    np.testing.assert_array_equal(raw.features(4), features)
    np.testing.assert_array_equal(scaled_series.features(4), scaled)
    coefficients = raw.least_squares(4)
    np.testing.assert_allclose(coefficients, np.polyfit(MONTHS, TEMPERATURES, 4)[::-1], rtol=1e-6)
    assert raw.sse(coefficients) == pytest.approx(12.144, abs=1e-3)
    weights_scaled = coefficients * 12.0 ** np.arange(5)
    np.testing.assert_allclose(scaled_series.coefficients(weights_scaled), coefficients)


def test_engine_reaches_the_least_squares_curve_with_scaled_features():
    spec = replace(
        TEXTBOOK,
        degree=2,
        scale_features=True,
        train=replace(TEXTBOOK.train, learning_rate=0.1),
    )
    trainer = lesson.new_trainer(spec)
    trainer.train_epochs(20000)
    series = textbook_series(True)
    found = lesson.learned_coefficients(trainer, series)
    assert series.sse(found) == pytest.approx(series.sse(series.least_squares(2)), rel=1e-3)
    # Every epoch's weights are recorded, starting from the initial ones.
    assert trainer.history.weights.shape == (20001, 3)
    np.testing.assert_allclose(trainer.history.weights[-1], trainer.weights[0][:, 0])


def test_temperature_figure_dashes_only_outside_the_data():
    months = np.linspace(0, 15, 31)
    labels = dict(ghost="g", model="m", beyond="b", data="d", month="mo", temperature="t")
    fig = go.Figure(temperature_figure(MONTHS, TEMPERATURES, months, months * 2, months, labels))
    solid, dashed = np.array(fig.data[1].y, float), np.array(fig.data[2].y, float)
    inside = (months >= 1) & (months <= 12)
    assert np.isnan(dashed[inside]).all() and np.isfinite(dashed[~inside]).all()
    assert np.isnan(solid[~inside]).all()
