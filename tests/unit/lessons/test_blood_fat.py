"""The blood-fat lesson: its table, least squares, scaling, landscape, trainer and figure."""

import numpy as np
import plotly.graph_objects as go
import pytest

from playground.datasets import load_blood_fat
from playground.lessons.blood_fat import model as lesson
from playground.lessons.blood_fat.data import Scaling, least_squares_plane, mse
from playground.lessons.blood_fat.figures import blood_fat_figure
from playground.lessons.blood_fat.landscape import loss_landscape
from playground.lessons.blood_fat.spec import QUERY, TEXTBOOK


def test_blood_fat_table_and_least_squares_answer():
    x, y = load_blood_fat()
    assert x.shape == (25, 2) and y.shape == (25, 1) and x.dtype == np.float32
    w, b = least_squares_plane(x, y)
    assert np.array(QUERY) @ w + b == pytest.approx(349.2, abs=0.05)
    # The normal equations hold: residuals are orthogonal to every column.
    residual = y[:, 0] - (x @ w + b)
    np.testing.assert_allclose(np.c_[x, np.ones(25)].T @ residual, 0, atol=1e-6)


def test_scaling_converts_a_plane_back_to_original_units():
    x, y = load_blood_fat()
    scaling = Scaling.standardizing(x, y)
    w, b = np.array([0.3, -0.8]), 0.2
    in_model = scaling.outputs(scaling.inputs(x) @ w + b)
    w_orig, b_orig = scaling.linear_in_original_units(w, b)
    np.testing.assert_allclose(in_model, x @ w_orig + b_orig, rtol=1e-5)


def test_loss_landscape_is_lowest_at_the_least_squares_weights():
    x, y = load_blood_fat()
    w, b = least_squares_plane(x, y)
    w1 = np.linspace(w[0] - 1, w[0] + 1, 41)
    w2 = np.linspace(w[1] - 1, w[1] + 1, 41)
    best_b = loss_landscape(x, y, w1, w2)
    assert np.unravel_index(best_b.argmin(), best_b.shape) == (20, 20)
    assert best_b[20, 20] == pytest.approx(mse(y, x @ w + b), rel=1e-9)
    fixed_b = loss_landscape(x, y, w1, w2, b=0.0)
    assert (fixed_b >= best_b - 1e-9).all()  # the best b can only help


def test_blood_fat_textbook_setup_lands_above_least_squares():
    run = lesson.prepare(TEXTBOOK)
    trainer = lesson.new_trainer(TEXTBOOK, run)
    trainer.train_epochs(5000)
    asked = np.array([QUERY], np.float32)
    answer = lesson.predict_original(trainer, run, asked)[0]
    assert 360 < answer < 420  # the book said 398; least squares says 349.2


def test_blood_fat_figure_draws_the_given_surface_and_ghost():
    weights, ages = np.linspace(50, 100, 4), np.linspace(20, 60, 3)
    surface = np.arange(12.0).reshape(3, 4)
    ghost = surface + 100
    x, y = load_blood_fat()
    labels = dict(ghost="g", model="m", data="d", weight="w", age="a", blood_fat="bf")
    fig = go.Figure(blood_fat_figure(weights, ages, surface, ghost, x, y, labels))
    kinds = [trace.type for trace in fig.data]
    assert kinds == ["surface", "surface", "scatter3d"]
    np.testing.assert_array_equal(fig.data[1].z, surface)
    np.testing.assert_array_equal(fig.data[0].z, ghost)
    assert fig.layout.scene.uirevision  # the camera survives redraws
