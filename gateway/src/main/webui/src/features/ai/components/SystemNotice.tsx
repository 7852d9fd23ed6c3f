import { AlertTriangleIcon, InfoIcon, RotateCcwIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";

/** A notice from Mentra in the conversation, e.g. that the AI could not answer; a failure offers to ask again. */
export function SystemNotice({
  text,
  failed,
  onAskAgain,
}: {
  text: string;
  failed: boolean;
  onAskAgain?: () => void;
}) {
  const Icon = failed ? AlertTriangleIcon : InfoIcon;
  return (
    <div className="flex justify-center">
      <div
        className={cn(
          "flex max-w-[92%] items-start gap-2 rounded-lg border px-3 py-2 text-sm sm:max-w-[75%]",
          failed ? "border-destructive/40 bg-destructive/5 text-foreground" : "bg-muted/50 text-muted-foreground",
        )}
      >
        <Icon className={cn("mt-0.5 size-4 shrink-0", failed && "text-destructive")} aria-hidden="true" />
        <div className="grid gap-2">
          <p>{text}</p>
          {onAskAgain && (
            <Button variant="outline" size="sm" className="w-fit" onClick={onAskAgain}>
              <RotateCcwIcon aria-hidden="true" /> Ask again
            </Button>
          )}
        </div>
      </div>
    </div>
  );
}
