import { z } from 'zod';
import { tableSchema, tableUnits, type TableUnit } from './table';

/**
 * The letter as Dafu stores it: our own block model, independent of the editor library, so that
 * proofreading, diff, print layout and the CLI read one shape.
 */
export const BLOCK_ROLES = [
  'title',
  'addressee',
  'body',
  'heading',
  'closing',
  /** 附件说明 (GB/T 9704 §7.3.4): 「附件：1. …」 after the body, before the 署名. */
  'attachment',
  'signature',
  'date',
  'note',
  'cc',
  /** A table (see ./table.ts); the block's inlines are its 表题. */
  'table',
] as const;
export type BlockRole = (typeof BLOCK_ROLES)[number];

export const HEADING_LEVELS = [1, 2, 3, 4] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

/** What one letter may hold: far beyond any real reply, small enough for the editor, diff and print. */
export const LETTER_LIMITS = {
  /** Paragraphs. */
  blocks: 20_000,
  /** Runs (formatting changes and fields) in one paragraph. */
  inlinesPerBlock: 10_000,
  /** Characters (UTF-16 units) in one run of text. */
  textPerRun: 200_000,
} as const;

export const TextRunSchema = z
  .object({
    t: z.literal('text'),
    text: z.string().max(LETTER_LIMITS.textPerRun),
    bold: z.boolean().optional(),
  })
  .strict();

export const FieldRunSchema = z
  .object({
    t: z.literal('field'),
    name: z.string().min(1).max(64),
  })
  .strict();

export const InlineSchema = z.discriminatedUnion('t', [TextRunSchema, FieldRunSchema]);

export const TableSchema = tableSchema(InlineSchema, LETTER_LIMITS.inlinesPerBlock);

export const BlockSchema = z
  .object({
    role: z.enum(BLOCK_ROLES),
    level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).optional(),
    inlines: z.array(InlineSchema).max(LETTER_LIMITS.inlinesPerBlock),
    table: TableSchema.optional(),
  })
  .strict()
  .refine((b) => (b.role === 'heading') === (b.level !== undefined), {
    message: '标题段落必须有层级，其他段落不能有层级',
  })
  .refine((b) => (b.role === 'table') === (b.table !== undefined), {
    message: '表格段落必须带表格，其他段落不能带表格',
  });

export const LetterDocumentSchema = z
  .object({
    version: z.literal(1),
    blocks: z.array(BlockSchema).max(LETTER_LIMITS.blocks),
  })
  .strict();

export type TextRun = z.infer<typeof TextRunSchema>;
export type FieldRun = z.infer<typeof FieldRunSchema>;
export type Inline = z.infer<typeof InlineSchema>;
export type Block = z.infer<typeof BlockSchema>;
export type Table = z.infer<typeof TableSchema>;
export type TableCell = Table['rows'][number]['cells'][number];
export type LetterDocument = z.infer<typeof LetterDocumentSchema>;

export type FieldRenderer = (name: string) => string;

export function inlinesText(inlines: readonly Inline[], renderField: FieldRenderer): string {
  return inlines.map((run) => (run.t === 'text' ? run.text : renderField(run.name))).join('');
}

/** A cell's paragraphs as one run list, a line break between them, neighbouring runs of the same weight joined. */
export function joinLines(lines: readonly (readonly Inline[])[]): Inline[] {
  const joined: Inline[] = [];
  const add = (run: Inline) => {
    const last = joined.at(-1);
    if (run.t === 'text' && last?.t === 'text' && Boolean(last.bold) === Boolean(run.bold)) joined[joined.length - 1] = { ...last, text: last.text + run.text };
    else joined.push(run);
  };
  lines.forEach((line, index) => {
    if (index > 0) add({ t: 'text', text: '\n' });
    line.forEach(add);
  });
  return joined;
}

/** A table block's plain-text form, unit by unit (see tableUnits); empty for a paragraph. */
export function blockTableUnits(block: Block, renderField: FieldRenderer): TableUnit[] {
  if (!block.table) return [];
  return tableUnits(inlinesText(block.inlines, renderField), block.table, (cell) => inlinesText(cell.inlines, renderField));
}

/** A paragraph's text; a table's plain-text form, its units one per line. */
export function blockText(block: Block, renderField: FieldRenderer): string {
  if (block.table)
    return blockTableUnits(block, renderField)
      .map((unit) => unit.text)
      .join('\n');
  return inlinesText(block.inlines, renderField);
}

/** Whether the letter holds anything a client without tables cannot read (see the package and sync format versions). */
export function documentHasTable(doc: LetterDocument): boolean {
  return doc.blocks.some((block) => block.role === 'table');
}

export const revisionsHoldTable = (revisions: readonly { content: LetterDocument }[]) => revisions.some((revision) => documentHasTable(revision.content));

export function documentText(doc: LetterDocument, renderField: FieldRenderer): string {
  return doc.blocks.map((block) => blockText(block, renderField)).join('\n');
}
