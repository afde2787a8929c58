"""The points the temperature page fits a polynomial through: the textbook's twelve months, or
one input column and a target column of the user's own file, and how the model sees them.

The model sees powers of `u = (x - shift) / scale` and targets `(y - y_shift) / y_scale`:
the textbook's months raw (u = month) or scaled (u = month / 12) with temperatures as they
are; a file's columns standardised (mean 0, standard deviation 1), as every own data set is.
Every view (curve, errors, weights, prediction) is in the original units.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.polynomial import Polynomial

from playground.fitting import least_squares
from playground.lessons.temperature.data import (
    MONTH_SCALE,
    MONTHS,
    TEMPERATURES,
    polynomial,
    powers,
)
from playground.numbers import nice_step
from playground.own_data import OwnRegression

TEXTBOOK_VIEW = (0.0, 15.0)  # the months drawn: the twelve and a few beyond
OWN_MARGIN = 0.25  # a file's curve goes a quarter of its input span beyond the data each side


@dataclass(frozen=True, eq=False)
class Series:
    x: np.ndarray  # (n,) inputs in their own units
    y: np.ndarray  # (n,) targets in their own units
    shift: float = 0.0
    scale: float = 1.0
    y_shift: float = 0.0
    y_scale: float = 1.0
    view: tuple[float, float] = TEXTBOOK_VIEW  # the input range the curve is drawn over
    names: tuple[str, str] | None = None  # a file's (input, target) columns; None: textbook
    fingerprint: str = ""

    @property
    def own(self) -> bool:
        return self.names is not None

    def features(self, degree: int, x: np.ndarray | None = None) -> np.ndarray:
        """Columns u**0 .. u**degree, float32."""
        return powers(
            (np.asarray(self.x if x is None else x, np.float64) - self.shift) / self.scale, degree
        )

    def targets(self) -> np.ndarray:
        return ((self.y - self.y_shift) / self.y_scale)[:, None].astype(np.float32)

    def coefficients(self, weights: np.ndarray) -> np.ndarray:
        """Model weights w_k (of u**k, scaled target) as coefficients of x**k in the file's
        (or the textbook's) units."""
        weights = np.ravel(weights).astype(np.float64)
        if self.shift == 0.0:  # a pure rescaling: exact, and a diverged weight stays alone
            coefficients = self.y_scale * weights / self.scale ** np.arange(len(weights))
        else:
            unit = Polynomial([-self.shift / self.scale, 1.0 / self.scale])
            composed = Polynomial(weights)(unit).coef * self.y_scale
            coefficients = np.zeros(len(weights))
            coefficients[: len(composed)] = composed[: len(weights)]
        coefficients[0] += self.y_shift
        return coefficients

    def least_squares(self, degree: int) -> np.ndarray:
        """Coefficients of x**k minimising the sum of squared errors (solved on standardised
        powers, which are far better conditioned than raw ones)."""
        standard = Series(self.x, self.y, float(self.x.mean()), float(self.x.std()))
        solution = least_squares(standard.features(degree), self.y.astype(np.float32))
        return standard.coefficients(solution)

    def sse(self, coefficients: np.ndarray) -> float:
        return float(np.sum((polynomial(coefficients, self.x) - self.y) ** 2))

    def curve_x(self, n: int = 301) -> np.ndarray:
        return np.linspace(*self.view, n)

    def query_start(self) -> float:
        """Where the "predict at" slider starts: the textbook's August, a file's middle."""
        return float(np.median(self.x)) if self.own else 8.0

    def query_step(self) -> float:
        """Half months; a file's drawn span in about 200 steps of 1, 2 or 5 times 10ᵏ."""
        return nice_step(self.view[1] - self.view[0], 200) if self.own else 0.5


def textbook_series(scale: bool) -> Series:
    """The twelve months, raw or divided by 12, and their temperatures as they are."""
    return Series(
        MONTHS.astype(np.float64),
        TEMPERATURES.astype(np.float64),
        scale=MONTH_SCALE if scale else 1.0,
    )


def own_series(own: OwnRegression) -> Series:
    """A file's one input column and its target, standardised."""
    x, y = own.x[:, 0].astype(np.float64), own.y[:, 0].astype(np.float64)
    span = float(x.max() - x.min())
    view = (float(x.min()) - OWN_MARGIN * span, float(x.max()) + OWN_MARGIN * span)
    return Series(
        x,
        y,
        shift=float(own.x_mean[0]),
        scale=float(own.x_std[0]),
        y_shift=own.y_mean,
        y_scale=own.y_std,
        view=view,
        names=(own.features[0], own.target),
        fingerprint=own.fingerprint,
    )
