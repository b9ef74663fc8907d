import type { HeadingLevel } from '../model/document';

/** Lines a web page adds around a letter: source, publish date, author, print and close buttons. */
const PAGE_CHROME = [
  /^(来源|信息来源|文章来源|发布日期|发布时间|发布机构|作者|责任编辑|浏览次数|点击数|阅读次数|访问量|字号|字体|当前位置|分享到)\s*[:：]/,
  /^【?(打印|打印本页|关闭|关闭窗口|返回顶部|收藏|字体|大|中|小)】?$/,
  /^(【(打印|关闭|大|中|小|字体[:：]?[^】]*)】\s*)+$/,
  /^(\[(打印|关闭|大|中|小)\]\s*)+$/,
  /^[^|｜]{0,40}[|｜].*(发布|来源|浏览|作者)/,
];

export function isPageChrome(line: string): boolean {
  return PAGE_CHROME.some((pattern) => pattern.test(line));
}

const HEADING_PATTERNS: [RegExp, HeadingLevel][] = [
  [/^[一二三四五六七八九十百]+、/, 1],
  [/^[（(][一二三四五六七八九十百]+[）)]/, 2],
  [/^\d{1,2}[.．](?!\d)/, 3],
  [/^[（(]\d{1,2}[）)]/, 4],
];

/** The level a numbered paragraph's own number gives it (一、 （一） 1. （1）), or null for plain text. */
export function headingLevel(line: string): HeadingLevel | null {
  return HEADING_PATTERNS.find(([pattern]) => pattern.test(line))?.[1] ?? null;
}

export function isClosing(line: string): boolean {
  return /^(专此答复|特此答复|特此函复|专此函复|特此函告|特此说明|特此回复|此复|以上意见|(再次|衷心|诚挚|真诚)?感谢)/.test(line);
}

export function isCc(line: string): boolean {
  return /^抄\s*(送|报)\s*[:：]/.test(line);
}

/** 附注: contact person and telephone (「联 系 人：」「联系单位：」 too), usually in brackets; also 「（此件公开发布）」. */
export function isNote(line: string): boolean {
  return /^[（(]?\s*(联\s*系\s*(人|电\s*话|单\s*位|方\s*式)|承\s*办\s*人|经\s*办\s*人|电\s*话\s*[:：]|此件)/.test(line);
}

/**
 * A field of the form around a letter, not part of it: 「领导签发：」「签发人：」「是否同意公开：」
 * 「公开属性：」「类 别：B」「办理结果（A）」.
 */
export function isHeaderField(line: string): boolean {
  return (
    REPLY_TYPE.test(line) ||
    /^(领导签发|签\s*发\s*人|签\s*发|核\s*稿\s*人|审\s*核\s*人|是否(同意)?公开|公开(属性|方式|类型)|类\s*别|办理(结果|类别)|答复类型|分管单位|缓急|密级)\s*[:：（(]/.test(
      line,
    )
  );
}

/** 附件说明 opens with 「附件：」 (GB/T 9704 §7.3.4). */
export function isAttachmentStart(line: string): boolean {
  return /^附\s*件\s*[:：]/.test(line);
}

/** A further attachment under 「附件：1. …」: 「2. ……」, a name without final punctuation. */
export function isAttachmentItem(line: string): boolean {
  return /^\d{1,2}\s*[.．、]\s*\S/.test(line) && !/[。；;，,]$/.test(line);
}

/** A short line with no sentence punctuation: a unit name, or the signing line of a form. */
export function isSignatureLike(line: string): boolean {
  return line.length <= 30 && !/[。，,；;？！]/.test(line);
}

/** 发文字号 such as 「柳市监函〔2023〕12号」 (also with [] or 【】 around the year). */
export const DOC_NUMBER = /^[\u4e00-\u9fa5]{1,12}[〔[【(（]\d{4}[〕\]】)）]\d{1,5}号$/;

/** The 答复类型 mark printed above the title: 「A」, 「答复类型：B」, 「办理结果：（C）」. */
export const REPLY_TYPE = /^(?:(?:答复类型|办理结果|办理类别|类\s*别)\s*[:：]?\s*)?[（(]?\s*([A-D甲乙丙丁])\s*[）)]?(?:类)?$/;

export function isTitle(line: string): boolean {
  return line.length <= 80 && /(答复|意见|说明|的函|复函)$/.test(line) && !/[：:。]$/.test(line);
}
