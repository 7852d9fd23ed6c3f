import * as React from "react";
import { AlertCircleIcon, Loader2Icon, UserXIcon } from "lucide-react";
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
import type { Booking } from "../api/bookings";
import { useNoShow } from "../hooks/useManageBooking";

/** The mentor records that the mentee did not come. */
export function NoShowDialog({ booking, withName, when }: { booking: Booking; withName: string; when: string }) {
  const [open, setOpen] = React.useState(false);
  const noShow = useNoShow();
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) noShow.reset();
      }}
    >
      <DialogTrigger asChild>
        <Button variant="outline" size="sm">
          <UserXIcon aria-hidden="true" /> Mark no-show
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Mark as no-show?</DialogTitle>
          <DialogDescription>
            Record that {withName} did not come to the session on {when}.
          </DialogDescription>
        </DialogHeader>
        {noShow.isError && (
          <Alert variant="destructive">
            <AlertCircleIcon aria-hidden="true" />
            <AlertDescription>
              <p>{describeError(noShow.error).detail}</p>
            </AlertDescription>
          </Alert>
        )}
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="ghost">Keep as it is</Button>
          </DialogClose>
          <Button
            variant="destructive"
            disabled={noShow.isPending}
            onClick={() =>
              noShow.mutate(booking, {
                onSuccess: () => {
                  toast.success("Marked as no-show");
                  setOpen(false);
                },
              })
            }
          >
            {noShow.isPending && <Loader2Icon className="animate-spin" aria-hidden="true" />}
            Mark no-show
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
