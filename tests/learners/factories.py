"""Factories for learners and their quiz attempts, made the way the portal makes them."""

import factory
from factory.django import DjangoModelFactory

from learners.hashers import hash_pin
from learners.models import Learner, QuizAttempt
from learners.services.records import record_attempt
from tests.places.factories import VillageFactory
from tests.quizzes.factories import QuizPageFactory, answers_for, scored_submission


class LearnerFactory(DjangoModelFactory):
    """A learner profile with a hashed PIN (``pin``, default ``"2468"``)."""

    class Meta:
        model = Learner

    class Params:
        pin = "2468"

    code = factory.LazyFunction(Learner.unique_code)
    display_name = factory.Sequence(lambda n: f"Nguyễn Văn Thử {n}")
    birth_year = 1960
    village = factory.SubFactory(VillageFactory, name="Thôn Đông")
    pin_hash = factory.LazyAttribute(lambda learner: hash_pin(learner.pin))


class QuizAttemptFactory(factory.Factory):
    """An attempt recorded by ``records.record_attempt`` from a real scored form.

    ``right`` answers every question right (the default) or every one wrong; ``answers`` (question
    id → choice ids) says exactly what was picked. Without a ``learner``, the attempt belongs to
    the browser session ``session_key``.
    """

    class Meta:
        model = QuizAttempt

    quiz = factory.SubFactory(QuizPageFactory)
    learner = factory.SubFactory(LearnerFactory)
    session_key = ""
    right = True
    answers = None

    @classmethod
    def _build(cls, model_class, *args, **kwargs):
        raise NotImplementedError("An attempt is only ever made by recording a scored form.")

    @classmethod
    def _create(cls, model_class, quiz, learner, session_key, right, answers):
        submission = scored_submission(quiz, answers or answers_for(quiz, right))
        return record_attempt(submission, learner=learner, session_key=session_key).attempt
