export const API_ERROR_CODES = [
  'invalid_input',
  'unknown_call',
  'not_found',
  'conflict',
  'forbidden',
  /** What this way of running the app cannot do (e.g. the system print dialog in a browser). */
  'unavailable',
  /** Stored bytes no longer match their checksum: refused rather than answered with a wrong letter or a default. */
  'damaged',
  'internal',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiErrorData {
  code: ApiErrorCode;
  /** Plain Chinese for the clerk: what happened and what to do. */
  message: string;
  details?: string[];
}

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly details?: string[];

  constructor(code: ApiErrorCode, message: string, details?: string[]) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.details = details;
  }

  toData(): ApiErrorData {
    return { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) };
  }

  static fromData(data: ApiErrorData): ApiError {
    return new ApiError(data.code, data.message, data.details);
  }
}

/** The envelope every call returns across IPC or HTTP: errors travel as data, never as a throw. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiErrorData };
