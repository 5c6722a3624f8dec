import { SCOPE } from '../lti-vocabulary';
import { gradeServiceState } from './grade-service';

describe('gradeServiceState', () => {
  const url = 'https://lms.example/api/lti/courses/1/line_items';
  it.each([
    ['no line item container', null, [SCOPE.agsLineItem, SCOPE.agsScore], 'missing'],
    ['both scopes', url, [SCOPE.agsLineItem, SCOPE.agsScore], 'ready'],
    ['scores only, no line items', url, [SCOPE.agsScore], 'scopeMissing'],
    ['line items only, no scores', url, [SCOPE.agsLineItem], 'scopeMissing'],
    ['read-only line items and results', url, [SCOPE.agsLineItemReadonly, SCOPE.agsResultReadonly], 'scopeMissing'],
  ])('%s → %s', (_case, lineItemsUrl, scopes, expected) => {
    expect(gradeServiceState({ lineItemsUrl, scopes })).toBe(expected);
  });
});
