const STEPS = [0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2];

/** The next zoom step up or down from the current factor (Ctrl+= / Ctrl+-). */
export function nextZoom(current: number, direction: 1 | -1): number {
  const index = STEPS.findIndex((step) => step >= current - 1e-9);
  const at = index === -1 ? STEPS.length - 1 : index;
  return STEPS[Math.min(STEPS.length - 1, Math.max(0, at + direction))];
}
