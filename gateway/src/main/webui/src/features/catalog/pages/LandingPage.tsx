import { Link } from "react-router";
import { ArrowRightIcon } from "lucide-react";
import { ErrorState } from "@/components/ErrorState";
import { Button } from "@/components/ui/button";
import { useAuth } from "@/lib/auth/AuthProvider";
import { CouncilCard, CouncilCardSkeleton } from "../components/CouncilCard";
import { LandingHero } from "../components/LandingHero";
import { MentorGrid, MentorGridSkeleton } from "../components/MentorCard";
import { WaysToGetAdvice } from "../components/WaysToGetAdvice";
import { useCouncils } from "../hooks/useCouncils";
import { useMentorSearch } from "../hooks/useMentorSearch";
import { DEFAULT_SEARCH, toMentorQuery } from "../model/directorySearch";

// the same query as the directory filtered to AI mentors, so going there shows them at once
const AI_MENTORS = toMentorQuery({ ...DEFAULT_SEARCH, kind: "AI" });

/** `/`: what Mentra is, the AI mentors and the councils anyone can see before signing in. */
export default function LandingPage() {
  const auth = useAuth();
  const signedIn = auth.status === "signed-in";
  return (
    <div className="space-y-14">
      <LandingHero signedIn={signedIn} />
      <WaysToGetAdvice />
      <AiMentorsSection />
      <CouncilsSection />
      {!signedIn && auth.status !== "loading" && <ClosingCallToAction />}
    </div>
  );
}

function SectionHeading({ id, title, text, link }: { id: string; title: string; text: string; link: { to: string; label: string } }) {
  return (
    <div className="flex flex-col gap-2 sm:flex-row sm:items-end sm:justify-between">
      <div className="space-y-1">
        <h2 id={id} className="text-2xl font-semibold tracking-tight">
          {title}
        </h2>
        <p className="text-muted-foreground">{text}</p>
      </div>
      <Link
        to={link.to}
        className="inline-flex shrink-0 items-center gap-1 text-sm font-medium text-primary underline-offset-4 hover:underline"
      >
        {link.label} <ArrowRightIcon className="size-4" aria-hidden="true" />
      </Link>
    </div>
  );
}

function AiMentorsSection() {
  const mentors = useMentorSearch(AI_MENTORS);
  return (
    <section aria-labelledby="ai-mentors-title" className="space-y-5">
      <SectionHeading
        id="ai-mentors-title"
        title="Meet the AI mentors"
        text="Each one knows their field and answers in their own voice, day or night."
        link={{ to: "/mentors?kind=ai", label: "All AI mentors" }}
      />
      {mentors.isPending ? (
        <MentorGridSkeleton count={3} />
      ) : mentors.isError ? (
        <ErrorState error={mentors.error} onRetry={() => void mentors.refetch()} />
      ) : (
        <MentorGrid mentors={mentors.data.items ?? []} />
      )}
    </section>
  );
}

function CouncilsSection() {
  const councils = useCouncils();
  const curated = (councils.data ?? []).filter((council) => !council.mine);
  return (
    <section aria-labelledby="councils-title" className="space-y-5">
      <SectionHeading
        id="councils-title"
        title="Put a big question to a council"
        text="Several AI mentors answer together, rank each other's answers, and a chair recommends a way forward."
        link={{ to: "/councils", label: "Open the councils" }}
      />
      {councils.isPending ? (
        <div className="grid gap-4 md:grid-cols-3" role="status" aria-busy="true" aria-label="Loading councils">
          {Array.from({ length: 3 }, (_, i) => (
            <CouncilCardSkeleton key={i} />
          ))}
        </div>
      ) : councils.isError ? (
        <ErrorState error={councils.error} onRetry={() => void councils.refetch()} />
      ) : curated.length === 0 ? (
        <p className="text-muted-foreground">No councils are open yet.</p>
      ) : (
        <ul className="grid gap-4 md:grid-cols-3">
          {curated.map((council) => (
            <li key={council.id}>
              <CouncilCard council={council} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ClosingCallToAction() {
  return (
    <section
      aria-labelledby="cta-title"
      className="flex flex-col items-start gap-4 rounded-2xl bg-primary px-6 py-8 text-primary-foreground sm:flex-row sm:items-center sm:justify-between sm:px-10"
    >
      <div className="space-y-1">
        <h2 id="cta-title" className="text-2xl font-semibold tracking-tight">
          Your first question is one click away
        </h2>
        <p className="text-primary-foreground/80">Create a free account to talk to mentors and book sessions.</p>
      </div>
      <div className="flex flex-wrap gap-3">
        <Button asChild size="lg" variant="secondary">
          <Link to="/sign-up">Get started</Link>
        </Button>
        <Button asChild size="lg" variant="ghost" className="text-primary-foreground hover:bg-primary-foreground/10 hover:text-primary-foreground">
          <Link to="/mentors">Browse mentors</Link>
        </Button>
      </div>
    </section>
  );
}
