import * as React from "react";
import { AlertCircleIcon, SendIcon } from "lucide-react";
import { FormField } from "@/components/FormField";
import { TimeZoneSelect } from "@/components/TimeZoneSelect";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { ApiError, describeError } from "@/lib/api/problem";
import { useApplyToMentor } from "../hooks/useMentoring";
import {
  APPLICATION_FIELDS,
  type ApplicationDraft,
  type ApplicationField,
  CURRENCIES,
  LIMITS,
  SESSION_LENGTHS,
  mergeList,
  toApplyBody,
  toLanguageCode,
  validateApplication,
} from "../model/applicationForm";
import { mapFieldErrors } from "@/lib/api/fieldErrors";
import { languageName } from "@/lib/languages";
import { TagInput } from "./TagInput";

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

/** The application to become a human mentor, checked here first and then by the server. */
export function ApplicationForm({ defaultTimeZone, onSent }: { defaultTimeZone: string; onSent?: () => void }) {
  const apply = useApplyToMentor();
  const [draft, setDraft] = React.useState<ApplicationDraft>(() => ({
    headline: "",
    bio: "",
    expertise: [],
    languages: ["en"],
    timeZone: defaultTimeZone,
    sessionMinutes: 45,
    price: "",
    currency: "EUR",
  }));
  const [errors, setErrors] = React.useState<Errors>({});
  const [formError, setFormError] = React.useState<{ title: string; detail: string; list?: string[] } | null>(null);
  const formRef = React.useRef<HTMLFormElement>(null);
  const alertRef = React.useRef<HTMLDivElement>(null);
  // a refusal of the whole form is announced and brought into view (the button that caused it is far below)
  React.useEffect(() => {
    if (formError) alertRef.current?.focus();
  }, [formError]);
  const focusFirstError = () =>
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus());

  const set = <K extends keyof ApplicationDraft>(key: K, value: ApplicationDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    const field: ApplicationField = key === "price" ? "priceCents" : key;
    if (errors[field]) setErrors(({ [field]: _, ...rest }) => rest);
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const found = validateApplication(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) return focusFirstError();
    const body = toApplyBody(draft);
    apply.mutate(body, {
      onSuccess: () => onSent?.(),
      onError: (error) => {
        if (error instanceof ApiError && error.status === 400 && error.problem.errors?.length) {
          const mapped = mapFieldErrors(error.problem.errors, APPLICATION_FIELDS, {
            expertise: body.expertise,
            languages: body.languages,
          });
          setErrors(mapped.byField);
          if (mapped.form.length > 0) setFormError({ title: "Please check your application", detail: "", list: mapped.form });
          focusFirstError();
        } else if (error instanceof ApiError && error.status === 409) {
          setFormError({ title: "You already have an application", detail: error.problem.detail ?? "It is waiting for a decision." });
        } else {
          setFormError(describeError(error));
        }
      },
    });
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="grid gap-5" aria-label="Mentor application">
      {formError && (
        <Alert variant="destructive" ref={alertRef} tabIndex={-1}>
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
      <FormField
        label="Headline"
        error={errors.headline}
        hint={`${draft.headline.trim().length}/${LIMITS.headline.max} · one line on what you help with, at least ${LIMITS.headline.min} characters`}
      >
        <Input
          value={draft.headline}
          maxLength={LIMITS.headline.max}
          onChange={(e) => set("headline", e.target.value)}
          placeholder="Engineering manager helping developers grow into lead roles"
        />
      </FormField>
      <FormField
        label="About you"
        error={errors.bio}
        hint={`${draft.bio.trim().length}/${LIMITS.bio.max} · your experience and how you mentor, at least ${LIMITS.bio.min} characters`}
      >
        <Textarea value={draft.bio} maxLength={LIMITS.bio.max} rows={6} onChange={(e) => set("bio", e.target.value)} className="min-h-32" />
      </FormField>
      <FormField
        label="Expertise"
        error={errors.expertise}
        hint={`Press Enter or type a comma after each field · up to ${LIMITS.expertise.max}, each up to ${LIMITS.expertise.itemMax} characters`}
      >
        <TagInput values={draft.expertise} onChange={(v) => set("expertise", v)} accept={acceptExpertise} placeholder="e.g. promotion, interviewing, leadership" />
      </FormField>
      <FormField label="Languages you mentor in" error={errors.languages} hint="Codes such as en or pt, or names such as Spanish">
        <TagInput
          values={draft.languages}
          onChange={(v) => set("languages", v)}
          accept={acceptLanguages}
          display={languageName}
          placeholder="e.g. en, pt"
          onRejected={(rejected) =>
            setErrors((e) => ({ ...e, languages: `“${rejected.join(", ")}” is not a language we know: use a code such as en or pt.` }))
          }
        />
      </FormField>
      <div className="grid gap-5 sm:grid-cols-2 sm:items-start">
        <FormField label="Time zone" error={errors.timeZone} hint="Your availability is set in this zone">
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
        <FormField label="Price per session (optional)" error={errors.priceCents} hint="Leave empty to mentor for free">
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
      <div>
        <Button type="submit" size="lg" disabled={apply.isPending}>
          <SendIcon aria-hidden="true" /> {apply.isPending ? "Sending…" : "Send application"}
        </Button>
      </div>
    </form>
  );
}
