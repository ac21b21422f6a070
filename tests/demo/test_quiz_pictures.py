"""Quiz pictures are drawn without the lessons' arrow and highlight (no database needed).

In a lesson the arrow and the orange button say “press this”; on a “which screen is real?”
question they would say which picture is the answer.
"""

from __future__ import annotations

import io

import pytest
from PIL import Image

from demo import pictures
from demo.pictures import draw_screen
from demo.topics import QUIZZES

QUIZ_SCREENS = [
    pytest.param(screen, id=f"{quiz.topic}-{number}-{n}")
    for quiz in QUIZZES
    for number, question in enumerate(quiz.questions, start=1)
    for n, screen in enumerate(
        [choice.screen for choice in question.picture_choices] + [question.scenario]
    )
    if screen is not None
]


def hilite_pixels(png: bytes) -> int:
    """Pixels of the lessons' “press this” orange (the button or row to press)."""
    image = Image.open(io.BytesIO(png)).convert("RGB")
    r0, g0, b0 = pictures.HILITE
    return sum(
        count
        for count, (r, g, b) in image.getcolors(1 << 20)
        if abs(r - r0) < 24 and abs(g - g0) < 24 and abs(b - b0) < 24
    )


def arrows_drawn(monkeypatch, screen, **options) -> int:
    calls = []
    monkeypatch.setattr(pictures, "_arrow", lambda *args: calls.append(args))
    draw_screen(screen, **options)
    return len(calls)


def test_the_demo_quizzes_have_pictures_to_check():
    assert len(QUIZ_SCREENS) >= 40


@pytest.mark.parametrize("screen", QUIZ_SCREENS)
def test_a_quiz_picture_has_no_arrow_and_no_highlight(monkeypatch, screen):
    assert arrows_drawn(monkeypatch, screen, pointer=False) == 0
    if screen.kind != "qr":  # a QR scanner's own scan line is drawn in that orange
        assert hilite_pixels(draw_screen(screen, pointer=False)) < 50


def test_lesson_pictures_keep_their_arrow_and_highlight(monkeypatch):
    """The control: the same screens drawn for a lesson do point at the button."""
    with_button = [param.values[0] for param in QUIZ_SCREENS if param.values[0].button]
    assert with_button
    for screen in with_button:
        assert arrows_drawn(monkeypatch, screen) == 1, screen
    monkeypatch.undo()
    assert all(hilite_pixels(draw_screen(screen)) > 2000 for screen in with_button)


def test_a_selected_settings_row_stays_visible_in_a_quiz_picture():
    """Where the row is the point of the picture, each choice shows its own row selected."""
    from demo.spec import Screen

    rows = ("Daily limit", "Downtime", "App limits")
    drawn = {
        draw_screen(
            Screen(app="Family Link", kind="settings", lines=rows, button=row), pointer=False
        )
        for row in rows
    }
    assert len(drawn) == len(rows)
