/**
 * Browser-only: where the "My situation" answers are kept. Only one place at a time: the address's
 * fragment (never sent to a server) when the reader chose it, else this device's storage under
 * the same rules as checklist ticks (this tab only in "keep nothing" mode; nothing when storage is
 * blocked). Quick exit's wipe and "Remove everything" clear the stored copy with the site's
 * other keys (storage.ts removeNamespaced). Every read is defensive: bad data means no profile.
 */
import { choiceStore } from './choice-store';
import { PROFILE_FRAGMENT, PROFILE_KEY, parseProfile, profileFromFragment, serialiseProfile, type Profile } from './profile';

export type Kept = 'device' | 'link';

export interface KeptProfile {
  profile: Profile;
  kept: Kept;
  /** Exactly what is kept, for the reader to see. */
  raw: string;
}

/** The profile this page was opened with: the fragment's first, else this device's. */
export function readProfile(countries: readonly string[]): KeptProfile | undefined {
  const fromLink = profileFromFragment(location.hash, countries);
  if (fromLink) return { profile: fromLink, kept: 'link', raw: serialiseProfile(fromLink) };
  try {
    const raw = choiceStore()?.getItem(PROFILE_KEY) ?? null;
    const profile = parseProfile(raw, countries);
    return profile && raw ? { profile, kept: 'device', raw } : undefined;
  } catch {
    return undefined;
  }
}

/** Erases the stored answers from both storages; the caller clears the fragment. */
export function forgetProfile(): void {
  for (const get of [() => localStorage, () => sessionStorage]) {
    try {
      get().removeItem(PROFILE_KEY);
    } catch {
      /* blocked storage holds nothing */
    }
  }
}

/** Keeps the answers on this device; false when the browser refuses (then nothing is kept). */
export function keepOnDevice(profile: Profile): boolean {
  forgetProfile();
  try {
    const store = choiceStore();
    if (!store) return false;
    store.setItem(PROFILE_KEY, serialiseProfile(profile));
    return true;
  } catch {
    return false;
  }
}

/** The address without a profile fragment (other fragments, like #for-wanted, stay). */
export function addressWithoutProfile(href: string): string {
  const url = new URL(href);
  if (url.hash.startsWith(`#${PROFILE_FRAGMENT}&`)) url.hash = '';
  return url.href.replace(/#$/, '');
}
