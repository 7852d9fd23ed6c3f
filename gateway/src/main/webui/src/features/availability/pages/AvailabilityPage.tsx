import * as React from "react";
import { AlertCircleIcon, SaveIcon, Undo2Icon } from "lucide-react";
import { ErrorState } from "@/components/ErrorState";
import { PageHeader } from "@/components/PageHeader";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { ApiError, describeError } from "@/lib/api/problem";
import { hasRole, useAuth } from "@/lib/auth/AuthProvider";
import { cn } from "@/lib/utils";
import type { AvailabilityView } from "../api/availability";
import { MentorsOnly } from "../components/MentorsOnly";
import { OverridesEditor } from "../components/OverridesEditor";
import { PreviewPanel } from "../components/PreviewPanel";
import { RulesEditor } from "../components/RulesEditor";
import { WeeklyHoursEditor } from "../components/WeeklyHoursEditor";
import { useAcuityConnection } from "../hooks/useAcuityConnection";
import { useAvailability, usePreview, useSaveAvailability } from "../hooks/useAvailability";
import {
  type AvailabilityDraft,
  type FormErrors,
  fromView,
  mapServerErrors,
  sameDraft,
  toBody,
  validateDraft,
} from "../model/availabilityForm";
import { todayIn } from "../model/window";

/** `/mentor/availability`: a mentor's weekly hours, date overrides and booking rules, with a live preview. */
export default function AvailabilityPage() {
  const auth = useAuth();
  if (!hasRole(auth, "mentor")) return <MentorsOnly title="Availability" />;
  return <AvailabilityScreen />;
}

function AvailabilityScreen() {
  const saved = useAvailability();
  if (saved.isPending) {
    return (
      <>
        <PageHeader title="Availability" />
        <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]" role="status" aria-busy="true" aria-label="Loading your availability">
          <Skeleton className="h-96 w-full" />
          <Skeleton className="h-96 w-full" />
        </div>
      </>
    );
  }
  if (saved.isError) {
    if (saved.error instanceof ApiError && saved.error.status === 403) return <MentorsOnly title="Availability" />;
    return (
      <>
        <PageHeader title="Availability" />
        <ErrorState error={saved.error} onRetry={() => void saved.refetch()} />
      </>
    );
  }
  return <AvailabilityEditor saved={saved.data} />;
}

