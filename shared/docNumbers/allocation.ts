/**
 * The 发文登记's rule for 取号, the same on a PC and on the team server. Within one series and year a
 * number is never given twice, voided ones included: the next is the one after the highest ever given.
 * A draft that holds a number (not voided) gets it again. A number a PC took offline (待确认) is
 * confirmed when still free, else replaced by the next.
 */
export type Allocation<Held> = { held: Held } | { number: number; confirmed: boolean | null };

export interface SeriesYear<Held> {
  /** The draft's own number in this series and year, not voided. */
  heldByDraft: Held | undefined;
  /** The highest number given out in this series and year, voided ones included; null when none yet. */
  last: number | null;
}

export function allocateNumber<Held>(seriesYear: SeriesYear<Held>, wish: { number: number; free: boolean } | null = null): Allocation<Held> {
  if (seriesYear.heldByDraft !== undefined) return { held: seriesYear.heldByDraft };
  if (wish?.free) return { number: wish.number, confirmed: true };
  return { number: (seriesYear.last ?? 0) + 1, confirmed: wish ? false : null };
}

/** A register row's 作废 as the register shows it: when, by whom and why (null when in use). */
export function voidingOf(row: { voided_at: string | null; voided_by: string | null; void_reason: string | null }) {
  return row.voided_at === null ? null : { at: row.voided_at, by: row.voided_by ?? '', reason: row.void_reason ?? '' };
}
