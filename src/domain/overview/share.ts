/** A part of a whole as a whole percentage; null when the whole is empty (nothing to measure). */
export function sharePercent(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.round((Math.min(part, whole) / whole) * 100);
}
