import { createBrowserRouter, type RouteObject } from "react-router";
import { AppShell } from "./shell/AppShell";
import { RequireAuth } from "./shell/RequireAuth";
import { RouteError } from "./shell/RouteError";
import { ShellFallback } from "./shell/ShellFallback";

/**
 * Every screen, each loaded with its own chunk when first visited (the app composes the features' pages; the
 * features never import each other's pages).
 */
const routes: RouteObject[] = [
  {
    element: <AppShell />,
    errorElement: <RouteError />,
    // the first screen's code is still loading
    hydrateFallbackElement: <ShellFallback />,
    children: [
      { index: true, lazy: () => import("@/features/catalog/pages/LandingPage").then(page) },
      { path: "mentors", lazy: () => import("@/features/catalog/pages/DirectoryPage").then(page) },
      { path: "mentors/:mentorId", lazy: () => import("@/features/catalog/pages/MentorPage").then(page) },
      { path: "councils", lazy: () => import("@/features/councils/pages/CouncilsPage").then(page) },
      { path: "sign-in/*", lazy: () => import("@/features/auth/pages/SignInPage").then(page) },
      { path: "sign-up/*", lazy: () => import("@/features/auth/pages/SignUpPage").then(page) },
      {
        element: <RequireAuth />,
        children: [
          { path: "mentors/:mentorId/book", lazy: () => import("@/features/booking/pages/BookPage").then(page) },
          { path: "bookings", lazy: () => import("@/features/booking/pages/MyBookingsPage").then(page) },
          { path: "conversations", lazy: () => import("./conversations/ConversationsRoute").then(page) },
          { path: "conversations/:conversationId", lazy: () => import("./conversations/ConversationRoute").then(page) },
          { path: "profile", lazy: () => import("@/features/profile/pages/ProfilePage").then(page) },
        ],
      },
      { path: "*", lazy: () => import("./shell/NotFoundPage").then(page) },
    ],
  },
];

/** A page module's default export is its screen. */
function page(module: { default: React.ComponentType }) {
  return { Component: module.default };
}

export const router = createBrowserRouter(routes);
