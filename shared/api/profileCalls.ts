import { z } from 'zod';
import { BureauProfileSchema } from '../profile/bureauProfile';

const noInput = z.object({}).strict();

/** 单位信息: the bureau's own facts that new drafts read, kept here and carried to another PC as a file. */
export const profileCalls = {
  'profile.get': { input: noInput, output: BureauProfileSchema },
  'profile.save': { input: BureauProfileSchema, output: BureauProfileSchema },
  'profile.export': { input: noInput, output: z.object({ fileName: z.string(), text: z.string() }) },
  // A bad list row in the file is left out and named in `refused`; everything else is imported.
  'profile.import': {
    input: z.object({ text: z.string().max(5_000_000, '文件太大，不是单位信息文件。') }).strict(),
    output: z.object({ profile: BureauProfileSchema, refused: z.array(z.string()) }),
  },
} as const;
