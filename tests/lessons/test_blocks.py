"""Blocks refuse incomplete content with a per-field message."""

import pytest
from django.utils import translation
from wagtail.blocks import StructBlockValidationError

from lessons.blocks import (
    CalloutBlock,
    ChecklistBlock,
    ExternalVideoBlock,
    LessonStreamBlock,
    SourcesStreamBlock,
    StepBlock,
    VideoBlock,
)
from tests.lessons.factories import ImageFactory, LessonPageFactory, VideoFactory

pytestmark = [pytest.mark.django_db, pytest.mark.own_data]


@pytest.fixture
def image():
    return ImageFactory()


def step_value(image, alt):
    block = StepBlock()
    return block, block.to_python(
        {
            "title": "Mở ứng dụng",
            "image": image.pk,
            "alt": alt,
            "text": "Chạm vào biểu tượng.",
            "tip": "",
        }
    )


def test_step_picture_needs_alt_text(image):
    block, value = step_value(image, alt="   ")
    with translation.override("vi"), pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert set(error.value.block_errors) == {"alt"}
    assert "mô tả hình" in str(error.value.block_errors["alt"].messages[0]).lower()


def test_step_with_alt_text_is_valid(image):
    block, value = step_value(image, alt="Màn hình chính có biểu tượng VNeID")
    assert block.clean(value)["alt"] == "Màn hình chính có biểu tượng VNeID"


def test_step_needs_a_picture():
    block = StepBlock()
    value = block.to_python({"title": "Bước", "image": None, "alt": "x", "text": "y", "tip": ""})
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert "image" in error.value.block_errors


@pytest.mark.parametrize("block_class", [VideoBlock, ExternalVideoBlock])
def test_videos_need_a_poster(block_class):
    block = block_class()
    raw = {"title": "Video", "poster": None, "url": "https://example.org/v", "source": "Bộ Công an"}
    if block_class is VideoBlock:
        raw = {"title": "Video", "video": VideoFactory().pk, "poster": None}
    with translation.override("vi"), pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python(raw))
    assert set(error.value.block_errors) == {"poster"}
    assert "ảnh bìa" in str(error.value.block_errors["poster"].messages[0])


def test_video_with_poster_is_valid(image):
    block = VideoBlock()
    value = block.to_python({"title": "Video", "video": VideoFactory().pk, "poster": image.pk})
    assert block.clean(value)["poster"] == image


def test_callout_labels_come_from_its_kind():
    block = CalloutBlock()
    with translation.override("vi"):
        danger = block.to_python({"kind": "danger", "title": "OTP", "text": "Không đưa OTP."})
        assert str(danger.kind_label()) == "Nguy hiểm"
        assert danger.symbol() == "!"
        html = block.render(danger)
    assert "callout-danger" in html and "Nguy hiểm" in html


def test_checklist_needs_an_item():
    block = ChecklistBlock()
    with pytest.raises(Exception):  # noqa: B017  ListBlock raises its own validation error type
        block.clean(block.to_python({"title": "Tự làm thử", "items": []}))


def test_every_block_is_described_for_editors():
    for name, child in LessonStreamBlock().child_blocks.items():
        meta = child.meta
        assert meta.icon and meta.label and meta.template, name
        assert getattr(meta, "description", ""), name
        assert getattr(meta, "group", ""), name


def test_the_factory_lesson_is_one_an_editor_could_save():
    lesson = LessonPageFactory()
    assert [block.block_type for block in lesson.body] == ["step", "step", "callout", "step"]
    assert len(LessonStreamBlock().clean(lesson.body)) == 4
    assert len(SourcesStreamBlock().clean(lesson.sources)) == 1
    assert lesson.step_count == 3 and len(lesson.body_images()) == 3
