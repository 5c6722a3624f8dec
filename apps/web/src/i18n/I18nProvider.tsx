import { useSyncExternalStore, type ReactNode } from 'react';
import { RawIntlProvider } from 'react-intl';
import { activeLocale, subscribeToLocale } from './active-locale';

/**
 * Gives the app its language. Keyed by locale: a switch re-renders every page, including
 * text computed outside components by `t()`.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const { locale, intl } = useSyncExternalStore(subscribeToLocale, activeLocale);
  return (
    <RawIntlProvider key={locale} value={intl}>
      {children}
    </RawIntlProvider>
  );
}

/** The locale the page is shown in. */
export function useDisplayLocale() {
  return useSyncExternalStore(subscribeToLocale, activeLocale).locale;
}
