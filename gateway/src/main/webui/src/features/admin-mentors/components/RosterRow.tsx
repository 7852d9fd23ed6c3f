import { Link } from "react-router";
import { BotIcon, CalendarCheck2Icon, CalendarXIcon, ExternalLinkIcon, GlobeIcon } from "lucide-react";
import { PersonAvatar } from "@/components/Initials";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { RosterMentor } from "../api/mentors";
import { AcuityDialog } from "./AcuityDialog";
import { RetireDialog } from "./RetireDialog";

/** One mentor: who, what state, their Acuity connection, and what an admin can do. */
export function RosterRow({ mentor, nameOf }: { mentor: RosterMentor; nameOf: (mentorId: string) => string | undefined }) {
  const human = mentor.kind === "HUMAN";
  return (
    <div
      className="flex flex-col gap-3 rounded-xl border bg-card p-4 sm:flex-row sm:items-center"
      data-testid="roster-row"
      aria-labelledby={`roster-${mentor.id}`}
      role="group"
    >
      <div className="flex min-w-0 flex-1 items-start gap-3">
        {human ? (
          <PersonAvatar name={mentor.displayName} className="size-10" />
        ) : (
          <span className="flex size-10 shrink-0 items-center justify-center rounded-full bg-ai/15 text-ai" aria-hidden="true">
            <BotIcon className="size-5" />
          </span>
        )}
        <div className="min-w-0 space-y-1">
          <p className="flex flex-wrap items-center gap-2">
            <span id={`roster-${mentor.id}`} className="font-semibold break-words">
              {mentor.displayName}
            </span>
            <Badge variant={human ? "secondary" : "ai"}>{human ? "Human" : "AI"}</Badge>
            {!mentor.active && <Badge variant="outline">Retired</Badge>}
          </p>
          <p className="line-clamp-2 text-sm text-muted-foreground">{mentor.headline}</p>
          {human && (
            <p className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-muted-foreground">
              {mentor.timeZone && (
                <span className="inline-flex items-center gap-1">
                  <GlobeIcon className="size-3.5" aria-hidden="true" />
                  {mentor.timeZone.replace(/_/g, " ")}
                </span>
              )}
              {mentor.acuityCalendarId ? (
                <span className="inline-flex items-center gap-1 text-success" data-testid="acuity-state">
                  <CalendarCheck2Icon className="size-3.5" aria-hidden="true" />
                  Acuity calendar {mentor.acuityCalendarId}, appointment type {mentor.acuityAppointmentTypeId}
                </span>
              ) : (
                <span className="inline-flex items-center gap-1" data-testid="acuity-state">
                  <CalendarXIcon className="size-3.5" aria-hidden="true" />
                  Not connected to Acuity (booked in Mentra)
                </span>
              )}
            </p>
          )}
        </div>
      </div>
      {mentor.active && (
        <div className="flex flex-wrap items-center gap-2 sm:justify-end">
          <Button asChild variant="ghost" size="sm">
            <Link to={`/mentors/${encodeURIComponent(mentor.id)}`}>
              <ExternalLinkIcon aria-hidden="true" /> Page<span className="sr-only"> of {mentor.displayName}</span>
            </Link>
          </Button>
          {human && <AcuityDialog mentor={mentor} nameOf={nameOf} />}
          <RetireDialog mentor={mentor} />
        </div>
      )}
    </div>
  );
}
