// The thread that reads a sheet: a 交办清单 sorted into cases, or just the cells of a 校对词表 (started by sheetThread.ts; built as dist/sheetWorker.js).
import { answerInThread } from '../../threads/answerInThread';
import { planSheet, sheetCells } from './sheetPlan';
import type { SheetCells } from './sheetGrid';
import type { SheetJob, SheetPlan } from './sheetMessages';

answerInThread<SheetJob, SheetPlan | SheetCells>((job) => (job.cellsOnly ? sheetCells(job) : planSheet(job)));
