/**
 * `record[key]` when the record itself holds the key. Field values, answer types, word lists and the
 * like are keyed by names the clerk or a file chose; a plain lookup of 「toString」, 「valueOf」 or
 * 「constructor」 would find Object.prototype's function instead of nothing.
 */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
