import { describe, expect, it } from '@jest/globals';
import { jitsiLanguageOf } from './jitsi-lang';

describe('jitsiLanguageOf', () => {
  it('writes regional variants the way Jitsi names them', () => {
    expect(jitsiLanguageOf('pt-BR')).toBe('ptBR');
    expect(jitsiLanguageOf('zh-CN')).toBe('zhCN');
  });

  it('shows the pseudo locale in English', () => {
    expect(jitsiLanguageOf('en-XA')).toBe('en');
  });

  it('keeps plain languages as they are', () => {
    for (const locale of ['en', 'es', 'fr', 'de', 'it', 'nl', 'pl', 'ar', 'ja'] as const) expect(jitsiLanguageOf(locale)).toBe(locale);
  });
});
