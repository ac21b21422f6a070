"""Demo quizzes for the topics of ``content_c.py``: one per topic, eight questions each.

Same rules as ``quizzes.py``: every question names the framework skill it tests, every answer
choice carries the sentence the learner reads after submitting, facts follow the lessons' own
wording (and so ``content-new-topics.md``). The intro states the pass mark as a number of
questions ("đúng ít nhất 6 trên 8 câu" = ``pass_mark`` 75), never as a percentage. A screen in a
"which one is right?" picture question never carries the danger mark, and no screen prints the
answer: the learner has to tell from what it shows.

The quizzes of the selling and children topics carry an English translation in ``en``: same
questions in the same order, ``scenario=None`` and picture choices with ``screen=None`` (they reuse
the Vietnamese pictures).
"""

from __future__ import annotations

from demo.spec import Choice, PictureChoice, Question, Quiz, Screen

INTRO = (
    "Bài kiểm tra có 8 câu hỏi, không giới hạn thời gian. Cần đúng ít nhất 6 trên 8 câu để "
    "đạt; bạn có thể làm lại bao nhiêu lần cũng được."
)
INTRO_EN = (
    "This quiz has 8 questions and no time limit. You need at least 6 correct answers out of 8 "
    "to pass, and you can try again as many times as you like."
)
PASS_MARK = 75  # 6 of 8


# =============================================================================================
# 9. VNeID: giấy tờ, sức khỏe và chữ ký số (skills 2.6, 2.3, 4.2)
# =============================================================================================

VNEID_GIAY_TO_QUIZ = Quiz(
    topic="vneid-giay-to-suc-khoe-chu-ky-so",
    title="Kiểm tra: VNeID, giấy tờ, sức khỏe và chữ ký số",
    intro=INTRO,
    pass_mark=PASS_MARK,
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


# =============================================================================================
# 10. Báo tin, phản ánh và tham gia trên mạng (skills 2.3, 4.2, 1.2)
# =============================================================================================

BAO_TIN_QUIZ = Quiz(
    topic="bao-tin-phan-anh-truc-tuyen",
    title="Kiểm tra: Báo tin, phản ánh và tham gia trên mạng",
    intro=INTRO,
    pass_mark=PASS_MARK,
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


# =============================================================================================
# 11. Bán nông sản qua mạng (skills 3.1, 2.3, 4.2, 1.2)
# =============================================================================================

BAN_NONG_SAN_QUIZ = Quiz(
    topic="ban-nong-san-qua-mang",
    title="Kiểm tra: Bán nông sản qua mạng",
    intro=INTRO,
    pass_mark=PASS_MARK,
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

BAN_NONG_SAN_QUIZ.en = Quiz(
    topic="ban-nong-san-qua-mang",
    title="Quiz: Selling farm produce online",
    intro=INTRO_EN,
    pass_mark=PASS_MARK,
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


# =============================================================================================
# 12. Bảo vệ trẻ em trên mạng (skills 4.3, 4.2, 0.2, 2.5)
# =============================================================================================


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


TRE_EM_QUIZ = Quiz(
    topic="bao-ve-tre-em-tren-mang",
    title="Kiểm tra: Bảo vệ trẻ em trên mạng",
    intro=INTRO,
    pass_mark=PASS_MARK,
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

TRE_EM_QUIZ.en = Quiz(
    topic="bao-ve-tre-em-tren-mang",
    title="Quiz: Protecting children online",
    intro=INTRO_EN,
    pass_mark=PASS_MARK,
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


# =============================================================================================
# 13. Giữ điện thoại và tài khoản luôn dùng được (skills 0.1, 5.1, 5.2, 4.2, 2.6)
# =============================================================================================

DIEN_THOAI_TAI_KHOAN_QUIZ = Quiz(
    topic="giu-dien-thoai-va-tai-khoan-hoat-dong",
    title="Kiểm tra: Giữ điện thoại và tài khoản luôn dùng được",
    intro=INTRO,
    pass_mark=PASS_MARK,
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


QUIZZES: list[Quiz] = [
    VNEID_GIAY_TO_QUIZ,
    BAO_TIN_QUIZ,
    BAN_NONG_SAN_QUIZ,
    TRE_EM_QUIZ,
    DIEN_THOAI_TAI_KHOAN_QUIZ,
]
