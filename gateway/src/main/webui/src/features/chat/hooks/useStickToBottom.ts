import * as React from "react";

/** How close to the bottom still counts as "reading the newest messages". */
const NEAR_BOTTOM_PX = 120;

/**
 * Keeps a scrolling list at its newest content while the person is there, and leaves them alone when they have
 * scrolled up to read older messages (then `hasNewBelow` says something arrived).
 */
export function useStickToBottom<T extends HTMLElement>(contentVersion: unknown) {
  const ref = React.useRef<T | null>(null);
  const atBottom = React.useRef(true);
  const [hasNewBelow, setHasNewBelow] = React.useState(false);

  const scrollToBottom = React.useCallback((behavior: ScrollBehavior = "auto") => {
    const element = ref.current;
    if (!element) return;
    element.scrollTo({ top: element.scrollHeight, behavior });
    atBottom.current = true;
    setHasNewBelow(false);
  }, []);

  React.useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const onScroll = () => {
      atBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < NEAR_BOTTOM_PX;
      if (atBottom.current) setHasNewBelow(false);
    };
    element.addEventListener("scroll", onScroll, { passive: true });
    return () => element.removeEventListener("scroll", onScroll);
  }, []);

  React.useLayoutEffect(() => {
    if (atBottom.current) scrollToBottom();
    else setHasNewBelow(true);
  }, [contentVersion, scrollToBottom]);

  return { ref, hasNewBelow, scrollToBottom };
}
