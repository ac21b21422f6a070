"""The phone-screen drawings and the demo video assets (no database needed)."""

from __future__ import annotations

import io
import re
import shutil
import subprocess

import pytest
from PIL import Image, ImageDraw, ImageStat

from demo import make_video, pictures
from demo.pictures import draw_hero, draw_screen, screen_fits
from demo.spec import SCREEN_KINDS, Screen

SAMPLES = {
    "app": Screen(
        app="VNeID",
        kind="app",
        heading="Chào mừng bạn đến với VNeID",
        lines=("Ứng dụng định danh điện tử", "Chỉ cài từ CH Play hoặc App Store"),
        button="Kích hoạt tài khoản định danh điện tử",
    ),
    "home": Screen(
        app="Màn hình chính",
        kind="home",
        lines=("Điện thoại", "Tin nhắn", "Máy ảnh", "CH Play", "Cài đặt", "Zalo"),
        button="CH Play",
    ),
    "store": Screen(
        app="CH Play",
        kind="store",
        heading="VNeID",
        lines=("Trung tâm dữ liệu quốc gia về dân cư", "Ứng dụng định danh điện tử"),
        button="Cài đặt",
    ),
    "form": Screen(
        app="VNeID",
        kind="form",
        heading="Kích hoạt tài khoản",
        lines=("Số định danh cá nhân (12 số)", "Số điện thoại đã đăng ký"),
        button="Gửi yêu cầu",
    ),
    "sms": Screen(
        app="Tin nhắn",
        kind="sms",
        heading="VNeID",
        lines=("Mã kích hoạt của bạn là 123456. Không đưa mã này cho ai.",),
    ),
    "call": Screen(
        app="Điện thoại",
        kind="call",
        heading="Số lạ",
        lines=("Tôi là công an phường, anh cần cập nhật VNeID",),
        button="Từ chối",
        danger=True,
    ),
    "chat": Screen(
        app="Zalo",
        kind="chat",
        heading="Nhóm thôn Đông",
        lines=("Trưởng thôn: Mai 8 giờ họp thôn.", "Bạn: Vâng, tôi sẽ đến."),
        button="Gửi",
    ),
    "qr": Screen(
        app="Ngân hàng",
        kind="qr",
        heading="Quét mã QR",
        lines=("Người nhận: NGUYEN VAN AN", "Số tiền: 150.000 đ"),
        button="Xác nhận",
    ),
    "settings": Screen(
        app="Cài đặt",
        kind="settings",
        lines=("Wi-Fi", "Dữ liệu di động", "Cỡ chữ", "Âm thanh"),
        button="Cỡ chữ",
    ),
    "browser": Screen(
        app="Trình duyệt",
        kind="browser",
        heading="dichvucong.gov.vn",
        lines=("Cổng Dịch vụ công quốc gia", "Tra cứu hồ sơ"),
        button="Đăng nhập",
    ),
    "speed": Screen(
        app="i-Speed",
        kind="speed",
        heading="Kết quả đo",
        lines=("Tải xuống: 45 Mbps", "Tải lên: 12 Mbps", "Độ trễ: 20 ms"),
        button="Đo lại",
    ),
}

LONG_TEXT = (
    "Hướng dẫn nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia khi đăng ký khai sinh, "
    "thường trú và cấp đổi giấy tờ cho người cao tuổi ở Ủy ban nhân dân xã"
)


def _open(png: bytes) -> Image.Image:
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    img = Image.open(io.BytesIO(png))
    img.load()
    return img


def _ink(img: Image.Image, box: tuple[int, int, int, int]) -> float:
    """Mean darkness (0 white .. 255 black) of ``box`` in the black-and-white version."""
    return 255 - ImageStat.Stat(img.convert("L").crop(box)).mean[0]


def test_samples_cover_every_kind():
    assert set(SAMPLES) == set(SCREEN_KINDS)


