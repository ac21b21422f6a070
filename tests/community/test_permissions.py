"""Who sees what, as one table: every role against every view and export of the campaign's
admin, the read API and the site search.

- an officer (group “Cán bộ phụ trách chiến dịch”) sees the whole commune;
- a trainer of village A never enters the admin (their pages are the phone pages), and no
  household name of village B ever reaches them;
- an editor and a learner officer see no household anywhere;
- anonymous visitors and citizens are sent to the admin's sign-in page;
- the read API and the search never show a household, to anyone.
"""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from community import services
from community.models import Problem, Recognition
from tests.community.factories import trainer
from tests.community.test_admin import commune, make_digital, visit  # noqa: F401  fixtures
from tests.learners.helpers import make_profile
from tests.portal.factories import UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.own_data]

ROLES = ("anonymous", "citizen", "editor", "learner_officer", "trainer_a", "officer")

# Each view: a name and how to build its URL from the commune's records (village B's).
VIEWS = {
    "households": lambda c: reverse("campaign_household:index"),
    "household_inspect": lambda c: reverse("campaign_household:inspect", args=[c["b"].pk]),
    "household_edit": lambda c: reverse("campaign_household:edit", args=[c["b"].pk]),
    "household_history": lambda c: reverse("campaign_household:history", args=[c["b"].pk]),
    "household_remove": lambda c: reverse("campaign_household:remove", args=[c["b"].pk]),
    "household_recognise": lambda c: reverse("campaign_household:recognise", args=[c["b"].pk]),
    "visits": lambda c: reverse("campaign_visit:index"),
    "visits_search": lambda c: reverse("campaign_visit:index") + "?q=Tây",
    "problems": lambda c: reverse("campaign_problem:index"),
    "problem_close": lambda c: reverse("campaign_problem:close", args=[c["problem"].pk]),
    "outcomes": lambda c: reverse("wagtailsnippets_community_outcome:list"),
    "outcome_add": lambda c: reverse("wagtailsnippets_community_outcome:add"),
    "targets": lambda c: reverse("campaign_target:index"),
    "target_edit": lambda c: reverse("campaign_target:edit", args=[1]),
    "recognitions": lambda c: reverse("campaign_recognition:index"),
    "recognition_edit": lambda c: reverse("campaign_recognition:edit", args=[c["recognition"].pk]),
    "recognition_print": lambda c: reverse(
        "campaign_recognition:print", args=[c["recognition"].pk]
    ),
    "trainers": lambda c: reverse("campaign_trainer:index"),
    "trainer_add": lambda c: reverse("campaign_trainer:add"),
    "villages": lambda c: reverse("campaign_village:index"),
    "village_add": lambda c: reverse("campaign_village:add"),
    "village_import": lambda c: reverse("campaign_village:import"),
    "dashboard": lambda c: reverse("campaign_dashboard:index"),
    "dashboard_village_b": lambda c: reverse("campaign_dashboard:index") + f"?thon={c['west'].pk}",
    "report": lambda c: reverse("campaign_report:index"),
    "report_xlsx": lambda c: reverse("campaign_report:index") + "?export=xlsx",
    "report_csv": lambda c: reverse("campaign_report:index") + "?export=csv",
    "admin_home": lambda c: reverse("wagtailadmin_home"),
    "api_pages": lambda c: "/api/v2/pages/?search=T%C3%A2y",
    "site_search": lambda c: reverse("search") + "?q=Văn Tây",
}

PUBLIC = {"api_pages", "site_search"}

# What each role gets: “ok” (200), “login” (to the admin's sign-in page), “refused” (403 or
# Wagtail's redirect to the admin's home page). The admin's home page itself is open to
# anyone who may enter the admin (an editor, a learner officer), without the campaign panel.
EXPECTED = {
    "anonymous": {"*": "login"},
    "citizen": {"*": "login"},
    "editor": {"*": "refused", "admin_home": "ok"},
    "learner_officer": {"*": "refused", "admin_home": "ok"},
    "trainer_a": {"*": "login"},
    "officer": {"*": "ok"},
}


def expected(role: str, view: str) -> str:
    if view in PUBLIC:
        return "ok"
    return EXPECTED[role].get(view, EXPECTED[role]["*"])


