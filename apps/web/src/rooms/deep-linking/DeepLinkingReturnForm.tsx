import { useEffect, useRef } from 'react';
import type { DeepLinkingForm } from '../rooms-api';
import { toSafeHttpUrl } from '../../safe-url';
import { t } from '../../i18n';
import { Alert, Button, Loading } from '../../ui';

/**
 * Hands the signed deep-linking response to the LMS the way LTI requires: a real form POST
 * (a navigation, not fetch) with the JWT in the field "JWT". It submits itself; the visible
 * Continue button is the fallback when scripts or the browser stop the automatic submit.
 */
export function DeepLinkingReturnForm({ response }: { response: DeepLinkingForm }) {
  const formRef = useRef<HTMLFormElement>(null);
  const submitted = useRef(false);
  const action = toSafeHttpUrl(response.action);

  useEffect(() => {
    // Once only: React's development double effects must not post twice.
    if (!action || submitted.current) return;
    submitted.current = true;
    formRef.current?.submit();
  }, [action]);

  if (!action) {
    return (
      <Alert tone="error" title={t('rooms.deepLinking.returnErrorTitle')}>
        <p>{t('rooms.deepLinking.returnErrorText')}</p>
      </Alert>
    );
  }

  return (
    <form ref={formRef} method="post" action={action} className="panel" data-testid="deep-linking-return">
      <input type="hidden" name="JWT" value={response.jwt} />
      <Loading label={t('rooms.deepLinking.adding')} />
      <p>{t('rooms.deepLinking.ifNothingHappens')}</p>
      <Button type="submit">{t('rooms.deepLinking.continue')}</Button>
    </form>
  );
}
