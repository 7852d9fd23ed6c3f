import * as React from "react";
import { useQueryClient } from "@tanstack/react-query";
import { chatKeys, useConversations } from "@/features/chat";

const LOOK_EVERY_MS = 3_000;
const LOOK_FOR_MS = 45_000;

/**
 * The chat room of a session (chat-service opens one per booking, a moment after it is made). With `waitForIt`
 * the conversation list is asked again for a while until the room shows up, in case the live socket is not
 * connected to announce it.
 */
export function useSessionRoom(bookingId: string | undefined, waitForIt = false) {
  const { data } = useConversations();
  const room = bookingId ? data?.find((c) => c.bookingId === bookingId) : undefined;
  const queryClient = useQueryClient();
  const looking = waitForIt && Boolean(bookingId) && !room;
  React.useEffect(() => {
    if (!looking) return;
    const started = Date.now();
    const timer = setInterval(() => {
      if (Date.now() - started > LOOK_FOR_MS) clearInterval(timer);
      else void queryClient.invalidateQueries({ queryKey: chatKeys.conversations() });
    }, LOOK_EVERY_MS);
    return () => clearInterval(timer);
  }, [looking, queryClient]);
  return room;
}
