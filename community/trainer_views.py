"""The trainers' phone pages (under ``/to-cong-nghe-so/``) and the mentors' buttons on the
learner's own page (under ``/hoc-vien/dong-hanh/``).

Phone first and without JavaScript: plain forms that POST, each record with a client-made id.
Who sees what is ``access``: a trainer only the households of their own villages (another
village's household is a 404, so its existence is not told), an officer the whole commune,
anyone else no page at all (403). Records are made by ``services``, never here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from functools import wraps

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.views import redirect_to_login
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import BooleanField, Case, Count, F, Max, Prefetch, Q, TextField, Value, When
from django.db.models.functions import Cast
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST, require_safe
from wagtail.models import Locale
from wagtail.utils.loading import get_custom_form

from core import throttle
from core.errors import explain
from core.http import client_address
from core.search import fold
from learners.forms import StaffPinForm
from learners.models import LessonCompletion
from learners.services import profiles, sessions
from lessons.models import Audience, LessonPage, TopicPage

from . import access, services
from .forms import HouseholdFilter, HouseholdForm, MemberForm, VisitForm
from .models import Household, HouseholdGroup, Member, Mentorship, Outcome, OutcomeSeen
from .rules import CRITERIA, criteria_met
from .stats import household_facts

PER_PAGE = 30
VISIT_NEXT = 5
PRINT_PACK_SIZE = 6
VISITS_SHOWN = 20

# The lessons that fit a household: its groups as the lessons' audiences name them.
GROUP_AUDIENCES = {
    HouseholdGroup.ELDERLY: Audience.ELDERLY,
    HouseholdGroup.TRADERS: Audience.TRADERS,
    HouseholdGroup.FARMERS: Audience.FARMERS,
    HouseholdGroup.DISABILITIES: Audience.DISABILITIES,
    HouseholdGroup.WORKERS: Audience.WORKERS,
    HouseholdGroup.STUDENTS: Audience.STUDENTS,
}


def queued(request: HttpRequest) -> bool:
    """A form sent by the phone's script (a live send or a replay from its queue): it is
    answered in JSON, ``{"status": "recorded" | "already" | "refused", "reason": …}``."""
    return request.headers.get("X-Queued") == "1" or "application/json" in request.headers.get(
        "Accept", ""
    )


ANSWER_CODES = {"recorded": 200, "already": 409}


def answer(status: str, reason="", code: int = 400, url: str = "") -> JsonResponse:
    """What the script reads: the queue drops a record answered recorded or already."""
    return JsonResponse(
        {"status": status, "reason": str(reason), "url": url},
        status=ANSWER_CODES.get(status, code),
    )


def form_errors(form) -> str:
    return " ".join(str(error) for errors in form.errors.values() for error in errors)


def trainer_page(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """A trainer's (or an officer's) page: anyone else signs in first, or is refused."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        user = request.user
        if not user.is_authenticated:
            if queued(request):
                return answer(
                    "refused",
                    _("Your sign-in has ended. Sign in again, then send it again."),
                    403,
                )
            return redirect_to_login(request.get_full_path(), reverse("community:sign_in"))
        if not (access.is_officer(user) or access.trainer_of(user)):
            if queued(request):
                return answer(
                    "refused", _("This account is not on the community digital team now."), 403
                )
            return explain(request, 403)
        try:
            return view(request, *args, **kwargs)
        except Http404:
            if not queued(request):
                raise
            return answer("refused", _("This household is not on your list any more."), 404)

    return wrapped


def visible_household(request: HttpRequest, household_id: int) -> Household:
    """A household of the user's villages; any other (or none) is “not found”."""
    household = (
        access.households_for(request.user)
        .select_related("village", "recognition")
        .filter(pk=household_id)
        .first()
    )
    if household is None:
        raise Http404
    return household


def finished(request, created: bool, done, where: str, *args) -> HttpResponse:
    """After a record: the page it belongs to, or the script's answer with that page's url."""
    url = reverse(where, args=args)
    if queued(request):
        return answer("recorded" if created else "already", done, url=url)
    return redirect(url)


# Signing in and out ---------------------------------------------------------------------------


