import * as React from "react";
import { AlertCircleIcon, Loader2Icon, SaveIcon } from "lucide-react";
import { FormField } from "@/components/FormField";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { mergeList, TagInput, toLanguageCode } from "@/features/profile";
import { mapFieldErrors } from "@/lib/api/fieldErrors";
import { ApiError, describeError } from "@/lib/api/problem";
import { languageName } from "@/lib/languages";
import { useSavePersona } from "../hooks/usePersonas";
import {
  isDirty,
  PERSONA_FIELDS,
  PERSONA_LIMITS as L,
  personaIdFor,
  toPersonaBody,
  validatePersona,
  type PersonaDraft,
  type PersonaErrors,
} from "../model/personaForm";

const acceptExpertise = (existing: string[], typed: string[]) => ({
  values: mergeList(existing, typed.map((t) => t.toLowerCase())),
  rejected: [],
});

const acceptLanguages = (existing: string[], typed: string[]) => {
  const rejected: string[] = [];
  const codes: string[] = [];
  for (const text of typed.map((t) => t.trim()).filter(Boolean)) {
    const code = toLanguageCode(text);
    if (code) codes.push(code);
    else rejected.push(text);
  }
  return { values: mergeList(existing, codes), rejected };
};

/**
 * A persona's profile and instructions: what people see in the directory (name, headline, about, expertise,
 * languages) and what only the engine reads (voice, system prompt). Checked here first, then by the server.
 */
export function PersonaForm({
  saved,
  creating,
  onSaved,
}: {
  saved: PersonaDraft;
  creating: boolean;
  onSaved: (id: string) => void;
}) {
  const save = useSavePersona();
  const [draft, setDraft] = React.useState(saved);
  const [idEdited, setIdEdited] = React.useState(false);
  const [errors, setErrors] = React.useState<PersonaErrors>({});
  const [formError, setFormError] = React.useState<{ title: string; detail: string } | null>(null);
  const formRef = React.useRef<HTMLFormElement>(null);
  // the saved persona changed under the form (saved here, or reloaded): start again from it
  React.useEffect(() => setDraft(saved), [saved]);
  const dirty = creating || isDirty(draft, saved);

  const set = <K extends keyof PersonaDraft>(key: K, value: PersonaDraft[K]) => {
    setDraft((d) => {
      const next = { ...d, [key]: value };
      // a new persona's id follows its name until the admin writes one
      if (key === "displayName" && creating && !idEdited) next.id = personaIdFor(String(value));
      return next;
    });
    if (errors[key]) setErrors(({ [key]: _, ...rest }) => rest);
  };
  const focusFirstError = () =>
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus());

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const found = validatePersona(draft, creating);
    setErrors(found);
    if (Object.keys(found).length > 0) return focusFirstError();
    const body = toPersonaBody(draft);
    save.mutate(
      { id: draft.id, body },
      {
        onSuccess: () => onSaved(draft.id),
        onError: (error) => {
          if (error instanceof ApiError && error.status === 400 && error.problem.errors?.length) {
            const mapped = mapFieldErrors(error.problem.errors, PERSONA_FIELDS, { expertise: body.expertise, languages: body.languages });
            setErrors(mapped.byField);
            if (mapped.form.length > 0) setFormError({ title: "Please check the persona", detail: mapped.form.join(" ") });
            focusFirstError();
          } else if (error instanceof ApiError && error.status === 409) {
            setErrors({ id: error.problem.detail ?? "This id belongs to a human mentor." });
            focusFirstError();
          } else {
            setFormError(describeError(error));
          }
        },
      },
    );
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="grid gap-5" aria-label="Persona profile">
      {formError && (
        <Alert variant="destructive">
          <AlertCircleIcon aria-hidden="true" />
          <AlertTitle>{formError.title}</AlertTitle>
          <AlertDescription>{formError.detail}</AlertDescription>
        </Alert>
      )}
      <div className="grid gap-5 sm:grid-cols-2 sm:items-start">
        <FormField label="Name" error={errors.displayName} hint="As people see it, e.g. “Nadia — Negotiation Coach”">
          <Input value={draft.displayName} maxLength={L.displayName.max} onChange={(e) => set("displayName", e.target.value)} />
        </FormField>
        {creating ? (
          <FormField label="Id" error={errors.id} hint="In the persona's address; cannot change later">
            <Input
              value={draft.id}
              spellCheck={false}
              autoCapitalize="off"
              onChange={(e) => {
                setIdEdited(true);
                set("id", e.target.value.toLowerCase());
              }}
              placeholder="ai-negotiation"
              className="font-mono"
            />
          </FormField>
        ) : (
          <div className="grid gap-1.5">
            <span className="text-sm font-medium">Id</span>
            <code className="flex h-9 items-center rounded-md border bg-muted px-3 text-sm">{draft.id}</code>
          </div>
        )}
      </div>
      <FormField label="Headline" error={errors.headline} hint={`${draft.headline.trim().length}/${L.headline.max} · one line on who it helps`}>
        <Input value={draft.headline} maxLength={L.headline.max} onChange={(e) => set("headline", e.target.value)} />
      </FormField>
      <FormField label="About" error={errors.bio} hint={`${draft.bio.trim().length}/${L.bio.max} · shown on the mentor's page, at least ${L.bio.min} characters`}>
        <Textarea value={draft.bio} maxLength={L.bio.max} rows={4} onChange={(e) => set("bio", e.target.value)} />
      </FormField>
      <div className="grid gap-5 sm:grid-cols-2 sm:items-start">
        <FormField label="Expertise" error={errors.expertise} hint={`Enter or comma after each · up to ${L.expertise.max}`}>
          <TagInput values={draft.expertise} onChange={(v) => set("expertise", v)} accept={acceptExpertise} placeholder="e.g. negotiation, salary" />
        </FormField>
        <FormField label="Languages" error={errors.languages} hint="Codes such as en, or names such as Spanish">
          <TagInput
            values={draft.languages}
            onChange={(v) => set("languages", v)}
            accept={acceptLanguages}
            display={languageName}
            placeholder="e.g. en"
            onRejected={(rejected) => setErrors((e) => ({ ...e, languages: `“${rejected.join(", ")}” is not a language we know.` }))}
          />
        </FormField>
      </div>
      <FormField label="Voice" error={errors.voice} hint={`${draft.voice.trim().length}/${L.voice.max} · how it speaks; people see this too`}>
        <Textarea value={draft.voice} maxLength={L.voice.max} rows={2} onChange={(e) => set("voice", e.target.value)} />
      </FormField>
      <FormField
        label="System prompt"
        error={errors.systemPrompt}
        hint={`${draft.systemPrompt.trim().length}/${L.systemPrompt.max} · the instructions a language model follows; never shown to people`}
      >
        <Textarea
          value={draft.systemPrompt}
          maxLength={L.systemPrompt.max}
          rows={6}
          className="font-mono text-xs leading-relaxed md:text-xs"
          onChange={(e) => set("systemPrompt", e.target.value)}
        />
      </FormField>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={save.isPending || !dirty}>
          {save.isPending ? <Loader2Icon className="animate-spin" aria-hidden="true" /> : <SaveIcon aria-hidden="true" />}
          {creating ? "Create persona" : save.isPending ? "Saving…" : "Save changes"}
        </Button>
        {!creating && !dirty && <span className="text-sm text-muted-foreground">All changes saved</span>}
      </div>
    </form>
  );
}
