import * as React from "react";
import { useQueryClient } from "@tanstack/react-query";
import { useAuth } from "@/lib/auth/AuthProvider";
import { session } from "@/lib/auth/session";
import type { LiveStatus } from "@/lib/live/LiveConnection";
import type { ChatLive } from "./ChatLive";

type LiveContextValue = { live: ChatLive | null; status: LiveStatus };

const LiveContext = React.createContext<LiveContextValue>({ live: null, status: "idle" });

/** Keeps one live socket open while someone is signed in, feeding the query cache. */
export function LiveProvider({ children }: { children: React.ReactNode }) {
  const auth = useAuth();
  const queryClient = useQueryClient();
  const userId = auth.status === "signed-in" ? auth.user.id : undefined;
  const [value, setValue] = React.useState<LiveContextValue>({ live: null, status: "idle" });

  React.useEffect(() => {
    if (!userId) return;
    let stop: (() => void) | null = null;
    let cancelled = false;
    // the socket machinery loads with the first signed-in page, not with the landing page
    void Promise.all([import("@/lib/live/LiveConnection"), import("./ChatLive")]).then(
      ([{ LiveConnection, liveSocketUrl }, { ChatLive }]) => {
        if (cancelled) return;
        const connection = new LiveConnection({
          url: (token) => liveSocketUrl(token),
          getToken: () => session.getToken(),
          onTokenRenewed: (listener) => session.onTokenRenewed(listener),
          onUnauthorized: () => session.handleUnauthorized(),
        });
        const live = new ChatLive(connection, queryClient, () => userId);
        const stopStatus = connection.onStatus(() => setValue({ live, status: connection.getStatus() }));
        live.start();
        setValue({ live, status: connection.getStatus() });
        stop = () => {
          stopStatus();
          live.stop();
        };
      },
    );
    return () => {
      cancelled = true;
      stop?.();
      setValue({ live: null, status: "idle" });
    };
  }, [userId, queryClient]);

  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>;
}

export function useLive(): LiveContextValue {
  return React.useContext(LiveContext);
}
