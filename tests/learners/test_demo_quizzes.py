"""The demo's own quizzes, taken through the pages: what they add up to, in both languages.

These read the seeded demo content on purpose; the rules themselves are tested on a test's own
data in ``test_learners.py``, ``test_submissions.py`` and ``test_records.py``.
"""

import pytest
from django.core.cache import cache
from django.urls import reverse

from learners.models import Learner
from lessons.models import TopicPage
from quizzes.models import QuizPage
from skills.models import Skill
from tests.learners.helpers import answers_for, make_profile, open_form, pass_quiz, submit

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()


def demo_quiz(topic_slug: str, language: str = "vi") -> QuizPage:
    topic = TopicPage.objects.get(slug=topic_slug, locale__language_code=language)
    return QuizPage.objects.child_of(topic).get()


def test_the_demo_quizzes_add_up_to_the_basic_certificate(client):
    learner = make_profile(client)
    required = set(
        Skill.objects.filter(required_for_basic=True, locale__language_code="vi").values_list(
            "code", flat=True
        )
    )
    topics = [
        "dien-thoai-thong-minh",
        "vneid",
        "dich-vu-cong-truc-tuyen",
        "phong-chong-lua-dao",
        "zalo-nhom-thon",
    ]
    for slug in topics[:-1]:
        pass_quiz(client, demo_quiz(slug))
    achieved = set(learner.skills.values_list("skill__code", flat=True))
    assert not learner.certificates.filter(kind="basic").exists() or required <= achieved
    for slug in topics[-1:] + ["toc-do-internet-tim-kiem", "thanh-toan-khong-dung-tien-mat"]:
        pass_quiz(client, demo_quiz(slug))
    achieved = set(learner.skills.values_list("skill__code", flat=True))
    assert required <= achieved
    basic = learner.certificates.get(kind="basic")
    assert basic.title == "Hoàn thành mức độ phổ cập kỹ năng số cơ bản"
    assert {s["code"] for s in basic.skills} == required


def test_the_english_quiz_scores_and_records_the_same_skills(client):
    quiz = demo_quiz("vneid", language="en")
    html = client.get(quiz.url).content.decode()
    assert '<html lang="en">' in html and "Submit answers" in html
    client.post(
        reverse("learners:create"),
        {"display_name": "Test Learner", "pin": "1234", "pin_again": "1234"},
    )
    form = open_form(client, quiz)
    response = submit(client, quiz, answers_for(quiz), form["token"])
    assert response.status_code == 302
    learner = Learner.objects.get(display_name="Test Learner")
    codes = set(learner.skills.values_list("skill__code", flat=True))
    assert {"2.6", "2.3", "4.2"} <= codes
    assert set(learner.skills.values_list("skill__locale__language_code", flat=True)) == {"vi"}
    assert learner.certificates.get().topic.locale.language_code == "vi"
