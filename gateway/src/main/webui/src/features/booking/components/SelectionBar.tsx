import * as React from "react";
import { Button } from "@/components/ui/button";
import type { Slot } from "../api/bookings";
import { sessionWhen } from "../model/bookings";

/**
 * On phones the confirm panel sits below a long list of times: while it is out of view, the chosen time stays
 * visible at the bottom of the screen with a way to go on.
 */
export function SelectionBar({
  slot,
  zone,
  target,
  onContinue,
}: {
  slot: Slot | null;
  zone: string;
  target: React.RefObject<HTMLElement | null>;
  onContinue: () => void;
}) {
  const targetVisible = useInView(target);
  if (!slot || targetVisible) return null;
  const when = sessionWhen(slot.startsAt, slot.endsAt, zone);
  return (
    <div className="fixed inset-x-0 bottom-[calc(3.75rem+env(safe-area-inset-bottom))] z-30 border-t bg-background/95 px-4 py-3 shadow-lg backdrop-blur md:bottom-0 lg:hidden">
      <div className="mx-auto flex max-w-6xl items-center gap-3">
        <p className="min-w-0 flex-1 text-sm">
          <span className="block truncate font-medium">{when.day}</span>
          <span className="text-muted-foreground">{when.time}</span>
        </p>
        <Button onClick={onContinue}>Continue</Button>
      </div>
    </div>
  );
}

function useInView(ref: React.RefObject<HTMLElement | null>): boolean {
  const [visible, setVisible] = React.useState(false);
  React.useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver(([entry]) => setVisible(entry?.isIntersecting ?? false), {
      threshold: 0.2,
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return visible;
}
