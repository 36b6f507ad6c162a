"""The font the request form is printed and filled in with: Latin and Chinese alike.

reportlab prints the page with the shipped TrueType font (subset per document, as usual).
Form fields need more: whatever a partner types must display, so the fields' default
appearance names a composite (Type0, Identity-H) font that embeds the whole shipped font
with a ToUnicode map of every glyph. A PDF reader, or pypdf filling the form, can then
encode any covered character, and pdftoppm or a printer shows it.
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


@lru_cache(maxsize=1)
def font_data() -> FontData:
    """Read the shipped font once per process."""
    data = resource("fonts", FONT_FILE).read_bytes()
    parsed = TTFontFile(io.BytesIO(data))
    glyph_to_code: dict[int, int] = {}
    for code, glyph in sorted(parsed.charToGlyph.items()):
        glyph_to_code.setdefault(glyph, code)
    count = max(glyph_to_code) + 1
    widths = [int(round(parsed.charWidths.get(glyph_to_code.get(g, -1), parsed.defaultWidth)))
              for g in range(count)]
    left, bottom, right, top = (int(v) for v in parsed.bbox)
    return FontData(data, glyph_to_code, widths, (left, bottom, right, top),
                    int(parsed.ascent), int(parsed.descent), int(parsed.capHeight),
                    int(parsed.stemV))


def register_print_font() -> str:
    """Make the shipped font known to reportlab; returns its name for ``setFont``."""
    if PRINT_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(PRINT_FONT, io.BytesIO(font_data().data)))
    return PRINT_FONT


@lru_cache(maxsize=4)
def _compressed(content: bytes) -> bytes:
    # Every exported form embeds the same font and map: compress them once per process.
    return zlib.compress(content)


def _stream(writer: PdfWriter, content: bytes, **extra: PdfObject) -> IndirectObject:
    encoded = EncodedStreamObject()
    encoded._data = _compressed(content)
    encoded[NameObject("/Filter")] = NameObject("/FlateDecode")
    for key, value in extra.items():
        encoded[NameObject("/" + key)] = value
    return writer._add_object(encoded)


@lru_cache(maxsize=1)
def _font_unicode_cmap() -> bytes:
    return _to_unicode_cmap(font_data().glyph_to_code)


def _to_unicode_cmap(glyph_to_code: dict[int, int]) -> bytes:
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
             "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
             "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange"]
    items = sorted(glyph_to_code.items())
    for start in range(0, len(items), 100):  # a CMap section holds at most 100 entries
        chunk = items[start:start + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        lines.extend(f"<{glyph:04X}> <{code:04X}>" for glyph, code in chunk)
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines).encode("ascii")


def _name(value: str) -> NameObject:
    return NameObject(value)


def add_field_font(writer: PdfWriter) -> IndirectObject:
    """Add the composite field font to ``writer``; returns its reference."""
    font = font_data()
    descriptor = writer._add_object(DictionaryObject({
        _name("/Type"): _name("/FontDescriptor"), _name("/FontName"): _name(BASE_FONT),
        _name("/Flags"): NumberObject(4),
        _name("/FontBBox"): ArrayObject([NumberObject(v) for v in font.bbox]),
        _name("/ItalicAngle"): NumberObject(0), _name("/Ascent"): NumberObject(font.ascent),
        _name("/Descent"): NumberObject(font.descent),
        _name("/CapHeight"): NumberObject(font.cap_height),
        _name("/StemV"): NumberObject(font.stem_v),
        _name("/FontFile2"): _stream(writer, font.data, Length1=NumberObject(len(font.data))),
    }))
    system_info = DictionaryObject({
        _name("/Registry"): TextStringObject("Adobe"),
        _name("/Ordering"): TextStringObject("Identity"), _name("/Supplement"): NumberObject(0)})
    descendant = writer._add_object(DictionaryObject({
        _name("/Type"): _name("/Font"), _name("/Subtype"): _name("/CIDFontType2"),
        _name("/BaseFont"): _name(BASE_FONT), _name("/CIDSystemInfo"): system_info,
        _name("/FontDescriptor"): descriptor, _name("/DW"): NumberObject(1000),
        _name("/W"): ArrayObject([NumberObject(0),
                                  ArrayObject([NumberObject(w) for w in font.widths])]),
        # Character ids are glyph ids: the whole font is embedded, so none is missing.
        _name("/CIDToGIDMap"): _name("/Identity"),
    }))
    return writer._add_object(DictionaryObject({
        _name("/Type"): _name("/Font"), _name("/Subtype"): _name("/Type0"),
        _name("/BaseFont"): _name(BASE_FONT), _name("/Encoding"): _name("/Identity-H"),
        _name("/DescendantFonts"): ArrayObject([descendant]),
        _name("/ToUnicode"): _stream(writer, _font_unicode_cmap()),
    }))
