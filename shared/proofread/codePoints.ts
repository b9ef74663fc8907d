import type { Finding } from './core/types';

/** A finding as it leaves the program: offsets in Unicode code points and a short excerpt of the text around it. */
export interface ExportedFinding {
  rule: string;
  severity: Finding['severity'];
  message: string;
  start: number;
  end: number;
  excerpt: string;
  fix?: string;
}

const EXCERPT_CONTEXT = 8;

/** Maps UTF-16 offsets to code-point offsets for a whole text in one pass. */
export function codePointIndex(text: string): (utf16: number) => number {
  const table = new Uint32Array(text.length + 1);
  let points = 0;
  for (let i = 0; i < text.length; i += 1) {
    table[i] = points;
    const code = text.charCodeAt(i);
    if (!(code >= 0xdc00 && code <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff)) points += 1;
    else table[i] = points - 1;
  }
  table[text.length] = points;
  return (utf16) => table[utf16];
}

export function exportFindings(text: string, findings: readonly Finding[]): ExportedFinding[] {
  const toPoint = codePointIndex(text);
  return findings.map((finding) => {
    const lineStart = text.lastIndexOf('\n', finding.start - 1) + 1;
    const lineEnd = text.indexOf('\n', finding.end) === -1 ? text.length : text.indexOf('\n', finding.end);
    const excerpt = text.slice(Math.max(lineStart, finding.start - EXCERPT_CONTEXT), Math.min(lineEnd, finding.end + EXCERPT_CONTEXT)).replace(/\r$/, '');
    const exported: ExportedFinding = {
      rule: finding.rule,
      severity: finding.severity,
      message: finding.message,
      start: toPoint(finding.start),
      end: toPoint(finding.end),
      excerpt,
    };
    return finding.fix === undefined ? exported : { ...exported, fix: finding.fix };
  });
}
