import { existsSync, readFileSync } from 'node:fs';
import { resolveDatabasePath } from '../../app/paths';
import type { RunningServices } from '../../app/services';
import { startCliServices } from '../common/cliServices';
import { compareLetters, compareTexts, type LetterVersion } from '../../../shared/diff/compare';
import type { Change, Comparison, ParagraphInfo } from '../../../shared/diff/types';
import { inlineView, markedText } from '../../../shared/diff/views';
import { documentText } from '../../../shared/model/document';
import { makeFieldRenderer } from '../../../shared/fields/formatField';
import { Uuid } from '../../../shared/model/draft';
import { UsageError, type Command } from '../common/command';
import { callOn } from './callService';
import { dbOption, dbOptionHelp, jsonOption, jsonOptionHelp } from './sharedOptions';

type Side = { text: string } | { letter: LetterVersion };

/** A stored revision as a letter, with the field definitions of its draft to name and render the fields. */
async function readRevision(services: RunningServices, id: string): Promise<LetterVersion> {
  const { content, fields, fieldDefinitions } = await callOn(services, 'revisions.get', { revisionId: id });
  return { content, fields, definitions: fieldDefinitions };
}

function readTextFile(path: string): string {
  if (!existsSync(path)) throw new UsageError(`找不到文件：${path}`);
  return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
}

function asText(side: Side): string {
  if ('text' in side) return side.text;
  const { content, fields = {}, definitions = [] } = side.letter;
  return documentText(content, makeFieldRenderer(definitions, fields));
}

/** Two revisions compare as letters (headings, fields); when a .txt file is involved, both compare as plain text. */
function compareSides(before: Side, after: Side, granularity: 'word' | 'char'): Comparison {
  if ('letter' in before && 'letter' in after) return compareLetters(before.letter, after.letter, { granularity });
  return compareTexts(asText(before), asText(after), { granularity });
}

/** The change as scripts read it: paragraph numbers from 1, offsets in code points. */
function changeForJson(change: Change) {
  const at = change.afterAt ?? change.beforeAt;
  return {
    kind: change.kind === 'field' ? 'replace' : change.kind,
    before: change.before,
    after: change.after,
    paragraph: at ? at.paragraph + 1 : null,
    offset: at ? at.offset : null,
    ...(change.field ? { field: change.field } : {}),
  };
}

/** 「第3段」「表1第2行第3列」: a letter's paragraph or cell as placeNames names it, a line of a text file by its number; without spaces, as these lines always were. */
const named = (paragraph: ParagraphInfo) => paragraph.place?.replaceAll(' ', '') ?? `第${paragraph.index + 1}段`;

function readableLines(comparison: Comparison): string[] {
  const { summary, fallback, fieldChanges, changes } = comparison;
  if (changes.length === 0) return ['两个版本内容相同。'];
  const lines = [`共 ${changes.length} 处改动，涉及 ${summary.paragraphsChanged} 段，增加 ${summary.charsAdded} 字，删除 ${summary.charsRemoved} 字。`];
  if (fallback) lines.push(`注意：${fallback.note}`);
  for (const field of fieldChanges) lines.push(`字段「${field.label}」：${field.before} → ${field.after}`);
  const rows = comparison.rows;
  for (const paragraph of inlineView(comparison)) {
    if (paragraph.kind === 'same' || paragraph.kind === 'moved-away') continue;
    const here = named(paragraph.paragraph);
    const where =
      paragraph.kind === 'deleted'
        ? `原${here}（删除）`
        : paragraph.kind === 'inserted'
          ? `${here}（新增）`
          : paragraph.kind === 'moved-here'
            ? `${here}（由原${named(rows[paragraph.row].before!)}移来）`
            : here;
    const restyled = paragraph.segments.flatMap((segment) => (segment.restyled ? [`${segment.restyled.bold ? '加粗' : '取消加粗'}「${segment.text}」`] : []));
    const format = [paragraph.format ? `${paragraph.format.before} → ${paragraph.format.after}` : '', ...restyled].filter(Boolean).join('，');
    const formats = format ? `（${format}）` : '';
    lines.push(`${where}${formats}：${markedText(paragraph.segments)}`);
  }
  return lines;
}

export const diffCommand: Command = {
  name: 'diff',
  summary: '比较两个版本，列出修改之处（[-删除-]{+插入+}）',
  usage: 'dafu diff A B [--json] [--char] [--db FILE]',
  options: { ...dbOption, ...jsonOption, char: { type: 'boolean' } },
  allowPositionals: true,
  optionHelp: [['A B', '两个版本编号，或两个 .txt 文件（每个非空行算一段）'], jsonOptionHelp, ['--char', '逐字比较（默认按词比较）'], dbOptionHelp],
  async run({ values, positionals }, io) {
    if (positionals.length !== 2) throw new UsageError('请给出两个要比较的版本编号或 .txt 文件，例如：dafu diff 旧稿.txt 新稿.txt');
    const kinds = positionals.map((arg) => {
      if (/\.txt$/i.test(arg)) return 'file';
      if (Uuid.safeParse(arg).success) return 'revision';
      throw new UsageError(`“${arg}”既不是 .txt 文件，也不是版本编号`);
    });
    let services: RunningServices | undefined;
    try {
      const sides: Side[] = [];
      for (const [i, arg] of positionals.entries()) {
        if (kinds[i] === 'file') {
          sides.push({ text: readTextFile(arg) });
          continue;
        }
        if (!services) {
          const file = resolveDatabasePath(values.db as string | undefined);
          if (!existsSync(file)) throw new UsageError(`找不到数据库文件：${file}。请用 --db 指定`);
          services = startCliServices(file);
        }
        sides.push({ letter: await readRevision(services, arg) });
      }
      const [before, after] = sides;
      const comparison = compareSides(before, after, values.char ? 'char' : 'word');
      if (values.json) io.out(JSON.stringify(comparison.changes.map(changeForJson)));
      else readableLines(comparison).forEach(io.out);
      return 0;
    } finally {
      services?.close();
    }
  },
};
