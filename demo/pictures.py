"""Simple phone-screen drawings for the demo lessons, made with Pillow only.

``draw_screen`` draws one :class:`~demo.spec.Screen` as a portrait PNG: a phone outline, a top
bar with the app's name, the heading, the rows and the one button to press, drawn highlighted (dark
fill, thick border, bold text) with a big arrow pointing at it. ``draw_hero`` puts the same phone on a
plain landscape card. The drawings must read on a small phone screen and on a black-and-white
printout, so the highlight is made with shape and thickness, never with colour alone, and body text is
about 30 px at 720 px wide. Output is deterministic: the same ``Screen`` always gives the same bytes.

A quiz picture is drawn with ``pointer=False``: the screen as the phone shows it, with no arrow and
no lesson-style highlight, which would tell the learner which picture is the right answer. A
settings row that is the point of the picture is still marked as selected, in the same way on
every choice.
"""

from __future__ import annotations

import hashlib
import io
import math
import re
import shutil
import subprocess
import unicodedata
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from demo.spec import SCREEN_KINDS, Screen

__all__ = ["FontNotFoundError", "draw_hero", "draw_screen", "find_font", "screen_fits"]

# --------------------------------------------------------------------------------------------------
# Fonts

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
_FONT_FILES = {False: "DejaVuSans.ttf", True: "DejaVuSans-Bold.ttf"}
_FC_PATTERNS = {False: "DejaVu Sans:style=Book", True: "DejaVu Sans:style=Bold"}


class FontNotFoundError(RuntimeError):
    """DejaVu Sans is needed to draw Vietnamese text with all its diacritics."""


@lru_cache(maxsize=2)
def find_font(bold: bool = False) -> str:
    """Return the path of DejaVu Sans (or DejaVu Sans Bold).

    Looks in the usual Debian folder first, then asks fontconfig (``fc-match``). Raises
    :class:`FontNotFoundError` with an install hint when neither finds it.
    """
    name = _FONT_FILES[bold]
    candidate = FONT_DIR / name
    if candidate.is_file():
        return str(candidate)
    fc_match = shutil.which("fc-match")
    if fc_match:
        try:
            found = subprocess.run(  # noqa: S603 - fixed arguments, no shell
                [fc_match, "--format=%{file}", _FC_PATTERNS[bold]],
                capture_output=True,
                text=True,
                timeout=10,
                check=False,
            ).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            found = ""
        if found and Path(found).name == name and Path(found).is_file():
            return found
    raise FontNotFoundError(
        f"Font {name} not found in {FONT_DIR} nor through fc-match. "
        "Install it with: apt-get install fonts-dejavu-core"
    )


@lru_cache(maxsize=256)
def _font(bold: bool, size: int) -> ImageFont.FreeTypeFont:
    # The basic layout engine gives the same result with or without libraqm; all text is NFC, so
    # Vietnamese letters are single precomposed glyphs that DejaVu Sans has.
    return ImageFont.truetype(find_font(bold), size, layout_engine=ImageFont.Layout.BASIC)


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", " ".join(text.split()))


# --------------------------------------------------------------------------------------------------
# Colours: few and flat, chosen to stay distinct in grey.

INK = (22, 28, 38)
PAPER = (255, 255, 255)
CANVAS = (238, 242, 246)
BODY = (44, 52, 64)
BEZEL_DETAIL = (96, 106, 120)
BAR = (22, 78, 140)
MUTED = (84, 94, 108)
RULE = (190, 198, 208)
SOFT = (234, 238, 243)
SOFT_BLUE = (212, 230, 252)
HILITE = (186, 62, 8)  # the button to press: dark orange, white bold text, thick ink border
ARROW = (255, 196, 0)
DANGER = (206, 18, 18)
GOOD = (20, 132, 64)
ICON_COLOURS = (
    (37, 99, 200),
    (10, 128, 90),
    (180, 95, 6),
    (110, 60, 200),
    (8, 120, 150),
    (160, 40, 90),
    (70, 84, 104),
)
HERO_BG = (226, 238, 248)
HERO_SHAPES = ((204, 225, 245), (252, 233, 200), (214, 236, 222))

# Sizes in reference units: the phone drawn on a 720 x 960 canvas is 640 x 928 units.
PHONE_W, PHONE_H = 640, 928
SS = 2  # supersampling: draw at twice the size, then shrink, for smooth edges
TEXT_BODY = 32
TEXT_SMALL = 28
TEXT_HEADING = 42
TEXT_BAR = 34
TEXT_BUTTON = 33
TEXT_SCALES = (1.0, 0.92, 0.86)  # tried in turn when the content does not fit


# --------------------------------------------------------------------------------------------------
# Drawing context and helpers


@dataclass
class _Box:
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def w(self) -> float:
        return self.x1 - self.x0

    @property
    def h(self) -> float:
        return self.y1 - self.y0

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.y0 + self.y1) / 2

    def xy(self) -> tuple[int, int, int, int]:
        return (round(self.x0), round(self.y0), round(self.x1), round(self.y1))


class _Ctx:
    """Where and how big to draw: ``u(v)`` turns reference units into pixels."""

    def __init__(
        self, img: Image.Image, scale: float, text_scale: float, danger: bool, pointer: bool = True
    ) -> None:
        self.img = img
        self.pointer = pointer  # lesson pictures point at the button; quiz pictures never do
        self.d = ImageDraw.Draw(img)
        self.s = scale
        self.ts = text_scale
        self.danger = danger
        self.overflow = False
        self.bounds = _Box(0, 0, img.width, img.height)

    def u(self, v: float) -> float:
        return v * self.s

    def w(self, v: float) -> int:
        """A line width in pixels (at least 1)."""
        return max(1, round(v * self.s))

    def font(self, size: float, bold: bool = False) -> ImageFont.FreeTypeFont:
        return _font(bold, max(6, round(size * self.ts * self.s)))


def _line_height(font: ImageFont.FreeTypeFont) -> float:
    return font.size * 1.3


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: float) -> list[str]:
    """Break ``text`` into rows no wider than ``width`` (long words are cut)."""
    rows: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}" if current else word
        if font.getlength(trial) <= width:
            current = trial
            continue
        if current:
            rows.append(current)
        while font.getlength(word) > width and len(word) > 1:
            cut = len(word) - 1
            while cut > 1 and font.getlength(word[:cut]) > width:
                cut -= 1
            rows.append(word[:cut])
            word = word[cut:]
        current = word
    if current:
        rows.append(current)
    return rows


