import { describe, expect, it } from "vitest";
import type { OwnProfile } from "../api/profile";
import { fromOwnProfile, previewMentor, priceText, toProfileUpdate } from "./profileForm";

const own: OwnProfile = {
  active: true,
  acuityCalendarId: "1234",
  acuityAppointmentTypeId: "4321",
  profile: {
    id: "mtr_oscar",
    kind: "HUMAN",
    displayName: "Oscar Mentor",
    headline: "Engineering leader helping new managers",
    bio: "Twenty years of building teams. I help new managers find their feet and their voice.",
    expertise: ["leadership", "hiring"],
    languages: ["en", "pt"],
    timeZone: "America/New_York",
    sessionMinutes: 45,
    price: { amountCents: 4990, currency: "USD" },
    voice: null,
    rating: { average: null, count: 0 },
    bookable: true,
  },
};

describe("the profile editor and the API", () => {
  it("fills the form from my catalog profile", () => {
    expect(fromOwnProfile(own)).toEqual({
      headline: "Engineering leader helping new managers",
      bio: own.profile.bio,
      expertise: ["leadership", "hiring"],
      languages: ["en", "pt"],
      timeZone: "America/New_York",
      sessionMinutes: 45,
      price: "49.90",
      currency: "USD",
    });
  });

  it("writes prices as people read them", () => {
    expect(priceText(5000)).toBe("50");
    expect(priceText(4990)).toBe("49.90");
    expect(priceText(null)).toBe("");
  });

  it("sends the public fields, trimmed, and never the Acuity ids (an admin's)", () => {
    const body = toProfileUpdate({ ...fromOwnProfile(own), headline: "  Engineering leader for first-time managers  ", languages: ["EN"] });
    expect(body).toEqual({
      headline: "Engineering leader for first-time managers",
      bio: own.profile.bio,
      expertise: ["leadership", "hiring"],
      languages: ["en"],
      timeZone: "America/New_York",
      sessionMinutes: 45,
      priceCents: 4990,
      currency: "USD",
    });
    expect(body).not.toHaveProperty("acuityCalendarId");
  });

  it("previews my page with the edits and the rest (name, rating) as mentees see it", () => {
    const mentor = previewMentor(own.profile, { ...fromOwnProfile(own), headline: "A new headline for mentees", price: "60" });
    expect(mentor.headline).toBe("A new headline for mentees");
    expect(mentor.price).toEqual({ amountCents: 6000, currency: "USD" });
    expect(mentor.displayName).toBe("Oscar Mentor");
    expect(mentor.id).toBe("mtr_oscar");
  });
});
