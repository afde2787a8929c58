"""Numbers as the page shows them: readable, short, and never a raw inf or nan."""

from __future__ import annotations

import math

SIGNIFICANT = 4
SCIENTIFIC_ABOVE = 1e9
SCIENTIFIC_BELOW = 1e-4


def format_number(value: float, significant: int = SIGNIFICANT) -> str | None:
    """Thousands separators and at most `significant` significant digits (whole numbers keep
    all of theirs), scientific notation when very large or small; None when not finite (the
    page says "diverged" in words instead)."""
    value = float(value)
    if not math.isfinite(value):
        return None
    magnitude = abs(value)
    if magnitude == 0:
        return "0"
    if magnitude >= SCIENTIFIC_ABOVE or magnitude < SCIENTIFIC_BELOW:
        return f"{value:.{significant - 1}e}"
    decimals = max(0, significant - 1 - math.floor(math.log10(magnitude)))
    text = f"{value:,.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def nice_step(span: float, steps: int = 100) -> float:
    """A step of 1, 2 or 5 times a power of ten that cuts `span` into about `steps` pieces."""
    rough = span / steps if span > 0 else 1.0
    power = 10.0 ** math.floor(math.log10(rough))
    return min((k * power for k in (1, 2, 5, 10)), key=lambda step: abs(step - rough))
