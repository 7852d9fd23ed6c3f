import { EyeIcon } from "lucide-react";
import { MentorActions, MentorDetails, MentorHeader, type Mentor } from "@/features/catalog";

/** My mentor page as mentees will see it with my edits, drawn by the catalog's own components. */
export function ProfilePreview({ mentor }: { mentor: Mentor }) {
  return (
    <section aria-labelledby="profile-preview-title" className="grid gap-4">
      <h2 id="profile-preview-title" className="flex items-center gap-2 text-sm font-medium text-muted-foreground">
        <EyeIcon className="size-4" aria-hidden="true" /> Preview: your page as mentees see it
      </h2>
      <div className="grid gap-8 rounded-xl border border-dashed p-4 sm:p-6" data-testid="profile-preview">
        <MentorHeader mentor={mentor} headingLevel={2} />
        <MentorDetails mentor={mentor} idPrefix="preview-" />
        <MentorActions mentor={mentor} mentorId={mentor.id} own />
      </div>
    </section>
  );
}
