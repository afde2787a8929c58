"""The blood-fat page's spec turned into data, a model and a trainer."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from playground.datasets import load_blood_fat
from playground.engine import TrainData, Trainer
from playground.lessons.blood_fat.data import Plane, Scaling, least_squares_plane
from playground.lessons.blood_fat.spec import BloodFatSpec
from playground.models import make_trainer
from playground.specs import LayerSpec, ModelSpec


def model_spec(spec: BloodFatSpec) -> ModelSpec:
    layers = tuple(
        LayerSpec(units=spec.neurons, activation=spec.activation) for _ in range(spec.hidden_layers)
    )
    return ModelSpec(input_shape=(2,), layers=layers, output_activation="linear", loss="mse")


@dataclass(frozen=True)
class BloodFatRun:
    """Everything a run of the page is built from; equal specs give equal runs."""

    x: np.ndarray  # original units: weight (kg), age (years)
    y: np.ndarray  # blood fat, shape (25, 1)
    scaling: Scaling
    x_model: np.ndarray  # what the model sees
    y_model: np.ndarray
    least_squares: Plane  # the optimum in original units
    model_optimum: np.ndarray  # its (w1, w2) in the model's units: the landscape's star
    model: ModelSpec

    @property
    def linear(self) -> bool:
        """A plane (no hidden layers): its weights are the landscape's coordinates."""
        return not self.model.layers


def prepare(spec: BloodFatSpec) -> BloodFatRun:
    x, y = load_blood_fat()
    scaling = Scaling.standardizing(x, y) if spec.standardize else Scaling.identity(2)
    x_model, y_model = scaling.inputs(x), scaling.targets(y)
    return BloodFatRun(
        x=x,
        y=y,
        scaling=scaling,
        x_model=x_model,
        y_model=y_model,
        least_squares=least_squares_plane(x, y),
        model_optimum=least_squares_plane(x_model, y_model).w,
        model=model_spec(spec),
    )


def new_trainer(spec: BloodFatSpec, run: BloodFatRun) -> Trainer:
    data = TrainData(run.x_model, run.y_model)
    return make_trainer(run.model, spec.train, data, record_weights=run.linear)


def predict_original(trainer: Trainer, run: BloodFatRun, x: np.ndarray) -> np.ndarray:
    """Model predictions for inputs and outputs in original units, shape (n,)."""
    return run.scaling.outputs(trainer.predict(run.scaling.inputs(x))[:, 0])


def learned_plane(trainer: Trainer, run: BloodFatRun) -> Plane:
    """A linear model's plane in original units."""
    kernel, bias = trainer.weights
    return run.scaling.linear_in_original_units(kernel[:, 0], float(bias[0]))
