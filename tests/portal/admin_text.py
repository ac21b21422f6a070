"""What a member of staff reads on an admin screen, and the English left in it.

``visible_text`` keeps the text nodes a browser shows and the attributes a screen reader or a
mouse reveals (``title``, ``aria-label``, ``placeholder``, ``alt``, a button's ``value``); it drops
scripts, styles, templates and SVG. ``english_segments`` names the pieces of that text which still
hold a common word of Wagtail's English interface.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from html.parser import HTMLParser

from learners.codes import ALPHABET as CODE_ALPHABET

SKIPPED = {"script", "style", "template", "svg", "noscript"}
VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
}
SHOWN_ATTRIBUTES = ("title", "aria-label", "placeholder", "alt")

# Words of Wagtail's (and wagtail-localize's, wagtailmedia's) English interface. None of them is
# a Vietnamese word ("to" = big and "in" = print are, so they are left out).
ENGLISH_UI_WORDS = frozenset(
    re.findall(
        r"\w+",
        """
    about account actions active add added admin all alt and any apply approve approved archive
    are author available back before bulk by cancel change changes choose clear close collection
    collections comment comments compare confirm content copy create created current dashboard
    date default delete deleted description details document documents download draft drafts
    edit edited editing editor email enter expired explorer export false file filter filters
    first for from help hidden history home image images inspect is item items last latest
    live locale lock locked log logged login logout media menu moderation moderators more move
    my name new next no not of on or order owner page pages password permissions preview
    previous private privacy publish published recent reports request required results revert
    review revision revisions save saved schedule search select selected settings show sign
    site size snippet snippets sort status submit submitted sync task tasks the this title
    toggle translate translation translations true type unlock unpublish unpublished update
    updated upload uploaded usage used user username users view views welcome with workflow
    workflows yes you your
    """,
    )
)
WORD = re.compile(r"\w+")
# Vietnamese words written without a space between them or after a placeholder: a lower-case
# Vietnamese letter directly followed by an upper-case one inside a word ("nhậpcủa", "chuẩnvà").
VIETNAMESE_LETTER = "a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
ACCENTED_LOWER = VIETNAMESE_LETTER.removeprefix("a-z")
BROKEN_JOIN = re.compile(
    rf"[{VIETNAMESE_LETTER}](?:của|và|bạn|này|các|những|trong|được)\b|[{ACCENTED_LOWER}][A-Z]"
)
# Words that are English and also appear inside the portal's own content or product names.
ALLOWED = frozenset({"VNeID", "Wi-Fi", "Zalo", "QR", "ID", "OTP", "PIN", "CSV", "Excel", "XLSX"})
# A learner's code (“RQM-THE”) or recovery code (“K7M4-QPAC-D9EF”) is data, not interface: its
# random letters can spell an English word.
LEARNER_CODE = re.compile(rf"\b[{CODE_ALPHABET}]{{3,4}}(?:-[{CODE_ALPHABET}]{{3,4}})+\b")


class _VisibleText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skipping: list[str] = []
        self.hidden_depth = 0
        self.stack: list[bool] = []
        self.segments: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag in SKIPPED:
            self.skipping.append(tag)
            return
        if self.skipping:
            return
        hidden = "hidden" in attributes or attributes.get("type") == "hidden"
        if tag not in VOID:
            self.stack.append(hidden)
            self.hidden_depth += hidden
        if self.hidden_depth or hidden:
            return
        for name in SHOWN_ATTRIBUTES:
            if attributes.get(name):
                self.segments.append(attributes[name].strip())
        is_button = tag in {"input", "button"} and attributes.get("type") in {"submit", "button"}
        if is_button and attributes.get("value"):
            self.segments.append(attributes["value"].strip())

    def handle_endtag(self, tag):
        if self.skipping:
            if tag == self.skipping[-1]:
                self.skipping.pop()
            return
        if tag in VOID or not self.stack:
            return
        self.hidden_depth -= self.stack.pop()

    def handle_data(self, data):
        if self.skipping or self.hidden_depth:
            return
        text = " ".join(data.split())
        if text:
            self.segments.append(text)


def visible_text(html: str) -> list[str]:
    """The pieces of text a member of staff can see (or hear) on the page, in order."""
    parser = _VisibleText()
    parser.feed(html)
    parser.close()
    return [segment for segment in parser.segments if segment]


def english_words(segment: str) -> list[str]:
    segment = LEARNER_CODE.sub(" ", segment)
    words = [word for word in WORD.findall(segment) if word.isascii() and word not in ALLOWED]
    return [word for word in words if word.lower() in ENGLISH_UI_WORDS]


def english_segments(html: str, content: Iterable[str] = ()) -> list[str]:
    """The visible pieces of text that still hold a word of Wagtail's English interface.

    ``content`` lists what editors wrote (the English site's page titles): it is not interface
    and is taken out of each piece before looking.
    """
    content = sorted(content, key=len, reverse=True)
    found = set()
    for segment in visible_text(html):
        rest = segment
        for text in content:
            rest = rest.replace(text, " ")
        if english_words(rest):
            found.add(segment)
    return sorted(found)


def broken_joins(html: str) -> list[str]:
    """Visible pieces of text where two Vietnamese words run together."""
    return sorted({segment for segment in visible_text(html) if BROKEN_JOIN.search(segment)})
