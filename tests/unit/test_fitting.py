"""The least-squares solve both regression lessons draw as their ghost."""

import numpy as np

from playground.fitting import least_squares


def test_least_squares_recovers_an_exact_fit_and_takes_column_targets():
    design = np.c_[np.arange(6.0), np.ones(6)].astype(np.float32)
    targets = (design @ np.array([2.5, -1.0]))[:, None]
    np.testing.assert_allclose(least_squares(design, targets), [2.5, -1.0], atol=1e-9)
