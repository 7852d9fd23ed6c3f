import { CheckCircle2Icon, RefreshCwIcon, XCircleIcon } from "lucide-react";
import { ErrorState } from "@/components/ErrorState";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { formatTime } from "@/lib/time";
import { cn } from "@/lib/utils";
import { useServicesHealth } from "../hooks/useOperations";
import { healthSummary } from "../model/operations";

/** Each service UP or DOWN as the gateway sees it, with its own checks (database, broker). */
export function ServiceHealthGrid() {
  const health = useServicesHealth();
  return (
    <section aria-labelledby="health-title" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <h2 id="health-title" className="text-lg font-semibold">
            Services
          </h2>
          <p className="text-sm text-muted-foreground" role="status">
            {health.data
              ? `${healthSummary(health.data.services)} Checked at ${formatTime(health.data.checkedAt)} by the gateway.`
              : "As the gateway sees them."}
          </p>
        </div>
        <Button variant="outline" size="sm" onClick={() => void health.refetch()} disabled={health.isFetching}>
          <RefreshCwIcon className={cn(health.isFetching && "animate-spin")} aria-hidden="true" /> Check now
        </Button>
      </div>
      {health.isPending ? (
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {[0, 1, 2, 3].map((i) => (
            <Skeleton key={i} className="h-28" />
          ))}
        </div>
      ) : health.isError ? (
        <ErrorState error={health.error} onRetry={() => void health.refetch()} />
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" aria-label="Service health">
          {health.data.services.map((service) => {
            const up = service.status === "UP";
            return (
              <li
                key={service.service}
                className={cn("space-y-2 rounded-xl border bg-card p-4", up ? "border-success/40" : "border-destructive/50")}
                data-testid="service-health"
              >
                <p className="flex items-center justify-between gap-2">
                  <span className="flex items-center gap-2 font-medium">
                    {up ? (
                      <CheckCircle2Icon className="size-4 text-success" aria-hidden="true" />
                    ) : (
                      <XCircleIcon className="size-4 text-destructive" aria-hidden="true" />
                    )}
                    {service.service}
                  </span>
                  <Badge variant={up ? "success" : "destructive"}>{up ? "Up" : "Down"}</Badge>
                </p>
                <p className="text-xs text-muted-foreground">
                  {up ? `Answered in ${service.responseMillis} ms` : service.detail === null ? "Not ready" : `Not ready: ${service.detail}`}
                </p>
                {service.checks.length > 0 && (
                  <ul className="space-y-0.5 text-xs" aria-label={`${service.service} checks`}>
                    {[...service.checks].sort((a, b) => a.name.localeCompare(b.name)).map((check) => (
                      <li key={check.name} className="flex items-start justify-between gap-2">
                        <span className="min-w-0 break-words text-muted-foreground">{check.name}</span>
                        <span className={cn("shrink-0 font-medium", check.status === "UP" ? "text-success" : "text-destructive")}>
                          {check.status}
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
