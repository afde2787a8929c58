""" "Why did it fail?": the diagnoses of a page's run, in plain words, each with a one-click fix.

Any training page can call `diagnosis_panel` after its live view, with a function that turns a
`diagnosis.Fix` into the page's new spec (or None when the page cannot apply it). The panel
measures only while the page is paused or finished, and keeps the result per trainer state
(`<page>.diag.cache`), so reruns do not measure again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import streamlit as st

from playground.diagnosis import Diagnosis, Fix, describe, diagnose, evidence_from_trainer
from playground.specs import ModelSpec
from playground.ui.lang import language, t
from playground.ui.training import is_playing, set_playing
from playground.ui.widgets import load_spec

if TYPE_CHECKING:
    from playground.engine import Trainer


def _state_key(trainer: Trainer) -> tuple:
    return (id(trainer), trainer.generation, trainer.step, trainer.learning_rate, trainer.status)


def diagnoses_for(page: str, trainer: Trainer, model: ModelSpec, optimizer: str) -> list[Diagnosis]:
    """The run's diagnoses, measured once per trainer state."""
    slot = f"{page}.diag.cache"
    key = (_state_key(trainer), model, optimizer)
    cached = st.session_state.get(slot)
    if cached is not None and cached[0] == key:
        return cached[1]
    found = diagnose(evidence_from_trainer(trainer, model, optimizer))
    st.session_state[slot] = (key, found)
    return found


def _apply(page: str, trainer: Trainer, spec: Any) -> None:
    """Put the fixed spec into the page's widgets and start the run again from scratch."""
    load_spec(page, spec)
    set_playing(page, False)
    trainer.reset()


def diagnosis_panel(
    page: str,
    trainer: Trainer,
    model: ModelSpec,
    optimizer: str,
    fixed: Callable[[Fix], Any | None],
) -> None:
    """The "Why did it fail?" expander: each diagnosis with its evidence and a fix button
    (`fixed(fix)` is the page's spec with the fix applied, None if the page cannot apply it)."""
    if trainer.epoch == 0 and trainer.status != "diverged":
        return
    playing = is_playing(page)
    found = [] if playing else diagnoses_for(page, trainer, model, optimizer)
    with st.expander(t("diag.button"), expanded=bool(found)):
        if playing:
            st.caption(t("diag.wait"))
            return
        if not found:
            st.success(t("diag.healthy"), icon="✅")
            return
        for i, item in enumerate(found):
            _show(page, trainer, item, fixed(item.fix), i)


def _show(page: str, trainer: Trainer, item: Diagnosis, spec: Any | None, i: int) -> None:
    title, why, fix = describe(item, language())
    st.markdown(f"**{title}**")
    st.write(why)
    st.caption(t("diag.fix", fix=fix))
    if spec is None:
        st.caption(t("diag.no_button"))
        return
    st.button(
        t("diag.apply"),
        key=f"{page}.diag.apply.{i}",
        on_click=_apply,
        args=(page, trainer, spec),
        type="primary",
    )
