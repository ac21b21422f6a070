"""The moderation workflow Wagtail's migrations set up is named in English ("Moderators
approval"); moderators and editors read that name on every page in review."""

from django.db import migrations

ENGLISH = "Moderators approval"
WORKFLOW = "Duyệt trước khi xuất bản"
TASK = "Nhóm kiểm duyệt duyệt bài"


def rename(apps, schema_editor):
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=ENGLISH).update(name=WORKFLOW)
    apps.get_model("wagtailcore", "Task").objects.filter(name=ENGLISH).update(name=TASK)


def restore(apps, schema_editor):
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=WORKFLOW).update(name=ENGLISH)
    apps.get_model("wagtailcore", "Task").objects.filter(name=TASK).update(name=ENGLISH)


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0002_images_and_settings"),
        ("wagtailcore", "0048_add_default_workflows"),
    ]

    operations = [migrations.RunPython(rename, restore)]
