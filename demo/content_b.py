"""Demo content, part B: topics 5 to 8 of the commune's "Bình dân học vụ số" portal.

5. Phòng chống lừa đảo trực tuyến (with a full English translation)
6. Sử dụng trí tuệ nhân tạo (AI)
7. Zalo nhóm thôn
8. Đo tốc độ Internet (i-Speed) và tìm kiếm thông tin

Facts follow the shared content brief (CONTENT.md). Phone numbers and web addresses in scam pictures are
deliberately fake ("0xxx xxx 789", "*.xyz"); no real bank, brand or logo is shown.
Each lesson is a module-level constant; ``TOPICS`` at the bottom lists them in order.
"""

from __future__ import annotations

from demo.spec import Callout, Checklist, Lesson, Paragraph, Screen, Source, Step, Topic

# ---------------------------------------------------------------------------------------------
# Sources: the public pages the lessons' facts rest on (shown to citizens under "Nguồn"), and the
# day an editor last checked the lessons. A date is "" where the page shows none or it is unsure.
# ---------------------------------------------------------------------------------------------

CHECKED = "2026-11-29"

_NGUON_BCA_VNEID_GIA = Source(
    title=(
        "Bộ Công an khuyến cáo 4 điều người dân cần lưu ý để tránh bị chiếm đoạt tài khoản "
        "ngân hàng"
    ),
    publisher="CafeF",
    url="https://cafef.vn/bo-cong-an-khuyen-cao-4-dieu-nguoi-dan-can-luu-y-de-tranh-bi-chiem-doat-tai-khoan-ngan-hang-188240208104440651.chn",
    date="2024-02-08",
)
_NGUON_BCA_GOI_VIDEO = Source(
    title="Nghe điện thoại có nội dung sau, hãy tắt máy ngay lập tức",
    publisher="Kenh14",
    url="https://kenh14.vn/nghe-dien-thoai-co-noi-dung-sau-hay-tat-may-ngay-lap-tuc-215251021111231632.chn",
    date="2025-10-21",
)
_NGUON_CA_MAU_VNEID = Source(
    title="Công an tỉnh Cà Mau cảnh báo thủ đoạn lừa đảo phụ huynh cài ứng dụng VNeID",
    publisher="Báo Thanh Niên",
    url="https://thanhnien.vn/cong-an-tinh-ca-mau-canh-bao-thu-doan-lua-dao-phu-huynh-cai-ung-dung-vneid-185250514042410221.htm",
    date="2025-05-14",
)
_NGUON_SINH_TRAC_GIA = Source(
    title="Cảnh báo mạo danh ngân hàng hỗ trợ cập nhật sinh trắc học để lừa đảo",
    publisher="BNEWS (Thông tấn xã Việt Nam)",
    url="https://bnews.vn/canh-bao-mao-danh-ngan-hang-ho-tro-cap-nhat-sinh-trac-hoc-de-lua-dao/339110.html",
    date="2024-07-01",
)
_NGUON_NHAN_VIEN_NGAN_HANG_GIA = Source(
    title='Cảnh báo "chiêu lừa" giả danh nhân viên ngân hàng cài sinh trắc học',
    publisher="Afamily (theo VTC News)",
    url="https://afamily.vn/canh-bao-chieu-lua-gia-danh-nhan-vien-ngan-hang-cai-sinh-trac-hoc-20240707182901105.chn",
    date="2024-07-07",
)
_NGUON_GOI_LAI_NGUOI_THAN = Source(
    title="Nghe điện thoại thấy dấu hiệu này tuyệt đối đừng trả lời mà hãy tắt máy ngay",
    publisher="Kenh14",
    url="https://kenh14.vn/nghe-dien-thoai-thay-dau-hieu-nay-tuyet-doi-dung-tra-loi-ma-hay-tat-may-ngay-215241230235921775.chn",
    date="2024-12-30",
)
_NGUON_DEEPFAKE = Source(
    title='Cảnh giác trước cuộc gọi lừa đảo "Deepfake"',
    publisher="ANTV (Truyền hình Công an nhân dân)",
    url="https://antv.gov.vn/kinh-te-5/canh-giac-truoc-cuoc-goi-lua-dao-deepfake--C13BC6E0A.html",
)
_NGUON_DVC_GIA = Source(
    title="Nghe điện thoại có nội dung này, hãy tắt máy ngay lập tức",
    publisher="CafeF",
    url="https://cafef.vn/nghe-dien-thoai-co-noi-dung-nay-hay-tat-may-ngay-lap-tuc-18825081006551938.chn",
    date="2025-08-10",
)
_NGUON_BIEN_LAI_GIA = Source(
    title="Cẩn trọng chiêu làm giả giao dịch ngân hàng",
    publisher="Báo Thanh Niên",
    url="https://thanhnien.vn/can-trong-chieu-lam-gia-giao-dich-ngan-hang-185230418101922226.htm",
    date="2023-04-18",
)
_NGUON_CHATBOT_SAI = Source(
    title="Cảnh báo việc dựa vào Chatbot để tra cứu tin tức",
    publisher="Báo Ngày Nay",
    url="https://ngaynay.vn/canh-bao-viec-dua-vao-chatbot-de-tra-cuu-tin-tuc-post165653.html",
    date="2025-10-23",
)
_NGUON_AI_CONG_DONG = Source(
    title="Cổng đào tạo AI cho cộng đồng",
    publisher="Học viện Công nghệ Bưu chính Viễn thông (PTIT)",
    url="https://aicongdong.ptit.edu.vn",
)
_NGUON_CHINH_PHU = Source(
    title="Cổng Thông tin điện tử Chính phủ",
    publisher="Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam",
    url="https://chinhphu.vn",
)
_NGUON_DVC = Source(
    title="Cổng Dịch vụ công quốc gia",
    publisher="Cổng Dịch vụ công quốc gia (dichvucong.gov.vn)",
    url="https://dichvucong.gov.vn",
)
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
_NGUON_ISPEED = Source(
    title="Ứng dụng “Make in Vietnam” i-Speed giúp người dùng tự đánh giá tốc độ truy cập Internet",
    publisher="Giaoduc.edu.vn",
    url="https://www.giaoduc.edu.vn/ung-dung-make-in-vietnam-i-speed-giup-nguoi-dung-tu-danh-gia-toc-do-truy-cap-internet-2021-2021.htm",
    date="2021-04-03",
)
_NGUON_ISPEED_HUONG_DAN = Source(
    title=(
        "Hướng dẫn tải, cài đặt và sử dụng ứng dụng i-Speed để đo lường, đánh giá chất lượng "
        "dịch vụ truy nhập Internet"
    ),
    publisher="Cổng thông tin điện tử Kỳ Anh, tỉnh Hà Tĩnh",
    url="https://kyanh.hatinh.gov.vn/tin-tuc/huong-dan-tai-cai-dat-va-su-dung-ung-dung-i-speed-de-do-luong-danh-gia-chat-luong-dich-vu-truy-nhap-internet",
)
_NGUON_BINH_DAN_HOC_VU_SO = Source(
    title="Bình dân học vụ số",
    publisher="Nền tảng Bình dân học vụ số (binhdanhocvuso.gov.vn)",
    url="https://binhdanhocvuso.gov.vn",
)


