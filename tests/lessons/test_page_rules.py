"""Editors can only build the tree the design allows; every kind of page renders."""

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from lessons.models import LessonPage, TopicPage
from quizzes.models import QuizPage
from tests.quizzes.factories import build_tree

pytestmark = pytest.mark.own_data


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

    def test_a_quiz_sits_under_a_topic_once(self):
        self.assertAllowedParentPageTypes(QuizPage, {TopicPage})
        self.assertAllowedSubpageTypes(QuizPage, set())
        self.assertCanCreateAt(TopicPage, QuizPage)
        self.assertCanNotCreateAt(HomePage, QuizPage)
        tree = build_tree(lessons=1)
        self.assertFalse(QuizPage.can_create_at(tree.topic))  # it has its quiz already

    def test_every_kind_of_page_is_renderable_and_routable(self):
        tree = build_tree()
        for page in (tree.home, tree.topic, *tree.lessons, tree.quiz):
            self.assertPageIsRenderable(page)
            self.assertPageIsRoutable(page)
        for page in (tree.topic, tree.lessons[0]):  # their print views
            self.assertPageIsRenderable(page, route_path="in/")
            self.assertPageIsRoutable(page, route_path="in/")
