import * as React from "react";
import { SendHorizontalIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";

/** The most a message may hold (chat-service refuses longer ones). */
export const MAX_MESSAGE_LENGTH = 4000;

/**
 * Where a message is written: Enter sends, Shift+Enter starts a new line; typing is reported (throttled by the
 * caller) so the other side sees an indicator.
 */
export function Composer({
  onSend,
  onTyping,
  placeholder = "Write a message…",
  label = "Message",
  disabled = false,
  autoFocus = false,
}: {
  onSend: (text: string) => void;
  onTyping?: () => void;
  placeholder?: string;
  label?: string;
  disabled?: boolean;
  autoFocus?: boolean;
}) {
  const [text, setText] = React.useState("");
  const trimmed = text.trim();
  const tooLong = text.length > MAX_MESSAGE_LENGTH;
  const send = () => {
    if (!trimmed || tooLong || disabled) return;
    onSend(trimmed);
    setText("");
  };
  return (
    <form
      className="flex items-end gap-2 border-t bg-background p-3"
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      <div className="flex-1">
        <label className="sr-only" htmlFor="composer">
          {label}
        </label>
        <Textarea
          id="composer"
          rows={1}
          value={text}
          autoFocus={autoFocus}
          placeholder={placeholder}
          className="max-h-40 min-h-10 resize-none"
          aria-invalid={tooLong || undefined}
          aria-describedby={tooLong ? "composer-too-long" : undefined}
          onChange={(event) => {
            setText(event.target.value);
            if (event.target.value.trim()) onTyping?.();
          }}
          onKeyDown={(event) => {
            if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
              event.preventDefault();
              send();
            }
          }}
        />
        {tooLong && (
          <p id="composer-too-long" className="mt-1 text-xs text-destructive">
            {text.length - MAX_MESSAGE_LENGTH} characters over the limit of {MAX_MESSAGE_LENGTH}.
          </p>
        )}
      </div>
      <Button type="submit" size="icon" disabled={!trimmed || tooLong || disabled} aria-label="Send">
        <SendHorizontalIcon aria-hidden="true" />
      </Button>
    </form>
  );
}
