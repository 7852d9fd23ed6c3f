import * as React from "react";
import { Loader2Icon } from "lucide-react";
import { toast } from "sonner";
import { FormField } from "@/components/FormField";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { mergeList, TagInput } from "@/features/profile";
import { mapFieldErrors } from "@/lib/api/fieldErrors";
import { ApiError, describeError } from "@/lib/api/problem";
import type { AdviceCard } from "../api/personas";
import { useCardChange } from "../hooks/usePersonas";
import { CARD_FIELDS, CARD_LIMITS as L, emptyCard, toCardBody, validateCard, type CardDraft, type CardErrors } from "../model/cardForm";

const acceptTags = (existing: string[], typed: string[]) => ({ values: mergeList(existing, typed.map((t) => t.toLowerCase())), rejected: [] });

/** Writes a new advice card, or edits one; the persona's next answer uses it. */
export function CardDialog({
  personaId,
  card,
  open,
  onOpenChange,
}: {
  personaId: string;
  /** The card to edit; none to add one. */
  card?: AdviceCard;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const change = useCardChange(personaId);
  const initial = React.useMemo<CardDraft>(() => (card ? { title: card.title, body: card.body, tags: card.tags } : emptyCard), [card]);
  const [draft, setDraft] = React.useState(initial);
  const [errors, setErrors] = React.useState<CardErrors>({});
  const [formError, setFormError] = React.useState<string>();
  const formRef = React.useRef<HTMLFormElement>(null);
  React.useEffect(() => {
    if (open) {
      setDraft(initial);
      setErrors({});
      setFormError(undefined);
    }
  }, [open, initial]);

  const set = <K extends keyof CardDraft>(key: K, value: CardDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    if (errors[key]) setErrors(({ [key]: _, ...rest }) => rest);
  };
  const focusFirstError = () =>
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus());

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const found = validateCard(draft);
    setErrors(found);
    setFormError(undefined);
    if (Object.keys(found).length > 0) return focusFirstError();
    const body = toCardBody(draft);
    change.mutate(card ? { kind: "edit", cardId: card.id, body } : { kind: "add", body }, {
      onSuccess: (saved) => {
        toast.success(card ? `“${saved.title}” is saved` : `“${saved.title}” is added`, {
          description: "The persona's next answer uses it.",
        });
        onOpenChange(false);
      },
      onError: (error) => {
        if (error instanceof ApiError && error.status === 400 && error.problem.errors?.length) {
          const mapped = mapFieldErrors(error.problem.errors, CARD_FIELDS, { tags: body.tags });
          setErrors(mapped.byField);
          if (mapped.form.length > 0) setFormError(mapped.form.join(" "));
          focusFirstError();
        } else {
          setFormError(describeError(error).detail);
        }
      },
    });
  };

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="sm:max-w-xl">
        <DialogHeader>
          <DialogTitle>{card ? "Edit advice card" : "New advice card"}</DialogTitle>
          <DialogDescription>
            The engine retrieves the cards closest to a question and quotes their titles and first sentences: write one
            piece of advice per card, the most useful sentence first.
          </DialogDescription>
        </DialogHeader>
        <form ref={formRef} onSubmit={submit} noValidate className="grid gap-4">
          <FormField label="Title" error={errors.title} hint={`${draft.title.trim().length}/${L.title.max}`}>
            <Input value={draft.title} maxLength={L.title.max} onChange={(e) => set("title", e.target.value)} placeholder="e.g. Anchor with a researched number" />
          </FormField>
          <FormField label="Advice" error={errors.body} hint={`${draft.body.trim().length}/${L.body.max} · at least ${L.body.min} characters`}>
            <Textarea value={draft.body} maxLength={L.body.max} rows={6} onChange={(e) => set("body", e.target.value)} />
          </FormField>
          <FormField label="Tags (optional)" error={errors.tags} hint={`Enter or comma after each · up to ${L.tags.max}`}>
            <TagInput values={draft.tags} onChange={(v) => set("tags", v)} accept={acceptTags} placeholder="e.g. salary, offer" />
          </FormField>
          {formError && (
            <Alert variant="destructive">
              <AlertDescription>{formError}</AlertDescription>
            </Alert>
          )}
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => onOpenChange(false)}>
              Cancel
            </Button>
            <Button type="submit" disabled={change.isPending}>
              {change.isPending && <Loader2Icon className="animate-spin" aria-hidden="true" />}
              {card ? "Save card" : "Add card"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
