"""What several demo topics share: the day the lessons were last checked, the sources
cited by more than one topic, the helper that makes a lesson's English translation, and the intro
and pass mark of the quizzes of topics 9 to 13.

A screen or source used by one topic only stays in that topic's module.
"""

from __future__ import annotations

from demo.spec import Lesson, Source

# The day an editor last checked the lessons against the apps and the rules.
CHECKED = "2026-11-29"

# ---------------------------------------------------------------------------------------------
# Sources cited by more than one topic (shown under “Nguồn”)
# ---------------------------------------------------------------------------------------------
NGUON_KHOI_DONG_LAI = Source(
    title="How to force restart an iPhone",
    publisher="TechRadar",
    url="https://www.techradar.com/how-to/how-to-force-restart-an-iphone",
)

NGUON_BCA_VNEID_GIA = Source(
    title=(
        "Bộ Công an khuyến cáo 4 điều người dân cần lưu ý để tránh bị chiếm đoạt tài khoản "
        "ngân hàng"
    ),
    publisher="CafeF",
    url="https://cafef.vn/bo-cong-an-khuyen-cao-4-dieu-nguoi-dan-can-luu-y-de-tranh-bi-chiem-doat-tai-khoan-ngan-hang-188240208104440651.chn",
    date="2024-02-08",
)

NGUON_BCA_GOI_VIDEO = Source(
    title="Nghe điện thoại có nội dung sau, hãy tắt máy ngay lập tức",
    publisher="Kenh14",
    url="https://kenh14.vn/nghe-dien-thoai-co-noi-dung-sau-hay-tat-may-ngay-lap-tuc-215251021111231632.chn",
    date="2025-10-21",
)

NGUON_DVC = Source(
    title="Cổng Dịch vụ công quốc gia",
    publisher="Cổng Dịch vụ công quốc gia (dichvucong.gov.vn)",
    url="https://dichvucong.gov.vn",
)

NGUON_DVC_GIA = Source(
    title="Nghe điện thoại có nội dung này, hãy tắt máy ngay lập tức",
    publisher="CafeF",
    url="https://cafef.vn/nghe-dien-thoai-co-noi-dung-nay-hay-tat-may-ngay-lap-tuc-18825081006551938.chn",
    date="2025-08-10",
)

NGUON_SINH_TRAC_GIA = Source(
    title="Cảnh báo mạo danh ngân hàng hỗ trợ cập nhật sinh trắc học để lừa đảo",
    publisher="BNEWS (Thông tấn xã Việt Nam)",
    url="https://bnews.vn/canh-bao-mao-danh-ngan-hang-ho-tro-cap-nhat-sinh-trac-hoc-de-lua-dao/339110.html",
    date="2024-07-01",
)

NGUON_BIEN_LAI_GIA = Source(
    title="Cẩn trọng chiêu làm giả giao dịch ngân hàng",
    publisher="Báo Thanh Niên",
    url="https://thanhnien.vn/can-trong-chieu-lam-gia-giao-dich-ngan-hang-185230418101922226.htm",
    date="2023-04-18",
)

NGUON_GOI_LAI_NGUOI_THAN = Source(
    title="Nghe điện thoại thấy dấu hiệu này tuyệt đối đừng trả lời mà hãy tắt máy ngay",
    publisher="Kenh14",
    url="https://kenh14.vn/nghe-dien-thoai-thay-dau-hieu-nay-tuyet-doi-dung-tra-loi-ma-hay-tat-may-ngay-215241230235921775.chn",
    date="2024-12-30",
)

NGUON_DEEPFAKE = Source(
    title='Cảnh giác trước cuộc gọi lừa đảo "Deepfake"',
    publisher="ANTV (Truyền hình Công an nhân dân)",
    url="https://antv.gov.vn/kinh-te-5/canh-giac-truoc-cuoc-goi-lua-dao-deepfake--C13BC6E0A.html",
)

NGUON_AI_CONG_DONG = Source(
    title="Cổng đào tạo AI cho cộng đồng",
    publisher="Học viện Công nghệ Bưu chính Viễn thông (PTIT)",
    url="https://aicongdong.ptit.edu.vn",
)

NGUON_CHINH_PHU = Source(
    title="Cổng Thông tin điện tử Chính phủ",
    publisher="Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam",
    url="https://chinhphu.vn",
)


# ---------------------------------------------------------------------------------------------
# A lesson's English translation (topics 5, 11 and 12)
# ---------------------------------------------------------------------------------------------
def english(vi: Lesson, *, title: str, summary: str, hero_alt: str, body: list) -> Lesson:
    """The English translation of ``vi``: same slug, metadata, picture, sources and check date,
    English words."""
    return Lesson(
        slug=vi.slug,
        title=title,
        summary=summary,
        duration=vi.duration,
        level=vi.level,
        skills=vi.skills,
        audiences=vi.audiences,
        tags=vi.tags,
        hero=vi.hero,
        hero_alt=hero_alt,
        body=body,
        related=vi.related,
        sources=vi.sources,
        checked=vi.checked,
    )


# ---------------------------------------------------------------------------------------------
# The intro and pass mark of the quizzes of topics 9 to 13 (8 questions each)
# ---------------------------------------------------------------------------------------------
QUIZ_INTRO = (
    "Bài kiểm tra có 8 câu hỏi, không giới hạn thời gian. Cần đúng ít nhất 6 trên 8 câu để "
    "đạt; bạn có thể làm lại bao nhiêu lần cũng được."
)
QUIZ_INTRO_EN = (
    "This quiz has 8 questions and no time limit. You need at least 6 correct answers out of 8 "
    "to pass, and you can try again as many times as you like."
)
QUIZ_PASS_MARK = 75  # 6 of 8
