"""How a lesson's body is laid out on an A4 handout: rows of two cells, and an end kept together.

Steps print two to a row, each picture beside its words; a warning or checklist that comes after
a step on its own fills the place beside it, and a paragraph runs across. The last row with a
step and everything after it (the warnings, the checklist, the hotline) form the handout's end,
which the print stylesheet keeps on one sheet: a last page never holds the tail alone.
"""

from __future__ import annotations

from dataclasses import dataclass

# Blocks the paper shows; a video or audio becomes a QR code in the footer, a picture
# outside the steps stays on the screen.
PRINTED_BLOCKS = frozenset({"step", "callout", "checklist", "paragraph"})
CELLS_PER_ROW = 2
ROOMY_ROWS = 3
DENSE_ROWS = 5


@dataclass(frozen=True)
class HandoutRow:
    """One row of the handout: two cells side by side, or one block across the sheet.

    Each cell is a ``(block, number)`` pair: a step with its number, or a warning or checklist
    that follows a step on its own and takes the free place beside it.
    """

    cells: tuple[tuple, ...]
    across: bool = False

    @property
    def has_step(self) -> bool:
        return any(block.block_type == "step" for block, _number in self.cells)


@dataclass(frozen=True)
class Handout:
    """The rows before the end, and the end (the last row with a step and what follows it)."""

    rows: tuple[HandoutRow, ...] = ()
    end: tuple[HandoutRow, ...] = ()

    @property
    def step_rows(self) -> int:
        return sum(1 for row in (*self.rows, *self.end) if row.has_step)

    @property
    def density(self) -> str:
        """The print stylesheet's class for how much the sheet must hold.

        Two rows of steps fit one sheet as they are. Three rows need two sheets anyway: their
        pictures print larger and fill them. Five rows or more print smaller words to stay on two.
        """
        rows = self.step_rows
        if rows == ROOMY_ROWS:
            return "roomy"
        if rows >= DENSE_ROWS:
            return "dense"
        return ""


# Blocks that may sit in a cell beside a step; a paragraph always runs across the sheet.
BESIDE_A_STEP = frozenset({"callout", "checklist"})


def handout_rows(body_items) -> list[HandoutRow]:
    """Group ``(block, number)`` pairs into rows of two cells, in reading order."""
    rows: list[HandoutRow] = []
    pending: list[tuple] = []
    for block, number in body_items:
        kind = block.block_type
        if kind not in PRINTED_BLOCKS:
            continue
        if kind == "step" or (pending and kind in BESIDE_A_STEP):
            pending.append((block, number))
            if len(pending) == CELLS_PER_ROW:
                rows.append(HandoutRow(cells=tuple(pending)))
                pending = []
            continue
        if pending:
            rows.append(HandoutRow(cells=tuple(pending)))
            pending = []
        rows.append(HandoutRow(cells=((block, number),), across=True))
    if pending:
        rows.append(HandoutRow(cells=tuple(pending)))
    return rows


def handout(body_items) -> Handout:
    """The handout's rows, split before its last row with a step."""
    rows = handout_rows(body_items)
    last = max((i for i, row in enumerate(rows) if row.has_step), default=len(rows))
    return Handout(rows=tuple(rows[:last]), end=tuple(rows[last:]))
