"""Topic 13, “Giữ điện thoại và tài khoản luôn dùng được”: three lessons and the quiz.

From 2G to 4G, a frozen phone, and updating the bank's biometrics the right way.
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
from demo.topics.shared import CHECKED, NGUON_KHOI_DONG_LAI, QUIZ_INTRO, QUIZ_PASS_MARK

# ---------------------------------------------------------------------------------------------
# Sources: the public pages the lessons' facts rest on (shown under “Nguồn”)
# ---------------------------------------------------------------------------------------------
SRC_2G_VIETBAO = Source(
    title="Tắt sóng điện thoại 2G từ 16/10",
    publisher="Việt Báo",
    url="https://vietbao.vn/tat-song-dien-thoai-2g-tu-16-10-506773.html",
)

SRC_2G_CONGLY = Source(
    title="Lộ trình dừng công nghệ di động 2G",
    publisher="Báo Công lý",
    url="https://baove.congly.vn/",
)

SRC_2G_MOBIFONE = Source(
    title="MobiFone dừng công nghệ 2G trên toàn quốc",
    publisher="Báo VietNamNet",
    url="https://vietnamnet.vn/",
    date="2025-09-17",
)

SRC_2G_NGAYNAY = Source(
    title="Kế hoạch tắt hẳn sóng 2G vào tháng 9/2026",
    publisher="Ngày Nay",
    url="https://ngaynay.vn/",
)

SRC_IPHONE_APPLE_VIDEO = Source(
    title="How to Restart an iPhone (Force Restart Any Model), theo video của Apple Support",
    publisher="ShowMeStepByStep",
    url="https://www.showmestepbystep.com/tech/how-to-restart-an-iphone",
)

SRC_IPHONE_REPUBLIC = Source(
    title="How to force restart an iPhone",
    publisher="Republic World",
    url="https://www.republicworld.com/",
    date="2025-06-06",
)

SRC_ANDROID_ITWORLD = Source(
    title="How to force restart an Android phone",
    publisher="ITworld",
    url="https://www.itworld.com/",
)

SRC_ANDROID_TECHBRIEFLY = Source(
    title="How to force restart Android and Samsung phones",
    publisher="TechBriefly",
    url="https://techbriefly.com/",
    date="2025-09-24",
)

SRC_SINH_TRAC_NGAYNAY = Source(
    title="Cập nhật sinh trắc học trên ứng dụng ngân hàng hoặc tại quầy",
    publisher="Ngày Nay",
    url="https://ngaynay.vn/",
)

SRC_QD2345_CONGTHUONG = Source(
    title="Quyết định 2345/QĐ-NHNN: xác thực khuôn mặt khi dùng ứng dụng ngân hàng trên thiết bị mới",
    publisher="Báo Công Thương",
    url="https://congthuong.vn/",
    date="2025-04-29",
)

SRC_TT17_NGOISAO = Source(
    title="Trước ngày 1/1/2025, người dân có tài khoản ngân hàng bắt buộc phải làm việc này nếu không sẽ không thể chuyển tiền online",
    publisher="Ngôi Sao",
    url="https://m.ngoisao.vn/theo-dong-su-kien/kien-thuc/truoc-ngay-112025-nguoi-dan-co-tai-khoan-ngan-hang-bat-buoc-phai-lam-viec-nay-neu-khong-se-khong-the-chuyen-tien-online-438064.htm",
    date="2024-11-09",
)

SRC_TT18_KENH14 = Source(
    title="5 trường hợp bị tạm dừng giao dịch rút tiền, chuyển tiền kể từ năm 2025",
    publisher="Kenh14",
    url="https://kenh14.vn/5-truong-hop-bi-tam-dung-giao-dich-rut-tien-chuyen-tien-ke-tu-nam-2025-215250813090502526.chn",
    date="2025-08-13",
)

SRC_TT18_SOHA = Source(
    title="Từ nay, 3 trường hợp tài khoản ngân hàng không thể chuyển khoản, giao dịch",
    publisher="Soha",
    url="https://soha.vn/tu-nay-3-truong-hop-tai-khoan-ngan-hang-khong-the-chuyen-khoan-giao-dich-198250927104529531.htm",
    date="2025-09-27",
)

SRC_SINH_TRAC_LUA_DAO_SGGP = Source(
    title="Cảnh giác giả nhân viên ngân hàng “hỗ trợ” cài đặt sinh trắc học",
    publisher="Báo Sài Gòn Giải Phóng",
    url="https://www.sggp.org.vn/",
    date="2024-07-02",
)

SRC_SINH_TRAC_LUA_DAO_VNFINANCE = Source(
    title="Cảnh giác thủ đoạn mạo danh nhân viên ngân hàng “hỗ trợ” xác thực sinh trắc",
    publisher="VnFinance",
    url="https://vnfinance.vn/canh-giac-thu-doan-mao-danh-nhan-vien-ngan-hang-ho-tro-xac-thuc-sinh-trac-63044.html",
    date="2024-07-04",
)

SRC_TT17_24H = Source(
    title="Từ 1/1/2025 không giao dịch được tiền nếu chưa xác thực sinh trắc học",
    publisher="24h",
    url="https://www.24h.com.vn/kinh-doanh/tu-1-1-2025-khong-giao-dich-duoc-tien-neu-chua-xac-thuc-sinh-trac-hoc-c161a1598633.html",
)


# ---------------------------------------------------------------------------------------------
# Pictures used more than once (a lesson's key step is also its card picture)
# ---------------------------------------------------------------------------------------------
_HOI_NHA_MANG = Screen(
    app="Ghi chú",
    kind="app",
    heading="Hỏi cửa hàng nhà mạng",
    lines=("Máy của tôi có dùng 4G không?", "SIM của tôi có dùng 4G không?", "Đang có ưu đãi gì?"),
)

_IPHONE_LEN_XUONG_GIU = Screen(
    app="iPhone 8 trở lên",
    kind="app",
    heading="Lên, xuống, giữ",
    lines=(
        "1. Bấm rồi thả nhanh: tăng âm lượng",
        "2. Bấm rồi thả nhanh: giảm âm lượng",
        "3. Giữ nút bên cạnh đến khi hiện logo",
    ),
)

_NGAN_HANG_SINH_TRAC = Screen(
    app="Ngân hàng",
    kind="settings",
    heading="Cài đặt",
    lines=("Đổi mật khẩu", "Cập nhật sinh trắc học", "Hạn mức chuyển tiền"),
    button="Cập nhật sinh trắc học",
)


# ---------------------------------------------------------------------------------------------
# Lessons
# ---------------------------------------------------------------------------------------------
LEN_4G = Lesson(
    slug="dien-thoai-2g-len-4g",
    title="Điện thoại của tôi còn dùng được không? (từ 2G lên 4G)",
    summary=(
        "Biết vì sao máy chỉ có 2G đã ngừng dùng được, hỏi cửa hàng nhà mạng để đổi máy hay SIM "
        "4G, và giữ danh bạ khi đổi máy."
    ),
    duration=5,
    level="CB1",
    skills=("0.1", "5.2", "4.2"),
    audiences=("elderly", "farmers", "workers", "disabilities"),
    tags=("2g", "4g", "đổi máy", "sim"),
    hero=_HOI_NHA_MANG,
    hero_alt=(
        "Trang ghi chú ba câu hỏi cửa hàng nhà mạng: máy có dùng 4G không, SIM có dùng 4G không, "
        "đang có ưu đãi gì."
    ),
    body=[
        Paragraph(
            "Mạng 2G là công nghệ di động cũ và đang được tắt dần. Máy “chỉ có 2G” (2G only) đã "
            "không dùng được nữa từ sau ngày 15/10/2024. Hạn đầu là 16/9/2024, được lùi một tháng "
            "vì bão Yagi."
        ),
        Step(
            title="Biết mạng 2G đang tắt dần",
            text=(
                "MobiFone đã ngừng 2G trên cả nước từ ngày 16/9/2025. Toàn bộ mạng 2G được lên kế "
                "hoạch ngừng vào tháng 9/2026."
            ),
            screen=Screen(
                app="Điện thoại",
                kind="app",
                heading="Mạng 2G đang tắt dần",
                lines=(
                    "Máy chỉ có 2G: ngừng từ 10/2024",
                    "MobiFone ngừng 2G: 16/9/2025",
                    "Kế hoạch ngừng hẳn 2G: 9/2026",
                ),
            ),
            alt=(
                "Màn hình ghi ba mốc: máy chỉ có 2G ngừng từ 10/2024, MobiFone ngừng 2G ngày "
                "16/9/2025, kế hoạch ngừng hẳn 2G tháng 9/2026."
            ),
        ),
        Step(
            title="Ra cửa hàng nhà mạng hỏi máy và SIM",
            text=(
                "Mang máy và SIM đến cửa hàng chính thức của nhà mạng. Hỏi: máy và SIM của tôi có "
                "dùng được 4G không?"
            ),
            screen=_HOI_NHA_MANG,
            alt=(
                "Trang ghi chú ba câu hỏi cửa hàng nhà mạng: máy có dùng 4G không, SIM có dùng 4G "
                "không, đang có ưu đãi gì."
            ),
        ),
        Step(
            title="Hỏi ưu đãi, mang theo thẻ căn cước",
            text=(
                "Nhà mạng từng có máy 4G giá rẻ, có lúc tặng máy cho hộ nghèo. Ưu đãi cũ có thể "
                "đã hết, nên hãy hỏi ưu đãi hiện có. Nhớ mang thẻ căn cước của bạn."
            ),
            screen=Screen(
                app="Ghi chú",
                kind="app",
                heading="Mang theo khi đi",
                lines=("Thẻ căn cước gắn chip", "Điện thoại và SIM đang dùng"),
            ),
            alt=(
                "Trang ghi chú những thứ mang theo: thẻ căn cước gắn chip, điện thoại và SIM đang "
                "dùng."
            ),
        ),
        Step(
            title="Chép danh bạ sang máy mới",
            text=(
                "Nhờ nhân viên cửa hàng hoặc Tổ công nghệ số cộng đồng chép danh bạ sang máy mới "
                "ngay tại chỗ. Gọi thử một số quen trước khi về."
            ),
            screen=Screen(
                app="Danh bạ",
                kind="app",
                heading="Danh bạ trên máy mới",
                lines=("Con trai Minh", "Con gái Lan", "Trạm y tế xã"),
                button="Gọi thử",
            ),
            alt="Danh bạ trên máy mới có các số quen, nút “Gọi thử” được tô sáng.",
            tip="Ghi các số quan trọng ra sổ giấy phòng khi đổi máy.",
        ),
        Callout(
            kind="danger",
            title="Chỉ đổi SIM, đổi máy ở cửa hàng chính thức",
            text=(
                "Chỉ đổi SIM hay đổi máy tại cửa hàng chính thức của nhà mạng. Người gọi điện mời "
                "“nâng cấp SIM lên 4G” rồi xin mã OTP (mã số gửi qua tin nhắn): không đọc mã, "
                "cúp máy ngay."
            ),
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Hỏi người nhà xem máy của ông bà, cha mẹ có dùng được 4G không.",
                "Ghi các số quan trọng ra sổ giấy.",
            ),
        ),
    ],
    related=("dien-thoai-ket-noi-wifi-du-lieu-di-dong", "dien-thoai-bi-do-khoi-dong-lai"),
    sources=(SRC_2G_VIETBAO, SRC_2G_CONGLY, SRC_2G_MOBIFONE, SRC_2G_NGAYNAY),
    checked=CHECKED,
)


MAY_BI_DO = Lesson(
    slug="dien-thoai-bi-do-khoi-dong-lai",
    title="Điện thoại bị đơ, làm sao?",
    summary=(
        "Khởi động lại bắt buộc khi máy đơ: cách bấm nút cho iPhone và cho máy Android, không mất "
        "dữ liệu."
    ),
    duration=5,
    level="CB1",
    skills=("5.1", "0.1"),
    audiences=("elderly", "farmers", "traders", "workers", "students", "disabilities"),
    tags=("điện thoại", "máy bị đơ", "khởi động lại"),
    hero=_IPHONE_LEN_XUONG_GIU,
    hero_alt=(
        "Màn hình hướng dẫn iPhone 8 trở lên: bấm thả nhanh tăng âm lượng, rồi giảm âm lượng, "
        "rồi giữ nút bên cạnh đến khi hiện logo."
    ),
    body=[
        Paragraph(
            "Máy bị đơ là màn hình đứng im, bấm không được. Khi đó hãy “khởi động lại bắt buộc”: "
            "bấm các nút theo đúng thứ tự để máy tắt rồi tự bật lại. Việc này không xóa ảnh, tin "
            "nhắn hay ứng dụng."
        ),
        Step(
            title="Xem máy của bạn là loại nào",
            text=(
                "Máy là iPhone thì xem đời máy (iPhone 8, iPhone 7…). Máy Android thì xem tên "
                "hãng, như Samsung, Oppo, Xiaomi. Mỗi loại bấm nút một kiểu."
            ),
            screen=Screen(
                app="Điện thoại",
                kind="app",
                heading="Máy của tôi là loại nào?",
                lines=("iPhone: xem đời máy", "Android: xem tên hãng"),
            ),
            alt="Màn hình nhắc: iPhone thì xem đời máy, máy Android thì xem tên hãng.",
            tip="Không rõ đời máy? Xem hộp máy hoặc hỏi người nhà.",
        ),
        Step(
            title="iPhone 8 trở lên: lên, xuống, giữ",
            text=(
                "Bấm rồi thả nhanh nút tăng âm lượng. Bấm rồi thả nhanh nút giảm âm lượng. Rồi "
                "giữ nút bên cạnh máy đến khi hiện logo Apple. Cách này cũng dùng cho iPhone SE "
                "(thế hệ 2 trở lên)."
            ),
            screen=_IPHONE_LEN_XUONG_GIU,
            alt=(
                "Màn hình hướng dẫn iPhone 8 trở lên: bấm thả nhanh tăng âm lượng, rồi giảm âm "
                "lượng, rồi giữ nút bên cạnh đến khi hiện logo."
            ),
            tip=(
                "iPhone 7: giữ cùng lúc nút giảm âm lượng và nút bên cạnh. iPhone 6s trở về "
                "trước: giữ cùng lúc nút Home (nút tròn) và nút nguồn."
            ),
        ),
        Step(
            title="Máy Android: giữ nút nguồn và nút giảm âm lượng",
            text=(
                "Trên phần lớn máy Android, giữ cùng lúc nút nguồn và nút giảm âm lượng khoảng 10 "
                "đến 20 giây, đến khi hiện logo của hãng. Máy Samsung: giữ nút bên cạnh và nút "
                "giảm âm lượng hơn 7 giây."
            ),
            screen=Screen(
                app="Máy Android",
                kind="app",
                heading="Giữ hai nút cùng lúc",
                lines=(
                    "Nút nguồn + nút giảm âm lượng",
                    "Giữ khoảng 10 đến 20 giây",
                    "Thả ra khi hiện logo của hãng",
                ),
            ),
            alt=(
                "Màn hình hướng dẫn máy Android: giữ cùng lúc nút nguồn và nút giảm âm lượng "
                "khoảng 10 đến 20 giây, thả ra khi hiện logo của hãng."
            ),
            tip="Cách bấm có thể khác tùy hãng máy.",
        ),
        Step(
            title="Không thấy gì: sạc pin rồi thử lại",
            text=(
                "Nếu màn hình vẫn tối, có thể máy đã hết pin. Cắm sạc một lúc, rồi làm lại các "
                "bước trên."
            ),
            screen=Screen(
                app="Điện thoại",
                kind="app",
                heading="Đang sạc",
                lines=("Cắm sạc một lúc", "Rồi làm lại các bước"),
            ),
            alt="Màn hình điện thoại đang sạc, nhắc cắm sạc một lúc rồi làm lại các bước.",
        ),
        Step(
            title="Vẫn không được: nhờ người tin cậy",
            text=(
                "Mang máy đến cửa hàng tin cậy, hoặc nhờ Tổ công nghệ số cộng đồng xem giúp tận "
                "nơi."
            ),
            screen=Screen(
                app="Ghi chú",
                kind="app",
                heading="Vẫn không được?",
                lines=("Mang máy đến cửa hàng tin cậy", "Nhờ Tổ công nghệ số cộng đồng"),
            ),
            alt=(
                "Trang ghi chú: vẫn không được thì mang máy đến cửa hàng tin cậy hoặc nhờ Tổ "
                "công nghệ số cộng đồng."
            ),
        ),
        Callout(
            kind="danger",
            title="Khởi động lại không phải là “Khôi phục cài đặt gốc”",
            text=(
                "Khởi động lại bắt buộc không phải là “Khôi phục cài đặt gốc” (xóa sạch máy). "
                "Không bấm mục nào có chữ “khôi phục”, “đặt lại” hay “xóa”. Không để người lạ "
                "gọi điện “sửa máy từ xa”."
            ),
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Tìm nút nguồn và hai nút âm lượng trên máy của bạn.",
                "Ghi cách bấm cho máy của bạn ra giấy, cất cùng hộp máy.",
            ),
        ),
    ],
    related=("dien-thoai-nut-bam-sac-pin-co-chu", "dien-thoai-2g-len-4g"),
    sources=(
        NGUON_KHOI_DONG_LAI,
        SRC_IPHONE_APPLE_VIDEO,
        SRC_IPHONE_REPUBLIC,
        SRC_ANDROID_ITWORLD,
        SRC_ANDROID_TECHBRIEFLY,
    ),
    checked=CHECKED,
)


SINH_TRAC_HOC = Lesson(
    slug="cap-nhat-sinh-trac-hoc-ngan-hang",
    title="Cập nhật sinh trắc học ngân hàng đúng cách",
    summary=(
        "Tự cập nhật thẻ căn cước gắn chip và khuôn mặt trong ứng dụng ngân hàng của bạn, hoặc "
        "tại quầy, và tránh kẻ gian “hỗ trợ cài sinh trắc học”."
    ),
    duration=6,
    level="CB2",
    skills=("4.2", "2.6", "2.3"),
    audiences=("elderly", "traders", "farmers", "workers", "officials"),
    tags=("sinh trắc học", "ngân hàng", "thẻ căn cước", "lừa đảo"),
    hero=_NGAN_HANG_SINH_TRAC,
    hero_alt="Mục cài đặt của ứng dụng ngân hàng, dòng “Cập nhật sinh trắc học” được tô sáng.",
    body=[
        Paragraph(
            "Từ ngày 1/1/2025, tài khoản của cá nhân chỉ rút tiền hay thanh toán trên mạng được "
            "khi giấy tờ tùy thân và khuôn mặt của chủ tài khoản đã được so khớp (Thông tư "
            "17/2024/TT-NHNN). Thẻ ngân hàng cũng vậy (Thông tư 18/2024/TT-NHNN). Lần đầu dùng "
            "ứng dụng ngân hàng trên máy mới, bạn cũng phải quét khuôn mặt (Quyết định "
            "2345/QĐ-NHNN)."
        ),
        Step(
            title="Mở ứng dụng ngân hàng của chính bạn",
            text=(
                "Mở ứng dụng ngân hàng bạn đã cài từ CH Play hoặc App Store. Không dùng ứng dụng "
                "hay đường link người khác gửi."
            ),
            screen=Screen(
                app="Điện thoại",
                kind="home",
                heading="Màn hình chính",
                lines=("Cài đặt", "CH Play", "Zalo", "Ngân hàng"),
                button="Ngân hàng",
            ),
            alt="Màn hình chính của điện thoại, biểu tượng “Ngân hàng” được tô sáng.",
        ),
        Step(
            title="Tìm mục sinh trắc học",
            text=(
                "Tìm mục cập nhật sinh trắc học. Tên mục khác nhau tùy ngân hàng; không thấy thì "
                "gọi tổng đài in ở mặt sau thẻ ngân hàng để hỏi."
            ),
            screen=_NGAN_HANG_SINH_TRAC,
            alt="Mục cài đặt của ứng dụng ngân hàng, dòng “Cập nhật sinh trắc học” được tô sáng.",
        ),
        Step(
            title="Quét thẻ căn cước gắn chip",
            text="Làm theo hướng dẫn trên màn hình để quét thẻ căn cước gắn chip của bạn.",
            screen=Screen(
                app="Ngân hàng",
                kind="app",
                heading="Quét thẻ căn cước",
                lines=("Dùng thẻ căn cước gắn chip", "Làm theo hướng dẫn trên màn hình"),
            ),
            alt=(
                "Màn hình ngân hàng nhắc quét thẻ căn cước gắn chip theo hướng dẫn trên màn hình."
            ),
        ),
        Step(
            title="Quét khuôn mặt",
            text=(
                "Nhìn thẳng vào camera, ở chỗ đủ sáng, làm theo lời nhắc. Chỉ quét khuôn mặt "
                "trong ứng dụng ngân hàng của chính bạn."
            ),
            screen=Screen(
                app="Ngân hàng",
                kind="app",
                heading="Quét khuôn mặt",
                lines=("Nhìn thẳng vào camera", "Ở chỗ đủ sáng", "Làm theo lời nhắc"),
            ),
            alt=(
                "Màn hình ngân hàng nhắc quét khuôn mặt: nhìn thẳng vào camera, ở chỗ đủ sáng, "
                "làm theo lời nhắc."
            ),
        ),
        Step(
            title="Hoặc ra quầy ngân hàng",
            text=(
                "Không làm được trên điện thoại? Mang thẻ căn cước gắn chip đến chi nhánh ngân "
                "hàng của bạn để làm tại quầy."
            ),
            screen=Screen(
                app="Ghi chú",
                kind="app",
                heading="Ra quầy ngân hàng",
                lines=("Mang thẻ căn cước gắn chip", "Đến chi nhánh ngân hàng của bạn"),
            ),
            alt=("Trang ghi chú: mang thẻ căn cước gắn chip đến chi nhánh ngân hàng của bạn."),
        ),
        Callout(
            kind="danger",
            title="Ngân hàng không gọi điện để “hỗ trợ sinh trắc học”",
            text=(
                "Ngân hàng không gọi điện, nhắn Zalo hay gửi đường link để hướng dẫn cập nhật "
                "sinh trắc học. Kẻ gian làm vậy để xin ảnh thẻ căn cước, ảnh khuôn mặt, bảo cài "
                "ứng dụng lạ rồi lấy hết tiền. Gặp lời mời như thế: cúp máy, không bấm link."
            ),
        ),
        Callout(
            kind="warning",
            title="Lỡ cài ứng dụng lạ hay gửi ảnh cho kẻ gian",
            text=(
                "Bật chế độ máy bay hoặc tắt nguồn máy đó ngay. Dùng một điện thoại khác gọi tổng "
                "đài ngân hàng để khóa tài khoản, rồi báo Công an xã. Không dùng lại máy đó cho "
                "ngân hàng hay VNeID đến khi cửa hàng tin cậy đã khôi phục cài đặt gốc; đổi mật "
                "khẩu từ một máy an toàn."
            ),
        ),
        Callout(
            kind="tip",
            title="Giấy tờ hết hạn cũng làm dừng giao dịch",
            text=(
                "Giấy tờ tùy thân hết hạn thì giao dịch bị tạm dừng. Chứng minh nhân dân cũ đã hết "
                "giá trị từ 1/1/2025: hãy cập nhật thẻ căn cước với ngân hàng."
            ),
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Mở ứng dụng ngân hàng, xem bạn đã cập nhật sinh trắc học chưa.",
                "Xem thẻ căn cước của bạn còn hạn không.",
                "Lưu số tổng đài in ở mặt sau thẻ ngân hàng vào danh bạ.",
            ),
        ),
    ],
    related=("tra-tien-bang-ma-vietqr", "lua-dao-gia-nhan-vien-ngan-hang-ma-otp"),
    sources=(
        SRC_SINH_TRAC_NGAYNAY,
        SRC_QD2345_CONGTHUONG,
        SRC_TT17_24H,
        SRC_TT17_NGOISAO,
        SRC_TT18_KENH14,
        SRC_TT18_SOHA,
        SRC_SINH_TRAC_LUA_DAO_SGGP,
        SRC_SINH_TRAC_LUA_DAO_VNFINANCE,
    ),
    checked=CHECKED,
)


# ---------------------------------------------------------------------------------------------
# The topic
# ---------------------------------------------------------------------------------------------
TOPIC = Topic(
    slug="giu-dien-thoai-va-tai-khoan-hoat-dong",
    title="Giữ điện thoại và tài khoản luôn dùng được",
    intro=(
        "Máy chỉ có 2G đã ngừng dùng được, máy đôi khi bị đơ, và ngân hàng cần khuôn mặt của "
        "bạn khớp với thẻ căn cước gắn chip. Các bài dưới đây giúp bạn tự xử lý từng việc, đúng "
        "cách và an toàn."
    ),
    hero=_IPHONE_LEN_XUONG_GIU,
    hero_alt=(
        "Màn hình hướng dẫn iPhone 8 trở lên: bấm thả nhanh tăng âm lượng, rồi giảm âm lượng, "
        "rồi giữ nút bên cạnh đến khi hiện logo."
    ),
    lessons=[LEN_4G, MAY_BI_DO, SINH_TRAC_HOC],
)


# ---------------------------------------------------------------------------------------------
# The quiz (skills 0.1, 5.1, 5.2, 4.2, 2.6)
# ---------------------------------------------------------------------------------------------
QUIZ = Quiz(
    topic="giu-dien-thoai-va-tai-khoan-hoat-dong",
    title="Kiểm tra: Giữ điện thoại và tài khoản luôn dùng được",
    intro=QUIZ_INTRO,
    pass_mark=QUIZ_PASS_MARK,
    questions=[
        Question(
            kind="single",
            text="Điện thoại chỉ có 2G (2G only) bây giờ còn gọi được không?",
            skill="0.1",
            choices=(
                Choice(
                    text="Không: máy chỉ có 2G đã ngừng dùng được từ sau ngày 15/10/2024",
                    correct=True,
                    feedback="Đúng: hạn đầu là 16/9/2024, được lùi một tháng vì bão Yagi.",
                ),
                Choice(
                    text="Còn, nếu nạp thêm tiền vào SIM",
                    feedback="Chưa đúng: nạp tiền không giúp được; máy chỉ có 2G đã ngừng dùng "
                    "được.",
                ),
                Choice(
                    text="Còn, chỉ cần khởi động lại máy",
                    feedback="Chưa đúng: khởi động lại không giúp được; cần máy và SIM có 4G.",
                ),
            ),
        ),
        Question(
            kind="scenario",
            text="Bạn nhận cuộc gọi như trong hình. Bạn làm gì?",
            skill="4.2",
            scenario=Screen(
                app="Điện thoại",
                kind="call",
                heading="“Nhà mạng” 0xxx xxx 468",
                lines=("“Bác cần nâng cấp SIM lên 4G”", "“Đọc mã OTP vừa gửi cho em”"),
            ),
            scenario_alt="Cuộc gọi từ số 0xxx xxx 468 xưng nhà mạng, mời nâng cấp SIM lên 4G và "
            "xin đọc mã OTP vừa gửi.",
            choices=(
                Choice(
                    text="Không đọc mã, cúp máy; đổi SIM ở cửa hàng chính thức của nhà mạng",
                    correct=True,
                    feedback="Đúng: người gọi điện xin mã OTP để “nâng cấp SIM” là kẻ lừa đảo.",
                ),
                Choice(
                    text="Đọc mã để được nâng cấp miễn phí",
                    feedback="Chưa đúng: không bao giờ đọc mã OTP cho người gọi điện.",
                ),
                Choice(
                    text="Nhắn mã qua Zalo cho chắc",
                    feedback="Chưa đúng: gửi mã qua Zalo cũng là đưa mã cho kẻ gian.",
                ),
            ),
        ),
        Question(
            kind="single",
            text="Muốn biết máy và SIM của mình có dùng được 4G không, bạn hỏi ở đâu?",
            skill="5.2",
            choices=(
                Choice(
                    text="Cửa hàng chính thức của nhà mạng, mang theo máy, SIM và thẻ căn cước",
                    correct=True,
                    feedback="Đúng: hỏi luôn ưu đãi đang có, vì ưu đãi cũ có thể đã hết.",
                ),
                Choice(
                    text="Người lạ gọi điện mời đổi SIM tại nhà",
                    feedback="Chưa đúng: chỉ đổi SIM, đổi máy ở cửa hàng chính thức.",
                ),
                Choice(
                    text="Một trang web lạ gửi qua tin nhắn",
                    feedback="Chưa đúng: không bấm đường link lạ; hãy đến cửa hàng chính thức.",
                ),
            ),
        ),
        Question(
            kind="picture",
            text="Chiếc iPhone 12 bị đơ. Hình nào chỉ đúng cách khởi động lại bắt buộc?",
            skill="5.1",
            picture_choices=(
                PictureChoice(
                    screen=Screen(
                        app="iPhone 8 trở lên",
                        kind="app",
                        heading="Lên, xuống, giữ",
                        lines=(
                            "1. Bấm rồi thả nhanh: tăng âm lượng",
                            "2. Bấm rồi thả nhanh: giảm âm lượng",
                            "3. Giữ nút bên cạnh đến khi hiện logo",
                        ),
                    ),
                    alt="Hướng dẫn: bấm thả nhanh tăng âm lượng, rồi giảm âm lượng, rồi giữ nút "
                    "bên cạnh đến khi hiện logo.",
                    correct=True,
                    feedback="Đúng: đây là cách cho iPhone 8 trở lên; máy không mất dữ liệu.",
                ),
                PictureChoice(
                    screen=Screen(
                        app="Cài đặt",
                        kind="settings",
                        heading="Đặt lại",
                        lines=("Khôi phục cài đặt gốc", "Xóa tất cả nội dung"),
                        button="Khôi phục cài đặt gốc",
                    ),
                    alt="Màn hình Cài đặt, mục “Đặt lại”, dòng “Khôi phục cài đặt gốc” được chọn.",
                    feedback="Chưa đúng: khôi phục cài đặt gốc xóa sạch máy, không phải khởi động "
                    "lại.",
                ),
                PictureChoice(
                    screen=Screen(
                        app="iPhone",
                        kind="app",
                        heading="Giữ hai nút",
                        lines=("Giữ cùng lúc nút Home và nút nguồn",),
                    ),
                    alt="Hướng dẫn: giữ cùng lúc nút Home và nút nguồn.",
                    feedback="Chưa đúng: đó là cách cho iPhone 6s trở về trước; iPhone 12 không "
                    "có nút Home.",
                ),
            ),
        ),
        Question(
            kind="true_false",
            text="Khởi động lại bắt buộc làm mất ảnh và tin nhắn trong máy.",
            skill="5.1",
            answer=False,
            feedback_true="Chưa đúng: khởi động lại bắt buộc không xóa ảnh, tin nhắn hay ứng dụng.",
            feedback_false="Đúng: máy chỉ tắt rồi tự bật lại, dữ liệu vẫn còn.",
        ),
        Question(
            kind="multiple",
            text="Cập nhật sinh trắc học cho tài khoản ngân hàng ở đâu là đúng? (chọn tất cả câu "
            "đúng)",
            skill="4.2",
            choices=(
                Choice(
                    text="Trong ứng dụng ngân hàng của chính bạn, cài từ CH Play hoặc App Store",
                    correct=True,
                    feedback="Đúng: tên mục khác nhau tùy ngân hàng; không thấy thì gọi tổng đài "
                    "in sau thẻ.",
                ),
                Choice(
                    text="Tại chi nhánh ngân hàng, mang theo thẻ căn cước gắn chip",
                    correct=True,
                    feedback="Đúng: nhân viên làm giúp tại quầy.",
                ),
                Choice(
                    text="Qua đường link “nhân viên ngân hàng” gửi qua Zalo",
                    feedback="Chưa đúng: ngân hàng không gửi link để hướng dẫn cập nhật sinh trắc "
                    "học.",
                ),
                Choice(
                    text="Gửi ảnh thẻ căn cước và ảnh khuôn mặt cho người gọi điện hỗ trợ",
                    feedback="Chưa đúng: kẻ gian dùng các ảnh này để chiếm tài khoản.",
                ),
            ),
        ),
        Question(
            kind="scenario",
            text="Bạn nhận tin nhắn Zalo như trong hình. Bạn làm gì?",
            skill="4.2",
            scenario=Screen(
                app="Zalo",
                kind="chat",
                heading="Hỗ trợ ngân hàng",
                lines=(
                    "Hỗ trợ ngân hàng: Tài khoản bác chưa cập nhật sinh trắc học.",
                    "Hỗ trợ ngân hàng: Bác chụp mặt và thẻ căn cước gửi em.",
                ),
            ),
            scenario_alt="Tin nhắn Zalo từ “Hỗ trợ ngân hàng” báo tài khoản chưa cập nhật sinh "
            "trắc học, xin ảnh khuôn mặt và thẻ căn cước.",
            choices=(
                Choice(
                    text="Không gửi ảnh; tự cập nhật trong ứng dụng ngân hàng hoặc tại quầy",
                    correct=True,
                    feedback="Đúng: ngân hàng không nhắn Zalo để hướng dẫn; cần hỏi thì gọi tổng "
                    "đài in sau thẻ.",
                ),
                Choice(
                    text="Gửi ảnh cho nhanh, kẻo tài khoản bị khóa",
                    feedback="Chưa đúng: đây là chiêu lừa để chiếm tài khoản.",
                ),
                Choice(
                    text="Hỏi lại đúng người này xem có phải ngân hàng thật không",
                    feedback="Chưa đúng: kẻ gian sẽ nói là thật; hãy tự gọi tổng đài in sau thẻ.",
                ),
            ),
        ),
        Question(
            kind="true_false",
            text="Từ 1/1/2025, tài khoản cá nhân chưa so khớp khuôn mặt với giấy tờ tùy thân thì "
            "không chuyển tiền trên mạng được.",
            skill="2.6",
            answer=True,
            feedback_true="Đúng: theo Thông tư 17/2024/TT-NHNN.",
            feedback_false="Chưa đúng: từ 1/1/2025, phải so khớp khuôn mặt với giấy tờ tùy thân "
            "mới rút tiền, thanh toán trên mạng được.",
        ),
    ],
)
