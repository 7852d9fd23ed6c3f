import { describe, expect, it } from "vitest";
import { adminRoute } from "./adminClient";

describe("a service's admin routes through the gateway", () => {
  it("puts the service's name after /api/admin, keeping the rest and the query", () => {
    expect(adminRoute("/api/admin/parked-events?status=all&page=0", "booking")).toBe(
      "/api/admin/booking/parked-events?status=all&page=0",
    );
    expect(adminRoute("/api/admin/parked-events/12/replay", "chat")).toBe("/api/admin/chat/parked-events/12/replay");
    expect(adminRoute("http://localhost:9100/api/admin/mentors", "mentor")).toBe("http://localhost:9100/api/admin/mentor/mentors");
  });

  it("leaves every other path alone", () => {
    expect(adminRoute("/api/mentors/mtr_1/retire", "mentor")).toBe("/api/mentors/mtr_1/retire");
    expect(adminRoute("/api/administrators", "identity")).toBe("/api/administrators");
  });
});
