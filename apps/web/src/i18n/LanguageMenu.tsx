import { isLoopbackHost, SUPPORTED_LOCALES, supportedLocaleOf, type SupportedLocale } from '@lti-rooms/domain';
import { useId, useState, type ChangeEvent } from 'react';
import { z } from 'zod';
import { apiRequest } from '../api/client';
import { ME_PATH, queryClient } from '../api/query-client';
import { getLaunchToken } from '../boot/launch-token';
import { activateLocale, followUserLocale, setPseudoLocale } from './active-locale';
import { useDisplayLocale } from './I18nProvider';
import { LANGUAGE_NAMES } from './language-names';
import { PSEUDO_LOCALE } from './pseudo-locale';
import { t } from './translate';

const ME_LOCALE_PATH = '/api/me/locale';
const meLocaleAnswer = z.object({ locale: z.string() });

/** The menu's value for "as my course says": the user's own choice is forgotten. */
const FOLLOW_COURSE = '';

/**
 * The page's language switch, in the header of every page. A signed-in user's choice is kept
 * on the server, for every later launch; without a session it holds for this page only.
 */
export function LanguageMenu() {
  const id = useId();
  const shown = useDisplayLocale();
  const [busy, setBusy] = useState(false);

  async function choose(event: ChangeEvent<HTMLSelectElement>) {
    const value = event.target.value;
    setBusy(true);
    try {
      if (value === PSEUDO_LOCALE) {
        setPseudoLocale(true);
        await activateLocale(PSEUDO_LOCALE);
        return;
      }
      setPseudoLocale(false);
      const chosen: SupportedLocale | null = supportedLocaleOf(value);
      if (getLaunchToken() === null) {
        await activateLocale(chosen ?? 'en');
        return;
      }
      const answer = await apiRequest(ME_LOCALE_PATH, meLocaleAnswer, { method: 'PUT', body: { locale: chosen } });
      await queryClient.invalidateQueries({ queryKey: ['api', ME_PATH] });
      await followUserLocale(answer.locale);
    } catch {
      // The choice could not be kept: show it for this page anyway.
      await activateLocale(supportedLocaleOf(value) ?? 'en');
    } finally {
      setBusy(false);
    }
  }

  return (
    <span className="language-menu">
      <label htmlFor={id}>{t('languageMenu.label')}</label>
      <select id={id} value={shown} onChange={(event) => void choose(event)} disabled={busy}>
        {getLaunchToken() !== null && <option value={FOLLOW_COURSE}>{t('languageMenu.followCourse')}</option>}
        {SUPPORTED_LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {LANGUAGE_NAMES[locale]}
          </option>
        ))}
        {/* Offered where the tool runs on this machine (development), and while it is on. */}
        {(shown === PSEUDO_LOCALE || isLoopbackHost(window.location.hostname)) && <option value={PSEUDO_LOCALE}>{t('languageMenu.pseudo')}</option>}
      </select>
    </span>
  );
}