def _english(vi: Lesson, *, title: str, summary: str, hero_alt: str, body: list) -> Lesson:
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


# What to do after installing a strange app or giving away a code: the order in CONTENT.md
# ("Rules a reader takes literally"). The steps that have room teach each action as a step; the
# callouts carry the rest, in the same words everywhere.
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
# 5. Phòng chống lừa đảo trực tuyến
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
        _NGUON_BCA_GOI_VIDEO,
        _NGUON_BCA_VNEID_GIA,
        _NGUON_CA_MAU_VNEID,
    ),
    checked=CHECKED,
)

LUA_DAO_CONG_AN.en = _english(
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
        _NGUON_SINH_TRAC_GIA,
        _NGUON_NHAN_VIEN_NGAN_HANG_GIA,
        _NGUON_BCA_GOI_VIDEO,
    ),
    checked=CHECKED,
)

LUA_DAO_NGAN_HANG_OTP.en = _english(
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
        _NGUON_GOI_LAI_NGUOI_THAN,
        _NGUON_DEEPFAKE,
    ),
    checked=CHECKED,
)

LUA_DAO_NGUOI_THAN.en = _english(
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
        _NGUON_DVC_GIA,
        _NGUON_BCA_VNEID_GIA,
        _NGUON_BIEN_LAI_GIA,
    ),
    checked=CHECKED,
)

