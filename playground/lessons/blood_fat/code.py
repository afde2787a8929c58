"""The blood-fat page's spec as a standalone Keras program (see `playground.codegen`), on the
textbook's table or on the user's own file (written into the code, always standardised)."""

from __future__ import annotations

import numpy as np

from playground import codegen
from playground.datasets import load_blood_fat
from playground.lessons.blood_fat.model import model_spec
from playground.lessons.blood_fat.spec import QUERY, BloodFatSpec
from playground.own_data import OwnRegression

__all__ = ["model_spec", "program"]


def _data_code(spec: BloodFatSpec, lang: str, own: OwnRegression | None) -> str:
    if own is None:
        lines = codegen.table_code(codegen.tr("blood_fat_table", lang), *load_blood_fat())
    else:
        lines = codegen.own_table_code(own, lang)
    if spec.standardize or own is not None:
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


def _question(spec: BloodFatSpec, lang: str, own: OwnRegression | None) -> str:
    if own is None:
        weight, age = QUERY
        label = codegen.tr("blood_fat_question", lang, weight=f"{weight:g}", age=f"{age:g}")
    else:  # the file's middle row, as the page's query box starts
        weight, age = (float(v) for v in np.median(own.x, axis=0))
        where = ", ".join(f"{name} = {v:g}" for name, v in zip(own.features, (weight, age)))
        label = codegen.tr("own_question", lang, where=where)
    query = f"np.array([[{weight!r}, {age!r}]], dtype=np.float32)"
    if spec.standardize or own is not None:
        return "\n".join(
            [
                f"query = ({query} - x_mean) / x_std",
                "answer = model.predict(query, verbose=0)[0, 0] * y_std + y_mean",
                f'print("{label}:", answer)',
            ]
        )
    return f'print("{label}:", model.predict({query}, verbose=0)[0, 0])'


def program(spec: BloodFatSpec, lang: str, own: OwnRegression | None = None) -> codegen.Program:
    """The program; with the CSV source it needs `own` (NotExportable without one, or when
    the file is too long to write into the code)."""
    own = codegen.exported_own(spec.source, own)
    model = model_spec(spec)
    steps = [
        codegen.settings_step(spec.train, lang),
        codegen.Step(codegen.tr("step.data", lang), _data_code(spec, lang, own)),
        *codegen.training_steps(model, spec.train, False, lang),
        codegen.results_step(model, False, lang, _question(spec, lang, own)),
    ]
    title = codegen.translate("page.blood_fat", lang)
    return codegen.Program(title, codegen.intro(lang), tuple(steps))
