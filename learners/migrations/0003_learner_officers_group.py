"""A staff role that may see learners, their attempts and certificates, and revoke certificates."""

from django.db import migrations

GROUP = "Cán bộ theo dõi học viên"
PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin"),
    ("learners", "learner", "view_learner"),
    ("learners", "quizattempt", "view_quizattempt"),
    ("learners", "certificate", "view_certificate"),
    ("learners", "certificate", "change_certificate"),
]


def create_group(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP)
    for app_label, model, codename in PERMISSIONS:
        permission = Permission.objects.filter(
            content_type__app_label=app_label, content_type__model=model, codename=codename
        ).first()
        if permission:
            group.permissions.add(permission)


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("learners", "0002_initial"),
        ("wagtailadmin", "0006_formstate"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
