"""The XOR / 2D classification playground: its spec turned into data, a model and a trainer."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from playground.datasets import Points2D, feature_matrix, make_points
from playground.specs import DatasetSpec, LayerSpec, ModelSpec, TrainSpec, XorPageSpec

# The seed's XOR experiment: 2-2-1 sigmoid, SGD 0.1, MSE, 5,000 epochs of batch 1.
TEXTBOOK = XorPageSpec(
    data=DatasetSpec(name="xor_table", features=("x1", "x2")),
    hidden_layers=1,
    neurons=(2,),
    activation="sigmoid",
    loss="mse",
    train=TrainSpec(optimizer="sgd", learning_rate=0.1, batch_size=1, epochs=5000),
)
TEXTBOOK_OUTPUTS = (0.07, 0.92, 0.92, 0.06)  # model.predict on (0,0), (0,1), (1,0), (1,1)


def model_spec(page: XorPageSpec) -> ModelSpec:
    layers = tuple(
        LayerSpec(kind="dense", units=units, activation=page.activation)
        for units in page.neurons[: page.hidden_layers]
    )
    return ModelSpec(
        input_shape=(len(page.data.features),),
        layers=layers,
        output_units=1,
        output_activation="sigmoid",
        loss=page.loss,
        regularizer=page.regularizer,
        regularization_rate=page.regularization_rate,
    )


@dataclass(frozen=True)
class Playground2D:
    """Everything a run of the page is built from; equal specs give equal runs."""

    points: Points2D
    x_train: np.ndarray
    x_test: np.ndarray
    model: ModelSpec


def prepare(page: XorPageSpec) -> Playground2D:
    points = make_points(page.data)
    return Playground2D(
        points=points,
        x_train=feature_matrix(points.x_train, page.data.features),
        x_test=feature_matrix(points.x_test, page.data.features),
        model=model_spec(page),
    )


def make_trainer(page: XorPageSpec, run: Playground2D):
    from playground.engine import TrainData
    from playground.models import make_trainer

    data = TrainData(run.x_train, run.points.y_train, run.x_test, run.points.y_test)
    return make_trainer(run.model, page.train, data)


def layer_sizes(page: XorPageSpec) -> list[int]:
    return [len(page.data.features), *page.neurons[: page.hidden_layers], 1]
