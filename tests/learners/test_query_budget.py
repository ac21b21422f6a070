"""The learner's own page (/hoc-vien/) makes at most 10 queries for a learner with attempts,
lessons learned and certificates, however many of them (issue 12)."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lessons.models import LessonPage
from quizzes.models import QuizPage
from tests.learners.helpers import answers_for, make_profile, open_form, pass_quiz, submit

pytestmark = pytest.mark.django_db

LEARNER_PAGE_QUERIES = 10


def queries_for(client, url: str) -> int:
    client.get(url)  # what is kept in the cache (the skills framework, the site) is kept
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries)


def learn(client, lessons) -> None:
    for lesson in lessons:
        response = client.post(reverse("learners:complete_lesson", args=[lesson.pk]))
        assert response.status_code == 302


@override_settings(PAGE_CACHE_ENABLED=False)
def test_the_learners_page_makes_few_queries_however_many_records(client):
    make_profile(client, name="Trần Thị Bích")  # another learner of this phone, listed
    learner = make_profile(client)
    quizzes = list(QuizPage.objects.live().filter(locale__language_code="vi").order_by("path"))
    lessons = list(LessonPage.objects.live().filter(locale__language_code="vi").order_by("path"))
    assert len(quizzes) >= 5 and len(lessons) >= 8

    assert pass_quiz(client, quizzes[0]).status_code == 302
    learn(client, lessons[:2])
    few = queries_for(client, reverse("learners:index"))
    assert learner.attempts.count() == 1 and learner.certificates.count() >= 1

    for quiz in quizzes[1:5]:
        assert pass_quiz(client, quiz).status_code == 302
        form = open_form(client, quiz)  # and a failed try at each
        assert submit(client, quiz, answers_for(quiz, right=False), form["token"]).status_code
    learn(client, lessons[2:8])
    many = queries_for(client, reverse("learners:index"))
    assert learner.attempts.count() == 9 and learner.certificates.count() >= 5
    assert learner.completions.count() >= 8

    html = client.get(reverse("learners:index")).content.decode()
    assert "Trần Thị Bích" in html and quizzes[4].title in html
    assert few == many, (few, many)
    assert many <= LEARNER_PAGE_QUERIES
