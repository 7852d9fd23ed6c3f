import type { CardStatus } from "./personas";

/** Query keys of the personas feature (admins' view of the AI mentors). */
export const personaKeys = {
  all: ["personas"] as const,
  list: () => ["personas", "list"] as const,
  detail: (id: string) => ["personas", "detail", id] as const,
  cardsOf: (id: string) => ["personas", "cards", id] as const,
  cards: (id: string, q: string, status: CardStatus) => ["personas", "cards", id, q.trim().toLowerCase(), status] as const,
};
