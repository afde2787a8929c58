"""The temperature page's spec as a standalone Keras program (see `playground.codegen`), on the
textbook's months or on the user's own file (written into the code, always standardised)."""

from __future__ import annotations

from playground import codegen
from playground.lessons.temperature.data import MONTH_SCALE, TEMPERATURES
from playground.lessons.temperature.model import model_spec
from playground.lessons.temperature.spec import TemperatureSpec
from playground.own_data import OwnRegression

__all__ = ["model_spec", "program"]

POWERS = "x_train = np.stack([base**k for k in range(DEGREE + 1)], axis=1).astype(np.float32)"


def _textbook_code(spec: TemperatureSpec, lang: str) -> list[str]:
    temperatures = ", ".join(codegen.number_code(v) for v in TEMPERATURES)
    lines = [
        f"# {codegen.tr('temperature_table', lang)}",
        "months = np.arange(1, 13, dtype=np.float32)",
        f"temperatures = np.array([{temperatures}], dtype=np.float32)",
        "",
        f"DEGREE = {spec.degree}",
    ]
    if spec.scale_features:
        lines += [
            f"# {codegen.tr('temperature_scaled', lang)}",
            f"base = months.astype(np.float64) / {MONTH_SCALE!r}",
        ]
    else:
        lines.append("base = months.astype(np.float64)")
    return [*lines, f"# {codegen.tr('temperature_features', lang)}", POWERS]


def _own_code(spec: TemperatureSpec, own: OwnRegression, lang: str) -> list[str]:
    return [
        *codegen.own_table_code(own, lang),
        "",
        f"DEGREE = {spec.degree}",
        f"# {codegen.tr('standardize_all', lang)}",
        "x_mean, x_std = float(x.mean()), float(x.std())",
        "y_mean, y_std = float(y.mean()), float(y.std())",
        "base = (x.astype(np.float64) - x_mean) / x_std",
        f"# {codegen.tr('own_powers', lang)}",
        POWERS,
        "y_train = ((y - y_mean) / y_std).astype(np.float32)",
    ]


def _data_code(spec: TemperatureSpec, lang: str, own: OwnRegression | None) -> str:
    if own is None:
        return "\n".join([*_textbook_code(spec, lang), "y_train = temperatures[:, None]"])
    return "\n".join(_own_code(spec, own, lang))


def program(spec: TemperatureSpec, lang: str, own: OwnRegression | None = None) -> codegen.Program:
    """The program; with the CSV source it needs `own` (NotExportable without one, or when
    the file is too long to write into the code)."""
    own = codegen.exported_own(spec.source, own)
    model = model_spec(spec)
    label = codegen.tr("temperature_weights" if own is None else "own_weights", lang)
    extra = f'print("{label}:", model.get_weights()[0][:, 0])'
    steps = [
        codegen.settings_step(spec.train, lang),
        codegen.Step(codegen.tr("step.data", lang), _data_code(spec, lang, own)),
        *codegen.training_steps(model, spec.train, False, lang),
        codegen.results_step(model, False, lang, extra),
    ]
    title = codegen.translate("page.temperature", lang)
    return codegen.Program(title, codegen.intro(lang), tuple(steps))