@pytest.mark.parametrize("kind", SCREEN_KINDS)
def test_every_kind_draws_a_png_of_the_requested_size(kind):
    screen = SAMPLES[kind]
    img = _open(draw_screen(screen))
    assert img.format == "PNG"
    assert img.size == (720, 960)
    assert _open(draw_screen(screen, (360, 480))).size == (360, 480)
    assert screen_fits(screen), f"the sample {kind} screen should fit without cutting text"


@pytest.mark.parametrize("kind", SCREEN_KINDS)
def test_every_kind_draws_with_no_text_and_with_danger(kind):
    assert _open(draw_screen(Screen(app="", kind=kind))).size == (720, 960)
    danger = Screen(app="Ứng dụng lạ", kind=kind, heading="Cảnh báo", danger=True)
    assert _open(draw_screen(danger, (480, 640))).size == (480, 640)


def test_pictures_are_small():
    for screen in SAMPLES.values():
        assert len(draw_screen(screen)) < 120_000
        img = _open(draw_screen(screen)).convert("RGB").resize((640, 853))
        webp = io.BytesIO()
        img.save(webp, "WEBP", quality=80)
        assert len(webp.getvalue()) < 60_000


def test_same_screen_gives_identical_bytes():
    for screen in SAMPLES.values():
        copy = Screen(**{f: getattr(screen, f) for f in screen.__dataclass_fields__})
        assert draw_screen(screen) == draw_screen(copy)
    assert draw_hero(SAMPLES["app"]) == draw_hero(SAMPLES["app"])
    assert draw_screen(SAMPLES["app"]) != draw_screen(SAMPLES["form"])


def test_decomposed_vietnamese_draws_like_composed():
    import unicodedata

    composed = SAMPLES["form"]
    decomposed = Screen(
        app=composed.app,
        kind=composed.kind,
        heading=unicodedata.normalize("NFD", composed.heading),
        lines=tuple(unicodedata.normalize("NFD", line) for line in composed.lines),
        button=unicodedata.normalize("NFD", composed.button),
    )
    assert draw_screen(decomposed) == draw_screen(composed)


def test_vietnamese_letters_have_glyphs():
    """Every Vietnamese letter is drawn with its own glyph, not the "missing" box."""
    letters = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"
    letters += letters.upper()

    def glyph(font, char: str) -> bytes:
        img = Image.new("L", (64, 64))
        ImageDraw.Draw(img).text((12, 8), char, font=font, fill=255)
        return img.tobytes()

    for bold in (False, True):
        font = pictures._font(bold, 32)
        missing = glyph(font, "\ue000")
        for letter in letters:
            assert glyph(font, letter) != missing, letter


def test_long_vietnamese_text_wraps_and_does_not_crash():
    font = pictures._font(True, 42)
    rows = pictures._wrap(LONG_TEXT, font, 500)
    assert len(rows) > 3
    assert all(font.getlength(row) <= 500 for row in rows)
    assert " ".join(rows) == LONG_TEXT
    # A word longer than the width is cut, not left sticking out.
    word = "Siêuđặcbiệtdàiliềnkhôngcókhoảngtrắng"
    assert all(font.getlength(row) <= 200 for row in pictures._wrap(word, font, 200))

    short = Screen(app="VNeID", heading="Ngắn")
    long = Screen(
        app=LONG_TEXT,
        heading=LONG_TEXT,
        lines=(LONG_TEXT,) * 6,
        button=LONG_TEXT,
        danger=True,
    )
    for kind in SCREEN_KINDS:
        img = _open(draw_screen(Screen(**{**long.__dict__, "kind": kind})))
        assert img.size == (720, 960)
    assert not screen_fits(long)
    assert screen_fits(short)

    # The long heading takes several rows of text, all inside the phone's screen.
    def text_rows(img: Image.Image) -> int:
        """Bands of dark pixels separated by at least 8 blank pixel rows."""
        grey = img.convert("L").crop((70, 170, 650, 620))
        rows, blank = 0, 99
        for y in range(grey.height):
            if any(grey.getpixel((x, y)) < 100 for x in range(0, grey.width, 2)):
                rows += blank >= 8
                blank = 0
            else:
                blank += 1
        return rows

    assert text_rows(_open(draw_screen(Screen(app="VNeID", heading=LONG_TEXT)))) >= 4
    assert text_rows(_open(draw_screen(short))) == 1
    # Nothing is drawn on the right bezel: the text stayed within the width.
    right_bezel = _open(draw_screen(Screen(app="VNeID", heading=LONG_TEXT))).convert("RGB")
    bezel = right_bezel.crop((664, 200, 676, 700))
    assert len(bezel.getcolors(256) or ()) <= 3


