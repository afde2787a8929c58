"""The blood-fat page's spec turned into data, a model and a trainer, on the textbook's table
or the user's own two input columns and target (always standardised)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from playground.datasets import load_blood_fat
from playground.engine import TrainData, Trainer
from playground.lessons.blood_fat.data import (
    OWN_PAD_SHARE,
    Plane,
    Scaling,
    SurfaceGrid,
    least_squares_plane,
    surface_grid,
)
from playground.lessons.blood_fat.spec import QUERY, BloodFatSpec
from playground.models import make_trainer
from playground.numbers import nice_step
from playground.own_data import OwnRegression, RunKey
from playground.specs import LayerSpec, ModelSpec, reset_key

OWN_QUERY_REACH = 0.5  # a file's query box reaches half its span beyond the data


def model_spec(spec: BloodFatSpec) -> ModelSpec:
    layers = tuple(
        LayerSpec(units=spec.neurons, activation=spec.activation) for _ in range(spec.hidden_layers)
    )
    return ModelSpec(input_shape=(2,), layers=layers, output_activation="linear", loss="mse")


@dataclass(frozen=True)
class BloodFatRun:
    """Everything a run of the page is built from; equal specs give equal runs."""

    x: np.ndarray  # original units: weight (kg), age (years), or a file's two inputs
    y: np.ndarray  # blood fat, shape (25, 1), or a file's target
    scaling: Scaling
    x_model: np.ndarray  # what the model sees
    y_model: np.ndarray
    least_squares: Plane  # the optimum in original units
    model_optimum: np.ndarray  # its (w1, w2) in the model's units: the landscape's star
    model: ModelSpec
    names: tuple[str, str, str] | None = None  # a file's two inputs and target; None: textbook
    fingerprint: str = ""

    @property
    def own(self) -> bool:
        return self.names is not None

    @property
    def linear(self) -> bool:
        """A plane (no hidden layers): its weights are the landscape's coordinates."""
        return not self.model.layers


def uses_own(spec: BloodFatSpec) -> bool:
    return spec.source == "csv"


def prepare(spec: BloodFatSpec, own: OwnRegression | None = None) -> BloodFatRun:
    """The run for `spec`; with the CSV source, on `own` (standardised like the textbook's
    table with "standardize" on, whatever the checkbox says)."""
    if uses_own(spec):
        if own is None:
            raise ValueError("the CSV source needs its data")
        x, y = own.x, own.y
        names, fingerprint = (*own.features, own.target), own.fingerprint
    else:
        (x, y), names, fingerprint = load_blood_fat(), None, ""
    standardize = spec.standardize or names is not None
    scaling = Scaling.standardizing(x, y) if standardize else Scaling.identity(2)
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
        names=names,
        fingerprint=fingerprint,
    )


def run_key(spec: BloodFatSpec, run: BloodFatRun) -> RunKey:
    return RunKey(reset_key(spec), spec.train, run.fingerprint)


def surface(run: BloodFatRun) -> SurfaceGrid:
    """The grid the model's surface is drawn over."""
    if not run.own:
        return surface_grid(run.x)
    span = run.x.max(0) - run.x.min(0)
    return surface_grid(run.x, pad=tuple(float(v) for v in OWN_PAD_SHARE * span))


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


@dataclass(frozen=True)
class QueryInput:
    """One "ask the model" box: its widget key (under the page) and what it allows."""

    key: str
    low: float
    high: float
    start: float
    step: float


TEXTBOOK_QUERY = (
    QueryInput("query_weight", 30.0, 200.0, QUERY[0], 1.0),
    QueryInput("query_age", 10.0, 100.0, QUERY[1], 1.0),
)


def query_inputs(run: BloodFatRun) -> tuple[QueryInput, QueryInput]:
    """The textbook's person (100 kg, 44 years) and ranges, or a file's middle row with half
    its span beyond its data."""
    if not run.own:
        return TEXTBOOK_QUERY
    low, high = run.x.min(0).astype(float), run.x.max(0).astype(float)
    start = np.median(run.x, axis=0).astype(float)
    boxes = []
    for i, (lo, hi, middle) in enumerate(zip(low, high, start), start=1):
        reach = OWN_QUERY_REACH * (hi - lo)
        step = nice_step(hi - lo)
        boxes.append(QueryInput(f"own.query{i}", lo - reach, hi + reach, float(middle), step))
    return boxes[0], boxes[1]
