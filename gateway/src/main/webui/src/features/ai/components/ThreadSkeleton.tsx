import { Skeleton } from "@/components/ui/skeleton";

/** The shape of a conversation while its messages load. */
export function ThreadSkeleton() {
  return (
    <div className="flex-1 space-y-5 px-3 py-4 sm:px-5" role="status" aria-busy="true" aria-label="Loading messages">
      <div className="flex justify-end">
        <Skeleton className="h-10 w-2/3 max-w-sm rounded-2xl" />
      </div>
      <div className="flex gap-2.5">
        <Skeleton className="size-8 shrink-0 rounded-full" />
        <Skeleton className="h-28 w-4/5 max-w-lg rounded-2xl" />
      </div>
      <div className="flex justify-end">
        <Skeleton className="h-10 w-1/2 max-w-xs rounded-2xl" />
      </div>
      <div className="flex gap-2.5">
        <Skeleton className="size-8 shrink-0 rounded-full" />
        <Skeleton className="h-20 w-3/4 max-w-md rounded-2xl" />
      </div>
    </div>
  );
}
