import { launchErrorSchema, type LaunchError } from '@lti-rooms/contracts';
import { t } from '../i18n/translate';

/** Id of the `<script type="application/json">` the server injects into index.html after a failed launch. */
export const LAUNCH_ERROR_ELEMENT_ID = 'launch-error';

/** A launch failure without details: the embedded JSON is unreadable, or only a code is known. */
export function genericLaunchError(code = 'LAUNCH_FAILED'): LaunchError {
  return {
    status: 400,
    code,
    title: t('common.launchError.title'),
    detail: t('common.launchError.detail'),
    adminHint: t('common.launchError.adminHint'),
  };
}

/** Reads the launch error the server embedded in the page, or null after a normal page load. */
export function readEmbeddedLaunchError(doc: Document = document): LaunchError | null {
  const element = doc.getElementById(LAUNCH_ERROR_ELEMENT_ID);
  if (!element) return null;
  try {
    const parsed = launchErrorSchema.safeParse(JSON.parse(element.textContent ?? ''));
    // The element's presence alone proves the launch failed, so a bad payload still shows an error page.
    return parsed.success ? parsed.data : genericLaunchError();
  } catch {
    return genericLaunchError();
  }
}
