"""Question blocks refuse what would make a quiz unfair or inaccessible."""

import pytest
from django.utils import translation
from wagtail.blocks import StructBlockValidationError

from quizzes.blocks import (
    MultipleChoiceQuestionBlock,
    PictureChoiceQuestionBlock,
    QuestionStreamBlock,
    ScenarioQuestionBlock,
    SingleChoiceQuestionBlock,
    TrueFalseQuestionBlock,
)
from tests.lessons.factories import ImageFactory
from tests.quizzes.factories import QuizPageFactory
from tests.skills.factories import framework_skill

pytestmark = [pytest.mark.django_db, pytest.mark.own_data]


@pytest.fixture
def skill():
    return framework_skill("4.2")


def text_choices(*correct):
    return [
        {"text": f"Lựa chọn {n}", "correct": ok, "feedback": ""} for n, ok in enumerate(correct)
    ]


def clean(block, raw):
    with translation.override("vi"):
        return block.clean(block.to_python(raw))


def errors_of(block, raw) -> dict:
    """Each field's messages, in Vietnamese (read while Vietnamese is active)."""
    with translation.override("vi"):
        with pytest.raises(StructBlockValidationError) as error:
            block.clean(block.to_python(raw))
        return {
            name: " ".join(str(m) for m in e.messages)
            for name, e in error.value.block_errors.items()
        }


@pytest.mark.parametrize("correct", [(False, False, False), (True, True, False)])
def test_single_choice_needs_exactly_one_right_answer(skill, correct):
    errors = errors_of(
        SingleChoiceQuestionBlock(),
        {"text": "?", "skill": skill.pk, "choices": text_choices(*correct)},
    )
    assert "đúng một lựa chọn" in errors["choices"]


def test_single_choice_with_one_right_answer_is_valid(skill):
    value = clean(
        SingleChoiceQuestionBlock(),
        {"text": "?", "skill": skill.pk, "choices": text_choices(False, True)},
    )
    assert value["skill"] == skill


def test_multiple_choice_needs_at_least_one_right_answer(skill):
    errors = errors_of(
        MultipleChoiceQuestionBlock(),
        {"text": "?", "skill": skill.pk, "choices": text_choices(False, False, False)},
    )
    assert "ít nhất một lựa chọn" in errors["choices"]
    assert clean(
        MultipleChoiceQuestionBlock(),
        {"text": "?", "skill": skill.pk, "choices": text_choices(True, True, False)},
    )


def test_every_question_names_a_skill():
    errors = errors_of(TrueFalseQuestionBlock(), {"text": "?", "skill": None, "answer": True})
    assert "kỹ năng" in errors["skill"]


def test_picture_choices_need_alt_text(skill):
    image = ImageFactory()
    choices = [
        {"image": image.pk, "alt": "Màn hình ứng dụng", "correct": True, "feedback": ""},
        {"image": image.pk, "alt": " ", "correct": False, "feedback": ""},
    ]
    block = PictureChoiceQuestionBlock()
    with translation.override("vi"):
        with pytest.raises(StructBlockValidationError) as error:
            block.clean(block.to_python({"text": "?", "skill": skill.pk, "choices": choices}))
        # The error sits on the picture that lacks it, on its own description field.
        per_choice = error.value.block_errors["choices"].block_errors
        assert set(per_choice) == {1}
        assert "mô tả" in " ".join(str(m) for m in per_choice[1].block_errors["alt"].messages)
    choices[1]["alt"] = "Màn hình tin nhắn"
    assert clean(PictureChoiceQuestionBlock(), {"text": "?", "skill": skill.pk, "choices": choices})


def test_scenario_picture_needs_alt_text(skill):
    image = ImageFactory()
    raw = {
        "text": "?",
        "skill": skill.pk,
        "image": image.pk,
        "alt": "",
        "choices": text_choices(True, False),
    }
    assert "mô tả hình" in errors_of(ScenarioQuestionBlock(), raw)["alt"]


def test_the_factory_quiz_has_every_kind_and_is_one_an_editor_could_save():
    quiz = QuizPageFactory()
    kinds = [block.block_type for block in quiz.questions]
    assert kinds == list(QuestionStreamBlock().child_blocks)  # one question of each kind
    with translation.override("vi"):
        assert len(QuestionStreamBlock().clean(quiz.questions)) == len(kinds)
    assert all(block.value["skill"].locale.language_code == "vi" for block in quiz.questions)
    assert quiz.live and quiz.live_revision_id
    assert [len(key.correct) for key in quiz.key.values()] == [1, 2, 1, 1, 1]
