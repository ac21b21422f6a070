"""What a printed PDF holds, page by page: how wide each picture prints, how far down the ink goes.

Chromium's ``page.pdf`` draws a picture as an image XObject painted on the unit square under the
current transformation matrix, and text as runs placed by ``Tm``/``Td``. Walking the content
stream with that matrix gives each picture's printed width and each page's lowest text or picture,
on paper, without trusting the page's own idea of its layout.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass

from pypdf import PdfReader
from pypdf.generic import ContentStream

MM_PER_POINT = 25.4 / 72
IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)

Matrix = tuple[float, float, float, float, float, float]


@dataclass(frozen=True)
class PrintedPage:
    """One sheet of paper: its pictures' widths (mm) and how full it is (0 empty, 1 to the edge)."""

    picture_widths_mm: tuple[float, ...]
    fill: float


def multiply(m: Matrix, n: Matrix) -> Matrix:
    """``m`` then ``n`` (PDF order: a point is multiplied by ``m`` first)."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (
        a * a2 + b * c2,
        a * b2 + b * d2,
        c * a2 + d * c2,
        c * b2 + d * d2,
        e * a2 + f * c2 + e2,
        e * b2 + f * d2 + f2,
    )


def apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = m
    return a * x + c * y + e, b * x + d * y + f


def _marks(stream, resources, ctm: Matrix, reader) -> Iterator[tuple[str, float, float, float]]:
    """Yield ("image", width_pt, bottom_y, top_y) and ("text", 0, y, y) in page coordinates."""
    stack: list[Matrix] = []
    line = text = IDENTITY
    xobjects = resources.get("/XObject") or {}
    if not isinstance(stream, ContentStream):
        stream = ContentStream(stream, reader)
    for operands, operator in stream.operations:
        if operator == b"q":
            stack.append(ctm)
        elif operator == b"Q":
            ctm = stack.pop() if stack else ctm
        elif operator == b"cm":
            ctm = multiply(tuple(float(v) for v in operands), ctm)
        elif operator == b"BT":
            line = text = IDENTITY
        elif operator == b"Tm":
            line = text = tuple(float(v) for v in operands)
        elif operator in (b"Td", b"TD"):
            tx, ty = (float(v) for v in operands)
            line = text = multiply((1.0, 0.0, 0.0, 1.0, tx, ty), line)
        elif operator in (b"Tj", b"TJ", b"'", b'"'):
            _x, y = apply(multiply(text, ctm), 0, 0)
            yield "text", 0.0, y, y
        elif operator == b"Do":
            xobject = xobjects[operands[0]].get_object()
            if xobject.get("/Subtype") == "/Image":
                corners = [apply(ctm, x, y) for x in (0, 1) for y in (0, 1)]
                xs, ys = [p[0] for p in corners], [p[1] for p in corners]
                yield "image", max(xs) - min(xs), min(ys), max(ys)
            elif xobject.get("/Subtype") == "/Form":
                form = tuple(float(v) for v in xobject.get("/Matrix", IDENTITY))
                inner = xobject.get("/Resources") or resources
                yield from _marks(xobject, inner, multiply(form, ctm), reader)


def printed_pages(pdf: bytes) -> list[PrintedPage]:
    """Each page of ``pdf`` with its pictures' printed widths and the lowest ink on it."""
    reader = PdfReader(io.BytesIO(pdf))
    pages = []
    for page in reader.pages:
        height = float(page.mediabox.height)
        bottom, widths = height, []
        contents = page.get_contents()
        marks = (
            _marks(contents, page["/Resources"], IDENTITY, reader) if contents is not None else []
        )
        for kind, width, low, _high in marks:
            if kind == "image":
                widths.append(round(width * MM_PER_POINT, 1))
            bottom = min(bottom, low)
        pages.append(PrintedPage(tuple(widths), round((height - bottom) / height, 3)))
    return pages
