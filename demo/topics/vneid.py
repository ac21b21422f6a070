"""Topic 2, “VNeID: cài đặt, kích hoạt, đăng nhập”: three lessons and the quiz.

Installing the real app, activating the account (with the demo video, whose captions
are the lesson's transcript) and logging in safely. Every lesson, the topic and the
quiz carry a full English translation in ``en``.
"""

from __future__ import annotations

from demo.make_video import transcript
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
    Video,
)
from demo.topics.shared import CHECKED, NGUON_BCA_VNEID_GIA

# ---------------------------------------------------------------------------------------------
# Sources: the public pages the lessons' facts rest on (shown under “Nguồn”)
# ---------------------------------------------------------------------------------------------
_NGUON_VNEID_CH_PLAY = Source(
    title="VNeID",
    publisher="Google Play (nhà phát triển: Trung tâm dữ liệu quốc gia về dân cư)",
    url="https://play.google.com/store/apps/details?id=com.vnid",
)

_NGUON_ND69 = Source(
    title=(
        "Đã có Nghị định 69/2024/NĐ-CP về định danh và xác định điện tử (thay thế Nghị định "
        "59/2022/NĐ-CP)"
    ),
    publisher="Thư Viện Pháp Luật",
    url="https://thuvienphapluat.vn/chinh-sach-phap-luat-moi/vn/ho-tro-phap-luat/chinh-sach-moi/65972/da-co-nghi-dinh-69-2024-nd-cp-ve-dinh-danh-va-xac-dinh-dien-tu-thay-the-nghi-dinh-59-2022-nd-cp",
    date="2024-06-25",
)

_NGUON_KICH_HOAT = Source(
    title="Hướng dẫn kích hoạt tài khoản định danh điện tử mức 2 trên VNeID",
    publisher="Cổng thông tin điện tử xã Cam Thành, huyện Cam Lộ, tỉnh Quảng Trị",
    url="https://camthanh.camlo.quangtri.gov.vn/chi-tiet-tin/-/view-article/1/1697096684151/1725954691544",
)

_NGUON_KICH_HOAT_MAY_TINH = Source(
    title="5 bước kích hoạt mã tài khoản định danh điện tử đơn giản không cần điện thoại thông minh",
    publisher="Phụ Nữ Today",
    url="https://phunutoday.vn/amp/5-buoc-kich-hoat-ma-tai-khoan-dinh-danh-dien-tu-don-gian-khong-can-dien-thoai-thong-minh-d371723.html",
)


# ---------------------------------------------------------------------------------------------
# Pictures used more than once (a lesson's key step is also its card picture)
# ---------------------------------------------------------------------------------------------
# The publisher as CH Play shows it (checked 11/2026): an agency of Bộ Công an.
_VNEID_NHA_PHAT_TRIEN = "Trung tâm dữ liệu quốc gia về dân cư"

_VNEID_STORE = Screen(
    app="CH Play",
    kind="store",
    heading="VNeID",
    lines=(_VNEID_NHA_PHAT_TRIEN, "Định danh điện tử"),
    button="Cài đặt",
)

_VNEID_KICH_HOAT = Screen(
    app="VNeID",
    kind="app",
    heading="VNeID",
    lines=("Ứng dụng định danh điện tử", "Đăng nhập"),
    button="Kích hoạt tài khoản định danh điện tử",
)

_VNEID_DANG_NHAP = Screen(
    app="VNeID",
    kind="form",
    heading="Đăng nhập",
    lines=("Số định danh cá nhân", "Mật khẩu"),
    button="Đăng nhập",
)

_TOPIC_VNEID_HERO = _VNEID_KICH_HOAT


