/**
 * The reader's language, provided by the shell and consumed by every element that shows text
 * (`@consume({ context: langContext, subscribe: true })`), so it is never passed down by hand.
 */
import { createContext } from '@lit/context';
import type { Lang } from './i18n.ts';

export const langContext = createContext<Lang>(Symbol('atlas-lang'));
