"""Rules every app's blocks share: named rich-text feature lists, alt text, video posters."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

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
