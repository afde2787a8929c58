"""The Iris page's spec turned into a softmax network and a trainer."""

from __future__ import annotations

from playground.engine import TrainData, Trainer
from playground.lessons.iris.data import IrisData, input_map
from playground.lessons.iris.spec import CLASSES, IrisSpec
from playground.models import make_trainer
from playground.specs import LayerSpec, ModelSpec, layer_table


def model_spec(spec: IrisSpec) -> ModelSpec:
    layers: list[LayerSpec] = []
    for units in spec.hidden:
        layers.append(LayerSpec(units=units, activation=spec.activation))
        if spec.dropout > 0:
            layers.append(LayerSpec(kind="dropout", rate=spec.dropout))
    return ModelSpec(
        input_shape=(len(spec.data.features),),
        layers=tuple(layers),
        output_units=len(CLASSES),
        output_activation="softmax",
        loss="categorical_crossentropy",
    )


def new_trainer(spec: IrisSpec, data: IrisData) -> Trainer:
    inputs = input_map(spec.data, data)
    train_data = TrainData(inputs(data.x_train), data.y_train, inputs(data.x_test), data.y_test)
    return make_trainer(model_spec(spec), spec.train, train_data)


def parameter_count(spec: IrisSpec) -> int:
    return sum(params for *_, params in layer_table(model_spec(spec)))
