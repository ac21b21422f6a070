"""Topic 7, “Zalo nhóm thôn”: three lessons and the quiz.

Joining the village's official Zalo group, reading its announcements, messaging and
video calls with good manners.
"""

from __future__ import annotations

from demo.spec import (
    Callout,
    Checklist,
    Choice,
    Lesson,
    Paragraph,
    PictureChoice,
    Question,
    Quiz,
    Screen,
    Source,
    Step,
    Topic,
)
from demo.topics.shared import CHECKED

# ---------------------------------------------------------------------------------------------
# Sources: the public pages the lessons' facts rest on (shown under “Nguồn”)
# ---------------------------------------------------------------------------------------------
_NGUON_ZALO_CONG_AN_XA = Source(
    title="Hiệu quả nhóm Zalo của lực lượng Công an xã",
    publisher="Cổng thông tin điện tử Bộ Công an",
    url="https://www.bocongan.gov.vn/bai-viet/hieu-qua-nhom-zalo-cua-luc-luong-cong-an-xa-d125-t44555",
    date="2025-04-17",
)

_NGUON_ZALO_KET_NOI = Source(
    title="“Zalo kết nối bình yên” - sợi dây giữ vững an ninh trật tự từ cơ sở",
    publisher="Báo Hà Tĩnh",
    url="https://baohatinh.vn/zalo-ket-noi-binh-yen-soi-day-giu-vung-an-ninh-trat-tu-tu-co-so-post273869.html",
)


