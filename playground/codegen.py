"""A page's spec as a standalone Keras program: a `.py` script and a Jupyter notebook.

Each training lesson's `code.py` gives `program(spec, lang)`: the steps (settings, data,
model, compile, fit, results), each a titled piece of plain Keras code as the textbooks write
it (`keras.Sequential([...])`, `model.compile(...)`, `model.fit(...)`), commented in the
page's language. This module holds what the lessons share: the model, compile, fit and
results steps, the script and the notebook (one code cell per step), and the files the export
panel offers besides the code (the trained model as `.keras`, the history as CSV).

The program reproduces the page's numbers, not just its setup:

* initial weights: the engine re-seeds each layer's own initializer from the spec's seed
  (`engine.kernel.Kernel.initial_weights`); the program passes the same derived seeds to the
  same initializers (`kernel_initializer=keras.initializers.GlorotUniform(seed=...)`), and a
  dropout layer gets the seed its random state starts from;
* batches: without shuffling, `model.fit(x, y, shuffle=False)` sees the engine's batches; with
  shuffling, the engine draws each epoch's order from (seed, epoch) with a stateless random
  generator, so the program feeds `fit` a `tf.data` pipeline that draws the same order.
"""

from __future__ import annotations

import csv
import importlib
import io
import math
import os
import tempfile
from dataclasses import dataclass
from typing import Any

import nbformat
import numpy as np

from playground.engine import History
from playground.engine.kernel import _derived_seed
from playground.i18n import translate
from playground.models import build_model, metric_for
from playground.specs import ModelSpec, TrainSpec

TRAINING_LESSONS = ("xor", "iris", "mnist", "blood_fat", "temperature")
VERBOSE_MAX_EPOCHS = 100  # longer runs train quietly (one line per epoch would flood the output)
MAX_DATA_ROWS = 2000  # a user's file is written into the code up to this many rows (~50 KB)


class NotExportable(Exception):
    """The page's data cannot be written into a program: `key` is the TEXTS key saying why
    in plain words, `fields` fill it."""

    def __init__(self, key: str, **fields: object) -> None:
        super().__init__(key, fields)
        self.key = key
        self.fields = fields


@dataclass(frozen=True)
class Step:
    """One step of the program: a title (a comment in the script, a heading in the notebook)
    and its code."""

    title: str
    code: str


@dataclass(frozen=True)
class Program:
    title: str  # the page's title
    intro: str  # what the program does, a few lines
    steps: tuple[Step, ...]


def lesson_code(page: str):
    """The `code` module of a training lesson (`program`, `model_spec`), or None."""
    if page not in TRAINING_LESSONS:
        return None
    return importlib.import_module(f"playground.lessons.{page}.code")


def program_for(page: str, spec, lang: str, own=None) -> Program | None:
    """The page's program; `own` is the user's data set in use (None: the page's own data).
    Raises NotExportable when the program cannot carry the data the page trains on."""
    module = lesson_code(page)
    if module is None:
        return None
    return module.program(spec, lang) if own is None else module.program(spec, lang, own)


def check_own_rows(rows: int) -> None:
    """A user's file goes into the code only while the code stays readable."""
    if rows > MAX_DATA_ROWS:
        raise NotExportable("data.export.too_many_rows", rows=rows, limit=MAX_DATA_ROWS)


def exported_own(source: str, own: Any) -> Any:  # own: an own_data.OwnRegression
    """The user's data a program is written for: None for a shipped data source; with the CSV
    source, `own` (NotExportable without a file, or with one too long for the code)."""
    if source != "csv":
        return None
    if own is None:
        raise NotExportable("data.export.no_file")
    check_own_rows(own.size)
    return own


def table_code(comment: str, x: np.ndarray, y: np.ndarray) -> list[str]:
    """Data as `x` and `y` float32 literals under a comment."""
    lines = [f"# {comment}"]
    for name, values in (("x", x), ("y", y)):
        lines += [f"{name} = np.array(", "    [", array_code(values, indent=8, per_line=5)]
        lines += ["    ],", "    dtype=np.float32,", ")"]
    return lines


def own_table_code(own, lang: str) -> list[str]:
    """A user's file (an `own_data.OwnRegression`) as `x` and `y`, with a comment naming them."""
    inputs = ", ".join(own.features)
    comment = tr("own_table", lang, inputs=inputs, target=own.target)
    x = own.x if own.x.shape[1] > 1 else own.x[:, 0]
    return table_code(comment, x, own.y)


# -- the program as files ----------------------------------------------------------------------
def comment(text: str) -> str:
    return "\n".join(f"# {line}".rstrip() for line in text.splitlines())


