import type { SupportedLocale } from '@lti-rooms/domain';
import type { Catalog } from './catalogs/translation';

type Loader = () => Promise<{ default: Catalog }>;

/**
 * Each language but English is its own chunk, fetched only by those who read it. A
 * Record over the supported locales: a language added to libs/domain without a catalog
 * here fails to compile.
 */
export const CATALOG_LOADERS: Record<Exclude<SupportedLocale, 'en'>, Loader> = {
  es: () => import('./catalogs/es'),
  fr: () => import('./catalogs/fr'),
  de: () => import('./catalogs/de'),
  'pt-BR': () => import('./catalogs/pt-BR'),
  it: () => import('./catalogs/it'),
  nl: () => import('./catalogs/nl'),
  pl: () => import('./catalogs/pl'),
  ar: () => import('./catalogs/ar'),
  ja: () => import('./catalogs/ja'),
  'zh-CN': () => import('./catalogs/zh-CN'),
};
