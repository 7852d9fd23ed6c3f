/** The admins' mentor roster: its filters, and connecting a mentor's Acuity calendar. */

export type RosterFilters = {
  kind: "HUMAN" | "AI" | "ALL";
  status: "active" | "retired" | "all";
  q: string;
};

export const DEFAULT_FILTERS: RosterFilters = { kind: "HUMAN", status: "active", q: "" };

/** The filters the address holds (`?kind=all&status=retired&q=ada`); anything unknown is the default. */
export function filtersOf(params: URLSearchParams): RosterFilters {
  const kind = (params.get("kind") ?? "").toUpperCase();
  const status = params.get("status") ?? "";
  return {
    kind: kind === "AI" || kind === "ALL" || kind === "HUMAN" ? kind : DEFAULT_FILTERS.kind,
    status: status === "retired" || status === "all" || status === "active" ? status : DEFAULT_FILTERS.status,
    q: (params.get("q") ?? "").slice(0, 200),
  };
}

/** The address's parameters for these filters, defaults left out. */
export function filtersToParams(filters: RosterFilters): Record<string, string> {
  return {
    ...(filters.kind !== DEFAULT_FILTERS.kind && { kind: filters.kind.toLowerCase() }),
    ...(filters.status !== DEFAULT_FILTERS.status && { status: filters.status }),
    ...(filters.q.trim() && { q: filters.q.trim() }),
  };
}

export type AcuityDraft = { calendarId: string; appointmentTypeId: string };
export type AcuityErrors = Partial<Record<keyof AcuityDraft, string>>;

const ACUITY_ID = /^[0-9]{1,18}$/;

/**
 * Both ids, as Acuity shows them (digits), or both empty to disconnect; what is wrong with each. Spaces people
 * paste around an id are not an error.
 */
export function validateAcuity(draft: AcuityDraft): AcuityErrors {
  const calendar = draft.calendarId.trim();
  const type = draft.appointmentTypeId.trim();
  if (!calendar && !type) return {};
  const errors: AcuityErrors = {};
  if (!calendar) errors.calendarId = "Give the calendar too, or clear both to disconnect.";
  else if (!ACUITY_ID.test(calendar)) errors.calendarId = "An Acuity calendar id is digits only, e.g. 4567890.";
  if (!type) errors.appointmentTypeId = "Give the appointment type too, or clear both to disconnect.";
  else if (!ACUITY_ID.test(type)) errors.appointmentTypeId = "An Acuity appointment type id is digits only, e.g. 12345678.";
  return errors;
}

/** The request: both ids trimmed, or null to disconnect. */
export function toAcuityConnection(draft: AcuityDraft): AcuityDraft | null {
  const calendarId = draft.calendarId.trim();
  const appointmentTypeId = draft.appointmentTypeId.trim();
  return calendarId && appointmentTypeId ? { calendarId, appointmentTypeId } : null;
}

/** A 409 `acuity-calendar-taken` names the mentor holding the ids: said with their name when the roster knows it. */
export function takenMessage(holderId: unknown, nameOf: (mentorId: string) => string | undefined): string {
  const holder = typeof holderId === "string" ? nameOf(holderId) : undefined;
  return holder
    ? `${holder} already holds this calendar or appointment type. Disconnect them first, or check the ids.`
    : "Another active mentor already holds this calendar or appointment type. Check the ids.";
}
