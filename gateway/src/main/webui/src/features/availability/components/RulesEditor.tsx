import { FormField } from "@/components/FormField";
import { TimeZoneSelect } from "@/components/TimeZoneSelect";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { LIMITS, ruleField, type FormErrors, type Rules } from "../model/availabilityForm";

type NumberRule = { key: keyof Rules; label: string; hint: string; min: number; max: number; step?: number };

const RULES: NumberRule[] = [
  { key: "sessionMinutes", label: "Session length (minutes)", hint: "How long each session lasts", ...LIMITS.sessionMinutes },
  { key: "slotStepMinutes", label: "Start times every (minutes)", hint: "30: sessions may start at 09:00, 09:30…", ...LIMITS.slotStepMinutes },
  { key: "bufferBeforeMinutes", label: "Buffer before (minutes)", hint: "Free time you keep before each session", ...LIMITS.bufferMinutes },
  { key: "bufferAfterMinutes", label: "Buffer after (minutes)", hint: "Free time you keep after each session", ...LIMITS.bufferMinutes },
  { key: "minimumNoticeHours", label: "Minimum notice (hours)", hint: "How long before its start a session can still be booked", ...LIMITS.minimumNoticeHours, step: 0.5 },
  { key: "horizonDays", label: "Booking horizon (days)", hint: "How far ahead mentees can book", ...LIMITS.horizonDays },
  { key: "maxPerDay", label: "Sessions per day at most", hint: "A day that has this many offers no more", ...LIMITS.maxPerDay },
];

/** The time zone the hours are in, and the terms sessions are booked on. */
export function RulesEditor({
  timeZone,
  rules,
  errors,
  onZoneChange,
  onChange,
}: {
  timeZone: string;
  rules: Rules;
  errors: FormErrors;
  onZoneChange: (zone: string) => void;
  onChange: (rules: Rules) => void;
}) {
  return (
    <Card>
      <CardHeader>
        <h2 className="text-lg leading-tight font-semibold">Time zone and booking rules</h2>
        <CardDescription>Your hours are read in this zone; mentees see them in theirs.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-5">
        <FormField label="Time zone" error={errors.timeZone} hint="Daylight-saving changes follow this zone: 09:00 stays 09:00 here">
          <TimeZoneSelect value={timeZone} onChange={(e) => onZoneChange(e.target.value)} />
        </FormField>
        <div className="grid gap-5 sm:grid-cols-2 sm:items-start">
          {RULES.map((rule) => {
            const value = rules[rule.key];
            return (
              <FormField key={rule.key} label={rule.label} hint={rule.hint} error={errors[ruleField(rule.key)]}>
                <Input
                  type="number"
                  inputMode="decimal"
                  min={rule.min}
                  max={rule.max}
                  step={rule.step ?? 1}
                  value={Number.isNaN(value) ? "" : value}
                  onChange={(e) => onChange({ ...rules, [rule.key]: e.target.value === "" ? Number.NaN : Number(e.target.value) })}
                />
              </FormField>
            );
          })}
        </div>
      </CardContent>
    </Card>
  );
}
