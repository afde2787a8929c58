"""The temperature lesson: polynomial features, least squares, the trainer and the figure."""

from dataclasses import replace

import numpy as np
import pytest

from playground.lessons.temperature import model as lesson
from playground.lessons.temperature.data import (
    MONTHS,
    TEMPERATURES,
    coefficients_in_months,
    least_squares_polynomial,
    polynomial_features,
    sse,
)
from playground.lessons.temperature.figures import temperature_figure
from playground.lessons.temperature.spec import TEXTBOOK


def test_polynomial_features_and_least_squares_curve():
    features = polynomial_features(MONTHS, 4, scale=False)
    assert features.shape == (12, 5) and features[-1, 4] == 12**4 == 20736
    scaled = polynomial_features(MONTHS, 4, scale=True)
    assert scaled.max() == pytest.approx(1.0)
    coefficients = least_squares_polynomial(4)
    np.testing.assert_allclose(coefficients, np.polyfit(MONTHS, TEMPERATURES, 4)[::-1], rtol=1e-6)
    assert sse(coefficients) == pytest.approx(12.144, abs=1e-3)
    weights_scaled = coefficients * 12.0 ** np.arange(5)
    np.testing.assert_allclose(coefficients_in_months(weights_scaled, scale=True), coefficients)


def test_engine_reaches_the_least_squares_curve_with_scaled_features():
    spec = replace(
        TEXTBOOK,
        degree=2,
        scale_features=True,
        train=replace(TEXTBOOK.train, learning_rate=0.1),
    )
    trainer = lesson.new_trainer(spec)
    trainer.train_epochs(20000)
    found = coefficients_in_months(trainer.weights[0], scale=True)
    assert sse(found) == pytest.approx(sse(least_squares_polynomial(2)), rel=1e-3)
    # Every epoch's weights are recorded, starting from the initial ones.
    assert trainer.history.weights.shape == (20001, 3)
    np.testing.assert_allclose(trainer.history.weights[-1], trainer.weights[0][:, 0])


def test_temperature_figure_dashes_only_outside_the_data():
    months = np.linspace(0, 15, 31)
    labels = dict(ghost="g", model="m", beyond="b", data="d", month="mo", temperature="t")
    fig = temperature_figure(MONTHS, TEMPERATURES, months, months * 2, months, labels)
    solid, dashed = np.array(fig.data[1].y, float), np.array(fig.data[2].y, float)
    inside = (months >= 1) & (months <= 12)
    assert np.isnan(dashed[inside]).all() and np.isfinite(dashed[~inside]).all()
    assert np.isnan(solid[~inside]).all()
