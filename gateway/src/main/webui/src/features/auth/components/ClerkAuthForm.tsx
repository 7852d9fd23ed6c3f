import * as React from "react";
import { PageFallback } from "@/components/PageFallback";

const ClerkSignIn = React.lazy(() => import("@/lib/auth/clerk/ClerkRoot").then((m) => ({ default: m.ClerkSignIn })));
const ClerkSignUp = React.lazy(() => import("@/lib/auth/clerk/ClerkRoot").then((m) => ({ default: m.ClerkSignUp })));

/** In Clerk mode, Clerk's own sign-in and sign-up components. */
export function ClerkAuthForm({ kind, returnTo }: { kind: "sign-in" | "sign-up"; returnTo: string }) {
  return (
    <div className="flex justify-center">
      <React.Suspense fallback={<PageFallback />}>
        {kind === "sign-in" ? <ClerkSignIn returnTo={returnTo} /> : <ClerkSignUp returnTo={returnTo} />}
      </React.Suspense>
    </div>
  );
}
