import type { AdminSettings } from '@lti-rooms/contracts';
import { useState } from 'react';
import { setTemplateRetired, useAdminSettings, useTemplates, type Template, type TemplateList } from '../admin-api';
import { combineResources } from '../../api/combine-resources';
import { useAsyncAction } from '../../api/use-async-action';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Badge, Button, StatusMessage, VisuallyHidden } from '../../ui';
import { MODE_LABELS } from '../admin-format';
import { AdminResourceView } from '../AdminResourceView';
import { TemplateForm } from './TemplateForm';

/** The account's custom templates: list, retire or reinstate, create and edit. */
export function TemplatesTab() {
  const data = combineResources(useTemplates(), useAdminSettings());
  return (
    <>
      <h2>Templates</h2>
      <p className="small muted">
        A template is a base mode with its own features and caps. People choose it as a room mode; a session keeps the template as it was when the session started.
      </p>
      <AdminResourceView resource={data} loadingLabel="Loading the templates…" errorTitle="The templates could not be loaded">
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
    setMessage(retired ? `Template "${template.name}" retired. Rooms that use it keep it.` : `Template "${template.name}" reinstated.`);
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
      {retire.error && <ApiErrorAlert error={retire.error} title="The template could not be changed" />}
      {templates.length === 0 ? (
        <p className="muted">There are no custom templates yet. Rooms use the Interactive and Panel modes.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" data-testid="templates-table">
            <caption>Custom templates</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Base mode</th>
                <th scope="col">Status</th>
                <th scope="col">Rooms using it</th>
                <th scope="col">
                  <VisuallyHidden>Actions</VisuallyHidden>
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
      <td>{MODE_LABELS[template.baseMode]}</td>
      <td>
        <Badge tone={retired ? 'neutral' : 'success'}>{retired ? 'Retired' : 'Active'}</Badge>
      </td>
      <td>{template.roomCount}</td>
      <td>
        <div className="button-row">
          <Button variant="secondary" onClick={() => onEdit(template)}>
            Edit<VisuallyHidden> {template.name}</VisuallyHidden>
          </Button>
          <Button variant="secondary" disabled={busy} onClick={() => onRetire(template, !retired)}>
            {retired ? 'Reinstate' : 'Retire'}
            <VisuallyHidden> {template.name}</VisuallyHidden>
          </Button>
        </div>
      </td>
    </tr>
  );
}
