"""Sidebar widgets bound to a page spec, whose values survive a visit to another page.

`SpecForm(page, SpecClass)` draws the widgets of one page: each widget's key is the field's
path (`xor.train.learning_rate`), and its options, bounds and default come from the field, so
the widgets, the presets, the share link and the validation share one source. `form.spec()`
returns the page spec.
Every widget made here keeps its value across pages (`playground.ui.state`).

A classroom link can hide fields (`?hide=train,neurons`, see `playground.share`): their widgets
are then not drawn, but every method still returns the field's value (the one from the link).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

from playground.share import PRESETS, hidden_paths
from playground.specs import FieldInfo, SpecError, check_value, fields_of, flatten, from_flat
from playground.ui.lang import t
from playground.ui.state import persist


def _fits(info: FieldInfo, value: Any) -> bool:
    try:
        check_value(info, value)
    except SpecError:
        return False
    return True


def _widget_value(info: FieldInfo, value: Any) -> Any:
    """A spec value as its widget holds it (multi-selects hold lists)."""
    return list(value) if info.subset else value


def widget_values(page: str, spec: Any) -> dict[str, Any]:
    """{widget key: value} that put `spec` into a page's widgets (counted fields: a count
    widget and one per item)."""
    values = flatten(spec)
    result: dict[str, Any] = {}
    for info in fields_of(type(spec)):
        key, value = f"{page}.{info.path}", values[info.path]
        if info.counted:
            result[f"{key}.count"] = len(value)
            result.update({f"{key}.{i}": item for i, item in enumerate(value, 1)})
        else:
            result[key] = _widget_value(info, value)
    return result


def hide_key(page: str) -> str:
    """Where a page's `hide=` tokens from a classroom link are kept in the session."""
    return f"{page}.share.hide"


def labels_key(page: str) -> str:
    """Where a page's widget labels are kept (the share panel lists them)."""
    return f"{page}.share.labels"


def link_hides(page: str, name: str) -> bool:
    """Whether the page's classroom link hides `name` (a group such as `presets`, or a token)."""
    return name in st.session_state.get(hide_key(page), ())


def presets_shown(page: str) -> bool:
    """False when a classroom link hides the presets (the textbook button checks this)."""
    return not link_hides(page, PRESETS)


def load_spec(page: str, spec: Any) -> None:
    """Put `spec` into the page's widgets (from a callback: it applies on this run)."""
    for key, value in widget_values(page, spec).items():
        st.session_state[key] = value


