import * as React from "react";
import { Link, useSearchParams } from "react-router";
import { CalendarDaysIcon, HistoryIcon, SearchIcon } from "lucide-react";
import { EmptyState } from "@/components/EmptyState";
import { ErrorState } from "@/components/ErrorState";
import { PageHeader } from "@/components/PageHeader";
import { Button } from "@/components/ui/button";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { useNow } from "@/features/chat";
import { useViewerTimeZone } from "@/features/profile";
import type { Booking } from "../api/bookings";
import { BookingCard, BookingCardSkeleton } from "../components/BookingCard";
import { useMyBookings } from "../hooks/useMyBookings";
import { splitBookings } from "../model/bookings";
import { zoneCaption } from "../model/slots";

type Tab = "upcoming" | "past";

/** My sessions as mentee and as mentor: what's coming (soonest first) and what's been (newest first). */
export default function MyBookingsPage() {
  const bookings = useMyBookings();
  const zone = useViewerTimeZone();
  // sessions move from Upcoming to Past as they end, without a reload
  const now = useNow(60_000, true);
  const [params, setParams] = useSearchParams();
  const tab: Tab = params.get("tab") === "past" ? "past" : "upcoming";
  const { upcoming, past } = React.useMemo(() => splitBookings(bookings.data ?? [], now), [bookings.data, now]);

  return (
    <>
      <PageHeader
        title="My bookings"
        description={
          <>
            Your sessions as mentee and as mentor. Times are in {zoneCaption(zone)} —{" "}
            <Link to="/profile" className="underline underline-offset-4 hover:text-foreground">
              change your zone
            </Link>
            .
          </>
        }
        actions={
          <Button asChild variant="outline">
            <Link to="/mentors?kind=HUMAN">
              <SearchIcon aria-hidden="true" /> Find a mentor
            </Link>
          </Button>
        }
      />
      {bookings.isPending ? (
        <div className="space-y-3" role="status" aria-busy="true" aria-label="Loading your bookings">
          {[0, 1, 2].map((i) => (
            <BookingCardSkeleton key={i} />
          ))}
        </div>
      ) : bookings.isError ? (
        <ErrorState error={bookings.error} onRetry={() => void bookings.refetch()} />
      ) : (
        <Tabs
          value={tab}
          onValueChange={(value) => setParams(value === "past" ? { tab: "past" } : {}, { replace: true })}
        >
          <TabsList className="mb-2">
            <TabsTrigger value="upcoming" className="px-4">
              Upcoming ({upcoming.length})
            </TabsTrigger>
            <TabsTrigger value="past" className="px-4">
              Past ({past.length})
            </TabsTrigger>
          </TabsList>
          <TabsContent value="upcoming">
            <BookingList bookings={upcoming} zone={zone} now={now}>
              <EmptyState
                icon={<CalendarDaysIcon />}
                title="No upcoming sessions — find a mentor"
                action={
                  <Button asChild>
                    <Link to="/mentors?kind=HUMAN">Find a mentor</Link>
                  </Button>
                }
              >
                Book a session with a human mentor and it will show up here, with its chat room.
              </EmptyState>
            </BookingList>
          </TabsContent>
          <TabsContent value="past">
            <BookingList bookings={past} zone={zone} now={now}>
              <EmptyState icon={<HistoryIcon />} title="No past sessions yet">
                Sessions you've had, cancelled or missed are kept here. After a session you can review your mentor.
              </EmptyState>
            </BookingList>
          </TabsContent>
        </Tabs>
      )}
    </>
  );
}

function BookingList({
  bookings,
  zone,
  now,
  children,
}: {
  bookings: Booking[];
  zone: string;
  now: number;
  /** What to show when there are none. */
  children: React.ReactNode;
}) {
  if (bookings.length === 0) return <>{children}</>;
  return (
    <ul className="grid gap-3 lg:grid-cols-2">
      {bookings.map((booking) => (
        <li key={booking.id}>
          <BookingCard booking={booking} zone={zone} now={now} />
        </li>
      ))}
    </ul>
  );
}
