import JSZip from 'jszip';
import { readZipDirectory } from './zipDirectory';

/**
 * Limits for reading a zip-based file (.docx, .xlsx) that came from outside. A zip bomb is a few kB
 * that inflate to gigabytes: each part is checked against the size its directory declares before it
 * is inflated, and the bytes really inflated are counted as they come, so a file that lies about its
 * sizes is stopped at the limit too.
 */
export interface ZipLimits {
  /** Entries in the directory; Office files have tens, a few hundred with many pictures. */
  maxEntries: number;
  /** Inflated bytes of one part read. */
  maxPartBytes: number;
  /** Inflated bytes of all parts read from the file together. */
  maxTotalBytes: number;
}

/** What the clerk is told, in the words of the file type at hand. */
export interface ZipRefusals {
  /** Not a zip, cut short, or a part that does not inflate. */
  broken: string;
  /** Declares or inflates beyond the limits. */
  tooBig: string;
}

/** A refusal in the words of `ZipRefusals`, for the caller to pass on to the clerk. */
export class ZipRefused extends Error {}

export interface CappedZip {
  has: (path: string) => boolean;
  /** The part as UTF-8 text, or undefined when the file has no such part. */
  text: (path: string) => Promise<string | undefined>;
}

/** JSZip 3 has this method but its typings leave it out; it inflates in chunks, so reading can stop early. */
type StreamableZipObject = JSZip.JSZipObject & { internalStream: (type: 'uint8array') => JSZip.JSZipStreamHelper<Uint8Array> };

interface Budget {
  left: number;
}

function refuse(message: string): never {
  throw new ZipRefused(message);
}

function join(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const joined = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.length;
  }
  return joined;
}

function inflateCapped(file: JSZip.JSZipObject, partLimit: number, budget: Budget, refusals: ZipRefusals): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    const stream = (file as StreamableZipObject).internalStream('uint8array');
    stream
      .on('data', (chunk: Uint8Array) => {
        size += chunk.length;
        budget.left -= chunk.length;
        if (size > partLimit || budget.left < 0) {
          stream.pause();
          chunks.length = 0;
          reject(new ZipRefused(refusals.tooBig));
          return;
        }
        chunks.push(chunk);
      })
      .on('error', () => reject(new ZipRefused(refusals.broken)))
      .on('end', () => resolve(join(chunks, size)))
      .resume();
  });
}

/** Opens a zip for capped reading; refuses (ZipRefused) one that is not a zip or has too many entries. */
export async function openCappedZip(bytes: Uint8Array, limits: ZipLimits, refusals: ZipRefusals): Promise<CappedZip> {
  const directory = readZipDirectory(bytes, limits.maxEntries);
  if (!directory) refuse(refusals.broken);
  if (directory.declaredCount > limits.maxEntries) refuse(refusals.tooBig);
  const declared = new Map<string, number>();
  for (const entry of directory.entries) declared.set(entry.name, Math.max(entry.declaredSize, declared.get(entry.name) ?? 0));
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    refuse(refusals.broken);
  }
  const budget: Budget = { left: limits.maxTotalBytes };
  const decoder = new TextDecoder('utf-8');
  return {
    has: (path) => zip.file(path) !== null,
    text: async (path) => {
      const file = zip.file(path);
      if (!file) return undefined;
      const size = declared.get(path) ?? 0;
      if (size > limits.maxPartBytes || size > budget.left) refuse(refusals.tooBig);
      return decoder.decode(await inflateCapped(file, limits.maxPartBytes, budget, refusals));
    },
  };
}
