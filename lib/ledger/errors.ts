/**
 * Storage failures in words a user can act on. A purchase that could not be saved is never
 * reported as saved: the router answers with one of these messages instead.
 */
export function storageErrorMessage(e: unknown): string | null {
  const name = (e as { name?: string } | null)?.name ?? '';
  const inner = (e as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  const names = [name, inner];
  if (names.includes('QuotaExceededError')) {
    return 'Your browser’s storage for Embodied is full, so this was not saved. Free some disk space, or export your purchases and remove old ones.';
  }
  if (
    names.some((n) => ['MissingAPIError', 'InvalidStateError', 'OpenFailedError', 'DatabaseClosedError'].includes(n))
  ) {
    return 'This browser gives Embodied no database (IndexedDB is unavailable, e.g. blocked by a setting or a private window), so nothing can be saved.';
  }
  return null;
}
