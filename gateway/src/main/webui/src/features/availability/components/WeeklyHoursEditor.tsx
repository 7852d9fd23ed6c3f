import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { DAYS, type AvailabilityDraft, type Day, type FormErrors, type Range } from "../model/availabilityForm";
import { dayName } from "../model/labels";
import { RangesEditor } from "./RangesEditor";

/** The seven weekdays, each with its own ranges (several a day; none is a day off). */
export function WeeklyHoursEditor({
  weekly,
  errors,
  onChange,
}: {
  weekly: AvailabilityDraft["weekly"];
  errors: FormErrors;
  onChange: (day: Day, ranges: Range[]) => void;
}) {
  return (
    <Card>
      <CardHeader>
        <h2 id="weekly-title" className="text-lg leading-tight font-semibold">
          Weekly hours
        </h2>
        <CardDescription>When sessions can start each week, in your time zone. Add several ranges for a split day.</CardDescription>
      </CardHeader>
      <CardContent>
        <ul className="divide-y" aria-labelledby="weekly-title">
          {DAYS.map((day) => (
            <li key={day} className="grid gap-2 py-3 first:pt-0 last:pb-0 sm:grid-cols-[8rem_1fr] sm:items-start">
              <h3 className="pt-1.5 text-sm font-medium">{dayName(day)}</h3>
              <RangesEditor
                label={dayName(day)}
                field={`weekly.${day}`}
                ranges={weekly[day]}
                errors={errors}
                onChange={(ranges) => onChange(day, ranges)}
              />
            </li>
          ))}
        </ul>
      </CardContent>
    </Card>
  );
}
