/**
 * The Storage Access API (`document.hasStorageAccess` / `requestStorageAccess`): a frame of
 * another site asks the browser to let it use its own cookies. Safari and Firefox answer
 * after the user's click; Chrome too, for a site it knows.
 */
export function canAskForStorageAccess(doc: Document = document): boolean {
  return window.self !== window.top && typeof doc.requestStorageAccess === 'function' && typeof doc.hasStorageAccess === 'function';
}

/**
 * True when this document may use its cookies without asking: it has access already, or the
 * browser grants it without a click because the user allowed it before.
 */
export async function storageAccessWithoutAsking(doc: Document = document): Promise<boolean> {
  try {
    if (await doc.hasStorageAccess()) return true;
    await doc.requestStorageAccess();
    return true;
  } catch {
    return false;
  }
}

/** Asks, in the user's click. */
export async function askForStorageAccess(doc: Document = document): Promise<boolean> {
  try {
    await doc.requestStorageAccess();
    return true;
  } catch {
    return false;
  }
}
