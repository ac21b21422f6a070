"""Rules every app's blocks share: named rich-text feature lists, alt text, video posters."""

import copy

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents import blocks as document_blocks
from wagtail.images import blocks as image_blocks
from wagtailmedia import blocks as media_blocks

from . import memo

# Short lessons for older readers: emphasis, links and lists, nothing that breaks the layout.
LESSON_RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


def missing_alt_text(value, image: str = "image", alt: str = "alt") -> dict:
    """A per-field error when a picture has no description for people who cannot see it."""
    if value.get(image) and not (value.get(alt) or "").strip():
        return {
            alt: ValidationError(_("Describe the picture for people who cannot see it (alt text)."))
        }
    return {}


class PosterRequiredBlock(blocks.StructBlock):
    """A video, uploaded or linked: slow phones show its poster before anything plays."""

    def clean(self, value):
        value = super().clean(value)
        if not value.get("poster"):
            raise blocks.StructBlockValidationError(
                block_errors={"poster": ValidationError(_("A video needs a poster picture."))}
            )
        return value


# Choosers whose objects come from the cache --------------------------------------------------


class CachedChooserMixin:
    """A chooser block that turns stored ids into objects from the cache (``memo.objects_by_id``):
    a page with pictures in steps, figures and video posters costs no query per block kind.

    It stores, compares and migrates exactly as the Wagtail block it extends: each subclass
    keeps that block's path in migrations (``canonical_module_path``).
    """

    def bulk_to_python(self, values):
        values = list(values)
        found = memo.objects_by_id(self.model_class, values)
        result, seen = [], set()
        for value in values:
            obj = found.get(int(value)) if value is not None else None
            result.append(copy.copy(obj) if obj is not None and value in seen else obj)
            seen.add(value)
        return result


class ImageChooserBlock(CachedChooserMixin, image_blocks.ImageChooserBlock):
    canonical_module_path = "wagtail.images.blocks.ImageChooserBlock"


class DocumentChooserBlock(CachedChooserMixin, document_blocks.DocumentChooserBlock):
    canonical_module_path = "wagtail.documents.blocks.DocumentChooserBlock"


class VideoChooserBlock(CachedChooserMixin, media_blocks.VideoChooserBlock):
    canonical_module_path = "wagtailmedia.blocks.VideoChooserBlock"


class AudioChooserBlock(CachedChooserMixin, media_blocks.AudioChooserBlock):
    canonical_module_path = "wagtailmedia.blocks.AudioChooserBlock"
