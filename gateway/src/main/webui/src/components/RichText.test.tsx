import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { parseBlocks, RichText } from "./RichText";

describe("text from people and AI mentors", () => {
  it("is shown as text: markup stays characters and no element is created from it", () => {
    const { container } = render(<RichText text={'<img src=x onerror=alert(1)> and <script>alert(2)</script>'} />);
    expect(container.querySelector("img")).toBeNull();
    expect(container.querySelector("script")).toBeNull();
    expect(container.textContent).toBe("<img src=x onerror=alert(1)> and <script>alert(2)</script>");
  });

  it("keeps line breaks and paragraphs", () => {
    expect(parseBlocks("one\ntwo\n\nthree")).toEqual([
      { kind: "p", text: "one\ntwo" },
      { kind: "p", text: "three" },
    ]);
  });

  it("turns bullets and numbered steps into lists", () => {
    render(<RichText text={"Steps:\n1. Save\n2. Invest\n\n- calm\n- steady"} />);
    expect(screen.getAllByRole("list")).toHaveLength(2);
    expect(screen.getAllByRole("listitem").map((li) => li.textContent)).toEqual(["Save", "Invest", "calm", "steady"]);
  });

  it("renders **bold**, *emphasis* and `code` as elements, nothing else", () => {
    const { container } = render(<RichText text={"Be **clear**, *kind* and use `git`."} />);
    expect(container.querySelector("strong")?.textContent).toBe("clear");
    expect(container.querySelector("em")?.textContent).toBe("kind");
    expect(container.querySelector("code")?.textContent).toBe("git");
  });
});
