"""Two requests making the same picture sizes at once keep one file per size: every page, the
rendition cache and the offline list name the file the database kept (issue 12's offline
defect: a phone saved one name and the page asked for the other)."""

from __future__ import annotations

from unittest.mock import patch

import pytest
from django.core.files.storage import default_storage
from wagtail.images.models import Filter

from core.images import STEP_IMAGE_SPECS
from portal.models import PortalImage, PortalRendition
from tests.lessons.factories import ImageFactory

pytestmark = pytest.mark.django_db


def _files_on_disk(image) -> set[str]:
    folder = "images"
    stem = image.file.name.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    _, names = default_storage.listdir(folder)
    return {f"{folder}/{name}" for name in names if name.startswith(stem + ".")}


def _other_request_wins(image):
    """Patch ``bulk_create`` so that another request saves the same renditions just before."""
    real = PortalRendition.objects.bulk_create

    def racing(objs, **kwargs):
        other = PortalImage.objects.get(pk=image.pk)
        for obj in objs:
            PortalRendition.objects.create(
                image=other,
                filter_spec=obj.filter_spec,
                focal_point_key=obj.focal_point_key,
                file=other.generate_rendition_file(Filter(obj.filter_spec)),
            )
        return real(objs, **kwargs)

    return patch.object(PortalRendition.objects, "bulk_create", racing)


def test_the_loser_of_a_rendition_race_uses_the_kept_files():
    image = ImageFactory()
    with _other_request_wins(image):
        got = image.get_renditions(*STEP_IMAGE_SPECS)
    kept = {r.filter_spec: r.file.name for r in PortalRendition.objects.filter(image=image)}
    assert len(kept) == len(STEP_IMAGE_SPECS)
    assert {spec: r.file.name for spec, r in got.items()} == kept
    assert all(r.pk for r in got.values())
    # The next request (from Wagtail's rendition cache or the database) names the same files.
    again = PortalImage.objects.get(pk=image.pk).get_renditions(*STEP_IMAGE_SPECS)
    assert {spec: r.file.name for spec, r in again.items()} == kept
    # The loser's copies are gone from the disk: one file per size.
    assert _files_on_disk(image) == set(kept.values())


def test_renditions_made_without_a_race_are_saved_once():
    image = ImageFactory()
    got = image.get_renditions(*STEP_IMAGE_SPECS)
    kept = {r.filter_spec: r.file.name for r in PortalRendition.objects.filter(image=image)}
    assert {spec: r.file.name for spec, r in got.items()} == kept
    assert all(r.pk for r in got.values())
    assert _files_on_disk(image) == set(kept.values())
