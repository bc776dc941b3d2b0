/** Where maintainers' content lives; ATLAS_CONTENT_DIR points a build at another tree (test fixtures). */
export const CONTENT_DIR = process.env.ATLAS_CONTENT_DIR || './content';
