/**
 * Shortens text to at most `max` characters at a word boundary, with an ellipsis. Used for meta
 * descriptions: search engines and link previews cut them at about 160 characters anyway, and
 * every byte in the head is a byte on a slow connection.
 */
export function truncate(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:—–-]+$/, '')}…`;
}