# ---------------------------------------------------------------------------------------------
# Lessons
# ---------------------------------------------------------------------------------------------
ZALO_THAM_GIA = Lesson(
    slug="zalo-tham-gia-nhom-thon",
    title="Tham gia nhóm Zalo chính thức của thôn",
    summary=(
        "Vào đúng nhóm Zalo của thôn bằng đường link hoặc mã QR do trưởng thôn hoặc Công an xã đưa."
    ),
    duration=5,
    level="CB1",
    skills=("2.1",),
    audiences=("elderly", "farmers", "traders", "workers", "disabilities"),
    tags=("zalo", "nhóm thôn", "mã qr"),
    hero=Screen(
        app="Zalo",
        kind="app",
        heading="Thôn Đông – Thông báo",
        lines=("Nhóm · 215 thành viên",),
        button="Tham gia nhóm",
    ),
    hero_alt="Trang giới thiệu nhóm Zalo “Thôn Đông – Thông báo”, nút “Tham gia nhóm” được tô sáng.",
    body=[
        Paragraph(
            "Nhóm Zalo của thôn giúp bạn nhận tin nhanh: họp thôn, tiêm phòng, lịch cắt điện, "
            "cảnh báo bão lũ, cảnh báo lừa đảo. Muốn nhận tin đúng, bạn phải vào đúng nhóm "
            "chính thức do trưởng thôn hoặc Công an xã lập hay thông báo."
        ),
        Step(
            title="Xin link hoặc mã QR từ trưởng thôn, Công an xã",
            text=(
                "Hỏi trực tiếp trưởng thôn hoặc Công an xã, hoặc xem bảng tin ở nhà văn hóa thôn. "
                "Người nhà cũng có thể chuyển lại đường link mà trưởng thôn đã gửi."
            ),
            screen=Screen(
                app="Zalo",
                kind="chat",
                heading="Trưởng thôn",
                lines=("Trưởng thôn: Link nhóm thôn", "Trưởng thôn: zalo.me/g/xxxxxx"),
            ),
            alt="Tin nhắn Zalo từ trưởng thôn gửi đường link vào nhóm thôn.",
        ),
        Step(
            title="Mở Zalo, bấm biểu tượng quét mã QR",
            text="Mở Zalo, bấm biểu tượng mã QR ở phía trên màn hình để bật máy quét.",
            screen=Screen(
                app="Zalo",
                kind="app",
                heading="Tin nhắn",
                lines=("Tìm kiếm",),
                button="Quét mã QR",
            ),
            alt="Màn hình tin nhắn của Zalo, nút quét mã QR ở phía trên được tô sáng.",
            tip="Nếu có đường link, bạn chỉ cần bấm vào link là Zalo mở nhóm.",
        ),
        Step(
            title="Đưa camera vào mã QR",
            text=(
                "Hướng camera vào mã QR trên giấy hoặc trên máy người khác, giữ yên tay đến khi "
                "máy đọc xong."
            ),
            screen=Screen(
                app="Zalo",
                kind="qr",
                heading="Quét mã QR",
                lines=("Nhóm: Thôn Đông – Thông báo",),
            ),
            alt="Camera của Zalo đang quét một mã QR, bên dưới hiện tên nhóm “Thôn Đông – Thông báo”.",
        ),
        Step(
            title="Xem đúng tên nhóm, bấm “Tham gia nhóm”",
            text="Kiểm tra tên nhóm đúng như trưởng thôn dặn, rồi bấm “Tham gia nhóm”.",
            screen=Screen(
                app="Zalo",
                kind="app",
                heading="Thôn Đông – Thông báo",
                lines=("Nhóm · 215 thành viên",),
                button="Tham gia nhóm",
            ),
            alt="Trang giới thiệu nhóm “Thôn Đông – Thông báo” với 215 thành viên, nút “Tham gia nhóm” được tô sáng.",
        ),
        Callout(
            kind="warning",
            title="Cẩn thận nhóm giả mạo",
            text=(
                "Kẻ gian có thể lập nhóm có tên giống nhóm thôn rồi gửi link lừa đảo. Chỉ vào "
                "nhóm bằng link, mã QR do chính trưởng thôn hoặc Công an xã đưa; nghi ngờ thì hỏi "
                "lại trưởng thôn."
            ),
        ),
        Step(
            title="Chờ trưởng thôn duyệt",
            text=(
                "Có nhóm phải được trưởng nhóm duyệt mới vào được. Khi vào rồi, nhóm hiện trong "
                "danh sách tin nhắn của bạn."
            ),
            screen=Screen(
                app="Zalo",
                kind="app",
                heading="Tin nhắn",
                lines=("Thôn Đông – Thông báo", "Bạn đã tham gia nhóm"),
            ),
            alt="Danh sách tin nhắn Zalo, trên cùng là nhóm “Thôn Đông – Thông báo” vừa tham gia.",
        ),
        Step(
            title="Ghim nhóm lên đầu danh sách",
            text=(
                "Bấm giữ vào tên nhóm, chọn “Ghim hội thoại” để nhóm luôn nằm trên cùng, dễ tìm."
            ),
            screen=Screen(
                app="Zalo",
                kind="settings",
                heading="Thôn Đông – Thông báo",
                lines=("Ghim hội thoại", "Tắt thông báo", "Xóa"),
                button="Ghim hội thoại",
            ),
            alt="Bảng lựa chọn hiện ra khi bấm giữ tên nhóm, dòng “Ghim hội thoại” được tô sáng.",
            tip="Tên mục có thể khác tùy phiên bản.",
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Hỏi trưởng thôn tên chính xác của nhóm Zalo thôn.",
                "Vào nhóm và ghim nhóm lên đầu danh sách tin nhắn.",
            ),
        ),
    ],
    related=("zalo-doc-thong-bao-nhom-thon", "zalo-nhan-tin-goi-video-nhom-thon"),
    sources=(
        _NGUON_ZALO_CONG_AN_XA,
        _NGUON_ZALO_KET_NOI,
    ),
    checked=CHECKED,
)


