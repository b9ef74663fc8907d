import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallOutput } from '../../../shared/api/contract';
import type { LayoutReport } from '../../../shared/print/layoutTypes';
import { layoutOptions, previewDocumentHtml } from '../../../shared/print/renderPrint';
import { DEFAULT_PRINT_SETTINGS, DISCLOSURE_KINDS, type PrintSettings } from '../../../shared/print/settings';
import { call, errorMessage } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { printNotes, printWarnings } from './printWarnings';
import { HeaderSettings } from './HeaderSettings';
import { layOutFrame } from './layOutFrame';
import { updatePrintPreferences, usePrintPreferences } from './printPreferences';
import { paperAdvice, type PaperCheck } from './paperAdvice';
import { sendToPrinter } from './sendToPrinter';
import { hasNativeMenu } from '../../commands/NativeMenu';
import { confirmOutput } from '../proofread/outputCheck';
import type { PrintedPagesStore } from './printedPages';

type Rendered = CallOutput<'print.render'>;

interface Props {
  draftId: string;
  /** 'pdf': the clerk came to save a PDF; the browser's print dialog does that with 「另存为 PDF」. */
  purpose: 'print' | 'pdf';
  onClose: () => void;
  /** Told the page count of the preview's layout, for the status bar. */
  printed: PrintedPagesStore;
}

/**
 * 打印预览: the real pages, laid out by the same function the CLI and PDF export use, in a sandboxed
 * frame that runs no script of its own; the stylesheet is adopted through CSSOM under the app's CSP.
 */
export function PrintPreview({ draftId, purpose, onClose, printed }: Props) {
  const frame = useRef<HTMLIFrameElement>(null);
  // The clerk's last choices, remembered; the editor's page marks follow the same settings.
  const preferences = usePrintPreferences();
  const settings = preferences?.settings ?? DEFAULT_PRINT_SETTINGS;
  const [rendered, setRendered] = useState<(Rendered & { text: number }) | undefined>();
  const [report, setReport] = useState<LayoutReport | undefined>();
  const [problem, setProblem] = useState('');

  const ready = preferences !== undefined;
  useEffect(() => {
    if (!ready) return;
    setReport(undefined);
    // The letter as saved when the preview opened: the text the status bar's count will stand for.
    const text = printed.text();
    call('print.render', { draftId, settings }).then(
      (output) => setRendered({ ...output, text }),
      (error: unknown) => setProblem(errorMessage(error)),
    );
  }, [draftId, settings, ready, printed]);

  const layOut = useCallback(async () => {
    if (!rendered || !frame.current) return;
    try {
      const laidOut = await layOutFrame(frame.current, rendered.css, layoutOptions(rendered.settings));
      setReport(laidOut);
      if (laidOut) printed.laidOut(laidOut.pages, rendered.text);
    } catch {
      setProblem('排版没有完成，请关闭预览后重试。');
    }
  }, [rendered, printed]);

  const [paper, setPaper] = useState<PaperCheck | undefined>();
  const [saved, setSaved] = useState('');
  useEffect(() => {
    if (purpose === 'print') call('shell.paper', {}).then(setPaper, () => undefined);
  }, [purpose]);
  const advice = paperAdvice(purpose, hasNativeMenu, paper);
  const output = () =>
    sendToPrinter(draftId, settings, purpose, frame.current?.contentWindow).then(
      (line) => line && setSaved(line),
      (error: unknown) => setProblem(errorMessage(error)),
    );

  const change = <K extends keyof PrintSettings>(key: K, value: PrintSettings[K]) => {
    if (preferences) updatePrintPreferences({ ...preferences, settings: { ...preferences.settings, [key]: value } });
  };
  const warnings = printWarnings(rendered?.unfilled ?? [], report);

  return (
    <Dialog
      title={purpose === 'pdf' ? '导出 PDF' : '打印预览'}
      wide
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose}>
            关闭
          </button>
          <button
            type="button"
            className="primary"
            disabled={!report}
            onClick={() => void confirmOutput(draftId, purpose).then((go) => (go ? output() : onClose()))}
          >
            {warnings.length > 0 ? '仍然打印' : purpose === 'pdf' ? '导出 PDF…' : '打印…'}
          </button>
        </>
      }
    >
      <div className="print-preview">
        <fieldset className="print-preview__settings">
          <label>
            落款
            <select value={settings.signature} onChange={(e) => change('signature', e.target.value as PrintSettings['signature'])}>
              <option value="sealed">加盖印章（成文日期右空四字）</option>
              <option value="unsealed">不加盖印章（署名右空二字）</option>
            </select>
          </label>
          <label>
            版式
            <select value={settings.format} onChange={(e) => change('format', e.target.value as PrintSettings['format'])}>
              <option value="ordinary">普通公文</option>
              <option value="letter">信函格式（首页不标页码）</option>
            </select>
          </label>
          <label>
            <input type="checkbox" checked={settings.mirrorMargins} onChange={(e) => change('mirrorMargins', e.target.checked)} />
            双面印刷（偶数页订口在右）
          </label>
          <label>
            <input type="checkbox" checked={settings.replyTypeMark} onChange={(e) => change('replyTypeMark', e.target.checked)} />
            标题右上角标答复类型
          </label>
          <label>
            公开属性
            <select value={settings.disclosure} onChange={(e) => change('disclosure', e.target.value as PrintSettings['disclosure'])}>
              <option value="none">不标注</option>
              {DISCLOSURE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {kind}
                </option>
              ))}
            </select>
          </label>
          {settings.disclosure !== 'none' && (
            <label>
              标在
              <select
                value={settings.disclosurePlacement}
                onChange={(e) => change('disclosurePlacement', e.target.value as PrintSettings['disclosurePlacement'])}
              >
                <option value="note">成文日期下的附注</option>
                <option value="header">标题上方</option>
              </select>
            </label>
          )}
          <HeaderSettings settings={settings} change={change} />
        </fieldset>
        {problem && <p role="alert">{problem}</p>}
        {warnings.length > 0 && (
          <ul className="print-preview__warnings" role="alert" aria-label="打印前请注意">
            {warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        )}
        <p className="print-preview__notes" role="status">
          {printNotes(report).join('')}
          {!advice.warning && advice.text}
        </p>
        {advice.warning && (
          <p role="alert" className="print-preview__paper">
            {advice.text}
          </p>
        )}
        {saved && <p role="status">{saved}</p>}
        {rendered && (
          <iframe
            ref={frame}
            className="print-preview__pages"
            title="打印页面"
            sandbox="allow-same-origin allow-modals"
            srcDoc={previewDocumentHtml(rendered)}
            onLoad={() => void layOut()}
          />
        )}
      </div>
    </Dialog>
  );
}
