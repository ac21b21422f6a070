"""Build the Vietnamese override catalogues for Wagtail, wagtail-localize and wagtailmedia.

The packages ship a Vietnamese catalogue that covers a fifth of their interface, with some
entries broken ("%(label)svà Xuất bản"). ``vi.json`` holds our translations, keyed by the English
msgid (``context\\u0004msgid`` for an msgid with a context; a list ``[singular, plural]`` keys a
plural message: ``"msgid\\u0000msgid_plural"``). This script checks every key against the
packages' English catalogues (the exact msgid, context and plural), checks that the placeholders
agree, and writes ``vi/LC_MESSAGES/django.po`` and ``djangojs.po``: only the entries we translate
(missing upstream, or fixing upstream's). ``settings.LOCALE_PATHS`` lists this folder after our
own ``locale/``, so makemessages never rewrites it and it wins over the packages' catalogues.

    .venv/bin/python locale_overrides/build.py            # write the catalogues, print counts
    .venv/bin/python locale_overrides/build.py --todo 200  # the next untranslated msgids, as JSON
    .venv/bin/python locale_overrides/build.py --broken    # upstream entries that look broken
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from pathlib import Path

import polib

HERE = Path(__file__).resolve().parent
PACKAGES = ("wagtail", "wagtail_localize", "wagtailmedia")
# Parts of Wagtail the portal does not install: their strings are never shown.
SKIPPED_PARTS = (
    "contrib/forms",
    "contrib/search_promotions",
    "contrib/simple_translation",
    "contrib/styleguide",
    "contrib/typed_table_block",
    "contrib/table_block",
    "wagtail_localize/locales",
)
DOMAINS = ("django", "djangojs")
CONTEXT_SEPARATOR = "\u0004"
PLURAL_SEPARATOR = "\u0000"
PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|%[sdif]|\{\w*\}")
HEADER = {
    "Project-Id-Version": "portal overrides",
    "Language": "vi",
    "MIME-Version": "1.0",
    "Content-Type": "text/plain; charset=UTF-8",
    "Content-Transfer-Encoding": "8bit",
    "Plural-Forms": "nplurals=1; plural=0;",
}


def key_of(entry: polib.POEntry) -> str:
    key = entry.msgid
    if entry.msgid_plural:
        key = f"{key}{PLURAL_SEPARATOR}{entry.msgid_plural}"
    if entry.msgctxt:
        key = f"{entry.msgctxt}{CONTEXT_SEPARATOR}{key}"
    return key


def translated(entry: polib.POEntry) -> str | None:
    if entry.obsolete or "fuzzy" in entry.flags:
        return None
    if entry.msgid_plural:
        return entry.msgstr_plural.get(0) or None
    return entry.msgstr or None


def catalogues(domain: str) -> list[tuple[Path, Path]]:
    """(English catalogue, Vietnamese catalogue) of every installed part, for ``domain``."""
    found = []
    for package in PACKAGES:
        root = Path(importlib.util.find_spec(package).origin).parent
        for english in sorted(root.rglob(f"locale/en/LC_MESSAGES/{domain}.po")):
            part = str(english.relative_to(root.parent))
            if any(skipped in part for skipped in SKIPPED_PARTS):
                continue
            found.append((english, english.parent.parent.parent / "vi/LC_MESSAGES" / english.name))
    return found


def upstream(domain: str) -> tuple[dict[str, polib.POEntry], dict[str, str]]:
    """Every English entry of ``domain`` and the packages' Vietnamese translations, by key."""
    entries: dict[str, polib.POEntry] = {}
    vietnamese: dict[str, str] = {}
    for english, vi in catalogues(domain):
        for entry in polib.pofile(str(english)):
            if not entry.obsolete:
                entries.setdefault(key_of(entry), entry)
        if vi.exists():
            for entry in polib.pofile(str(vi)):
                if (text := translated(entry)) is not None:
                    vietnamese.setdefault(key_of(entry), text)
    return entries, vietnamese


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def looks_broken(msgid: str, msgstr: str) -> bool:
    """Placeholders lost or glued to a word, or a leading/trailing space dropped."""
    if placeholders(msgid) != placeholders(msgstr):
        return True
    if re.search(r"%\(\w+\)s\w|\w%\(\w+\)s", msgstr) and not re.search(
        r"%\(\w+\)s\w|\w%\(\w+\)s", msgid
    ):
        return True
    return (msgid[:1] == " ") != (msgstr[:1] == " ") or (msgid[-1:] == " ") != (msgstr[-1:] == " ")


def load_ours() -> dict[str, str | list[str]]:
    with open(HERE / "vi.json", encoding="utf-8") as source:
        return json.load(source)


def build() -> int:
    ours = load_ours()
    used: set[str] = set()
    problems: list[str] = []
    for domain in DOMAINS:
        entries, vietnamese = upstream(domain)
        po = polib.POFile(wrapwidth=0)
        po.metadata = dict(HEADER)
        added = fixed = kept_broken = 0
        for key, entry in sorted(entries.items()):
            text = ours.get(key)
            if text is None:
                if key in vietnamese and looks_broken(entry.msgid, vietnamese[key]):
                    kept_broken += 1
                continue
            used.add(key)
            singular = text[0] if isinstance(text, list) else text
            # Vietnamese has one plural form: msgstr[0] serves every count, so it carries the
            # plural's placeholders (msgfmt checks them).
            expected = entry.msgid_plural or entry.msgid
            if placeholders(expected) != placeholders(singular):
                problems.append(f"placeholders differ: {key!r} -> {singular!r}")
            new = polib.POEntry(msgctxt=entry.msgctxt, msgid=entry.msgid, flags=entry.flags)
            if entry.msgid_plural:
                new.msgid_plural = entry.msgid_plural
                new.msgstr_plural = {0: singular}
            else:
                new.msgstr = singular
            po.append(new)
            if key in vietnamese:
                fixed += 1
            else:
                added += 1
        total = len(entries)
        done = len({*vietnamese.keys() & entries.keys(), *(used & entries.keys())})
        out = HERE / "vi" / "LC_MESSAGES" / f"{domain}.po"
        out.parent.mkdir(parents=True, exist_ok=True)
        po.save(str(out))
        print(
            f"{domain}: {total} msgids; upstream Vietnamese {len(vietnamese.keys() & entries.keys())}; "
            f"ours {added} added, {fixed} replaced; still broken upstream {kept_broken}; "
            f"translated now {done} ({done * 100 // max(total, 1)} %)"
        )
    unknown = sorted(set(ours) - used)
    for key in unknown:
        problems.append(f"not an msgid of the installed packages: {key!r}")
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


def todo(limit: int, domain: str) -> None:
    ours = load_ours()
    entries, vietnamese = upstream(domain)
    missing = {}
    for key, entry in entries.items():
        if key in ours:
            continue
        if key in vietnamese and not looks_broken(entry.msgid, vietnamese[key]):
            continue
        missing[key] = vietnamese.get(key, "")
        if len(missing) >= limit:
            break
    print(json.dumps(missing, ensure_ascii=False, indent=0))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--todo", type=int, default=0)
    parser.add_argument("--domain", default="django")
    parser.add_argument("--broken", action="store_true")
    options = parser.parse_args()
    if options.todo:
        todo(options.todo, options.domain)
        return 0
    if options.broken:
        for domain in DOMAINS:
            entries, vietnamese = upstream(domain)
            for key, text in vietnamese.items():
                if key in entries and looks_broken(entries[key].msgid, text):
                    print(json.dumps({key: text}, ensure_ascii=False))
        return 0
    return build()


if __name__ == "__main__":
    sys.exit(main())