class SpecForm:
    """The widgets of one page spec. Each method draws one field's widget and returns its
    value; fields without a widget keep their session value or default (`hidden`)."""

    def __init__(self, page: str, cls: type) -> None:
        self.page = page
        self.cls = cls
        self._infos = {info.path: info for info in fields_of(cls)}
        self._values: dict[str, Any] = {}
        self._hidden = hidden_paths(cls, st.session_state.get(hide_key(page), ()))
        self._labels: dict[str, str] = {}

    def shows(self, prefix: str) -> bool:
        """Whether any field at or under `prefix` (e.g. `train`) has its widget drawn."""
        return any(
            (path == prefix or path.startswith(f"{prefix}.")) and path not in self._hidden
            for path in self._infos
        )

    def _drawn(self, path: str, label: str) -> bool:
        """Note the field's label; False if a classroom link hides its widget."""
        self._labels[path] = label
        return path not in self._hidden

    def _stored(self, path: str) -> Any:
        """A hidden field's value as its widget would return it."""
        key, info = self._bind(path)
        value = st.session_state[key]
        if info.subset:
            return self._keep(path, tuple(o for o in info.options if o in value))
        return self._keep(path, tuple(value) if info.span else value)

    def key(self, path: str) -> str:
        return f"{self.page}.{path}"

    def _bind(self, path: str) -> tuple[str, FieldInfo]:
        info = self._infos[path]
        key = self.key(path)
        persist(key, _widget_value(info, info.default), lambda v: _fits(info, v))
        return key, info

    def _keep(self, path: str, value: Any) -> Any:
        self._values[path] = value
        return value

    def select(self, path: str, label: str, **kw: Any) -> Any:
        if not self._drawn(path, label):
            return self._stored(path)
        key, info = self._bind(path)
        return self._keep(path, st.selectbox(label, info.options, key=key, **kw))

    def select_slider(self, path: str, label: str, **kw: Any) -> Any:
        if not self._drawn(path, label):
            return self._stored(path)
        key, info = self._bind(path)
        return self._keep(path, st.select_slider(label, options=info.options, key=key, **kw))

    def slider(self, path: str, label: str, **kw: Any) -> Any:
        """A slider, or a range slider for a `span` field."""
        if not self._drawn(path, label):
            return self._stored(path)
        key, info = self._bind(path)
        lo, hi = info.range
        value = st.slider(label, lo, hi, key=key, **kw)
        return self._keep(path, tuple(value) if info.span else value)

    def number(self, path: str, label: str, **kw: Any) -> Any:
        if not self._drawn(path, label):
            return self._stored(path)
        key, info = self._bind(path)
        lo, hi = info.range
        return self._keep(path, st.number_input(label, lo, hi, key=key, **kw))

    def checkbox(self, path: str, label: str, **kw: Any) -> bool:
        if not self._drawn(path, label):
            return self._stored(path)
        key, _ = self._bind(path)
        return self._keep(path, st.checkbox(label, key=key, **kw))

    def pills(self, path: str, label: str, **kw: Any) -> tuple:
        """A multi-select row of toggles; returns the chosen options (possibly none)."""
        if not self._drawn(path, label):
            return self._stored(path)
        key, info = self._bind(path)
        chosen = st.pills(label, info.options, selection_mode="multi", key=key, **kw) or []
        return self._keep(path, tuple(o for o in info.options if o in chosen))

    def counted(
        self,
        path: str,
        count_label: str,
        item_label: Callable[[int], str],
        item_default: Callable[[int], Any],
    ) -> tuple:
        """A count slider, then one slider per item (a select slider when the field lists
        its options)."""
        info = self._infos[path]
        item_options = info.options
        key = self.key(path)
        drawn = self._drawn(path, count_label)
        persist(f"{key}.count", len(info.default), lambda v: 0 <= v <= info.max_len)
        count = st.session_state[f"{key}.count"]
        if drawn:
            count = st.slider(count_label, 0, info.max_len, key=f"{key}.count")
        lo, hi = info.range
        items = []
        for i in range(1, count + 1):
            item_key = f"{key}.{i}"
            if item_options is None:
                persist(item_key, item_default(i), lambda v: lo <= v <= hi)
                if drawn:
                    st.slider(item_label(i), lo, hi, key=item_key)
            else:
                persist(item_key, item_default(i), lambda v: v in item_options)
                if drawn:
                    st.select_slider(item_label(i), item_options, key=item_key)
            items.append(st.session_state[item_key])
        return self._keep(path, tuple(items))

    def hidden(self, path: str) -> Any:
        """A field with no widget of its own (e.g. a seed that a button changes)."""
        key, _ = self._bind(path)
        return self._keep(path, st.session_state[key])

    def hidden_under(self, prefix: str) -> None:
        """Every field under `prefix` (e.g. `tuning.adam.`) has no widget on this run: they
        keep their values."""
        for path in self._infos:
            if path.startswith(prefix):
                self.hidden(path)

    def set_hidden(self, path: str, value: Any) -> None:
        st.session_state[self.key(path)] = value

    def spec(self) -> Any:
        """The page spec; also kept as `<page>.spec` in the session (for tests and links)."""
        spec = from_flat(self.cls, self._values)
        st.session_state[f"{self.page}.spec"] = spec
        st.session_state[labels_key(self.page)] = {
            **st.session_state.get(labels_key(self.page), {}),
            **self._labels,
        }
        return spec


def activation(form: SpecForm, path: str, **kw: Any) -> str:
    """An activation-function picker showing translated names (act.<name>)."""
    return form.select(path, t("ctl.activation"), format_func=lambda n: t(f"act.{n}"), **kw)
