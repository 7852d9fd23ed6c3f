import { AlertCircleIcon, CalendarCheckIcon, Loader2Icon } from "lucide-react";
import { FormField } from "@/components/FormField";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import type { Slot } from "../api/bookings";
import { sessionWhen } from "../model/bookings";
import type { Failure } from "../model/failures";
import { zoneCaption } from "../model/slots";

export const MAX_NOTE = 1000;

/** The chosen time, an optional note for the mentor, and the Book button. */
export function ConfirmBooking({
  mentorName,
  slot,
  zone,
  note,
  onNoteChange,
  onBook,
  onChangeTime,
  pending,
  failure,
  noteError,
}: {
  mentorName: string;
  slot: Slot | null;
  zone: string;
  note: string;
  onNoteChange: (note: string) => void;
  onBook: () => void;
  onChangeTime: () => void;
  pending: boolean;
  failure: Failure | null;
  noteError?: string;
}) {
  if (!slot) {
    return (
      <div className="rounded-xl border border-dashed p-5 text-sm text-muted-foreground">
        <CalendarCheckIcon className="mb-2 size-6" aria-hidden="true" />
        Pick a time to book your session with {mentorName}.
      </div>
    );
  }
  const when = sessionWhen(slot.startsAt, slot.endsAt, zone);
  const firstName = mentorName.split(/\s+/)[0];
  return (
    <form
      aria-labelledby="confirm-booking-title"
      className="space-y-4 rounded-xl border bg-card p-5 shadow-sm"
      onSubmit={(event) => {
        event.preventDefault();
        if (!pending) onBook();
      }}
    >
      <div className="space-y-1">
        <h2 id="confirm-booking-title" tabIndex={-1} className="text-lg font-semibold outline-none">
          Your session
        </h2>
        <p className="font-medium">{when.day}</p>
        <p className="text-sm text-muted-foreground">
          {when.time} · {zoneCaption(zone, new Date(slot.startsAt))}
        </p>
      </div>
      <FormField
        label={`Note for ${firstName} (optional)`}
        hint={`What would you like to work on? ${note.length}/${MAX_NOTE}`}
        error={noteError}
      >
        <Textarea
          value={note}
          maxLength={MAX_NOTE}
          rows={4}
          onChange={(event) => onNoteChange(event.target.value)}
          placeholder="e.g. I have a senior interview in two weeks and want to practise system design."
        />
      </FormField>
      {failure && failure.kind !== "taken" && (
        <Alert variant="destructive">
          <AlertCircleIcon aria-hidden="true" />
          <AlertDescription>
            <p>{failure.message}</p>
          </AlertDescription>
        </Alert>
      )}
      <div className="flex flex-col gap-2 sm:flex-row-reverse sm:justify-start">
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {pending && <Loader2Icon className="animate-spin" aria-hidden="true" />}
          {pending ? "Booking…" : failure?.kind === "retry" ? "Try again" : "Book session"}
        </Button>
        <Button variant="ghost" onClick={onChangeTime} disabled={pending}>
          Choose another time
        </Button>
      </div>
    </form>
  );
}
