import type { EditorThemeClasses } from 'lexical';

export const letterTheme: EditorThemeClasses = {
  paragraph: 'letter-paragraph',
  text: { bold: 'letter-bold' },
  table: 'letter-table',
  tableCell: 'letter-cell',
  tableCellHeader: 'letter-cell letter-cell-header',
  tableCellSelected: 'letter-cell-selected',
  tableSelection: 'letter-table-selection',
};
