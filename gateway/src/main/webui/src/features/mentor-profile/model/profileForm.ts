/**
 * The mentor profile editor: the public profile as a form (the same fields and limits as the application to
 * become a mentor), the body of PUT /api/mentors/me, and the mentor page a mentee would see with the edits.
 */
import type { ApplicationDraft } from "@/features/profile";
import { toApplyBody } from "@/features/profile";
import type { Mentor } from "@/features/catalog";
import type { OwnProfile, ProfileUpdate } from "../api/profile";

/** 5000 → "50", 4990 → "49.90", none → "". */
export function priceText(cents: number | null | undefined): string {
  if (cents === null || cents === undefined) return "";
  return cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2);
}

/** The form for my profile as the catalog holds it. */
export function fromOwnProfile(own: OwnProfile, fallbackZone = "UTC"): ApplicationDraft {
  const p = own.profile;
  return {
    headline: p.headline ?? "",
    bio: p.bio ?? "",
    expertise: [...(p.expertise ?? [])],
    languages: [...(p.languages ?? [])],
    timeZone: p.timeZone ?? fallbackZone,
    sessionMinutes: p.sessionMinutes ?? 60,
    price: priceText(p.price?.amountCents),
    currency: p.price?.currency ?? "EUR",
  };
}

/** The request body: every public field (the Acuity ids are never sent: an admin assigns them). */
export function toProfileUpdate(draft: ApplicationDraft): ProfileUpdate {
  return toApplyBody(draft);
}

/** The mentor page as mentees would see it with `draft` saved: the catalog's view with the edited fields. */
export function previewMentor(profile: Mentor, draft: ApplicationDraft): Mentor {
  const body = toApplyBody(draft);
  return {
    ...profile,
    headline: body.headline,
    bio: body.bio,
    expertise: body.expertise,
    languages: body.languages,
    timeZone: body.timeZone,
    sessionMinutes: body.sessionMinutes,
    price: "priceCents" in body && body.priceCents != null ? { amountCents: body.priceCents, currency: body.currency ?? null } : profile.price,
  };
}
