import { acceptedLanguages, chooseLocale, supportedLocaleOf, textDirection } from './locale-choice';

describe('the page language', () => {
  it.each([
    ['fr', 'fr'], ['FR-ca', 'fr'], ['de-AT', 'de'], ['pt-BR', 'pt-BR'], ['pt_br', 'pt-BR'], ['pt-PT', 'pt-BR'], ['pt', 'pt-BR'],
    ['zh-CN', 'zh-CN'], ['zh-Hans-CN', 'zh-CN'], ['ar-EG', 'ar'], ['ja-JP', 'ja'], ['en-US', 'en'], ['sv-SE', null], ['', null],
  ])('%s is spoken as %s', (tag, expected) => expect(supportedLocaleOf(tag)).toBe(expected));

  it('reads Accept-Language by weight, then order, without q=0 or *', () => {
    expect(acceptedLanguages('de-CH, fr;q=0.9, en;q=0.8, *;q=0.5, ja;q=0')).toEqual(['de-CH', 'fr', 'en']);
    expect(acceptedLanguages('en;q=0.5, nl')).toEqual(['nl', 'en']);
    expect(acceptedLanguages(undefined)).toEqual([]);
  });

  it.each([
    [{ chosen: 'ja', launch: ['fr'], acceptLanguage: 'de' }, 'ja'],
    [{ launch: ['fr-CA', 'de'], acceptLanguage: 'es' }, 'fr'],
    [{ launch: [null, 'it-IT'], acceptLanguage: 'es' }, 'it'],
    [{ launch: ['sv-SE'], acceptLanguage: 'sv, pl;q=0.8' }, 'pl'],
    [{ launch: ['sv-SE'], acceptLanguage: 'sv' }, 'en'],
    [{}, 'en'],
  ])('%j → %s', (sources, expected) => expect(chooseLocale(sources)).toBe(expected));

  it('writes Arabic right to left', () => {
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('ar-EG')).toBe('rtl');
    expect(textDirection('ja')).toBe('ltr');
  });
});
