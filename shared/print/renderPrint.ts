import { FONT_PROBE_TEXT, FONT_STACKS, SHIPPED_FACES } from './fonts';
import type { LayoutOptions } from './layoutTypes';
import { letterMarkup, type LetterInput } from './letterMarkup';
import { GRID, MAX_TIGHTEN_LINES, TYPE_AREA } from './metrics';
import type { PrintSettings } from './settings';
import { printStylesheet } from './stylesheet';
import { escapeHtml } from './escapeHtml';

export interface PrintRender {
  css: string;
  /** The letter's markup, escaped; layoutPages() turns it into pages. */
  bodyHtml: string;
  unfilled: string[];
  layout: LayoutOptions;
}

export function layoutOptions(settings: PrintSettings): LayoutOptions {
  return {
    format: settings.format,
    mirrorMargins: settings.mirrorMargins,
    lines: GRID.lines,
    maxTightenLines: MAX_TIGHTEN_LINES,
    areaHeightMm: TYPE_AREA.height,
    fontFaces: Object.values(SHIPPED_FACES).map((face) => face.family),
    fonts: Object.values(FONT_STACKS).map(({ role, label, intended, fallbacks }) => ({ role, label, intended, fallbacks })),
    fontProbeText: FONT_PROBE_TEXT,
  };
}

/** Everything any printer of the app (preview, Electron, CLI) needs: the one layout source. */
export function renderPrint(input: LetterInput): PrintRender {
  const { bodyHtml, unfilled } = letterMarkup(input);
  return { css: printStylesheet(), bodyHtml, unfilled, layout: layoutOptions(input.settings) };
}

/**
 * A whole HTML document: stylesheet inline, ready for a page that allows inline styles. A content
 * security policy given is set first thing in the head, before anything it governs.
 */
export function printDocumentHtml({ css, bodyHtml }: Pick<PrintRender, 'css' | 'bodyHtml'>, contentSecurityPolicy?: string): string {
  const policy = contentSecurityPolicy === undefined ? '' : `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy)}">`;
  return `<!doctype html><html lang="zh-CN"><head>${policy}<meta charset="utf-8"><title>答复函</title><style>${css}</style></head><body>${bodyHtml}</body></html>`;
}

/** The same document without the <style>: under the app's CSP the preview adopts the stylesheet through CSSOM. */
export function previewDocumentHtml({ bodyHtml }: Pick<PrintRender, 'bodyHtml'>): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body>${bodyHtml}</body></html>`;
}

export type { PrintSettings } from './settings';