LUA_DAO_DUONG_LINK.en = _english(
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

PHONG_CHONG_LUA_DAO = Topic(
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

PHONG_CHONG_LUA_DAO.en = Topic(
    slug=PHONG_CHONG_LUA_DAO.slug,
    title="Protecting yourself from online scams",
    intro=(
        "Scammers pose as police officers, commune officials and bank staff, and even fake the "
        "voice and face of your relatives. These lessons show the warning signs and what to do "
        "at once: hang up, call back on a number you already know, never give your OTP code to "
        "anyone. If you installed a strange app or gave away a code, cut that phone off the "
        "network, borrow another phone to call your bank to lock the account, then report to the "
        "commune police."
    ),
    hero=PHONG_CHONG_LUA_DAO.hero,
    hero_alt=(
        "A scam call from an unknown number claiming to be the commune police and asking for "
        "the OTP code, with a red X; the “Kết thúc cuộc gọi” [End call] button is highlighted."
    ),
    lessons=[],
)


# ---------------------------------------------------------------------------------------------
# 6. Sử dụng trí tuệ nhân tạo (AI)
# ---------------------------------------------------------------------------------------------

AI_HOI_DAP = Lesson(
    slug="ai-hoi-dap-voi-chatbot",
    title="Hỏi đáp với ứng dụng trò chuyện AI (chatbot)",
    summary=(
        "Mở ứng dụng trò chuyện AI, gõ câu hỏi rõ ràng, đọc câu trả lời và hỏi thêm khi chưa hiểu."
    ),
    duration=6,
    level="CB1",
    skills=("6.1", "6.3"),
    audiences=("elderly", "farmers", "traders", "workers", "students", "officials"),
    tags=("trí tuệ nhân tạo", "chatbot", "hỏi đáp"),
    hero=Screen(
        app="Trợ lý AI",
        kind="chat",
        heading="Trò chuyện mới",
        lines=("Bạn: Chỉ tôi cách ủ phân rơm", "AI: Bước 1: Rải rơm thành lớp"),
        button="Gửi",
    ),
    hero_alt=(
        "Ứng dụng trò chuyện AI: người dùng hỏi cách ủ phân từ rơm, AI trả lời từng bước; nút "
        "“Gửi” được tô sáng."
    ),
    body=[
        Paragraph(
            "Ứng dụng trò chuyện AI (chatbot) là chương trình máy tính biết trả lời câu hỏi bằng "
            "lời văn như người. Nó giúp giải thích một từ khó, gợi ý cách làm, viết thử một lá "
            "đơn. Nhưng đó là máy, nên có lúc trả lời sai."
        ),
        Step(
            title="Mở ứng dụng trò chuyện AI",
            text=(
                "Bấm vào biểu tượng ứng dụng trò chuyện AI trên màn hình chính. Chưa có thì nhờ "
                "Tổ công nghệ số cộng đồng chọn giúp một ứng dụng uy tín trên CH Play, App Store."
            ),
            screen=Screen(
                app="Điện thoại",
                kind="home",
                heading="Màn hình chính",
                lines=("Điện thoại", "Zalo", "Trình duyệt", "Trợ lý AI"),
                button="Trợ lý AI",
            ),
            alt="Màn hình chính của điện thoại, biểu tượng “Trợ lý AI” được tô sáng và có mũi tên chỉ vào.",
        ),
        Step(
            title="Gõ câu hỏi rõ ràng, đủ ý",
            text=(
                "Nói rõ bạn là ai và cần gì, ví dụ: “Tôi trồng lúa, chỉ tôi cách ủ phân từ rơm, "
                "viết ngắn, dễ hiểu”."
            ),
            screen=Screen(
                app="Trợ lý AI",
                kind="form",
                heading="Bạn muốn hỏi gì?",
                lines=("Câu hỏi của bạn",),
                button="Gửi",
            ),
            alt="Ô nhập câu hỏi trống trong ứng dụng trò chuyện AI, bên dưới là nút “Gửi” được tô sáng.",
            tip="Gõ chữ khó thì bấm biểu tượng micrô trên bàn phím để nói thay cho gõ.",
        ),
        Step(
            title="Bấm “Gửi” rồi đọc câu trả lời",
            text=(
                "Bấm “Gửi”, chờ vài giây, câu trả lời hiện ra bên dưới câu hỏi. Đọc chậm từng dòng."
            ),
            screen=Screen(
                app="Trợ lý AI",
                kind="chat",
                heading="Trò chuyện mới",
                lines=(
                    "Bạn: Chỉ tôi cách ủ phân rơm",
                    "AI: Bước 1: Rải rơm thành lớp",
                    "AI: Bước 2: Tưới ẩm đều...",
                ),
            ),
            alt=(
                "Cuộc trò chuyện với AI: câu hỏi về cách ủ phân rơm, bên dưới là câu trả lời "
                "chia thành từng bước."
            ),
        ),
        Step(
            title="Hỏi thêm khi chưa hiểu",
            text=(
                "Gõ tiếp “Giải thích đơn giản hơn” hoặc “Cho tôi một ví dụ”. AI nhớ các câu hỏi "
                "trước trong cùng cuộc trò chuyện."
            ),
            screen=Screen(
                app="Trợ lý AI",
                kind="chat",
                heading="Trò chuyện mới",
                lines=("Bạn: Giải thích đơn giản hơn", "AI: Được ạ. Nói gọn là..."),
                button="Gửi",
            ),
            alt=(
                "Người dùng gõ “Giải thích đơn giản hơn” và AI bắt đầu trả lời gọn hơn; nút "
                "“Gửi” được tô sáng."
            ),
        ),
        Callout(
            kind="warning",
            title="AI có thể trả lời sai",
            text=(
                "AI đôi khi nói rất chắc chắn nhưng sai, thậm chí tự bịa ra số liệu, tên văn bản "
                "và cả nguồn tin. Hãy coi câu trả lời là gợi ý, không phải lời khẳng định."
            ),
        ),
        Step(
            title="Kiểm tra lại điều quan trọng",
            text=(
                "Chuyện sức khỏe, pháp luật, tiền bạc thì hỏi lại bác sĩ, cán bộ xã, hoặc tự mở "
                "trang chính thức của cơ quan nhà nước để xem trước khi làm theo."
            ),
            screen=Screen(
                app="Trình duyệt",
                kind="browser",
                heading="dichvucong.gov.vn",
                lines=("Cổng Dịch vụ công quốc gia",),
            ),
            alt="Trình duyệt mở trang dichvucong.gov.vn của Cổng Dịch vụ công quốc gia để so.",
            tip=(
                "Trang cơ quan nhà nước có “.gov.vn” ngay trước dấu “/” đầu tiên của địa chỉ. Có "
                "trang chính thức không có đuôi “.gov.vn”, như chinhphu.vn."
            ),
        ),
        Step(
            title="Học thêm tại aicongdong.ptit.edu.vn",
            text=(
                "Gõ địa chỉ aicongdong.ptit.edu.vn vào trình duyệt. Đây là cổng đào tạo AI cho "
                "cộng đồng, có các khóa học về cách dùng AI."
            ),
            screen=Screen(
                app="Trình duyệt",
                kind="browser",
                heading="aicongdong.ptit.edu.vn",
                lines=("Cổng đào tạo AI", "cho cộng đồng"),
            ),
            alt="Trình duyệt mở địa chỉ aicongdong.ptit.edu.vn, cổng đào tạo AI cho cộng đồng.",
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Hỏi AI giải thích một từ bạn chưa hiểu.",
                "Bảo AI “viết ngắn hơn” và xem nó trả lời lại.",
                "Kiểm tra một câu trả lời trên trang chính thức của cơ quan nhà nước.",
            ),
        ),
    ],
    related=(
        "ai-kiem-tra-cau-tra-loi-giu-thong-tin-rieng",
        "ai-nhan-biet-giong-noi-video-gia-deepfake",
    ),
    sources=(
        _NGUON_CHATBOT_SAI,
        _NGUON_AI_CONG_DONG,
    ),
    checked=CHECKED,
)

AI_KIEM_TRA = Lesson(
    slug="ai-kiem-tra-cau-tra-loi-giu-thong-tin-rieng",
    title="Kiểm tra câu trả lời của AI, giữ kín thông tin riêng",
    summary=(
        "Biết cách kiểm tra lại câu trả lời của AI và không đưa thông tin cá nhân vào ứng dụng "
        "trò chuyện AI."
    ),
    duration=7,
    level="CB2",
    skills=("1.2", "6.2", "6.3"),
    audiences=("elderly", "farmers", "traders", "workers", "students", "officials"),
    tags=("trí tuệ nhân tạo", "kiểm tra thông tin", "dữ liệu cá nhân"),
    hero=Screen(
        app="Trợ lý AI",
        kind="chat",
        heading="Trò chuyện",
        lines=("Bạn: Thông tin này lấy từ đâu?", "AI: Bạn nên xem trang .gov.vn"),
        button="Gửi",
    ),
    hero_alt=(
        "Người dùng hỏi AI “Thông tin này lấy từ đâu?”, AI khuyên xem trang có đuôi .gov.vn; "
        "nút “Gửi” được tô sáng."
    ),
    body=[
        Paragraph(
            "AI có thể “bịa” ra thông tin nghe rất thật: sai ngày, sai số tiền, sai tên giấy "
            "tờ. Những gì bạn gõ vào có thể được lưu trên máy chủ của công ty làm ra ứng dụng. Vì "
            "vậy cần kiểm tra điều AI nói và giữ kín thông tin của mình."
        ),
        Step(
            title="AI nêu nguồn cũng chưa chắc đúng",
            text=(
                "Khi AI nêu quy định, số tiền hay ngày tháng, nó có thể bịa ra cả tên văn bản, tên "
                "trang làm nguồn. AI “có nêu nguồn” không chứng minh được điều gì."
            ),
            screen=Screen(
                app="Trợ lý AI",
                kind="chat",
                heading="Trò chuyện",
                lines=("Bạn: Thông tin này lấy từ đâu?", "AI: Theo văn bản số ..."),
            ),
            alt=(
                "Người dùng hỏi AI thông tin lấy từ đâu, AI trả lời bằng tên một văn bản; văn "
                "bản đó có thể không có thật."
            ),
        ),
        Step(
            title="Tự mở nguồn trên trang chính thức",
            text=(
                "Tự gõ địa chỉ trang của cơ quan nhà nước, tìm đúng văn bản, thủ tục đó để so. "
                "Không tìm thấy, hoặc hai bên khác nhau, thì tin trang chính thức hoặc hỏi cán bộ."
            ),
            screen=Screen(
                app="Trình duyệt",
                kind="browser",
                heading="dichvucong.gov.vn",
                lines=("Cổng Dịch vụ công quốc gia", "Thủ tục hành chính"),
            ),
            alt="Trình duyệt mở trang dichvucong.gov.vn để so thông tin về thủ tục hành chính.",
            tip=(
                "Trang cơ quan nhà nước có “.gov.vn” ngay trước dấu “/” đầu tiên của địa chỉ. Có "
                "trang chính thức không có đuôi “.gov.vn”, như chinhphu.vn."
            ),
        ),
        Step(
            title="Hỏi người có chuyên môn",
            text=(
                "Chuyện thuốc men, bệnh tật hỏi bác sĩ, trạm y tế. Chuyện giấy tờ, đất đai hỏi "
                "cán bộ xã. AI không thay được họ."
            ),
            screen=Screen(
                app="Điện thoại",
                kind="app",
                heading="Danh bạ",
                lines=("Trạm y tế xã", "Trung tâm Phục vụ hành chính công xã"),
                button="Gọi",
            ),
            alt=(
                "Danh bạ có số trạm y tế xã và Trung tâm Phục vụ hành chính công xã, nút “Gọi” "
                "được tô sáng."
            ),
        ),
        Step(
            title="Không gõ số căn cước, mật khẩu, mã OTP",
            text=(
                "Không đưa vào AI số căn cước, số tài khoản, mật khẩu, mã OTP (mã số gửi qua tin "
                "nhắn), địa chỉ nhà. Hỏi "
                "chung chung là đủ để AI giúp bạn."
            ),
            screen=Screen(
                app="Trợ lý AI",
                kind="chat",
                heading="Trò chuyện",
                lines=("Bạn: Căn cước tôi số 0xx...", "Bạn: Mật khẩu ngân hàng là..."),
                danger=True,
            ),
            alt=(
                "Việc không nên làm: người dùng gõ số căn cước và mật khẩu ngân hàng vào AI; "
                "hình có viền đỏ và dấu X lớn."
            ),
        ),
        Step(
            title="Không gửi ảnh giấy tờ, thẻ ngân hàng",
            text=(
                "Đừng chụp căn cước, sổ đỏ, thẻ ngân hàng gửi cho AI. Cần hỏi về một lá đơn thì "
                "che tên, số giấy tờ trước khi chụp."
            ),
            screen=Screen(
                app="Trợ lý AI",
                kind="app",
                heading="Gửi ảnh",
                lines=("Ảnh thẻ căn cước", "Ảnh thẻ ngân hàng"),
                danger=True,
            ),
            alt=(
                "Việc không nên làm: gửi ảnh thẻ căn cước và thẻ ngân hàng cho AI; hình có viền "
                "đỏ và dấu X lớn."
            ),
        ),
        Callout(
            kind="danger",
            title="Không đưa thông tin cá nhân cho AI",
            text=(
                "Số căn cước, số tài khoản, mật khẩu, mã OTP và ảnh giấy tờ là của riêng bạn. "
                "Không gõ, không gửi chúng vào bất kỳ ứng dụng AI nào."
            ),
        ),
        Step(
            title="Nói rõ khi nội dung do AI làm",
            text=(
                "Nhờ AI viết bài, làm ảnh rồi đăng lên nhóm thì ghi rõ “có dùng AI”. Không dùng "
                "AI làm giả ảnh, giọng nói của người khác."
            ),
            screen=Screen(
                app="Zalo",
                kind="chat",
                heading="Thôn Đông – Thông báo",
                lines=("Tôi: Thơ mừng Tết thôn mình", "Tôi: (có dùng AI viết giúp)"),
            ),
            alt=(
                "Tin nhắn gửi vào nhóm thôn một bài thơ mừng Tết, có ghi rõ là có dùng AI viết "
                "giúp."
            ),
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Hỏi AI một câu về thủ tục, rồi so với trang chính thức của cơ quan nhà nước.",
                "Hỏi AI “Thông tin này lấy từ đâu?”, rồi tự mở nguồn đó xem có thật không.",
                "Nhắc người nhà không gửi ảnh giấy tờ cho AI.",
            ),
        ),
    ],
    related=("ai-hoi-dap-voi-chatbot", "tim-kiem-thong-tin-dang-tin-cay"),
    sources=(
        _NGUON_CHATBOT_SAI,
        _NGUON_CHINH_PHU,
    ),
    checked=CHECKED,
)

