"""Question blocks. Every question names the skill it tests; choices may carry feedback.

What differs between kinds lives on the block and its ``StructValue``: how the block is scored
(``key``), its choices in display order with their labels and feedback, its template. Scoring
and the page templates never switch on a kind, so a new kind is one block and one template.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from core.blocks import ImageChooserBlock, missing_alt_text
from skills.blocks import SkillChooserBlock

from .scoring import Key


@dataclass(frozen=True)
class Choice:
    """One answer as shown and reviewed: its id, words or picture, and its feedback."""

    id: str
    label: str  # the words; for a picture, its description
    correct: bool
    feedback: str = ""
    image: object = None  # a picture choice's image


class ChoiceBlock(blocks.StructBlock):
    """An answer choice with its feedback."""

    text = blocks.CharBlock(label=_("Answer"), max_length=200)
    correct = blocks.BooleanBlock(label=_("Correct answer"), required=False)
    feedback = blocks.CharBlock(
        label=_("Feedback"),
        required=False,
        max_length=300,
        help_text=_("Shown after submitting: why this answer is right or wrong."),
    )

    class Meta:
        icon = "radio-full"
        label = _("Choice")


class PictureChoiceBlock(blocks.StructBlock):
    """A picture answer choice."""

    image = ImageChooserBlock(label=_("Picture"))
    alt = blocks.CharBlock(
        label=_("Picture description (alt text)"),
        required=False,
        max_length=250,
        help_text=_("What the picture shows, without saying whether it is the right answer."),
    )
    correct = blocks.BooleanBlock(label=_("Correct answer"), required=False)
    feedback = blocks.CharBlock(label=_("Feedback"), required=False, max_length=300)

    def clean(self, value):
        value = super().clean(value)
        errors = missing_alt_text(value)
        if errors:
            raise blocks.StructBlockValidationError(block_errors=errors)
        return value

    class Meta:
        icon = "image"
        label = _("Picture choice")


class QuestionStructValue(blocks.StructValue):
    """A question's derived values: its choices with their labels and feedback."""

    @property
    def multiple(self) -> bool:
        return self.block.multiple

    def choice_list(self) -> list[Choice]:
        """The choices in the editor's order."""
        return [
            Choice(
                id=child.id,
                label=child.value.get("text") or child.value.get("alt") or "",
                correct=bool(child.value.get("correct")),
                feedback=child.value.get("feedback") or "",
                image=child.value.get("image"),
            )
            for child in self.get("choices").bound_blocks
        ]

    def images(self) -> list:
        """Every picture the question shows: its own (a scenario) and its choices'."""
        pictures = [self.get("image"), *(choice.image for choice in self.choice_list())]
        return [picture for picture in pictures if picture is not None]

    def choices_in(self, choice_ids) -> list[Choice]:
        """The choices in a shown order (ids no longer in the question are left out)."""
        by_id = {choice.id: choice for choice in self.choice_list()}
        return [by_id[choice_id] for choice_id in choice_ids if choice_id in by_id]


class TrueFalseStructValue(QuestionStructValue):
    def choice_list(self) -> list[Choice]:
        truth = bool(self.get("answer"))
        return [
            Choice("true", str(_("True")), truth, self.get("feedback_true") or ""),
            Choice("false", str(_("False")), not truth, self.get("feedback_false") or ""),
        ]


class QuestionBlock(blocks.StructBlock):
    """What every question has: its text, the skill it tests and an optional explanation."""

    text = blocks.TextBlock(label=_("Question"), max_length=400, rows=2)
    skill = SkillChooserBlock(
        label=_("Skill tested"), required=False, help_text=_("From the framework.")
    )
    explanation = blocks.TextBlock(
        label=_("Explanation"),
        required=False,
        max_length=500,
        rows=2,
        help_text=_("Shown with the result, whatever the answer."),
    )

    #: Several choices may be right and must all be picked.
    multiple = False

    def key(self, block_id: str, raw: dict) -> Key:
        """How to score this question, from its raw stored value (no database query)."""
        items = raw.get("choices") or []
        return Key(
            id=block_id,
            single=not self.multiple,
            skill_id=raw.get("skill"),
            choices=tuple(item["id"] for item in items),
            correct=frozenset(item["id"] for item in items if item["value"].get("correct")),
        )

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        if not value.get("skill"):
            errors["skill"] = ValidationError(_("Every question must name the skill it tests."))
        errors.update(self.extra_errors(value))
        if errors:
            raise blocks.StructBlockValidationError(block_errors=errors)
        return value

    def extra_errors(self, value) -> dict:
        choices = list(value.get("choices") or [])
        correct = sum(1 for choice in choices if choice.get("correct"))
        if len(choices) < 2:
            return {"choices": ValidationError(_("Give at least two choices."))}
        if not self.multiple and correct != 1:
            return {"choices": ValidationError(_("Mark exactly one choice as correct."))}
        if correct < 1:
            return {"choices": ValidationError(_("Mark at least one choice as correct."))}
        return {}

    class Meta:
        group = _("Questions")
        value_class = QuestionStructValue
        template = "quizzes/blocks/question.html"


