// The thread that reads a .docx into a letter (started by docxThread.ts; built as dist/docxWorker.js).
import { readDocx } from '../../../shared/docx/readDocx';
import { letterFromDocx } from '../../../shared/docx/letterFromDocx';
import { answerInThread } from '../threads/answerInThread';
import type { DocxJob } from './docxThread';

answerInThread(async ({ fileName, bytes }: DocxJob) => letterFromDocx(await readDocx(new Uint8Array(bytes), fileName)));
