import * as React from "react";

/**
 * A conversation fills the screen below the app's header and above the phone's tab bar (edge to edge on a phone,
 * a card from `sm` up): its header, a list that scrolls by itself, and the composer always in reach.
 *
 * Where it starts is measured (`--frame-top`), since the app's header grows while the connection banner shows;
 * below it go the tab bar (55px, under `md`) or the page's bottom padding (pb-24 at `sm`, pb-10 from `md`).
 */
export function ConversationFrame({ children, label }: { children: React.ReactNode; label?: string }) {
  const ref = React.useRef<HTMLElement>(null);
  React.useLayoutEffect(() => {
    const frame = ref.current;
    if (!frame) return;
    const measure = () => frame.style.setProperty("--frame-top", `${frame.getBoundingClientRect().top + window.scrollY}px`);
    measure();
    window.addEventListener("resize", measure);
    // the app's header is the first in the document; its banner moves where the frame starts
    const header = document.querySelector("header");
    const observer = typeof ResizeObserver === "undefined" || !header ? undefined : new ResizeObserver(measure);
    if (header) observer?.observe(header);
    return () => {
      window.removeEventListener("resize", measure);
      observer?.disconnect();
    };
  }, []);
  return (
    <section
      ref={ref}
      aria-label={label}
      className="-mx-4 -mt-6 -mb-24 flex h-[calc(100dvh-var(--frame-top,57px)-55px-env(safe-area-inset-bottom))] flex-col overflow-hidden bg-card sm:mx-0 sm:mt-0 sm:mb-0 sm:h-[calc(100dvh-var(--frame-top,81px)-6rem)] sm:rounded-xl sm:border md:h-[calc(100dvh-var(--frame-top,81px)-2.5rem)]"
    >
      {children}
    </section>
  );
}
