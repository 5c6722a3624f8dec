import { useCallback } from 'react';
import { useNavigate } from 'react-router-dom';
import type { LeaveDestination } from '../leave-destination';

/** Follows a leave destination: a route of this app, or the LMS (a full page load, inside the LMS frame). */
export function useGoTo(): (destination: LeaveDestination) => void {
  const navigate = useNavigate();
  return useCallback(
    (destination: LeaveDestination) => {
      if (destination.kind === 'route') void navigate(destination.path);
      else window.location.assign(destination.url);
    },
    [navigate],
  );
}
