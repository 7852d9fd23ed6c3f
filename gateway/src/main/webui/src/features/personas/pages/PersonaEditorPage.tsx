import * as React from "react";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import { ArrowLeftIcon, ExternalLinkIcon } from "lucide-react";
import { toast } from "sonner";
import { ErrorState } from "@/components/ErrorState";
import { PersonAvatar } from "@/components/Initials";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { usePersona } from "../hooks/usePersonas";
import { useTryPersona } from "../hooks/useTryPersona";
import { draftOf, emptyPersona } from "../model/personaForm";
import { CardList } from "../components/CardList";
import { PersonaForm } from "../components/PersonaForm";
import { TryPanel } from "../components/TryPanel";

/** `/admin/personas/new`: a persona's profile first; its cards are added once it exists. */
export function NewPersonaPage() {
  const navigate = useNavigate();
  return (
    <div className="mx-auto max-w-3xl">
      <BackLink />
      <h1 className="mb-6 text-2xl font-semibold tracking-tight sm:text-3xl">New AI mentor</h1>
      <Card>
        <CardContent>
          <PersonaForm
            saved={emptyPersona}
            creating
            onSaved={(id) => {
              toast.success("Persona created", { description: "Now give it advice cards to answer from." });
              navigate(`/admin/personas/${id}?tab=cards`);
            }}
          />
        </CardContent>
      </Card>
    </div>
  );
}

/** `/admin/personas/:personaId`: profile and cards side by side with "try it". */
export default function PersonaEditorPage() {
  const { personaId = "" } = useParams();
  if (personaId === "new") return <NewPersonaPage />;
  return <PersonaEditor key={personaId} personaId={personaId} />;
}

function PersonaEditor({ personaId }: { personaId: string }) {
  const persona = usePersona(personaId);
  const [params, setParams] = useSearchParams();
  const tab = params.get("tab") === "cards" ? "cards" : "profile";
  const trial = useTryPersona(personaId);
  const saved = React.useMemo(() => (persona.data ? draftOf(persona.data) : null), [persona.data]);
  const usedInAnswer = trial.answer.status === "done" ? trial.answer.metadata.cardIds : [];

  if (persona.isPending) {
    return (
      <div className="grid gap-4" role="status" aria-busy="true" aria-label="Loading persona">
        <Skeleton className="h-10 w-72" />
        <Skeleton className="h-96 rounded-xl" />
      </div>
    );
  }
  if (persona.isError || !saved) {
    return (
      <div>
        <BackLink />
        <ErrorState error={persona.error} onRetry={() => void persona.refetch()} />
      </div>
    );
  }
  const p = persona.data;
  return (
    <div>
      <BackLink />
      <div className="mb-6 flex flex-wrap items-center gap-x-3 gap-y-2">
        <PersonAvatar name={p.displayName} ai className="size-10 sm:size-12" />
        <div className="min-w-0 flex-1">
          <h1 className="text-xl font-semibold tracking-tight break-words sm:text-3xl">{p.displayName}</h1>
          <p className="text-sm text-muted-foreground">
            <code className="break-all">{p.id}</code> · {p.cards} {p.cards === 1 ? "card" : "cards"} in use
            {p.retiredCards > 0 ? ` · ${p.retiredCards} retired` : ""}
          </p>
        </div>
        {p.active ? (
          // on a phone the link takes its own line under the name rather than squeezing it
          <Link
            to={`/mentors/${p.id}`}
            className="inline-flex w-full items-center gap-1 text-sm font-medium text-primary underline-offset-4 hover:underline sm:w-auto"
          >
            View in the directory <ExternalLinkIcon className="size-3.5" aria-hidden="true" />
          </Link>
        ) : (
          <Badge variant="outline">Retired persona</Badge>
        )}
      </div>
      {!p.active && (
        <Alert className="mb-4">
          <AlertDescription>This persona is retired: people cannot find or ask it. Saving its profile brings it back.</AlertDescription>
        </Alert>
      )}
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <Tabs value={tab} onValueChange={(value) => setParams(value === "cards" ? { tab: "cards" } : {}, { replace: true })}>
          <TabsList aria-label="Persona">
            <TabsTrigger value="profile">Profile</TabsTrigger>
            <TabsTrigger value="cards">Advice cards ({p.cards})</TabsTrigger>
          </TabsList>
          <TabsContent value="profile">
            <Card>
              <CardContent>
                <PersonaForm saved={saved} creating={false} onSaved={() => toast.success("Persona saved")} />
              </CardContent>
            </Card>
          </TabsContent>
          <TabsContent value="cards">
            <CardList personaId={p.id} usedInAnswer={usedInAnswer} />
          </TabsContent>
        </Tabs>
        <div className="lg:sticky lg:top-20">
          {p.active ? (
            <TryPanel personaId={p.id} name={p.displayName} answer={trial.answer} onAsk={trial.ask} />
          ) : (
            <Alert>
              <AlertDescription>A retired persona cannot be tried: bring it back first.</AlertDescription>
            </Alert>
          )}
        </div>
      </div>
    </div>
  );
}

function BackLink() {
  return (
    <Link
      to="/admin/personas"
      className="mb-4 inline-flex items-center gap-1 text-sm text-muted-foreground underline-offset-4 hover:text-foreground hover:underline"
    >
      <ArrowLeftIcon className="size-4" aria-hidden="true" /> All AI mentors
    </Link>
  );
}
