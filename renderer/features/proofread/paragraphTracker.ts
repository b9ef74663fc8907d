import type { BlockRole, HeadingLevel } from '../../../shared/model/document';
import { findingKey, placeParagraphs, proofreadDocumentRules, proofreadParagraph, type Finding, type ProofreadOptions } from '../../../shared/proofread/index';

/** A paragraph of the editor, named by its node key so findings survive edits to other paragraphs. */
export interface TrackedParagraph {
  key: string;
  text: string;
  role: BlockRole;
  level?: HeadingLevel;
}

/** A finding placed in one paragraph: offsets are UTF-16 units into that paragraph's text. */
export interface ParagraphFinding extends Finding {
  paragraphKey: string;
  /** The identity the user ignores it by (rule, flagged text and a little context). */
  ignoreKey: string;
  /** The flagged text, to tell whether the paragraph still reads the same when a fix is applied. */
  flagged: string;
  excerpt: string;
  /** The paragraph's text when it was checked: its marks wait while it reads otherwise (being typed in). */
  checkedText: string;
}

interface Checked {
  text: string;
  role: BlockRole;
  level?: HeadingLevel;
  findings: ParagraphFinding[];
}

function placedIn(paragraph: TrackedParagraph, finding: Finding): ParagraphFinding {
  return {
    ...finding,
    paragraphKey: paragraph.key,
    ignoreKey: findingKey(paragraph.text, finding),
    flagged: paragraph.text.slice(finding.start, finding.end),
    excerpt: paragraph.text.slice(Math.max(0, finding.start - 8), finding.end + 8),
    checkedText: paragraph.text,
  };
}

/**
 * Keeps each paragraph's findings and reruns the paragraph rules only for paragraphs whose text or
 * role changed since the last pass; the few rules that read the whole letter (heading sequence, name
 * forms) rerun every pass, as they are cheap.
 */
export class ParagraphTracker {
  private checked = new Map<string, Checked>();
  /** Paragraphs the last pass had to check again: what keeps typing fast on a long letter. */
  lastRechecked = 0;

  constructor(private options: ProofreadOptions) {}

  /** New rule settings or ignored findings: every paragraph is checked again on the next pass. */
  setOptions(options: ProofreadOptions): void {
    this.options = options;
    this.checked.clear();
  }

  update(paragraphs: readonly TrackedParagraph[]): ParagraphFinding[] {
    const next = new Map<string, Checked>();
    this.lastRechecked = 0;
    for (const paragraph of paragraphs) {
      const known = this.checked.get(paragraph.key);
      if (known && known.text === paragraph.text && known.role === paragraph.role && known.level === paragraph.level) {
        next.set(paragraph.key, known);
        continue;
      }
      this.lastRechecked += 1;
      const findings = proofreadParagraph(paragraph, this.options)
        .map((finding) => placedIn(paragraph, finding))
        .sort((a, b) => a.start - b.start || a.end - b.end);
      next.set(paragraph.key, { text: paragraph.text, role: paragraph.role, level: paragraph.level, findings });
    }
    this.checked = next;

    const placed = placeParagraphs(paragraphs);
    const wholeLetter = new Map<number, ParagraphFinding[]>();
    for (const finding of proofreadDocumentRules(placed, this.options)) {
      const index = placed.findLastIndex((paragraph) => paragraph.offset <= finding.start);
      if (index < 0) continue;
      const offset = placed[index].offset;
      const local = { ...finding, start: finding.start - offset, end: Math.min(finding.end - offset, placed[index].text.length) };
      wholeLetter.set(index, [...(wholeLetter.get(index) ?? []), placedIn(paragraphs[index], local)]);
    }

    const ignored = new Set(this.options.ignoredKeys ?? []);
    return paragraphs.flatMap((paragraph, index) => {
      const own = next.get(paragraph.key)?.findings ?? [];
      const extra = wholeLetter.get(index);
      const all = extra ? [...own, ...extra].sort((a, b) => a.start - b.start || a.end - b.end) : own;
      return ignored.size ? all.filter((finding) => !ignored.has(finding.ignoreKey)) : all;
    });
  }
}
