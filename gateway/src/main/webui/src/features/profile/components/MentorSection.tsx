import * as React from "react";
import { Link } from "react-router";
import { ArrowRightIcon, GraduationCapIcon, LayoutDashboardIcon } from "lucide-react";
import { ErrorState } from "@/components/ErrorState";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { hasRole, useAuth } from "@/lib/auth/AuthProvider";
import type { Me } from "../api/me";
import { useMyApplications, useOwnMentorProfile } from "../hooks/useMentoring";
import { ApplicationForm } from "./ApplicationForm";
import { ApplicationStatus } from "./ApplicationStatus";

/** "You're a mentor", or my application's state, or the form to become one. */
export function MentorSection({ me }: { me: Me }) {
  const applications = useMyApplications();
  const own = useOwnMentorProfile();
  const [applying, setApplying] = React.useState(false);
  // the mentor area needs the role in the session token, which arrives a moment after the approval
  const mentorSession = hasRole(useAuth(), "mentor");
  const mentorId = own.data?.profile?.id;
  const isMentor = me.roles?.includes("mentor") ?? false;
  const latest = applications.data?.[0];

  let body: React.ReactNode;
  if (applications.isPending || (isMentor && own.isPending)) {
    body = <Skeleton className="h-24 w-full" />;
  } else if (applications.isError) {
    body = <ErrorState error={applications.error} onRetry={() => void applications.refetch()} />;
  } else if (isMentor || mentorId) {
    body = (
      <div className="space-y-4">
        <p>
          <span className="font-semibold">You're a mentor.</span>{" "}
          {mentorId ? "Mentees find you in the catalog and book sessions with you." : "Your public page is being set up."}
        </p>
        {latest?.status === "APPROVED" && latest.decisionNote?.trim() && (
          <blockquote className="border-l-2 pl-3 text-sm whitespace-pre-line break-words [overflow-wrap:anywhere]">
            <span className="block text-xs font-medium text-muted-foreground">Note from the reviewer</span>
            {latest.decisionNote}
          </blockquote>
        )}
        <div className="flex flex-wrap gap-2">
          {mentorSession ? (
            <Button asChild>
              <Link to="/mentor">
                <LayoutDashboardIcon aria-hidden="true" /> Open the mentor area
              </Link>
            </Button>
          ) : (
            <p className="text-sm text-muted-foreground" role="status">
              Setting up your mentor area…
            </p>
          )}
          {mentorId && (
            <Button asChild variant="outline">
              <Link to={`/mentors/${encodeURIComponent(mentorId)}`}>
                View your public page <ArrowRightIcon aria-hidden="true" />
              </Link>
            </Button>
          )}
        </div>
      </div>
    );
  } else if (latest && latest.status !== "DECLINED") {
    body = <ApplicationStatus application={latest} />;
  } else {
    body = (
      <div className="space-y-5">
        {latest && <ApplicationStatus application={latest} />}
        {applying || !latest ? (
          <ApplicationForm defaultTimeZone={me.timeZone ?? "UTC"} onSent={() => setApplying(false)} />
        ) : (
          <Button onClick={() => setApplying(true)}>Apply again</Button>
        )}
      </div>
    );
  }

  return (
    <Card>
      <CardHeader>
        <h2 id="mentoring-title" className="flex items-center gap-2 text-lg leading-tight font-semibold">
          <GraduationCapIcon className="size-5 text-primary" aria-hidden="true" />
          {isMentor || mentorId ? "Mentoring" : "Become a mentor"}
        </h2>
        {!isMentor && !mentorId && (
          <CardDescription>
            Share what you know in live one-to-one sessions. Tell us about yourself; an admin reviews every application.
          </CardDescription>
        )}
      </CardHeader>
      <CardContent>{body}</CardContent>
    </Card>
  );
}
