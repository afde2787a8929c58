"""The regression pages' logic: blood fat (a plane in 3D) and temperature (a polynomial).

Each page's settings are one frozen spec. From it come the data as the model sees it (raw, or
scaled when the user asks), the model, the trainer, and the closed-form least-squares answer
drawn as a "ghost" beside what gradient descent found.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from playground.datasets import load_blood_fat
from playground.specs import LayerSpec, ModelSpec, TrainSpec

if TYPE_CHECKING:
    from playground.engine import Trainer

# -- blood fat --------------------------------------------------------------------------------
BLOOD_FAT_QUERY = (100.0, 44.0)  # the textbook's question: 100 kg, 44 years
BOOK_BLOOD_FAT_ANSWER = 398.0  # what the textbook's model predicted for it


@dataclass(frozen=True)
class BloodFatSpec:
    standardize: bool = False
    hidden_layers: int = 0  # 0: Dense(1), a plane
    neurons: int = 8
    activation: str = "relu"
    train: TrainSpec = field(
        default_factory=lambda: TrainSpec("rmsprop", 0.001, batch_size=0, epochs=5000)
    )


# The textbook: raw kg and years into Dense(1), RMSprop (Keras' default rate), 5,000 epochs.
BLOOD_FAT_TEXTBOOK = BloodFatSpec()


@dataclass(frozen=True)
class Scaling:
    """The affine map between original units and what the model sees (identity when off)."""

    x_mean: np.ndarray
    x_scale: np.ndarray
    y_mean: float = 0.0
    y_scale: float = 1.0

    @classmethod
    def identity(cls, n_features: int) -> Scaling:
        return cls(np.zeros(n_features, np.float32), np.ones(n_features, np.float32))

    @classmethod
    def standardizing(cls, x: np.ndarray, y: np.ndarray) -> Scaling:
        return cls(x.mean(0), x.std(0), float(y.mean()), float(y.std()))

    def inputs(self, x: np.ndarray) -> np.ndarray:
        return ((x - self.x_mean) / self.x_scale).astype(np.float32)

    def targets(self, y: np.ndarray) -> np.ndarray:
        return ((y - self.y_mean) / self.y_scale).astype(np.float32)

    def outputs(self, y_model: np.ndarray) -> np.ndarray:
        return y_model * self.y_scale + self.y_mean

    def linear_in_original_units(self, w: np.ndarray, b: float) -> tuple[np.ndarray, float]:
        """The model's plane `y' = w.x' + b` written as `y = W.x + B` in original units."""
        w_orig = self.y_scale * w / self.x_scale
        b_orig = self.y_scale * (b - float(np.sum(w * self.x_mean / self.x_scale))) + self.y_mean
        return w_orig, b_orig


@dataclass(frozen=True)
class BloodFatRun:
    x: np.ndarray  # original units: weight (kg), age (years)
    y: np.ndarray  # blood fat, shape (25, 1)
    scaling: Scaling
    model: ModelSpec


def blood_fat_model(spec: BloodFatSpec) -> ModelSpec:
    layers = tuple(
        LayerSpec(units=spec.neurons, activation=spec.activation) for _ in range(spec.hidden_layers)
    )
    return ModelSpec(input_shape=(2,), layers=layers, output_activation="linear", loss="mse")


def prepare_blood_fat(spec: BloodFatSpec) -> BloodFatRun:
    x, y = load_blood_fat()
    scaling = Scaling.standardizing(x, y) if spec.standardize else Scaling.identity(2)
    return BloodFatRun(x, y, scaling, blood_fat_model(spec))


def make_blood_fat_trainer(spec: BloodFatSpec, run: BloodFatRun) -> Trainer:
    from playground.engine import TrainData
    from playground.models import make_trainer

    data = TrainData(run.scaling.inputs(run.x), run.scaling.targets(run.y))
    return make_trainer(run.model, spec.train, data, record_weights=spec.hidden_layers == 0)


def predict_original(trainer: Trainer, run: BloodFatRun, x: np.ndarray) -> np.ndarray:
    """Model predictions for inputs and outputs in original units, shape (n,)."""
    return run.scaling.outputs(trainer.predict(run.scaling.inputs(x))[:, 0])