def test_highlighted_button_has_more_ink():
    """The button to press stands out in black and white, by shape and fill, not only colour."""
    with_button = SAMPLES["form"]
    without = Screen(
        app=with_button.app, kind="form", heading=with_button.heading, lines=with_button.lines
    )
    bottom = (60, 740, 660, 900)  # the bottom of the phone's screen
    ink_with = _ink(_open(draw_screen(with_button)), bottom)
    ink_without = _ink(_open(draw_screen(without)), bottom)
    assert ink_with > ink_without + 40

    # The highlighted row of a settings list is darker than the same list without a choice.
    rows = SAMPLES["settings"]
    plain = Screen(app=rows.app, kind="settings", lines=rows.lines)
    screen_box = (60, 160, 660, 900)
    assert (
        _ink(_open(draw_screen(rows)), screen_box) > _ink(_open(draw_screen(plain)), screen_box) + 8
    )


def test_highlight_shows_the_chosen_home_icon_and_call_button():
    home = SAMPLES["home"]
    other = Screen(app=home.app, kind="home", lines=home.lines, button="Zalo")
    assert draw_screen(home) != draw_screen(other)
    accept = Screen(app="Điện thoại", kind="call", heading="Con trai", button="Trả lời")
    decline = Screen(app="Điện thoại", kind="call", heading="Con trai", button="Từ chối")
    left_half, right_half = (60, 560, 360, 900), (360, 560, 660, 900)
    img_accept, img_decline = _open(draw_screen(accept)), _open(draw_screen(decline))
    # The arrow and the ring go to the side of the chosen button.
    assert _ink(img_decline, left_half) - _ink(img_decline, right_half) > _ink(
        img_accept, left_half
    ) - _ink(img_accept, right_half)


def _red_pixels(img: Image.Image, box: tuple[int, int, int, int]) -> int:
    region = img.convert("RGB").crop(box)
    return sum(1 for r, g, b in region.get_flattened_data() if r > 150 and g < 80 and b < 80)


def test_danger_screen_has_a_red_border():
    safe = SAMPLES["app"]
    danger = Screen(app=safe.app, heading=safe.heading, lines=safe.lines, danger=True)
    img_danger, img_safe = _open(draw_screen(danger)), _open(draw_screen(safe))
    width, height = img_danger.size
    edges = [(0, 0, width, 8), (0, height - 8, width, height), (0, 0, 8, height)]
    edges.append((width - 8, 0, width, height))
    for edge in edges:
        assert _red_pixels(img_danger, edge) > 0.8 * (edge[2] - edge[0]) * (edge[3] - edge[1])
        assert _red_pixels(img_safe, edge) == 0
    hero = _open(draw_hero(danger))
    assert _red_pixels(hero, (0, 0, hero.width, 6)) > 0.8 * hero.width * 6


def test_draw_hero_is_landscape():
    for screen in SAMPLES.values():
        img = _open(draw_hero(screen))
        assert img.size == (960, 540)
    assert _open(draw_hero(SAMPLES["qr"], (1200, 675))).size == (1200, 675)


def test_unknown_kind_is_refused():
    with pytest.raises(ValueError, match="kind"):
        draw_screen(Screen(app="VNeID", kind="photo"))