# ---------------------------------------------------------------------------------------------
# Lessons
# ---------------------------------------------------------------------------------------------
VNEID_CAI_DAT = Lesson(
    slug="cai-dat-ung-dung-vneid",
    title="Cài đặt ứng dụng VNeID",
    summary="Tải đúng ứng dụng VNeID của Bộ Công an từ CH Play hoặc App Store.",
    duration=5,
    level="CB1",
    skills=("2.6", "4.2"),
    audiences=("elderly", "farmers", "traders", "workers", "students", "officials"),
    tags=("vneid", "định danh điện tử", "cài ứng dụng"),
    hero=_VNEID_STORE,
    hero_alt="Trang ứng dụng VNeID trong CH Play, nút “Cài đặt” được tô sáng.",
    body=[
        Paragraph(
            "VNeID là ứng dụng định danh điện tử của Bộ Công an "
            "(Trung tâm dữ liệu quốc gia về dân cư). "
            "Cài đúng ứng dụng thật là bước đầu để bảo vệ thông tin cá nhân của bạn."
        ),
        Step(
            title="Mở CH Play hoặc App Store",
            text="Máy Android: bấm biểu tượng “CH Play”. iPhone: bấm biểu tượng “App Store”.",
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
            title="Tìm “VNeID”",
            text="Bấm ô tìm kiếm, gõ “VNeID” rồi bấm hình kính lúp.",
            screen=Screen(
                app="CH Play",
                kind="app",
                heading="Tìm kiếm",
                lines=("VNeID",),
                button="Tìm kiếm",
            ),
            alt="Ô tìm kiếm của CH Play đã gõ chữ “VNeID”, nút tìm kiếm được tô sáng.",
        ),
        Step(
            title="Kiểm tra đúng ứng dụng thật",
            text="Chọn ứng dụng tên “VNeID”. Trên CH Play, tên nhà phát triển ghi “Trung tâm "
            "dữ liệu quốc gia về dân cư”, là đơn vị của Bộ Công an.",
            screen=Screen(
                app="CH Play",
                kind="store",
                heading="VNeID",
                lines=(_VNEID_NHA_PHAT_TRIEN, "Định danh điện tử"),
            ),
            alt="Trang ứng dụng VNeID trong CH Play, nhà phát triển ghi “Trung tâm dữ liệu quốc "
            "gia về dân cư”.",
            tip="Nếu thấy nhiều ứng dụng giống nhau, hỏi Công an xã trước khi cài.",
        ),
        Step(
            title="Bấm “Cài đặt”",
            text="Bấm nút “Cài đặt” (trên iPhone là “Nhận”) và chờ máy tải xong.",
            screen=_VNEID_STORE,
            alt="Trang ứng dụng VNeID trong CH Play, nút “Cài đặt” được tô sáng.",
        ),
        Step(
            title="Mở VNeID",
            text="Khi tải xong, bấm “Mở”. "
            "Nếu đã có tài khoản thì đăng nhập; nếu chưa, làm tiếp bài kích hoạt tài khoản.",
            screen=Screen(
                app="CH Play",
                kind="store",
                heading="VNeID",
                lines=("Đã cài đặt",),
                button="Mở",
            ),
            alt="Trang ứng dụng VNeID đã cài xong, nút “Mở” được tô sáng.",
        ),
        Callout(
            kind="danger",
            title="Chỉ cài VNeID từ CH Play hoặc App Store",
            text="Kẻ gian gọi điện xưng là công an, gửi đường link để “nâng cấp VNeID lên "
            "mức 2”. Đó là ứng dụng giả, chiếm quyền điều khiển điện thoại. "
            "Hãy cúp máy, không bấm vào link.",
        ),
        Callout(
            kind="tip",
            title="Tài khoản mức 1 và mức 2 khác nhau thế nào?",
            text="Mức 1 có thông tin cơ bản và ảnh chân dung, bạn tự đăng ký trên ứng dụng, "
            "dùng được một số tính năng. Mức 2 có thêm vân tay, đăng ký tại Công an xã "
            "hoặc khi làm thẻ căn cước, với số điện thoại đứng tên chính bạn. Theo Nghị định "
            "69/2024/NĐ-CP, tài khoản mức 2 có căn cước điện tử, có giá trị như thẻ căn cước "
            "khi làm thủ tục hành chính.",
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Cài VNeID từ CH Play hoặc App Store.",
                "Tìm biểu tượng VNeID trên màn hình chính.",
            ),
        ),
    ],
    related=("kich-hoat-tai-khoan-vneid",),
    sources=(
        _NGUON_VNEID_CH_PLAY,
        NGUON_BCA_VNEID_GIA,
        _NGUON_ND69,
    ),
    checked=CHECKED,
    en=Lesson(
        slug="cai-dat-ung-dung-vneid",
        title="Installing the VNeID app",
        summary="Download the real VNeID app of the Ministry of Public Security "
        "from CH Play (Google Play) or the App Store.",
        duration=5,
        level="CB1",
        skills=("2.6", "4.2"),
        audiences=("elderly", "farmers", "traders", "workers", "students", "officials"),
        tags=("vneid", "định danh điện tử", "cài ứng dụng"),
        hero=_VNEID_STORE,
        hero_alt="The VNeID page in CH Play, with the “Cài đặt” [Install] button highlighted.",
        body=[
            Paragraph(
                "VNeID is the electronic identity app of the Ministry of Public Security "
                "(National Population Data Center). "
                "Installing the real app is the first step to protect your personal data."
            ),
            Step(
                title="Open CH Play or the App Store",
                text="Android phone: tap the “CH Play” icon. iPhone: tap the “App Store” icon.",
                screen=None,
                alt="The phone's home screen, with the “CH Play” icon highlighted.",
            ),
            Step(
                title="Search for “VNeID”",
                text="Tap the search box, type “VNeID” and tap the magnifying glass.",
                screen=None,
                alt="The CH Play search box with “VNeID” typed in and the search button "
                "highlighted.",
            ),
            Step(
                title="Check that it is the real app",
                text="Choose the app named “VNeID”. In CH Play, the developer shows as “Trung "
                "tâm dữ liệu quốc gia về dân cư” [National Population Data Center], an agency "
                "of the Ministry of Public Security.",
                screen=None,
                alt="The VNeID page in CH Play, with the developer shown as “Trung tâm dữ liệu "
                "quốc gia về dân cư” [National Population Data Center].",
                tip="If you see several similar apps, ask the commune police before installing.",
            ),
            Step(
                title="Tap “Cài đặt” [Install]",
                text="Tap “Cài đặt” [Install] (on an iPhone: “Nhận” [Get]) "
                "and wait for the download to finish.",
                screen=None,
                alt="The VNeID page in CH Play, with the “Cài đặt” [Install] button highlighted.",
            ),
            Step(
                title="Open VNeID",
                text="When the download is done, tap “Mở” [Open]. "
                "If you already have an account, log in; if not, go on to the activation lesson.",
                screen=None,
                alt="The VNeID page after installing, with the “Mở” [Open] button highlighted.",
            ),
            Callout(
                kind="danger",
                title="Install VNeID only from CH Play or the App Store",
                text="Scammers call pretending to be police and send a link to “upgrade VNeID "
                "to level 2”. That is a fake app that takes over your phone. "
                "Hang up and do not tap the link.",
            ),
            Callout(
                kind="tip",
                title="What is the difference between level 1 and level 2?",
                text="Level 1 holds your basic identity and portrait; you register it yourself "
                "in the app, and it unlocks some features. Level 2 adds fingerprints and is "
                "registered at the commune police or with your ID-card application, with a "
                "phone number in your own name. Under Decree 69/2024/NĐ-CP, a level 2 account "
                "holds an electronic ID that counts like the ID card in administrative "
                "procedures.",
            ),
            Checklist(
                title="Try it yourself",
                items=(
                    "Install VNeID from CH Play or the App Store.",
                    "Find the VNeID icon on your home screen.",
                ),
            ),
        ],
        related=("kich-hoat-tai-khoan-vneid",),
    ),
)


