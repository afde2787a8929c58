"""The XOR page's spec turned into data, a model and a trainer."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from playground.datasets import Points2D
from playground.engine import TrainData, Trainer
from playground.lessons.xor.data import feature_matrix, make_points, plane_bounds
from playground.lessons.xor.own import OwnSet, own_bounds, own_points
from playground.lessons.xor.spec import XorSpec
from playground.models import make_trainer
from playground.own_data import RunKey
from playground.specs import LayerSpec, ModelSpec, reset_key


def model_spec(spec: XorSpec) -> ModelSpec:
    layers = tuple(
        LayerSpec(kind="dense", units=units, activation=spec.activation) for units in spec.neurons
    )
    return ModelSpec(
        input_shape=(len(spec.data.features),),
        layers=layers,
        output_units=1,
        output_activation="sigmoid",
        loss=spec.loss,
        regularizer=spec.regularizer,
        regularization_rate=spec.regularization_rate,
    )


@dataclass(frozen=True)
class XorRun:
    """Everything a run of the page is built from; equal specs give equal runs."""

    points: Points2D
    x_train: np.ndarray
    x_test: np.ndarray
    model: ModelSpec


def uses_own(spec: XorSpec) -> bool:
    return spec.data.source != "builtin"


def prepare(spec: XorSpec, own: OwnSet | None = None) -> XorRun:
    """The run for `spec`; with an own data source, on `own` (split by the page's train share
    and sample seed)."""
    if uses_own(spec):
        if own is None:
            raise ValueError("an own data source needs its data")
        points = own_points(own, spec.data.train_share, spec.data.seed)
    else:
        points = make_points(spec.data)
    return XorRun(
        points=points,
        x_train=feature_matrix(points.x_train, spec.data.features),
        x_test=feature_matrix(points.x_test, spec.data.features),
        model=model_spec(spec),
    )


def run_key(spec: XorSpec, own: OwnSet | None = None) -> RunKey:
    data = own.fingerprint if uses_own(spec) and own is not None else ""
    return RunKey(reset_key(spec), spec.train, data)


def bounds(spec: XorSpec, own: OwnSet | None = None) -> tuple[float, float]:
    if uses_own(spec) and own is not None:
        return own_bounds(own)
    return plane_bounds(spec.data)


def is_truth_table(spec: XorSpec) -> bool:
    return not uses_own(spec) and spec.data.name == "xor_table"


def new_trainer(spec: XorSpec, run: XorRun) -> Trainer:
    data = TrainData(run.x_train, run.points.y_train, run.x_test, run.points.y_test)
    return make_trainer(run.model, spec.train, data)


def spec_trainer(spec: XorSpec) -> Trainer:
    """A trainer for a spec on a built-in set (a Compare panel pair's run)."""
    return new_trainer(spec, prepare(spec))


def probe(
    trainer: Trainer, spec: XorSpec, run: XorRun, plane_inputs: np.ndarray
) -> tuple[list[np.ndarray], np.ndarray | None]:
    """Every layer's outputs over the plane, and for the truth table the network's outputs
    for its four inputs: one probe call for both (under a class's load each call waits its
    turn for the probe kernel)."""
    table = is_truth_table(spec)
    inputs = np.concatenate([plane_inputs, run.x_train]) if table else plane_inputs
    outputs = trainer.layer_outputs(inputs)
    rows = len(plane_inputs)
    return [out[:rows] for out in outputs], outputs[-1][rows:] if table else None


def layer_sizes(spec: XorSpec) -> list[int]:
    return [len(spec.data.features), *spec.neurons, 1]
