/** The largest file an import takes (a proposal with scanned pages runs to 30–80 MB), and the size of each piece it travels in. */
export const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;
export const UPLOAD_CHUNK_BYTES = 1024 * 1024;

export function describeSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** Said before a byte of a too-large file is read. */
export function tooLargeMessage(fileName: string, size: number): string {
  return `「${fileName}」有 ${describeSize(size)}，超过了 ${describeSize(MAX_UPLOAD_BYTES)} 的上限，没有导入。请在 Word 或 WPS 里压缩图片或删去扫描件后另存，再导入。`;
}
