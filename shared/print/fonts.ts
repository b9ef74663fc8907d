/**
 * Font stacks per typographic role: first the names government PCs have, then the substitutes the app
 * ships. Only the first group counts as the intended face; anything later that the machine resolves to
 * is a fallback the preview names.
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

/**
 * The freely licensed static TrueType fonts shipped in resources/fonts (README there: sources, licences),
 * embedded into each printed letter, subset to its characters. Static TrueType because Chromium embeds
 * only glyf outlines as CID fonts in a PDF: CFF (the system's Noto CJK), WOFF and variable fonts become Type 3.
 */
export interface ShippedFace {
  family: string;
  file: string;
  /** The font behind the family, as the clerk reads it in the notice. */
  display: string;
}

export const SHIPPED_FACES = {
  serif: { family: 'Dafu Serif', file: 'DafuSerif-Regular.ttf', display: '思源宋体（Noto Serif SC，随软件附带）' },
  // 小标宋's strokes are heavy: the bold 宋体 is the nearest free face.
  title: { family: 'Dafu Title Serif', file: 'DafuSerif-Bold.ttf', display: '思源宋体粗体（Noto Serif SC Bold，随软件附带）' },
  sans: { family: 'Dafu Sans', file: 'DafuSans-Regular.ttf', display: '思源黑体（Noto Sans SC，随软件附带）' },
  rare: { family: 'Dafu Serif Rare', file: 'DafuSerif-Ext.ttf', display: '思源宋体生僻字（Noto Serif CJK SC，随软件附带）' },
} as const satisfies Record<string, ShippedFace>;

/** The sample layoutPages() measures to tell which family of a stack resolves; every shipped subset holds it. */
export const FONT_PROBE_TEXT = '永和仿宋黑楷标题ABCxyz0123';

/** The name a clerk can look up: a shipped family reads as the font behind it. */
export function fontDisplayName(family: string): string {
  return Object.values(SHIPPED_FACES).find((face) => face.family === family)?.display ?? family;
}

const { serif, title, sans, rare } = SHIPPED_FACES;

export const FONT_STACKS: Record<FontRole, FontStack> = {
  fangsong: {
    role: 'fangsong',
    label: '仿宋（正文）',
    intended: ['仿宋_GB2312', 'FangSong_GB2312', '仿宋', 'FangSong', '华文仿宋', 'STFangsong'],
    // The one free simplified 仿宋 (朱雀仿宋) is a preview of ~6,500 characters and on no registry here: a 宋体 stands in.
    fallbacks: [serif.family, rare.family],
    generic: 'serif',
  },
  title: {
    role: 'title',
    label: '小标宋（标题）',
    intended: ['方正小标宋简体', '方正小标宋_GBK', 'FZXiaoBiaoSong-B05S', 'FZXiaoBiaoSong-B05', '华文中宋', 'STZhongsong'],
    fallbacks: [title.family, serif.family, rare.family],
    generic: 'serif',
  },
  hei: {
    role: 'hei',
    label: '黑体（一级标题）',
    intended: ['黑体', 'SimHei', 'STHeiti'],
    fallbacks: [sans.family, serif.family, rare.family],
    generic: 'sans-serif',
  },
  kai: {
    role: 'kai',
    label: '楷体（二级标题）',
    intended: ['楷体_GB2312', 'KaiTi_GB2312', '楷体', 'KaiTi', '华文楷体', 'STKaiti'],
    // No freely licensed 楷体 ships as static TrueType on npm: the 宋体 stands in, so the heading lead stays embeddable.
    fallbacks: [serif.family, rare.family],
    generic: 'serif',
  },
  song: {
    role: 'song',
    label: '宋体（页码）',
    intended: ['宋体', 'SimSun', 'NSimSun'],
    fallbacks: [serif.family, rare.family],
    generic: 'serif',
  },
};

function quoteFamily(family: string): string {
  return `"${family.replace(/["\\]/g, '')}"`;
}

export function fontFamilyValue(stack: FontStack): string {
  return [...stack.intended, ...stack.fallbacks].map(quoteFamily).concat(stack.generic).join(', ');
}
