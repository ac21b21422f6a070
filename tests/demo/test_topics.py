"""The demo content is one module per topic: its topic, its lessons and its quiz together.

``demo.topics`` lists every module's ``TOPIC`` and ``QUIZ`` once, in the order the seed builds
them. No database is needed.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections import Counter

import pytest

import demo.topics
from demo.spec import Lesson, Quiz, Topic
from demo.topics import QUIZZES, TOPICS, shared

NAMES = sorted(
    info.name for info in pkgutil.iter_modules(demo.topics.__path__) if info.name != "shared"
)
MODULES = [importlib.import_module(f"demo.topics.{name}") for name in NAMES]


def held(module, kind: type) -> list:
    """The objects of ``kind`` a module holds at its top level, each once (names may alias)."""
    found = []
    for value in vars(module).values():
        if isinstance(value, kind) and all(value is not seen for seen in found):
            found.append(value)
    return found


def test_there_is_a_module_per_topic():
    assert len(MODULES) == len(TOPICS) == len(QUIZZES) >= 13


@pytest.mark.parametrize("module", MODULES, ids=NAMES)
def test_module_holds_one_topic_and_its_quiz(module):
    topic, quiz = module.TOPIC, module.QUIZ
    assert held(module, Topic) == [topic]
    assert held(module, Quiz) == [quiz]
    assert quiz.topic == topic.slug
    assert module.__name__.rpartition(".")[2] == topic.slug.replace("-", "_")
    # Every lesson the module defines is one of its topic's lessons.
    assert all(any(lesson is own for own in topic.lessons) for lesson in held(module, Lesson))


def test_shared_holds_no_topic_lesson_or_quiz():
    assert not held(shared, Topic) and not held(shared, Lesson) and not held(shared, Quiz)


def test_topics_and_quizzes_list_every_module_once():
    assert sorted(map(id, TOPICS)) == sorted(id(module.TOPIC) for module in MODULES)
    assert sorted(map(id, QUIZZES)) == sorted(id(module.QUIZ) for module in MODULES)
    # A topic's quiz comes at the topic's place.
    assert [quiz.topic for quiz in QUIZZES] == [topic.slug for topic in TOPICS]


def test_no_duplicate_slugs():
    topic_slugs = Counter(topic.slug for topic in TOPICS)
    quiz_slugs = Counter(quiz.topic for quiz in QUIZZES)
    lesson_slugs = Counter(lesson.slug for topic in TOPICS for lesson in topic.lessons)
    for counter in (topic_slugs, quiz_slugs, lesson_slugs):
        assert not [slug for slug, count in counter.items() if count > 1]
