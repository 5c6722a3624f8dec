import type { Course } from './types';

export const DEMO_COURSE: Readonly<Course> = { id: 'demo-course-101', label: 'DEMO-101', title: 'Demo Course 101' };

/** Id of the link every course has, pointing at the tool's course view ("open the course"). */
export const DEFAULT_RESOURCE_LINK_ID = 'course-meeting-rooms';
export const DEFAULT_RESOURCE_LINK_TITLE = 'Course meeting rooms';

/**
 * Tests may launch into other course ids to simulate a second course (a second channel in the
 * tool). Those courses get a derived label and title; they share the demo roster.
 */
export function courseFor(courseId: string | undefined): Course {
  if (!courseId || courseId === DEMO_COURSE.id) return { ...DEMO_COURSE };
  return { id: courseId, label: courseId.toUpperCase(), title: `Course ${courseId}` };
}
