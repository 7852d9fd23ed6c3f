/** Where to go after signing in: only a path of this site (never another origin, never the auth pages). */
export function safeReturnTo(value: string | null): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/mentors";
  if (value.startsWith("/sign-in") || value.startsWith("/sign-up")) return "/mentors";
  return value;
}
