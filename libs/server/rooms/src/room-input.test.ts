import { describe, expect, it } from '@jest/globals';
import { sanitizeDescription } from './room-input';

describe('room descriptions', () => {
  it("keeps the editor's formatting and drops anything executable", () => {
    expect(sanitizeDescription('<p>Bring <strong>questions</strong></p><ul><li>Reading</li></ul><script>alert(1)</script>')).toBe(
      '<p>Bring <strong>questions</strong></p><ul><li>Reading</li></ul>',
    );
    // A link keeps only a safe address; every link opens outside the LMS frame, whatever its author set.
    expect(sanitizeDescription('<p><a href="javascript:alert(1)" target="_self">x</a><a href="https://example.edu">y</a></p>')).toBe(
      '<p><a target="_blank" rel="noopener noreferrer">x</a><a href="https://example.edu" rel="noopener noreferrer" target="_blank">y</a></p>',
    );
  });

  it('keeps the lines of plain text: paragraphs at blank lines, line breaks within them, markup-like text shown as text', () => {
    expect(sanitizeDescription('Week 1 plan\nBring questions\n\nReading: chapter 2')).toBe('<p>Week 1 plan<br />Bring questions</p><p>Reading: chapter 2</p>');
    expect(sanitizeDescription('3 < 4 & 5 > 2')).toBe('<p>3 &lt; 4 &amp; 5 &gt; 2</p>');
    expect(sanitizeDescription('')).toBe('');
  });
});
