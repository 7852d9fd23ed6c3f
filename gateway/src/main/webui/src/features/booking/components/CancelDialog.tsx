import * as React from "react";
import { AlertCircleIcon, Loader2Icon, XCircleIcon } from "lucide-react";
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
import { Textarea } from "@/components/ui/textarea";
import { ApiError } from "@/lib/api/problem";
import type { Booking } from "../api/bookings";
import { useCancel } from "../hooks/useManageBooking";
import { failureOf } from "../model/failures";

const MAX_REASON = 500;

/** Cancel a session, with an optional reason the other person reads. */
export function CancelDialog({ booking, withName, when }: { booking: Booking; withName: string; when: string }) {
  const [open, setOpen] = React.useState(false);
  const [reason, setReason] = React.useState("");
  const cancel = useCancel();
  const fieldError = cancel.error instanceof ApiError ? cancel.error.fieldErrors.reason : undefined;

  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (!next) {
      setReason("");
      cancel.reset();
    }
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    // not mutate's own onSuccess: the cancelled session moves to Past at once, unmounting this dialog before it
    // would run (so the toast never showed); the promise settles either way. A failure shows from cancel.error.
    cancel.mutateAsync({ booking, reason: reason.trim() || undefined }).then(
      () => {
        toast.success("Session cancelled");
        setOpen(false);
      },
      () => undefined,
    );
  };

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm">
          <XCircleIcon aria-hidden="true" /> Cancel
        </Button>
      </DialogTrigger>
      <DialogContent>
        <form onSubmit={submit} className="grid gap-4">
          <DialogHeader>
            <DialogTitle>Cancel this session?</DialogTitle>
            <DialogDescription>
              Your session with {withName} on {when} will be cancelled and {withName} will be told.
            </DialogDescription>
          </DialogHeader>
          <FormField
            label="Reason (optional)"
            hint={`Shared with ${withName}. ${reason.length}/${MAX_REASON}`}
            error={fieldError}
          >
            <Textarea value={reason} maxLength={MAX_REASON} rows={3} onChange={(e) => setReason(e.target.value)} />
          </FormField>
          {cancel.isError && !fieldError && (
            <Alert variant="destructive">
              <AlertCircleIcon aria-hidden="true" />
              <AlertDescription>
                <p>{failureOf(cancel.error).message}</p>
              </AlertDescription>
            </Alert>
          )}
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="ghost">Keep session</Button>
            </DialogClose>
            <Button type="submit" variant="destructive" disabled={cancel.isPending}>
              {cancel.isPending && <Loader2Icon className="animate-spin" aria-hidden="true" />}
              Cancel session
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
