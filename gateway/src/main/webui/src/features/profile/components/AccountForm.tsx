import * as React from "react";
import { toast } from "sonner";
import { LockIcon, SaveIcon } from "lucide-react";
import { FormField } from "@/components/FormField";
import { TimeZoneSelect } from "@/components/TimeZoneSelect";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { ApiError, describeError } from "@/lib/api/problem";
import { browserTimeZone } from "@/lib/time";
import type { Me, ProfilePatch } from "../api/me";
import { useUpdateMe } from "../hooks/useUpdateMe";
import { mapFieldErrors } from "@/lib/api/fieldErrors";

const FIELDS = ["displayName", "timeZone"] as const;
type Field = (typeof FIELDS)[number];
const MAX_NAME = 100;

const ROLE_LABELS: Record<string, string> = { mentee: "Mentee", mentor: "Mentor", admin: "Admin" };

/** My name and time zone (editable), my email and roles (shown). */
export function AccountForm({ me }: { me: Me }) {
  const update = useUpdateMe();
  const [name, setName] = React.useState(me.displayName ?? "");
  const [timeZone, setTimeZone] = React.useState(me.timeZone || browserTimeZone());
  const [errors, setErrors] = React.useState<Partial<Record<Field, string>>>({});
  const deviceZone = browserTimeZone();

  const patch: ProfilePatch = {
    ...(name.trim() !== (me.displayName ?? "") && { displayName: name.trim() }),
    ...(timeZone !== me.timeZone && { timeZone }),
  };
  const dirty = Object.keys(patch).length > 0;

  const save = (event: React.FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setErrors({ displayName: "Your name can't be empty." });
    setErrors({});
    update.mutate(patch, {
      onSuccess: (saved) => setName(saved.displayName ?? ""),
      onError: (error) => {
        const mapped = error instanceof ApiError ? mapFieldErrors(error.problem.errors, FIELDS) : null;
        if (mapped && Object.keys(mapped.byField).length > 0) setErrors(mapped.byField);
        else toast.error(describeError(error).detail);
      },
    });
  };

  return (
    <form onSubmit={save} noValidate className="grid gap-5" aria-label="Account">
      <FormField label="Name" error={errors.displayName} hint="Shown to mentors and in conversations">
        <Input value={name} maxLength={MAX_NAME} autoComplete="name" onChange={(e) => setName(e.target.value)} />
      </FormField>
      <FormField
        label={
          <>
            Email <LockIcon className="size-3.5 text-muted-foreground" aria-hidden="true" />
          </>
        }
        hint="Your sign-in email can't be changed here"
      >
        <Input value={me.email ?? ""} readOnly className="bg-muted/50 text-muted-foreground" />
      </FormField>
      <FormField
        label="Time zone"
        error={errors.timeZone}
        hint={
          timeZone !== deviceZone ? (
            <>
              Times across Mentra are shown in this zone.{" "}
              <button type="button" className="font-medium text-primary underline-offset-4 hover:underline" onClick={() => setTimeZone(deviceZone)}>
                Use this device's zone ({deviceZone.replace(/_/g, " ")})
              </button>
            </>
          ) : (
            "Times across Mentra are shown in this zone."
          )
        }
      >
        <TimeZoneSelect value={timeZone} onChange={(e) => setTimeZone(e.target.value)} />
      </FormField>
      <div className="grid gap-1.5">
        <span className="text-sm font-medium" id="roles-label">
          Roles
        </span>
        <ul className="flex flex-wrap gap-1.5" aria-labelledby="roles-label">
          {(me.roles ?? []).map((role) => (
            <li key={role}>
              <Badge variant={role === "mentor" ? "default" : "secondary"}>{ROLE_LABELS[role] ?? role}</Badge>
            </li>
          ))}
        </ul>
      </div>
      <div>
        <Button type="submit" disabled={!dirty || update.isPending}>
          <SaveIcon aria-hidden="true" /> {update.isPending ? "Saving…" : "Save changes"}
        </Button>
      </div>
    </form>
  );
}
