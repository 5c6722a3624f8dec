import { attendanceListSchema } from '@lti-rooms/contracts';
import type { z } from 'zod';
import { apiDownload } from '../api/client';
import { useApiResource, type ApiResource } from '../api/use-api-resource';

export type AttendanceList = z.infer<typeof attendanceListSchema>;

const segment = encodeURIComponent;

/** Every session of a room with who attended, newest first (owners and co-editors). */
export function useAttendance(roomId: string): ApiResource<AttendanceList> {
  return useApiResource(`/api/rooms/${segment(roomId)}/attendance`, attendanceListSchema);
}

/**
 * Saves one session's attendance as a CSV file, its times in `zone`. The request needs the
 * launch token in a header, so it is fetched and handed to the browser as a download.
 */
export async function downloadAttendanceCsv(roomId: string, sessionId: string, zone: string): Promise<void> {
  const path = `/api/rooms/${segment(roomId)}/sessions/${segment(sessionId)}/attendance.csv?zone=${segment(zone)}`;
  const { blob, filename } = await apiDownload(path, 'text/csv');
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename ?? `attendance-${sessionId}.csv`;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
