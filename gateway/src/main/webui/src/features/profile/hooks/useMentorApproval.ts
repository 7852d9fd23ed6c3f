import * as React from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useAuth } from "@/lib/auth/AuthProvider";
import { session } from "@/lib/auth/session";
import { profileKeys } from "../api/keys";
import { getMe } from "../api/me";
import { GRANTING_GIVE_UP_MS, GRANTING_POLL_MS, type ApprovalStage, approvalStage } from "../model/approval";
import { useMyApplications } from "./useMentoring";

/**
 * Follows my mentor application to the mentor role without signing out: the application's status while it waits,
 * then my profile's roles until identity-service granted `mentor`, then a renewed session token that carries it.
 * Mentors of long standing and people without an application cost one request at most.
 */
export function useMentorApproval(): ApprovalStage {
  const auth = useAuth();
  const queryClient = useQueryClient();
  const tokenRoles = auth.status === "signed-in" ? auth.user.roles : [];
  const isMentor = tokenRoles.includes("mentor");
  const applications = useMyApplications({ enabled: auth.status === "signed-in" && !isMentor });
  const latestStatus = applications.data?.[0]?.status;
  const decidedAt = applications.data?.[0]?.decidedAt;
  const [approvedAt, setApprovedAt] = React.useState<number | null>(null);
  if (latestStatus === "APPROVED" && approvedAt === null && !isMentor) setApprovedAt(Date.now());

  // between the approval and the grant: my profile's roles, asked often for a little while
  const profile = useQuery({
    queryKey: profileKeys.me(),
    queryFn: ({ signal }) => getMe(signal),
    enabled: approvalStage({ latestStatus, decidedAt, tokenRoles }) === "granting",
    refetchInterval: (query) =>
      query.state.data?.roles?.includes("mentor") || (approvedAt !== null && Date.now() - approvedAt > GRANTING_GIVE_UP_MS)
        ? false
        : GRANTING_POLL_MS,
  });

  const stage = approvalStage({ latestStatus, decidedAt, profileRoles: profile.data?.roles, tokenRoles });

  React.useEffect(() => {
    if (stage !== "renew") return;
    // the new token carries the role; the session tells every screen (navigation, guards) when it arrives
    void session.handleUnauthorized();
  }, [stage]);

  React.useEffect(() => {
    if (stage === "mentor") {
      // what was fetched as a mentee (my own catalog profile: none) is stale now
      void queryClient.invalidateQueries({ queryKey: ["profile"] });
    }
  }, [stage, queryClient]);

  return stage;
}
