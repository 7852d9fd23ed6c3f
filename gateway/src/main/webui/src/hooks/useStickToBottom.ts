import * as React from "react";

/** How close to the bottom still counts as "reading the newest" (a line or two of slack). */
const NEAR_BOTTOM_PX = 64;
/** How long after a wheel, touch or key a scroll counts as the person's own. */
const GESTURE_MS = 800;
/** How long a "keep the view" mark waits for the older messages it was made for to lay out. */
const KEEP_MARK_MS = 500;

export type StickToBottom = ReturnType<typeof useStickToBottom>;

/**
 * Follows a conversation as it grows: while the person is at the bottom, new messages and streamed words keep
 * it in view; once they scroll up to read, it stays put and `hasNewBelow` says something arrived (for a
 * "New messages" button). Loading older messages above keeps what is on screen where it is.
 *
 * New content (`version` changing) follows the person or raises `hasNewBelow`; other growth while they are at
 * the bottom (a link that loads under an answer, the list getting shorter as the composer grows) keeps them
 * there. `release` lets go before the person opens something themselves, so it is not scrolled away from them.
 */
export function useStickToBottom(version: string) {
  const scrollRef = React.useRef<HTMLDivElement | null>(null);
  const stuck = React.useRef(true);
  const keepFromBottom = React.useRef<number | null>(null);
  const [hasNewBelow, setHasNewBelow] = React.useState(false);

  const observer = React.useRef<ResizeObserver | null>(null);
  /** The content's height when last seen settled (a scroll that comes with a change in it was not the person's). */
  const knownHeight = React.useRef(0);
  const followResize = React.useCallback(() => {
    const el = scrollRef.current;
    if (!el) return;
    if (keepFromBottom.current !== null) {
      // older messages arrived above: keep what was on screen where it was
      el.scrollTop = el.scrollHeight - keepFromBottom.current;
      keepFromBottom.current = null;
    } else if (stuck.current) {
      el.scrollTop = el.scrollHeight;
    }
    knownHeight.current = el.scrollHeight;
  }, []);
  /** Attach to the element that holds the messages, inside the scrolling one. */
  const contentRef = React.useCallback(
    (content: HTMLElement | null) => {
      observer.current?.disconnect();
      observer.current = null;
      if (!content || typeof ResizeObserver === "undefined") return;
      observer.current = new ResizeObserver(followResize);
      observer.current.observe(content);
      if (scrollRef.current) observer.current.observe(scrollRef.current);
    },
    [followResize],
  );

  const lastTop = React.useRef(0);
  const lastGesture = React.useRef(0);
  /** Wheel, touch, keys or the scrollbar on the list: the person is scrolling (attach to the scrolling element). */
  const onGesture = React.useCallback(() => {
    lastGesture.current = performance.now();
  }, []);

  const onScroll = React.useCallback(() => {
    const el = scrollRef.current;
    if (!el) return;
    const top = el.scrollTop;
    const contentChanged = el.scrollHeight !== knownHeight.current;
    knownHeight.current = el.scrollHeight;
    if (el.scrollHeight - top - el.clientHeight <= NEAR_BOTTOM_PX) {
      stuck.current = true;
      setHasNewBelow(false);
    } else if (stuck.current && contentChanged && performance.now() - lastGesture.current > GESTURE_MS) {
      // not the person: the content changed under the view (a section collapsing shrinks it for a moment and
      // the browser pulls the view up); back to the newest
      el.scrollTop = el.scrollHeight;
    } else if (top < lastTop.current - 1) {
      // the person scrolled up (wheel, touch, keys, or moving focus to something earlier): let go
      stuck.current = false;
    }
    lastTop.current = el.scrollTop;
  }, []);

  React.useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    if (keepFromBottom.current !== null) {
      el.scrollTop = el.scrollHeight - keepFromBottom.current;
      keepFromBottom.current = null;
    } else if (stuck.current) {
      el.scrollTop = el.scrollHeight;
    } else {
      setHasNewBelow(true);
    }
  }, [version]);

  /** Back to the newest (the person sent something, or pressed "New messages"). */
  const scrollToBottom = React.useCallback((smooth = false) => {
    stuck.current = true;
    setHasNewBelow(false);
    const el = scrollRef.current;
    if (el) el.scrollTo({ top: el.scrollHeight, behavior: smooth ? "smooth" : "auto" });
  }, []);

  /** The person is opening or closing something: leave the view where it is. */
  const release = React.useCallback(() => {
    stuck.current = false;
  }, []);

  /** Runs `load` (which adds messages above) without moving what the person is looking at. */
  const keepPositionWhile = React.useCallback(async (load: () => Promise<void>) => {
    const el = scrollRef.current;
    if (el) keepFromBottom.current = el.scrollHeight - el.scrollTop;
    try {
      await load();
    } finally {
      // the mark is used up when the older messages lay out; if none came, forget it once they would have
      setTimeout(() => {
        keepFromBottom.current = null;
      }, KEEP_MARK_MS);
    }
  }, []);

  return { scrollRef, contentRef, onScroll, onGesture, hasNewBelow, scrollToBottom, keepPositionWhile, release };
}
