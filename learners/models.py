"""Who completed what: learner profiles, attempts, completions, skills and certificates.

Privacy by design: a display name is the only personal datum required; no phone number,
e-mail, ID-card number, password or OTP is ever asked for or stored. The PIN is hashed.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.contrib.auth.hashers import check_password, make_password
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin

from quizzes.scoring import needed_to_pass

from .codes import new_code, normalise
from .hashers import hash_pin, pin_is


class Learner(models.Model):
    """A citizen's learner profile: a name to print on a certificate, a code and a PIN."""

    # A record, not content: no place in Wagtail's index of references between objects.
    wagtail_reference_index_ignore = True

    code = models.CharField(_("learner code"), max_length=16, unique=True, editable=False)
    display_name = models.CharField(_("display name"), max_length=80)
    birth_year = models.PositiveSmallIntegerField(_("birth year"), null=True, blank=True)
    village = models.ForeignKey(
        "places.Village",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="learners",
        verbose_name=_("village"),
    )
    # What a learner typed before villages were a list, kept where no village matched.
    village_note = models.CharField(_("village (as typed)"), max_length=100, blank=True)
    pin_hash = models.CharField(max_length=128, editable=False)
    # The learner card's one-time recovery code, hashed like the PIN; empty when none was given
    # (profiles made before the cards) or the learner deleted it by using it up.
    recovery_hash = models.CharField(max_length=128, blank=True, editable=False)
    recovery_issued_at = models.DateTimeField(
        _("recovery code issued"), null=True, blank=True, editable=False
    )
    # The last reset by staff, the learner present (every reset is also in the history).
    pin_reset_at = models.DateTimeField(
        _("PIN reset by staff on"), null=True, blank=True, editable=False
    )
    pin_reset_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
        verbose_name=_("PIN reset by"),
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    last_seen_at = models.DateTimeField(_("last seen"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("learner")
        verbose_name_plural = _("learners")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.display_name} ({self.code})"

    def set_pin(self, pin: str) -> None:
        self.pin_hash = hash_pin(pin)

    def check_pin(self, pin: str) -> bool:
        """Whether ``pin`` is this learner's; a PIN kept with an older hasher is kept again
        with the PIN hasher once it is given right."""

        def keep_again(raw: str) -> None:
            self.set_pin(raw)
            Learner.objects.filter(pk=self.pk).update(pin_hash=self.pin_hash)

        return pin_is(pin, self.pin_hash, keep_again)

    def set_recovery_code(self, code: str) -> None:
        self.recovery_hash = make_password(normalise(code, group=4))
        self.recovery_issued_at = timezone.now()

    def check_recovery_code(self, code: str) -> bool:
        return bool(self.recovery_hash) and check_password(
            normalise(code, group=4), self.recovery_hash
        )

    @property
    def has_recovery_code(self) -> bool:
        return bool(self.recovery_hash)

    @staticmethod
    def unique_code() -> str:
        while True:
            code = new_code()
            if not Learner.objects.filter(code=code).exists():
                return code


class QuizAttempt(models.Model):
    """One submitted quiz: the revision it was taken on, the order shown, answers and score."""

    # A record, not content: no place in Wagtail's index of references between objects.
    wagtail_reference_index_ignore = True

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    learner = models.ForeignKey(
        Learner,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="attempts",
        verbose_name=_("learner"),
    )
    session_key = models.CharField(max_length=40, blank=True, editable=False)  # indexed below
    quiz = models.ForeignKey(
        "quizzes.QuizPage",
        on_delete=models.CASCADE,
        related_name="attempts",
        verbose_name=_("quiz"),
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("quiz revision"),
    )
    token = models.CharField(max_length=64, editable=False)  # unique: see Meta
    order = models.JSONField(default=list, editable=False)
    answers = models.JSONField(default=dict, editable=False)
    results = models.JSONField(default=list, editable=False)
    correct = models.PositiveSmallIntegerField(_("correct answers"))
    total = models.PositiveSmallIntegerField(_("questions"))
    percent = models.PositiveSmallIntegerField(_("score (%)"))
    pass_mark = models.PositiveSmallIntegerField(_("pass mark (%)"))
    passed = models.BooleanField(_("passed"))
    created_at = models.DateTimeField(_("taken"), default=timezone.now)

    class Meta:
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        ordering = ["-created_at"]
        # As a constraint and an index, not ``unique=True``/``db_index=True``: on PostgreSQL
        # those add a second, ``LIKE``-pattern index to each text column (563 MB for the
        # tokens of 10,000,000 attempts in ``make scale``), written with every submission and
        # never read: tokens and session keys are only ever compared whole.
        constraints = [models.UniqueConstraint(fields=["token"], name="one_attempt_per_token")]
        indexes = [models.Index(fields=["session_key"], name="attempt_session_key")]

    def __str__(self) -> str:
        return f"{self.quiz.title}: {self.correct}/{self.total}"

    @property
    def needed_to_pass(self) -> int:
        return needed_to_pass(self.total, self.pass_mark)


class LessonCompletion(models.Model):
    """A lesson someone finished: said so themselves, passed its quiz, or a trainer recorded it."""

    # A record, not content: no place in Wagtail's index of references between objects.
    wagtail_reference_index_ignore = True

    class Source(models.TextChoices):
        SELF = "self", _("self-declared")
        QUIZ = "quiz", _("quiz passed")
        TRAINER = "trainer", _("trainer")

    learner = models.ForeignKey(
        Learner, null=True, blank=True, on_delete=models.CASCADE, related_name="completions"
    )
    session_key = models.CharField(max_length=40, blank=True, db_index=True, editable=False)
    lesson = models.ForeignKey(
        "lessons.LessonPage", on_delete=models.CASCADE, related_name="+", verbose_name=_("lesson")
    )
    source = models.CharField(_("how"), max_length=10, choices=Source.choices, default=Source.SELF)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("recorded by"),
        help_text=_("The trainer who saw it, when a trainer recorded it."),
    )
    created_at = models.DateTimeField(_("completed"), default=timezone.now)

    class Meta:
        verbose_name = _("lesson completion")
        verbose_name_plural = _("lesson completions")
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "lesson"],
                condition=Q(learner__isnull=False),
                name="one_completion_per_learner",
            ),
            models.UniqueConstraint(
                fields=["session_key", "lesson"],
                condition=Q(learner__isnull=True),
                name="one_completion_per_session",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.lesson_id} ({self.get_source_display()})"


