"""Build the demo video "Kích hoạt tài khoản VNeID" from phone drawings, with ffmpeg.

Run from the project root::

    .venv/bin/python -m demo.make_video

It draws the slides with :func:`demo.pictures.draw_screen` and writes, in
``demo/assets/``:

- ``kich-hoat-vneid.mp4``: H.264 (main profile), yuv420p, 480 x 640, no audio track, faststart;
- ``kich-hoat-vneid.vi.vtt`` and ``kich-hoat-vneid.en.vtt``: one caption cue per slide;
- ``kich-hoat-vneid.poster.png``: the first slide.

The output is meant to be committed as a demo asset; running the script again gives the same files
(ffmpeg runs single-threaded with bit-exact flags). Needs Debian's ffmpeg (``apt-get install
ffmpeg``).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from demo.pictures import draw_screen
from demo.spec import Screen

KEY = "kich-hoat-vneid"
ASSETS = Path(__file__).resolve().parent / "assets"
SIZE = (480, 640)  # width, height of the video and the poster
SECONDS_PER_SLIDE = 4
FPS = 25


@dataclass(frozen=True)
class Slide:
    screen: Screen
    vi: str  # caption in Vietnamese
    en: str  # caption in English


SLIDES: tuple[Slide, ...] = (
    Slide(
        Screen(
            app="VNeID",
            kind="app",
            heading="Chào mừng bạn đến với VNeID",
            lines=("Ứng dụng định danh điện tử", "Chỉ cài từ CH Play hoặc App Store"),
            button="Kích hoạt tài khoản định danh điện tử",
        ),
        vi="Cài VNeID từ CH Play hoặc App Store rồi mở ứng dụng. "
        "Chọn “Kích hoạt tài khoản định danh điện tử”.",
        en="Install VNeID from CH Play (Google Play) or the App Store and open it. "
        "Choose “Kích hoạt tài khoản định danh điện tử” [Activate identity account].",
    ),
    Slide(
        Screen(
            app="VNeID",
            kind="form",
            heading="Kích hoạt tài khoản",
            lines=("Số định danh cá nhân (12 số)", "Số điện thoại đã đăng ký"),
            button="Gửi yêu cầu",
        ),
        vi="Nhập số định danh cá nhân 12 số và số điện thoại đã đăng ký. Bấm “Gửi yêu cầu”.",
        en="Enter your 12-digit personal ID number and your registered phone number. "
        "Tap “Gửi yêu cầu” [Send request].",
    ),
    Slide(
        Screen(
            app="VNeID",
            kind="form",
            heading="Nhập mã OTP",
            lines=("Mã OTP gửi qua tin nhắn đến số điện thoại của bạn",),
            button="Xác nhận",
        ),
        vi="Mở tin nhắn SMS vừa nhận. Nhập mã OTP (mã số gửi qua tin nhắn) vào ứng dụng "
        "rồi bấm “Xác nhận”.",
        en="Open the text message (SMS) you just received. Type the OTP code (the code sent by "
        "text message) into the app and tap “Xác nhận” [Confirm].",
    ),
    Slide(
        Screen(
            app="VNeID",
            kind="form",
            heading="Đặt mật khẩu và passcode",
            lines=("Mật khẩu (8 đến 20 ký tự)", "Nhập lại mật khẩu", "Passcode (6 số)"),
            button="Xác nhận",
        ),
        vi="Đặt mật khẩu 8 đến 20 ký tự, có chữ hoa, chữ thường, số và ký tự đặc biệt. "
        "Đặt mã bảo vệ 6 số (passcode).",
        en="Set a password of 8 to 20 characters with upper and lower case letters, a digit and "
        "a special character. Set a 6-digit security code (passcode).",
    ),
    Slide(
        Screen(
            app="VNeID",
            kind="app",
            heading="Không đưa mật khẩu, mã OTP cho ai",
            lines=(
                "Kể cả người xưng là công an, cán bộ",
                "Cán bộ hướng dẫn không bao giờ hỏi mật khẩu hay passcode",
            ),
            danger=True,
        ),
        vi="Không đưa mật khẩu, passcode hay mã OTP cho ai, "
        "kể cả người xưng là công an hay cán bộ.",
        en="Never give your password, passcode or OTP code to anyone, "
        "even someone who says they are the police or an official.",
    ),
)


def duration() -> float:
    """Length of the video in seconds."""
    return len(SLIDES) * SECONDS_PER_SLIDE


def _timestamp(seconds: float) -> str:
    millis = round(seconds * 1000)
    hours, millis = divmod(millis, 3_600_000)
    minutes, millis = divmod(millis, 60_000)
    secs, millis = divmod(millis, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}.{millis:03d}"


def webvtt(lang: str) -> str:
    """The WebVTT captions in ``lang`` ("vi" or "en"): one cue per slide."""
    out = ["WEBVTT", ""]
    for number, slide in enumerate(SLIDES, start=1):
        start = (number - 1) * SECONDS_PER_SLIDE
        end = number * SECONDS_PER_SLIDE
        out += [str(number), f"{_timestamp(start)} --> {_timestamp(end)}", getattr(slide, lang), ""]
    return "\n".join(out)


def transcript(lang: str = "vi") -> str:
    """The captions as one plain paragraph, for the lesson's transcript."""
    return " ".join(getattr(slide, lang) for slide in SLIDES)


