import { Router } from 'express';
import { attendanceListSchema } from '@lti-rooms/contracts';
import { launchOf, route, viewerLocaleOf, viewerOf } from '@lti-rooms/server-http';
import { AttendanceService } from './attendance-service';

/** /api/rooms/:roomId/attendance and its CSV download; joining and leaving go through Socket.IO. */
export function meetingsRouter(attendance: AttendanceService): Router {
  const router = Router();
  router.get('/rooms/:roomId/attendance', route(async (req, res) => {
    res.json(attendanceListSchema.parse({ sessions: await attendance.list(viewerOf(res), req.params.roomId) }));
  }));
  router.get('/rooms/:roomId/sessions/:sessionId/attendance.csv', route(async (req, res) => {
    const zone = typeof req.query.zone === 'string' ? req.query.zone : 'UTC';
    const { locale } = viewerLocaleOf(req, launchOf(res));
    const { filename, body } = await attendance.csv(viewerOf(res), req.params.roomId, req.params.sessionId, zone, locale);
    res.type('text/csv; charset=utf-8').set('Content-Disposition', `attachment; filename="${filename}"`).set('Cache-Control', 'no-store').vary('Accept-Language').send(body);
  }));
  return router;
}
