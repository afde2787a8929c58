"""The Code panel under every training page: the page's spec as a runnable Keras program
(shown, and as `.py` and `.ipynb` downloads), the trained model as `.keras` and the training
history as CSV.

Drawn from `page_tools.after_page`, so only on full script runs, never on a live-training
fragment run. The script is a few kilobytes of text and is shown anyway; the notebook, the
model and the CSV are built only when their button is clicked (callable `data`)."""

from __future__ import annotations

import streamlit as st

from playground import codegen
from playground.engine import Trainer
from playground.models import metric_for
from playground.ui.lang import language, t


def _trainer(page: str) -> Trainer | None:
    """The session's trainer for the page (None before the page made one)."""
    entry = st.session_state.get(f"{page}.trainer")
    return None if entry is None else entry[1]


def _program(page: str, spec) -> codegen.Program | None:
    """The page's program on the data it trains on, or None after saying in plain words why
    the code cannot carry that data (the user's file, clicked points)."""
    own = st.session_state.get(f"{page}.own.csv")  # the uploaded set, if the page has one
    try:
        return codegen.program_for(page, spec, language(), own)
    except codegen.NotExportable as reason:
        st.info(t(reason.key, **reason.fields), icon="📄")
        return None


def export_panel(page: str) -> None:
    """The Code expander for a training lesson (nothing on other pages)."""
    module = codegen.lesson_code(page)
    spec = st.session_state.get(f"{page}.spec")
    if module is None or spec is None:
        return
    with st.expander(t("export.title")):
        _downloads(page, module, spec)


def _downloads(page: str, module, spec) -> None:
    """The script and the notebook (when the code can carry the page's data), the trained
    model and its history (always), and the script shown."""
    program = _program(page, spec)
    if program is not None:
        st.caption(t("export.help"))
    columns = st.columns(4)
    text = None if program is None else codegen.script(program)
    if program is not None:
        columns[0].download_button(
            t("export.download_py"),
            text,
            file_name=f"{page}.py",
            mime="text/x-python",
            key=f"{page}.export.py",
            on_click="ignore",
        )
        columns[1].download_button(
            t("export.download_ipynb"),
            lambda: codegen.notebook_text(program),
            file_name=f"{page}.ipynb",
            mime="application/x-ipynb+json",
            key=f"{page}.export.ipynb",
            on_click="ignore",
        )
    trainer = _trainer(page)
    if trainer is not None:
        _trained(page, module.model_spec(spec), spec, trainer, columns[2:])
    if text is not None:
        st.code(text, language="python")


def _trained(page: str, model, spec, trainer: Trainer, columns: list) -> None:
    weights, slots = trainer.weights, trainer.optimizer_state
    history = trainer.history
    columns[0].download_button(
        t("export.download_model"),
        lambda: codegen.keras_model_bytes(model, spec.train, weights, slots),
        file_name=f"{page}.keras",
        mime="application/octet-stream",
        key=f"{page}.export.keras",
        on_click="ignore",
        help=t("export.model_help", epoch=trainer.epoch),
    )
    columns[1].download_button(
        t("export.download_history"),
        lambda: codegen.history_csv(history, metric_for(model) is not None),
        file_name=f"{page}_history.csv",
        mime="text/csv",
        key=f"{page}.export.csv",
        on_click="ignore",
    )
