import { describe, expect, it } from "vitest";
import { SseParser } from "./sse";

describe("reading a server-sent event stream", () => {
  it("gives each event's data once its blank line arrives", () => {
    const parser = new SseParser();
    expect(parser.push('data:{"type":"delta","text":"Hi "}\n\ndata:{"type":"del')).toEqual(['{"type":"delta","text":"Hi "}']);
    expect(parser.push('ta","text":"there"}\n')).toEqual([]);
    expect(parser.push("\n")).toEqual(['{"type":"delta","text":"there"}']);
  });

  it("joins an event's data lines, and reads CRLF and CR line ends, even split between chunks", () => {
    const parser = new SseParser();
    expect(parser.push("data: one\r")).toEqual([]);
    // the last CR might be half of a CRLF: the event it closes waits for the next chunk, or for the end
    expect(parser.push("\ndata: two\r\n\r\ndata:three\r\r")).toEqual(["one\ntwo"]);
    expect(parser.end()).toEqual(["three"]);
  });

  it("skips comments, ids, event names and retries; an unfinished event at the end is dropped", () => {
    const parser = new SseParser();
    expect(parser.push(": keep-alive\nid: 4\nevent: message\nretry: 1000\ndata: x\n\n")).toEqual(["x"]);
    expect(parser.push("data: half")).toEqual([]);
    expect(parser.end()).toEqual([]);
    expect(parser.push("\n\n")).toEqual([]);
  });

  it("ignores blank lines between events", () => {
    expect(new SseParser().push("\n\n\ndata: a\n\n\n")).toEqual(["a"]);
  });
});
