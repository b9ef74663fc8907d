// The thread that reads a .docx into a letter (started by docxThread.ts; built as dist/docxWorker.js).
import { readImportedDocx } from '../../../shared/docx/trackedImport';
import { answerInThread } from '../threads/answerInThread';
import type { DocxJob } from './docxThread';

answerInThread(({ fileName, bytes, trackedLine }: DocxJob) => readImportedDocx(new Uint8Array(bytes), fileName, trackedLine === true));
