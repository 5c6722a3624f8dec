import type { ReactNode } from 'react';
import { t } from '../i18n';
import { LanguageMenu } from '../i18n/LanguageMenu';
import { useDocumentTitle } from './use-document-title';

interface PageProps {
  /** Becomes the page's only `<h1>` and the browser tab title. */
  title: string;
  /** Shown under the heading, e.g. who is signed in. */
  subtitle?: ReactNode;
  /** Actions aligned with the heading, e.g. "Back to course". */
  actions?: ReactNode;
  /** Where this screen sits, e.g. a link back to the course; rendered as a breadcrumb nav. */
  breadcrumb?: ReactNode;
  /** Links in the product header that every screen of a kind repeats, e.g. "Administration". */
  navigation?: ReactNode;
  /** Uses the window's width, e.g. for a video meeting. */
  wide?: boolean;
  children?: ReactNode;
}

/** The product's name, the same in every language. */
const PRODUCT_NAME = 'LTI Rooms';

/** Frame for every screen: product header, one `<main>` landmark, one `<h1>`. */
export function Page({ title, subtitle, actions, breadcrumb, navigation, wide = false, children }: PageProps) {
  useDocumentTitle(title);
  return (
    <div className="page">
      {/* Lets keyboard users skip the header, which repeats on every screen. */}
      <a className="skip-link" href="#main">
        {t('common.page.skipToContent')}
      </a>
      <header className="page-header">
        <span className="page-brand">{PRODUCT_NAME}</span>
        {navigation && (
          <nav className="page-nav" aria-label={t('common.page.productNavigation')}>
            {navigation}
          </nav>
        )}
        <LanguageMenu />
      </header>
      <main id="main" className={wide ? 'page-main page-main-wide' : 'page-main'} tabIndex={-1}>
        {breadcrumb && (
          <nav className="breadcrumb" aria-label={t('common.page.breadcrumb')}>
            {breadcrumb}
          </nav>
        )}
        <div className="page-title-row">
          <div>
            <h1 className="page-title">{title}</h1>
            {subtitle && <div className="page-subtitle">{subtitle}</div>}
          </div>
          {actions && <div className="page-actions">{actions}</div>}
        </div>
        {children}
      </main>
    </div>
  );
}
