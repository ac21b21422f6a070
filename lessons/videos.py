"""Which lessons have a video and how long it runs, for the lesson lists and the lesson's top."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _
from wagtailmedia.models import get_media_model

from core.memo import objects_by_id

VIDEO_BLOCKS = ("video", "external_video")


def video_anchor(block_id: str) -> str:
    """The id of a video block on the lesson page (the target of “Xem video”)."""
    return f"video-{block_id}"


def clock(seconds: float | None) -> str:
    """A length as a clock reads it: 20 → "0:20", 95 → "1:35"; "" when unknown."""
    if not seconds or seconds <= 0:
        return ""
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes}:{rest:02d}"


@dataclass(frozen=True)
class LessonVideo:
    """A lesson's first video: where it sits on the page and how long it runs, if known."""

    block_id: str
    seconds: float | None = None

    @property
    def anchor(self) -> str:
        return video_anchor(self.block_id)

    @property
    def length(self) -> str:
        return clock(self.seconds)

    @property
    def label(self) -> str:
        """What a lesson list says, e.g. “Có video 0:20” (a video link has no length: “Có video”)."""
        if self.length:
            return _("With video %(length)s") % {"length": self.length}
        return _("With video")


def first_video(body) -> LessonVideo | None:
    """The first video of a lesson's body (its blocks already loaded, as on the lesson page)."""
    for block in body:
        if block.block_type in VIDEO_BLOCKS:
            media = block.value.get("video")
            return LessonVideo(block.id, getattr(media, "duration", None))
    return None


def mark_videos(lessons) -> None:
    """Set ``lesson.video`` (a ``LessonVideo`` or ``None``) on each lesson of a list.

    Reads the bodies' raw data, not their blocks, and the lengths of all their video files
    from the cache (else in one query), so a list costs the same number of queries however many
    lessons it shows.
    """
    found = {}
    for lesson in lessons:
        found[lesson.pk] = next(
            (item for item in lesson.body.raw_data if item.get("type") in VIDEO_BLOCKS), None
        )
    media_ids = {
        item["value"].get("video")
        for item in found.values()
        if item and item["type"] == "video" and item["value"].get("video")
    }
    # The video files as the video blocks read them: from the cache, else in one query.
    durations = {
        pk: media.duration for pk, media in objects_by_id(get_media_model(), media_ids).items()
    }
    for lesson in lessons:
        item = found[lesson.pk]
        lesson.video = (
            LessonVideo(item.get("id") or "", durations.get(item["value"].get("video")))
            if item
            else None
        )
