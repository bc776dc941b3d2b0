interface ImportMetaEnv {
  /** The primary site that `canonical` links point to, also from mirrors. */
  readonly ATLAS_CANONICAL_SITE: string;
  /** YYYY-MM-DD that counts as "today" for review staleness; empty means the build date. */
  readonly ATLAS_BUILD_DATE: string;
}
