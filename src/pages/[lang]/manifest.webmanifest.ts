/**
 * An installable web app per language, starting on that language's home page. Its name is the
 * neutral "Atlas": a home-screen icon must not tell someone checking the phone what it is about.
 */
import type { APIRoute } from 'astro';
import { langPaths } from '../../lib/paths';
import { joinBase, pageHref } from '../../lib/urls';
import { ICON_SIZES } from '../../lib/icons';
import { ui } from '../../i18n';

export const getStaticPaths = langPaths;
export const GET: APIRoute = ({ locals }) => {
  const { lang } = locals;
  const t = ui(lang);
  const base = import.meta.env.BASE_URL;
  const start = pageHref(lang);
  return new Response(
    JSON.stringify({
      name: t.appName,
      short_name: t.appName,
      description: t.tagline,
      lang,
      start_url: start,
      scope: start,
      display: 'standalone',
      background_color: '#15161a',
      theme_color: '#15161a',
      icons: [
        ...ICON_SIZES.map((size) => ({ src: joinBase(base, `icons/${size}.png`), sizes: `${size}x${size}`, type: 'image/png' })),
        { src: joinBase(base, 'icon.svg'), sizes: 'any', type: 'image/svg+xml' },
      ],
    }),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
};
