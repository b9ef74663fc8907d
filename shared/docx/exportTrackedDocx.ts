import { Bookmark, DeletedTextRun, type IParagraphPropertiesChangeOptions, ImportedXmlComponent, InsertedTextRun, type ParagraphChild, TextRun } from 'docx';
import { exportLetterDocx, type DocxLayout, type LetterForExport, type TrackedBody } from './exportDocx';
import { ROLE_STYLE_IDS, fieldBookmarkName, headingStyleId } from './dafuMarks';
import type { ChangeStamp, TrackedParagraph, TrackedRun } from './trackedChanges';

/** Word and WPS read w:date as written; seconds are enough, and what both write themselves. */
const wordDate = (iso: string) => `${iso.slice(0, 19)}Z`;

class RevisionIds {
  private next = 1;
  take(stamp: ChangeStamp) {
    return { id: this.next++, author: stamp.author || '未署名', date: wordDate(stamp.date) };
  }
}

function styleOf(role: TrackedParagraph['block']['role'], level?: TrackedParagraph['block']['level']): string {
  return role === 'heading' ? headingStyleId(level ?? 1) : ROLE_STYLE_IDS[role];
}

/** A run's text as Word writes it: line breaks inside a paragraph are w:br, each piece its own run. */
function runsOf(run: TrackedRun, ids: RevisionIds): ParagraphChild[] {
  return run.text.split('\n').map((line, index) => {
    const options = { text: line, bold: run.bold || undefined, break: index > 0 ? 1 : undefined };
    if (run.change === 'insert') return new InsertedTextRun({ ...options, ...ids.take(run.stamp as ChangeStamp) });
    if (run.change === 'delete') return new DeletedTextRun({ ...options, ...ids.take(run.stamp as ChangeStamp) });
    if (!run.formerly) return new TextRun(options);
    return new TextRun({ ...options, revision: { ...ids.take(run.formerly.stamp), bold: run.formerly.bold } });
  });
}

/** w:moveFrom / w:moveTo around runs: docx has no class for them, so they are written as plain elements. */
function moveWrapper(side: 'from' | 'to', stamp: ChangeStamp, children: ParagraphChild[], ids: RevisionIds): ParagraphChild {
  const { id, author, date } = ids.take(stamp);
  const wrapper = new ImportedXmlComponent(side === 'from' ? 'w:moveFrom' : 'w:moveTo', { 'w:id': id, 'w:author': author, 'w:date': date });
  for (const child of children) wrapper.push(child as unknown as ImportedXmlComponent);
  return wrapper as unknown as ParagraphChild;
}

function rangeMark(side: 'from' | 'to', edge: 'Start' | 'End', id: number, name: string, stamp: ChangeStamp): ParagraphChild {
  const element = `w:move${side === 'from' ? 'From' : 'To'}Range${edge}`;
  const attributes = edge === 'Start' ? { 'w:id': id, 'w:name': name, 'w:author': stamp.author || '未署名', 'w:date': wordDate(stamp.date) } : { 'w:id': id };
  return new ImportedXmlComponent(element, attributes) as unknown as ParagraphChild;
}

/** A paragraph's runs, each field's value inside its bookmark (so import finds the field again), moves wrapped. */
function paragraphChildren(paragraph: TrackedParagraph, ids: RevisionIds, occurrences: Map<string, number>): ParagraphChild[] {
  const groups: { field?: TrackedRun['field']; runs: TrackedRun[] }[] = [];
  for (const run of paragraph.runs) {
    const last = groups.at(-1);
    const continues =
      last?.field && (run.field ? run.field.occurrence === last.field.occurrence && run.field.name === last.field.name : run.change === 'delete');
    if (last && (continues || (!last.field && !run.field))) last.runs.push(run);
    else if (run.field && !last?.field && last?.runs.at(-1)?.change === 'delete') {
      // the old value deleted just before a field's new one belongs in its bookmark: rejected, it is the field's value again
      const deleted = last.runs.splice(last.runs.findLastIndex((earlier) => earlier.change !== 'delete') + 1);
      if (last.runs.length === 0) groups.pop();
      groups.push({ field: run.field, runs: [...deleted, run] });
    } else groups.push({ ...(run.field ? { field: run.field } : {}), runs: [run] });
  }
  // text deleted after a field's last run is not part of its value
  for (let index = 0; index < groups.length; index += 1) {
    const { field, runs } = groups[index];
    const trailing = field ? runs.splice(runs.findLastIndex((run) => run.change !== 'delete') + 1) : [];
    if (trailing.length > 0) groups.splice(index + 1, 0, { runs: trailing });
  }
  const moved = paragraph.move;
  const wrap = (runs: TrackedRun[]): ParagraphChild[] => {
    if (!moved) return runs.flatMap((run) => runsOf(run, ids));
    const children: ParagraphChild[] = [];
    let pending: ParagraphChild[] = [];
    const flush = () => {
      if (pending.length > 0) children.push(moveWrapper(moved.side, moved.stamp, pending, ids));
      pending = [];
    };
    for (const run of runs) {
      // moved text, and text deleted after the move, sits inside the move; text added after it beside it
      if (run.change === 'insert') {
        flush();
        children.push(...runsOf(run, ids));
      } else pending.push(...runsOf(run, ids));
    }
    flush();
    return children;
  };
  const children = groups.flatMap((group): ParagraphChild[] => {
    const inner = wrap(group.runs);
    if (!group.field) return inner;
    const occurrence = (occurrences.get(group.field.name) ?? 0) + 1;
    occurrences.set(group.field.name, occurrence);
    return [new Bookmark({ id: fieldBookmarkName(group.field.name, occurrence), children: inner })];
  });
  if (!moved) return children;
  const range = ids.take(moved.stamp).id;
  return [rangeMark(moved.side, 'Start', range, moved.name, moved.stamp), ...children, rangeMark(moved.side, 'End', range, moved.name, moved.stamp)];
}

function marksOf(paragraph: TrackedParagraph, ids: RevisionIds): NonNullable<TrackedBody['paragraphs'][number]>['marks'] {
  const stamp = paragraph.markStamp;
  const run =
    stamp && paragraph.mark === 'inserted' ? { insertion: ids.take(stamp) } : stamp && paragraph.mark === 'deleted' ? { deletion: ids.take(stamp) } : undefined;
  const before = paragraph.formerly;
  // docx types w:pPrChange as holding a heading only, but writes whatever paragraph properties it is given
  const revision = before ? ({ ...ids.take(before.stamp), style: styleOf(before.role, before.level) } as IParagraphPropertiesChangeOptions) : undefined;
  return { ...(run ? { run } : {}), ...(revision ? { revision } : {}) };
}

/**
 * A 修订稿: revision B laid out as exportLetterDocx lays it out, with every change against A as Word's
 * and WPS's 修订 marks (w:ins, w:del, w:moveFrom/w:moveTo, w:rPrChange, w:pPrChange), each with the
 * w:author and w:date of the revision that made it; 修订 stays switched on for whoever edits it next.
 */
export async function exportTrackedDocx(letter: LetterForExport, paragraphs: readonly TrackedParagraph[], layout?: DocxLayout): Promise<Uint8Array> {
  const ids = new RevisionIds();
  const occurrences = new Map<string, number>();
  const body: TrackedBody = {
    blocks: paragraphs.map((paragraph) => paragraph.block),
    paragraphs: paragraphs.map((paragraph) =>
      paragraph.untouched ? undefined : { children: paragraphChildren(paragraph, ids, occurrences), marks: marksOf(paragraph, ids) },
    ),
  };
  return exportLetterDocx(letter, layout, body);
}
