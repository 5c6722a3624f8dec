import { LAUNCH_STEP_ELEMENT_ID, launchStepSchema, type LaunchStep } from '@lti-rooms/contracts';

/**
 * Reads the launch step the server embedded in the page (a login to keep in the platform's
 * storage, a launch to prove): null after a normal page load, 'unreadable' when the step is
 * there but cannot be read (the launch failed; a version skew between server and page).
 */
export function readEmbeddedLaunchStep(doc: Document = document): LaunchStep | 'unreadable' | null {
  const element = doc.getElementById(LAUNCH_STEP_ELEMENT_ID);
  if (!element) return null;
  try {
    const parsed = launchStepSchema.safeParse(JSON.parse(element.textContent ?? ''));
    return parsed.success ? parsed.data : 'unreadable';
  } catch {
    return 'unreadable';
  }
}
