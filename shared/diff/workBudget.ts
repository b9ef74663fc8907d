class WorkCapReached extends Error {}

/**
 * A deterministic cap on the work of one comparison, counted in token (or bigram) comparisons
 * rather than in time, so the same pair always gives the same result. Spending past the cap
 * abandons the diff that is running; the caller then shows that part paragraph by paragraph.
 */
export class WorkBudget {
  constructor(private remaining: number) {}

  get exhausted(): boolean {
    return this.remaining <= 0;
  }

  spend(units: number): void {
    this.remaining -= units;
    if (this.remaining < 0) throw new WorkCapReached();
  }

  /** Runs `work`, or returns null when the budget is (or becomes) exhausted. */
  attempt<T>(work: () => T): T | null {
    if (this.exhausted) return null;
    try {
      return work();
    } catch (error) {
      if (error instanceof WorkCapReached) return null;
      throw error;
    }
  }
}
