"""The XOR page's spec turned into data, a model and a trainer."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from playground.datasets import Points2D
from playground.engine import TrainData, Trainer
from playground.lessons.xor.data import feature_matrix, make_points
from playground.lessons.xor.spec import XorSpec
from playground.models import make_trainer
from playground.specs import LayerSpec, ModelSpec


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


def prepare(spec: XorSpec) -> XorRun:
    points = make_points(spec.data)
    return XorRun(
        points=points,
        x_train=feature_matrix(points.x_train, spec.data.features),
        x_test=feature_matrix(points.x_test, spec.data.features),
        model=model_spec(spec),
    )


def new_trainer(spec: XorSpec, run: XorRun) -> Trainer:
    data = TrainData(run.x_train, run.points.y_train, run.x_test, run.points.y_test)
    return make_trainer(run.model, spec.train, data)


def layer_sizes(spec: XorSpec) -> list[int]:
    return [len(spec.data.features), *spec.neurons, 1]
