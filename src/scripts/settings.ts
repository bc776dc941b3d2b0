/**
 * Reading and keeping the reader's settings in localStorage. Storage can be blocked (sandboxed
 * frames, strict privacy settings): then every setting reads as unset and nothing is kept.
 */
export const setting = (key: string): string | null => {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
};

export const keep = (key: string, value: string): void => {
  try {
    localStorage.setItem(key, value);
  } catch {
    /* not kept: the reader is asked again next time */
  }
};