AI_DEEPFAKE = Lesson(
    slug="ai-nhan-biet-giong-noi-video-gia-deepfake",
    title="Giọng nói, video giả do AI tạo ra (deepfake)",
    summary=(
        "Biết rằng AI làm được giọng nói, video giả rất giống thật (deepfake), và cách kiểm tra: "
        "cúp máy, gọi lại số đã lưu."
    ),
    duration=6,
    level="CB1",
    skills=("6.1", "1.2"),
    audiences=("elderly", "farmers", "traders", "workers", "students"),
    tags=("trí tuệ nhân tạo", "deepfake", "video giả"),
    hero=Screen(
        app="Video",
        kind="app",
        heading="Video quảng cáo thuốc",
        lines=("“Bác sĩ” nói: khỏi 100%", "“Chỉ bán hôm nay!”"),
        danger=True,
    ),
    hero_alt=(
        "Video quảng cáo thuốc có “bác sĩ” giả do AI tạo, hứa khỏi 100% và giục mua ngay hôm "
        "nay; hình có viền đỏ và dấu X lớn."
    ),
    body=[
        Paragraph(
            "AI có thể làm giả khuôn mặt, giọng nói của một người thật từ vài tấm ảnh, đoạn "
            "video. Kẻ gian dùng nó để giả người thân gọi vay tiền, hoặc giả bác sĩ, người nổi "
            "tiếng để quảng cáo thuốc, rủ đầu tư."
        ),
        Step(
            title="Biết rằng nhìn, nghe thôi là chưa đủ",
            text=(
                "Video giả bây giờ có thể chớp mắt, cử động miệng, tỏ cảm xúc như người thật. Đừng "
                "tin một video hay một giọng nói chỉ vì trông, nghe rất giống."
            ),
            screen=Screen(
                app="Video",
                kind="app",
                heading="Video quảng cáo thuốc",
                lines=("“Bác sĩ” nói: khỏi 100%", "Trông rất giống người thật"),
                danger=True,
            ),
            alt=(
                "Video quảng cáo thuốc có “bác sĩ” giả trông rất giống người thật; hình có viền "
                "đỏ và dấu X lớn."
            ),
        ),
        Step(
            title="Người nhà gọi xin tiền: cúp máy, gọi lại số đã lưu",
            text=(
                "Giọng giống hệt người nhà cũng chưa chắc là thật. Cúp máy, rồi tự gọi vào số của "
                "người đó mà bạn đã lưu từ trước."
            ),
            screen=Screen(
                app="Điện thoại",
                kind="call",
                heading="Số lạ 0xxx xxx 246",
                lines=("“Mẹ ơi, con đây”", "“Mẹ chuyển tiền gấp nhé”"),
                button="Kết thúc cuộc gọi",
                danger=True,
            ),
            alt=(
                "Cuộc gọi từ số lạ với giọng giống người nhà, xin chuyển tiền gấp; có dấu X đỏ "
                "cảnh báo, nút “Kết thúc cuộc gọi” được tô sáng."
            ),
        ),
        Step(
            title="Cảnh giác với lời hứa quá tốt",
            text=(
                "“Chữa khỏi hẳn”, “lãi gấp đôi”, “chỉ hôm nay” là lời của kẻ lừa đảo, dù người "
                "nói trông giống bác sĩ hay người nổi tiếng."
            ),
            screen=Screen(
                app="Video",
                kind="app",
                heading="Quảng cáo",
                lines=("“Lãi 30% mỗi tháng”", "“Chỉ hôm nay!”"),
                danger=True,
            ),
            alt=(
                "Video quảng cáo hứa lãi 30% mỗi tháng, chỉ trong hôm nay; hình có viền đỏ và dấu "
                "X lớn."
            ),
        ),
        Step(
            title="Tìm lại trên nguồn chính thống",
            text=(
                "Tìm tên người trong video cùng từ “mạo danh” trên báo chính thống hay trang chính "
                "thức của cơ quan nhà nước. Nhiều bệnh viện, người nổi tiếng đã cảnh báo bị làm giả."
            ),
            screen=Screen(
                app="Trình duyệt",
                kind="browser",
                heading="Tìm kiếm",
                lines=("bác sĩ A mạo danh quảng cáo",),
                button="Tìm kiếm",
            ),
            alt=(
                "Trình duyệt với ô tìm kiếm ghi “bác sĩ A mạo danh quảng cáo”, nút “Tìm kiếm” "
                "được tô sáng."
            ),
        ),
        Step(
            title="Không chia sẻ, bấm “Báo cáo”",
            text=(
                "Đừng thích hay chia sẻ video nghi là giả. Bấm dấu ba chấm cạnh video, chọn “Báo "
                "cáo” để mạng xã hội xem xét."
            ),
            screen=Screen(
                app="Video",
                kind="settings",
                lines=("Lưu video", "Không quan tâm", "Báo cáo"),
                button="Báo cáo",
            ),
            alt="Danh sách lựa chọn của một video, dòng “Báo cáo” được tô sáng và có mũi tên chỉ vào.",
            tip="Tên mục có thể khác tùy phiên bản.",
        ),
        Callout(
            kind="tip",
            title="Người thân gọi video xin tiền?",
            text=(
                "Đừng chuyển ngay. Cúp máy và gọi lại số điện thoại đã lưu của người đó. Xem thêm "
                "bài về chiêu lừa đảo “người thân gặp nạn”."
            ),
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Nhắc người nhà: thấy mặt, nghe giọng chưa chắc là thật; gọi lại số đã lưu trước khi chuyển tiền.",
                "Tìm tên một bác sĩ nổi tiếng cùng từ “mạo danh” và đọc các cảnh báo.",
            ),
        ),
    ],
    related=("lua-dao-nguoi-than-gap-nan-deepfake", "ai-kiem-tra-cau-tra-loi-giu-thong-tin-rieng"),
    sources=(
        _NGUON_DEEPFAKE,
        _NGUON_GOI_LAI_NGUOI_THAN,
    ),
    checked=CHECKED,
)

