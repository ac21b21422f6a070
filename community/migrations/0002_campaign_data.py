"""The outcomes a trainer may see (Vietnamese and English), the targets, and the two roles."""

import uuid
from datetime import date

from django.db import migrations

from community.campaign import (
    OFFICER_PERMISSIONS,
    OFFICERS_GROUP,
    OUTCOMES,
    TARGETS,
    TRAINERS_GROUP,
)


def seed(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Locale = apps.get_model("wagtailcore", "Locale")
    Skill = apps.get_model("skills", "Skill")
    Outcome = apps.get_model("community", "Outcome")
    Target = apps.get_model("community", "Target")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    vi, _ = Locale.objects.get_or_create(language_code="vi")
    en, _ = Locale.objects.get_or_create(language_code="en")
    for order, (code, name_vi, name_en, meaning, skills) in enumerate(OUTCOMES, start=1):
        key = uuid.uuid4()
        for locale, name in ((vi, name_vi), (en, name_en)):
            outcome, created = Outcome.objects.get_or_create(
                code=code,
                locale=locale,
                defaults={
                    "name": name,
                    "meaning": str(meaning),
                    "sort_order": order,
                    "translation_key": key,
                },
            )
            if created:
                outcome.skills.set(Skill.objects.filter(code__in=skills, locale=vi))
    for key, goal, start, deadline in TARGETS:
        Target.objects.get_or_create(
            key=str(key),
            defaults={
                "goal": goal,
                "starts_on": date.fromisoformat(start),
                "deadline": date.fromisoformat(deadline),
            },
        )
    Group.objects.get_or_create(name=TRAINERS_GROUP)
    officers, _ = Group.objects.get_or_create(name=OFFICERS_GROUP)
    for app_label, model, codename in OFFICER_PERMISSIONS:
        permission = Permission.objects.filter(
            content_type__app_label=app_label, content_type__model=model, codename=codename
        ).first()
        if permission:
            officers.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("community", "0001_initial"),
        ("skills", "0002_seed_framework"),
        ("learners", "0007_village_from_the_list"),
        ("wagtailadmin", "0006_formstate"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
