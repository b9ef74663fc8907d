import { ApiError } from '../api/errors';
import { MAX_DOCX_BYTES, MAX_DOCX_ENTRIES, MAX_PART_BYTES, MAX_TOTAL_PART_BYTES } from '../api/docxLimits';
import { openCappedZip, ZipRefused } from '../zip/cappedZip';
import { tooLargeMessage } from '../upload/uploadLimits';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** 「EncryptionInfo」 in UTF-16LE: the stream a password-protected .docx keeps inside its OLE container. */
const ENCRYPTION_INFO = [...'EncryptionInfo'].flatMap((char) => [char.charCodeAt(0), 0]);

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function contains(bytes: Uint8Array, needle: readonly number[]): boolean {
  outer: for (let start = 0; start + needle.length <= bytes.length; start += 1) {
    for (let index = 0; index < needle.length; index += 1) if (bytes[start + index] !== needle[index]) continue outer;
    return true;
  }
  return false;
}

function refuse(message: string): never {
  throw new ApiError('invalid_input', message);
}

/** The parts of a .docx that import reads, each inflated with a hard cap so a zip bomb stops early. */
export interface DocxPackage {
  part: (path: string) => Promise<string | undefined>;
}

/**
 * Opens the bytes of a file the clerk says is a .docx, refusing with a plain message anything that
 * is not one: an old .doc, a password-protected file, a corrupt or enormous file, another zip.
 */
export async function openDocx(bytes: Uint8Array, fileName: string): Promise<DocxPackage> {
  if (bytes.length > MAX_DOCX_BYTES) {
    refuse(tooLargeMessage(fileName, bytes.length));
  }
  if (bytes.length === 0) refuse(`「${fileName}」是空文件，请重新选择。`);
  if (startsWith(bytes, OLE_SIGNATURE)) {
    if (contains(bytes, ENCRYPTION_INFO)) refuse(`「${fileName}」设置了打开密码，无法读取。请在 Word 或 WPS 里取消密码后另存一份再导入。`);
    refuse(`「${fileName}」是旧版 Word 97-2003 文档（.doc）。请在 Word 或 WPS 里“另存为” Word 文档（.docx）后再导入。`);
  }
  if (!startsWith(bytes, ZIP_SIGNATURE)) refuse(`「${fileName}」不是 Word 文档（.docx）。请在 Word 或 WPS 里打开它，“另存为” .docx 后再导入。`);
  const damaged = `「${fileName}」已损坏，打不开。请向发来文件的人要一份完整的，或在 Word / WPS 里打开修复后另存再导入。`;
  const zip = await inClerksWords(() =>
    openCappedZip(
      bytes,
      { maxEntries: MAX_DOCX_ENTRIES, maxPartBytes: MAX_PART_BYTES, maxTotalBytes: MAX_TOTAL_PART_BYTES },
      { broken: damaged, tooBig: `「${fileName}」解压后大得异常，不像一封答复函，可能已损坏。请在 Word 或 WPS 里打开后另存一份再导入。` },
    ),
  );
  if (!zip.has('word/document.xml')) {
    refuse(`「${fileName}」不是 Word 文档（里面没有正文）。请选择 .docx 格式的答复函。`);
  }
  return { part: (path) => inClerksWords(() => zip.text(path)) };
}

/** The zip's refusals, as every refusal of an import travels: an ApiError with the message. */
async function inClerksWords<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ZipRefused) refuse(error.message);
    throw error;
  }
}
