import { describe, expect, it } from "vitest";
import { friendlyMessage, mapFieldErrors, parseFieldPath } from "./fieldErrors";

const FIELDS = ["headline", "bio", "expertise", "languages", "timeZone"] as const;

describe("reading the server's field names", () => {
  it("takes a plain name as it is", () => {
    expect(parseFieldPath("bio", FIELDS)).toEqual({ field: "bio" });
  });

  it("finds the field behind a method and parameter path", () => {
    expect(parseFieldPath("apply.body.bio", FIELDS)).toEqual({ field: "bio" });
    expect(parseFieldPath("updateMe.patch.timeZone", FIELDS)).toEqual({ field: "timeZone" });
  });

  it("keeps the index of a list item, however it is written", () => {
    expect(parseFieldPath("expertise.<list element>[2]", FIELDS)).toEqual({ field: "expertise", index: 2 });
    expect(parseFieldPath("expertise[0]", FIELDS)).toEqual({ field: "expertise", index: 0 });
    expect(parseFieldPath("apply.body.languages[1].<list element>", FIELDS)).toEqual({ field: "languages", index: 1 });
  });

  it("knows no field the form does not have", () => {
    expect(parseFieldPath("displayName", FIELDS)).toBeNull();
    expect(parseFieldPath("", FIELDS)).toBeNull();
  });
});

describe("putting the server's messages next to the fields", () => {
  it("names the list item that is wrong", () => {
    const { byField } = mapFieldErrors(
      [{ field: "expertise.<list element>[1]", message: "size must be between 0 and 40" }],
      FIELDS,
      { expertise: ["design", "a very long field name"] },
    );
    expect(byField.expertise).toBe("“a very long field name” must be at most 40 characters");
  });

  it("speaks of entries for a whole list and characters for text", () => {
    const { byField } = mapFieldErrors(
      [
        { field: "expertise", message: "size must be between 1 and 12" },
        { field: "headline", message: "size must be between 10 and 160" },
      ],
      FIELDS,
      { expertise: [] },
    );
    expect(byField).toEqual({ expertise: "Needs 1 to 12 entries", headline: "Must be 10 to 160 characters" });
  });

  it("keeps the first message of a field when the server gives several", () => {
    const { byField } = mapFieldErrors(
      [
        { field: "bio", message: "must not be blank" },
        { field: "bio", message: "size must be between 50 and 4000" },
      ],
      FIELDS,
    );
    expect(byField.bio).toBe("Must not be empty");
  });

  it("lists messages about fields the form lacks for the whole form, in words", () => {
    const { byField, form } = mapFieldErrors([{ field: "apply.body.displayName", message: "size must be between 0 and 100" }, { message: "bad" }], FIELDS);
    expect(byField).toEqual({});
    expect(form).toEqual(["Display name must be at most 100 characters", "Bad"]);
  });

  it("copes with no errors at all", () => {
    expect(mapFieldErrors(undefined, FIELDS)).toEqual({ byField: {}, form: [] });
  });
});

describe("Bean Validation's wording", () => {
  it("is made readable", () => {
    expect(friendlyMessage('must match "[a-zA-Z]{2,3}"')).toBe("is not in the expected format");
    expect(friendlyMessage("must not be null")).toBe("is required");
    expect(friendlyMessage("must be an IANA time zone such as Europe/Lisbon")).toBe("must be an IANA time zone such as Europe/Lisbon");
  });
});
