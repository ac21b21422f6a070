"""The quiz page (GET, rendered, not from the page cache) makes at most 8 queries, however many
questions, skills and pictures it has (issue 12)."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from tests.lessons.factories import TopicPageFactory
from tests.quizzes.factories import QuizPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.own_data]

QUIZ_PAGE_QUERIES = 8
KINDS = ["single", "multiple", "true_false", "picture", "scenario"]


def queries_for(client, url: str) -> int:
    assert client.get(url).status_code == 200  # the first view makes the renditions
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200 and b'name="form_token"' in response.content
    return len(captured.captured_queries)


@override_settings(PAGE_CACHE_ENABLED=False)
def test_the_quiz_page_makes_few_queries_however_many_questions(client, tree):
    questions = {f"questions__{n}": KINDS[n % len(KINDS)] for n in range(15)}
    large = QuizPageFactory(parent=TopicPageFactory(), **questions)
    assert len(large.questions) == 15 and len(tree.quiz.questions) == 5
    small_count, large_count = queries_for(client, tree.quiz.url), queries_for(client, large.url)
    assert small_count == large_count, (small_count, large_count)
    assert small_count <= QUIZ_PAGE_QUERIES
