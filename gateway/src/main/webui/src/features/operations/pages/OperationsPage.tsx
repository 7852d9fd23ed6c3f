import { useSearchParams } from "react-router";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { ADMIN_SERVICES } from "@/lib/api/adminClient";
import { ServiceHealthGrid } from "../components/ServiceHealthGrid";
import { ServiceParkedEvents } from "../components/ServiceParkedEvents";
import { PARKED_STATUSES, PARKED_STATUS_LABEL, type ParkedStatus } from "../model/operations";

/** `/admin/operations`: the services' health, and the events each service parked, to replay once fixed. */
export default function OperationsPage() {
  const [params, setParams] = useSearchParams();
  const requested = params.get("parked");
  const status: ParkedStatus = (PARKED_STATUSES as readonly string[]).includes(requested ?? "") ? (requested as ParkedStatus) : "waiting";
  return (
    <div className="space-y-8">
      <ServiceHealthGrid />
      <section aria-labelledby="parked-title">
        <Tabs value={status} onValueChange={(value) => setParams(value === "waiting" ? {} : { parked: value }, { replace: true })} className="gap-3">
          <div className="flex flex-wrap items-end justify-between gap-3">
            <div>
              <h2 id="parked-title" className="text-lg font-semibold">
                Parked events
              </h2>
              <p className="max-w-2xl text-sm text-muted-foreground">
                Events a service could not apply are parked, and the rest go on. Fix the cause, then replay: a replay goes through the
                same inbox, so an event is applied once however often it is replayed.
              </p>
            </div>
            <TabsList aria-label="Which parked events">
              {PARKED_STATUSES.map((s) => (
                <TabsTrigger key={s} value={s}>
                  {PARKED_STATUS_LABEL[s]}
                </TabsTrigger>
              ))}
            </TabsList>
          </div>
          {PARKED_STATUSES.map((tab) => (
            <TabsContent key={tab} value={tab} className="grid grid-cols-1 gap-4">
              {tab === status && ADMIN_SERVICES.map((service) => <ServiceParkedEvents key={service} service={service} status={status} />)}
            </TabsContent>
          ))}
        </Tabs>
      </section>
    </div>
  );
}