def test_missing_font_gives_a_clear_error(monkeypatch, tmp_path):
    monkeypatch.setattr(pictures, "FONT_DIR", tmp_path)
    monkeypatch.setattr(pictures.shutil, "which", lambda name: None)
    pictures.find_font.cache_clear()
    try:
        with pytest.raises(pictures.FontNotFoundError, match="fonts-dejavu"):
            pictures.find_font(bold=True)
    finally:
        pictures.find_font.cache_clear()


# --------------------------------------------------------------------------------------------------
# The demo video assets made by ``python -m demo.make_video``

ASSETS = make_video.ASSETS
KEY = make_video.KEY
CUE = re.compile(r"^(\d{2}):(\d{2}):(\d{2})\.(\d{3}) --> (\d{2}):(\d{2}):(\d{2})\.(\d{3})(?: .*)?$")


def _seconds(h: str, m: str, s: str, ms: str) -> float:
    return int(h) * 3600 + int(m) * 60 + int(s) + int(ms) / 1000


def _cues(path) -> list[tuple[float, float, str]]:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("WEBVTT")
    cues = []
    for block in re.split(r"\n\s*\n", text.strip())[1:]:
        lines = block.splitlines()
        timing = next(i for i, line in enumerate(lines) if "-->" in line)
        match = CUE.match(lines[timing])
        assert match, lines[timing]
        g = match.groups()
        cues.append((_seconds(*g[:4]), _seconds(*g[4:]), "\n".join(lines[timing + 1 :])))
    return cues


def test_video_assets_exist():
    for suffix in ("mp4", "vi.vtt", "en.vtt", "poster.png"):
        path = ASSETS / f"{KEY}.{suffix}"
        assert path.is_file() and path.stat().st_size > 0, path
    assert (ASSETS / f"{KEY}.mp4").stat().st_size < 400_000
    poster = Image.open(ASSETS / f"{KEY}.poster.png")
    assert poster.size == make_video.SIZE
    assert (ASSETS / f"{KEY}.poster.png").read_bytes() == draw_screen(
        make_video.SLIDES[0].screen, make_video.SIZE
    )


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_captions_parse_and_follow_the_slides(lang):
    cues = _cues(ASSETS / f"{KEY}.{lang}.vtt")
    assert len(cues) == len(make_video.SLIDES)
    previous_end = 0.0
    for start, end, text in cues:
        assert previous_end <= start < end <= make_video.duration()
        assert text.strip()
        previous_end = end
    assert cues[-1][1] == pytest.approx(make_video.duration())
    assert (ASSETS / f"{KEY}.{lang}.vtt").read_text(encoding="utf-8") == make_video.webvtt(lang)


def test_vietnamese_captions_name_the_steps():
    text = (ASSETS / f"{KEY}.vi.vtt").read_text(encoding="utf-8")
    for words in ("Kích hoạt tài khoản định danh điện tử", "12 số", "Gửi yêu cầu", "SMS", "OTP"):
        assert words in text


@pytest.mark.skipif(not shutil.which("ffprobe"), reason="ffprobe is not installed")
def test_video_format():
    out = subprocess.run(  # noqa: S603
        [
            shutil.which("ffprobe"),
            "-v",
            "error",
            "-show_entries",
            "stream=codec_type,codec_name,profile,pix_fmt,width,height:format=duration",
            "-of",
            "default=noprint_wrappers=1",
            str(ASSETS / f"{KEY}.mp4"),
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    info = dict(line.split("=", 1) for line in out.splitlines())
    assert out.count("codec_type=") == 1  # one video stream, no audio
    assert info["codec_type"] == "video"
    assert info["codec_name"] == "h264"
    assert info["profile"] in {"Main", "Constrained Baseline", "Baseline"}
    assert info["pix_fmt"] == "yuv420p"
    assert (int(info["width"]), int(info["height"])) == make_video.SIZE
    assert float(info["duration"]) == pytest.approx(make_video.duration(), abs=0.2)
