import { gradeComment } from './grade-comment';

describe('gradeComment', () => {
  it.each([
    ['en', 'Attendance: 42 of 60 minutes present (70%).'],
    ['fr-CA', 'Présence : 42 minutes sur 60 (70\u00a0%).'],
    ['de', 'Anwesenheit: 42 von 60 Minuten (70\u00a0%).'],
    ['ja', '出席：60分中42分（70%）。'],
    [null, 'Attendance: 42 of 60 minutes present (70%).'],
    ['xx', 'Attendance: 42 of 60 minutes present (70%).'],
  ])('words the minutes present in %s', (locale, expected) => {
    expect(gradeComment(locale, { secondsPresent: 42 * 60, sessionSeconds: 60 * 60 })).toBe(expected);
  });

  it('caps the share at the whole session and survives an empty one', () => {
    expect(gradeComment('en', { secondsPresent: 70 * 60, sessionSeconds: 60 * 60 })).toBe('Attendance: 70 of 60 minutes present (100%).');
    expect(gradeComment('en', { secondsPresent: 0, sessionSeconds: 0 })).toBe('Attendance: 0 of 0 minutes present (0%).');
  });
});
