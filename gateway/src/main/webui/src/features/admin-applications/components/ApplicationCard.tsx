import { ClockIcon, GlobeIcon, LanguagesIcon, MailIcon, TimerIcon, WalletIcon } from "lucide-react";
import { PersonAvatar } from "@/components/Initials";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardFooter, CardHeader } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { languageName } from "@/lib/languages";
import { formatDateTime, formatRelative } from "@/lib/time";
import type { Application } from "../api/applications";
import { useApplicant } from "../hooks/useApplicationsReview";
import { formatAskedPrice } from "../model/review";
import { DecisionDialog } from "./DecisionDialog";

/** One application with everything an admin decides on, and the decision (or its buttons). */
export function ApplicationCard({ application }: { application: Application }) {
  const titleId = `application-${application.id}`;
  return (
    <Card aria-labelledby={titleId} role="article" className="min-w-0" data-testid="application-card">
      <CardHeader className="flex-row items-start gap-3">
        <PersonAvatar name={application.displayName} className="size-11" />
        <div className="min-w-0 flex-1 space-y-1">
          <h3 id={titleId} className="leading-tight font-semibold break-words">
            {application.displayName}
          </h3>
          <Applicant userId={application.userId} />
          <p className="text-sm text-muted-foreground">
            Applied{" "}
            <time dateTime={application.createdAt} title={formatDateTime(application.createdAt)}>
              {formatRelative(application.createdAt)}
            </time>
          </p>
        </div>
      </CardHeader>
      <CardContent className="space-y-4">
        <p className="font-medium break-words [overflow-wrap:anywhere]">{application.headline}</p>
        <p className="text-sm whitespace-pre-line break-words text-muted-foreground [overflow-wrap:anywhere]">{application.bio}</p>
        <ul className="flex flex-wrap gap-1.5" aria-label="Expertise">
          {application.expertise.map((field) => (
            <li key={field}>
              <Badge variant="outline" className="font-normal">
                {field}
              </Badge>
            </li>
          ))}
        </ul>
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
          <Detail icon={LanguagesIcon} term="Languages">
            {application.languages.map((code) => languageName(code)).join(", ")}
          </Detail>
          <Detail icon={GlobeIcon} term="Time zone">
            {application.timeZone.replace(/_/g, " ")}
          </Detail>
          <Detail icon={TimerIcon} term="Session length">
            {application.sessionMinutes} minutes
          </Detail>
          <Detail icon={WalletIcon} term="Price">
            {formatAskedPrice(application.price)}
          </Detail>
        </dl>
        {application.status !== "PENDING" && (
          <div className="rounded-lg border bg-muted/40 p-3 text-sm">
            <p className="flex flex-wrap items-center gap-2">
              <Badge variant={application.status === "APPROVED" ? "success" : "destructive"}>
                {application.status === "APPROVED" ? "Approved" : "Declined"}
              </Badge>
              {application.decidedAt && (
                <span className="inline-flex items-center gap-1 text-muted-foreground">
                  <ClockIcon className="size-3.5" aria-hidden="true" />
                  <time dateTime={application.decidedAt}>{formatDateTime(application.decidedAt)}</time>
                </span>
              )}
            </p>
            {application.decisionNote?.trim() && (
              <p className="mt-2 whitespace-pre-line break-words [overflow-wrap:anywhere]">{application.decisionNote}</p>
            )}
          </div>
        )}
      </CardContent>
      {application.status === "PENDING" && (
        <CardFooter className="justify-end gap-2">
          <DecisionDialog application={application} decision="decline" />
          <DecisionDialog application={application} decision="approve" />
        </CardFooter>
      )}
    </Card>
  );
}

function Detail({ icon: Icon, term, children }: { icon: React.ComponentType<{ className?: string }>; term: string; children: React.ReactNode }) {
  return (
    <div className="flex min-w-0 items-start gap-2">
      <Icon className="mt-0.5 size-4 shrink-0 text-muted-foreground" aria-hidden="true" />
      <dt className="sr-only">{term}</dt>
      <dd className="min-w-0 break-words">
        <span className="text-muted-foreground" aria-hidden="true">
          {term}:{" "}
        </span>
        {children}
      </dd>
    </div>
  );
}

/** The applicant's account, from identity-service: their sign-in email and how long they have been here. */
function Applicant({ userId }: { userId: string }) {
  const applicant = useApplicant(userId);
  if (applicant.isPending) return <Skeleton className="h-4 w-48" />;
  if (applicant.isError) return <p className="text-sm text-muted-foreground">Account details unavailable</p>;
  return (
    <p className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted-foreground">
      <span className="inline-flex min-w-0 items-center gap-1">
        <MailIcon className="size-3.5 shrink-0" aria-hidden="true" />
        <span className="truncate">{applicant.data.email}</span>
      </span>
      <span>
        member since{" "}
        {new Intl.DateTimeFormat(undefined, { month: "short", year: "numeric" }).format(new Date(applicant.data.createdAt))}
      </span>
    </p>
  );
}