def _ellipsize(text: str, font: ImageFont.FreeTypeFont, width: float) -> str:
    if font.getlength(text) <= width:
        return text
    while text and font.getlength(text + "…") > width:
        text = text[:-1]
    return text.rstrip() + "…"


@dataclass
class _Block:
    font: ImageFont.FreeTypeFont
    rows: list[str]
    lh: float

    @property
    def h(self) -> float:
        return self.lh * len(self.rows)


def _measure(
    ctx: _Ctx, text: str, size: float, bold: bool, width: float, max_rows: int = 0
) -> _Block:
    font = ctx.font(size, bold)
    rows = _wrap(_nfc(text), font, width)
    if max_rows and len(rows) > max_rows:
        rows = rows[:max_rows]
        rows[-1] = _ellipsize(rows[-1] + "…", font, width)
    return _Block(font, rows, _line_height(font))


def _fit(ctx: _Ctx, block: _Block, y: float, bottom: float, width: float) -> _Block:
    """Keep the rows that fit above ``bottom``; note the overflow."""
    room = int((bottom - y + 0.5) // block.lh)
    if room >= len(block.rows):
        return block
    ctx.overflow = True
    rows = block.rows[: max(room, 0)]
    if rows:
        rows[-1] = _ellipsize(rows[-1] + "…", block.font, width)
    return _Block(block.font, rows, block.lh)


def _draw_block(
    ctx: _Ctx,
    block: _Block,
    x: float,
    y: float,
    width: float,
    fill: tuple[int, int, int] = INK,
    align: str = "left",
) -> float:
    for row in block.rows:
        if align == "center":
            ctx.d.text((x + width / 2, y), row, font=block.font, fill=fill, anchor="ma")
        elif align == "right":
            ctx.d.text((x + width, y), row, font=block.font, fill=fill, anchor="ra")
        else:
            ctx.d.text((x, y), row, font=block.font, fill=fill, anchor="la")
        y += block.lh
    return y


def _text(
    ctx: _Ctx,
    text: str,
    x: float,
    y: float,
    width: float,
    bottom: float,
    size: float = TEXT_BODY,
    bold: bool = False,
    fill: tuple[int, int, int] = INK,
    align: str = "left",
    max_rows: int = 0,
) -> float:
    """Draw wrapped text from ``y`` down; return the y below it."""
    if not text.strip():
        return y
    block = _fit(ctx, _measure(ctx, text, size, bold, width, max_rows), y, bottom, width)
    return _draw_block(ctx, block, x, y, width, fill, align)


def _centre_text(ctx: _Ctx, box: _Box, block: _Block, fill: tuple[int, int, int] = INK) -> None:
    y = box.cy - block.h / 2 + (block.lh - block.font.size) / 2
    _draw_block(ctx, block, box.x0, y, box.w, fill, "center")


def _rrect(
    ctx: _Ctx,
    box: _Box,
    radius: float,
    fill=None,
    outline=None,
    width: float = 0,
    corners: tuple[bool, bool, bool, bool] | None = None,
) -> None:
    ctx.d.rounded_rectangle(
        box.xy(),
        radius=round(ctx.u(radius)),
        fill=fill,
        outline=outline,
        width=ctx.w(width) if outline else 0,
        corners=corners,
    )


def _chevron(ctx: _Ctx, x: float, y: float, colour, direction: int = 1, size: float = 14) -> None:
    """A ">" (direction 1) or "<" (direction -1) drawn with lines, its point at ``x``."""
    a, b = ctx.u(size), ctx.u(size) * direction
    ctx.d.line([(x - b, y - a), (x, y), (x - b, y + a)], fill=colour, width=ctx.w(6), joint="curve")


def _seed_bytes(*parts: str) -> bytes:
    return hashlib.sha256("\x1f".join(parts).encode()).digest()


def _colour_for(label: str) -> tuple[int, int, int]:
    return ICON_COLOURS[zlib.crc32(label.encode()) % len(ICON_COLOURS)]


def _initial(text: str) -> str:
    for char in _nfc(text):
        if char.isalnum():
            return char.upper()
    return "?"


def _same(a: str, b: str) -> bool:
    return _nfc(a).casefold() == _nfc(b).casefold()


# --------------------------------------------------------------------------------------------------
# Common parts: heading, rows, the highlighted button, the arrow, the danger mark


def _heading(ctx: _Ctx, text: str, area: _Box, y: float, bottom: float, width: float) -> float:
    if not text.strip():
        return y
    y = _text(ctx, text, area.x0, y, width, bottom, TEXT_HEADING, bold=True)
    return y + ctx.u(18)


def _button_block(ctx: _Ctx, text: str, width: float) -> _Block:
    return _measure(ctx, text, TEXT_BUTTON, True, width - ctx.u(40), max_rows=3)


def _button_height(ctx: _Ctx, block: _Block) -> float:
    return max(block.h + ctx.u(44), ctx.u(96))


def _draw_button(ctx: _Ctx, box: _Box, block: _Block) -> None:
    """The one thing to press: strong fill, thick ink border, an outer ring, bold white text.

    Danger screens use the same colours: there the button is the safe thing to do ("Từ chối").
    A quiz picture draws it as an ordinary app button instead (see the module's docstring).
    """
    if not ctx.pointer:
        _rrect(ctx, box, 22, fill=BAR, outline=INK, width=3)
        _centre_text(ctx, box, block, PAPER)
        return
    ring = _Box(box.x0 - ctx.u(9), box.y0 - ctx.u(9), box.x1 + ctx.u(9), box.y1 + ctx.u(9))
    _rrect(ctx, ring, 30, outline=INK, width=3)
    _rrect(ctx, box, 22, fill=HILITE, outline=INK, width=7)
    _centre_text(ctx, box, block, PAPER)


def _plain_button(ctx: _Ctx, box: _Box, text: str) -> None:
    block = _button_block(ctx, text, box.w)
    _rrect(ctx, box, 22, fill=PAPER, outline=MUTED, width=3)
    block = _Block(ctx.font(TEXT_BUTTON * 0.9), block.rows, block.lh)
    _centre_text(ctx, box, block, INK)


ARROW_GUTTER = 128  # room kept beside a button for the arrow


def _bottom_button(ctx: _Ctx, text: str, area: _Box) -> _Box:
    width = area.w - ctx.u(ARROW_GUTTER)
    block = _button_block(ctx, text, width)
    height = _button_height(ctx, block)
    box = _Box(area.x0 + ctx.u(8), area.y1 - height - ctx.u(8), area.x0 + ctx.u(8) + width, 0)
    box.y1 = box.y0 + height
    _draw_button(ctx, box, block)
    return box


def _arrow(ctx: _Ctx, tip: tuple[float, float], angle: float, length: float) -> None:
    """A fat arrow whose point is at ``tip``, pointing in direction ``angle`` (radians)."""
    head_len, head_half, shaft_half = ctx.u(62), ctx.u(50), ctx.u(19)
    head_len = min(head_len, length * 0.6)
    shape = [
        (0, 0),
        (-head_len, -head_half),
        (-head_len, -shaft_half),
        (-length, -shaft_half),
        (-length, shaft_half),
        (-head_len, shaft_half),
        (-head_len, head_half),
    ]
    cos, sin = math.cos(angle), math.sin(angle)
    points = [(tip[0] + x * cos - y * sin, tip[1] + x * sin + y * cos) for x, y in shape]
    ctx.d.polygon(points, fill=ARROW, outline=INK, width=ctx.w(6))


def _arrow_to(ctx: _Ctx, target: _Box, bounds: _Box, prefer: str = "") -> None:
    """Point a big arrow at ``target`` from the side with the most room inside ``bounds``."""
    if not ctx.pointer:
        return
    gap = ctx.u(12)
    rooms = {
        "right": bounds.x1 - target.x1 - gap,
        "below": bounds.y1 - target.y1 - gap,
        "left": target.x0 - bounds.x0 - gap,
        "above": target.y0 - bounds.y0 - gap,
    }
    order = [prefer] if prefer else []
    order += ["right", "below", "left", "above"]
    need = ctx.u(100)
    side = next((s for s in order if s and rooms[s] >= need), max(rooms, key=rooms.get))
    length = max(min(rooms[side], ctx.u(150)), ctx.u(70))
    if side == "right":
        _arrow(ctx, (target.x1 + gap, target.cy), math.pi, length)
    elif side == "left":
        _arrow(ctx, (target.x0 - gap, target.cy), 0.0, length)
    elif side == "below":
        _arrow(ctx, (target.cx, target.y1 + gap), -math.pi / 2, length)
    else:
        _arrow(ctx, (target.cx, target.y0 - gap), math.pi / 2, length)


def _danger_mark(ctx: _Ctx, centre: tuple[float, float], radius: float) -> None:
    """A big red disc with a white X: "do not do this"."""
    cx, cy = centre
    r = ctx.u(radius)
    ctx.d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=DANGER, outline=INK, width=ctx.w(6))
    inner = r * 0.5
    for sign in (1, -1):
        ctx.d.line(
            [(cx - inner, cy - sign * inner), (cx + inner, cy + sign * inner)],
            fill=PAPER,
            width=ctx.w(radius * 0.3),
        )


