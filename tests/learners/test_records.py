"""The record services on their own: no request, no view, a small site of the test's own.

The quiz of ``tree`` has one question of each kind, testing skills 4.2 (single, multiple),
2.6 (true/false, picture) and 1.2 (scenario); four right answers of five pass.
"""

import pytest
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Locale, ModelLogEntry

from learners import stats
from learners.models import (
    Award,
    Certificate,
    Learner,
    LessonCompletion,
    QuestionOutcome,
    QuizAttempt,
    SkillAchievement,
)
from learners.services import awards, profiles, progress, records
from skills.models import Skill
from tests.learners.factories import LearnerFactory, QuizAttemptFactory
from tests.lessons.factories import LessonPageFactory
from tests.places.factories import VillageFactory
from tests.portal.factories import UserFactory
from tests.quizzes.factories import answers_for, scored_submission
from tests.skills.factories import framework_skill

pytestmark = [pytest.mark.django_db, pytest.mark.own_data]

SELF, QUIZ, TRAINER = (
    LessonCompletion.Source.SELF,
    LessonCompletion.Source.QUIZ,
    LessonCompletion.Source.TRAINER,
)


def question_ids(quiz) -> dict[str, str]:
    """Question kind → question id (the factory's quiz has one question of each kind)."""
    return {block.block_type: block.id for block in quiz.questions}


def answers_with_wrong(quiz, *kinds: str) -> dict[str, list[str]]:
    """Every answer right except those of the questions of ``kinds``."""
    ids = question_ids(quiz)
    wrong = answers_for(quiz, right=False)
    return {
        qid: wrong[qid] if qid in {ids[kind] for kind in kinds} else chosen
        for qid, chosen in answers_for(quiz).items()
    }


def counts(learner=None) -> dict[str, int]:
    return {
        "attempts": QuizAttempt.objects.count(),
        "outcomes": QuestionOutcome.objects.count(),
        "skills": SkillAchievement.objects.filter(learner=learner).count(),
        "completions": LessonCompletion.objects.filter(learner=learner).count(),
        "certificates": Certificate.objects.filter(learner=learner).count(),
    }


def codes(learner) -> set[str]:
    return set(learner.skills.values_list("skill__code", flat=True))


# Lessons completed -----------------------------------------------------------------------------


def test_a_completion_is_recorded_once_with_the_trainer_who_saw_it(tree):
    lesson, learner, trainer = tree.lessons[0], LearnerFactory(), UserFactory()

    assert records.record_completion(lesson, learner=learner, source=TRAINER, recorded_by=trainer)
    assert not records.record_completion(lesson, learner=learner)  # again: nothing changes

    completion = LessonCompletion.objects.get(learner=learner)
    assert completion.lesson == lesson
    assert completion.source == TRAINER and completion.recorded_by == trainer
    assert records.completed_lessons(learner) == {lesson.pk}


def test_a_browser_without_a_profile_completes_a_lesson_once(tree):
    lesson = tree.lessons[0]
    assert records.record_completion(lesson, session_key="phone-1")
    assert not records.record_completion(lesson, session_key="phone-1")
    assert records.completed_lessons(session_key="phone-1") == {lesson.pk}
    assert records.completed_lessons(session_key="phone-2") == set()
    assert records.completed_lessons() == set()
    completion = LessonCompletion.objects.get(session_key="phone-1")
    assert completion.learner is None and completion.source == SELF
    assert completion.recorded_by is None
    with pytest.raises(ValueError):
        records.record_completion(lesson)  # a record belongs to someone


# Attempts ----------------------------------------------------------------------------------------


def test_an_attempt_is_recorded_once_per_form_token(tree):
    learner = LearnerFactory()
    submission = scored_submission(tree.quiz)

    first = records.record_attempt(submission, learner=learner)
    after_first = counts(learner)
    second = records.record_attempt(submission, learner=learner)
    from_another_phone = records.record_attempt(submission, session_key="another-phone")

    assert not first.duplicate and second.duplicate and from_another_phone.duplicate
    assert second.attempt == first.attempt == from_another_phone.attempt
    assert second.new_certificates == [] and from_another_phone.new_certificates == []
    assert counts(learner) == after_first  # nothing more stored
    assert after_first["attempts"] >= 1 and after_first["certificates"] == 1

    attempt = first.attempt
    assert attempt.learner == learner and attempt.session_key == ""
    assert attempt.token == submission.nonce
    assert attempt.quiz == tree.quiz and attempt.revision_id == tree.quiz.live_revision_id
    assert attempt.order == submission.order
    assert attempt.answers == submission.answers
    assert (attempt.correct, attempt.total, attempt.percent) == (5, 5, 100)
    assert attempt.pass_mark == 70 and attempt.passed


