import { meResponseSchema } from '@lti-rooms/contracts';
import { apiRequest } from '../api/client';
import { ME_PATH, queryClient } from '../api/query-client';
import { getLaunchToken } from './launch-token';
import { bootLocale, pseudoLocaleOn, PSEUDO_LOCALE, type DisplayLocale } from '../i18n';
import { supportedLocaleOf } from '@lti-rooms/domain';

/**
 * The locale the first paint uses. A signed-in page asks /api/me first (every page needs it
 * anyway; the answer stays in the query cache): its locale is the user's choice, else the
 * launch's, else the browser's. Other pages use what the server wrote on `<html lang>`.
 */
export async function startingLocale({ signedIn }: { signedIn: boolean }): Promise<DisplayLocale> {
  if (pseudoLocaleOn()) return PSEUDO_LOCALE;
  if (!signedIn || getLaunchToken() === null) return bootLocale();
  try {
    const me = await queryClient.fetchQuery({ queryKey: ['api', ME_PATH], queryFn: () => apiRequest(ME_PATH, meResponseSchema), staleTime: Infinity });
    return supportedLocaleOf(me.locale) ?? bootLocale();
  } catch {
    // The page shows the failure itself (expired session, server down) in the boot language.
    return bootLocale();
  }
}