def _rows(
    ctx: _Ctx, lines: tuple[str, ...], area: _Box, y: float, bottom: float, width: float = 0
) -> float:
    """Plain text rows separated by thin rules."""
    width = width or area.w
    for i, line in enumerate(lines):
        if y >= bottom:
            ctx.overflow = True
            break
        if i:
            ctx.d.line([(area.x0, y), (area.x0 + width, y)], fill=RULE, width=ctx.w(2))
            y += ctx.u(14)
        y = _text(ctx, line, area.x0, y, width, bottom) + ctx.u(12)
    return y


def _label_value_rows(
    ctx: _Ctx, lines: tuple[str, ...], area: _Box, y: float, bottom: float
) -> float:
    """Rows like "Người nhận: NGUYEN VAN A": the label plain, the value bold on the right."""
    for line in lines:
        label, sep, value = _nfc(line).partition(":")
        if not sep:
            y = _text(ctx, line, area.x0, y, area.w, bottom, bold=True) + ctx.u(12)
            continue
        label_font = ctx.font(TEXT_SMALL)
        value_block = _measure(ctx, value.strip(), TEXT_BODY, True, area.w)
        label_text = label.strip() + ":"
        label_w = label_font.getlength(label_text) + ctx.u(18)
        lh = value_block.lh
        one_row = (
            len(value_block.rows) == 1
            and label_w + value_block.font.getlength(value_block.rows[0]) <= area.w
        )
        need = lh if one_row else lh + value_block.h
        if y + need > bottom:
            ctx.overflow = True
            break
        baseline = y + value_block.font.getmetrics()[0]
        ctx.d.text((area.x0, baseline), label_text, font=label_font, fill=MUTED, anchor="ls")
        if one_row:
            _draw_block(ctx, value_block, area.x0, y, area.w, INK, "right")
            y += lh
        else:
            y = _draw_block(ctx, value_block, area.x0, y + lh, area.w, INK, "right")
        y += ctx.u(6)
        ctx.d.line([(area.x0, y), (area.x1, y)], fill=RULE, width=ctx.w(2))
        y += ctx.u(14)
    return y


# --------------------------------------------------------------------------------------------------
# One layout per kind. Each draws inside ``area`` and returns the box to point the arrow at.


def _lay_app(ctx: _Ctx, sc: Screen, area: _Box, head_w: float) -> _Box | None:
    bottom = area.y1
    target = None
    if sc.button:
        target = _bottom_button(ctx, sc.button, area)
        bottom = target.y0 - ctx.u(30)
    y = _heading(ctx, sc.heading, area, area.y0, bottom, head_w)
    _rows(ctx, sc.lines, area, y, bottom)
    return target


