"""The textbook's twelve monthly mean temperatures and the polynomial features the model sees
(`series.Series` fits and evaluates polynomials through them or through a user's file)."""

from __future__ import annotations

import numpy as np

MONTHS = np.arange(1, 13, dtype=np.float32)
# Monthly mean temperatures (°C), January to December, as printed in the textbook.
TEMPERATURES = np.array(
    [5.2, 5.7, 8.6, 14.9, 18.2, 20.4, 25.5, 26.4, 22.8, 17.5, 11.1, 6.6], np.float32
)
MONTH_SCALE = 12.0  # with scaling on, the model sees month / 12, so every power is in [0, 1]


def powers(base: np.ndarray, degree: int) -> np.ndarray:
    """Columns base**0 .. base**degree, float32 (computed in float64)."""
    base = np.asarray(base, np.float64)
    return np.stack([base**k for k in range(degree + 1)], axis=1).astype(np.float32)


def polynomial_features(months: np.ndarray, degree: int, scale: bool) -> np.ndarray:
    """Columns month**0 .. month**degree (of month / 12 when scaled), float32."""
    return powers(np.asarray(months, np.float64) / (MONTH_SCALE if scale else 1.0), degree)


def polynomial(coefficients: np.ndarray, months: np.ndarray) -> np.ndarray:
    months = np.asarray(months, np.float64)
    return sum(c * months**k for k, c in enumerate(coefficients))
