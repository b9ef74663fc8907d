/**
 * Font stacks per typographic role: first the names government PCs have, then open fallbacks that a
 * Debian machine can install. Only the first group counts as the intended face; anything later that
 * the machine resolves to is a fallback the preview names.
 */
export interface FontStack {
  role: FontRole;
  /** What the clerk reads in the warning. */
  label: string;
  intended: readonly string[];
  fallbacks: readonly string[];
  generic: 'serif' | 'sans-serif';
}

export type FontRole = 'fangsong' | 'title' | 'hei' | 'kai' | 'song';

/** A bold face of Noto Serif CJK stands in for 小标宋, whose strokes are heavy; @font-face gives it a name. */
export const TITLE_FALLBACK_FACE = 'Dafu Title Serif';

/** The name a clerk can look up: our own @font-face alias reads as the font behind it. */
export function fontDisplayName(family: string): string {
  return family === TITLE_FALLBACK_FACE ? 'Noto Serif CJK SC Bold' : family;
}

export const FONT_STACKS: Record<FontRole, FontStack> = {
  fangsong: {
    role: 'fangsong',
    label: '仿宋（正文）',
    intended: ['仿宋_GB2312', 'FangSong_GB2312', '仿宋', 'FangSong', '华文仿宋', 'STFangsong'],
    // Debian's only 仿宋 (cwTeXFangSong) lacks most simplified glyphs, so the fallback is a 宋体.
    fallbacks: ['Noto Serif CJK SC', 'AR PL SungtiL GB', 'AR PL UMing CN'],
    generic: 'serif',
  },
  title: {
    role: 'title',
    label: '小标宋（标题）',
    intended: ['方正小标宋简体', '方正小标宋_GBK', 'FZXiaoBiaoSong-B05S', 'FZXiaoBiaoSong-B05', '华文中宋', 'STZhongsong'],
    fallbacks: [TITLE_FALLBACK_FACE, 'Noto Serif CJK SC', 'AR PL SungtiL GB'],
    generic: 'serif',
  },
  hei: {
    role: 'hei',
    label: '黑体（一级标题）',
    intended: ['黑体', 'SimHei', 'STHeiti'],
    fallbacks: ['Noto Sans CJK SC', 'WenQuanYi Zen Hei'],
    generic: 'sans-serif',
  },
  kai: {
    role: 'kai',
    label: '楷体（二级标题）',
    intended: ['楷体_GB2312', 'KaiTi_GB2312', '楷体', 'KaiTi', '华文楷体', 'STKaiti'],
    fallbacks: ['AR PL KaitiM GB', 'AR PL UKai CN', 'LXGW WenKai', 'Noto Serif CJK SC'],
    generic: 'serif',
  },
  song: {
    role: 'song',
    label: '宋体（页码）',
    intended: ['宋体', 'SimSun', 'NSimSun'],
    fallbacks: ['Noto Serif CJK SC', 'AR PL UMing CN'],
    generic: 'serif',
  },
};

function quoteFamily(family: string): string {
  return `"${family.replace(/["\\]/g, '')}"`;
}

export function fontFamilyValue(stack: FontStack): string {
  return [...stack.intended, ...stack.fallbacks].map(quoteFamily).concat(stack.generic).join(', ');
}