def _lay_home(ctx: _Ctx, sc: Screen, area: _Box, head_w: float) -> _Box | None:
    # The icon to tap goes last, so that the arrow has an empty cell or free space next to it.
    labels = [label for label in sc.lines if not (sc.button and _same(label, sc.button))]
    if sc.button:
        labels.append(sc.button)
    y = _heading(ctx, sc.heading, area, area.y0, area.y1, head_w)
    cols = 3
    cell_w = area.w / cols
    icon = min(ctx.u(116), cell_w * 0.72)
    label_size = TEXT_SMALL
    label_lh = _line_height(ctx.font(label_size))
    cell_h = icon + ctx.u(14) + 2 * label_lh + ctx.u(34)
    n_rows = max(1, math.ceil(len(labels) / cols))
    spare = area.y1 - y - n_rows * cell_h
    if spare < 0:
        ctx.overflow = True
    # Leave room under the grid for the arrow, spread the rest between the rows.
    gap = max(0.0, min(ctx.u(30), (spare - ctx.u(170)) / max(n_rows, 1)))
    target = None
    for i, label in enumerate(labels):
        row, col = divmod(i, cols)
        cx = area.x0 + cell_w * (col + 0.5)
        top = y + row * (cell_h + gap)
        if top + icon > area.y1:
            ctx.overflow = True
            break
        box = _Box(cx - icon / 2, top, cx + icon / 2, top + icon)
        chosen = bool(sc.button) and _same(label, sc.button) and ctx.pointer
        if chosen:
            pad = ctx.u(16)
            ring = _Box(box.x0 - pad, box.y0 - pad, box.x1 + pad, box.y1 + pad)
            _rrect(ctx, ring, 44, fill=ARROW, outline=INK, width=8)
        _rrect(ctx, box, 30, fill=_colour_for(label), outline=INK if chosen else None, width=5)
        letter = ctx.font(icon / ctx.s * 0.46 / ctx.ts, bold=True)
        ctx.d.text((box.cx, box.cy), _initial(label), font=letter, fill=PAPER, anchor="mm")
        block = _measure(ctx, label, label_size, chosen, cell_w - ctx.u(6), max_rows=2)
        label_top = box.y1 + ctx.u(20 if chosen else 12)
        _draw_block(ctx, block, cx - cell_w / 2, label_top, cell_w, INK, "center")
        if chosen:
            # An empty cell on the right takes the arrow; a full last row sends it below.
            pad = ctx.u(16)
            if col < cols - 1:
                target = _Box(box.x0 - pad, box.y0 - pad, box.x1 + pad, box.y1 + pad)
                _arrow_to(ctx, target, ctx.bounds, "right")
            else:
                target = _Box(box.x0 - pad, box.y0 - pad, box.x1 + pad, label_top + block.h)
                _arrow_to(ctx, target, ctx.bounds, "below")
    return None


def _generic_icon(ctx: _Ctx, box: _Box, colour) -> None:
    """A plain app icon: a rounded square with a white circle and a bar, no real logo."""
    _rrect(ctx, box, 32, fill=colour)
    r = box.w * 0.2
    ctx.d.ellipse(
        (box.cx - r, box.y0 + box.h * 0.2, box.cx + r, box.y0 + box.h * 0.2 + 2 * r), fill=PAPER
    )
    bar = _Box(box.x0 + box.w * 0.22, box.y0 + box.h * 0.66, box.x1 - box.w * 0.22, 0)
    bar.y1 = bar.y0 + box.h * 0.14
    _rrect(ctx, bar, 8, fill=PAPER)


def _star(ctx: _Ctx, cx: float, cy: float, r: float, fill) -> None:
    points = []
    for i in range(10):
        rad = r if i % 2 == 0 else r * 0.45
        angle = -math.pi / 2 + i * math.pi / 5
        points.append((cx + rad * math.cos(angle), cy + rad * math.sin(angle)))
    ctx.d.polygon(points, fill=fill, outline=INK, width=ctx.w(3))


def _lay_store(ctx: _Ctx, sc: Screen, area: _Box, head_w: float) -> _Box | None:
    name = sc.heading or sc.app
    icon = _Box(area.x0, area.y0, area.x0 + ctx.u(150), area.y0 + ctx.u(150))
    _generic_icon(ctx, icon, _colour_for(name))
    text_x = icon.x1 + ctx.u(26)
    text_w = min(area.x1, area.x0 + head_w) - text_x
    y = _text(ctx, name, text_x, area.y0, text_w, icon.y1, TEXT_HEADING, bold=True, max_rows=2)
    lines = list(sc.lines)
    if lines:
        y = _text(
            ctx,
            lines.pop(0),
            text_x,
            y + ctx.u(4),
            text_w,
            icon.y1 + ctx.u(60),
            TEXT_SMALL,
            fill=MUTED,
        )
    y = max(y, icon.y1) + ctx.u(34)
    r = ctx.u(24)
    for i in range(5):
        _star(ctx, area.x0 + r + i * ctx.u(58), y + r, r, ARROW if i < 4 else SOFT)
    y += 2 * r + ctx.u(30)
    label = sc.button or "Cài đặt"
    block = _button_block(ctx, label, area.w - ctx.u(ARROW_GUTTER))
    box = _Box(area.x0 + ctx.u(8), y, area.x1 - ctx.u(ARROW_GUTTER), y + _button_height(ctx, block))
    _draw_button(ctx, box, block)
    y = box.y1 + ctx.u(40)
    _rows(ctx, tuple(lines), area, y, area.y1)
    return box


def _lay_form(ctx: _Ctx, sc: Screen, area: _Box, head_w: float) -> _Box | None:
    bottom = area.y1
    target = None
    if sc.button:
        target = _bottom_button(ctx, sc.button, area)
        bottom = target.y0 - ctx.u(30)
    y = _heading(ctx, sc.heading, area, area.y0, bottom, head_w)
    for label in sc.lines:
        block = _measure(ctx, label, TEXT_SMALL, False, area.w, max_rows=2)
        field_h = ctx.u(76)
        if y + block.h + ctx.u(8) + field_h > bottom:
            ctx.overflow = True
            break
        y = _draw_block(ctx, block, area.x0, y, area.w, INK) + ctx.u(6)
        _rrect(ctx, _Box(area.x0, y, area.x1, y + field_h), 14, fill=PAPER, outline=MUTED, width=4)
        y += field_h + ctx.u(22)
    return target


def _bubble(
    ctx: _Ctx,
    text: str,
    area: _Box,
    y: float,
    bottom: float,
    right: bool,
    fill,
    name: str = "",
) -> float:
    max_w = area.w * 0.8
    pad = ctx.u(18)
    if name:
        name_block = _measure(ctx, name, TEXT_SMALL, True, max_w, max_rows=1)
        if y + name_block.h > bottom:
            ctx.overflow = True
            return bottom
        _draw_block(ctx, name_block, area.x0, y, area.w, MUTED, "right" if right else "left")
        y += name_block.h
    block = _measure(ctx, text, TEXT_BODY, False, max_w - 2 * pad)
    block = _fit(ctx, block, y + pad, bottom - pad, max_w - 2 * pad)
    if not block.rows:
        return bottom
    width = max(block.font.getlength(row) for row in block.rows) + 2 * pad
    x0 = area.x1 - width if right else area.x0
    box = _Box(x0, y, x0 + width, y + block.h + 2 * pad - ctx.u(6))
    _rrect(ctx, box, 24, fill=fill, outline=MUTED, width=2)
    _draw_block(ctx, block, x0 + pad, y + pad - ctx.u(4), width, INK)
    return box.y1 + ctx.u(20)