VNEID_KICH_HOAT = Lesson(
    slug="kich-hoat-tai-khoan-vneid",
    title="Kích hoạt tài khoản định danh điện tử VNeID",
    summary="Tự kích hoạt tài khoản VNeID trên điện thoại sau khi đã đăng ký với công an.",
    duration=8,
    level="CB2",
    skills=("2.6", "2.3", "4.2"),
    audiences=("elderly", "farmers", "traders", "workers", "students", "officials", "disabilities"),
    tags=("vneid", "định danh điện tử", "kích hoạt tài khoản", "mật khẩu"),
    hero=_VNEID_KICH_HOAT,
    hero_alt="Màn hình đầu của VNeID, nút “Kích hoạt tài khoản định danh điện tử” được tô sáng.",
    body=[
        Paragraph(
            "Sau khi đăng ký tài khoản định danh điện tử tại Công an xã hoặc khi làm thẻ căn "
            "cước, bạn tự kích hoạt trên ứng dụng VNeID. Hãy chuẩn bị thẻ căn cước và "
            "điện thoại có số đã đăng ký, là số đứng tên chính bạn."
        ),
        Step(
            title="Chọn “Kích hoạt tài khoản định danh điện tử”",
            text="Mở ứng dụng VNeID. Ở màn hình đầu tiên, "
            "bấm “Kích hoạt tài khoản định danh điện tử”.",
            screen=_VNEID_KICH_HOAT,
            alt="Màn hình đầu của VNeID, nút “Kích hoạt tài khoản định danh điện tử” được tô sáng.",
            tip="Tên mục có thể khác tùy phiên bản.",
        ),
        Step(
            title="Nhập số định danh và số điện thoại",
            text="Nhập số định danh cá nhân 12 số và số điện thoại đã đăng ký, "
            "rồi bấm “Gửi yêu cầu”.",
            screen=Screen(
                app="VNeID",
                kind="form",
                heading="Kích hoạt tài khoản",
                lines=("Số định danh cá nhân", "Số điện thoại"),
                button="Gửi yêu cầu",
            ),
            alt="Mẫu có hai ô: số định danh cá nhân và số điện thoại, "
            "nút “Gửi yêu cầu” được tô sáng.",
            tip="Số định danh cá nhân là dãy 12 số in trên thẻ căn cước của bạn.",
        ),
        Step(
            title="Nhập mã OTP trong tin nhắn",
            text="Điện thoại nhận một tin nhắn có mã OTP (mã số gửi qua tin nhắn). "
            "Nhập mã đó vào ứng dụng rồi bấm “Xác nhận”.",
            screen=Screen(
                app="Tin nhắn",
                kind="sms",
                heading="Tin nhắn mới",
                lines=("Mã OTP của bạn:", "xxxxxx"),
            ),
            alt="Tin nhắn SMS chứa mã OTP gồm 6 chữ số.",
            tip="Mã OTP chỉ để bạn tự nhập, không đọc cho ai nghe.",
        ),
        Step(
            title="Đặt mật khẩu",
            text="Đặt mật khẩu dài 8 đến 20 ký tự, có chữ hoa, chữ thường, chữ số và "
            "ký tự đặc biệt (như @ hoặc #). Nhập lại lần nữa để xác nhận.",
            screen=Screen(
                app="VNeID",
                kind="form",
                heading="Tạo mật khẩu",
                lines=("Mật khẩu", "Nhập lại mật khẩu", "8-20 ký tự: Aa, số, @#"),
                button="Xác nhận",
            ),
            alt="Mẫu tạo mật khẩu có hai ô nhập và dòng nhắc quy tắc mật khẩu, "
            "nút xác nhận được tô sáng.",
            tip="Hãy tự nghĩ mật khẩu của riêng bạn. Không dùng mật khẩu in trong sách, tờ "
            "hướng dẫn hay của người khác.",
        ),
        Step(
            title="Đặt mã bảo vệ 6 số (passcode)",
            text="Nhập 6 chữ số làm passcode, rồi nhập lại lần nữa. "
            "Passcode dùng để xác nhận khi bạn dùng ứng dụng.",
            screen=Screen(
                app="VNeID",
                kind="form",
                heading="Thiết lập passcode",
                lines=("Passcode (6 số)", "Nhập lại passcode"),
                button="Xác nhận",
            ),
            alt="Mẫu thiết lập passcode gồm 6 chữ số, có ô nhập lại.",
            tip="Không dùng ngày sinh hay 123456 làm passcode.",
        ),
        Step(
            title="Trả lời câu hỏi bảo mật",
            text="Chọn câu hỏi và nhập câu trả lời mà chỉ bạn biết. "
            "Hãy nhớ kỹ các câu trả lời này.",
            screen=Screen(
                app="VNeID",
                kind="form",
                heading="Câu hỏi bảo mật",
                lines=("Chọn câu hỏi", "Câu trả lời"),
                button="Xác nhận",
            ),
            alt="Mẫu có các ô chọn câu hỏi bảo mật và ô nhập câu trả lời.",
        ),
        Step(
            title="Đăng nhập lại",
            text="Ứng dụng quay về màn hình đăng nhập. "
            "Nhập số định danh cá nhân và mật khẩu vừa đặt, rồi bấm “Đăng nhập”.",
            screen=_VNEID_DANG_NHAP,
            alt="Màn hình đăng nhập VNeID với ô số định danh cá nhân và ô mật khẩu, "
            "nút “Đăng nhập” được tô sáng.",
        ),
        Video(
            key="kich-hoat-vneid",
            title="Video: Kích hoạt tài khoản định danh điện tử",
            # The video's own captions, word for word: the transcript cannot say more.
            transcript=transcript("vi"),
        ),
        Callout(
            kind="danger",
            title="Không để ai “kích hoạt hộ” qua điện thoại",
            text="Không đưa điện thoại cho người lạ, không làm theo người gọi điện đòi "
            "kích hoạt hộ. Cán bộ hướng dẫn không bao giờ hỏi mật khẩu, passcode "
            "hay mã OTP của bạn.",
        ),
        Callout(
            kind="tip",
            title="Không có điện thoại thông minh?",
            text="Bạn có thể kích hoạt trên máy tính tại trang vneid.gov.vn, "
            "các bước giống như trên ứng dụng. Bạn vẫn cần một điện thoại lắp số đã đăng ký "
            "để nhận tin nhắn có mã OTP.",
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Chuẩn bị thẻ căn cước và điện thoại có số đã đăng ký.",
                "Kích hoạt tài khoản VNeID của bạn.",
                "Đăng nhập lại một lần nữa để chắc chắn bạn nhớ mật khẩu.",
            ),
        ),
    ],
    related=("dang-nhap-vneid", "dang-nhap-cong-dich-vu-cong-quoc-gia"),
    sources=(
        _NGUON_KICH_HOAT,
        _NGUON_KICH_HOAT_MAY_TINH,
        _NGUON_ND69,
    ),
    checked=CHECKED,
    en=Lesson(
        slug="kich-hoat-tai-khoan-vneid",
        title="Activating your VNeID electronic identity account",
        summary="Activate your VNeID account yourself on your phone after registering "
        "with the police.",
        duration=8,
        level="CB2",
        skills=("2.6", "2.3", "4.2"),
        audiences=(
            "elderly",
            "farmers",
            "traders",
            "workers",
            "students",
            "officials",
            "disabilities",
        ),
        tags=("vneid", "định danh điện tử", "kích hoạt tài khoản", "mật khẩu"),
        hero=_VNEID_KICH_HOAT,
        hero_alt="The first VNeID screen, with the “Kích hoạt tài khoản định danh điện tử” "
        "[Activate identity account] button highlighted.",
        body=[
            Paragraph(
                "After registering your electronic identity account at the commune police or "
                "with your ID-card application, you activate it yourself in the VNeID app. "
                "Have your ID card ready, and the phone with the registered number, which must "
                "be in your own name."
            ),
            Step(
                title="Choose “Kích hoạt tài khoản định danh điện tử” [Activate identity account]",
                text="Open the VNeID app. On the first screen, tap “Kích hoạt tài khoản định "
                "danh điện tử” [Activate identity account].",
                screen=None,
                alt="The first VNeID screen, with the “Kích hoạt tài khoản định danh điện tử” "
                "[Activate identity account] button highlighted.",
                tip="The name of the item may differ between versions.",
            ),
            Step(
                title="Enter your ID number and phone number",
                text="Enter your 12-digit personal ID number and your registered phone "
                "number, then tap “Gửi yêu cầu” [Send request].",
                screen=None,
                alt="A form with two boxes, personal ID number and phone number, with the "
                "“Gửi yêu cầu” [Send request] button highlighted.",
                tip="Your personal ID number is the 12 digits printed on your ID card.",
            ),
            Step(
                title="Enter the OTP code from the text message",
                text="Your phone receives a text message with an OTP code (the code sent by "
                "text message). Type that code into the app and tap “Xác nhận” [Confirm].",
                screen=None,
                alt="A text message containing a 6-digit OTP code.",
                tip="The OTP code is only for you to type in; never read it out to anyone.",
            ),
            Step(
                title="Set a password",
                text="Set a password of 8 to 20 characters with upper and lower case letters, "
                "a digit and a special character (such as @ or #). Type it again to confirm.",
                screen=None,
                alt="A password form with two boxes and a reminder of the password rules, "
                "with the confirm button highlighted.",
                tip="Make up your own password. Do not use a password printed in a book, a "
                "handout or someone else's.",
            ),
            Step(
                title="Set a 6-digit security code (passcode)",
                text="Enter 6 digits as your passcode, then enter them again. "
                "The passcode confirms it is you when you use the app.",
                screen=None,
                alt="A form to set a 6-digit passcode, with a box to enter it again.",
                tip="Do not use your birthday or 123456 as your passcode.",
            ),
            Step(
                title="Answer the security questions",
                text="Choose questions and type answers that only you know. "
                "Remember these answers well.",
                screen=None,
                alt="A form with boxes to choose security questions and type the answers.",
            ),
            Step(
                title="Log in again",
                text="The app goes back to the login screen. Enter your personal ID number "
                "and the new password, then tap “Đăng nhập” [Log in].",
                screen=None,
                alt="The VNeID login screen with boxes for the personal ID number and "
                "password, and the “Đăng nhập” [Log in] button highlighted.",
            ),
            Video(
                key="kich-hoat-vneid",
                title="Video: Activating your electronic identity account",
                transcript=transcript("en"),
            ),
            Callout(
                kind="danger",
                title="Never let anyone “activate it for you” over the phone",
                text="Do not hand your phone to strangers, and do not follow a caller who "
                "offers to activate your account for you. Trainers never ask for your "
                "password, passcode or OTP code.",
            ),
            Callout(
                kind="tip",
                title="No smartphone?",
                text="You can activate on a computer at vneid.gov.vn; "
                "the steps are the same as in the app. You still need a phone with the "
                "registered number to receive the text message with the OTP code.",
            ),
            Checklist(
                title="Try it yourself",
                items=(
                    "Have your ID card and the phone with your registered number ready.",
                    "Activate your VNeID account.",
                    "Log in once more to be sure you remember your password.",
                ),
            ),
        ],
        related=("dang-nhap-vneid", "dang-nhap-cong-dich-vu-cong-quoc-gia"),
    ),
)


