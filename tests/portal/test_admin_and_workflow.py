"""Staff accounts and the moderation workflow (the one Wagtail's migrations set up)."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse

from lessons.models import LessonPage
from tests.lessons.factories import LessonPageFactory
from tests.portal.factories import UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.own_data]


@pytest.fixture
def lesson(db):
    return LessonPageFactory(title="Đăng nhập VNeID an toàn")


def test_custom_user_model_is_in_use():
    User = get_user_model()
    assert User._meta.label == "portal.User"


def test_ensure_admin_generates_a_password_once():
    out = StringIO()
    call_command("ensure_admin", "--username", "chief", stdout=out)
    text = out.getvalue()
    password = text.split("password: ")[1].split()[0]
    assert len(password) >= 12
    user = get_user_model().objects.get(username="chief")
    assert user.is_superuser and user.check_password(password)

    again = StringIO()
    call_command("ensure_admin", "--username", "chief", stdout=again)
    assert "already exists" in again.getvalue() and "password:" not in again.getvalue()
    user.refresh_from_db()
    assert user.check_password(password)

    reset = StringIO()
    call_command("ensure_admin", "--username", "chief", "--reset", stdout=reset)
    new_password = reset.getvalue().split("password: ")[1].split()[0]
    assert new_password != password
    user.refresh_from_db()
    assert user.check_password(new_password)


def staff(username: str, group: str):
    return UserFactory(username=username, groups=[group])


def test_editors_submit_and_moderators_publish(lesson):
    editor, moderator = staff("bientap", "Editors"), staff("kiemduyet", "Moderators")
    permissions = lesson.permissions_for_user(editor)
    assert permissions.can_edit() and not permissions.can_publish()
    assert lesson.permissions_for_user(moderator).can_publish()

    workflow = lesson.get_workflow()
    assert workflow is not None and workflow.active
    lesson.title = "Đăng nhập VNeID (bản sửa)"
    revision = lesson.save_revision(user=editor)
    workflow_state = workflow.start(lesson, editor)
    lesson.refresh_from_db()
    assert lesson.workflow_in_progress
    assert (
        LessonPage.objects.get(pk=lesson.pk).title == "Đăng nhập VNeID an toàn"
    )  # still the live one

    task_state = workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, moderator, "approve")
    live = LessonPage.objects.get(pk=lesson.pk)
    assert live.title == "Đăng nhập VNeID (bản sửa)"
    assert live.live_revision_id == revision.pk


def test_editors_reach_the_admin_and_citizens_do_not(client, lesson):
    assert client.get(reverse("wagtailadmin_home")).status_code == 302
    client.force_login(staff("bientap2", "Editors"))
    assert client.get(reverse("wagtailadmin_pages:edit", args=[lesson.pk])).status_code == 200
