"""A line chart of the targets' progress, drawn on the server as inline SVG: no JavaScript,
no request, readable by a screen reader through its ``<title>`` and ``<desc>`` (the page puts
the same numbers in a table under it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

WIDTH, HEIGHT = 720, 380
LEFT, RIGHT, TOP, BOTTOM = 48, 16, 16, 132  # the bottom holds the dates and the legend
# Lines told apart by colour and by dash, for those who do not see colours (contrast ≥ 3:1 on
# white for every colour).
STYLES = [
    ("#1d4ed8", ""),
    ("#b91c1c", "8 4"),
    ("#047857", "2 4"),
    ("#7c3aed", "12 4 2 4"),
    ("#9a3412", "4 2"),
]


@dataclass(frozen=True)
class Series:
    label: str
    values: list[float]  # percent, one per point
    goal: float | None = None


def _x(index: int, count: int) -> float:
    span = WIDTH - LEFT - RIGHT
    return LEFT + (span * index / (count - 1) if count > 1 else span / 2)


def _y(percent: float) -> float:
    span = HEIGHT - TOP - BOTTOM
    return TOP + span * (1 - max(0.0, min(100.0, percent)) / 100)


def _label_every(count: int) -> int:
    """Show at most about eight date labels under the axis."""
    return max(1, -(-count // 8))


def progress_chart(
    series: list[Series], points: list[date], *, title: str, desc: str, chart_id: str = "progress"
) -> SafeString:
    """The SVG markup: one line per series over ``points``, 0–100 % on the vertical axis."""
    count = len(points)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="100%" role="img" class="campaign-chart" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc">',
        f'<title id="{chart_id}-title">{escape(title)}</title>',
        f'<desc id="{chart_id}-desc">{escape(desc)}</desc>',
        '<g class="axis" font-size="12" fill="#333">',
    ]
    for percent in (0, 25, 50, 75, 100):
        y = _y(percent)
        parts.append(
            f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}" '
            f'stroke="#d0d0d0" stroke-width="1"/>'
            f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">{percent}%</text>'
        )
    step = _label_every(count)
    for index, point in enumerate(points):
        if index % step and index != count - 1:
            continue
        x = _x(index, count)
        parts.append(
            f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{HEIGHT - BOTTOM}" y2="{HEIGHT - BOTTOM + 4}" '
            f'stroke="#333"/>'
            f'<text x="{x:.1f}" y="{HEIGHT - BOTTOM + 18}" text-anchor="middle">'
            f"{point:%d/%m}</text>"
        )
    parts.append(
        f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{HEIGHT - BOTTOM}" y2="{HEIGHT - BOTTOM}" '
        f'stroke="#333"/></g>'
    )
    legend_y = HEIGHT - BOTTOM + 46
    legend_x = LEFT
    for index, line in enumerate(series):
        colour, dash = STYLES[index % len(STYLES)]
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        coordinates = " ".join(
            f"{_x(i, count):.1f},{_y(value):.1f}" for i, value in enumerate(line.values)
        )
        if count == 1:
            x, y = _x(0, 1), _y(line.values[0])
            parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{colour}"/>')
        else:
            parts.append(
                f'<polyline fill="none" stroke="{colour}" stroke-width="3"{dash_attr} '
                f'points="{coordinates}"/>'
            )
        if line.goal is not None:
            y = _y(line.goal)
            parts.append(
                f'<line x1="{WIDTH - RIGHT - 24}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" '
                f'y2="{y:.1f}" stroke="{colour}" stroke-width="3"{dash_attr}/>'
            )
        # The legend: one line a row, so long names never run into each other.
        x = legend_x
        y = legend_y + index * 20
        parts.append(
            f'<line x1="{x}" x2="{x + 28}" y1="{y - 4}" y2="{y - 4}" stroke="{colour}" '
            f'stroke-width="3"{dash_attr}/>'
            f'<text x="{x + 34}" y="{y}" font-size="13" fill="#333">{escape(line.label)}</text>'
        )
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308  every text above is escaped