VNEID_DANG_NHAP = Lesson(
    slug="dang-nhap-vneid",
    title="Đăng nhập VNeID an toàn",
    summary="Đăng nhập VNeID bằng số định danh cá nhân và mật khẩu, giữ kín mã bảo vệ 6 số "
    "(passcode).",
    duration=5,
    level="CB1",
    skills=("2.6", "4.2"),
    audiences=("elderly", "farmers", "traders", "workers", "students", "officials", "disabilities"),
    tags=("vneid", "đăng nhập", "mật khẩu"),
    hero=_VNEID_DANG_NHAP,
    hero_alt="Màn hình đăng nhập VNeID, nút “Đăng nhập” được tô sáng.",
    body=[
        Paragraph(
            "Sau khi kích hoạt, mỗi lần dùng VNeID bạn cần đăng nhập. "
            "Tài khoản VNeID còn dùng để đăng nhập Cổng Dịch vụ công, "
            "nên phải giữ thật kín mật khẩu."
        ),
        Step(
            title="Mở ứng dụng VNeID",
            text="Trên màn hình chính, bấm biểu tượng “VNeID”.",
            screen=Screen(
                app="Điện thoại",
                kind="home",
                heading="Màn hình chính",
                lines=("Cài đặt", "CH Play", "Zalo", "VNeID"),
                button="VNeID",
            ),
            alt="Màn hình chính của điện thoại, biểu tượng “VNeID” được tô sáng.",
        ),
        Step(
            title="Nhập số định danh cá nhân",
            text="Ở ô đầu tiên, nhập số định danh cá nhân 12 số của bạn.",
            screen=Screen(
                app="VNeID",
                kind="form",
                heading="Đăng nhập",
                lines=("Số định danh cá nhân", "Mật khẩu"),
            ),
            alt="Màn hình đăng nhập VNeID với ô số định danh cá nhân ở trên và ô mật khẩu ở dưới.",
        ),
        Step(
            title="Nhập mật khẩu và bấm “Đăng nhập”",
            text="Nhập mật khẩu bạn đã đặt khi kích hoạt, rồi bấm “Đăng nhập”.",
            screen=_VNEID_DANG_NHAP,
            alt="Màn hình đăng nhập VNeID, nút “Đăng nhập” được tô sáng.",
            tip="Gõ chậm và để ý chữ hoa, chữ thường.",
        ),
        Step(
            title="Nhập mã bảo vệ 6 số khi được hỏi",
            text="Khi ứng dụng hỏi, nhập mã bảo vệ 6 số (passcode). "
            "Che màn hình khi nhập để người bên cạnh không nhìn thấy.",
            screen=Screen(
                app="VNeID",
                kind="app",
                heading="Nhập passcode",
                lines=("Nhập 6 chữ số", "* * * _ _ _", "1  2  3", "4  5  6", "7  8  9"),
            ),
            alt="Màn hình nhập passcode 6 chữ số, đã nhập 3 số, bên dưới là bàn phím số.",
        ),
        Step(
            title="Xem trang chủ của bạn",
            text="Đăng nhập xong, trang chủ hiện tên của bạn. "
            "Tài khoản mức 2 có thẻ căn cước điện tử ngay trong ứng dụng.",
            screen=Screen(
                app="VNeID",
                kind="app",
                heading="Xin chào, Nguyễn Văn An",
                lines=("Tài khoản mức 2", "Căn cước điện tử", "Thủ tục hành chính"),
            ),
            alt="Trang chủ VNeID với lời chào người dùng, mức tài khoản và các mục chính.",
        ),
        Callout(
            kind="danger",
            title="Giữ kín mật khẩu và passcode",
            text="Không đưa mật khẩu, passcode hay mã OTP (mã số gửi qua tin nhắn) cho ai, kể "
            "cả người xưng là công an hay cán bộ. Cán bộ hướng dẫn không bao giờ hỏi những mã "
            "này.",
        ),
        Callout(
            kind="tip",
            title="Quên mật khẩu?",
            text="Trên màn hình đăng nhập có chức năng lấy lại mật khẩu; hãy làm theo hướng "
            "dẫn. Nếu không làm được, đến Công an xã để được hỗ trợ.",
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Đăng nhập VNeID bằng số định danh và mật khẩu của bạn.",
                "Nhập passcode mà không để ai nhìn thấy.",
            ),
        ),
    ],
    related=("dang-nhap-cong-dich-vu-cong-quoc-gia", "kich-hoat-tai-khoan-vneid"),
    sources=(
        _NGUON_KICH_HOAT,
        _NGUON_VNEID_CH_PLAY,
    ),
    checked=CHECKED,
    en=Lesson(
        slug="dang-nhap-vneid",
        title="Logging in to VNeID safely",
        summary="Log in to VNeID with your personal ID number and password, "
        "and keep your 6-digit security code (passcode) secret.",
        duration=5,
        level="CB1",
        skills=("2.6", "4.2"),
        audiences=(
            "elderly",
            "farmers",
            "traders",
            "workers",
            "students",
            "officials",
            "disabilities",
        ),
        tags=("vneid", "đăng nhập", "mật khẩu"),
        hero=_VNEID_DANG_NHAP,
        hero_alt="The VNeID login screen, with the “Đăng nhập” [Log in] button highlighted.",
        body=[
            Paragraph(
                "After activation, you log in each time you use VNeID. "
                "Your VNeID account also logs you in to the public service portal, "
                "so keep your password truly secret."
            ),
            Step(
                title="Open the VNeID app",
                text="On the home screen, tap the “VNeID” icon.",
                screen=None,
                alt="The phone's home screen, with the “VNeID” icon highlighted.",
            ),
            Step(
                title="Enter your personal ID number",
                text="In the first box, enter your 12-digit personal ID number.",
                screen=None,
                alt="The VNeID login screen with the personal ID number box at the top and "
                "the password box below.",
            ),
            Step(
                title="Enter your password and tap “Đăng nhập” [Log in]",
                text="Enter the password you set when activating, then tap “Đăng nhập” [Log in].",
                screen=None,
                alt="The VNeID login screen, with the “Đăng nhập” [Log in] button highlighted.",
                tip="Type slowly and watch upper and lower case letters.",
            ),
            Step(
                title="Enter your 6-digit security code when asked",
                text="When the app asks, enter your 6-digit security code (passcode). "
                "Cover the screen so that people next to you cannot see it.",
                screen=None,
                alt="The screen for the 6-digit passcode, with 3 digits entered and a number keypad below.",
            ),
            Step(
                title="See your home page",
                text="Once logged in, the home page shows your name. "
                "A level 2 account has the electronic ID card right in the app.",
                screen=None,
                alt="The VNeID home page with a greeting, the account level and the main sections.",
            ),
            Callout(
                kind="danger",
                title="Keep your password and passcode secret",
                text="Never give your password, passcode or OTP code (the code sent by text "
                "message) to anyone, even someone who says they are police or an official. "
                "Trainers never ask for them.",
            ),
            Callout(
                kind="tip",
                title="Forgot your password?",
                text="The login screen has a way to recover your password; follow its "
                "instructions. If that does not work, go to the commune police for help.",
            ),
            Checklist(
                title="Try it yourself",
                items=(
                    "Log in to VNeID with your ID number and password.",
                    "Enter your passcode without letting anyone see it.",
                ),
            ),
        ],
        related=("dang-nhap-cong-dich-vu-cong-quoc-gia", "kich-hoat-tai-khoan-vneid"),
    ),
)