def _avatar(ctx: _Ctx, cx: float, cy: float, r: float, name: str) -> None:
    ctx.d.ellipse(
        (cx - r, cy - r, cx + r, cy + r), fill=_colour_for(name), outline=INK, width=ctx.w(3)
    )
    initial = _initial(name)
    if initial.isalpha():
        font = ctx.font(r / ctx.s / ctx.ts, bold=True)
        ctx.d.text((cx, cy), initial, font=font, fill=PAPER, anchor="mm")
        return
    # A phone number or no name: a plain drawn head and shoulders.
    head = r * 0.3
    ctx.d.ellipse((cx - head, cy - r * 0.55, cx + head, cy - r * 0.55 + 2 * head), fill=PAPER)
    body = r * 0.55
    ctx.d.chord(
        (cx - body, cy + r * 0.12, cx + body, cy + r * 0.12 + 2 * body), 180, 360, fill=PAPER
    )


def _lay_sms(ctx: _Ctx, sc: Screen, area: _Box, head_w: float) -> _Box | None:
    bottom = area.y1
    target = None
    if sc.button:
        target = _bottom_button(ctx, sc.button, area)
        bottom = target.y0 - ctx.u(30)
    y = area.y0
    if sc.heading:
        r = ctx.u(36)
        _avatar(ctx, area.x0 + r, y + r, r, sc.heading)
        name_x = area.x0 + 2 * r + ctx.u(18)
        name_w = min(area.x1, area.x0 + head_w) - name_x
        block = _measure(ctx, sc.heading, TEXT_BODY + 2, True, name_w, max_rows=2)
        _draw_block(ctx, block, name_x, y + r - block.h / 2, name_w)
        y += max(2 * r, block.h) + ctx.u(16)
        ctx.d.line([(area.x0, y), (area.x1, y)], fill=RULE, width=ctx.w(2))
        y += ctx.u(24)
    for line in sc.lines:
        if y >= bottom:
            ctx.overflow = True
            break
        y = _bubble(ctx, line, area, y, bottom, False, SOFT)
    return target


def _is_decline(text: str) -> bool:
    words = ("từ chối", "tắt", "kết thúc", "cúp", "dập máy", "decline", "hang up", "end")
    folded = _nfc(text).casefold()
    return any(word in folded for word in words)


def _round_button(ctx: _Ctx, cx: float, cy: float, r: float, accept: bool, chosen: bool) -> _Box:
    if chosen:
        ring = r + ctx.u(14)
        ctx.d.ellipse(
            (cx - ring, cy - ring, cx + ring, cy + ring), fill=ARROW, outline=INK, width=ctx.w(7)
        )
    fill = GOOD if accept else DANGER
    ctx.d.ellipse(
        (cx - r, cy - r, cx + r, cy + r), fill=fill, outline=INK, width=ctx.w(6 if chosen else 3)
    )
    k = r * 0.42
    stroke = ctx.w(13)
    if accept:
        ctx.d.line(
            [(cx - k, cy), (cx - k * 0.25, cy + k * 0.75), (cx + k, cy - k * 0.7)],
            fill=PAPER,
            width=stroke,
            joint="curve",
        )
    else:
        ctx.d.line([(cx - k, cy - k), (cx + k, cy + k)], fill=PAPER, width=stroke)
        ctx.d.line([(cx - k, cy + k), (cx + k, cy - k)], fill=PAPER, width=stroke)
    pad = ctx.u(14) if chosen else 0
    return _Box(cx - r - pad, cy - r - pad, cx + r + pad, cy + r + pad)


def _lay_call(ctx: _Ctx, sc: Screen, area: _Box, head_w: float) -> _Box | None:
    r = ctx.u(62)
    label_font_h = _line_height(ctx.font(TEXT_SMALL, True)) * 2
    buttons_cy = area.y1 - label_font_h - ctx.u(16) - r - ctx.u(14)
    bottom = buttons_cy - r - ctx.u(40)
    y = area.y0
    sub = _measure(ctx, "Cuộc gọi đến", TEXT_SMALL, False, area.w)
    y = _draw_block(ctx, sub, area.x0, y, area.w, MUTED, "center") + ctx.u(10)
    avatar_r = ctx.u(58)
    _avatar(ctx, area.cx, y + avatar_r, avatar_r, sc.heading or sc.app)
    y += 2 * avatar_r + ctx.u(16)
    y = _text(
        ctx, sc.heading, area.x0, y, area.w, bottom, TEXT_HEADING + 4, bold=True, align="center"
    )
    y += ctx.u(16)
    for line in sc.lines:
        if y >= bottom:
            ctx.overflow = True
            break
        quoted = line if line.startswith(("“", '"')) else f"“{line}”"
        y = _text(ctx, quoted, area.x0 + ctx.u(20), y, area.w - ctx.u(40), bottom, align="center")
        y += ctx.u(10)
    decline_chosen = bool(sc.button) and _is_decline(sc.button)
    accept_chosen = bool(sc.button) and not decline_chosen
    target = None
    for accept, fx in ((False, 0.33), (True, 0.67)):
        cx = area.x0 + area.w * fx
        chosen = accept_chosen if accept else decline_chosen
        box = _round_button(ctx, cx, buttons_cy, r, accept, chosen and ctx.pointer)
        default = "Trả lời" if accept else "Từ chối"
        label = sc.button if chosen else default
        label_w = area.w * 0.33
        block = _measure(ctx, label, TEXT_SMALL, chosen and ctx.pointer, label_w, max_rows=2)
        _draw_block(
            ctx, block, cx - label_w / 2, buttons_cy + r + ctx.u(22), label_w, INK, "center"
        )
        if chosen:
            target = box
    if target is not None:
        _arrow_to(ctx, target, ctx.bounds, "left" if decline_chosen else "right")
    return None


def _chat_sides(lines: tuple[str, ...]) -> list[tuple[str, str, str]]:
    """(side, name, text) per line: "me" names on the right, otherwise names alternate."""
    me = {"bạn", "tôi", "mình", "you", "me"}
    parsed = []
    for line in lines:
        name, sep, text = _nfc(line).partition(":")
        if sep and 0 < len(name.strip()) <= 24 and "//" not in text[:2]:
            parsed.append((name.strip(), text.strip()))
        else:
            parsed.append(("", _nfc(line)))
    names = [n for n, _ in parsed if n]
    has_me = any(n.casefold() in me for n in names)
    order: dict[str, str] = {}
    out = []
    for name, text in parsed:
        if not name:
            out.append(("centre", "", text))
            continue
        if has_me:
            side = "right" if name.casefold() in me else "left"
        else:
            side = order.setdefault(name, "left" if len(order) % 2 == 0 else "right")
        out.append((side, name, text))
    return out


