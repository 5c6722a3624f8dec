import { Router } from 'express';
import { courseFor, DEMO_COURSE } from '../demo-course';
import { courseLanguageOf, coursePage, embeddedLaunchPage } from '../course-page';
import { findLaunchUser } from '../demo-users';
import { gradebookPage } from '../gradebook-page';
import { errorPage } from '../html';
import type { Platform } from '../platform';
import { PLATFORM_STORAGE_SWITCH, STORAGE_FRAME_PATH, storageFramePage } from '../platform-storage';
import { runDynamicRegistration } from '../registration-initiator';

/** The human side of the LMS: course pages and the "Register with tool" button. */
export function coursePageRoutes(platform: Platform): Router {
  const router = Router();

  router.get('/', (req, res) => {
    res.type('html').send(coursePage(platform, { ...DEMO_COURSE }, courseLanguageOf(req.query.lang)));
  });

  router.get('/courses/:courseId', (req, res) => {
    res.type('html').send(coursePage(platform, courseFor(req.params.courseId), courseLanguageOf(req.query.lang)));
  });

  router.get('/courses/:courseId/gradebook', (req, res) => {
    const course = courseFor(req.params.courseId);
    res.type('html').send(gradebookPage(course, platform.gradebook.lineItems(course.id)));
  });

  router.get('/courses/:courseId/embedded/:userId', (req, res) => {
    if (!platform.registration() || !findLaunchUser(req.params.userId)) {
      res.status(404).type('html').send(errorPage('Not found', 'No such user, or the Dev LMS is not registered with the tool yet.'));
      return;
    }
    const platformStorage = req.query[PLATFORM_STORAGE_SWITCH] !== 'off';
    res.type('html').send(embeddedLaunchPage(platform, courseFor(req.params.courseId), req.params.userId, platformStorage, courseLanguageOf(req.query.lang)));
  });

  router.get(STORAGE_FRAME_PATH, (_req, res) => {
    res.type('html').send(storageFramePage());
  });

  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the dev LMS's handler catches its own failures
  router.post('/admin/register', async (req, res) => {
    const courseId = typeof req.body?.course_id === 'string' ? req.body.course_id : undefined;
    try {
      await runDynamicRegistration(platform);
    } catch (error) {
      platform.logger.warn((error as Error).message);
      res.status(502).type('html').send(errorPage('Registration with the tool failed', (error as Error).message));
      return;
    }
    // Post/redirect/get, so reloading the page does not register a second time.
    res.redirect(303, courseId ? `/courses/${encodeURIComponent(courseId)}` : '/');
  });

  return router;
}
