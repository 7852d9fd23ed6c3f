import * as React from "react";
import { XIcon } from "lucide-react";
import { cn } from "@/lib/utils";

type Props = {
  id?: string;
  values: string[];
  onChange: (values: string[]) => void;
  /** Turns typed entries into values (split, clean, dedupe); what it drops stays in the box. */
  accept: (existing: string[], typed: string[]) => { values: string[]; rejected: string[] };
  /** How each value is shown on its chip (e.g. a language's name). */
  display?: (value: string) => string;
  placeholder?: string;
  /** Told what was typed but not accepted (it stays in the box to be corrected). */
  onRejected?: (rejected: string[]) => void;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
};

/**
 * A list typed as chips: Enter, comma or leaving the box adds what was typed (pasting "a, b, c" adds three);
 * each chip has its own remove button, and Backspace in the empty box removes the last one.
 */
export function TagInput({ id, values, onChange, accept, display = (v) => v, placeholder, onRejected, ...aria }: Props) {
  const [draft, setDraft] = React.useState("");
  const inputRef = React.useRef<HTMLInputElement>(null);

  const commit = (text: string) => {
    const typed = text.split(/[,;\n]/);
    if (typed.every((t) => !t.trim())) {
      setDraft("");
      return;
    }
    const result = accept(values, typed);
    if (result.values.length !== values.length) onChange(result.values);
    setDraft(result.rejected.join(", "));
    if (result.rejected.length > 0) onRejected?.(result.rejected);
  };

  return (
    <div
      className={cn(
        "flex min-h-9 w-full flex-wrap items-center gap-1.5 rounded-md border border-input bg-transparent px-2 py-1.5 shadow-xs transition-[color,box-shadow]",
        "focus-within:border-ring focus-within:ring-[3px] focus-within:ring-ring/50",
        aria["aria-invalid"] && "border-destructive ring-destructive/20",
      )}
      onClick={() => inputRef.current?.focus()}
    >
      {values.length > 0 && (
        <ul className="contents">
          {values.map((value) => (
            <li key={value} className="inline-flex items-center gap-1 rounded-md bg-secondary py-0.5 pr-1 pl-2 text-sm text-secondary-foreground">
              {display(value)}
              <button
                type="button"
                aria-label={`Remove ${display(value)}`}
                onClick={(event) => {
                  event.stopPropagation();
                  onChange(values.filter((v) => v !== value));
                }}
                className="grid size-5 place-items-center rounded-sm text-muted-foreground hover:bg-background hover:text-foreground"
              >
                <XIcon className="size-3.5" aria-hidden="true" />
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        ref={inputRef}
        id={id}
        value={draft}
        placeholder={values.length === 0 ? placeholder : undefined}
        onChange={(event) => {
          const text = event.target.value;
          // a typed or pasted separator commits what comes before it
          if (/[,;\n]/.test(text)) commit(text);
          else setDraft(text);
        }}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            event.preventDefault();
            commit(draft);
          } else if (event.key === "Backspace" && draft === "" && values.length > 0) {
            onChange(values.slice(0, -1));
          }
        }}
        onBlur={() => commit(draft)}
        className="h-6 min-w-32 flex-1 bg-transparent px-1 text-base outline-none placeholder:text-muted-foreground md:text-sm"
        {...aria}
      />
    </div>
  );
}
