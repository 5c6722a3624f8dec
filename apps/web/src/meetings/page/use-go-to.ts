import { useCallback } from 'react';
import { useNavigate } from 'react-router-dom';
import type { LeaveDestination } from '../leave-destination';

/**
 * Follows a leave destination: a route of this app, or the LMS (a full page load, inside the
 * LMS frame). The meeting page's history entry is replaced, so Back after leaving does not
 * walk into the call again.
 */
export function useGoTo(): (destination: LeaveDestination) => void {
  const navigate = useNavigate();
  return useCallback(
    (destination: LeaveDestination) => {
      if (destination.kind === 'route') void navigate(destination.path, { replace: true });
      else window.location.replace(destination.url);
    },
    [navigate],
  );
}
