"""Your own data and looking inside a blood-fat run: what the page takes from a CSV (two input
columns and a target), and a diagnosis's fix turned into the page's settings."""

from __future__ import annotations

import dataclasses

from playground.diagnosis import Fix, apply_fix, snapped_train
from playground.lessons.blood_fat.model import model_spec, uses_own
from playground.lessons.blood_fat.spec import BloodFatSpec
from playground.own_data import regression_task

CSV_TASK = regression_task(2)


def fixed_spec(spec: BloodFatSpec, fix: Fix) -> BloodFatSpec | None:
    """The page's settings with `fix` applied, or None if the page has no such setting (no
    regularizer; own data and standardised inputs are already scaled)."""
    if fix.regularization is not None or fix.hidden_layers is not None:
        return None
    if fix.scale_inputs:
        if spec.standardize or uses_own(spec):
            return None
        return dataclasses.replace(spec, standardize=True)
    if fix.activation and not spec.hidden_layers:
        return None  # a plane has no hidden activation to change
    _, train = apply_fix(model_spec(spec), spec.train, fix)
    return dataclasses.replace(
        spec,
        activation=fix.activation or spec.activation,
        train=snapped_train(BloodFatSpec, train, spec.train),
    )
