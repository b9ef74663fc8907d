import { useEffect, useState, useSyncExternalStore } from 'react';
import { unfilledFields } from '../../../shared/fields/formatField';
import { call } from '../../api/client';
import { FormDialog } from '../../components/FormDialog';
import { useDock } from '../../workspace/dock/DockPanel';
import type { DockStore } from '../../workspace/dock/dockStore';
import { findingsSource, outputRequests, type OutputPurpose, type OutputRequest } from './outputCheck';
import { buildOutputSummary, type OutputSummary, type SummaryItem, type UnfilledField } from './outputSummary';
import type { ParagraphFinding } from './paragraphTracker';

/** A letter full of half-width commas is summed up by its counts; the list shows the first ones. */
const LISTED = 30;

const WORDS: Record<OutputPurpose, { title: string; go: string }> = {
  print: { title: '打印前请核对', go: '仍然打印' },
  pdf: { title: '导出前请核对', go: '仍然导出' },
  export: { title: '导出前请核对', go: '仍然导出' },
};

/** The field's box in 填写要素, where the clerk fills it in: the panel is brought forward if it waits behind a tab. */
function focusField(field: UnfilledField, dock: DockStore | null): void {
  dock?.reveal('fields');
  requestAnimationFrame(() => {
    const input = document.querySelector<HTMLElement>(`.field-form [aria-label="${CSS.escape(field.label)}"]`);
    input?.scrollIntoView({ block: 'center' });
    input?.focus();
  });
}

async function summarize(request: OutputRequest): Promise<OutputSummary<ParagraphFinding>> {
  const draft = await call('drafts.get', { draftId: request.draftId });
  const unfilled = unfilledFields(draft.fieldDefinitions, draft.fields).map(({ name, label }) => ({ name, label }));
  return buildOutputSummary(findingsSource()?.current() ?? [], unfilled);
}

/** Answers confirmOutput: says nothing when the letter is ready, else one summary to go back from or go on. */
export function OutputCheckHost() {
  const request = useSyncExternalStore(outputRequests.subscribe, outputRequests.get);
  const dock = useDock();
  const [summary, setSummary] = useState<{ request: OutputRequest; summary: OutputSummary<ParagraphFinding> } | undefined>();

  useEffect(() => {
    if (!request) return setSummary(undefined);
    let current = true;
    summarize(request).then(
      (found) => {
        if (!current) return;
        if (found.items.length === 0) request.answer(true);
        else setSummary({ request, summary: found });
      },
      // A draft that cannot be read cannot be summarised; the output itself will say what is wrong.
      () => current && request.answer(true),
    );
    return () => {
      current = false;
    };
  }, [request]);

  if (!summary || summary.request !== request) return null;
  const words = WORDS[request.purpose];
  const goTo = (item: SummaryItem<ParagraphFinding>) => {
    request.answer(false);
    // The dialog that asked (the print preview) closes first; then the place is shown.
    setTimeout(() => (item.kind === 'field' ? focusField(item.field, dock) : findingsSource()?.jump(item.finding)), 0);
  };

  return (
    <FormDialog title={words.title} submitLabel={words.go} cancelLabel="返回修改" onSubmit={() => request.answer(true)} onClose={() => request.answer(false)}>
      <p className="output-check__counts">还有问题没有处理：{summary.summary.counts}。</p>
      <ul className="output-check__items" aria-label="未处理的问题">
        {summary.summary.items.slice(0, LISTED).map((item, index) => (
          <li key={index}>
            <button type="button" onClick={() => goTo(item)}>
              {item.kind === 'field' ? `未填写：${item.field.label}` : `${item.title}：「${item.finding.excerpt}」`}
            </button>
          </li>
        ))}
      </ul>
      {summary.summary.items.length > LISTED && <p className="muted">另有 {summary.summary.items.length - LISTED} 处，见校对面板。</p>}
    </FormDialog>
  );
}
