import type { AdminSettings } from '@lti-rooms/contracts';
import { useState } from 'react';
import { setTemplateRetired, useAdminSettings, useTemplates, type Template, type TemplateList } from '../admin-api';
import { combineResources } from '../../api/combine-resources';
import { useAsyncAction } from '../../api/use-async-action';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { formatNumber, t } from '../../i18n';
import { Badge, Button, StatusMessage, VisuallyHidden } from '../../ui';
import { modeLabel } from '../admin-format';
import { AdminResourceView } from '../AdminResourceView';
import { TemplateForm } from './TemplateForm';

/** The account's custom templates: list, retire or reinstate, create and edit. */
export function TemplatesTab() {
  const data = combineResources(useTemplates(), useAdminSettings());
  return (
    <>
      <h2>{t('admin.section.templates')}</h2>
      <p className="small muted">{t('admin.templates.intro')}</p>
      <AdminResourceView resource={data} loadingLabel={t('admin.templates.loading')} errorTitle={t('admin.templates.loadError')}>
        {([list, settings]) => <TemplatesEditor initial={list} settings={settings} />}
      </AdminResourceView>
    </>
  );
}

function TemplatesEditor({ initial, settings }: { initial: TemplateList; settings: AdminSettings }) {
  const [templates, setTemplates] = useState(initial.templates);
  const [editing, setEditing] = useState<Template | null>(null);
  // A new key after each save gives an empty "New template" form again.
  const [formKey, setFormKey] = useState(0);
  const [message, setMessage] = useState('');
  const retire = useAsyncAction((id: string, retired: boolean) => setTemplateRetired(id, retired));

  async function onRetire(template: Template, retired: boolean) {
    setMessage('');
    const result = await retire.run(template.id, retired);
    if (!result) return;
    setTemplates(result.templates);
    setMessage(retired ? t('admin.templates.retired', { name: template.name }) : t('admin.templates.reinstated', { name: template.name }));
  }

  function startEditing(template: Template) {
    setEditing(template);
    setMessage('');
    // Keyboard and screen-reader users land on the form they asked for.
    requestAnimationFrame(() => document.getElementById('template-form-heading')?.focus());
  }

  function closeForm(text: string) {
    setEditing(null);
    setFormKey((key) => key + 1);
    setMessage(text);
  }

  return (
    <>
      <StatusMessage message={message} />
      {retire.error && <ApiErrorAlert error={retire.error} title={t('admin.templates.changeError')} />}
      {templates.length === 0 ? (
        <p className="muted">{t('admin.templates.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" data-testid="templates-table">
            <caption>{t('admin.templates.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.templates.name')}</th>
                <th scope="col">{t('admin.templates.baseMode')}</th>
                <th scope="col">{t('admin.templates.status')}</th>
                <th scope="col">{t('admin.templates.roomCount')}</th>
                <th scope="col">
                  <VisuallyHidden>{t('admin.templates.actions')}</VisuallyHidden>
                </th>
              </tr>
            </thead>
            <tbody>
              {templates.map((template) => (
                <TemplateRow key={template.id} template={template} busy={retire.pending} onEdit={startEditing} onRetire={onRetire} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <TemplateForm
        key={editing ? `edit-${editing.id}` : `new-${formKey}`}
        template={editing}
        settings={settings}
        onSaved={(list, text) => {
          setTemplates(list.templates);
          closeForm(text);
        }}
        onCancel={() => closeForm('')}
      />
    </>
  );
}

interface TemplateRowProps {
  template: Template;
  busy: boolean;
  onEdit: (template: Template) => void;
  onRetire: (template: Template, retired: boolean) => void;
}

function TemplateRow({ template, busy, onEdit, onRetire }: TemplateRowProps) {
  const retired = template.retiredAt !== null;
  return (
    <tr data-testid="template-row">
      <th scope="row">{template.name}</th>
      <td>{modeLabel(template.baseMode)}</td>
      <td>
        <Badge tone={retired ? 'neutral' : 'success'}>{retired ? t('admin.templates.statusRetired') : t('admin.templates.statusActive')}</Badge>
      </td>
      <td>{formatNumber(template.roomCount)}</td>
      <td>
        <div className="button-row">
          <Button variant="secondary" onClick={() => onEdit(template)} aria-label={t('admin.templates.editName', { name: template.name })}>
            {t('admin.templates.edit')}
          </Button>
          <Button
            variant="secondary"
            disabled={busy}
            onClick={() => onRetire(template, !retired)}
            aria-label={retired ? t('admin.templates.reinstateName', { name: template.name }) : t('admin.templates.retireName', { name: template.name })}
          >
            {retired ? t('admin.templates.reinstate') : t('admin.templates.retire')}
          </Button>
        </div>
      </td>
    </tr>
  );
}
