/**
 * "Today" for everything a build decides by date (stale reviews, unverified contacts): the
 * ATLAS_BUILD_DATE the build was given (YYYY-MM-DD; tests pin it so that no test depends on the
 * real date), otherwise the day of the build.
 */
export function buildDate(pinned: string | undefined = import.meta.env.ATLAS_BUILD_DATE): Date {
  if (pinned) {
    const date = new Date(`${pinned}T00:00:00Z`);
    if (Number.isNaN(date.getTime())) throw new Error(`ATLAS_BUILD_DATE="${pinned}" is not a date: write it as YYYY-MM-DD, e.g. 2026-11-25`);
    return date;
  }
  return new Date();
}
