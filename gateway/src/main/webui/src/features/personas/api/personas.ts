import { api, mentraFetch, unwrap } from "@/lib/api/client";
import { ApiError, problemOf, retryAfterSeconds } from "@/lib/api/problem";
import type { components } from "@/types/api/mentor";
import { SseParser } from "../model/sse";
import { readReplyEvent, type TryEvent } from "../model/tryAnswer";
import type { PersonaBody } from "../model/personaForm";
import type { CardDraft } from "../model/cardForm";

export type Persona = components["schemas"]["PersonaView"];
export type AdviceCard = components["schemas"]["CardView"];
export type CardStatus = "active" | "retired" | "all";

/** Every AI persona (retired ones too), for admins. */
export function listPersonas(signal?: AbortSignal): Promise<Persona[]> {
  return unwrap(api.GET("/api/mentors/ai", { signal }));
}

export function getPersona(id: string, signal?: AbortSignal): Promise<Persona> {
  return unwrap(api.GET("/api/mentors/ai/{id}", { params: { path: { id } }, signal }));
}

/** Creates or revises a persona's profile; its cards stay as they are. */
export async function savePersona(id: string, body: PersonaBody): Promise<void> {
  await unwrap(api.PUT("/api/mentors/ai/{id}", { params: { path: { id } }, body }));
}

export function listCards(id: string, q: string, status: CardStatus, signal?: AbortSignal): Promise<AdviceCard[]> {
  const query = q.trim() ? { q: q.trim(), status } : { status };
  return unwrap(api.GET("/api/mentors/ai/{id}/cards", { params: { path: { id }, query }, signal }));
}

export function addCard(id: string, body: CardDraft): Promise<AdviceCard> {
  return unwrap(api.POST("/api/mentors/ai/{id}/cards", { params: { path: { id } }, body }));
}

export function editCard(id: string, cardId: string, body: CardDraft): Promise<AdviceCard> {
  return unwrap(api.PUT("/api/mentors/ai/{id}/cards/{cardId}", { params: { path: { id, cardId } }, body }));
}

export function retireCard(id: string, cardId: string): Promise<AdviceCard> {
  return unwrap(api.POST("/api/mentors/ai/{id}/cards/{cardId}/retire", { params: { path: { id, cardId } } }));
}

export function restoreCard(id: string, cardId: string): Promise<AdviceCard> {
  return unwrap(api.POST("/api/mentors/ai/{id}/cards/{cardId}/restore", { params: { path: { id, cardId } } }));
}

/**
 * Asks the persona `question` through the same engine people meet (nothing is stored) and reports each event of
 * the answer's stream as it arrives. A refused request throws an {@link ApiError}; `signal` stops the answer.
 */
export async function tryPersona(id: string, question: string, onEvent: (event: TryEvent) => void, signal: AbortSignal): Promise<void> {
  const request = new Request(`/api/mentors/ai/${encodeURIComponent(id)}/try`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "text/event-stream" },
    body: JSON.stringify({ messages: [{ speaker: "PERSON", text: question }] }),
    signal,
  });
  const response = await mentraFetch(request);
  if (!response.ok || !response.body) {
    throw new ApiError(response.status, await problemOf(response), retryAfterSeconds(response));
  }
  const parser = new SseParser();
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const emit = (events: string[]) => {
    for (const data of events) {
      const event = readReplyEvent(data);
      if (event) onEvent(event);
    }
  };
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    emit(parser.push(value));
  }
  emit(parser.end());
}
