import type { EditorThemeClasses } from 'lexical';

export const letterTheme: EditorThemeClasses = {
  paragraph: 'letter-paragraph',
  text: { bold: 'letter-bold' },
};
