import { act, render, screen, waitFor } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import ClerkRoot, { ClerkSignIn, ClerkSignUp } from "./ClerkRoot";
import { ClerkAuthClient } from "./ClerkAuthClient";

/**
 * Clerk's React SDK mocked at its boundary (the hooks and components the app uses), since the SDK itself loads
 * clerk-js from Clerk's Frontend API, which a test here cannot reach. What is checked: what the app does with what
 * Clerk says — the session bridged into the app's auth client, Clerk's own sign-in and sign-up in place of the local
 * forms, the options given to them.
 */
type ClerkState = {
  isLoaded: boolean;
  isSignedIn: boolean;
  userId: string | null;
  token: string | null;
};

const clerk = vi.hoisted(() => ({
  state: { isLoaded: false, isSignedIn: false, userId: null, token: null } as ClerkState,
  providerProps: [] as Record<string, unknown>[],
  signInProps: [] as Record<string, unknown>[],
  signUpProps: [] as Record<string, unknown>[],
  getTokenOptions: [] as unknown[],
  signOuts: 0,
}));

vi.mock("@clerk/clerk-react", () => ({
  ClerkProvider: ({ children, ...props }: { children: React.ReactNode } & Record<string, unknown>) => {
    clerk.providerProps.push(props);
    return <>{children}</>;
  },
  useAuth: () => ({
    isLoaded: clerk.state.isLoaded,
    isSignedIn: clerk.state.isSignedIn,
    userId: clerk.state.userId,
    getToken: async (options?: unknown) => {
      clerk.getTokenOptions.push(options);
      return clerk.state.token;
    },
    signOut: async () => {
      clerk.signOuts += 1;
    },
  }),
  useUser: () => ({
    user: clerk.state.isSignedIn
      ? { fullName: "Maya Clerk", primaryEmailAddress: { emailAddress: "maya@example.com" } }
      : null,
  }),
  SignIn: (props: Record<string, unknown>) => {
    clerk.signInProps.push(props);
    return <div>Clerk sign-in</div>;
  },
  SignUp: (props: Record<string, unknown>) => {
    clerk.signUpProps.push(props);
    return <div>Clerk sign-up</div>;
  },
}));

function tokenWithRoles(roles: string[]) {
  const payload = btoa(JSON.stringify({ sub: "user_2maya", roles })).replace(/=+$/, "");
  return `header.${payload}.signature`;
}

beforeEach(() => {
  clerk.state = { isLoaded: false, isSignedIn: false, userId: null, token: null };
  clerk.providerProps = [];
  clerk.signInProps = [];
  clerk.signUpProps = [];
  clerk.getTokenOptions = [];
  clerk.signOuts = 0;
});

describe("ClerkRoot", () => {
  it("gives Clerk the publishable key and bridges Clerk's session into the app's auth client", async () => {
    const client = new ClerkAuthClient();
    const { rerender } = render(
      <ClerkRoot publishableKey="pk_test_Y2xlcmsuZXhhbXBsZS5jb20k" client={client}>
        <p>the app</p>
      </ClerkRoot>,
    );
    expect(screen.getByText("the app")).toBeInTheDocument();
    expect(clerk.providerProps[0]).toMatchObject({ publishableKey: "pk_test_Y2xlcmsuZXhhbXBsZS5jb20k", afterSignOutUrl: "/" });
    expect(client.state()).toEqual({ status: "loading" });

    clerk.state = { isLoaded: true, isSignedIn: true, userId: "user_2maya", token: tokenWithRoles(["mentee", "admin"]) };
    rerender(
      <ClerkRoot publishableKey="pk_test_Y2xlcmsuZXhhbXBsZS5jb20k" client={client}>
        <p>the app</p>
      </ClerkRoot>,
    );
    await waitFor(() => expect(client.state()).toEqual({
      status: "signed-in",
      user: { id: "user_2maya", name: "Maya Clerk", email: "maya@example.com", roles: ["mentee", "admin"] },
    }));
    // the app's renewal reaches Clerk as a request for a new token, not the cached one
    clerk.state = { ...clerk.state, token: tokenWithRoles(["mentee", "admin", "mentor"]) };
    await act(async () => {
      expect(await client.handleUnauthorized()).toBe(true);
    });
    expect(clerk.getTokenOptions.at(-1)).toEqual({ skipCache: true });
    expect(client.state()).toMatchObject({ user: { roles: ["mentee", "admin", "mentor"] } });
    await act(() => client.signOut());
    expect(clerk.signOuts).toBe(1);
  });

  it("signs people in and up with Clerk's own components on the app's paths, returning where they were going", () => {
    render(<ClerkSignIn returnTo="/mentors/mtr_1" />);
    expect(screen.getByText("Clerk sign-in")).toBeInTheDocument();
    expect(clerk.signInProps[0]).toEqual({
      routing: "path",
      path: "/sign-in",
      signUpUrl: "/sign-up",
      forceRedirectUrl: "/mentors/mtr_1",
    });
    render(<ClerkSignUp returnTo="/" />);
    expect(clerk.signUpProps[0]).toEqual({ routing: "path", path: "/sign-up", signInUrl: "/sign-in", forceRedirectUrl: "/" });
  });
});