ZALO_DOC_THONG_BAO = Lesson(
    slug="zalo-doc-thong-bao-nhom-thon",
    title="Đọc thông báo chính thức trong nhóm Zalo thôn",
    summary=(
        "Tìm và đọc thông báo chính thức của thôn, xã trong nhóm Zalo, chia sẻ đúng cách và "
        "không lan truyền tin chưa rõ thật giả."
    ),
    duration=5,
    level="CB1",
    skills=("2.1", "2.2", "2.5"),
    audiences=("elderly", "farmers", "traders", "workers", "disabilities"),
    tags=("zalo", "thông báo", "tin giả"),
    hero=Screen(
        app="Zalo",
        kind="chat",
        heading="Thôn Đông – Thông báo",
        lines=("Tin ghim – Họp thôn 19h thứ 7", "Trưởng thôn: Mời bà con dự"),
    ),
    hero_alt="Nhóm Zalo thôn với tin ghim ở đầu nhóm: họp thôn 19 giờ thứ Bảy.",
    body=[
        Paragraph(
            "Nhóm thôn có nhiều tin nhắn mỗi ngày. Thông báo chính thức là tin do trưởng thôn "
            "hoặc cán bộ xã gửi, ghi rõ việc gì, ngày giờ, địa điểm. Tin quan trọng thường được "
            "ghim ở đầu nhóm."
        ),
        Step(
            title="Mở nhóm thôn",
            text="Mở Zalo, bấm vào tên nhóm thôn trong danh sách tin nhắn.",
            screen=Screen(
                app="Zalo",
                kind="app",
                heading="Tin nhắn",
                lines=("Thôn Đông – Thông báo", "Con gái", "Hội Nông dân xã"),
                button="Thôn Đông – Thông báo",
            ),
            alt="Danh sách tin nhắn Zalo, tên nhóm “Thôn Đông – Thông báo” được tô sáng.",
        ),
        Step(
            title="Đọc tin được ghim ở đầu nhóm",
            text="Tin ghim nằm ngay dưới tên nhóm. Bấm vào tin ghim để đọc đủ nội dung.",
            screen=Screen(
                app="Zalo",
                kind="chat",
                heading="Thôn Đông – Thông báo",
                lines=(
                    "Tin ghim – Họp thôn 19h thứ 7",
                    "Trưởng thôn: Mời bà con dự",
                    "Trưởng thôn: họp đông đủ ạ.",
                ),
            ),
            alt="Nhóm Zalo thôn, ở đầu nhóm là tin ghim về buổi họp thôn 19 giờ thứ Bảy.",
        ),
        Step(
            title="Xem ai gửi và gửi lúc nào",
            text=(
                "Thông báo chính thức do trưởng thôn, cán bộ xã gửi. Xem ngày giờ gửi để biết tin "
                "còn mới hay đã cũ."
            ),
            screen=Screen(
                app="Zalo",
                kind="chat",
                heading="Thôn Đông – Thông báo",
                lines=(
                    "Trưởng thôn: Tiêm phòng chó,",
                    "Trưởng thôn: mèo 7h Chủ nhật",
                    "Gửi lúc 8 giờ 15 hôm nay",
                ),
            ),
            alt=(
                "Thông báo của trưởng thôn về lịch tiêm phòng cho chó, mèo sáng Chủ nhật, gửi "
                "lúc 8 giờ 15 hôm nay."
            ),
        ),
        Step(
            title="Chuyển thông báo cho người nhà",
            text=(
                "Bấm giữ vào tin, chọn “Chuyển tiếp”, rồi chọn người nhà chưa vào nhóm. Chỉ "
                "chuyển tin chính thức."
            ),
            screen=Screen(
                app="Zalo",
                kind="settings",
                lines=("Trả lời", "Chuyển tiếp", "Sao chép"),
                button="Chuyển tiếp",
            ),
            alt="Bảng lựa chọn khi bấm giữ một tin nhắn, dòng “Chuyển tiếp” được tô sáng.",
            tip="Tên mục có thể khác tùy phiên bản.",
        ),
        Step(
            title="Dừng lại trước tin chưa rõ nguồn",
            text=(
                "Tin lạ như “nhận hỗ trợ, bấm link”, “sắp cắt điện cả tỉnh” mà không rõ ai nói "
                "thì không chuyển tiếp. Hỏi trưởng thôn trước."
            ),
            screen=Screen(
                app="Zalo",
                kind="chat",
                heading="Thôn Đông – Thông báo",
                lines=(
                    "Người lạ: Nhận hỗ trợ 2 triệu đồng",
                    "Người lạ: bấm ho-tro-dan.xyz",
                    "Người lạ: Chia sẻ ngay!",
                ),
                danger=True,
            ),
            alt=(
                "Tin nhắn đáng ngờ của người lạ trong nhóm, mời nhận hỗ trợ 2 triệu đồng qua đường "
                "link lạ; có viền đỏ và dấu X lớn."
            ),
        ),
        Step(
            title="Hỏi lại trưởng thôn về tin đáng ngờ",
            text=(
                "Nhắn riêng cho trưởng thôn để hỏi tin đó có đúng không. Nếu là tin giả, trưởng "
                "thôn sẽ cảnh báo cả nhóm."
            ),
            screen=Screen(
                app="Zalo",
                kind="chat",
                heading="Trưởng thôn",
                lines=(
                    "Tôi: Tin hỗ trợ đó có thật?",
                    "Trưởng thôn: Tin giả đấy,",
                    "Trưởng thôn: Đừng bấm link.",
                ),
            ),
            alt=(
                "Tin nhắn riêng: người dân hỏi trưởng thôn tin hỗ trợ có thật không, trưởng thôn "
                "trả lời đó là tin giả, đừng bấm link."
            ),
        ),
        Callout(
            kind="warning",
            title="Không lan truyền tin chưa rõ thật giả",
            text=(
                "Tin sai làm bà con hoang mang, có khi mất tiền, và người chia sẻ có thể bị xử "
                "phạt theo quy định. Chưa chắc thì đừng chuyển tiếp."
            ),
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Mở nhóm thôn, đọc tin đang được ghim.",
                "Chuyển một thông báo chính thức cho một người nhà.",
            ),
        ),
    ],
    related=("zalo-nhan-tin-goi-video-nhom-thon", "tim-kiem-thong-tin-dang-tin-cay"),
    sources=(_NGUON_ZALO_CONG_AN_XA,),
    checked=CHECKED,
)


