import { blockTableUnits, blockText, type BlockRole, type FieldRenderer, type HeadingLevel, type LetterDocument } from './document';
import { blockNames } from './placeName';
import { cellName } from './table';

/** One unit of the letter's plain text: a paragraph, or one part of a table (its 表题, unit line or a cell). */
export interface LetterUnit {
  text: string;
  role: BlockRole;
  level?: HeadingLevel;
  /** The block it belongs to. */
  block: number;
  /** Where a table's unit sits, in words: 「表 1 第 2 行第 3 列」; absent for a paragraph. */
  place?: string;
  /** A cell's table and grid column, for lining up cells between versions. */
  column?: string;
}

/**
 * The letter as the units everything that reads its text works on. Joined by line breaks they are
 * exactly documentText, so offsets into either agree; a table's cells are separate units.
 */
export function letterUnits(doc: LetterDocument, renderField: FieldRenderer): LetterUnit[] {
  const names = blockNames(doc.blocks);
  return doc.blocks.flatMap((block, index): LetterUnit[] => {
    if (!block.table) return [{ text: blockText(block, renderField), role: block.role, ...(block.level ? { level: block.level } : {}), block: index }];
    const table = names[index];
    return blockTableUnits(block, renderField).map((unit) => ({
      text: unit.text,
      role: 'table',
      block: index,
      place: `${table} ${unit.cell ? cellName(unit.cell) : unit.part === 'caption' ? '表题' : '单位行'}`,
      ...(unit.cell ? { column: `${table}:${unit.cell.column}` } : {}),
    }));
  });
}
