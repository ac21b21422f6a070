"""The basic certificate's title as data, in both languages; per-question outcomes as rows
for the attempts recorded so far."""

import uuid

from django.db import migrations

BASIC_TITLES = {
    "vi": "Hoàn thành mức độ phổ cập kỹ năng số cơ bản",
    "en": "Completed the universal basic level of digital skills",
}


def seed_titles(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Award = apps.get_model("learners", "Award")
    key = uuid.uuid4()
    for code, title in BASIC_TITLES.items():
        locale, _ = Locale.objects.get_or_create(language_code=code)
        Award.objects.get_or_create(
            key="basic", locale=locale, defaults={"title": title, "translation_key": key}
        )


def outcome_rows(apps, schema_editor):
    QuizAttempt = apps.get_model("learners", "QuizAttempt")
    QuestionOutcome = apps.get_model("learners", "QuestionOutcome")
    Skill = apps.get_model("skills", "Skill")
    skills = set(Skill.objects.values_list("pk", flat=True))
    batch = []
    for attempt in QuizAttempt.objects.only("pk", "quiz_id", "results").iterator(chunk_size=500):
        for record in attempt.results:
            batch.append(
                QuestionOutcome(
                    attempt_id=attempt.pk,
                    quiz_id=attempt.quiz_id,
                    question_id=record["q"],
                    skill_id=record.get("skill") if record.get("skill") in skills else None,
                    correct=bool(record["ok"]),
                )
            )
        if len(batch) >= 2000:
            QuestionOutcome.objects.bulk_create(batch, ignore_conflicts=True)
            batch = []
    QuestionOutcome.objects.bulk_create(batch, ignore_conflicts=True)


class Migration(migrations.Migration):
    dependencies = [
        ("learners", "0005_records_by_trainers_outcomes_and_titles"),
        ("skills", "0002_seed_framework"),
    ]

    operations = [
        migrations.RunPython(seed_titles, migrations.RunPython.noop),
        migrations.RunPython(outcome_rows, migrations.RunPython.noop),
    ]