class SignInView(auth_views.LoginView):
    """The staff account's sign-in, counted like the admin's (the project's login form)."""

    template_name = "community/trainer/sign_in.html"

    def get_form_class(self):
        return get_custom_form("WAGTAILADMIN_USER_LOGIN_FORM")

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        form.fields.pop("remember", None)
        form.fields["username"].label = _("Username")
        form.fields["password"].label = _("Password")
        for field in ("username", "password"):
            form.fields[field].widget.attrs.pop("placeholder", None)
            form.fields[field].error_messages["required"] = _("Please fill in this box.")
        form.fields["username"].widget.attrs["autocomplete"] = "username"
        form.fields["password"].widget.attrs["autocomplete"] = "current-password"
        form.error_messages = {
            **form.error_messages,
            "invalid_login": gettext_lazy(
                "The username or the password is not right. Check them and try again."
            ),
            "inactive": gettext_lazy("This account is switched off."),
        }
        return form

    def form_invalid(self, form):
        response = super().form_invalid(form)
        response.status_code = 400
        return response

    def get_default_redirect_url(self) -> str:
        return reverse("community:households")


sign_in = SignInView.as_view()
sign_out = auth_views.LogoutView.as_view(next_page=reverse_lazy("community:sign_in"))


# My households ----------------------------------------------------------------------------------


def with_last_visit(households):
    return households.annotate(last_visit=Max("visits__visited_on"))


def to_visit_next(households, limit: int = VISIT_NEXT) -> list[Household]:
    """Not visited yet first, then the longest since the last visit; older people first."""
    elderly = Case(
        When(
            Q(groups_text__contains=f'"{HouseholdGroup.ELDERLY}"'),
            then=Value(True),
        ),
        default=Value(False),
        output_field=BooleanField(),
    )
    return list(
        with_last_visit(households)
        .annotate(groups_text=Cast("groups", TextField()))
        .annotate(elderly=elderly)
        .select_related("village")
        .order_by(F("last_visit").asc(nulls_first=True), "-elderly", "created_at", "pk")[:limit]
    )


def matching_names(households, query: str) -> list[int]:
    """Ids of households whose name holds every word typed, with or without accents."""
    terms = fold(query).split()
    return [
        pk
        for pk, name in households.values_list("pk", "display_name")
        if all(term in fold(name) for term in terms)
    ]


def criteria_count(facts) -> int:
    return sum(criteria_met(facts).values())


@require_safe
@trainer_page
def households(request: HttpRequest) -> HttpResponse:
    villages = list(access.villages_for(request.user))
    chosen = HouseholdFilter.from_request(request.GET, {village.pk for village in villages})
    visible = access.households_for(request.user)
    if chosen.village:
        visible = visible.filter(village_id=chosen.village)
    listed = visible
    if chosen.not_visited:
        listed = listed.filter(visits__isnull=True)
    if chosen.query:
        listed = listed.filter(pk__in=matching_names(listed, chosen.query))
    listed = with_last_visit(listed).annotate(members_count=Count("members", distinct=True))
    paginator = Paginator(listed.select_related("village").order_by("display_name", "pk"), PER_PAGE)
    try:
        page_obj = paginator.page(request.GET.get("trang", 1))
    except (PageNotAnInteger, EmptyPage):
        page_obj = paginator.page(1)
    shown = list(page_obj.object_list)
    facts = household_facts(shown)  # one call for the whole page: flat in households shown
    for household in shown:
        household.criteria = criteria_count(facts[household.pk])
    query = request.GET.copy()
    query.pop("trang", None)
    return render(
        request,
        "community/trainer/households.html",
        {
            "villages": villages,
            "chosen": chosen,
            "households": shown,
            "page_obj": page_obj,
            "paginator": paginator,
            "query_string": query.urlencode(),
            "next": to_visit_next(visible),
            "criteria_total": len(CRITERIA),
            "filtered": bool(chosen.query or chosen.village or chosen.not_visited),
        },
    )


