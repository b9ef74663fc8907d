const UTF8_BOM = [0xef, 0xbb, 0xbf];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function decodeStrict(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** Control characters no typed letter holds (tab, line ends, form feed and escape aside): a Word, PDF or image file. */
function looksBinary(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0b && code !== 0x0c && code !== 0x0d && code !== 0x1b) return true;
  }
  return false;
}

/**
 * The text of a .txt letter as Windows PCs save it: UTF-8 (with or without BOM), UTF-16 with BOM, or
 * GB18030/GBK (Notepad's 「ANSI」 on a Chinese system). Null when the bytes are not text.
 */
export function decodeText(bytes: Uint8Array): string | null {
  let text: string | null;
  if (startsWith(bytes, [0xff, 0xfe])) text = decodeStrict(bytes, 'utf-16le');
  else if (startsWith(bytes, [0xfe, 0xff])) text = decodeStrict(bytes, 'utf-16be');
  else text = decodeStrict(bytes, 'utf-8') ?? (startsWith(bytes, UTF8_BOM) ? null : decodeStrict(bytes, 'gb18030'));
  return text === null || looksBinary(text) ? null : text;
}
