import * as React from "react";
import { useQueryClient } from "@tanstack/react-query";
import { useConversations, useNow } from "@/features/chat";
import { sessionKeys, useMentorSessions } from "@/features/sessions";
import { useAuth } from "@/lib/auth/AuthProvider";
import { inboxEntries, staleSessionsReason } from "../model/inbox";

/**
 * The mentor's inbox, live: the conversation list the socket keeps current, joined with the mentor's sessions.
 * When a room for a booking the sessions list lacks appears (a new booking), or a booking notice arrives (moved,
 * cancelled), the sessions are asked for again, once per change.
 */
export function useInbox() {
  const auth = useAuth();
  const me = auth.status === "signed-in" ? auth.user.id : undefined;
  const conversations = useConversations();
  const sessions = useMentorSessions();
  const queryClient = useQueryClient();
  const now = useNow(60_000, true);

  const entries = React.useMemo(
    () => inboxEntries(conversations.data ?? [], me, sessions.data ?? [], now),
    [conversations.data, me, sessions.data, now],
  );

  const asked = React.useRef(new Set<string>());
  const reason = staleSessionsReason(
    entries.map((e) => e.conversation),
    sessions.data,
    sessions.dataUpdatedAt,
  );
  React.useEffect(() => {
    if (!reason || asked.current.has(reason)) return;
    asked.current.add(reason);
    void queryClient.invalidateQueries({ queryKey: sessionKeys.mentor() });
  }, [reason, queryClient]);

  return { entries, conversations, sessions };
}
