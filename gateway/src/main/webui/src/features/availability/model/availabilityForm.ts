/**
 * The availability editor's form: what a mentor edits (hours as "HH:mm", notice in hours), checked against the
 * rules booking-service applies, and turned into the body of PUT /api/availability and its preview. Field names
 * are the server's (`weekly.MONDAY[0].end`, `overrides[1].date`, `rules.maxPerDay`), so the server's field errors
 * land on the same inputs as the form's own.
 */
import type { AvailabilityBody, AvailabilityView } from "../api/availability";

export const DAYS = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"] as const;
export type Day = (typeof DAYS)[number];

export type Range = { start: string; end: string };
/** A date whose hours replace its weekday's: none (closed) or other ranges (extra or different hours). */
export type Override = { date: string; hours: Range[] };

export type Rules = {
  sessionMinutes: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  /** Shown in hours (the API counts minutes). */
  minimumNoticeHours: number;
  horizonDays: number;
  maxPerDay: number;
  slotStepMinutes: number;
};

export type AvailabilityDraft = {
  timeZone: string;
  weekly: Record<Day, Range[]>;
  overrides: Override[];
  rules: Rules;
};

/** The limits booking-service applies (AvailabilityResource's constraints). */
export const LIMITS = {
  rangesPerDay: 12,
  overrides: 366,
  sessionMinutes: { min: 15, max: 480 },
  bufferMinutes: { min: 0, max: 240 },
  minimumNoticeHours: { min: 0, max: 24 * 30 },
  horizonDays: { min: 1, max: 365 },
  maxPerDay: { min: 1, max: 48 },
  slotStepMinutes: { min: 5, max: 240 },
} as const;

export const RULE_FIELDS = [
  "sessionMinutes",
  "bufferBeforeMinutes",
  "bufferAfterMinutes",
  "minimumNoticeHours",
  "horizonDays",
  "maxPerDay",
  "slotStepMinutes",
] as const satisfies readonly (keyof Rules)[];

/** Field path (the server's spelling) → message. */
export type FormErrors = Record<string, string>;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function emptyWeek(): Record<Day, Range[]> {
  return { MONDAY: [], TUESDAY: [], WEDNESDAY: [], THURSDAY: [], FRIDAY: [], SATURDAY: [], SUNDAY: [] };
}

/** The form for what the service holds (its defaults until the mentor saved once). */
export function fromView(view: AvailabilityView): AvailabilityDraft {
  const weekly = emptyWeek();
  for (const day of DAYS) {
    weekly[day] = (view.weekly?.[day] ?? []).map((r) => ({ start: r.start, end: r.end }));
  }
  const r = view.rules;
  return {
    timeZone: view.timeZone,
    weekly,
    overrides: (view.overrides ?? [])
      .map((o) => ({ date: o.date, hours: o.hours.map((h) => ({ start: h.start, end: h.end })) }))
      .sort((a, b) => a.date.localeCompare(b.date)),
    rules: {
      sessionMinutes: r.sessionMinutes,
      bufferBeforeMinutes: r.bufferBeforeMinutes,
      bufferAfterMinutes: r.bufferAfterMinutes,
      minimumNoticeHours: r.minimumNoticeMinutes / 60,
      horizonDays: r.horizonDays,
      maxPerDay: r.maxPerDay,
      slotStepMinutes: r.slotStepMinutes,
    },
  };
}

/** The request body: days without hours are left out (closed), notice back in minutes. */
export function toBody(draft: AvailabilityDraft): AvailabilityBody {
  const weekly: AvailabilityBody["weekly"] = {};
  for (const day of DAYS) {
    if (draft.weekly[day].length > 0) weekly[day] = draft.weekly[day].map(({ start, end }) => ({ start, end }));
  }
  const r = draft.rules;
  return {
    timeZone: draft.timeZone,
    weekly,
    overrides: draft.overrides.map((o) => ({ date: o.date, hours: o.hours.map(({ start, end }) => ({ start, end })) })),
    rules: {
      sessionMinutes: r.sessionMinutes,
      bufferBeforeMinutes: r.bufferBeforeMinutes,
      bufferAfterMinutes: r.bufferAfterMinutes,
      minimumNoticeMinutes: Math.round(r.minimumNoticeHours * 60),
      horizonDays: r.horizonDays,
      maxPerDay: r.maxPerDay,
      slotStepMinutes: r.slotStepMinutes,
    },
  };
}

/** Minutes since midnight of "HH:mm". */
function minutes(time: string): number {
  const [h, m] = time.split(":").map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/**
 * One day's ranges: each a time, ending after it starts, and none overlapping another (as the server checks,
 * with the same field names: `<day>[i].start|end` for a range, `<day>` for an overlap).
 */
export function validateRanges(ranges: readonly Range[], field: string, errors: FormErrors) {
  if (ranges.length > LIMITS.rangesPerDay) errors[field] = `Keep to ${LIMITS.rangesPerDay} ranges a day at most.`;
  const valid: { start: number; end: number }[] = [];
  ranges.forEach((range, i) => {
    if (!TIME.test(range.start)) errors[`${field}[${i}].start`] = "Enter a time like 09:30.";
    else if (!TIME.test(range.end)) errors[`${field}[${i}].end`] = "Enter a time like 17:00.";
    else if (minutes(range.end) <= minutes(range.start)) errors[`${field}[${i}].end`] = "Must be after the start.";
    else valid.push({ start: minutes(range.start), end: minutes(range.end) });
  });
  const sorted = [...valid].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.start < sorted[i - 1]!.end) {
      errors[field] ??= "These hours overlap.";
      break;
    }
  }
}

