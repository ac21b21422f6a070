"""Image renditions every page uses: the sizes served to phones and paper, fetched in one query."""

from __future__ import annotations

from django.db.models import Prefetch, prefetch_related_objects
from wagtail.images import get_image_model

# Rendition specs used by the templates; prefetched together so a page costs a fixed number
# of queries however many pictures it has.
STEP_IMAGE_SPECS = ("width-320|format-webp", "width-640|format-webp")
CARD_IMAGE_SPECS = (
    "fill-640x360|width-320|format-webp",
    "fill-640x360|width-640|format-webp",
)
# Paper reuses the larger phone size: 640 px over a 50 mm picture is about 300 dpi.
PRINT_IMAGE_SPECS = ("width-640|format-webp",)
# Quiz pictures fill the phone's width: their clues must read at 360 px (and twice that, 2x).
QUIZ_IMAGE_SPECS = ("width-360|format-webp", "width-720|format-webp")


def prefetch_renditions(images, specs) -> None:
    """Load the renditions of many images in one query (Wagtail reads ``prefetched_renditions``)."""
    images = [image for image in images if image is not None]
    if not images:
        return
    Rendition = get_image_model().get_rendition_model()
    prefetch_related_objects(
        images,
        Prefetch(
            "renditions",
            queryset=Rendition.objects.filter(filter_spec__in=specs),
            to_attr="prefetched_renditions",
        ),
    )
