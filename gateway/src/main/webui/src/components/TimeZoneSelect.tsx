import * as React from "react";
import { NativeSelect } from "@/components/ui/select";
import { allTimeZones, zoneLabel } from "@/lib/time";

/** Every IANA zone, labelled with its current offset; the current value is kept even if the browser lacks it. */
export function TimeZoneSelect(props: Omit<React.ComponentProps<"select">, "children">) {
  const zones = React.useMemo(() => {
    const list = allTimeZones();
    const value = typeof props.value === "string" ? props.value : undefined;
    return value && !list.includes(value) ? [value, ...list] : list;
  }, [props.value]);
  const labels = React.useMemo(() => {
    const now = new Date();
    return new Map(zones.map((zone) => [zone, zoneLabel(zone, now)]));
  }, [zones]);
  return (
    <NativeSelect {...props}>
      {zones.map((zone) => (
        <option key={zone} value={zone}>
          {labels.get(zone)}
        </option>
      ))}
    </NativeSelect>
  );
}
