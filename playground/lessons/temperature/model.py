"""The temperature page's spec turned into a model and a trainer."""

from __future__ import annotations

import numpy as np

from playground.engine import TrainData, Trainer
from playground.lessons.temperature.data import (
    MONTHS,
    TEMPERATURES,
    coefficients_in_months,
    polynomial_features,
)
from playground.lessons.temperature.spec import TemperatureSpec
from playground.models import make_trainer
from playground.specs import ModelSpec


def model_spec(spec: TemperatureSpec) -> ModelSpec:
    return ModelSpec(
        input_shape=(spec.degree + 1,),
        layers=(),
        output_activation="linear",
        loss="sse",
        output_bias=False,  # the month**0 column is the intercept
    )


def new_trainer(spec: TemperatureSpec) -> Trainer:
    x = polynomial_features(MONTHS, spec.degree, spec.scale_features)
    data = TrainData(x, TEMPERATURES[:, None])
    return make_trainer(model_spec(spec), spec.train, data, record_weights=True)


def learned_coefficients(trainer: Trainer, spec: TemperatureSpec) -> np.ndarray:
    """The model's weights as coefficients of month**k."""
    return coefficients_in_months(trainer.weights[0], spec.scale_features)
