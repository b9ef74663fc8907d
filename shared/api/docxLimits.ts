import { MAX_UPLOAD_BYTES } from '../upload/uploadLimits';

export { describeSize } from '../upload/uploadLimits';
/**
 * Size limits for a .docx coming in. A proposal with scanned pages runs to 30–80 MB, so the file limit
 * is the upload limit (larger files come in pieces, see shared/upload); the part limits stop a zip bomb
 * (a few kB that inflate to gigabytes) before it fills memory: only the text parts are ever inflated.
 */
export const MAX_DOCX_BYTES = MAX_UPLOAD_BYTES;
export const MAX_DOCX_BASE64_CHARS = Math.ceil(MAX_DOCX_BYTES / 3) * 4;
export const MAX_PART_BYTES = 40 * 1024 * 1024;
export const MAX_TOTAL_PART_BYTES = 80 * 1024 * 1024;
/** Entries in the zip: a letter has tens, a proposal with many scanned pages a few hundred. */
export const MAX_DOCX_ENTRIES = 5_000;
/** Element nesting in a part: Word's deepest (tables in tables in content controls) stays under a hundred. */
export const MAX_XML_DEPTH = 512;
