"""The user's own CSV, read and checked in memory, turned into points a lesson can train on.

Every problem with a file becomes a `DataError` whose code is a key into `texts_inside.TEXTS`,
so a page can say in the user's language what is wrong and in which spreadsheet rows. Row
numbers count the header as row 1, as a spreadsheet shows them.
"""

from __future__ import annotations

import csv
import hashlib
import io
import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property, partial
from typing import Any

import numpy as np
import pandas as pd

from playground.datasets import Points2D
from playground.texts_inside import TEXTS

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 10_000
MAX_CLASSES = 10
MIN_PER_CLASS = 2  # one row of a class cannot be split between training and test
MIN_REGRESSION_ROWS = 3  # two points fit any line exactly: nothing left to learn
MAX_LISTED_ROWS = 5
MAX_ABS_VALUE = 1e15  # beyond this float32 arithmetic (and a plot axis) stops making sense
ENCODINGS = ("utf-8-sig", "cp949")  # utf-8-sig reads plain UTF-8 too; CP949: Korean Excel
DELIMITERS = (",", ";", "\t")
MAX_CONTROL_SHARE = 0.01  # text files have (almost) no control characters; binary files do


class DataError(ValueError):
    """A problem with the user's data; `code` is a TEXTS key, `details` fill its fields."""

    def __init__(self, code: str, **details: object) -> None:
        super().__init__(code, details)
        self.code = code
        self.details = details

    def message(self, lang: str) -> str:
        english, korean = TEXTS[self.code]
        return (korean if lang == "ko" else english).format(**self.details)


@dataclass(frozen=True, eq=False)
class Table:
    """Column names and raw text cells; the frame's index holds the spreadsheet row numbers."""

    columns: tuple[str, ...]
    cells: pd.DataFrame
    delimiter: str
    encoding: str


@dataclass(frozen=True, eq=False)
class OwnPoints:
    """Two standardised features and integer class labels for the 2D classification page."""

    x: np.ndarray  # (n, 2) float32, standardised: (raw - mean) / std
    labels: np.ndarray  # (n,) int64 in 0..len(class_names)-1
    class_names: tuple[str, ...]
    mean: np.ndarray  # (2,) per feature, in the file's units
    std: np.ndarray  # (2,)
    features: tuple[str, str]
    rows: np.ndarray  # spreadsheet row of each point

    @property
    def binary(self) -> bool:
        """Two classes: one sigmoid output; more: a softmax output per class."""
        return len(self.class_names) == 2

    def targets(self) -> np.ndarray:
        """(n, 1) 0/1 floats for a binary model, one-hot (n, classes) floats otherwise."""
        if self.binary:
            return self.labels[:, None].astype(np.float32)
        return np.eye(len(self.class_names), dtype=np.float32)[self.labels]

    def to_model(self, raw: np.ndarray) -> np.ndarray:
        return ((np.asarray(raw, np.float64) - self.mean) / self.std).astype(np.float32)

    def to_original(self, x: np.ndarray) -> np.ndarray:
        return np.asarray(x, np.float64) * self.std + self.mean


@dataclass(frozen=True, eq=False)
class OwnRegression:
    """One or two numeric features and a numeric target, with their standardisation."""

    x: np.ndarray  # (n, k) float32 in the file's units
    y: np.ndarray  # (n, 1) float32
    x_mean: np.ndarray
    x_std: np.ndarray
    y_mean: float
    y_std: float
    features: tuple[str, ...]
    target: str
    rows: np.ndarray

    def scaled_inputs(self) -> np.ndarray:
        return ((self.x - self.x_mean) / self.x_std).astype(np.float32)

    def scaled_targets(self) -> np.ndarray:
        return ((self.y - self.y_mean) / self.y_std).astype(np.float32)

    def unscale_outputs(self, y_model: np.ndarray) -> np.ndarray:
        return np.asarray(y_model, np.float64) * self.y_std + self.y_mean

    @property
    def size(self) -> int:
        return len(self.y)

    @cached_property
    def fingerprint(self) -> str:
        return fingerprint(self.x, self.y, *self.features, self.target)


