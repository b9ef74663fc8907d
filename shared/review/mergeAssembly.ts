import { alignParagraphs } from '../diff/alignParagraphs';
import { canonicalJson } from '../model/canonicalJson';
import { blockText, type Block, type LetterDocument } from '../model/document';
import { makeFieldRenderer } from '../fields/formatField';
import type { FieldDefinition, FieldValues } from '../fields/fieldDefinition';
import { editedInlines } from './editedParagraph';
import { own } from '../lookup/own';

/** One side of a merge: a line's text and field values. */
export interface MergeSide {
  content: LetterDocument;
  fields: FieldValues;
}

/** How a differing paragraph (or field value) is settled. */
export type MergePick = { take: 'local' } | { take: 'imported' } | { take: 'both' } | { take: 'edited'; text: string };
export type MergeTake = MergePick['take'];

export interface MergeParagraph {
  block: Block;
  /** As its line shows it, fields filled with that line's values. */
  text: string;
}

/** One row of the side-by-side merge, in reading order; a null side is a paragraph only the other line has. */
export interface MergeRow {
  differs: boolean;
  local: MergeParagraph | null;
  imported: MergeParagraph | null;
  /** The side that alone changed this paragraph since the lines parted, when the common ancestor tells. */
  suggested?: 'local' | 'imported';
}

export interface FieldRow {
  name: string;
  label: string;
  local: string;
  imported: string;
  suggested?: 'local' | 'imported';
}

export interface MergePlan {
  rows: MergeRow[];
  /** Field values the lines disagree on; each is settled by 'local' or 'imported'. */
  fields: FieldRow[];
}

const sameBlock = (a: Block, b: Block) => canonicalJson(a) === canonicalJson(b);

function paragraphs(side: MergeSide, definitions: readonly FieldDefinition[]): MergeParagraph[] {
  const render = makeFieldRenderer(definitions, side.fields);
  return side.content.blocks.map((block) => ({ block, text: blockText(block, render) }));
}

/**
 * Which side alone departed from the common ancestor: a side whose paragraph (or absence of one) is
 * as it was in the ancestor did not change it, so the other side's version is the edit to keep.
 */
function suggestion(localAsBefore: boolean, importedAsBefore: boolean): 'local' | 'imported' | undefined {
  if (localAsBefore && !importedAsBefore) return 'imported';
  if (importedAsBefore && !localAsBefore) return 'local';
  return undefined;
}

/**
 * The two lines aligned paragraph by paragraph with the comparison's alignment: equal paragraphs
 * pass through, the rest are rows to settle. With the common ancestor, each row says which side
 * alone changed it.
 */
export function planMerge(local: MergeSide, imported: MergeSide, definitions: readonly FieldDefinition[], ancestor?: MergeSide): MergePlan {
  const left = paragraphs(local, definitions);
  const right = paragraphs(imported, definitions);
  const before = ancestor ? new Set(paragraphs(ancestor, definitions).map((paragraph) => canonicalJson(paragraph.block))) : undefined;
  const wasThere = (paragraph: MergeParagraph | null) => paragraph !== null && before!.has(canonicalJson(paragraph.block));

  // Aligned with fields as their names, so that a field value the lines disagree on (a field row) does not split a paragraph.
  const shape = (paragraph: MergeParagraph) => blockText(paragraph.block, (name) => `〔${name}〕`);
  const rows: MergeRow[] = alignParagraphs(left.map(shape), right.map(shape)).steps.map((step) => {
    const l = step.kind === 'insert' ? null : left[step.before];
    const r = step.kind === 'delete' ? null : right[step.after];
    const differs = !(l && r && sameBlock(l.block, r.block));
    if (!differs || !before) return { differs, local: l, imported: r };
    // A paragraph one side lacks: it was added there if the ancestor lacked it too, else deleted here.
    const localAsBefore = l ? wasThere(l) : !wasThere(r);
    const importedAsBefore = r ? wasThere(r) : !wasThere(l);
    const suggested = suggestion(localAsBefore, importedAsBefore);
    return suggested ? { differs, local: l, imported: r, suggested } : { differs, local: l, imported: r };
  });

  const labels = new Map(definitions.map((definition) => [definition.name, definition.label]));
  const names = [...new Set([...Object.keys(local.fields), ...Object.keys(imported.fields)])];
  const fields = names
    .filter((name) => (own(local.fields, name) ?? '') !== (own(imported.fields, name) ?? ''))
    .map((name): FieldRow => {
      const row = { name, label: labels.get(name) ?? name, local: own(local.fields, name) ?? '', imported: own(imported.fields, name) ?? '' };
      if (!ancestor) return row;
      const was = own(ancestor.fields, name) ?? '';
      const suggested = suggestion(row.local === was, row.imported === was);
      return suggested ? { ...row, suggested } : row;
    });
  return { rows, fields };
}

/** The picks the ancestor suggests, keyed by row index; rows it cannot tell are left for the reviewer. */
export function suggestedPicks(plan: MergePlan): { rows: Map<number, MergePick>; fields: Map<string, 'local' | 'imported'> } {
  const rows = new Map<number, MergePick>();
  plan.rows.forEach((row, index) => row.differs && row.suggested && rows.set(index, { take: row.suggested }));
  const fields = new Map<string, 'local' | 'imported'>();
  plan.fields.forEach((field) => field.suggested && fields.set(field.name, field.suggested));
  return { rows, fields };
}

/** Differing rows and fields with no pick yet: the merge cannot be saved while any remain. */
export function unsettled(plan: MergePlan, rows: ReadonlyMap<number, MergePick>, fields: ReadonlyMap<string, 'local' | 'imported'>): number {
  const openRows = plan.rows.filter((row, index) => row.differs && !rows.has(index)).length;
  return openRows + plan.fields.filter((field) => !fields.has(field.name)).length;
}

/** The merged letter and field values from the plan and the reviewer's picks; every differing row must be picked. */
export function assembleMerge(
  plan: MergePlan,
  picks: ReadonlyMap<number, MergePick>,
  fieldPicks: ReadonlyMap<string, 'local' | 'imported'>,
  local: MergeSide,
  imported: MergeSide,
  definitions: readonly FieldDefinition[],
): MergeSide {
  if (unsettled(plan, picks, fieldPicks) > 0) throw new Error('every differing paragraph and field needs a pick');
  const fields: FieldValues = { ...local.fields };
  for (const field of plan.fields) {
    const value = own(fieldPicks.get(field.name) === 'imported' ? imported.fields : local.fields, field.name);
    if (value === undefined) delete fields[field.name];
    else fields[field.name] = value;
  }
  // An edited paragraph's text was shown with its own line's field values, so it is read back with them.
  const renderers = { local: makeFieldRenderer(definitions, local.fields), imported: makeFieldRenderer(definitions, imported.fields) };
  const blocks: Block[] = [];
  plan.rows.forEach((row, index) => {
    if (!row.differs) return blocks.push(row.local!.block);
    const pick = picks.get(index)!;
    const sides = { local: [row.local], imported: [row.imported], both: [row.local, row.imported] } as const;
    if (pick.take !== 'edited') {
      for (const side of sides[pick.take]) if (side) blocks.push(side.block);
      return;
    }
    const [source, render] = row.local ? [row.local, renderers.local] : [row.imported!, renderers.imported];
    if (pick.text === source.text) blocks.push(source.block);
    else if (pick.text.trim() !== '') blocks.push({ ...source.block, inlines: editedInlines(source.block.inlines, render, pick.text) });
  });
  return { content: { ...local.content, blocks }, fields };
}
