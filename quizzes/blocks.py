"""Question blocks. Every question names the skill it tests; choices may carry feedback."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from core.blocks import missing_alt_text


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

    class Meta:
        icon = "image"
        label = _("Picture choice")


class QuestionBlock(blocks.StructBlock):
    """What every question has: its text, the skill it tests and an optional explanation."""

    text = blocks.TextBlock(label=_("Question"), max_length=400, rows=2)
    skill = SnippetChooserBlock(
        "skills.Skill", label=_("Skill tested"), required=False, help_text=_("From the framework.")
    )
    explanation = blocks.TextBlock(
        label=_("Explanation"),
        required=False,
        max_length=500,
        rows=2,
        help_text=_("Shown with the result, whatever the answer."),
    )

    #: How many choices must be marked correct: (minimum, maximum or None).
    correct_range = (1, 1)
    choices_field = "choices"

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
        choices = list(value.get(self.choices_field) or [])
        correct = sum(1 for choice in choices if choice.get("correct"))
        low, high = self.correct_range
        errors = {}
        if len(choices) < 2:
            errors[self.choices_field] = ValidationError(_("Give at least two choices."))
        elif high == 1 and correct != 1:
            errors[self.choices_field] = ValidationError(_("Mark exactly one choice as correct."))
        elif correct < low:
            errors[self.choices_field] = ValidationError(_("Mark at least one choice as correct."))
        for choice in choices:
            if choice.get("image") and not (choice.get("alt") or "").strip():
                errors[self.choices_field] = ValidationError(
                    _("Every picture needs a description (alt text).")
                )
        return errors

    class Meta:
        group = _("Questions")


class SingleChoiceQuestionBlock(QuestionBlock):
    """One right answer among several."""

    choices = blocks.ListBlock(ChoiceBlock(), label=_("Choices"), min_num=2, max_num=6)

    class Meta:
        icon = "radio-full"
        label = _("Single choice")
        description = _("A question with exactly one right answer.")


class MultipleChoiceQuestionBlock(QuestionBlock):
    """Several right answers; the learner must pick exactly the right ones."""

    choices = blocks.ListBlock(ChoiceBlock(), label=_("Choices"), min_num=2, max_num=8)
    correct_range = (1, None)

    class Meta:
        icon = "list-ul"
        label = _("Multiple choice")
        description = _("A question with one or more right answers; all must be picked.")


class TrueFalseQuestionBlock(QuestionBlock):
    """A statement that is true or false."""

    answer = blocks.BooleanBlock(label=_("The statement is true"), required=False)
    feedback_true = blocks.CharBlock(
        label=_("Feedback when answered “true”"), required=False, max_length=300
    )
    feedback_false = blocks.CharBlock(
        label=_("Feedback when answered “false”"), required=False, max_length=300
    )

    def extra_errors(self, value) -> dict:
        return {}

    class Meta:
        icon = "tick"
        label = _("True or false")
        description = _("A statement the learner marks as true or false.")


class PictureChoiceQuestionBlock(QuestionBlock):
    """Pick the right picture (“which screen is the real bank app?”)."""

    choices = blocks.ListBlock(PictureChoiceBlock(), label=_("Pictures"), min_num=2, max_num=4)

    class Meta:
        icon = "image"
        label = _("Picture choice")
        description = _("The learner picks the right picture; exactly one is right.")


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


class QuestionStreamBlock(blocks.StreamBlock):
    """The questions of a quiz."""

    single = SingleChoiceQuestionBlock()
    multiple = MultipleChoiceQuestionBlock()
    true_false = TrueFalseQuestionBlock()
    picture = PictureChoiceQuestionBlock()
    scenario = ScenarioQuestionBlock()

    class Meta:
        block_counts = {}
        min_num = 1
        max_num = 30