def _ffmpeg() -> str:
    found = shutil.which("ffmpeg") or "/usr/bin/ffmpeg"
    if not Path(found).is_file():
        sys.exit("ffmpeg not found: install it with `apt-get install ffmpeg`.")
    return found


def _encode(slide_files: list[Path], target: Path) -> None:
    command = [_ffmpeg(), "-hide_banner", "-loglevel", "error", "-y"]
    for path in slide_files:
        command += ["-loop", "1", "-framerate", str(FPS), "-t", str(SECONDS_PER_SLIDE)]
        command += ["-i", str(path)]
    inputs = "".join(f"[{i}:v]" for i in range(len(slide_files)))
    command += [
        "-filter_complex",
        f"{inputs}concat=n={len(slide_files)}:v=1:a=0,format=yuv420p[v]",
        "-map",
        "[v]",
        "-an",
        "-c:v",
        "libx264",
        "-preset",
        "veryslow",
        "-tune",
        "stillimage",
        "-crf",
        "26",
        "-profile:v",
        "main",
        "-level",
        "3.0",
        "-pix_fmt",
        "yuv420p",
        "-r",
        str(FPS),
        "-g",
        str(FPS * SECONDS_PER_SLIDE),
        "-force_key_frames",
        f"expr:gte(t,n_forced*{SECONDS_PER_SLIDE})",
        "-threads",
        "1",
        "-map_metadata",
        "-1",
        "-fflags",
        "+bitexact",
        "-flags:v",
        "+bitexact",
        "-movflags",
        "+faststart",
        str(target),
    ]
    subprocess.run(command, check=True)  # noqa: S603 - fixed arguments, no shell


def build(assets: Path = ASSETS) -> list[Path]:
    """Draw the slides and write the video, captions and poster; return the files made."""
    assets.mkdir(parents=True, exist_ok=True)
    made = []
    with tempfile.TemporaryDirectory(prefix="demo-video-") as tmp:
        slide_files = []
        for number, slide in enumerate(SLIDES, start=1):
            path = Path(tmp) / f"slide{number:02d}.png"
            path.write_bytes(draw_screen(slide.screen, SIZE))
            slide_files.append(path)
        video = assets / f"{KEY}.mp4"
        _encode(slide_files, video)
        made.append(video)
        poster = assets / f"{KEY}.poster.png"
        poster.write_bytes(slide_files[0].read_bytes())
        made.append(poster)
    for lang in ("vi", "en"):
        captions = assets / f"{KEY}.{lang}.vtt"
        captions.write_text(webvtt(lang), encoding="utf-8")
        made.append(captions)
    return made


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ASSETS, help="folder for the files")
    args = parser.parse_args(argv)
    print(f"{len(SLIDES)} slides, {SECONDS_PER_SLIDE} s each, {duration():g} s in all")
    for path in build(args.out):
        print(f"{path}  {path.stat().st_size / 1024:.1f} KB")


if __name__ == "__main__":
    main()