# ---------------------------------------------------------------------------------------------
# The topic; its English lessons cite the same sources as the Vietnamese
# ---------------------------------------------------------------------------------------------
TOPIC = Topic(
    slug="vneid",
    title="VNeID: cài đặt, kích hoạt, đăng nhập",
    intro="VNeID là ứng dụng định danh điện tử của Bộ Công an. Có tài khoản VNeID, bạn "
    "đăng nhập được Cổng Dịch vụ công để làm thủ tục trên mạng; tài khoản mức 2 còn có "
    "căn cước điện tử, có giá trị như thẻ căn cước khi làm thủ tục hành chính. "
    "Ba bài dưới đây hướng dẫn cài ứng dụng, kích hoạt tài khoản và đăng nhập an toàn.",
    hero=_TOPIC_VNEID_HERO,
    hero_alt="Màn hình đầu của VNeID, nút “Kích hoạt tài khoản định danh điện tử” được tô sáng.",
    lessons=[VNEID_CAI_DAT, VNEID_KICH_HOAT, VNEID_DANG_NHAP],
    en=Topic(
        slug="vneid",
        title="VNeID: install, activate and log in",
        intro="VNeID is the electronic identity app of the Ministry of Public Security. "
        "With a VNeID account you can log in to the National Public Service Portal and do "
        "procedures online; a level 2 account also holds an electronic ID that counts like "
        "the ID card in administrative procedures. The three lessons below show how to "
        "install the app, activate your account and log in safely.",
        hero=_TOPIC_VNEID_HERO,
        hero_alt="The first VNeID screen, with the “Kích hoạt tài khoản định danh điện tử” "
        "[Activate identity account] button highlighted.",
        lessons=[],
    ),
)


