import { useMemo } from 'react';
import { useAuditLog, useTemplates, type AuditEntry, type Template } from './admin-api';
import { combineResources } from '../api/combine-resources';
import { browserZone } from '../rooms/time-frame';
import { Button } from '../ui';
import { actionLabel, compactJson, formatWhen } from './admin-format';
import { AdminResourceView } from './AdminResourceView';

/** Who changed what in the account's administration, newest first. */
export function AuditLogTab() {
  // Templates name the entries that target one; an id alone means nothing to a person.
  const data = combineResources(useAuditLog(), useTemplates());
  const zone = useMemo(browserZone, []);
  return (
    <>
      <h2>Audit log</h2>
      <AdminResourceView resource={data} loadingLabel="Loading the audit log…" errorTitle="The audit log could not be loaded">
        {([log, { templates }], reload) => (
          <>
            <div className="admin-toolbar">
              <p className="small muted">Times are shown in your time zone, {zone}.</p>
              <Button variant="secondary" onClick={reload}>
                Refresh
              </Button>
            </div>
            {log.entries.length === 0 ? (
              <p className="muted">Nothing has been changed yet.</p>
            ) : (
              <AuditTable entries={log.entries} templates={templates} zone={zone} />
            )}
          </>
        )}
      </AdminResourceView>
    </>
  );
}

interface AuditTableProps {
  entries: readonly AuditEntry[];
  templates: readonly Template[];
  zone: string;
}

function AuditTable({ entries, templates, zone }: AuditTableProps) {
  return (
    <div className="table-scroll">
      <table className="data-table audit-table" data-testid="audit-log">
        <caption>Changes to this account, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Target</th>
            <th scope="col">Changes</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} data-testid="audit-entry" data-action={entry.action}>
              <td className="nowrap">
                <time dateTime={entry.createdAt}>{formatWhen(entry.createdAt, zone)}</time>
              </td>
              <td>{entry.actorName}</td>
              <td>
                {actionLabel(entry.action)}
                <br />
                <code className="small muted">{entry.action}</code>
              </td>
              <td className="break-anywhere">{entry.target === null ? <span className="muted">None</span> : targetLabel(entry.action, entry.target, templates)}</td>
              <td>
                <code className="json-compact">{compactJson(entry.changes)}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A template by its name; anything else by kind and id. */
function targetLabel(action: string, target: string, templates: readonly Template[]): string {
  const template = templates.find((candidate) => candidate.id === target);
  if (template) return `Template "${template.name}"`;
  return action.startsWith('platform.') ? `Platform ${target}` : target;
}
