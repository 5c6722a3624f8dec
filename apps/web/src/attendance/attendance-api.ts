import {
  attendanceListSchema, attendanceMatrixSchema, gradeDeliveriesSchema, gradingViewSchema, myAttendanceSchema, type GradingSettingsBody, type GradingView,
} from '@lti-rooms/contracts';
import type { z } from 'zod';
import { apiDownload, apiRequest } from '../api/client';
import { useApiResource, type ApiResource } from '../api/use-api-resource';

export type AttendanceList = z.infer<typeof attendanceListSchema>;
export type GradeDeliveries = z.infer<typeof gradeDeliveriesSchema>;

const segment = encodeURIComponent;
const roomPath = (roomId: string) => `/api/rooms/${segment(roomId)}`;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Grades on their way: the page asks again while some are pending. */
const DELIVERY_REFRESH_MS = 10_000;

/** Every session of a room with who attended, newest first (owners and co-editors). */
export function useAttendance(roomId: string): ApiResource<AttendanceList> {
  return useApiResource(`${roomPath(roomId)}/attendance`, attendanceListSchema);
}

export function useAttendanceMatrix(roomId: string, enabled: boolean): ApiResource<z.infer<typeof attendanceMatrixSchema>> {
  return useApiResource(`${roomPath(roomId)}/attendance/matrix`, attendanceMatrixSchema, { enabled });
}

export function useMyAttendance(roomId: string): ApiResource<z.infer<typeof myAttendanceSchema>> {
  return useApiResource(`${roomPath(roomId)}/attendance/mine`, myAttendanceSchema);
}

export function useGradeDeliveries(roomId: string): ApiResource<GradeDeliveries> {
  return useApiResource(`${roomPath(roomId)}/grades`, gradeDeliveriesSchema, { refetchIntervalMs: DELIVERY_REFRESH_MS });
}

export function resendGrades(roomId: string, sessionId: string): Promise<GradeDeliveries> {
  return apiRequest(`${roomPath(roomId)}/sessions/${segment(sessionId)}/grades/resend`, gradeDeliveriesSchema, { method: 'POST' });
}

export function useGrading(roomId: string): ApiResource<GradingView> {
  return useApiResource(`${roomPath(roomId)}/grading`, gradingViewSchema);
}

export function saveGrading(roomId: string, settings: GradingSettingsBody): Promise<GradingView> {
  return apiRequest(`${roomPath(roomId)}/grading`, gradingViewSchema, { method: 'PUT', body: settings });
}

/**
 * Saves a file of the API (CSV or XLSX), times in `zone`. The request needs the launch token
 * in a header, so it is fetched and handed to the browser as a download.
 */
async function download(path: string, accept: string, fallbackName: string): Promise<void> {
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

export function downloadSessionAttendance(roomId: string, sessionId: string, zone: string, format: 'csv' | 'xlsx'): Promise<void> {
  const path = `${roomPath(roomId)}/sessions/${segment(sessionId)}/attendance.${format}?zone=${segment(zone)}`;
  return download(path, format === 'csv' ? 'text/csv' : XLSX, `attendance-${sessionId}.${format}`);
}

export function downloadAttendanceMatrix(roomId: string, zone: string): Promise<void> {
  return download(`${roomPath(roomId)}/attendance/matrix.xlsx?zone=${segment(zone)}`, XLSX, 'attendance.xlsx');
}
