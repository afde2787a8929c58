"""The temperature page's spec as a standalone Keras program (see `playground.codegen`)."""

from __future__ import annotations

from playground import codegen
from playground.lessons.temperature.data import MONTH_SCALE, TEMPERATURES
from playground.lessons.temperature.model import model_spec
from playground.lessons.temperature.spec import TemperatureSpec

__all__ = ["model_spec", "program"]


def _data_code(spec: TemperatureSpec, lang: str) -> str:
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
    lines += [
        f"# {codegen.tr('temperature_features', lang)}",
        "x_train = np.stack([base**k for k in range(DEGREE + 1)], axis=1).astype(np.float32)",
        "y_train = temperatures[:, None]",
    ]
    return "\n".join(lines)


def program(spec: TemperatureSpec, lang: str) -> codegen.Program:
    model = model_spec(spec)
    label = codegen.tr("temperature_weights", lang)
    extra = f'print("{label}:", model.get_weights()[0][:, 0])'
    steps = [
        codegen.settings_step(spec.train, lang),
        codegen.Step(codegen.tr("step.data", lang), _data_code(spec, lang)),
        *codegen.training_steps(model, spec.train, False, lang),
        codegen.results_step(model, False, lang, extra),
    ]
    title = codegen.translate("page.temperature", lang)
    return codegen.Program(title, codegen.intro(lang), tuple(steps))
