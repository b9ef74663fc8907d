import type { BlockRole } from '../../model/document';
import { headingNumberText, parseHeadingMarker, type HeadingMarker } from '../core/headingMarker';
import { hit, matchAll } from '../core/text';
import type { DocumentHit, DocumentRule, ParagraphInput, ParagraphRule } from '../core/types';

const HEADING_BASIS = 'GB/T 9704-2012：结构层次序数依次用“一、”“（一）”“1.”“（1）”，同一层次按顺序编号。';
const LEVEL_NAMES = ['', '一级', '二级', '三级', '四级'];
const NOT_HEADINGS: readonly BlockRole[] = ['title', 'addressee', 'attachment', 'signature', 'date', 'note', 'cc'];

function markers(paragraphs: readonly ParagraphInput[]): { index: number; marker: HeadingMarker }[] {
  return paragraphs.flatMap((paragraph, index) => {
    if (NOT_HEADINGS.includes(paragraph.role) || paragraph.text.trimStart().startsWith('“')) return [];
    const marker = parseHeadingMarker(paragraph.text);
    return marker ? [{ index, marker }] : [];
  });
}

export const headingSequence: DocumentRule = {
  id: 'heading-sequence',
  title: '标题序号不连续',
  severity: 'error',
  defaultOn: true,
  basis: HEADING_BASIS,
  scope: 'document',
  check: (paragraphs) => {
    const hits: DocumentHit[] = [];
    const last: (number | undefined)[] = [];
    for (const { index, marker } of markers(paragraphs)) {
      const expected = (last[marker.level] ?? 0) + 1;
      if (marker.value !== expected) {
        const want = headingNumberText(marker.level, expected);
        const got = paragraphs[index].text.slice(marker.numberStart, marker.numberEnd);
        hits.push({
          paragraph: index,
          ...hit(marker.numberStart, marker.numberEnd, `序号接不上：这里应当是“${want}”，却写成了“${got}”。请检查是否漏了一段或编错了号。`),
        });
      }
      last[marker.level] = marker.value;
      last.length = marker.level + 1;
    }
    return hits;
  },
};

export const headingLevelOrder: DocumentRule = {
  id: 'heading-level-order',
  title: '标题层次颠倒',
  severity: 'warning',
  defaultOn: true,
  basis: HEADING_BASIS,
  scope: 'document',
  check: (paragraphs) => {
    const found = markers(paragraphs);
    return found
      .filter(({ marker }, n) => {
        if (marker.level === 1) return false;
        const parentBefore = found.slice(0, n).some((other) => other.marker.level === marker.level - 1);
        const parentAfter = found.slice(n + 1).some((other) => other.marker.level === marker.level - 1);
        return !parentBefore && parentAfter;
      })
      .map(({ index, marker }) => ({
        paragraph: index,
        ...hit(marker.start, marker.end, `${LEVEL_NAMES[marker.level]}标题出现在它的上一级标题之前，请调整层次或序号。`),
      }));
  },
};

export const headingOrdinalPunct: ParagraphRule = {
  id: 'heading-ordinal-punct',
  title: '序号后的标点',
  severity: 'error',
  defaultOn: true,
  basis: `${HEADING_BASIS}“第一”“首先”等序次语后用逗号。`,
  scope: 'paragraph',
  check: ({ text, role }) => {
    if (NOT_HEADINGS.includes(role)) return [];
    const marker = parseHeadingMarker(text);
    const hits = [...matchAll(/^\s*第[一二三四五六七八九十]{1,3}、/, text)].map((m) => {
      const end = m.index + m[0].length;
      return hit(end - 1, end, '“第一”“第二”这类序次语后面用逗号，请把“、”改成“，”。', '，');
    });
    const written = marker && text.slice(marker.start, marker.end);
    if (marker && written !== marker.standard) {
      hits.push(hit(marker.start, marker.end, `这一级序号应写作“${marker.standard}”，请把“${written}”改过来。`, marker.standard));
    }
    return hits;
  },
};

export const headingLevelMismatch: ParagraphRule = {
  id: 'heading-level-mismatch',
  title: '序号与标题层级不符',
  severity: 'error',
  defaultOn: true,
  basis: HEADING_BASIS,
  scope: 'paragraph',
  check: ({ text, role, level }) => {
    const marker = parseHeadingMarker(text);
    if (role !== 'heading' || level === undefined || !marker || marker.level === level) return [];
    return [hit(marker.start, marker.end, `这段设的是${LEVEL_NAMES[level]}标题，序号却是${LEVEL_NAMES[marker.level]}的写法，请统一。`)];
  },
};
