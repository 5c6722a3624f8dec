import type { MeResponse } from '@lti-rooms/contracts';
import type { ReactNode } from 'react';
import { NavLink } from 'react-router-dom';
import { t } from '../i18n';

/**
 * The header links this user may follow, or undefined when there are none (so no empty
 * navigation landmark is drawn). Administration is offered to administrators only; the
 * server refuses everyone else anyway.
 */
export function appNavigation(me: MeResponse): ReactNode | undefined {
  if (!me.isAdministrator) return undefined;
  return (
    // NavLink marks the link aria-current="page" on /admin and every admin section.
    <NavLink to="/admin" className="page-nav-link">
      {t('common.navigation.administration')}
    </NavLink>
  );
}
