"""``seed_demo --update`` redraws quiz pictures that an older seed drew with the lessons' arrow."""

from __future__ import annotations

import pytest
from wagtail.images import get_image_model

from demo.builder import DemoBuilder
from demo.pictures import draw_screen
from demo.spec import Screen

pytestmark = [pytest.mark.django_db, pytest.mark.own_data]

SCREEN = Screen(
    app="CH Play", kind="store", heading="VNeID", lines=("Định danh",), button="Cài đặt"
)
TITLE = "thử · kiểm tra · câu 1 · hình 1"


def stored(image) -> bytes:
    with image.open_file() as file:
        return file.read()


def builder(update: bool) -> DemoBuilder:
    made = DemoBuilder(log=lambda _: None, update=update)
    made._collection = made.collection()
    return made


def test_update_redraws_an_old_quiz_picture_in_place():
    old = builder(update=False).image(TITLE, "alt", lambda: draw_screen(SCREEN))  # with arrow
    old.get_rendition("width-360|format-webp")
    assert builder(update=False).quiz_image(TITLE, SCREEN, "alt").pk == old.pk
    assert stored(get_image_model().objects.get(pk=old.pk)) == draw_screen(SCREEN)

    again = builder(update=True).quiz_image(TITLE, SCREEN, "alt")
    assert again.pk == old.pk
    assert stored(again) == draw_screen(SCREEN, pointer=False)
    assert not again.renditions.exists()
    # A second update finds nothing to redraw.
    file_name = again.file.name
    assert builder(update=True).quiz_image(TITLE, SCREEN, "alt").file.name == file_name
