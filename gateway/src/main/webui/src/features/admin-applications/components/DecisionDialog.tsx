import * as React from "react";
import { AlertCircleIcon, CheckIcon, Loader2Icon, XIcon } from "lucide-react";
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
import { ApiError, describeError } from "@/lib/api/problem";
import type { Application } from "../api/applications";
import { useDecide } from "../hooks/useApplicationsReview";
import { type Decision, NOTE_MAX, noteError } from "../model/review";

const COPY = {
  approve: {
    trigger: "Approve",
    title: "Approve this application?",
    description: (name: string) =>
      `${name} becomes a mentor: their profile goes into the catalog and their account gets the mentor role.`,
    label: "Note to the applicant (optional)",
    confirm: "Approve",
    done: (name: string) => `${name} is a mentor now`,
  },
  decline: {
    trigger: "Decline",
    title: "Decline this application?",
    description: (name: string) => `${name} reads your reason with the decision, and may apply again.`,
    label: "Reason",
    confirm: "Decline",
    done: (name: string) => `${name}'s application was declined`,
  },
} as const;

/** Approve (with an optional note) or decline (with a reason) one application. */
export function DecisionDialog({ application, decision }: { application: Application; decision: Decision }) {
  const copy = COPY[decision];
  const [open, setOpen] = React.useState(false);
  const [note, setNote] = React.useState("");
  const [error, setError] = React.useState<string | null>(null);
  const decide = useDecide();
  const name = application.displayName;

  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (!next) {
      setNote("");
      setError(null);
      decide.reset();
    }
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const problem = noteError(decision, note);
    setError(problem);
    if (problem) return;
    decide.mutateAsync({ id: application.id, decision, note: note.trim() }).then(
      () => {
        toast.success(copy.done(name));
        setOpen(false);
      },
      () => undefined,
    );
  };
  const serverError = decide.error instanceof ApiError ? decide.error.fieldErrors.note : undefined;

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button variant={decision === "approve" ? "default" : "outline"} size="sm">
          {decision === "approve" ? <CheckIcon aria-hidden="true" /> : <XIcon aria-hidden="true" />}
          {copy.trigger}
          <span className="sr-only"> {name}</span>
        </Button>
      </DialogTrigger>
      <DialogContent>
        <form onSubmit={submit} noValidate className="grid gap-4">
          <DialogHeader>
            <DialogTitle>{copy.title}</DialogTitle>
            <DialogDescription>{copy.description(name)}</DialogDescription>
          </DialogHeader>
          <FormField label={copy.label} error={error ?? serverError} hint={`${note.trim().length}/${NOTE_MAX}`}>
            <Textarea
              value={note}
              rows={4}
              maxLength={NOTE_MAX + 100}
              onChange={(e) => {
                setNote(e.target.value);
                if (error) setError(null);
              }}
              placeholder={decision === "decline" ? "e.g. We need a little more mentoring experience first." : undefined}
            />
          </FormField>
          {decide.isError && !serverError && (
            <Alert variant="destructive">
              <AlertCircleIcon aria-hidden="true" />
              <AlertDescription>
                <p>{describeError(decide.error).detail}</p>
              </AlertDescription>
            </Alert>
          )}
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="ghost">Not now</Button>
            </DialogClose>
            <Button type="submit" variant={decision === "decline" ? "destructive" : "default"} disabled={decide.isPending}>
              {decide.isPending && <Loader2Icon className="animate-spin" aria-hidden="true" />}
              {copy.confirm}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
