import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen } from "@testing-library/react";
import { MemoryRouter, Route, Routes } from "react-router";
import { session, type AuthClient, type AuthState } from "@/lib/auth/session";
import { RequireAuth } from "./RequireAuth";
import { RequireRole } from "./RequireRole";

function as(state: AuthState): AuthClient {
  return {
    mode: "local",
    state: () => state,
    subscribe: () => () => undefined,
    onTokenRenewed: () => () => undefined,
    getToken: async () => null,
    handleUnauthorized: async () => false,
    signOut: async () => undefined,
  };
}

function visitAdmin(state: AuthState) {
  session.use(as(state));
  render(
    <MemoryRouter initialEntries={["/admin/personas"]}>
      <Routes>
        {/* as in the app's router: the role's screens inside those that need a signed-in person */}
        <Route element={<RequireAuth />}>
          <Route element={<RequireRole role="admin" />}>
            <Route path="admin/personas" element={<h1>AI mentors</h1>} />
          </Route>
        </Route>
        <Route path="sign-in/*" element={<h1>Sign in</h1>} />
      </Routes>
    </MemoryRouter>,
  );
}

afterEach(cleanup);

describe("screens for admins only", () => {
  it("open for an admin", () => {
    visitAdmin({ status: "signed-in", user: { id: "a", name: "Ada", roles: ["mentee", "admin"] } });
    expect(screen.getByRole("heading", { name: "AI mentors" })).toBeInTheDocument();
  });

  it("tell a signed-in mentee they are for admins, without showing them", () => {
    visitAdmin({ status: "signed-in", user: { id: "m", name: "Maya", roles: ["mentee"] } });
    expect(screen.getByRole("heading", { name: "This area is for admins" })).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "AI mentors" })).not.toBeInTheDocument();
  });

  it("send someone signed out to sign in", () => {
    visitAdmin({ status: "signed-out", expired: false });
    expect(screen.getByRole("heading", { name: "Sign in" })).toBeInTheDocument();
  });
});
