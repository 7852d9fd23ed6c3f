import * as React from "react";
import { BrowserRouter, Navigate, Route, Routes } from "react-router";
import { AppShell } from "./shell/AppShell";
import { RequireAuth } from "./shell/RequireAuth";
import { RequireMentorRole } from "./shell/RequireMentorRole";
import { RequireRole } from "./shell/RequireRole";
import { ShellFallback } from "./shell/ShellFallback";

/**
 * Every screen, each loaded with its own chunk when first visited (the app composes the features' pages; the
 * features never import each other's pages). Declarative routes: the data router's loaders and actions are not
 * used here, and leaving them out keeps 17 KB (gzip) off the first download.
 */
const LandingPage = React.lazy(() => import("@/features/catalog/pages/LandingPage"));
const DirectoryPage = React.lazy(() => import("@/features/catalog/pages/DirectoryPage"));
const MentorPage = React.lazy(() => import("@/features/catalog/pages/MentorPage"));
const CouncilsPage = React.lazy(() => import("@/features/councils/pages/CouncilsPage"));
const SignInPage = React.lazy(() => import("@/features/auth/pages/SignInPage"));
const SignUpPage = React.lazy(() => import("@/features/auth/pages/SignUpPage"));
const BookPage = React.lazy(() => import("@/features/booking/pages/BookPage"));
const MyBookingsPage = React.lazy(() => import("@/features/booking/pages/MyBookingsPage"));
const ConversationsRoute = React.lazy(() => import("./conversations/ConversationsRoute"));
const ConversationRoute = React.lazy(() => import("./conversations/ConversationRoute"));
const ProfilePage = React.lazy(() => import("@/features/profile/pages/ProfilePage"));
const MentorInboxPage = React.lazy(() => import("@/features/inbox/pages/MentorInboxPage"));
const MentorSessionsPage = React.lazy(() => import("@/features/sessions/pages/MentorSessionsPage"));
const AvailabilityPage = React.lazy(() => import("@/features/availability/pages/AvailabilityPage"));
const MentorProfilePage = React.lazy(() => import("@/features/mentor-profile/pages/MentorProfilePage"));
const MentorArea = React.lazy(() => import("./mentor/MentorArea"));
const MentorHome = React.lazy(() => import("./mentor/MentorHome"));
const AdminArea = React.lazy(() => import("./admin/AdminArea"));
const ApplicationsReviewPage = React.lazy(() => import("@/features/admin-applications/pages/ApplicationsReviewPage"));
const MentorRosterPage = React.lazy(() => import("@/features/admin-mentors/pages/MentorRosterPage"));
const OperationsPage = React.lazy(() => import("@/features/operations/pages/OperationsPage"));
const NotFoundPage = React.lazy(() => import("./shell/NotFoundPage"));
const PersonasPage = React.lazy(() => import("@/features/personas/pages/PersonasPage"));
const PersonaEditorPage = React.lazy(() => import("@/features/personas/pages/PersonaEditorPage"));
const AdminCouncilsPage = React.lazy(() => import("@/features/admin-councils/pages/AdminCouncilsPage"));

export function AppRoutes() {
  return (
    <BrowserRouter>
      <React.Suspense fallback={<ShellFallback />}>
        <Routes>
          <Route element={<AppShell />}>
            <Route index element={<LandingPage />} />
            <Route path="mentors" element={<DirectoryPage />} />
            <Route path="mentors/:mentorId" element={<MentorPage />} />
            <Route path="councils" element={<CouncilsPage />} />
            <Route path="sign-in/*" element={<SignInPage />} />
            <Route path="sign-up/*" element={<SignUpPage />} />
            <Route element={<RequireAuth />}>
              <Route path="mentors/:mentorId/book" element={<BookPage />} />
              <Route path="bookings" element={<MyBookingsPage />} />
              <Route path="conversations" element={<ConversationsRoute />} />
              <Route path="conversations/:conversationId" element={<ConversationRoute />} />
              <Route path="profile" element={<ProfilePage />} />
              <Route element={<RequireMentorRole />}>
                <Route path="mentor/inbox/:conversationId?" element={<MentorInboxPage />} />
                <Route path="mentor/sessions" element={<MentorSessionsPage />} />
              </Route>
              <Route path="mentor/availability" element={<AvailabilityPage />} />
              <Route path="mentor/profile" element={<MentorProfilePage />} />
              <Route element={<RequireRole role="mentor" />}>
                <Route path="mentor" element={<MentorArea />}>
                  <Route index element={<MentorHome />} />
                </Route>
              </Route>
              <Route element={<RequireRole role="admin" />}>
                <Route path="admin" element={<AdminArea />}>
                  <Route index element={<Navigate to="applications" replace />} />
                  <Route path="applications" element={<ApplicationsReviewPage />} />
                  <Route path="mentors" element={<MentorRosterPage />} />
                  <Route path="operations" element={<OperationsPage />} />
                  <Route path="personas" element={<PersonasPage />} />
                  <Route path="personas/:personaId" element={<PersonaEditorPage />} />
                  <Route path="councils" element={<AdminCouncilsPage />} />
                </Route>
              </Route>
            </Route>
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </React.Suspense>
    </BrowserRouter>
  );
}
