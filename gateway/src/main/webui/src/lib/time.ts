/** The browser's IANA time zone (the default for a person who has not chosen one). */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  } catch {
    return "UTC";
  }
}

/** Every IANA zone this browser knows, for pickers. */
export function allTimeZones(): string[] {
  const withIntl = Intl as typeof Intl & { supportedValuesOf?: (key: string) => string[] };
  try {
    const zones = withIntl.supportedValuesOf?.("timeZone");
    if (zones && zones.length > 0) return zones.includes("UTC") ? zones : ["UTC", ...zones];
  } catch {
    // older browsers
  }
  return ["UTC", browserTimeZone()];
}

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** "Tue 3 Mar, 14:30" in `zone`. */
export function formatDateTime(iso: string, zone?: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: zone,
  }).format(new Date(iso));
}

export function formatTime(iso: string, zone?: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", timeZone: zone }).format(new Date(iso));
}

/** "Tuesday 3 March" for an ISO date (2026-03-03), as a calendar date (no zone shift). */
export function formatDay(isoDate: string, locale?: string): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  return new Intl.DateTimeFormat(locale, { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" }).format(
    new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1)),
  );
}

/** A short relative time: "just now", "5 min ago", "yesterday", or a date. */
export function formatRelative(iso: string, now = Date.now(), locale?: string): string {
  const then = new Date(iso).getTime();
  const seconds = Math.round((now - then) / 1000);
  if (seconds < 45) return "just now";
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  if (seconds < 3600) return rtf.format(-Math.round(seconds / 60), "minute");
  if (seconds < 86_400) return rtf.format(-Math.round(seconds / 3600), "hour");
  if (seconds < 7 * 86_400) return rtf.format(-Math.round(seconds / 86_400), "day");
  return new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric" }).format(new Date(iso));
}

/** A zone's name with its current offset, e.g. "Europe/Lisbon (GMT+1)". */
export function zoneLabel(zone: string, at: Date = new Date(), locale?: string): string {
  try {
    const part = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: "shortOffset" })
      .formatToParts(at)
      .find((p) => p.type === "timeZoneName");
    return part ? `${zone.replace(/_/g, " ")} (${part.value})` : zone;
  } catch {
    return zone;
  }
}