@dataclass(frozen=True)
class RunKey:
    """What a trainer is made for: a page's spec and, for own data, the data's fingerprint.
    Passed to `ui.trainer_for`, whose `specs.reset_key` blanks the rate and epochs of `train`."""

    spec: Any
    train: Any
    data: str = ""


def fingerprint(x: np.ndarray, y: np.ndarray, *names: str) -> str:
    """A short digest of a data set: equal data, equal fingerprint; any change, a new one."""
    digest = hashlib.sha1()
    digest.update(np.ascontiguousarray(x, np.float32).tobytes())
    digest.update(np.ascontiguousarray(y).tobytes())
    digest.update("\x1f".join(names).encode())
    return digest.hexdigest()[:16]


@dataclass(frozen=True)
class CsvTask:
    """What a page takes from an uploaded table: its feature columns (their pickers' labels),
    a target column (numeric or any), a first guess of the columns, and `build`, the page's
    set from a choice of columns (a DataError when it cannot be used)."""

    feature_labels: tuple[str, ...]
    target_key: str  # TEXTS key of the target picker's label
    numeric_target: bool
    guess: Callable[[Table], tuple[tuple[str, ...], str]]
    build: Callable[[Table, tuple[str, ...], str], Any]
    need_key: str  # TEXTS key of the request for a file


# -- reading ----------------------------------------------------------------------------------
def read_table(raw: bytes, filename: str) -> Table:
    """The table in an uploaded CSV/TSV file, or a DataError saying why it cannot be read."""
    if len(raw) > MAX_BYTES:
        raise DataError(
            "data.err.too_big", size=round(len(raw) / 2**20, 1), limit=MAX_BYTES // 2**20
        )
    text, encoding = _decode(raw, filename)
    if not text.strip():
        raise DataError("data.err.empty", name=filename)
    delimiter = _sniff_delimiter(text)
    records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    numbered = [(i, r) for i, r in enumerate(records, start=1) if any(c.strip() for c in r)]
    if not numbered:
        raise DataError("data.err.empty", name=filename)
    (_, header), body = numbered[0], numbered[1:]
    columns = _check_header([c.strip() for c in header])
    if not body:
        raise DataError("data.err.no_rows")
    if len(body) > MAX_ROWS:
        raise DataError("data.err.too_many_rows", count=len(body), limit=MAX_ROWS)
    cells = [_fit_row(r, len(columns), row) for row, r in body]
    frame = pd.DataFrame(cells, columns=list(columns), index=[row for row, _ in body], dtype=object)
    return Table(columns, frame, delimiter, encoding)


def _decode(raw: bytes, filename: str) -> tuple[str, str]:
    if b"\x00" in raw:  # UTF-16 or a binary file (images, xlsx, ...)
        raise DataError("data.err.not_csv", name=filename)
    for encoding in ENCODINGS:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        control = sum(1 for c in text if ord(c) < 32 and c not in "\t\r\n")
        if control > MAX_CONTROL_SHARE * len(text):
            raise DataError("data.err.not_csv", name=filename)
        return text, encoding
    raise DataError("data.err.encoding", name=filename)


def _sniff_delimiter(text: str) -> str:
    """The candidate splitting the header into the most columns (a single column is an error)."""
    header = next(line for line in text.splitlines() if line.strip())
    counts = {d: len(next(csv.reader([header], delimiter=d))) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])  # ties keep the earlier (comma first)
    if counts[best] < 2:
        raise DataError("data.err.one_column")
    return best


def _check_header(names: list[str]) -> tuple[str, ...]:
    while names and not names[-1]:  # Excel often leaves trailing empty columns
        names.pop()
    if len(names) < 2:
        raise DataError("data.err.one_column")
    if all(_number(n) is not None for n in names):
        raise DataError("data.err.no_header")
    for i, name in enumerate(names, start=1):
        if not name:
            raise DataError("data.err.empty_header", column=i)
    seen: set[str] = set()
    for name in names:
        if name in seen:
            raise DataError("data.err.duplicate_header", name=name)
        seen.add(name)
    return tuple(names)


