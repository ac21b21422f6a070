"""Many phones at once against gunicorn (two workers, eight threads each) on the test database.

Each test counts the committed rows before and after: a race either records every submission
exactly once, or the test fails. The same tests run on SQLite and on PostgreSQL in CI.
Every phone here names a made-up address of its own behind the trusted proxy (the server runs
with ``TRUSTED_PROXIES=127.0.0.1``), so the per-address PIN limit of one test does not reach
another, nor the browser tests.
"""

from __future__ import annotations

import html
import itertools
import re
import secrets

import pytest
from wagtail.models import Locale

from learners.models import Learner, LessonCompletion, QuizAttempt
from lessons.models import LessonPage, TopicPage
from quizzes.models import QuizPage

from .phone import Phone, at_once, quiz_form

RESULT = re.compile(r"^/(?:en/)?hoc-vien/ket-qua/[0-9a-f-]{36}/$")
CODE = re.compile(r'class="code-box">([A-Z0-9-]+)<')
_addresses = itertools.count(10)


def new_phone(base: str, address: str | None = None) -> Phone:
    address = address or f"198.51.100.{next(_addresses) % 250}"
    return Phone(base, headers={"X-Forwarded-For": address})


def answers_for(quiz: QuizPage) -> dict[str, list[str]]:
    return {f"q-{key.id}": sorted(key.correct) for key in quiz.key.values()}


def make_profile(phone: Phone, name: str | None = None, pin: str = "2468") -> str:
    """Save a profile from this phone; return the learner code the portal shows."""
    assert phone.get("/hoc-vien/luu-ket-qua/").status == 200
    name = name or f"Người thử {secrets.token_hex(3)}"
    answer = phone.post(
        "/hoc-vien/luu-ket-qua/", {"display_name": name, "pin": pin, "pin_again": pin}
    )
    assert answer.status == 302, answer.body[:2000]
    page = phone.get("/hoc-vien/")
    return html.unescape(CODE.search(page.body).group(1))


@pytest.fixture
def vneid_quizzes(orm):
    """The VNeID quiz and its English translation: URLs, right answers, ids, English lessons."""

    def load():
        topic = TopicPage.objects.get(slug="vneid", locale__language_code="vi")
        vi = QuizPage.objects.child_of(topic).get()
        en = vi.get_translation(Locale.objects.get(language_code="en"))
        return {
            "vi": (vi.url, answers_for(vi)),
            "en": (en.url, answers_for(en)),
            "ids": (vi.pk, en.pk),
            "en_lessons": LessonPage.objects.child_of(en.get_parent()).live().count(),
        }

    return orm(load)


def test_passes_of_a_translated_quiz_sent_at_once_are_each_recorded_once(
    app_server, records, vneid_quizzes
):
    """Finding 1: a learner who passed the Vietnamese quiz sends three English forms at once."""
    (vi_url, vi_answers), (en_url, en_answers) = vneid_quizzes["vi"], vneid_quizzes["en"]
    quiz_ids = vneid_quizzes["ids"]
    rounds, copies = 6, 3
    before = records(QuizAttempt, quiz_id__in=quiz_ids)
    for _ in range(rounds):
        phone = new_phone(app_server)
        code = make_profile(phone)
        action, token = quiz_form(phone, vi_url)
        assert phone.post(action, {"form_token": token, **vi_answers}).status == 302
        forms = [quiz_form(phone, en_url) for _ in range(copies)]
        answers = at_once(
            [
                lambda form=form, phone=phone: phone.post(
                    form[0], {"form_token": form[1], **en_answers}
                )
                for form in forms
            ]
        )
        assert [answer.status for answer in answers] == [302] * copies, [
            answer.body[:300] for answer in answers
        ]
        assert len({answer.location for answer in answers}) == copies  # three attempts
        for answer in answers:
            assert RESULT.match(answer.location), answer.location
            assert phone.get(answer.location).status == 200
        learner_attempts = records(QuizAttempt, learner__code=code)
        assert learner_attempts == 1 + copies
        english_lessons = records(
            LessonCompletion, learner__code=code, lesson__locale__language_code="en"
        )
        assert english_lessons == vneid_quizzes["en_lessons"]  # each once, whoever won the race
    assert records(QuizAttempt, quiz_id__in=quiz_ids) == before + rounds * (1 + copies)