function AvailabilityEditor({ saved }: { saved: AvailabilityView }) {
  const baseline = React.useMemo(() => fromView(saved), [saved]);
  const [draft, setDraft] = React.useState<AvailabilityDraft>(baseline);
  const [saveErrors, setSaveErrors] = React.useState<FormErrors>({});
  const [formError, setFormError] = React.useState<{ title: string; detail: string; list?: string[] } | null>(null);
  const formRef = React.useRef<HTMLFormElement>(null);
  const save = useSaveAvailability();
  const acuity = useAcuityConnection();

  const local = React.useMemo(() => validateDraft(draft), [draft]);
  const valid = Object.keys(local).length === 0;
  const body = React.useMemo(() => (valid ? toBody(draft) : null), [draft, valid]);
  const preview = usePreview(body);
  // the preview is checked by the same rules as saving: its field errors go to the same inputs
  const previewErrors =
    preview.error instanceof ApiError && preview.error.status === 400 ? mapServerErrors(preview.error.problem.errors).byField : {};
  const errors: FormErrors = { ...previewErrors, ...saveErrors, ...local };
  const dirty = !sameDraft(draft, baseline);

  const change = (next: (d: AvailabilityDraft) => AvailabilityDraft) => {
    setDraft(next);
    setSaveErrors({});
    setFormError(null);
  };
  const focusFirstError = () =>
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus());

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!valid) return focusFirstError();
    save.mutate(toBody(draft), {
      onSuccess: (view) => setDraft(fromView(view)),
      onError: (error) => {
        if (error instanceof ApiError && error.status === 400) {
          const mapped = mapServerErrors(error.problem.errors);
          setSaveErrors(mapped.byField);
          if (mapped.form.length > 0 || Object.keys(mapped.byField).length === 0) {
            setFormError({ title: "Please check your availability", detail: error.problem.detail ?? "", list: mapped.form });
          }
          focusFirstError();
        } else {
          setFormError(describeError(error));
        }
      },
    });
  };

  return (
    <>
      <PageHeader
        title="Availability"
        description="When mentees can book you. Changes show in the preview at once and reach mentees when you save."
      />
      {acuity.data?.scheduledByAcuity && (
        <Alert className="mb-6">
          <AlertCircleIcon aria-hidden="true" />
          <AlertTitle>Scheduled by Acuity</AlertTitle>
          <AlertDescription>
            Your calendar {acuity.data.calendarId} in Acuity decides your free times; the hours below apply only if an admin disconnects it.
          </AlertDescription>
        </Alert>
      )}
      <form ref={formRef} onSubmit={submit} noValidate aria-label="Availability" className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start">
        <div className="grid min-w-0 gap-6">
          {formError && (
            <Alert variant="destructive" tabIndex={-1}>
              <AlertCircleIcon aria-hidden="true" />
              <AlertTitle>{formError.title}</AlertTitle>
              <AlertDescription>
                {formError.detail && <p>{formError.detail}</p>}
                {formError.list && formError.list.length > 0 && (
                  <ul className="list-disc pl-4">
                    {formError.list.map((message) => (
                      <li key={message}>{message}</li>
                    ))}
                  </ul>
                )}
              </AlertDescription>
            </Alert>
          )}
          <WeeklyHoursEditor
            weekly={draft.weekly}
            errors={errors}
            onChange={(day, ranges) => change((d) => ({ ...d, weekly: { ...d.weekly, [day]: ranges } }))}
          />
          <OverridesEditor
            overrides={draft.overrides}
            errors={errors}
            firstDate={todayIn(draft.timeZone)}
            onChange={(overrides) => change((d) => ({ ...d, overrides }))}
          />
          <RulesEditor
            timeZone={draft.timeZone}
            rules={draft.rules}
            errors={errors}
            onZoneChange={(timeZone) => change((d) => ({ ...d, timeZone }))}
            onChange={(rules) => change((d) => ({ ...d, rules }))}
          />
          {/* in view while there is something to save (above the phone's tab bar) */}
          <div
            className={cn(
              "z-10 flex items-center gap-2 rounded-xl border bg-background/95 p-2 pl-3 shadow-sm backdrop-blur sm:gap-3 sm:p-3",
              (dirty || !saved.configured) && "sticky bottom-[calc(4.5rem+env(safe-area-inset-bottom))] md:bottom-4",
            )}
          >
            <p className="mr-auto min-w-0 text-sm text-muted-foreground" role="status">
              {save.isPending ? "Saving…" : dirty ? "Unsaved changes" : saved.configured ? "All changes saved" : "Not saved yet: mentees can't book you"}
            </p>
            <Button type="button" variant="ghost" size="sm" disabled={!dirty || save.isPending} onClick={() => change(() => baseline)}>
              <Undo2Icon aria-hidden="true" /> Discard
            </Button>
            <Button type="submit" size="sm" disabled={save.isPending || (!dirty && saved.configured)}>
              <SaveIcon aria-hidden="true" /> {save.isPending ? "Saving…" : "Save availability"}
            </Button>
          </div>
        </div>
        <aside aria-label="Preview of your free times" className="lg:sticky lg:top-20">
          <PreviewPanel
            data={preview.data}
            error={preview.error}
            pending={preview.isPending}
            updating={preview.isFetching || preview.settling}
            blocked={!valid}
            window={preview.window}
            onRetry={() => void preview.refetch()}
          />
        </aside>
      </form>
    </>
  );
}
