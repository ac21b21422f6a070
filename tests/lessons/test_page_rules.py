"""Editors can only build the tree the design allows."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from lessons.models import LessonPage, TopicPage


class PageTreeRulesTests(WagtailPageTestCase):
    def test_home_sits_at_the_root_and_holds_topics_only(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(HomePage, {TopicPage})

    def test_topics_sit_under_home_and_hold_lessons(self):
        self.assertAllowedParentPageTypes(TopicPage, {HomePage})
        self.assertCanCreateAt(TopicPage, LessonPage)
        self.assertCanNotCreateAt(TopicPage, TopicPage)
        self.assertCanNotCreateAt(TopicPage, HomePage)

    def test_lessons_are_leaves_under_topics(self):
        self.assertAllowedParentPageTypes(LessonPage, {TopicPage})
        self.assertAllowedSubpageTypes(LessonPage, set())
        self.assertCanNotCreateAt(HomePage, LessonPage)
        self.assertCanNotCreateAt(Page, LessonPage)
        self.assertCanNotCreateAt(Page, TopicPage)

    def test_every_demo_page_is_renderable(self):
        for model in (HomePage, TopicPage, LessonPage):
            for page in model.objects.live().filter(locale__language_code="vi")[:3]:
                self.assertPageIsRenderable(page)
                self.assertPageIsRoutable(page)