def test_a_hall_of_phones_saving_at_once_loses_nothing(app_server, records, orm):
    """Finding 2: twelve profiles and twelve lesson completions sent at the same moment."""
    lesson_url = orm(
        lambda: (
            LessonPage.objects.get(slug="cai-dat-ung-dung-vneid", locale__language_code="vi").url
        )
    )
    savers = [new_phone(app_server) for _ in range(12)]
    readers = [new_phone(app_server) for _ in range(12)]
    for phone in savers:
        assert phone.get("/hoc-vien/luu-ket-qua/").status == 200
    actions = []
    for phone in readers:
        page = phone.get(lesson_url)
        actions.append(re.search(r'action="(/hoc-vien/bai-hoc/\d+/da-hoc-xong/)"', page.body)[1])
    names = [f"Người trong hội trường {secrets.token_hex(3)}" for _ in savers]
    learners_before = records(Learner)
    done_before = records(LessonCompletion, lesson__slug="cai-dat-ung-dung-vneid")

    answers = at_once(
        [
            lambda phone=phone, name=name: phone.post(
                "/hoc-vien/luu-ket-qua/", {"display_name": name, "pin": "1357", "pin_again": "1357"}
            )
            for phone, name in zip(savers, names, strict=True)
        ]
        + [
            lambda phone=phone, action=action: phone.post(action, {})
            for phone, action in zip(readers, actions, strict=True)
        ]
    )

    assert [answer.status for answer in answers] == [302] * 24, [
        (answer.status, answer.body[:200]) for answer in answers if answer.status != 302
    ]
    assert records(Learner) == learners_before + 12
    assert records(Learner, display_name__in=names) == 12
    assert records(LessonCompletion, lesson__slug="cai-dat-ung-dung-vneid") == done_before + 12


def test_a_first_visitors_double_tap_leads_every_copy_to_the_result(app_server, records, orm):
    """Finding 3: no session yet, the same form sent four times at once."""
    quiz_url, answers = orm(
        lambda: (lambda quiz: (quiz.url, answers_for(quiz)))(
            QuizPage.objects.child_of(
                TopicPage.objects.get(slug="phong-chong-lua-dao", locale__language_code="vi")
            ).get()
        )
    )
    phone = new_phone(app_server)
    action, token = quiz_form(phone, quiz_url)
    assert "sessionid" not in phone.cookies  # a first visitor: reading gave no session
    copies = [phone.copy() for _ in range(4)]
    before = records(QuizAttempt)

    replies = at_once(
        [lambda copy=copy: copy.post(action, {"form_token": token, **answers}) for copy in copies]
    )

    assert records(QuizAttempt) == before + 1  # one attempt, whatever the number of taps
    assert {reply.status for reply in replies} == {302}
    assert len({reply.location for reply in replies}) == 1  # every copy leads to that one
    for copy in copies:
        page = copy.get(replies[0].location)
        assert page.status == 200, page.status
        assert "Bạn đã trả lời đúng" in page.body or "đúng" in page.body
    public_id = replies[0].location.rstrip("/").rsplit("/", 1)[1]
    recorder = orm(lambda: QuizAttempt.objects.get(public_id=public_id).session_key)
    # A copy whose session did not write the attempt can still save it to a new profile.
    other = next(copy for copy in copies if copy.cookies.get("sessionid") != recorder)
    code = make_profile(other)
    assert orm(lambda: QuizAttempt.objects.get(public_id=public_id).learner.code) == code


def test_wrong_pins_sent_at_once_are_checked_at_most_five_times(app_server):
    """Finding 4: thirty wrong PINs sent at the same moment, then the right one."""
    owner = new_phone(app_server)
    code = make_profile(owner, pin="2468")
    thief = new_phone(app_server)
    assert thief.get("/hoc-vien/dang-nhap/").status == 200
    pins = [f"{n:04d}" for n in range(1000, 1030)]
    copies = [thief.copy() for _ in pins]

    replies = at_once(
        [
            lambda copy=copy, pin=pin: copy.post("/hoc-vien/dang-nhap/", {"code": code, "pin": pin})
            for copy, pin in zip(copies, pins, strict=True)
        ]
    )

    checked = [r for r in replies if "chưa đúng" in r.body]
    refused = [r for r in replies if "quá nhiều lần" in r.body]
    assert len(checked) + len(refused) == len(pins), [r.status for r in replies]
    assert len(checked) <= 5, f"{len(checked)} PINs were checked"
    right = thief.copy().post("/hoc-vien/dang-nhap/", {"code": code, "pin": "2468"})
    assert right.status == 400 and "quá nhiều lần" in right.body  # locked, even for the owner's PIN


def test_wrong_pins_one_after_another_are_limited_across_workers(app_server):
    """Finding 5: the limit is one count shared by every worker process, not one per worker."""
    owner = new_phone(app_server)
    code = make_profile(owner)
    thief = new_phone(app_server)
    assert thief.get("/hoc-vien/dang-nhap/").status == 200
    replies = [
        thief.copy().post("/hoc-vien/dang-nhap/", {"code": code, "pin": f"{n:04d}"})
        for n in range(5000, 5024)
    ]
    checked = sum("chưa đúng" in reply.body for reply in replies)
    assert checked == 5, f"{checked} of 24 PINs were checked"
    assert all("quá nhiều lần" in reply.body for reply in replies[5:])


def test_health_check_answers_without_details(app_server):
    phone = new_phone(app_server)
    answer = phone.get("/healthz")
    assert answer.status == 200
    assert answer.body.strip() == "ok"
    assert "no-store" in answer.headers.get("cache-control", "")
    assert "sessionid" not in answer.cookies and "csrftoken" not in answer.cookies
