import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { FieldDefinition, FieldValues } from '../../../shared/fields/fieldDefinition';
import { letterMarkup } from '../../../shared/print/letterMarkup';
import { layoutOptions } from '../../../shared/print/renderPrint';
import { printStylesheet } from '../../../shared/print/stylesheet';
import { call } from '../../api/client';
import { useBindCommands } from '../../commands/CommandsContext';
import { $blockKeys, $exportLetter } from '../../editor/letterBridge';
import { updatePrintPreferences, usePrintPreferences } from '../print/printPreferences';
import { createHiddenLayout } from './hiddenLayout';
import { createIdleRunner } from './idleRunner';
import { planPageMarks } from './pageMarks';
import type { PrintedPagesStore } from '../print/printedPages';
import { applyParagraphMarks, clearParagraphMarks } from './paragraphMarks';

/** Quiet time after the last keystroke before the letter is paginated again. */
const SETTLE_MS = 1200;
/** Pagination hands the thread back to typing this often. */
const SLICE_MS = 8;

interface Props {
  definitions: readonly FieldDefinition[];
  fields: FieldValues;
  /** Told the page count of each layout, for the status bar. */
  printed: PrintedPagesStore;
}

const whenIdle = (start: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(start, { timeout: 2000 }) : setTimeout(start, 0));

/**
 * 显示分页: marks in the editor where the printed pages break, from the same layoutPages() the
 * preview runs, in an off-screen frame, after typing pauses, never during an IME composition.
 */
export function PageMarksPlugin({ definitions, fields, printed }: Props) {
  const [editor] = useLexicalComposerContext();
  const preferences = usePrintPreferences();
  const on = preferences?.pageMarks ?? false;
  const settings = preferences?.settings;
  const toggle = useCallback(() => {
    if (preferences) updatePrintPreferences({ ...preferences, pageMarks: !preferences.pageMarks });
  }, [preferences]);
  useBindCommands(useMemo(() => ({ 'view.pageMarks': toggle }), [toggle]));

  const [letterHeader, setLetterHeader] = useState<string | undefined>();
  const wantsHeader = on && settings?.format === 'letter';
  useEffect(() => {
    if (wantsHeader)
      void call('profile.get', {}).then(
        (profile) => setLetterHeader(profile.letterHeader),
        () => setLetterHeader(''),
      );
  }, [wantsHeader]);

  const inputs = useRef({ definitions, fields, letterHeader });
  inputs.current = { definitions, fields, letterHeader };
  const fieldsChanged = useRef<() => void>(() => undefined);
  useEffect(() => fieldsChanged.current(), [definitions, fields, letterHeader]);

  // Whoever laid the letter out (these marks, the print preview), an edit makes its page count stale.
  useEffect(() => printed.forget(), [definitions, fields, printed]);
  useEffect(() => {
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size > 0 || dirtyLeaves.size > 0) printed.forget();
    });
    return () => {
      unregister();
      printed.forget();
    };
  }, [editor, printed]);

  useEffect(() => {
    const root = editor.getRootElement();
    if (!on || !settings || !root) return;
    const hidden = createHiddenLayout(root.ownerDocument);
    const css = printStylesheet();
    let version = 0;

    const layOut = async () => {
      const started = version;
      const text = printed.text();
      const { document, keys } = editor.getEditorState().read(() => ({ document: $exportLetter(), keys: $blockKeys() }));
      const { definitions: fieldDefinitions, fields: values, letterHeader: header } = inputs.current;
      const { bodyHtml } = letterMarkup({ document, fieldDefinitions, fields: values, settings, letterHeader: header });
      const stale = () => version !== started || editor.isComposing();
      const report = await hidden.layOut(bodyHtml, css, { ...layoutOptions(settings), yieldAfterMs: SLICE_MS, cancelled: stale });
      if (report) printed.laidOut(report.pages, text);
      if (!report || stale()) return;
      const element = (block: number) => editor.getElementByKey(keys[block] ?? '');
      const plan = planPageMarks(report, document.blocks);
      const marks = plan.marks.flatMap(({ block, offset, label }) => {
        const target = element(block);
        return target ? [{ element: target, offset, label }] : [];
      });
      const noticeElement = plan.notice && element(plan.notice.block);
      applyParagraphMarks(root, marks, noticeElement && plan.notice ? { element: noticeElement, text: plan.notice.text } : undefined);
    };

    const runner = createIdleRunner(layOut, { delayMs: SETTLE_MS, busy: () => editor.isComposing(), whenIdle });
    const changed = () => {
      version += 1;
      runner.changed();
    };
    fieldsChanged.current = changed;
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size > 0 || dirtyLeaves.size > 0) changed();
    });
    const resized = new ResizeObserver(changed);
    resized.observe(root);
    changed();
    return () => {
      fieldsChanged.current = () => undefined;
      unregister();
      resized.disconnect();
      runner.dispose();
      hidden.dispose();
      clearParagraphMarks(root);
    };
  }, [editor, on, settings, printed]);
  return null;
}
