import * as React from "react";
import { useLocation, useNavigate } from "react-router";
import { toast } from "sonner";
import { useMentorApproval } from "../hooks/useMentorApproval";
import { opensMentorArea } from "../model/approval";

/**
 * Mounted once in the shell: when my application is approved, the mentor role reaches this session without
 * signing out, and the mentor area opens (from the profile, where the application was watched) or is offered.
 */
export function MentorApprovalWatcher() {
  const stage = useMentorApproval();
  const navigate = useNavigate();
  const location = useLocation();
  const previous = React.useRef(stage);

  React.useEffect(() => {
    const was = previous.current;
    previous.current = stage;
    if (stage !== "mentor" || was === "mentor" || was === "idle") return;
    if (opensMentorArea(location.pathname)) {
      toast.success("You're a mentor now", { description: "Welcome to your mentor area." });
      navigate("/mentor");
    } else {
      toast.success("You're a mentor now", {
        description: "Your application was approved.",
        action: { label: "Open mentor area", onClick: () => navigate("/mentor") },
        duration: 15_000,
      });
    }
  }, [stage, location.pathname, navigate]);

  return null;
}
