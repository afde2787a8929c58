"""The blood-fat page's spec as a standalone Keras program (see `playground.codegen`)."""

from __future__ import annotations

from playground import codegen
from playground.datasets import load_blood_fat
from playground.lessons.blood_fat.model import model_spec
from playground.lessons.blood_fat.spec import QUERY, BloodFatSpec

__all__ = ["model_spec", "program"]


def _data_code(spec: BloodFatSpec, lang: str) -> str:
    x, y = load_blood_fat()
    lines = [
        f"# {codegen.tr('blood_fat_table', lang)}",
        "x = np.array(",
        "    [",
        codegen.array_code(x, indent=8, per_line=5),
        "    ],",
        "    dtype=np.float32,",
        ")",
        "y = np.array(",
        "    [",
        codegen.array_code(y, indent=8, per_line=5),
        "    ],",
        "    dtype=np.float32,",
        ")",
    ]
    if spec.standardize:
        lines += [
            "",
            f"# {codegen.tr('standardize_all', lang)}",
            "x_mean, x_std = x.mean(axis=0), x.std(axis=0)",
            "y_mean, y_std = float(y.mean()), float(y.std())",
            "x_train = ((x - x_mean) / x_std).astype(np.float32)",
            "y_train = ((y - y_mean) / y_std).astype(np.float32)",
        ]
    else:
        lines.append("x_train, y_train = x, y")
    return "\n".join(lines)


def _question(spec: BloodFatSpec, lang: str) -> str:
    weight, age = QUERY
    label = codegen.tr("blood_fat_question", lang, weight=f"{weight:g}", age=f"{age:g}")
    query = f"np.array([[{weight!r}, {age!r}]], dtype=np.float32)"
    if spec.standardize:
        return "\n".join(
            [
                f"query = ({query} - x_mean) / x_std",
                "answer = model.predict(query, verbose=0)[0, 0] * y_std + y_mean",
                f'print("{label}:", answer)',
            ]
        )
    return f'print("{label}:", model.predict({query}, verbose=0)[0, 0])'


def program(spec: BloodFatSpec, lang: str) -> codegen.Program:
    model = model_spec(spec)
    steps = [
        codegen.settings_step(spec.train, lang),
        codegen.Step(codegen.tr("step.data", lang), _data_code(spec, lang)),
        *codegen.training_steps(model, spec.train, False, lang),
        codegen.results_step(model, False, lang, _question(spec, lang)),
    ]
    title = codegen.translate("page.blood_fat", lang)
    return codegen.Program(title, codegen.intro(lang), tuple(steps))
