"""The handout's layout rules (rows of two, the end kept together) and the video marks."""

from types import SimpleNamespace

import pytest

from lessons.handout import handout, handout_rows
from lessons.videos import LessonVideo, clock


def items(kinds: str) -> list[tuple]:
    """``"s s c s"`` → body items: steps numbered in order, other blocks unnumbered."""
    result, number = [], 0
    names = {"s": "step", "c": "callout", "k": "checklist", "p": "paragraph", "v": "video"}
    for kind in kinds.split():
        block = SimpleNamespace(block_type=names[kind])
        if kind == "s":
            number += 1
            result.append((block, number))
        else:
            result.append((block, None))
    return result


def shape(rows) -> list[str]:
    return [
        ("=" if row.across else "")
        + "".join(str(number) if number else block.block_type[0] for block, number in row.cells)
        for row in rows
    ]


def test_steps_print_two_to_a_row_and_a_lone_step_shares_its_row_with_the_warning():
    rows = handout_rows(items("p s s s c s s s c s c k v"))
    assert shape(rows) == ["=p", "12", "3c", "45", "6c", "7c", "=c"]


def test_the_end_holds_the_last_row_with_a_step_and_everything_after_it():
    layout = handout(items("p s s s s s c c k"))
    assert shape(layout.rows) == ["=p", "12", "34"]
    assert shape(layout.end) == ["5c", "=c", "=c"]
    assert layout.step_rows == 3


@pytest.mark.parametrize(
    ("kinds", "density"),
    [
        ("p s s s s c k", ""),  # two rows of steps: one sheet
        ("p s s s s s c c k", "roomy"),  # three rows: two sheets, larger pictures
        ("p s s s c s s s c s c k", "dense"),  # five rows: smaller words to stay on two
    ],
)
def test_density_follows_the_rows_of_steps(kinds, density):
    assert handout(items(kinds)).density == density


def test_a_video_length_reads_like_a_clock_and_the_mark_says_so():
    assert clock(20.4) == "0:20"
    assert clock(95) == "1:35"
    assert clock(None) == clock(0) == ""
    assert LessonVideo("a", 20).label == "Có video 0:20"
    assert LessonVideo("a").label == "Có video"
    assert LessonVideo("a").anchor == "video-a"
