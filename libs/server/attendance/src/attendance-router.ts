import { Router, type Response } from 'express';
import { attendanceListSchema, attendanceMatrixSchema, gradeDeliveriesSchema, gradingSettingsSchema, gradingViewSchema, myAttendanceSchema } from '@lti-rooms/contracts';
import { launchOf, parseBody, route, viewerLocaleOf, viewerOf } from '@lti-rooms/server-http';
import type { Request } from 'express';
import type { AttendanceService } from './attendance-service';
import type { GradingService } from './grading-service';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const zoneOf = (req: Request) => (typeof req.query.zone === 'string' ? req.query.zone : 'UTC');

function sendFile(res: Response, type: string, file: { filename: string; body: string | Buffer }): void {
  res.type(type).set('Content-Disposition', `attachment; filename="${file.filename}"`).set('Cache-Control', 'no-store').vary('Accept-Language').send(file.body);
}

/** Attendance (registers, downloads, a student's own) and grading (rule, delivery, resend); joining and leaving go through Socket.IO. */
export function attendanceRouter(attendance: AttendanceService, grading: GradingService): Router {
  const router = Router();
  router.get('/rooms/:roomId/attendance', route(async (req, res) => {
    res.json(attendanceListSchema.parse({ sessions: await attendance.list(viewerOf(res), req.params.roomId) }));
  }));
  router.get('/rooms/:roomId/attendance/mine', route(async (req, res) => {
    res.json(myAttendanceSchema.parse(await attendance.mine(viewerOf(res), req.params.roomId)));
  }));
  router.get('/rooms/:roomId/attendance/matrix', route(async (req, res) => {
    res.json(attendanceMatrixSchema.parse(await attendance.matrix(viewerOf(res), req.params.roomId)));
  }));
  router.get('/rooms/:roomId/attendance/matrix.xlsx', route(async (req, res) => {
    const { locale } = viewerLocaleOf(req, launchOf(res));
    sendFile(res, XLSX_TYPE, await attendance.matrixXlsx(viewerOf(res), req.params.roomId, zoneOf(req), locale));
  }));
  router.get('/rooms/:roomId/sessions/:sessionId/attendance.csv', route(async (req, res) => {
    const { locale } = viewerLocaleOf(req, launchOf(res));
    sendFile(res, 'text/csv; charset=utf-8', await attendance.csv(viewerOf(res), req.params.roomId, req.params.sessionId, zoneOf(req), locale));
  }));
  router.get('/rooms/:roomId/sessions/:sessionId/attendance.xlsx', route(async (req, res) => {
    const { locale } = viewerLocaleOf(req, launchOf(res));
    sendFile(res, XLSX_TYPE, await attendance.xlsx(viewerOf(res), req.params.roomId, req.params.sessionId, zoneOf(req), locale));
  }));
  router.get('/rooms/:roomId/grading', route(async (req, res) => {
    res.json(gradingViewSchema.parse(await grading.view(viewerOf(res), req.params.roomId)));
  }));
  router.put('/rooms/:roomId/grading', route(async (req, res) => {
    const settings = parseBody(gradingSettingsSchema, req.body);
    res.json(gradingViewSchema.parse(await grading.save(viewerOf(res), req.params.roomId, settings)));
  }));
  router.get('/rooms/:roomId/grades', route(async (req, res) => {
    res.json(gradeDeliveriesSchema.parse(await grading.deliveries(viewerOf(res), req.params.roomId)));
  }));
  router.post('/rooms/:roomId/sessions/:sessionId/grades/resend', route(async (req, res) => {
    res.json(gradeDeliveriesSchema.parse(await grading.resend(viewerOf(res), req.params.roomId, req.params.sessionId)));
  }));
  return router;
}
