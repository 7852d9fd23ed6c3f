/** An RFC 9457 problem, as every Mentra service and the gateway answer errors. */
export type Problem = {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  errors?: { field: string; message: string }[];
  [extension: string]: unknown;
};

/** A refused or failed API call, with what a person should read and which fields were at fault. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  /** Field name → message, from the problem's validation errors. */
  readonly fieldErrors: Record<string, string>;
  /** Seconds the server asked us to wait (429, 503). */
  readonly retryAfter: number | undefined;

  constructor(status: number, problem: Problem, retryAfter?: number) {
    super(problem.detail ?? problem.title ?? `Request failed (${status})`);
    this.name = "ApiError";
    this.status = status;
    this.problem = problem;
    this.retryAfter = retryAfter;
    this.fieldErrors = {};
    for (const error of problem.errors ?? []) {
      if (error && typeof error.field === "string" && !(error.field in this.fieldErrors)) {
        this.fieldErrors[error.field] = error.message;
      }
    }
  }

  /** The problem type's last segment, e.g. "slot-unavailable". */
  get code(): string | undefined {
    return this.problem.type?.split("/").pop();
  }

  get title(): string {
    return this.problem.title ?? defaultTitle(this.status);
  }

  /** Worth retrying later by itself: the service is down or busy, not the request wrong. */
  get transient(): boolean {
    return this.status === 503 || this.status === 502 || this.status === 504 || this.status === 429 || this.status === 408;
  }
}

/** The network itself failed: no answer at all (offline, DNS, connection refused before the gateway). */
export class NetworkError extends Error {
  constructor(cause?: unknown) {
    super("Mentra can't be reached. Check your connection; we'll keep trying.", { cause });
    this.name = "NetworkError";
  }
}

function defaultTitle(status: number): string {
  if (status === 401) return "Please sign in again";
  if (status === 403) return "Not allowed";
  if (status === 404) return "Not found";
  if (status === 409) return "Conflict";
  if (status === 429) return "Too many requests";
  if (status >= 500) return "Something went wrong on our side";
  return "Request failed";
}

/** Reads a failed response as a problem; a body that is not problem+json still yields a sensible problem. */
export async function problemOf(response: Response): Promise<Problem> {
  const type = response.headers.get("content-type") ?? "";
  if (type.includes("json")) {
    try {
      const body: unknown = await response.clone().json();
      if (body && typeof body === "object" && !Array.isArray(body)) return body as Problem;
    } catch {
      // fall through
    }
  }
  return { status: response.status, title: defaultTitle(response.status) };
}

export function retryAfterSeconds(response: Response): number | undefined {
  const header = response.headers.get("retry-after");
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** A sentence a person can act on, for any error thrown by the API client. */
export function describeError(error: unknown): { title: string; detail: string } {
  if (error instanceof ApiError) {
    return { title: error.title, detail: error.problem.detail ?? error.message };
  }
  if (error instanceof NetworkError) {
    return { title: "You're offline", detail: error.message };
  }
  return { title: "Something went wrong", detail: "Please try again." };
}
