import type { ReactNode } from 'react';
import { useAsyncAction } from '../api/use-async-action';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { Button } from '../ui';

interface DownloadButtonProps {
  children: ReactNode;
  download: () => Promise<void>;
  errorTitle: string;
}

/** A file the API serves, fetched with the launch token; the failure is shown under the button. */
export function DownloadButton({ children, download, errorTitle }: DownloadButtonProps) {
  const action = useAsyncAction(download);
  return (
    <>
      <Button variant="secondary" aria-disabled={action.pending || undefined} onClick={() => !action.pending && void action.run()}>
        {children}
      </Button>
      {action.error && <ApiErrorAlert error={action.error} title={errorTitle} />}
    </>
  );
}
