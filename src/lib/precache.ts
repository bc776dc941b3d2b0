/**
 * Subresource Integrity in the service worker's precache list: the browser checks each file's
 * hash when the worker installs, so a mixed or half-uploaded deploy fails the update as a whole
 * instead of saving a broken copy (src/integrations/service-worker).
 */
import { createHash } from 'node:crypto';

export function sriOf(data: Uint8Array): string {
  return `sha384-${createHash('sha384').update(data).digest('base64')}`;
}

/**
 * The worker's script with each entry's integrity recomputed from `dataOf(path)` (path under the
 * base, "en/index.html"), for copies whose files differ from the served site: the offline zip
 * rewrites its pages' links. Entries `dataOf` does not know keep their value.
 */
export function reintegrate(workerScript: string, base: string, dataOf: (path: string) => Uint8Array | undefined): string {
  return workerScript.replace(/("url":"([^"]+)"[^{}]*?"integrity":")(sha384-[A-Za-z0-9+/=]+)"/g, (match, head: string, url: string) => {
    const data = url.startsWith(base) ? dataOf(url.slice(base.length)) : undefined;
    return data ? `${head}${sriOf(data)}"` : match;
  });
}
