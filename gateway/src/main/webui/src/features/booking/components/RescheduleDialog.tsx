import * as React from "react";
import { AlertCircleIcon, AlertTriangleIcon, CalendarClockIcon, Loader2Icon } from "lucide-react";
import { toast } from "sonner";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import type { Booking, Slot } from "../api/bookings";
import { useReschedule } from "../hooks/useManageBooking";
import { sessionWhen } from "../model/bookings";
import { failureOf, type Failure } from "../model/failures";
import { slotLabel } from "../model/slots";
import { SlotPicker } from "./SlotPicker";

/** Move a session to another free time of the same mentor, picked in the viewer's zone. */
export function RescheduleDialog({
  booking,
  withName,
  mentorName,
  zone,
  when,
}: {
  booking: Booking;
  withName: string;
  /** For the "… is in <zone>" line; absent when the viewer is the mentor. */
  mentorName?: string;
  zone: string;
  when: string;
}) {
  const [open, setOpen] = React.useState(false);
  const [slot, setSlot] = React.useState<Slot | null>(null);
  const [failure, setFailure] = React.useState<Failure | null>(null);
  const reschedule = useReschedule();

  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (!next) {
      setSlot(null);
      setFailure(null);
    }
  };
  const choose = React.useCallback((next: Slot) => {
    setSlot(next);
    setFailure(null);
  }, []);
  const submit = () => {
    if (!slot) return;
    reschedule.mutate(
      { booking, startsAt: slot.startsAt },
      {
        onSuccess: (moved) => {
          const to = sessionWhen(moved.startsAt, moved.endsAt, zone);
          toast.success(`Session moved to ${to.day}, ${to.time}`);
          onOpenChange(false);
        },
        onError: (error) => {
          const next = failureOf(error);
          setFailure(next);
          if (next.kind === "taken") setSlot(null);
        },
      },
    );
  };

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm">
          <CalendarClockIcon aria-hidden="true" /> Reschedule
        </Button>
      </DialogTrigger>
      <DialogContent className="flex max-h-[calc(100dvh-2rem)] flex-col overflow-hidden p-0 sm:max-w-2xl">
        <DialogHeader className="px-6 pt-6">
          <DialogTitle>Reschedule your session with {withName}</DialogTitle>
          <DialogDescription>Now {when}. Pick a new time.</DialogDescription>
        </DialogHeader>
        <div className="min-h-0 flex-1 space-y-4 overflow-y-auto px-6 py-1">
          {failure && (
            <Alert variant={failure.kind === "taken" ? "warning" : "destructive"}>
              {failure.kind === "taken" ? <AlertTriangleIcon aria-hidden="true" /> : <AlertCircleIcon aria-hidden="true" />}
              {failure.kind === "taken" ? (
                <AlertTitle className="line-clamp-none">{failure.message}</AlertTitle>
              ) : (
                <AlertDescription>
                  <p>{failure.message}</p>
                </AlertDescription>
              )}
            </Alert>
          )}
          {open && (
            <SlotPicker
              mentorId={booking.mentorId}
              mentorName={mentorName}
              zone={zone}
              selected={slot?.startsAt ?? null}
              onSelect={choose}
            />
          )}
        </div>
        <DialogFooter className="border-t px-6 py-4">
          <DialogClose asChild>
            <Button variant="ghost">Keep current time</Button>
          </DialogClose>
          <Button onClick={submit} disabled={!slot || reschedule.isPending}>
            {reschedule.isPending && <Loader2Icon className="animate-spin" aria-hidden="true" />}
            {slot ? `Move to ${slotLabel(slot)}` : "Pick a new time"}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
