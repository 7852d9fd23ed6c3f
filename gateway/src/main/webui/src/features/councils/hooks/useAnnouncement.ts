import * as React from "react";

/**
 * Text for a polite live region: it changes when `text` changes after the first render, so a screen reader
 * hears each step once and nothing on arrival.
 */
export function useAnnouncement(text: string): string {
  const previous = React.useRef(text);
  const [said, setSaid] = React.useState("");
  React.useEffect(() => {
    if (previous.current === text) return;
    previous.current = text;
    setSaid(text);
  }, [text]);
  return said;
}
