/** App icon sizes rendered from public/icon.svg at build time. */
export const ICON_SIZES = [192, 512] as const;
