import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { Field } from '../../ui';
import { jitsiFieldId, type JitsiFormValues } from './jitsi-form';

interface KindFieldsProps {
  register: UseFormRegister<JitsiFormValues>;
  errors: FieldErrors<JitsiFormValues>;
  /** A secret of this kind is stored: an empty field keeps it. */
  keepsSecret: boolean;
}

const KEEP_SECRET_HINT = 'Leave empty to keep the current secret.';

/** Self-hosted Jitsi Meet with token authentication (prosody "token" auth, HS256). */
export function SelfHostedFields({ register, errors, keepsSecret }: KindFieldsProps) {
  return (
    <div className="kind-fields" data-testid="jitsi-self-hosted-fields">
      <Field id={jitsiFieldId('domain')} label="Domain" required error={errors.domain?.message} hint="The host name of your Jitsi Meet server, e.g. meet.example.edu.">
        {(control) => <input type="text" autoComplete="off" spellCheck={false} {...control} {...register('domain')} />}
      </Field>
      <Field id={jitsiFieldId('appId')} label="App id" required error={errors.appId?.message} hint="The app id your server's token authentication expects (app_id).">
        {(control) => <input type="text" autoComplete="off" spellCheck={false} {...control} {...register('appId')} />}
      </Field>
      <Field
        id={jitsiFieldId('appSecret')}
        label="App secret"
        required={!keepsSecret}
        error={errors.appSecret?.message}
        hint={keepsSecret ? `${KEEP_SECRET_HINT} A secret is stored; it is never shown.` : 'At least 16 characters (app_secret). It is stored encrypted and never shown again.'}
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
      <Field id={jitsiFieldId('jaasAppId')} label="App id" required error={errors.jaasAppId?.message} hint="Your JaaS app id, which starts with vpaas-magic-cookie-.">
        {(control) => <input type="text" autoComplete="off" spellCheck={false} {...control} {...register('jaasAppId')} />}
      </Field>
      <Field id={jitsiFieldId('keyId')} label="Key id" required error={errors.keyId?.message} hint="The id of the API key, from the JaaS console.">
        {(control) => <input type="text" autoComplete="off" spellCheck={false} {...control} {...register('keyId')} />}
      </Field>
      <Field
        id={jitsiFieldId('privateKey')}
        label="Private key (PEM)"
        required={!keepsSecret}
        error={errors.privateKey?.message}
        hint={keepsSecret ? `${KEEP_SECRET_HINT} A private key is stored; it is never shown.` : 'The API key\'s RS256 private key, from -----BEGIN PRIVATE KEY----- to the end. It is stored encrypted and never shown again.'}
      >
        {(control) => <textarea rows={6} autoComplete="off" spellCheck={false} className="input-mono" {...control} {...register('privateKey')} />}
      </Field>
    </div>
  );
}
