import type { LayoutOptions, LayoutReport } from '../../../shared/print/layoutTypes';
import { previewDocumentHtml } from '../../../shared/print/renderPrint';
import { layOutFrame } from '../print/layOutFrame';

export interface HiddenLayout {
  layOut(bodyHtml: string, css: string, options: LayoutOptions): Promise<LayoutReport | undefined>;
  dispose(): void;
}

/**
 * An off-screen frame where the letter's print markup is paginated exactly as the preview does it,
 * so the editor's page marks come from Chromium's own measurements. It runs no script of its own.
 */
export function createHiddenLayout(owner: Document): HiddenLayout {
  const frame = owner.createElement('iframe');
  frame.className = 'page-marks-frame';
  frame.title = '分页计算';
  frame.tabIndex = -1;
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.setAttribute('aria-hidden', 'true');
  owner.body.append(frame);
  return {
    async layOut(bodyHtml, css, options) {
      await new Promise<void>((resolve) => {
        frame.addEventListener('load', () => resolve(), { once: true });
        frame.srcdoc = previewDocumentHtml({ bodyHtml });
      });
      return layOutFrame(frame, css, options);
    },
    dispose: () => frame.remove(),
  };
}
