import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { catalogKeys } from "@/features/catalog";
import { councilKeys } from "@/features/councils";
import { ApiError } from "@/lib/api/problem";
import {
  addCard,
  editCard,
  getPersona,
  listCards,
  listPersonas,
  restoreCard,
  retireCard,
  savePersona,
  type CardStatus,
} from "../api/personas";
import { personaKeys } from "../api/keys";
import type { PersonaBody } from "../model/personaForm";
import type { CardDraft } from "../model/cardForm";

export function usePersonas() {
  return useQuery({ queryKey: personaKeys.list(), queryFn: ({ signal }) => listPersonas(signal) });
}

export function usePersona(id: string | undefined) {
  return useQuery({
    queryKey: personaKeys.detail(id ?? ""),
    queryFn: ({ signal }) => getPersona(id!, signal),
    enabled: Boolean(id),
    retry: (failures, error) => failures < 2 && !(error instanceof ApiError && error.status === 404),
  });
}

/** The persona's cards that match the search, the previous result staying on screen while the next one loads. */
export function useCards(id: string, q: string, status: CardStatus) {
  return useQuery({
    queryKey: personaKeys.cards(id, q, status),
    queryFn: ({ signal }) => listCards(id, q, status, signal),
    placeholderData: keepPreviousData,
  });
}

/** Saves a persona's profile: the admin list, the persona, and what people see of it in the catalog change. */
export function useSavePersona() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: PersonaBody }) => savePersona(id, body),
    onSuccess: (_saved, { id }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: personaKeys.list() }),
        queryClient.invalidateQueries({ queryKey: personaKeys.detail(id) }),
        queryClient.invalidateQueries({ queryKey: catalogKeys.all }),
        queryClient.invalidateQueries({ queryKey: councilKeys.all }),
      ]),
  });
}

type CardChange =
  | { kind: "add"; body: CardDraft }
  | { kind: "edit"; cardId: string; body: CardDraft }
  | { kind: "retire"; cardId: string }
  | { kind: "restore"; cardId: string };

/** Adds, edits, retires or restores one of the persona's cards; its lists and counts follow. */
export function useCardChange(personaId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: CardChange) => {
      switch (change.kind) {
        case "add":
          return addCard(personaId, change.body);
        case "edit":
          return editCard(personaId, change.cardId, change.body);
        case "retire":
          return retireCard(personaId, change.cardId);
        case "restore":
          return restoreCard(personaId, change.cardId);
      }
    },
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: personaKeys.cardsOf(personaId) }),
        queryClient.invalidateQueries({ queryKey: personaKeys.detail(personaId) }),
        queryClient.invalidateQueries({ queryKey: personaKeys.list() }),
      ]),
  });
}
