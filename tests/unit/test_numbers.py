"""Shown numbers are short and readable, and never a raw inf or nan."""

import math

import pytest

from playground.numbers import format_number


@pytest.mark.parametrize(
    "value, shown",
    [
        (0.0, "0"),
        (0.123456, "0.1235"),
        (1.5, "1.5"),
        (349.2049, "349.2"),
        (12345.678, "12,346"),
        (-0.000012345, "-1.234e-05"),
        (3.2e60, "3.200e+60"),
        (8000.0, "8,000"),
    ],
)
def test_numbers_are_short_and_readable(value, shown):
    assert format_number(value) == shown


@pytest.mark.parametrize("value", [math.inf, -math.inf, math.nan])
def test_non_finite_numbers_are_not_shown_raw(value):
    assert format_number(value) is None
