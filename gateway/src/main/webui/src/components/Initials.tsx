import { BotIcon } from "lucide-react";
import { Avatar, AvatarFallback, AvatarImage } from "@/components/ui/avatar";
import { cn } from "@/lib/utils";

/** Up to two initials of a name: "Maya Mentee" → "MM"; "Leila — Career Coach" → "L". */
export function initialsOf(name: string): string {
  // "Leila — Career Change Coach": the name is what comes before the dash
  const words = (name.split(/\s[—–-]\s/)[0] ?? name)
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ""))
    .filter(Boolean);
  const letters = words.length >= 2 ? [words[0]![0], words[words.length - 1]![0]] : [words[0]?.[0]];
  return letters.filter(Boolean).join("").toUpperCase() || "?";
}

/** A person's or mentor's picture, or their initials; AI mentors carry a small bot mark. */
export function PersonAvatar({
  name,
  src,
  ai = false,
  className,
}: {
  name: string;
  src?: string | null;
  ai?: boolean;
  className?: string;
}) {
  return (
    <span className={cn("relative inline-flex", className)}>
      <Avatar className={cn("size-10", className)}>
        {src && <AvatarImage src={src} alt="" />}
        {/* initials drawn as decoration (generated content), like a picture: a labelled control around an avatar
            (the account menu) is then not read as showing text that is missing from its name */}
        <AvatarFallback
          className={cn(ai ? "bg-ai/15 text-ai" : "bg-primary/10 text-primary", "before:content-[attr(data-initials)]")}
          data-initials={initialsOf(name)}
          aria-hidden="true"
        />
      </Avatar>
      {ai && (
        <span className="absolute -right-1 -bottom-1 rounded-full border-2 border-background bg-ai p-0.5 text-background">
          <BotIcon className="size-3" aria-hidden="true" />
        </span>
      )}
    </span>
  );
}
