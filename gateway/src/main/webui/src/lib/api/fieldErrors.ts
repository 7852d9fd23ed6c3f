/**
 * Server field errors, put next to the form's fields. Bean Validation names fields in several ways depending on
 * where the constraint sits: `bio`, `apply.body.bio`, `expertise`, `expertise[2]`, `expertise.<list element>[2]`.
 * A name is read as the path of the first known field in it, plus the list index if there is one.
 */
export type ServerFieldError = { field?: string | null; message?: string | null };

export function parseFieldPath<F extends string>(path: string, fields: readonly F[]): { field: F; index?: number } | null {
  const segments = path
    .replace(/<[^>]*>/g, "")
    .split(".")
    .map((segment) => segment.trim())
    .filter(Boolean);
  for (const segment of segments) {
    const match = /^([A-Za-z_$][\w$]*)?(?:\[(\d+)\])?$/.exec(segment);
    const name = match?.[1];
    if (name && (fields as readonly string[]).includes(name)) {
      const index = firstIndex(segments.slice(segments.indexOf(segment)));
      return index === undefined ? { field: name as F } : { field: name as F, index };
    }
  }
  return null;
}

function firstIndex(segments: string[]): number | undefined {
  for (const segment of segments) {
    const match = /\[(\d+)\]/.exec(segment);
    if (match) return Number(match[1]);
  }
  return undefined;
}

/**
 * One message per form field (the first the server gave), with the offending list item named; messages for
 * fields the form does not have go under `form`.
 */
export function mapFieldErrors<F extends string>(
  errors: readonly ServerFieldError[] | null | undefined,
  fields: readonly F[],
  lists: Partial<Record<F, readonly string[]>> = {},
): { byField: Partial<Record<F, string>>; form: string[] } {
  const byField: Partial<Record<F, string>> = {};
  const form: string[] = [];
  for (const error of errors ?? []) {
    const target = error.field ? parseFieldPath(error.field, fields) : null;
    const wholeList = target !== null && target.index === undefined && target.field in lists;
    const message = friendlyMessage(error.message ?? "is not valid", wholeList ? "items" : "characters");
    if (!target) {
      form.push(error.field ? `${humanize(error.field)} ${message}` : capitalize(message));
      continue;
    }
    if (byField[target.field]) continue;
    const item = target.index === undefined ? undefined : lists[target.field]?.[target.index];
    byField[target.field] =
      target.index === undefined ? capitalize(message) : `“${item ?? `Item ${target.index + 1}`}” ${message}`;
  }
  return { byField, form };
}

/** Bean Validation's wording, made readable: `size must be between 10 and 160` → `must be 10 to 160 characters`. */
export function friendlyMessage(message: string, unit: "characters" | "items" = "characters"): string {
  const size = /^size must be between (\d+) and (\d+)$/.exec(message);
  if (size) {
    const [, min, max] = size;
    if (unit === "items") return `needs ${min} to ${max} entries`;
    return min === "0" ? `must be at most ${max} characters` : `must be ${min} to ${max} characters`;
  }
  if (/^must match ".*"$/.test(message)) return "is not in the expected format";
  if (message === "must not be null") return "is required";
  if (message === "must not be blank") return "must not be empty";
  return message;
}

/** `apply.body.displayName` → "Display name". */
function humanize(path: string): string {
  const last = path.replace(/<[^>]*>|\[\d+\]/g, "").split(".").filter(Boolean).pop() ?? path;
  return capitalize(last.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase());
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
