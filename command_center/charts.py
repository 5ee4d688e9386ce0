"""Server-side SVG charts (no JS, no CDN, CSP-clean): sparklines, line charts, bar charts.

Every chart carries a <title> and an aria-label so a screen reader hears what it shows.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe


def _scale(values: Sequence[float], lo: float, hi: float, size: float, pad: float) -> list[float]:
    span = (hi - lo) or 1.0
    return [pad + (v - lo) / span * (size - 2 * pad) for v in values]


def sparkline(
    values: Sequence[float], *, width: int = 120, height: int = 28, label: str = "trend"
) -> SafeString:
    """A tiny trend line of the last scores (0..1 scale fixed so cards compare)."""
    if len(values) < 2:
        values = list(values) * 2 if values else [0.0, 0.0]
    xs = _scale(list(range(len(values))), 0, len(values) - 1, width, 2)
    ys = [height - y for y in _scale(values, 0.0, max(1.0, max(values)), height, 2)]
    points = " ".join(f"{x:.1f},{y:.1f}" for x, y in zip(xs, ys, strict=True))
    last_x, last_y = xs[-1], ys[-1]
    return format_html(
        '<svg class="sparkline" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img" aria-label="{label}">'
        "<title>{label}</title>"
        '<polyline fill="none" stroke="currentColor" stroke-width="1.8" points="{points}"/>'
        '<circle cx="{cx}" cy="{cy}" r="2.5" fill="currentColor"/></svg>',
        w=width,
        h=height,
        label=label,
        points=points,
        cx=f"{last_x:.1f}",
        cy=f"{last_y:.1f}",
    )


def line_chart(
    points: Sequence[tuple[datetime, float]],
    *,
    width: int = 720,
    height: int = 220,
    label: str = "score over time",
    thresholds: Sequence[tuple[float, str]] = (),
    y_max: float | None = None,
) -> SafeString:
    """A time series with axes, threshold lines and the last value marked."""
    left, bottom, top, right = 40, 24, 10, 10
    plot_w, plot_h = width - left - right, height - top - bottom
    if not points:
        return format_html(
            '<svg class="chart" viewBox="0 0 {w} {h}" role="img" aria-label="{label}: no data">'
            '<title>{label}: no data</title><text x="{x}" y="{y}" class="chart-empty">No data yet</text></svg>',
            w=width,
            h=height,
            label=label,
            x=width // 2 - 40,
            y=height // 2,
        )
    t0 = points[0][0].timestamp()
    t1 = max(points[-1][0].timestamp(), t0 + 1)
    vmax = y_max if y_max is not None else max(1e-9, max(v for _, v in points)) * 1.1

    def px(t: float) -> float:
        return left + (t - t0) / (t1 - t0) * plot_w

    def py(v: float) -> float:
        return top + plot_h - (min(v, vmax) / vmax) * plot_h

    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(label)}"><title>{escape(label)}</title>',
        f'<line class="axis" x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}"/>',
        f'<line class="axis" x1="{left}" y1="{top}" x2="{left}" y2="{top + plot_h}"/>',
    ]
    for frac in (0.0, 0.5, 1.0):
        v = vmax * frac
        parts.append(
            f'<text class="tick" x="{left - 4}" y="{py(v) + 4:.1f}" text-anchor="end">{v:.2g}</text>'
        )
    for value, name in thresholds:
        if 0 <= value <= vmax:
            y = py(value)
            parts.append(
                f'<line class="threshold th-{escape(name)}" x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}"/>'
                f'<text class="tick" x="{left + plot_w - 2}" y="{y - 3:.1f}" text-anchor="end">{escape(name)}</text>'
            )
    coords = " ".join(f"{px(t.timestamp()):.1f},{py(v):.1f}" for t, v in points)
    parts.append(f'<polyline class="series" fill="none" points="{coords}"/>')
    lt, lv = points[-1]
    parts.append(f'<circle class="series-dot" cx="{px(lt.timestamp()):.1f}" cy="{py(lv):.1f}" r="3.5"/>')
    parts.append(
        f'<text class="tick" x="{left}" y="{height - 6}">{points[0][0]:%H:%M}</text>'
        f'<text class="tick" x="{left + plot_w}" y="{height - 6}" text-anchor="end">{lt:%H:%M}</text></svg>'
    )
    return mark_safe("".join(parts))  # noqa: S308 - every interpolated string is escaped above


def bar_chart(
    rows: Sequence[tuple[str, float]],
    *,
    width: int = 480,
    label: str = "bar chart",
    fmt: str = "{:.0f}",
    bar_height: int = 18,
) -> SafeString:
    """Horizontal bars with labels and values; readable on a phone."""
    if not rows:
        return format_html('<p class="empty">{}: no data yet.</p>', label)
    label_w, value_w = 150, 60
    plot_w = width - label_w - value_w
    vmax = max(v for _, v in rows) or 1.0
    height = len(rows) * (bar_height + 8) + 4
    parts = [
        f'<svg class="chart bars" viewBox="0 0 {width} {height}" role="img" aria-label="{escape(label)}">'
        f"<title>{escape(label)}</title>"
    ]
    for i, (name, value) in enumerate(rows):
        y = 4 + i * (bar_height + 8)
        w = max(1.0, value / vmax * plot_w) if value > 0 else 0
        parts.append(
            f'<text class="tick" x="{label_w - 6}" y="{y + bar_height - 5}" text-anchor="end">{escape(name)}</text>'
            f'<rect class="bar" x="{label_w}" y="{y}" width="{w:.1f}" height="{bar_height}" rx="3"/>'
            f'<text class="tick" x="{label_w + w + 4:.1f}" y="{y + bar_height - 5}">{escape(fmt.format(value))}</text>'
        )
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 - escaped above


def confusion_matrix(labels: Sequence[str], matrix: dict[tuple[str, str], int], *, label: str) -> SafeString:
    """Proposed (rows) vs human verdict (columns), as an accessible table."""
    if not matrix:
        return format_html('<p class="empty">{}: no reviewed items yet.</p>', label)
    head = "".join(f'<th scope="col">{escape(c)}</th>' for c in labels)
    body = []
    for r in labels:
        cells = []
        for c in labels:
            n = matrix.get((r, c), 0)
            cls = "diag" if r == c else ("off" if n else "")
            cells.append(f'<td class="{cls}">{n or ""}</td>')
        body.append(f'<tr><th scope="row">{escape(r)}</th>{"".join(cells)}</tr>')
    return mark_safe(  # noqa: S308 - escaped above
        f'<table class="matrix"><caption>{escape(label)}</caption><thead><tr><th scope="col">model ↓ / human →</th>'
        f"{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
    )
