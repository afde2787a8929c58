"""Data shared by several lessons."""

import numpy as np

from playground.datasets import grid, load_blood_fat


def test_grid_is_row_major_in_y():
    ticks, plane = grid((0.0, 1.0), 3)
    assert plane.shape == (9, 2)
    np.testing.assert_allclose(plane[:3, 1], 0.0)  # first row: y = 0
    np.testing.assert_allclose(plane[:3, 0], ticks)


def test_blood_fat_table():
    x, y = load_blood_fat()
    assert x.shape == (25, 2) and y.shape == (25, 1)
    assert x[0].tolist() == [84, 46] and y[0, 0] == 354