def _fit_row(cells: list[str], width: int, row: int) -> list[str]:
    extra = [c for c in cells[width:] if c.strip()]
    if extra:
        raise DataError("data.err.ragged", row=row, count=len(cells), width=width)
    return [c.strip() for c in cells[:width]] + [""] * max(0, width - len(cells))


# -- numbers ----------------------------------------------------------------------------------
def _number(cell: str, decimal_comma: bool = False) -> float | None:
    """The finite number in a cell, or None (text, NaN and infinity are not numbers here)."""
    text = cell.strip().replace(" ", "")
    if decimal_comma and text.count(",") == 1 and "." not in text:
        text = text.replace(",", ".")
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _rows_text(rows: list[int]) -> str:
    shown = ", ".join(str(r) for r in rows[:MAX_LISTED_ROWS])
    return shown + (", …" if len(rows) > MAX_LISTED_ROWS else "")


def _numeric_column(table: Table, name: str) -> np.ndarray:
    if name not in table.columns:
        raise DataError("data.err.no_column", name=name)
    cells = table.cells[name]
    missing = [int(r) for r, c in cells.items() if not c]
    if missing:
        raise DataError("data.err.missing", name=name, rows=_rows_text(missing))
    values = [_number(c, table.delimiter == ";") for c in cells]
    bad = [int(r) for r, v in zip(cells.index, values) if v is None]
    if bad:
        example = cells.loc[bad[0]]
        raise DataError("data.err.not_number", name=name, rows=_rows_text(bad), value=example)
    array = np.array(values, np.float64)
    huge = [int(r) for r, v in zip(cells.index, array) if abs(v) > MAX_ABS_VALUE]
    if huge:
        raise DataError("data.err.huge", name=name, rows=_rows_text(huge))
    return array


def numeric_columns(table: Table) -> tuple[str, ...]:
    """Columns whose every cell is a usable number: the choices for features and targets."""
    usable = []
    for name in table.columns:
        try:
            _numeric_column(table, name)
        except DataError:
            continue
        usable.append(name)
    return tuple(usable)


def _distinct(names: tuple[str, ...]) -> None:
    for i, name in enumerate(names):
        if name in names[:i]:
            raise DataError("data.err.same_column", name=name)


