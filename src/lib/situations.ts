/**
 * The situations a country page's advice is written for, in the order the page shows them.
 * Headings come from the interface strings (ui(lang).situations), so every country words them alike.
 */
export const SITUATIONS = ['wanted', 'mobilisation', 'living', 'helping'] as const;
export type Situation = (typeof SITUATIONS)[number];
