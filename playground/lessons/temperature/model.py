"""The temperature page's spec turned into a model and a trainer, on the textbook's months or
the user's own column pair (a `Series`)."""

from __future__ import annotations

import numpy as np

from playground.engine import TrainData, Trainer
from playground.lessons.temperature.series import Series, own_series, textbook_series
from playground.lessons.temperature.spec import TemperatureSpec
from playground.models import make_trainer
from playground.own_data import OwnRegression, RunKey
from playground.specs import ModelSpec, reset_key


def model_spec(spec: TemperatureSpec) -> ModelSpec:
    return ModelSpec(
        input_shape=(spec.degree + 1,),
        layers=(),
        output_activation="linear",
        loss="sse",
        output_bias=False,  # the x**0 column is the intercept
    )


def uses_own(spec: TemperatureSpec) -> bool:
    return spec.source == "csv"


def series_for(spec: TemperatureSpec, own: OwnRegression | None = None) -> Series:
    """The points of a run: the user's file with the CSV source, the textbook's otherwise."""
    if uses_own(spec):
        if own is None:
            raise ValueError("the CSV source needs its data")
        return own_series(own)
    return textbook_series(spec.scale_features)


def run_key(spec: TemperatureSpec, series: Series) -> RunKey:
    return RunKey(reset_key(spec), spec.train, series.fingerprint)


def new_trainer(spec: TemperatureSpec, series: Series | None = None) -> Trainer:
    series = series or series_for(spec)
    data = TrainData(series.features(spec.degree), series.targets())
    return make_trainer(model_spec(spec), spec.train, data, record_weights=True)


def learned_coefficients(trainer: Trainer, series: Series) -> np.ndarray:
    """The model's weights as coefficients of x**k (x = month, or the file's input)."""
    return series.coefficients(trainer.weights[0])
