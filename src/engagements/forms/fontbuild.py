"""Build the form font shipped in ``resources/fonts`` (a maintainer's tool, not run by the app).

The request form must show Chinese in its printed text and in whatever a partner types,
on machines without any CJK font. We ship a subset of WenQuanYi Micro Hei (Apache-2.0):
Latin, punctuation and the characters of GB2312 and Big5 (common Simplified and
Traditional Chinese), about 2.6 MB instead of the 5 MB collection. reportlab's subsetter
writes a cmap keyed by position, so we replace it with a real Unicode (3,10) format-12
cmap; then the same file serves reportlab's printed text and the form fields' font.

    python -m engagements.forms.fontbuild /usr/share/fonts/truetype/wqy/wqy-microhei.ttc \
        resources/fonts/FormSans-CJK.ttf
"""

from __future__ import annotations

import struct
import sys
from collections.abc import Iterable

from reportlab.pdfbase.ttfonts import TTFontFile, TTFontMaker

LATIN_AND_PUNCTUATION = (
    range(0x20, 0x7F),
    range(0xA0, 0x180),
    range(0x2000, 0x2070),
    range(0x2100, 0x2200),
    range(0x3000, 0x3040),
    range(0xFF00, 0xFFF0),
)


def repertoire() -> list[int]:
    """Code points the form font covers: Latin, punctuation, GB2312 and Big5 characters."""
    points = {cp for block in LATIN_AND_PUNCTUATION for cp in block}
    for cp in range(0x80, 0x10000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        for codec in ("gb2312", "big5"):
            try:
                chr(cp).encode(codec)
            except UnicodeEncodeError:
                continue
            points.add(cp)
            break
    return sorted(points)


def unicode_cmap(code_to_glyph: dict[int, int]) -> bytes:
    """A cmap table with one (3,10) format-12 subtable: runs of consecutive codes and glyphs."""
    groups: list[list[int]] = []
    for code in sorted(code_to_glyph):
        glyph = code_to_glyph[code]
        last = groups[-1] if groups else None
        if last and code == last[1] + 1 and glyph == last[2] + code - last[0]:
            last[1] = code
        else:
            groups.append([code, code, glyph])
    body = b"".join(struct.pack(">LLL", *group) for group in groups)
    subtable = struct.pack(">HHLLL", 12, 0, 16 + len(body), 0, len(groups)) + body
    return struct.pack(">HHHHL", 0, 1, 3, 10, 12) + subtable


def _tables(font: bytes) -> dict[str, bytes]:
    count = struct.unpack(">H", font[4:6])[0]
    tables = {}
    for index in range(count):
        tag, _, offset, length = struct.unpack(">4sLLL", font[12 + 16 * index : 28 + 16 * index])
        tables[tag.decode("latin-1")] = font[offset : offset + length]
    return tables


def build_subset(source: str, codes: Iterable[int], subfont_index: int = 0) -> bytes:
    """A TrueType font with the glyphs for ``codes`` and a Unicode cmap for them."""
    original = TTFontFile(source, subfontIndex=subfont_index)
    wanted = [code for code in codes if code in original.charToGlyph]
    # The subsetter numbers new glyphs in order of first use; mirror it to know each code's.
    new_index: dict[int, int] = {0: 0}
    code_to_glyph = {}
    for code in wanted:
        old = original.charToGlyph[code]
        code_to_glyph[code] = new_index.setdefault(old, len(new_index))
    maker = TTFontMaker()
    for tag, data in _tables(original.makeSubset(wanted)).items():
        maker.add(tag, unicode_cmap(code_to_glyph) if tag == "cmap" else data)
    return bytes(maker.makeStream())


def main(argv: list[str]) -> int:
    source, target = argv
    data = build_subset(source, repertoire())
    with open(target, "wb") as handle:
        handle.write(data)
    print(f"{target}: {len(data)} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
