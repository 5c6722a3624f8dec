import { launchErrorSchema, type LaunchError } from '@lti-rooms/contracts';

/** Id of the `<script type="application/json">` the server injects into index.html after a failed launch. */
export const LAUNCH_ERROR_ELEMENT_ID = 'launch-error';

/** A launch failure without details: the embedded JSON is unreadable, or only a code is known. */
export function genericLaunchError(code = 'LAUNCH_FAILED'): LaunchError {
  return {
    status: 400,
    code,
    title: 'This room could not be opened',
    detail: 'Your course could not start LTI Rooms. Open the room again from your course.',
    adminHint:
      'The LTI launch was rejected. The LTI Rooms server log names the reason; check that the platform is registered and active.',
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