@require_http_methods(["GET", "POST"])
@trainer_page
def household_add(request: HttpRequest) -> HttpResponse:
    villages = access.villages_for(request.user)
    form = HouseholdForm(request.POST or None, villages=villages)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            data = form.cleaned_data
            try:
                household, created = services.create_household(
                    request.user,
                    client_id=data["client_id"],
                    village=data["village"],
                    display_name=data["display_name"],
                    consented_on=data["consented_on"],
                    address_note=data["address_note"],
                    groups=data["groups"],
                    has_smartphone_online=data["has_smartphone_online"],
                )
            except services.Refused as refused:
                form.add_error(None, refused.message)
            else:
                if not access.may_see_household(request.user, household):
                    raise Http404
                if created:
                    done = _("%(name)s is on your list. Add its members now.") % {
                        "name": household.display_name
                    }
                    messages.success(request, done)
                else:
                    done = _("This household was already recorded.")
                    messages.info(request, done)
                return finished(request, created, done, "community:household", household.pk)
        if queued(request):
            return answer("refused", form_errors(form))
    return render(request, "community/trainer/household_add.html", {"form": form}, status=status)


# One household ------------------------------------------------------------------------------


@require_safe
@trainer_page
def household(request: HttpRequest, household_id: int) -> HttpResponse:
    household = visible_household(request, household_id)
    members = list(household.members.select_related("learner").order_by("joined_at", "pk"))
    met = criteria_met(household_facts([household])[household.pk])
    visits = list(
        household.visits.select_related("trainer").prefetch_related(
            Prefetch("lessons", queryset=LessonPage.objects.order_by("path")),
            Prefetch("present", queryset=Member.objects.select_related("learner")),
            Prefetch(
                "outcomes_seen",
                queryset=OutcomeSeen.objects.select_related("outcome", "member__learner"),
            ),
        )[:VISITS_SHOWN]
    )
    return render(
        request,
        "community/trainer/household.html",
        {
            "household": household,
            "members": members,
            "criteria": [(criterion.label, ok) for criterion, ok in met.items()],
            "criteria_met": sum(met.values()),
            "criteria_total": len(met),
            "missing": [criterion.label for criterion, ok in met.items() if not ok],
            "visits": visits,
            "problems": household.problems.filter(closed_on__isnull=True).order_by("opened_on"),
            "groups": [HouseholdGroup(code).label for code in household.groups if code in GROUPS],
        },
    )


GROUPS = set(HouseholdGroup.values)


@require_http_methods(["GET", "POST"])
@trainer_page
def member_add(request: HttpRequest, household_id: int) -> HttpResponse:
    household = visible_household(request, household_id)
    form = MemberForm(request.POST or None)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            data = form.cleaned_data
            try:
                member = services.add_member(
                    request.user,
                    household,
                    data["display_name"],
                    data["pin"],
                    data["birth_year"],
                    client_id=data["form_id"],
                )
            except services.Refused as refused:
                form.add_error(None, refused.message)
            else:
                if member.created:
                    done = _(
                        "%(name)s has a record now. Their learner code is %(code)s: write it "
                        "down for them, with the PIN they chose."
                    ) % {"name": member.learner.display_name, "code": member.learner.code}
                    messages.success(request, done)
                else:
                    done = _("This member was already added.")
                    messages.info(request, done)
                return finished(request, member.created, done, "community:household", household.pk)
        if queued(request):
            return answer("refused", form_errors(form))
    return render(
        request,
        "community/trainer/member_add.html",
        {"form": form, "household": household},
        status=status,
    )


@require_http_methods(["GET", "POST"])
@trainer_page
def member_pin(request: HttpRequest, household_id: int, member_id: int) -> HttpResponse:
    """A member forgot their PIN: with them present, a new PIN they type, or a new learner
    card (recovery code shown once). Recorded: who and when (``profiles.reset_pin``)."""
    household = visible_household(request, household_id)
    member = get_object_or_404(
        household.members.select_related("learner"), pk=member_id, learner__isnull=False
    )
    learner = member.learner
    action = request.POST.get("action")
    form = StaffPinForm(request.POST if action == "pin" else None)
    card_refused = ""
    if request.method == "POST" and action == "card":
        if request.POST.get("card_present") == "yes":
            code = profiles.issue_recovery_code(learner, by=request.user)
            return render(
                request,
                "community/trainer/member_card.html",
                {
                    "household": household,
                    "learner": learner,
                    "recovery_code": code,
                    "forgot_url": request.build_absolute_uri(reverse("learners:forgot_pin")),
                },
            )
        card_refused = _("Make a card only with the member present.")
    elif request.method == "POST" and form.is_valid():
        profiles.reset_pin(learner, form.cleaned_data["pin"], by=request.user)
        messages.success(
            request,
            _("%(name)s has a new PIN. Their learner code is still %(code)s.")
            % {"name": learner.display_name, "code": learner.code},
        )
        return redirect("community:household", household_id=household.pk)
    return render(
        request,
        "community/trainer/member_pin.html",
        {"household": household, "learner": learner, "form": form, "card_refused": card_refused},
        status=400 if (form.errors or card_refused) else 200,
    )