ZALO_NHAN_TIN = Lesson(
    slug="zalo-nhan-tin-goi-video-nhom-thon",
    title="Nhắn tin, gọi video và cư xử lịch sự trong nhóm Zalo",
    summary=(
        "Nhắn tin vào nhóm thôn, trả lời đúng tin, gọi video cho người thân và giữ phép lịch "
        "sự khi nói chuyện trên mạng."
    ),
    duration=6,
    level="CB1",
    skills=("2.1", "2.5"),
    audiences=("elderly", "farmers", "traders", "workers", "students", "disabilities"),
    tags=("zalo", "gọi video", "ứng xử trên mạng"),
    hero=Screen(
        app="Zalo",
        kind="app",
        heading="Con gái",
        lines=("Tin nhắn riêng",),
        button="Gọi video",
    ),
    hero_alt="Cuộc trò chuyện riêng với con gái trên Zalo, nút “Gọi video” được tô sáng.",
    body=[
        Paragraph(
            "Nhóm thôn có hàng trăm người cùng đọc. Nhắn ngắn gọn, đúng chủ đề, lời lẽ lịch sự "
            "giúp thông báo quan trọng không bị trôi. Chuyện riêng thì nhắn riêng hoặc gọi video."
        ),
        Step(
            title="Gõ tin nhắn, bấm gửi",
            text="Bấm vào ô soạn tin ở dưới cùng, gõ nội dung, rồi bấm nút gửi hình mũi tên.",
            screen=Screen(
                app="Zalo",
                kind="chat",
                heading="Thôn Đông – Thông báo",
                lines=("Tôi: Chào bác trưởng thôn ạ.", "Tôi: Mai họp mấy giờ ạ?"),
                button="Gửi",
            ),
            alt="Tin nhắn chào trưởng thôn và hỏi giờ họp vừa gõ trong nhóm, nút gửi được tô sáng.",
        ),
        Step(
            title="Trả lời đúng tin nhắn",
            text=(
                "Bấm giữ vào tin muốn trả lời, chọn “Trả lời”, rồi gõ. Mọi người sẽ biết bạn đang "
                "nói về tin nào."
            ),
            screen=Screen(
                app="Zalo",
                kind="settings",
                lines=("Trả lời", "Chuyển tiếp", "Sao chép"),
                button="Trả lời",
            ),
            alt="Bảng lựa chọn khi bấm giữ một tin nhắn, dòng “Trả lời” được tô sáng.",
        ),
        Step(
            title="Gọi video cho người thân",
            text=(
                "Mở cuộc trò chuyện riêng với người thân, bấm biểu tượng máy quay ở góc trên để "
                "gọi video."
            ),
            screen=Screen(
                app="Zalo",
                kind="app",
                heading="Con gái",
                lines=("Tin nhắn riêng",),
                button="Gọi video",
            ),
            alt="Cuộc trò chuyện riêng với con gái, nút “Gọi video” ở góc trên được tô sáng.",
            tip=(
                "Gọi video tốn nhiều dữ liệu di động hơn so với nhắn tin hay gọi chỉ có tiếng, nên "
                "dùng Wi-Fi khi có."
            ),
        ),
        Step(
            title="Chuyện riêng thì nhắn riêng",
            text=(
                "Chuyện vay mượn, giấy tờ, sức khỏe thì nhắn riêng. Không đăng số căn cước, ảnh "
                "giấy tờ, số tài khoản vào nhóm."
            ),
            screen=Screen(
                app="Zalo",
                kind="chat",
                heading="Thôn Đông – Thông báo",
                lines=("Tôi: Số căn cước tôi là 0xx...", "Tôi: [Ảnh thẻ căn cước]"),
                danger=True,
            ),
            alt=(
                "Việc không nên làm: đăng số căn cước và ảnh thẻ căn cước vào nhóm thôn; hình có "
                "viền đỏ và dấu X lớn."
            ),
        ),
        Step(
            title="Giữ lời lẽ lịch sự",
            text=(
                "Chào hỏi, cảm ơn; không chửi bới, không nhắn lúc đêm khuya, không quảng cáo bán "
                "hàng khi nhóm không cho phép."
            ),
            screen=Screen(
                app="Zalo",
                kind="chat",
                heading="Thôn Đông – Thông báo",
                lines=("Tôi: Cảm ơn bác đã báo tin ạ.", "Bà Hoa: Cảm ơn trưởng thôn!"),
            ),
            alt="Trong nhóm thôn, bà con nhắn lời cảm ơn trưởng thôn đã báo tin.",
        ),
        Callout(
            kind="tip",
            title="Trước khi gửi, tự hỏi ba câu",
            text=(
                "Tin này có đúng không? Có cần cho cả nhóm không? Lời lẽ đã lịch sự chưa? Câu nào "
                "trả lời “không” thì sửa lại hoặc đừng gửi."
            ),
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Gửi lời chào vào nhóm thôn.",
                "Trả lời đúng một tin nhắn trong nhóm.",
                "Gọi video cho một người thân trong một phút.",
            ),
        ),
    ],
    related=("zalo-doc-thong-bao-nhom-thon", "lua-dao-nguoi-than-gap-nan-deepfake"),
    sources=(_NGUON_ZALO_CONG_AN_XA,),
    checked=CHECKED,
)


