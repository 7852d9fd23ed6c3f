import { describe, expect, it } from "vitest";
import { applicationPollInterval, approvalStage, opensMentorArea } from "./approval";

describe("noticing an approval without signing out", () => {
  it("has nothing to watch without an application, or after a decline", () => {
    expect(approvalStage({ tokenRoles: ["mentee"] })).toBe("idle");
    expect(approvalStage({ latestStatus: "DECLINED", profileRoles: ["mentee"], tokenRoles: ["mentee"] })).toBe("idle");
  });

  it("watches an application waiting for an admin", () => {
    expect(approvalStage({ latestStatus: "PENDING", profileRoles: ["mentee"], tokenRoles: ["mentee"] })).toBe("pending");
  });

  it("waits for the role to be granted once the application is approved", () => {
    expect(approvalStage({ latestStatus: "APPROVED", profileRoles: ["mentee"], tokenRoles: ["mentee"] })).toBe("granting");
    expect(approvalStage({ latestStatus: "APPROVED", tokenRoles: ["mentee"] })).toBe("granting");
  });

  it("does not wait on an approval long past (the mentor was retired since)", () => {
    const now = Date.parse("2026-11-30T12:00:00Z");
    expect(approvalStage({ latestStatus: "APPROVED", decidedAt: "2026-11-30T11:58:00Z", now, tokenRoles: ["mentee"] })).toBe("granting");
    expect(approvalStage({ latestStatus: "APPROVED", decidedAt: "2026-10-01T09:00:00Z", now, tokenRoles: ["mentee"] })).toBe("idle");
  });

  it("renews the token when the profile has the role and the token not yet", () => {
    expect(approvalStage({ latestStatus: "APPROVED", profileRoles: ["mentee", "mentor"], tokenRoles: ["mentee"] })).toBe("renew");
  });

  it("opens the mentor area once the token carries the role", () => {
    expect(approvalStage({ latestStatus: "APPROVED", profileRoles: ["mentee", "mentor"], tokenRoles: ["mentee", "mentor"] })).toBe(
      "mentor",
    );
  });

  it("leaves a mentor of long standing alone (no application, or an old one)", () => {
    expect(approvalStage({ profileRoles: ["mentor"], tokenRoles: ["mentor"] })).toBe("idle");
    expect(approvalStage({ latestStatus: "DECLINED", tokenRoles: ["mentor"] })).toBe("idle");
  });

  it("asks about the application only while it waits", () => {
    expect(applicationPollInterval("PENDING")).toBeGreaterThan(0);
    expect(applicationPollInterval("APPROVED")).toBe(false);
    expect(applicationPollInterval(undefined)).toBe(false);
  });

  it("takes the person to the mentor area only from where they watched the application", () => {
    expect(opensMentorArea("/profile")).toBe(true);
    expect(opensMentorArea("/conversations/cnv_1")).toBe(false);
  });
});