def _english_cites_the_same(topic: Topic) -> None:
    """An English lesson rests on the same sources, checked on the same day, as its original."""
    for lesson in topic.lessons:
        if lesson.en is not None:
            lesson.en.sources = lesson.sources
            lesson.en.checked = lesson.checked


_english_cites_the_same(TOPIC)


# ---------------------------------------------------------------------------------------------
# The quiz (skills 2.6, 2.3, 4.2), with an English translation
# ---------------------------------------------------------------------------------------------
QUIZ = Quiz(
    topic="vneid",
    title="Kiểm tra: VNeID",
    intro="Bài kiểm tra có 8 câu hỏi, không giới hạn thời gian. "
    "Cần đúng ít nhất 7 trên 8 câu để đạt; bạn có thể làm lại bao nhiêu lần cũng được.",
    pass_mark=80,
    shuffle=True,
    questions=[
        Question(
            kind="picture",
            text="Bạn muốn cài VNeID. Màn hình nào là trang của ứng dụng VNeID thật?",
            skill="4.2",
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
                    feedback="Đúng: đây là ứng dụng VNeID trong CH Play; nhà phát triển là Trung "
                    "tâm dữ liệu quốc gia về dân cư, đơn vị của Bộ Công an.",
                ),
                PictureChoice(
                    screen=Screen(
                        app="CH Play",
                        kind="store",
                        heading="VNeID Mức 2",
                        lines=("Nhà phát triển: cá nhân", "Mới có 50 lượt tải"),
                        button="Cài đặt",
                    ),
                    alt="Trang CH Play của ứng dụng “VNeID Mức 2”, nhà phát triển là một cá "
                    "nhân, mới có 50 lượt tải.",
                    feedback="Chưa đúng: tên na ná, nhà phát triển không phải Bộ Công an và ít "
                    "người tải là dấu hiệu ứng dụng giả.",
                ),
                PictureChoice(
                    screen=Screen(
                        app="Trình duyệt",
                        kind="browser",
                        heading="vneid-capnhat.xyz",
                        lines=("Nâng cấp VNeID mức 2", "Tải tệp: vneid.apk"),
                        button="Tải về",
                    ),
                    alt="Trang web vneid-capnhat.xyz mời tải tệp vneid.apk để nâng cấp VNeID "
                    "mức 2.",
                    feedback="Chưa đúng: đây là trang web lạ, không phải CH Play hay App Store; "
                    "ứng dụng tải từ đó có thể chiếm quyền điều khiển điện thoại.",
                ),
            ),
        ),
        Question(
            kind="single",
            text="Khi kích hoạt tài khoản VNeID, ở bước đầu bạn nhập những gì?",
            skill="2.6",
            choices=(
                Choice(
                    text="Số định danh cá nhân 12 số và số điện thoại đã đăng ký",
                    correct=True,
                    feedback="Đúng: số định danh cá nhân là dãy 12 số in trên thẻ căn cước "
                    "của bạn.",
                ),
                Choice(
                    text="Số tài khoản ngân hàng và mã PIN của thẻ",
                    feedback="Chưa đúng: kích hoạt VNeID không bao giờ cần số tài khoản "
                    "hay mã PIN ngân hàng.",
                ),
                Choice(
                    text="Họ tên và ngày sinh của một người thân",
                    feedback="Chưa đúng: bạn nhập số định danh cá nhân của chính mình "
                    "và số điện thoại đã đăng ký.",
                ),
            ),
        ),
        Question(
            kind="multiple",
            text="Mật khẩu VNeID cần có những gì? (chọn tất cả câu đúng)",
            skill="2.6",
            choices=(
                Choice(
                    text="Dài từ 8 đến 20 ký tự",
                    correct=True,
                    feedback="Đúng: quy tắc mật khẩu của VNeID là dài từ 8 đến 20 ký tự.",
                ),
                Choice(
                    text="Có cả chữ hoa và chữ thường",
                    correct=True,
                    feedback="Đúng: mật khẩu phải có chữ hoa và chữ thường, nên khi gõ hãy để ý.",
                ),
                Choice(
                    text="Có chữ số và ký tự đặc biệt như @ hoặc #",
                    correct=True,
                    feedback="Đúng: mật khẩu còn phải có chữ số và ký tự đặc biệt, như @ hoặc #.",
                ),
                Choice(
                    text="Chỉ gồm 6 chữ số, ví dụ ngày sinh",
                    feedback="Chưa đúng: 6 chữ số là mã bảo vệ 6 số (passcode), không phải mật "
                    "khẩu, và không nên dùng ngày sinh.",
                ),
            ),
        ),
        Question(
            kind="true_false",
            text="Căn cước điện tử của tài khoản VNeID mức 2 có giá trị như thẻ căn cước "
            "khi làm thủ tục hành chính.",
            skill="2.3",
            answer=True,
            feedback_true="Đúng: đây là điểm mạnh của tài khoản mức 2 (Nghị định 69/2024/NĐ-CP); "
            "tài khoản mức 1 chỉ dùng được một số tính năng.",
            feedback_false="Chưa đúng: theo Nghị định 69/2024/NĐ-CP, căn cước điện tử của tài "
            "khoản mức 2 có giá trị như thẻ căn cước khi làm thủ tục hành chính.",
        ),
        Question(
            kind="single",
            text="Tài khoản VNeID mức 2 được đăng ký ở đâu?",
            skill="2.3",
            choices=(
                Choice(
                    text="Tại Công an xã, hoặc khi làm thẻ căn cước",
                    correct=True,
                    feedback="Đúng: đăng ký xong, bạn tự kích hoạt trong ứng dụng VNeID "
                    "tải từ CH Play hoặc App Store.",
                ),
                Choice(
                    text="Qua đường link mà người gọi điện gửi cho bạn",
                    feedback="Chưa đúng: đó là chiêu lừa đảo; không ai “nâng cấp” VNeID "
                    "giúp bạn qua điện thoại.",
                ),
                Choice(
                    text="Ở cửa hàng bán điện thoại",
                    feedback="Chưa đúng: cửa hàng không đăng ký được; mức 2 có thêm vân tay và "
                    "được đăng ký tại Công an xã hoặc khi làm thẻ căn cước.",
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
                heading="Số lạ 0xxx xxx 789",
                lines=(
                    "“Tôi là cán bộ hướng dẫn”",
                    "“Bác đọc passcode cho tôi”",
                    "“để tôi kích hoạt hộ bác”",
                ),
            ),
            scenario_alt="Cuộc gọi đến từ số lạ 0xxx xxx 789: người gọi xưng là cán bộ hướng "
            "dẫn, xin đọc passcode để kích hoạt hộ.",
            choices=(
                Choice(
                    text="Không đọc passcode, cúp máy ngay",
                    correct=True,
                    feedback="Đúng: cán bộ hướng dẫn không bao giờ hỏi mật khẩu, passcode "
                    "hay mã OTP của bạn.",
                ),
                Choice(
                    text="Đọc passcode vì người gọi xưng là cán bộ",
                    feedback="Chưa đúng: ai hỏi passcode là kẻ gian, dù xưng là công an "
                    "hay cán bộ.",
                ),
                Choice(
                    text="Đọc mật khẩu thay cho passcode",
                    feedback="Chưa đúng: mật khẩu cũng phải giữ kín như passcode, "
                    "không đưa cho ai.",
                ),
                Choice(
                    text="Đưa điện thoại cho người lạ đến nhà để họ kích hoạt hộ",
                    feedback="Chưa đúng: không đưa điện thoại cho người lạ; "
                    "bạn tự tay kích hoạt tài khoản của mình.",
                ),
            ),
        ),
        Question(
            kind="true_false",
            text="Mã OTP (mã số gửi qua tin nhắn) khi kích hoạt VNeID có thể đọc cho người "
            "xưng là công an.",
            skill="4.2",
            answer=False,
            feedback_true="Chưa đúng: mã này chỉ để bạn tự nhập, không đọc cho ai nghe, "
            "kể cả người xưng là công an.",
            feedback_false="Đúng: mã OTP chỉ để bạn tự nhập vào ứng dụng, không đưa cho bất kỳ ai.",
        ),
        Question(
            kind="single",
            text="Có tài khoản VNeID, bạn còn làm được việc gì?",
            skill="2.3",
            choices=(
                Choice(
                    text="Đăng nhập Cổng Dịch vụ công quốc gia để làm thủ tục trên mạng",
                    correct=True,
                    feedback="Đúng: từ 1/7/2024, người dân đăng nhập Cổng Dịch vụ công quốc gia "
                    "bằng tài khoản VNeID.",
                ),
                Choice(
                    text="Nhận tiền hỗ trợ qua đường link gửi trong tin nhắn",
                    feedback="Chưa đúng: tin nhắn mời nhận tiền qua đường link là dấu hiệu "
                    "lừa đảo, không liên quan đến VNeID.",
                ),
                Choice(
                    text="Cho người khác mượn tài khoản để nộp hồ sơ hộ",
                    feedback="Chưa đúng: tài khoản VNeID là của riêng bạn; "
                    "phải giữ thật kín mật khẩu.",
                ),
            ),
        ),
    ],
)