# Recording a visit ---------------------------------------------------------------------------


def household_audiences(household: Household) -> set[str]:
    return {str(GROUP_AUDIENCES[code]) for code in household.groups if code in GROUP_AUDIENCES}


def fit(lesson: LessonPage, wanted: set[str]) -> int:
    """How many of the household's groups a lesson is written for."""
    return len(wanted & set(lesson.audiences or ()))


def practice_lessons() -> tuple[list[TopicPage], list[LessonPage]]:
    """The live lessons of the default locale (the ones a visit records), with their topics."""
    locale = Locale.get_default()
    topics = list(
        TopicPage.objects.live().public().filter(locale=locale).only("title", "path", "depth")
    )
    lessons = list(
        LessonPage.objects.live()
        .public()
        .filter(locale=locale)
        .only("title", "path", "depth", "audiences")
        .order_by("path")
    )
    return sorted(topics, key=lambda topic: topic.path), lessons


def lesson_groups(household: Household, checked: set[int]) -> tuple[list[dict], list[int]]:
    """Lessons to tick, by topic: the topics and lessons that fit the household first."""
    wanted = household_audiences(household)
    topics, lessons = practice_lessons()
    groups = []
    for topic in topics:
        mine = [lesson for lesson in lessons if lesson.path.startswith(topic.path)]
        if not mine:
            continue
        for lesson in mine:
            lesson.fits = fit(lesson, wanted) > 0
        mine.sort(key=lambda lesson: not lesson.fits)  # stable: tree order within each part
        fits = any(lesson.fits for lesson in mine)
        groups.append(
            {
                "topic": topic,
                "lessons": mine,
                "fits": fits,
                "all_fit": all(lesson.fits for lesson in mine),
                # Closed, one short line per topic: the trainer opens the one practised.
                "open": any(lesson.pk in checked for lesson in mine),
            }
        )
    groups.sort(key=lambda group: not group["fits"])
    return groups, [lesson.pk for lesson in lessons]


def outcomes_to_tick() -> list[Outcome]:
    return list(Outcome.objects.filter(locale=Locale.get_default()).order_by("sort_order", "pk"))


@require_http_methods(["GET", "POST"])
@trainer_page
def visit_add(request: HttpRequest, household_id: int) -> HttpResponse:
    household = visible_household(request, household_id)
    members = list(household.members.select_related("learner").order_by("joined_at", "pk"))
    outcomes = outcomes_to_tick()
    checked = {int(v) for v in request.POST.getlist("lessons") if v.isdigit() and len(v) <= 18}
    groups, lesson_ids = lesson_groups(household, checked)
    form = VisitForm(
        request.POST or None, members=members, lesson_ids=lesson_ids, outcomes=outcomes
    )
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                visit, created = services.record_visit(request.user, form.for_service(household))
            except services.Refused as refused:
                form.add_error(None, refused.message)
            else:
                if created:
                    done = _("The visit is recorded. Thank you!")
                    messages.success(request, done)
                else:
                    done = _("This visit was already recorded. Nothing new was recorded.")
                    messages.info(request, done)
                return finished(request, created, done, "community:household", household.pk)
        if queued(request):
            return answer("refused", form_errors(form))
    seen = form.seen() if form.is_bound else {}
    present = set(form["present"].value() or ()) if form.is_bound else set()
    return render(
        request,
        "community/trainer/visit_add.html",
        {
            "form": form,
            "household": household,
            "members": [
                {
                    "member": member,
                    "present": str(member.pk) in {str(p) for p in present},
                    "field": form.outcome_field(member),
                    "seen": seen.get(member.pk, set()),
                }
                for member in members
            ],
            "outcomes": outcomes,
            "lesson_groups": groups,
            "checked": checked,
            "today": timezone.localdate(),
        },
        status=status,
    )


