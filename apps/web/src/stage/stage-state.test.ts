import { describe, expect, it } from '@jest/globals';
import { initialStageSync, missedChange, receiveStageNews, type StageNews, type StageSync } from './stage-state';
import { changed, host, person, snapshot } from './stage-test-fixtures';

const sam = person('sam', { name: 'Sam Student' });

function run(news: StageNews[], from: StageSync = initialStageSync('s1')) {
  let sync = from;
  const applied: number[] = [];
  for (const item of news) {
    const update = receiveStageNews(sync, item);
    sync = update.sync;
    applied.push(...update.applied.map((e) => e.version));
  }
  return { sync, applied };
}

const loaded = () => run([{ type: 'snapshot', snapshot: snapshot([host(), sam]) }]).sync;
const invitedSam = (version: number) => changed(version, { changed: [{ ...sam, position: 'invited' }], moves: [{ userId: 'sam', from: 'viewer', to: 'invited', cause: 'invited', by: 'ada' }] });

describe('the stage a page keeps', () => {
  it('starts empty and asking for a snapshot', () => {
    expect(initialStageSync('s1')).toEqual({ sessionId: 's1', stage: null, held: [], needsSnapshot: true });
  });

  it('takes the snapshot, then applies each change that follows it', () => {
    const { sync, applied } = run([{ type: 'changed', event: invitedSam(4) }], loaded());
    expect(applied).toEqual([4]);
    expect(sync.needsSnapshot).toBe(false);
    expect(sync.stage?.version).toBe(4);
    expect(sync.stage?.participants.sam.position).toBe('invited');
  });

  it('removes those who left and takes the access mode and cap of the change', () => {
    const { sync } = run([{ type: 'changed', event: changed(4, { left: ['sam'], accessMode: 'everyone', cap: 2 }) }], loaded());
    expect(Object.keys(sync.stage!.participants)).toEqual(['ada']);
    expect(sync.stage).toMatchObject({ accessMode: 'everyone', cap: 2 });
  });

  it('ignores a change it already has (the snapshot included it) and news of another session', () => {
    const { sync, applied } = run([{ type: 'changed', event: invitedSam(3) }, { type: 'changed', event: { ...invitedSam(4), sessionId: 'other' } }], loaded());
    expect(applied).toEqual([]);
    expect(sync.stage?.participants.sam.position).toBe('viewer');
  });

  it('holds changes heard before the first snapshot and applies those newer than it', () => {
    const before = run([{ type: 'changed', event: changed(3) }, { type: 'changed', event: invitedSam(4) }]);
    expect(before.sync.held.map((e) => e.version)).toEqual([3, 4]);
    const { sync, applied } = run([{ type: 'snapshot', snapshot: snapshot([host(), sam]) }], before.sync);
    expect(applied).toEqual([4]);
    expect(sync).toMatchObject({ held: [], needsSnapshot: false });
    expect(sync.stage?.participants.sam.position).toBe('invited');
  });

  it('asks for a snapshot after a gap, holding what came meanwhile', () => {
    const gap = run([{ type: 'changed', event: invitedSam(5) }], loaded());
    expect(gap.applied).toEqual([]);
    expect(gap.sync.needsSnapshot).toBe(true);
    const caughtUp = run([{ type: 'changed', event: changed(6) }, { type: 'snapshot', snapshot: snapshot([host(), { ...sam, position: 'invited' }], { version: 5 }) }], gap.sync);
    expect(caughtUp.applied).toEqual([6]);
    expect(caughtUp.sync).toMatchObject({ held: [], needsSnapshot: false, stage: { version: 6 } });
  });

  it('keeps asking while a snapshot still leaves a gap', () => {
    const gap = run([{ type: 'changed', event: changed(7) }], loaded());
    const { sync } = run([{ type: 'snapshot', snapshot: snapshot([host(), sam], { version: 5 }) }], gap.sync);
    expect(sync).toMatchObject({ needsSnapshot: true, stage: { version: 5 } });
    expect(sync.held.map((e) => e.version)).toEqual([7]);
  });

  it('does not let an older snapshot undo a change already applied', () => {
    const { sync } = run([{ type: 'changed', event: invitedSam(4) }, { type: 'snapshot', snapshot: snapshot([host(), sam], { version: 3 }) }], loaded());
    expect(sync.stage).toMatchObject({ version: 4, participants: { sam: { position: 'invited' } } });
  });

  it('takes a snapshot of the same version: viewers come and go without a broadcast', () => {
    const { sync } = run([{ type: 'snapshot', snapshot: snapshot([host(), sam, person('liam')]) }], loaded());
    expect(Object.keys(sync.stage!.participants).sort()).toEqual(['ada', 'liam', 'sam']);
  });

  it('asks again after a reconnect', () => {
    const { sync } = run([{ type: 'resync' }], loaded());
    expect(sync.needsSnapshot).toBe(true);
    const held = run([{ type: 'changed', event: invitedSam(4) }], sync);
    expect(held.applied).toEqual([]);
    expect(run([{ type: 'snapshot', snapshot: snapshot([host(), sam]) }], held.sync).applied).toEqual([4]);
  });
});

describe('a change confirmed by the server but not heard', () => {
  it('is missed while the page stays behind the confirmed version', () => {
    expect(missedChange(loaded(), 4)).toBe(true);
    expect(missedChange(loaded(), 3)).toBe(false);
    // Already catching up (or not loaded yet): the snapshot under way covers it.
    expect(missedChange(initialStageSync('s1'), 4)).toBe(false);
    expect(missedChange(run([{ type: 'resync' }], loaded()).sync, 4)).toBe(false);
  });
});
