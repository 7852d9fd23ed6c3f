import * as React from "react";
import { ClerkProvider, SignIn, SignUp, useAuth, useUser } from "@clerk/clerk-react";
import type { ClerkAuthClient } from "./ClerkAuthClient";

/** Loaded only when /config.json names Clerk: the SDK stays out of the local build's first download. */
export default function ClerkRoot({
  publishableKey,
  client,
  children,
}: {
  publishableKey: string;
  client: ClerkAuthClient;
  children: React.ReactNode;
}) {
  return (
    <ClerkProvider publishableKey={publishableKey} afterSignOutUrl="/">
      <ClerkBridge client={client} />
      {children}
    </ClerkProvider>
  );
}

function ClerkBridge({ client }: { client: ClerkAuthClient }) {
  const { isLoaded, isSignedIn, userId, getToken, signOut } = useAuth();
  const { user } = useUser();
  React.useEffect(() => {
    void client.update({
      isLoaded,
      isSignedIn: isSignedIn === true,
      userId: userId ?? null,
      name: user?.fullName ?? null,
      email: user?.primaryEmailAddress?.emailAddress ?? null,
      getToken: (options) => getToken(options),
      signOut: () => signOut(),
    });
  }, [client, isLoaded, isSignedIn, userId, user, getToken, signOut]);
  return null;
}

export function ClerkSignIn({ returnTo }: { returnTo: string }) {
  return <SignIn routing="path" path="/sign-in" signUpUrl="/sign-up" forceRedirectUrl={returnTo} />;
}

export function ClerkSignUp({ returnTo }: { returnTo: string }) {
  return <SignUp routing="path" path="/sign-up" signInUrl="/sign-in" forceRedirectUrl={returnTo} />;
}
