import { CalendarPlusIcon, Trash2Icon } from "lucide-react";
import { FormField } from "@/components/FormField";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { LIMITS, type FormErrors, type Override } from "../model/availabilityForm";
import { dateLabel } from "../model/labels";
import { RangesEditor } from "./RangesEditor";

/** Dates whose hours differ from their weekday's: closed all day, or other (extra) hours. */
export function OverridesEditor({
  overrides,
  errors,
  firstDate,
  onChange,
}: {
  overrides: readonly Override[];
  errors: FormErrors;
  /** Today in the mentor's zone: a new override starts there (past dates change nothing). */
  firstDate: string;
  onChange: (overrides: Override[]) => void;
}) {
  const set = (index: number, change: Partial<Override>) =>
    onChange(overrides.map((o, i) => (i === index ? { ...o, ...change } : o)));
  const add = () => {
    const taken = new Set(overrides.map((o) => o.date));
    let date = firstDate;
    for (let i = 0; taken.has(date) && i < 400; i++) date = nextDate(date);
    onChange([...overrides, { date, hours: [] }]);
  };
  return (
    <Card>
      <CardHeader>
        <h2 id="overrides-title" className="text-lg leading-tight font-semibold">
          Date overrides
        </h2>
        <CardDescription>Holidays and one-off changes: a date here replaces its weekday's hours.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {overrides.length === 0 && <p className="text-sm text-muted-foreground">No dates changed.</p>}
        {errors.overrides && <p className="text-sm text-destructive">{errors.overrides}</p>}
        <ul className="grid gap-4" aria-labelledby="overrides-title">
          {overrides.map((override, index) => {
            const label = dateLabel(override.date);
            const closed = override.hours.length === 0;
            return (
              <li key={index} className="grid gap-3 rounded-lg border p-3 sm:p-4">
                <div className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-start">
                  <FormField label="Date" error={errors[`overrides[${index}].date`]}>
                    <Input type="date" value={override.date} onChange={(e) => set(index, { date: e.target.value })} />
                  </FormField>
                  <FormField label="That day">
                    <NativeSelect
                      value={closed ? "closed" : "hours"}
                      onChange={(e) => set(index, { hours: e.target.value === "closed" ? [] : [{ start: "09:00", end: "12:00" }] })}
                    >
                      <option value="closed">Closed all day</option>
                      <option value="hours">Open these hours</option>
                    </NativeSelect>
                  </FormField>
                  <Button
                    type="button"
                    variant="ghost"
                    size="icon"
                    className="sm:mt-6"
                    aria-label={`Remove the override of ${label}`}
                    onClick={() => onChange(overrides.filter((_, i) => i !== index))}
                  >
                    <Trash2Icon aria-hidden="true" />
                  </Button>
                </div>
                {!closed && (
                  <RangesEditor
                    label={label}
                    field={`overrides[${index}].hours`}
                    ranges={override.hours}
                    errors={errors}
                    onChange={(hours) => set(index, { hours })}
                    emptyText="Closed all day"
                  />
                )}
                {closed && errors[`overrides[${index}].hours`] && (
                  <p className="text-sm text-destructive">{errors[`overrides[${index}].hours`]}</p>
                )}
              </li>
            );
          })}
        </ul>
        <div>
          <Button type="button" variant="outline" onClick={add} disabled={overrides.length >= LIMITS.overrides}>
            <CalendarPlusIcon aria-hidden="true" /> Add a date
          </Button>
        </div>
      </CardContent>
    </Card>
  );
}

function nextDate(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + 1)).toISOString().slice(0, 10);
}
