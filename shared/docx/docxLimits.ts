/**
 * Size limits for a .docx coming in. The file limit keeps the base64 request under the loopback host's
 * 20 MB body limit; the part limit stops a zip bomb (a few kB that inflate to gigabytes) before it fills memory.
 */
export const MAX_DOCX_BYTES = 14 * 1024 * 1024;
export const MAX_DOCX_BASE64_CHARS = Math.ceil(MAX_DOCX_BYTES / 3) * 4;
export const MAX_PART_BYTES = 40 * 1024 * 1024;
export const MAX_TOTAL_PART_BYTES = 80 * 1024 * 1024;

export function describeSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
