import { z } from 'zod';
import { COMMAND_IDS } from '../commands/commandList';
import { Uuid } from '../model/draft';
import { PrintSettingsSchema } from '../print/settings';

const printJob = z.object({ draftId: Uuid, settings: PrintSettingsSchema }).strict();

/**
 * Calls only the desktop shell can fully answer: the system print dialog, printToPDF with a save
 * dialog, the default printer's paper, and greying out the application menu. The browser host and
 * the CLI answer them too, saying plainly what they cannot do, so the one contract stays whole.
 */
export const shellCalls = {
  'shell.print': { input: printJob, output: z.object({ outcome: z.enum(['printed', 'cancelled']) }) },
  'shell.exportPdf': {
    input: printJob,
    output: z.discriminatedUnion('outcome', [
      z.object({ outcome: z.literal('saved'), path: z.string(), pages: z.number().int() }),
      z.object({ outcome: z.literal('cancelled') }),
    ]),
  },
  'shell.paper': {
    input: z.object({}).strict(),
    output: z.object({ status: z.enum(['a4', 'other', 'unknown']), printer: z.string().optional(), paper: z.string().optional() }),
  },
  'shell.commandStates': { input: z.object({ unavailable: z.array(z.enum(COMMAND_IDS)).max(COMMAND_IDS.length) }).strict(), output: z.object({}) },
} as const;

export type ShellCallName = keyof typeof shellCalls;
export const SHELL_CALL_NAMES = Object.keys(shellCalls) as ShellCallName[];
