"""Topic 12, “Bảo vệ trẻ em trên mạng”: two lessons and the quiz.

Screen-time limits with Family Link, YouTube Kids and talking with the child, and the
111 child-protection line. Every lesson, the topic and the quiz carry a full English
translation in ``en``.
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
SRC_FAMILY_LINK_TIME = Source(
    title="Manage your child's screen time",
    publisher="Google (Trợ giúp Family Link)",
    url="https://support.google.com/families/answer/7103340",
)

SRC_FAMILY_LINK_ACCOUNT = Source(
    title="Family Link: tài khoản Google cho trẻ dưới 13 tuổi, duyệt ứng dụng",
    publisher="Google (Trợ giúp Family Link)",
    url="https://support.google.com/families/answer/7101025",
)

SRC_FAMILY_LINK_DEVICES = Source(
    title="Family Link: thiết bị được hỗ trợ và quốc gia có dịch vụ",
    publisher="Google (Trợ giúp Family Link)",
    url="https://support.google.com/families/answer/7103028",
)

SRC_YOUTUBE_KIDS = Source(
    title="YouTube Kids: parents' guide",
    publisher="Common Sense Media",
    url="https://www.commonsensemedia.org/",
)

SRC_111 = Source(
    title="Tổng đài điện thoại quốc gia bảo vệ trẻ em 111",
    publisher="Tạp chí An toàn thông tin",
    url="https://antoanthongtin.gov.vn/",
)


# ---------------------------------------------------------------------------------------------
# Pictures
# ---------------------------------------------------------------------------------------------
_FAMILY_LINK_STORE = Screen(
    app="CH Play",
    kind="store",
    heading="Google Family Link",
    lines=("Ứng dụng dành cho cha mẹ", "Xem đúng tên nhà phát triển"),
    button="Cài đặt",
)

_FAMILY_LINK_DAILY = Screen(
    app="Family Link",
    kind="settings",
    heading="Controls",
    lines=(
        "Daily limit (giới hạn mỗi ngày)",
        "Downtime (giờ nghỉ)",
        "App limits (giờ từng ứng dụng)",
    ),
    button="Daily limit (giới hạn mỗi ngày)",
)

_GOI_111 = Screen(
    app="Điện thoại",
    kind="app",
    heading="111",
    lines=("Tổng đài quốc gia bảo vệ trẻ em", "Nguy hiểm ngay: gọi 113"),
    button="Gọi",
)


# ---------------------------------------------------------------------------------------------
# Lessons
# ---------------------------------------------------------------------------------------------
GIOI_HAN_THOI_GIAN = Lesson(
    slug="gioi-han-thoi-gian-dien-thoai-cua-chau",
    title="Đặt giới hạn thời gian cho điện thoại của cháu",
    summary=(
        "Dùng Google Family Link trên điện thoại của cha mẹ để đặt giờ dùng mỗi ngày, giờ nghỉ "
        "ban đêm và chặn ứng dụng không hợp với cháu."
    ),
    duration=7,
    level="CB2",
    skills=("4.3", "0.2", "4.2"),
    audiences=("farmers", "workers", "traders", "officials", "elderly"),
    tags=("trẻ em", "family link", "thời gian dùng máy", "gia đình số"),
    hero=_FAMILY_LINK_DAILY,
    hero_alt="Mục “Controls” của Family Link, dòng “Daily limit” (giới hạn mỗi ngày) được tô sáng.",
    body=[
        Paragraph(
            "Google Family Link là ứng dụng cho cha mẹ, cài trên điện thoại của cha mẹ. Ứng dụng "
            "đặt được giờ dùng máy cho điện thoại Android của con và duyệt ứng dụng con muốn cài. "
            "Family Link không quản lý được iPhone. Tên các mục trong bài lấy theo trang hướng "
            "dẫn tiếng Anh của Google; trên máy của bạn, tên mục có thể khác tùy phiên bản và "
            "ngôn ngữ."
        ),
        Step(
            title="Cha mẹ cài Family Link từ CH Play",
            text=(
                "Trên điện thoại của cha mẹ, mở CH Play, tìm “Family Link” và cài ứng dụng "
                "Google Family Link."
            ),
            screen=_FAMILY_LINK_STORE,
            alt="Trang ứng dụng Google Family Link trong CH Play, nút “Cài đặt” được tô sáng.",
            tip=(
                "Google cho biết Family Link có thể chưa có ở mọi quốc gia. Hãy thử trên máy, "
                "hoặc nhờ Tổ công nghệ số cộng đồng thử cùng."
            ),
        ),
        Step(
            title="Tạo hoặc liên kết tài khoản Google của con",
            text=(
                "Làm theo hướng dẫn trên màn hình để tạo tài khoản Google cho con, hoặc liên kết "
                "tài khoản con đang dùng. Con dưới 13 tuổi thì cha mẹ tạo tài khoản trong "
                "Family Link."
            ),
            screen=Screen(
                app="Family Link",
                kind="app",
                heading="Tài khoản của con",
                lines=("Tạo tài khoản mới cho con", "hoặc liên kết tài khoản đang có"),
            ),
            alt=(
                "Màn hình Family Link về tài khoản của con: tạo tài khoản mới, hoặc liên kết tài "
                "khoản đang có."
            ),
        ),
        Step(
            title="Đặt giờ dùng mỗi ngày",
            text=(
                "Chọn con, bấm “Controls”, rồi “Daily limit” (giới hạn mỗi ngày) và chọn số giờ. "
                "Điện thoại của con cần chạy Android 7 trở lên."
            ),
            screen=_FAMILY_LINK_DAILY,
            alt=(
                "Mục “Controls” của Family Link có ba dòng, dòng “Daily limit” (giới hạn mỗi "
                "ngày) được tô sáng."
            ),
        ),
        Step(
            title="Đặt giờ nghỉ ban đêm",
            text=(
                "Trong “Controls”, chọn “Downtime” (giờ nghỉ) và đặt giờ máy tự khóa, ví dụ từ "
                "21 giờ tối đến 6 giờ sáng. Máy khóa rồi, cháu vẫn nghe được điện thoại và gọi "
                "khẩn cấp."
            ),
            screen=Screen(
                app="Family Link",
                kind="settings",
                heading="Controls",
                lines=("Daily limit (giới hạn mỗi ngày)", "Downtime (giờ nghỉ)"),
                button="Downtime (giờ nghỉ)",
            ),
            alt="Mục “Controls” của Family Link, dòng “Downtime” (giờ nghỉ) được tô sáng.",
        ),
        Step(
            title="Chặn ứng dụng không hợp",
            text=(
                "Family Link cho cha mẹ duyệt hoặc chặn ứng dụng con muốn cài từ CH Play. Mục "
                "“App limits” giới hạn giờ dùng từng ứng dụng."
            ),
            screen=Screen(
                app="Family Link",
                kind="settings",
                heading="Controls",
                lines=("Daily limit (giới hạn mỗi ngày)", "App limits (giờ từng ứng dụng)"),
                button="App limits (giờ từng ứng dụng)",
            ),
            alt="Mục “Controls” của Family Link, dòng “App limits” (giờ từng ứng dụng) được tô sáng.",
            tip="Khi cần, cha mẹ cũng khóa được máy của con ngay trên Family Link.",
        ),
        Callout(
            kind="warning",
            title="Trò chuyện với cháu, không chỉ cài ứng dụng",
            text=(
                "Hỏi cháu hay xem gì, chơi gì, và cùng xem với cháu. Nếu cháu bị đe dọa hay bị "
                "hại trên mạng, gọi 111 (tổng đài quốc gia bảo vệ trẻ em); có nguy hiểm ngay thì "
                "gọi 113."
            ),
        ),
        Callout(
            kind="tip",
            title="Máy của cháu là iPhone?",
            text=(
                "Family Link không quản lý được iPhone. Hãy nhờ Tổ công nghệ số cộng đồng chỉ "
                "cách khác."
            ),
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Xem điện thoại của cháu chạy Android bản mấy (cần Android 7 trở lên).",
                "Cùng cháu thỏa thuận giờ dùng máy mỗi ngày.",
                "Lưu số 111 vào danh bạ.",
            ),
        ),
    ],
    related=("youtube-kids-va-tro-chuyen-voi-chau", "dien-thoai-cai-ung-dung-ch-play-app-store"),
    sources=(SRC_FAMILY_LINK_TIME, SRC_FAMILY_LINK_ACCOUNT, SRC_FAMILY_LINK_DEVICES, SRC_111),
    checked=CHECKED,
)


GIOI_HAN_THOI_GIAN.en = english(
    GIOI_HAN_THOI_GIAN,
    title="Setting time limits on your child's phone",
    summary=(
        "Use Google Family Link on the parent's phone to set daily screen time and night-time "
        "downtime, and to block apps that are not right for your child."
    ),
    hero_alt=("The “Controls” screen of Family Link, with the “Daily limit” row highlighted."),
    body=[
        Paragraph(
            "Google Family Link is an app for parents, installed on the parent's phone. It sets "
            "screen time on the child's Android phone and lets you approve the apps the child "
            "wants to install. Family Link cannot supervise iPhones. The item names in this lesson "
            "follow Google's English help pages; on your phone they may differ with the version "
            "and the language."
        ),
        Step(
            title="The parent installs Family Link from CH Play (Google Play)",
            text=(
                "On the parent's phone, open CH Play (Google Play), search for “Family Link” and "
                "install Google Family Link."
            ),
            screen=None,
            alt=(
                "The Google Family Link page in CH Play, with the “Cài đặt” (Install) button "
                "highlighted."
            ),
            tip=(
                "Google says Family Link may not be available in every country. Try it on your "
                "phone, or try it together with the community digital technology team (Tổ công "
                "nghệ số cộng đồng)."
            ),
        ),
        Step(
            title="Create or link your child's Google Account",
            text=(
                "Follow the on-screen steps to create a Google Account for your child, or to link "
                "the account they already use. For a child under 13, the parent creates the "
                "account in Family Link."
            ),
            screen=None,
            alt=(
                "A Family Link screen about the child's account: create a new account, or link an "
                "existing one."
            ),
        ),
        Step(
            title="Set the daily screen time",
            text=(
                "Select your child, tap “Controls”, then “Daily limit”, and choose the hours. The "
                "child's phone must run Android 7 or later."
            ),
            screen=None,
            alt=(
                "The “Controls” screen of Family Link with three rows; the “Daily limit” row is "
                "highlighted."
            ),
        ),
        Step(
            title="Set downtime for the night",
            text=(
                "In “Controls”, choose “Downtime” and set when the phone locks itself, for example "
                "from 9 p.m. to 6 a.m. A locked phone can still answer calls and make emergency "
                "calls."
            ),
            screen=None,
            alt="The “Controls” screen of Family Link, with the “Downtime” row highlighted.",
        ),
        Step(
            title="Block apps that are not suitable",
            text=(
                "Family Link lets parents approve or block the apps the child wants to install "
                "from CH Play. “App limits” sets a time limit for a single app."
            ),
            screen=None,
            alt="The “Controls” screen of Family Link, with the “App limits” row highlighted.",
            tip="When needed, parents can also lock the child's phone from Family Link.",
        ),
        Callout(
            kind="warning",
            title="Talk with your child, do not just install an app",
            text=(
                "Ask what your child watches and plays, and watch together. If your child is "
                "threatened or harmed online, call 111 (the national child-protection hotline); "
                "if there is danger now, call 113."
            ),
        ),
        Callout(
            kind="tip",
            title="Is your child's phone an iPhone?",
            text=(
                "Family Link cannot supervise iPhones. Ask the community digital technology team "
                "to show you another way."
            ),
        ),
        Checklist(
            title="Try it yourself",
            items=(
                "Check which Android version your child's phone runs (Android 7 or later is needed).",
                "Agree with your child on daily screen time.",
                "Save 111 in your contacts.",
            ),
        ),
    ],
)


YOUTUBE_KIDS = Lesson(
    slug="youtube-kids-va-tro-chuyen-voi-chau",
    title="YouTube Kids cho trẻ nhỏ và trò chuyện với cháu",
    summary=(
        "Cho trẻ nhỏ xem YouTube Kids với phần cài đặt của cha mẹ có mã khóa, và biết gọi 111 "
        "khi cháu gặp chuyện trên mạng."
    ),
    duration=6,
    level="CB1",
    skills=("4.3", "4.2", "2.5"),
    audiences=("farmers", "workers", "traders", "officials", "elderly"),
    tags=("trẻ em", "youtube kids", "gia đình số", "111"),
    hero=_GOI_111,
    hero_alt=("Màn hình gọi 111, tổng đài quốc gia bảo vệ trẻ em, nút “Gọi” được tô sáng."),
    body=[
        Paragraph(
            "YouTube Kids là ứng dụng xem video dành cho trẻ em. Cha mẹ có phần cài đặt riêng, "
            "khóa bằng mã, để chọn nội dung hợp với cháu. Không ứng dụng nào thay được việc ông "
            "bà, cha mẹ ngồi xem và trò chuyện cùng cháu."
        ),
        Step(
            title="Cài YouTube Kids từ CH Play hoặc App Store",
            text=(
                "Mở CH Play (máy Android) hoặc App Store (iPhone), tìm “YouTube Kids”, xem đúng "
                "tên ứng dụng rồi cài."
            ),
            screen=Screen(
                app="CH Play",
                kind="store",
                heading="YouTube Kids",
                lines=("Video dành cho trẻ em", "Xem đúng tên nhà phát triển"),
                button="Cài đặt",
            ),
            alt="Trang ứng dụng YouTube Kids trong CH Play, nút “Cài đặt” được tô sáng.",
        ),
        Step(
            title="Đặt mã khóa cho phần cài đặt của cha mẹ",
            text=(
                "Phần cài đặt của cha mẹ mở bằng biểu tượng ổ khóa và được khóa bằng mã riêng. "
                "Chỉ cha mẹ biết mã này."
            ),
            screen=Screen(
                app="YouTube Kids",
                kind="form",
                heading="Cài đặt của cha mẹ",
                lines=("Mã khóa của cha mẹ",),
                button="Xác nhận",
            ),
            alt=(
                "Ô nhập mã khóa để vào phần cài đặt của cha mẹ trong YouTube Kids, nút “Xác nhận” "
                "được tô sáng."
            ),
        ),
        Step(
            title="Tạo hồ sơ riêng cho từng cháu",
            text="Tạo một hồ sơ cho mỗi cháu, chọn nội dung hợp với tuổi của cháu.",
            screen=Screen(
                app="YouTube Kids",
                kind="app",
                heading="Hồ sơ của các cháu",
                lines=("Bé Na", "Bé Tí"),
                button="Thêm hồ sơ",
            ),
            alt="Danh sách hồ sơ của hai cháu trong YouTube Kids, nút “Thêm hồ sơ” được tô sáng.",
        ),
        Step(
            title="Tắt tìm kiếm, chặn video không hợp",
            text=(
                "Trong phần cài đặt của cha mẹ, tắt được tìm kiếm để cháu chỉ xem video có sẵn, "
                "và chặn video bạn thấy không hợp."
            ),
            screen=Screen(
                app="YouTube Kids",
                kind="settings",
                heading="Cài đặt của cha mẹ",
                lines=("Tìm kiếm: Tắt", "Video đã chặn", "Hẹn giờ"),
                button="Tìm kiếm: Tắt",
            ),
            alt="Phần cài đặt của cha mẹ trong YouTube Kids, dòng “Tìm kiếm: Tắt” được tô sáng.",
        ),
        Step(
            title="Hẹn giờ xem",
            text="Đặt hẹn giờ để ứng dụng dừng khi hết thời gian xem đã thỏa thuận với cháu.",
            screen=Screen(
                app="YouTube Kids",
                kind="app",
                heading="Hẹn giờ",
                lines=("Hết giờ thì ứng dụng dừng",),
                button="Bắt đầu hẹn giờ",
            ),
            alt="Màn hình hẹn giờ của YouTube Kids, nút “Bắt đầu hẹn giờ” được tô sáng.",
        ),
        Step(
            title="Trò chuyện với cháu, nhớ số 111",
            text=(
                "Hỏi cháu xem gì, gặp ai trên mạng. Dặn cháu kể ngay khi có người lạ đòi ảnh, "
                "hẹn gặp hay dọa nạt. Cháu bị đe dọa hay bị hại thì gọi 111; nguy hiểm ngay thì "
                "gọi 113."
            ),
            screen=_GOI_111,
            alt=(
                "Màn hình gọi 111, tổng đài quốc gia bảo vệ trẻ em, kèm lời nhắc nguy hiểm ngay "
                "thì gọi 113; nút “Gọi” được tô sáng."
            ),
        ),
        Callout(
            kind="warning",
            title="Ứng dụng không thay được người lớn",
            text=(
                "Trò chuyện với cháu về những gì cháu xem. Nếu cháu bị đe dọa hay bị hại trên "
                "mạng, gọi 111; có nguy hiểm ngay thì gọi 113."
            ),
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Ngồi xem cùng cháu một video và hỏi cháu thích gì.",
                "Dặn cháu: ai lạ đòi ảnh hay hẹn gặp thì kể ngay với ông bà, cha mẹ.",
                "Lưu số 111 vào danh bạ.",
            ),
        ),
    ],
    related=("gioi-han-thoi-gian-dien-thoai-cua-chau", "gap-chuyen-bat-thuong-bao-o-dau"),
    sources=(SRC_YOUTUBE_KIDS, SRC_111),
    checked=CHECKED,
)


YOUTUBE_KIDS.en = english(
    YOUTUBE_KIDS,
    title="YouTube Kids for young children, and talking with your child",
    summary=(
        "Let young children watch YouTube Kids with parent settings locked by a code, and know to "
        "call 111 when something goes wrong for your child online."
    ),
    hero_alt=(
        "A screen for calling 111, the national child-protection hotline, with the “Gọi” (Call) "
        "button highlighted."
    ),
    body=[
        Paragraph(
            "YouTube Kids is a video app made for children. Parents have their own settings, "
            "locked with a code, to choose what suits the child. No app replaces grandparents and "
            "parents watching and talking with the child."
        ),
        Step(
            title="Install YouTube Kids from CH Play (Google Play) or the App Store",
            text=(
                "Open CH Play (Google Play) on an Android phone or the App Store on an iPhone, "
                "search for “YouTube Kids”, check the app's name and install it."
            ),
            screen=None,
            alt="The YouTube Kids page in CH Play, with the “Cài đặt” (Install) button highlighted.",
        ),
        Step(
            title="Set a code for the parent settings",
            text=(
                "The parent settings open from the lock icon and are protected by a code of their "
                "own. Only the parents know it."
            ),
            screen=None,
            alt=(
                "A box for the code that opens the parent settings in YouTube Kids, with the "
                "“Xác nhận” (Confirm) button highlighted."
            ),
        ),
        Step(
            title="Make a profile for each child",
            text="Create a profile for each child and choose content that suits their age.",
            screen=None,
            alt=(
                "The list of two children's profiles in YouTube Kids, with the “Thêm hồ sơ” (Add "
                "profile) button highlighted."
            ),
        ),
        Step(
            title="Turn off search and block unsuitable videos",
            text=(
                "In the parent settings you can turn off search, so the child only watches the "
                "videos already offered, and block videos you find unsuitable."
            ),
            screen=None,
            alt=(
                "The parent settings in YouTube Kids, with the “Tìm kiếm: Tắt” (Search: Off) row "
                "highlighted."
            ),
        ),
        Step(
            title="Set a timer",
            text="Set a timer so that the app stops when the agreed watching time is over.",
            screen=None,
            alt=(
                "The timer screen of YouTube Kids, with the “Bắt đầu hẹn giờ” (Start timer) button "
                "highlighted."
            ),
        ),
        Step(
            title="Talk with your child and remember 111",
            text=(
                "Ask what your child watches and who they meet online. Tell them to come to you at "
                "once if a stranger asks for photos, wants to meet or threatens them. If your child "
                "is threatened or harmed, call 111; if there is danger now, call 113."
            ),
            screen=None,
            alt=(
                "A screen for calling 111, the national child-protection hotline, with a reminder "
                "to call 113 if there is danger now; the “Gọi” (Call) button is highlighted."
            ),
        ),
        Callout(
            kind="warning",
            title="An app does not replace a grown-up",
            text=(
                "Talk with your child about what they watch. If your child is threatened or harmed "
                "online, call 111; if there is danger now, call 113."
            ),
        ),
        Checklist(
            title="Try it yourself",
            items=(
                "Watch a video with your child and ask what they like.",
                "Tell your child: if a stranger asks for photos or to meet, tell a parent or "
                "grandparent at once.",
                "Save 111 in your contacts.",
            ),
        ),
    ],
)


# ---------------------------------------------------------------------------------------------
# The topic, with its English translation
# ---------------------------------------------------------------------------------------------
TOPIC = Topic(
    slug="bao-ve-tre-em-tren-mang",
    title="Bảo vệ trẻ em trên mạng",
    intro=(
        "Điện thoại giúp các cháu học và giải trí, nhưng trên mạng cũng có nội dung không hợp "
        "lứa tuổi và người lạ. Các bài dưới đây giúp ông bà, cha mẹ đặt giờ dùng máy, chọn ứng "
        "dụng cho trẻ nhỏ và biết gọi đâu khi cháu gặp chuyện."
    ),
    hero=_FAMILY_LINK_DAILY,
    hero_alt="Mục “Controls” của Family Link, dòng “Daily limit” (giới hạn mỗi ngày) được tô sáng.",
    lessons=[GIOI_HAN_THOI_GIAN, YOUTUBE_KIDS],
)


TOPIC.en = Topic(
    slug=TOPIC.slug,
    title="Protecting children online",
    intro=(
        "Phones help children learn and have fun, but online there is also content unsuitable "
        "for their age, and strangers. These lessons help grandparents and parents set screen "
        "time, choose apps for young children and know whom to call when something goes wrong."
    ),
    hero=TOPIC.hero,
    hero_alt="The “Controls” screen of Family Link, with the “Daily limit” row highlighted.",
    lessons=[],
)


# ---------------------------------------------------------------------------------------------
# The quiz (skills 4.3, 4.2, 0.2, 2.5), with an English translation
# ---------------------------------------------------------------------------------------------
def _controls(button: str) -> Screen:
    return Screen(
        app="Family Link",
        kind="settings",
        heading="Controls",
        lines=(
            "Daily limit (giới hạn mỗi ngày)",
            "Downtime (giờ nghỉ)",
            "App limits (giờ từng ứng dụng)",
        ),
        button=button,
    )


QUIZ = Quiz(
    topic="bao-ve-tre-em-tren-mang",
    title="Kiểm tra: Bảo vệ trẻ em trên mạng",
    intro=QUIZ_INTRO,
    pass_mark=QUIZ_PASS_MARK,
    questions=[
        Question(
            kind="single",
            text="Điều nào đúng về Google Family Link?",
            skill="0.2",
            choices=(
                Choice(
                    text="Là ứng dụng cho cha mẹ, đặt giờ dùng máy cho điện thoại Android của con",
                    correct=True,
                    feedback="Đúng: cha mẹ cài Family Link từ CH Play trên điện thoại của mình.",
                ),
                Choice(
                    text="Quản lý được cả iPhone của con",
                    feedback="Chưa đúng: Family Link không quản lý được iPhone.",
                ),
                Choice(
                    text="Cài từ đường link người lạ gửi qua Zalo",
                    feedback="Chưa đúng: chỉ cài ứng dụng từ CH Play hoặc App Store.",
                ),
            ),
        ),
        Question(
            kind="true_false",
            text="Khi máy của cháu bị khóa vì hết giờ, cháu vẫn nghe được điện thoại và gọi "
            "khẩn cấp.",
            skill="4.3",
            answer=True,
            feedback_true="Đúng: máy khóa rồi vẫn nghe được điện thoại và gọi khẩn cấp.",
            feedback_false="Chưa đúng: theo Google, máy khóa rồi cháu vẫn nghe được điện thoại "
            "và gọi khẩn cấp.",
        ),
        Question(
            kind="picture",
            text="Bạn muốn máy của cháu tự khóa vào ban đêm. Trong Family Link, bạn chọn dòng nào?",
            skill="0.2",
            picture_choices=(
                PictureChoice(
                    screen=_controls("Downtime (giờ nghỉ)"),
                    alt="Mục “Controls” của Family Link, dòng “Downtime” (giờ nghỉ) được chọn.",
                    correct=True,
                    feedback="Đúng: “Downtime” đặt giờ máy tự khóa, ví dụ ban đêm.",
                ),
                PictureChoice(
                    screen=_controls("App limits (giờ từng ứng dụng)"),
                    alt="Mục “Controls” của Family Link, dòng “App limits” (giờ từng ứng dụng) "
                    "được chọn.",
                    feedback="Chưa đúng: “App limits” giới hạn giờ dùng từng ứng dụng.",
                ),
                PictureChoice(
                    screen=_controls("Daily limit (giới hạn mỗi ngày)"),
                    alt="Mục “Controls” của Family Link, dòng “Daily limit” (giới hạn mỗi ngày) "
                    "được chọn.",
                    feedback="Chưa đúng: “Daily limit” đặt số giờ dùng trong ngày, không đặt giờ "
                    "nghỉ ban đêm.",
                ),
            ),
        ),
        Question(
            kind="scenario",
            text="Cháu cho bạn xem tin nhắn này. Bạn làm gì?",
            skill="4.3",
            scenario=Screen(
                app="Zalo",
                kind="chat",
                heading="Người lạ",
                lines=(
                    "Người lạ: Gửi ảnh của em cho anh nhé.",
                    "Người lạ: Đừng kể với bố mẹ.",
                ),
            ),
            scenario_alt="Tin nhắn Zalo từ người lạ đòi cháu gửi ảnh và dặn đừng kể với bố mẹ.",
            choices=(
                Choice(
                    text="Cảm ơn cháu đã kể, giữ tin nhắn và gọi 111 để được hỗ trợ",
                    correct=True,
                    feedback="Đúng: 111 là tổng đài quốc gia bảo vệ trẻ em; có nguy hiểm ngay "
                    "thì gọi 113.",
                ),
                Choice(
                    text="Mắng cháu rồi xóa hết tin nhắn",
                    feedback="Chưa đúng: mắng thì lần sau cháu ngại kể; xóa là mất bằng chứng.",
                ),
                Choice(
                    text="Nhắn lại dọa người lạ rồi thôi",
                    feedback="Chưa đúng: hãy giữ tin nhắn và gọi 111 để được hỗ trợ.",
                ),
            ),
        ),
        Question(
            kind="multiple",
            text="Với YouTube Kids, cha mẹ làm được gì? (chọn tất cả câu đúng)",
            skill="4.2",
            choices=(
                Choice(
                    text="Khóa phần cài đặt của cha mẹ bằng mã riêng",
                    correct=True,
                    feedback="Đúng: chỉ cha mẹ biết mã này.",
                ),
                Choice(
                    text="Tắt tìm kiếm để cháu chỉ xem video có sẵn",
                    correct=True,
                    feedback="Đúng: tắt tìm kiếm trong phần cài đặt của cha mẹ.",
                ),
                Choice(
                    text="Hẹn giờ để ứng dụng dừng khi hết giờ xem",
                    correct=True,
                    feedback="Đúng: hẹn giờ theo thời gian đã thỏa thuận với cháu.",
                ),
                Choice(
                    text="Không cần trò chuyện với cháu nữa vì ứng dụng đã lo hết",
                    feedback="Chưa đúng: không ứng dụng nào thay được việc cùng xem và trò "
                    "chuyện với cháu.",
                ),
            ),
        ),
        Question(
            kind="single",
            text="Cháu bị dọa nạt trên mạng, nhưng chưa có nguy hiểm ngay. Bạn gọi số nào?",
            skill="4.3",
            choices=(
                Choice(
                    text="111",
                    correct=True,
                    feedback="Đúng: 111 là tổng đài quốc gia bảo vệ trẻ em.",
                ),
                Choice(
                    text="113",
                    feedback="Chưa đúng: 113 là khi có nguy hiểm ngay; trường hợp này gọi 111.",
                ),
                Choice(
                    text="Không gọi ai, chờ xem sao",
                    feedback="Chưa đúng: trẻ bị dọa nạt cần được giúp; gọi 111.",
                ),
            ),
        ),
        Question(
            kind="true_false",
            text="Muốn đặt giới hạn thời gian bằng Family Link, điện thoại Android của cháu cần "
            "chạy Android 7 trở lên.",
            skill="0.2",
            answer=True,
            feedback_true="Đúng: giới hạn thời gian cần Android 7 trở lên.",
            feedback_false="Chưa đúng: theo Google, giới hạn thời gian cần máy chạy Android 7 "
            "trở lên.",
        ),
        Question(
            kind="single",
            text="Cách nào giúp cháu dùng mạng an toàn nhất?",
            skill="2.5",
            choices=(
                Choice(
                    text="Trò chuyện, cùng xem với cháu, và thỏa thuận giờ dùng máy",
                    correct=True,
                    feedback="Đúng: ứng dụng giúp sức, nhưng trò chuyện với cháu là quan trọng "
                    "nhất.",
                ),
                Choice(
                    text="Chỉ cần cài ứng dụng, không cần nói gì",
                    feedback="Chưa đúng: ứng dụng không thay được người lớn.",
                ),
                Choice(
                    text="Lấy máy của cháu mà không giải thích",
                    feedback="Chưa đúng: cháu cần hiểu vì sao, và biết kể với người lớn khi gặp "
                    "chuyện.",
                ),
            ),
        ),
    ],
)


QUIZ.en = Quiz(
    topic="bao-ve-tre-em-tren-mang",
    title="Quiz: Protecting children online",
    intro=QUIZ_INTRO_EN,
    pass_mark=QUIZ_PASS_MARK,
    questions=[
        Question(
            kind="single",
            text="Which is true about Google Family Link?",
            skill="0.2",
            choices=(
                Choice(
                    text="It is an app for parents that sets screen time on the child's Android "
                    "phone",
                    correct=True,
                    feedback="Correct: the parent installs Family Link from CH Play (Google Play) "
                    "on their own phone.",
                ),
                Choice(
                    text="It can also supervise the child's iPhone",
                    feedback="Incorrect: Family Link cannot supervise iPhones.",
                ),
                Choice(
                    text="You install it from a link a stranger sends on Zalo",
                    feedback="Incorrect: install apps only from CH Play or the App Store.",
                ),
            ),
        ),
        Question(
            kind="true_false",
            text="When your child's phone is locked because time is up, the child can still "
            "answer calls and make emergency calls.",
            skill="4.3",
            answer=True,
            feedback_true="Correct: a locked phone can still answer calls and make emergency "
            "calls.",
            feedback_false="Incorrect: according to Google, a locked phone can still answer "
            "calls and make emergency calls.",
        ),
        Question(
            kind="picture",
            text="You want your child's phone to lock itself at night. Which row do you choose "
            "in Family Link?",
            skill="0.2",
            picture_choices=(
                PictureChoice(
                    screen=None,
                    alt="The “Controls” screen of Family Link with the “Downtime” row selected.",
                    correct=True,
                    feedback="Correct: “Downtime” sets when the phone locks itself, for example "
                    "at night.",
                ),
                PictureChoice(
                    screen=None,
                    alt="The “Controls” screen of Family Link with the “App limits” row selected.",
                    feedback="Incorrect: “App limits” sets a time limit for a single app.",
                ),
                PictureChoice(
                    screen=None,
                    alt="The “Controls” screen of Family Link with the “Daily limit” row selected.",
                    feedback="Incorrect: “Daily limit” sets the hours of use in a day, not a "
                    "night-time downtime.",
                ),
            ),
        ),
        Question(
            kind="scenario",
            text="Your child shows you this message. What do you do?",
            skill="4.3",
            scenario=None,
            scenario_alt="A Zalo message from a stranger asking the child to send photos and "
            "not to tell the parents.",
            choices=(
                Choice(
                    text="Thank your child for telling you, keep the message and call 111 for help",
                    correct=True,
                    feedback="Correct: 111 is the national child-protection hotline; if there is "
                    "danger now, call 113.",
                ),
                Choice(
                    text="Scold your child and delete all the messages",
                    feedback="Incorrect: scolding makes the child afraid to tell you next time, "
                    "and deleting loses the evidence.",
                ),
                Choice(
                    text="Send the stranger a threatening reply and leave it there",
                    feedback="Incorrect: keep the message and call 111 for help.",
                ),
            ),
        ),
        Question(
            kind="multiple",
            text="What can parents do in YouTube Kids? (choose all correct answers)",
            skill="4.2",
            choices=(
                Choice(
                    text="Lock the parent settings with a code of their own",
                    correct=True,
                    feedback="Correct: only the parents know this code.",
                ),
                Choice(
                    text="Turn off search so the child only watches the videos offered",
                    correct=True,
                    feedback="Correct: search is turned off in the parent settings.",
                ),
                Choice(
                    text="Set a timer so that the app stops when watching time is over",
                    correct=True,
                    feedback="Correct: set the timer to the time agreed with the child.",
                ),
                Choice(
                    text="Stop talking with the child, because the app takes care of everything",
                    feedback="Incorrect: no app replaces watching and talking with your child.",
                ),
            ),
        ),
        Question(
            kind="single",
            text="Your child is being bullied online, but there is no danger right now. Which "
            "number do you call?",
            skill="4.3",
            choices=(
                Choice(
                    text="111",
                    correct=True,
                    feedback="Correct: 111 is the national child-protection hotline.",
                ),
                Choice(
                    text="113",
                    feedback="Incorrect: 113 is for danger right now; in this case call 111.",
                ),
                Choice(
                    text="Call nobody and wait",
                    feedback="Incorrect: a child who is threatened needs help; call 111.",
                ),
            ),
        ),
        Question(
            kind="true_false",
            text="To set time limits with Family Link, your child's Android phone must run "
            "Android 7 or later.",
            skill="0.2",
            answer=True,
            feedback_true="Correct: time limits need Android 7 or later.",
            feedback_false="Incorrect: according to Google, time limits need a phone running "
            "Android 7 or later.",
        ),
        Question(
            kind="single",
            text="What helps most to keep your child safe online?",
            skill="2.5",
            choices=(
                Choice(
                    text="Talking, watching together and agreeing on screen time",
                    correct=True,
                    feedback="Correct: apps help, but talking with your child matters most.",
                ),
                Choice(
                    text="Just installing an app, without saying anything",
                    feedback="Incorrect: an app does not replace a grown-up.",
                ),
                Choice(
                    text="Taking the phone away without explaining",
                    feedback="Incorrect: children need to understand why, and to know they can "
                    "tell a grown-up when something goes wrong.",
                ),
            ),
        ),
    ],
)
