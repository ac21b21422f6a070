"""Demo quizzes: one per topic, in topic order, testing what the lessons in ``content_a.py`` and
``content_b.py`` teach.

Every question names the framework skill it tests (``skills-framework.md``, "Which skills the first
topics teach"); every answer choice carries the sentence the learner reads after submitting. Facts
follow ``/work/shared/CONTENT.md`` and the lessons' own wording. Pictures are ``Screen`` drawings made
by ``pictures.py``: no real logos, phone numbers like "0xxx xxx 789", fake addresses ending in ".xyz".
A screen in a "which one is real?" question never carries the danger mark: the learner has to spot
the fake from what it says.

The VNeID and scam quizzes carry an English translation in ``en``: same questions in the same order,
``scenario=None`` and picture choices with ``screen=None`` (they reuse the Vietnamese pictures).
"""

from __future__ import annotations

from demo.spec import Choice, PictureChoice, Question, Quiz, Screen

# =============================================================================================
# 1. Cơ bản về điện thoại thông minh (skills 0.1, 0.2, 5.1)
# =============================================================================================

DIEN_THOAI_QUIZ = Quiz(
    topic="dien-thoai-thong-minh",
    title="Kiểm tra: Điện thoại thông minh",
    intro="Bài kiểm tra có 8 câu hỏi, không giới hạn thời gian. "
    "Cần đúng ít nhất 6 trên 8 câu để đạt; bạn có thể làm lại bao nhiêu lần cũng được.",
    pass_mark=70,
    shuffle=True,
    questions=[
        Question(
            kind="single",
            text="Muốn bật điện thoại, bạn làm thế nào?",
            skill="0.1",
            choices=(
                Choice(
                    text="Bấm và giữ nút nguồn vài giây cho đến khi màn hình sáng",
                    correct=True,
                    feedback="Đúng: nút nguồn thường nằm ở cạnh phải của máy, "
                    "giữ vài giây là máy bật.",
                ),
                Choice(
                    text="Bấm nút âm lượng phía trên",
                    feedback="Chưa đúng: nút âm lượng chỉ làm tiếng to hay nhỏ, không bật máy.",
                ),
                Choice(
                    text="Vuốt ngón tay từ dưới lên trên màn hình",
                    feedback="Chưa đúng: vuốt lên là để mở khóa màn hình khi máy đã bật.",
                ),
            ),
        ),
        Question(
            kind="true_false",
            text="Có thể sạc điện thoại trên giường, gối hay chăn cho tiện.",
            skill="0.1",
            answer=False,
            feedback_true="Chưa đúng: không sạc máy trên giường, gối hay chăn; "
            "máy hay cục sạc nóng bất thường thì rút sạc ngay.",
            feedback_false="Đúng: không sạc máy trên giường, gối hay chăn, "
            "và nên dùng bộ sạc đi kèm máy hoặc sạc chính hãng.",
        ),
        Question(
            kind="single",
            text="Ở nhà bạn dùng Wi-Fi. Ra đồng không có Wi-Fi, muốn gọi Zalo thì bạn bật gì?",
            skill="0.1",
            choices=(
                Choice(
                    text="Dữ liệu di động (4G, 5G)",
                    correct=True,
                    feedback="Đúng: ra ngoài thì bật dữ liệu di động; "
                    "nó dùng tiền trong gói cước của bạn.",
                ),
                Choice(
                    text="Đèn pin",
                    feedback="Chưa đúng: đèn pin chỉ để soi sáng, không giúp điện thoại vào mạng.",
                ),
                Choice(
                    text="Xoay màn hình",
                    feedback="Chưa đúng: xoay màn hình chỉ đổi chiều hiển thị, "
                    "không giúp điện thoại vào mạng.",
                ),
                Choice(
                    text="Mục “cỡ chữ” trong “Cài đặt”",
                    feedback="Chưa đúng: mục cỡ chữ chỉ làm chữ to hơn cho dễ đọc, "
                    "không giúp điện thoại vào mạng.",
                ),
            ),
        ),
        Question(
            kind="picture",
            text="Bạn muốn cài Zalo. Màn hình nào là nơi an toàn để cài?",
            skill="0.2",
            picture_choices=(
                PictureChoice(
                    screen=Screen(
                        app="CH Play",
                        kind="store",
                        heading="Zalo",
                        lines=("Nhắn tin, gọi video", "Xem tên nhà phát triển"),
                        button="Cài đặt",
                    ),
                    alt="Trang ứng dụng Zalo trong CH Play, có nút “Cài đặt”.",
                    correct=True,
                    feedback="Đúng: chỉ cài ứng dụng từ CH Play (máy Android) "
                    "hoặc App Store (iPhone).",
                ),
                PictureChoice(
                    screen=Screen(
                        app="Tin nhắn",
                        kind="sms",
                        heading="Số lạ 0xxx xxx 111",
                        lines=("Cài Zalo bản mới tại:", "tai-ung-dung-nhanh.xyz"),
                    ),
                    alt="Tin nhắn từ số lạ mời cài Zalo bản mới qua đường link "
                    "tai-ung-dung-nhanh.xyz.",
                    feedback="Chưa đúng: không cài ứng dụng từ đường link gửi qua tin nhắn; "
                    "ứng dụng lạ có thể chiếm quyền điều khiển điện thoại.",
                ),
                PictureChoice(
                    screen=Screen(
                        app="Trình duyệt",
                        kind="browser",
                        heading="tai-app-mien-phi.xyz",
                        lines=("Tải Zalo miễn phí", "zalo-ban-moi.apk"),
                        button="Tải về",
                    ),
                    alt="Trang web tai-app-mien-phi.xyz mời tải tệp zalo-ban-moi.apk về máy.",
                    feedback="Chưa đúng: trang web lạ này không phải kho ứng dụng chính thức, "
                    "tệp tải về có thể là phần mềm độc hại.",
                ),
            ),
        ),
        Question(
            kind="single",
            text="Trong CH Play có mấy ứng dụng tên na ná nhau. Bạn xem gì để chọn đúng?",
            skill="0.2",
            choices=(
                Choice(
                    text="Tên ứng dụng, tên nhà phát triển và số lượt tải",
                    correct=True,
                    feedback="Đúng: ứng dụng giả thường có tên na ná và ít người tải.",
                ),
                Choice(
                    text="Ứng dụng có biểu tượng đẹp nhất",
                    feedback="Chưa đúng: biểu tượng đẹp không cho biết ứng dụng thật hay giả.",
                ),
                Choice(
                    text="Ứng dụng nằm cuối danh sách",
                    feedback="Chưa đúng: chỗ đứng trong danh sách không cho biết ứng dụng "
                    "thật hay giả.",
                ),
            ),
        ),
        Question(
            kind="true_false",
            text="Gọi video qua Zalo dùng Wi-Fi hoặc dữ liệu di động, không tính cước gọi thường.",
            skill="0.2",
            answer=True,
            feedback_true="Đúng: có Wi-Fi thì hình rõ hơn và không tốn gói cước dữ liệu.",
            feedback_false="Chưa đúng: gọi video qua Zalo chỉ dùng Wi-Fi hoặc dữ liệu di động, "
            "không tính cước gọi thường.",
        ),
        Question(
            kind="scenario",
            text="Điện thoại đã vào Wi-Fi nhà mình nhưng báo như trong hình, "
            "không mở được trang nào. Bạn làm gì trước?",
            skill="5.1",
            scenario=Screen(
                app="Cài đặt",
                kind="settings",
                heading="Wi-Fi",
                lines=("Wi-Fi: Bật", "NhaBacHai", "Đã kết nối, không có Internet"),
            ),
            scenario_alt="Màn hình Wi-Fi đã bật, máy nối với mạng “NhaBacHai”, "
            "có dòng “Đã kết nối, không có Internet”.",
            choices=(
                Choice(
                    text="Tắt Wi-Fi rồi bật lại; vẫn không được thì rút điện cục phát Wi-Fi, "
                    "chờ một phút rồi cắm lại",
                    correct=True,
                    feedback="Đúng: đây là cách tự sửa đơn giản khi không vào được mạng.",
                ),
                Choice(
                    text="Cài lại hết các ứng dụng trên máy",
                    feedback="Chưa đúng: cài lại ứng dụng không giúp vào mạng; "
                    "hãy tắt, bật lại Wi-Fi và cục phát Wi-Fi trước.",
                ),
                Choice(
                    text="Mang máy đi đổi máy mới ngay",
                    feedback="Chưa đúng: lỗi mạng thường tự sửa được bằng cách tắt rồi bật lại "
                    "Wi-Fi hoặc cục phát Wi-Fi.",
                ),
            ),
        ),
        Question(
            kind="single",
            text="Điện thoại bị đơ, bấm vào màn hình không được. Việc đầu tiên nên làm là gì?",
            skill="5.1",
            choices=(
                Choice(
                    text="Khởi động lại bắt buộc bằng các nút ở cạnh máy (máy Android: giữ cùng "
                    "lúc nút nguồn và nút giảm âm lượng đến khi thấy logo)",
                    correct=True,
                    feedback="Đúng: cách này không xóa dữ liệu; iPhone 8 trở về sau thì bấm nhanh "
                    "nút tăng, rồi nút giảm âm lượng, rồi giữ nút bên cạnh. Vẫn không được thì "
                    "nhờ Tổ công nghệ số cộng đồng ở thôn giúp.",
                ),
                Choice(
                    text="Chọn “Khôi phục cài đặt gốc” cho máy chạy lại",
                    feedback="Chưa đúng: khôi phục cài đặt gốc xóa hết dữ liệu trong máy; "
                    "hãy khởi động lại bắt buộc bằng các nút ở cạnh máy.",
                ),
                Choice(
                    text="Ấn thật mạnh và liên tục vào màn hình",
                    feedback="Chưa đúng: ấn mạnh không làm máy hết đơ mà còn dễ hỏng màn hình.",
                ),
            ),
        ),
    ],
)

