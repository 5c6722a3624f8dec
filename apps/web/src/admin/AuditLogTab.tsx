import { useMemo } from 'react';
import { useAuditLog, useTemplates, type AuditEntry, type Template } from './admin-api';
import { combineResources } from '../api/combine-resources';
import { browserZone } from '../rooms/time-frame';
import { t, tRich } from '../i18n';
import { Button } from '../ui';
import { formatWhen, ITEM_SEPARATOR } from './admin-format';
import { actionLabel, auditChangeLines, auditTargetText } from './audit-text';
import { AdminResourceView } from './AdminResourceView';

/** Who changed what in the account's administration, newest first. */
export function AuditLogTab() {
  // Templates name the entries that target one; an id alone means nothing to a person.
  const data = combineResources(useAuditLog(), useTemplates());
  const zone = useMemo(browserZone, []);
  return (
    <>
      <h2>{t('admin.section.audit')}</h2>
      <AdminResourceView resource={data} loadingLabel={t('admin.audit.loading')} errorTitle={t('admin.audit.loadError')}>
        {([log, { templates }], reload) => (
          <>
            <div className="admin-toolbar">
              <p className="small muted">{t('admin.common.timesInZone', { zone })}</p>
              <Button variant="secondary" onClick={reload}>
                {t('admin.common.refresh')}
              </Button>
            </div>
            {log.entries.length === 0 ? (
              <p className="muted">{t('admin.audit.empty')}</p>
            ) : (
              <AuditList entries={log.entries} templates={templates} zone={zone} />
            )}
          </>
        )}
      </AdminResourceView>
    </>
  );
}

interface AuditListProps {
  entries: readonly AuditEntry[];
  templates: readonly Template[];
  zone: string;
}

/** One entry per item, its changes as lines: readable at a phone's width, without a table to scroll sideways. */
function AuditList({ entries, templates, zone }: AuditListProps) {
  return (
    <ol className="audit-list" data-testid="audit-log" aria-label={t('admin.audit.listLabel')}>
      {entries.map((entry) => {
        const target = auditTargetText(entry, templates);
        const lines = auditChangeLines(entry);
        return (
          <li key={entry.id} className="audit-entry" data-testid="audit-entry" data-action={entry.action}>
            <p className="audit-what">
              {target ? (
                tRich('admin.audit.actionOnTarget', {
                  action: actionLabel(entry.action),
                  target,
                  strong: (chunks) => <strong>{chunks}</strong>,
                  detail: (chunks) => <span className="break-anywhere">{chunks}</span>,
                })
              ) : (
                <strong>{actionLabel(entry.action)}</strong>
              )}
            </p>
            <p className="small muted">
              <time dateTime={entry.createdAt}>{formatWhen(entry.createdAt, zone)}</time>
              {ITEM_SEPARATOR}
              {entry.actorName}
            </p>
            {lines.length > 0 && (
              <dl className="audit-changes">
                {lines.map((line) => (
                  <div key={line.field}>
                    <dt>{line.field}</dt>
                    <dd className="break-anywhere">{line.value}</dd>
                  </div>
                ))}
              </dl>
            )}
          </li>
        );
      })}
    </ol>
  );
}
