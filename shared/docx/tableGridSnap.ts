import JSZip from 'jszip';
import { TABLE_TEXT_STYLE_ID } from './docxTables';

const STYLE_REFERENCE = `<w:pStyle w:val="${TABLE_TEXT_STYLE_ID}"/>`;
const NO_SNAP = '<w:snapToGrid w:val="0"/>';

/**
 * Table paragraphs in document.xml told not to snap to the document grid. LibreOffice otherwise lays
 * their 4号 text on the section's 三号 character grid, so a four-character cell wraps; the docx
 * library writes w:snapToGrid only on runs. It goes right after w:pStyle, where the schema's order
 * of w:pPr puts it for the cell paragraphs (which carry nothing between the two).
 */
function unsnapTableParagraphs(documentXml: string): string {
  return documentXml.replaceAll(STYLE_REFERENCE, STYLE_REFERENCE + NO_SNAP);
}

/** A .docx written by exportLetterDocx with its table paragraphs off the character grid. */
export async function unsnapDocxTables(docx: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(docx);
  zip.file('word/document.xml', unsnapTableParagraphs(await zip.file('word/document.xml')!.async('string')));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