def test_each_question_of_an_attempt_is_a_row(tree):
    quiz = tree.quiz
    attempt = QuizAttemptFactory(
        quiz=quiz, answers=answers_with_wrong(quiz, "multiple", "scenario")
    )

    ids = question_ids(quiz)
    rows = {
        outcome.question_id: (outcome.skill.code, outcome.correct)
        for outcome in attempt.outcomes.select_related("skill")
    }
    assert rows == {
        ids["single"]: ("4.2", True),
        ids["multiple"]: ("4.2", False),
        ids["true_false"]: ("2.6", True),
        ids["picture"]: ("2.6", True),
        ids["scenario"]: ("1.2", False),
    }
    assert {outcome.quiz_id for outcome in attempt.outcomes.all()} == {quiz.pk}
    assert (attempt.correct, attempt.total, attempt.passed) == (3, 5, False)


def test_a_failed_attempt_earns_nothing(tree):
    learner = LearnerFactory()
    attempt = QuizAttemptFactory(quiz=tree.quiz, learner=learner, right=False)
    assert not attempt.passed and attempt.correct == 0
    assert not learner.skills.exists()
    assert not learner.completions.exists()
    assert not learner.certificates.exists()
    assert attempt.outcomes.count() == 5  # recorded all the same, for the statistics


# What a pass earns ---------------------------------------------------------------------------


def test_a_pass_earns_the_skills_shown_the_topics_lessons_and_its_certificate(tree):
    draft = LessonPageFactory(parent=tree.topic, live=False, publish=False)
    learner = LearnerFactory(display_name="Trần Thị Bình")
    # Skill 4.2 has two questions: one of two right (50 %) is below the 70 % pass mark.
    attempt = QuizAttemptFactory(
        quiz=tree.quiz,
        learner=None,
        session_key="phone",
        answers=answers_with_wrong(tree.quiz, "multiple"),
    )
    assert attempt.passed and counts(learner)["skills"] == 0  # nobody's yet

    attempt.learner = learner
    attempt.save()
    issued = awards.record_pass(attempt)

    assert codes(learner) == {"2.6", "1.2"}
    assert {a.attempt_id for a in learner.skills.all()} == {attempt.pk}
    assert all(a.skill.locale == Locale.get_default() for a in learner.skills.all())
    completions = learner.completions.all()
    assert {c.lesson_id for c in completions} == {lesson.pk for lesson in tree.lessons}
    assert draft.pk not in {c.lesson_id for c in completions}  # only live lessons
    assert {c.source for c in completions} == {QUIZ}
    certificate = learner.certificates.get()
    assert issued == [certificate]
    assert certificate.kind == Certificate.Kind.TOPIC and certificate.topic_id == tree.topic.pk
    assert certificate.title == tree.topic.title and certificate.attempt == attempt
    assert certificate.masked_name == "Trần T. B."
    assert [s["code"] for s in certificate.skills] == ["1.2", "2.6"]
    assert certificate.is_valid

    # Passing again adds the skill now shown, and no second certificate.
    again = records.record_attempt(scored_submission(tree.quiz), learner=learner)
    assert again.new_certificates == []
    assert codes(learner) == {"2.6", "1.2", "4.2"}
    assert learner.certificates.count() == 1 and learner.completions.count() == len(tree.lessons)


def test_a_pass_completes_the_lessons_live_at_that_moment(tree):
    """Where a quiz sits is kept in the cache; publishing, unpublishing or deleting a lesson
    beside it changes what the next pass completes at once."""
    first, second, third = (LearnerFactory() for _ in range(3))
    records.record_attempt(scored_submission(tree.quiz), learner=first)
    assert {c.lesson_id for c in first.completions.all()} == {lesson.pk for lesson in tree.lessons}

    added = LessonPageFactory(parent=tree.topic)
    added.save_revision().publish()
    tree.lessons[0].unpublish()
    records.record_attempt(scored_submission(tree.quiz), learner=second)
    assert {c.lesson_id for c in second.completions.all()} == {tree.lessons[1].pk, added.pk}

    added.delete()
    records.record_attempt(scored_submission(tree.quiz), learner=third)
    assert {c.lesson_id for c in third.completions.all()} == {tree.lessons[1].pk}


