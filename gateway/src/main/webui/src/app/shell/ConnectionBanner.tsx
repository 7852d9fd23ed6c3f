import { RefreshCwIcon, WifiOffIcon } from "lucide-react";
import { useQueryClient } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { useConnectivity } from "@/lib/api/connectivity";
import { useLive } from "@/features/chat";

/**
 * Says when Mentra cannot be reached (no network, or a service answers 503) while queries keep retrying, and
 * when the live connection is re-establishing itself.
 */
export function ConnectionBanner() {
  const connectivity = useConnectivity();
  const { status } = useLive();
  const queryClient = useQueryClient();
  const live = status === "offline" || status === "reconnecting";
  if (connectivity === "ok" && !live) return null;
  const message =
    connectivity === "offline" || status === "offline"
      ? "You're offline. We'll reconnect and catch up as soon as the network is back."
      : connectivity === "unavailable"
        ? "Part of Mentra is not answering right now. Retrying…"
        : "Reconnecting to live updates…";
  return (
    <div role="status" aria-live="polite" className="border-t border-warning/40 bg-warning/10">
      <div className="mx-auto flex max-w-6xl items-center gap-3 px-4 py-2 text-sm" data-testid="connection-banner">
        <WifiOffIcon className="size-4 shrink-0 text-warning" aria-hidden="true" />
        <span className="flex-1">{message}</span>
        {connectivity !== "ok" && (
          <Button
            variant="outline"
            size="sm"
            onClick={() => void queryClient.refetchQueries({ type: "active" })}
          >
            <RefreshCwIcon aria-hidden="true" /> Retry now
          </Button>
        )}
      </div>
    </div>
  );
}
