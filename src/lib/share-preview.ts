/**
 * Open Graph and Twitter card tags, as link previews in Telegram, WhatsApp and Signal read them.
 * Every address is absolute and on this site (ATLAS_SITE): a preview bot or a messenger fetches
 * the image from us, never from a third party. https://ogp.me/
 */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;
export const PREVIEW_IMAGE = 'preview.png';

export interface SharePreview {
  title: string;
  description: string;
  url: string;
  image: string;
  imageAlt: string;
  siteName: string;
  locale: string;
}

/** [attribute, name, content] for each tag: property= for Open Graph, name= for Twitter. */
export function previewTags(p: SharePreview): [string, string, string][] {
  return [
    ['property', 'og:type', 'website'],
    ['property', 'og:site_name', p.siteName],
    ['property', 'og:title', p.title],
    ['property', 'og:description', p.description],
    ['property', 'og:url', p.url],
    ['property', 'og:locale', p.locale.replace('-', '_')],
    ['property', 'og:image', p.image],
    ['property', 'og:image:type', 'image/png'],
    ['property', 'og:image:width', String(PREVIEW_SIZE.width)],
    ['property', 'og:image:height', String(PREVIEW_SIZE.height)],
    ['property', 'og:image:alt', p.imageAlt],
    ['name', 'twitter:card', 'summary_large_image'],
    ['name', 'twitter:title', p.title],
    ['name', 'twitter:description', p.description],
    ['name', 'twitter:image', p.image],
    ['name', 'twitter:image:alt', p.imageAlt],
  ];
}