# =============================================================================================
# 2. VNeID (skills 2.6, 2.3, 4.2), with an English translation
# =============================================================================================

VNEID_QUIZ = Quiz(
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

VNEID_QUIZ.en = Quiz(
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

# =============================================================================================
# 3. Dịch vụ công trực tuyến (skills 2.3, 1.1)
# =============================================================================================

DICH_VU_CONG_QUIZ = Quiz(
    topic="dich-vu-cong-truc-tuyen",
    title="Kiểm tra: Dịch vụ công trực tuyến",
    intro="Bài kiểm tra có 8 câu hỏi, không giới hạn thời gian. "
    "Cần đúng ít nhất 6 trên 8 câu để đạt; bạn có thể làm lại bao nhiêu lần cũng được.",
    pass_mark=70,
    shuffle=True,
    questions=[
        Question(
            kind="single",
            text="Từ ngày 1/7/2024, người dân đăng nhập Cổng Dịch vụ công quốc gia "
            "bằng tài khoản gì?",
            skill="2.3",
            choices=(
                Choice(
                    text="Tài khoản định danh điện tử VNeID",
                    correct=True,
                    feedback="Đúng: vì vậy bạn cần kích hoạt tài khoản VNeID trước khi "
                    "làm thủ tục trên mạng.",
                ),
                Choice(
                    text="Tài khoản Zalo",
                    feedback="Chưa đúng: Zalo là ứng dụng nhắn tin, không dùng để đăng nhập "
                    "Cổng Dịch vụ công.",
                ),
                Choice(
                    text="Tài khoản ngân hàng",
                    feedback="Chưa đúng: Cổng Dịch vụ công dùng tài khoản VNeID, "
                    "không dùng tài khoản ngân hàng.",
                ),
            ),
        ),
        Question(
            kind="picture",
            text="Muốn vào Cổng Dịch vụ công quốc gia, bạn mở trang nào?",
            skill="1.1",
            picture_choices=(
                PictureChoice(
                    screen=Screen(
                        app="Chrome",
                        kind="browser",
                        heading="dichvucong.gov.vn",
                        lines=("Cổng Dịch vụ công quốc gia", "Thủ tục hành chính", "Tra cứu hồ sơ"),
                        button="Đăng nhập",
                    ),
                    alt="Trình duyệt mở địa chỉ dichvucong.gov.vn, trang Cổng Dịch vụ công "
                    "quốc gia có nút “Đăng nhập”.",
                    correct=True,
                    feedback="Đúng: trang của cơ quan nhà nước có “.gov.vn” ngay trước dấu “/” "
                    "đầu tiên của địa chỉ; hãy tự gõ đúng dichvucong.gov.vn.",
                ),
                PictureChoice(
                    screen=Screen(
                        app="Chrome",
                        kind="browser",
                        heading="dichvucong-vn.xyz",
                        lines=("Cổng Dịch vụ công", "Cập nhật thông tin ngay"),
                        button="Đăng nhập",
                    ),
                    alt="Trình duyệt mở địa chỉ dichvucong-vn.xyz, trang ghi “Cập nhật thông "
                    "tin ngay” có nút “Đăng nhập”.",
                    feedback="Chưa đúng: địa chỉ này không có đuôi “.gov.vn”; "
                    "đây là trang lạ, có thể lấy mật khẩu của bạn.",
                ),
                PictureChoice(
                    screen=Screen(
                        app="Chrome",
                        kind="browser",
                        heading="dvc-nang-cap.xyz",
                        lines=("Nâng cấp VNeID", "để nộp hồ sơ"),
                        button="Đăng nhập",
                    ),
                    alt="Trình duyệt mở địa chỉ dvc-nang-cap.xyz, trang mời nâng cấp VNeID "
                    "để nộp hồ sơ, có nút “Đăng nhập”.",
                    feedback="Chưa đúng: trang lạ mời “nâng cấp VNeID” không phải "
                    "Cổng Dịch vụ công; chỉ đăng nhập tại dichvucong.gov.vn.",
                ),
            ),
        ),
        Question(
            kind="multiple",
            text="Khi nộp hồ sơ trực tuyến, những việc nào nên làm? (chọn tất cả câu đúng)",
            skill="2.3",
            choices=(
                Choice(
                    text="Tìm đúng thủ tục, đọc giấy tờ cần chuẩn bị, rồi bấm “Nộp trực tuyến”",
                    correct=True,
                    feedback="Đúng: đọc trước danh sách giấy tờ giúp bạn chuẩn bị đủ "
                    "trước khi nộp.",
                ),
                Choice(
                    text="Điền đủ tờ khai, nhất là các ô có dấu sao (*)",
                    correct=True,
                    feedback="Đúng: ô có dấu sao (*) là ô bắt buộc phải điền.",
                ),
                Choice(
                    text="Chụp ảnh giấy tờ mờ cũng được, không cần rõ chữ",
                    feedback="Chưa đúng: ảnh mờ có thể khiến hồ sơ bị yêu cầu bổ sung; "
                    "chụp nơi đủ sáng, rõ bốn góc và chữ.",
                ),
                Choice(
                    text="Đưa mật khẩu VNeID cho người lạ để họ nộp hộ",
                    feedback="Chưa đúng: cần giúp thì nhờ cán bộ Trung tâm Phục vụ hành chính "
                    "công xã hoặc Tổ công nghệ số cộng đồng ngồi bên cạnh, "
                    "và tự tay bạn nhập mật khẩu.",
                ),
            ),
        ),
        Question(
            kind="single",
            text="Nộp hồ sơ xong, màn hình hiện mã hồ sơ. Bạn làm gì với mã này?",
            skill="2.3",
            choices=(
                Choice(
                    text="Chép vào sổ hoặc chụp màn hình để tra cứu sau",
                    correct=True,
                    feedback="Đúng: có mã hồ sơ là xem được hồ sơ đang ở bước nào.",
                ),
                Choice(
                    text="Bỏ qua, vì hồ sơ đã nộp thì không cần theo dõi",
                    feedback="Chưa đúng: cần mã hồ sơ để tra cứu hồ sơ đang xử lý, cần bổ sung "
                    "hay đã có kết quả.",
                ),
                Choice(
                    text="Nộp lại hồ sơ thêm một lần nữa cho chắc",
                    feedback="Chưa đúng: không cần nộp lại; hãy ghi mã hồ sơ để tra cứu.",
                ),
            ),
        ),
        Question(
            kind="scenario",
            text="Bạn đã nộp hồ sơ và ghi lại mã hồ sơ. Muốn biết hồ sơ đang ở bước nào, "
            "trên trang này bạn bấm vào mục nào?",
            skill="1.1",
            scenario=Screen(
                app="Cổng Dịch vụ công",
                kind="browser",
                heading="dichvucong.gov.vn",
                lines=(
                    "Cổng Dịch vụ công quốc gia",
                    "Thủ tục hành chính",
                    "Tra cứu hồ sơ",
                    "Hỏi đáp",
                ),
            ),
            scenario_alt="Trang dichvucong.gov.vn với các mục “Thủ tục hành chính”, "
            "“Tra cứu hồ sơ” và “Hỏi đáp”.",
            choices=(
                Choice(
                    text="“Tra cứu hồ sơ”",
                    correct=True,
                    feedback="Đúng: bấm “Tra cứu hồ sơ”, gõ mã hồ sơ rồi bấm nút tra cứu.",
                ),
                Choice(
                    text="“Thủ tục hành chính”",
                    feedback="Chưa đúng: mục này để tìm thủ tục cần làm, "
                    "không cho biết hồ sơ đã nộp đang ở bước nào.",
                ),
                Choice(
                    text="“Hỏi đáp”",
                    feedback="Chưa đúng: mục “Hỏi đáp” không cho biết hồ sơ của bạn "
                    "đang ở bước nào.",
                ),
            ),
        ),
        Question(
            kind="true_false",
            text="Địa chỉ “dichvucong.gov.vn.xyz” là trang của cơ quan nhà nước, vì trong địa "
            "chỉ có chữ “.gov.vn”.",
            skill="1.1",
            answer=False,
            feedback_true="Chưa đúng: “.gov.vn” phải nằm ngay trước dấu “/” đầu tiên của địa "
            "chỉ; địa chỉ này kết thúc bằng “.xyz”, nên là trang giả.",
            feedback_false="Đúng: địa chỉ này kết thúc bằng “.xyz”, nên là trang giả. Trang cơ "
            "quan nhà nước có “.gov.vn” ngay trước dấu “/” đầu tiên, như dichvucong.gov.vn.",
        ),
        Question(
            kind="single",
            text="Muốn nộp hồ sơ đăng ký khai sinh, sau khi đăng nhập bạn làm gì đầu tiên?",
            skill="1.1",
            choices=(
                Choice(
                    text="Gõ “khai sinh” vào ô tìm kiếm rồi chọn đúng thủ tục",
                    correct=True,
                    feedback="Đúng: tìm đúng thủ tục trước, rồi mới bấm “Nộp trực tuyến”.",
                ),
                Choice(
                    text="Bấm “Tra cứu hồ sơ”",
                    feedback="Chưa đúng: “Tra cứu hồ sơ” để xem hồ sơ đã nộp, "
                    "chưa phải để nộp hồ sơ mới.",
                ),
                Choice(
                    text="Bấm vào đường link lạ gửi qua Zalo",
                    feedback="Chưa đúng: không bấm đường link lạ; "
                    "hãy tìm thủ tục ngay trên dichvucong.gov.vn.",
                ),
            ),
        ),
        Question(
            kind="true_false",
            text="Lỡ mất mã hồ sơ, bạn có thể đăng nhập bằng tài khoản VNeID để xem lại "
            "các hồ sơ đã nộp.",
            skill="2.3",
            answer=True,
            feedback_true="Đúng: bạn cũng có thể hỏi Trung tâm Phục vụ hành chính công xã "
            "nơi nhận hồ sơ.",
            feedback_false="Chưa đúng: đăng nhập bằng tài khoản VNeID là xem lại được các hồ sơ "
            "đã nộp, hoặc hỏi Trung tâm Phục vụ hành chính công xã.",
        ),
    ],
)

# =============================================================================================
# 4. Thanh toán không dùng tiền mặt (skills 2.3, 4.2)
# =============================================================================================

THANH_TOAN_QUIZ = Quiz(
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

# =============================================================================================
# 5. Phòng chống lừa đảo trực tuyến (skills 4.2, 1.2, 4.1), with an English translation
# =============================================================================================

LUA_DAO_QUIZ = Quiz(
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

LUA_DAO_QUIZ.en = Quiz(
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

# =============================================================================================
# 6. Sử dụng trí tuệ nhân tạo (skills 6.1, 6.2, 6.3, 1.2)
# =============================================================================================

TRI_TUE_NHAN_TAO_QUIZ = Quiz(
    topic="tri-tue-nhan-tao",
    title="Kiểm tra: Trí tuệ nhân tạo (AI)",
    intro="Bài kiểm tra có 8 câu hỏi, không giới hạn thời gian. "
    "Cần đúng ít nhất 6 trên 8 câu để đạt; bạn có thể làm lại bao nhiêu lần cũng được.",
    pass_mark=70,
    shuffle=True,
    questions=[
        Question(
            kind="single",
            text="Ứng dụng trò chuyện AI (chatbot) là gì?",
            skill="6.1",
            choices=(
                Choice(
                    text="Chương trình máy tính biết trả lời câu hỏi bằng lời văn như người",
                    correct=True,
                    feedback="Đúng: nó giúp giải thích, gợi ý, viết thử, "
                    "nhưng là máy nên có lúc trả lời sai.",
                ),
                Choice(
                    text="Một người thật ngồi trả lời bạn",
                    feedback="Chưa đúng: chatbot là chương trình máy tính, không phải người thật.",
                ),
                Choice(
                    text="Trang web chính thức của cơ quan nhà nước",
                    feedback="Chưa đúng: chatbot không phải trang của cơ quan nhà nước; "
                    "chuyện quan trọng vẫn phải so với trang chính thức của cơ quan nhà nước.",
                ),
            ),
        ),
        Question(
            kind="true_false",
            text="AI có thể làm giả khuôn mặt, giọng nói của một người thật "
            "từ vài tấm ảnh, đoạn video.",
            skill="6.1",
            answer=True,
            feedback_true="Đúng: kẻ gian dùng cách này (deepfake) để giả người thân vay tiền, "
            "giả bác sĩ quảng cáo thuốc.",
            feedback_false="Chưa đúng: AI làm giả được khuôn mặt, giọng nói từ vài tấm ảnh, "
            "đoạn video; đó gọi là deepfake.",
        ),
        Question(
            kind="multiple",
            text="Những thứ nào phải giữ kín, không gõ hay gửi vào ứng dụng AI? "
            "(chọn tất cả câu đúng)",
            skill="6.2",
            choices=(
                Choice(
                    text="Số căn cước",
                    correct=True,
                    feedback="Đúng: số căn cước là thông tin riêng của bạn, không gõ vào AI.",
                ),
                Choice(
                    text="Mật khẩu và mã OTP",
                    correct=True,
                    feedback="Đúng: mật khẩu, mã OTP không được đưa vào bất kỳ ứng dụng AI nào.",
                ),
                Choice(
                    text="Ảnh thẻ ngân hàng",
                    correct=True,
                    feedback="Đúng: đừng chụp thẻ ngân hàng, căn cước, sổ đỏ gửi cho AI.",
                ),
                Choice(
                    text="Câu hỏi chung như “cách ủ phân từ rơm”",
                    feedback="Chưa đúng: câu hỏi chung chung không lộ thông tin riêng; "
                    "hỏi như vậy là đủ để AI giúp bạn.",
                ),
            ),
        ),
        Question(
            kind="scenario",
            text="AI viết giúp bạn bài thơ như trong hình. Bạn muốn đăng lên nhóm Zalo thôn. "
            "Bạn nên làm gì?",
            skill="6.2",
            scenario=Screen(
                app="Trợ lý AI",
                kind="chat",
                heading="Trò chuyện",
                lines=("Bạn: Viết thơ mừng Tết thôn", "AI: Xuân về trên thôn Đông..."),
            ),
            scenario_alt="Ứng dụng trò chuyện AI: người dùng nhờ viết thơ mừng Tết thôn, "
            "AI trả lời bằng một bài thơ.",
            choices=(
                Choice(
                    text="Đăng lên nhóm và ghi rõ “có dùng AI viết giúp”",
                    correct=True,
                    feedback="Đúng: nội dung do AI làm thì nói rõ khi đăng lên nhóm.",
                ),
                Choice(
                    text="Đăng lên nhóm và nói là tự mình viết",
                    feedback="Chưa đúng: khi nội dung do AI làm, hãy nói rõ là có dùng AI.",
                ),
                Choice(
                    text="Nhờ AI làm giả giọng trưởng thôn đọc bài thơ",
                    feedback="Chưa đúng: không dùng AI làm giả ảnh, giọng nói của người khác.",
                ),
            ),
        ),
        Question(
            kind="single",
            text="AI trả lời về một quy định, có nêu số tiền và ngày tháng. "
            "Bạn nên làm gì trước khi làm theo?",
            skill="1.2",
            choices=(
                Choice(
                    text="Tự mở trang chính thức của cơ quan nhà nước để so, hoặc hỏi cán bộ",
                    correct=True,
                    feedback="Đúng: AI có thể bịa số liệu, cả tên văn bản làm nguồn; hai bên "
                    "khác nhau thì tin trang chính thức.",
                ),
                Choice(
                    text="Làm theo ngay vì AI nói rất chắc chắn",
                    feedback="Chưa đúng: AI đôi khi nói rất chắc chắn nhưng sai, "
                    "thậm chí bịa ra số liệu, tên văn bản.",
                ),
                Choice(
                    text="Tin ngay, vì AI đã nêu tên văn bản làm nguồn",
                    feedback="Chưa đúng: AI có thể bịa ra cả tên văn bản; AI nêu nguồn không "
                    "chứng minh được gì. Hãy tự mở nguồn đó trên trang chính thức.",
                ),
            ),
        ),
        Question(
            kind="single",
            text="Chuyện thuốc men, bệnh tật, bạn nên dùng câu trả lời của AI thế nào?",
            skill="6.3",
            choices=(
                Choice(
                    text="Coi là gợi ý, rồi hỏi lại bác sĩ hoặc trạm y tế",
                    correct=True,
                    feedback="Đúng: chuyện thuốc men, bệnh tật phải hỏi người có chuyên môn; "
                    "AI không thay được họ.",
                ),
                Choice(
                    text="Mua thuốc theo đúng lời AI",
                    feedback="Chưa đúng: AI có thể trả lời sai; "
                    "chuyện sức khỏe phải hỏi bác sĩ, trạm y tế.",
                ),
                Choice(
                    text="Tin AI hơn bác sĩ, vì AI trả lời nhanh",
                    feedback="Chưa đúng: trả lời nhanh không có nghĩa là đúng; "
                    "AI không thay được bác sĩ.",
                ),
            ),
        ),
        Question(
            kind="true_false",
            text="Câu trả lời của AI luôn đúng, nên không cần kiểm tra lại.",
            skill="6.3",
            answer=False,
            feedback_true="Chưa đúng: AI có lúc trả lời sai, "
            "thậm chí tự bịa ra số liệu, tên văn bản.",
            feedback_false="Đúng: hãy coi câu trả lời của AI là gợi ý, không phải lời khẳng định.",
        ),
        Question(
            kind="picture",
            text="Con gái gọi video, thấy đúng mặt, nghe đúng giọng, xin chuyển tiền gấp. "
            "Trước khi chuyển, bạn làm theo màn hình nào?",
            skill="1.2",
            picture_choices=(
                PictureChoice(
                    screen=Screen(
                        app="Điện thoại",
                        kind="app",
                        heading="Danh bạ",
                        lines=("Con gái", "Số đã lưu từ lâu"),
                        button="Gọi",
                    ),
                    alt="Danh bạ mở ở số của con gái đã lưu từ lâu, có nút “Gọi”.",
                    correct=True,
                    feedback="Đúng: cúp máy rồi tự gọi vào số của con mà bạn đã lưu; thấy mặt, "
                    "nghe giọng chưa chắc là thật.",
                ),
                PictureChoice(
                    screen=Screen(
                        app="Zalo",
                        kind="call",
                        heading="Con gái (gọi video)",
                        lines=("“Mẹ ơi, con đây”", "“Mẹ chuyển gấp cho con nhé”"),
                    ),
                    alt="Cuộc gọi video mang tên con gái, hình rõ, đúng mặt con, người gọi xin "
                    "chuyển tiền gấp.",
                    feedback="Chưa đúng: hình rõ, đúng mặt, không thấy gì lạ cũng chưa chắc là "
                    "thật; video giả có thể chớp mắt, cử động miệng như người thật. Hãy gọi lại "
                    "số đã lưu.",
                ),
                PictureChoice(
                    screen=Screen(
                        app="Ngân hàng",
                        kind="app",
                        heading="Xác nhận chuyển tiền",
                        lines=("Người nhận: TRAN VAN K", "Số tiền: 5.000.000 đồng"),
                        button="Xác nhận",
                    ),
                    alt="Màn hình xác nhận chuyển 5.000.000 đồng cho người nhận TRAN VAN K, "
                    "có nút “Xác nhận”.",
                    feedback="Chưa đúng: chưa chuyển đồng nào; tên người nhận lại không phải "
                    "tên con. Hãy gọi lại số đã lưu của con trước.",
                ),
            ),
        ),
    ],
)

# =============================================================================================
# 7. Zalo nhóm thôn (skills 2.1, 2.2, 2.5)
# =============================================================================================

ZALO_QUIZ = Quiz(
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

# =============================================================================================
# 8. Đo tốc độ Internet (i-Speed), tìm kiếm thông tin (skills 0.2, 1.1, 5.1)
# =============================================================================================

TOC_DO_TIM_KIEM_QUIZ = Quiz(
    topic="toc-do-internet-tim-kiem",
    title="Kiểm tra: Tốc độ Internet và tìm kiếm thông tin",
    intro="Bài kiểm tra có 8 câu hỏi, không giới hạn thời gian. "
    "Cần đúng ít nhất 6 trên 8 câu để đạt; bạn có thể làm lại bao nhiêu lần cũng được.",
    pass_mark=70,
    shuffle=True,
    questions=[
        Question(
            kind="single",
            text="Ứng dụng i-Speed dùng để làm gì?",
            skill="0.2",
            choices=(
                Choice(
                    text="Đo tốc độ Internet trên điện thoại",
                    correct=True,
                    feedback="Đúng: i-Speed là ứng dụng đo tốc độ Internet miễn phí "
                    "của Trung tâm Internet Việt Nam (VNNIC).",
                ),
                Choice(
                    text="Chuyển tiền giữa các ngân hàng",
                    feedback="Chưa đúng: i-Speed không chuyển tiền; nó đo tốc độ Internet.",
                ),
                Choice(
                    text="Làm mạng nhanh gấp đôi",
                    feedback="Chưa đúng: i-Speed chỉ đo và cho biết mạng nhanh hay chậm, "
                    "không làm mạng nhanh hơn.",
                ),
            ),
        ),
        Question(
            kind="picture",
            text="Bạn tìm “i-Speed” trong CH Play. Bạn chọn cài ứng dụng nào?",
            skill="0.2",
            picture_choices=(
                PictureChoice(
                    screen=Screen(
                        app="CH Play",
                        kind="store",
                        heading="i-Speed by VNNIC",
                        lines=("Trung tâm Internet Việt Nam", "Miễn phí"),
                        button="Cài đặt",
                    ),
                    alt="Trang CH Play của ứng dụng “i-Speed by VNNIC” của Trung tâm Internet "
                    "Việt Nam, miễn phí, có nút “Cài đặt”.",
                    correct=True,
                    feedback="Đúng: chọn đúng ứng dụng tên “i-Speed by VNNIC”, "
                    "miễn phí, không phải trả tiền.",
                ),
                PictureChoice(
                    screen=Screen(
                        app="CH Play",
                        kind="store",
                        heading="Tăng Tốc Mạng 5G",
                        lines=("Nhà phát triển: cá nhân", "Tăng tốc mạng gấp 10 lần"),
                        button="Cài đặt",
                    ),
                    alt="Trang CH Play của ứng dụng “Tăng Tốc Mạng 5G” của một nhà phát triển "
                    "cá nhân, hứa tăng tốc mạng gấp 10 lần.",
                    feedback="Chưa đúng: đây không phải ứng dụng “i-Speed by VNNIC” "
                    "của Trung tâm Internet Việt Nam.",
                ),
                PictureChoice(
                    screen=Screen(
                        app="Trình duyệt",
                        kind="browser",
                        heading="ispeed-nhanh.xyz",
                        lines=("Tải i-Speed bản nhanh", "ispeed-pro.apk"),
                        button="Tải về",
                    ),
                    alt="Trang web ispeed-nhanh.xyz mời tải tệp ispeed-pro.apk về máy.",
                    feedback="Chưa đúng: chỉ cài ứng dụng từ CH Play hoặc App Store, "
                    "không tải tệp từ trang web lạ.",
                ),
            ),
        ),
        Question(
            kind="scenario",
            text="Gọi video hay bị đứng hình. Bạn đo bằng i-Speed ở góc nhà "
            "và được kết quả như trong hình. Bạn làm gì trước?",
            skill="5.1",
            scenario=Screen(
                app="i-Speed",
                kind="speed",
                heading="Kết quả đo",
                lines=("Tải xuống: 8 Mbps", "Tải lên: 3 Mbps", "Độ trễ: 120 ms"),
            ),
            scenario_alt="Kết quả đo trên i-Speed: tải xuống 8 Mbps, tải lên 3 Mbps, "
            "độ trễ 120 ms.",
            choices=(
                Choice(
                    text="Đến gần cục phát Wi-Fi rồi đo lại; tắt rồi bật lại Wi-Fi",
                    correct=True,
                    feedback="Đúng: tường dày, cửa sắt làm sóng Wi-Fi yếu đi; "
                    "đứng gần cục phát thường đo được tốt hơn nhiều.",
                ),
                Choice(
                    text="Xóa hết ảnh trong máy",
                    feedback="Chưa đúng: xóa ảnh không làm mạng nhanh hơn; "
                    "hãy thử đến gần cục phát Wi-Fi trước.",
                ),
                Choice(
                    text="Mở thêm video khác trong lúc đo lại",
                    feedback="Chưa đúng: trong lúc đo, đừng mở ứng dụng khác hay tải video, "
                    "để kết quả được đúng.",
                ),
            ),
        ),
        Question(
            kind="true_false",
            text="Trong kết quả i-Speed, độ trễ (Ping) càng nhỏ càng tốt.",
            skill="5.1",
            answer=True,
            feedback_true="Đúng: độ trễ đo bằng ms; độ trễ cao làm cuộc gọi bị chậm tiếng.",
            feedback_false="Chưa đúng: độ trễ là thời gian tín hiệu đi và về, "
            "số càng nhỏ càng tốt.",
        ),
        Question(
            kind="single",
            text="Đã đến gần cục phát và bật lại Wi-Fi mà mạng vẫn chậm. Bạn làm gì tiếp?",
            skill="5.1",
            choices=(
                Choice(
                    text="Chụp màn hình kết quả i-Speed, rồi gọi tổng đài nhà mạng "
                    "ghi trên hợp đồng hoặc hóa đơn",
                    correct=True,
                    feedback="Đúng: có kết quả đo, nhà mạng dễ kiểm tra mạng nhà bạn hơn.",
                ),
                Choice(
                    text="Bấm link “tăng tốc mạng” gửi qua tin nhắn",
                    feedback="Chưa đúng: không bấm đường link lạ; "
                    "hãy gọi số tổng đài ghi trên hợp đồng Internet.",
                ),
                Choice(
                    text="Chờ vài tháng xem mạng có tự nhanh lên không",
                    feedback="Chưa đúng: nên báo nhà mạng kiểm tra, kèm ảnh chụp kết quả i-Speed.",
                ),
            ),
        ),
        Question(
            kind="single",
            text="Tìm thông tin về thủ tục trên mạng, bạn nên mở kết quả nào trước?",
            skill="1.1",
            choices=(
                Choice(
                    text="Trang có đuôi “.gov.vn”",
                    correct=True,
                    feedback="Đúng: địa chỉ có “.gov.vn” ngay trước dấu “/” đầu tiên là trang của "
                    "cơ quan nhà nước, nên mở trước.",
                ),
                Choice(
                    text="Kết quả trên cùng có chữ “Được tài trợ”",
                    feedback="Chưa đúng: đó là quảng cáo; kẻ gian có thể trả tiền "
                    "để trang giả hiện lên trên cùng.",
                ),
                Choice(
                    text="Trang có tên lạ như tin-nong-24h.xyz",
                    feedback="Chưa đúng: trang lạ không rõ nguồn; "
                    "hãy ưu tiên trang có đuôi “.gov.vn”.",
                ),
            ),
        ),
        Question(
            kind="true_false",
            text="Với tin quan trọng, nên xem thêm một nguồn chính thống thứ hai, "
            "như trang của xã hoặc báo lớn.",
            skill="1.1",
            answer=True,
            feedback_true="Đúng: hai nguồn khớp nhau thì yên tâm hơn; "
            "bạn cũng có thể hỏi cán bộ xã.",
            feedback_false="Chưa đúng: với tin quan trọng, nên so với một nguồn chính thống "
            "khác; hai nguồn khớp nhau thì yên tâm hơn.",
        ),
        Question(
            kind="multiple",
            text="Đăng nhập nền tảng Bình dân học vụ số thế nào cho đúng? (chọn tất cả câu đúng)",
            skill="2.6",
            choices=(
                Choice(
                    text="Gõ đúng địa chỉ binhdanhocvuso.gov.vn",
                    correct=True,
                    feedback="Đúng: tự gõ đúng địa chỉ và xem “.gov.vn” nằm ngay trước dấu “/” "
                    "đầu tiên, vì trang giả có thể làm giống hệt.",
                ),
                Choice(
                    text="Chọn đăng nhập bằng tài khoản VNeID",
                    correct=True,
                    feedback="Đúng: bạn đăng nhập bằng tài khoản VNeID của chính mình.",
                ),
                Choice(
                    text="Tự tay nhập số định danh cá nhân và mật khẩu VNeID",
                    correct=True,
                    feedback="Đúng: tự tay nhập, không nhờ ai nhập mật khẩu hộ.",
                ),
                Choice(
                    text="Đọc mật khẩu cho người hướng dẫn nhập hộ",
                    feedback="Chưa đúng: người hướng dẫn không bao giờ hỏi mật khẩu "
                    "hay mã OTP của bạn.",
                ),
            ),
        ),
    ],
)

QUIZZES: list[Quiz] = [
    DIEN_THOAI_QUIZ,
    VNEID_QUIZ,
    DICH_VU_CONG_QUIZ,
    THANH_TOAN_QUIZ,
    LUA_DAO_QUIZ,
    TRI_TUE_NHAN_TAO_QUIZ,
    ZALO_QUIZ,
    TOC_DO_TIM_KIEM_QUIZ,
]
