"""Regression logic: data, closed-form answers, scaling, landscapes, figures, weight recording."""

from dataclasses import replace

import numpy as np
import pytest

from playground import regression as R
from playground import regression_figures as rfig


def test_blood_fat_table_and_least_squares_answer():
    x, y = R.load_blood_fat()
    assert x.shape == (25, 2) and y.shape == (25, 1) and x.dtype == np.float32
    w, b = R.least_squares_plane(x, y)
    assert np.array(R.BLOOD_FAT_QUERY) @ w + b == pytest.approx(349.2, abs=0.05)
    # The normal equations hold: residuals are orthogonal to every column.
    residual = y[:, 0] - (x @ w + b)
    np.testing.assert_allclose(np.c_[x, np.ones(25)].T @ residual, 0, atol=1e-6)


def test_scaling_converts_a_plane_back_to_original_units():
    x, y = R.load_blood_fat()
    scaling = R.Scaling.standardizing(x, y)
    w, b = np.array([0.3, -0.8]), 0.2
    in_model = scaling.outputs(scaling.inputs(x) @ w + b)
    w_orig, b_orig = scaling.linear_in_original_units(w, b)
    np.testing.assert_allclose(in_model, x @ w_orig + b_orig, rtol=1e-5)


def test_loss_landscape_is_lowest_at_the_least_squares_weights():
    x, y = R.load_blood_fat()
    w, b = R.least_squares_plane(x, y)
    w1 = np.linspace(w[0] - 1, w[0] + 1, 41)
    w2 = np.linspace(w[1] - 1, w[1] + 1, 41)
    best_b = R.loss_landscape(x, y, w1, w2)
    assert np.unravel_index(best_b.argmin(), best_b.shape) == (20, 20)
    assert best_b[20, 20] == pytest.approx(R.mse(y, x @ w + b), rel=1e-9)
    fixed_b = R.loss_landscape(x, y, w1, w2, b=0.0)
    assert (fixed_b >= best_b - 1e-9).all()  # the best b can only help


def test_polynomial_features_and_least_squares_curve():
    features = R.polynomial_features(R.MONTHS, 4, scale=False)
    assert features.shape == (12, 5) and features[-1, 4] == 12**4 == 20736
    scaled = R.polynomial_features(R.MONTHS, 4, scale=True)
    assert scaled.max() == pytest.approx(1.0)
    coefficients = R.least_squares_polynomial(4)
    np.testing.assert_allclose(
        coefficients, np.polyfit(R.MONTHS, R.TEMPERATURES, 4)[::-1], rtol=1e-6
    )
    assert R.sse(coefficients) == pytest.approx(12.144, abs=1e-3)
    weights_scaled = coefficients * 12.0 ** np.arange(5)
    np.testing.assert_allclose(R.coefficients_in_months(weights_scaled, scale=True), coefficients)


def test_engine_reaches_the_least_squares_curve_with_scaled_features():
    spec = replace(
        R.TEMPERATURE_TEXTBOOK,
        degree=2,
        scale_features=True,
        train=replace(R.TEMPERATURE_TEXTBOOK.train, learning_rate=0.1),
    )
    trainer = R.make_temperature_trainer(spec)
    trainer.train_epochs(20000)
    found = R.coefficients_in_months(trainer.weights[0], scale=True)
    assert R.sse(found) == pytest.approx(R.sse(R.least_squares_polynomial(2)), rel=1e-3)
    # Every epoch's weights are recorded, starting from the initial ones.
    assert trainer.history.weights.shape == (20001, 3)
    np.testing.assert_allclose(trainer.history.weights[-1], trainer.weights[0][:, 0])


def test_blood_fat_textbook_setup_lands_above_least_squares():
    run = R.prepare_blood_fat(R.BLOOD_FAT_TEXTBOOK)
    trainer = R.make_blood_fat_trainer(R.BLOOD_FAT_TEXTBOOK, run)
    trainer.train_epochs(5000)
    asked = np.array([R.BLOOD_FAT_QUERY], np.float32)
    answer = R.predict_original(trainer, run, asked)[0]
    assert 360 < answer < 420  # the book said 398; least squares says 349.2


def test_blood_fat_figure_draws_the_given_surface_and_ghost():
    weights, ages = np.linspace(50, 100, 4), np.linspace(20, 60, 3)
    surface = np.arange(12.0).reshape(3, 4)
    ghost = surface + 100
    x, y = R.load_blood_fat()
    labels = dict(ghost="g", model="m", data="d", weight="w", age="a", blood_fat="bf")
    fig = rfig.blood_fat_figure(weights, ages, surface, ghost, x, y, labels)
    kinds = [trace.type for trace in fig.data]
    assert kinds == ["surface", "surface", "scatter3d"]
    np.testing.assert_array_equal(fig.data[1].z, surface)
    np.testing.assert_array_equal(fig.data[0].z, ghost)
    assert fig.layout.scene.uirevision  # the camera survives redraws


def test_temperature_figure_dashes_only_outside_the_data():
    months = np.linspace(0, 15, 31)
    labels = dict(ghost="g", model="m", beyond="b", data="d", month="mo", temperature="t")
    fig = rfig.temperature_figure(R.MONTHS, R.TEMPERATURES, months, months * 2, months, labels)
    solid, dashed = np.array(fig.data[1].y, float), np.array(fig.data[2].y, float)
    inside = (months >= 1) & (months <= 12)
    assert np.isnan(dashed[inside]).all() and np.isfinite(dashed[~inside]).all()
    assert np.isnan(solid[~inside]).all()
