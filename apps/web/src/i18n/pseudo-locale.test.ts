import { describe, expect, it } from '@jest/globals';
import { createIntl } from 'react-intl';
import { PSEUDO_CLOSE, PSEUDO_OPEN, pseudoCatalog } from './pseudo-locale';

function format(message: string, values?: Record<string, string | number>): string {
  const intl = createIntl({ locale: 'en', messages: pseudoCatalog({ id: message }) });
  return intl.formatMessage({ id: 'id' }, values);
}

describe('the pseudo locale', () => {
  it('accents, brackets and lengthens the text by 40% of its letters', () => {
    const text = format('Create a room');
    expect(text.startsWith(PSEUDO_OPEN) && text.endsWith(PSEUDO_CLOSE)).toBe(true);
    expect(text).toContain('Çŕéáţé á ŕóóɱ');
    // 11 letters: 5 more, 40% rounded up.
    expect(text).toBe(`${PSEUDO_OPEN}Çŕéáţé á ŕóóɱ ·····${PSEUDO_CLOSE}`);
  });

  it('keeps arguments, plurals and numbers working, and leaves what they insert alone', () => {
    const message = '{count, plural, one {# person waiting} other {# people waiting}} for {room}';
    expect(format(message, { count: 1, room: 'Physics' })).toContain('1 þéŕšóñ ŵáíţíñĝ ƒóŕ Physics');
    expect(format(message, { count: 3, room: 'Physics' })).toContain('3 þéóþĺé ŵáíţíñĝ ƒóŕ Physics');
  });
});
