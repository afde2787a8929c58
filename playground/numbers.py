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
