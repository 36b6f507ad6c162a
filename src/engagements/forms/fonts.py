"""The font the request form is printed and filled in with: Latin and Chinese alike.

reportlab prints the page with the shipped TrueType font (subset per document, as usual).
Form fields need more: what a partner types must display, so the fields' default
appearance names a composite (Type0, Identity-H) font with a ToUnicode map of every glyph
it holds. A PDF reader, or pypdf filling the form, can then encode any covered character,
and pdftoppm or a printer shows it.

The whole shipped font (2.6 MB, 1.5 MB compressed) would make every form that large, so
the field font is a subset: Latin and punctuation, the characters printed on the form, and,
for a partner whose name is written in Chinese, the 3,755 common characters of GB 2312's
first level (what nearly all everyday Simplified Chinese text uses). A Latin-named
partner's form stays near 100 KB, a Chinese-named one's under 500 KB.
"""

from __future__ import annotations

import io
import zlib
from dataclasses import dataclass
from functools import lru_cache

from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    EncodedStreamObject,
    IndirectObject,
    NameObject,
    NumberObject,
    PdfObject,
    TextStringObject,
)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFile

from engagements.assets import resource

FONT_FILE = "FormSans-CJK.ttf"
PRINT_FONT = "FormSans"  # reportlab's name for the printed text
FIELD_FONT = "/FCJK"  # the fields' resource name, in their /DA strings
BASE_FONT = "/FormSansCJK"
DEFAULT_WIDTH = 1000  # of an ideograph, in 1/1000 em


@dataclass(frozen=True)
class FontData:
    """The shipped font's bytes and what a composite PDF font needs from it."""

    data: bytes
    glyph_to_code: dict[int, int]  # first Unicode code point drawn by each glyph
    widths: list[int]  # advance width of each glyph, in 1/1000 em
    bbox: tuple[int, int, int, int]
    ascent: int
    descent: int
    cap_height: int
    stem_v: int
    covered: frozenset[int]  # every code point the font draws


# Typed in any form: Latin, Latin-1 and Latin Extended-A, general and CJK punctuation,
# full-width forms.
LATIN_AND_PUNCTUATION = (
    range(0x20, 0x7F),
    range(0xA0, 0x180),
    range(0x2000, 0x2070),
    range(0x3000, 0x3040),
    range(0xFF00, 0xFFF0),
)


@lru_cache(maxsize=1)
def font_data() -> FontData:
    """Read the shipped font once per process."""
    return parse_font(resource("fonts", FONT_FILE).read_bytes())


def common_chinese() -> frozenset[int]:
    """GB 2312 level 1: the 3,755 most used Simplified Chinese characters."""
    found = set()
    for row in range(0xB0, 0xD8):
        for cell in range(0xA1, 0xFF):
            try:
                found.add(ord(bytes((row, cell)).decode("gb2312")))
            except UnicodeDecodeError:
                continue  # the last row is shorter
    return frozenset(found)


def is_chinese(text: str) -> bool:
    """Whether ``text`` has CJK ideographs (the partner's name written in Chinese)."""
    return any(0x3400 <= ord(ch) <= 0x9FFF or 0xF900 <= ord(ch) <= 0xFAFF for ch in text)


def field_characters(printed: str, chinese: bool) -> frozenset[int]:
    """What the field font must hold for a form with ``printed`` text on it."""
    points = {cp for block in LATIN_AND_PUNCTUATION for cp in block}
    points.update(ord(ch) for ch in printed)
    if chinese:
        points |= common_chinese()
    return frozenset(points) & font_data().covered


@lru_cache(maxsize=8)
def subset_font_data(code_points: frozenset[int]) -> FontData:
    """The shipped font cut down to ``code_points`` (cached: forms in a batch share it)."""
    from fontTools import subset  # only when a form is exported
    from fontTools.ttLib import TTFont as ToolsFont

    options = subset.Options()
    options.hinting = False  # screen hints matter little in a form field, and weigh much
    options.layout_features = []
    options.notdef_outline = True
    font = ToolsFont(io.BytesIO(font_data().data))
    cutter = subset.Subsetter(options)
    cutter.populate(unicodes=sorted(code_points))
    cutter.subset(font)
    out = io.BytesIO()
    font.save(out)
    return parse_font(out.getvalue())


def parse_font(data: bytes) -> FontData:
    """What a composite PDF font needs from the TrueType font ``data``."""
    parsed = TTFontFile(io.BytesIO(data))
    glyph_to_code: dict[int, int] = {}
    for code, glyph in sorted(parsed.charToGlyph.items()):
        glyph_to_code.setdefault(glyph, code)
    count = max(glyph_to_code) + 1
    widths = [
        int(round(parsed.charWidths.get(glyph_to_code.get(g, -1), parsed.defaultWidth)))
        for g in range(count)
    ]
    left, bottom, right, top = (int(v) for v in parsed.bbox)
    return FontData(
        data,
        glyph_to_code,
        widths,
        (left, bottom, right, top),
        int(parsed.ascent),
        int(parsed.descent),
        int(parsed.capHeight),
        int(parsed.stemV),
        frozenset(parsed.charToGlyph),
    )


