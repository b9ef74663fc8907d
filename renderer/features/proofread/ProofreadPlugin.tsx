import { useCallback, useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, $getSelection, $isRangeSelection } from 'lexical';
import type { FieldValues } from '../../../shared/fields/fieldDefinition';
import type { WordListEntry } from '../../../shared/proofread/index';
import { caseAddressees, knownNames } from '../../../shared/proofread/wordList';
import type { BureauProfile } from '../../../shared/profile/bureauProfile';
import type { BureauLists } from '../../../shared/proofread/lists/bureauLists';
import { call, errorMessage } from '../../api/client';
import { ruleById } from '../../../shared/proofread/index';
import { sentenceAround, type ReportRow } from '../../../shared/proofread/reports';
import { findingsReport, withDecisions, type DecidedFinding } from '../../../shared/proofread/decisions';
import { ProofreadReport } from './ProofreadReport';
import { $isLetterParagraphNode } from '../../editor/nodes/LetterParagraphNode';
import { $selectMatch, $touchesField, domRangeOf } from '../../editor/paragraphRanges';
import { publishFindings } from './outputCheck';
import { loadWordList, onWordListSaved } from './wordListClient';
import { MarkOverlay } from './markOverlay';
import { markedRange, MarkPlacement } from './markPlacement';
import { ParagraphTracker, type ParagraphFinding, type TrackedParagraph } from './paragraphTracker';
import { ProofreadPanel } from './ProofreadPanel';
import { DockPanel } from '../../workspace/dock/DockPanel';
import type { ProofreadCountsStore } from './proofreadCounts';
import { loadIgnored, loadPreferences, saveIgnored, savePreferences } from './proofreadSettings';
import { $textParagraphs } from '../../editor/tables/textParagraphs';

/** Checking waits until typing pauses this long, and never runs during an IME composition. */
const SETTLE_MS = 300;

/** What the draft's case says: its proposers (领衔 and 附议) and its number. */
interface CaseFacts {
  proposers: string[];
  number: string | null;
}

const NO_CASE: CaseFacts = { proposers: [], number: null };

function sameCaseFacts(a: CaseFacts, b: CaseFacts): boolean {
  return a.number === b.number && a.proposers.length === b.proposers.length && a.proposers.every((name, at) => name === b.proposers[at]);
}

function $trackedParagraphs(): TrackedParagraph[] {
  return $textParagraphs().map(({ node, role, level }) => ({ key: node.getKey(), text: node.getTextContent(), role, ...(level ? { level } : {}) }));
}

/** A finding as the 校对报告 lists it. */
const reportedAs = (finding: ParagraphFinding) => ({
  rule: ruleById(finding.rule)?.title ?? finding.rule,
  excerpt: finding.excerpt,
  suggestion: finding.fix === undefined ? finding.message : `改为“${finding.fix}”`,
});

/** The letter as the report names it: its title line, else its first line. */
function $letterTitle(): string {
  const paragraphs = $getRoot().getChildren();
  const title =
    paragraphs.find((node) => $isLetterParagraphNode(node) && node.getRole() === 'title') ?? paragraphs.find((node) => node.getTextContent().trim());
  return (title?.getTextContent().trim() ?? '').slice(0, 200);
}

