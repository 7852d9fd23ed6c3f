import { Loader2Icon, MessageSquarePlusIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import type { Council } from "../api/councils";
import { CouncilMembers } from "./CouncilMembers";
import { DeleteCouncilButton } from "./DeleteCouncilButton";

/** A council: what it is for, who sits on it, and asking it (deleting it too, when it is the person's own). */
export function CouncilCard({
  council,
  onAsk,
  opening,
}: {
  council: Council;
  onAsk: (council: Council) => void;
  opening: boolean;
}) {
  return (
    <Card className="h-full">
      <CardHeader>
        <CardTitle>{council.name}</CardTitle>
        {council.purpose && <CardDescription className="line-clamp-4">{council.purpose}</CardDescription>}
      </CardHeader>
      <CardContent>
        <CouncilMembers members={council.members} chairId={council.chairMentorId} />
      </CardContent>
      <CardFooter className="mt-auto flex-wrap gap-2">
        <Button onClick={() => onAsk(council)} disabled={opening} aria-label={`Ask this council: ${council.name}`}>
          {opening ? <Loader2Icon className="animate-spin" aria-hidden="true" /> : <MessageSquarePlusIcon aria-hidden="true" />}
          Ask this council
        </Button>
        {council.mine && <DeleteCouncilButton id={council.id} name={council.name} />}
      </CardFooter>
    </Card>
  );
}