def least_squares_plane(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    """The plane minimising the mean squared error: (w, b) with y ~ x @ w + b."""
    design = np.c_[x, np.ones(len(x))]
    solution = np.linalg.lstsq(design.astype(np.float64), y.astype(np.float64), rcond=None)[0]
    return solution[:-1, 0], float(solution[-1, 0])


def mse(y: np.ndarray, prediction: np.ndarray) -> float:
    return float(np.mean((np.ravel(y) - np.ravel(prediction)) ** 2))


def loss_landscape(
    x: np.ndarray, y: np.ndarray, w1: np.ndarray, w2: np.ndarray, b: float | None = None
) -> np.ndarray:
    """MSE of the plane `x @ (w1, w2) + b` over a grid, shape (len(w2), len(w1)).

    With `b=None` each grid point uses its own best bias, mean(y - x @ w), so the surface
    shows the error the weights alone cannot remove."""
    x = x.astype(np.float64)
    y = np.ravel(y).astype(np.float64)
    ww1, ww2 = np.meshgrid(w1, w2)
    fitted = x[:, 0, None, None] * ww1 + x[:, 1, None, None] * ww2  # (n, len(w2), len(w1))
    residual = y[:, None, None] - fitted
    bias = residual.mean(0) if b is None else b
    return np.mean((residual - bias) ** 2, axis=0)


def landscape_window(
    path: np.ndarray, optimum: np.ndarray, margin: float = 0.25
) -> tuple[np.ndarray, np.ndarray]:
    """Grid axes for (w1, w2) that hold the path and the optimum with some room around."""
    points = np.vstack([path.reshape(-1, 2), optimum.reshape(1, 2)])
    lo, hi = points.min(0), points.max(0)
    span = np.maximum(hi - lo, 1e-3 + 0.1 * np.abs(hi))
    lo, hi = lo - margin * span, hi + margin * span
    return np.linspace(lo[0], hi[0], 60), np.linspace(lo[1], hi[1], 60)


# -- temperature ------------------------------------------------------------------------------
MONTHS = np.arange(1, 13, dtype=np.float32)
TEMPERATURES = np.array(
    [5.2, 5.7, 8.6, 14.9, 18.2, 20.4, 25.5, 26.4, 22.8, 17.5, 11.1, 6.6], np.float32
)
MONTH_SCALE = 12.0  # with scaling on, the model sees month / 12, so every power is in [0, 1]


@dataclass(frozen=True)
class TemperatureSpec:
    degree: int = 4
    scale_features: bool = False
    train: TrainSpec = field(
        default_factory=lambda: TrainSpec("adam", 0.001, batch_size=0, epochs=100_000)
    )


# The textbook: features month**k (k = 0..4), no bias, sum of squared errors, Adam, 100,000 steps.
TEMPERATURE_TEXTBOOK = TemperatureSpec()


def polynomial_features(months: np.ndarray, degree: int, scale: bool) -> np.ndarray:
    """Columns month**0 .. month**degree (of month / 12 when scaled), float32."""
    base = np.asarray(months, np.float64) / (MONTH_SCALE if scale else 1.0)
    return np.stack([base**k for k in range(degree + 1)], axis=1).astype(np.float32)


def temperature_model(spec: TemperatureSpec) -> ModelSpec:
    return ModelSpec(
        input_shape=(spec.degree + 1,),
        layers=(),
        output_activation="linear",
        loss="sse",
        output_bias=False,  # the month**0 column is the intercept
    )


def make_temperature_trainer(spec: TemperatureSpec) -> Trainer:
    from playground.engine import TrainData
    from playground.models import make_trainer

    x = polynomial_features(MONTHS, spec.degree, spec.scale_features)
    data = TrainData(x, TEMPERATURES[:, None])
    return make_trainer(temperature_model(spec), spec.train, data, record_weights=True)


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
    """Coefficients of month**k minimising the sum of squared errors over the twelve months."""
    design = polynomial_features(MONTHS, degree, scale=True).astype(np.float64)
    solution = np.linalg.lstsq(design, TEMPERATURES.astype(np.float64), rcond=None)[0]
    return coefficients_in_months(solution, scale=True)


def sse(coefficients: np.ndarray) -> float:
    return float(np.sum((polynomial(coefficients, MONTHS) - TEMPERATURES) ** 2))
