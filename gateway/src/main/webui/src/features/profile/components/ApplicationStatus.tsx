import { CheckCircle2Icon, HourglassIcon, XCircleIcon } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { formatRelative } from "@/lib/time";
import { cn } from "@/lib/utils";
import type { Application } from "../api/mentoring";

const STATES = {
  PENDING: {
    label: "Pending review",
    icon: HourglassIcon,
    badge: "outline",
    tone: "border-warning/40 bg-warning/10",
    text: "Thanks for applying. An admin will review your application; you can't send another while this one is open.",
  },
  APPROVED: {
    label: "Approved",
    icon: CheckCircle2Icon,
    badge: "success",
    tone: "border-success/40 bg-success/10",
    text: "Welcome aboard: your mentor profile is in the catalog.",
  },
  DECLINED: {
    label: "Declined",
    icon: XCircleIcon,
    badge: "destructive",
    tone: "border-destructive/30 bg-destructive/5",
    text: "Your application was not accepted this time. You are welcome to apply again.",
  },
} as const;

/** Where my latest application stands, with the reviewer's note. */
export function ApplicationStatus({ application }: { application: Application }) {
  const status = application.status === "APPROVED" || application.status === "DECLINED" ? application.status : "PENDING";
  const state = STATES[status];
  const when = application.decidedAt ?? application.createdAt;
  return (
    <div className={cn("space-y-3 rounded-xl border p-4", state.tone)} data-testid="application-status">
      <div className="flex flex-wrap items-center gap-2">
        <state.icon className="size-5" aria-hidden="true" />
        <h3 className="font-semibold">Your application</h3>
        <Badge variant={state.badge}>{state.label}</Badge>
        {when && (
          <time dateTime={when} className="text-xs text-muted-foreground">
            {status === "PENDING" ? "sent " : "decided "}
            {formatRelative(when)}
          </time>
        )}
      </div>
      <p className="text-sm">{state.text}</p>
      {application.decisionNote?.trim() && (
        <blockquote className="border-l-2 pl-3 text-sm whitespace-pre-line break-words [overflow-wrap:anywhere]">
          <span className="block text-xs font-medium text-muted-foreground">Note from the reviewer</span>
          {application.decisionNote}
        </blockquote>
      )}
      {application.headline && (
        <p className="text-sm text-muted-foreground">
          <span className="font-medium text-foreground">Headline: </span>
          {application.headline}
        </p>
      )}
    </div>
  );
}
