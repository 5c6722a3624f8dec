import {
  attendanceListSchema, attendanceMatrixSchema, gradeDeliveriesSchema, gradingViewSchema, myAttendanceSchema, type AttendanceMatrix, type GradeDelivery,
  type GradingSettingsBody, type GradingView, type MyAttendance,
} from '@lti-rooms/contracts';
import type { z } from 'zod';
import { apiDownload, apiRequest } from '../api/client';
import { useApiResource, type ApiResource } from '../api/use-api-resource';

export type AttendanceList = z.infer<typeof attendanceListSchema>;

const segment = encodeURIComponent;
const roomPath = (roomId: string) => `/api/rooms/${segment(roomId)}`;
const sessionPath = (roomId: string, sessionId: string) => `${roomPath(roomId)}/sessions/${segment(sessionId)}`;

const CSV_TYPE = 'text/csv';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Every session of a room with who attended and who never came, newest first (owners and co-editors). */
export function useAttendance(roomId: string): ApiResource<AttendanceList> {
  return useApiResource(`${roomPath(roomId)}/attendance`, attendanceListSchema);
}

/** Students × the room's sessions, with totals. */
export function useAttendanceMatrix(roomId: string, enabled: boolean): ApiResource<AttendanceMatrix> {
  return useApiResource(`${roomPath(roomId)}/attendance/matrix`, attendanceMatrixSchema, { enabled });
}

/** The viewer's own attendance and score; the server never gives anyone else's. */
export function useMyAttendance(roomId: string): ApiResource<MyAttendance> {
  return useApiResource(`${roomPath(roomId)}/attendance/mine`, myAttendanceSchema);
}

export function useGrading(roomId: string): ApiResource<GradingView> {
  return useApiResource(`${roomPath(roomId)}/grading`, gradingViewSchema);
}

export function saveGrading(roomId: string, settings: GradingSettingsBody): Promise<GradingView> {
  return apiRequest(`${roomPath(roomId)}/grading`, gradingViewSchema, { method: 'PUT', body: settings });
}

/** How far each ended session's grades got towards each course's gradebook. */
export function useGradeDeliveries(roomId: string): ApiResource<{ deliveries: GradeDelivery[] }> {
  return useApiResource(`${roomPath(roomId)}/grades`, gradeDeliveriesSchema);
}

/** Sends a session's grades again; answers every delivery of the room as they are now. */
export function resendGrades(roomId: string, sessionId: string): Promise<{ deliveries: GradeDelivery[] }> {
  return apiRequest(`${sessionPath(roomId, sessionId)}/grades/resend`, gradeDeliveriesSchema, { method: 'POST' });
}

export type AttendanceFileFormat = 'csv' | 'xlsx';

/** One session's register as CSV or XLSX, its times in `zone`. */
export function downloadSessionAttendance(roomId: string, sessionId: string, format: AttendanceFileFormat, zone: string): Promise<void> {
  const path = `${sessionPath(roomId, sessionId)}/attendance.${format}?zone=${segment(zone)}`;
  return saveFile(path, format === 'csv' ? CSV_TYPE : XLSX_TYPE, `attendance-${sessionId}.${format}`);
}

/** The room's students × sessions matrix as XLSX. */
export function downloadAttendanceMatrix(roomId: string, zone: string): Promise<void> {
  return saveFile(`${roomPath(roomId)}/attendance/matrix.xlsx?zone=${segment(zone)}`, XLSX_TYPE, `attendance-${roomId}.xlsx`);
}

/**
 * The request needs the launch token in a header, so the file is fetched and handed to the
 * browser as a download rather than linked.
 */
async function saveFile(path: string, accept: string, fallbackName: string): Promise<void> {
  const { blob, filename } = await apiDownload(path, accept);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename ?? fallbackName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