def _standardise(x: np.ndarray, names: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
    mean, std = x.mean(0), x.std(0)
    for name, s, m in zip(names, std, mean):
        if s <= 1e-12 * max(1.0, abs(m)):
            raise DataError("data.err.constant_feature", name=name)
    return mean, std


# -- lessons ----------------------------------------------------------------------------------
def classification_points(table: Table, features: tuple[str, str], label: str) -> OwnPoints:
    _distinct((*features, label))
    x = np.stack([_numeric_column(table, name) for name in features], axis=1)
    if label not in table.columns:
        raise DataError("data.err.no_column", name=label)
    cells = table.cells[label]
    missing = [int(r) for r, c in cells.items() if not c]
    if missing:
        raise DataError("data.err.label_missing", name=label, rows=_rows_text(missing))
    class_names, labels = _classes(list(cells))
    if len(class_names) == 1:
        raise DataError("data.err.one_class", name=label, value=class_names[0])
    if len(class_names) > MAX_CLASSES:
        raise DataError("data.err.too_many_classes", count=len(class_names), limit=MAX_CLASSES)
    counts = np.bincount(labels, minlength=len(class_names))
    for name, count in zip(class_names, counts):
        if count < MIN_PER_CLASS:
            raise DataError(
                "data.err.small_class", value=name, count=int(count), least=MIN_PER_CLASS
            )
    mean, std = _standardise(x, features)
    x_std = ((x - mean) / std).astype(np.float32)
    rows = np.asarray(cells.index, np.int64)
    return OwnPoints(x_std, labels, class_names, mean, std, tuple(features), rows)


def _classes(cells: list[str]) -> tuple[tuple[str, ...], np.ndarray]:
    """Class names sorted (by value when every label is a number) and each row's class index."""
    numbers = [_number(c) for c in cells]
    if all(n is not None for n in numbers):
        keys = [f"{n:g}" for n in numbers]
        names = sorted(set(keys), key=float)
    else:
        keys = cells
        names = sorted(set(keys))
    index = {name: i for i, name in enumerate(names)}
    return tuple(names), np.array([index[k] for k in keys], np.int64)


def regression_data(table: Table, features: tuple[str, ...], target: str) -> OwnRegression:
    if not 1 <= len(features) <= 2:
        raise DataError("data.err.feature_count", count=len(features))
    _distinct((*features, target))
    x = np.stack([_numeric_column(table, name) for name in features], axis=1)
    y = _numeric_column(table, target)
    if len(y) < MIN_REGRESSION_ROWS:
        raise DataError("data.err.few_rows", count=len(y), least=MIN_REGRESSION_ROWS)
    if y.std() <= 1e-12 * max(1.0, abs(y.mean())):
        raise DataError("data.err.constant_target", name=target)
    x_mean, x_std = _standardise(x, tuple(features))
    rows = np.asarray(table.cells.index, np.int64)
    return OwnRegression(
        x.astype(np.float32),
        y[:, None].astype(np.float32),
        x_mean,
        x_std,
        float(y.mean()),
        float(y.std()),
        tuple(features),
        target,
        rows,
    )


def regression_columns(table: Table, n_features: int) -> tuple[tuple[str, ...], str]:
    """A first guess for a page with `n_features` inputs: the last column is the target, the
    first numeric others the inputs (then other columns, so that reading them says which cells
    are not numbers). DataError if the table has too few columns for the page."""
    if len(table.columns) < n_features + 1:
        raise DataError("data.err.page_columns", need=n_features, count=len(table.columns))
    target = table.columns[-1]
    numeric = [name for name in numeric_columns(table) if name != target]
    others = [name for name in table.columns[:-1] if name not in numeric]
    return tuple((numeric + others)[:n_features]), target


def regression_task(n_features: int) -> CsvTask:
    """A regression page taking exactly `n_features` (1 or 2) numeric inputs and a target."""
    return CsvTask(
        feature_labels=("x",) if n_features == 1 else ("x₁", "x₂"),
        target_key="data.target",
        numeric_target=True,
        guess=partial(regression_columns, n_features=n_features),
        build=regression_data,
        need_key=f"data.need_file.regression{n_features}",
    )


def split(points: OwnPoints, train_share: float, seed: int) -> Points2D:
    """A stratified train/test split: every class has at least one row on each side."""
    rng = np.random.default_rng(seed)
    train, test = [], []
    for c in range(len(points.class_names)):
        members = rng.permutation(np.flatnonzero(points.labels == c))
        n_train = min(max(round(len(members) * train_share), 1), len(members) - 1)
        train += list(members[:n_train])
        test += list(members[n_train:])
    train, test = np.sort(train), np.sort(test)
    y = points.targets()
    return Points2D(points.x[train], y[train], points.x[test], y[test])


# -- clicked points ---------------------------------------------------------------------------
def add_point(
    x: np.ndarray, labels: np.ndarray, point: tuple[float, float], label: int
) -> tuple[np.ndarray, np.ndarray]:
    """The set with one more point (new arrays; a full set of MAX_ROWS points stays as it is)."""
    if len(x) >= MAX_ROWS:
        return x, labels
    new_x = np.vstack([np.reshape(x, (-1, 2)), np.array([point], np.float32)]).astype(np.float32)
    return new_x, np.append(labels, label).astype(np.int64)


def clear_points() -> tuple[np.ndarray, np.ndarray]:
    """An empty point set, shaped like the ones add_point builds."""
    return np.zeros((0, 2), np.float32), np.zeros(0, np.int64)