def script(program: Program) -> str:
    """The program as one runnable Python file."""
    parts = [comment(f"{program.title}\n\n{program.intro}")]
    for number, step in enumerate(program.steps, 1):
        rule = f"# {'-' * 4} {number}. {step.title} {'-' * max(4, 70 - len(step.title))}"
        parts.append(f"{rule}\n{step.code.strip()}")
    return "\n\n\n".join(parts) + "\n"


def notebook(program: Program) -> nbformat.NotebookNode:
    """The program as a notebook: a heading cell, then a title and a code cell per step."""
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nb.metadata["language_info"] = {"name": "python"}
    cells = [nbformat.v4.new_markdown_cell(f"# {program.title}\n\n{program.intro}")]
    for number, step in enumerate(program.steps, 1):
        cells.append(nbformat.v4.new_markdown_cell(f"## {number}. {step.title}"))
        cells.append(nbformat.v4.new_code_cell(step.code.strip()))
    nb.cells = cells
    return nb


def notebook_text(program: Program) -> str:
    return nbformat.writes(notebook(program))


# -- shared steps ------------------------------------------------------------------------------
def tr(key: str, lang: str, **values: object) -> str:
    return translate(f"export.code.{key}", lang, **values)


def intro(lang: str, *packages: str) -> str:
    """The program's opening comment; `packages` beyond TensorFlow and NumPy it imports."""
    return tr("intro", lang, packages=" ".join(("tensorflow", "numpy", *packages)))


def settings_step(train: TrainSpec, lang: str, extra_imports: str = "") -> Step:
    """Imports and the training settings as constants."""
    lines = [
        "import math",
        "",
        "import keras",
        "import numpy as np",
        "import tensorflow as tf",
    ]
    if extra_imports:
        lines += extra_imports.strip().splitlines()
    all_rows = tr("batch_all", lang)
    lines += [
        "",
        f"SEED = {train.seed}  # {tr('seed', lang)}",
        f"EPOCHS = {train.epochs}",
        f"BATCH_SIZE = {train.batch_size}" + ("" if train.batch_size else f"  # {all_rows}"),
        f"LEARNING_RATE = {train.learning_rate!r}",
    ]
    return Step(tr("step.settings", lang), "\n".join(lines))


def layer_seeds(model: ModelSpec, seed: int) -> list[dict[str, int]]:
    """Per hidden and output layer (in order), the seeds the engine gives its initializers
    and random state: {"kernel": ...} for dense and conv layers, {"dropout": ...} for dropout.
    Mirrors `Kernel.initial_weights`: model.layers counts the Rescaling layer too, and a
    variable's index is its place among its layer's variables (kernel 0, bias 1)."""
    offset = 1 if model.input_scale != 1.0 else 0
    seeds = []
    for index, layer in enumerate((*model.layers, None)):
        layer_index = offset + index
        kind = "dense" if layer is None else layer.kind
        if kind in ("dense", "conv2d"):
            seeds.append({"kernel": _derived_seed(seed, layer_index, 0)})
        elif kind == "dropout":
            seeds.append({"dropout": _derived_seed(seed, layer_index, 0)})
        else:
            seeds.append({})
    return seeds


def _regularizer_code(model: ModelSpec) -> str | None:
    if model.regularizer in ("l1", "l2") and model.regularization_rate > 0:
        return f"keras.regularizers.{model.regularizer.upper()}({model.regularization_rate!r})"
    return None


def _layer_code(kind: str, args: list[str], comment: str = "") -> str:
    """A layer in the Sequential list (8 spaces in), one argument a line when long."""
    tail = f"  # {comment}" if comment else ""
    line = f"        keras.layers.{kind}({', '.join(args)}),"
    if len(line) <= 88 or not args:
        return line + tail
    inner = "".join(f"            {arg},\n" for arg in args)
    return f"        keras.layers.{kind}({tail}\n{inner}        ),"