def outcome_of(response) -> str:
    if response.status_code == 200:
        return "ok"
    if response.status_code == 403:
        return "refused"
    if response.status_code == 302:
        if response.url.startswith(reverse("wagtailadmin_login")):
            return "login"
        if response.url == reverse("wagtailadmin_home"):
            return "refused"
    return f"{response.status_code} {getattr(response, 'url', '')}"


def body(response) -> str:
    if response.streaming:
        return b"".join(response.streaming_content).decode("utf-8", "replace")
    return response.content.decode("utf-8", "replace")


@pytest.fixture
def matrix(commune, tree):  # noqa: F811
    """The commune, with a problem and a recognition in village B, and a client per role."""
    west = commune["west_household"]
    make_digital(commune["trainer_b"], west, commune["tay"])
    visit(commune["trainer_b"], west, [commune["tay"]], problem="vneid_locked")
    data = {
        **commune,
        "b": west,
        "problem": Problem.objects.get(household=west),
        "recognition": services.recognise(commune["officer"], west),
    }
    clients = {role: Client() for role in ROLES}
    make_profile(clients["citizen"], name="Đỗ Thị Dân")
    clients["editor"].force_login(UserFactory(groups=["Editors"]))
    clients["learner_officer"].force_login(UserFactory(groups=["Cán bộ theo dõi học viên"]))
    clients["trainer_a"].force_login(commune["trainer_a"])
    clients["officer"].force_login(commune["officer"])
    return data, clients


# The search page repeats the words searched for (“Văn Tây”): a household shows as its names.
ALL_NAMES = ("Hộ ông Nguyễn Văn Ba", "Hộ bà Trần Thị Lan", "Hộ ông Lê Văn Tây", "Lê Văn Tây")
B_NAMES = ("Hộ ông Lê Văn Tây", "Lê Văn Tây", "Hộ ông Lê V. T.")


def test_the_permission_matrix(matrix):
    data, clients = matrix
    failures = []
    for role in ROLES:
        for view, url_for in VIEWS.items():
            response = clients[role].get(url_for(data))
            got, want = outcome_of(response), expected(role, view)
            if got != want:
                failures.append(f"{role} × {view}: got {got}, expected {want}")
            text = body(response)
            if role in ("trainer_a", "anonymous", "citizen"):
                shown = [name for name in B_NAMES if name in text]
                if shown:
                    failures.append(f"{role} × {view}: shows {shown}")
            if role in ("editor", "learner_officer") or view in PUBLIC:
                shown = [name for name in ALL_NAMES if name in text]
                if shown:
                    failures.append(f"{role} × {view}: shows a household {shown}")
    assert not failures, "\n".join(failures)


def test_officers_see_the_whole_commune(matrix):
    data, clients = matrix
    page = body(clients["officer"].get(VIEWS["households"](data)))
    assert all(name in page for name in ALL_NAMES[:3])
    assert "Hộ ông Lê Văn Tây" in body(clients["officer"].get(VIEWS["dashboard_village_b"](data)))


def test_a_campaign_permission_given_by_mistake_shows_nothing(matrix):
    """An editor handed “view visit” still sees no visit: the campaign's admin asks for an
    officer (who may see the commune's households) on top of the model permission."""
    from django.contrib.auth.models import Permission

    data, _clients = matrix
    editor = UserFactory(groups=["Editors"])
    for codename in ("view_visit", "view_village", "add_village", "change_village"):
        editor.user_permissions.add(Permission.objects.get(codename=codename))
    client = Client()
    client.force_login(editor)
    for view in ("visits", "villages", "village_import"):
        response = client.get(VIEWS[view](data))
        assert outcome_of(response) == "refused", view
        assert "Lê Văn Tây" not in body(response)


def test_a_trainer_of_two_villages_still_never_enters_the_admin(matrix):
    data, _clients = matrix
    both = trainer("tnt-hai-thon", [data["east"], data["west"]])
    client = Client()
    client.force_login(both)
    for view in ("households", "dashboard", "report_csv"):
        assert outcome_of(client.get(VIEWS[view](data))) == "login"
    assert Recognition.objects.count() == 1