function countBySeverity(findings: readonly ParagraphFinding[]) {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

/** Replaces a finding's text with its fix, if the paragraph still reads as it did when checked. */
function $applyFix(finding: ParagraphFinding): 'fixed' | 'field' | 'stale' {
  if ($touchesField(finding)) return 'field';
  const paragraph = $textParagraphs().find(({ node }) => node.getKey() === finding.paragraphKey)?.node;
  if (!paragraph || paragraph.getTextContent().slice(finding.start, finding.end) !== finding.flagged) return 'stale';
  if (!$selectMatch(finding)) return 'stale';
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return 'stale';
  selection.insertText(finding.fix ?? '');
  return 'fixed';
}

interface Props {
  draftId: string;
  counts: ProofreadCountsStore;
  /** The draft's field values: its 提案者 counts as a known name. */
  fields: FieldValues;
}

/**
 * 校对 as the clerk types: after a pause, only the paragraphs that changed are checked again; marks
 * are drawn in a layer behind the text and the findings listed in the panel.
 */
export function ProofreadPlugin({ draftId, counts, fields }: Props) {
  const [editor] = useLexicalComposerContext();
  const [disabledRules, setDisabledRules] = useState<string[]>([]);
  const [ignored, setIgnored] = useState<string[]>([]);
  const [names, setNames] = useState<{ list: WordListEntry[]; profile?: BureauProfile; lists?: BureauLists }>({ list: [] });
  const { proposer, deputy, deputyCount, memberCount } = fields;
  const wordList = useMemo(() => knownNames(names.list, names.profile, { proposer, deputy }), [names, proposer, deputy]);
  // Asked again when a case change reaches the fields, settled like typing as they change with each keystroke there;
  // an unchanged answer keeps its object, so nothing below is worked out again.
  const [ofCase, setOfCase] = useState<CaseFacts>(NO_CASE);
  const { proposalNumber, suggestionNumber } = fields;
  useEffect(() => {
    let current = true;
    const settle = (answer: CaseFacts) => current && setOfCase((known) => (sameCaseFacts(known, answer) ? known : answer));
    const timer = setTimeout(() => void call('cases.ofDraft', { draftId }).then(settle, () => settle(NO_CASE)), SETTLE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [draftId, proposer, deputy, deputyCount, memberCount, proposalNumber, suggestionNumber]);
  // How many the letter answers, from the case and its fields: the 称谓 check uses it when the draft has no 主送 line.
  const addressees = useMemo(
    () => caseAddressees({ proposer, deputy, deputyCount, memberCount }, ofCase.proposers),
    [proposer, deputy, deputyCount, memberCount, ofCase],
  );
  const [findings, setFindings] = useState<ParagraphFinding[]>([]);
  const [notice, setNotice] = useState('');
  // What the clerk decided on this draft's findings, in this session and before, for the 校对报告 (fixed ones leave the list).
  const [decided, setDecided] = useState<DecidedFinding[]>([]);
  const [showReport, setShowReport] = useState(false);
  const tracker = useMemo(() => new ParagraphTracker({}), []);

  const check = useCallback(() => {
    const found = tracker.update(editor.getEditorState().read($trackedParagraphs));
    setFindings(found);
    counts.set(countBySeverity(found));
    return found;
  }, [editor, tracker, counts]);

  useEffect(() => {
    let current = true;
    const load = () =>
      void Promise.all([loadWordList(), call('profile.get', {}), call('bureauLists.get', {})]).then(([list, profile, lists]) => {
        if (current) setNames({ list, profile, lists });
      });
    load();
    const unsubscribe = onWordListSaved(load);
    return () => {
      current = false;
      unsubscribe();
    };
  }, []);

  useEffect(() => {
    let current = true;
    void Promise.all([loadPreferences(), loadIgnored(draftId), call('proofread.decisions', { draftId })]).then(([preferences, keys, decisions]) => {
      if (!current) return;
      setDisabledRules(preferences.disabledRules);
      // What the clerk ignored or decided before these arrived (a slow start) is kept, and stored with the rest.
      setIgnored((early) => {
        const all = [...new Set([...keys, ...early])];
        if (all.length > keys.length) void saveIgnored(draftId, all);
        return all;
      });
      setDecided((early) => withDecisions(decisions, early));
    });
    return () => {
      current = false;
    };
  }, [draftId]);

  // Settled like typing: the known names follow the 提案者 field, which changes with each keystroke there.
  useEffect(() => {
    tracker.setOptions({
      disabledRules,
      ignoredKeys: ignored,
      wordList,
      addressees,
      ...(names.lists ? { lists: names.lists } : {}),
      ...(ofCase.number === null ? {} : { caseNumber: ofCase.number }),
    });
    const timer = setTimeout(check, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [tracker, disabledRules, ignored, wordList, addressees, names.lists, ofCase.number, check]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => (editor.isComposing() ? schedule() : check()), SETTLE_MS);
    };
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size > 0 || dirtyLeaves.size > 0) schedule();
    });
    return () => {
      clearTimeout(timer);
      unregister();
      counts.set(undefined);
    };
  }, [editor, check, counts]);

  const overlay = useMemo(() => new MarkOverlay(), []);
  useEffect(() => {
    const unregister = editor.registerRootListener((root) => overlay.attach(root?.parentElement ?? null));
    return () => {
      unregister();
      overlay.attach(null);
    };
  }, [editor, overlay]);

  // Drawn again only when marks may be out of place: after a check, an edit to a paragraph that shows
  // marks, scrolling, or a change in the letter's size (a line more or less moves what follows).
  useEffect(() => {
    const placement = new MarkPlacement(editor, findings);
    const draw = () => {
      const origin = overlay.origin();
      overlay.show(origin ? placement.boxes(origin) : []);
    };
    let frame = 0;
    const drawNextFrame = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(draw);
    };
    drawNextFrame();
    // Within the edit's own task: the paragraph typed in loses its marks in the same frame as its text changes.
    const unregister = editor.registerUpdateListener(({ dirtyElements }) => {
      const remaining = placement.withoutMarksIn(dirtyElements.keys());
      if (remaining) overlay.show(remaining);
    });
    // Size changes are reported after layout and before paint, so the marks move in the same frame as the text.
    const resized = new ResizeObserver(draw);
    const root = editor.getRootElement();
    if (root) resized.observe(root);
    document.addEventListener('scroll', drawNextFrame, { capture: true, passive: true });
    return () => {
      cancelAnimationFrame(frame);
      unregister();
      resized.disconnect();
      document.removeEventListener('scroll', drawNextFrame, { capture: true });
      overlay.show([]);
    };
  }, [editor, overlay, findings]);

  // Each fix (or fix-all) is one editor update, so one Ctrl+Z takes it back.
  const applyFixes = (chosen: readonly ParagraphFinding[]) => {
    const results: string[] = [];
    editor.update(
      () => {
        for (const finding of [...chosen].reverse()) results.push($applyFix(finding));
      },
      { onUpdate: check },
    );
    decide(
      [...chosen].reverse().filter((_, at) => results[at] === 'fixed'),
      'accepted',
    );
    const skipped = results.filter((result) => result !== 'fixed');
    setNotice(skipped.includes('field') ? '有的问题在模板字段里，请在字段中修改。' : skipped.length ? '这处文字已经改过，请按最新的检查结果处理。' : '');
  };

  const jump = (finding: ParagraphFinding) => {
    editor.update(() => void $selectMatch(markedRange(finding)));
    editor.focus();
    domRangeOf(editor, markedRange(finding))?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  };

  useEffect(() => {
    publishFindings({ current: check, jump });
    return () => publishFindings(undefined);
  });

  // Kept with the draft, so the report of a later session lists them too.
  function decide(chosen: readonly ParagraphFinding[], decision: DecidedFinding['decision']) {
    if (chosen.length === 0) return;
    const decidedAt = new Date().toISOString();
    const rows = chosen.map((finding) => ({ ...reportedAs(finding), decision, decidedAt }));
    setDecided((known) => withDecisions(known, rows));
    void call('proofread.addDecisions', { draftId, decisions: rows }).catch((error: unknown) => setNotice(errorMessage(error)));
  }

  const ignore = (finding: ParagraphFinding, decision: DecidedFinding['decision'] = 'ignored') => {
    const next = [...ignored, finding.ignoreKey];
    void saveIgnored(draftId, next);
    setIgnored(next);
    decide([finding], decision);
  };

  // 「报告误报」: the finding goes, with its sentence, into the list the office exports; it is ignored in this letter.
  const report = (finding: ParagraphFinding) => {
    const letter = editor.getEditorState().read($letterTitle);
    const sentence = sentenceAround(finding.checkedText, finding.start, finding.end);
    const rule = ruleById(finding.rule)?.title ?? finding.rule;
    void call('proofread.reportFalse', {
      rule,
      excerpt: finding.flagged,
      sentence,
      message: finding.message,
      letter,
      reportedAt: new Date().toLocaleString('zh-CN'),
    }).then(
      ({ count }) => setNotice(`已记入误报清单（共 ${count} 条），办公室可在“单位信息”中导出。`),
      (error) => setNotice(errorMessage(error)),
    );
    ignore(finding, 'reported');
  };

  const reportRows = (): ReportRow[] => findingsReport(editor.getEditorState().read($letterTitle), decided, findings.map(reportedAs));

  const disableRule = (rule: string) => {
    const next = [...disabledRules, rule];
    void loadPreferences().then((preferences) => savePreferences({ ...preferences, disabledRules: next }));
    setDisabledRules(next);
  };

  return (
    <DockPanel id="proofread">
      <ProofreadPanel
        findings={findings}
        notice={notice}
        onJump={jump}
        onFix={(finding) => applyFixes([finding])}
        onFixAll={(rule) => applyFixes(findings.filter((finding) => finding.rule === rule && finding.fix !== undefined))}
        onIgnore={(finding) => ignore(finding)}
        onReport={report}
        onDisableRule={disableRule}
        onShowReport={() => setShowReport(true)}
      />
      {/* Outside the dock, whose column would clip the dialog. */}
      {showReport && createPortal(<ProofreadReport rows={reportRows()} onClose={() => setShowReport(false)} />, document.body)}
    </DockPanel>
  );
}
