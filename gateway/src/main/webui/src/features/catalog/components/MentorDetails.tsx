import { RichText } from "@/components/RichText";
import { Badge } from "@/components/ui/badge";
import { languageName } from "@/lib/languages";
import type { Mentor } from "../api/mentors";
import { ExpertiseChips } from "./ExpertiseChips";

/** A mentor's about text, expertise and languages, as their page shows them (and a mentor's own preview). */
export function MentorDetails({ mentor, idPrefix = "" }: { mentor: Mentor; idPrefix?: string }) {
  const languages = mentor.languages ?? [];
  return (
    <>
      <section aria-labelledby={`${idPrefix}about-title`} className="space-y-3">
        <h2 id={`${idPrefix}about-title`} className="text-xl font-semibold">
          About
        </h2>
        {mentor.bio ? <RichText text={mentor.bio} className="text-pretty" /> : <p className="text-muted-foreground">No bio yet.</p>}
      </section>
      <section aria-labelledby={`${idPrefix}expertise-title`} className="space-y-3">
        <h2 id={`${idPrefix}expertise-title`} className="text-xl font-semibold">
          Expertise
        </h2>
        <ExpertiseChips expertise={mentor.expertise} />
        {languages.length > 0 && (
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <span className="text-muted-foreground">Speaks</span>
            {languages.map((code) => (
              <Badge key={code} variant="secondary">
                {languageName(code)}
              </Badge>
            ))}
          </p>
        )}
      </section>
    </>
  );
}
