import { fromBase64 } from './base64';
import { saveFile } from './saveFile';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Saves an .xlsx the services made (base64) under the name they gave it. */
export const saveSheet = ({ fileName, base64 }: { fileName: string; base64: string }): void => saveFile(fileName, fromBase64(base64) as BlobPart, XLSX_TYPE);
