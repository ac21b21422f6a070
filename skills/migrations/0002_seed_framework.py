"""Seed the official framework in Vietnamese, with its English translation."""

import uuid

from django.db import migrations

# Plain data; a later change of wording is an editor's job in the admin, not a migration.
from skills.framework import AREAS, LEVELS, REQUIRED_FOR_BASIC, SKILLS


def seed(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    SkillArea = apps.get_model("skills", "SkillArea")
    Skill = apps.get_model("skills", "Skill")
    Level = apps.get_model("skills", "Level")
    vi, _ = Locale.objects.get_or_create(language_code="vi")
    en, _ = Locale.objects.get_or_create(language_code="en")

    areas = {}
    for code, name_vi, name_en in AREAS:
        key = uuid.uuid4()
        areas[code] = {
            locale: SkillArea.objects.get_or_create(
                code=code, locale=locale, defaults={"name": name, "translation_key": key}
            )[0]
            for locale, name in ((vi, name_vi), (en, name_en))
        }
    for code, name_vi, name_en in SKILLS:
        key = uuid.uuid4()
        area_code = code.split(".")[0]
        for locale, name in ((vi, name_vi), (en, name_en)):
            Skill.objects.get_or_create(
                code=code,
                locale=locale,
                defaults={
                    "name": name,
                    "translation_key": key,
                    "area": areas[area_code][locale],
                    "required_for_basic": code in REQUIRED_FOR_BASIC,
                },
            )
    for code, step, tier_vi, tier_en in LEVELS:
        key = uuid.uuid4()
        for locale, name in ((vi, tier_vi), (en, tier_en)):
            Level.objects.get_or_create(
                code=code, locale=locale, defaults={"name": name, "step": step, "translation_key": key}
            )


class Migration(migrations.Migration):
    dependencies = [
        ("skills", "0001_initial"),
        ("wagtailcore", "0094_alter_page_locale"),
    ]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
