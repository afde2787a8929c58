"""Share links: a page spec <-> URL query parameters (pure, no Streamlit).

A link carries one parameter per field that differs from the page's default, named by its
field path (`?train.learning_rate=1&neurons=2,2&activation=relu`). Values are written the way
a person would type them: numbers in their shortest exact form (`0.1`, `1e-05`, `3`), booleans
as `1`/`0`, lists comma-separated (an empty list is an empty value).

Reading is forgiving: every parameter is checked on its own against its field (`specs`), and
one that is unknown, of the wrong type or out of range falls back to that field's default and
is reported by name. Nothing a URL can hold raises.

Classroom parameters ride along: `hide=` (a comma list of field paths, prefixes of paths such as
`stack`, or the groups `data`, `model`, `train`, `presets`) and `projector=1`. `lang` belongs to
the language switch and is passed through untouched.
"""

from __future__ import annotations

import math
import typing
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from playground.specs import FieldInfo, SpecError, check_value, fields_of, flatten, from_flat

LANG, HIDE, PROJECTOR = "lang", "hide", "projector"
RESERVED = (LANG, HIDE, PROJECTOR)
GROUPS = ("data", "model", "train", "presets")
PRESETS = "presets"
MAX_VALUE_CHARS = 2000  # longer values are junk: no field needs that much
_TRUE, _FALSE = ("1", "true", "yes", "on"), ("0", "false", "no", "off")


# -- writing ----------------------------------------------------------------------------------
def format_item(value: Any) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        text = repr(value)
        return text[:-2] if text.endswith(".0") else text
    return str(value)


def format_value(info: FieldInfo, value: Any) -> str:
    if isinstance(value, tuple):
        return ",".join(format_item(item) for item in value)
    return format_item(value)


def to_params(spec: Any) -> dict[str, str]:
    """{field path: text} for every field of `spec` that differs from its class's default."""
    default = flatten(type(spec)())
    values = flatten(spec)
    return {
        info.path: format_value(info, values[info.path])
        for info in fields_of(type(spec))
        if values[info.path] != default[info.path]
    }


def classroom_params(hide: Iterable[str] = (), projector: bool = False) -> dict[str, str]:
    params = {}
    if hide:
        params[HIDE] = ",".join(hide)
    if projector:
        params[PROJECTOR] = "1"
    return params


def link(base: str, params: Mapping[str, str]) -> str:
    """`base` (the page's address) with `params` as its query, commas and dots left readable."""
    query = urlencode(dict(params), safe=",.")
    return f"{base}?{query}" if query else base


# -- reading ----------------------------------------------------------------------------------
def _parse_item(kind: type, text: str) -> Any:
    """Text as `kind`; a text that is not one is returned as is, for check_value to refuse."""
    text = text.strip()
    if kind is bool:
        lowered = text.lower()
        return True if lowered in _TRUE else False if lowered in _FALSE else text
    if kind in (int, float):
        try:
            return int(text) if kind is int else float(text)
        except ValueError:
            pass
        try:
            number = float(text)
        except ValueError:
            return text
        return number if math.isfinite(number) else text
    return text


def parse_value(info: FieldInfo, text: str) -> Any:
    """A parameter's text as the field's value, or a SpecError naming the field."""
    if not isinstance(text, str) or len(text) > MAX_VALUE_CHARS:
        raise SpecError(info.path, "not a usable text")
    if typing.get_origin(info.type) is tuple:
        item_kind = typing.get_args(info.type)[0]
        items = [] if text.strip() == "" else text.split(",")
        if info.max_len is not None and len(items) > info.max_len:
            raise SpecError(info.path, f"{len(items)} items, at most {info.max_len} allowed")
        if len(items) > 1000:
            raise SpecError(info.path, "too many items")
        return check_value(info, [_parse_item(item_kind, item) for item in items])
    return check_value(info, _parse_item(info.type, text))


