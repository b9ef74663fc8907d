import type { Block } from './document';

/**
 * What a clerk calls each block of the letter: a table by its number in the letter (「表 1」), a
 * paragraph by its number among the paragraphs (「第 3 段」). The title and 主送 count as paragraphs,
 * as they always have; a table does not, so the paragraphs after it keep the numbers the clerk counts.
 */
export function blockNames(blocks: readonly Pick<Block, 'role'>[]): string[] {
  let [paragraphs, tables] = [0, 0];
  return blocks.map((block) => (block.role === 'table' ? `表 ${(tables += 1)}` : `第 ${(paragraphs += 1)} 段`));
}

/**
 * Where each of the letter's units (see letterUnits) sits, in words: 「第 3 段」 for a paragraph, and
 * for a part of a table its table and cell as printed (「表 1 第 2 行第 3 列」, a merged cell by its
 * first row and column), its 表题 or its unit line.
 */
export function placeNames(units: readonly { block: number; place?: string }[], blocks: readonly Pick<Block, 'role'>[]): string[] {
  const names = blockNames(blocks);
  return units.map((unit) => unit.place ?? names[unit.block]);
}
