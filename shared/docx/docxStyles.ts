import type { Document } from '@xmldom/xmldom';
import { isOn, wAttr, wChild, wDescendants } from './wordXml';
import { roleOfStyle, type StyleHint } from './dafuMarks';

export interface ParagraphStyles {
  /** The role a paragraph style gives, following 「based on」 up to a style that says. */
  hint: (styleId: string | null) => StyleHint | undefined;
  /** Whether the style makes its text bold. */
  bold: (styleId: string | null) => boolean;
}

interface StyleEntry {
  name?: string;
  basedOn?: string;
  bold: boolean;
}

const MAX_STYLE_DEPTH = 20;

export function readParagraphStyles(styles: Document | undefined): ParagraphStyles {
  const entries = new Map<string, StyleEntry>();
  for (const style of styles ? wDescendants(styles, 'style') : []) {
    const id = wAttr(style, 'styleId');
    if (!id) continue;
    const name = wChild(style, 'name');
    const basedOn = wChild(style, 'basedOn');
    const runProps = wChild(style, 'rPr');
    entries.set(id, {
      name: name ? (wAttr(name, 'val') ?? undefined) : undefined,
      basedOn: basedOn ? (wAttr(basedOn, 'val') ?? undefined) : undefined,
      bold: isOn(runProps && wChild(runProps, 'b')),
    });
  }
  const chain = (styleId: string | null): [string, StyleEntry | undefined][] => {
    const found: [string, StyleEntry | undefined][] = [];
    for (let id = styleId; id && found.length < MAX_STYLE_DEPTH; id = entries.get(id)?.basedOn ?? null) found.push([id, entries.get(id)]);
    return found;
  };
  return {
    hint: (styleId) => {
      for (const [id, entry] of chain(styleId)) {
        const hint = roleOfStyle(id, entry?.name);
        if (hint) return hint;
      }
      return undefined;
    },
    bold: (styleId) => chain(styleId).some(([, entry]) => entry?.bold),
  };
}
