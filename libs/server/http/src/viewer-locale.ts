import type { Request } from 'express';
import type { MeLocale } from '@lti-rooms/contracts';
import { chooseLocale, supportedLocaleOf, type SupportedLocale } from '@lti-rooms/domain';
import type { LaunchContext } from '@lti-rooms/server-persistence';

/** The language of a page the server writes itself, before any launch is known: the launch's locale when the caller has one, else the browser's. */
export function requestLocaleOf(req: Request, launchLocales: readonly (string | null | undefined)[] = []): SupportedLocale {
  return chooseLocale({ launch: [...launchLocales], acceptLanguage: req.get('accept-language') });
}

/** The language of an authenticated caller: their own choice, then their launch's, then the browser's (one rule for /api/me and every file the server words). */
export function viewerLocaleOf(req: Request, launch: Pick<LaunchContext, 'chosenLocale' | 'locale'>): MeLocale {
  const chosenLocale = supportedLocaleOf(launch.chosenLocale);
  return {
    locale: chooseLocale({ chosen: chosenLocale, launch: [launch.locale], acceptLanguage: req.get('accept-language') }),
    launchLocale: launch.locale,
    chosenLocale,
  };
}
