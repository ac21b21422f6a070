"""A quiz form, from the page to a scored result: the token, the answers, the score.

Nothing here writes to the database. ``read_submission`` either returns a ``Submission`` (the
quiz revision shown, the order, the answers and their ``QuizResult``) or raises one
``InvalidSubmission`` with a message for the learner and what to give back to the form. The
quiz page then announces the submission through the ``quiz_submitted`` hook: whoever keeps
records (the learners app) records it and answers the request.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.core import signing
from django.utils.translation import gettext_lazy as _

from .scoring import Malformed, QuizResult, score, shown_order

if TYPE_CHECKING:
    from .models import QuizPage

FORM_SALT = "quizzes.form"
FORM_MAX_AGE = 60 * 60 * 24 * 7  # a week: a phone left open overnight can still submit
MAX_SUBMISSION_BYTES = 32 * 1024
HOOK = "quiz_submitted"

# What a learner reads when ``scoring`` finds a form that does not fit its quiz.
REASONS = {
    "missing": _("Please answer every question. The questions without an answer are marked."),
    "unknown_question": _("This form does not match the quiz. Please start the quiz again."),
    "unknown_choice": _("An answer does not belong to its question. Please start the quiz again."),
    "too_many": _("Choose only one answer for the questions that are marked."),
    "order": _("This form does not match the quiz. Please start the quiz again."),
    "repeated": _("An answer was sent more than once. Please start the quiz again."),
}
# Mistakes a person makes: their answers and the same form come back to be corrected.
CORRECTABLE = ("missing", "too_many")
# What each question to correct says about itself (and the banner's link to it says).
FLAG_NOTES = {
    "missing": _("Question %(number)s: you have not chosen an answer."),
    "too_many": _("Question %(number)s: choose only one answer."),
}


class InvalidSubmission(Exception):
    """A form that records nothing: a message, and what to give back to the form.

    ``answers`` are re-ticked on the form shown again; with ``order`` and ``token`` the very
    same form comes back (only the flagged questions to fix, each saying why: ``reason``, a
    key of ``FLAG_NOTES``), else a fresh one.
    """

    def __init__(self, message, *, answers=None, order=None, token="", question_ids=(), reason=""):
        super().__init__(str(message))
        self.message = message
        self.answers = answers or {}
        self.order = order
        self.token = token
        self.question_ids = set(question_ids)
        self.reason = reason

    def flag_note(self, number: int) -> str:
        """What flagged question ``number`` says: “Câu 3: bạn chưa chọn đáp án.”"""
        note = FLAG_NOTES.get(self.reason, FLAG_NOTES["missing"])
        return note % {"number": number}


@dataclass(frozen=True)
class Submission:
    """A scored form: what was shown, what was answered, and the result."""

    quiz: QuizPage  # the live page the form was posted to
    revision_id: int  # the revision shown (scores never change with later edits)
    nonce: str  # the form's single-use id
    order: list[dict]
    answers: dict[str, list[str]]
    result: QuizResult


def new_form_token(quiz: QuizPage) -> tuple[str, list[dict]]:
    """A signed token naming the quiz, its live revision and the order shown; one use."""
    nonce = secrets.token_urlsafe(16)
    order = shown_order(quiz.key, quiz.shuffle, seed=nonce)
    return _signed_form(quiz.pk, quiz.live_revision_id, order, nonce), order


def _signed_form(quiz_id: int, revision_id: int, order: list[dict], nonce: str) -> str:
    payload = {"p": quiz_id, "r": revision_id, "o": order, "n": nonce}
    return signing.dumps(payload, salt=FORM_SALT, compress=True)


def another_form_token(quiz_id: int, revision_id: int, order: list[dict]) -> str:
    """A token for one more copy of a form already shown (a kept quiz page): the same quiz,
    revision and order, a new single-use nonce."""
    return _signed_form(quiz_id, revision_id, order, secrets.token_urlsafe(16))


def read_form_token(token: str) -> dict:
    """The token's payload; raises ``signing.BadSignature`` (or a subclass) if tampered."""
    return signing.loads(token, salt=FORM_SALT, max_age=FORM_MAX_AGE)


def read_answers(post: Mapping) -> dict[str, list[str]]:
    """Question id → chosen choice ids, from the form's ``q-<question id>`` fields."""
    return {name[2:]: post.getlist(name) for name in post if name.startswith("q-")}


def read_submission(quiz: QuizPage, post, content_length: int = 0) -> Submission:
    """Check and score a posted form; raise ``InvalidSubmission`` for anything else."""
    if content_length > MAX_SUBMISSION_BYTES:
        raise InvalidSubmission(_("The form sent was far too large. Please start the quiz again."))
    token = post.get("form_token", "")
    answers = read_answers(post)
    try:
        payload = read_form_token(token)
    except signing.SignatureExpired:
        raise InvalidSubmission(
            _("This quiz was opened too long ago. Here is a fresh copy; please answer again."),
            answers=answers,
        ) from None
    except signing.BadSignature:
        raise InvalidSubmission(
            _("This form does not match the quiz. Please start the quiz again.")
        ) from None
    if payload.get("p") != quiz.pk:
        raise InvalidSubmission(
            _("This form belongs to another quiz. Please start this quiz again.")
        )
    taken_on = quiz.key_at_revision(payload["r"]) if payload.get("r") else None
    if taken_on is None:
        raise InvalidSubmission(
            _("This quiz has changed since you opened it. Please answer again."), answers=answers
        )
    key, pass_mark = taken_on
    try:
        result = score(key, payload["o"], answers, pass_mark)
    except Malformed as error:
        keep = error.reason in CORRECTABLE
        raise InvalidSubmission(
            REASONS[error.reason],
            answers=answers if keep else None,
            order=payload["o"] if keep else None,
            token=token if keep else "",
            question_ids=error.question_ids,
            reason=error.reason if keep else "",
        ) from None
    return Submission(quiz, payload["r"], payload["n"], payload["o"], answers, result)
