import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

/**
 * The pseudo locale (development and the pseudo-localization test): every catalog text
 * accented, 40% longer and bracketed, so text that skipped the catalog stands out unaccented
 * and layouts meet longer languages before a translator does. Only the literal parts of a
 * message change; arguments, plurals and tags keep working.
 */
export const PSEUDO_LOCALE = 'en-XA';

/** What brackets every pseudo-localized text; the walk test looks for these. */
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

const ACCENTED: Record<string, string> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'đ', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ĺ', m: 'ɱ',
  n: 'ñ', o: 'ó', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'ú', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Á', B: 'Ɓ', C: 'Ç', D: 'Đ', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Í', J: 'Ĵ', K: 'Ķ', L: 'Ĺ', M: 'Ṁ',
  N: 'Ñ', O: 'Ó', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Ú', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

const LENGTHENING = 0.4;

function accent(text: string): string {
  return text.replace(/[A-Za-z]/g, (letter) => ACCENTED[letter] ?? letter);
}

/** The filler that makes a text 40% longer, counted on its letters. */
function padding(letters: number): string {
  const extra = Math.ceil(letters * LENGTHENING);
  return extra === 0 ? '' : ' ' + '·'.repeat(extra);
}

function letterCount(elements: MessageFormatElement[]): number {
  return elements.reduce((sum, element) => (element.type === TYPE.literal ? sum + element.value.replace(/\s/g, '').length : sum), 0);
}

function pseudoElements(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((element) => {
    switch (element.type) {
      case TYPE.literal:
        return { ...element, value: accent(element.value) };
      case TYPE.plural:
      case TYPE.select:
        return {
          ...element,
          options: Object.fromEntries(Object.entries(element.options).map(([key, option]) => [key, { ...option, value: pseudoElements(option.value) }])),
        };
      case TYPE.tag:
        return { ...element, children: pseudoElements(element.children) };
      default:
        return element;
    }
  });
}

/** One message in the pseudo locale, as the parsed form react-intl accepts. */
export function pseudoMessage(message: string): MessageFormatElement[] {
  const elements = parse(message);
  const literal = (value: string): MessageFormatElement => ({ type: TYPE.literal, value });
  return [literal(PSEUDO_OPEN), ...pseudoElements(elements), literal(padding(letterCount(elements)) + PSEUDO_CLOSE)];
}

/** A whole catalog in the pseudo locale. */
export function pseudoCatalog(messages: Readonly<Record<string, string>>): Record<string, MessageFormatElement[]> {
  return Object.fromEntries(Object.entries(messages).map(([id, message]) => [id, pseudoMessage(message)]));
}
