import * as React from "react";
import { AlertCircleIcon, ArchiveIcon, Loader2Icon } from "lucide-react";
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
import type { RosterMentor } from "../api/mentors";
import { useRetire } from "../hooks/useRoster";

/** Takes a mentor out of the catalog, after saying what that does. */
export function RetireDialog({ mentor }: { mentor: RosterMentor }) {
  const [open, setOpen] = React.useState(false);
  const retire = useRetire();
  const human = mentor.kind === "HUMAN";
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        retire.reset();
      }}
    >
      <DialogTrigger asChild>
        <Button variant="ghost" size="sm" className="text-destructive hover:text-destructive">
          <ArchiveIcon aria-hidden="true" /> Retire
          <span className="sr-only"> {mentor.displayName}</span>
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Retire {mentor.displayName}?</DialogTitle>
          <DialogDescription>
            {human
              ? "They leave the catalog, can no longer be booked, lose the mentor role, and their Acuity calendar is free for another mentor."
              : "This AI mentor leaves the catalog and can no longer be asked."}
          </DialogDescription>
        </DialogHeader>
        {retire.isError && (
          <Alert variant="destructive">
            <AlertCircleIcon aria-hidden="true" />
            <AlertDescription>
              <p>{describeError(retire.error).detail}</p>
            </AlertDescription>
          </Alert>
        )}
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="ghost">Keep</Button>
          </DialogClose>
          <Button
            variant="destructive"
            disabled={retire.isPending}
            onClick={() =>
              retire.mutateAsync(mentor.id).then(
                () => {
                  toast.success(`${mentor.displayName} is retired`);
                  setOpen(false);
                },
                () => undefined,
              )
            }
          >
            {retire.isPending && <Loader2Icon className="animate-spin" aria-hidden="true" />}
            Retire
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
