import type { CallOutput } from '../../../shared/api/contract';

export type PaperCheck = CallOutput<'shell.paper'>;

export interface PaperAdvice {
  text: string;
  /** The default paper is known not to be A4: say it as a warning, before the clerk prints. */
  warning: boolean;
}

/** What to tell the clerk about paper and scale, from what the system says of the default printer. */
export function paperAdvice(purpose: 'print' | 'pdf', desktop: boolean, check: PaperCheck | undefined): PaperAdvice {
  if (purpose === 'pdf') {
    return {
      text: desktop ? '点「导出 PDF…」后选择保存位置，按 A4、100% 生成。' : '点「导出 PDF…」后，在打印对话框里把“目标打印机”选为“另存为 PDF”。',
      warning: false,
    };
  }
  if (check?.status === 'other') {
    return {
      text: `默认打印机「${check.printer}」用的是 ${check.paper} 纸，不是 A4。本答复函按 A4 排版，请在打印对话框中把纸张改为 A4、缩放选 100%，否则页面会被缩小或裁切。`,
      warning: true,
    };
  }
  if (check?.status === 'a4') return { text: `默认打印机「${check.printer}」用 A4 纸；打印时请保持缩放 100%（实际大小）。`, warning: false };
  return { text: '请在打印对话框中选 A4 纸、缩放 100%（实际大小）。', warning: false };
}