def test_a_pass_writes_only_what_is_new(tree):
    learner = LearnerFactory()
    records.record_attempt(scored_submission(tree.quiz), learner=learner)
    before = {
        "skills": set(learner.skills.values_list("pk", "attempt_id")),
        "completions": set(learner.completions.values_list("pk", "created_at")),
    }
    again = records.record_attempt(scored_submission(tree.quiz), learner=learner)
    assert again.new_certificates == [] and not again.duplicate
    assert set(learner.skills.values_list("pk", "attempt_id")) == before["skills"]
    assert set(learner.completions.values_list("pk", "created_at")) == before["completions"]


def test_a_trainer_awards_a_skill_once_in_the_default_language(db):
    learner, trainer = LearnerFactory(), UserFactory()
    skill = framework_skill("0.1")

    assert awards.award_skill(learner, skill, recorded_by=trainer)
    english = skill.get_translation(Locale.objects.get(language_code="en"))
    assert not awards.award_skill(learner, english, recorded_by=trainer)  # the same skill

    achievement = learner.skills.get()
    assert achievement.skill == skill and achievement.skill.locale == Locale.get_default()
    assert achievement.recorded_by == trainer and achievement.attempt is None
    assert not learner.certificates.exists()  # one skill is not the basic level


def required_skills() -> list[Skill]:
    return list(
        Skill.objects.filter(required_for_basic=True, locale=Locale.get_default()).order_by("code")
    )


def test_the_basic_certificate_comes_with_the_last_required_skill_and_its_title(db):
    Award.objects.filter(key=Award.Key.BASIC, locale=Locale.get_default()).update(
        title="Giấy chứng nhận phổ cập thử"
    )
    learner, trainer = LearnerFactory(display_name="Lê Thị Mai"), UserFactory()
    required = required_skills()
    assert len(required) >= 2

    for skill in required[:-1]:
        awards.award_skill(learner, skill, recorded_by=trainer)
    assert not learner.certificates.exists()
    awards.award_skill(learner, required[-1], recorded_by=trainer)

    basic = learner.certificates.get()
    assert basic.kind == Certificate.Kind.BASIC and basic.topic is None
    assert basic.title == "Giấy chứng nhận phổ cập thử"
    assert [s["code"] for s in basic.skills] == [skill.code for skill in required]
    assert basic.masked_name == "Lê T. M."
    assert awards.issue_basic_certificate(learner, None) == []  # once
    assert learner.certificates.count() == 1


def test_a_quiz_that_shows_the_last_required_skill_issues_the_basic_certificate(tree):
    learner = LearnerFactory()
    for skill in required_skills():
        if skill.code != "1.2":  # the scenario question's skill
            awards.award_skill(learner, skill)
    assert not learner.certificates.exists()

    recorded = records.record_attempt(scored_submission(tree.quiz), learner=learner)

    kinds = sorted(certificate.kind for certificate in recorded.new_certificates)
    assert kinds == [Certificate.Kind.BASIC, Certificate.Kind.TOPIC]
    basic = learner.certificates.get(kind=Certificate.Kind.BASIC)
    assert basic.attempt == recorded.attempt


def test_without_its_title_the_basic_certificate_is_named_by_its_kind(db):
    Award.objects.filter(key=Award.Key.BASIC).delete()
    assert awards.basic_certificate_title() == str(Award.Key.BASIC.label)


# Profiles ----------------------------------------------------------------------------------------


def test_a_new_profile_takes_over_what_its_browser_did(tree):
    session = "phone-before-profile"
    lesson, other_lesson = tree.lessons
    records.record_completion(lesson, session_key=session)
    mine = QuizAttemptFactory(quiz=tree.quiz, learner=None, session_key=session)
    claimed = QuizAttemptFactory(quiz=tree.quiz, learner=None, session_key="same-phone-other-tab")
    strangers = QuizAttemptFactory(quiz=tree.quiz, learner=None, session_key="another-phone")

    learner = profiles.create_profile(
        "  Nguyễn Văn An ",
        "2468",
        birth_year=1958,
        village=VillageFactory(name="Thôn Đông"),
        session_key=session,
        claimed=[str(claimed.public_id)],
    )

    assert (learner.display_name, learner.birth_year, learner.village.name) == (
        "Nguyễn Văn An",
        1958,
        "Thôn Đông",
    )
    assert learner.code and learner.pin_hash != "2468" and learner.check_pin("2468")
    for attempt in (mine, claimed, strangers):
        attempt.refresh_from_db()
    assert mine.learner == learner and mine.session_key == ""
    assert claimed.learner == learner
    assert strangers.learner is None and strangers.session_key == "another-phone"
    # The anonymous completion is now the learner's, as it was made (by themselves).
    assert learner.completions.get(lesson=lesson).source == SELF
    assert learner.completions.get(lesson=other_lesson).source == QUIZ  # from the quiz passed
    assert not LessonCompletion.objects.filter(session_key=session).exists()
    assert codes(learner) == {"4.2", "2.6", "1.2"}
    assert learner.certificates.get().topic_id == tree.topic.pk


