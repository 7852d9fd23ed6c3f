import * as React from "react";
import { useQuery } from "@tanstack/react-query";
import { useLive } from "../live/LiveProvider";
import { chatKeys } from "../api/keys";
import type { Presence } from "../live/ChatLive";

const TYPING_EVERY_MS = 2_500;

/** What a person does in a conversation: send (shown at once), retry, say they are typing. */
export function useChatActions(conversationId: string) {
  const { live } = useLive();
  const lastTyping = React.useRef(0);
  return React.useMemo(
    () => ({
      send: (text: string) => live?.send(conversationId, text),
      retry: (clientId: string) => live?.retry(conversationId, clientId),
      typing: () => {
        const now = Date.now();
        if (now - lastTyping.current < TYPING_EVERY_MS) return;
        lastTyping.current = now;
        live?.typing(conversationId);
      },
    }),
    [live, conversationId],
  );
}

/** Who is online among the people I share conversations with (as the socket has heard). */
export function usePresence(): Presence {
  const { data } = useQuery<Presence>({
    queryKey: chatKeys.presence(),
    queryFn: () => ({}),
    staleTime: Infinity,
    gcTime: Infinity,
  });
  return data ?? {};
}

/** Re-renders every `ms` while `active` (typing indicators fade by time). */
export function useNow(ms: number, active: boolean): number {
  const [now, setNow] = React.useState(() => Date.now());
  React.useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(timer);
  }, [ms, active]);
  return now;
}