function checkWhole(value: number, limit: { min: number; max: number }, unit: string): string | undefined {
  if (!Number.isFinite(value) || !Number.isInteger(value)) return `Enter a whole number of ${unit}.`;
  if (value < limit.min || value > limit.max) return `Choose ${limit.min} to ${limit.max} ${unit}.`;
  return undefined;
}

/** The form's own checks, with the server's limits and field names; empty when the draft can be sent. */
export function validateDraft(draft: AvailabilityDraft): FormErrors {
  const errors: FormErrors = {};
  if (!draft.timeZone) errors.timeZone = "Choose your time zone.";
  for (const day of DAYS) validateRanges(draft.weekly[day], `weekly.${day}`, errors);
  if (draft.overrides.length > LIMITS.overrides) errors.overrides = `Keep to ${LIMITS.overrides} dates at most.`;
  const seen = new Set<string>();
  draft.overrides.forEach((o, i) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(o.date) || Number.isNaN(Date.parse(`${o.date}T00:00:00Z`))) {
      errors[`overrides[${i}].date`] = "Choose a date.";
    } else if (seen.has(o.date)) {
      errors[`overrides[${i}].date`] = "This date is already changed above.";
    }
    seen.add(o.date);
    validateRanges(o.hours, `overrides[${i}].hours`, errors);
  });
  const r = draft.rules;
  const rules: Record<keyof Rules, string | undefined> = {
    sessionMinutes: checkWhole(r.sessionMinutes, LIMITS.sessionMinutes, "minutes"),
    bufferBeforeMinutes: checkWhole(r.bufferBeforeMinutes, LIMITS.bufferMinutes, "minutes"),
    bufferAfterMinutes: checkWhole(r.bufferAfterMinutes, LIMITS.bufferMinutes, "minutes"),
    minimumNoticeHours:
      !Number.isFinite(r.minimumNoticeHours) || r.minimumNoticeHours < LIMITS.minimumNoticeHours.min || r.minimumNoticeHours > LIMITS.minimumNoticeHours.max
        ? `Choose ${LIMITS.minimumNoticeHours.min} to ${LIMITS.minimumNoticeHours.max} hours.`
        : undefined,
    horizonDays: checkWhole(r.horizonDays, LIMITS.horizonDays, "days"),
    maxPerDay: checkWhole(r.maxPerDay, LIMITS.maxPerDay, "sessions"),
    slotStepMinutes: checkWhole(r.slotStepMinutes, LIMITS.slotStepMinutes, "minutes"),
  };
  for (const field of RULE_FIELDS) {
    const message = rules[field];
    if (message) errors[ruleField(field)] = message;
  }
  return errors;
}

/** The server's name of a rule's field: notice is `rules.minimumNoticeMinutes` there. */
export function ruleField(field: keyof Rules): string {
  return `rules.${field === "minimumNoticeHours" ? "minimumNoticeMinutes" : field}`;
}

/**
 * The server's field errors by the form's field names. Its names already are the form's; Bean Validation's
 * spellings of nested containers (`weekly<map value>[0].start`, `overrides[2].hours[0].<list element>.start`)
 * are brought to the same shape; a name the form has no input for goes to `form`.
 */
export function mapServerErrors(
  errors: readonly { field?: string | null; message?: string | null }[] | null | undefined,
): { byField: FormErrors; form: string[] } {
  const byField: FormErrors = {};
  const form: string[] = [];
  for (const error of errors ?? []) {
    const message = readable(error.message ?? "is not valid");
    const field = normalise(error.field ?? "");
    if (!field || !KNOWN.some((pattern) => pattern.test(field))) {
      form.push(error.field ? `${error.field}: ${message}` : message);
      continue;
    }
    byField[field] ??= message;
  }
  return { byField, form };
}

const KNOWN = [
  /^timeZone$/,
  /^weekly\.[A-Z]+(\[\d+\]\.(start|end))?$/,
  /^overrides$/,
  /^overrides\[\d+\]\.(date|hours)(\[\d+\]\.(start|end))?$/,
  /^rules\.[a-zA-Z]+$/,
];

function normalise(field: string): string {
  return field
    .replace(/\.?<[^>]*>/g, "")
    .replace(/\[(MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)\]/g, ".$1")
    .replace(/\.\./g, ".")
    .replace(/^\./, "");
}

function readable(message: string): string {
  const text = message.replace(/^must be less than or equal to (\d+)$/, "must be at most $1")
    .replace(/^must be greater than or equal to (\d+)$/, "must be at least $1");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A sensible next range after a day's last one (an hour after it ends, an hour long), or 09:00–17:00 first. */
export function nextRange(ranges: readonly Range[]): Range {
  const last = ranges[ranges.length - 1];
  if (!last || !TIME.test(last.end)) return { start: "09:00", end: "17:00" };
  const start = Math.min(minutes(last.end) + 60, 22 * 60);
  const end = Math.min(start + 60, 23 * 60 + 59);
  return { start: hhmm(start), end: hhmm(end) };
}

function hhmm(total: number): string {
  return `${String(Math.floor(total / 60)).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;
}

/** Whether the form differs from what is saved (the save button and the "unsaved" note). */
export function sameDraft(a: AvailabilityDraft, b: AvailabilityDraft): boolean {
  return JSON.stringify(toBody(a)) === JSON.stringify(toBody(b));
}
