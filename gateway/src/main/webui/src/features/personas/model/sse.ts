/**
 * Reads a server-sent event stream (the WHATWG format mentor-service's Quarkus REST writes) from text arriving in
 * arbitrary pieces: a chunk may end mid-line or mid-event. Only `data` matters here (each event's lines of data,
 * joined by newlines); comments, `id`, `retry` and `event` names are skipped.
 */
export class SseParser {
  private buffer = "";
  private data: string[] = [];

  /** Feeds more text; returns the data of every event it completed. */
  push(chunk: string): string[] {
    this.buffer += chunk;
    const events: string[] = [];
    // a line ends at \n, \r\n or \r; a trailing \r may be the first half of \r\n, so it waits for the next chunk
    for (;;) {
      const match = /\r\n|\n|\r(?!$)/.exec(this.buffer);
      if (!match) break;
      const line = this.buffer.slice(0, match.index);
      this.buffer = this.buffer.slice(match.index + match[0].length);
      const event = this.line(line);
      if (event !== undefined) events.push(event);
    }
    return events;
  }

  /**
   * The stream ended: a trailing CR was a line end after all (events it completes are returned); an event not
   * closed by a blank line is dropped, as the format says.
   */
  end(): string[] {
    const events: string[] = [];
    if (this.buffer === "\r") {
      const event = this.line("");
      if (event !== undefined) events.push(event);
    }
    this.buffer = "";
    this.data = [];
    return events;
  }

  private line(line: string): string | undefined {
    if (line === "") {
      if (this.data.length === 0) return undefined;
      const event = this.data.join("\n");
      this.data = [];
      return event;
    }
    if (line.startsWith(":")) return undefined;
    const colon = line.indexOf(":");
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? "" : line.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    if (field === "data") this.data.push(value);
    return undefined;
  }
}
