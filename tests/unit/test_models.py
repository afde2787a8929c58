"""The model builder."""

import pytest

from playground.models import build_model, metric_for
from playground.specs import LayerSpec, ModelSpec


def test_model_builder_matches_the_spec():
    spec = ModelSpec(
        input_shape=(4,),
        layers=(LayerSpec(units=32), LayerSpec(units=32), LayerSpec(units=32)),
        output_units=3,
        output_activation="softmax",
        loss="categorical_crossentropy",
    )
    model = build_model(spec, "adam", 0.001)
    assert model.count_params() == 160 + 1056 + 1056 + 99  # the textbook's Iris network
    assert metric_for(spec) == "categorical_accuracy"
    assert model.optimizer.learning_rate.numpy() == pytest.approx(0.001)
