import * as React from "react";
import { ArrowDownIcon, Loader2Icon } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { StickToBottom } from "@/hooks/useStickToBottom";

/**
 * The scrolling list of a conversation: follows new content unless the person scrolled up (then offers a
 * "New messages" button), and loads earlier messages on request. `live` makes it a polite live region whose
 * additions (whole messages, never single streamed words) are read out.
 */
export function ConversationScroller({
  scroller,
  label,
  live,
  hasOlder,
  loadOlder,
  loadingOlder,
  children,
}: {
  scroller: StickToBottom;
  label: string;
  live: boolean;
  hasOlder: boolean;
  loadOlder: () => Promise<void>;
  loadingOlder: boolean;
  children: React.ReactNode;
}) {
  return (
    <div className="relative min-h-0 flex-1">
      <div
        ref={scroller.scrollRef}
        onScroll={scroller.onScroll}
        onWheel={scroller.onGesture}
        onTouchMove={scroller.onGesture}
        onPointerDown={scroller.onGesture}
        onKeyDown={scroller.onGesture}
        role="log"
        aria-label={label}
        aria-live={live ? "polite" : "off"}
        aria-relevant="additions"
        aria-busy={loadingOlder || undefined}
        // a scrolling region must be reachable by keyboard to be scrolled with the arrow keys
        tabIndex={0}
        // the browser's scroll anchoring would chase content collapsing above; following is managed here instead
        className="h-full overflow-y-auto overscroll-contain [overflow-anchor:none] px-3 py-4 focus-visible:outline-offset-[-2px] sm:px-5"
      >
        {hasOlder && (
          <div className="mb-4 flex justify-center">
            <Button
              variant="outline"
              size="sm"
              disabled={loadingOlder}
              onClick={() => void scroller.keepPositionWhile(loadOlder)}
            >
              {loadingOlder && <Loader2Icon className="animate-spin" aria-hidden="true" />}
              Load earlier messages
            </Button>
          </div>
        )}
        <div ref={scroller.contentRef}>{children}</div>
      </div>
      {scroller.hasNewBelow && (
        <Button
          size="sm"
          className="absolute bottom-3 left-1/2 -translate-x-1/2 rounded-full shadow-md"
          onClick={() => scroller.scrollToBottom(true)}
        >
          <ArrowDownIcon aria-hidden="true" /> New messages
        </Button>
      )}
    </div>
  );
}
