import { layoutPages } from '../../shared/print/layoutPages.dom';
import type { LayoutOptions } from '../../shared/print/layoutTypes';

/**
 * The expression that lays out the print markup inside a page (Playwright evaluate, Electron
 * executeJavaScript). esbuild's keepNames (tsx, vitest) may wrap inner functions in __name();
 * the page has no such helper, so an identity one is defined first.
 */
export function layoutExpression(options: LayoutOptions): string {
  return `(() => { globalThis.__name ??= (f) => f; return (${layoutPages.toString()})(document, ${JSON.stringify(options)}); })()`;
}
