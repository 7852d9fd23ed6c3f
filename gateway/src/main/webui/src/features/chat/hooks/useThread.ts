import * as React from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useAuth } from "@/lib/auth/AuthProvider";
import { chatKeys } from "../api/keys";
import { latestMessages, PAGE } from "../api/conversations";
import { useLive } from "../live/LiveProvider";
import { emptyThread, lastSeq, receive, type Thread } from "../model/thread";

/**
 * A conversation's messages, live: the newest page from the server, then whatever the socket brings, caught up
 * after every reconnection. While it is on screen, what others wrote is marked read.
 */
export function useThread(conversationId: string) {
  const { live, status } = useLive();
  const auth = useAuth();
  const me = auth.status === "signed-in" ? auth.user.id : undefined;
  const query = useQuery({
    queryKey: chatKeys.thread(conversationId),
    queryFn: async ({ signal }) => {
      const messages = await latestMessages(conversationId, undefined, signal);
      return { ...receive(emptyThread(conversationId), messages), hasOlder: messages.length >= PAGE };
    },
    // the socket keeps it current: never refetched behind its back (a refetch would drop pending messages)
    staleTime: Infinity,
    gcTime: 5 * 60_000,
  });

  const loaded = query.data !== undefined;
  React.useEffect(() => {
    if (!live || !loaded) return;
    return live.watch(conversationId);
  }, [live, loaded, conversationId, status]);

  const newest = query.data ? lastSeq(query.data) : 0;
  const newestFromOthers = React.useMemo(() => {
    const messages = query.data?.messages ?? [];
    for (let i = messages.length - 1; i >= 0; i--) {
      const m = messages[i]!;
      if (!(m.author.kind === "USER" && m.author.id === me)) return m.seq;
    }
    return 0;
  }, [query.data?.messages, me]);
  React.useEffect(() => {
    if (!live || newest === 0 || newestFromOthers === 0) return;
    if (typeof document !== "undefined" && document.visibilityState === "hidden") return;
    live.read(conversationId, newest);
  }, [live, conversationId, newest, newestFromOthers]);

  return query;
}

/** Loads the page of messages before the oldest held. */
export function useLoadOlder(conversationId: string) {
  const queryClient = useQueryClient();
  const [loading, setLoading] = React.useState(false);
  const loadOlder = React.useCallback(async () => {
    const thread = queryClient.getQueryData<Thread>(chatKeys.thread(conversationId));
    const oldest = thread?.messages[0]?.seq;
    if (!thread || !thread.hasOlder || oldest === undefined) return;
    setLoading(true);
    try {
      const older = await latestMessages(conversationId, oldest);
      queryClient.setQueryData<Thread>(chatKeys.thread(conversationId), (t) =>
        t ? { ...receive(t, older), hasOlder: older.length >= PAGE } : t,
      );
    } finally {
      setLoading(false);
    }
  }, [queryClient, conversationId]);
  return { loadOlder, loading };
}
