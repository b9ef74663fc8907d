import { listIndex } from '../lists/bureauLists';
import type { ListKind } from '../lists/listRow';
import { findPhrases, type PhraseMatch } from '../lists/phraseIndex';
import { hit, matchAll } from '../core/text';
import type { DocumentRule, Hit, ParagraphInput, ParagraphRule, RuleContext } from '../core/types';

function listHits(kind: ListKind, text: string, context: RuleContext, say: (match: PhraseMatch) => string, keep = (_: PhraseMatch) => true): Hit[] {
  return findPhrases(listIndex(kind, context.lists?.[kind]), text)
    .filter(keep)
    .map((match) => {
      const note = match.row.note ? `（${match.row.note}）` : '';
      return hit(match.start, match.end, say(match) + note, match.row.suggestOnly ? undefined : match.row.right);
    });
}

export const knownTypo: ParagraphRule = {
  id: 'known-typo',
  title: '常见错别字',
  severity: 'error',
  defaultOn: true,
  basis: '易混淆词表：《第一批异形词整理表》（GF 1001-2001）、《现代汉语词典》第7版、《咬文嚼字》常见别字及本单位补充的词。',
  scope: 'paragraph',
  check: ({ text }, context) => listHits('confusion', text, context, ({ row }) => `“${row.wrong}”应为“${row.right}”。`),
};

/** The latest year the letter names (its 成文日期 is usually the latest), or undefined when it names none. */
function letterYear(paragraphs: readonly ParagraphInput[]): number | undefined {
  const years = paragraphs.flatMap((paragraph) => [...matchAll(/(?<!\d)((?:19|20)\d\d)年/, paragraph.text)].map((m) => Number(m[1])));
  return years.length ? Math.max(...years) : undefined;
}

export const standardTerm: DocumentRule = {
  id: 'standard-term',
  title: '规范表述',
  severity: 'warning',
  defaultOn: true,
  basis: '规范表述表：机构改革后的现行名称和规范用语，以及本单位补充的表述。',
  scope: 'document',
  // A name is outdated only in a letter written after the reform; the 署名 is the bureau's own name, from its 单位信息.
  check: (paragraphs, context) => {
    const year = letterYear(paragraphs);
    const current = ({ row }: PhraseMatch) => row.since === undefined || year === undefined || year >= row.since;
    return paragraphs.flatMap((paragraph, index) =>
      paragraph.role === 'signature'
        ? []
        : listHits(
            'standardTerm',
            paragraph.text,
            context,
            ({ row }) =>
              row.suggestOnly
                ? `“${row.wrong}”是旧称或不规范的说法，现称“${row.right}”，请按本地现行名称改写。`
                : `“${row.wrong}”是旧称或不规范的说法，应为“${row.right}”。`,
            current,
          ).map((found) => ({ paragraph: index, ...found })),
    );
  },
};
