// The definitions of the small values kept in this browser: chart notes, alert thresholds and the
// chosen data source (the deck has its own module, shared with deck files). Each is checked on
// every read; what cannot be used is set aside by readStoredValue.
import * as z from 'zod/mini';
import { DEFAULT_ALERT_THRESHOLDS, type AlertThresholds } from '../domain/alerts';
import { isIsoDate } from '../domain/calendar-date';
import type { ParseOutcome, StoredValueDefinition } from './stored-value';

z.config({ jitless: true });

/** A note a person pinned to a date on one chart; drawn on the chart, its images and slides. */
export interface ChartNote {
  id: string;
  panelId: string;
  date: string;
  text: string;
}

export const MAX_NOTE_TEXT = 140;
const MAX_NOTES = 1000;

const noteSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  panelId: z.string().check(z.regex(/^[a-z0-9-]{1,60}$/)),
  date: z.string().check(z.refine(isIsoDate)),
  text: z.string().check(z.minLength(1), z.maxLength(MAX_NOTE_TEXT)),
});

function firstIssue(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || '(value)'}: ${issue.message}` : 'invalid';
}

export const STORED_CHART_NOTES: StoredValueDefinition<{ notes: ChartNote[] }> = {
  key: 'arus-pangan:chart-notes',
  version: 1,
  defaults: () => ({ notes: [] }),
  migrations: { 0: (state) => state },
  parse: (state) => {
    const notes = (state as { notes?: unknown } | null | undefined)?.notes;
    if (!Array.isArray(notes)) return { ok: false, reason: 'notes: expected a list' };
    const kept = notes.flatMap((note) => {
      const parsed = noteSchema.safeParse(note);
      return parsed.success ? [parsed.data] : [];
    });
    const value = kept.slice(0, MAX_NOTES);
    return { ok: true, value: { notes: value }, rejectedParts: notes.length - value.length };
  },
};

/** What each threshold may be: the editor offers the same ranges. */
export const THRESHOLD_RANGES: Record<keyof AlertThresholds, { min: number; max: number }> = {
  belowNormFraction: { min: 0, max: 1 },
  originShareFraction: { min: 0, max: 1 },
  stockCoverDays: { min: 0, max: 60 },
};

export function isValidThreshold(name: keyof AlertThresholds, value: unknown): value is number {
  const range = THRESHOLD_RANGES[name];
  return typeof value === 'number' && Number.isFinite(value) && value >= range.min && value <= range.max;
}

function parseThresholds(state: unknown): ParseOutcome<AlertThresholds> {
  if (typeof state !== 'object' || state === null)
    return { ok: false, reason: 'thresholds: expected an object' };
  const record = state as Record<string, unknown>;
  const value = { ...DEFAULT_ALERT_THRESHOLDS };
  let rejectedParts = 0;
  for (const name of Object.keys(THRESHOLD_RANGES) as (keyof AlertThresholds)[]) {
    const stored = record[name];
    if (stored === undefined) continue;
    if (isValidThreshold(name, stored)) value[name] = stored;
    else rejectedParts += 1;
  }
  return { ok: true, value, rejectedParts };
}

export const STORED_ALERT_THRESHOLDS: StoredValueDefinition<AlertThresholds> = {
  key: 'arus-pangan:alert-thresholds',
  version: 1,
  defaults: () => ({ ...DEFAULT_ALERT_THRESHOLDS }),
  migrations: { 0: (state) => state },
  parse: parseThresholds,
};

export const DEFAULT_DATA_SOURCE = 'default';

const dataSourceSchema = z.object({
  active: z.string().check(z.minLength(1), z.maxLength(100)),
});

export const STORED_DATA_SOURCE: StoredValueDefinition<{ active: string }> = {
  key: 'arus-pangan:data-source',
  version: 1,
  defaults: () => ({ active: DEFAULT_DATA_SOURCE }),
  migrations: { 0: (state) => state },
  parse: (state) => {
    const parsed = dataSourceSchema.safeParse(state);
    return parsed.success
      ? { ok: true, value: { active: parsed.data.active }, rejectedParts: 0 }
      : { ok: false, reason: firstIssue(parsed.error) };
  },
};
