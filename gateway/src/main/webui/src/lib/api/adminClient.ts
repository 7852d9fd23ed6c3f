import createClient from "openapi-fetch";
import { type ApiPaths, mentraFetch } from "./client";

/** The services whose admin routes the gateway reaches as `/api/admin/<service>/…`. */
export const ADMIN_SERVICES = ["identity", "mentor", "booking", "chat"] as const;
export type AdminService = (typeof ADMIN_SERVICES)[number];

/**
 * A service's own admin path (as its OpenAPI document, and so the generated types, know it) as the gateway routes
 * it: `/api/admin/parked-events` of booking-service is `/api/admin/booking/parked-events`.
 */
export function adminRoute(url: string, service: AdminService): string {
  const parsed = new URL(url, "http://mentra.invalid");
  if (parsed.pathname !== "/api/admin" && !parsed.pathname.startsWith("/api/admin/")) return url;
  const path = `/api/admin/${service}${parsed.pathname.slice("/api/admin".length)}${parsed.search}`;
  return url.startsWith("/") ? path : `${parsed.origin}${path}`;
}

async function toGateway(request: Request, service: AdminService): Promise<Request> {
  const body = request.method === "GET" || request.method === "HEAD" ? undefined : await request.clone().arrayBuffer();
  return new Request(adminRoute(request.url, service), {
    method: request.method,
    headers: request.headers,
    body: body && body.byteLength > 0 ? body : undefined,
    signal: request.signal,
  });
}

const clients = new Map<AdminService, ReturnType<typeof createClient<ApiPaths>>>();

/** The typed API client for one service's admin routes, through the gateway, with everything {@link mentraFetch} does. */
export function adminApi(service: AdminService) {
  let client = clients.get(service);
  if (!client) {
    client = createClient<ApiPaths>({ baseUrl: "", fetch: async (request) => mentraFetch(await toGateway(request, service)) });
    clients.set(service, client);
  }
  return client;
}
