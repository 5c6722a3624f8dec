import { meResponseSchema, type MeResponse } from '@lti-rooms/contracts';
import { useApiResource, type ApiResource } from './use-api-resource';

/** Who the launch token speaks for: user, course, channel role and the LMS return URL. */
export function useMe(): ApiResource<MeResponse> {
  return useApiResource('/api/me', meResponseSchema);
}
