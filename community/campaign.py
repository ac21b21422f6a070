"""The campaign's fixed data, as the commune's plans give it: the outcomes a trainer may see
(each with the framework skills it shows and what it counts for), the targets, and the staff
roles. Seeded by migrations; officers change wordings, goals and deadlines in the admin.
"""

from __future__ import annotations

from .rules import Meaning, TargetKey

# (code, Vietnamese, English, meaning, framework skills shown). No outcome shows a safety skill
# (area 4): the “safety” criterion comes from what members learned, not from using a service.
OUTCOMES = [
    ("vneid-installed", "Cài ứng dụng VNeID", "Installed the VNeID app", Meaning.OTHER, ("0.2",)),
    (
        "vneid-level-2",
        "Kích hoạt tài khoản định danh điện tử mức 2",
        "Activated the level-2 electronic identity account",
        Meaning.VNEID_ACCOUNT,
        ("2.6",),
    ),
    (
        "public-services-login",
        "Đăng nhập Cổng Dịch vụ công quốc gia bằng VNeID",
        "Logged in to the National Public Service Portal with VNeID",
        Meaning.ONLINE_SERVICES,
        ("2.3", "2.6"),
    ),
    (
        "procedure-submitted",
        "Nộp một thủ tục trực tuyến",
        "Submitted one procedure online",
        Meaning.ONLINE_SERVICES,
        ("2.3",),
    ),
    (
        "cashless-payment",
        "Thanh toán bằng mã QR, ví điện tử hoặc ứng dụng ngân hàng",
        "Paid by QR code, e-wallet or bank app",
        Meaning.CASHLESS,
        ("0.2", "2.1"),
    ),
    (
        "village-zalo-group",
        "Tham gia nhóm Zalo chính thức của thôn",
        "Joined the village's official Zalo group",
        Meaning.OTHER,
        ("2.1",),
    ),
    (
        "ispeed-measured",
        "Đo tốc độ Internet bằng i-Speed",
        "Measured the Internet speed with i-Speed",
        Meaning.OTHER,
        ("0.2", "5.1"),
    ),
    (
        "resolution-57-contest",
        "Tham gia cuộc thi trực tuyến về Nghị quyết 57",
        "Took part in the online contest on Resolution 57",
        Meaning.ONLINE_LIFE,
        ("2.3",),
    ),
    ("online-learning", "Học trực tuyến", "Learned online", Meaning.ONLINE_LIFE, ("1.1", "5.4")),
    (
        "online-health",
        "Dùng dịch vụ y tế trực tuyến",
        "Used an online health service",
        Meaning.ONLINE_LIFE,
        ("1.1", "2.6"),
    ),
]

# The commune's plans: the campaign starts on 11/10/2025; the targets are for the end of 2026.
CAMPAIGN_START = "2025-10-11"
TARGETS = [
    (TargetKey.REACHED, 100, CAMPAIGN_START, "2026-12-31"),
    (TargetKey.VNEID, 80, CAMPAIGN_START, "2026-12-31"),
    (TargetKey.ONLINE_AND_CASHLESS, 70, CAMPAIGN_START, "2026-12-31"),
    (TargetKey.DIGITAL_HOUSEHOLDS, 70, CAMPAIGN_START, "2026-12-31"),
]

TRAINERS_GROUP = "Tổ công nghệ số cộng đồng"
OFFICERS_GROUP = "Cán bộ phụ trách chiến dịch"
# Officers see and manage the whole commune in the admin; trainers never enter the admin
# (their pages are the phone pages under /to-cong-nghe-so/), so their group has no permission.
OFFICER_PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin"),
    ("places", "village", "view_village"),
    ("places", "village", "add_village"),
    ("places", "village", "change_village"),
    ("community", "household", "view_household"),
    ("community", "household", "change_household"),
    ("community", "visit", "view_visit"),
    ("community", "problem", "view_problem"),
    ("community", "problem", "change_problem"),
    ("community", "outcome", "view_outcome"),
    ("community", "outcome", "add_outcome"),
    ("community", "outcome", "change_outcome"),
    ("community", "target", "view_target"),
    ("community", "target", "change_target"),
    ("community", "recognition", "view_recognition"),
    ("community", "recognition", "add_recognition"),
    ("community", "recognition", "change_recognition"),
    ("community", "trainerprofile", "view_trainerprofile"),
    ("community", "trainerprofile", "add_trainerprofile"),
    ("community", "trainerprofile", "change_trainerprofile"),
    ("learners", "learner", "view_learner"),
]
