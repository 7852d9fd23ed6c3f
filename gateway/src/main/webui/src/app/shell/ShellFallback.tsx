import { PageFallback } from "@/components/PageFallback";

/** What shows while the first screen's code loads: the frame of the shell, so nothing jumps when it arrives. */
export function ShellFallback() {
  return (
    <div className="flex min-h-dvh flex-col">
      <div className="h-14 border-b" aria-hidden="true" />
      <div className="mx-auto w-full max-w-6xl flex-1 px-4 pt-6">
        <PageFallback />
      </div>
    </div>
  );
}
