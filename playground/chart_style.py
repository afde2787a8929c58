"""How every chart looks on screen: readable text, and the projector style.

Applied to the figure's plain dict just before it is drawn (`ui.layout.screen_style`), never
through Plotly's figure objects: those validate every property on every change, and restyling
a figure through them (`update_xaxes`, `update_scenes`, ...) cost more than building it, about
100 ms per chart and redraw on a loaded server. A dict costs next to nothing to change.
"""

from __future__ import annotations

import re

from playground.charts import TEXT_COLOUR, TEXT_PX, Spec

PROJECTOR_TICKS, PROJECTOR_TEXT, PROJECTOR_LINE = 18, 20, 4  # px; lines at least this wide
_CARTESIAN_AXIS = re.compile(r"^[xy]axis\d*$")
_SCENE = re.compile(r"^scene\d*$")
# Trace types that draw on no x/y axes (3D, polar, maps, diagrams).
_NOT_CARTESIAN = frozenset(
    "surface scatter3d mesh3d cone streamtube volume isosurface pie sunburst treemap icicle "
    "funnelarea sankey table parcoords parcats indicator scatterpolar scatterpolargl barpolar "
    "scattergeo choropleth scattermap choroplethmap densitymap scattermapbox".split()
)
_THREE_D = frozenset("surface scatter3d mesh3d cone streamtube volume isosurface".split())
# Trace types with a colour bar of their own (markers' colour bars are not used here).
_COLOUR_BAR = frozenset(
    "heatmap contour surface histogram2d histogram2dcontour mesh3d volume isosurface".split()
)


def _merge(target: dict, style: dict) -> None:
    """`style` written into `target`, nested dicts merged (a title given as a string becomes
    {"text": ...} first, as Plotly reads it)."""
    for name, value in style.items():
        if isinstance(value, dict):
            current = target.get(name)
            if isinstance(current, str):
                current = {"text": current}
            if not isinstance(current, dict):
                current = {}
            target[name] = current
            _merge(current, value)
        else:
            target[name] = value


def _trace_types(spec: Spec) -> list[str]:
    return [trace.get("type", "scatter") for trace in spec.get("data", ())]


def _axes(spec: Spec) -> list[dict]:
    """The figure's x and y axes: those its layout names and those its traces draw on."""
    layout = spec["layout"]
    names = {name for name in layout if _CARTESIAN_AXIS.match(name)}
    for trace in spec.get("data", ()):
        if trace.get("type", "scatter") not in _NOT_CARTESIAN:
            names.add("xaxis" + trace.get("xaxis", "x")[1:])
            names.add("yaxis" + trace.get("yaxis", "y")[1:])
    return [layout.setdefault(name, {}) for name in sorted(names)]


def _scene_axes(spec: Spec) -> list[dict]:
    layout = spec["layout"]
    names = {name for name in layout if _SCENE.match(name)}
    if _THREE_D.intersection(_trace_types(spec)):
        names.add("scene")
    scenes = [layout.setdefault(name, {}) for name in sorted(names)]
    return [scene.setdefault(axis, {}) for scene in scenes for axis in ("xaxis", "yaxis", "zaxis")]


def readable(spec: Spec, text_px: int = TEXT_PX) -> Spec:
    """Chart text at `text_px` in a high-contrast colour (in place), also where Streamlit's
    theme would set its own smaller, greyer tick labels: explicit per-axis fonts win over any
    template."""
    font = {"size": text_px, "color": TEXT_COLOUR}
    layout = spec.setdefault("layout", {})
    _merge(
        layout, {"font": font, "legend": {"font": font}, "hoverlabel": {"font": {"size": text_px}}}
    )
    for axis in _axes(spec) + _scene_axes(spec):
        _merge(axis, {"tickfont": font, "title": {"font": font}})
    for annotation in layout.get("annotations", ()):
        _merge(annotation, {"font": font})
    for trace in spec.get("data", ()):
        if trace.get("type") in _COLOUR_BAR:
            _merge(trace, {"colorbar": {"tickfont": font}})
    return spec


def _thicker(trace: dict) -> None:
    kind = trace.get("type", "scatter")
    if kind.startswith("scatter"):
        line = trace.setdefault("line", {})
        line["width"] = max(PROJECTOR_LINE, 2 * (line.get("width") or 2))
    size = trace.get("marker", {}).get("size")
    if isinstance(size, (int, float)):
        trace["marker"]["size"] = size * 1.4
    if kind in ("heatmap", "contour", "surface") and trace.get("showscale") is not False:
        _merge(trace, {"colorbar": {"tickfont": {"size": PROJECTOR_TICKS}}})


def projector(spec: Spec) -> Spec:
    """Big type, thick lines and black text for a projected screen (in place)."""
    ticks = {"size": PROJECTOR_TICKS, "color": "#000"}
    text = {"size": PROJECTOR_TEXT, "color": "#000"}
    layout = spec.setdefault("layout", {})
    _merge(
        layout,
        {
            "font": text,
            "legend": {"font": {"size": PROJECTOR_TICKS}},
            "hoverlabel": {"font": {"size": PROJECTOR_TICKS}},
            "title": {"font": {"size": PROJECTOR_TEXT + 2}},
        },
    )
    for axis in _axes(spec):
        _merge(
            axis, {"tickfont": ticks, "title": {"font": text}, "linewidth": 2, "linecolor": "#000"}
        )
    for axis in _scene_axes(spec):
        _merge(axis, {"tickfont": ticks, "title": {"font": text}})
    for annotation in layout.get("annotations", ()):
        _merge(annotation, {"font": {"size": PROJECTOR_TEXT}})
    for trace in spec.get("data", ()):
        _thicker(trace)
    return spec