TRI_TUE_NHAN_TAO = Topic(
    slug="tri-tue-nhan-tao",
    title="Sử dụng trí tuệ nhân tạo (AI)",
    intro=(
        "Ứng dụng trò chuyện AI (chatbot) có thể giải thích, gợi ý, viết thử giúp bạn. Nhưng AI "
        "có thể sai, và kẻ gian cũng dùng AI để làm giả giọng nói, video. Các bài học giúp bạn "
        "hỏi AI đúng cách, kiểm tra lại câu trả lời và giữ an toàn thông tin của mình."
    ),
    hero=Screen(
        app="Trợ lý AI",
        kind="chat",
        heading="Trò chuyện mới",
        lines=("Bạn: Giải thích đơn giản hơn", "AI: Được ạ. Nói gọn là..."),
        button="Gửi",
    ),
    hero_alt=(
        "Ứng dụng trò chuyện AI: người dùng nhờ giải thích đơn giản hơn và AI trả lời; nút "
        "“Gửi” được tô sáng."
    ),
    lessons=[AI_HOI_DAP, AI_KIEM_TRA, AI_DEEPFAKE],
)


# ---------------------------------------------------------------------------------------------
# 7. Zalo nhóm thôn
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

ZALO_NHOM_THON = Topic(
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
# 8. Đo tốc độ Internet (i-Speed) và tìm kiếm thông tin
# ---------------------------------------------------------------------------------------------

I_SPEED_DO = Lesson(
    slug="i-speed-cai-dat-va-do-toc-do",
    title="Cài i-Speed và đo tốc độ Internet",
    summary="Cài ứng dụng i-Speed từ kho ứng dụng chính thức và đo tốc độ Internet trên điện thoại.",
    duration=5,
    level="CB1",
    skills=("0.2", "5.1"),
    audiences=("elderly", "farmers", "traders", "workers", "students", "officials"),
    tags=("i-speed", "tốc độ internet", "cài ứng dụng"),
    hero=Screen(
        app="i-Speed",
        kind="speed",
        heading="Kết quả đo",
        lines=("Tải xuống: 45 Mbps", "Tải lên: 20 Mbps", "Độ trễ: 25 ms"),
    ),
    hero_alt="Kết quả đo của i-Speed: tải xuống 45 Mbps, tải lên 20 Mbps, độ trễ 25 ms.",
    body=[
        Paragraph(
            "i-Speed là ứng dụng đo tốc độ Internet miễn phí của Trung tâm Internet Việt Nam "
            "(VNNIC). Mỗi lần bạn đo là góp thêm số liệu, giúp cơ quan nhà nước và nhà mạng biết "
            "nơi nào mạng còn yếu để cải thiện."
        ),
        Step(
            title="Mở CH Play hoặc App Store",
            text="Trên màn hình chính, bấm vào CH Play (máy Android) hoặc App Store (iPhone).",
            screen=Screen(
                app="Điện thoại",
                kind="home",
                heading="Màn hình chính",
                lines=("Cài đặt", "CH Play", "Zalo", "Camera"),
                button="CH Play",
            ),
            alt="Màn hình chính của điện thoại, biểu tượng “CH Play” được tô sáng.",
        ),
        Step(
            title="Tìm ứng dụng “i-Speed”",
            text=(
                "Bấm ô tìm kiếm, gõ “i-Speed”. Chọn đúng ứng dụng tên “i-Speed by VNNIC” trong "
                "kết quả."
            ),
            screen=Screen(
                app="CH Play",
                kind="app",
                heading="Kết quả tìm: i-Speed",
                lines=("i-Speed by VNNIC", "Đo tốc độ Internet"),
                button="i-Speed by VNNIC",
            ),
            alt="Kết quả tìm kiếm trên CH Play, dòng ứng dụng “i-Speed by VNNIC” được tô sáng.",
        ),
        Step(
            title="Bấm “Cài đặt”",
            text="Bấm “Cài đặt” và chờ tải xong. Ứng dụng miễn phí, không phải trả tiền.",
            screen=Screen(
                app="CH Play",
                kind="store",
                heading="i-Speed by VNNIC",
                lines=("Trung tâm Internet Việt Nam", "Miễn phí"),
                button="Cài đặt",
            ),
            alt="Trang ứng dụng i-Speed by VNNIC trên CH Play, nút “Cài đặt” được tô sáng.",
            tip="Trên iPhone, nút này có chữ “Nhận”.",
        ),
        Step(
            title="Mở i-Speed, bấm nút bắt đầu đo",
            text="Mở ứng dụng i-Speed, rồi bấm nút bắt đầu để đo tốc độ mạng bạn đang dùng.",
            screen=Screen(
                app="i-Speed",
                kind="app",
                heading="Đo tốc độ Internet",
                button="Bắt đầu",
            ),
            alt="Màn hình ứng dụng i-Speed với nút bắt đầu đo được tô sáng.",
        ),
        Step(
            title="Giữ máy yên, chờ đo xong",
            text=(
                "Trong lúc đo, đừng mở ứng dụng khác hay tải video, để kết quả được đúng. Chờ đến "
                "khi các con số dừng lại."
            ),
            screen=Screen(
                app="i-Speed",
                kind="speed",
                heading="Đang đo...",
                lines=("Tải xuống: 38 Mbps",),
            ),
            alt="i-Speed đang đo, con số tải xuống đang chạy là 38 Mbps.",
        ),
        Step(
            title="Đọc kết quả",
            text=(
                "Màn hình hiện tốc độ tải xuống, tải lên (đơn vị Mbps) và độ trễ (đơn vị ms). Số "
                "Mbps càng lớn, độ trễ càng nhỏ thì mạng càng tốt."
            ),
            screen=Screen(
                app="i-Speed",
                kind="speed",
                heading="Kết quả đo",
                lines=("Tải xuống: 45 Mbps", "Tải lên: 20 Mbps", "Độ trễ: 25 ms"),
            ),
            alt="Kết quả đo: tải xuống 45 Mbps, tải lên 20 Mbps, độ trễ 25 ms.",
        ),
        Callout(
            kind="tip",
            title="Đo ở nhiều nơi, nhiều lúc",
            text=(
                "Đo trong nhà và ngoài sân, buổi sáng và buổi tối, bằng Wi-Fi và bằng 4G. Kết quả "
                "cho bạn biết chỗ nào, lúc nào mạng tốt nhất."
            ),
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Cài i-Speed từ CH Play hoặc App Store.",
                "Đo một lần bằng Wi-Fi, một lần bằng 4G, ghi lại hai kết quả.",
            ),
        ),
    ],
    related=("i-speed-doc-ket-qua-khi-mang-cham",),
    sources=(
        _NGUON_ISPEED,
        _NGUON_ISPEED_HUONG_DAN,
    ),
    checked=CHECKED,
)