def register_print_font() -> str:
    """Make the shipped font known to reportlab; returns its name for ``setFont``."""
    if PRINT_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(PRINT_FONT, io.BytesIO(font_data().data)))
    return PRINT_FONT


@lru_cache(maxsize=8)
def _compressed(content: bytes) -> bytes:
    # Forms in a batch embed the same subset and map: compress them once per process.
    return zlib.compress(content, 9)


def _stream(writer: PdfWriter, content: bytes, **extra: PdfObject) -> IndirectObject:
    encoded = EncodedStreamObject()
    encoded._data = _compressed(content)  # the font is most of the file: compress hard
    encoded[NameObject("/Filter")] = NameObject("/FlateDecode")
    for key, value in extra.items():
        encoded[NameObject("/" + key)] = value
    return writer._add_object(encoded)


def _to_unicode_cmap(glyph_to_code: dict[int, int]) -> bytes:
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        "/CMapName /Adobe-Identity-UCS def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        "<0000> <FFFF>",
        "endcodespacerange",
    ]
    runs = _runs(sorted(glyph_to_code.items()))
    for start in range(0, len(runs), 100):  # a CMap section holds at most 100 entries
        chunk = runs[start : start + 100]
        lines.append(f"{len(chunk)} beginbfrange")
        lines.extend(f"<{first:04X}> <{last:04X}> <{code:04X}>" for first, last, code in chunk)
        lines.append("endbfrange")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines).encode("ascii")


def _runs(items: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """(first glyph, last glyph, first code) for runs of glyphs drawing consecutive code
    points; a run stays within one low byte of both, as a CMap's bfrange must."""
    runs: list[tuple[int, int, int]] = []
    for glyph, code in items:
        if runs:
            first, last, start = runs[-1]
            if (
                glyph == last + 1
                and code == start + glyph - first
                and glyph >> 8 == first >> 8
                and code >> 8 == start >> 8
            ):
                runs[-1] = (first, glyph, start)
                continue
        runs.append((glyph, glyph, code))
    return runs


def _widths_unlike_default(widths: list[int]) -> ArrayObject:
    """The /W array for glyphs narrower or wider than /DW 1000: ideographs are all 1000
    wide, so listing only the others keeps the array a tenth of its length."""
    entries: list[PdfObject] = []
    for glyph, width in enumerate(widths):
        if width != DEFAULT_WIDTH:
            entries += [NumberObject(glyph), ArrayObject([NumberObject(width)])]
    return ArrayObject(entries)


def _name(value: str) -> NameObject:
    return NameObject(value)


def add_field_font(writer: PdfWriter, font: FontData) -> IndirectObject:
    """Add ``font`` (from ``subset_font_data``) to ``writer`` as the composite field font;
    returns its reference."""
    descriptor = writer._add_object(
        DictionaryObject(
            {
                _name("/Type"): _name("/FontDescriptor"),
                _name("/FontName"): _name(BASE_FONT),
                _name("/Flags"): NumberObject(4),
                _name("/FontBBox"): ArrayObject([NumberObject(v) for v in font.bbox]),
                _name("/ItalicAngle"): NumberObject(0),
                _name("/Ascent"): NumberObject(font.ascent),
                _name("/Descent"): NumberObject(font.descent),
                _name("/CapHeight"): NumberObject(font.cap_height),
                _name("/StemV"): NumberObject(font.stem_v),
                _name("/FontFile2"): _stream(
                    writer, font.data, Length1=NumberObject(len(font.data))
                ),
            }
        )
    )
    system_info = DictionaryObject(
        {
            _name("/Registry"): TextStringObject("Adobe"),
            _name("/Ordering"): TextStringObject("Identity"),
            _name("/Supplement"): NumberObject(0),
        }
    )
    descendant = writer._add_object(
        DictionaryObject(
            {
                _name("/Type"): _name("/Font"),
                _name("/Subtype"): _name("/CIDFontType2"),
                _name("/BaseFont"): _name(BASE_FONT),
                _name("/CIDSystemInfo"): system_info,
                _name("/FontDescriptor"): descriptor,
                _name("/DW"): NumberObject(DEFAULT_WIDTH),
                _name("/W"): _widths_unlike_default(font.widths),
                # Character ids are glyph ids of the embedded subset.
                _name("/CIDToGIDMap"): _name("/Identity"),
            }
        )
    )
    return writer._add_object(
        DictionaryObject(
            {
                _name("/Type"): _name("/Font"),
                _name("/Subtype"): _name("/Type0"),
                _name("/BaseFont"): _name(BASE_FONT),
                _name("/Encoding"): _name("/Identity-H"),
                _name("/DescendantFonts"): ArrayObject([descendant]),
                _name("/ToUnicode"): _stream(writer, _to_unicode_cmap(font.glyph_to_code)),
            }
        )
    )
