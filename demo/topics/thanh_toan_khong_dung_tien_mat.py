"""Topic 4, “Thanh toán không dùng tiền mặt”: three lessons and the quiz.

Paying by VietQR code, getting paid by QR code when selling, and buying online
safely.
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
from demo.topics.shared import CHECKED, NGUON_BIEN_LAI_GIA, NGUON_SINH_TRAC_GIA

# ---------------------------------------------------------------------------------------------
# Sources: the public pages the lessons' facts rest on (shown under “Nguồn”)
# ---------------------------------------------------------------------------------------------
_NGUON_VIETQR = Source(
    title="Ngân hàng và NAPAS cam kết thúc đẩy thanh toán nội địa và xuyên biên giới",
    publisher="Vietnam+ (TTXVN)",
    url="https://www.vietnamplus.vn/ngan-hang-va-napas-cam-ket-thuc-day-thanh-toan-noi-dia-va-xuyen-bien-gioi-post1078021.vnp",
    date="2025-11-19",
)

_NGUON_TT17 = Source(
    title="Từ 1/1/2025 bắt buộc chuyển khoản phải dùng sinh trắc học",
    publisher="Doanh nghiệp và Hội nhập",
    url="https://doanhnghiephoinhap.vn/tu-112025-bat-buoc-chuyen-khoan-phai-dung-sinh-trac-hoc-81119.html",
    date="2024-08-31",
)

_NGUON_QD2345 = Source(
    title="Cảnh báo thủ đoạn lừa đảo mới: “Giả mạo hỗ trợ” đăng ký xác thực sinh trắc học",
    publisher="Báo Ngày Nay",
    url="https://ngaynay.vn/canh-bao-thu-doan-lua-dao-moi-gia-mao-ho-tro-dang-ky-xac-thuc-sinh-trac-hoc-post148566.html",
)

_NGUON_SHIPPER = Source(
    title="Bộ Công an nêu cách hạn chế nguy cơ bị shipper mạo danh lừa đảo",
    publisher="Báo Dân trí",
    url="https://dantri.com.vn/phap-luat/bo-cong-an-neu-cach-han-che-nguy-co-bi-shipper-mao-danh-lua-dao-20250320170942955.htm",
    date="2025-03-20",
)


# ---------------------------------------------------------------------------------------------
# Pictures used more than once (a lesson's key step is also its card picture)
# ---------------------------------------------------------------------------------------------
_QR_QUET = Screen(
    app="Ngân hàng",
    kind="qr",
    heading="Quét mã QR",
    lines=("Người nhận: TAP HOA BA NAM", "Số tiền: 150.000 đồng"),
)

_QR_KIEM_TRA = Screen(
    app="Ngân hàng",
    kind="app",
    heading="Xác nhận chuyển tiền",
    lines=("Người nhận: TAP HOA BA NAM", "Số tiền: 150.000 đồng", "Kiểm tra kỹ rồi mới bấm"),
    button="Tiếp tục",
)

_ANH_CHUP_GIA = Screen(
    app="Ngân hàng",
    kind="app",
    heading="Ảnh chụp của khách",
    lines=("Chuyển tiền thành công", "150.000 đồng", "Có thể là ảnh giả!"),
    danger=True,
)

_MUA_SAM_THANH_TOAN = Screen(
    app="Mua sắm",
    kind="app",
    heading="Chọn cách thanh toán",
    lines=("Thanh toán khi nhận hàng", "Ví điện tử", "Chuyển khoản"),
    button="Thanh toán khi nhận hàng",
)


# ---------------------------------------------------------------------------------------------
# Lessons
# ---------------------------------------------------------------------------------------------
THANH_TOAN_VIETQR = Lesson(
    slug="tra-tien-bang-ma-vietqr",
    title="Trả tiền bằng mã VietQR",
    summary="Quét mã VietQR bằng ứng dụng ngân hàng hoặc ví điện tử, kiểm tra kỹ rồi mới xác nhận.",
    duration=6,
    level="CB1",
    skills=("2.3", "4.2"),
    audiences=("elderly", "farmers", "traders", "workers", "students"),
    tags=("mã qr", "vietqr", "chuyển khoản", "ví điện tử"),
    hero=_QR_KIEM_TRA,
    hero_alt="Màn hình xác nhận chuyển tiền với tên người nhận và số tiền, "
    "nút “Tiếp tục” được tô sáng.",
    body=[
        Paragraph(
            "VietQR là chuẩn mã QR chung của các ngân hàng Việt Nam. "
            "Quét mã là chuyển được tiền, tiền đến trong vài giây, kể cả ban đêm và ngày nghỉ."
        ),
        Step(
            title="Mở ứng dụng ngân hàng hoặc ví điện tử",
            text="Mở ứng dụng ngân hàng của bạn, hoặc ví điện tử như Viettel Money, VNPT Money, "
            "rồi đăng nhập.",
            screen=Screen(
                app="Điện thoại",
                kind="home",
                heading="Màn hình chính",
                lines=("Ngân hàng", "Viettel Money", "VNPT Money", "Zalo"),
                button="Ngân hàng",
            ),
            alt="Màn hình chính có biểu tượng ngân hàng và ví điện tử, "
            "biểu tượng “Ngân hàng” được tô sáng.",
        ),
        Step(
            title="Chọn quét mã QR",
            text="Trên màn hình của ứng dụng, bấm nút quét mã QR.",
            screen=Screen(
                app="Ngân hàng",
                kind="app",
                heading="Trang chủ",
                lines=("Chuyển tiền", "Quét QR", "Lịch sử giao dịch"),
                button="Quét QR",
            ),
            alt="Trang chủ ứng dụng ngân hàng, nút “Quét QR” được tô sáng.",
        ),
        Step(
            title="Đưa camera vào mã QR",
            text="Hướng điện thoại vào mã QR sao cho mã nằm gọn trong khung vuông. "
            "Máy sẽ tự đọc mã.",
            screen=_QR_QUET,
            alt="Khung quét đang đọc một mã QR, bên dưới hiện tên người nhận và số tiền.",
        ),
        Step(
            title="Kiểm tra tên người nhận và số tiền",
            text="Đọc kỹ tên người nhận có đúng người bán không. "
            "Nếu chưa có số tiền, tự nhập đúng số tiền cần trả.",
            screen=_QR_KIEM_TRA,
            alt="Màn hình xác nhận chuyển tiền với tên người nhận và số tiền, "
            "nút “Tiếp tục” được tô sáng.",
        ),
        Step(
            title="Xác nhận giao dịch",
            text="Xác nhận bằng mã PIN, vân tay, khuôn mặt hoặc mã OTP (mã số gửi qua tin nhắn) "
            "theo yêu cầu của ứng dụng.",
            screen=Screen(
                app="Ngân hàng",
                kind="form",
                heading="Xác thực giao dịch",
                lines=("Mã PIN hoặc mã OTP",),
                button="Xác nhận",
            ),
            alt="Màn hình xác thực giao dịch có ô nhập mã, nút “Xác nhận” được tô sáng.",
            tip="Mã OTP chỉ để bạn tự nhập, không đọc cho ai nghe.",
        ),
        Step(
            title="Lưu biên lai",
            text="Màn hình báo giao dịch thành công. "
            "Lưu biên lai trong máy và chờ người bán báo đã nhận được tiền.",
            screen=Screen(
                app="Ngân hàng",
                kind="app",
                heading="Giao dịch thành công",
                lines=("150.000 đồng", "Đến: TAP HOA BA NAM"),
                button="Lưu biên lai",
            ),
            alt="Thông báo giao dịch thành công 150.000 đồng, nút “Lưu biên lai” được tô sáng.",
        ),
        Callout(
            kind="danger",
            title="Tên người nhận lạ thì dừng lại",
            text="Nếu tên người nhận không đúng người bán, đừng chuyển. "
            "Lỡ chuyển nhầm, gọi ngay tổng đài ngân hàng theo số in trên thẻ "
            "hoặc ghi trong ứng dụng.",
        ),
        Callout(
            kind="warning",
            title="Xác thực khuôn mặt với ngân hàng",
            text="Từ ngày 1/1/2025 (Thông tư 17/2024/TT-NHNN và 18/2024/TT-NHNN của Ngân hàng "
            "Nhà nước), tài khoản mà khuôn mặt chủ tài khoản chưa được xác thực khớp với thẻ căn "
            "cước gắn chip thì không thanh toán trực tuyến được. Dùng ứng dụng ngân hàng trên "
            "điện thoại mới cũng phải xác thực khuôn mặt. Từ ngày 1/7/2024, chuyển trên 10 triệu "
            "đồng một lần, hoặc tổng trên 20 triệu đồng trong một ngày, cũng phải xác thực khuôn "
            "mặt. Làm việc này trong ứng dụng ngân hàng của bạn hoặc tại quầy giao dịch. Ngân "
            "hàng không bao giờ gọi điện hay gửi đường link để “cập nhật sinh trắc học”: đó là "
            "lừa đảo.",
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Tìm nút quét mã QR trong ứng dụng ngân hàng hoặc ví của bạn.",
                "Quét thử mã QR của người nhà, đọc tên người nhận rồi thoát ra, không chuyển.",
            ),
        ),
    ],
    related=("mua-hang-truc-tuyen-an-toan", "ban-hang-nhan-tien-qua-ma-qr"),
    sources=(
        _NGUON_VIETQR,
        _NGUON_TT17,
        _NGUON_QD2345,
        NGUON_SINH_TRAC_GIA,
    ),
    checked=CHECKED,
)


THANH_TOAN_BAN_HANG = Lesson(
    slug="ban-hang-nhan-tien-qua-ma-qr",
    title="Bán hàng nhận tiền qua mã QR",
    summary="Người bán dùng mã QR để nhận tiền và chỉ tin vào thông báo của chính ngân hàng mình.",
    duration=5,
    level="CB1",
    skills=("2.3", "4.2"),
    audiences=("traders", "farmers"),
    tags=("mã qr", "bán hàng", "nhận tiền"),
    hero=_ANH_CHUP_GIA,
    hero_alt="Ảnh chụp màn hình “Chuyển tiền thành công” của khách, có dấu X đỏ "
    "cảnh báo có thể là ảnh giả.",
    body=[
        Paragraph(
            "Dán mã QR ở quầy giúp khách trả tiền nhanh, không cần tiền lẻ. "
            "Nhưng kẻ gian hay đưa ảnh chuyển tiền giả, nên người bán phải biết kiểm tra."
        ),
        Step(
            title="Lấy mã QR nhận tiền của bạn",
            text="Trong ứng dụng ngân hàng, mở phần mã QR nhận tiền của tài khoản. "
            "Lưu ảnh mã về máy.",
            screen=Screen(
                app="Ngân hàng",
                kind="qr",
                heading="Mã QR nhận tiền",
                lines=("Chủ tài khoản:", "NGUYEN THI BA"),
                button="Lưu ảnh",
            ),
            alt="Mã QR nhận tiền của tài khoản tên NGUYEN THI BA, nút “Lưu ảnh” được tô sáng.",
            tip="Nếu khó, nhờ nhân viên ngân hàng hoặc Tổ công nghệ số cộng đồng giúp.",
        ),
        Step(
            title="In mã và dán ở quầy",
            text="In mã QR ra giấy, dán ở chỗ khách dễ thấy. "
            "Ghi tên chủ tài khoản bên dưới để khách so với tên hiện trên máy.",
            screen=Screen(
                app="Quầy hàng",
                kind="qr",
                heading="Quét mã để trả tiền",
                lines=("NGUYEN THI BA",),
            ),
            alt="Tờ giấy in mã QR để khách quét trả tiền, bên dưới ghi tên chủ tài khoản.",
        ),
        Step(
            title="Bật thông báo của ngân hàng",
            text="Cho phép ứng dụng ngân hàng gửi thông báo, hoặc đăng ký tin nhắn báo số dư, "
            "để biết ngay khi tiền về.",
            screen=Screen(
                app="Cài đặt",
                kind="settings",
                heading="Thông báo",
                lines=("Ngân hàng: Bật", "Zalo: Bật", "Trò chơi: Tắt"),
                button="Ngân hàng: Bật",
            ),
            alt="Danh sách thông báo trong Cài đặt, dòng “Ngân hàng: Bật” được tô sáng.",
        ),
        Step(
            title="Xem thông báo tiền về của ngân hàng",
            text="Khi khách báo đã chuyển, xem ứng dụng ngân hàng của bạn có khoản tiền mới, "
            "đúng số tiền hay chưa.",
            screen=Screen(
                app="Ngân hàng",
                kind="app",
                heading="Tiền vào tài khoản",
                lines=("+150.000 đồng", "Từ: TRAN VAN NAM", "Lúc: 09:15"),
            ),
            alt="Thông báo của ngân hàng: tài khoản vừa nhận thêm 150.000 đồng lúc 9 giờ 15.",
        ),
        Step(
            title="Không tin ảnh chụp màn hình của khách",
            text="Ảnh chụp hay màn hình “chuyển thành công” trên máy khách có thể là giả. "
            "Chỉ giao hàng khi ngân hàng của bạn báo đã nhận tiền.",
            screen=_ANH_CHUP_GIA,
            alt="Ảnh chụp màn hình chuyển tiền thành công do khách đưa, có dấu X đỏ "
            "cảnh báo có thể là ảnh giả.",
        ),
        Callout(
            kind="danger",
            title="Nhận tiền không bao giờ cần quét mã hay đưa mã OTP",
            text="Ai bảo bạn quét mã QR hoặc đọc mã OTP (mã số gửi qua tin nhắn) “để nhận tiền” "
            "là kẻ lừa đảo. "
            "Người nhận tiền không phải làm gì cả.",
        ),
        Callout(
            kind="tip",
            title="Thỉnh thoảng kiểm tra mã dán ở quầy",
            text="Dùng điện thoại quét thử mã QR ở quầy, xem tên hiện ra có đúng tên bạn "
            "không, phòng khi bị dán đè mã khác.",
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Tìm mã QR nhận tiền của bạn trong ứng dụng ngân hàng.",
                "Nhờ người nhà chuyển thử 1.000 đồng và xem thông báo tiền về.",
            ),
        ),
    ],
    related=("tra-tien-bang-ma-vietqr",),
    sources=(
        _NGUON_VIETQR,
        NGUON_BIEN_LAI_GIA,
    ),
    checked=CHECKED,
)


THANH_TOAN_MUA_HANG = Lesson(
    slug="mua-hang-truc-tuyen-an-toan",
    title="Mua hàng trực tuyến an toàn",
    summary="Chọn nơi bán đáng tin, kiểm tra người nhận tiền và tránh đường link giả "
    "khi mua hàng trên mạng.",
    duration=6,
    level="CB1",
    skills=("4.2",),
    audiences=("elderly", "farmers", "traders", "workers", "students"),
    tags=("mua hàng trực tuyến", "chuyển khoản", "lừa đảo"),
    hero=_MUA_SAM_THANH_TOAN,
    hero_alt="Màn hình chọn cách thanh toán, dòng “Thanh toán khi nhận hàng” được tô sáng.",
    body=[
        Paragraph(
            "Mua hàng trên mạng rất tiện, nhưng cũng có trang bán hàng giả và kẻ lừa đảo. "
            "Vài bước kiểm tra dưới đây giúp bạn giữ được tiền."
        ),
        Step(
            title="Mua ở nơi đáng tin",
            text="Mua trong ứng dụng mua sắm đã cài từ CH Play hoặc App Store, "
            "hoặc ở cửa hàng bạn đã biết rõ.",
            screen=Screen(
                app="Điện thoại",
                kind="home",
                heading="Màn hình chính",
                lines=("Mua sắm", "Ngân hàng", "Zalo", "CH Play"),
                button="Mua sắm",
            ),
            alt="Màn hình chính của điện thoại, biểu tượng ứng dụng “Mua sắm” được tô sáng.",
        ),
        Step(
            title="Xem kỹ giá, phí giao hàng và nhận xét",
            text="Đọc nhận xét của người đã mua. "
            "Hàng rẻ bất thường so với ngoài chợ thường là hàng giả hoặc lừa đảo.",
            screen=Screen(
                app="Mua sắm",
                kind="app",
                heading="Nồi cơm điện",
                lines=("Giá: 650.000 đồng", "Phí giao hàng: 20.000 đồng", "Nhận xét: 4,8 sao"),
            ),
            alt="Trang một món hàng ghi giá, phí giao hàng và điểm nhận xét.",
        ),
        Step(
            title="Chọn cách trả tiền an toàn",
            text="Nên chọn trả tiền khi nhận hàng, hoặc trả ngay trong ứng dụng mua sắm. "
            "Hạn chế chuyển khoản trước cho người bán lạ.",
            screen=_MUA_SAM_THANH_TOAN,
            alt="Màn hình chọn cách thanh toán, dòng “Thanh toán khi nhận hàng” được tô sáng.",
        ),
        Step(
            title="Kiểm tra tên người nhận trước khi chuyển",
            text="Nếu phải chuyển khoản, xem tên người nhận hiện trong ứng dụng ngân hàng "
            "có đúng tên cửa hàng không, rồi mới xác nhận.",
            screen=Screen(
                app="Ngân hàng",
                kind="app",
                heading="Xác nhận chuyển tiền",
                lines=("Người nhận: CUA HANG AN PHU", "Số tiền: 670.000 đồng"),
                button="Tiếp tục",
            ),
            alt="Màn hình xác nhận chuyển tiền cho cửa hàng, có tên người nhận và số tiền.",
        ),
        Step(
            title="Bỏ qua tin nhắn “hoàn tiền” có đường link",
            text="Ai gọi hoặc nhắn báo hoàn tiền, trúng thưởng kèm đường link thì đừng bấm. "
            "Hỏi lại người bán ngay trong ứng dụng mua sắm.",
            screen=Screen(
                app="Tin nhắn",
                kind="sms",
                heading="Số lạ",
                lines=("Don hang cua ban bi loi.", "Nhan hoan tien tai:", "hoan-tien-nhanh.xyz"),
                danger=True,
            ),
            alt="Tin nhắn lừa đảo từ số lạ mời bấm đường link để nhận hoàn tiền, có dấu X đỏ.",
        ),
        Callout(
            kind="danger",
            title="Không bao giờ đưa mã OTP cho ai",
            text="Người bán hay người giao hàng không bao giờ cần mã OTP (mã số gửi qua tin "
            "nhắn) của bạn. "
            "Ai hỏi mã OTP là kẻ lừa đảo.",
        ),
        Callout(
            kind="tip",
            title="Khi nhận hàng",
            text="Xem đúng tên người nhận và món hàng đã đặt. "
            "Quay video lúc mở hộp để dễ khiếu nại nếu hàng sai.",
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Đọc nhận xét của một món hàng trước khi mua.",
                "Tìm chỗ chọn “Thanh toán khi nhận hàng” trong ứng dụng mua sắm.",
            ),
        ),
    ],
    related=("tra-tien-bang-ma-vietqr",),
    sources=(_NGUON_SHIPPER,),
    checked=CHECKED,
)


# ---------------------------------------------------------------------------------------------
# The topic
# ---------------------------------------------------------------------------------------------
TOPIC = Topic(
    slug="thanh-toan-khong-dung-tien-mat",
    title="Thanh toán không dùng tiền mặt",
    intro="Quét mã QR để trả tiền giúp bạn không phải mang nhiều tiền mặt, tiền đến nơi "
    "chỉ trong vài giây. Các bài dưới đây hướng dẫn trả tiền bằng ứng dụng ngân hàng "
    "hoặc ví điện tử, nhận tiền khi bán hàng và mua hàng trên mạng an toàn.",
    hero=_QR_QUET,
    hero_alt="Khung quét đang đọc một mã QR, bên dưới hiện tên người nhận và số tiền.",
    lessons=[THANH_TOAN_VIETQR, THANH_TOAN_BAN_HANG, THANH_TOAN_MUA_HANG],
)


# ---------------------------------------------------------------------------------------------
# The quiz (skills 2.3, 4.2)
# ---------------------------------------------------------------------------------------------
QUIZ = Quiz(
    topic="thanh-toan-khong-dung-tien-mat",
    title="Kiểm tra: Thanh toán không dùng tiền mặt",
    intro="Bài kiểm tra có 8 câu hỏi, không giới hạn thời gian. "
    "Cần đúng ít nhất 6 trên 8 câu để đạt; bạn có thể làm lại bao nhiêu lần cũng được.",
    pass_mark=70,
    shuffle=True,
    questions=[
        Question(
            kind="single",
            text="VietQR là gì?",
            skill="2.3",
            choices=(
                Choice(
                    text="Chuẩn mã QR chung của các ngân hàng Việt Nam",
                    correct=True,
                    feedback="Đúng: quét mã VietQR là chuyển được tiền, tiền đến trong vài giây.",
                ),
                Choice(
                    text="Một ứng dụng nhắn tin",
                    feedback="Chưa đúng: VietQR là chuẩn mã QR chung của các ngân hàng, "
                    "không phải ứng dụng nhắn tin.",
                ),
                Choice(
                    text="Mã chỉ dùng được trong giờ hành chính",
                    feedback="Chưa đúng: chuyển qua VietQR tiền đến trong vài giây, "
                    "kể cả ban đêm và ngày nghỉ.",
                ),
            ),
        ),
        Question(
            kind="scenario",
            text="Bạn mua rau của bà Nguyễn Thị Ba và quét mã QR ở quầy. "
            "Ứng dụng ngân hàng hiện như trong hình. Bạn làm gì?",
            skill="4.2",
            scenario=Screen(
                app="Ngân hàng",
                kind="app",
                heading="Xác nhận chuyển tiền",
                lines=("Người nhận: TRAN VAN LONG", "Số tiền: 30.000 đồng"),
            ),
            scenario_alt="Màn hình xác nhận chuyển tiền: người nhận TRAN VAN LONG, "
            "số tiền 30.000 đồng.",
            choices=(
                Choice(
                    text="Dừng lại, chưa chuyển, hỏi lại bà Ba vì tên người nhận không đúng",
                    correct=True,
                    feedback="Đúng: tên người nhận không đúng người bán thì đừng chuyển; "
                    "mã ở quầy có thể đã bị dán đè.",
                ),
                Choice(
                    text="Cứ xác nhận, vì số tiền đã đúng",
                    feedback="Chưa đúng: phải kiểm tra cả tên người nhận, không chỉ số tiền.",
                ),
                Choice(
                    text="Đọc mã OTP cho bà Ba để bà kiểm tra giúp",
                    feedback="Chưa đúng: mã OTP chỉ để bạn tự nhập, không đọc cho ai nghe.",
                ),
            ),
        ),
        Question(
            kind="picture",
            text="Bạn bán hàng, khách báo đã chuyển 150.000 đồng. "
            "Bạn nên tin ảnh nào để biết chắc tiền đã về?",
            skill="4.2",
            picture_choices=(
                PictureChoice(
                    screen=Screen(
                        app="Ngân hàng",
                        kind="app",
                        heading="Tiền vào tài khoản",
                        lines=("+150.000 đồng", "Từ: TRAN VAN NAM", "Lúc: 09:15"),
                    ),
                    alt="Ứng dụng ngân hàng trên máy bạn báo tiền vào tài khoản: "
                    "+150.000 đồng từ TRAN VAN NAM lúc 9 giờ 15.",
                    correct=True,
                    feedback="Đúng: chỉ tin thông báo tiền về trong ứng dụng ngân hàng "
                    "của chính bạn.",
                ),
                PictureChoice(
                    screen=Screen(
                        app="Zalo",
                        kind="chat",
                        heading="Khách mua hàng",
                        lines=(
                            "Khách: Em chuyển rồi nhé",
                            "Khách: [Ảnh: Thành công]",
                            "Khách: Chị giao hàng đi ạ",
                        ),
                    ),
                    alt="Tin nhắn Zalo của khách gửi ảnh chụp “chuyển khoản thành công” "
                    "và giục giao hàng.",
                    feedback="Chưa đúng: ảnh khách gửi qua Zalo có thể là ảnh làm giả; "
                    "hãy xem ứng dụng ngân hàng của bạn.",
                ),
                PictureChoice(
                    screen=Screen(
                        app="Ngân hàng",
                        kind="app",
                        heading="Điện thoại của khách",
                        lines=("Chuyển tiền thành công", "150.000 đồng", "Đến: NGUYEN THI BA"),
                    ),
                    alt="Màn hình “Chuyển tiền thành công” 150.000 đồng trên điện thoại "
                    "của khách đưa cho bạn xem.",
                    feedback="Chưa đúng: màn hình trên máy khách có thể là giả; chỉ giao hàng "
                    "khi ngân hàng của bạn báo đã nhận tiền.",
                ),
            ),
        ),
        Question(
            kind="true_false",
            text="Muốn nhận tiền, bạn phải quét mã QR hoặc đọc mã OTP cho người chuyển.",
            skill="4.2",
            answer=False,
            feedback_true="Chưa đúng: nhận tiền không bao giờ cần quét mã hay đưa mã OTP; "
            "ai bảo vậy là kẻ lừa đảo.",
            feedback_false="Đúng: người nhận tiền không phải làm gì cả; ai bảo quét mã "
            "hay đọc mã OTP “để nhận tiền” là kẻ lừa đảo.",
        ),
        Question(
            kind="true_false",
            text="Từ ngày 1/7/2024, chuyển trên 10 triệu đồng một lần phải xác thực khuôn mặt "
            "khớp với thẻ căn cước gắn chip.",
            skill="4.2",
            answer=True,
            feedback_true="Đúng: chuyển tổng trên 20 triệu đồng trong một ngày cũng vậy. Làm "
            "trong ứng dụng ngân hàng của bạn hoặc tại quầy; ngân hàng không bao giờ gọi điện "
            "hay gửi đường link để “cập nhật sinh trắc học”.",
            feedback_false="Chưa đúng: từ 1/7/2024, chuyển trên 10 triệu đồng một lần, "
            "hoặc tổng trên 20 triệu đồng một ngày, phải xác thực khuôn mặt.",
        ),
        Question(
            kind="single",
            text="Quét mã QR xong, bạn phải kiểm tra điều gì trước khi xác nhận?",
            skill="2.3",
            choices=(
                Choice(
                    text="Tên người nhận và số tiền",
                    correct=True,
                    feedback="Đúng: đọc kỹ tên người nhận có đúng người bán không, "
                    "số tiền có đúng không.",
                ),
                Choice(
                    text="Màu của mã QR",
                    feedback="Chưa đúng: màu mã không quan trọng; "
                    "hãy xem tên người nhận và số tiền.",
                ),
                Choice(
                    text="Số tiền còn trong tài khoản của người bán",
                    feedback="Chưa đúng: bạn không xem được tài khoản của người bán; "
                    "hãy xem tên người nhận và số tiền.",
                ),
            ),
        ),
        Question(
            kind="multiple",
            text="Khi mua hàng trên mạng, những việc nào giúp bạn an toàn? (chọn tất cả câu đúng)",
            skill="4.2",
            choices=(
                Choice(
                    text="Chọn trả tiền khi nhận hàng, hoặc trả ngay trong ứng dụng mua sắm",
                    correct=True,
                    feedback="Đúng: cách này an toàn hơn chuyển khoản trước cho người bán lạ.",
                ),
                Choice(
                    text="Đọc nhận xét của người đã mua trước khi đặt",
                    correct=True,
                    feedback="Đúng: nhận xét của người đã mua giúp bạn biết hàng và "
                    "người bán có đáng tin không.",
                ),
                Choice(
                    text="Mua ngay món hàng rẻ bất thường so với ngoài chợ",
                    feedback="Chưa đúng: hàng rẻ bất thường thường là hàng giả hoặc lừa đảo.",
                ),
                Choice(
                    text="Bấm vào đường link “hoàn tiền” gửi qua tin nhắn",
                    feedback="Chưa đúng: tin nhắn hoàn tiền kèm đường link thì đừng bấm; "
                    "hỏi lại người bán ngay trong ứng dụng mua sắm.",
                ),
            ),
        ),
        Question(
            kind="scenario",
            text="Có người gọi như trong hình khi bạn đang chờ nhận hàng. Bạn làm gì?",
            skill="4.2",
            scenario=Screen(
                app="Điện thoại",
                kind="call",
                heading="Người giao hàng",
                lines=("“Chị đọc mã OTP vừa nhận”", "“để em giao hàng nhé”"),
            ),
            scenario_alt="Cuộc gọi đến từ người xưng là người giao hàng, xin đọc mã OTP "
            "vừa gửi về máy để giao hàng.",
            choices=(
                Choice(
                    text="Không đọc mã; người giao hàng không bao giờ cần mã OTP",
                    correct=True,
                    feedback="Đúng: người bán hay người giao hàng không bao giờ cần mã OTP "
                    "của bạn.",
                ),
                Choice(
                    text="Đọc mã cho nhanh để nhận hàng",
                    feedback="Chưa đúng: ai hỏi mã OTP là kẻ lừa đảo, "
                    "kể cả người xưng là giao hàng.",
                ),
                Choice(
                    text="Không đọc, nhưng nhắn mã qua Zalo cho họ",
                    feedback="Chưa đúng: đọc hay nhắn qua Zalo đều là đưa mã OTP cho người khác.",
                ),
            ),
        ),
    ],
)
