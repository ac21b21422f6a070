"""Scoring: a pure function of a quiz revision's questions and the learner's answers.

No database, no request: the same questions and answers always give the same result, so an
old attempt can be re-scored from the revision it was taken on.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field


class Malformed(ValueError):
    """Answers that do not fit the quiz they claim to answer; nothing may be recorded."""

    def __init__(self, reason: str, question_ids: Sequence[str] = ()):
        super().__init__(reason)
        # "missing", "unknown_question", "unknown_choice", "repeated", "too_many", "order"
        self.reason = reason
        self.question_ids = tuple(question_ids)


@dataclass(frozen=True)
class Key:
    """What is needed to score one question (made by its block: ``QuestionBlock.key``)."""

    id: str
    single: bool  # exactly one choice may be picked
    skill_id: int | None
    choices: tuple[str, ...]  # every valid choice id, in the editor's order
    correct: frozenset[str]
    shuffle_choices: bool = True  # False where the order means something (true, then false)


@dataclass(frozen=True)
class QuestionResult:
    id: str
    skill_id: int | None
    chosen: tuple[str, ...]
    correct_choices: frozenset[str]
    is_correct: bool


@dataclass(frozen=True)
class QuizResult:
    questions: tuple[QuestionResult, ...]  # in the order shown
    pass_mark: int
    correct: int = 0
    total: int = 0
    skills_shown: tuple[int, ...] = field(default=())

    @property
    def percent(self) -> int:
        return round(100 * self.correct / self.total) if self.total else 0

    @property
    def passed(self) -> bool:
        # Integer comparison: 7 of 10 passes a 70 % mark exactly, with no float rounding.
        return self.total > 0 and 100 * self.correct >= self.pass_mark * self.total


def needed_to_pass(total: int, pass_mark: int) -> int:
    """How many right answers pass: the least n with 100·n ≥ pass_mark·total (“6 of 8”)."""
    return -(-pass_mark * total // 100)


def shown_order(key: Mapping[str, Key], shuffle: bool, seed: str) -> list[dict]:
    """The order in which questions (and their choices) are shown: shuffled per attempt."""
    questions = list(key.values())
    rng = random.Random(seed)  # noqa: S311  not security: only the display order
    if shuffle:
        rng.shuffle(questions)
    order = []
    for question in questions:
        choices = list(question.choices)
        if shuffle and question.shuffle_choices:
            rng.shuffle(choices)
        order.append({"q": question.id, "c": choices})
    return order


def score(
    key: Mapping[str, Key],
    order: Sequence[Mapping],
    answers: Mapping[str, Sequence[str]],
    pass_mark: int,
) -> QuizResult:
    """Score ``answers`` (question id → chosen choice ids) against ``key``.

    Raises ``Malformed`` for anything a real form could not have sent: an order that is
    not this quiz's, an unknown question or choice, a choice sent twice, several answers to a
    one-answer question, or a question left unanswered.
    """
    shown = [item.get("q") for item in order]
    if sorted(shown) != sorted(key) or any(
        sorted(item.get("c", [])) != sorted(key[item["q"]].choices) for item in order
    ):
        raise Malformed("order")
    unknown = [question_id for question_id in answers if question_id not in key]
    if unknown:
        raise Malformed("unknown_question", unknown)
    missing = [question_id for question_id in shown if not answers.get(question_id)]
    if missing:
        raise Malformed("missing", missing)

    results = []
    for question_id in shown:
        question = key[question_id]
        chosen = tuple(dict.fromkeys(answers[question_id]))
        if any(choice not in question.choices for choice in chosen):
            raise Malformed("unknown_choice", [question_id])
        if len(chosen) != len(answers[question_id]):  # a form never sends a choice twice
            raise Malformed("repeated", [question_id])
        if question.single and len(chosen) != 1:
            raise Malformed("too_many", [question_id])
        results.append(
            QuestionResult(
                id=question_id,
                skill_id=question.skill_id,
                chosen=chosen,
                correct_choices=question.correct,
                is_correct=set(chosen) == set(question.correct),
            )
        )
    correct = sum(result.is_correct for result in results)
    return QuizResult(
        questions=tuple(results),
        pass_mark=pass_mark,
        correct=correct,
        total=len(results),
        skills_shown=skills_shown(results, pass_mark),
    )


def skills_shown(results: Sequence[QuestionResult], pass_mark: int) -> tuple[int, ...]:
    """Skills whose questions were answered correctly at least at the pass mark."""
    asked: dict[int, list[bool]] = {}
    for result in results:
        if result.skill_id is not None:
            asked.setdefault(result.skill_id, []).append(result.is_correct)
    return tuple(
        sorted(
            skill_id
            for skill_id, outcomes in asked.items()
            if 100 * sum(outcomes) >= pass_mark * len(outcomes)
        )
    )
