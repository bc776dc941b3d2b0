/** See src/integrations/lazy-url.ts: the built address of a module loaded on demand. */
declare module 'lazy-url:*' {
  const url: string;
  export default url;
}