def model_step(model: ModelSpec, seed: int, lang: str) -> Step:
    """`keras.Sequential([...])` for the spec, as `models.build_model` builds it."""
    regularizer = _regularizer_code(model)
    seeds = layer_seeds(model, seed)
    shape = ", ".join(str(n) for n in model.input_shape) + (
        "," if len(model.input_shape) == 1 else ""
    )
    lines = [f"# {tr('same_start', lang)}", "model = keras.Sequential(", "    ["]
    lines.append(f"        keras.Input(shape=({shape})),")
    if model.input_scale != 1.0:
        scale = "1 / 255" if math.isclose(model.input_scale, 1 / 255) else repr(model.input_scale)
        lines.append(_layer_code("Rescaling", [scale], tr("rescale", lang)))

    def weighted(kind: str, first: list, activation: str, seeds: dict, extra=(), note="") -> str:
        args = [*first, f'activation="{activation}"', *extra]
        initializer = f"keras.initializers.GlorotUniform(seed={seeds['kernel']})"
        args.append(f"kernel_initializer={initializer}")
        if regularizer:
            args.append(f"kernel_regularizer={regularizer}")
        return _layer_code(kind, args, note)

    for layer, layer_seed in zip(model.layers, seeds):
        if layer.kind == "dense":
            code = weighted("Dense", [str(layer.units)], layer.activation, layer_seed)
        elif layer.kind == "conv2d":
            code = weighted(
                "Conv2D", [str(layer.units), str(layer.kernel_size)], layer.activation, layer_seed
            )
        elif layer.kind == "maxpool2d":
            code = _layer_code("MaxPooling2D", ["2"])
        elif layer.kind == "dropout":
            code = _layer_code("Dropout", [repr(layer.rate), f"seed={layer_seed['dropout']}"])
        elif layer.kind == "flatten":
            code = _layer_code("Flatten", [])
        else:
            raise ValueError(f"unknown layer kind {layer.kind!r}")
        lines.append(code)
    extra = () if model.output_bias else ("use_bias=False",)
    note = tr("output_layer", lang)
    units = [str(model.output_units)]
    lines.append(weighted("Dense", units, model.output_activation, seeds[-1], extra, note))
    lines += ["    ]", ")", "model.summary()"]
    return Step(tr("step.model", lang), "\n".join(lines))


OPTIMIZER_CODE = {
    "sgd": "keras.optimizers.SGD(learning_rate=LEARNING_RATE)",
    "momentum": "keras.optimizers.SGD(learning_rate=LEARNING_RATE, momentum=0.9)",
    "nesterov": "keras.optimizers.SGD(learning_rate=LEARNING_RATE, momentum=0.9, nesterov=True)",
    "adagrad": "keras.optimizers.Adagrad(learning_rate=LEARNING_RATE)",
    "rmsprop": "keras.optimizers.RMSprop(learning_rate=LEARNING_RATE)",
    "adam": "keras.optimizers.Adam(learning_rate=LEARNING_RATE)",
}
LOSS_CODE = {
    "mse": '"mse"',
    "sse": 'keras.losses.MeanSquaredError(reduction="sum")',
    "binary_crossentropy": '"binary_crossentropy"',
    "categorical_crossentropy": '"categorical_crossentropy"',
    "sparse_categorical_crossentropy": '"sparse_categorical_crossentropy"',
}


def compile_step(model: ModelSpec, train: TrainSpec, lang: str) -> Step:
    lines = []
    if model.loss == "sse":
        lines.append(f"# {tr('sse', lang)}")
    lines += [
        "model.compile(",
        f"    optimizer={OPTIMIZER_CODE[train.optimizer]},",
        f"    loss={LOSS_CODE[model.loss]},",
    ]
    if metric_for(model) is not None:
        lines.append('    metrics=["accuracy"],')
    lines.append(")")
    return Step(tr("step.compile", lang), "\n".join(lines))


def fit_step(train: TrainSpec, has_test: bool, lang: str) -> Step:
    """`model.fit` with the page's batches: in order, or shuffled in the engine's order."""
    verbose = 2 if train.epochs <= VERBOSE_MAX_EPOCHS else 0
    validation = "    validation_data=(x_test, y_test),\n" if has_test else ""
    lines = []
    if not train.batch_size:
        lines += [f"BATCH_SIZE = len(x_train)  # {tr('batch_all', lang)}", ""]
    if not train.shuffle:
        lines += [
            "history = model.fit(",
            "    x_train,",
            "    y_train,",
            "    epochs=EPOCHS,",
            "    batch_size=BATCH_SIZE,",
            "    shuffle=False,",
            validation + f"    verbose={verbose},",
            ")",
        ]
        return Step(tr("step.fit", lang), "\n".join(line for line in lines if line))
    lines += [
        comment(tr("shuffle", lang)),
        "",
        "",
        "def one_epoch(epoch):",
        "    keys = tf.random.stateless_uniform(",
        "        [len(x_train)], tf.stack([tf.constant(SEED, tf.int64), epoch]),",
        '        minval=None, maxval=None, dtype=tf.int64, alg="philox",',
        "    )",
        "    order = tf.argsort(keys, stable=True)",
        "    pairs = (tf.gather(x_train, order), tf.gather(y_train, order))",
        "    return tf.data.Dataset.from_tensor_slices(pairs).batch(BATCH_SIZE)",
        "",
        "",
        "batches = tf.data.Dataset.range(EPOCHS).flat_map(one_epoch)",
        "history = model.fit(",
        "    batches,",
        "    epochs=EPOCHS,",
        "    steps_per_epoch=math.ceil(len(x_train) / BATCH_SIZE),",
        validation + f"    verbose={verbose},",
        ")",
        f"# {tr('textbook_fit', lang)}",
        "# history = model.fit(x_train, y_train, epochs=EPOCHS, batch_size=BATCH_SIZE)",
    ]
    return Step(tr("step.fit", lang), "\n".join(lines).replace("\n\n\n\n", "\n\n\n"))


