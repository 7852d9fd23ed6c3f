import { useSearchParams } from "react-router";
import { InboxIcon } from "lucide-react";
import { EmptyState } from "@/components/EmptyState";
import { ErrorState } from "@/components/ErrorState";
import { Skeleton } from "@/components/ui/skeleton";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { ApplicationCard } from "../components/ApplicationCard";
import { useApplications } from "../hooks/useApplicationsReview";
import { REVIEW_STATUSES, type ReviewStatus, STATUS_TAB_LABEL, reviewStatusOf } from "../model/review";

const EMPTY: Record<ReviewStatus, string> = {
  PENDING: "No application is waiting. New ones appear here as people apply.",
  APPROVED: "No application has been approved yet.",
  DECLINED: "No application has been declined.",
};

/** `/admin/applications`: the queue of mentor applications, and the decided ones. */
export default function ApplicationsReviewPage() {
  const [params, setParams] = useSearchParams();
  const status = reviewStatusOf(params.get("status"));
  const applications = useApplications(status);
  const waiting = useApplications("PENDING");

  const content = applications.isPending ? (
    <div className="grid gap-4" role="status" aria-busy="true" aria-label="Loading applications">
      <Skeleton className="h-64 w-full" />
      <Skeleton className="h-64 w-full" />
    </div>
  ) : applications.isError ? (
    <ErrorState error={applications.error} onRetry={() => void applications.refetch()} />
  ) : applications.data.length === 0 ? (
    <EmptyState icon={<InboxIcon />} title="Nothing here">
      {EMPTY[status]}
    </EmptyState>
  ) : (
    <ul className="grid grid-cols-1 gap-4 [&>li]:min-w-0" aria-label={`${STATUS_TAB_LABEL[status]} applications`}>
      {(status === "PENDING" ? applications.data : [...applications.data].reverse()).map((application) => (
        <li key={application.id}>
          <ApplicationCard application={application} />
        </li>
      ))}
    </ul>
  );

  return (
    <section aria-labelledby="applications-title">
      <Tabs
        value={status}
        onValueChange={(value) => setParams(value === "PENDING" ? {} : { status: value.toLowerCase() }, { replace: true })}
        className="gap-4"
      >
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="applications-title" className="text-lg font-semibold">
            Mentor applications
          </h2>
          <TabsList aria-label="Which applications">
            {REVIEW_STATUSES.map((s) => (
              <TabsTrigger key={s} value={s}>
                {STATUS_TAB_LABEL[s]}
                {s === "PENDING" && waiting.data && waiting.data.length > 0 && (
                  <span className="rounded-full bg-primary px-1.5 text-[0.7rem] leading-5 font-semibold text-primary-foreground">
                    {waiting.data.length}
                  </span>
                )}
              </TabsTrigger>
            ))}
          </TabsList>
        </div>
        {REVIEW_STATUSES.map((tab) => (
          <TabsContent key={tab} value={tab}>
            {tab === status && content}
          </TabsContent>
        ))}
      </Tabs>
    </section>
  );
}
