import * as React from "react";
import { AlertCircleIcon, SaveIcon, Undo2Icon } from "lucide-react";
import { FormField } from "@/components/FormField";
import { TimeZoneSelect } from "@/components/TimeZoneSelect";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { ApiError, describeError } from "@/lib/api/problem";
import { mapFieldErrors } from "@/lib/api/fieldErrors";
import { languageName } from "@/lib/languages";
import {
  APPLICATION_FIELDS,
  type ApplicationDraft,
  type ApplicationField,
  CURRENCIES,
  PROFILE_LIMITS as LIMITS,
  SESSION_LENGTHS,
  TagInput,
  mergeList,
  toLanguageCode,
  validateApplication,
} from "@/features/profile";
import { toProfileUpdate } from "../model/profileForm";

type Errors = Partial<Record<ApplicationField, string>>;

const acceptExpertise = (existing: string[], typed: string[]) => ({ values: mergeList(existing, typed), rejected: [] });
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

/** My public profile as a form: checked here with the server's limits, then by the server (errors at their fields). */
export function ProfileForm({
  draft,
  dirty,
  saving,
  onChange,
  onDiscard,
  onSave,
}: {
  draft: ApplicationDraft;
  dirty: boolean;
  saving: boolean;
  onChange: (draft: ApplicationDraft) => void;
  onDiscard: () => void;
  onSave: (body: ReturnType<typeof toProfileUpdate>, handlers: { onError: (error: unknown) => void }) => void;
}) {
  const [errors, setErrors] = React.useState<Errors>({});
  const [formError, setFormError] = React.useState<{ title: string; detail: string; list?: string[] } | null>(null);
  const formRef = React.useRef<HTMLFormElement>(null);
  const focusFirstError = () =>
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus());

  const set = <K extends keyof ApplicationDraft>(key: K, value: ApplicationDraft[K]) => {
    onChange({ ...draft, [key]: value });
    const field: ApplicationField = key === "price" ? "priceCents" : key;
    if (errors[field]) setErrors(({ [field]: _, ...rest }) => rest);
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const found = validateApplication(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) return focusFirstError();
    const body = toProfileUpdate(draft);
    onSave(body, {
      onError: (error) => {
        if (error instanceof ApiError && error.status === 400 && error.problem.errors?.length) {
          const mapped = mapFieldErrors(error.problem.errors, APPLICATION_FIELDS, { expertise: body.expertise, languages: body.languages });
          setErrors(mapped.byField);
          if (mapped.form.length > 0) setFormError({ title: "Please check your profile", detail: "", list: mapped.form });
          focusFirstError();
        } else {
          setFormError(describeError(error));
        }
      },
    });
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="grid gap-5" aria-label="Mentor profile">
      {formError && (
        <Alert variant="destructive" tabIndex={-1}>
          <AlertCircleIcon aria-hidden="true" />
          <AlertTitle>{formError.title}</AlertTitle>
          <AlertDescription>
            {formError.detail && <p>{formError.detail}</p>}
            {formError.list && (
              <ul className="list-disc pl-4">
                {formError.list.map((message) => (
                  <li key={message}>{message}</li>
                ))}
              </ul>
            )}
          </AlertDescription>
        </Alert>
      )}
      <FormField label="Headline" error={errors.headline} hint={`${draft.headline.trim().length}/${LIMITS.headline.max} · one line on what you help with`}>
        <Input value={draft.headline} maxLength={LIMITS.headline.max} onChange={(e) => set("headline", e.target.value)} />
      </FormField>
      <FormField
        label="About you"
        error={errors.bio}
        hint={`${draft.bio.trim().length}/${LIMITS.bio.max} · line breaks, lists (- item) and *emphasis* show on your page`}
      >
        <Textarea value={draft.bio} maxLength={LIMITS.bio.max} rows={8} onChange={(e) => set("bio", e.target.value)} className="min-h-40" />
      </FormField>
      <FormField label="Expertise" error={errors.expertise} hint={`Press Enter or type a comma after each field · up to ${LIMITS.expertise.max}`}>
        <TagInput values={draft.expertise} onChange={(v) => set("expertise", v)} accept={acceptExpertise} placeholder="e.g. leadership" />
      </FormField>
      <FormField label="Languages you mentor in" error={errors.languages} hint="Codes such as en or pt, or names such as Spanish">
        <TagInput
          values={draft.languages}
          onChange={(v) => set("languages", v)}
          accept={acceptLanguages}
          display={languageName}
          placeholder="e.g. en, pt"
          onRejected={(rejected) => setErrors((e) => ({ ...e, languages: `“${rejected.join(", ")}” is not a language we know: use a code such as en or pt.` }))}
        />
      </FormField>
      <div className="grid gap-5 sm:grid-cols-2 sm:items-start">
        <FormField label="Time zone" error={errors.timeZone} hint="Shown on your page">
          <TimeZoneSelect value={draft.timeZone} onChange={(e) => set("timeZone", e.target.value)} />
        </FormField>
        <FormField label="Session length" error={errors.sessionMinutes}>
          <NativeSelect value={String(draft.sessionMinutes)} onChange={(e) => set("sessionMinutes", Number(e.target.value))}>
            {SESSION_LENGTHS.map((minutes) => (
              <option key={minutes} value={minutes}>
                {minutes} minutes
              </option>
            ))}
          </NativeSelect>
        </FormField>
      </div>
      <div className="grid gap-5 sm:grid-cols-2 sm:items-start">
        <FormField label="Price per session" error={errors.priceCents} hint="Leave empty to keep the current price">
          <Input inputMode="decimal" value={draft.price} onChange={(e) => set("price", e.target.value)} placeholder="e.g. 50" autoComplete="off" />
        </FormField>
        <FormField label="Currency" error={errors.currency}>
          <NativeSelect value={draft.currency} onChange={(e) => set("currency", e.target.value)}>
            {CURRENCIES.map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </NativeSelect>
        </FormField>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={saving || !dirty}>
          <SaveIcon aria-hidden="true" /> {saving ? "Saving…" : "Save profile"}
        </Button>
        <Button type="button" variant="ghost" disabled={saving || !dirty} onClick={onDiscard}>
          <Undo2Icon aria-hidden="true" /> Discard
        </Button>
        <p className="text-sm text-muted-foreground" role="status">
          {dirty ? "Unsaved changes" : "All changes saved"}
        </p>
      </div>
    </form>
  );
}
