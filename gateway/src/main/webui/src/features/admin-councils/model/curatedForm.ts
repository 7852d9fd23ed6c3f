import { MAX_MEMBERS, MAX_NAME, MAX_PURPOSE, MIN_MEMBERS, type Council, type NewCouncil } from "@/features/councils";

/** A curated council as an admin writes it. Unlike a person's own, it must say what it is for. */
export type CuratedDraft = { name: string; purpose: string; memberIds: string[]; chairId: string };
export type CuratedField = keyof CuratedDraft;
export type CuratedErrors = Partial<Record<CuratedField, string>>;

export const emptyCurated: CuratedDraft = { name: "", purpose: "", memberIds: [], chairId: "" };

export function draftOfCouncil(council: Council): CuratedDraft {
  return { name: council.name, purpose: council.purpose, memberIds: council.members.map((m) => m.id), chairId: council.chairMentorId };
}

export function validateCurated(draft: CuratedDraft): CuratedErrors {
  const errors: CuratedErrors = {};
  const name = draft.name.trim();
  if (!name) errors.name = "Give the council a name.";
  else if (name.length > MAX_NAME) errors.name = `At most ${MAX_NAME} characters.`;
  const purpose = draft.purpose.trim();
  if (!purpose) errors.purpose = "Say what questions it is for: people choose a council by it.";
  else if (purpose.length > MAX_PURPOSE) errors.purpose = `At most ${MAX_PURPOSE} characters.`;
  if (draft.memberIds.length < MIN_MEMBERS || draft.memberIds.length > MAX_MEMBERS) {
    errors.memberIds = `Pick ${MIN_MEMBERS} to ${MAX_MEMBERS} AI mentors.`;
  }
  return errors;
}

/** The body: trimmed, and the chair one of the members (the first picked unless another was chosen). */
export function toCuratedBody(draft: CuratedDraft): NewCouncil {
  const chairId = draft.memberIds.includes(draft.chairId) ? draft.chairId : draft.memberIds[0];
  return { name: draft.name.trim(), purpose: draft.purpose.trim(), memberIds: draft.memberIds, chairId };
}
