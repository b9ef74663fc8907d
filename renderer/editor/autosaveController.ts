export interface AutosaveOptions {
  delayMs: number;
  /** While an IME composition is open, nothing is saved: a half-typed syllable is not text yet. */
  isComposing: () => boolean;
  /** Saves the current text; resolves false when saving must stop (the draft changed elsewhere). */
  save: () => Promise<boolean>;
  onDirty: () => void;
}

export interface Autosave {
  changed: () => void;
  /** Saves now if anything is unsaved, after any save already under way. */
  flush: () => Promise<void>;
  dispose: () => void;
}

/** Debounced, one-at-a-time saving of the working copy. */
export function createAutosave({ delayMs, isComposing, save, onDirty }: AutosaveOptions): Autosave {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dirty = false;
  let stopped = false;
  let inFlight: Promise<void> | undefined;

  function schedule(): void {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (isComposing()) schedule();
      else void saveNow();
    }, delayMs);
  }

  const saveNow = async (): Promise<void> => {
    while (inFlight) await inFlight;
    if (!dirty || stopped) return;
    dirty = false;
    inFlight = save()
      .then((keepGoing) => {
        if (!keepGoing) stopped = true;
      })
      .catch(() => {
        dirty = true;
        schedule();
      })
      .finally(() => {
        inFlight = undefined;
      });
    await inFlight;
  };

  return {
    changed() {
      if (stopped) return;
      dirty = true;
      onDirty();
      schedule();
    },
    flush() {
      clearTimeout(timer);
      return saveNow();
    },
    dispose() {
      clearTimeout(timer);
    },
  };
}
