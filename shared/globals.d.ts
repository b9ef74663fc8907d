// The host globals shared/ may use: each is in every place shared code runs (Node, Electron's main
// process, Chromium pages), and each is declared here, in the smallest shape the code needs, because
// shared/tsconfig.json compiles with neither the DOM nor Node's types. The other tsconfigs leave this
// file out: there the DOM or Node declare the real thing.

interface TextDecoderOptions {
  fatal?: boolean;
  ignoreBOM?: boolean;
}

/** Decodes bytes in a WHATWG encoding (utf-8, gb18030, utf-16le...). */
interface TextDecoder {
  readonly encoding: string;
  decode(input?: Uint8Array | ArrayBuffer, options?: { stream?: boolean }): string;
}
declare const TextDecoder: { prototype: TextDecoder; new (label?: string, options?: TextDecoderOptions): TextDecoder };

/** Encodes a string as UTF-8. */
interface TextEncoder {
  encode(input?: string): Uint8Array;
}
declare const TextEncoder: { prototype: TextEncoder; new (): TextEncoder };

/** Tests print a table now and then. */
declare const console: { log(...data: unknown[]): void };
