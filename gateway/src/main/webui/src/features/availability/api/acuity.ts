import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/types/api/booking";

/** My own connection to Acuity Scheduling, read-only: an admin assigns the calendar. */
export type AcuityConnection = components["schemas"]["AcuityConnectionView"];

export async function getAcuityConnection(signal?: AbortSignal): Promise<AcuityConnection> {
  return (await unwrap(api.GET("/api/availability/acuity", { signal }))) as AcuityConnection;
}
