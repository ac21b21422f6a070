"""The demo commune: five villages of Xã Hòa Bình with their households and members, three
trainers and an officer, and three months of door-to-door visits.

Everything a visit confirms goes through ``community.services`` exactly as a trainer's phone
would send it (``record_visit``), so completions, outcomes, skills and certificates land as in
real life; only the households and their members, which a trainer would have typed one by one,
are bulk-created. The people are fictional; no ID number, phone number or account is invented.

Deterministic (``random.Random(2026)``), dated relative to today, and built once: when the
demo villages already have households, nothing is added.
"""

from __future__ import annotations

import random
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from wagtail.models import Locale, ModelLogEntry

from community import services
from community.campaign import OFFICERS_GROUP, TRAINERS_GROUP
from community.models import (
    Household,
    HouseholdGroup,
    Member,
    Mentorship,
    Outcome,
    Problem,
    Recognition,
    TrainerProfile,
    Visit,
)
from community.rules import is_digital_household
from community.stats import household_facts
from learners.codes import new_code
from learners.models import Certificate, Learner, LessonCompletion, SkillAchievement
from lessons.models import LessonPage
from places.models import Village

NAMESPACE = uuid.UUID("b0a3d1f4-7c2e-4e59-9a61-2f3c5d8e9a26")
SEED = 2026
DAYS = 90  # visits over the last three months
G = HouseholdGroup

# The commune ------------------------------------------------------------------------------


@dataclass(frozen=True)
class VillageSpec:
    name: str
    kind: str
    households: int  # official count
    listed: int  # households that agreed to be recorded so far
    residents_15_plus: int  # official count
    visited: float  # share of listed households visited in the last three months
    traders: float  # share of households living from a stall or a shop
    farmers: float
    hamlets: tuple[str, ...]  # “xóm …” (or streets and lanes in a tổ dân phố)
    landmarks: tuple[str, ...]  # “gần …”


VILLAGES = [
    VillageSpec(
        "Thôn Đông",
        Village.Kind.THON,
        households=312,
        listed=301,
        residents_15_plus=904,
        visited=0.42,
        traders=0.08,
        farmers=0.62,
        hamlets=("xóm Đình", "xóm Giếng", "xóm Đồng Chiêm", "xóm Cây Đa"),
        landmarks=(
            "nhà văn hóa thôn",
            "đình làng",
            "giếng làng",
            "cây đa đầu làng",
            "trường mầm non",
            "trạm bơm",
            "nhà thờ họ Nguyễn",
        ),
    ),
    VillageSpec(
        "Thôn Tây",
        Village.Kind.THON,
        households=268,
        listed=259,
        residents_15_plus=742,
        visited=0.31,
        traders=0.07,
        farmers=0.66,
        hamlets=("xóm Bến", "xóm Trại", "xóm Mới", "xóm Bờ Sông"),
        landmarks=(
            "bến đò cũ",
            "cầu Tây",
            "nhà văn hóa thôn",
            "chùa Linh Quang",
            "sân bóng thôn",
            "trạm bơm số 2",
        ),
    ),
    VillageSpec(
        "Thôn Trung",
        Village.Kind.THON,
        households=386,
        listed=372,
        residents_15_plus=1158,
        visited=0.38,
        traders=0.15,
        farmers=0.48,
        hamlets=("xóm Giữa", "xóm Chùa", "xóm Hàng", "xóm Ao Sen"),
        landmarks=(
            "trạm y tế xã",
            "trường tiểu học Hòa Bình",
            "chùa Phúc Lâm",
            "nhà văn hóa thôn",
            "bưu điện văn hóa xã",
            "ao sen",
        ),
    ),
    VillageSpec(
        "Thôn Bắc",
        Village.Kind.THON,
        households=174,
        listed=166,
        residents_15_plus=531,
        visited=0.27,
        traders=0.04,
        farmers=0.74,
        hamlets=("xóm Núi", "xóm Đồi", "xóm Khe"),
        landmarks=(
            "đập tràn",
            "điểm trường lẻ",
            "nhà văn hóa thôn",
            "cầu treo",
            "đồi keo",
        ),
    ),
    VillageSpec(
        "Tổ dân phố Chợ Mới",
        Village.Kind.TO_DAN_PHO,
        households=241,
        listed=236,
        residents_15_plus=668,
        visited=0.34,
        traders=0.46,
        farmers=0.12,
        hamlets=("ngõ Chợ", "ngõ 3 đường Chợ Mới", "dãy ki-ốt", "khu tập thể cũ"),
        landmarks=(
            "cổng chợ",
            "cửa hàng viễn thông",
            "ngân hàng Agribank",
            "bến xe",
            "Trung tâm Phục vụ hành chính công",
        ),
    ),
]


