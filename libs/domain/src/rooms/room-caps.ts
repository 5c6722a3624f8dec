/**
 * Head counts per mode. The same shape serves as the account's caps and as its licence
 * maxima, so "caps may not exceed the licence" is a field-by-field comparison.
 */
export interface RoomCaps {
  interactiveTotal: number;
  interactiveCameraOn: number;
  panelTotal: number;
  panelStage: number;
}

export const ROOM_CAP_KEYS = ['interactiveTotal', 'interactiveCameraOn', 'panelTotal', 'panelStage'] as const satisfies ReadonlyArray<keyof RoomCaps>;

/** SPEC "Capacity": Interactive 100 in the room, 25 with camera on; Panel 300 in the room, 10 on stage. */
export const DEFAULT_ROOM_CAPS: Readonly<RoomCaps> = Object.freeze({
  interactiveTotal: 100,
  interactiveCameraOn: 25,
  panelTotal: 300,
  panelStage: 10,
});

/** The standard licence: the camera-on cap may be raised to 50 "on request", nothing else. */
export const DEFAULT_LICENCE: Readonly<RoomCaps> = Object.freeze({
  interactiveTotal: 100,
  interactiveCameraOn: 50,
  panelTotal: 300,
  panelStage: 10,
});