def _lay_chat(ctx: _Ctx, sc: Screen, area: _Box, head_w: float) -> _Box | None:
    bottom = area.y1
    target = None
    if sc.button:
        target = _bottom_button(ctx, sc.button, area)
        bottom = target.y0 - ctx.u(30)
    y = _heading(ctx, sc.heading, area, area.y0, bottom, head_w)
    for side, name, text in _chat_sides(sc.lines):
        if y >= bottom:
            ctx.overflow = True
            break
        if side == "centre":
            y = _text(ctx, text, area.x0, y, area.w, bottom, TEXT_SMALL, fill=MUTED, align="center")
            y += ctx.u(14)
            continue
        right = side == "right"
        y = _bubble(ctx, text, area, y, bottom, right, SOFT_BLUE if right else SOFT, name)
    return target


def _qr(ctx: _Ctx, box: _Box, seed: bytes) -> None:
    """A QR-like pattern (not a real code): three finder squares and modules from ``seed``."""
    n = 25
    m = box.w / n
    bits = b""
    block = seed
    while len(bits) * 8 < n * n:
        block = hashlib.sha256(block).digest()
        bits += block
    ctx.d.rectangle(box.xy(), fill=PAPER)

    def finder(col: int, row: int) -> bool:
        return any(
            c <= col < c + 8 and r <= row < r + 8 for c, r in ((0, 0), (n - 8, 0), (0, n - 8))
        )

    for row in range(n):
        for col in range(n):
            if finder(col, row):
                continue
            index = row * n + col
            if bits[index // 8] >> (index % 8) & 1:
                x, y = box.x0 + col * m, box.y0 + row * m
                ctx.d.rectangle((round(x), round(y), round(x + m) - 1, round(y + m) - 1), fill=INK)
    for col, row in ((0, 0), (n - 7, 0), (0, n - 7)):
        x, y = box.x0 + col * m, box.y0 + row * m
        ctx.d.rectangle((round(x), round(y), round(x + 7 * m) - 1, round(y + 7 * m) - 1), fill=INK)
        ctx.d.rectangle(
            (round(x + m), round(y + m), round(x + 6 * m) - 1, round(y + 6 * m) - 1), fill=PAPER
        )
        ctx.d.rectangle(
            (round(x + 2 * m), round(y + 2 * m), round(x + 5 * m) - 1, round(y + 5 * m) - 1),
            fill=INK,
        )


def _lay_qr(ctx: _Ctx, sc: Screen, area: _Box, head_w: float) -> _Box | None:
    bottom = area.y1
    target = None
    if sc.button:
        target = _bottom_button(ctx, sc.button, area)
        bottom = target.y0 - ctx.u(28)
    y = _heading(ctx, sc.heading, area, area.y0, bottom, head_w)
    lv_lh = _line_height(ctx.font(TEXT_BODY, True)) + ctx.u(20)
    room = bottom - y - lv_lh * len(sc.lines) - ctx.u(60)
    side = max(min(ctx.u(280), room), ctx.u(150))
    qr = _Box(area.cx - side / 2, y + ctx.u(26), area.cx + side / 2, y + ctx.u(26) + side)
    _qr(ctx, qr, _seed_bytes(sc.app, sc.heading, *sc.lines))
    # Scanner frame: thick corner brackets around the code.
    pad, arm, w = ctx.u(22), side * 0.22, ctx.w(9)
    fx0, fy0, fx1, fy1 = qr.x0 - pad, qr.y0 - pad, qr.x1 + pad, qr.y1 + pad
    for x, y_, dx, dy in (
        (fx0, fy0, 1, 1),
        (fx1, fy0, -1, 1),
        (fx0, fy1, 1, -1),
        (fx1, fy1, -1, -1),
    ):
        ctx.d.line(
            [(x, y_ + dy * arm), (x, y_), (x + dx * arm, y_)], fill=BAR, width=w, joint="curve"
        )
    ctx.d.line([(fx0 + pad / 2, qr.cy), (fx1 - pad / 2, qr.cy)], fill=HILITE, width=ctx.w(5))
    y = fy1 + ctx.u(30)
    _label_value_rows(ctx, sc.lines, area, y, bottom)
    return target


def _lay_settings(ctx: _Ctx, sc: Screen, area: _Box, head_w: float) -> _Box | None:
    rows = list(sc.lines)
    if sc.button and not any(_same(row, sc.button) for row in rows):
        rows.append(sc.button)
    y = _heading(ctx, sc.heading, area, area.y0, area.y1, head_w)
    # The arrow may reach onto the bezel, so the list keeps a narrower gutter than buttons.
    width = area.w - (ctx.u(ARROW_GUTTER - 24) if sc.button else 0)
    target = None
    for row in rows:
        chosen = bool(sc.button) and _same(row, sc.button)
        # Icon on the left (18 + 40 + 18 units), chevron on the right (50 units).
        text_w = width - (ctx.u(8) if chosen else 0) - ctx.u(126)
        block = _measure(ctx, row, TEXT_BODY, chosen, text_w, max_rows=2)
        row_h = max(ctx.u(84), block.h + ctx.u(30))
        if y + row_h > area.y1:
            ctx.overflow = True
            break
        box = _Box(area.x0 + (ctx.u(8) if chosen else 0), y, area.x0 + width, y + row_h)
        selected = chosen and not ctx.pointer  # a quiz picture: selected, not pointed at
        if selected:
            inner = _Box(box.x0, box.y0 + ctx.u(6), box.x1, box.y1 - ctx.u(6))
            _rrect(ctx, inner, 20, fill=SOFT_BLUE, outline=INK, width=4)
        elif chosen:
            ring = _Box(box.x0 - ctx.u(8), box.y0 - ctx.u(2), box.x1 + ctx.u(8), box.y1 + ctx.u(2))
            _rrect(ctx, ring, 26, outline=INK, width=3)
            _rrect(
                ctx,
                _Box(box.x0, box.y0 + ctx.u(6), box.x1, box.y1 - ctx.u(6)),
                20,
                fill=HILITE,
                outline=INK,
                width=7,
            )
        else:
            ctx.d.line([(box.x0, box.y1), (box.x1, box.y1)], fill=RULE, width=ctx.w(2))
        fg = PAPER if chosen and not selected else INK
        ir = ctx.u(20)
        icx = box.x0 + ctx.u(18) + ir
        ctx.d.ellipse(
            (icx - ir, box.cy - ir, icx + ir, box.cy + ir),
            fill=PAPER if chosen and not selected else _colour_for(row),
            outline=INK,
            width=ctx.w(2),
        )
        _draw_block(
            ctx,
            block,
            icx + ir + ctx.u(18),
            box.cy - block.h / 2 + (block.lh - block.font.size) / 2,
            text_w,
            fg,
        )
        _chevron(ctx, box.x1 - ctx.u(26), box.cy, fg)
        if chosen:
            target = box
        y = box.y1 + (ctx.u(10) if chosen else ctx.u(4))
    return target


def _lock(ctx: _Ctx, x: float, cy: float, colour) -> None:
    w, h = ctx.u(24), ctx.u(18)
    body = _Box(x, cy - h / 2 + ctx.u(5), x + w, cy + h / 2 + ctx.u(5))
    ctx.d.arc(
        (x + ctx.u(4), body.y0 - ctx.u(16), x + w - ctx.u(4), body.y0 + ctx.u(6)),
        180,
        360,
        fill=colour,
        width=ctx.w(4),
    )
    _rrect(ctx, body, 3, fill=colour)


def _lay_browser(ctx: _Ctx, sc: Screen, area: _Box, head_w: float) -> _Box | None:
    bar_font = ctx.font(TEXT_SMALL + 2)
    bar_h = ctx.u(74)
    bar_w = min(area.w, head_w)
    bar = _Box(area.x0, area.y0, area.x0 + bar_w, area.y0 + bar_h)
    _rrect(ctx, bar, 37, fill=SOFT, outline=MUTED, width=3)
    _lock(ctx, bar.x0 + ctx.u(24), bar.cy, INK)
    text_x = bar.x0 + ctx.u(64)
    address = _ellipsize(_nfc(sc.heading or sc.app), bar_font, bar.x1 - text_x - ctx.u(20))
    ctx.d.text((text_x, bar.cy), address, font=bar_font, fill=INK, anchor="lm")
    bottom = area.y1
    target = None
    if sc.button:
        target = _bottom_button(ctx, sc.button, area)
        bottom = target.y0 - ctx.u(30)
    y = bar.y1 + ctx.u(30)
    page = _Box(area.x0, y, area.x1, bottom)
    _rows(ctx, sc.lines, page, y, bottom)
    return target


def _speed_value(lines: tuple[str, ...]) -> tuple[float, str, str]:
    for line in lines:
        match = re.search(r"(\d+(?:[.,]\d+)?)\s*([A-Za-z/]+)?", line)
        if match:
            text = match.group(1)
            return float(text.replace(",", ".")), text, match.group(2) or ""
    return 0.0, "", ""


def _lay_speed(ctx: _Ctx, sc: Screen, area: _Box, head_w: float) -> _Box | None:
    bottom = area.y1
    target = None
    if sc.button:
        target = _bottom_button(ctx, sc.button, area)
        bottom = target.y0 - ctx.u(28)
    y = _heading(ctx, sc.heading, area, area.y0, bottom, head_w)
    value, value_text, unit = _speed_value(sc.lines)
    top = max(value, 1.0)
    scale_max = next((m for m in (10, 50, 100, 200, 500, 1000) if m >= top), math.ceil(top))
    r = ctx.u(170)
    cx, cy = area.cx, y + ctx.u(14) + r
    arc = (cx - r, cy - r, cx + r, cy + r)
    width = ctx.w(34)
    ctx.d.arc(arc, 180, 360, fill=SOFT, width=width)
    ctx.d.arc(arc, 180, 360, fill=RULE, width=ctx.w(3))
    frac = min(value / scale_max, 1.0)
    if frac > 0:
        ctx.d.arc(arc, 180, 180 + 180 * frac, fill=BAR, width=width)
    for i in range(6):
        a = math.pi + math.pi * i / 5
        r0, r1 = r - ctx.u(48), r - ctx.u(64)
        ctx.d.line(
            [
                (cx + r0 * math.cos(a), cy + r0 * math.sin(a)),
                (cx + r1 * math.cos(a), cy + r1 * math.sin(a)),
            ],
            fill=MUTED,
            width=ctx.w(4),
        )
    a = math.pi + math.pi * frac
    tip = (cx + (r - ctx.u(58)) * math.cos(a), cy + (r - ctx.u(58)) * math.sin(a))
    half = ctx.u(12)
    ctx.d.polygon(
        [
            tip,
            (cx + half * math.cos(a + math.pi / 2), cy + half * math.sin(a + math.pi / 2)),
            (cx + half * math.cos(a - math.pi / 2), cy + half * math.sin(a - math.pi / 2)),
        ],
        fill=INK,
    )
    hub = ctx.u(20)
    ctx.d.ellipse((cx - hub, cy - hub, cx + hub, cy + hub), fill=INK)
    small = ctx.font(TEXT_SMALL)
    ctx.d.text((cx - r, cy + ctx.u(12)), "0", font=small, fill=MUTED, anchor="ma")
    ctx.d.text((cx + r, cy + ctx.u(12)), str(scale_max), font=small, fill=MUTED, anchor="ma")
    y = cy + ctx.u(34)
    if value_text:
        big = ctx.font(60, bold=True)
        ctx.d.text((cx, y), f"{value_text} {unit}".strip(), font=big, fill=INK, anchor="ma")
        y += _line_height(big)
    y += ctx.u(20)
    _label_value_rows(ctx, sc.lines, area, y, bottom)
    return target


_LAYOUTS = {
    "app": _lay_app,
    "home": _lay_home,
    "store": _lay_store,
    "form": _lay_form,
    "sms": _lay_sms,
    "call": _lay_call,
    "chat": _lay_chat,
    "qr": _lay_qr,
    "settings": _lay_settings,
    "browser": _lay_browser,
    "speed": _lay_speed,
}
assert set(_LAYOUTS) == set(SCREEN_KINDS), "every kind in spec.SCREEN_KINDS needs a layout"  # noqa: S101


# --------------------------------------------------------------------------------------------------
# The phone


def _paint_phone(ctx: _Ctx, sc: Screen, phone: _Box) -> None:
    u = ctx.u
    _rrect(ctx, phone, 72, fill=BODY, outline=INK, width=4)
    screen = _Box(phone.x0 + u(18), phone.y0 + u(56), phone.x1 - u(18), phone.y1 - u(40))
    # Speaker slot and camera dot in the top bezel.
    slot = _Box(phone.cx - u(50), phone.y0 + u(24), phone.cx + u(50), phone.y0 + u(36))
    _rrect(ctx, slot, 6, fill=BEZEL_DETAIL)
    cam = u(9)
    ctx.d.ellipse(
        (slot.x1 + u(30) - cam, slot.cy - cam, slot.x1 + u(30) + cam, slot.cy + cam),
        fill=BEZEL_DETAIL,
    )
    _rrect(ctx, screen, 34, fill=PAPER)
    # Top bar with the app's name.
    bar = _Box(screen.x0, screen.y0, screen.x1, screen.y0 + u(86))
    _rrect(ctx, bar, 34, fill=BAR, corners=(True, True, False, False))
    _chevron(ctx, bar.x0 + u(34), bar.cy, PAPER, direction=-1, size=13)
    bar_font = ctx.font(TEXT_BAR, bold=True)
    name_x = bar.x0 + u(64)
    name_w = bar.x1 - name_x - (u(160) if ctx.danger else u(28))
    ctx.d.text(
        (name_x, bar.cy),
        _ellipsize(_nfc(sc.app), bar_font, name_w),
        font=bar_font,
        fill=PAPER,
        anchor="lm",
    )
    area = _Box(screen.x0 + u(28), bar.y1 + u(26), screen.x1 - u(28), screen.y1 - u(24))
    head_w = area.w - (u(150) if ctx.danger else 0)
    # Where an arrow may go: the screen and a little of the side bezels.
    ctx.bounds = _Box(screen.x0 - u(10), bar.y1 + u(6), screen.x1 + u(10), screen.y1 - u(4))
    target = _LAYOUTS[sc.kind](ctx, sc, area, head_w)
    if target is not None:
        _arrow_to(ctx, target, ctx.bounds)
    if ctx.danger:
        _danger_mark(ctx, (screen.x1 - u(76), bar.y1 + u(40)), 70)


def _phone_box(width: float, height: float) -> _Box:
    """The biggest phone (aspect 640:928) that fits in ``width`` x ``height``, centred."""
    k = min(width / PHONE_W, height / PHONE_H)
    w, h = PHONE_W * k, PHONE_H * k
    return _Box((width - w) / 2, (height - h) / 2, (width + w) / 2, (height + h) / 2)


def _render(
    sc: Screen,
    size: tuple[int, int],
    background,
    phone_in: _Box,
    pointer: bool = True,
) -> tuple[Image.Image, bool]:
    """Draw at ``SS`` times the size on ``background(ctx)``, then shrink.

    Returns the picture and whether all the text fitted (at full or slightly reduced size).
    """
    if sc.kind not in _LAYOUTS:
        raise ValueError(f"Unknown screen kind {sc.kind!r}; expected one of {SCREEN_KINDS}")
    width, height = size
    if width < 16 or height < 16:
        raise ValueError(f"Picture size {size} is too small")
    big = (width * SS, height * SS)
    phone = _Box(phone_in.x0 * SS, phone_in.y0 * SS, phone_in.x1 * SS, phone_in.y1 * SS)
    scale = phone.w / PHONE_W
    img = None
    for attempt, text_scale in enumerate(TEXT_SCALES):
        img = Image.new("RGB", big, CANVAS)
        ctx = _Ctx(img, scale, text_scale, sc.danger, pointer)
        background(ctx)
        _paint_phone(ctx, sc, phone)
        if sc.danger:
            frame = max(4, round(min(big) * 0.022))
            ctx.d.rectangle((0, 0, big[0] - 1, big[1] - 1), outline=DANGER, width=frame)
        if not ctx.overflow or attempt == len(TEXT_SCALES) - 1:
            break
    assert img is not None  # noqa: S101
    return img.resize(size, Image.Resampling.LANCZOS, reducing_gap=None), not ctx.overflow


def _png(img: Image.Image) -> bytes:
    # Few flat colours: a 64-colour palette keeps the file small and the edges smooth.
    paletted = img.quantize(colors=64, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
    out = io.BytesIO()
    paletted.save(out, format="PNG", optimize=True)
    return out.getvalue()


def draw_screen(
    screen: Screen, size: tuple[int, int] = (720, 960), *, pointer: bool = True
) -> bytes:
    """Return a PNG of ``screen`` drawn as a phone, ``size`` = (width, height) in pixels.

    ``pointer=False`` for a quiz: no arrow and no highlighted button (see the module's docstring).
    """
    img, _ = _render(screen, size, _no_background, _portrait_phone(size), pointer)
    return _png(img)


def screen_fits(screen: Screen, size: tuple[int, int] = (720, 960)) -> bool:
    """Whether ``draw_screen`` shows all of the screen's text, without cutting rows or words.

    Content tests can use it to keep the texts of a ``Screen`` short enough for the drawing.
    """
    return _render(screen, size, _no_background, _portrait_phone(size))[1]


def _no_background(ctx: _Ctx) -> None:
    return None


def _portrait_phone(size: tuple[int, int]) -> _Box:
    width, height = size
    k = min(width / 720, height / 960)  # on 720 x 960 the phone is 640 x 928, centred
    w, h = PHONE_W * k, PHONE_H * k
    return _Box((width - w) / 2, (height - h) / 2, (width + w) / 2, (height + h) / 2)


def _hero_background(ctx: _Ctx, seed: bytes) -> None:
    """Soft round shapes on a plain background, placed from ``seed`` (the screen's content)."""
    w, h = ctx.img.size
    ctx.d.rectangle((0, 0, w, h), fill=HERO_BG)
    a, b, c = HERO_SHAPES
    shift = (seed[0] / 255 - 0.5) * 0.06 * w
    r = h * 0.46
    ctx.d.ellipse((w * 0.16 + shift - r, h * 0.42 - r, w * 0.16 + shift + r, h * 0.42 + r), fill=a)
    r2 = h * 0.30
    ctx.d.ellipse(
        (w * 0.86 - shift - r2, h * 0.70 - r2, w * 0.86 - shift + r2, h * 0.70 + r2), fill=b
    )
    card = _Box(w * 0.66, h * 0.10, w * 0.93, h * 0.34)
    ctx.d.rounded_rectangle(card.xy(), radius=round(h * 0.05), fill=c)
    dot = h * 0.018
    for i in range(4):
        for j in range(3):
            x, y = w * 0.06 + i * dot * 4, h * 0.80 + j * dot * 4
            ctx.d.ellipse((x - dot, y - dot, x + dot, y + dot), fill=a)


def draw_hero(screen: Screen, size: tuple[int, int] = (960, 540)) -> bytes:
    """Return a landscape PNG: a soft background with simple shapes and the phone drawing."""
    width, height = size
    phone = _phone_box(width, height * 0.92)
    phone = _Box(phone.x0, phone.y0 + height * 0.04, phone.x1, phone.y1 + height * 0.04)
    seed = _seed_bytes(screen.app, screen.kind, screen.heading)
    img, _ = _render(screen, size, lambda ctx: _hero_background(ctx, seed), phone)
    return _png(img)
