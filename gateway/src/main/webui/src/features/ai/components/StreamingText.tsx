import { RichText } from "@/components/RichText";
import { cn } from "@/lib/utils";

// A blinking caret after the last word, drawn as ::after of the last paragraph (or list item) RichText renders,
// so it sits on the text's own line and leaves nothing behind when the answer settles.
const CARET =
  "[&>p:last-child]:after:ml-0.5 [&>p:last-child]:after:inline-block [&>p:last-child]:after:h-[1em] [&>p:last-child]:after:w-1.5 [&>p:last-child]:after:translate-y-0.5 [&>p:last-child]:after:animate-pulse [&>p:last-child]:after:rounded-xs [&>p:last-child]:after:bg-ai/70 [&>p:last-child]:after:content-[''] " +
  "[&>*:last-child>li:last-child]:after:ml-0.5 [&>*:last-child>li:last-child]:after:inline-block [&>*:last-child>li:last-child]:after:h-[1em] [&>*:last-child>li:last-child]:after:w-1.5 [&>*:last-child>li:last-child]:after:translate-y-0.5 [&>*:last-child>li:last-child]:after:animate-pulse [&>*:last-child>li:last-child]:after:rounded-xs [&>*:last-child>li:last-child]:after:bg-ai/70 [&>*:last-child>li:last-child]:after:content-['']";

/** An AI answer's text, with a caret while it is still streaming in. */
export function StreamingText({ text, streaming, className }: { text: string; streaming: boolean; className?: string }) {
  return <RichText text={text} className={cn(streaming && CARET, className)} />;
}
