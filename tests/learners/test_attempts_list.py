"""The learner's page lists every quiz attempt, failed ones too, newest first, in one query."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from html import unescape
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from learners.models import QuizAttempt
from learners.services.progress import attempts
from tests.learners.factories import QuizAttemptFactory
from tests.learners.helpers import make_profile

pytestmark = [pytest.mark.django_db, pytest.mark.own_data]

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")
INDEX = reverse("learners:index")


def attempts_section(html: str) -> str:
    found = re.search(r'<section aria-labelledby="attempts-heading">(.*?)</section>', html, re.S)
    assert found, "the learner page has no list of attempts"
    return found.group(1)


def rows(html: str) -> list[str]:
    items = re.findall(r"<li>(.*?)</li>", attempts_section(html), re.S)
    return [" ".join(unescape(re.sub(r"<[^>]+>", " ", item)).split()) for item in items]


def taken_on(attempt: QuizAttempt, day: datetime) -> QuizAttempt:
    QuizAttempt.objects.filter(pk=attempt.pk).update(created_at=day)
    attempt.refresh_from_db()
    return attempt


def test_a_failed_attempt_is_listed_with_its_date_score_and_result_link(client, tree):
    learner = make_profile(client)
    failed = QuizAttemptFactory(quiz=tree.quiz, learner=learner, right=False)
    failed = taken_on(failed, datetime(2026, 11, 30, 9, 5, tzinfo=HANOI))
    html = client.get(INDEX).content.decode()
    assert "Các lần làm bài kiểm tra" in html
    (row,) = rows(html)
    assert row.startswith(tree.quiz.title)
    assert f"30/11/2026, 09:05 · Đúng 0 trên {failed.total} câu · Chưa đạt" in row
    result = reverse("learners:result", args=[failed.public_id])
    assert f'<a href="{result}">Xem kết quả lần này</a>' in attempts_section(html)
    assert client.get(result).status_code == 200


def test_every_attempt_is_listed_newest_first(client, tree):
    learner = make_profile(client)
    start = datetime(2026, 11, 1, 8, 0, tzinfo=HANOI)
    made = []
    for n, right in enumerate([False, True, False]):
        attempt = QuizAttemptFactory(quiz=tree.quiz, learner=learner, right=right)
        made.append(taken_on(attempt, start + timedelta(days=n)))
    listed = rows(client.get(INDEX).content.decode())
    assert [row.split(" · ")[-1].split(" Xem")[0] for row in listed] == [
        "Chưa đạt",
        "Đạt",
        "Chưa đạt",
    ]
    assert ["03/11/2026" in listed[0], "02/11/2026" in listed[1], "01/11/2026" in listed[2]] == [
        True
    ] * 3
    assert [a.pk for a in attempts(learner)] == [a.pk for a in reversed(made)]


def test_a_learner_with_no_attempt_is_told_so(client):
    make_profile(client)
    assert rows(client.get(INDEX).content.decode()) == ["Bạn chưa làm bài kiểm tra nào."]


def test_listing_attempts_is_one_query_however_many(client, tree):
    learner = make_profile(client)
    QuizAttemptFactory(quiz=tree.quiz, learner=learner, right=False)
    with CaptureQueriesContext(connection) as one:
        assert len(attempts(learner)) == 1
    client.get(INDEX)
    with CaptureQueriesContext(connection) as page_one:
        client.get(INDEX)
    for _ in range(4):
        QuizAttemptFactory(quiz=tree.quiz, learner=learner, right=False)
    with CaptureQueriesContext(connection) as five:
        assert len(attempts(learner)) == 5
    with CaptureQueriesContext(connection) as page_five:
        client.get(INDEX)
    assert len(one.captured_queries) == len(five.captured_queries) == 1
    assert len(page_one.captured_queries) == len(page_five.captured_queries)


def test_an_attempt_is_titled_in_the_visitors_language(client, tree):
    """A quiz taken in Vietnamese is listed by its English title on the English page."""
    from wagtail.models import Locale

    learner = make_profile(client)
    QuizAttemptFactory(quiz=tree.quiz, learner=learner, right=False)
    english = Locale.objects.get_or_create(language_code="en")[0]
    quiz_en = tree.quiz.copy_for_translation(english, copy_parents=True)
    quiz_en.title = "Quiz in English"
    quiz_en.save_revision().publish()
    from django.utils import translation

    with translation.override("en"):
        (attempt,) = attempts(learner)
    assert attempt.quiz_title == "Quiz in English"
    with translation.override("vi"):
        (attempt,) = attempts(learner)
    assert attempt.quiz_title == tree.quiz.title


def test_an_attempt_at_a_quiz_now_private_or_unpublished_is_left_out(client, tree):
    from wagtail.models import PageViewRestriction

    learner = make_profile(client)
    QuizAttemptFactory(quiz=tree.quiz, learner=learner, right=False)
    PageViewRestriction.objects.create(
        page=tree.topic, restriction_type=PageViewRestriction.PASSWORD, password="matkhau"
    )
    with CaptureQueriesContext(connection) as captured:
        assert attempts(learner) == []
    assert len(captured.captured_queries) == 1
    assert tree.quiz.title not in client.get(INDEX).content.decode()

    PageViewRestriction.objects.all().delete()
    assert len(attempts(learner)) == 1
    tree.quiz.unpublish()
    assert attempts(learner) == []
