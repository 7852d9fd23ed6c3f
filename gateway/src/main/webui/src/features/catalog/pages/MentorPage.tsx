import { Link, useParams } from "react-router";
import { ArrowLeftIcon, UserRoundXIcon } from "lucide-react";
import { EmptyState } from "@/components/EmptyState";
import { ErrorState } from "@/components/ErrorState";
import { Button } from "@/components/ui/button";
import { ApiError } from "@/lib/api/problem";
import { useOwnMentorProfile } from "@/features/profile";
import type { Mentor } from "../api/mentors";
import { MentorActions } from "../components/MentorActions";
import { MentorDetails } from "../components/MentorDetails";
import { MentorHeader, MentorPageSkeleton } from "../components/MentorHeader";
import { ReviewList } from "../components/ReviewList";
import { useMentor } from "../hooks/useMentor";

/** `/mentors/:mentorId`: a mentor's public profile, reviews, and the way to ask, book or message them. */
export default function MentorPage() {
  const { mentorId = "" } = useParams();
  const mentor = useMentor(mentorId);
  const own = useOwnMentorProfile();

  if (mentor.isPending) return <MentorPageSkeleton />;
  if (mentor.isError) {
    if (mentor.error instanceof ApiError && mentor.error.status === 404) return <NotInCatalog />;
    return <ErrorState error={mentor.error} onRetry={() => void mentor.refetch()} />;
  }
  return <MentorProfile mentor={mentor.data} mentorId={mentorId} own={own.data?.profile?.id === mentorId} />;
}

function MentorProfile({ mentor, mentorId, own }: { mentor: Mentor; mentorId: string; own: boolean }) {
  return (
    <div className="space-y-6">
      <BackToDirectory />
      {/* one column on phones (actions right under the header); on wide screens the actions stay in view on the right */}
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <MentorHeader mentor={mentor} />
        <aside aria-label={`Ask or book ${mentor.displayName ?? ""}`} className="lg:sticky lg:top-20 lg:col-start-2 lg:row-span-4 lg:row-start-1 lg:self-start">
          <MentorActions mentor={mentor} mentorId={mentorId} own={own} />
        </aside>
        <MentorDetails mentor={mentor} />
        <section aria-labelledby="reviews-title" className="space-y-3">
          <h2 id="reviews-title" className="text-xl font-semibold">
            Reviews
          </h2>
          <ReviewList mentorId={mentorId} kind={mentor.kind} />
        </section>
      </div>
    </div>
  );
}

function BackToDirectory() {
  return (
    <Button asChild variant="ghost" size="sm" className="-ml-3">
      <Link to="/mentors">
        <ArrowLeftIcon aria-hidden="true" /> All mentors
      </Link>
    </Button>
  );
}

function NotInCatalog() {
  return (
    <div className="space-y-6">
      <BackToDirectory />
      <h1 className="sr-only">Mentor not found</h1>
      <EmptyState
        icon={<UserRoundXIcon />}
        title="This mentor is not in the catalog"
        action={
          <Button asChild>
            <Link to="/mentors">Browse mentors</Link>
          </Button>
        }
      >
        The link may be old, or the mentor may have left Mentra. Plenty of others are ready to help.
      </EmptyState>
    </div>
  );
}
