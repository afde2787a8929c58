"""Chart styling on plain figure dicts: every axis, scene, annotation and colour bar gets the
readable (or projector) text, and the result is what Plotly's own figure objects accept."""

import numpy as np
import plotly.graph_objects as go

from playground import chart_style, charts
from playground.chart_style import PROJECTOR_LINE, PROJECTOR_TICKS


def _two_panels() -> dict:
    fig = go.Figure(
        [
            go.Scatter(x=[1, 2], y=[3, 4], line=dict(width=2)),
            go.Scatter(x=[1, 2], y=[0.1, 0.2], xaxis="x2", yaxis="y2", marker=dict(size=6)),
            go.Heatmap(z=np.eye(2)),
        ]
    )
    fig.update_layout(xaxis=dict(title="epoch", domain=[0, 0.45]), xaxis2=dict(domain=[0.55, 1]))
    fig.add_annotation(x=1, y=1, text="note")
    return fig.to_dict()


def _font_sizes(spec: dict) -> list[int]:
    layout = spec["layout"]
    axes = [layout[name] for name in ("xaxis", "yaxis", "xaxis2", "yaxis2")]
    return [
        *(axis["tickfont"]["size"] for axis in axes),
        *(axis["title"]["font"]["size"] for axis in axes),
        layout["annotations"][0]["font"]["size"],
        spec["data"][2]["colorbar"]["tickfont"]["size"],
        layout["font"]["size"],
    ]


def test_every_axis_annotation_and_colour_bar_is_readable():
    spec = chart_style.readable(_two_panels())
    assert set(_font_sizes(spec)) == {charts.TEXT_PX}
    assert spec["layout"]["xaxis"]["title"]["text"] == "epoch"  # kept, not replaced
    assert spec["layout"]["yaxis2"]["tickfont"]["color"] == charts.TEXT_COLOUR
    go.Figure(spec)  # still a valid figure


def test_a_3d_figure_gets_scene_axes_and_no_flat_axes():
    spec = chart_style.readable(go.Figure(go.Surface(z=np.eye(3))).to_dict())
    layout = spec["layout"]
    assert not [name for name in layout if name.startswith(("xaxis", "yaxis"))]
    for axis in ("xaxis", "yaxis", "zaxis"):
        assert layout["scene"][axis]["tickfont"]["size"] == charts.TEXT_PX
    go.Figure(spec)


def test_a_title_given_as_text_keeps_its_text():
    spec = {"data": [{"type": "scatter", "x": [1]}], "layout": {"xaxis": {"title": "month"}}}
    chart_style.readable(spec)
    assert spec["layout"]["xaxis"]["title"] == {
        "text": "month",
        "font": {"size": charts.TEXT_PX, "color": charts.TEXT_COLOUR},
    }


def test_projector_style_enlarges_text_and_thickens_lines():
    spec = chart_style.projector(chart_style.readable(_two_panels()))
    sizes = _font_sizes(spec)
    assert min(sizes) >= PROJECTOR_TICKS
    assert spec["data"][0]["line"]["width"] == PROJECTOR_LINE
    assert spec["data"][1]["marker"]["size"] > 6
    assert spec["layout"]["xaxis2"]["linecolor"] == "#000"
    go.Figure(spec)
