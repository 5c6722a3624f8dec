export { Alert } from './Alert';
export { Badge } from './Badge';
export { Button } from './Button';
export { Loading, Spinner } from './Loading';
export { Page } from './Page';
export { useDocumentTitle } from './use-document-title';
