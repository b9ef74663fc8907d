import { diffChars } from 'diff';
import type { FieldRenderer, Inline } from '../model/document';

/**
 * Beyond this many changed characters, or this long comparing, the paragraph counts as rewritten and
 * is taken as plain text: a 2,000-character paragraph rewritten whole gives up in about 130 ms.
 */
const REWRITTEN = { maxEditLength: 1_000, timeout: 300 };

/** What a character of the edited text is: part of a surviving field (by its run's index) or text, bold or not. */
type Style = { field: number } | { bold: boolean };

const PLAIN: Style = { bold: false };
const sameStyle = (a: Style, b: Style) => ('field' in a ? 'field' in b && a.field === b.field : 'bold' in b && a.bold === b.bold);

/** The source's text and, for each of its characters, the index of the run it belongs to. */
function layout(source: readonly Inline[], render: FieldRenderer) {
  let text = '';
  const owner: number[] = [];
  source.forEach((run, index) => {
    const shown = run.t === 'text' ? run.text : render(run.name);
    text += shown;
    for (let i = 0; i < shown.length; i++) owner.push(index);
  });
  return { text, owner };
}

/**
 * A paragraph's runs after its text was edited as plain text (the merge editor's box): the source's
 * runs are carried through a character diff of the old text to the new, so untouched stretches keep
 * their bold; typed text takes the formatting of the text it replaced, or else of the character before
 * it (after it at the very start), as a word processor does; a field stays a field while all its text
 * is kept in one piece, and becomes plain text once typed into or partly deleted. Text typed next to a
 * field never joins it. A field showing no text has nothing to carry and is dropped.
 */
export function editedInlines(source: readonly Inline[], render: FieldRenderer, text: string): Inline[] {
  const before = layout(source, render);
  if (text === before.text) return [...source];
  const changes = diffChars(before.text, text, REWRITTEN);
  if (!changes) return [{ t: 'text', text }];

  // Where each kept old character landed in the new text (-1: deleted).
  const landed = new Array<number>(before.text.length).fill(-1);
  for (let change = 0, oldAt = 0, newAt = 0; change < changes.length; change++) {
    const { value, added, removed } = changes[change];
    if (!added && !removed) for (let i = 0; i < value.length; i++) landed[oldAt + i] = newAt + i;
    if (!added) oldAt += value.length;
    if (!removed) newAt += value.length;
  }
  const fieldKept = source.map((run, index) => {
    if (run.t !== 'field') return false;
    const first = before.owner.indexOf(index);
    const last = before.owner.lastIndexOf(index);
    if (first < 0 || landed[first] < 0) return false;
    for (let i = first; i <= last; i++) if (landed[i] !== landed[first] + (i - first)) return false;
    return true;
  });
  const keptStyle = (oldAt: number): Style => {
    const index = before.owner[oldAt];
    const run = source[index];
    if (run.t === 'field') return fieldKept[index] ? { field: index } : PLAIN;
    return { bold: run.bold === true };
  };
  const typedStyle = (oldAt: number): Style => {
    const run = source[before.owner[oldAt]];
    return run?.t === 'text' ? { bold: run.bold === true } : PLAIN;
  };

  const pieces: { text: string; style: Style }[] = [];
  const push = (piece: string, style: Style) => {
    const last = pieces.at(-1);
    if (last && sameStyle(last.style, style)) last.text += piece;
    else pieces.push({ text: piece, style });
  };
  let oldAt = 0;
  for (let change = 0; change < changes.length;) {
    const { value, added, removed } = changes[change];
    if (!added && !removed) {
      for (let i = 0; i < value.length; i++) push(value[i], keptStyle(oldAt + i));
      oldAt += value.length;
      change += 1;
      continue;
    }
    // A stretch of removals and additions between kept text: the additions replace the removals.
    const removedFrom = oldAt;
    let typed = '';
    for (; change < changes.length && (changes[change].added || changes[change].removed); change++) {
      if (changes[change].removed) oldAt += changes[change].value.length;
      else typed += changes[change].value;
    }
    if (typed === '') continue;
    const replaced = oldAt > removedFrom;
    push(typed, typedStyle(replaced ? removedFrom : removedFrom > 0 ? removedFrom - 1 : removedFrom));
  }

  if (pieces.length === 0) return [{ t: 'text', text: '' }];
  return pieces.map(({ text: piece, style }): Inline => {
    if ('field' in style) return source[style.field];
    return style.bold ? { t: 'text', text: piece, bold: true } : { t: 'text', text: piece };
  });
}