class SingleChoiceQuestionBlock(QuestionBlock):
    """One right answer among several."""

    choices = blocks.ListBlock(ChoiceBlock(), label=_("Choices"), min_num=2, max_num=6)

    class Meta:
        icon = "radio-full"
        label = _("Single choice")
        description = _("A question with exactly one right answer.")
        preview_value = {
            "text": "Ai được biết mã OTP ngân hàng của bạn?",
            "choices": [
                {"text": "Chỉ mình bạn", "correct": True, "feedback": "Đúng."},
                {"text": "Nhân viên ngân hàng gọi đến", "feedback": "Chưa đúng."},
            ],
        }


class MultipleChoiceQuestionBlock(QuestionBlock):
    """Several right answers; the learner must pick exactly the right ones."""

    choices = blocks.ListBlock(ChoiceBlock(), label=_("Choices"), min_num=2, max_num=8)
    multiple = True

    class Meta:
        icon = "list-ul"
        label = _("Multiple choice")
        description = _("A question with one or more right answers; all must be picked.")
        preview_value = {
            "text": "Việc nào giữ an toàn cho tài khoản? (chọn tất cả câu đúng)",
            "choices": [
                {"text": "Không đưa mã OTP cho ai", "correct": True},
                {"text": "Cài ứng dụng từ CH Play", "correct": True},
                {"text": "Bấm đường link trong tin nhắn lạ"},
            ],
        }


class TrueFalseQuestionBlock(QuestionBlock):
    """A statement that is true or false."""

    answer = blocks.BooleanBlock(label=_("The statement is true"), required=False)
    feedback_true = blocks.CharBlock(
        label=_("Feedback when answered “true”"), required=False, max_length=300
    )
    feedback_false = blocks.CharBlock(
        label=_("Feedback when answered “false”"), required=False, max_length=300
    )

    def key(self, block_id: str, raw: dict) -> Key:
        return Key(
            id=block_id,
            single=True,
            skill_id=raw.get("skill"),
            choices=("true", "false"),
            correct=frozenset({"true" if raw.get("answer") else "false"}),
            shuffle_choices=False,  # always “True”, then “False”
        )

    def extra_errors(self, value) -> dict:
        return {}

    class Meta:
        icon = "tick"
        label = _("True or false")
        description = _("A statement the learner marks as true or false.")
        value_class = TrueFalseStructValue
        preview_value = {
            "text": "Công an xã có thể gọi điện cho người dân.",
            "answer": True,
            "feedback_true": "Đúng.",
        }


class PictureChoiceQuestionBlock(QuestionBlock):
    """Pick the right picture (“which screen is the real bank app?”)."""

    choices = blocks.ListBlock(PictureChoiceBlock(), label=_("Pictures"), min_num=2, max_num=4)

    class Meta:
        icon = "image"
        label = _("Picture choice")
        description = _("The learner picks the right picture; exactly one is right.")
        template = "quizzes/blocks/picture_question.html"
        preview_value = {"text": "Màn hình nào là ứng dụng VNeID thật?", "choices": []}


class ScenarioQuestionBlock(QuestionBlock):
    """A picture of an SMS, a call or a screen, and a question about it."""

    image = ImageChooserBlock(label=_("Scenario picture"))
    alt = blocks.CharBlock(
        label=_("Picture description (alt text)"), required=False, max_length=300
    )
    choices = blocks.ListBlock(ChoiceBlock(), label=_("Choices"), min_num=2, max_num=6)

    def extra_errors(self, value) -> dict:
        return {**super().extra_errors(value), **missing_alt_text(value)}

    class Meta:
        icon = "mail"
        label = _("Scenario")
        description = _("A picture of a message, call or screen, and what to do about it.")
        template = "quizzes/blocks/scenario_question.html"
        preview_value = {
            "text": "Bạn nhận tin nhắn này. Bạn làm gì?",
            "choices": [
                {"text": "Không bấm link, chặn số, giữ tin nhắn để báo", "correct": True},
                {"text": "Bấm link xem thử"},
            ],
        }


class QuestionStreamBlock(blocks.StreamBlock):
    """The questions of a quiz."""

    single = SingleChoiceQuestionBlock()
    multiple = MultipleChoiceQuestionBlock()
    true_false = TrueFalseQuestionBlock()
    picture = PictureChoiceQuestionBlock()
    scenario = ScenarioQuestionBlock()

    def answer_key(self, raw_questions) -> dict[str, Key]:
        """The scoring key of a quiz, from the raw stored data of its questions."""
        return {
            raw["id"]: self.child_blocks[raw["type"]].key(raw["id"], raw["value"])
            for raw in raw_questions
        }

    class Meta:
        block_counts = {}
        min_num = 1
        max_num = 30