def results_step(model: ModelSpec, has_test: bool, lang: str, extra: str = "") -> Step:
    """What the page shows: the last epoch's loss and accuracy, and the test set's."""
    lines = [f'print("{tr("final_loss", lang)}:", history.history["loss"][-1])']
    if metric_for(model) is not None:
        lines.append(f'print("{tr("accuracy", lang)}:", history.history["accuracy"][-1])')
    if has_test:
        if metric_for(model) is not None:
            lines += [
                "test_loss, test_accuracy = model.evaluate(x_test, y_test, verbose=0)",
                f'print("{tr("test_loss", lang)}:", test_loss)',
                f'print("{tr("test_accuracy", lang)}:", test_accuracy)',
            ]
        else:
            lines += [
                "test_loss = model.evaluate(x_test, y_test, verbose=0)",
                f'print("{tr("test_loss", lang)}:", test_loss)',
            ]
    if extra:
        lines += ["", extra.strip()]
    return Step(tr("step.results", lang), "\n".join(lines))


def training_steps(model: ModelSpec, train: TrainSpec, has_test: bool, lang: str) -> list[Step]:
    """Model, compile and fit: the same three steps on every page."""
    return [
        model_step(model, train.seed, lang),
        compile_step(model, train, lang),
        fit_step(train, has_test, lang),
    ]


def array_code(values: np.ndarray, indent: int = 4, per_line: int = 1) -> str:
    """A NumPy array's rows as Python literals, `per_line` rows a line (values as printed
    by `repr` of float, so float32 data round-trips)."""
    rows = [
        "[" + ", ".join(number_code(v) for v in np.atleast_1d(row)) + "]"
        if np.ndim(row)
        else number_code(row)
        for row in values
    ]
    pad = " " * indent
    lines = [", ".join(rows[i : i + per_line]) + "," for i in range(0, len(rows), per_line)]
    return "\n".join(pad + line for line in lines)


def number_code(value) -> str:
    """The shortest text that reads back as the same float32 (5.2, not 5.199999809265137)."""
    value = float(value)
    if value.is_integer():
        return str(int(value))
    return np.format_float_positional(np.float32(value), unique=True, trim="-")


# -- the other downloads -----------------------------------------------------------------------
def keras_model_bytes(
    model: ModelSpec,
    train: TrainSpec,
    weights: list[np.ndarray],
    optimizer_state: list[np.ndarray] | None = None,
) -> bytes:
    """The model as a `.keras` file, holding `weights` (and the optimizer's state, so it can
    train on). Written to a temporary file that is deleted before returning."""
    keras_model = build_model(model, train.optimizer, train.learning_rate)
    for var, value in zip(keras_model.variables, weights):
        var.assign(value)
    if optimizer_state is not None:
        for var, value in zip(keras_model.optimizer.variables, optimizer_state):
            var.assign(value)
    handle, path = tempfile.mkstemp(suffix=".keras")
    os.close(handle)
    try:
        keras_model.save(path)
        with open(path, "rb") as file:
            return file.read()
    finally:
        os.remove(path)


def history_csv(history: History, has_metric: bool) -> str:
    """One row per finished epoch: epoch, loss[, accuracy][, test loss[, test accuracy]]."""
    has_test = len(history.val_loss) > 0 and not np.all(np.isnan(history.val_loss))
    columns = [("loss", history.loss)]
    if has_metric:
        columns.append(("accuracy", history.metric))
    if has_test:
        columns.append(("test_loss", history.val_loss))
        if has_metric:
            columns.append(("test_accuracy", history.val_metric))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["epoch", *(name for name, _ in columns)])
    for epoch in range(len(history.loss)):
        writer.writerow([epoch + 1, *(repr(float(values[epoch])) for _, values in columns)])
    return out.getvalue()
