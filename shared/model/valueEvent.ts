import { z } from 'zod';
import { Uuid } from './draft';

/**
 * One change to one value that travels between PCs as an event (a draft's name, its place in the
 * 回收站; a case fact): who set which value when. `accepted` is the order in which the team server
 * took it (null until it has). shared/merge/latestWins decides which event stands.
 */
export const ValueEventSchema = z.object({
  id: Uuid,
  field: z.string().min(1).max(40),
  value: z.string().max(1000).nullable(),
  at: z.string().min(1).max(40),
  by: z.string().max(100),
  accepted: z.number().int().min(1).nullable(),
});
export type ValueEvent = z.infer<typeof ValueEventSchema>;