QUIZ.en = Quiz(
    topic="vneid",
    title="Quiz: VNeID",
    intro="This quiz has 8 questions and no time limit. "
    "You need at least 7 of the 8 answers right to pass, and you can try again as many times as you like.",
    pass_mark=80,
    shuffle=True,
    questions=[
        Question(
            kind="picture",
            text="You want to install VNeID. Which screen shows the real VNeID app?",
            skill="4.2",
            picture_choices=(
                PictureChoice(
                    screen=None,
                    alt="The CH Play (Google Play) page of the app “VNeID”, with the developer shown as “Trung "
                    "tâm dữ liệu quốc gia về dân cư” [National Population Data Center] and a "
                    "“Cài đặt” [Install] button.",
                    correct=True,
                    feedback="Correct: this is the VNeID app in CH Play; its developer is the "
                    "National Population Data Center, an agency of the Ministry of Public "
                    "Security.",
                ),
                PictureChoice(
                    screen=None,
                    alt="The CH Play page of the app “VNeID Mức 2” [VNeID Level 2], made by an "
                    "individual developer, with only 50 downloads.",
                    feedback="Incorrect: a look-alike name, a developer that is not the Ministry "
                    "of Public Security and few downloads are signs of a fake app.",
                ),
                PictureChoice(
                    screen=None,
                    alt="The web page vneid-capnhat.xyz offering the file vneid.apk to upgrade "
                    "VNeID to level 2.",
                    feedback="Incorrect: this is a strange web page, not CH Play or the App "
                    "Store; an app downloaded from it can take over your phone.",
                ),
            ),
        ),
        Question(
            kind="single",
            text="When you activate your VNeID account, what do you enter in the first step?",
            skill="2.6",
            choices=(
                Choice(
                    text="Your 12-digit personal ID number and your registered phone number",
                    correct=True,
                    feedback="Correct: your personal ID number is the 12 digits printed on your "
                    "ID card.",
                ),
                Choice(
                    text="Your bank account number and card PIN",
                    feedback="Incorrect: activating VNeID never needs a bank account number "
                    "or PIN.",
                ),
                Choice(
                    text="The full name and birthday of a relative",
                    feedback="Incorrect: you enter your own personal ID number and your "
                    "registered phone number.",
                ),
            ),
        ),
        Question(
            kind="multiple",
            text="What must a VNeID password have? (choose all correct answers)",
            skill="2.6",
            choices=(
                Choice(
                    text="Between 8 and 20 characters",
                    correct=True,
                    feedback="Correct: the VNeID password rules ask for 8 to 20 characters.",
                ),
                Choice(
                    text="Both upper and lower case letters",
                    correct=True,
                    feedback="Correct: the password needs upper and lower case letters, "
                    "so watch them when you type.",
                ),
                Choice(
                    text="A digit and a special character such as @ or #",
                    correct=True,
                    feedback="Correct: it also needs a digit and a special character, "
                    "such as @ or #.",
                ),
                Choice(
                    text="Only 6 digits, such as your birthday",
                    feedback="Incorrect: 6 digits is the security code (passcode), not the password, "
                    "and you should not use your birthday.",
                ),
            ),
        ),
        Question(
            kind="true_false",
            text="The electronic ID of a level 2 VNeID account counts like the ID card in "
            "administrative procedures.",
            skill="2.3",
            answer=True,
            feedback_true="Correct: this is what a level 2 account gives you (Decree "
            "69/2024/NĐ-CP); a level 1 account only unlocks some features.",
            feedback_false="Incorrect: under Decree 69/2024/NĐ-CP, the electronic ID of a level 2 "
            "account counts like the ID card in administrative procedures.",
        ),
        Question(
            kind="single",
            text="Where is a level 2 VNeID account registered?",
            skill="2.3",
            choices=(
                Choice(
                    text="At the commune police, or when you apply for your ID card",
                    correct=True,
                    feedback="Correct: after registering, you activate it yourself in the VNeID "
                    "app from CH Play or the App Store.",
                ),
                Choice(
                    text="Through a link that a caller sends you",
                    feedback="Incorrect: that is a scam; nobody can “upgrade” VNeID for you "
                    "over the phone.",
                ),
                Choice(
                    text="At a phone shop",
                    feedback="Incorrect: a shop cannot register it; level 2 adds your "
                    "fingerprints and is registered at the commune police or with your "
                    "ID-card application.",
                ),
            ),
        ),
        Question(
            kind="scenario",
            text="You get the call shown in the picture. What do you do?",
            skill="4.2",
            scenario=None,
            scenario_alt="An incoming call from the unknown number 0xxx xxx 789: the caller "
            "says he is a trainer and asks you to read out your passcode so that he can "
            "activate the account for you.",
            choices=(
                Choice(
                    text="Do not read out the passcode; hang up at once",
                    correct=True,
                    feedback="Correct: trainers never ask for your password, passcode or OTP code.",
                ),
                Choice(
                    text="Read out the passcode, since the caller says he is an official",
                    feedback="Incorrect: whoever asks for your passcode is a scammer, even if "
                    "they say they are police or an official.",
                ),
                Choice(
                    text="Read out your password instead of the passcode",
                    feedback="Incorrect: your password must stay secret just like the passcode; "
                    "never give it to anyone.",
                ),
                Choice(
                    text="Hand your phone to a stranger who comes to your house to activate it",
                    feedback="Incorrect: never hand your phone to strangers; "
                    "activate your account yourself.",
                ),
            ),
        ),
        Question(
            kind="true_false",
            text="You may read out the OTP code (the code sent by text message) from VNeID "
            "activation to someone who says they are police.",
            skill="4.2",
            answer=False,
            feedback_true="Incorrect: this code is only for you to type in; never read it out "
            "to anyone, even someone who says they are police.",
            feedback_false="Correct: the OTP code is only for you to type into the "
            "app; never give it to anyone.",
        ),
        Question(
            kind="single",
            text="With a VNeID account, what else can you do?",
            skill="2.3",
            choices=(
                Choice(
                    text="Log in to the National Public Service Portal and do procedures online",
                    correct=True,
                    feedback="Correct: since 1 July 2024, citizens log in to the National Public "
                    "Service Portal with their VNeID account.",
                ),
                Choice(
                    text="Receive support money through a link sent by text message",
                    feedback="Incorrect: a message offering money through a link is a sign of a "
                    "scam and has nothing to do with VNeID.",
                ),
                Choice(
                    text="Lend your account to someone else to submit papers for you",
                    feedback="Incorrect: your VNeID account is yours alone; "
                    "keep your password truly secret.",
                ),
            ),
        ),
    ],
)
