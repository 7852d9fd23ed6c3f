/** An advice card as an admin writes it, checked against mentor-service's limits (PersonaResource.CardBody). */

export const CARD_LIMITS = {
  title: { max: 120 },
  body: { min: 20, max: 2000 },
  tags: { max: 8, itemMax: 40 },
} as const;

export const CARD_FIELDS = ["title", "body", "tags"] as const;
export type CardField = (typeof CARD_FIELDS)[number];
export type CardErrors = Partial<Record<CardField, string>>;

export type CardDraft = { title: string; body: string; tags: string[] };
export const emptyCard: CardDraft = { title: "", body: "", tags: [] };

export function validateCard(draft: CardDraft): CardErrors {
  const errors: CardErrors = {};
  const title = draft.title.trim();
  if (!title) errors.title = "Give the card a title: the engine quotes it in answers.";
  else if (title.length > CARD_LIMITS.title.max) errors.title = `At most ${CARD_LIMITS.title.max} characters.`;
  const body = draft.body.trim().length;
  if (body < CARD_LIMITS.body.min) errors.body = `Write the advice in at least ${CARD_LIMITS.body.min} characters (now ${body}).`;
  else if (body > CARD_LIMITS.body.max) errors.body = `At most ${CARD_LIMITS.body.max} characters (now ${body}).`;
  if (draft.tags.length > CARD_LIMITS.tags.max) errors.tags = `At most ${CARD_LIMITS.tags.max} tags.`;
  else {
    const long = draft.tags.find((t) => t.length > CARD_LIMITS.tags.itemMax);
    if (long) errors.tags = `“${long}” is longer than ${CARD_LIMITS.tags.itemMax} characters.`;
  }
  return errors;
}

export function toCardBody(draft: CardDraft): CardDraft {
  return { title: draft.title.trim(), body: draft.body.trim(), tags: draft.tags };
}

/** The first sentence or two of a card, as the offline engine quotes it: what the list shows before "more". */
export function gist(body: string, max = 180): string {
  const text = body.trim().replace(/\s+/g, " ");
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, "")}…`;
}