I_SPEED_KET_QUA = Lesson(
    slug="i-speed-doc-ket-qua-khi-mang-cham",
    title="Đọc kết quả i-Speed và xử lý khi mạng chậm",
    summary=(
        "Hiểu các con số tải xuống, tải lên, độ trễ trên i-Speed và tự làm vài việc đơn giản "
        "khi mạng chậm."
    ),
    duration=6,
    level="CB2",
    skills=("5.1", "0.2"),
    audiences=("elderly", "farmers", "traders", "workers", "students"),
    tags=("i-speed", "mạng chậm", "wi-fi"),
    hero=Screen(
        app="i-Speed",
        kind="speed",
        heading="Kết quả đo",
        lines=("Tải xuống: 8 Mbps", "Tải lên: 3 Mbps", "Độ trễ: 120 ms"),
    ),
    hero_alt="Kết quả đo của một mạng chậm: tải xuống 8 Mbps, tải lên 3 Mbps, độ trễ 120 ms.",
    body=[
        Paragraph(
            "Xem video bị giật, gọi video bị đứng hình thường do mạng chậm. Hiểu ba con số của "
            "i-Speed giúp bạn biết mạng yếu ở đâu, và nói rõ với nhà mạng khi cần."
        ),
        Step(
            title="Xem tốc độ tải xuống (Download)",
            text=(
                "Tải xuống là tốc độ nhận dữ liệu về máy: xem video, mở trang web, tải ảnh. Đơn "
                "vị là Mbps, số càng lớn càng nhanh."
            ),
            screen=Screen(
                app="i-Speed",
                kind="speed",
                heading="Tải xuống: nhận về máy",
                lines=("Tải xuống: 8 Mbps",),
            ),
            alt="Kết quả tải xuống là 8 Mbps, tức tốc độ nhận dữ liệu về máy.",
        ),
        Step(
            title="Xem tốc độ tải lên (Upload)",
            text=(
                "Tải lên là tốc độ gửi dữ liệu đi: gửi ảnh, gọi video, nộp hồ sơ kèm tệp. Tải lên "
                "thấp thì người bên kia thấy bạn bị đứng hình."
            ),
            screen=Screen(
                app="i-Speed",
                kind="speed",
                heading="Tải lên: gửi đi",
                lines=("Tải lên: 3 Mbps",),
            ),
            alt="Kết quả tải lên là 3 Mbps, tức tốc độ gửi dữ liệu đi.",
        ),
        Step(
            title="Xem độ trễ (Ping)",
            text=(
                "Độ trễ là thời gian tín hiệu đi và về, đo bằng ms. Số càng nhỏ càng tốt; độ trễ "
                "cao làm cuộc gọi bị chậm tiếng."
            ),
            screen=Screen(
                app="i-Speed",
                kind="app",
                heading="Độ trễ (Ping)",
                lines=("Độ trễ: 120 ms", "Số càng nhỏ càng tốt"),
            ),
            alt="Kết quả độ trễ là 120 ms; số càng nhỏ càng tốt.",
        ),
        Callout(
            kind="tip",
            title="Bao nhiêu là đủ?",
            text=(
                "Nhìn chung, tốc độ khoảng 10 đến 15 Mbps trở lên là đủ cho nhu cầu cơ bản như xem "
                "video, gọi video. Nhiều người dùng cùng lúc thì cần cao hơn."
            ),
        ),
        Step(
            title="Đến gần cục phát Wi-Fi rồi đo lại",
            text=(
                "Tường dày, cửa sắt làm sóng Wi-Fi yếu đi. Đứng gần cục phát Wi-Fi rồi đo lại để "
                "so sánh."
            ),
            screen=Screen(
                app="i-Speed",
                kind="speed",
                heading="Gần cục phát Wi-Fi",
                lines=("Tải xuống: 52 Mbps", "Tải lên: 30 Mbps", "Độ trễ: 20 ms"),
            ),
            alt="Kết quả đo lại khi đứng gần cục phát Wi-Fi: tải xuống 52 Mbps, tốt hơn nhiều.",
        ),
        Step(
            title="Tắt rồi bật lại Wi-Fi",
            text=(
                "Vào “Cài đặt”, tắt Wi-Fi rồi bật lại sau vài giây. Có thể rút điện cục phát "
                "Wi-Fi, chờ một phút rồi cắm lại."
            ),
            screen=Screen(
                app="Cài đặt",
                kind="settings",
                lines=("Wi-Fi", "Dữ liệu di động", "Bluetooth"),
                button="Wi-Fi",
            ),
            alt="Màn hình Cài đặt của điện thoại, dòng “Wi-Fi” được tô sáng.",
        ),
        Step(
            title="Vẫn chậm: gọi tổng đài nhà mạng",
            text=(
                "Chụp màn hình kết quả i-Speed, rồi gọi số tổng đài ghi trên hợp đồng hoặc hóa "
                "đơn Internet để nhà mạng kiểm tra."
            ),
            screen=Screen(
                app="Điện thoại",
                kind="app",
                heading="Tổng đài nhà mạng",
                lines=("Số ghi trên hợp đồng", "hoặc hóa đơn Internet"),
                button="Gọi",
            ),
            alt="Màn hình gọi tổng đài nhà mạng theo số ghi trên hợp đồng, nút “Gọi” được tô sáng.",
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Đo ở phòng xa cục phát Wi-Fi, rồi đo ở gần, so sánh hai kết quả.",
                "Tìm số tổng đài nhà mạng trên hợp đồng hoặc hóa đơn, lưu vào danh bạ.",
            ),
        ),
    ],
    related=("i-speed-cai-dat-va-do-toc-do", "tim-kiem-thong-tin-dang-tin-cay"),
    sources=(_NGUON_ISPEED_HUONG_DAN,),
    checked=CHECKED,
)

