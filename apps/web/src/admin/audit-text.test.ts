import { describe, expect, it } from '@jest/globals';
import { actionLabel, auditChangeLines, auditTargetText } from './audit-text';

const template = { id: 't1', name: 'Webinar' } as never;

describe('the audit log in words', () => {
  it('names every action the server records, and words an unknown one without hiding its code', () => {
    for (const action of ['settings.update', 'template.create', 'template.update', 'template.retire', 'template.reinstate', 'role-mapping.update', 'jitsi.update',
      'platform.activate', 'platform.deactivate', 'frame-origin.add', 'frame-origin.remove', 'room.delete', 'room.restore']) {
      expect(actionLabel(action)).not.toContain(action);
    }
    expect(actionLabel('calendar.sync')).toBe('Changed something (calendar.sync)');
  });

  it('shows changes as lines, from → to, with yes/no, none and lists in words: no JSON', () => {
    const lines = auditChangeLines({
      action: 'settings.update',
      changes: {
        enabledModes: { from: ['interactive', 'panel'], to: ['panel'] },
        earlyEntryMinutesDefault: { from: 10, to: 15 },
        caps: { from: { interactiveCameras: 12, panelStage: 6 }, to: { interactiveCameras: 12, panelStage: 8 } },
      },
    });
    expect(lines).toEqual([
      { field: 'Enabled modes', value: 'Interactive and Panel → Panel' },
      { field: 'Early entry (minutes)', value: '10 → 15' },
      { field: 'Caps', value: 'interactive cameras 12, panel stage 6 → interactive cameras 12, panel stage 8' },
    ]);
    expect(auditChangeLines({ action: 'jitsi.update', changes: { kind: { from: 'self-hosted', to: 'none' }, secret: { from: '(set)', to: '(replaced)' } } })).toEqual([
      { field: 'Deployment', value: 'self-hosted → none' },
      { field: 'Secret', value: '(set) → (replaced)' },
    ]);
    expect(auditChangeLines({ action: 'template.create', changes: { name: 'Webinar', features: { chat: false } } })).toEqual([
      { field: 'Name', value: 'Webinar' },
      { field: 'Features', value: 'chat no' },
    ]);
    // LTI role URIs keep their spelling.
    const role = 'http://purl.imsglobal.org/vocab/lis/v2/membership#Mentor';
    expect(auditChangeLines({ action: 'role-mapping.update', changes: { [role]: { from: null, to: 'moderator' } } })).toEqual([{ field: role, value: 'none → Moderator' }]);
  });

  it('says what an entry acted on, and nothing when it acted on the account as a whole (no "Target: None")', () => {
    expect(auditTargetText({ action: 'settings.update', target: null, changes: {} }, [template])).toBeNull();
    expect(auditTargetText({ action: 'template.retire', target: 't1', changes: {} }, [template])).toBe('Template “Webinar”');
    expect(auditTargetText({ action: 'template.retire', target: 'gone', changes: {} }, [template])).toBe('A template that no longer exists');
    expect(auditTargetText({ action: 'room.delete', target: 'r1', changes: { name: 'Office hours' } }, [])).toBe('Room “Office hours”');
    expect(auditTargetText({ action: 'frame-origin.add', target: 'https://lms.example.edu', changes: {} }, [])).toBe('https://lms.example.edu');
    expect(auditChangeLines({ action: 'room.delete', changes: { name: 'Office hours' } })).toEqual([]);
  });
});
