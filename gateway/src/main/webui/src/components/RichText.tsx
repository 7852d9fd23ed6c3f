import * as React from "react";
import { cn } from "@/lib/utils";

/**
 * Renders text written by people and AI mentors, as text: line breaks, paragraphs, bulleted and numbered lists,
 * **bold**, *emphasis* and `code` become React elements; nothing is ever parsed as HTML, so `<img onerror>`
 * shows as the characters it is.
 */
export function RichText({ text, className }: { text: string; className?: string }) {
  const blocks = React.useMemo(() => parseBlocks(text), [text]);
  return (
    <div className={cn("space-y-2 break-words [overflow-wrap:anywhere]", className)}>
      {blocks.map((block, index) => {
        if (block.kind === "ul") {
          return (
            <ul key={index} className="list-disc space-y-1 pl-5">
              {block.items.map((item, i) => (
                <li key={i}>{inline(item)}</li>
              ))}
            </ul>
          );
        }
        if (block.kind === "ol") {
          return (
            <ol key={index} start={block.start} className="list-decimal space-y-1 pl-5">
              {block.items.map((item, i) => (
                <li key={i}>{inline(item)}</li>
              ))}
            </ol>
          );
        }
        return (
          <p key={index} className="whitespace-pre-line">
            {inline(block.text)}
          </p>
        );
      })}
    </div>
  );
}

export type Block =
  | { kind: "p"; text: string }
  | { kind: "ul"; items: string[] }
  | { kind: "ol"; items: string[]; start: number };

const BULLET = /^\s*[-*•]\s+(.*)$/;
const NUMBERED = /^\s*(\d{1,3})[.)]\s+(.*)$/;

export function parseBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: "p", text: paragraph.join("\n") });
    paragraph = [];
  };
  for (const line of text.replace(/\r\n?/g, "\n").split("\n")) {
    const bullet = BULLET.exec(line);
    const numbered = NUMBERED.exec(line);
    const last = blocks[blocks.length - 1];
    if (bullet) {
      flush();
      if (last?.kind === "ul" && paragraph.length === 0) last.items.push(bullet[1]!);
      else blocks.push({ kind: "ul", items: [bullet[1]!] });
    } else if (numbered) {
      flush();
      if (last?.kind === "ol") last.items.push(numbered[2]!);
      else blocks.push({ kind: "ol", items: [numbered[2]!], start: Number(numbered[1]) });
    } else if (line.trim() === "") {
      flush();
    } else {
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}

const INLINE = /(\*\*[^*\n]+\*\*|__[^_\n]+__|\*[^*\s][^*\n]*\*|_[^_\s][^_\n]*_|`[^`\n]+`)/g;

/** Emphasis, bold and code inside a line, as elements; every other character stays text. */
export function inline(text: string): React.ReactNode[] {
  const parts = text.split(INLINE);
  return parts.map((part, index) => {
    if (index % 2 === 0) return part;
    if ((part.startsWith("**") && part.endsWith("**")) || (part.startsWith("__") && part.endsWith("__"))) {
      return <strong key={index}>{part.slice(2, -2)}</strong>;
    }
    if (part.startsWith("`")) {
      return (
        <code key={index} className="rounded bg-muted px-1 py-0.5 font-mono text-[0.9em]">
          {part.slice(1, -1)}
        </code>
      );
    }
    return <em key={index}>{part.slice(1, -1)}</em>;
  });
}
