"""Scoring is a pure function: every question kind, shuffle, pass marks, skills."""

import pytest

from quizzes.blocks import QuestionStreamBlock
from quizzes.scoring import Malformed, needed_to_pass, score, shown_order


def choices(*spec):
    return [
        {"type": "item", "id": cid, "value": {"text": cid, "correct": ok, "feedback": ""}}
        for cid, ok in spec
    ]


QUESTIONS = [
    {
        "type": "single",
        "id": "q1",
        "value": {
            "text": "?",
            "skill": 1,
            "choices": choices(("a", True), ("b", False), ("c", False)),
        },
    },
    {
        "type": "multiple",
        "id": "q2",
        "value": {
            "text": "?",
            "skill": 1,
            "choices": choices(("d", True), ("e", True), ("f", False), ("g", False)),
        },
    },
    {"type": "true_false", "id": "q3", "value": {"text": "?", "skill": 2, "answer": False}},
    {
        "type": "picture",
        "id": "q4",
        "value": {"text": "?", "skill": 2, "choices": choices(("h", False), ("i", True))},
    },
    {
        "type": "scenario",
        "id": "q5",
        "value": {
            "text": "?",
            "skill": 3,
            "image": 9,
            "choices": choices(("j", True), ("k", False)),
        },
    },
]


def answer_key(raw_questions):
    """The scoring key, made by the question blocks from raw stored data."""
    return QuestionStreamBlock().answer_key(raw_questions)


KEY = answer_key(QUESTIONS)
ORDER = shown_order(KEY, shuffle=False, seed="x")
ALL_RIGHT = {"q1": ["a"], "q2": ["d", "e"], "q3": ["false"], "q4": ["i"], "q5": ["j"]}


def test_all_right_passes_and_shows_every_skill():
    result = score(KEY, ORDER, ALL_RIGHT, pass_mark=80)
    assert (result.correct, result.total, result.percent, result.passed) == (5, 5, 100, True)
    assert result.skills_shown == (1, 2, 3)
    assert [q.id for q in result.questions] == ["q1", "q2", "q3", "q4", "q5"]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("q1", ["b"]),
        ("q2", ["d"]),
        ("q2", ["d", "e", "f"]),
        ("q3", ["true"]),
        ("q4", ["h"]),
        ("q5", ["k"]),
    ],
)
def test_each_kind_can_be_wrong(question, answer):
    result = score(KEY, ORDER, {**ALL_RIGHT, question: answer}, pass_mark=80)
    wrong = [q.id for q in result.questions if not q.is_correct]
    assert wrong == [question]
    assert result.correct == 4


def test_multiple_choice_order_does_not_matter():
    result = score(KEY, ORDER, {**ALL_RIGHT, "q2": ["e", "d"]}, pass_mark=80)
    assert result.correct == 5


@pytest.mark.parametrize("chosen", [["e", "d", "e"], ["d", "d"], ["e"] * 350])
def test_a_choice_sent_twice_is_refused(chosen):
    # A form's checkbox is sent once; the same choice again is a made-up form.
    with pytest.raises(Malformed) as refused:
        score(KEY, ORDER, {**ALL_RIGHT, "q2": chosen}, pass_mark=80)
    assert refused.value.reason == "repeated" and refused.value.question_ids == ("q2",)


@pytest.mark.parametrize(
    ("correct", "total", "mark", "passed"),
    [
        (7, 10, 70, True),
        (6, 10, 70, False),
        (2, 3, 67, False),
        (2, 3, 66, True),
        (1, 1, 100, True),
        (0, 1, 1, False),
    ],
)
def test_pass_mark_edges_use_exact_integers(correct, total, mark, passed):
    questions = [
        {"type": "true_false", "id": f"t{n}", "value": {"text": "?", "skill": 1, "answer": True}}
        for n in range(total)
    ]
    key = answer_key(questions)
    order = shown_order(key, shuffle=False, seed="")
    answers = {f"t{n}": ["true" if n < correct else "false"] for n in range(total)}
    result = score(key, order, answers, pass_mark=mark)
    assert result.passed is passed
    assert result.correct == correct


