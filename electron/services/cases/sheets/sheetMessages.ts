import type { ColumnMapping, ImportColumn } from '../../../../shared/cases/importColumns';
import type { ImportDefaults, ImportPlan } from '../../../../shared/cases/importRows';

/**
 * A 交办清单 to read and sort into new cases, duplicates and rejected rows: the file's bytes (moved
 * to the thread, not copied) or cells already read, and what the register holds already.
 */
export interface SheetJob {
  fileName: string;
  bytes?: ArrayBuffer;
  rows?: string[][];
  mapping?: ColumnMapping;
  defaults?: ImportDefaults;
  existingKeys: string[];
  /** Only this many accepted rows are sent back (a preview shows 200); all when absent. */
  acceptedLimit?: number;
  /** Only the cells are wanted (a bureau's 校对词表), not sorted into cases. */
  cellsOnly?: boolean;
}

export interface SheetPlan extends ImportPlan {
  headers: string[];
  /** 1-based row of the headers. */
  headerRow: number;
  mapping: ColumnMapping;
  missingColumns: ImportColumn[];
}
