/**
 * What pagination takes and reports (layoutPages.dom.ts runs it inside a Chromium page): plain types,
 * free of the DOM, for the renderer, the shell, the CLI and the PDF code that only pass them around.
 */

export interface FontProbe {
  role: string;
  label: string;
  intended: readonly string[];
  fallbacks: readonly string[];
}

export interface LayoutOptions {
  format: 'ordinary' | 'letter';
  mirrorMargins: boolean;
  /** Lines of the body grid on a page (22) and how many a page may gain when tightened. */
  lines: number;
  maxTightenLines: number;
  /** The 版心 height in mm, for the tightened line pitch. */
  areaHeightMm: number;
  fontFaces: readonly string[];
  fonts: readonly FontProbe[];
  /** What is measured to tell whether a family resolves (every shipped subset holds these characters). */
  fontProbeText: string;
  /**
   * In the editor (page marks while drafting): hand the thread back to typing after this many ms of
   * pagination, and stop with an AbortError when `cancelled` says the letter changed meanwhile.
   */
  yieldAfterMs?: number;
  cancelled?: () => boolean;
}

export interface FontUse {
  role: string;
  label: string;
  /** The family Chromium will use, or null when none of the stack is installed. */
  resolved: string | null;
  fallback: boolean;
}

/** Where a page after the first begins in the draft: its paragraph, and how much of it earlier pages hold. */
export interface PageStart {
  /** 1-based page number. */
  page: number;
  /** Index of the draft's paragraph (block) the page opens with. */
  block: number;
  /** UTF-16 characters of that paragraph printed on earlier pages; 0 when the page starts with the paragraph. */
  offset: number;
}

export interface LayoutReport {
  pages: number;
  pageStarts: PageStart[];
  /** 1-based pages whose line pitch was tightened so the 署名 and 成文日期 stay with the body. */
  tightenedPages: number[];
  /** The last lines of the page before were carried over to stand with the 署名/成文日期 (tightening was not enough). */
  carriedOver: boolean;
  /** The 署名/成文日期 still start a page of their own (no tightening was enough). */
  stranded: boolean;
  /** Pages with a block taller than the 版心 (clipped). */
  overfullPages: number[];
  /** Those of them where a table row, or rows joined by a merged cell, is taller than a page and cannot be split between rows. */
  overfullTablePages: number[];
  /** 1-based pages turned sideways for a table too wide for the 版心 (横排, GB/T 9704 §8). */
  turnedPages: number[];
  fonts: FontUse[];
}
