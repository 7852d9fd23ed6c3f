import { useQuery } from "@tanstack/react-query";
import { useAuth } from "@/lib/auth/AuthProvider";
import type { Conversation } from "@/lib/live/frames";
import { chatKeys } from "../api/keys";
import { getConversation, listConversations } from "../api/conversations";

/** My conversations, most recently active first; the live socket keeps them current. */
export function useConversations() {
  const auth = useAuth();
  return useQuery({
    queryKey: chatKeys.conversations(),
    queryFn: ({ signal }) => listConversations(signal),
    enabled: auth.status === "signed-in",
    staleTime: 30_000,
  });
}

export function useConversation(id: string | undefined) {
  return useQuery({
    queryKey: chatKeys.conversation(id ?? ""),
    queryFn: ({ signal }) => getConversation(id!, signal),
    enabled: id !== undefined,
    staleTime: 60_000,
  });
}

function unreadOf(list: Conversation[] | undefined, kinds?: string[]) {
  return (list ?? [])
    .filter((c) => !kinds || kinds.includes(c.kind))
    .reduce((total, c) => total + (c.unread ?? 0), 0);
}

/** Unread messages across my conversations (optionally of some kinds), for the navigation's badges. */
export function useUnreadCount(kinds?: string[]): number {
  const { data } = useConversations();
  return unreadOf(data, kinds);
}
