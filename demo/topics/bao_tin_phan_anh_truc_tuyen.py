"""Topic 10, “Báo tin, phản ánh và tham gia trên mạng”: three lessons and the quiz.

Where to report what (113, the commune police, VNeID), sending feedback through VNeID
and dichvucong.gov.vn, and taking part in online contests safely.
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
from demo.topics.shared import CHECKED, QUIZ_INTRO, QUIZ_PASS_MARK

# ---------------------------------------------------------------------------------------------
# Sources: the public pages the lessons' facts rest on (shown under “Nguồn”)
# ---------------------------------------------------------------------------------------------
SRC_113 = Source(
    title="Số điện thoại khẩn cấp 113 của lực lượng Công an",
    publisher="Công an tỉnh Đắk Lắk",
    url="https://congan.daklak.gov.vn/",
)

SRC_PHAN_ANH_VNEID_SOHA = Source(
    title="Cách gửi phản ánh, kiến nghị trên ứng dụng VNeID",
    publisher="Soha",
    url="https://soha.vn/",
    date="2026-03-04",
)

SRC_PHAN_ANH_VNEID_CAFEF = Source(
    title="Kiến nghị, phản ánh về an ninh trật tự qua ứng dụng VNeID",
    publisher="CafeF",
    url="https://cafef.vn/",
    date="2026-02-23",
)

SRC_TINNHIEMMANG_SGGP = Source(
    title="Tra cứu website lừa đảo trên tinnhiemmang.vn",
    publisher="Báo Sài Gòn Giải Phóng",
    url="https://www.sggp.org.vn/",
)

SRC_TINNHIEMMANG_CAFEF = Source(
    title="Kiểm tra trang web lừa đảo tại tinnhiemmang.vn",
    publisher="CafeF",
    url="https://cafef.vn/",
    date="2025-02-14",
)

SRC_ZALO_OA = Source(
    title="UBND huyện Vĩnh Cửu đề nghị các xã mở tài khoản Zalo OA",
    publisher="Cổng thông tin điện tử tỉnh Đồng Nai",
    url="https://dongnai.gov.vn/",
    date="2025-01-08",
)

SRC_LAY_LAI_TIEN = Source(
    title="Cảnh giác trang mạng nhận “lấy lại tiền bị lừa”",
    publisher="Soha",
    url="https://soha.vn/",
    date="2024-05-14",
)

SRC_PAKN_DVC = Source(
    title="Hướng dẫn gửi phản ánh, kiến nghị trên Cổng Dịch vụ công quốc gia",
    publisher="Trang thông tin điện tử xã Đăk Pne",
    url="https://dakpne.konray.kontum.gov.vn/",
)

SRC_NQ57_NLD = Source(
    title="Nghị quyết 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
    publisher="Báo Người Lao Động",
    url="https://nld.com.vn/",
    date="2026-01-01",
)

SRC_NQ57_MUC_TIEU = Source(
    title="Mục tiêu đến năm 2030 của Nghị quyết 57-NQ/TW",
    publisher="hdll.vn",
    url="https://hdll.vn/",
)

SRC_NQ57_CUOC_THI = Source(
    title="VKSND tỉnh Hưng Yên tổ chức cuộc thi tìm hiểu Nghị quyết số 57-NQ/TW",
    publisher="Báo Bảo vệ pháp luật",
    url="https://baovephapluat.vn/cai-cach-tu-phap/thuc-tien-kinh-nghiem/vksnd-tinh-hung-yen-to-chuc-cuoc-thi-tim-hieu-nghi-quyet-so-57-nq-tw-185296.html",
    date="2025-10-01",
)

SRC_CUOC_THI_HA_TINH = Source(
    title="Cuộc thi trắc nghiệm trực tuyến trên baocaovien.vn",
    publisher="Báo Hà Tĩnh",
    url="https://baohatinh.vn/",
    date="2026-02-28",
)


# ---------------------------------------------------------------------------------------------
# Pictures used more than once (a lesson's key step is also its card picture)
# ---------------------------------------------------------------------------------------------
_GOI_113 = Screen(
    app="Điện thoại",
    kind="app",
    heading="113",
    lines=("Công an: khi có nguy hiểm ngay", "Miễn phí, không cần mã vùng", "Gọi được cả ngày đêm"),
    button="Gọi",
)

_DVC_PHAN_ANH = Screen(
    app="Trình duyệt",
    kind="browser",
    heading="dichvucong.gov.vn",
    lines=("Cổng Dịch vụ công quốc gia", "Thủ tục hành chính", "Tra cứu hồ sơ"),
    button="Phản ánh, kiến nghị",
)

_ZALO_XA_CUOC_THI = Screen(
    app="Zalo",
    kind="chat",
    heading="Zalo chính thức của xã",
    lines=(
        "Xã: Mời bà con dự thi tìm hiểu Nghị quyết 57.",
        "Xã: Đường link và thể lệ ở thông báo này.",
    ),
)


# ---------------------------------------------------------------------------------------------
# Lessons
# ---------------------------------------------------------------------------------------------
BAO_TIN_O_DAU = Lesson(
    slug="gap-chuyen-bat-thuong-bao-o-dau",
    title="Gặp chuyện bất thường: báo ở đâu?",
    summary=(
        "Biết số điện thoại và trang web chính thức để báo nguy hiểm, báo lừa đảo và kiểm tra "
        "trang web lạ."
    ),
    duration=6,
    level="CB1",
    skills=("2.3", "4.2", "1.2"),
    audiences=("elderly", "farmers", "traders", "workers", "students", "disabilities"),
    tags=("báo tin", "113", "lừa đảo", "phản ánh"),
    hero=_GOI_113,
    hero_alt="Màn hình gọi số 113 của công an khi có nguy hiểm, nút “Gọi” được tô sáng.",
    body=[
        Paragraph(
            "Mỗi việc có một nơi báo riêng. Hãy lưu sẵn các số dưới đây vào danh bạ. Chỉ dùng số "
            "và địa chỉ do xã in trên bảng tin, trang web hoặc Zalo chính thức của xã."
        ),
        Step(
            title="Có nguy hiểm ngay: gọi 113",
            text=(
                "113 là số khẩn cấp của công an. Gọi miễn phí, không cần mã vùng, "
                "gọi được cả ngày lẫn đêm."
            ),
            screen=_GOI_113,
            alt="Màn hình gọi số 113 của công an khi có nguy hiểm, nút “Gọi” được tô sáng.",
        ),
        Step(
            title="Cuộc gọi, tin nhắn lừa đảo: báo Công an xã",
            text=(
                "Gọi số của Công an xã do xã in trên bảng tin, hoặc đến trụ sở. Mang theo "
                "điện thoại có cuộc gọi, tin nhắn đó để công an xem."
            ),
            screen=Screen(
                app="Danh bạ",
                kind="app",
                heading="Công an xã",
                lines=("Số do xã in trên bảng tin", "Lưu sẵn trong danh bạ"),
                button="Gọi",
            ),
            alt="Danh bạ mở mục “Công an xã” với số do xã in trên bảng tin; nút “Gọi” được tô sáng.",
        ),
        Step(
            title="Giữ bằng chứng, chưa xóa",
            text=(
                "Không bấm đường link trong tin nhắn lạ. Chặn số đó, nhưng giữ lại tin nhắn hoặc "
                "chụp màn hình cho đến khi đã báo xong."
            ),
            screen=Screen(
                app="Tin nhắn",
                kind="sms",
                heading="0xxx xxx 789",
                lines=("Bạn trúng thưởng 5.000.000 đồng.", "Nhận quà tại: qua-tang-vn.xyz"),
                button="Chặn số này",
                danger=True,
            ),
            alt=(
                "Tin nhắn lừa đảo báo trúng thưởng, mời vào trang qua-tang-vn.xyz, có dấu X đỏ; "
                "nút “Chặn số này” được tô sáng."
            ),
        ),
        Step(
            title="Báo kèm ảnh chụp trong VNeID",
            text=(
                "Người có tài khoản VNeID mức 2 gửi được phản ánh ngay trong ứng dụng, kèm ảnh "
                "chụp màn hình. Người gửi được giữ kín. Bài sau hướng dẫn từng bước."
            ),
            screen=Screen(
                app="VNeID",
                kind="app",
                heading="Phản ánh, kiến nghị",
                lines=("Kèm ảnh chụp màn hình", "Người gửi được giữ kín"),
            ),
            alt=(
                "Màn hình phản ánh, kiến nghị trong VNeID: gửi kèm ảnh chụp màn hình, người gửi "
                "được giữ kín."
            ),
        ),
        Step(
            title="Trang web lạ: tra ở tinnhiemmang.vn",
            text=(
                "Mở trình duyệt, vào tinnhiemmang.vn/website-lua-dao. Gõ địa chỉ trang web lạ "
                "vào ô tìm, rồi bấm “Tìm kiếm”."
            ),
            screen=Screen(
                app="Trình duyệt",
                kind="browser",
                heading="tinnhiemmang.vn",
                lines=("Mục: /website-lua-dao", "Địa chỉ cần tra:", "qua-tang-vn.xyz"),
                button="Tìm kiếm",
            ),
            alt=(
                "Trang tinnhiemmang.vn, mục website-lua-dao, ô tìm đã gõ qua-tang-vn.xyz; nút "
                "“Tìm kiếm” được tô sáng."
            ),
            tip=(
                "Không có trong danh sách chưa chắc đã an toàn. Trang cơ quan nhà nước thường có "
                "đuôi “.gov.vn” ngay trước dấu “/” đầu tiên."
            ),
        ),
        Step(
            title="Theo dõi Zalo chính thức của xã",
            text=(
                "Nhiều chính quyền dùng tài khoản Zalo chính thức (Zalo OA) để nhận phản ánh và "
                "đưa tin. Hỏi tên hoặc mã QR của tài khoản này ở bảng tin xã hay Trung tâm Phục "
                "vụ hành chính công xã."
            ),
            screen=Screen(
                app="Zalo",
                kind="chat",
                heading="Zalo chính thức của xã",
                lines=(
                    "Xã: Bà con gửi phản ánh tại đây.",
                    "Bạn: Đèn đường ở thôn Đông bị hỏng.",
                ),
                button="Gửi",
            ),
            alt=(
                "Trò chuyện với Zalo chính thức của xã: xã mời gửi phản ánh, người dân báo đèn "
                "đường hỏng; nút “Gửi” được tô sáng."
            ),
        ),
        Callout(
            kind="danger",
            title="Không ai lấy lại tiền bị lừa giúp bạn để lấy phí",
            text=(
                "Trang, nhóm hay người nhận “lấy lại tiền bị lừa” có thu phí đều là lừa đảo. "
                "Trang chính thức của Bộ Công an là mps.gov.vn và bocongan.gov.vn. Chỉ dùng số và "
                "địa chỉ do xã in."
            ),
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Lưu 113 và số của Công an xã vào danh bạ.",
                "Hỏi xã tên tài khoản Zalo chính thức của xã và bấm theo dõi.",
                "Mở thử tinnhiemmang.vn/website-lua-dao trên điện thoại.",
            ),
        ),
    ],
    related=(
        "gui-phan-anh-kien-nghi-vneid-dich-vu-cong",
        "lua-dao-duong-link-trung-thuong-hoan-tien",
    ),
    sources=(
        SRC_113,
        SRC_PHAN_ANH_VNEID_SOHA,
        SRC_TINNHIEMMANG_SGGP,
        SRC_TINNHIEMMANG_CAFEF,
        SRC_ZALO_OA,
        SRC_LAY_LAI_TIEN,
    ),
    checked=CHECKED,
)


GUI_PHAN_ANH = Lesson(
    slug="gui-phan-anh-kien-nghi-vneid-dich-vu-cong",
    title="Gửi phản ánh, kiến nghị qua VNeID và Cổng Dịch vụ công",
    summary=(
        "Gửi phản ánh có ảnh chụp trong VNeID, hoặc phản ánh về thủ tục hành chính trên "
        "dichvucong.gov.vn và giữ mã để theo dõi."
    ),
    duration=7,
    level="CB2",
    skills=("2.3", "2.6"),
    audiences=("elderly", "farmers", "traders", "workers", "officials"),
    tags=("phản ánh", "kiến nghị", "vneid", "dịch vụ công"),
    hero=_DVC_PHAN_ANH,
    hero_alt="Trang dichvucong.gov.vn, nút “Phản ánh, kiến nghị” được tô sáng.",
    body=[
        Paragraph(
            "Có hai nơi chính thức để gửi phản ánh trên điện thoại. Trong VNeID: báo việc về an "
            "ninh, trật tự, kể cả lừa đảo, kèm ảnh chụp. Trên Cổng Dịch vụ công quốc gia: phản "
            "ánh cán bộ chậm trễ, gây khó khăn, hoặc góp ý về quy định. Tên mục có thể khác "
            "tùy phiên bản."
        ),
        Step(
            title="VNeID: vào mục phản ánh",
            text=(
                "Đăng nhập VNeID bằng tài khoản mức 2. Bấm “Dịch vụ khác”, rồi chọn mục phản "
                "ánh, ví dụ “Kiến nghị, phản ánh về ANTT”."
            ),
            screen=Screen(
                app="VNeID",
                kind="settings",
                heading="Dịch vụ khác",
                lines=("Kiến nghị, phản ánh về ANTT",),
                button="Kiến nghị, phản ánh về ANTT",
            ),
            alt="Mục “Dịch vụ khác” của VNeID, dòng “Kiến nghị, phản ánh về ANTT” được tô sáng.",
        ),
        Step(
            title="Bấm “Tạo mới yêu cầu”",
            text="Bấm “Tạo mới yêu cầu” để viết một phản ánh mới.",
            screen=Screen(
                app="VNeID",
                kind="app",
                heading="Kiến nghị, phản ánh về ANTT",
                lines=("Các yêu cầu đã gửi sẽ hiện ở đây",),
                button="Tạo mới yêu cầu",
            ),
            alt="Màn hình kiến nghị, phản ánh trong VNeID, nút “Tạo mới yêu cầu” được tô sáng.",
        ),
        Step(
            title="Kể lại sự việc, đính kèm ảnh chụp",
            text=(
                "Chọn loại việc, kể ngắn gọn: ai, lúc nào, ở đâu, chuyện gì. Đính kèm ảnh chụp "
                "màn hình tin nhắn hay cuộc gọi, rồi bấm gửi."
            ),
            screen=Screen(
                app="VNeID",
                kind="form",
                heading="Tạo mới yêu cầu",
                lines=("Loại vụ việc", "Nội dung sự việc", "Ảnh đính kèm"),
                button="Gửi",
            ),
            alt=(
                "Mẫu phản ánh trong VNeID có các ô loại vụ việc, nội dung và ảnh đính kèm, "
                "nút “Gửi” được tô sáng."
            ),
            tip="Thông tin người gửi phản ánh được giữ kín.",
        ),
        Step(
            title="Cổng Dịch vụ công: bấm “Phản ánh, kiến nghị”",
            text=(
                "Mở trình duyệt, gõ dichvucong.gov.vn và đăng nhập bằng tài khoản VNeID. Bấm "
                "“Phản ánh, kiến nghị”."
            ),
            screen=_DVC_PHAN_ANH,
            alt="Trang dichvucong.gov.vn, nút “Phản ánh, kiến nghị” được tô sáng.",
        ),
        Step(
            title="Điền thông tin, bấm “Gửi phản ánh”",
            text=(
                "Điền thông tin của bạn, chọn cơ quan, viết nội dung phản ánh và đính kèm tệp "
                "nếu có. Bấm “Gửi phản ánh”."
            ),
            screen=Screen(
                app="Trình duyệt",
                kind="form",
                heading="Phản ánh, kiến nghị",
                lines=("Thông tin người phản ánh", "Cơ quan", "Nội dung phản ánh"),
                button="Gửi phản ánh",
            ),
            alt=(
                "Mẫu phản ánh trên Cổng Dịch vụ công có ô thông tin người phản ánh, cơ quan và "
                "nội dung, nút “Gửi phản ánh” được tô sáng."
            ),
        ),
        Step(
            title="Ghi lại mã PAKN để theo dõi",
            text=(
                "Gửi xong, bạn nhận một “mã PAKN”. Ghi mã này ra giấy hoặc chụp màn hình để "
                "theo dõi phản ánh của mình."
            ),
            screen=Screen(
                app="Trình duyệt",
                kind="browser",
                heading="dichvucong.gov.vn",
                lines=("Đã gửi phản ánh", "Mã PAKN: ghi lại mã này", "Dùng mã để theo dõi"),
            ),
            alt=(
                "Trang dichvucong.gov.vn báo đã gửi phản ánh và nhắc ghi lại mã PAKN để theo dõi."
            ),
        ),
        Callout(
            kind="danger",
            title="Chỉ dùng trang thật",
            text=(
                "Cổng Dịch vụ công thật có địa chỉ dichvucong.gov.vn: đuôi “.gov.vn” nằm ngay "
                "trước dấu “/” đầu tiên. Trang như dichvucong.gov.vn.xyz là giả."
            ),
        ),
        Callout(
            kind="warning",
            title="Đang gặp nguy hiểm thì gọi 113",
            text=(
                "Phản ánh trên mạng cần thời gian xử lý. Cần giúp ngay thì gọi 113. Không viết "
                "mật khẩu hay mã OTP (mã số gửi qua tin nhắn) vào nội dung phản ánh."
            ),
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Tìm mục phản ánh trong VNeID của bạn (chưa cần gửi).",
                "Mở dichvucong.gov.vn và tìm mục “Phản ánh, kiến nghị”.",
            ),
        ),
    ],
    related=("gap-chuyen-bat-thuong-bao-o-dau", "dang-nhap-cong-dich-vu-cong-quoc-gia"),
    sources=(SRC_PHAN_ANH_VNEID_SOHA, SRC_PHAN_ANH_VNEID_CAFEF, SRC_PAKN_DVC),
    checked=CHECKED,
)


CUOC_THI_TRUC_TUYEN = Lesson(
    slug="tham-gia-cuoc-thi-truc-tuyen",
    title="Tham gia cuộc thi trực tuyến an toàn",
    summary=(
        "Dự thi trắc nghiệm trên mạng, như cuộc thi tìm hiểu Nghị quyết 57, bằng đường link lấy "
        "từ nguồn chính thức của xã."
    ),
    duration=5,
    level="CB1",
    skills=("2.3", "1.2", "4.2"),
    audiences=("elderly", "farmers", "workers", "students", "officials"),
    tags=("cuộc thi trực tuyến", "nghị quyết 57", "chuyển đổi số"),
    hero=_ZALO_XA_CUOC_THI,
    hero_alt="Tin nhắn từ Zalo chính thức của xã mời bà con dự thi tìm hiểu Nghị quyết 57.",
    body=[
        Paragraph(
            "Nghị quyết 57-NQ/TW của Bộ Chính trị (ngày 22/12/2024) bàn về đột phá phát triển "
            "khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia. Nhiều nơi tổ chức "
            "thi tìm hiểu nghị quyết này bằng câu hỏi trắc nghiệm trên mạng, vào thi qua một "
            "đường link. Ai tổ chức, thi ngày nào, giải thưởng gì, ai được dự thi: xem trong "
            "thông báo của xã."
        ),
        Step(
            title="Lấy đường link từ nguồn chính thức của xã",
            text=(
                "Chỉ lấy đường link từ Zalo chính thức hoặc trang web của xã, hay theo thông báo "
                "trên loa phát thanh của xã. Không bấm link do người lạ gửi."
            ),
            screen=_ZALO_XA_CUOC_THI,
            alt=(
                "Tin nhắn từ Zalo chính thức của xã mời dự thi tìm hiểu Nghị quyết 57, đường "
                "link và thể lệ ở thông báo này."
            ),
        ),
        Step(
            title="Đọc “Thể lệ”",
            text=(
                "Trước khi làm bài, đọc “Thể lệ” (quy định của cuộc thi): ai được dự thi, thi "
                "đến ngày nào, mỗi người làm mấy lần."
            ),
            screen=Screen(
                app="Cuộc thi",
                kind="app",
                heading="Thể lệ",
                lines=("Ai được dự thi?", "Thi đến ngày nào?", "Mỗi người làm mấy lần?"),
            ),
            alt=(
                "Trang “Thể lệ” của cuộc thi với ba câu cần xem: ai được dự thi, thi đến ngày "
                "nào, mỗi người làm mấy lần."
            ),
        ),
        Step(
            title="Điền thông tin dự thi",
            text=(
                "Điền những thông tin mà thể lệ yêu cầu. Cuộc thi không cần số tài khoản ngân "
                "hàng hay mã OTP (mã số gửi qua tin nhắn)."
            ),
            screen=Screen(
                app="Cuộc thi",
                kind="form",
                heading="Thông tin dự thi",
                lines=("Họ và tên", "Thôn, xã"),
                button="Bắt đầu làm bài",
            ),
            alt=(
                "Mẫu thông tin dự thi có ô họ và tên, ô thôn, xã; nút “Bắt đầu làm bài” được "
                "tô sáng."
            ),
        ),
        Step(
            title="Trả lời rồi nộp bài",
            text="Đọc kỹ từng câu, chọn một đáp án. Làm xong, bấm “Nộp bài”.",
            screen=Screen(
                app="Cuộc thi",
                kind="app",
                heading="Câu 1",
                lines=("Nghị quyết 57-NQ/TW do ai ban hành?", "( ) Bộ Chính trị", "( ) Quốc hội"),
                button="Nộp bài",
            ),
            alt=(
                "Câu hỏi trắc nghiệm: Nghị quyết 57-NQ/TW do ai ban hành, hai lựa chọn Bộ Chính "
                "trị và Quốc hội; nút “Nộp bài” được tô sáng."
            ),
        ),
        Step(
            title="Chụp màn hình kết quả",
            text="Khi có kết quả, chụp màn hình và giữ lại, phòng khi cần hỏi ban tổ chức.",
            screen=Screen(
                app="Cuộc thi",
                kind="app",
                heading="Đã nộp bài",
                lines=("Cảm ơn bạn đã dự thi", "Chụp màn hình để lưu kết quả"),
            ),
            alt="Màn hình báo đã nộp bài, nhắc chụp màn hình để lưu kết quả.",
        ),
        Callout(
            kind="danger",
            title="Cuộc thi không bao giờ đòi tiền",
            text=(
                "Cuộc thi không cần số tài khoản ngân hàng, mã OTP hay lệ phí. Tin báo “trúng "
                "giải” mà bắt chuyển tiền hay nộp phí là lừa đảo: không chuyển tiền, giữ tin nhắn "
                "và báo Công an xã."
            ),
        ),
        Callout(
            kind="tip",
            title="Nghị quyết 57 đặt mục tiêu gì cho năm 2030?",
            text=(
                "Trong các mục tiêu đến năm 2030: trên 80% người dân dùng dịch vụ công trực "
                "tuyến, 80% giao dịch không dùng tiền mặt, kinh tế số chiếm ít nhất 30% GDP."
            ),
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Theo dõi Zalo chính thức của xã để nhận thông báo cuộc thi.",
                "Khi có cuộc thi, đọc thể lệ trước khi làm bài.",
            ),
        ),
    ],
    related=("gap-chuyen-bat-thuong-bao-o-dau", "zalo-doc-thong-bao-nhom-thon"),
    sources=(SRC_NQ57_NLD, SRC_NQ57_MUC_TIEU, SRC_NQ57_CUOC_THI, SRC_CUOC_THI_HA_TINH),
    checked=CHECKED,
)


# ---------------------------------------------------------------------------------------------
# The topic
# ---------------------------------------------------------------------------------------------
TOPIC = Topic(
    slug="bao-tin-phan-anh-truc-tuyen",
    title="Báo tin, phản ánh và tham gia trên mạng",
    intro=(
        "Gặp nguy hiểm, gặp lừa đảo hay thấy thủ tục chậm trễ, bạn có những kênh chính thức để "
        "báo và phản ánh ngay trên điện thoại. Các bài dưới đây chỉ rõ gọi số nào, vào trang "
        "nào, giữ bằng chứng ra sao, và cách dự thi trực tuyến an toàn."
    ),
    hero=_GOI_113,
    hero_alt="Màn hình gọi số 113 của công an khi có nguy hiểm, nút “Gọi” được tô sáng.",
    lessons=[BAO_TIN_O_DAU, GUI_PHAN_ANH, CUOC_THI_TRUC_TUYEN],
)


# ---------------------------------------------------------------------------------------------
# The quiz (skills 2.3, 4.2, 1.2)
# ---------------------------------------------------------------------------------------------
QUIZ = Quiz(
    topic="bao-tin-phan-anh-truc-tuyen",
    title="Kiểm tra: Báo tin, phản ánh và tham gia trên mạng",
    intro=QUIZ_INTRO,
    pass_mark=QUIZ_PASS_MARK,
    questions=[
        Question(
            kind="single",
            text="Có kẻ đang phá cửa nhà hàng xóm lúc nửa đêm. Bạn gọi số nào?",
            skill="2.3",
            choices=(
                Choice(
                    text="113",
                    correct=True,
                    feedback="Đúng: 113 là số khẩn cấp của công an, miễn phí, gọi cả ngày đêm.",
                ),
                Choice(
                    text="111",
                    feedback="Chưa đúng: 111 là tổng đài bảo vệ trẻ em; có nguy hiểm ngay thì "
                    "gọi 113.",
                ),
                Choice(
                    text="Nhắn tin vào nhóm Zalo của thôn rồi chờ",
                    feedback="Chưa đúng: có nguy hiểm ngay thì gọi 113, không chờ.",
                ),
            ),
        ),
        Question(
            kind="scenario",
            text="Bạn nhận tin nhắn như trong hình. Việc nên làm trước là gì?",
            skill="4.2",
            scenario=Screen(
                app="Tin nhắn",
                kind="sms",
                heading="0xxx xxx 789",
                lines=("Bạn trúng thưởng 5.000.000 đồng.", "Nhận quà tại: qua-tang-vn.xyz"),
            ),
            scenario_alt="Tin nhắn từ số 0xxx xxx 789 báo bạn trúng thưởng 5.000.000 đồng, mời "
            "vào trang qua-tang-vn.xyz để nhận quà.",
            choices=(
                Choice(
                    text="Không bấm link, chặn số, giữ tin nhắn hoặc chụp màn hình để báo",
                    correct=True,
                    feedback="Đúng: giữ bằng chứng cho đến khi đã báo Công an xã hoặc báo trong "
                    "VNeID.",
                ),
                Choice(
                    text="Xóa tin nhắn ngay",
                    feedback="Chưa đúng: xóa là mất bằng chứng; giữ lại cho đến khi đã báo xong.",
                ),
                Choice(
                    text="Bấm link xem thử quà là gì",
                    feedback="Chưa đúng: không bấm đường link trong tin nhắn lạ.",
                ),
                Choice(
                    text="Gọi lại số đó để hỏi",
                    feedback="Chưa đúng: không gọi lại số lạ; hãy báo Công an xã.",
                ),
            ),
        ),
        Question(
            kind="true_false",
            text="Gọi 113 phải bấm thêm mã vùng của tỉnh.",
            skill="2.3",
            answer=False,
            feedback_true="Chưa đúng: 113 gọi miễn phí, không cần mã vùng, cả ngày lẫn đêm.",
            feedback_false="Đúng: 113 gọi miễn phí, không cần mã vùng, cả ngày lẫn đêm.",
        ),
        Question(
            kind="multiple",
            text="Cách nào giúp bạn kiểm tra một trang web lạ? (chọn tất cả câu đúng)",
            skill="1.2",
            choices=(
                Choice(
                    text="Tra địa chỉ trang ở tinnhiemmang.vn/website-lua-dao",
                    correct=True,
                    feedback="Đúng: gõ địa chỉ rồi bấm “Tìm kiếm”; không có trong danh sách chưa "
                    "chắc đã an toàn.",
                ),
                Choice(
                    text="Với trang của cơ quan nhà nước, xem “.gov.vn” có nằm ngay trước dấu "
                    "“/” đầu tiên không",
                    correct=True,
                    feedback="Đúng: dichvucong.gov.vn là thật, dichvucong.gov.vn.xyz là giả.",
                ),
                Choice(
                    text="Trang có hình quốc huy thì chắc chắn là trang thật",
                    feedback="Chưa đúng: hình ảnh rất dễ chép; hãy xem địa chỉ trang.",
                ),
                Choice(
                    text="Người gửi biết tên bạn thì trang là thật",
                    feedback="Chưa đúng: kẻ gian thường mua được thông tin cá nhân.",
                ),
            ),
        ),
        Question(
            kind="picture",
            text="Trang nào là Cổng Dịch vụ công quốc gia thật?",
            skill="1.2",
            picture_choices=(
                PictureChoice(
                    screen=Screen(
                        app="Trình duyệt",
                        kind="browser",
                        heading="dichvucong.gov.vn",
                        lines=(
                            "Địa chỉ: dichvucong.gov.vn",
                            "Cổng Dịch vụ công quốc gia",
                            "Thủ tục hành chính",
                        ),
                    ),
                    alt="Trang web có địa chỉ dichvucong.gov.vn, tiêu đề Cổng Dịch vụ công quốc gia.",
                    correct=True,
                    feedback="Đúng: đuôi “.gov.vn” nằm ngay trước dấu “/” đầu tiên.",
                ),
                PictureChoice(
                    screen=Screen(
                        app="Trình duyệt",
                        kind="browser",
                        heading="dichvucong.gov.vn.xyz",
                        lines=(
                            "Địa chỉ: dichvucong.gov.vn.xyz",
                            "Cổng Dịch vụ công quốc gia",
                            "Thủ tục hành chính",
                        ),
                    ),
                    alt="Trang web có địa chỉ dichvucong.gov.vn.xyz, tiêu đề Cổng Dịch vụ công quốc gia.",
                    feedback="Chưa đúng: địa chỉ kết thúc bằng “.xyz”, không phải “.gov.vn”.",
                ),
                PictureChoice(
                    screen=Screen(
                        app="Trình duyệt",
                        kind="browser",
                        heading="dichvucong-gov.com",
                        lines=(
                            "Địa chỉ: dichvucong-gov.com",
                            "Cổng Dịch vụ công quốc gia",
                            "Thủ tục hành chính",
                        ),
                    ),
                    alt="Trang web có địa chỉ dichvucong-gov.com, tiêu đề Cổng Dịch vụ công quốc gia.",
                    feedback="Chưa đúng: địa chỉ kết thúc bằng “.com”, không phải “.gov.vn”.",
                ),
            ),
        ),
        Question(
            kind="single",
            text="Gửi phản ánh trên dichvucong.gov.vn xong, bạn giữ gì để theo dõi?",
            skill="2.3",
            choices=(
                Choice(
                    text="Mã PAKN",
                    correct=True,
                    feedback="Đúng: ghi mã PAKN ra giấy hoặc chụp màn hình để theo dõi.",
                ),
                Choice(
                    text="Mật khẩu VNeID, ghi luôn vào nội dung phản ánh",
                    feedback="Chưa đúng: không bao giờ viết mật khẩu vào phản ánh.",
                ),
                Choice(
                    text="Không cần giữ gì",
                    feedback="Chưa đúng: cần mã PAKN để theo dõi phản ánh của mình.",
                ),
            ),
        ),
        Question(
            kind="scenario",
            text="Bạn vừa bị lừa mất tiền và thấy trang này trên mạng. Bạn làm gì?",
            skill="4.2",
            scenario=Screen(
                app="Trình duyệt",
                kind="browser",
                heading="laylaitien-nhanh.xyz",
                lines=("Lấy lại tiền bị lừa trong 24 giờ", "Phí dịch vụ: 2.000.000 đồng"),
                button="Đăng ký ngay",
            ),
            scenario_alt="Trang laylaitien-nhanh.xyz hứa lấy lại tiền bị lừa trong 24 giờ, phí "
            "dịch vụ 2.000.000 đồng, có nút “Đăng ký ngay”.",
            choices=(
                Choice(
                    text="Không nộp phí; gọi ngân hàng và báo Công an xã",
                    correct=True,
                    feedback="Đúng: trang nhận lấy lại tiền bị lừa có thu phí là lừa đảo.",
                ),
                Choice(
                    text="Nộp phí vì muốn lấy lại tiền sớm",
                    feedback="Chưa đúng: nộp phí là mất thêm tiền lần nữa.",
                ),
                Choice(
                    text="Gửi số tài khoản cho trang để họ chuyển trả",
                    feedback="Chưa đúng: không gửi thông tin ngân hàng cho trang lạ.",
                ),
            ),
        ),
        Question(
            kind="true_false",
            text="Tin báo bạn trúng giải cuộc thi trực tuyến, bảo nộp phí để nhận quà, là tin "
            "đáng tin.",
            skill="1.2",
            answer=False,
            feedback_true="Chưa đúng: cuộc thi không cần lệ phí; “giải thưởng” mà đòi tiền là "
            "lừa đảo.",
            feedback_false="Đúng: cuộc thi không cần tài khoản ngân hàng, mã OTP hay lệ phí.",
        ),
    ],
)
