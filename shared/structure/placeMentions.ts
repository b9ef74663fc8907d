import type { Block, BlockRole, Inline } from '../model/document';
import type { TemplateBlock } from '../templates/template';

/** Where a recognised fact is written in the letter: the text to turn into a field run, and in which kinds of paragraph. */
export interface Mention {
  field: string;
  roles: readonly BlockRole[];
  /** A literal string, or a pattern for a miswritten form the field run replaces. */
  text: string | RegExp;
}

function globalPattern(text: string | RegExp): RegExp {
  if (typeof text !== 'string') return new RegExp(text.source, 'gu');
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gu');
}

function splitRun(run: Inline, mention: Mention): Inline[] {
  if (run.t !== 'text') return [run];
  const pieces: Inline[] = [];
  let last = 0;
  for (const match of run.text.matchAll(globalPattern(mention.text))) {
    if (match[0] === '') continue;
    if (match.index > last) pieces.push({ t: 'text', text: run.text.slice(last, match.index) });
    pieces.push({ t: 'field', name: mention.field });
    last = match.index + match[0].length;
  }
  if (last < run.text.length) pieces.push({ t: 'text', text: run.text.slice(last) });
  return pieces;
}

/** Turns plain paragraphs into blocks whose facts are field runs, trying mentions in the order given. */
export function placeMentions(paragraphs: readonly TemplateBlock[], mentions: readonly Mention[]): Block[] {
  return paragraphs.map((paragraph) => {
    let inlines: Inline[] = paragraph.text === '' ? [] : [{ t: 'text', text: paragraph.text }];
    for (const mention of mentions) {
      if (mention.roles.includes(paragraph.role)) inlines = inlines.flatMap((run) => splitRun(run, mention));
    }
    return { role: paragraph.role, ...(paragraph.level === undefined ? {} : { level: paragraph.level }), inlines };
  });
}
