"""Factories for topics and lessons, their body blocks and pictures."""

from datetime import date

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from factory.django import DjangoModelFactory
from wagtail.models import Collection
from wagtailmedia.models import get_media_model

from lessons.blocks import (
    CalloutBlock,
    CalloutKind,
    LessonStreamBlock,
    SourceBlock,
    SourcesStreamBlock,
    StepBlock,
)
from lessons.models import LessonPage, TopicPage
from portal.models import PortalImage
from tests.home.factories import HomePageFactory, PublishedPageFactory
from tests.skills.factories import framework_skill


class ImageFactory(wagtail_factories.ImageFactory):
    """A small picture (``portal.PortalImage``) in the root collection."""

    class Meta:
        model = PortalImage

    title = factory.Sequence(lambda n: f"Ảnh thử {n}")
    collection = factory.LazyFunction(Collection.get_first_root_node)
    file = factory.django.ImageField(width=80, height=60, color="teal")


class VideoFactory(DjangoModelFactory):
    """A video file (``wagtailmedia``): a few bytes, enough for a block to point at."""

    class Meta:
        model = get_media_model()

    title = factory.Sequence(lambda n: f"Video thử {n}")
    type = "video"
    duration = 30
    collection = factory.LazyFunction(Collection.get_first_root_node)
    file = factory.LazyFunction(lambda: ContentFile(b"\x00" * 64, name="video-thu.mp4"))


class ImageChooserBlockFactory(wagtail_factories.ImageChooserBlockFactory):
    image = factory.SubFactory(ImageFactory)


class StepBlockFactory(wagtail_factories.StructBlockFactory):
    class Meta:
        model = StepBlock

    title = factory.Sequence(lambda n: f"Bước thử {n}")
    image = factory.SubFactory(ImageChooserBlockFactory)
    alt = factory.Sequence(lambda n: f"Màn hình điện thoại ở bước {n}")
    text = "Chạm vào nút “Đăng nhập”."
    tip = ""


class CalloutBlockFactory(wagtail_factories.StructBlockFactory):
    class Meta:
        model = CalloutBlock

    kind = CalloutKind.DANGER
    title = "Không bao giờ chia sẻ mã OTP"
    text = "Cán bộ và ngân hàng không bao giờ hỏi mã OTP của bạn."


class LessonStreamBlockFactory(wagtail_factories.StreamBlockFactory):
    class Meta:
        model = LessonStreamBlock

    step = factory.SubFactory(StepBlockFactory)
    callout = factory.SubFactory(CalloutBlockFactory)


class SourceBlockFactory(wagtail_factories.StructBlockFactory):
    class Meta:
        model = SourceBlock

    title = "Hướng dẫn sử dụng ứng dụng VNeID"
    publisher = "Bộ Công an"
    url = factory.Sequence(lambda n: f"https://vneid.gov.vn/huong-dan/{n}")
    published = None


class SourcesStreamBlockFactory(wagtail_factories.StreamBlockFactory):
    class Meta:
        model = SourcesStreamBlock

    source = factory.SubFactory(SourceBlockFactory)


class TopicPageFactory(PublishedPageFactory):
    """A topic; without a parent, under the test's home (made when first needed)."""

    class Meta:
        model = TopicPage

    parent = factory.SubFactory(HomePageFactory)
    title = factory.Sequence(lambda n: f"Chủ đề thử {n}")
    slug = factory.Sequence(lambda n: f"chu-de-thu-{n}")
    intro = "Dành cho người mới dùng điện thoại thông minh."


class LessonPageFactory(PublishedPageFactory):
    """A lesson: two steps with pictures, a danger callout, a third step; one source."""

    class Meta:
        model = LessonPage

    parent = factory.SubFactory(TopicPageFactory)
    title = factory.Sequence(lambda n: f"Bài học thử {n}")
    slug = factory.Sequence(lambda n: f"bai-hoc-thu-{n}")
    summary = "Bạn sẽ tự làm được việc này trên điện thoại."
    duration_minutes = 5
    skills = factory.LazyFunction(lambda: [framework_skill("2.6")])
    last_checked = factory.LazyFunction(date.today)
    body = wagtail_factories.StreamFieldFactory(LessonStreamBlockFactory)
    body__0 = "step"
    body__1 = "step"
    body__2 = "callout"
    body__3 = "step"
    sources = wagtail_factories.StreamFieldFactory(SourcesStreamBlockFactory)
    sources__0 = "source"
