import * as domain from '../index';

describe('the rooms rules are part of the domain library', () => {
  it.each(['canPerform', 'roomStatusAt', 'defaultTimeFrame', 'withDefaults', 'availableModeChoices', 'normalizeRoomName', 'sortRoomsSoonestFirst'])('%s', (name) => {
    expect(typeof (domain as Record<string, unknown>)[name]).toBe('function');
  });
});
