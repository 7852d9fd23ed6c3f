import * as React from "react";
import { Loader2Icon } from "lucide-react";
import { toast } from "sonner";
import { FormField } from "@/components/FormField";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { errorsFromServer, MAX_NAME, MAX_PURPOSE, MemberPicker, toggleMember, useAiMentors, type Council } from "@/features/councils";
import { useSaveCurated } from "../hooks/useCuratedCouncils";
import { draftOfCouncil, emptyCurated, toCuratedBody, validateCurated, type CuratedDraft, type CuratedErrors } from "../model/curatedForm";

/** Writes a new curated council, or rewrites one: members (2–5 AI mentors), the chair, name and purpose. */
export function CuratedCouncilDialog({
  council,
  open,
  onOpenChange,
}: {
  council?: Council;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const save = useSaveCurated();
  const mentors = useAiMentors(open);
  const initial = React.useMemo(() => (council ? draftOfCouncil(council) : emptyCurated), [council]);
  const [draft, setDraft] = React.useState<CuratedDraft>(initial);
  const [errors, setErrors] = React.useState<CuratedErrors>({});
  const [formError, setFormError] = React.useState<string>();
  const formRef = React.useRef<HTMLFormElement>(null);
  React.useEffect(() => {
    if (open) {
      setDraft(initial);
      setErrors({});
      setFormError(undefined);
    }
  }, [open, initial]);
  const body = toCuratedBody(draft);
  // a field's message goes as soon as the admin changes that field
  const update = <K extends keyof CuratedDraft>(key: K, value: (d: CuratedDraft) => CuratedDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value(d) }));
    if (errors[key]) setErrors(({ [key]: _, ...rest }) => rest);
  };
  const picked = (mentors.data ?? []).filter((m) => draft.memberIds.includes(m.id));
  const focusFirstError = () =>
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>("[aria-invalid='true'], fieldset[aria-invalid='true'] input")?.focus());

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const found = validateCurated(draft);
    setErrors(found);
    setFormError(undefined);
    if (Object.keys(found).length > 0) return focusFirstError();
    save.mutate(
      { id: council?.id, body },
      {
        onSuccess: (saved) => {
          toast.success(council ? `${saved.name} is saved` : `${saved.name} is curated`, { description: "Everyone sees it under Councils." });
          onOpenChange(false);
        },
        onError: (error) => {
          const server = errorsFromServer(error);
          setErrors(server.fields);
          setFormError(server.form);
          focusFirstError();
        },
      },
    );
  };

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="sm:max-w-2xl">
        <DialogHeader>
          <DialogTitle>{council ? `Edit ${council.name}` : "New curated council"}</DialogTitle>
          <DialogDescription>A curated council is public: everyone can ask it from the Councils page.</DialogDescription>
        </DialogHeader>
        <form ref={formRef} onSubmit={submit} noValidate className="grid gap-5">
          <div className="grid gap-5 sm:grid-cols-2 sm:items-start">
            <FormField label="Name" error={errors.name} hint={`${draft.name.length}/${MAX_NAME}`}>
              <Input value={draft.name} maxLength={MAX_NAME} onChange={(e) => update("name", () => e.target.value)} />
            </FormField>
            <FormField label="Chair" error={errors.chairId} hint="Writes the council's final synthesis">
              <NativeSelect
                value={body.chairId ?? ""}
                disabled={picked.length === 0}
                onChange={(e) => update("chairId", () => e.target.value)}
              >
                {picked.length === 0 && <option value="">Pick members first</option>}
                {picked.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.displayName}
                  </option>
                ))}
              </NativeSelect>
            </FormField>
          </div>
          <FormField label="Purpose" error={errors.purpose} hint={`What questions it is for · ${draft.purpose.length}/${MAX_PURPOSE}`}>
            <Textarea value={draft.purpose} maxLength={MAX_PURPOSE} rows={2} onChange={(e) => update("purpose", () => e.target.value)} />
          </FormField>
          <MemberPicker
            value={draft.memberIds}
            error={errors.memberIds}
            onToggle={(id) => update("memberIds", (d) => toggleMember(d.memberIds, id))}
          />
          {formError && (
            <Alert variant="destructive">
              <AlertDescription>{formError}</AlertDescription>
            </Alert>
          )}
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => onOpenChange(false)}>
              Cancel
            </Button>
            <Button type="submit" disabled={save.isPending}>
              {save.isPending && <Loader2Icon className="animate-spin" aria-hidden="true" />}
              {council ? "Save council" : "Curate council"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
