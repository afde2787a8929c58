"""The user's own data on a page: the data-source choice, a CSV upload with its column
pickers (what a page takes from the table is its `own_data.CsvTask`), and, on the 2D
classification page, a plane to click points on.

Everything lives in `st.session_state` (per user, in memory): the file's table under
`<page>.own.table`, the set in use under `<page>.own.csv`, clicked points under
`<page>.own.points`. A file or a column choice that cannot be used shows why and changes
nothing: the previous set (and so the model trained on it) stays in use.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import streamlit as st

from playground.lessons.xor import own as lesson_own
from playground.lessons.xor.figures import click_figure
from playground.lessons.xor.own import OwnSet
from playground.own_data import (
    CsvTask,
    DataError,
    Table,
    add_point,
    clear_points,
    numeric_columns,
    read_table,
)
from playground.ui.lang import language, t
from playground.ui.state import persist
from playground.ui.widgets import SpecForm

UPLOAD_TYPES = ["csv", "tsv", "txt"]


def _key(page: str, name: str) -> str:
    return f"{page}.own.{name}"


def _feature_keys(page: str, task: CsvTask) -> list[str]:
    return [_key(page, f"f{i}") for i in range(1, len(task.feature_labels) + 1)]


def _fail(page: str, error: DataError) -> None:
    st.session_state[_key(page, "error")] = error


def _use(page: str, task: CsvTask, table: Table, features: tuple[str, ...], label: str) -> None:
    """Make (table, columns) the set in use, or keep the previous set and say why not."""
    try:
        own = task.build(table, features, label)
    except DataError as error:
        _fail(page, error)
        return
    st.session_state[_key(page, "table")] = table
    st.session_state[_key(page, "csv")] = own
    st.session_state[_key(page, "error")] = None
    for key, name in zip(_feature_keys(page, task), features):
        st.session_state[key] = name
    st.session_state[_key(page, "label")] = label


def _read_upload(page: str, task: CsvTask) -> None:
    upload = st.session_state.get(_key(page, "file"))
    if upload is None:  # the file was removed from the uploader: keep the data in use
        return
    try:
        table = read_table(upload.getvalue(), upload.name)
        features, label = task.guess(table)
    except DataError as error:
        _fail(page, error)
        return
    _use(page, task, table, features, label)
    if st.session_state[_key(page, "error")] is None:
        st.session_state[_key(page, "name")] = upload.name


def _pick_columns(page: str, task: CsvTask) -> None:
    table = st.session_state[_key(page, "table")]
    features = tuple(st.session_state[key] for key in _feature_keys(page, task))
    _use(page, task, table, features, st.session_state[_key(page, "label")])


def _column_pickers(page: str, task: CsvTask) -> None:
    table = st.session_state.get(_key(page, "table"))
    if table is None:
        return
    numeric = numeric_columns(table)
    pickers = [
        (key, f"{t('data.features')}: {label}", numeric)
        for key, label in zip(_feature_keys(page, task), task.feature_labels)
    ]
    targets = numeric if task.numeric_target else table.columns
    pickers.append((_key(page, "label"), t(task.target_key), targets))
    for key, label, options in pickers:
        persist(key, options[0], lambda v, o=options: v in o)
        st.selectbox(label, options, key=key, on_change=_pick_columns, args=(page, task))
    st.caption(t("data.file", name=st.session_state.get(_key(page, "name"), "")))


def source_controls(form: SpecForm, field: str = "data.source") -> str:
    """The data-source choice (call in the sidebar's data group); returns the source."""
    return form.select(field, t("data.source"), format_func=lambda s: t(f"data.source.{s}"))


def csv_controls(page: str, task: CsvTask) -> None:
    """The upload and the column pickers (in the sidebar), and the message of the last
    file or choice that could not be used."""
    st.file_uploader(
        t("data.upload"),
        type=UPLOAD_TYPES,
        key=_key(page, "file"),
        on_change=_read_upload,
        args=(page, task),
        help=t("data.upload.help"),
    )
    error = st.session_state.get(_key(page, "error"))
    if error is not None:
        st.error(error.message(language()), icon="🚫")
        if st.session_state.get(_key(page, "csv")) is not None:
            st.caption(t("data.kept"))
    _column_pickers(page, task)


def csv_set(page: str, task: CsvTask) -> Any | None:
    """The uploaded set in use, or None (after asking for a file)."""
    own = st.session_state.get(_key(page, "csv"))
    if own is None:
        st.info(t(task.need_key), icon="📄")
    return own


def regression_source(form: SpecForm, page: str, task: CsvTask, scale: tuple[str, str, str]) -> str:
    """A regression page's data group: the source choice, then the upload and pickers with
    the page's scaling option held (a file is always standardised), or that option's
    checkbox (`scale`: its field, label and help keys). Returns the source."""
    source = source_controls(form, "source")
    field, label, help_key = scale
    if source == "csv":
        csv_controls(page, task)
        form.hidden(field)
        st.caption(t("data.standardised"))
    else:
        form.checkbox(field, t(label), help=t(help_key))
    return source


def regression_set(page: str, task: CsvTask, source: str) -> Any | None:
    """The uploaded regression set in use (with a line on how it is used) for the CSV
    source, None for the textbook's; stops the page (after asking for a file) without one."""
    if source != "csv":
        return None
    own = csv_set(page, task)
    if own is None:
        st.stop()
    st.caption(t("data.summary.regression", rows=own.size))
    return own


def _clicked(page: str) -> tuple[np.ndarray, np.ndarray]:
    return st.session_state.get(_key(page, "points")) or clear_points()


def _add(page: str, point: tuple[float, float]) -> None:
    x, labels = _clicked(page)
    st.session_state[_key(page, "points")] = add_point(
        x, labels, point, st.session_state.get(_key(page, "class"), 1)
    )


def _on_click(page: str, chart_key: str) -> None:
    selection = st.session_state[chart_key].selection
    for point in selection.get("points", [])[:1]:
        _add(page, (float(point["x"]), float(point["y"])))
    st.session_state[_key(page, "round")] = st.session_state.get(_key(page, "round"), 0) + 1


def _add_typed(page: str) -> None:
    _add(page, (st.session_state[_key(page, "x")], st.session_state[_key(page, "y")]))


def _clear(page: str) -> None:
    st.session_state[_key(page, "points")] = clear_points()


def points_editor(page: str, bounds: tuple[float, float]) -> None:
    """The plane to click points on (each click adds one of the chosen class), a typed-in
    fallback, and a button to start a new set."""
    x, labels = _clicked(page)
    with st.expander(t("data.editor"), expanded=True):
        persist(_key(page, "class"), 1, lambda v: v in (0, 1))
        left, right = st.columns([3, 2], vertical_alignment="center")
        left.radio(
            t("data.click.class"),
            (1, 0),
            key=_key(page, "class"),
            format_func=lambda c: t(f"data.class.{c}"),
            horizontal=True,
        )
        right.button(t("data.click.clear"), key=_key(page, "clear"), on_click=_clear, args=(page,))
        st.caption(t("data.click.add"))
        chart_key = _key(page, f"click.{st.session_state.get(_key(page, 'round'), 0)}")
        names = {"target": "", "orange": t("data.class.0"), "blue": t("data.class.1")}
        st.plotly_chart(
            click_figure(x, labels, bounds, names),
            key=chart_key,
            on_select=lambda: _on_click(page, chart_key),
            selection_mode="points",
            config={"displaylogo": False},
        )
        orange, blue = int(np.sum(labels == 0)), int(np.sum(labels == 1))
        st.caption(t("data.points.count", orange=orange, blue=blue))
        st.caption(t("data.click.fallback"))
        cols = st.columns([2, 2, 2], vertical_alignment="bottom")
        lo, hi = float(bounds[0]), float(bounds[1])
        cols[0].number_input(t("data.click.x"), lo, hi, 0.0, 0.5, key=_key(page, "x"))
        cols[1].number_input(t("data.click.y"), lo, hi, 0.0, 0.5, key=_key(page, "y"))
        cols[2].button(
            t("data.click.button"), key=_key(page, "add"), on_click=_add_typed, args=(page,)
        )


def own_set(page: str, source: str) -> OwnSet | None:
    """The set in use for an own data source, or None (after saying what is missing)."""
    if source == "csv":
        own = csv_set(page, lesson_own.CSV_TASK)
        if own is not None:
            names = own.points.class_names
            st.caption(t("data.summary", rows=own.size, classes=len(names)))
            st.caption(t("data.classes", zero=names[0], one=names[1]))
        return own
    x, labels = _clicked(page)
    try:
        return lesson_own.from_clicks(x, labels)
    except DataError as error:
        st.info(error.message(language()), icon="👆")
        return None
