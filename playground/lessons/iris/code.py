"""The Iris page's spec as a standalone Keras program (see `playground.codegen`)."""

from __future__ import annotations

from playground import codegen
from playground.lessons.iris.model import model_spec
from playground.lessons.iris.spec import FEATURES, IrisSpec

__all__ = ["model_spec", "program"]


def _data_code(spec: IrisSpec, lang: str) -> str:
    lines = [
        "iris = load_iris()",
        "x = iris.data.astype(np.float32)",
        f"y = np.eye(3, dtype=np.float32)[iris.target]  # {codegen.tr('onehot', lang)}",
        "x_train, x_test, y_train, y_test = train_test_split(x, y, test_size=0.2, random_state=13)",
    ]
    if spec.data.features != FEATURES:
        columns = [FEATURES.index(name) for name in spec.data.features]
        lines += [
            "",
            f"COLUMNS = {columns}  # {', '.join(spec.data.features)}",
            "x_train, x_test = x_train[:, COLUMNS], x_test[:, COLUMNS]",
        ]
    if spec.data.standardize:
        lines += [
            "",
            f"# {codegen.tr('standardize', lang)}",
            "mean, std = x_train.mean(axis=0), x_train.std(axis=0)",
            "x_train = ((x_train - mean) / std).astype(np.float32)",
            "x_test = ((x_test - mean) / std).astype(np.float32)",
        ]
    return "\n".join(lines)


def program(spec: IrisSpec, lang: str) -> codegen.Program:
    model = model_spec(spec)
    imports = (
        "from sklearn.datasets import load_iris\n"
        "from sklearn.model_selection import train_test_split"
    )
    steps = [
        codegen.settings_step(spec.train, lang, imports),
        codegen.Step(codegen.tr("step.data", lang), _data_code(spec, lang)),
        *codegen.training_steps(model, spec.train, True, lang),
        codegen.results_step(model, True, lang),
    ]
    title = codegen.translate("page.iris", lang)
    return codegen.Program(title, codegen.intro(lang, "scikit-learn"), tuple(steps))
