"""Topic 5, “Phòng chống lừa đảo trực tuyến”: four lessons and the quiz.

Fake police and commune officials (“upgrade VNeID”), fake bank staff asking for the
OTP code, the “relative in trouble” call and deepfakes, scam links. Every lesson, the
topic and the quiz carry a full English translation in ``en``.
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
from demo.topics.shared import (
    CHECKED,
    NGUON_BCA_GOI_VIDEO,
    NGUON_BCA_VNEID_GIA,
    NGUON_BIEN_LAI_GIA,
    NGUON_DEEPFAKE,
    NGUON_DVC_GIA,
    NGUON_GOI_LAI_NGUOI_THAN,
    NGUON_SINH_TRAC_GIA,
    english,
)

# ---------------------------------------------------------------------------------------------
# Sources: the public pages the lessons' facts rest on (shown under “Nguồn”)
# ---------------------------------------------------------------------------------------------
_NGUON_CA_MAU_VNEID = Source(
    title="Công an tỉnh Cà Mau cảnh báo thủ đoạn lừa đảo phụ huynh cài ứng dụng VNeID",
    publisher="Báo Thanh Niên",
    url="https://thanhnien.vn/cong-an-tinh-ca-mau-canh-bao-thu-doan-lua-dao-phu-huynh-cai-ung-dung-vneid-185250514042410221.htm",
    date="2025-05-14",
)

_NGUON_NHAN_VIEN_NGAN_HANG_GIA = Source(
    title='Cảnh báo "chiêu lừa" giả danh nhân viên ngân hàng cài sinh trắc học',
    publisher="Afamily (theo VTC News)",
    url="https://afamily.vn/canh-bao-chieu-lua-gia-danh-nhan-vien-ngan-hang-cai-sinh-trac-hoc-20240707182901105.chn",
    date="2024-07-07",
)


# ---------------------------------------------------------------------------------------------
# Pictures and callouts
# ---------------------------------------------------------------------------------------------
# What to do after installing a strange app or giving away a code: the order the content brief
# gives (``docs/content.md``). The steps that have room teach each action as a step; the callouts
# carry the rest, in the same words everywhere.
_MAY_BAY = Screen(
    app="Cài đặt nhanh",
    kind="settings",
    heading="Cài đặt nhanh",
    lines=("Chế độ máy bay", "Wi-Fi", "Dữ liệu di động"),
    button="Chế độ máy bay",
)

_MAY_BAY_ALT = "Bảng cài đặt nhanh kéo từ trên xuống, nút “Chế độ máy bay” được tô sáng."

_MAY_BAY_ALT_EN = (
    "The quick settings panel pulled down from the top, with the “Chế độ máy bay” "
    "[Airplane mode] button highlighted."
)

_CHUA_DUNG_LAI = Callout(
    kind="danger",
    title="Chưa dùng lại máy đó cho ngân hàng, VNeID",
    text=(
        "Không dùng máy đó cho ngân hàng hay VNeID nữa cho đến khi một cửa hàng uy tín khôi phục "
        "cài đặt gốc cho máy; chỉ xóa ứng dụng lạ (nếu có) là chưa đủ. Đổi mật khẩu ngân hàng, "
        "VNeID, Zalo trên một máy khác an toàn."
    ),
)

_CHUA_DUNG_LAI_EN = Callout(
    kind="danger",
    title="Do not use that phone for your bank or VNeID yet",
    text=(
        "Do not use that phone for your bank or VNeID again until a trusted shop has reset it to "
        "factory settings; just deleting a strange app (if there is one) is not enough. Change "
        "your bank, VNeID and Zalo passwords on another, safe device."
    ),
)

_LO_CAI_THEO_THU_TU = Callout(
    kind="danger",
    title="Lỡ cài ứng dụng lạ hay lỡ đưa mã OTP: làm đúng thứ tự",
    text=(
        "(1) Ngắt mạng chiếc máy đó: bật chế độ máy bay và tắt Wi-Fi, hoặc tắt nguồn. "
        "(2) Mượn điện thoại khác gọi tổng đài ngân hàng (số in ở mặt sau thẻ), xin khóa tài "
        "khoản. (3) Không dùng máy đó cho ngân hàng hay VNeID nữa cho đến khi một cửa hàng uy tín "
        "khôi phục cài đặt gốc cho máy; xóa ứng dụng lạ thôi là chưa đủ. (4) Đổi mật khẩu ngân "
        "hàng, VNeID, Zalo trên một máy khác an toàn. (5) Báo Công an xã, mang theo tin nhắn "
        "hoặc ảnh chụp màn hình."
    ),
)

_LO_CAI_THEO_THU_TU_EN = Callout(
    kind="danger",
    title="Installed a strange app or gave away an OTP code? Do this, in this order",
    text=(
        "(1) Cut that phone off the network: turn on airplane mode and turn off Wi-Fi, or switch "
        "the phone off. (2) Borrow another phone and call your bank's hotline (printed on the "
        "back of your card) to lock your account. (3) Do not use that phone for your bank or "
        "VNeID again until a trusted shop has reset it to factory settings; deleting the strange "
        "app is not enough. (4) Change your bank, VNeID and Zalo passwords on another, safe "
        "device. (5) Report it to the commune police, and bring the message or a screenshot."
    ),
)


# ---------------------------------------------------------------------------------------------
# Lessons
# ---------------------------------------------------------------------------------------------
LUA_DAO_CONG_AN = Lesson(
    slug="lua-dao-gia-danh-cong-an-vneid",
    title="Lừa đảo giả danh công an, cán bộ xã đòi “nâng cấp VNeID”",
    summary=(
        "Nhận biết cuộc gọi lừa đảo giả danh công an, cán bộ xã bảo cài ứng dụng lạ để "
        "“cập nhật dữ liệu”, và biết ngay phải làm gì."
    ),
    duration=6,
    level="CB1",
    skills=("4.2", "4.1", "1.2"),
    audiences=("elderly", "farmers", "workers", "traders", "disabilities"),
    tags=("lừa đảo", "giả danh công an", "vneid"),
    hero=Screen(
        app="Điện thoại",
        kind="call",
        heading="Số lạ 0xxx xxx 789",
        lines=("“Tôi là công an xã”", "“Bác phải nâng cấp VNeID”"),
        button="Kết thúc cuộc gọi",
        danger=True,
    ),
    hero_alt=(
        "Cuộc gọi từ số lạ tự xưng công an xã đòi nâng cấp VNeID, có dấu X đỏ cảnh báo "
        "lừa đảo và nút “Kết thúc cuộc gọi” được tô sáng."
    ),
    body=[
        Paragraph(
            "Kẻ gian gọi điện, tự xưng là công an hoặc cán bộ xã. Họ bảo bạn phải “cập nhật "
            "dữ liệu” hay “nâng cấp VNeID mức 2” bằng một đường link hoặc một ứng dụng gửi qua "
            "tin nhắn, Zalo. Ứng dụng đó là phần mềm độc hại: cài vào là kẻ gian điều khiển "
            "được điện thoại và rút tiền trong tài khoản ngân hàng của bạn."
        ),
        Step(
            title="Nhận ra dấu hiệu lừa đảo",
            text=(
                "Người gọi xưng công an, cán bộ xã, giục bạn làm ngay qua điện thoại và gửi "
                "link hay ứng dụng để cài. Đó là dấu hiệu lừa đảo."
            ),
            screen=Screen(
                app="Điện thoại",
                kind="call",
                heading="Số lạ 0xxx xxx 789",
                lines=(
                    "“Tôi là công an xã”",
                    "“Bác phải nâng cấp VNeID”",
                    "“Bấm link tôi gửi qua Zalo”",
                ),
                danger=True,
            ),
            alt=(
                "Màn hình cuộc gọi đến từ số lạ tự xưng công an xã, đòi nâng cấp VNeID qua "
                "đường link; hình có viền đỏ và dấu X cảnh báo lừa đảo."
            ),
        ),
        Step(
            title="Bấm “Kết thúc cuộc gọi”",
            text=(
                "Không cần giải thích hay tranh cãi, cứ cúp máy ngay. Kể cả khi người gọi đọc "
                "đúng họ tên, số căn cước của bạn."
            ),
            screen=Screen(
                app="Điện thoại",
                kind="call",
                heading="Số lạ 0xxx xxx 789",
                lines=("“Bác làm ngay kẻo bị khóa”",),
                button="Kết thúc cuộc gọi",
                danger=True,
            ),
            alt=(
                "Cuộc gọi lừa đảo đang giục làm ngay, mũi tên chỉ vào nút “Kết thúc cuộc gọi” "
                "được tô sáng."
            ),
            tip="Kẻ gian thường mua được thông tin cá nhân, nên họ biết tên bạn cũng không chứng minh điều gì.",
        ),
        Step(
            title="Không bấm link, không cài ứng dụng lạ",
            text=(
                "Nếu có tin nhắn gửi đường link hay tệp cài đặt, đừng bấm vào. Chặn số gửi, "
                "nhưng giữ lại tin nhắn để báo công an."
            ),
            screen=Screen(
                app="Tin nhắn",
                kind="sms",
                heading="0xxx xxx 789",
                lines=("Nâng cấp VNeID mức 2 ngay.", "Cài ứng dụng tại đây:", "vneid-capnhat.xyz"),
                button="Chặn số",
                danger=True,
            ),
            alt=(
                "Tin nhắn lừa đảo mời cài VNeID từ trang lạ vneid-capnhat.xyz, có dấu X đỏ; "
                "nút “Chặn số” được tô sáng."
            ),
            tip=(
                "Chưa xóa tin nhắn: đó là bằng chứng. Nút chặn số có thể nằm trong dấu ba chấm; "
                "tên mục có thể khác tùy phiên bản."
            ),
        ),
        Callout(
            kind="danger",
            title="Công an không làm việc qua cuộc gọi video",
            text=(
                "Công an không làm việc với người dân qua cuộc gọi video. Công an không bao giờ "
                "đòi chuyển tiền, đòi mã OTP (mã số gửi qua tin nhắn), thông tin tài khoản ngân "
                "hàng, hay bảo cài ứng dụng qua điện thoại, mạng xã hội (Bộ Công an, 2025). Khi cần "
                "làm việc, công an gửi giấy mời. Công an xã vẫn có thể gọi điện cho bà con, nhưng "
                "không bao giờ đòi những thứ trên."
            ),
        ),
        Step(
            title="Tự gọi lại Công an xã bằng số bạn biết",
            text=(
                "Muốn hỏi cho chắc, hãy gọi số Công an xã bạn đã lưu từ trước, hoặc đến thẳng "
                "trụ sở. Đừng gọi lại số vừa gọi cho bạn."
            ),
            screen=Screen(
                app="Điện thoại",
                kind="app",
                heading="Danh bạ",
                lines=("Công an xã", "Số lấy từ bảng tin xã"),
                button="Gọi",
            ),
            alt=(
                "Danh bạ điện thoại mở ở mục Công an xã, số lấy từ bảng tin xã, nút “Gọi” được "
                "tô sáng."
            ),
        ),
        Step(
            title="Lỡ cài ứng dụng lạ: ngắt mạng máy đó ngay",
            text=(
                "Việc đầu tiên: bật “Chế độ máy bay” và tắt Wi-Fi, hoặc tắt nguồn chiếc điện "
                "thoại đã cài ứng dụng lạ."
            ),
            screen=_MAY_BAY,
            alt=_MAY_BAY_ALT,
            tip="Tên mục có thể khác tùy phiên bản.",
        ),
        Step(
            title="Mượn máy khác gọi ngân hàng khóa tài khoản",
            text=(
                "Dùng điện thoại của người nhà, gọi ngay tổng đài in ở mặt sau thẻ ngân hàng, "
                "xin khóa tài khoản."
            ),
            screen=Screen(
                app="Điện thoại",
                kind="app",
                heading="Tổng đài ngân hàng",
                lines=("Số in ở mặt sau thẻ", "“Tôi cần khóa tài khoản”"),
                button="Gọi",
            ),
            alt=(
                "Màn hình gọi tổng đài ngân hàng theo số in ở mặt sau thẻ để xin khóa tài "
                "khoản, nút “Gọi” được tô sáng."
            ),
        ),
        _CHUA_DUNG_LAI,
        Step(
            title="Báo cho Công an xã",
            text=(
                "Mang chiếc điện thoại đó (vẫn ngắt mạng) đến Công an xã, kể lại ai gọi, lúc nào, "
                "họ bảo làm gì. Báo tin giúp công an kịp cảnh báo bà con khác."
            ),
            screen=Screen(
                app="Ghi chú",
                kind="app",
                heading="Ghi lại để báo công an",
                lines=("Số gọi: 0xxx xxx 789", "Lúc: 9 giờ sáng", "Họ đòi cài ứng dụng lạ"),
            ),
            alt=(
                "Một trang ghi chú ghi số điện thoại lạ, giờ gọi và việc kẻ gian đòi cài ứng "
                "dụng lạ, để mang đi báo Công an xã."
            ),
        ),
        Callout(
            kind="tip",
            title="Tài khoản VNeID mức 2 làm ở đâu?",
            text=(
                "Mức 2 được đăng ký tại Công an xã hoặc khi làm thẻ căn cước, rồi bạn tự kích "
                "hoạt trong ứng dụng VNeID tải từ CH Play hoặc App Store. Không ai “nâng cấp” "
                "giúp bạn qua điện thoại."
            ),
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Lưu số điện thoại của Công an xã vào danh bạ.",
                "Lưu số tổng đài in ở mặt sau thẻ ngân hàng vào danh bạ.",
                "Kể cho người nhà nghe về chiêu “nâng cấp VNeID” này.",
            ),
        ),
    ],
    related=("lua-dao-gia-nhan-vien-ngan-hang-ma-otp", "lua-dao-duong-link-trung-thuong-hoan-tien"),
    sources=(
        NGUON_BCA_GOI_VIDEO,
        NGUON_BCA_VNEID_GIA,
        _NGUON_CA_MAU_VNEID,
    ),
    checked=CHECKED,
)


LUA_DAO_CONG_AN.en = english(
    LUA_DAO_CONG_AN,
    title="Scams by fake police or commune officials asking you to “upgrade VNeID”",
    summary=(
        "Recognise scam calls from people posing as police or commune officials who ask you "
        "to install a strange app to “update your data”, and know what to do at once."
    ),
    hero_alt=(
        "A call from an unknown number claiming to be the commune police and demanding a "
        "VNeID upgrade, with a red X warning of a scam and the “Kết thúc cuộc gọi” [End call] "
        "button highlighted."
    ),
    body=[
        Paragraph(
            "A scammer calls and claims to be a police officer or a commune official. They say "
            "you must “update your data” or “upgrade VNeID to level 2” through a link or an app "
            "sent by text message or Zalo. That app is malware: once it is installed, the "
            "scammer controls your phone and takes the money in your bank account."
        ),
        Step(
            title="Recognise the signs of a scam",
            text=(
                "The caller says they are police or a commune official, rushes you to do it now "
                "over the phone and sends a link or an app to install. That is a scam."
            ),
            screen=None,
            alt=(
                "An incoming call from an unknown number claiming to be the commune police and "
                "asking for a VNeID upgrade through a link; the picture has a red border and a "
                "red X warning of a scam."
            ),
        ),
        Step(
            title="Tap “Kết thúc cuộc gọi” [End call]",
            text=(
                "No need to explain or argue: hang up at once. Do so even if the caller reads "
                "out your full name and ID card number correctly."
            ),
            screen=None,
            alt=(
                "The scam call is pressing you to act now; an arrow points at the highlighted "
                "“Kết thúc cuộc gọi” [End call] button."
            ),
            tip="Scammers often buy personal data, so knowing your name proves nothing.",
        ),
        Step(
            title="Do not tap the link or install the app",
            text=(
                "If a message sends you a link or an installation file, do not tap it. Block "
                "the sender, but keep the message to show the police."
            ),
            screen=None,
            alt=(
                "A scam text message inviting you to install VNeID from the strange site "
                "vneid-capnhat.xyz, with a red X; the “Chặn số” [Block number] button is "
                "highlighted."
            ),
            tip=(
                "Do not delete the message yet: it is evidence. The block button may be under the "
                "three dots; the name of the item may differ between versions."
            ),
        ),
        Callout(
            kind="danger",
            title="The police do not work with you by video call",
            text=(
                "The police do not “work” with citizens by video call. They never ask you to "
                "transfer money, never ask for an OTP code (the code sent by text message) or "
                "bank account details, and never tell you to install an app, by phone or social "
                "media (Ministry of Public Security, 2025). When they need you, the police send an "
                "invitation. Commune police may still phone residents, but never ask for any of "
                "these things."
            ),
        ),
        Step(
            title="Call the commune police on a number you know",
            text=(
                "To be sure, call the commune police number you saved before, or go to their "
                "office. Never call back the number that just called you."
            ),
            screen=None,
            alt=(
                "The phone's contacts open at the commune police entry, taken from the commune "
                "notice board, with the “Gọi” [Call] button highlighted."
            ),
        ),
        Step(
            title="Installed a strange app? Cut that phone off the network at once",
            text=(
                "First of all: turn on “Chế độ máy bay” [Airplane mode] and turn off Wi-Fi, or "
                "switch off the phone that has the strange app."
            ),
            screen=None,
            alt=_MAY_BAY_ALT_EN,
            tip="The name of the item may differ between versions.",
        ),
        Step(
            title="Borrow another phone and call your bank to lock the account",
            text=(
                "On a relative's phone, call the hotline printed on the back of your bank card at "
                "once and ask them to lock your account."
            ),
            screen=None,
            alt=(
                "A screen calling the bank hotline printed on the back of the card to lock the "
                "account, with the “Gọi” [Call] button highlighted."
            ),
        ),
        _CHUA_DUNG_LAI_EN,
        Step(
            title="Report it to the commune police",
            text=(
                "Take that phone (still off the network) to the commune police and tell them who "
                "called, when, and what they asked. Your report helps the police warn other "
                "people in time."
            ),
            screen=None,
            alt=(
                "A note listing the unknown phone number, the time of the call and the demand "
                "to install a strange app, ready to take to the commune police."
            ),
        ),
        Callout(
            kind="tip",
            title="Where is a level 2 VNeID account made?",
            text=(
                "Level 2 is registered at the commune police or when you apply for your ID card, "
                "then you activate it yourself in the VNeID app from CH Play (Google Play) or the "
                "App Store. "
                "Nobody can “upgrade” it for you over the phone."
            ),
        ),
        Checklist(
            title="Try it yourself",
            items=(
                "Save the commune police phone number in your contacts.",
                "Save the hotline printed on the back of your bank card in your contacts.",
                "Tell your family about this “VNeID upgrade” trick.",
            ),
        ),
    ],
)


LUA_DAO_NGAN_HANG_OTP = Lesson(
    slug="lua-dao-gia-nhan-vien-ngan-hang-ma-otp",
    title="Lừa đảo giả nhân viên ngân hàng, xin mã OTP",
    summary=(
        "Kẻ lừa đảo giả nhân viên ngân hàng để xin mã OTP; bài này giúp bạn nhận ra chúng và "
        "giữ an toàn tài khoản."
    ),
    duration=5,
    level="CB1",
    skills=("4.2", "1.2"),
    audiences=("elderly", "traders", "farmers", "workers"),
    tags=("lừa đảo", "mã otp", "ngân hàng"),
    hero=Screen(
        app="Tin nhắn",
        kind="sms",
        heading="Ngân hàng",
        lines=("Mã OTP của bạn: 83xxxx.", "KHÔNG cung cấp mã cho ai."),
    ),
    hero_alt=("Tin nhắn của ngân hàng có mã OTP và lời dặn không cung cấp mã này cho bất kỳ ai."),
    body=[
        Paragraph(
            "Mã OTP (mã số gửi qua tin nhắn) là dãy số ngân hàng gửi để xác nhận một giao dịch. Ai có mã "
            "này là có thể lấy tiền của bạn. Kẻ gian giả làm nhân viên ngân hàng, báo “tài khoản "
            "bị khóa” hay “được hoàn tiền” để xin mã."
        ),
        Step(
            title="Nhận ra cuộc gọi giả nhân viên ngân hàng",
            text=(
                "Người gọi báo tài khoản của bạn bị khóa, bị trừ tiền nhầm, được hoàn tiền, hay "
                "phải “cập nhật sinh trắc học”, rồi xin bạn đọc mã vừa nhận hoặc bấm đường link. "
                "Ngân hàng thật không bao giờ làm vậy."
            ),
            screen=Screen(
                app="Điện thoại",
                kind="call",
                heading="“Ngân hàng” 0xxx xxx 456",
                lines=("“Tài khoản bác bị khóa”", "“Đọc mã OTP để mở lại”"),
                danger=True,
            ),
            alt=(
                "Cuộc gọi đến từ người xưng nhân viên ngân hàng, báo tài khoản bị khóa và xin "
                "đọc mã OTP; có dấu X đỏ cảnh báo lừa đảo."
            ),
        ),
        Step(
            title="Đọc kỹ tin nhắn có mã OTP",
            text=(
                "Tin nhắn của ngân hàng thường dặn không đưa mã cho ai. Mã này chỉ để bạn tự gõ "
                "khi chính bạn đang chuyển tiền."
            ),
            screen=Screen(
                app="Tin nhắn",
                kind="sms",
                heading="Ngân hàng",
                lines=("Mã OTP của bạn: 83xxxx.", "KHÔNG cung cấp mã cho ai."),
            ),
            alt="Tin nhắn ngân hàng gửi mã OTP, kèm dòng chữ in hoa dặn không cung cấp mã cho ai.",
        ),
        Callout(
            kind="danger",
            title="Không bao giờ đưa mã OTP cho ai",
            text=(
                "Ngân hàng, công an, cán bộ xã đều không bao giờ hỏi mã OTP, mật khẩu hay mã "
                "PIN. Ai hỏi những thứ này là kẻ lừa đảo."
            ),
        ),
        Step(
            title="Không đọc mã, bấm “Kết thúc cuộc gọi”",
            text="Dù người gọi giục hay dọa, không đọc mã. Cúp máy ngay.",
            screen=Screen(
                app="Điện thoại",
                kind="call",
                heading="“Ngân hàng” 0xxx xxx 456",
                lines=("“Nhanh lên kẻo mất tiền”",),
                button="Kết thúc cuộc gọi",
                danger=True,
            ),
            alt=(
                "Cuộc gọi lừa đảo đang dọa mất tiền, mũi tên chỉ vào nút “Kết thúc cuộc gọi” "
                "được tô sáng."
            ),
        ),
        Step(
            title="Tự gọi tổng đài in sau thẻ ngân hàng",
            text=(
                "Muốn biết tài khoản có vấn đề thật không, hãy tự gọi số tổng đài in ở mặt sau "
                "thẻ, hoặc ra quầy giao dịch của ngân hàng."
            ),
            screen=Screen(
                app="Điện thoại",
                kind="app",
                heading="Danh bạ",
                lines=("Tổng đài ngân hàng", "Số in ở mặt sau thẻ"),
                button="Gọi",
            ),
            alt=(
                "Danh bạ mở ở mục Tổng đài ngân hàng, số lấy từ mặt sau thẻ, nút “Gọi” được tô "
                "sáng."
            ),
        ),
        Step(
            title="Lỡ đọc mã: ngắt mạng máy của bạn",
            text=(
                "Việc đầu tiên: bật “Chế độ máy bay” và tắt Wi-Fi, hoặc tắt nguồn điện thoại của "
                "bạn."
            ),
            screen=_MAY_BAY,
            alt=_MAY_BAY_ALT,
            tip="Tên mục có thể khác tùy phiên bản.",
        ),
        Step(
            title="Mượn máy khác gọi ngân hàng khóa tài khoản",
            text=(
                "Dùng điện thoại của người nhà gọi ngay tổng đài ngân hàng, nói rõ bạn đã lộ mã "
                "OTP và xin khóa tài khoản. Làm càng sớm càng dễ giữ được tiền."
            ),
            screen=Screen(
                app="Điện thoại",
                kind="app",
                heading="Đang gọi tổng đài",
                lines=("“Tôi lỡ đưa mã OTP”", "“Xin khóa tài khoản ngay”"),
            ),
            alt=(
                "Màn hình đang gọi tổng đài ngân hàng, kèm câu cần nói: tôi lỡ đưa mã OTP, xin "
                "khóa tài khoản ngay."
            ),
        ),
        _CHUA_DUNG_LAI,
        Step(
            title="Báo cho Công an xã",
            text=(
                "Đến Công an xã trình báo, mang theo điện thoại có cuộc gọi và tin nhắn. Đừng "
                "xóa chúng trước khi báo."
            ),
            screen=Screen(
                app="Điện thoại",
                kind="app",
                heading="Cuộc gọi gần đây",
                lines=("0xxx xxx 456 lúc 10:15", "(số gọi lừa đảo)"),
            ),
            alt=(
                "Danh sách cuộc gọi gần đây còn giữ số đã gọi lừa đảo lúc 10 giờ 15, để mang đi "
                "báo Công an xã."
            ),
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Tìm số tổng đài in ở mặt sau thẻ ngân hàng của bạn.",
                "Lưu số đó vào danh bạ với tên “Tổng đài ngân hàng”.",
                "Mở một tin nhắn OTP cũ, đọc dòng dặn không đưa mã cho ai.",
            ),
        ),
    ],
    related=("lua-dao-gia-danh-cong-an-vneid", "lua-dao-nguoi-than-gap-nan-deepfake"),
    sources=(
        NGUON_SINH_TRAC_GIA,
        _NGUON_NHAN_VIEN_NGAN_HANG_GIA,
        NGUON_BCA_GOI_VIDEO,
    ),
    checked=CHECKED,
)


LUA_DAO_NGAN_HANG_OTP.en = english(
    LUA_DAO_NGAN_HANG_OTP,
    title="Scams by fake bank staff asking for your OTP code",
    summary=(
        "Scammers pose as bank staff to get your OTP code; this lesson helps you spot them and "
        "keep your account safe."
    ),
    hero_alt="A bank text message with an OTP code and a warning never to give this code to anyone.",
    body=[
        Paragraph(
            "An OTP code (the code sent by text message) is a one-time code that your bank sends to confirm a "
            "transaction. Whoever has this code can take your money. Scammers pose as bank "
            "staff and say your “account is locked” or you “are due a refund” to get the code."
        ),
        Step(
            title="Recognise a call from fake bank staff",
            text=(
                "The caller says your account is locked, was charged by mistake, is due a refund "
                "or must “update its biometrics”, then asks you to read out the code you just got "
                "or to tap a link. Real banks never do this."
            ),
            screen=None,
            alt=(
                "An incoming call from someone claiming to be bank staff, saying the account is "
                "locked and asking for the OTP code; a red X warns of a scam."
            ),
        ),
        Step(
            title="Read the OTP message carefully",
            text=(
                "The bank's message usually warns you not to give the code to anyone. The code "
                "is only for you to type when you yourself are making a transfer."
            ),
            screen=None,
            alt=(
                "A bank text message with an OTP code and a line in capitals saying not to give "
                "the code to anyone."
            ),
        ),
        Callout(
            kind="danger",
            title="Never give your OTP code to anyone",
            text=(
                "Banks, the police and commune officials never ask for your OTP code, password "
                "or PIN. Anyone who asks for them is a scammer."
            ),
        ),
        Step(
            title="Do not read the code; tap “Kết thúc cuộc gọi” [End call]",
            text="However much the caller hurries or threatens you, do not read the code. Hang up at once.",
            screen=None,
            alt=(
                "The scam call threatens that you will lose money; an arrow points at the "
                "highlighted “Kết thúc cuộc gọi” [End call] button."
            ),
        ),
        Step(
            title="Call the hotline on the back of your bank card",
            text=(
                "To find out whether something is really wrong, call the hotline printed on the "
                "back of your card yourself, or go to a bank branch."
            ),
            screen=None,
            alt=(
                "The contacts open at the bank hotline, taken from the back of the card, with "
                "the “Gọi” [Call] button highlighted."
            ),
        ),
        Step(
            title="Gave the code away? Cut your phone off the network",
            text=(
                "First of all: turn on “Chế độ máy bay” [Airplane mode] and turn off Wi-Fi, or "
                "switch your phone off."
            ),
            screen=None,
            alt=_MAY_BAY_ALT_EN,
            tip="The name of the item may differ between versions.",
        ),
        Step(
            title="Borrow another phone and call your bank to lock the account",
            text=(
                "On a relative's phone, call the bank hotline at once, say that your OTP code was "
                "leaked and ask them to lock your account. The sooner you act, the better your "
                "chance of keeping your money."
            ),
            screen=None,
            alt=(
                "A screen calling the bank hotline, with what to say: I gave away my OTP code, "
                "please lock my account now."
            ),
        ),
        _CHUA_DUNG_LAI_EN,
        Step(
            title="Report it to the commune police",
            text=(
                "Go to the commune police to report it, and bring the phone with the call and "
                "the messages. Do not delete them before you report."
            ),
            screen=None,
            alt=(
                "The recent calls list still shows the scam number that called at 10:15, ready "
                "to show the commune police."
            ),
        ),
        Checklist(
            title="Try it yourself",
            items=(
                "Find the hotline printed on the back of your bank card.",
                "Save it in your contacts as “Tổng đài ngân hàng” [Bank hotline].",
                "Open an old OTP message and read the line telling you not to share the code.",
            ),
        ),
    ],
)


LUA_DAO_NGUOI_THAN = Lesson(
    slug="lua-dao-nguoi-than-gap-nan-deepfake",
    title="Lừa đảo “người thân gặp nạn” và cuộc gọi video giả",
    summary=(
        "Nhận biết chiêu lừa đảo báo người thân cấp cứu, hoặc gọi video giả mặt người thân, để "
        "đòi chuyển tiền gấp."
    ),
    duration=6,
    level="CB1",
    skills=("1.2", "4.2"),
    audiences=("elderly", "farmers", "workers", "traders"),
    tags=("lừa đảo", "deepfake", "người thân"),
    hero=Screen(
        app="Tin nhắn",
        kind="sms",
        heading="Số lạ 0xxx xxx 321",
        lines=("Con bác bị tai nạn nặng!", "Chuyển gấp 20 triệu đồng.", "Số TK: 0xxx xxx xxx"),
        danger=True,
    ),
    hero_alt=(
        "Tin nhắn từ số lạ báo con bị tai nạn, đòi chuyển gấp 20 triệu đồng, có dấu X đỏ cảnh "
        "báo lừa đảo."
    ),
    body=[
        Paragraph(
            "Kẻ gian gọi hoặc nhắn: “Con bác bị tai nạn, đang cấp cứu, chuyển tiền ngay”. Có khi "
            "là cuộc gọi video có mặt và giọng giống hệt người thân, do trí tuệ nhân tạo (AI) "
            "làm giả, gọi là deepfake. Chúng làm bạn hoảng để bạn chuyển tiền ngay."
        ),
        Step(
            title="Nhận ra lời giục chuyển tiền gấp",
            text=(
                "Số lạ báo người thân gặp nạn, đòi chuyển tiền ngay vào một tài khoản mang tên "
                "người khác. Càng bị giục, càng phải chậm lại."
            ),
            screen=Screen(
                app="Tin nhắn",
                kind="sms",
                heading="Số lạ 0xxx xxx 321",
                lines=(
                    "Con bác bị tai nạn nặng!",
                    "Chuyển gấp 20 triệu đồng.",
                    "Số TK: 0xxx xxx xxx",
                ),
                danger=True,
            ),
            alt=(
                "Tin nhắn lừa đảo từ số lạ báo con bị tai nạn và đòi chuyển gấp 20 triệu đồng; "
                "có dấu X đỏ."
            ),
        ),
        Step(
            title="Gọi video xin tiền: chưa chắc là người thân",
            text=(
                "Có khi là cuộc gọi video thấy đúng mặt, nghe đúng giọng người thân, rồi xin "
                "tiền gấp. Video giả có thể chớp mắt, cử động miệng như người thật, nên nhìn thôi "
                "không biết được."
            ),
            screen=Screen(
                app="Zalo",
                kind="call",
                heading="Cháu Lan (gọi video)",
                lines=("“Bà ơi, cháu Lan đây”", "“Bà chuyển giúp cháu ít tiền”"),
                danger=True,
            ),
            alt=(
                "Cuộc gọi video mang tên cháu Lan, người gọi xin bà chuyển giúp ít tiền; có dấu "
                "X đỏ cảnh báo."
            ),
        ),
        Step(
            title="Không chuyển tiền, bấm “Kết thúc cuộc gọi”",
            text="Chưa chuyển đồng nào. Cúp máy, và không trả lời tin nhắn đòi tiền đó.",
            screen=Screen(
                app="Điện thoại",
                kind="call",
                heading="Số lạ 0xxx xxx 321",
                lines=("“Chuyển ngay, không kịp đâu”",),
                button="Kết thúc cuộc gọi",
                danger=True,
            ),
            alt=(
                "Cuộc gọi lừa đảo đang giục chuyển tiền, mũi tên chỉ vào nút “Kết thúc cuộc "
                "gọi” được tô sáng."
            ),
        ),
        Callout(
            kind="warning",
            title="Thấy mặt, nghe giọng chưa chắc là thật",
            text=(
                "AI có thể làm giả khuôn mặt và giọng nói từ ảnh, video đăng trên mạng. Trước khi "
                "chuyển tiền, luôn cúp máy và tự gọi lại số của người đó mà bạn đã lưu."
            ),
        ),
        Step(
            title="Gọi lại người thân bằng số đã lưu",
            text=(
                "Tự gọi vào số của người thân mà bạn đã lưu từ trước, không gọi số vừa gọi đến. "
                "Không ai nghe thì gọi người nhà khác, nhà trường hay nơi làm việc."
            ),
            screen=Screen(
                app="Điện thoại",
                kind="app",
                heading="Danh bạ",
                lines=("Cháu Lan", "Số đã lưu từ lâu"),
                button="Gọi",
            ),
            alt="Danh bạ mở ở số của cháu Lan đã lưu từ lâu, nút “Gọi” được tô sáng.",
        ),
        Step(
            title="Hỏi một điều chỉ người nhà biết",
            text=(
                "Khi nói chuyện, hỏi một câu chỉ người nhà mới trả lời được, ví dụ tên con vật "
                "nuôi hay món ăn nhà mình hay nấu ngày Tết."
            ),
            screen=Screen(
                app="Điện thoại",
                kind="app",
                heading="Đang gọi: Cháu Lan",
                lines=("Bà hỏi: “Nhà mình nuôi", "con chó tên là gì?”"),
            ),
            alt=(
                "Màn hình đang gọi cho cháu Lan, kèm câu hỏi kiểm tra mà chỉ người nhà biết: con "
                "chó nhà mình tên là gì."
            ),
        ),
        Step(
            title="Báo Công an xã và cảnh báo người nhà",
            text=(
                "Giữ lại tin nhắn, rồi báo Công an xã số điện thoại, số tài khoản kẻ gian đưa ra. "
                "Nhắn người thân biết có kẻ đang giả danh họ."
            ),
            screen=Screen(
                app="Zalo",
                kind="chat",
                heading="Gia đình",
                lines=(
                    "Bà: Có kẻ giả cháu Lan",
                    "Bà: gọi video xin tiền đấy",
                    "Lan: Cháu vẫn ổn, bà ạ!",
                ),
            ),
            alt=(
                "Nhóm trò chuyện gia đình: bà báo có kẻ giả cháu Lan gọi video xin tiền, cháu "
                "Lan trả lời cháu vẫn ổn."
            ),
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Thống nhất với con cháu một câu hỏi bí mật của gia đình.",
                "Kiểm tra số điện thoại của con cháu đã lưu đúng trong danh bạ.",
                "Nhắc người nhà: chỉ nhận tin nhắn, cuộc gọi video thì chưa chuyển tiền.",
            ),
        ),
    ],
    related=("ai-nhan-biet-giong-noi-video-gia-deepfake", "lua-dao-gia-nhan-vien-ngan-hang-ma-otp"),
    sources=(
        NGUON_GOI_LAI_NGUOI_THAN,
        NGUON_DEEPFAKE,
    ),
    checked=CHECKED,
)


LUA_DAO_NGUOI_THAN.en = english(
    LUA_DAO_NGUOI_THAN,
    title="The “relative in trouble” scam and fake video calls",
    summary=(
        "Recognise scams that say a relative is in hospital, or fake a relative's face in a "
        "video call, to make you send money in a hurry."
    ),
    hero_alt=(
        "A text message from an unknown number saying your child had an accident and demanding "
        "20 million đồng at once, with a red X warning of a scam."
    ),
    body=[
        Paragraph(
            "A scammer calls or texts: “Your child had an accident and is in hospital, send "
            "money now”. Sometimes it is a video call with the face and voice of your relative, "
            "faked with artificial intelligence (AI), known as a deepfake. They frighten you so "
            "that you send money straight away."
        ),
        Step(
            title="Spot the pressure to send money fast",
            text=(
                "An unknown number says a relative is in trouble and demands money at once, to an "
                "account in someone else's name. The more they rush you, the slower you should go."
            ),
            screen=None,
            alt=(
                "A scam text from an unknown number saying your child had an accident and "
                "demanding 20 million đồng at once; a red X is shown."
            ),
        ),
        Step(
            title="A video call asking for money may not be your relative",
            text=(
                "Sometimes it is a video call with your relative's face and voice, asking for "
                "money in a hurry. A fake video can blink and move its mouth like a real person, "
                "so looking is not enough to tell."
            ),
            screen=None,
            alt=(
                "A video call in the name of granddaughter Lan, asking grandma to send her some "
                "money; a red X warns of a scam."
            ),
        ),
        Step(
            title="Send nothing; tap “Kết thúc cuộc gọi” [End call]",
            text="Do not send a single đồng. Hang up, and do not answer the message asking for money.",
            screen=None,
            alt=(
                "The scam call is pressing you to send money; an arrow points at the highlighted "
                "“Kết thúc cuộc gọi” [End call] button."
            ),
        ),
        Callout(
            kind="warning",
            title="Seeing a face or hearing a voice proves nothing",
            text=(
                "AI can fake a face and a voice from photos and videos posted online. Before you "
                "send money, always hang up and call the person back on the number you saved."
            ),
        ),
        Step(
            title="Call your relative back on the saved number",
            text=(
                "Call your relative on the number you saved long ago, not the number that just "
                "called. If nobody answers, call another relative, the school or the workplace."
            ),
            screen=None,
            alt="The contacts open at granddaughter Lan's long-saved number, with the “Gọi” [Call] button highlighted.",
        ),
        Step(
            title="Ask something only your family knows",
            text=(
                "While talking, ask a question only a family member can answer, such as the "
                "name of your pet or the dish your family always cooks at Tết."
            ),
            screen=None,
            alt=(
                "A screen calling granddaughter Lan, with a check question only the family "
                "knows: what is our dog's name?"
            ),
        ),
        Step(
            title="Report it to the commune police and warn your family",
            text=(
                "Keep the message, then give the commune police the phone number and bank account "
                "the scammer used. Tell your relative that someone is pretending to be them."
            ),
            screen=None,
            alt=(
                "A family group chat: grandma warns that someone faked Lan in a video call to "
                "ask for money, and Lan replies that she is fine."
            ),
        ),
        Checklist(
            title="Try it yourself",
            items=(
                "Agree on a secret family question with your children and grandchildren.",
                "Check that your children's numbers are saved correctly in your contacts.",
                "Remind your family: a message or a video call alone is no reason to send money.",
            ),
        ),
    ],
)


LUA_DAO_DUONG_LINK = Lesson(
    slug="lua-dao-duong-link-trung-thuong-hoan-tien",
    title="Lừa đảo qua đường link: trúng thưởng, hoàn tiền, biên lai giả",
    summary=(
        "Nhận biết tin nhắn lừa đảo báo trúng thưởng, hoàn tiền kèm đường link, ứng dụng lạ "
        "ngoài kho chính thức và ảnh chuyển khoản giả."
    ),
    duration=7,
    level="CB1",
    skills=("4.2", "4.1", "1.2"),
    audiences=("elderly", "traders", "workers", "students"),
    tags=("lừa đảo", "đường link lạ", "biên lai giả"),
    hero=Screen(
        app="Tin nhắn",
        kind="sms",
        heading="Số lạ 0xxx xxx 555",
        lines=("Chúc mừng bạn trúng xe máy!", "Nhận quà 40 triệu đồng tại:", "qua-tang-tri-an.xyz"),
        button="Chặn số",
        danger=True,
    ),
    hero_alt=(
        "Tin nhắn lừa đảo báo trúng xe máy kèm đường link lạ, có dấu X đỏ; nút “Chặn số” được tô "
        "sáng."
    ),
    body=[
        Paragraph(
            "Tin nhắn báo bạn “trúng thưởng”, “được hoàn tiền”, “nhận quà” kèm một đường link. "
            "Bấm vào, bạn bị dụ nhập số tài khoản, mật khẩu, mã OTP (mã số gửi qua tin nhắn), "
            "hoặc cài ứng dụng có mã độc. Người bán hàng còn gặp ảnh chụp “đã chuyển khoản” làm giả."
        ),
        Step(
            title="Nhận ra tin nhắn “trúng thưởng”, “hoàn tiền”",
            text=(
                "Tin báo quà lớn, hoàn tiền, giục bấm link ngay trong hôm nay là dấu hiệu lừa "
                "đảo. Bạn không tham gia thì không thể trúng thưởng."
            ),
            screen=Screen(
                app="Tin nhắn",
                kind="sms",
                heading="Số lạ 0xxx xxx 555",
                lines=(
                    "Chúc mừng bạn trúng xe máy!",
                    "Nhận quà 40 triệu đồng tại:",
                    "qua-tang-tri-an.xyz",
                ),
                danger=True,
            ),
            alt=(
                "Tin nhắn từ số lạ báo trúng quà 40 triệu đồng, kèm đường link lạ "
                "qua-tang-tri-an.xyz; có dấu X đỏ cảnh báo lừa đảo."
            ),
        ),
        Step(
            title="Không bấm link, bấm “Chặn số”",
            text=(
                "Đừng bấm vào đường link. Chặn số gửi, nhưng giữ lại tin nhắn hoặc ảnh chụp màn "
                "hình cho đến khi đã báo công an."
            ),
            screen=Screen(
                app="Tin nhắn",
                kind="sms",
                heading="Số lạ 0xxx xxx 555",
                lines=(
                    "Bạn được hoàn 350.000 đồng.",
                    "Nhận ngay hôm nay tại:",
                    "hoantien-nhanh.xyz",
                ),
                button="Chặn số",
                danger=True,
            ),
            alt=(
                "Tin nhắn lừa đảo báo hoàn tiền điện kèm đường link lạ, có dấu X đỏ; mũi tên chỉ "
                "vào nút “Chặn số” được tô sáng."
            ),
            tip="Tên mục có thể khác tùy phiên bản. Chưa xóa tin nhắn: đó là bằng chứng.",
        ),
        Step(
            title="Xem địa chỉ trang trước khi nhập gì",
            text=(
                "Lỡ mở trang web thì nhìn dòng địa chỉ trên cùng, bỏ qua “https://”: trang cơ quan "
                "nhà nước có “.gov.vn” ngay trước dấu “/” đầu tiên. Trang lạ đòi mật khẩu, mã OTP "
                "là trang lừa đảo."
            ),
            screen=Screen(
                app="Trình duyệt",
                kind="browser",
                heading="hoantien-nhanh.xyz",
                lines=("Nhận hoàn tiền điện", "Số tài khoản: ______", "Mã OTP: ______"),
                danger=True,
            ),
            alt=(
                "Trang web giả địa chỉ hoantien-nhanh.xyz đòi nhập số tài khoản và mã OTP để "
                "“nhận tiền”; có viền đỏ và dấu X lớn."
            ),
            tip=(
                "“dichvucong.gov.vn.xyz” là trang giả, vì nó kết thúc bằng “.xyz”. Có trang chính "
                "thức không có đuôi “.gov.vn”, như chinhphu.vn."
            ),
        ),
        Step(
            title="Chỉ cài ứng dụng từ CH Play, App Store",
            text=(
                "Trang nào bảo tải tệp cài đặt về máy, thường có đuôi “.apk”, thì không tải. Chỉ "
                "cài ứng dụng từ CH Play hoặc App Store."
            ),
            screen=Screen(
                app="Trình duyệt",
                kind="browser",
                heading="tai-app-nhan-qua.xyz",
                lines=("Tải ứng dụng nhận quà", "nhanqua.apk"),
                danger=True,
            ),
            alt=(
                "Trang web lạ mời tải tệp nhanqua.apk ngoài kho ứng dụng chính thức; có viền đỏ "
                "và dấu X lớn, nghĩa là không được tải."
            ),
        ),
        Step(
            title="Người bán: đừng tin ảnh chụp chuyển khoản",
            text=(
                "Khách gửi ảnh “chuyển khoản thành công” chưa chắc là thật, vì ảnh có thể làm "
                "giả. Chưa giao hàng vội."
            ),
            screen=Screen(
                app="Zalo",
                kind="chat",
                heading="Khách mua hàng",
                lines=(
                    "Khách: Em chuyển rồi nhé",
                    "Khách: [Ảnh: Thành công]",
                    "Khách: Chị giao hàng đi ạ",
                ),
                danger=True,
            ),
            alt=(
                "Tin nhắn Zalo của khách gửi ảnh chụp “chuyển khoản thành công” và giục giao "
                "hàng; có dấu X đỏ nhắc ảnh này có thể là giả."
            ),
        ),
        Step(
            title="Mở ứng dụng ngân hàng xem tiền đã về chưa",
            text=(
                "Chỉ tin thông báo của chính ngân hàng, hoặc lịch sử giao dịch trong ứng dụng "
                "ngân hàng của bạn. Tiền về rồi mới giao hàng."
            ),
            screen=Screen(
                app="Ngân hàng",
                kind="app",
                heading="Lịch sử giao dịch",
                lines=("+350.000 đồng", "Từ: NGUYEN VAN A", "Hôm nay, 10:20"),
            ),
            alt=(
                "Ứng dụng ngân hàng của người bán, mục lịch sử giao dịch, cho thấy đã nhận "
                "350.000 đồng lúc 10 giờ 20 hôm nay."
            ),
        ),
        Step(
            title="Lỡ nhập thông tin: ngắt mạng máy đó ngay",
            text=(
                "Đã nhập mật khẩu, mã OTP hay cài ứng dụng lạ thì việc đầu tiên là bật “Chế độ "
                "máy bay” và tắt Wi-Fi, hoặc tắt nguồn máy đó. Rồi làm tiếp theo thứ tự bên dưới."
            ),
            screen=_MAY_BAY,
            alt=_MAY_BAY_ALT,
            tip="Tên mục có thể khác tùy phiên bản.",
        ),
        _LO_CAI_THEO_THU_TU,
        Callout(
            kind="danger",
            title="Nhận tiền không bao giờ cần mã OTP",
            text=(
                "Để nhận tiền, bạn chỉ cần cho số tài khoản. Không bao giờ phải quét mã QR, nhập "
                "mật khẩu hay đưa mã OTP để nhận tiền."
            ),
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Mở hộp tin nhắn, tìm tin lạ có đường link: không bấm link, chặn số gửi.",
                "Xem lại các ứng dụng trên máy, hỏi con cháu nếu có ứng dụng bạn không nhớ đã cài.",
                "Người bán hàng: bật thông báo tiền về trong ứng dụng ngân hàng.",
            ),
        ),
    ],
    related=("lua-dao-gia-nhan-vien-ngan-hang-ma-otp", "tim-kiem-thong-tin-dang-tin-cay"),
    sources=(
        NGUON_DVC_GIA,
        NGUON_BCA_VNEID_GIA,
        NGUON_BIEN_LAI_GIA,
    ),
    checked=CHECKED,
)


LUA_DAO_DUONG_LINK.en = english(
    LUA_DAO_DUONG_LINK,
    title="Link scams: prizes, refunds and fake receipts",
    summary=(
        "Recognise scam messages about prizes or refunds with a link, apps from outside the "
        "official stores, and fake transfer receipts."
    ),
    hero_alt=(
        "A scam message announcing a motorbike prize with a strange link and a red X; the “Chặn "
        "số” [Block number] button is highlighted."
    ),
    body=[
        Paragraph(
            "A message says you have “won a prize”, “got a refund” or “a gift” and gives a link. "
            "Tap it and you are lured into typing your account number, password or OTP code (the "
            "code sent by text message), or installing an app with malware. Sellers also receive faked “transfer done” screenshots."
        ),
        Step(
            title="Recognise “prize” and “refund” messages",
            text=(
                "A message about a big prize or a refund that rushes you to tap a link today is a "
                "scam. You cannot win a prize you never entered."
            ),
            screen=None,
            alt=(
                "A message from an unknown number announcing a motorbike prize worth 40 million "
                "đồng with the strange link qua-tang-tri-an.xyz; a red X warns of a scam."
            ),
        ),
        Step(
            title="Do not tap the link; tap “Chặn số” [Block number]",
            text=(
                "Do not tap the link. Block the sender, but keep the message or a screenshot until "
                "you have reported it to the police."
            ),
            screen=None,
            alt=(
                "A scam message about an electricity refund with a strange link and a red X; an "
                "arrow points at the highlighted “Chặn số” [Block number] button."
            ),
            tip=(
                "The name of the item may differ between versions. Do not delete the message yet: "
                "it is evidence."
            ),
        ),
        Step(
            title="Check the web address before typing anything",
            text=(
                "If a page opened, look at the address line at the top, skipping “https://”: a "
                "government site has “.gov.vn” right before the first “/”. A strange page asking "
                "for a password or OTP code is a scam."
            ),
            screen=None,
            alt=(
                "A fake web page at hoantien-nhanh.xyz asking for an account number and OTP code "
                "to “receive money”; it has a red border and a big X."
            ),
            tip=(
                "“dichvucong.gov.vn.xyz” is fake, because it ends in “.xyz”. Some official sites "
                "do not end in “.gov.vn”, such as chinhphu.vn."
            ),
        ),
        Step(
            title="Install apps only from CH Play (Google Play) or the App Store",
            text=(
                "If a page tells you to download an installation file, often ending in “.apk”, "
                "do not download it. Install apps only from CH Play or the App Store."
            ),
            screen=None,
            alt=(
                "A strange web page offering the file nhanqua.apk outside the official app "
                "stores; a red border and a big X mean do not download it."
            ),
        ),
        Step(
            title="Sellers: do not trust transfer screenshots",
            text=(
                "A customer's “transfer successful” picture may not be real, because pictures "
                "can be faked. Do not hand over the goods yet."
            ),
            screen=None,
            alt=(
                "A customer's Zalo messages with a “transfer successful” screenshot, urging "
                "delivery; a red X reminds you the picture may be fake."
            ),
        ),
        Step(
            title="Open your bank app to see if the money arrived",
            text=(
                "Trust only your bank's own notification, or the transaction history in your own "
                "bank app. Hand over the goods once the money is there."
            ),
            screen=None,
            alt=(
                "The seller's bank app, transaction history, showing 350,000 đồng received at "
                "10:20 today."
            ),
        ),
        Step(
            title="Typed your details? Cut that phone off the network at once",
            text=(
                "If you typed a password or OTP code or installed a strange app, first turn on "
                "“Chế độ máy bay” [Airplane mode] and turn off Wi-Fi, or switch that phone off. "
                "Then go on in the order below."
            ),
            screen=None,
            alt=_MAY_BAY_ALT_EN,
            tip="The name of the item may differ between versions.",
        ),
        _LO_CAI_THEO_THU_TU_EN,
        Callout(
            kind="danger",
            title="Receiving money never needs an OTP code",
            text=(
                "To receive money you only give your account number. You never have to scan a QR "
                "code, type a password or give an OTP code to receive money."
            ),
        ),
        Checklist(
            title="Try it yourself",
            items=(
                "Open your messages and find strange messages with links: do not tap the link, block the sender.",
                "Look through the apps on your phone; ask your family about any you do not remember installing.",
                "Sellers: turn on incoming-money notifications in your bank app.",
            ),
        ),
    ],
)


# ---------------------------------------------------------------------------------------------
# The topic, with its English translation
# ---------------------------------------------------------------------------------------------
TOPIC = Topic(
    slug="phong-chong-lua-dao",
    title="Phòng chống lừa đảo trực tuyến",
    intro=(
        "Kẻ lừa đảo giả làm công an, cán bộ xã, nhân viên ngân hàng, thậm chí giả cả giọng nói "
        "và khuôn mặt người thân. Các bài học chỉ ra dấu hiệu nhận biết và việc cần làm ngay: "
        "cúp máy, tự gọi lại số đã biết, không đưa mã OTP cho ai. Lỡ cài ứng dụng lạ hay đưa mã, "
        "hãy ngắt mạng máy đó, mượn máy khác gọi ngân hàng khóa tài khoản, rồi báo Công an xã."
    ),
    hero=Screen(
        app="Điện thoại",
        kind="call",
        heading="Số lạ 0xxx xxx 789",
        lines=("“Tôi là công an xã”", "“Đọc mã OTP cho tôi”"),
        button="Kết thúc cuộc gọi",
        danger=True,
    ),
    hero_alt=(
        "Cuộc gọi lừa đảo từ số lạ xưng công an xã và xin mã OTP, có dấu X đỏ; nút “Kết thúc "
        "cuộc gọi” được tô sáng."
    ),
    lessons=[LUA_DAO_CONG_AN, LUA_DAO_NGAN_HANG_OTP, LUA_DAO_NGUOI_THAN, LUA_DAO_DUONG_LINK],
)


TOPIC.en = Topic(
    slug=TOPIC.slug,
    title="Protecting yourself from online scams",
    intro=(
        "Scammers pose as police officers, commune officials and bank staff, and even fake the "
        "voice and face of your relatives. These lessons show the warning signs and what to do "
        "at once: hang up, call back on a number you already know, never give your OTP code to "
        "anyone. If you installed a strange app or gave away a code, cut that phone off the "
        "network, borrow another phone to call your bank to lock the account, then report to the "
        "commune police."
    ),
    hero=TOPIC.hero,
    hero_alt=(
        "A scam call from an unknown number claiming to be the commune police and asking for "
        "the OTP code, with a red X; the “Kết thúc cuộc gọi” [End call] button is highlighted."
    ),
    lessons=[],
)


# ---------------------------------------------------------------------------------------------
# The quiz (skills 4.2, 1.2, 4.1), with an English translation
# ---------------------------------------------------------------------------------------------
QUIZ = Quiz(
    topic="phong-chong-lua-dao",
    title="Kiểm tra: Phòng chống lừa đảo trực tuyến",
    intro="Bài kiểm tra có 8 câu hỏi, không giới hạn thời gian. "
    "Cần đúng ít nhất 7 trên 8 câu để đạt; bạn có thể làm lại bao nhiêu lần cũng được.",
    pass_mark=80,
    shuffle=True,
    questions=[
        Question(
            kind="scenario",
            text="Bạn nhận cuộc gọi như trong hình. Bạn làm gì?",
            skill="1.2",
            scenario=Screen(
                app="Điện thoại",
                kind="call",
                heading="Số lạ 0xxx xxx 789",
                lines=(
                    "“Tôi là công an xã”",
                    "“Bác phải nâng cấp VNeID”",
                    "“Bấm link tôi gửi qua Zalo”",
                ),
            ),
            scenario_alt="Cuộc gọi đến từ số lạ 0xxx xxx 789: người gọi xưng là công an xã, "
            "bảo phải nâng cấp VNeID bằng đường link gửi qua Zalo.",
            choices=(
                Choice(
                    text="Cúp máy ngay, không bấm vào link",
                    correct=True,
                    feedback="Đúng: đây là chiêu lừa đảo; không ai “nâng cấp” VNeID giúp bạn "
                    "qua điện thoại.",
                ),
                Choice(
                    text="Bấm link để nâng cấp cho kịp",
                    feedback="Chưa đúng: link đó cài ứng dụng giả, kẻ gian điều khiển được "
                    "điện thoại và rút tiền của bạn.",
                ),
                Choice(
                    text="Gọi lại số vừa gọi để hỏi cho chắc",
                    feedback="Chưa đúng: đừng gọi lại số vừa gọi cho bạn; "
                    "hãy gọi số Công an xã bạn đã lưu từ trước.",
                ),
                Choice(
                    text="Làm theo, vì người gọi đọc đúng họ tên của bạn",
                    feedback="Chưa đúng: kẻ gian thường mua được thông tin cá nhân, "
                    "nên biết tên bạn cũng không chứng minh điều gì.",
                ),
            ),
        ),
        Question(
            kind="picture",
            text="Bạn muốn cài ứng dụng VNeID. Màn hình nào là cách cài an toàn?",
            skill="4.1",
            picture_choices=(
                PictureChoice(
                    screen=Screen(
                        app="CH Play",
                        kind="store",
                        heading="VNeID",
                        lines=("Trung tâm dữ liệu quốc gia về dân cư", "Định danh điện tử"),
                        button="Cài đặt",
                    ),
                    alt="Trang CH Play của ứng dụng “VNeID”, nhà phát triển ghi “Trung tâm dữ "
                    "liệu quốc gia về dân cư”, có nút “Cài đặt”.",
                    correct=True,
                    feedback="Đúng: chỉ cài ứng dụng từ CH Play hoặc App Store, và chọn đúng "
                    "VNeID của Trung tâm dữ liệu quốc gia về dân cư (Bộ Công an).",
                ),
                PictureChoice(
                    screen=Screen(
                        app="Tin nhắn",
                        kind="sms",
                        heading="0xxx xxx 789",
                        lines=(
                            "Nâng cấp VNeID mức 2 ngay.",
                            "Cài ứng dụng tại:",
                            "vneid-capnhat.xyz",
                        ),
                    ),
                    alt="Tin nhắn từ số 0xxx xxx 789 mời nâng cấp VNeID mức 2 bằng cách cài "
                    "ứng dụng tại vneid-capnhat.xyz.",
                    feedback="Chưa đúng: ứng dụng cài từ đường link trong tin nhắn là phần mềm "
                    "độc hại, chiếm quyền điều khiển điện thoại.",
                ),
                PictureChoice(
                    screen=Screen(
                        app="Trình duyệt",
                        kind="browser",
                        heading="vneid-moi.xyz",
                        lines=("Tải VNeID bản mới", "vneid-moi.apk"),
                        button="Tải về",
                    ),
                    alt="Trang web vneid-moi.xyz mời tải tệp vneid-moi.apk, gọi là VNeID bản mới.",
                    feedback="Chưa đúng: trang web bảo tải tệp “.apk” về máy là ngoài kho ứng "
                    "dụng chính thức, đừng tải.",
                ),
            ),
        ),
        Question(
            kind="multiple",
            text="Những việc nào nên làm khi nhận cuộc gọi lạ tự xưng công an? "
            "(chọn tất cả câu đúng)",
            skill="4.2",
            choices=(
                Choice(
                    text="Cúp máy, không cần giải thích hay tranh cãi",
                    correct=True,
                    feedback="Đúng: cúp máy ngay là việc đầu tiên nên làm, "
                    "kể cả khi người gọi biết tên bạn.",
                ),
                Choice(
                    text="Tự gọi số Công an xã đã lưu từ trước, hoặc đến thẳng trụ sở",
                    correct=True,
                    feedback="Đúng: hỏi lại bằng số bạn đã biết, không gọi lại số vừa gọi cho bạn.",
                ),
                Choice(
                    text="Đọc mã OTP nếu người gọi cần để “xác minh”",
                    feedback="Chưa đúng: công an không bao giờ hỏi mã OTP hay thông tin "
                    "tài khoản ngân hàng qua điện thoại.",
                ),
                Choice(
                    text="Chuyển tiền vào tài khoản người gọi đưa để “phục vụ điều tra”",
                    feedback="Chưa đúng: công an không bao giờ yêu cầu chuyển tiền "
                    "qua điện thoại hay mạng xã hội.",
                ),
            ),
        ),
        Question(
            kind="true_false",
            text="Công an có thể làm việc với người dân qua cuộc gọi video.",
            skill="1.2",
            answer=False,
            feedback_true="Chưa đúng: công an không làm việc với người dân qua cuộc gọi video "
            "(Bộ Công an, 2025).",
            feedback_false="Đúng: công an không làm việc qua cuộc gọi video; khi cần, công an "
            "gửi giấy mời. Người lạ gọi video xưng công an thì cúp máy.",
        ),
        Question(
            kind="scenario",
            text="Bạn nhận tin nhắn này. Việc đầu tiên nên làm là gì?",
            skill="1.2",
            scenario=Screen(
                app="Tin nhắn",
                kind="sms",
                heading="Số lạ 0xxx xxx 321",
                lines=(
                    "Con bác bị tai nạn nặng!",
                    "Chuyển gấp 20 triệu đồng.",
                    "Số TK: 0xxx xxx xxx",
                ),
            ),
            scenario_alt="Tin nhắn từ số lạ 0xxx xxx 321 báo con bạn bị tai nạn nặng, "
            "đòi chuyển gấp 20 triệu đồng vào một số tài khoản.",
            choices=(
                Choice(
                    text="Gọi cho con bằng số đã lưu từ trước để kiểm tra",
                    correct=True,
                    feedback="Đúng: tự gọi số đã lưu, không gọi số vừa nhắn; "
                    "không ai nghe thì gọi người nhà khác.",
                ),
                Choice(
                    text="Chuyển tiền ngay kẻo không kịp",
                    feedback="Chưa đúng: kẻ gian làm bạn hoảng để chuyển tiền ngay; "
                    "càng bị giục càng phải chậm lại.",
                ),
                Choice(
                    text="Nhắn lại số đó hỏi con đang ở bệnh viện nào",
                    feedback="Chưa đúng: đừng trả lời tin nhắn đòi tiền; "
                    "hãy gọi số của con mà bạn đã lưu.",
                ),
            ),
        ),
        Question(
            kind="true_false",
            text="Trong cuộc gọi video, thấy đúng mặt, nghe đúng giọng người thân "
            "thì chắc chắn đó là người thân thật.",
            skill="1.2",
            answer=False,
            feedback_true="Chưa đúng: AI có thể làm giả khuôn mặt và giọng nói (deepfake); "
            "trước khi chuyển tiền, hãy cúp máy và gọi lại số đã lưu.",
            feedback_false="Đúng: thấy mặt, nghe giọng chưa chắc là thật; "
            "hãy cúp máy và tự gọi lại số của người đó mà bạn đã lưu.",
        ),
        Question(
            kind="single",
            text="Bạn lỡ cài ứng dụng lạ theo lời người gọi điện. Việc cần làm ngay là gì?",
            skill="4.1",
            choices=(
                Choice(
                    text="Ngắt mạng máy đó (chế độ máy bay và tắt Wi-Fi, hoặc tắt nguồn), "
                    "mượn máy khác gọi tổng đài ngân hàng xin khóa tài khoản, rồi báo Công an xã",
                    correct=True,
                    feedback="Đúng: ngắt mạng trước để kẻ gian hết điều khiển được máy; chưa "
                    "dùng máy đó cho ngân hàng, VNeID cho đến khi cửa hàng uy tín khôi phục cài "
                    "đặt gốc, và đổi mật khẩu trên một máy khác an toàn.",
                ),
                Choice(
                    text="Xóa ứng dụng lạ đi, rồi dùng máy như bình thường",
                    feedback="Chưa đúng: xóa ứng dụng thôi là chưa đủ; hãy ngắt mạng máy đó "
                    "và mượn máy khác gọi ngân hàng khóa tài khoản ngay.",
                ),
                Choice(
                    text="Gọi lại số vừa bảo bạn cài để hỏi cách gỡ",
                    feedback="Chưa đúng: đó chính là kẻ gian; "
                    "hãy gọi tổng đài ngân hàng theo số in ở mặt sau thẻ.",
                ),
            ),
        ),
        Question(
            kind="single",
            text="Ai được phép hỏi mã OTP của bạn?",
            skill="4.2",
            choices=(
                Choice(
                    text="Không ai cả: ngân hàng, công an, cán bộ xã đều không bao giờ hỏi",
                    correct=True,
                    feedback="Đúng: mã OTP chỉ để bạn tự gõ khi chính bạn đang chuyển tiền; "
                    "ai hỏi mã là kẻ lừa đảo.",
                ),
                Choice(
                    text="Nhân viên ngân hàng gọi báo tài khoản bị khóa",
                    feedback="Chưa đúng: ngân hàng thật không bao giờ gọi xin mã OTP; "
                    "muốn biết thì tự gọi tổng đài in sau thẻ.",
                ),
                Choice(
                    text="Cán bộ xã đến nhà “cập nhật dữ liệu”",
                    feedback="Chưa đúng: cán bộ xã không bao giờ hỏi mã OTP, mật khẩu hay mã PIN.",
                ),
            ),
        ),
    ],
)


QUIZ.en = Quiz(
    topic="phong-chong-lua-dao",
    title="Quiz: Protecting yourself from online scams",
    intro="This quiz has 8 questions and no time limit. "
    "You need at least 7 of the 8 answers right to pass, and you can try again as many times as you like.",
    pass_mark=80,
    shuffle=True,
    questions=[
        Question(
            kind="scenario",
            text="You get the call shown in the picture. What do you do?",
            skill="1.2",
            scenario=None,
            scenario_alt="An incoming call from the unknown number 0xxx xxx 789: the caller "
            "says he is from the commune police and tells you to upgrade VNeID through a link "
            "sent by Zalo.",
            choices=(
                Choice(
                    text="Hang up at once and do not tap the link",
                    correct=True,
                    feedback="Correct: this is a scam; nobody can “upgrade” VNeID for you over "
                    "the phone.",
                ),
                Choice(
                    text="Tap the link to upgrade in time",
                    feedback="Incorrect: the link installs a fake app that lets the scammer "
                    "control your phone and take your money.",
                ),
                Choice(
                    text="Call that number back to make sure",
                    feedback="Incorrect: never call back the number that just called you; "
                    "call the commune police number you saved before.",
                ),
                Choice(
                    text="Do as they say, because the caller knows your full name",
                    feedback="Incorrect: scammers often buy personal data, "
                    "so knowing your name proves nothing.",
                ),
            ),
        ),
        Question(
            kind="picture",
            text="You want to install the VNeID app. Which screen shows the safe way to "
            "install it?",
            skill="4.1",
            picture_choices=(
                PictureChoice(
                    screen=None,
                    alt="The CH Play (Google Play) page of the app “VNeID”, with the developer shown as “Trung "
                    "tâm dữ liệu quốc gia về dân cư” [National Population Data Center] and a "
                    "“Cài đặt” [Install] button.",
                    correct=True,
                    feedback="Correct: install apps only from CH Play or the App "
                    "Store, and choose the VNeID app of the National Population Data Center "
                    "(Ministry of Public Security).",
                ),
                PictureChoice(
                    screen=None,
                    alt="A text message from 0xxx xxx 789 inviting you to upgrade VNeID to "
                    "level 2 by installing an app from vneid-capnhat.xyz.",
                    feedback="Incorrect: an app installed from a link in a message is malware "
                    "that takes over your phone.",
                ),
                PictureChoice(
                    screen=None,
                    alt="The web page vneid-moi.xyz offering the file vneid-moi.apk "
                    "as a new version of VNeID.",
                    feedback="Incorrect: a web page telling you to download an “.apk” file is "
                    "outside the official stores; do not download it.",
                ),
            ),
        ),
        Question(
            kind="multiple",
            text="What should you do when a stranger calls saying they are police? "
            "(choose all correct answers)",
            skill="4.2",
            choices=(
                Choice(
                    text="Hang up, with no need to explain or argue",
                    correct=True,
                    feedback="Correct: hanging up at once is the first thing to do, "
                    "even if the caller knows your name.",
                ),
                Choice(
                    text="Call the commune police on the number you saved before, "
                    "or go to their office",
                    correct=True,
                    feedback="Correct: check on a number you already know, "
                    "not the number that just called you.",
                ),
                Choice(
                    text="Read out your OTP code if the caller needs it to “verify” you",
                    feedback="Incorrect: the police never ask for OTP codes or bank details "
                    "by phone.",
                ),
                Choice(
                    text="Send money to the account the caller gives, “for the investigation”",
                    feedback="Incorrect: the police never ask for money transfers "
                    "by phone or social media.",
                ),
            ),
        ),
        Question(
            kind="true_false",
            text="The police may deal with citizens by video call.",
            skill="1.2",
            answer=False,
            feedback_true="Incorrect: the police do not deal with citizens by video call "
            "(Ministry of Public Security, 2025).",
            feedback_false="Correct: the police do not work by video call; when they need you, "
            "they send an invitation. If a stranger video-calls you saying they are police, hang up.",
        ),
        Question(
            kind="scenario",
            text="You receive this message. What should you do first?",
            skill="1.2",
            scenario=None,
            scenario_alt="A text message from the unknown number 0xxx xxx 321 saying your child "
            "had a bad accident and demanding 20 million đồng at once to an account number.",
            choices=(
                Choice(
                    text="Call your child on the number you saved before, to check",
                    correct=True,
                    feedback="Correct: call the saved number, not the one that texted; "
                    "if nobody answers, call another relative.",
                ),
                Choice(
                    text="Send the money at once before it is too late",
                    feedback="Incorrect: scammers frighten you so that you pay at once; "
                    "the more they rush you, the slower you should go.",
                ),
                Choice(
                    text="Text that number back to ask which hospital your child is in",
                    feedback="Incorrect: do not answer a message asking for money; "
                    "call your child's saved number.",
                ),
            ),
        ),
        Question(
            kind="true_false",
            text="In a video call, if you see your relative's face and hear their voice, "
            "it is surely your real relative.",
            skill="1.2",
            answer=False,
            feedback_true="Incorrect: AI can fake a face and a voice (deepfake); "
            "before sending money, hang up and call back on the number you saved.",
            feedback_false="Correct: a face and a voice are no proof; "
            "hang up and call the person back on the number you saved.",
        ),
        Question(
            kind="single",
            text="You installed a strange app because a caller told you to. "
            "What must you do at once?",
            skill="4.1",
            choices=(
                Choice(
                    text="Cut that phone off the network (airplane mode and Wi-Fi off, or switch "
                    "it off), borrow another phone to call your bank's hotline to lock the "
                    "account, then tell the commune police",
                    correct=True,
                    feedback="Correct: cutting the network first stops the scammer controlling "
                    "the phone; do not use that phone for your bank or VNeID until a trusted "
                    "shop has reset it to factory settings, and change your passwords on "
                    "another, safe device.",
                ),
                Choice(
                    text="Delete the strange app, then use the phone as usual",
                    feedback="Incorrect: deleting the app is not enough; cut that phone off the "
                    "network and borrow another phone to call your bank to lock the account "
                    "at once.",
                ),
                Choice(
                    text="Call back the number that told you to install it, "
                    "to ask how to remove it",
                    feedback="Incorrect: that is the scammer; call your bank on the hotline "
                    "printed on the back of your card.",
                ),
            ),
        ),
        Question(
            kind="single",
            text="Who may ask for your OTP code?",
            skill="4.2",
            choices=(
                Choice(
                    text="Nobody: banks, the police and commune officials never ask for it",
                    correct=True,
                    feedback="Correct: the OTP code is only for you to type when you yourself "
                    "are making a transfer; anyone who asks for it is a scammer.",
                ),
                Choice(
                    text="Bank staff who call to say your account is locked",
                    feedback="Incorrect: real banks never call to ask for your OTP code; "
                    "to check, call the hotline on the back of your card yourself.",
                ),
                Choice(
                    text="A commune official who comes to your house to “update your data”",
                    feedback="Incorrect: commune officials never ask for your OTP code, "
                    "password or PIN.",
                ),
            ),
        ),
    ],
)