# The print pack -----------------------------------------------------------------------------


def print_pack_lessons(household: Household, members: list[Member]) -> list[LessonPage]:
    """The handouts that fit the household's groups and that not every member has done yet
    (at most ``PRINT_PACK_SIZE``, the best fit first)."""
    wanted = household_audiences(household)
    _topics, lessons = practice_lessons()
    learners = [member.learner_id for member in members if member.learner_id]
    done_by: dict[int, set[int]] = {}
    for learner_id, lesson_id in LessonCompletion.objects.filter(learner__in=learners).values_list(
        "learner", "lesson"
    ):
        done_by.setdefault(lesson_id, set()).add(learner_id)
    everyone = set(learners)
    candidates = [
        lesson
        for lesson in lessons
        if not (everyone and done_by.get(lesson.pk, set()) >= everyone)
        and (not wanted or fit(lesson, wanted))
    ]
    candidates.sort(key=lambda lesson: -fit(lesson, wanted))  # stable: tree order otherwise
    chosen = [lesson.pk for lesson in candidates[:PRINT_PACK_SIZE]]
    by_id = LessonPage.objects.in_bulk(chosen)
    return [by_id[pk] for pk in chosen if pk in by_id]


@require_safe
@trainer_page
def print_pack(request: HttpRequest, household_id: int) -> HttpResponse:
    household = visible_household(request, household_id)
    members = list(household.members.all())
    lessons = print_pack_lessons(household, members)
    last_visit = household.visits.exclude(remaining="").first()
    return render(
        request,
        "community/trainer/print_pack.html",
        {
            "household": household,
            "lessons": [lesson.print_context() for lesson in lessons],
            "remaining": last_visit.remaining if last_visit else "",
        },
    )


# Mentors (“Đại sứ số”) on the learner's own page ---------------------------------------------

MENTOR_ASKS = throttle.Limit("mentor:ask", 10, timedelta(hours=1))
MENTOR_ASKS_PER_ADDRESS = throttle.Limit("mentor:address", 30, timedelta(hours=1))
MENTORS_BOX = "#dong-hanh"


def back_to_record() -> HttpResponse:
    return redirect(reverse("learners:index") + MENTORS_BOX)


@require_POST
def mentor_ask(request: HttpRequest) -> HttpResponse:
    learner = sessions.learner_for(request)
    if learner is None:
        return redirect("learners:sign_in")
    code = request.POST.get("code", "")[:24]
    # Each try is counted: a code that exists is told apart from one that does not.
    limits = [(MENTOR_ASKS, str(learner.pk)), (MENTOR_ASKS_PER_ADDRESS, client_address(request))]
    if not throttle.take_turn(limits):
        messages.error(request, _("Too many requests. Wait an hour, then try again."))
        return back_to_record()
    try:
        mentorship = services.ask_to_mentor(learner, code)
    except services.Refused as refused:
        messages.error(request, refused.message)
    else:
        messages.success(
            request,
            _(
                "Request sent to the learner with code %(code)s. You see their progress once they agree."
            )
            % {"code": mentorship.mentee.code},
        )
    return back_to_record()


def answer_mentor(request: HttpRequest, mentorship_id: int, answer, done: str) -> HttpResponse:
    """The mentee's answer to a request (only theirs: any other id is “not found”)."""
    learner = sessions.learner_for(request)
    if learner is None:
        return redirect("learners:sign_in")
    mentorship = get_object_or_404(Mentorship, pk=mentorship_id, mentee=learner)
    try:
        answer(learner, mentorship)
    except services.Refused as refused:
        messages.error(request, refused.message)
    else:
        messages.success(request, done)
    return back_to_record()


@require_POST
def mentor_agree(request: HttpRequest, mentorship_id: int) -> HttpResponse:
    return answer_mentor(
        request, mentorship_id, services.agree, _("Agreed: your mentor now sees your progress.")
    )


@require_POST
def mentor_withdraw(request: HttpRequest, mentorship_id: int) -> HttpResponse:
    return answer_mentor(
        request,
        mentorship_id,
        services.withdraw,
        _("Done: this mentor no longer sees your progress."),
    )
