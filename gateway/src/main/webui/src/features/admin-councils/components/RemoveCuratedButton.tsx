import * as React from "react";
import { Loader2Icon, Trash2Icon } from "lucide-react";
import { toast } from "sonner";
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
import { useDeleteCurated } from "../hooks/useCuratedCouncils";

/** Takes a curated council away from everyone, once the admin confirms. */
export function RemoveCuratedButton({ id, name }: { id: string; name: string }) {
  const [open, setOpen] = React.useState(false);
  const remove = useDeleteCurated();
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="ghost" className="text-destructive hover:text-destructive" aria-label={`Delete ${name}`}>
          <Trash2Icon aria-hidden="true" /> Delete
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Delete {name}?</DialogTitle>
          <DialogDescription>
            Nobody can ask it any more, in new conversations or in those already started with it. What it already
            answered stays in people's messages.
          </DialogDescription>
        </DialogHeader>
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="outline">Cancel</Button>
          </DialogClose>
          <Button
            variant="destructive"
            disabled={remove.isPending}
            onClick={() =>
              remove.mutate(id, {
                onSuccess: () => {
                  setOpen(false);
                  toast.success(`${name} was deleted`);
                },
                onError: (error) => toast.error(describeError(error).detail),
              })
            }
          >
            {remove.isPending && <Loader2Icon className="animate-spin" aria-hidden="true" />}
            Delete council
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
