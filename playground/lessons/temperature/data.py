"""The textbook's twelve monthly mean temperatures, the polynomial features the model sees,
and the least-squares polynomial through them."""

from __future__ import annotations

import numpy as np

from playground.fitting import least_squares

MONTHS = np.arange(1, 13, dtype=np.float32)
# Monthly mean temperatures (°C), January to December, as printed in the textbook.
TEMPERATURES = np.array(
    [5.2, 5.7, 8.6, 14.9, 18.2, 20.4, 25.5, 26.4, 22.8, 17.5, 11.1, 6.6], np.float32
)
MONTH_SCALE = 12.0  # with scaling on, the model sees month / 12, so every power is in [0, 1]


def polynomial_features(months: np.ndarray, degree: int, scale: bool) -> np.ndarray:
    """Columns month**0 .. month**degree (of month / 12 when scaled), float32."""
    base = np.asarray(months, np.float64) / (MONTH_SCALE if scale else 1.0)
    return np.stack([base**k for k in range(degree + 1)], axis=1).astype(np.float32)


def coefficients_in_months(weights: np.ndarray, scale: bool) -> np.ndarray:
    """Model weights w_k as coefficients of month**k (undoing the / 12 scaling)."""
    weights = np.ravel(weights).astype(np.float64)
    if not scale:
        return weights
    return weights / MONTH_SCALE ** np.arange(len(weights))


def polynomial(coefficients: np.ndarray, months: np.ndarray) -> np.ndarray:
    months = np.asarray(months, np.float64)
    return sum(c * months**k for k, c in enumerate(coefficients))


def least_squares_polynomial(degree: int) -> np.ndarray:
    """Coefficients of month**k minimising the sum of squared errors over the twelve months
    (solved on scaled features, which are far better conditioned)."""
    solution = least_squares(polynomial_features(MONTHS, degree, scale=True), TEMPERATURES)
    return coefficients_in_months(solution, scale=True)


def sse(coefficients: np.ndarray) -> float:
    return float(np.sum((polynomial(coefficients, MONTHS) - TEMPERATURES) ** 2))