def _last(value: Any) -> Any:
    """A query parameter's value (the last one if it was given several times)."""
    if isinstance(value, (list, tuple)):
        return value[-1] if value else ""
    return value


@dataclass(frozen=True)
class Parsed:
    """What a link says: the spec, the classroom choices, and what had to be ignored."""

    spec: Any
    given: tuple[str, ...]  # field paths the link set (and that were usable)
    bad: tuple[str, ...]  # parameter names that fell back to defaults
    hide: tuple[str, ...] = ()
    projector: bool = False


def hide_tokens(cls: type) -> set[str]:
    """What `hide=` may name on this page: the groups, every field path and path prefix."""
    tokens = set(GROUPS)
    for info in fields_of(cls):
        parts = info.path.split(".")
        tokens.update(".".join(parts[:n]) for n in range(1, len(parts) + 1))
    return tokens


def parse_hide(cls: type, text: Any) -> tuple[tuple[str, ...], bool]:
    """(the usable tokens of a `hide=` value in their given order, whether all were usable)."""
    if not isinstance(text, str) or len(text) > MAX_VALUE_CHARS:
        return (), False
    allowed = hide_tokens(cls)
    tokens, ok = [], True
    for token in (part.strip() for part in text.split(",")):
        if token in allowed:
            if token not in tokens:
                tokens.append(token)
        elif token:
            ok = False
    return tuple(tokens), ok


def from_params(cls: type, params: Mapping[str, Any]) -> Parsed:
    """The spec a link describes; bad parameters fall back to defaults and are named."""
    infos = {info.path: info for info in fields_of(cls)}
    values: dict[str, Any] = {}
    bad: list[str] = []
    hide: tuple[str, ...] = ()
    projector = False
    for name, raw in params.items():
        text = _last(raw)
        if name == LANG:
            continue
        if name == HIDE:
            hide, ok = parse_hide(cls, text)
            if not ok:
                bad.append(name)
        elif name == PROJECTOR:
            flag = _parse_item(bool, text) if isinstance(text, str) else text
            if isinstance(flag, bool):
                projector = flag
            else:
                bad.append(name)
        elif name in infos:
            try:
                values[name] = parse_value(infos[name], text)
            except SpecError:
                bad.append(name)
        else:
            bad.append(str(name))
    spec = None
    while spec is None:  # a rule across fields (checked by the spec class) drops the culprit
        if not values:
            spec = cls()
            break
        try:
            spec = from_flat(cls, values)
        except SpecError as error:
            culprit = next((path for path in values if error.path.startswith(path)), None)
            culprit = culprit or next(iter(values))
            values.pop(culprit)
            bad.append(culprit)
        except (TypeError, ValueError):
            bad.extend(values)
            values.clear()
    return Parsed(spec, tuple(values), tuple(bad), hide, projector)


# -- hiding -----------------------------------------------------------------------------------
def group_of(path: str) -> str:
    """The sidebar group a field belongs to: its `data`/`train` part, else the model."""
    head = path.split(".", 1)[0]
    return head if head in ("data", "train") and "." in path else "model"


def hidden_paths(cls: type, tokens: Iterable[str]) -> frozenset[str]:
    """The field paths whose widgets `hide=` tokens hide (`presets` names no field)."""
    tokens = set(tokens)
    hidden = set()
    for info in fields_of(cls):
        path = info.path
        parts = path.split(".")
        prefixes = {".".join(parts[:n]) for n in range(1, len(parts) + 1)}
        if prefixes & tokens or group_of(path) in tokens:
            hidden.add(path)
    return frozenset(hidden)


def page_groups(cls: type) -> list[str]:
    """The groups worth offering on a page: those it has, and `model` only beside another."""
    present = {group_of(info.path) for info in fields_of(cls)}
    groups = [group for group in ("data", "model", "train") if group in present]
    return groups if len(groups) > 1 else []