class SkillAchievement(models.Model):
    """A framework skill a learner has shown, with the attempt that earned it."""

    # A record, not content: no place in Wagtail's index of references between objects.
    wagtail_reference_index_ignore = True

    learner = models.ForeignKey(Learner, on_delete=models.CASCADE, related_name="skills")
    skill = models.ForeignKey("skills.Skill", on_delete=models.PROTECT, related_name="+")
    attempt = models.ForeignKey(QuizAttempt, null=True, on_delete=models.SET_NULL, related_name="+")
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("recorded by"),
        help_text=_("The trainer who saw the skill shown, when not shown in a quiz."),
    )
    achieved_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("skill achieved")
        verbose_name_plural = _("skills achieved")
        constraints = [
            models.UniqueConstraint(fields=["learner", "skill"], name="one_achievement_per_skill")
        ]

    def __str__(self) -> str:
        return str(self.skill)


class Certificate(models.Model):
    """A topic certificate or the basic-skills (“phổ cập”) certificate, publicly checkable."""

    # A record, not content: no place in Wagtail's index of references between objects.
    wagtail_reference_index_ignore = True

    class Kind(models.TextChoices):
        TOPIC = "topic", _("topic")
        BASIC = "basic", _("basic digital skills")

    TOPIC, BASIC = Kind.TOPIC, Kind.BASIC

    code = models.CharField(_("certificate code"), max_length=20, unique=True, editable=False)
    learner = models.ForeignKey(
        Learner, null=True, blank=True, on_delete=models.SET_NULL, related_name="certificates"
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    topic = models.ForeignKey(
        "lessons.TopicPage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Snapshots: what the certificate says does not change when pages or names change.
    title = models.CharField(_("title"), max_length=255)
    masked_name = models.CharField(_("name (masked)"), max_length=80)
    skills = models.JSONField(_("skills"), default=list)
    attempt = models.ForeignKey(
        QuizAttempt, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    issued_at = models.DateTimeField(_("issued"), default=timezone.now)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    revoke_reason = models.CharField(_("reason for revoking"), max_length=255, blank=True)
    withdrawn = models.BooleanField(
        _("withdrawn"), default=False, help_text=_("The learner deleted their profile.")
    )

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "topic"],
                condition=Q(kind="topic", learner__isnull=False),
                name="one_topic_certificate",
            ),
            models.UniqueConstraint(
                fields=["learner"],
                condition=Q(kind="basic", learner__isnull=False),
                name="one_basic_certificate",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.title}"

    @property
    def is_valid(self) -> bool:
        return self.revoked_at is None and not self.withdrawn


class QuestionOutcome(models.Model):
    """One question of one attempt, as a row: reports and dashboards count these in SQL."""

    # A record, not content: no place in Wagtail's index of references between objects.
    wagtail_reference_index_ignore = True

    # Indexed by the unique constraint (attempt, question) and the index (quiz, question) below,
    # not each on its own: every attempt writes a row per question (80,000,000 rows in
    # ``make scale``), and each index more is written with every one of them.
    attempt = models.ForeignKey(
        QuizAttempt, on_delete=models.CASCADE, related_name="outcomes", db_index=False
    )
    quiz = models.ForeignKey(
        "quizzes.QuizPage", on_delete=models.CASCADE, related_name="+", db_index=False
    )
    question_id = models.CharField(max_length=64)
    skill = models.ForeignKey(
        "skills.Skill", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    correct = models.BooleanField()

    class Meta:
        verbose_name = _("question outcome")
        verbose_name_plural = _("question outcomes")
        constraints = [
            models.UniqueConstraint(
                fields=["attempt", "question_id"], name="one_outcome_per_question"
            )
        ]
        indexes = [models.Index(fields=["quiz", "question_id"], name="outcome_quiz_question")]

    def __str__(self) -> str:
        return f"{self.question_id}: {'✓' if self.correct else '✗'}"


class Award(TranslatableMixin, models.Model):
    """What a certificate that is not a topic's says, as editors word it in each language."""

    class Key(models.TextChoices):
        BASIC = "basic", _("basic digital skills")

    key = models.CharField(_("certificate"), max_length=20, choices=Key.choices)
    title = models.CharField(
        _("title"),
        max_length=255,
        help_text=_(
            "Printed on the certificate, e.g. “Hoàn thành mức độ phổ cập kỹ năng số cơ bản”."
        ),
    )

    panels = [FieldPanel("key", read_only=True), FieldPanel("title")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("certificate title")
        verbose_name_plural = _("certificate titles")
        constraints = [
            models.UniqueConstraint(fields=["key", "locale"], name="one_award_title_per_locale")
        ]

    def __str__(self) -> str:
        return self.title


class QuizTally(models.Model):
    """Running counts of a quiz's attempts and people, for the quiz results report.

    Kept by a PostgreSQL trigger on ``QuizAttempt`` (migration 0009) as records arrive, are
    claimed or lose their learner; SQLite deployments count the attempts directly. A quiz's
    counts are spread over a few slots (the attempt's id modulo ``TALLY_SLOTS``) so that
    submissions at the same moment do not wait on one row; a report sums the slots.
    """

    wagtail_reference_index_ignore = True

    quiz_id = models.BigIntegerField()
    slot = models.SmallIntegerField()
    attempts = models.IntegerField(default=0)
    attempts_passed = models.IntegerField(default=0)
    people = models.IntegerField(default=0)
    people_passed = models.IntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["quiz_id", "slot"], name="one_quiz_tally_per_slot")
        ]

    def __str__(self) -> str:
        return f"{self.quiz_id}/{self.slot}: {self.attempts}"


class QuizPersonTally(models.Model):
    """A person's attempts at a quiz (a learner ``l<id>``, or a phone's session ``s<key>``):
    what tells the trigger whether an attempt adds a person to ``QuizTally``."""

    wagtail_reference_index_ignore = True

    quiz_id = models.BigIntegerField()
    person = models.CharField(max_length=48)
    attempts = models.IntegerField(default=0)
    passed = models.IntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["quiz_id", "person"], name="one_tally_per_person")
        ]

    def __str__(self) -> str:
        return f"{self.quiz_id}/{self.person}: {self.attempts}"


class QuestionTally(models.Model):
    """Running counts of a question's answers, for the hardest questions report: kept by a
    PostgreSQL trigger on ``QuestionOutcome``, in slots like ``QuizTally``."""

    wagtail_reference_index_ignore = True

    quiz_id = models.BigIntegerField()
    question_id = models.CharField(max_length=64)
    slot = models.SmallIntegerField()
    answered = models.IntegerField(default=0)
    correct = models.IntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["quiz_id", "question_id", "slot"], name="one_question_tally_per_slot"
            )
        ]

    def __str__(self) -> str:
        return f"{self.quiz_id}/{self.question_id}/{self.slot}: {self.answered}"
