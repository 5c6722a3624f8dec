import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { t } from '../../i18n';
import { Field } from '../../ui';
import { jitsiFieldId, type JitsiFormValues } from './jitsi-form';

interface KindFieldsProps {
  register: UseFormRegister<JitsiFormValues>;
  errors: FieldErrors<JitsiFormValues>;
  /** A secret of this kind is stored: an empty field keeps it. */
  keepsSecret: boolean;
}

/** Self-hosted Jitsi Meet with token authentication (prosody "token" auth, HS256). */
export function SelfHostedFields({ register, errors, keepsSecret }: KindFieldsProps) {
  return (
    <div className="kind-fields" data-testid="jitsi-self-hosted-fields">
      <Field id={jitsiFieldId('domain')} label={t('admin.jitsi.domain')}
        required
        error={errors.domain?.message}
        hint={t('admin.jitsi.domainHint')}
       >
        {(control) => <input type="text" autoComplete="off" spellCheck={false} {...control} {...register('domain')} />}
      </Field>
      <Field id={jitsiFieldId('appId')} label={t('admin.jitsi.appId')}
        required
        error={errors.appId?.message}
        hint={t('admin.jitsi.appIdHint')}
       >
        {(control) => <input type="text" autoComplete="off" spellCheck={false} {...control} {...register('appId')} />}
      </Field>
      <Field
        id={jitsiFieldId('appSecret')}
        label={t('admin.jitsi.appSecret')}
        required={!keepsSecret}
        error={errors.appSecret?.message}
        hint={keepsSecret ? t('admin.jitsi.appSecretKeptHint') : t('admin.jitsi.appSecretHint')}
      >
        {(control) => <input type="password" autoComplete="off" spellCheck={false} {...control} {...register('appSecret')} />}
      </Field>
    </div>
  );
}

/** 8x8 Jitsi as a Service: app id, API key id and that key's RS256 private key. */
export function JaasFields({ register, errors, keepsSecret }: KindFieldsProps) {
  return (
    <div className="kind-fields" data-testid="jitsi-jaas-fields">
      <Field id={jitsiFieldId('jaasAppId')} label={t('admin.jitsi.appId')}
        required
        error={errors.jaasAppId?.message}
        hint={t('admin.jitsi.jaasAppIdHint')}
       >
        {(control) => <input type="text" autoComplete="off" spellCheck={false} {...control} {...register('jaasAppId')} />}
      </Field>
      <Field id={jitsiFieldId('keyId')} label={t('admin.jitsi.keyId')}
        required
        error={errors.keyId?.message}
        hint={t('admin.jitsi.keyIdHint')}
       >
        {(control) => <input type="text" autoComplete="off" spellCheck={false} {...control} {...register('keyId')} />}
      </Field>
      <Field
        id={jitsiFieldId('privateKey')}
        label={t('admin.jitsi.privateKey')}
        required={!keepsSecret}
        error={errors.privateKey?.message}
        hint={keepsSecret ? t('admin.jitsi.privateKeyKeptHint') : t('admin.jitsi.privateKeyHint')}
      >
        {(control) => <textarea rows={6} autoComplete="off" spellCheck={false} className="input-mono" {...control} {...register('privateKey')} />}
      </Field>
    </div>
  );
}
