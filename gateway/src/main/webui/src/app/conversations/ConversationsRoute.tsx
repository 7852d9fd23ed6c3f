import * as React from "react";
import ConversationsPage from "@/features/chat/pages/ConversationsPage";
import { useCouncils } from "@/features/councils";

/** My conversations; council conversations are named after their council (the councils feature knows names). */
export default function ConversationsRoute() {
  const councils = useCouncils();
  const councilNames = React.useMemo(
    () => Object.fromEntries((councils.data ?? []).map((council) => [council.id, council.name])),
    [councils.data],
  );
  return <ConversationsPage councilNames={councilNames} />;
}
