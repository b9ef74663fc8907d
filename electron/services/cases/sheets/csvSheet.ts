import { ApiError } from '../../../../shared/api/errors';
import { decodeText } from '../../../../shared/structure/decodeText';
import { SheetGrid, type SheetCells } from './sheetGrid';

/**
 * A .csv 交办清单 as Excel and WPS save it: comma-separated, fields in double quotes when they hold
 * a comma, quote or line break, a quote inside written twice. Every cell is kept as written: 「011」
 * stays 011 and a date stays the text it was. One pass over the text.
 */
export function readCsv(fileName: string, bytes: Uint8Array): SheetCells {
  const decoded = decodeText(bytes);
  if (decoded === null) throw new ApiError('invalid_input', `「${fileName}」不是文本，请在 Excel 或 WPS 里重新另存为 CSV。`);
  const text = decoded.replace(/^\ufeff/, '');
  const grid = new SheetGrid(fileName);
  let row = 1;
  let column = 1;
  let at = 0;
  while (at <= text.length) {
    let value: string;
    if (text[at] === '"') {
      // Quoted: runs to the quote not followed by another quote; text after it up to the separator is kept too.
      const parts: string[] = [];
      let from = at + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote < 0) {
          parts.push(text.slice(from));
          at = text.length;
          break;
        }
        parts.push(text.slice(from, quote));
        if (text[quote + 1] === '"') {
          parts.push('"');
          from = quote + 2;
          continue;
        }
        at = quote + 1;
        break;
      }
      const end = separatorAt(text, at);
      parts.push(text.slice(at, end));
      value = parts.join('');
      at = end;
    } else {
      const end = separatorAt(text, at);
      value = text.slice(at, end);
      at = end;
    }
    grid.put(row, column, value);
    const separator = text[at];
    if (separator === ',') {
      column += 1;
      at += 1;
      continue;
    }
    if (at >= text.length) break;
    // A line ends in \n, \r\n or \r.
    at += separator === '\r' && text[at + 1] === '\n' ? 2 : 1;
    row += 1;
    column = 1;
    if (at === text.length) break;
  }
  return grid.result();
}

/** The next comma or line break from `from`, or the end of the text. */
function separatorAt(text: string, from: number): number {
  for (let at = from; at < text.length; at += 1) {
    const char = text[at];
    if (char === ',' || char === '\n' || char === '\r') return at;
  }
  return text.length;
}
