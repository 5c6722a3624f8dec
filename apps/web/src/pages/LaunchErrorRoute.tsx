import { useSearchParams } from 'react-router-dom';
import { genericLaunchError } from '../boot/embedded-launch-error';
import { LaunchErrorPage } from './LaunchErrorPage';

// Only a code travels in the query (never text), so a crafted link cannot put words in our mouth.
const CODE_PATTERN = /^[A-Z][A-Z0-9_]{0,63}$/;

/**
 * `/launch-error` reached by navigation rather than as the server's error response, so
 * there are no embedded details: explain in general terms.
 */
export function LaunchErrorRoute() {
  const [searchParams] = useSearchParams();
  const code = searchParams.get('code') ?? '';
  return <LaunchErrorPage error={genericLaunchError(CODE_PATTERN.test(code) ? code : undefined)} general />;
}
