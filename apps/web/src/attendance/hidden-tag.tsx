import type { ReactNode } from 'react';
import { VisuallyHidden } from '../ui';

/** The `<hidden>` tag of messages: words for screen readers that the eye gets from the context. */
export const hiddenTag = { hidden: (chunks: ReactNode[]) => <VisuallyHidden>{chunks}</VisuallyHidden> };
