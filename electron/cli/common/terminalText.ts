import type { CliIo } from './command';

/**
 * Characters a terminal obeys instead of showing: C0 controls but tab and line feed (ESC starts a
 * colour change or a screen clear, CR overwrites the line), DEL, C1 controls (U+009B is an 8-bit
 * ESC [), and the bidirectional overrides and isolates that reorder what the line seems to say.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A line as it may reach a terminal: each such character written as its \uXXXX escape, visible and
 * inert. Inside --json output (where JSON.stringify already escapes C0) the escape reads back as the
 * same character, so the data is unchanged.
 */
export function terminalSafe(line: string): string {
  return line.replace(CONTROL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Every line the CLI prints goes through here: titles, notes and file names come from letters and files. */
export function terminalSafeIo(io: CliIo): CliIo {
  return { ...io, out: (line) => io.out(terminalSafe(line)), err: (line) => io.err(terminalSafe(line)) };
}
