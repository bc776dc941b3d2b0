/** Checklist item priorities, most urgent first: the schema accepts these and pages group by them. */
export const PRIORITIES = ['essential', 'recommended', 'advanced'] as const;
export type Priority = (typeof PRIORITIES)[number];
