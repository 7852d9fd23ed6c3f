// The mentor's live inbox. Its page and the shell's alerts are loaded lazily by the app (see app/router.tsx and
// app/shell/AppShell.tsx); the model is what other code may reuse.
export { inboxEntries, totalUnread, titleWithUnread } from "./model/inbox";
export type { InboxEntry } from "./model/inbox";
