import { describe, expect, it } from 'vitest';
import { createPrintedPages, pageCountLabel } from './printedPages';

describe('the page count in the status bar', () => {
  it('is the laid-out count when a layout of the text on screen is known, otherwise the estimate', () => {
    expect(pageCountLabel(6, 7)).toBe('共 7 页');
    expect(pageCountLabel(6, undefined)).toBe('约 6 页');
  });

  it('takes a layout of the text on screen, and forgets it as soon as the text changes', () => {
    const printed = createPrintedPages();
    expect(printed.get()).toBeUndefined();
    printed.laidOut(7, printed.text());
    expect(printed.get()).toBe(7);
    printed.forget();
    expect(printed.get()).toBeUndefined();
  });

  it('does not take a layout that started before the last edit', () => {
    const printed = createPrintedPages();
    const started = printed.text();
    printed.forget();
    printed.laidOut(7, started);
    expect(printed.get()).toBeUndefined();
    printed.laidOut(8, printed.text());
    expect(printed.get()).toBe(8);
  });

  it('tells the status bar only when what it shows changes, not on every keystroke', () => {
    const printed = createPrintedPages();
    let told = 0;
    const stop = printed.subscribe(() => (told += 1));
    printed.laidOut(7, printed.text());
    printed.forget();
    printed.forget();
    printed.forget();
    printed.laidOut(7, printed.text());
    printed.laidOut(7, printed.text());
    expect(told).toBe(3);
    stop();
    printed.forget();
    expect(told).toBe(3);
  });
});