@dataclass(frozen=True)
class Account:
    username: str
    full_name: str
    officer: bool = False
    villages: tuple[str, ...] = ()


# Fixed usernames (the README lists them); passwords come from ``ensure_campaign_accounts``.
TRAINERS = [
    Account("totruong-dong", "Nguyễn Văn Hải", villages=("Thôn Đông", "Thôn Bắc")),
    Account("totruong-tay", "Trần Thị Thu Hương", villages=("Thôn Tây", "Thôn Trung")),
    Account("totruong-chomoi", "Phạm Minh Đức", villages=("Tổ dân phố Chợ Mới",)),
]
OFFICER = Account("canbo-vhxh", "Lê Thị Thanh Hà", officer=True)
ACCOUNTS = [*TRAINERS, OFFICER]


def ensure_villages() -> dict[str, Village]:
    """The five demo villages (kept as they are when they exist)."""
    villages = {}
    for order, spec in enumerate(VILLAGES, start=1):
        villages[spec.name], _created = Village.objects.get_or_create(
            name=spec.name,
            defaults={
                "kind": spec.kind,
                "households": spec.households,
                "residents_15_plus": spec.residents_15_plus,
                "sort_order": order,
            },
        )
    return villages


def ensure_account(account: Account):
    """The account, in its group, with its villages (those that exist); (user, created).

    A new account has no usable password: ``ensure_campaign_accounts`` gives it one.
    """
    User = get_user_model()
    user = User.objects.filter(username=account.username).first()
    created = user is None
    if created:
        user = User(username=account.username, first_name=account.full_name)
        user.set_unusable_password()
        user.is_staff = account.officer
        user.save()
    elif account.officer and not user.is_staff:
        user.is_staff = True
        user.save(update_fields=["is_staff"])
    user.groups.add(
        Group.objects.get_or_create(name=OFFICERS_GROUP if account.officer else TRAINERS_GROUP)[0]
    )
    if not account.officer:
        profile, _new = TrainerProfile.objects.get_or_create(user=user)
        profile.villages.add(*Village.objects.filter(name__in=account.villages))
    return user, created


# People ------------------------------------------------------------------------------------

# Family names, weighted roughly as they are across the country.
FAMILY_NAMES = (
    ("Nguyễn", 30),
    ("Trần", 10),
    ("Lê", 9),
    ("Phạm", 7),
    ("Hoàng", 4),
    ("Phan", 4),
    ("Vũ", 3),
    ("Võ", 2),
    ("Đặng", 2),
    ("Bùi", 2),
    ("Đỗ", 2),
    ("Hồ", 1),
    ("Ngô", 1),
    ("Dương", 1),
    ("Đinh", 1),
    ("Đào", 1),
    ("Trương", 1),
    ("Lương", 1),
    ("Mai", 1),
    ("Cao", 1),
)
MEN_MIDDLE = ("Văn", "Văn", "Văn", "Đức", "Hữu", "Công", "Quang", "Xuân", "Đình", "Minh", "Trọng")
WOMEN_MIDDLE = ("Thị", "Thị", "Thị", "Thị", "Thu", "Ngọc", "Thanh", "Hồng", "Kim", "Bích")
YOUNG_MEN_MIDDLE = ("Văn", "Đức", "Minh", "Quang", "Hoàng", "Gia", "Tiến", "Thành")
YOUNG_WOMEN_MIDDLE = ("Thị", "Ngọc", "Thu", "Phương", "Bảo", "Khánh", "Hải", "Thùy")
MEN = (
    "Ba", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Hưng", "Khánh", "Long", "Lợi", "Nam",
    "Nghĩa", "Phúc", "Sơn", "Tài", "Thắng", "Thành", "Toàn", "Trung", "Tuấn", "Vinh", "Hòa",
    "Lâm", "Tâm", "Tiến", "Hậu", "Kiên", "Sáu", "Bảy", "Tư", "Chiến", "Thịnh", "Quý", "Lộc",
    "Đông", "Hoan", "Khải", "Luận", "Mạnh", "Ngọc", "Phương", "Quyết", "Tạo", "Thuận", "Vượng",
    "Cảnh", "Đoàn", "Hiển", "Kỳ", "Nhân", "Tuyên", "Thiện", "Lực", "Sang",
)  # fmt: skip
WOMEN = (
    "Lan", "Hoa", "Mai", "Hương", "Hằng", "Hạnh", "Huệ", "Liên", "Loan", "Nga", "Nhung", "Oanh",
    "Phượng", "Thảo", "Thủy", "Tuyết", "Vân", "Yến", "Xuân", "Hiền", "Dung", "Cúc", "Đào",
    "Lụa", "Sen", "Tình", "Gấm", "Nhàn", "Thơm", "Bích", "Chung", "Hảo", "Khuyên", "Lý",
    "Mận", "Nguyệt", "Quế", "Thắm", "Thoa", "Uyên", "Vinh", "Hiên", "Ngần", "Tâm", "Xoan",
)  # fmt: skip
YOUNG_MEN = ("Huy", "Khôi", "Duy", "Tùng", "Bảo", "Phong", "Hiếu", "Đạt", "Quân", "Nhật", "An")
YOUNG_WOMEN = ("Linh", "Vy", "Trâm", "Quỳnh", "Anh", "My", "Ngân", "Thư", "Trang", "Ánh", "Hà")
# The demo learners of ``demo.builder`` keep their names to themselves.
RESERVED_NAMES = {
    "Nguyễn Thị Lan",
    "Trần Văn Hùng",
    "Lê Thị Mai",
    "Phạm Văn Tuấn",
    "Hoàng Thị Hoa",
}


