import { BotIcon, UserRoundIcon } from "lucide-react";
import { Badge } from "@/components/ui/badge";

/** Whether a mentor is an AI persona or a person you book. */
export function KindBadge({ kind }: { kind: string | null | undefined }) {
  if (kind === "AI") {
    return (
      <Badge variant="ai">
        <BotIcon aria-hidden="true" /> AI mentor
      </Badge>
    );
  }
  return (
    <Badge variant="secondary">
      <UserRoundIcon aria-hidden="true" /> Human mentor
    </Badge>
  );
}
