export { CouncilConversation } from "./components/CouncilConversation";
export { useCouncils } from "./hooks/useCouncils";
