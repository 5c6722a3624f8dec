import { t } from '../i18n';
import type { SummaryItem } from './form-errors';

/**
 * After a failed submit: announced at once (role="alert", always in the DOM so the text is
 * read when it appears), one link per problem that moves focus to its field.
 */
export function FormErrorSummary({ items }: { items: readonly SummaryItem[] }) {
  return (
    <div role="alert" className={items.length > 0 ? 'alert alert-error' : undefined}>
      {items.length > 0 && (
        <>
          <p className="alert-title">{t('common.formErrors.title', { count: items.length })}</p>
          <ul className="alert-body">
            {items.map(({ id, label, message }) => (
              <li key={id}>
                <a
                  href={`#${id}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(id)?.focus();
                  }}
                >
                  {t('common.formErrors.item', { label, message })}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