TIM_KIEM = Lesson(
    slug="tim-kiem-thong-tin-dang-tin-cay",
    title="Tìm kiếm thông tin đáng tin cậy trên mạng",
    summary=(
        "Tìm thông tin trên mạng bằng trình duyệt, ưu tiên trang có đuôi .gov.vn và kiểm tra "
        "ngày đăng, nguồn tin."
    ),
    duration=6,
    level="CB1",
    skills=("1.1",),
    audiences=("elderly", "farmers", "traders", "workers", "students", "officials"),
    tags=("tìm kiếm", "trang gov.vn", "tin giả"),
    hero=Screen(
        app="Trình duyệt",
        kind="browser",
        heading="Kết quả tìm kiếm",
        lines=("dichvucong.gov.vn", "Đăng ký khai sinh", "tin-nong-24h.xyz"),
        button="dichvucong.gov.vn",
    ),
    hero_alt=(
        "Kết quả tìm kiếm trong trình duyệt, kết quả có đuôi dichvucong.gov.vn được tô sáng để "
        "chọn trước."
    ),
    body=[
        Paragraph(
            "Trên mạng có tin thật và tin sai. Biết tìm đúng nguồn giúp bạn nắm chính xác thủ "
            "tục, lịch tiêm, giá nông sản, thời tiết, mà không mất tiền, mất công vì tin sai."
        ),
        Step(
            title="Mở trình duyệt",
            text="Bấm vào biểu tượng trình duyệt, là ứng dụng để mở trang web, trên màn hình chính.",
            screen=Screen(
                app="Điện thoại",
                kind="home",
                heading="Màn hình chính",
                lines=("Điện thoại", "Zalo", "Camera", "Trình duyệt"),
                button="Trình duyệt",
            ),
            alt="Màn hình chính của điện thoại, biểu tượng “Trình duyệt” được tô sáng.",
        ),
        Step(
            title="Gõ vài từ khóa ngắn, rõ",
            text=(
                "Bấm ô tìm kiếm, gõ vài từ chính, ví dụ “đăng ký khai sinh”. Gõ thêm “gov.vn” ở "
                "cuối để ưu tiên trang nhà nước."
            ),
            screen=Screen(
                app="Trình duyệt",
                kind="browser",
                heading="Tìm kiếm",
                lines=("đăng ký khai sinh gov.vn",),
                button="Tìm kiếm",
            ),
            alt="Ô tìm kiếm đã gõ “đăng ký khai sinh gov.vn”, nút “Tìm kiếm” được tô sáng.",
        ),
        Step(
            title="Chọn kết quả có đuôi “.gov.vn”",
            text=(
                "Đọc địa chỉ ghi dưới mỗi kết quả. Địa chỉ có “.gov.vn” ngay trước dấu “/” đầu "
                "tiên là trang của cơ quan nhà nước, nên mở trước."
            ),
            screen=Screen(
                app="Trình duyệt",
                kind="browser",
                heading="Kết quả tìm kiếm",
                lines=("dichvucong.gov.vn", "Đăng ký khai sinh", "tin-nong-24h.xyz"),
                button="dichvucong.gov.vn",
            ),
            alt=(
                "Danh sách kết quả tìm kiếm, kết quả của dichvucong.gov.vn được tô sáng, bên dưới "
                "là một trang lạ."
            ),
            tip=(
                "“dichvucong.gov.vn.xyz” là trang giả, vì nó kết thúc bằng “.xyz”. Có trang chính "
                "thức không có đuôi “.gov.vn”, như chinhphu.vn."
            ),
        ),
        Callout(
            kind="warning",
            title="Cẩn thận kết quả quảng cáo",
            text=(
                "Vài kết quả đầu tiên có thể là quảng cáo, có chữ “Được tài trợ” hoặc “Quảng "
                "cáo”. Kẻ gian có thể trả tiền để trang giả hiện lên trên cùng."
            ),
        ),
        Step(
            title="Xem ngày đăng tin",
            text=(
                "Tìm ngày đăng ở đầu hoặc cuối bài. Quy định, giá cả có thể đã thay đổi; tin đã "
                "cũ thì tìm tin mới hơn."
            ),
            screen=Screen(
                app="Trình duyệt",
                kind="browser",
                heading="Trang tin của xã (.gov.vn)",
                lines=("Thông báo lịch tiêm phòng", "Ngày đăng: 05/10/2025"),
            ),
            alt="Một bài thông báo trên trang tin của xã, có ghi ngày đăng ở dưới tiêu đề.",
        ),
        Step(
            title="So sánh với nguồn thứ hai",
            text=(
                "Với tin quan trọng, xem thêm một nguồn chính thống khác như trang của xã, báo "
                "lớn, hoặc hỏi cán bộ xã. Hai nguồn khớp nhau thì yên tâm hơn."
            ),
            screen=Screen(
                app="Trình duyệt",
                kind="browser",
                heading="Kết quả tìm kiếm",
                lines=("Trang xã: tiêm phòng 7h CN", "Báo tỉnh: tiêm phòng 7h CN"),
            ),
            alt="Hai kết quả từ trang của xã và báo tỉnh cùng ghi lịch tiêm phòng 7 giờ Chủ nhật.",
        ),
        Step(
            title="Lần sau, gõ thẳng địa chỉ quen",
            text=(
                "Trang hay dùng như “dichvucong.gov.vn” thì gõ thẳng vào ô địa chỉ, vừa nhanh vừa "
                "tránh bấm nhầm trang giả."
            ),
            screen=Screen(
                app="Trình duyệt",
                kind="browser",
                heading="dichvucong.gov.vn",
                lines=("Cổng Dịch vụ công quốc gia",),
            ),
            alt="Trình duyệt đã gõ thẳng địa chỉ dichvucong.gov.vn vào ô địa chỉ.",
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Tìm “lịch tiếp công dân” của xã bạn và xem ngày đăng.",
                "Mở một trang có đuôi “.gov.vn” từ kết quả tìm kiếm.",
            ),
        ),
    ],
    related=("hoc-tren-nen-tang-binh-dan-hoc-vu-so", "ai-kiem-tra-cau-tra-loi-giu-thong-tin-rieng"),
    sources=(
        _NGUON_DVC_GIA,
        _NGUON_CHINH_PHU,
        _NGUON_DVC,
    ),
    checked=CHECKED,
)

