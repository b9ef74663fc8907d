import { layoutPages } from '../../../shared/print/layoutPages.dom';
import type { LayoutOptions, LayoutReport } from '../../../shared/print/layoutTypes';

/**
 * Paginates the print markup loaded in a same-origin frame with the one layoutPages() the CLI and
 * PDF export use. The app's CSP allows no inline <style>, so the stylesheet is adopted through CSSOM.
 */
export async function layOutFrame(frame: HTMLIFrameElement, css: string, options: LayoutOptions): Promise<LayoutReport | undefined> {
  const view = frame.contentWindow;
  const doc = frame.contentDocument;
  if (!view || !doc || !doc.querySelector('.flow')) return undefined;
  const sheet = new (view as unknown as typeof globalThis).CSSStyleSheet();
  sheet.replaceSync(css);
  doc.adoptedStyleSheets = [sheet];
  return layoutPages(doc, options);
}
