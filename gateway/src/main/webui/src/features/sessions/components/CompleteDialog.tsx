import * as React from "react";
import { AlertCircleIcon, CheckCircle2Icon, Loader2Icon } from "lucide-react";
import { toast } from "sonner";
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
import { describeError } from "@/lib/api/problem";
import type { Booking } from "@/features/booking";
import { useCompleteSession } from "../hooks/useMentorSessions";

/** The mentor closes a session that has started; the mentee may then review them. */
export function CompleteDialog({ session, withName, when }: { session: Booking; withName: string; when: string }) {
  const [open, setOpen] = React.useState(false);
  const complete = useCompleteSession();
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) complete.reset();
      }}
    >
      <DialogTrigger asChild>
        <Button size="sm" variant="outline">
          <CheckCircle2Icon aria-hidden="true" /> Mark completed
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Mark this session completed?</DialogTitle>
          <DialogDescription>
            Your session with {withName} on {when} is recorded as held, and {withName} can review it.
          </DialogDescription>
        </DialogHeader>
        {complete.isError && (
          <Alert variant="destructive">
            <AlertCircleIcon aria-hidden="true" />
            <AlertDescription>
              <p>{describeError(complete.error).detail}</p>
            </AlertDescription>
          </Alert>
        )}
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="ghost">Not yet</Button>
          </DialogClose>
          <Button
            disabled={complete.isPending}
            onClick={() =>
              // not mutate's onSuccess: the session moves to Past at once and this dialog unmounts with it
              complete.mutateAsync(session).then(
                () => {
                  toast.success("Session marked completed");
                  setOpen(false);
                },
                () => undefined,
              )
            }
          >
            {complete.isPending && <Loader2Icon className="animate-spin" aria-hidden="true" />}
            Mark completed
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