BINH_DAN_HOC_VU_SO = Lesson(
    slug="hoc-tren-nen-tang-binh-dan-hoc-vu-so",
    title="Học trên nền tảng Bình dân học vụ số",
    summary=(
        "Vào nền tảng học tập binhdanhocvuso.gov.vn, đăng nhập bằng tài khoản VNeID và học các "
        "khóa kỹ năng số."
    ),
    duration=7,
    level="CB1",
    skills=("1.1", "0.2"),
    audiences=("elderly", "farmers", "traders", "workers", "students", "officials"),
    tags=("bình dân học vụ số", "học trực tuyến", "vneid"),
    hero=Screen(
        app="Trình duyệt",
        kind="browser",
        heading="binhdanhocvuso.gov.vn",
        lines=("Bình dân học vụ số",),
        button="Đăng nhập",
    ),
    hero_alt="Trang binhdanhocvuso.gov.vn mở trong trình duyệt, nút “Đăng nhập” được tô sáng.",
    body=[
        Paragraph(
            "binhdanhocvuso.gov.vn là nền tảng học tập trực tuyến của phong trào “Bình dân học "
            "vụ số”, có nhiều khóa học về kỹ năng số. Bạn đăng nhập bằng tài khoản VNeID của "
            "chính mình."
        ),
        Step(
            title="Mở trình duyệt, gõ địa chỉ nền tảng",
            text=(
                "Gõ đúng “binhdanhocvuso.gov.vn” vào ô địa chỉ. Kiểm tra “.gov.vn” nằm ngay trước "
                "dấu “/” đầu tiên rồi mới làm tiếp."
            ),
            screen=Screen(
                app="Trình duyệt",
                kind="browser",
                heading="binhdanhocvuso.gov.vn",
                lines=("Bình dân học vụ số",),
            ),
            alt="Trình duyệt đã mở địa chỉ binhdanhocvuso.gov.vn, trang Bình dân học vụ số.",
        ),
        Step(
            title="Bấm “Đăng nhập”",
            text="Tìm nút “Đăng nhập” trên trang và bấm vào.",
            screen=Screen(
                app="Trình duyệt",
                kind="browser",
                heading="binhdanhocvuso.gov.vn",
                lines=("Bình dân học vụ số",),
                button="Đăng nhập",
            ),
            alt="Trang binhdanhocvuso.gov.vn, nút “Đăng nhập” được tô sáng.",
        ),
        Step(
            title="Chọn đăng nhập bằng VNeID",
            text=(
                "Chọn cách đăng nhập bằng tài khoản định danh điện tử VNeID, rồi làm theo hướng "
                "dẫn trên màn hình."
            ),
            screen=Screen(
                app="Trình duyệt",
                kind="browser",
                heading="binhdanhocvuso.gov.vn",
                lines=("Đăng nhập bằng tài khoản", "định danh điện tử"),
                button="VNeID",
            ),
            alt="Trang chọn cách đăng nhập, nút VNeID được tô sáng.",
        ),
        Step(
            title="Tự nhập tài khoản VNeID của bạn",
            text=(
                "Tự tay nhập số định danh cá nhân và mật khẩu VNeID, rồi làm theo các bước xác "
                "nhận hiện trên màn hình."
            ),
            screen=Screen(
                app="Trình duyệt",
                kind="form",
                heading="Đăng nhập VNeID",
                lines=("Số định danh cá nhân", "Mật khẩu"),
                button="Đăng nhập",
            ),
            alt=(
                "Biểu mẫu đăng nhập có hai ô trống: số định danh cá nhân và mật khẩu, nút “Đăng "
                "nhập” được tô sáng."
            ),
            tip="Người hướng dẫn không bao giờ hỏi mật khẩu hay mã OTP (mã số gửi qua tin nhắn) "
            "của bạn.",
        ),
        Callout(
            kind="danger",
            title="Tự gõ đúng địa chỉ binhdanhocvuso.gov.vn",
            text=(
                "Trang giả có thể làm giống hệt để lấy mật khẩu VNeID, và địa chỉ giả có thể chứa "
                "chữ “.gov.vn” ở giữa, như “binhdanhocvuso.gov.vn.xyz”. Luôn tự gõ đúng địa chỉ, "
                "và không đưa mật khẩu, mã OTP cho ai."
            ),
        ),
        Step(
            title="Chọn một khóa học",
            text=(
                "Xem danh sách khóa học, chọn một khóa hợp với bạn, ví dụ về kỹ năng số cơ bản. "
                "Tên các khóa học trên trang có thể khác trong hình."
            ),
            screen=Screen(
                app="Trình duyệt",
                kind="browser",
                heading="binhdanhocvuso.gov.vn",
                lines=("Danh sách khóa học", "Kỹ năng số cơ bản", "An toàn thông tin"),
            ),
            alt="Danh sách khóa học trên nền tảng, có khóa kỹ năng số cơ bản và an toàn thông tin.",
        ),
        Step(
            title="Học lần lượt từng bài",
            text=(
                "Mở bài đầu tiên của khóa học và làm theo hướng dẫn trên trang. Học xong bài này "
                "rồi chuyển sang bài tiếp theo."
            ),
            screen=Screen(
                app="Trình duyệt",
                kind="browser",
                heading="binhdanhocvuso.gov.vn",
                lines=("Kỹ năng số cơ bản", "Bài 1", "Bài 2", "Bài 3"),
                button="Bài 1",
            ),
            alt="Danh sách bài trong khóa học kỹ năng số cơ bản, bài 1 được tô sáng.",
        ),
        Callout(
            kind="tip",
            title="Muốn học về AI?",
            text=(
                "Cổng đào tạo AI cho cộng đồng aicongdong.ptit.edu.vn có các khóa học về cách dùng "
                "trí tuệ nhân tạo."
            ),
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Đăng nhập binhdanhocvuso.gov.vn bằng tài khoản VNeID của bạn.",
                "Chọn một khóa học và học xong bài đầu tiên.",
            ),
        ),
    ],
    related=("tim-kiem-thong-tin-dang-tin-cay", "ai-hoi-dap-voi-chatbot"),
    sources=(
        _NGUON_BINH_DAN_HOC_VU_SO,
        _NGUON_AI_CONG_DONG,
    ),
    checked=CHECKED,
)

TOC_DO_INTERNET_TIM_KIEM = Topic(
    slug="toc-do-internet-tim-kiem",
    title="Đo tốc độ Internet (i-Speed) và tìm kiếm thông tin",
    intro=(
        "Ứng dụng i-Speed giúp bạn biết mạng Internet ở nhà nhanh hay chậm, và góp số liệu để "
        "cơ quan nhà nước biết nơi nào mạng còn yếu. Các bài học cũng hướng dẫn tìm thông tin "
        "đáng tin cậy trên mạng và học trên nền tảng Bình dân học vụ số."
    ),
    hero=Screen(
        app="i-Speed",
        kind="speed",
        heading="Kết quả đo",
        lines=("Tải xuống: 45 Mbps", "Tải lên: 20 Mbps", "Độ trễ: 25 ms"),
    ),
    hero_alt="Kết quả đo tốc độ Internet trên i-Speed: tải xuống 45 Mbps, tải lên 20 Mbps, độ trễ 25 ms.",
    lessons=[I_SPEED_DO, I_SPEED_KET_QUA, TIM_KIEM, BINH_DAN_HOC_VU_SO],
)


TOPICS: list[Topic] = [
    PHONG_CHONG_LUA_DAO,
    TRI_TUE_NHAN_TAO,
    ZALO_NHOM_THON,
    TOC_DO_INTERNET_TIM_KIEM,
]
