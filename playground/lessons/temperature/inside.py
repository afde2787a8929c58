"""Your own data and looking inside a temperature run: what the page takes from a CSV (one
input column and a target), and a diagnosis's fix turned into the page's settings."""

from __future__ import annotations

import dataclasses

from playground.diagnosis import Fix, apply_fix, snapped_train
from playground.lessons.temperature.model import model_spec, uses_own
from playground.lessons.temperature.spec import TemperatureSpec
from playground.own_data import regression_task

CSV_TASK = regression_task(1)


def fixed_spec(spec: TemperatureSpec, fix: Fix) -> TemperatureSpec | None:
    """The page's settings with `fix` applied, or None if the page has no such setting (a
    polynomial has no hidden layers or regularizer; a file's input is already standardised)."""
    if fix.activation or fix.hidden_layers is not None or fix.regularization is not None:
        return None
    if fix.scale_inputs:
        if spec.scale_features or uses_own(spec):
            return None
        return dataclasses.replace(spec, scale_features=True)
    _, train = apply_fix(model_spec(spec), spec.train, fix)
    return dataclasses.replace(spec, train=snapped_train(TemperatureSpec, train, spec.train))
