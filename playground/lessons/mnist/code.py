"""The MNIST page's spec as a standalone Keras program (see `playground.codegen`)."""

from __future__ import annotations

from playground import codegen
from playground.lessons.mnist.model import model_spec
from playground.lessons.mnist.spec import MnistSpec

__all__ = ["model_spec", "program"]

LOADERS = {"mnist": "keras.datasets.mnist", "fashion": "keras.datasets.fashion_mnist"}


def _data_code(spec: MnistSpec, lang: str) -> str:
    name = spec.data.name
    file = f"{name}_subset.npz"
    note = "full_note" if spec.data.full else "subset_note"
    lines = [
        codegen.comment(codegen.tr(note, lang, file=file)),
        f'SUBSET_FILES = [Path("{file}"), Path("playground/data/{file}")]',
        "",
        "",
        "def load_subset():",
        "    for path in SUBSET_FILES:",
        "        if path.exists():",
        "            with np.load(path) as d:",
        '                return (d["x_train"], d["y_train"]), (d["x_test"], d["y_test"])',
        "    return None",
        "",
        "",
    ]
    if spec.data.full:
        lines += [
            "try:",
            f"    (x_train, y_train), (x_test, y_test) = {LOADERS[name]}.load_data()",
            "except Exception:  # " + codegen.tr("no_network", lang),
            "    (x_train, y_train), (x_test, y_test) = load_subset()",
        ]
    else:
        lines += [
            "subset = load_subset()",
            "if subset is not None:",
            "    (x_train, y_train), (x_test, y_test) = subset",
            "else:",
            f"    (x_train, y_train), (x_test, y_test) = {LOADERS[name]}.load_data()",
        ]
    lines += [
        "",
        f"# {codegen.tr('images', lang)}",
        "x_train = x_train.reshape(-1, 28, 28, 1).astype(np.float32)",
        "x_test = x_test.reshape(-1, 28, 28, 1).astype(np.float32)",
        "y_train, y_test = y_train.reshape(-1), y_test.reshape(-1)",
        'print("x_train:", x_train.shape, "x_test:", x_test.shape)',
    ]
    return "\n".join(lines)


def program(spec: MnistSpec, lang: str) -> codegen.Program:
    model = model_spec(spec)
    steps = [
        codegen.settings_step(spec.train, lang, "from pathlib import Path"),
        codegen.Step(codegen.tr("step.data", lang), _data_code(spec, lang)),
        *codegen.training_steps(model, spec.train, True, lang),
        codegen.results_step(model, True, lang),
    ]
    title = codegen.translate("page.mnist", lang)
    return codegen.Program(title, codegen.intro(lang), tuple(steps))
