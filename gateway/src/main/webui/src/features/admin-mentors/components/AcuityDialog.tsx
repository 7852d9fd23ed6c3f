import * as React from "react";
import { AlertCircleIcon, CalendarCogIcon, Loader2Icon } from "lucide-react";
import { toast } from "sonner";
import { FormField } from "@/components/FormField";
import { Alert, AlertDescription } from "@/components/ui/alert";
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
import { Input } from "@/components/ui/input";
import { ApiError, describeError } from "@/lib/api/problem";
import type { RosterMentor } from "../api/mentors";
import { useConnectAcuity } from "../hooks/useRoster";
import { type AcuityErrors, takenMessage, toAcuityConnection, validateAcuity } from "../model/roster";

/** Assigns a human mentor's Acuity calendar and appointment type (or clears both to disconnect). */
export function AcuityDialog({ mentor, nameOf }: { mentor: RosterMentor; nameOf: (mentorId: string) => string | undefined }) {
  const [open, setOpen] = React.useState(false);
  const [calendarId, setCalendarId] = React.useState(mentor.acuityCalendarId ?? "");
  const [appointmentTypeId, setAppointmentTypeId] = React.useState(mentor.acuityAppointmentTypeId ?? "");
  const [errors, setErrors] = React.useState<AcuityErrors>({});
  const [formError, setFormError] = React.useState<string | null>(null);
  const connect = useConnectAcuity();
  const connected = Boolean(mentor.acuityCalendarId);

  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (next) {
      setCalendarId(mentor.acuityCalendarId ?? "");
      setAppointmentTypeId(mentor.acuityAppointmentTypeId ?? "");
    }
    setErrors({});
    setFormError(null);
    connect.reset();
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const draft = { calendarId, appointmentTypeId };
    const found = validateAcuity(draft);
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0) return;
    const ids = toAcuityConnection(draft);
    connect.mutateAsync({ mentorId: mentor.id, ids }).then(
      () => {
        toast.success(ids ? `${mentor.displayName} is connected to Acuity` : `${mentor.displayName} is disconnected from Acuity`);
        setOpen(false);
      },
      (error: unknown) => {
        if (error instanceof ApiError && error.code === "acuity-calendar-taken") {
          setFormError(takenMessage(error.problem.mentorId, nameOf));
        } else if (error instanceof ApiError && Object.keys(error.fieldErrors).length > 0) {
          setErrors({ calendarId: error.fieldErrors.calendarId, appointmentTypeId: error.fieldErrors.appointmentTypeId });
        } else {
          setFormError(describeError(error).detail);
        }
      },
    );
  };

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm">
          <CalendarCogIcon aria-hidden="true" /> {connected ? "Change Acuity" : "Connect Acuity"}
          <span className="sr-only"> for {mentor.displayName}</span>
        </Button>
      </DialogTrigger>
      <DialogContent>
        <form onSubmit={submit} noValidate className="grid gap-4">
          <DialogHeader>
            <DialogTitle>Acuity for {mentor.displayName}</DialogTitle>
            <DialogDescription>
              Sessions with this mentor are booked in their Acuity calendar as this appointment type. Each belongs to one mentor. Clear
              both to disconnect.
            </DialogDescription>
          </DialogHeader>
          <FormField label="Calendar id" error={errors.calendarId} hint="Acuity: Business settings → Calendars">
            <Input inputMode="numeric" autoComplete="off" value={calendarId} onChange={(e) => setCalendarId(e.target.value)} />
          </FormField>
          <FormField label="Appointment type id" error={errors.appointmentTypeId} hint="Acuity: Appointment types → the type's link">
            <Input inputMode="numeric" autoComplete="off" value={appointmentTypeId} onChange={(e) => setAppointmentTypeId(e.target.value)} />
          </FormField>
          {formError && (
            <Alert variant="destructive">
              <AlertCircleIcon aria-hidden="true" />
              <AlertDescription>
                <p>{formError}</p>
              </AlertDescription>
            </Alert>
          )}
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="ghost">Cancel</Button>
            </DialogClose>
            <Button type="submit" disabled={connect.isPending}>
              {connect.isPending && <Loader2Icon className="animate-spin" aria-hidden="true" />}
              Save
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
