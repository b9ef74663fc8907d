// The thread that unzips and checks a .dafu package and prepares its revisions' stored bytes (started by packageThread.ts; built as dist/packageWorker.js).
import { ApiError } from '../../../shared/api/errors';
import { PackageRefused } from '../../../shared/review/packageFormat';
import { answerInThread } from '../threads/answerInThread';
import { prepareArrival } from './arrivedPayload';
import { readPackage } from './packageFile';
import type { PackageJob } from './packageThread';

answerInThread(async ({ bytes, supportedSchemaVersion }: PackageJob) => {
  try {
    const { manifest, payload } = await readPackage(new Uint8Array(bytes), supportedSchemaVersion);
    return { manifest, payload: prepareArrival(payload) };
  } catch (error) {
    if (error instanceof PackageRefused) throw new ApiError('invalid_input', error.message);
    throw error;
  }
});
