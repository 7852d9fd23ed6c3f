import { ApiError, describeError } from "@/lib/api/problem";
import { MAX_MEMBERS, MAX_NAME, MAX_PURPOSE, MIN_MEMBERS, type NewCouncil } from "../api/councils";

/** The "Assemble your own" form as the person fills it in. */
export type CouncilForm = { name: string; purpose: string; memberIds: string[]; chairId: string };
export type CouncilField = "name" | "purpose" | "memberIds" | "chairId";
export type CouncilErrors = Partial<Record<CouncilField, string>>;

export const emptyCouncilForm: CouncilForm = { name: "", purpose: "", memberIds: [], chairId: "" };

/** The chair: the one picked while they are still a member, otherwise the first member picked. */
export function chairOf(form: CouncilForm): string {
  return form.memberIds.includes(form.chairId) ? form.chairId : (form.memberIds[0] ?? "");
}

/** Adds or removes a member; never more than a council seats. */
export function toggleMember(memberIds: string[], id: string): string[] {
  if (memberIds.includes(id)) return memberIds.filter((m) => m !== id);
  return memberIds.length >= MAX_MEMBERS ? memberIds : [...memberIds, id];
}

/** What can be told before asking the server (it checks the same, and more). */
export function validateCouncil(form: CouncilForm): CouncilErrors {
  const errors: CouncilErrors = {};
  const name = form.name.trim();
  if (!name) errors.name = "Give your council a name.";
  else if (name.length > MAX_NAME) errors.name = `A name has at most ${MAX_NAME} characters.`;
  if (form.purpose.trim().length > MAX_PURPOSE) errors.purpose = `A purpose has at most ${MAX_PURPOSE} characters.`;
  if (form.memberIds.length < MIN_MEMBERS || form.memberIds.length > MAX_MEMBERS) {
    errors.memberIds = `Pick ${MIN_MEMBERS} to ${MAX_MEMBERS} AI mentors.`;
  }
  return errors;
}

export function toNewCouncil(form: CouncilForm): NewCouncil {
  const purpose = form.purpose.trim();
  return { name: form.name.trim(), purpose: purpose || undefined, memberIds: form.memberIds, chairId: chairOf(form) };
}

// refusals mentor-service names by problem type rather than by field
const FIELD_OF_CODE: Record<string, CouncilField> = {
  "chair-not-member": "chairId",
  "council-size": "memberIds",
  "unknown-member": "memberIds",
};

/** A refused creation as messages next to their fields, and whatever belongs to no field for the whole form. */
export function errorsFromServer(error: unknown): { fields: CouncilErrors; form?: string } {
  if (!(error instanceof ApiError)) return { fields: {}, form: describeError(error).detail };
  const fields: CouncilErrors = {};
  for (const [field, message] of Object.entries(error.fieldErrors)) {
    // "memberIds[2]" or "create.body.memberIds" name the members too
    const known = (["name", "purpose", "memberIds", "chairId"] as const).find((f) => field === f || field.includes(f));
    if (known && !fields[known]) fields[known] = message;
  }
  const byCode = error.code ? FIELD_OF_CODE[error.code] : undefined;
  if (byCode && !fields[byCode]) fields[byCode] = error.problem.detail ?? error.message;
  const placed = Object.keys(fields).length > 0;
  return { fields, form: placed ? undefined : describeError(error).detail };
}
