// The thread that reads and sorts a 交办清单 (started by sheetThread.ts; built as dist/sheetWorker.js).
import { answerInThread } from '../../threads/answerInThread';
import { planSheet } from './sheetPlan';
import type { SheetJob } from './sheetMessages';

answerInThread((job: SheetJob) => planSheet(job));
