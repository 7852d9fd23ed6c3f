import { describe, expect, it } from "vitest";
import { errorGist, formatPayload, healthSummary, outcomeLabel, summarizeReplay } from "./operations";

describe("a parked event as an admin reads it", () => {
  it("shows a JSON payload indented, and anything else as it came", () => {
    expect(formatPayload('{"id":"e1","data":{"a":1}}')).toBe('{\n  "id": "e1",\n  "data": {\n    "a": 1\n  }\n}');
    expect(formatPayload("not json \\u0000")).toBe("not json \\u0000");
    expect(formatPayload(undefined)).toBe("(empty)");
  });

  it("sums up the error by its innermost cause, without package names", () => {
    const chain =
      "org.hibernate.exception.ConstraintViolationException: could not execute statement\n" +
      'caused by io.vertx.pgclient.PgException: null value in column "mentor_id" violates not-null constraint [SQLSTATE 23502]';
    expect(errorGist(chain)).toBe('PgException: null value in column "mentor_id" violates not-null constraint [SQLSTATE 23502]');
    expect(errorGist("dev.mentra.platform.event.MalformedEventException: not an event")).toBe("MalformedEventException: not an event");
    expect(errorGist("")).toBe("No error recorded");
  });
});

describe("what a replay did", () => {
  it("says each outcome plainly", () => {
    expect(outcomeLabel("APPLIED")).toBe("Applied");
    expect(outcomeLabel("ALREADY_APPLIED")).toMatch(/not applied again/);
    expect(outcomeLabel("PARKED_AGAIN")).toMatch(/Failed again/);
    expect(outcomeLabel(undefined)).toBe("Unknown outcome");
  });

  it("sums up a replay of everything waiting", () => {
    expect(summarizeReplay({ replayed: 0 })).toBe("Nothing was waiting.");
    expect(summarizeReplay({ replayed: 3, applied: 2, alreadyApplied: 0, parkedAgain: 1 })).toBe("3 replayed: 2 applied, 1 failed again.");
  });
});

describe("the services' health", () => {
  it("says all are up, or names those down", () => {
    expect(healthSummary([{ service: "a", status: "UP" }, { service: "b", status: "UP" }])).toBe("All 2 services are up.");
    expect(healthSummary([{ service: "a", status: "UP" }, { service: "booking-service", status: "DOWN" }])).toBe("booking-service is down.");
    expect(healthSummary([])).toBe("No services reported.");
  });
});
