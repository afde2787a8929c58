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


def export_panel(page: str) -> None:
    """The Code expander for a training lesson (nothing on other pages)."""
    module = codegen.lesson_code(page)
    spec = st.session_state.get(f"{page}.spec")
    if module is None or spec is None:
        return
    program = module.program(spec, language())
    text = codegen.script(program)
    trainer = _trainer(page)
    model = module.model_spec(spec)
    with st.expander(t("export.title")):
        st.caption(t("export.help"))
        columns = st.columns(4)
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
        if trainer is not None:
            weights, slots = trainer.weights, trainer.optimizer_state
            history = trainer.history
            columns[2].download_button(
                t("export.download_model"),
                lambda: codegen.keras_model_bytes(model, spec.train, weights, slots),
                file_name=f"{page}.keras",
                mime="application/octet-stream",
                key=f"{page}.export.keras",
                on_click="ignore",
                help=t("export.model_help", epoch=trainer.epoch),
            )
            columns[3].download_button(
                t("export.download_history"),
                lambda: codegen.history_csv(history, metric_for(model) is not None),
                file_name=f"{page}_history.csv",
                mime="text/csv",
                key=f"{page}.export.csv",
                on_click="ignore",
            )
        st.code(text, language="python")
