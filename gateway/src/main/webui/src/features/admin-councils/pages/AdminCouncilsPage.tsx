import * as React from "react";
import { PencilIcon, PlusIcon, UsersRoundIcon } from "lucide-react";
import { EmptyState } from "@/components/EmptyState";
import { ErrorState } from "@/components/ErrorState";
import { PageHeader } from "@/components/PageHeader";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { CouncilMembers, type Council } from "@/features/councils";
import { useCuratedCouncils } from "../hooks/useCuratedCouncils";
import { CuratedCouncilDialog } from "../components/CuratedCouncilDialog";
import { RemoveCuratedButton } from "../components/RemoveCuratedButton";

/** Admins: the public councils everyone can ask, added, rewritten and removed here. */
export default function AdminCouncilsPage() {
  const councils = useCuratedCouncils();
  const [editing, setEditing] = React.useState<Council | "new" | null>(null);
  return (
    <div>
      <PageHeader
        title="Curated councils"
        description="Public councils of 2 to 5 AI mentors, one of them chairing, that everyone can ask."
        actions={
          <Button onClick={() => setEditing("new")}>
            <PlusIcon aria-hidden="true" /> New council
          </Button>
        }
      />
      {councils.isPending ? (
        <div className="grid gap-4 md:grid-cols-2" role="status" aria-busy="true" aria-label="Loading councils">
          {Array.from({ length: 3 }, (_, i) => (
            <Skeleton key={i} className="h-56 rounded-xl" />
          ))}
        </div>
      ) : councils.isError ? (
        <ErrorState error={councils.error} onRetry={() => void councils.refetch()} />
      ) : councils.data.length === 0 ? (
        <EmptyState icon={<UsersRoundIcon />} title="No curated councils">
          Curate the first: pick AI mentors whose views complement each other, and one to chair.
        </EmptyState>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {councils.data.map((council) => (
            <li key={council.id}>
              <Card className="h-full" role="article" aria-label={council.name}>
                <CardHeader>
                  <CardTitle>
                    <h2 className="text-base">{council.name}</h2>
                  </CardTitle>
                  <CardDescription className="line-clamp-3">{council.purpose}</CardDescription>
                </CardHeader>
                <CardContent>
                  <CouncilMembers members={council.members} chairId={council.chairMentorId} />
                </CardContent>
                <CardFooter className="mt-auto flex-wrap gap-2">
                  <Button variant="outline" onClick={() => setEditing(council)} aria-label={`Edit ${council.name}`}>
                    <PencilIcon aria-hidden="true" /> Edit
                  </Button>
                  <RemoveCuratedButton id={council.id} name={council.name} />
                </CardFooter>
              </Card>
            </li>
          ))}
        </ul>
      )}
      <CuratedCouncilDialog
        council={editing && editing !== "new" ? editing : undefined}
        open={editing !== null}
        onOpenChange={(open) => !open && setEditing(null)}
      />
    </div>
  );
}
