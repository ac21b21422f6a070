"""Topic 9, “VNeID: giấy tờ, sức khỏe và chữ ký số”: three lessons and the quiz.

The health-insurance card in VNeID, the e-health book and VssID, and digital
signatures.
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
SRC_KY_SO_THANH_NIEN = Source(
    title="Hướng dẫn người dân đăng ký sử dụng chứng thư chữ ký số trên VNeID",
    publisher="Báo Thanh Niên",
    url="https://thanhnien.vn/huong-dan-nguoi-dan-dang-ky-su-dung-chung-thu-chu-ky-so-tren-vneid-185250603095621083.htm",
    date="2025-06-03",
)

SRC_KY_SO_CAFEF = Source(
    title="Nhà cung cấp chứng thư chữ ký số cho người dân trên VNeID",
    publisher="CafeF",
    url="https://cafef.vn/",
    date="2025-11-16",
)

SRC_KY_SO_PHAP_LY = Source(
    title="Chữ ký số: Nghị định 23/2025/NĐ-CP và Luật Giao dịch điện tử 2023",
    publisher="Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hải Dương",
    url="https://lienhiephoihaiduong.vn/",
)

SRC_BHYT_NLD = Source(
    title="Từ nay đi khám bệnh không được sử dụng thẻ BHYT giấy?",
    publisher="Báo Người Lao Động",
    url="https://nld.com.vn/tu-nay-di-kham-benh-khong-duoc-su-dung-the-bhyt-giay-19625102809113739.htm",
    date="2025-10-28",
)

SRC_BHYT_KENH14 = Source(
    title="Thông tin bảo hiểm y tế trên ứng dụng VNeID hiển thị sai, người dùng chỉnh sửa thế nào?",
    publisher="Kenh14",
    url="https://kenh14.vn/thong-tin-bao-hiem-y-te-tren-ung-dung-vneid-hien-thi-sai-nguoi-dung-chinh-sua-the-nao-215260112172241855.chn",
    date="2026-01-12",
)

SRC_GPLX = Source(
    title="Tích hợp giấy phép lái xe vào VNeID",
    publisher="Điện tử ứng dụng",
    url="https://dientuungdung.vn/",
)

SRC_SO_SK_TRUNG_VUONG = Source(
    title="Sổ sức khỏe điện tử trên ứng dụng VNeID",
    publisher="Bệnh viện Trưng Vương",
    url="https://bvtrungvuong.vn/",
    date="2024-11-26",
)

SRC_SO_SK_VIETNAMNET = Source(
    title="Hướng dẫn cách tra cứu và sử dụng sổ sức khỏe điện tử trên VNeID",
    publisher="Báo VietNamNet",
    url="https://vietnamnet.vn/huong-dan-cach-tra-cuu-va-su-dung-so-suc-khoe-dien-tu-tren-vneid-2477729.html",
    date="2025-12-31",
)

SRC_SO_SK_DANTRI = Source(
    title="Sổ sức khỏe điện tử trên VNeID thay sổ giấy khi khám chữa bệnh",
    publisher="Báo Dân trí",
    url="https://dantri.com.vn/",
    date="2026-01-31",
)

SRC_QD31 = Source(
    title="Quyết định 31/QĐ-BYT: dùng dữ liệu sổ sức khỏe điện tử trên VNeID thay sổ giấy",
    publisher="Báo Gia đình và Xã hội (Sức khỏe và Đời sống)",
    url="https://giadinh.suckhoedoisong.vn/",
    date="2026-01-11",
)

SRC_VSSID = Source(
    title="Đăng nhập ứng dụng VssID bằng tài khoản định danh điện tử",
    publisher="Cổng thông tin điện tử tỉnh Yên Bái",
    url="https://yenbai.gov.vn/",
    date="2023-10-26",
)

SRC_DAT_LICH = Source(
    title="Bệnh viện có ứng dụng đặt lịch khám riêng (Viện Tim TP HCM)",
    publisher="VnExpress",
    url="https://vnexpress.net/",
    date="2025-10-11",
)


# ---------------------------------------------------------------------------------------------
# Pictures
# ---------------------------------------------------------------------------------------------
_VNEID_VI_GIAY_TO = Screen(
    app="VNeID",
    kind="app",
    heading="Trang chủ",
    lines=("Đã đăng nhập tài khoản mức 2",),
    button="Ví giấy tờ",
)

_VNEID_CHON_BHYT = Screen(
    app="VNeID",
    kind="settings",
    heading="Ví giấy tờ",
    lines=("Giấy phép lái xe", "Thẻ bảo hiểm y tế"),
    button="Thẻ bảo hiểm y tế",
)

_SO_SUC_KHOE = Screen(
    app="VNeID",
    kind="app",
    heading="Sổ sức khỏe điện tử",
    lines=("Thông tin sức khỏe của bạn", "Dùng thay sổ giấy khi đi khám"),
)

_CHU_KY_SO = Screen(
    app="Giấy tờ điện tử",
    kind="app",
    heading="Chữ ký số",
    lines=("Chữ ký tay: ký trên giấy", "Chữ ký số: ký trên giấy tờ điện tử"),
)


# ---------------------------------------------------------------------------------------------
# Lessons
# ---------------------------------------------------------------------------------------------
VNEID_THE_BHYT = Lesson(
    slug="the-bhyt-tren-vneid",
    title="Mang thẻ bảo hiểm y tế trong điện thoại",
    summary="Thêm thẻ bảo hiểm y tế vào “Ví giấy tờ” của VNeID để đi khám không cần thẻ giấy.",
    duration=6,
    level="CB2",
    skills=("2.6", "2.3", "4.2"),
    audiences=("elderly", "farmers", "workers", "traders", "disabilities"),
    tags=("vneid", "bảo hiểm y tế", "ví giấy tờ"),
    hero=_VNEID_CHON_BHYT,
    hero_alt="Mục “Ví giấy tờ” của VNeID, dòng “Thẻ bảo hiểm y tế” được tô sáng.",
    body=[
        Paragraph(
            "Từ ngày 1/6/2025, thẻ bảo hiểm y tế (BHYT) bằng giấy nói chung không còn được cấp. "
            "Khi đi khám, bạn dùng thẻ BHYT trong ứng dụng VssID hoặc VNeID, hoặc đưa thẻ căn "
            "cước gắn chip. Thẻ giấy chỉ còn cấp cho người không cài được các ứng dụng này hoặc "
            "chưa có thẻ căn cước gắn chip."
        ),
        Step(
            title="Kiểm tra tài khoản đã là mức 2",
            text=(
                "Muốn thêm thẻ BHYT vào VNeID, bạn cần tài khoản định danh điện tử mức 2. Mức 2 "
                "được đăng ký tại Công an xã hoặc khi làm thẻ căn cước, rồi bạn tự kích hoạt."
            ),
            screen=Screen(
                app="VNeID",
                kind="app",
                heading="Cần tài khoản mức 2",
                lines=(
                    "Đăng ký tại Công an xã",
                    "hoặc khi làm thẻ căn cước",
                    "Rồi tự kích hoạt trên VNeID",
                ),
            ),
            alt=(
                "Màn hình VNeID nhắc: cần tài khoản mức 2, đăng ký tại Công an xã hoặc khi làm "
                "thẻ căn cước, rồi tự kích hoạt."
            ),
            tip="Chưa có mức 2? Mang thẻ căn cước đến Công an xã để hỏi.",
        ),
        Step(
            title="Mở VNeID, bấm “Ví giấy tờ”",
            text="Mở ứng dụng VNeID và đăng nhập. Ở màn hình chính, bấm “Ví giấy tờ”.",
            screen=_VNEID_VI_GIAY_TO,
            alt="Màn hình chính của VNeID đã đăng nhập, nút “Ví giấy tờ” được tô sáng.",
            tip="Tên mục có thể khác tùy phiên bản.",
        ),
        Step(
            title="Chọn “Thẻ bảo hiểm y tế”",
            text="Trong danh sách giấy tờ, bấm “Thẻ bảo hiểm y tế”.",
            screen=_VNEID_CHON_BHYT,
            alt="Danh sách trong “Ví giấy tờ”, dòng “Thẻ bảo hiểm y tế” được tô sáng.",
        ),
        Step(
            title="Điền đơn vị cấp thẻ và số thẻ",
            text=(
                "Chọn “Đơn vị cấp thẻ BHYT”, rồi gõ “Số thẻ BHYT” của bạn. "
                "Xem lại từng chữ, từng số cho đúng."
            ),
            screen=Screen(
                app="VNeID",
                kind="form",
                heading="Thẻ bảo hiểm y tế",
                lines=("Đơn vị cấp thẻ BHYT", "Số thẻ BHYT"),
            ),
            alt="Mẫu “Thẻ bảo hiểm y tế” có hai ô: “Đơn vị cấp thẻ BHYT” và “Số thẻ BHYT”.",
            tip="Không nhớ số thẻ? Hỏi cán bộ bảo hiểm xã hội hoặc Tổ công nghệ số cộng đồng.",
        ),
        Step(
            title="Xác nhận và bấm “Gửi yêu cầu”",
            text="Đánh dấu vào ô “Tôi xác nhận…”, rồi bấm “Gửi yêu cầu”.",
            screen=Screen(
                app="VNeID",
                kind="app",
                heading="Thẻ bảo hiểm y tế",
                lines=("[✓] Tôi xác nhận các thông tin ở trên là đúng",),
                button="Gửi yêu cầu",
            ),
            alt=(
                "Ô “Tôi xác nhận các thông tin ở trên là đúng” đã được đánh dấu, nút "
                "“Gửi yêu cầu” được tô sáng."
            ),
        ),
        Step(
            title="Đi khám: đưa thẻ trong điện thoại hoặc thẻ căn cước",
            text=(
                "Ở nơi khám bệnh, mở thẻ BHYT trong VNeID hoặc VssID cho nhân viên xem. "
                "Bạn cũng có thể đưa thẻ căn cước gắn chip."
            ),
            screen=Screen(
                app="Khám bệnh",
                kind="app",
                heading="Khi đi khám, đưa một trong ba",
                lines=("Thẻ BHYT trong VNeID", "Thẻ BHYT trong VssID", "Thẻ căn cước gắn chip"),
            ),
            alt=(
                "Màn hình nhắc ba cách đưa thẻ khi đi khám: thẻ BHYT trong VNeID, thẻ BHYT trong "
                "VssID, hoặc thẻ căn cước gắn chip."
            ),
        ),
        Callout(
            kind="danger",
            title="Tự làm, hoặc nhờ Tổ công nghệ số cộng đồng ngay bên cạnh",
            text=(
                "Hãy tự làm trên điện thoại của mình, hoặc nhờ Tổ công nghệ số cộng đồng giúp "
                "trực tiếp. Không ai cần mật khẩu hay mã bảo vệ 6 số (passcode) VNeID của bạn. "
                "Người gọi điện đòi “thêm thẻ BHYT giúp” thì cúp máy."
            ),
        ),
        Callout(
            kind="tip",
            title="Thêm cả giấy phép lái xe",
            text=(
                "Trong “Ví giấy tờ” còn có “Giấy phép lái xe”: bấm “Thêm giấy phép lái xe mới”, "
                "nhập loại, số và hạng giấy phép. Xong, giấy phép hiện chữ “Đã xác thực”. "
                "Tên mục có thể khác tùy phiên bản."
            ),
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Xem tài khoản VNeID của bạn đã là mức 2 chưa.",
                "Thêm thẻ BHYT vào “Ví giấy tờ”.",
                "Lần tới đi khám, mang theo điện thoại và thẻ căn cước gắn chip.",
            ),
        ),
    ],
    related=("so-suc-khoe-dien-tu-va-vssid", "kich-hoat-tai-khoan-vneid"),
    sources=(SRC_BHYT_NLD, SRC_BHYT_KENH14, SRC_GPLX),
    checked=CHECKED,
)


VNEID_SO_SUC_KHOE = Lesson(
    slug="so-suc-khoe-dien-tu-va-vssid",
    title="Sổ sức khỏe điện tử và ứng dụng VssID",
    summary=(
        "Dùng sổ sức khỏe điện tử trong VNeID thay sổ giấy, và đăng nhập VssID bằng tài khoản "
        "định danh điện tử."
    ),
    duration=6,
    level="CB2",
    skills=("2.6", "2.3", "4.2"),
    audiences=("elderly", "farmers", "workers", "traders", "disabilities"),
    tags=("vneid", "sổ sức khỏe điện tử", "vssid", "bảo hiểm y tế"),
    hero=_SO_SUC_KHOE,
    hero_alt="Màn hình “Sổ sức khỏe điện tử” trong VNeID: dùng thay sổ giấy khi đi khám.",
    body=[
        Paragraph(
            "“Sổ sức khỏe điện tử” là một tính năng trong ứng dụng VNeID, cần tài khoản mức 2. "
            "Theo Quyết định 2733/QĐ-BYT, sổ này có giá trị như sổ sức khỏe giấy ở cơ sở khám "
            "chữa bệnh công và tư. VssID là ứng dụng của Bảo hiểm xã hội Việt Nam, có thẻ BHYT "
            "của bạn."
        ),
        Step(
            title="Dùng tài khoản VNeID mức 2",
            text=(
                "Sổ sức khỏe điện tử chỉ dùng được với tài khoản định danh điện tử mức 2. "
                "Đăng nhập VNeID bằng tài khoản của chính bạn."
            ),
            screen=Screen(
                app="VNeID",
                kind="form",
                heading="Đăng nhập",
                lines=("Số định danh cá nhân", "Mật khẩu"),
                button="Đăng nhập",
            ),
            alt=(
                "Màn hình đăng nhập VNeID với ô số định danh cá nhân và ô mật khẩu, nút "
                "“Đăng nhập” được tô sáng."
            ),
        ),
        Step(
            title="Tìm “Sổ sức khỏe điện tử”",
            text=(
                "Trong VNeID, tìm tính năng “Sổ sức khỏe điện tử”. Tên mục và chỗ đặt mục có "
                "thể khác tùy phiên bản; không thấy thì nhờ Tổ công nghệ số cộng đồng chỉ."
            ),
            screen=_SO_SUC_KHOE,
            alt="Màn hình “Sổ sức khỏe điện tử” trong VNeID: dùng thay sổ giấy khi đi khám.",
        ),
        Step(
            title="Đi khám không cần mang sổ giấy",
            text=(
                "Khi thông tin đã hiện đủ trong VNeID, nơi khám bệnh không được đòi bản giấy "
                "(Quyết định 31/QĐ-BYT). Mở VNeID cho nhân viên xem tại quầy."
            ),
            screen=Screen(
                app="Khám bệnh",
                kind="app",
                heading="Ở quầy tiếp đón",
                lines=("Mở VNeID cho nhân viên xem", "Không cần sổ giấy"),
            ),
            alt=("Màn hình nhắc: ở quầy tiếp đón, mở VNeID cho nhân viên xem, không cần sổ giấy."),
        ),
        Step(
            title="Cài VssID từ CH Play hoặc App Store",
            text=(
                "VssID là ứng dụng của Bảo hiểm xã hội Việt Nam. Chỉ cài từ CH Play hoặc "
                "App Store, xem đúng tên ứng dụng và nhà phát triển."
            ),
            screen=Screen(
                app="CH Play",
                kind="store",
                heading="VssID",
                lines=("BHXH số", "Xem đúng tên nhà phát triển"),
                button="Cài đặt",
            ),
            alt="Trang ứng dụng VssID trong CH Play, nút “Cài đặt” được tô sáng.",
        ),
        Step(
            title="Đăng nhập bằng tài khoản định danh điện tử",
            text=(
                "Mở VssID, bấm “Đăng nhập bằng tài khoản định danh điện tử” và làm theo hướng dẫn "
                "trên màn hình. Cách này cần tài khoản VNeID mức 2, và bạn vẫn cần có tài khoản "
                "VssID."
            ),
            screen=Screen(
                app="VssID",
                kind="app",
                heading="Đăng nhập",
                lines=("Dùng tài khoản VNeID mức 2",),
                button="Đăng nhập bằng tài khoản định danh điện tử",
            ),
            alt=(
                "Màn hình đăng nhập VssID, nút “Đăng nhập bằng tài khoản định danh điện tử” "
                "được tô sáng."
            ),
            tip=(
                "Tên nút có thể khác tùy phiên bản. Chưa có tài khoản VssID thì hỏi cán bộ "
                "bảo hiểm xã hội."
            ),
        ),
        Step(
            title="Mở thẻ BHYT khi đi khám",
            text=(
                "Thẻ BHYT của bạn có trong VssID. Khi đi khám, mở thẻ này, hoặc thẻ BHYT "
                "trong VNeID, cho nhân viên xem."
            ),
            screen=Screen(
                app="VssID",
                kind="app",
                heading="Thẻ BHYT",
                lines=("Mở thẻ cho nhân viên xem",),
            ),
            alt="Màn hình thẻ BHYT trong VssID, có dòng nhắc mở thẻ cho nhân viên xem.",
        ),
        Callout(
            kind="danger",
            title="Giữ kín tài khoản và thông tin sức khỏe",
            text=(
                "Không đưa mật khẩu, mã bảo vệ 6 số (passcode) VNeID hay mật khẩu VssID cho ai. "
                "Chỉ mở sổ sức khỏe cho nhân viên y tế xem tại quầy, không gửi ảnh chụp cho "
                "người lạ."
            ),
        ),
        Callout(
            kind="tip",
            title="Bệnh viện có ứng dụng đặt lịch riêng?",
            text=(
                "Một số bệnh viện có ứng dụng đặt lịch khám riêng. Hỏi chính bệnh viện tên ứng "
                "dụng, rồi chỉ cài từ CH Play hoặc App Store."
            ),
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Tìm “Sổ sức khỏe điện tử” trong VNeID của bạn.",
                "Cài VssID từ CH Play hoặc App Store.",
                "Mở thử thẻ BHYT trong VNeID hoặc VssID.",
            ),
        ),
    ],
    related=("the-bhyt-tren-vneid", "dang-nhap-vneid"),
    sources=(
        SRC_SO_SK_TRUNG_VUONG,
        SRC_SO_SK_VIETNAMNET,
        SRC_SO_SK_DANTRI,
        SRC_QD31,
        SRC_VSSID,
        SRC_BHYT_NLD,
        SRC_DAT_LICH,
    ),
    checked=CHECKED,
)


VNEID_CHU_KY_SO = Lesson(
    slug="chu-ky-so-tren-vneid",
    title="Chữ ký số là gì? Đăng ký ở đâu cho an toàn?",
    summary=(
        "Hiểu chữ ký số là gì, biết từ 5/2025 có thể đăng ký trong VNeID, và hỏi đúng người "
        "trước khi đăng ký."
    ),
    duration=5,
    level="CB1",
    skills=("2.6", "4.2"),
    audiences=("elderly", "farmers", "traders", "workers", "officials"),
    tags=("chữ ký số", "vneid", "chứng thư chữ ký số"),
    hero=_CHU_KY_SO,
    hero_alt=("Màn hình so sánh: chữ ký tay ký trên giấy, chữ ký số ký trên giấy tờ điện tử."),
    body=[
        Paragraph(
            "Chữ ký số là chữ ký của bạn trên giấy tờ điện tử, giống chữ ký tay trên giấy. "
            "Bài này giúp bạn hiểu và hỏi đúng nơi. Bài không hướng dẫn từng thao tác bấm, vì "
            "việc đăng ký trong VNeID còn đang thí điểm; hãy nhờ người hướng dẫn trực tiếp."
        ),
        Step(
            title="Hiểu chữ ký số là gì",
            text=(
                "Chữ ký số là bản điện tử của chữ ký tay. Người dân đăng ký một “chứng thư chữ "
                "ký số” để ký giấy tờ trên mạng."
            ),
            screen=_CHU_KY_SO,
            alt="Màn hình so sánh: chữ ký tay ký trên giấy, chữ ký số ký trên giấy tờ điện tử.",
        ),
        Step(
            title="Từ 22/5/2025, đăng ký được trong VNeID",
            text=(
                "Bộ Công an thí điểm cho người dân đăng ký chứng thư chữ ký số ngay trong ứng "
                "dụng VNeID, từ ngày 22/5/2025."
            ),
            screen=Screen(
                app="Thông tin",
                kind="app",
                heading="Chữ ký số trong VNeID",
                lines=("Thí điểm từ ngày 22/5/2025", "Do Bộ Công an triển khai"),
            ),
            alt=(
                "Thẻ thông tin ghi: chữ ký số trong VNeID, thí điểm từ ngày 22/5/2025, do Bộ "
                "Công an triển khai."
            ),
        ),
        Step(
            title="Nhờ người hướng dẫn trực tiếp",
            text=(
                "Muốn đăng ký, hãy đến Công an xã hoặc nhờ Tổ công nghệ số cộng đồng hướng dẫn "
                "trực tiếp, ngay trên điện thoại của bạn."
            ),
            screen=Screen(
                app="Ghi chú",
                kind="app",
                heading="Nhờ ai hướng dẫn?",
                lines=("Công an xã", "Tổ công nghệ số cộng đồng ở thôn"),
            ),
            alt="Trang ghi chú ghi hai nơi nhờ hướng dẫn: Công an xã và Tổ công nghệ số cộng đồng.",
        ),
        Step(
            title="Hỏi rõ giá trước khi đồng ý",
            text=(
                "Tháng 11/2025, VNeID có 8 nhà cung cấp chứng thư. Nhiều nơi cho người dân dùng "
                "miễn phí, thường là năm đầu. Hỏi rõ: miễn phí bao lâu, sau đó mất bao nhiêu tiền?"
            ),
            screen=Screen(
                app="Ghi chú",
                kind="app",
                heading="Hỏi trước khi đăng ký",
                lines=("Nhà cung cấp nào?", "Miễn phí trong bao lâu?", "Sau đó giá bao nhiêu?"),
            ),
            alt=(
                "Trang ghi chú có ba câu hỏi trước khi đăng ký: nhà cung cấp nào, miễn phí trong "
                "bao lâu, sau đó giá bao nhiêu."
            ),
        ),
        Step(
            title="Không đăng ký qua đường link",
            text=(
                "Chỉ đăng ký trong VNeID cài từ CH Play hoặc App Store, hoặc tại quầy của nhà "
                "cung cấp. Tin nhắn gửi link mời đăng ký: không bấm, giữ lại để báo Công an xã."
            ),
            screen=Screen(
                app="Tin nhắn",
                kind="sms",
                heading="0xxx xxx 357",
                lines=("Đăng ký chữ ký số miễn phí tại:", "chukyso-vneid.xyz"),
                danger=True,
            ),
            alt=(
                "Tin nhắn từ số lạ mời đăng ký chữ ký số qua trang chukyso-vneid.xyz; hình có "
                "viền đỏ và dấu X cảnh báo."
            ),
        ),
        Callout(
            kind="danger",
            title="Mã PIN ký số là chữ ký của bạn",
            text=(
                "Khi ký, bạn nhập mã PIN ký số hoặc mã OTP (mã số gửi qua tin nhắn). Ai có mã "
                "này là ký được thay bạn. Không đưa mã cho ai, kể cả người xưng là cán bộ."
            ),
        ),
        Callout(
            kind="tip",
            title="Chữ ký số dựa trên văn bản nào?",
            text="Nghị định 23/2025/NĐ-CP và Luật Giao dịch điện tử năm 2023.",
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Hỏi Công an xã khi nào xã hướng dẫn đăng ký chữ ký số.",
                "Ghi ra giấy ba câu hỏi về nhà cung cấp và giá trước khi đăng ký.",
            ),
        ),
    ],
    related=("cai-dat-ung-dung-vneid", "lua-dao-gia-danh-cong-an-vneid"),
    sources=(SRC_KY_SO_THANH_NIEN, SRC_KY_SO_CAFEF, SRC_KY_SO_PHAP_LY),
    checked=CHECKED,
)


# ---------------------------------------------------------------------------------------------
# The topic
# ---------------------------------------------------------------------------------------------
TOPIC = Topic(
    slug="vneid-giay-to-suc-khoe-chu-ky-so",
    title="VNeID: giấy tờ, sức khỏe và chữ ký số",
    intro=(
        "Tài khoản VNeID mức 2 không chỉ để đăng nhập. Bạn mang được thẻ bảo hiểm y tế trong "
        "điện thoại, dùng sổ sức khỏe điện tử khi đi khám, và tìm hiểu chữ ký số. Các bài dưới "
        "đây hướng dẫn từng việc, an toàn, không cần nhờ người lạ."
    ),
    hero=_VNEID_CHON_BHYT,
    hero_alt="Mục “Ví giấy tờ” của VNeID, dòng “Thẻ bảo hiểm y tế” được tô sáng.",
    lessons=[VNEID_THE_BHYT, VNEID_SO_SUC_KHOE, VNEID_CHU_KY_SO],
)


# ---------------------------------------------------------------------------------------------
# The quiz (skills 2.6, 2.3, 4.2)
# ---------------------------------------------------------------------------------------------
QUIZ = Quiz(
    topic="vneid-giay-to-suc-khoe-chu-ky-so",
    title="Kiểm tra: VNeID, giấy tờ, sức khỏe và chữ ký số",
    intro=QUIZ_INTRO,
    pass_mark=QUIZ_PASS_MARK,
    questions=[
        Question(
            kind="single",
            text="Muốn thêm thẻ bảo hiểm y tế vào VNeID, tài khoản của bạn cần ở mức nào?",
            skill="2.6",
            choices=(
                Choice(
                    text="Mức 2",
                    correct=True,
                    feedback="Đúng: cần tài khoản mức 2, đăng ký tại Công an xã hoặc khi làm "
                    "thẻ căn cước, rồi tự kích hoạt.",
                ),
                Choice(
                    text="Mức 1 là đủ",
                    feedback="Chưa đúng: thêm thẻ BHYT vào “Ví giấy tờ” cần tài khoản mức 2.",
                ),
                Choice(
                    text="Không cần tài khoản, chỉ cần cài ứng dụng",
                    feedback="Chưa đúng: phải đăng nhập VNeID bằng tài khoản mức 2 của chính bạn.",
                ),
            ),
        ),
        Question(
            kind="true_false",
            text="Từ ngày 1/6/2025, khi đi khám bạn có thể dùng thẻ BHYT trong VssID hoặc "
            "VNeID, hoặc đưa thẻ căn cước gắn chip.",
            skill="2.3",
            answer=True,
            feedback_true="Đúng: thẻ BHYT giấy nói chung không còn được cấp; ba cách này đều "
            "dùng được khi đi khám.",
            feedback_false="Chưa đúng: từ 1/6/2025, bạn dùng thẻ BHYT trong VssID hoặc VNeID, "
            "hoặc đưa thẻ căn cước gắn chip.",
        ),
        Question(
            kind="picture",
            text="Bạn muốn thêm thẻ BHYT vào VNeID. Màn hình nào là nơi đúng để bắt đầu?",
            skill="2.6",
            picture_choices=(
                PictureChoice(
                    screen=Screen(
                        app="VNeID",
                        kind="app",
                        heading="Trang chủ",
                        lines=("Đã đăng nhập tài khoản mức 2",),
                        button="Ví giấy tờ",
                    ),
                    alt="Màn hình chính của ứng dụng VNeID đã đăng nhập, có nút “Ví giấy tờ”.",
                    correct=True,
                    feedback="Đúng: trong VNeID của chính bạn, bấm “Ví giấy tờ” rồi chọn "
                    "“Thẻ bảo hiểm y tế”.",
                ),
                PictureChoice(
                    screen=Screen(
                        app="Tin nhắn",
                        kind="sms",
                        heading="0xxx xxx 135",
                        lines=("Tích hợp thẻ BHYT vào VNeID tại:", "bhyt-vneid.xyz"),
                    ),
                    alt="Tin nhắn từ số 0xxx xxx 135 mời tích hợp thẻ BHYT vào VNeID tại trang "
                    "bhyt-vneid.xyz.",
                    feedback="Chưa đúng: không làm qua đường link trong tin nhắn; chỉ làm trong "
                    "ứng dụng VNeID của bạn.",
                ),
                PictureChoice(
                    screen=Screen(
                        app="Trình duyệt",
                        kind="browser",
                        heading="vneid-moi.xyz",
                        lines=("VNeID bản mới có thẻ BHYT", "vneid-moi.apk"),
                        button="Tải về",
                    ),
                    alt="Trang web vneid-moi.xyz mời tải tệp vneid-moi.apk, nói là VNeID bản mới "
                    "có thẻ BHYT.",
                    feedback="Chưa đúng: VNeID chỉ cài từ CH Play hoặc App Store; tệp tải từ "
                    "trang lạ có thể là phần mềm độc hại.",
                ),
            ),
        ),
        Question(
            kind="multiple",
            text="Điều nào đúng về mật khẩu và mã bảo vệ 6 số (passcode) VNeID của bạn? "
            "(chọn tất cả câu đúng)",
            skill="4.2",
            choices=(
                Choice(
                    text="Chỉ mình bạn biết",
                    correct=True,
                    feedback="Đúng: không ai cần mật khẩu hay passcode VNeID của bạn.",
                ),
                Choice(
                    text="Tổ công nghệ số cộng đồng giúp bạn trực tiếp mà không cần biết chúng",
                    correct=True,
                    feedback="Đúng: người hướng dẫn ngồi cạnh, bạn tự gõ mật khẩu và passcode.",
                ),
                Choice(
                    text="Đọc cho người gọi điện xưng cán bộ để họ thêm thẻ BHYT giúp",
                    feedback="Chưa đúng: người gọi điện đòi làm giúp thì cúp máy; không đọc "
                    "mật khẩu hay passcode cho ai.",
                ),
                Choice(
                    text="Chụp ảnh passcode gửi qua Zalo cho người lạ giữ hộ",
                    feedback="Chưa đúng: ai có passcode là dùng được tài khoản của bạn.",
                ),
            ),
        ),
        Question(
            kind="single",
            text="Sổ sức khỏe điện tử trong VNeID có giá trị thế nào?",
            skill="2.3",
            choices=(
                Choice(
                    text="Như sổ sức khỏe giấy, ở cơ sở khám chữa bệnh công và tư",
                    correct=True,
                    feedback="Đúng: theo Quyết định 2733/QĐ-BYT, sổ có giá trị như sổ giấy.",
                ),
                Choice(
                    text="Chỉ dùng được ở bệnh viện tư",
                    feedback="Chưa đúng: sổ dùng được ở cả cơ sở khám chữa bệnh công và tư.",
                ),
                Choice(
                    text="Không có giá trị, vẫn phải mang sổ giấy",
                    feedback="Chưa đúng: khi thông tin đã hiện đủ trong VNeID, nơi khám không "
                    "được đòi bản giấy.",
                ),
            ),
        ),
        Question(
            kind="scenario",
            text="Bạn nhận tin nhắn như trong hình. Bạn làm gì?",
            skill="4.2",
            scenario=Screen(
                app="Tin nhắn",
                kind="sms",
                heading="0xxx xxx 357",
                lines=("Đăng ký chữ ký số miễn phí tại:", "chukyso-vneid.xyz"),
            ),
            scenario_alt="Tin nhắn từ số 0xxx xxx 357 mời đăng ký chữ ký số miễn phí tại trang "
            "chukyso-vneid.xyz.",
            choices=(
                Choice(
                    text="Không bấm link, giữ tin nhắn và hỏi Công an xã",
                    correct=True,
                    feedback="Đúng: chỉ đăng ký trong VNeID cài từ CH Play, App Store, hoặc tại "
                    "quầy của nhà cung cấp.",
                ),
                Choice(
                    text="Bấm link đăng ký ngay, vì đang miễn phí",
                    feedback="Chưa đúng: không đăng ký chữ ký số qua đường link.",
                ),
                Choice(
                    text="Chuyển tiếp cho người nhà cùng đăng ký",
                    feedback="Chưa đúng: chuyển tiếp là đưa người nhà vào cùng một đường link lạ.",
                ),
                Choice(
                    text="Xóa tin nhắn ngay rồi quên đi",
                    feedback="Chưa đúng: giữ tin nhắn lại cho đến khi đã báo Công an xã.",
                ),
            ),
        ),
        Question(
            kind="true_false",
            text="Có thể đọc mã PIN ký số cho cán bộ hướng dẫn để họ ký giúp.",
            skill="4.2",
            answer=False,
            feedback_true="Chưa đúng: mã PIN ký số là chữ ký của bạn; ai có mã là ký được thay "
            "bạn.",
            feedback_false="Đúng: không đưa mã PIN ký số hay mã OTP cho ai, kể cả người xưng là "
            "cán bộ.",
        ),
        Question(
            kind="single",
            text="Trước khi đồng ý đăng ký chữ ký số, bạn nên hỏi gì?",
            skill="2.6",
            choices=(
                Choice(
                    text="Nhà cung cấp nào, miễn phí trong bao lâu, sau đó giá bao nhiêu",
                    correct=True,
                    feedback="Đúng: nhiều nơi miễn phí cho người dân, thường là năm đầu; hỏi rõ "
                    "giá về sau.",
                ),
                Choice(
                    text="Không cần hỏi gì, cứ đăng ký",
                    feedback="Chưa đúng: hãy hỏi rõ nhà cung cấp và giá trước khi đồng ý.",
                ),
                Choice(
                    text="Chỉ hỏi người gửi tin nhắn mời đăng ký",
                    feedback="Chưa đúng: hỏi Công an xã hoặc Tổ công nghệ số cộng đồng, không "
                    "hỏi người lạ nhắn tin.",
                ),
            ),
        ),
    ],
)