def test_skill_needs_the_pass_mark_of_its_own_questions():
    # Skill 1 has q1 and q2: one of two right is 50 %, below an 80 % mark.
    result = score(KEY, ORDER, {**ALL_RIGHT, "q2": ["f"]}, pass_mark=80)
    assert result.passed  # 4 of 5 = 80 %
    assert result.skills_shown == (2, 3)
    # With a 50 % mark the same answers show skill 1 too.
    assert score(KEY, ORDER, {**ALL_RIGHT, "q2": ["f"]}, pass_mark=50).skills_shown == (1, 2, 3)


def test_shuffle_is_a_permutation_that_depends_on_the_seed():
    first = shown_order(KEY, True, "seed-1")
    assert sorted(item["q"] for item in first) == sorted(KEY)
    assert first == shown_order(KEY, True, "seed-1")  # reproducible
    orders = {tuple(item["q"] for item in shown_order(KEY, True, f"s{n}")) for n in range(20)}
    assert len(orders) > 1
    for item in first:
        assert sorted(item["c"]) == sorted(KEY[item["q"]].choices)
    # True/false keeps “true, false”.
    assert next(item for item in first if item["q"] == "q3")["c"] == ["true", "false"]
    assert score(KEY, first, ALL_RIGHT, 80).correct == 5


@pytest.mark.parametrize(
    ("answers", "reason"),
    [
        ({**ALL_RIGHT, "zz": ["a"]}, "unknown_question"),
        ({k: v for k, v in ALL_RIGHT.items() if k != "q3"}, "missing"),
        ({**ALL_RIGHT, "q3": []}, "missing"),
        ({**ALL_RIGHT, "q1": ["d"]}, "unknown_choice"),  # a choice of another question
        ({**ALL_RIGHT, "q1": ["nope"]}, "unknown_choice"),
        ({**ALL_RIGHT, "q1": ["a", "b"]}, "too_many"),
        ({**ALL_RIGHT, "q3": ["maybe"]}, "unknown_choice"),
    ],
)
def test_broken_submissions_are_refused(answers, reason):
    with pytest.raises(Malformed) as error:
        score(KEY, ORDER, answers, pass_mark=80)
    assert error.value.reason == reason


def test_an_order_from_another_quiz_is_refused():
    other = answer_key([QUESTIONS[0]])
    with pytest.raises(Malformed) as error:
        score(KEY, shown_order(other, False, ""), ALL_RIGHT, 80)
    assert error.value.reason == "order"
    tampered = [dict(item) for item in ORDER]
    tampered[0] = {"q": "q1", "c": ["a", "b", "z"]}
    with pytest.raises(Malformed):
        score(KEY, tampered, ALL_RIGHT, 80)


def test_a_later_edit_gives_a_different_key_but_old_key_still_scores_the_same():
    edited = [dict(q) for q in QUESTIONS]
    edited[0] = {
        **QUESTIONS[0],
        "value": {
            **QUESTIONS[0]["value"],
            "choices": choices(("a", False), ("b", True), ("c", False)),
        },
    }
    assert score(answer_key(edited), ORDER, ALL_RIGHT, 80).correct == 4
    assert score(KEY, ORDER, ALL_RIGHT, 80).correct == 5


@pytest.mark.parametrize(
    ("total", "mark", "needed"),
    [(8, 70, 6), (8, 75, 6), (8, 80, 7), (10, 70, 7), (3, 67, 3), (1, 1, 1)],
)
def test_the_pass_mark_as_a_count_of_right_answers(total, mark, needed):
    assert needed_to_pass(total, mark) == needed
    # The count agrees with the scoring rule: needed passes, one fewer does not.
    assert 100 * needed >= mark * total > 100 * (needed - 1)
