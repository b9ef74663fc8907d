// Integrity of the real-letter corpus: the files parse, every label points at its quote, and the corpus is
// as large and as varied as it claims. No proofreading rule is run here.
import { describe, expect, it } from 'vitest';
import { codePointSlice, LABEL_KINDS, parseLetterFile, type RealLetterLabels } from './format';

declare global {
  interface ImportMeta {
    glob(pattern: string, options: { query: '?raw'; import: 'default'; eager: true }): Record<string, string>;
  }
}

const letterFiles = import.meta.glob('./*.txt', { query: '?raw', import: 'default', eager: true });
const labelFiles = import.meta.glob('./*.labels.json', { query: '?raw', import: 'default', eager: true });

const base = (path: string): string => path.replace(/^\.\//, '').replace(/\.labels\.json$|\.txt$/, '');
const letters = new Map(Object.entries(letterFiles).map(([path, raw]) => [base(path), parseLetterFile(raw)]));
const labels = new Map(Object.entries(labelFiles).map(([path, raw]) => [base(path), JSON.parse(raw) as RealLetterLabels]));

describe('real-letter corpus', () => {
  it('holds at least 40 letters from at least 15 issuing bodies', () => {
    expect(letters.size).toBeGreaterThanOrEqual(40);
    const bodies = new Set([...labels.values()].map((entry) => entry.issuer));
    expect(bodies.size).toBeGreaterThanOrEqual(15);
  });

  it('gives every letter a source address, a title line, a status and a body', () => {
    for (const [name, letter] of letters) {
      expect(letter.source, name).toMatch(/^https?:\/\/\S+$/);
      expect(letter.title.length, name).toBeGreaterThan(0);
      expect(letter.text.trim().length, name).toBeGreaterThan(50);
    }
    const sources = [...letters.values()].map((letter) => letter.source);
    expect(new Set(sources).size).toBe(sources.length);
  });

  it('pairs every letter with one labels file', () => {
    expect([...labels.keys()].sort()).toEqual([...letters.keys()].sort());
    for (const [name, entry] of labels) {
      expect(entry.letter, name).toBe(`${name}.txt`);
      expect(entry.issuer.length, name).toBeGreaterThan(0);
      expect(entry.issuerFrom.length, name).toBeGreaterThan(0);
      expect(['建议答复', '提案答复', '协办意见'], name).toContain(entry.genre);
      expect(entry.clean, name).toBe(entry.labels.length === 0);
    }
  });

  it('finds each label’s quote at its code-point offsets', () => {
    for (const [name, entry] of labels) {
      const text = letters.get(name)?.text ?? '';
      for (const label of entry.labels) {
        const where = `${name} «${label.quote}»`;
        expect(Number.isInteger(label.start) && Number.isInteger(label.end), where).toBe(true);
        expect(label.end - label.start, where).toBe(Array.from(label.quote).length);
        expect(label.start, where).toBeGreaterThanOrEqual(0);
        expect(codePointSlice(text, label.start, label.end), where).toBe(label.quote);
        expect(LABEL_KINDS as readonly string[], where).toContain(label.kind);
        expect(['error', 'warning', 'hint'], where).toContain(label.severity);
        expect(label.reason, where).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });
});
