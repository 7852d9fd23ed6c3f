import * as React from "react";
import { Loader2Icon } from "lucide-react";
import { toast } from "sonner";
import { FormField } from "@/components/FormField";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { useOpenConversation } from "@/features/chat";
import { MAX_NAME, MAX_PURPOSE } from "../api/councils";
import { useAiMentors, useCreateCouncil } from "../hooks/useCouncils";
import {
  chairOf,
  emptyCouncilForm,
  errorsFromServer,
  toggleMember,
  toNewCouncil,
  validateCouncil,
  type CouncilErrors,
  type CouncilField,
} from "../model/assemble";
import { MemberPicker } from "./MemberPicker";

/** "Assemble your own": members, a name, a purpose and a chair; then straight into a conversation with it. */
export function AssembleCouncilForm() {
  const [form, setForm] = React.useState(emptyCouncilForm);
  const [errors, setErrors] = React.useState<CouncilErrors>({});
  const [formError, setFormError] = React.useState<string>();
  const create = useCreateCouncil();
  const openConversation = useOpenConversation();
  const mentors = useAiMentors();
  const refs = {
    memberIds: React.useRef<HTMLInputElement>(null),
    name: React.useRef<HTMLInputElement>(null),
    purpose: React.useRef<HTMLTextAreaElement>(null),
    chairId: React.useRef<HTMLSelectElement>(null),
  };
  const focusFirst = (found: CouncilErrors) => {
    const first = (["memberIds", "name", "purpose", "chairId"] as CouncilField[]).find((f) => found[f]);
    if (first) refs[first].current?.focus();
  };
  const chair = chairOf(form);
  const picked = (mentors.data ?? []).filter((m) => form.memberIds.includes(m.id));
  const busy = create.isPending || openConversation.isPending;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const found = validateCouncil(form);
    setErrors(found);
    setFormError(undefined);
    if (Object.keys(found).length > 0) return focusFirst(found);
    create.mutate(toNewCouncil(form), {
      onSuccess: (council) => {
        toast.success(`${council.name} is assembled`);
        setForm(emptyCouncilForm);
        openConversation.mutate({ kind: "COUNCIL", councilId: council.id });
      },
      onError: (error) => {
        const server = errorsFromServer(error);
        setErrors(server.fields);
        setFormError(server.form);
        focusFirst(server.fields);
      },
    });
  };

  return (
    <form className="grid gap-5" onSubmit={submit} noValidate>
      <MemberPicker
        value={form.memberIds}
        error={errors.memberIds}
        firstRef={refs.memberIds}
        onToggle={(id) => setForm((f) => ({ ...f, memberIds: toggleMember(f.memberIds, id) }))}
      />
      <div className="grid gap-5 md:grid-cols-2">
        <FormField label="Name" error={errors.name} hint={`${form.name.length}/${MAX_NAME} characters`}>
          <Input
            ref={refs.name}
            value={form.name}
            maxLength={MAX_NAME}
            placeholder="e.g. My money and career council"
            onChange={(e) => setForm((f) => ({ ...f, name: e.target.value }))}
          />
        </FormField>
        <FormField label="Chair" error={errors.chairId} hint="The chair writes the final synthesis.">
          <NativeSelect
            ref={refs.chairId}
            value={chair}
            disabled={picked.length === 0}
            onChange={(e) => setForm((f) => ({ ...f, chairId: e.target.value }))}
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
      <FormField
        label="Purpose (optional)"
        error={errors.purpose}
        hint={`What kind of questions is it for? ${form.purpose.length}/${MAX_PURPOSE} characters`}
      >
        <Textarea
          ref={refs.purpose}
          value={form.purpose}
          maxLength={MAX_PURPOSE}
          rows={3}
          onChange={(e) => setForm((f) => ({ ...f, purpose: e.target.value }))}
        />
      </FormField>
      {formError && (
        <Alert variant="destructive">
          <AlertDescription>{formError}</AlertDescription>
        </Alert>
      )}
      <div>
        <Button type="submit" disabled={busy}>
          {busy && <Loader2Icon className="animate-spin" aria-hidden="true" />}
          {create.isPending ? "Assembling…" : openConversation.isPending ? "Opening…" : "Assemble and ask"}
        </Button>
      </div>
    </form>
  );
}
