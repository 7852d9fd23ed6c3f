import { Link } from "react-router";
import { toast } from "sonner";
import { BotIcon, CalendarPlusIcon, ClockIcon, GlobeIcon, MessageCircleIcon, WalletIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { Separator } from "@/components/ui/separator";
import { describeError } from "@/lib/api/problem";
import { useAuth } from "@/lib/auth/AuthProvider";
import { zoneLabel } from "@/lib/time";
import { useOpenConversation } from "@/features/chat";
import type { Mentor } from "../api/mentors";
import { firstName, formatMinutes, formatPrice } from "../model/mentorFormat";
import { SlotPreview } from "./SlotPreview";

type Props = { mentor: Mentor; mentorId: string; own: boolean };

function signInHref(mentorId: string) {
  return `/sign-in?returnTo=${encodeURIComponent(`/mentors/${mentorId}`)}`;
}

/** What a visitor can do with this mentor: ask the AI, or book and message the person. */
export function MentorActions(props: Props) {
  return props.mentor.kind === "AI" ? <AskAiCard {...props} /> : <HumanMentorCard {...props} />;
}

function useOpen() {
  const open = useOpenConversation();
  return {
    pending: open.isPending,
    open: (body: Parameters<typeof open.mutate>[0]) =>
      open.mutate(body, { onError: (error) => toast.error(describeError(error).detail) }),
  };
}

function AskAiCard({ mentor, mentorId }: Props) {
  const auth = useAuth();
  const { open, pending } = useOpen();
  const name = firstName(mentor.displayName);
  return (
    <Card>
      <CardHeader>
        <h2 className="leading-tight font-semibold">Ask {name} anything</h2>
        <CardDescription>
          An AI mentor: answers in seconds, any time, from what {name} knows about the field.
        </CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        {auth.status === "signed-in" ? (
          <Button size="lg" className="w-full" disabled={pending} onClick={() => open({ kind: "AI_MENTOR", mentorId })}>
            <BotIcon aria-hidden="true" /> {pending ? "Opening…" : `Ask ${name}`}
          </Button>
        ) : (
          <Button asChild size="lg" className="w-full">
            <Link to={signInHref(mentorId)}>
              <BotIcon aria-hidden="true" /> Ask {name}
            </Link>
          </Button>
        )}
        {mentor.voice && (
          <p className="text-sm text-muted-foreground">
            <span className="font-medium text-foreground">Style: </span>
            {mentor.voice}
          </p>
        )}
        <p className="text-xs text-muted-foreground">AI mentors can be wrong. For legal, medical or financial decisions, check with a qualified person.</p>
      </CardContent>
    </Card>
  );
}

function HumanMentorCard({ mentor, mentorId, own }: Props) {
  const auth = useAuth();
  const { open, pending } = useOpen();
  const signedIn = auth.status === "signed-in";
  const price = formatPrice(mentor.price);
  const length = formatMinutes(mentor.sessionMinutes);
  const bookable = Boolean(mentor.bookable) && !own;
  return (
    <Card>
      <CardHeader>
        <h2 className="leading-tight font-semibold">{own ? "Your public profile" : `Book ${firstName(mentor.displayName)}`}</h2>
        <CardDescription>
          {own ? "This is how mentees see you." : "Live one-to-one sessions, with chat before and after."}
        </CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        <dl className="grid gap-2 text-sm">
          {length && <Fact icon={<ClockIcon />} term="Session length" value={length} />}
          {price && <Fact icon={<WalletIcon />} term="Price per session" value={price} />}
          {mentor.timeZone && <Fact icon={<GlobeIcon />} term="Time zone" value={zoneLabel(mentor.timeZone)} />}
        </dl>
        {bookable && (
          <div className="grid gap-2">
            <Button asChild size="lg" className="w-full">
              <Link to={`/mentors/${encodeURIComponent(mentorId)}/book`}>
                <CalendarPlusIcon aria-hidden="true" /> Book a session
              </Link>
            </Button>
            {signedIn ? (
              <Button variant="outline" className="w-full" disabled={pending} onClick={() => open({ kind: "DIRECT", mentorId })}>
                <MessageCircleIcon aria-hidden="true" /> {pending ? "Opening…" : "Message"}
              </Button>
            ) : (
              <Button asChild variant="outline" className="w-full">
                <Link to={signInHref(mentorId)}>
                  <MessageCircleIcon aria-hidden="true" /> Message
                </Link>
              </Button>
            )}
          </div>
        )}
        {own && (
          <Button asChild variant="outline" className="w-full">
            <Link to="/profile">Manage your profile</Link>
          </Button>
        )}
        {!mentor.bookable && !own && (
          <p className="text-sm text-muted-foreground">{firstName(mentor.displayName)} is not taking bookings right now.</p>
        )}
        {bookable && (
          <>
            <Separator />
            <section aria-labelledby="free-times-title" className="space-y-3">
              <h3 id="free-times-title" className="text-sm font-semibold">
                Next free times
              </h3>
              <SlotPreview mentorId={mentorId} returnTo={`/mentors/${mentorId}`} />
            </section>
          </>
        )}
      </CardContent>
    </Card>
  );
}

function Fact({ icon, term, value }: { icon: React.ReactNode; term: string; value: string }) {
  return (
    <div className="flex items-center gap-2">
      <span className="text-muted-foreground [&_svg]:size-4" aria-hidden="true">
        {icon}
      </span>
      <dt className="shrink-0 text-muted-foreground">{term}</dt>
      <dd className="ml-auto text-right font-medium">{value}</dd>
    </div>
  );
}
