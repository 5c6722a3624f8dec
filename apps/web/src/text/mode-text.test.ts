import { describe, expect, it } from '@jest/globals';
import { describeModeOption, modeName, roomModeLabel } from './mode-text';

describe('describeModeOption', () => {
  it.each([
    [{ mode: 'interactive', templateName: null, limits: { cameraOn: 25, total: 100 } }, 'Interactive mode — up to 25 participants with camera on, 100 total. Best for workshops and collaboration.'],
    [{ mode: 'panel', templateName: null, limits: { cameraOn: 10, total: 300 } }, 'Panel mode — up to 10 on stage and 300 viewers. Best for webinars, lectures and large events.'],
    [{ mode: 'interactive', templateName: 'Seminar', limits: { cameraOn: 12, total: 40 } }, 'Seminar — based on Interactive mode: up to 12 participants with camera on, 40 total.'],
    [{ mode: 'panel', templateName: 'Town hall', limits: { cameraOn: 4, total: 250 } }, 'Town hall — based on Panel mode: up to 4 on stage and 250 viewers.'],
  ] as const)('%j', (option, expected) => expect(describeModeOption(option)).toBe(expected));
});

describe('roomModeLabel', () => {
  it('names a base mode as a room, a template by its name', () => {
    expect(roomModeLabel({ mode: 'panel', templateName: null })).toBe('Panel room');
    expect(roomModeLabel({ mode: 'interactive', templateName: 'Office hours' })).toBe('Office hours');
  });
});

describe('modeName', () => {
  it('names a mode in each of its forms', () => {
    expect([modeName('panel', 'short'), modeName('panel', 'room'), modeName('panel', 'mode')]).toEqual(['Panel', 'Panel room', 'Panel mode']);
    expect(describeModeOption({ mode: 'interactive', templateName: null, limits: { cameraOn: 1, total: 1 } })).toBe(
      'Interactive mode — up to 1 participant with camera on, 1 total. Best for workshops and collaboration.',
    );
  });
});
