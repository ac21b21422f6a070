"""Body blocks of a lesson. Validation lives in the blocks; derived values on StructValues."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from core.blocks import (
    LESSON_RICH_TEXT_FEATURES,
    AudioChooserBlock,
    DocumentChooserBlock,
    ImageChooserBlock,
    PosterRequiredBlock,
    VideoChooserBlock,
    missing_alt_text,
)


class ParagraphBlock(blocks.RichTextBlock):
    """A short paragraph of limited rich text."""

    def __init__(self, **kwargs):
        super().__init__(features=LESSON_RICH_TEXT_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        group = _("Text")
        template = "blocks/paragraph.html"
        description = _("A few sentences of explanation.")
        preview_value = "<p>Điện thoại thông minh giúp bạn làm thủ tục mà không phải đi xa.</p>"


class StepBlock(blocks.StructBlock):
    """One numbered step: a short title, a picture with alt text, one or two sentences."""

    title = blocks.CharBlock(
        label=_("Step title"), max_length=80, help_text=_("One action, e.g. “Mở ứng dụng VNeID”.")
    )
    image = ImageChooserBlock(label=_("Picture"))
    alt = blocks.CharBlock(
        label=_("Picture description (alt text)"),
        required=False,
        max_length=250,
        help_text=_("What the picture shows, for people who cannot see it."),
    )
    text = blocks.TextBlock(
        label=_("Text"),
        max_length=400,
        rows=3,
        help_text=_("One or two sentences. Put the words on the phone's screen in quotes."),
    )
    tip = blocks.CharBlock(label=_("Tip"), required=False, max_length=200)

    def clean(self, value):
        value = super().clean(value)
        errors = missing_alt_text(value)
        if errors:
            raise blocks.StructBlockValidationError(block_errors=errors)
        return value

    class Meta:
        icon = "list-ol"
        label = _("Step")
        group = _("Steps")
        template = "blocks/step.html"
        form_classname = "struct-block step-block"
        description = _("A numbered step with a picture. Steps are numbered automatically.")
        preview_value = {
            "title": "Mở ứng dụng VNeID",
            "text": "Chạm vào biểu tượng VNeID trên màn hình chính.",
            "tip": "",
        }


class FigureBlock(blocks.StructBlock):
    """A picture with its caption."""

    image = ImageChooserBlock(label=_("Picture"))
    alt = blocks.CharBlock(label=_("Picture description (alt text)"), max_length=250)
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Picture")
        group = _("Media")
        template = "blocks/figure.html"
        description = _("A picture with a caption, outside the numbered steps.")


class VideoBlock(PosterRequiredBlock):
    """An uploaded video with a poster and a captions track."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    video = VideoChooserBlock(label=_("Video file"))
    poster = ImageChooserBlock(
        label=_("Poster"),
        required=False,
        help_text=_("Shown before the video plays; required so slow phones see something."),
    )
    captions = DocumentChooserBlock(
        label=_("Captions (WebVTT)"),
        required=False,
        help_text=_("A .vtt file with the spoken words, for deaf viewers and noisy places."),
    )
    captions_language = blocks.ChoiceBlock(
        label=_("Captions language"),
        choices=settings.WAGTAIL_CONTENT_LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    transcript = blocks.TextBlock(label=_("Transcript"), required=False)

    class Meta:
        icon = "media"
        label = _("Video")
        group = _("Media")
        template = "blocks/video.html"
        description = _("A short video file with a poster and captions.")


class ExternalVideoBlock(PosterRequiredBlock):
    """A link to a video on another site (e.g. an official channel), shown as a card, not embedded."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    url = blocks.URLBlock(label=_("Link"))
    source = blocks.CharBlock(
        label=_("Published by"), max_length=120, help_text=_("E.g. “Bộ Công an”.")
    )
    poster = ImageChooserBlock(label=_("Poster"), required=False)

    class Meta:
        icon = "link-external"
        label = _("Video link")
        group = _("Media")
        template = "blocks/external_video.html"
        description = _(
            "A link to a video elsewhere. It opens on its own site; nothing is embedded."
        )


class CalloutKind(models.TextChoices):
    """How strongly a callout speaks; the label is what readers see above it."""

    TIP = "tip", _("Tip")
    WARNING = "warning", _("Be careful")
    DANGER = "danger", _("Danger")


class CalloutStructValue(blocks.StructValue):
    """Derived labels so that templates never branch on the callout kind."""

    SYMBOLS = {CalloutKind.TIP: "i", CalloutKind.WARNING: "!", CalloutKind.DANGER: "!"}

    def kind_label(self):
        kind = self.get("kind")
        return CalloutKind(kind).label if kind in CalloutKind.values else ""

    def symbol(self):
        return self.SYMBOLS.get(self.get("kind"), "i")


class CalloutBlock(blocks.StructBlock):
    """A boxed tip, warning or danger note, e.g. “Không bao giờ chia sẻ mã OTP”."""

    kind = blocks.ChoiceBlock(label=_("Kind"), choices=CalloutKind.choices, default=CalloutKind.TIP)
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), max_length=500, rows=3)

    class Meta:
        icon = "warning"
        label = _("Callout")
        group = _("Text")
        template = "blocks/callout.html"
        value_class = CalloutStructValue
        description = _("A boxed tip, warning or danger note that stands out, also on paper.")
        preview_value = {
            "kind": "danger",
            "title": "Không bao giờ chia sẻ mã OTP",
            "text": "Công an, ngân hàng và cán bộ xã không bao giờ hỏi mã OTP của bạn.",
        }


class AudioBlock(blocks.StructBlock):
    """A narration of the lesson for people who prefer to listen."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    audio = AudioChooserBlock(label=_("Audio file"))
    transcript = blocks.TextBlock(label=_("Transcript"), required=False)

    class Meta:
        icon = "media"
        label = _("Audio narration")
        group = _("Media")
        template = "blocks/audio.html"
        description = _("A recording of the lesson read aloud.")


class ChecklistBlock(blocks.StructBlock):
    """“Try it yourself”: a short list of things to do on one's own phone."""

    title = blocks.CharBlock(label=_("Title"), max_length=120, default="Tự làm thử")
    items = blocks.ListBlock(
        blocks.CharBlock(label=_("Item"), max_length=200), label=_("Items"), min_num=1
    )

    class Meta:
        icon = "tasks"
        label = _("Try it yourself")
        group = _("Text")
        template = "blocks/checklist.html"
        description = _("Things to try on your own phone after the lesson.")
        preview_value = {
            "title": "Tự làm thử",
            "items": ["Mở ứng dụng VNeID", "Đăng nhập bằng mật khẩu của bạn"],
        }


class LessonStreamBlock(blocks.StreamBlock):
    """The body of a lesson."""

    paragraph = ParagraphBlock()
    step = StepBlock()
    figure = FigureBlock()
    video = VideoBlock()
    external_video = ExternalVideoBlock()
    callout = CalloutBlock()
    audio = AudioBlock()
    checklist = ChecklistBlock()

    class Meta:
        block_counts = {"step": {"max_num": 20}}


class SourceBlock(blocks.StructBlock):
    """Where a lesson's facts come from: shown under “Nguồn” at the end and on the handout."""

    title = blocks.CharBlock(
        label=_("Title"), max_length=255, help_text=_("As published, e.g. the article's headline.")
    )
    publisher = blocks.CharBlock(
        label=_("Publisher"),
        max_length=120,
        help_text=_("An official body or a newspaper, e.g. “Bộ Công an”, “Báo Thanh Niên”."),
    )
    url = blocks.URLBlock(label=_("Address (link)"))
    published = blocks.DateBlock(
        label=_("Date published"), required=False, help_text=_("Leave empty if the page has none.")
    )

    class Meta:
        icon = "link"
        label = _("Source")
        description = _("An official page or a news article the lesson's facts rest on.")
        preview_value = {
            "title": "Hướng dẫn kích hoạt tài khoản định danh điện tử",
            "publisher": "Bộ Công an",
            "url": "https://vneid.gov.vn/",
        }


class SourcesStreamBlock(blocks.StreamBlock):
    """A lesson's sources: at least one."""

    source = SourceBlock()

    class Meta:
        min_num = 1
