"""Topic 11, “Bán nông sản qua mạng (mô hình 4T)”: two lessons and the quiz.

The commune's “4T” model: posting produce for sale, getting paid by QR code, and
delivering safely (fake shippers). Every lesson, the topic and the quiz carry a full
English translation in ``en``.
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
from demo.topics.shared import CHECKED, QUIZ_INTRO, QUIZ_INTRO_EN, QUIZ_PASS_MARK, english

# ---------------------------------------------------------------------------------------------
# Sources: the public pages the lessons' facts rest on (shown under “Nguồn”)
# ---------------------------------------------------------------------------------------------
SRC_CHO_40 = Source(
    title="Chợ 4.0: tiểu thương treo mã QR, người mua quét mã thanh toán",
    publisher="Báo Nghệ An",
    url="https://baonghean.vn/",
    date="2024-07-26",
)

SRC_SHOPEE_KENH14 = Source(
    title="Shopee phát cảnh báo khẩn: 8 lằn ranh đỏ người dùng tuyệt đối không được vi phạm",
    publisher="Kenh14",
    url="https://kenh14.vn/shopee-phat-canh-bao-khan-8-lan-ranh-do-nguoi-dung-tuyet-doi-khong-duoc-vi-pham-1-giay-so-ho-la-mat-sach-tien-215251115161953162.chn",
    date="2025-11-15",
)

SRC_SHOPEE_SOHA = Source(
    title="Shopee nhắc bạn 8 điều tuyệt đối không làm nếu không muốn mất sạch tiền trong ví",
    publisher="Soha",
    url="https://soha.vn/shopee-nhac-ban-8-dieu-tuyet-doi-khong-lam-neu-khong-muon-mat-sach-tien-trong-vi-19826021222053438.htm",
    date="2026-02-12",
)

SRC_SHIPPER_COD = Source(
    title="Công an đặc biệt lưu ý người có thói quen chuyển khoản ngay sau khi nhận cuộc gọi, tin nhắn từ shipper",
    publisher="Kenh14",
    url="https://kenh14.vn/cong-an-dac-biet-luu-y-nguoi-co-thoi-quen-chuyen-khoan-ngay-sau-khi-nhan-cuoc-goi-tin-nhan-tu-shipper-215251231101955039.chn",
    date="2025-12-31",
)

SRC_SHIPPER_QR = Source(
    title="Lừa đảo shipper giao hàng ngày càng tinh vi, công an chỉ rõ 5 điều phải nhớ kỹ",
    publisher="Kenh14",
    url="https://kenh14.vn/lua-dao-shipper-giao-hang-ngay-cang-tinh-vi-cong-an-chi-ro-5-dieu-phai-nho-ky-215251017090456691.chn",
    date="2025-10-17",
)

SRC_DAT_COC = Source(
    title="Người bán hàng online xin đặt cọc để tránh đơn “bom hàng”",
    publisher="Báo Mới",
    url="https://baomoi.net.vn/",
)

SRC_NGUOI_TIEU_DUNG = Source(
    title="Tổng đài tư vấn, hỗ trợ người tiêu dùng 1800.6838",
    publisher="Báo Pháp Luật TP.HCM",
    url="https://plo.vn/",
    date="2025-11-05",
)


# ---------------------------------------------------------------------------------------------
# Pictures
# ---------------------------------------------------------------------------------------------
_BAI_DANG_BAN = Screen(
    app="Zalo",
    kind="app",
    heading="Bài đăng bán hàng",
    lines=("Bưởi da xanh nhà trồng", "Giá: 150.000 đồng / 3 kg", "Giao trong xã, gửi xe đi xa"),
    button="Đăng",
)

_QR_NHAN_TIEN = Screen(
    app="Ngân hàng",
    kind="qr",
    heading="Mã QR nhận tiền",
    lines=("Chủ tài khoản: NGUYEN VAN BA", "Khách quét mã này để trả"),
)

_SHIPPER_GIA = Screen(
    app="Điện thoại",
    kind="call",
    heading="“Shipper” 0xxx xxx 246",
    lines=("“Em để hàng ở cổng rồi”", "“Chị chuyển khoản trước nhé”"),
    button="Kết thúc cuộc gọi",
    danger=True,
)


# ---------------------------------------------------------------------------------------------
# Lessons
# ---------------------------------------------------------------------------------------------
DANG_BAN_NONG_SAN = Lesson(
    slug="dang-ban-nong-san-qua-mang",
    title="Đăng bán nông sản qua mạng",
    summary=(
        "Chụp ảnh rõ, ghi giá và cân nặng, đăng bán trên Zalo hoặc trên sàn, nhận tiền bằng mã "
        "QR của ngân hàng."
    ),
    duration=6,
    level="CB1",
    skills=("2.2", "3.1", "2.3"),
    audiences=("farmers", "traders"),
    tags=("bán hàng qua mạng", "nông sản", "4t", "mã qr"),
    hero=_BAI_DANG_BAN,
    hero_alt="Bài đăng bán bưởi trên Zalo, giá 150.000 đồng 3 kg, nút “Đăng” được tô sáng.",
    body=[
        Paragraph(
            "Bán hàng qua mạng giúp bà con đưa rau, trái cây, gạo… đến người mua ở xa. Ở nhiều "
            "“chợ 4.0”, người bán treo mã QR để khách quét và trả tiền. Bài này đi từ lúc chụp "
            "ảnh đến lúc nhận tiền."
        ),
        Step(
            title="Chụp ảnh rõ ràng",
            text="Chụp nông sản ở chỗ đủ sáng, nền gọn gàng. Chụp cả cận cảnh và cả mớ hàng.",
            screen=Screen(
                app="Camera",
                kind="app",
                heading="Chụp ảnh sản phẩm",
                lines=("Chỗ đủ sáng", "Nền gọn, sạch", "Một ảnh cận cảnh, một ảnh cả mớ"),
                button="Chụp",
            ),
            alt=(
                "Màn hình camera nhắc chụp ở chỗ đủ sáng, nền gọn, một ảnh cận cảnh và một ảnh "
                "cả mớ; nút “Chụp” được tô sáng."
            ),
        ),
        Step(
            title="Ghi giá, cân nặng và cách giao",
            text=(
                "Viết rõ tên hàng, giá và cân nặng, ví dụ “Bưởi da xanh: 150.000 đồng / 3 kg”. "
                "Ghi thêm nơi bạn giao hàng."
            ),
            screen=Screen(
                app="Ghi chú",
                kind="app",
                heading="Viết gì khi đăng bán?",
                lines=("Tên hàng", "Giá và cân nặng", "Nơi giao hàng"),
            ),
            alt="Trang ghi chú nhắc ba điều cần viết: tên hàng, giá và cân nặng, nơi giao hàng.",
        ),
        Step(
            title="Đăng trên Zalo hoặc trên sàn",
            text=(
                "Đăng ảnh và lời giới thiệu trên Zalo của bạn. Muốn bán trên sàn thương mại "
                "điện tử, nhờ Tổ công nghệ số cộng đồng giúp đăng ký."
            ),
            screen=_BAI_DANG_BAN,
            alt=(
                "Bài đăng bán bưởi da xanh trên Zalo, giá 150.000 đồng 3 kg, giao trong xã; nút "
                "“Đăng” được tô sáng."
            ),
        ),
        Step(
            title="Nhận tiền bằng mã QR của ngân hàng",
            text=(
                "Trong ứng dụng ngân hàng của bạn, mở mã QR nhận tiền (tên mục khác nhau tùy "
                "ngân hàng). Lưu ảnh mã hoặc in ra để khách quét."
            ),
            screen=_QR_NHAN_TIEN,
            alt="Mã QR nhận tiền trong ứng dụng ngân hàng, ghi tên chủ tài khoản NGUYEN VAN BA.",
            tip="Nhận tiền không bao giờ cần bạn quét mã QR hay đưa mã OTP (mã số gửi qua tin nhắn).",
        ),
        Step(
            title="Xem tiền về trong ứng dụng ngân hàng của bạn",
            text=(
                "Khách báo đã chuyển thì mở ứng dụng ngân hàng của chính bạn xem tiền đã về chưa. "
                "Không tin ảnh chụp màn hình khách gửi."
            ),
            screen=Screen(
                app="Ngân hàng",
                kind="app",
                heading="Thông báo nhận tiền",
                lines=("+150.000 đồng", "Từ: TRAN THI HOA", "Nội dung: mua buoi"),
            ),
            alt=(
                "Thông báo nhận tiền trong ứng dụng ngân hàng: cộng 150.000 đồng từ TRAN THI HOA, "
                "nội dung mua bưởi."
            ),
        ),
        Callout(
            kind="danger",
            title="Sàn bán hàng không bao giờ hỏi mã OTP",
            text=(
                "Sàn bán hàng không bao giờ hỏi mật khẩu hay mã OTP của bạn. Ví dụ, Shopee không "
                "bao giờ hỏi mã OTP, mật khẩu hay mã PIN ví ShopeePay qua điện thoại, tin nhắn, "
                "Zalo hay Facebook."
            ),
        ),
        Callout(
            kind="tip",
            title="Mô hình 4T của xã",
            text=(
                "4T là Tiểu thương, Thương mại điện tử, Thanh toán không dùng tiền mặt và Tiết "
                "kiệm số. Hỏi xã lịch học 4T gần nhất."
            ),
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Chụp hai tấm ảnh một mặt hàng của nhà bạn.",
                "Tìm mã QR nhận tiền trong ứng dụng ngân hàng của bạn.",
                "Bật thông báo nhận tiền trong ứng dụng ngân hàng.",
            ),
        ),
    ],
    related=("giao-hang-nhan-tien-an-toan", "ban-hang-nhan-tien-qua-ma-qr"),
    sources=(SRC_CHO_40, SRC_SHOPEE_KENH14, SRC_SHOPEE_SOHA),
    checked=CHECKED,
)


DANG_BAN_NONG_SAN.en = english(
    DANG_BAN_NONG_SAN,
    title="Selling farm produce online",
    summary=(
        "Take clear photos, write the price and weight, post on Zalo or on a marketplace, and "
        "get paid with your bank's QR code."
    ),
    hero_alt=(
        "A Zalo post selling pomelos at 150,000 đồng for 3 kg, with the “Đăng” (Post) button "
        "highlighted."
    ),
    body=[
        Paragraph(
            "Selling online helps you get vegetables, fruit, rice and more to buyers far away. "
            "At many “4.0 markets”, sellers display a QR code that buyers scan to pay. This lesson "
            "goes from taking the photo to receiving the money."
        ),
        Step(
            title="Take clear photos",
            text=(
                "Photograph your produce in good light against a tidy background. Take one "
                "close-up and one of the whole batch."
            ),
            screen=None,
            alt=(
                "The camera screen reminds you: good light, a tidy background, one close-up and "
                "one of the whole batch; the “Chụp” (Take photo) button is highlighted."
            ),
        ),
        Step(
            title="Write the price, weight and delivery",
            text=(
                "Write the name, price and weight clearly, for example “Green-skin pomelo: "
                "150,000 đồng / 3 kg”. Add where you deliver."
            ),
            screen=None,
            alt="A note listing three things to write: the name, the price and weight, where you deliver.",
        ),
        Step(
            title="Post on Zalo or on a marketplace",
            text=(
                "Post the photos and a short description on your Zalo. To sell on an online "
                "marketplace, ask the community digital technology team (Tổ công nghệ số cộng đồng) "
                "to help you register."
            ),
            screen=None,
            alt=(
                "A Zalo post selling green-skin pomelos at 150,000 đồng for 3 kg, delivered within "
                "the commune; the “Đăng” (Post) button is highlighted."
            ),
        ),
        Step(
            title="Get paid with your bank's QR code",
            text=(
                "In your bank app, open the QR code for receiving money (its name differs between "
                "banks). Save the code as a picture or print it for buyers to scan."
            ),
            screen=None,
            alt="A QR code for receiving money in a bank app, showing the account holder NGUYEN VAN BA.",
            tip="Receiving money never needs you to scan a QR code or give an OTP code.",
        ),
        Step(
            title="Check the money arrived in your own bank app",
            text=(
                "When a buyer says they have paid, open your own bank app and check the money has "
                "arrived. Never trust a screenshot sent by the buyer."
            ),
            screen=None,
            alt=(
                "A money-received notice in the bank app: plus 150,000 đồng from TRAN THI HOA, "
                "for pomelos."
            ),
        ),
        Callout(
            kind="danger",
            title="A marketplace never asks for your OTP code",
            text=(
                "A marketplace never asks for your password or OTP code. For example, Shopee never "
                "asks for your OTP code, password or ShopeePay PIN by phone, text "
                "message, Zalo or Facebook."
            ),
        ),
        Callout(
            kind="tip",
            title="The commune's 4T model",
            text=(
                "4T stands for small traders, e-commerce, cashless payment and digital savings "
                "(Tiểu thương, Thương mại điện tử, Thanh toán không dùng tiền mặt, Tiết kiệm số). "
                "Ask the commune when the next 4T class is."
            ),
        ),
        Checklist(
            title="Try it yourself",
            items=(
                "Take two photos of one of your products.",
                "Find the QR code for receiving money in your bank app.",
                "Turn on money-received notifications in your bank app.",
            ),
        ),
    ],
)


GIAO_HANG_AN_TOAN = Lesson(
    slug="giao-hang-nhan-tien-an-toan",
    title="Giao hàng, nhận tiền an toàn: tránh shipper giả",
    summary=(
        "Xin đặt cọc với đơn lớn, chỉ giao cho người giao hàng của sàn, và nhận ra shipper giả, "
        "mã QR “hoàn tiền” giả."
    ),
    duration=6,
    level="CB1",
    skills=("4.2", "1.2", "2.3"),
    audiences=("farmers", "traders", "elderly", "workers"),
    tags=("bán hàng qua mạng", "shipper giả", "lừa đảo", "mã qr"),
    hero=_SHIPPER_GIA,
    hero_alt=(
        "Cuộc gọi từ “shipper” lạ giục chuyển khoản trước, có dấu X đỏ; nút “Kết thúc cuộc gọi” "
        "được tô sáng."
    ),
    body=[
        Paragraph(
            "Khi mua bán qua mạng, kẻ gian có thể giả làm người giao hàng (shipper) hoặc khách "
            "mua. Chúng biết đơn hàng, giục chuyển tiền, hay gửi mã QR lạ. Làm theo các bước "
            "sau để giữ tiền và hàng."
        ),
        Step(
            title="Khách lạ đặt nhiều: xin đặt cọc",
            text=(
                "Khách mua lần đầu mà đặt nhiều, hãy xin khách chuyển trước một phần tiền (đặt "
                "cọc). Cách này giúp tránh đơn ảo, khách không nhận hàng."
            ),
            screen=Screen(
                app="Zalo",
                kind="chat",
                heading="Khách mới",
                lines=(
                    "Khách: Lấy 50 kg bưởi, giao tận nơi.",
                    "Bạn: Anh chị đặt cọc trước giúp em nhé.",
                ),
                button="Gửi",
            ),
            alt=(
                "Trò chuyện Zalo với khách mới đặt 50 kg bưởi; người bán xin đặt cọc trước, nút "
                "“Gửi” được tô sáng."
            ),
        ),
        Step(
            title="Xem tiền cọc trong ứng dụng ngân hàng của bạn",
            text=(
                "Chỉ coi là đã nhận cọc khi ứng dụng ngân hàng của chính bạn báo tiền về. Ảnh "
                "chụp “chuyển tiền thành công” có thể là ảnh giả."
            ),
            screen=Screen(
                app="Ngân hàng",
                kind="app",
                heading="Ảnh chụp của khách",
                lines=("Chuyển tiền thành công", "500.000 đồng", "Có thể là ảnh giả!"),
                danger=True,
            ),
            alt=(
                "Ảnh chụp màn hình “chuyển tiền thành công” 500.000 đồng do khách gửi, có dấu X "
                "đỏ và dòng chữ: có thể là ảnh giả."
            ),
        ),
        Step(
            title="Chỉ giao hàng cho người mà sàn báo",
            text=(
                "Bán trên sàn: chỉ trao hàng cho người giao hàng mà sàn hiện trong đơn. Người lạ "
                "tự đến nhận hàng thì không đưa."
            ),
            screen=Screen(
                app="Sàn bán hàng",
                kind="app",
                heading="Đơn hàng của bạn",
                lines=("Đơn vị giao hàng: xem trong đơn", "Chỉ trao hàng cho người này"),
            ),
            alt=(
                "Đơn hàng trên sàn ghi đơn vị giao hàng, kèm lời nhắc chỉ trao hàng cho người này."
            ),
        ),
        Step(
            title="Shipper giục chuyển khoản trước: không chuyển",
            text=(
                "Khi bạn là người mua: kẻ gian xưng shipper, biết đúng đơn hàng, bảo chuyển "
                "trước tiền trả khi nhận hàng (COD). Chỉ trả khi đã cầm và xem hàng."
            ),
            screen=_SHIPPER_GIA,
            alt=(
                "Cuộc gọi từ “shipper” lạ nói đã để hàng ở cổng và giục chuyển khoản trước, có "
                "dấu X đỏ; nút “Kết thúc cuộc gọi” được tô sáng."
            ),
        ),
        Step(
            title="Không quét mã QR “hoàn tiền”",
            text=(
                "Kẻ gian báo bạn chuyển nhầm và gửi mã QR để “hoàn tiền”. Quét mã đó là bạn mất "
                "tiền. Nhận tiền không bao giờ cần quét mã QR."
            ),
            screen=Screen(
                app="Ngân hàng",
                kind="qr",
                heading="Quét để “hoàn tiền”?",
                lines=("Người nhận: NGUOI LA", "Số tiền: 2.000.000 đồng"),
                danger=True,
            ),
            alt=(
                "Màn hình quét mã QR “hoàn tiền”: thật ra là chuyển 2.000.000 đồng cho người lạ; "
                "có dấu X đỏ cảnh báo."
            ),
        ),
        Step(
            title="Nghi bị lừa: báo ngay",
            text=(
                "Gọi tổng đài in ở mặt sau thẻ ngân hàng, rồi báo Công an xã. Tranh chấp khi mua "
                "hàng thì gọi tổng đài hỗ trợ người tiêu dùng 1800.6838."
            ),
            screen=Screen(
                app="Điện thoại",
                kind="app",
                heading="Danh bạ",
                lines=("Tổng đài ngân hàng (sau thẻ)", "Công an xã", "Người tiêu dùng: 1800.6838"),
                button="Gọi",
            ),
            alt=(
                "Danh bạ có tổng đài ngân hàng, Công an xã và tổng đài người tiêu dùng 1800.6838; "
                "nút “Gọi” được tô sáng."
            ),
            tip="Giữ lại tin nhắn, số điện thoại và ảnh chụp để đưa công an xem.",
        ),
        Callout(
            kind="danger",
            title="Tin thông báo của ngân hàng, không tin ảnh chụp",
            text=(
                "Sàn bán hàng không bao giờ hỏi mã OTP (mã số gửi qua tin nhắn) hay mật khẩu của "
                "bạn. Xác nhận tiền về bằng thông báo trong ứng dụng ngân hàng của chính bạn, "
                "không bằng ảnh chụp khách gửi."
            ),
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Soạn sẵn một câu xin đặt cọc để gửi khách lạ.",
                "Kể cho người nhà nghe chiêu “shipper giục chuyển khoản trước”.",
                "Lưu số tổng đài in ở mặt sau thẻ ngân hàng vào danh bạ.",
            ),
        ),
    ],
    related=("dang-ban-nong-san-qua-mang", "mua-hang-truc-tuyen-an-toan"),
    sources=(
        SRC_DAT_COC,
        SRC_SHIPPER_COD,
        SRC_SHIPPER_QR,
        SRC_SHOPEE_KENH14,
        SRC_NGUOI_TIEU_DUNG,
    ),
    checked=CHECKED,
)


GIAO_HANG_AN_TOAN.en = english(
    GIAO_HANG_AN_TOAN,
    title="Delivering and getting paid safely: avoiding fake shippers",
    summary=(
        "Ask for a deposit on large orders, hand goods only to the marketplace's courier, and "
        "spot fake shippers and fake “refund” QR codes."
    ),
    hero_alt=(
        "A call from an unknown “shipper” pressing you to transfer money first, with a red X; the "
        "“Kết thúc cuộc gọi” (End call) button is highlighted."
    ),
    body=[
        Paragraph(
            "When buying and selling online, scammers may pose as the delivery person (shipper) "
            "or as a buyer. They know about the order, rush you to transfer money, or send a "
            "strange QR code. Follow these steps to keep your money and your goods."
        ),
        Step(
            title="A new buyer orders a lot: ask for a deposit",
            text=(
                "When a first-time buyer orders a large amount, ask them to pay part of it first "
                "(a deposit). This protects you from fake orders that are never collected."
            ),
            screen=None,
            alt=(
                "A Zalo chat with a new buyer ordering 50 kg of pomelos; the seller asks for a "
                "deposit first, with the “Gửi” (Send) button highlighted."
            ),
        ),
        Step(
            title="Check the deposit in your own bank app",
            text=(
                "Count the deposit as received only when your own bank app shows the money. A "
                "“transfer successful” screenshot may be fake."
            ),
            screen=None,
            alt=(
                "A “transfer successful” screenshot for 500,000 đồng sent by a buyer, with a red X "
                "and the words: this may be a fake picture."
            ),
        ),
        Step(
            title="Hand goods only to the courier the marketplace names",
            text=(
                "Selling on a marketplace: hand the goods only to the courier shown in the order. "
                "If a stranger turns up to collect them, do not hand them over."
            ),
            screen=None,
            alt="An order on a marketplace showing the delivery company, with a reminder to hand the goods only to that courier.",
        ),
        Step(
            title="A shipper rushes you to pay first: do not pay",
            text=(
                "When you are the buyer: a scammer claiming to be the shipper knows your order and "
                "asks you to transfer the cash-on-delivery (COD) money early. Pay only when you "
                "hold the goods and have checked them."
            ),
            screen=None,
            alt=(
                "A call from an unknown “shipper” saying the parcel is at your gate and asking you "
                "to transfer the money first, with a red X; the “Kết thúc cuộc gọi” (End call) "
                "button is highlighted."
            ),
        ),
        Step(
            title="Never scan a “refund” QR code",
            text=(
                "A scammer says you paid by mistake and sends a QR code to “refund” you. Scanning "
                "it takes money from you. Receiving money never needs a QR scan."
            ),
            screen=None,
            alt=(
                "A QR scanning screen for a “refund” that is really a transfer of 2,000,000 đồng "
                "to a stranger, with a red X warning."
            ),
        ),
        Step(
            title="Think you were tricked? Report it at once",
            text=(
                "Call the hotline printed on the back of your bank card, then report to the commune "
                "police. For a dispute over a purchase, call the consumer support hotline "
                "1800.6838."
            ),
            screen=None,
            alt=(
                "Contacts listing the bank hotline, the commune police and the consumer hotline "
                "1800.6838, with the “Gọi” (Call) button highlighted."
            ),
            tip="Keep the messages, phone numbers and screenshots to show the police.",
        ),
        Callout(
            kind="danger",
            title="Trust your bank's notification, not a screenshot",
            text=(
                "A marketplace never asks for your OTP code or password. Confirm a payment from the "
                "notification in your own bank app, never from a screenshot sent by the buyer."
            ),
        ),
        Checklist(
            title="Try it yourself",
            items=(
                "Write a ready-made message asking new buyers for a deposit.",
                "Tell your family about the “shipper asks you to pay first” trick.",
                "Save the hotline printed on the back of your bank card in your contacts.",
            ),
        ),
    ],
)


# ---------------------------------------------------------------------------------------------
# The topic, with its English translation
# ---------------------------------------------------------------------------------------------
TOPIC = Topic(
    slug="ban-nong-san-qua-mang",
    title="Bán nông sản qua mạng (mô hình 4T)",
    intro=(
        "Mô hình 4T của xã gồm Tiểu thương, Thương mại điện tử, Thanh toán không dùng tiền mặt "
        "và Tiết kiệm số. Các bài dưới đây giúp bà con đăng bán nông sản trên mạng, nhận tiền "
        "bằng mã QR, và tránh những chiêu lừa hay gặp khi mua bán."
    ),
    hero=_BAI_DANG_BAN,
    hero_alt="Bài đăng bán bưởi trên Zalo, giá 150.000 đồng 3 kg, nút “Đăng” được tô sáng.",
    lessons=[DANG_BAN_NONG_SAN, GIAO_HANG_AN_TOAN],
)


TOPIC.en = Topic(
    slug=TOPIC.slug,
    title="Selling farm produce online (the 4T model)",
    intro=(
        "The commune's 4T model covers small traders, e-commerce, cashless payment and digital "
        "savings. These lessons help you post your produce online, get paid by QR code, and "
        "avoid the tricks that often come with buying and selling."
    ),
    hero=TOPIC.hero,
    hero_alt=(
        "A Zalo post selling pomelos at 150,000 đồng for 3 kg, with the “Đăng” (Post) button "
        "highlighted."
    ),
    lessons=[],
)


# ---------------------------------------------------------------------------------------------
# The quiz (skills 3.1, 2.3, 4.2, 1.2), with an English translation
# ---------------------------------------------------------------------------------------------
QUIZ = Quiz(
    topic="ban-nong-san-qua-mang",
    title="Kiểm tra: Bán nông sản qua mạng",
    intro=QUIZ_INTRO,
    pass_mark=QUIZ_PASS_MARK,
    questions=[
        Question(
            kind="single",
            text="Khi đăng bán nông sản, bài đăng nên có gì?",
            skill="3.1",
            choices=(
                Choice(
                    text="Ảnh rõ, tên hàng, giá và cân nặng",
                    correct=True,
                    feedback="Đúng: ghi thêm nơi giao hàng để khách biết.",
                ),
                Choice(
                    text="Chỉ một dòng “ai mua thì nhắn”",
                    feedback="Chưa đúng: khách cần thấy ảnh, giá và cân nặng.",
                ),
                Choice(
                    text="Số tài khoản kèm mã OTP để khách chuyển tiền nhanh",
                    feedback="Chưa đúng: không bao giờ đưa mã OTP cho ai.",
                ),
            ),
        ),
        Question(
            kind="true_false",
            text="Muốn nhận tiền bán hàng, bạn phải quét mã QR khách gửi.",
            skill="4.2",
            answer=False,
            feedback_true="Chưa đúng: nhận tiền không bao giờ cần quét mã QR hay đưa mã OTP.",
            feedback_false="Đúng: khách quét mã QR của bạn để trả; bạn không cần quét gì.",
        ),
        Question(
            kind="picture",
            text="Khách báo đã chuyển 500.000 đồng. Màn hình nào cho biết chắc tiền đã về?",
            skill="4.2",
            picture_choices=(
                PictureChoice(
                    screen=Screen(
                        app="Ngân hàng của bạn",
                        kind="app",
                        heading="Thông báo nhận tiền",
                        lines=("+500.000 đồng", "Từ: TRAN THI HOA"),
                    ),
                    alt="Thông báo nhận tiền trong ứng dụng ngân hàng của bạn: cộng 500.000 đồng "
                    "từ TRAN THI HOA.",
                    correct=True,
                    feedback="Đúng: chỉ tin thông báo trong ứng dụng ngân hàng của chính bạn.",
                ),
                PictureChoice(
                    screen=Screen(
                        app="Zalo",
                        kind="chat",
                        heading="Khách mới",
                        lines=(
                            "Khách: Chị xem ảnh nhé, em chuyển rồi.",
                            "Khách: [Ảnh] 500.000 đồng",
                        ),
                    ),
                    alt="Trò chuyện Zalo: khách gửi ảnh chụp màn hình chuyển 500.000 đồng.",
                    feedback="Chưa đúng: ảnh chụp màn hình có thể là ảnh giả.",
                ),
                PictureChoice(
                    screen=Screen(
                        app="Tin nhắn",
                        kind="sms",
                        heading="0xxx xxx 680",
                        lines=("Bạn đã nhận 500.000 đồng.", "Xác nhận tại: nhan-tien.xyz"),
                    ),
                    alt="Tin nhắn từ số 0xxx xxx 680 báo bạn đã nhận 500.000 đồng, mời xác nhận "
                    "tại nhan-tien.xyz.",
                    feedback="Chưa đúng: tin nhắn từ số lạ kèm đường link không phải thông báo "
                    "của ngân hàng.",
                ),
            ),
        ),
        Question(
            kind="scenario",
            text="Bạn đang chờ một đơn hàng trả tiền khi nhận (COD) và nhận cuộc gọi này. Bạn "
            "làm gì?",
            skill="1.2",
            scenario=Screen(
                app="Điện thoại",
                kind="call",
                heading="“Shipper” 0xxx xxx 246",
                lines=("“Em để hàng ở cổng rồi”", "“Chị chuyển khoản trước nhé”"),
            ),
            scenario_alt="Cuộc gọi từ số 0xxx xxx 246 xưng shipper: nói đã để hàng ở cổng và bảo "
            "chuyển khoản trước.",
            choices=(
                Choice(
                    text="Không chuyển; chỉ trả tiền khi đã cầm và xem hàng",
                    correct=True,
                    feedback="Đúng: công an khuyên chỉ trả tiền COD khi đã nhận và kiểm tra hàng.",
                ),
                Choice(
                    text="Chuyển ngay, vì người gọi biết đúng đơn hàng",
                    feedback="Chưa đúng: kẻ gian có thể biết đơn hàng; đó không phải bằng chứng.",
                ),
                Choice(
                    text="Chuyển trước một nửa cho chắc",
                    feedback="Chưa đúng: không chuyển đồng nào trước khi cầm và xem hàng.",
                ),
            ),
        ),
        Question(
            kind="multiple",
            text="Khách lạ đặt 50 kg bưởi, giao tận nơi. Bạn làm gì cho an toàn? (chọn tất cả "
            "câu đúng)",
            skill="2.3",
            choices=(
                Choice(
                    text="Xin khách đặt cọc trước một phần tiền",
                    correct=True,
                    feedback="Đúng: đặt cọc giúp tránh đơn ảo, khách không nhận hàng.",
                ),
                Choice(
                    text="Chỉ coi là đã nhận cọc khi ứng dụng ngân hàng của bạn báo tiền về",
                    correct=True,
                    feedback="Đúng: thông báo của ngân hàng mới là bằng chứng.",
                ),
                Choice(
                    text="Tin ảnh chụp chuyển khoản khách gửi",
                    feedback="Chưa đúng: ảnh chụp có thể là ảnh giả.",
                ),
                Choice(
                    text="Đọc mã OTP cho khách để khách chuyển nhanh hơn",
                    feedback="Chưa đúng: nhận tiền không bao giờ cần mã OTP.",
                ),
            ),
        ),
        Question(
            kind="single",
            text="Người xưng nhân viên sàn bán hàng gọi, xin mã OTP để “mở khóa tài khoản” của "
            "bạn. Bạn làm gì?",
            skill="4.2",
            choices=(
                Choice(
                    text="Không đọc mã, cúp máy",
                    correct=True,
                    feedback="Đúng: sàn bán hàng không bao giờ hỏi mã OTP hay mật khẩu qua điện "
                    "thoại.",
                ),
                Choice(
                    text="Đọc mã, vì họ biết tên gian hàng của bạn",
                    feedback="Chưa đúng: biết tên gian hàng không chứng minh điều gì.",
                ),
                Choice(
                    text="Chụp ảnh mã gửi qua Zalo cho họ",
                    feedback="Chưa đúng: gửi mã qua Zalo cũng là đưa mã cho kẻ gian.",
                ),
            ),
        ),
        Question(
            kind="scenario",
            text="Một người báo bạn chuyển nhầm và gửi mã QR này để “hoàn tiền” cho bạn. Bạn "
            "làm gì?",
            skill="4.2",
            scenario=Screen(
                app="Ngân hàng",
                kind="qr",
                heading="Quét mã QR",
                lines=("Người nhận: NGUOI LA", "Số tiền: 2.000.000 đồng"),
            ),
            scenario_alt="Màn hình quét mã QR trong ứng dụng ngân hàng: người nhận NGUOI LA, số "
            "tiền 2.000.000 đồng.",
            choices=(
                Choice(
                    text="Không quét; nhận tiền không bao giờ cần quét mã",
                    correct=True,
                    feedback="Đúng: quét mã này là chuyển 2.000.000 đồng cho người lạ.",
                ),
                Choice(
                    text="Quét để nhận lại tiền",
                    feedback="Chưa đúng: màn hình ghi người nhận là người lạ; quét là bạn trả "
                    "tiền.",
                ),
                Choice(
                    text="Quét thử một lần xem sao",
                    feedback="Chưa đúng: một lần quét là mất tiền ngay.",
                ),
            ),
        ),
        Question(
            kind="true_false",
            text="Bán trên sàn, bạn chỉ trao hàng cho người giao hàng mà sàn hiện trong đơn.",
            skill="2.3",
            answer=True,
            feedback_true="Đúng: người lạ tự đến nhận hàng thì không đưa.",
            feedback_false="Chưa đúng: chỉ trao hàng cho người giao hàng mà sàn hiện trong đơn.",
        ),
    ],
)


QUIZ.en = Quiz(
    topic="ban-nong-san-qua-mang",
    title="Quiz: Selling farm produce online",
    intro=QUIZ_INTRO_EN,
    pass_mark=QUIZ_PASS_MARK,
    questions=[
        Question(
            kind="single",
            text="What should a post selling your produce include?",
            skill="3.1",
            choices=(
                Choice(
                    text="Clear photos, the name, the price and the weight",
                    correct=True,
                    feedback="Correct: add where you deliver, too.",
                ),
                Choice(
                    text="Just one line: “message me if you want to buy”",
                    feedback="Incorrect: buyers need to see photos, the price and the weight.",
                ),
                Choice(
                    text="Your account number with an OTP code so buyers can pay fast",
                    feedback="Incorrect: never give your OTP code to anyone.",
                ),
            ),
        ),
        Question(
            kind="true_false",
            text="To receive money for a sale, you must scan a QR code the buyer sends you.",
            skill="4.2",
            answer=False,
            feedback_true="Incorrect: receiving money never needs you to scan a QR code or give "
            "an OTP code.",
            feedback_false="Correct: the buyer scans your QR code to pay; you scan nothing.",
        ),
        Question(
            kind="picture",
            text="A buyer says they have sent 500,000 đồng. Which screen shows for sure that the "
            "money has arrived?",
            skill="4.2",
            picture_choices=(
                PictureChoice(
                    screen=None,
                    alt="A money-received notice in your own bank app: plus 500,000 đồng from "
                    "TRAN THI HOA.",
                    correct=True,
                    feedback="Correct: trust only the notice in your own bank app.",
                ),
                PictureChoice(
                    screen=None,
                    alt="A Zalo chat: the buyer sends a screenshot of a 500,000 đồng transfer.",
                    feedback="Incorrect: a screenshot may be fake.",
                ),
                PictureChoice(
                    screen=None,
                    alt="A text message from 0xxx xxx 680 saying you received 500,000 đồng and "
                    "asking you to confirm at nhan-tien.xyz.",
                    feedback="Incorrect: a text from an unknown number with a link is not a "
                    "notice from your bank.",
                ),
            ),
        ),
        Question(
            kind="scenario",
            text="You are waiting for a cash-on-delivery (COD) order and get this call. What do "
            "you do?",
            skill="1.2",
            scenario=None,
            scenario_alt="A call from 0xxx xxx 246 claiming to be the shipper: the parcel is at "
            "your gate, please transfer the money first.",
            choices=(
                Choice(
                    text="Do not transfer; pay only when you hold and have checked the goods",
                    correct=True,
                    feedback="Correct: the police advise paying COD only after receiving and "
                    "checking the goods.",
                ),
                Choice(
                    text="Transfer at once, because the caller knows your order",
                    feedback="Incorrect: scammers may know the order; that proves nothing.",
                ),
                Choice(
                    text="Transfer half first, to be safe",
                    feedback="Incorrect: do not pay anything before you hold and check the goods.",
                ),
            ),
        ),
        Question(
            kind="multiple",
            text="A new buyer orders 50 kg of pomelos, delivered to the door. What do you do to "
            "stay safe? (choose all correct answers)",
            skill="2.3",
            choices=(
                Choice(
                    text="Ask the buyer for a deposit first",
                    correct=True,
                    feedback="Correct: a deposit protects you from fake orders that are never "
                    "collected.",
                ),
                Choice(
                    text="Count the deposit as received only when your bank app shows the money",
                    correct=True,
                    feedback="Correct: your bank's notice is the proof.",
                ),
                Choice(
                    text="Trust the transfer screenshot the buyer sends",
                    feedback="Incorrect: a screenshot may be fake.",
                ),
                Choice(
                    text="Read your OTP code to the buyer so they can pay faster",
                    feedback="Incorrect: receiving money never needs an OTP code.",
                ),
            ),
        ),
        Question(
            kind="single",
            text="Someone claiming to be marketplace staff calls and asks for your OTP code to "
            "“unlock your account”. What do you do?",
            skill="4.2",
            choices=(
                Choice(
                    text="Do not read the code; hang up",
                    correct=True,
                    feedback="Correct: a marketplace never asks for your OTP code or password by "
                    "phone.",
                ),
                Choice(
                    text="Read the code, because they know your shop's name",
                    feedback="Incorrect: knowing your shop's name proves nothing.",
                ),
                Choice(
                    text="Send them a photo of the code on Zalo",
                    feedback="Incorrect: sending the code on Zalo is still giving it to a scammer.",
                ),
            ),
        ),
        Question(
            kind="scenario",
            text="Someone says you paid by mistake and sends this QR code to “refund” you. What "
            "do you do?",
            skill="4.2",
            scenario=None,
            scenario_alt="A QR scanning screen in a bank app: recipient NGUOI LA, amount "
            "2,000,000 đồng.",
            choices=(
                Choice(
                    text="Do not scan; receiving money never needs a QR scan",
                    correct=True,
                    feedback="Correct: scanning this code sends 2,000,000 đồng to a stranger.",
                ),
                Choice(
                    text="Scan it to get your money back",
                    feedback="Incorrect: the screen shows a stranger as the recipient; scanning "
                    "means you pay.",
                ),
                Choice(
                    text="Scan it once just to see",
                    feedback="Incorrect: one scan and the money is gone.",
                ),
            ),
        ),
        Question(
            kind="true_false",
            text="Selling on a marketplace, you hand goods only to the courier shown in the order.",
            skill="2.3",
            answer=True,
            feedback_true="Correct: if a stranger turns up to collect the goods, do not hand "
            "them over.",
            feedback_false="Incorrect: hand the goods only to the courier shown in the order.",
        ),
    ],
)