# ---------------------------------------------------------------------------------------------
# The topic
# ---------------------------------------------------------------------------------------------
TOPIC = Topic(
    slug="zalo-nhom-thon",
    title="Zalo nhóm thôn: tham gia, đọc thông báo, nhắn tin, gọi video",
    intro=(
        "Nhóm Zalo của thôn là nơi trưởng thôn gửi thông báo họp, lịch tiêm phòng, cảnh báo "
        "thiên tai và lừa đảo. Các bài học giúp bạn vào đúng nhóm chính thức, đọc thông báo, "
        "nhắn tin, gọi video và cư xử lịch sự với bà con."
    ),
    hero=Screen(
        app="Zalo",
        kind="chat",
        heading="Thôn Đông – Thông báo",
        lines=("Trưởng thôn: Họp 19h thứ Bảy", "Bà Hoa: Tôi đã nhận ạ."),
    ),
    hero_alt=(
        "Nhóm Zalo “Thôn Đông – Thông báo”: trưởng thôn báo họp 19 giờ thứ Bảy, bà con trả "
        "lời đã nhận."
    ),
    lessons=[ZALO_THAM_GIA, ZALO_DOC_THONG_BAO, ZALO_NHAN_TIN],
)


# ---------------------------------------------------------------------------------------------
# The quiz (skills 2.1, 2.2, 2.5)
# ---------------------------------------------------------------------------------------------
QUIZ = Quiz(
    topic="zalo-nhom-thon",
    title="Kiểm tra: Zalo nhóm thôn",
    intro="Bài kiểm tra có 8 câu hỏi, không giới hạn thời gian. "
    "Cần đúng ít nhất 6 trên 8 câu để đạt; bạn có thể làm lại bao nhiêu lần cũng được.",
    pass_mark=70,
    shuffle=True,
    questions=[
        Question(
            kind="single",
            text="Bạn vào nhóm Zalo chính thức của thôn bằng cách nào?",
            skill="2.1",
            choices=(
                Choice(
                    text="Dùng link hoặc mã QR do chính trưởng thôn hoặc Công an xã đưa",
                    correct=True,
                    feedback="Đúng: nhóm chính thức do trưởng thôn hoặc Công an xã lập hay thông "
                    "báo; nghi ngờ thì hỏi lại trưởng thôn.",
                ),
                Choice(
                    text="Tìm nhóm nào có tên giống tên thôn rồi vào",
                    feedback="Chưa đúng: kẻ gian có thể lập nhóm có tên giống nhóm thôn "
                    "để gửi link lừa đảo.",
                ),
                Choice(
                    text="Bấm link người lạ gửi trong tin nhắn",
                    feedback="Chưa đúng: link của người lạ có thể dẫn vào nhóm giả mạo.",
                ),
            ),
        ),
        Question(
            kind="picture",
            text="Trưởng thôn dặn tên nhóm là “Thôn Đông – Thông báo”. "
            "Quét mã xong, màn hình nào là nhóm nên tham gia?",
            skill="2.1",
            picture_choices=(
                PictureChoice(
                    screen=Screen(
                        app="Zalo",
                        kind="app",
                        heading="Thôn Đông – Thông báo",
                        lines=("Nhóm · 215 thành viên",),
                        button="Tham gia nhóm",
                    ),
                    alt="Trang giới thiệu nhóm Zalo “Thôn Đông – Thông báo”, 215 thành viên, "
                    "có nút “Tham gia nhóm”.",
                    correct=True,
                    feedback="Đúng: tên nhóm đúng như trưởng thôn dặn, nên bấm “Tham gia nhóm”.",
                ),
                PictureChoice(
                    screen=Screen(
                        app="Zalo",
                        kind="app",
                        heading="Thôn Đông – Nhận hỗ trợ",
                        lines=("Nhóm · 12 thành viên",),
                        button="Tham gia nhóm",
                    ),
                    alt="Trang giới thiệu nhóm Zalo “Thôn Đông – Nhận hỗ trợ”, 12 thành viên, "
                    "có nút “Tham gia nhóm”.",
                    feedback="Chưa đúng: tên nhóm khác với tên trưởng thôn dặn; "
                    "đó có thể là nhóm giả mạo.",
                ),
                PictureChoice(
                    screen=Screen(
                        app="Zalo",
                        kind="app",
                        heading="Quà tặng Thôn Đông",
                        lines=("Nhóm · 8 thành viên", "Nhận quà tại: qua-tang.xyz"),
                        button="Tham gia nhóm",
                    ),
                    alt="Trang giới thiệu nhóm Zalo “Quà tặng Thôn Đông”, 8 thành viên, "
                    "có đường link qua-tang.xyz và nút “Tham gia nhóm”.",
                    feedback="Chưa đúng: tên nhóm không đúng như trưởng thôn dặn, "
                    "lại kèm đường link lạ.",
                ),
            ),
        ),
        Question(
            kind="true_false",
            text="Gọi video tốn nhiều dữ liệu di động hơn so với nhắn tin hay gọi chỉ có tiếng, "
            "nên dùng Wi-Fi khi có.",
            skill="2.1",
            answer=True,
            feedback_true="Đúng: có Wi-Fi thì gọi video cho người thân đỡ tốn gói cước.",
            feedback_false="Chưa đúng: gọi video tốn nhiều dữ liệu di động hơn so với nhắn tin "
            "hay gọi chỉ có tiếng, nên dùng Wi-Fi khi có.",
        ),
        Question(
            kind="scenario",
            text="Trong nhóm thôn có tin nhắn như trong hình. Bạn làm gì?",
            skill="2.2",
            scenario=Screen(
                app="Zalo",
                kind="chat",
                heading="Thôn Đông – Thông báo",
                lines=(
                    "Người lạ: Nhận hỗ trợ 2 triệu đồng",
                    "Người lạ: bấm ho-tro-dan.xyz",
                    "Người lạ: Chia sẻ ngay!",
                ),
            ),
            scenario_alt="Nhóm Zalo “Thôn Đông – Thông báo”: một người lạ mời nhận hỗ trợ "
            "2 triệu đồng qua đường link ho-tro-dan.xyz và giục chia sẻ ngay.",
            choices=(
                Choice(
                    text="Không bấm link, không chuyển tiếp; nhắn riêng hỏi trưởng thôn",
                    correct=True,
                    feedback="Đúng: tin không rõ nguồn thì hỏi trưởng thôn trước; "
                    "nếu là tin giả, trưởng thôn sẽ cảnh báo cả nhóm.",
                ),
                Choice(
                    text="Chuyển tiếp ngay cho người nhà để cùng nhận",
                    feedback="Chưa đúng: không lan truyền tin chưa rõ thật giả; "
                    "tin sai có thể làm bà con mất tiền.",
                ),
                Choice(
                    text="Bấm link xem thử có thật không",
                    feedback="Chưa đúng: đường link lạ có thể là lừa đảo; "
                    "hãy hỏi trưởng thôn trước.",
                ),
            ),
        ),
        Question(
            kind="single",
            text="Bạn muốn gửi thông báo họp thôn cho người nhà chưa vào nhóm. Bạn làm thế nào?",
            skill="2.2",
            choices=(
                Choice(
                    text="Bấm giữ vào tin, chọn “Chuyển tiếp”, rồi chọn người nhà",
                    correct=True,
                    feedback="Đúng: chỉ chuyển tiếp tin chính thức của trưởng thôn, cán bộ xã.",
                ),
                Choice(
                    text="Chọn “Trả lời” ngay trong nhóm thôn",
                    feedback="Chưa đúng: “Trả lời” là để đáp lại một tin trong nhóm; "
                    "muốn gửi cho người nhà thì chọn “Chuyển tiếp”.",
                ),
                Choice(
                    text="Chép lại tin rồi gửi vào nhóm thôn thêm lần nữa",
                    feedback="Chưa đúng: gửi lại vào nhóm thì người nhà chưa vào nhóm "
                    "vẫn không đọc được.",
                ),
            ),
        ),
        Question(
            kind="multiple",
            text="Những việc nào là cư xử lịch sự trong nhóm thôn? (chọn tất cả câu đúng)",
            skill="2.5",
            choices=(
                Choice(
                    text="Chào hỏi, cảm ơn khi trưởng thôn báo tin",
                    correct=True,
                    feedback="Đúng: lời lẽ lịch sự giúp bà con nói chuyện vui vẻ.",
                ),
                Choice(
                    text="Nhắn ngắn gọn, đúng chủ đề",
                    correct=True,
                    feedback="Đúng: nhắn ngắn, đúng chủ đề giúp thông báo quan trọng "
                    "không bị trôi.",
                ),
                Choice(
                    text="Nhắn vào nhóm lúc đêm khuya",
                    feedback="Chưa đúng: nhóm có hàng trăm người, "
                    "nhắn lúc đêm khuya làm phiền bà con.",
                ),
                Choice(
                    text="Quảng cáo bán hàng khi nhóm không cho phép",
                    feedback="Chưa đúng: nhóm không cho phép thì không quảng cáo, "
                    "để tin của thôn không bị trôi.",
                ),
            ),
        ),
        Question(
            kind="true_false",
            text="Trước khi gửi tin vào nhóm, nên tự hỏi: tin có đúng không, có cần cho cả "
            "nhóm không, lời lẽ đã lịch sự chưa.",
            skill="2.5",
            answer=True,
            feedback_true="Đúng: câu nào trả lời “không” thì sửa lại hoặc đừng gửi.",
            feedback_false="Chưa đúng: ba câu tự hỏi này giúp bạn không gửi tin sai, "
            "tin thừa hay lời lẽ khó nghe vào nhóm.",
        ),
        Question(
            kind="scenario",
            text="Bạn là bác Tư. Bà Hoa hỏi như trong hình ngay trong nhóm thôn. "
            "Bạn trả lời thế nào cho đúng?",
            skill="2.5",
            scenario=Screen(
                app="Zalo",
                kind="chat",
                heading="Thôn Đông – Thông báo",
                lines=("Bà Hoa: Bác Tư ơi, giấy tờ", "Bà Hoa: đất nhà bác xong chưa?"),
            ),
            scenario_alt="Nhóm Zalo “Thôn Đông – Thông báo”: bà Hoa hỏi bác Tư "
            "giấy tờ đất nhà bác đã xong chưa.",
            choices=(
                Choice(
                    text="Cảm ơn bà Hoa, rồi nhắn riêng hoặc gọi riêng để nói chuyện",
                    correct=True,
                    feedback="Đúng: chuyện giấy tờ là chuyện riêng, nên nhắn riêng, "
                    "lời lẽ lịch sự.",
                ),
                Choice(
                    text="Chụp ảnh giấy tờ đất gửi vào nhóm cho bà Hoa xem",
                    feedback="Chưa đúng: không đăng ảnh giấy tờ vào nhóm có hàng trăm người "
                    "cùng đọc.",
                ),
                Choice(
                    text="Trả lời gay gắt vì bà Hoa hỏi chuyện riêng",
                    feedback="Chưa đúng: luôn giữ lời lẽ lịch sự, không chửi bới trong nhóm.",
                ),
            ),
        ),
    ],
)
