import { Link, useNavigate } from "react-router";
import { LogInIcon, UsersRoundIcon } from "lucide-react";
import { toast } from "sonner";
import { EmptyState } from "@/components/EmptyState";
import { ErrorState } from "@/components/ErrorState";
import { PageHeader } from "@/components/PageHeader";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { describeError } from "@/lib/api/problem";
import { useAuth } from "@/lib/auth/AuthProvider";
import { useOpenConversation } from "@/features/chat";
import type { Council } from "../api/councils";
import { useCouncils } from "../hooks/useCouncils";
import { AssembleCouncilForm } from "../components/AssembleCouncilForm";
import { CouncilCard } from "../components/CouncilCard";
import { HowCouncilsWork } from "../components/HowCouncilsWork";

const RETURN_HERE = `/sign-in?returnTo=${encodeURIComponent("/councils")}`;

/** Councils: the curated ones, the person's own, and assembling a new one. */
export default function CouncilsPage() {
  const auth = useAuth();
  const signedIn = auth.status === "signed-in";
  const councils = useCouncils();
  const openConversation = useOpenConversation();
  const navigate = useNavigate();

  const ask = (council: Council) => {
    if (!signedIn) return navigate(RETURN_HERE);
    openConversation.mutate(
      { kind: "COUNCIL", councilId: council.id },
      { onError: (error) => toast.error(describeError(error).detail) },
    );
  };
  const opening = (council: Council) => openConversation.isPending && openConversation.variables?.councilId === council.id;
  const curated = (councils.data ?? []).filter((c) => !c.mine);
  const mine = (councils.data ?? []).filter((c) => c.mine);

  return (
    <div className="space-y-10">
      <div>
        <PageHeader
          title="Councils"
          description="Put one question to several AI mentors at once, and get one considered answer back."
          actions={
            <Button asChild>
              <a href="#assemble">
                <UsersRoundIcon aria-hidden="true" /> Assemble your own
              </a>
            </Button>
          }
        />
        <HowCouncilsWork />
      </div>

      <section aria-labelledby="curated-heading" className="space-y-4">
        <h2 id="curated-heading" className="text-xl font-semibold tracking-tight">
          Curated councils
        </h2>
        {councils.isPending ? (
          <CouncilGridSkeleton />
        ) : councils.isError ? (
          <ErrorState error={councils.error} onRetry={() => void councils.refetch()} />
        ) : curated.length === 0 ? (
          <EmptyState title="No curated councils yet">Assemble your own below from the AI mentors.</EmptyState>
        ) : (
          <CouncilGrid councils={curated} onAsk={ask} opening={opening} />
        )}
      </section>

      {signedIn && (
        <section aria-labelledby="mine-heading" className="space-y-4">
          <h2 id="mine-heading" className="text-xl font-semibold tracking-tight">
            Your councils
          </h2>
          {councils.isPending ? (
            <CouncilGridSkeleton count={1} />
          ) : councils.isError ? null : mine.length === 0 ? (
            <EmptyState
              icon={<UsersRoundIcon />}
              title="You have not assembled a council yet"
              action={
                <Button asChild variant="outline">
                  <a href="#assemble">Assemble your own</a>
                </Button>
              }
            >
              Pick the AI mentors whose views you want on your questions, and choose who chairs.
            </EmptyState>
          ) : (
            <CouncilGrid councils={mine} onAsk={ask} opening={opening} />
          )}
        </section>
      )}

      <section id="assemble" aria-labelledby="assemble-heading" className="scroll-mt-20 space-y-4">
        <div className="space-y-1">
          <h2 id="assemble-heading" className="text-xl font-semibold tracking-tight">
            Assemble your own
          </h2>
          <p className="text-sm text-muted-foreground">Only you can see and ask the councils you assemble.</p>
        </div>
        {signedIn ? (
          <Card>
            <CardContent>
              <AssembleCouncilForm />
            </CardContent>
          </Card>
        ) : (
          <EmptyState
            icon={<LogInIcon />}
            title="Sign in to assemble a council"
            action={
              <Button asChild>
                <Link to={RETURN_HERE}>Sign in</Link>
              </Button>
            }
          >
            Asking and assembling councils needs an account; it is free.
          </EmptyState>
        )}
      </section>
    </div>
  );
}

function CouncilGrid({
  councils,
  onAsk,
  opening,
}: {
  councils: Council[];
  onAsk: (council: Council) => void;
  opening: (council: Council) => boolean;
}) {
  return (
    <ul className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
      {councils.map((council) => (
        <li key={council.id}>
          <CouncilCard council={council} onAsk={onAsk} opening={opening(council)} />
        </li>
      ))}
    </ul>
  );
}

function CouncilGridSkeleton({ count = 3 }: { count?: number }) {
  return (
    <div className="grid gap-4 md:grid-cols-2 lg:grid-cols-3" role="status" aria-busy="true" aria-label="Loading councils">
      {Array.from({ length: count }, (_, i) => (
        <Skeleton key={i} className="h-64 rounded-xl" />
      ))}
    </div>
  );
}
