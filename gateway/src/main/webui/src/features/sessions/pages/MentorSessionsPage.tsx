import * as React from "react";
import { Link, useSearchParams } from "react-router";
import { CalendarClockIcon, HistoryIcon, InboxIcon } from "lucide-react";
import { EmptyState } from "@/components/EmptyState";
import { ErrorState } from "@/components/ErrorState";
import { PageHeader } from "@/components/PageHeader";
import { Button } from "@/components/ui/button";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { zoneCaption, type Booking } from "@/features/booking";
import { useConversations, useNow, type Conversation } from "@/features/chat";
import { SessionCard, SessionCardSkeleton } from "../components/SessionCard";
import { useMentorSessions } from "../hooks/useMentorSessions";
import { useMentorZone } from "../hooks/useMentorZone";
import { splitSessions } from "../model/sessions";

type Tab = "upcoming" | "past";

/** The sessions a mentor gives: what's coming (soonest first) and what's been (newest first), in their own zone. */
export default function MentorSessionsPage() {
  const sessions = useMentorSessions();
  const conversations = useConversations();
  const zone = useMentorZone();
  // sessions move from Upcoming to Past as they end, and actions appear as they start, without a reload
  const now = useNow(30_000, true);
  const [params, setParams] = useSearchParams();
  const tab: Tab = params.get("tab") === "past" ? "past" : "upcoming";
  const { upcoming, past } = React.useMemo(() => splitSessions(sessions.data ?? [], now), [sessions.data, now]);
  const rooms = React.useMemo(() => {
    const byBooking = new Map<string, Conversation>();
    for (const c of conversations.data ?? []) if (c.bookingId) byBooking.set(c.bookingId, c);
    return byBooking;
  }, [conversations.data]);

  return (
    <>
      <PageHeader
        title="Sessions"
        description={<>The sessions you give. Times are in your zone, {zoneCaption(zone)}.</>}
        actions={
          <Button asChild variant="outline">
            <Link to="/mentor/inbox">
              <InboxIcon aria-hidden="true" /> Inbox
            </Link>
          </Button>
        }
      />
      {sessions.isPending ? (
        <div className="space-y-3" role="status" aria-busy="true" aria-label="Loading your sessions">
          {[0, 1, 2].map((i) => (
            <SessionCardSkeleton key={i} />
          ))}
        </div>
      ) : sessions.isError ? (
        <ErrorState error={sessions.error} onRetry={() => void sessions.refetch()} />
      ) : (
        <Tabs value={tab} onValueChange={(value) => setParams(value === "past" ? { tab: "past" } : {}, { replace: true })}>
          <TabsList className="mb-2" aria-label="Show">
            <TabsTrigger value="upcoming" className="px-4">
              Upcoming ({upcoming.length})
            </TabsTrigger>
            <TabsTrigger value="past" className="px-4">
              Past ({past.length})
            </TabsTrigger>
          </TabsList>
          <TabsContent value="upcoming">
            <SessionList sessions={upcoming} rooms={rooms} zone={zone} now={now}>
              <EmptyState icon={<CalendarClockIcon />} title="No upcoming sessions">
                When a mentee books you, the session shows up here and its room opens in your inbox.
              </EmptyState>
            </SessionList>
          </TabsContent>
          <TabsContent value="past">
            <SessionList sessions={past} rooms={rooms} zone={zone} now={now}>
              <EmptyState icon={<HistoryIcon />} title="No past sessions yet">
                Sessions you have given, cancelled or that a mentee missed are kept here.
              </EmptyState>
            </SessionList>
          </TabsContent>
        </Tabs>
      )}
    </>
  );
}

function SessionList({
  sessions,
  rooms,
  zone,
  now,
  children,
}: {
  sessions: Booking[];
  rooms: Map<string, Conversation>;
  zone: string;
  now: number;
  /** What to show when there are none. */
  children: React.ReactNode;
}) {
  if (sessions.length === 0) return <>{children}</>;
  return (
    <ul className="grid gap-3 lg:grid-cols-2">
      {sessions.map((session) => (
        <li key={session.id}>
          <SessionCard session={session} room={rooms.get(session.id)} zone={zone} now={now} />
        </li>
      ))}
    </ul>
  );
}
