import { canonicalJson } from '../model/canonicalJson';
import { suggestedPicks, type FieldRow, type MergePick, type MergePlan } from './mergeAssembly';

/** What the clerk chose by hand, keyed by what each row and field value holds, not by its place. */
export interface HandPicks {
  rows: ReadonlyMap<string, MergePick>;
  fields: ReadonlyMap<string, 'local' | 'imported'>;
}

/** Each row's key: both sides' paragraphs, and which of the rows holding those same two it is. */
export function rowKeys(plan: MergePlan): string[] {
  const seen = new Map<string, number>();
  return plan.rows.map((row) => {
    const sides = canonicalJson([row.local?.block ?? null, row.imported?.block ?? null]);
    const nth = (seen.get(sides) ?? 0) + 1;
    seen.set(sides, nth);
    return `${nth}:${sides}`;
  });
}

export const fieldKey = (field: FieldRow) => canonicalJson([field.name, field.local, field.imported]);

/**
 * The picks for a plan: what the common ancestor suggests, then the clerk's own for every row and
 * field value still there as it was. A decision on a suggestion builds a new plan; the rows it did
 * not change keep what the clerk chose for them.
 */
export function picksFor(plan: MergePlan, hand: HandPicks): { rows: Map<number, MergePick>; fields: Map<string, 'local' | 'imported'> } {
  const { rows, fields } = suggestedPicks(plan);
  rowKeys(plan).forEach((key, index) => {
    const pick = hand.rows.get(key);
    if (pick && plan.rows[index].differs) rows.set(index, pick);
  });
  for (const field of plan.fields) {
    const pick = hand.fields.get(fieldKey(field));
    if (pick) fields.set(field.name, pick);
  }
  return { rows, fields };
}
