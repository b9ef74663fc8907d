import { ApiError } from '../../shared/api/errors';
import type { UploadKind } from '../../shared/api/uploadCalls';
import { MAX_UPLOAD_BYTES, tooLargeMessage } from '../../shared/upload/uploadLimits';
import { call } from './client';

/** How far an upload has got: 0 to 1. */
export type UploadProgress = (fraction: number) => void;

/** One piece of the file as base64, encoded by the browser itself off the page's thread. */
function pieceAsBase64(piece: Blob, fileName: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).slice(String(reader.result).indexOf(',') + 1));
    reader.onerror = () => reject(new ApiError('invalid_input', `读不了「${fileName}」，请确认文件没有被其他程序占用后重试。`));
    reader.readAsDataURL(piece);
  });
}

/**
 * Sends a file to the services in pieces (uploads.begin/append/finish) and gives back the token the
 * importing call takes. A file over the limit is refused by its size before a byte is read; on any
 * failure the upload is cancelled, so nothing is left half-way.
 */
export async function uploadFile(file: File, kind: UploadKind, progress: UploadProgress): Promise<string> {
  if (file.size > MAX_UPLOAD_BYTES) throw new ApiError('invalid_input', tooLargeMessage(file.name, file.size));
  if (file.size === 0) throw new ApiError('invalid_input', `「${file.name}」是空文件，请重新选择。`);
  const { token, chunkBytes } = await call('uploads.begin', { fileName: file.name, size: file.size, kind });
  try {
    for (let index = 0, at = 0; at < file.size; index += 1, at += chunkBytes) {
      progress(at / file.size);
      await call('uploads.append', { token, index, data: await pieceAsBase64(file.slice(at, at + chunkBytes), file.name) });
    }
    progress(1);
    await call('uploads.finish', { token });
    return token;
  } catch (error) {
    void call('uploads.cancel', { token }).catch(() => undefined);
    throw error;
  }
}
