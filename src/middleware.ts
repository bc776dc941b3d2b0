/**
 * Sets the page's language once, for every page and endpoint, from the first segment of its
 * address ("/ru/countries/georgia/" → "ru", also under a mirror's base path; ROOT_LANG outside
 * every language folder). Components read `Astro.locals.lang` instead of being handed `lang` by
 * each parent, the way Starlight's components read `Astro.locals.starlightRoute.lang`. In a static
 * build the middleware runs once per page, at build time (docs.astro.build/en/guides/middleware/).
 *
 * Not Astro's i18n routing (`i18n` in astro.config and `Astro.currentLocale`): the locale it gives
 * is any string or undefined, so every reader would check it again; it adds a middleware of its
 * own that redirects the root to the default language, where this site's root is a language
 * choice; and the `[lang]` routes already build one page per language of src/i18n/langs.ts.
 */
import { defineMiddleware } from 'astro:middleware';
import { langOfPage } from './i18n';

export const onRequest = defineMiddleware((context, next) => {
  context.locals.lang = langOfPage(context.url.pathname, import.meta.env.BASE_URL);
  return next();
});
