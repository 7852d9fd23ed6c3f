import * as React from "react";
import { Link, useParams, useSearchParams } from "react-router";
import { AlertTriangleIcon, ArrowLeftIcon } from "lucide-react";
import { toast } from "sonner";
import { EmptyState } from "@/components/EmptyState";
import { ErrorState } from "@/components/ErrorState";
import { FormField } from "@/components/FormField";
import { PageFallback } from "@/components/PageFallback";
import { PageHeader } from "@/components/PageHeader";
import { TimeZoneSelect } from "@/components/TimeZoneSelect";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useMentor } from "@/features/catalog";
import { useViewerTimeZone } from "@/features/profile";
import { ApiError } from "@/lib/api/problem";
import type { Booking, Slot } from "../api/bookings";
import { BookingConfirmation } from "../components/BookingConfirmation";
import { ConfirmBooking } from "../components/ConfirmBooking";
import { MentorSummary } from "../components/MentorSummary";
import { SelectionBar } from "../components/SelectionBar";
import { SlotPicker } from "../components/SlotPicker";
import { useBook } from "../hooks/useBook";
import { attemptFor, bookingBody, type BookingAttempt } from "../model/attempt";
import { failureOf, type Failure } from "../model/failures";

/** Book a human mentor: pick a free time (in my zone, or one chosen for this page), add a note, confirm. */
export default function BookPage() {
  const { mentorId = "" } = useParams();
  const [searchParams] = useSearchParams();
  const mentor = useMentor(mentorId);
  const viewerZone = useViewerTimeZone();
  const [zoneChoice, setZoneChoice] = React.useState<string | null>(null);
  const zone = zoneChoice ?? viewerZone;

  const [slot, setSlot] = React.useState<Slot | null>(null);
  const [note, setNote] = React.useState("");
  const [failure, setFailure] = React.useState<Failure | null>(null);
  const [booked, setBooked] = React.useState<Booking | null>(null);
  const [missedStart, setMissedStart] = React.useState(false);
  // the key of the current booking attempt: kept while the same slot, note and zone are retried
  const attempt = React.useRef<BookingAttempt | null>(null);
  // set synchronously, so a double click sends one request (the button is disabled only after a render)
  const submitting = React.useRef(false);
  const takenRef = React.useRef<HTMLDivElement>(null);
  const panelRef = React.useRef<HTMLElement>(null);
  const book = useBook(mentorId);

  const choose = React.useCallback((next: Slot | null) => {
    setSlot(next);
    setFailure(null);
    setMissedStart(false);
  }, []);
  const onPreselectMissing = React.useCallback(() => {
    setSlot(null);
    setMissedStart(true);
  }, []);

  if (mentor.isPending) return <PageFallback />;
  if (mentor.isError) {
    return mentor.error instanceof ApiError && mentor.error.status === 404 ? (
      <NotBookable title="This mentor doesn't exist" />
    ) : (
      <ErrorState error={mentor.error} onRetry={() => void mentor.refetch()} />
    );
  }
  const name = mentor.data.displayName ?? "this mentor";
  if (mentor.data.kind === "AI" || mentor.data.bookable === false) {
    return <NotBookable title={`${name} can't be booked`} mentorId={mentorId} />;
  }

  const submit = () => {
    if (!slot || submitting.current) return;
    submitting.current = true;
    const body = bookingBody(mentorId, slot.startsAt, zone, note);
    attempt.current = attemptFor(attempt.current, body);
    book.mutate(
      { body, key: attempt.current.key },
      {
        onSettled: () => {
          submitting.current = false;
        },
        onSuccess: ({ booking, replayed }) => {
          setBooked(booking);
          setSlot(null);
          setNote("");
          attempt.current = null;
          toast.success(replayed ? "You had already booked this session" : `Session with ${name} booked`);
        },
        onError: (error) => {
          const next = failureOf(error);
          setFailure(next);
          if (next.kind === "taken") {
            setSlot(null);
            requestAnimationFrame(() => takenRef.current?.scrollIntoView({ block: "center", behavior: "smooth" }));
          }
          if (next.kind === "taken" || next.kind === "new-attempt") attempt.current = null;
        },
      },
    );
  };

  return (
    <>
      <Button asChild variant="link" className="mb-2 h-auto px-0 has-[>svg]:px-0">
        <Link to={`/mentors/${mentorId}`}>
          <ArrowLeftIcon aria-hidden="true" /> Back to {name}
        </Link>
      </Button>
      <PageHeader title={`Book a session with ${name}`} />
      <MentorSummary mentor={mentor.data} />

      {booked ? (
        <div className="mt-6 max-w-2xl">
          <BookingConfirmation booking={booked} mentorName={name} zone={zone} onBookAnother={() => setBooked(null)} />
        </div>
      ) : (
        <div className="mt-6 grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start">
          <section aria-labelledby="times-title" className="min-w-0 space-y-4">
            <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
              <h2 id="times-title" className="text-lg font-semibold">
                Choose a time
              </h2>
              <FormField label="Show times in" className="sm:w-72">
                <TimeZoneSelect value={zone} onChange={(event) => setZoneChoice(event.target.value)} />
              </FormField>
            </div>
            <div ref={takenRef}>
              {failure?.kind === "taken" && (
                <Alert variant="warning">
                  <AlertTriangleIcon aria-hidden="true" />
                  <AlertTitle className="line-clamp-none">{failure.message}</AlertTitle>
                  <AlertDescription>
                    <p>The free times below are up to date.</p>
                  </AlertDescription>
                </Alert>
              )}
              {missedStart && (
                <Alert variant="warning">
                  <AlertTriangleIcon aria-hidden="true" />
                  <AlertTitle className="line-clamp-none">That time is no longer free — pick another.</AlertTitle>
                </Alert>
              )}
            </div>
            {/* a new zone starts a new list, which finds the chosen time again (loading later weeks if needed) */}
            <SlotPicker
              key={zone}
              mentorId={mentorId}
              mentorName={name}
              zone={zone}
              selected={slot?.startsAt ?? null}
              onSelect={choose}
              preselect={slot?.startsAt ?? (zoneChoice ? null : searchParams.get("start"))}
              onPreselectMissing={onPreselectMissing}
            />
          </section>
          <aside ref={panelRef} aria-label="Your booking" className="scroll-mt-20 lg:sticky lg:top-20">
            <ConfirmBooking
              mentorName={name}
              slot={slot}
              zone={zone}
              note={note}
              onNoteChange={(value) => {
                setNote(value);
                if (failure?.kind !== "taken") setFailure(null);
              }}
              onBook={submit}
              onChangeTime={() => choose(null)}
              pending={book.isPending}
              failure={failure}
              noteError={book.error instanceof ApiError ? book.error.fieldErrors.note : undefined}
            />
          </aside>
          <SelectionBar
            slot={slot}
            zone={zone}
            target={panelRef}
            onContinue={() => {
              panelRef.current?.scrollIntoView({ behavior: "smooth", block: "start" });
              panelRef.current?.querySelector<HTMLElement>("#confirm-booking-title")?.focus({ preventScroll: true });
            }}
          />
        </div>
      )}
    </>
  );
}

function NotBookable({ title, mentorId }: { title: string; mentorId?: string }) {
  return (
    <EmptyState
      title={title}
      action={
        <div className="flex flex-wrap justify-center gap-2">
          {mentorId && (
            <Button asChild variant="outline">
              <Link to={`/mentors/${mentorId}`}>Back to the profile</Link>
            </Button>
          )}
          <Button asChild>
            <Link to="/mentors?kind=HUMAN">Find a mentor to book</Link>
          </Button>
        </div>
      }
    >
      Only human mentors with open hours can be booked. AI mentors are always there to chat.
    </EmptyState>
  );
}