def test_carrying_over_keeps_one_completion_per_lesson(tree):
    lesson, other_lesson = tree.lessons
    learner = LearnerFactory()
    records.record_completion(lesson, learner=learner)
    records.record_completion(lesson, session_key="phone")
    records.record_completion(other_lesson, session_key="phone")

    profiles.carry_over(learner, "phone")

    assert records.completed_lessons(learner) == {lesson.pk, other_lesson.pk}
    assert learner.completions.count() == 2
    assert not LessonCompletion.objects.filter(session_key="phone").exists()


def test_deleting_a_profile_keeps_anonymous_statistics_only(tree):
    learner = LearnerFactory(display_name="Đinh Thị Quỳnh")
    attempt = QuizAttemptFactory(quiz=tree.quiz, learner=learner)
    certificate = learner.certificates.get()
    officer = UserFactory(groups=["Cán bộ theo dõi học viên"])
    pk, outcomes = learner.pk, attempt.outcomes.count()

    profiles.delete_profile(learner, deleted_by=officer)

    assert not Learner.objects.filter(pk=pk).exists()
    assert not SkillAchievement.objects.filter(learner_id=pk).exists()
    assert not LessonCompletion.objects.filter(learner_id=pk).exists()
    attempt.refresh_from_db()
    assert attempt.learner is None and attempt.session_key == "" and attempt.answers == {}
    assert attempt.outcomes.count() == outcomes == 5  # the statistics stay
    certificate.refresh_from_db()
    assert certificate.withdrawn and not certificate.is_valid
    assert certificate.learner is None and certificate.masked_name == ""
    entries = ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(Learner), object_id=str(pk)
    )
    deletion = entries.get(action="wagtail.delete")
    assert deletion.user == officer
    assert all("Quỳnh" not in entry.label for entry in entries)


# Progress and statistics -------------------------------------------------------------------------


def test_progress_counts_lessons_and_the_quiz_per_topic(tree):
    learner = LearnerFactory()
    records.record_completion(tree.lessons[0], learner=learner)
    [row] = progress.progress(learner, tree.home)
    assert row["topic"] == tree.topic and row["quiz"] == tree.quiz
    assert (row["done"], row["total"], row["quiz_passed"]) == (1, 2, False)

    QuizAttemptFactory(quiz=tree.quiz, learner=learner)
    [row] = progress.progress(learner, tree.home)
    assert (row["done"], row["total"], row["quiz_passed"]) == (2, 2, True)


def test_stats_count_attempts_questions_and_skills_in_the_database(tree):
    quiz = tree.quiz
    an, binh = LearnerFactory(), LearnerFactory()
    QuizAttemptFactory(quiz=quiz, learner=an)  # 5 of 5
    QuizAttemptFactory(quiz=quiz, learner=an, right=False)  # 0 of 5
    QuizAttemptFactory(quiz=quiz, learner=binh, answers=answers_with_wrong(quiz, "multiple"))
    QuizAttemptFactory(quiz=quiz, learner=None, session_key="phone", right=False)

    # An, Bình and one phone without a profile tried; An and Bình passed.
    row = {"quiz": quiz.pk, "attempts": 4, "attempts_passed": 2, "people": 3, "people_passed": 2}
    assert stats.quiz_rows(QuizAttempt.objects.filter(quiz=quiz)) == [row]
    assert row in stats.quiz_rows()  # all attempts, whatever else the database holds

    ids = question_ids(quiz)
    rows = {
        r["question_id"]: (r["answered"], r["correct"])
        for r in stats.question_rows(QuestionOutcome.objects.filter(quiz=quiz))
    }
    assert rows == {
        ids["single"]: (4, 2),
        ids["multiple"]: (4, 1),
        ids["true_false"]: (4, 2),
        ids["picture"]: (4, 2),
        ids["scenario"]: (4, 2),
    }

    skills = stats.skill_rows(SkillAchievement.objects.filter(learner__in=[an, binh]))
    assert [(r["skill__code"], r["learners"]) for r in skills] == [
        ("1.2", 2),
        ("2.6", 2),
        ("4.2", 1),
    ]
    assert (stats.percent(1, 3), stats.percent(2, 2), stats.percent(0, 0)) == (33, 100, 0)
