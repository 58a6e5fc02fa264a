/** Turns anything thrown by a bridge call into a sentence for the user. */
export function errorMessageOf(error: unknown): string {
  if (error instanceof Error && error.message.trim()) return error.message.trim();
  if (typeof error === 'string' && error.trim()) return error.trim();
  return 'Something went wrong. Try again, or reload the page.';
}