@dataclass
class Person:
    name: str
    born: int
    woman: bool


@dataclass
class Plan:
    """One household as it will be recorded, and the visits it will get."""

    village: str
    index: int
    name: str = ""
    address: str = ""
    groups: list[str] = field(default_factory=list)
    smartphone: bool = True
    consented: date | None = None
    people: list[Person] = field(default_factory=list)
    visits: list[date] = field(default_factory=list)
    model: bool = False  # one of the villages' pilot “Gia đình số” households

    @property
    def client_id(self) -> uuid.UUID:
        return uuid.uuid5(NAMESPACE, f"household/{self.village}/{self.index}")


class People:
    """Plausible names: a family name from the father, middle and given names by generation."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        names, weights = zip(*FAMILY_NAMES, strict=True)
        self.families, self.weights = names, weights

    def family(self) -> str:
        return self.rng.choices(self.families, self.weights)[0]

    def person(self, family: str, woman: bool, born: int) -> Person:
        young = born >= 1990
        while True:
            if woman:
                middle = self.rng.choice(YOUNG_WOMEN_MIDDLE if young else WOMEN_MIDDLE)
                given = self.rng.choice(YOUNG_WOMEN + WOMEN if young else WOMEN)
            else:
                middle = self.rng.choice(YOUNG_MEN_MIDDLE if young else MEN_MIDDLE)
                given = self.rng.choice(YOUNG_MEN + MEN if young else MEN)
            name = f"{family} {middle} {given}"
            if name not in RESERVED_NAMES:
                return Person(name, born, woman)


def plan_people(rng: random.Random, people: People, today: date) -> list[Person]:
    """1 to 4 members aged 15 and over: who answers the door and who learns with them.

    Birth years are written for 2026 and move with today's year.
    """
    members = _people(rng, people)
    shift = today.year - 2026
    return [Person(p.name, p.born + shift, p.woman) for p in members]


def _people(rng: random.Random, people: People) -> list[Person]:
    kind = rng.choices(("couple", "family", "alone", "young"), (30, 45, 10, 15))[0]
    family = people.family()
    if kind == "alone":
        woman = rng.random() < 0.7
        return [people.person(family, woman, rng.randint(1936, 1956))]
    if kind == "couple":
        head = people.person(family, rng.random() < 0.2, rng.randint(1942, 1964))
    elif kind == "young":
        head = people.person(family, rng.random() < 0.25, rng.randint(1988, 2001))
    else:
        head = people.person(family, rng.random() < 0.22, rng.randint(1964, 1987))
    members = [head]
    if rng.random() < 0.85:  # the spouse keeps her (or his) own family name
        spouse_born = min(head.born + rng.randint(-2, 6), 2004)
        members.append(people.person(people.family(), not head.woman, spouse_born))
    if kind == "couple" and rng.random() < 0.35:
        members.append(people.person(family, rng.random() < 0.5, rng.randint(1975, 1996)))
    if kind == "family":
        for _child in range(rng.choices((0, 1, 2), (30, 45, 25))[0]):
            born = min(head.born + rng.randint(20, 32), 2010)
            members.append(people.person(family, rng.random() < 0.5, born))
        if rng.random() < 0.2:  # a grandparent living with them
            members.append(people.person(family, rng.random() < 0.6, rng.randint(1936, 1952)))
    return members[:4]


def household_name(head: Person, today: date) -> str:
    titles = ("chị", "anh") if today.year - head.born < 40 else ("bà", "ông")
    title = titles[0] if head.woman else titles[1]
    return f"Hộ {title} {head.name}"


def plan_groups(rng: random.Random, spec: VillageSpec, members: list[Person], today: date):
    ages = [today.year - person.born for person in members]
    groups = set()
    if max(ages) >= 60:
        groups.add(G.ELDERLY)
    work = rng.random()
    if work < spec.traders:
        groups.add(G.TRADERS)
    elif work < spec.traders + spec.farmers:
        groups.add(G.FARMERS)
    elif min(ages) < 58:
        groups.add(G.WORKERS)
    if any(15 <= age <= 22 for age in ages) and rng.random() < 0.7:
        groups.add(G.STUDENTS)
    if rng.random() < 0.035:
        groups.add(G.DISABILITIES)
    alone_and_old = len(members) == 1 and ages[0] >= 65
    if rng.random() < (0.3 if alone_and_old else 0.05):
        groups.add(G.POOR)
    return sorted(groups)


def plan_address(rng: random.Random, spec: VillageSpec) -> str:
    hamlet = rng.choice(spec.hamlets)
    landmark = rng.choice(spec.landmarks)
    how = rng.choices(("gần", "cạnh", "đối diện", "sau"), (6, 2, 1, 1))[0]
    return f"{hamlet}, {how} {landmark}"


def visit_day(rng: random.Random, today: date, earliest: int, latest: int) -> date:
    """A day ``latest``…``earliest`` days ago; volunteers go out mostly at the weekend."""
    while True:
        day = today - timedelta(days=rng.randint(latest, earliest))
        if day.weekday() >= 5 or rng.random() < 0.45:
            return day


# Villages whose second pilot household had its last visit this week: it meets all five
# criteria and waits for the officer.
WAITING = {"Thôn Trung", "Tổ dân phố Chợ Mới"}


def plan_commune(today: date, rng: random.Random) -> list[Plan]:
    people = People(rng)
    plans = []
    for spec in VILLAGES:
        village_plans, names = [], set()
        for index in range(spec.listed):
            plan = Plan(spec.name, index)
            for _try in range(20):  # two “Hộ ông Nguyễn Văn Ba” in one village confuse
                plan.people = plan_people(rng, people, today)
                plan.name = household_name(plan.people[0], today)
                if plan.name not in names:
                    break
            names.add(plan.name)
            plan.address = plan_address(rng, spec)
            plan.groups = plan_groups(rng, spec, plan.people, today)
            vulnerable = {G.POOR, G.ELDERLY} <= set(plan.groups) or len(plan.people) == 1
            plan.smartphone = rng.random() < (0.62 if vulnerable else 0.9)
            village_plans.append(plan)
        # Two pilot households per village (the plan's “mô hình điểm”): three visits, the
        # last of two of them this week, so some wait for the officer's recognition.
        pilots = [p for p in village_plans if p.smartphone and len(p.people) >= 2][:2]
        for number, plan in enumerate(pilots):
            plan.model = True
            first = visit_day(rng, today, 85, 62)
            second = first + timedelta(days=rng.randint(12, 18))
            if number and spec.name in WAITING:
                last = today - timedelta(days=rng.randint(0, 5))
            else:
                last = second + timedelta(days=rng.randint(12, 18))
            plan.visits = [first, second, last]
        # The campaign starts with those who most need it: older, poorer, disabled first.
        others = [p for p in village_plans if not p.model]
        weight = {
            id(p): 1.0 + 0.6 * bool({G.ELDERLY, G.POOR, G.DISABILITIES} & set(p.groups))
            for p in others
        }
        wanted = round(spec.visited * len(village_plans)) - len(pilots)
        chosen = set()
        while len(chosen) < wanted:
            plan = rng.choices(others, [weight[id(p)] for p in others])[0]
            chosen.add(id(plan))
        for plan in others:
            if id(plan) not in chosen:
                continue
            day = visit_day(rng, today, DAYS - 1, 0)
            plan.visits = [day]
            for _more in range(rng.choices((0, 1, 2), (58, 32, 10))[0]):
                day = day + timedelta(days=rng.randint(6, 24))
                if day > today:
                    break
                plan.visits.append(day)
        for plan in village_plans:
            if plan.visits:  # often agreed at the door, on the first visit
                back = 0 if rng.random() < 0.6 else rng.randint(1, 40)
                plan.consented = plan.visits[0] - timedelta(days=back)
            else:  # at a village meeting, or when the list was made
                plan.consented = today - timedelta(days=rng.randint(1, 150))
        plans += village_plans
    return plans


# What trainers teach ----------------------------------------------------------------------

# Three visits' worth of lessons, in the order the commune's plans teach them: the phone and
# VNeID; online public services, paying by QR and scams; learning, health and children online.
STAGES = (
    (
        "dien-thoai-ket-noi-wifi-du-lieu-di-dong",
        "dien-thoai-cai-ung-dung-ch-play-app-store",
        "dien-thoai-goi-video-cho-nguoi-than",
        "cai-dat-ung-dung-vneid",
        "kich-hoat-tai-khoan-vneid",
        "dang-nhap-vneid",
        "zalo-tham-gia-nhom-thon",
        "i-speed-cai-dat-va-do-toc-do",
        "lua-dao-gia-danh-cong-an-vneid",
    ),
    (
        "dang-nhap-cong-dich-vu-cong-quoc-gia",
        "nop-ho-so-dich-vu-cong-truc-tuyen",
        "tra-tien-bang-ma-vietqr",
        "ban-hang-nhan-tien-qua-ma-qr",
        "lua-dao-gia-nhan-vien-ngan-hang-ma-otp",
        "the-bhyt-tren-vneid",
        "cap-nhat-sinh-trac-hoc-ngan-hang",
        "dang-ban-nong-san-qua-mang",
    ),
    (
        "hoc-tren-nen-tang-binh-dan-hoc-vu-so",
        "so-suc-khoe-dien-tu-va-vssid",
        "gioi-han-thoi-gian-dien-thoai-cua-chau",
        "youtube-kids-va-tro-chuyen-voi-chau",
        "tham-gia-cuoc-thi-truc-tuyen",
        "ai-hoi-dap-voi-chatbot",
        "lua-dao-nguoi-than-gap-nan-deepfake",
        "tim-kiem-thong-tin-dang-tin-cay",
    ),
)
# Without a smartphone on the Internet: the phone they have, and not being cheated.
NO_SMARTPHONE = (
    "dien-thoai-2g-len-4g",
    "dien-thoai-nut-bam-sac-pin-co-chu",
    "lua-dao-gia-danh-cong-an-vneid",
    "dien-thoai-bi-do-khoi-dong-lai",
)
# The lessons that go with each stage's must-do (the pilots always practise these).
KEY_LESSONS = (
    ("kich-hoat-tai-khoan-vneid", "lua-dao-gia-danh-cong-an-vneid"),
    ("dang-nhap-cong-dich-vu-cong-quoc-gia", "tra-tien-bang-ma-vietqr"),
    ("hoc-tren-nen-tang-binh-dan-hoc-vu-so", "gioi-han-thoi-gian-dien-thoai-cua-chau"),
)

# (outcome code, chance a present member is seen doing it) at each stage: VNeID level 2 is
# common, online services and cashless less so, the Resolution 57 contest rare.
OUTCOME_CHANCES = (
    (
        ("vneid-installed", 0.6),
        ("vneid-level-2", 0.45),
        ("village-zalo-group", 0.35),
        ("ispeed-measured", 0.1),
    ),
    (
        ("vneid-level-2", 0.35),
        ("public-services-login", 0.35),
        ("procedure-submitted", 0.12),
        ("cashless-payment", 0.3),
        ("village-zalo-group", 0.15),
    ),
    (
        ("public-services-login", 0.25),
        ("cashless-payment", 0.25),
        ("online-learning", 0.3),
        ("online-health", 0.22),
        ("resolution-57-contest", 0.05),
    ),
)
PILOT_OUTCOMES = (
    ("vneid-installed", "vneid-level-2"),
    ("public-services-login", "cashless-payment"),
    ("online-learning",),
)
NEEDS = {  # what a trainer writes down as remaining, by the outcome not yet seen
    "vneid-level-2": "Chưa kích hoạt VNeID mức 2: hẹn lần sau khi có con cháu ở nhà.",
    "public-services-login": "Hướng dẫn đăng nhập Cổng Dịch vụ công bằng VNeID.",
    "cashless-payment": "Tập quét mã QR để trả tiền điện, nước.",
    "online-learning": "Giới thiệu học trên nền tảng Bình dân học vụ số.",
    "online-health": "Cài sổ sức khỏe điện tử cho ông bà.",
}
PROBLEMS = {
    Problem.Kind.VNEID_LOCKED: (
        "Tài khoản VNeID bị khóa sau nhiều lần nhập sai mật khẩu, cần Công an xã mở khóa.",
        "Không nhận được mã kích hoạt VNeID: số điện thoại đăng ký cũ không còn dùng.",
    ),
    Problem.Kind.POPULATION_DATA: (
        "Ngày sinh trên Cơ sở dữ liệu dân cư khác với giấy tờ, cần điều chỉnh.",
        "Nơi ở trên VNeID chưa cập nhật theo tên xã mới.",
    ),
    Problem.Kind.PHONE_REPAIR: (
        "Màn hình cảm ứng hỏng, không thao tác được.",
        "Điện thoại cũ không cài được VNeID (hệ điều hành quá cũ).",
    ),
    Problem.Kind.NO_INTERNET: (
        "Nhà cuối xóm, sóng 4G yếu, chưa có Wi-Fi.",
        "Chỉ có điện thoại 2G, sóng 2G sắp tắt: cần hỗ trợ đổi máy 4G.",
    ),
    Problem.Kind.OTHER: ("Thẻ BHYT bị mất, cần cấp lại trước khi tích hợp vào VNeID.",),
}
CLOSING_NOTES = {
    Problem.Kind.VNEID_LOCKED: "Công an xã đã hỗ trợ; người dân đăng nhập lại được.",
    Problem.Kind.POPULATION_DATA: "Công an xã đã điều chỉnh, dữ liệu đã cập nhật.",
    Problem.Kind.PHONE_REPAIR: "Cửa hàng viễn thông đã sửa máy; tổ sẽ hướng dẫn tiếp.",
    Problem.Kind.NO_INTERNET: "Nhà mạng hỗ trợ máy 4G và gói cước ưu đãi.",
    Problem.Kind.OTHER: "Bảo hiểm xã hội đã cấp lại thẻ.",
}
AUDIENCE_OF_GROUP = {  # household groups → lesson audiences
    G.ELDERLY: "elderly",
    G.TRADERS: "traders",
    G.FARMERS: "farmers",
    G.WORKERS: "workers",
    G.STUDENTS: "students",
    G.DISABILITIES: "disabilities",
}


# The builder -------------------------------------------------------------------------------


class CommuneBuilder:
    """Builds the demo commune once; ``log`` gets progress lines."""

    def __init__(self, log: Callable[[str], None] = print, today: date | None = None):
        self.log = log
        self.today = today or timezone.localdate()
        self.rng = random.Random(SEED)  # noqa: S311  demo data, not security

    def build(self) -> None:
        villages = ensure_villages()
        self.link_demo_learners(villages)
        users = {account.username: ensure_account(account)[0] for account in ACCOUNTS}
        if Household.objects.filter(village__in=villages.values()).exists():
            self.log("  Demo commune: already there")
            return
        with transaction.atomic():
            plans = plan_commune(self.today, self.rng)
            self.trainer_of = {
                name: users[account.username] for account in TRAINERS for name in account.villages
            }
            self.officer = users[OFFICER.username]
            households = self.households(villages, plans)
            members = sum(len(plan.people) for plan in plans)
            self.log(
                f"  Demo commune: {len(villages)} villages, {len(plans)} households, {members} members"
            )
            visits, problems = self.visits(plans, households)
            recognised = self.recognitions(plans, households)
            self.mentor(plans, households)
        visited = sum(1 for plan in plans if plan.visits)
        self.log(
            f"  Visits: {visits} to {visited} households by {len(TRAINERS)} trainers, "
            f"{problems} problems passed on, {recognised} “Gia đình số” recognised"
        )

    def link_demo_learners(self, villages: dict[str, Village]) -> None:
        """The demo learners named their village before it was on the list."""
        for name, village in villages.items():
            Learner.objects.filter(village__isnull=True, village_note=name).update(
                village=village, village_note=""
            )

    # Households and members -----------------------------------------------------------------

    def households(self, villages: dict[str, Village], plans: list[Plan]) -> dict[int, Household]:
        """Bulk-created, as if typed in by the village's trainer on the day they agreed."""
        rows = [
            Household(
                client_id=plan.client_id,
                village=villages[plan.village],
                display_name=plan.name,
                address_note=plan.address,
                groups=plan.groups,
                has_smartphone_online=plan.smartphone,
                consented_on=plan.consented,
                created_by=self.trainer_of[plan.village],
                created_at=self.moment(plan.consented, 9),
            )
            for plan in plans
        ]
        Household.objects.bulk_create(rows, batch_size=500)
        by_plan = {id(plan): row for plan, row in zip(plans, rows, strict=True)}
        codes = set(Learner.objects.values_list("code", flat=True))
        unusable = make_password(None)  # nobody signs in as a demo member
        learners, owners = [], []
        for plan in plans:
            household = by_plan[id(plan)]
            for person in plan.people:
                code = new_code()
                while code in codes:
                    code = new_code()
                codes.add(code)
                learners.append(
                    Learner(
                        code=code,
                        display_name=person.name,
                        birth_year=person.born,
                        village=household.village,
                        pin_hash=unusable,
                        created_at=household.created_at,
                    )
                )
                owners.append(household)
        Learner.objects.bulk_create(learners, batch_size=500)
        Member.objects.bulk_create(
            [
                Member(
                    household=household,
                    learner=learner,
                    birth_year=learner.birth_year,
                    joined_at=household.created_at,
                )
                for household, learner in zip(owners, learners, strict=True)
            ],
            batch_size=500,
        )
        return by_plan

    # Visits ----------------------------------------------------------------------------------

    def visits(self, plans: list[Plan], households: dict[int, Household]) -> tuple[int, int]:
        """Every visit through ``record_visit``, day by day; each day's records then carry
        the day they were made."""
        vi = Locale.objects.get(language_code="vi")
        self.outcomes = {o.code: o for o in Outcome.objects.filter(locale=vi)}
        self.lessons = {
            page.slug: page
            for page in LessonPage.objects.live().filter(locale=vi).only("pk", "slug", "audiences")
        }
        self.members_of = defaultdict(list)
        for member in Member.objects.filter(household__in=self.demo_households()).order_by("pk"):
            self.members_of[member.household_id].append(member)
        self.seen: dict[int, set[str]] = defaultdict(set)  # member → outcome codes
        schedule = sorted(
            (day, number, plan.village, plan.index, plan)
            for plan in plans
            for number, day in enumerate(plan.visits)
        )
        by_day = defaultdict(list)
        for day, number, _village, _index, plan in schedule:
            by_day[day].append((number, plan))
        visits = problems = 0
        for day in sorted(by_day):
            marks = self.watermarks()
            for number, plan in by_day[day]:
                problems += self.visit(plan, households[id(plan)], number, day)
                visits += 1
            self.backdate(marks, day)
        return visits, problems

    def visit(self, plan: Plan, household: Household, number: int, day: date) -> bool:
        rng = self.rng
        members = self.members_of[household.pk]
        stage = min(number, len(STAGES) - 1)
        # Whoever is at home: the head most often, sometimes the whole family.
        present = [m for m in members if rng.random() < 0.6] or [rng.choice(members)]
        if plan.model and members[0] not in present:
            present.insert(0, members[0])
        lessons = self.pick_lessons(plan, stage)
        seen: list[tuple[int, int]] = []
        if plan.smartphone:
            for member in present:
                age = day.year - (member.birth_year or 1970)
                ease = 1.0 if age < 60 else 0.75 if age < 72 else 0.45
                for code, chance in OUTCOME_CHANCES[stage]:
                    if code == "cashless-payment" and G.TRADERS in plan.groups:
                        chance *= 2  # a stall takes payment by QR code every day
                    if code in self.seen[member.pk] or rng.random() >= chance * ease:
                        continue
                    seen.append((member.pk, self.outcomes[code].pk))
                    self.seen[member.pk].add(code)
                    if code == "vneid-level-2":  # level 2 is activated in the app
                        self.seen[member.pk].add("vneid-installed")
            if plan.model:
                head = present[0]
                for code in PILOT_OUTCOMES[stage]:
                    if code not in self.seen[head.pk]:
                        seen.append((head.pk, self.outcomes[code].pk))
                        self.seen[head.pk].add(code)
        household_seen = set().union(*(self.seen[m.pk] for m in members))
        remaining = [NEEDS[code] for code in NEEDS if code not in household_seen][:2]
        if not plan.smartphone:
            remaining = ["Khi có điện thoại thông minh: cài VNeID và Zalo nhóm thôn."]
        kind, note = "", ""
        chance = 0.15 if not plan.smartphone else 0.02
        if not plan.model and rng.random() < chance:
            kinds = (
                (Problem.Kind.NO_INTERNET, Problem.Kind.PHONE_REPAIR)
                if not plan.smartphone
                else (
                    Problem.Kind.VNEID_LOCKED,
                    Problem.Kind.VNEID_LOCKED,
                    Problem.Kind.POPULATION_DATA,
                    Problem.Kind.PHONE_REPAIR,
                    Problem.Kind.OTHER,
                )
            )
            kind = rng.choice(kinds)
            note = rng.choice(PROBLEMS[kind])
        form = services.VisitForm(
            client_id=uuid.uuid5(plan.client_id, f"visit/{number}"),
            household=household,
            visited_on=day,
            present=tuple(m.pk for m in present),
            lessons=tuple(page.pk for page in lessons),
            outcomes=tuple(seen),
            remaining=" ".join(remaining),
            problem_kind=str(kind),
            problem_note=note,
        )
        services.record_visit(self.trainer_of[plan.village], form)
        return bool(kind)

    @staticmethod
    def demo_households():
        return Household.objects.filter(village__name__in=[spec.name for spec in VILLAGES])

    def pick_lessons(self, plan: Plan, stage: int) -> list[LessonPage]:
        rng = self.rng
        if not plan.smartphone:
            slugs = [s for s in NO_SMARTPHONE if s in self.lessons]
            return [self.lessons[s] for s in rng.sample(slugs, min(2, len(slugs)))]
        audiences = {AUDIENCE_OF_GROUP[g] for g in plan.groups if g in AUDIENCE_OF_GROUP}
        fitting = [
            self.lessons[slug]
            for slug in STAGES[stage]
            if slug in self.lessons
            and (not audiences or audiences & set(self.lessons[slug].audiences))
        ]
        chosen = rng.sample(fitting, min(len(fitting), rng.randint(2, 3)))
        if plan.model:
            for slug in KEY_LESSONS[stage]:
                page = self.lessons.get(slug)
                if page is not None and page not in chosen:
                    chosen.append(page)
        return chosen

    # Back-dating: a visit's records carry the day it was made ------------------------------

    DATED = (
        (LessonCompletion, "created_at"),
        (SkillAchievement, "achieved_at"),
        (Certificate, "issued_at"),
        (Visit, "created_at"),
        (ModelLogEntry, "timestamp"),
    )

    def watermarks(self) -> dict:
        return {
            model: model.objects.aggregate(top=Max("pk"))["top"] or 0 for model, _f in self.DATED
        }

    def backdate(self, marks: dict, day: date) -> None:
        moment = self.moment(day, 16)
        for model, name in self.DATED:
            model.objects.filter(pk__gt=marks[model]).update(**{name: moment})

    def moment(self, day: date, hour: int) -> datetime:
        """``day`` at ``hour`` local time, never later than now."""
        at = timezone.make_aware(datetime.combine(day, time(hour)))
        return min(at, timezone.now())

    # The officer: problems closed, households recognised ----------------------------------

    def recognitions(self, plans: list[Plan], households: dict[int, Household]) -> int:
        rng = self.rng
        old_enough = Problem.objects.filter(
            household__in=self.demo_households(), opened_on__lte=self.today - timedelta(days=10)
        )
        for problem in old_enough.order_by("pk"):
            if rng.random() < 0.5:
                mark = self.watermarks()[ModelLogEntry]
                services.close_problem(self.officer, problem, CLOSING_NOTES[problem.kind])
                closed = min(problem.opened_on + timedelta(days=rng.randint(3, 12)), self.today)
                Problem.objects.filter(pk=problem.pk).update(closed_on=closed)
                ModelLogEntry.objects.filter(pk__gt=mark).update(timestamp=self.moment(closed, 10))
        # The officer recognises a household a few days after its last visit showed all five.
        settled = [
            (plan, households[id(plan)])
            for plan in plans
            if plan.visits and plan.visits[-1] <= self.today - timedelta(days=7)
        ]
        facts = household_facts([household for _plan, household in settled])
        recognised = 0
        marks = self.watermarks()
        for plan, household in settled:
            if not is_digital_household(facts[household.pk]):
                continue
            recognition = services.recognise(self.officer, household)
            day = plan.visits[-1] + timedelta(days=rng.randint(2, 6))
            Recognition.objects.filter(pk=recognition.pk).update(recognised_on=day)
            ModelLogEntry.objects.filter(
                pk__gt=marks[ModelLogEntry], object_id=str(household.pk)
            ).update(timestamp=self.moment(day, 10))
            recognised += 1
        return recognised

    # A mentor ---------------------------------------------------------------------------------

    def mentor(self, plans: list[Plan], households: dict[int, Household]) -> None:
        """An “Đại sứ số” of Thôn Trung, a young member of a pilot household, follows seven
        older neighbours; six agreed, the seventh has not answered yet."""
        village = [p for p in plans if p.village == "Thôn Trung"]
        pilots = [households[id(p)] for p in village if p.model]
        young = (
            Member.objects.filter(household__in=pilots, birth_year__gte=1985)
            .select_related("learner")
            .order_by("-birth_year", "pk")
            .first()
        ) or (
            Member.objects.filter(household__village__name="Thôn Trung", birth_year__gte=1985)
            .select_related("learner")
            .order_by("pk")
            .first()
        )
        if young is None:
            return
        visited = [households[id(p)] for p in village if p.visits and not p.model]
        older = list(
            Member.objects.filter(household__in=visited, birth_year__lte=1966)
            .exclude(household=young.household_id)
            .select_related("learner")
            .order_by("household__pk", "pk")
        )
        mentees = []
        for member in older:
            if member.household_id not in {m.household_id for m in mentees}:
                mentees.append(member)
            if len(mentees) == 7:
                break
        now = timezone.now()
        for number, mentee in enumerate(mentees):
            link = services.ask_to_mentor(young.learner, mentee.learner.code)
            asked = now - timedelta(days=40 - 5 * number, hours=3)
            if number < 6:
                services.agree(mentee.learner, link)
                agreed = asked + timedelta(days=1 + number % 3)
            else:
                asked, agreed = now - timedelta(days=2), None
            Mentorship.objects.filter(pk=link.pk).update(asked_at=asked, agreed_at=agreed)
