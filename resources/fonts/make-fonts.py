#!/usr/bin/env python3
"""Makes the static TrueType fonts in this folder from their freely licensed sources (README.md here).

Needs python3-fonttools. Sources (SIL Open Font License 1.1):
  NotoSerifSC_400Regular.ttf, NotoSerifSC_700Bold.ttf  npm @expo-google-fonts/noto-serif-sc@0.4.3
  NotoSansSC_400Regular.ttf                            npm @expo-google-fonts/noto-sans-sc@0.4.3
  NotoSerifCJK-Regular.ttc (its SC face)               Debian fonts-noto-cjk: the ideographs the first lack
Usage: make-fonts.py SERIF_REGULAR SERIF_BOLD SANS_REGULAR NOTO_SERIF_CJK_TTC OUT_DIR
"""
import sys
from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

PUNCTUATION = set(range(0x20, 0x7F)) | set(range(0x3000, 0x3040)) | set(range(0xFF01, 0xFF5F)) | {
    0x00B7, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x2212, 0x2160, 0x2161, 0x2162, 0x2163}


def gb2312():
    """The 7,445 characters of GB2312 (682 symbols, 6,763 hanzi), from Python's own codec table."""
    chars = set()
    for row in list(range(0xA1, 0xAA)) + list(range(0xB0, 0xF8)):
        for col in range(0xA1, 0xFF):
            try:
                chars.add(ord(bytes([row, col]).decode('gb2312')))
            except UnicodeDecodeError:
                pass
    return chars


def ideograph(code):
    return 0x3400 <= code <= 0x4DBF or 0x4E00 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0x20000 <= code <= 0x3FFFF


def subset_to(font, unicodes):
    options = subset.Options()
    options.layout_features = []
    options.drop_tables += ['GSUB', 'GPOS', 'GDEF', 'BASE', 'STAT', 'vhea', 'vmtx', 'VORG', 'DSIG']
    options.name_IDs = ['*']
    options.notdef_outline = True
    options.hinting = False
    options.desubroutinize = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    return font


def to_truetype(font):
    """CFF outlines to quadratic glyf (fontTools' otf2ttf recipe): Chromium embeds only these as CID fonts."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable('glyf')
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font['loca'] = newTable('loca')
    font['glyf'] = glyf
    del font['CFF ']
    glyf.compile(font)
    for name in order:
        advance, _ = font['hmtx'][name]
        font['hmtx'][name] = (advance, getattr(glyf[name], 'xMin', 0))
    maxp = newTable('maxp')
    maxp.tableVersion = 0x00010000
    for field in ['maxZones', 'maxTwilightPoints', 'maxStorage', 'maxFunctionDefs', 'maxInstructionDefs',
                  'maxStackElements', 'maxSizeOfInstructions', 'maxComponentElements']:
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font['maxp'] = maxp
    font['post'].formatType = 3.0
    font['head'].glyphDataFormat = 0
    font.sfntVersion = '\0\1\0\0'
    return font


def main(serif_regular, serif_bold, sans_regular, noto_cjk_ttc, out):
    serif = TTFont(serif_regular)
    covered = set(serif.getBestCmap())
    subset_to(serif, covered).save(f'{out}/DafuSerif-Regular.ttf')
    heads = gb2312() | PUNCTUATION
    subset_to(TTFont(serif_bold), heads).save(f'{out}/DafuSerif-Bold.ttf')
    subset_to(TTFont(sans_regular), heads).save(f'{out}/DafuSans-Regular.ttf')
    cjk = TTCollection(noto_cjk_ttc).fonts[2]
    assert cjk['name'].getDebugName(4) == 'Noto Serif CJK SC'
    rest = {code for code in cjk.getBestCmap() if ideograph(code) and code not in covered}
    to_truetype(subset_to(cjk, rest)).save(f'{out}/DafuSerif-Ext.ttf')


if __name__ == '__main__':
    main(*sys.argv[1:])
