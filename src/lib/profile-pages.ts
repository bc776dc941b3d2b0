/**
 * Build-time helpers for the situation and plan pages: checklist items named by `checklist/item`
 * resolved to their entries, with a maintainer-readable error when one does not exist.
 */
import { findEntry, splitId } from '../data/site';
import { splitRef } from '../data/situation-topics';
import type { Lang } from '../i18n';
import type { Priority } from './priority';

export interface ResolvedItem {
  ref: string;
  checklist: string;
  checklistTitle: string;
  id: string;
  action: string;
  priority: Priority;
}

/**
 * A checklist missing from the content being built is skipped: a fork or the tests' fixture content
 * has other checklists. The site's own content is checked against every reference by
 * src/lib/profile-topics.test.ts; here an existing checklist without the item still stops the build.
 */
export async function resolveItems(refs: readonly string[], lang: Lang, where: string): Promise<ResolvedItem[]> {
  const resolved = await Promise.all(
    refs.map(async (ref) => {
      const { checklist, item } = splitRef(ref);
      const list = await findEntry('checklists', lang, checklist);
      if (!list) return undefined;
      const found = list.data.items.find((i) => i.id === item);
      if (!found) throw new Error(`${where} lists "${ref}", which is not an item of content/checklists/${lang}/${checklist}.mdx: fix the id or remove it`);
      return { ref, checklist: splitId(list.id).slug, checklistTitle: list.data.title, id: found.id, action: found.action, priority: found.priority };
    }),
  );
  return resolved.filter((item) => item !== undefined);
}
