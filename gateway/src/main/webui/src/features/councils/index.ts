export { CouncilConversation } from "./components/CouncilConversation";
export { useCouncils } from "./hooks/useCouncils";
export { councilKeys } from "./api/keys";
export { MemberPicker } from "./components/MemberPicker";
export { CouncilMembers } from "./components/CouncilMembers";
export { useAiMentors } from "./hooks/useCouncils";
export { chairOf, toggleMember, errorsFromServer, type CouncilErrors, type CouncilField } from "./model/assemble";
export { MAX_NAME, MAX_PURPOSE, MIN_MEMBERS, MAX_MEMBERS, type Council, type NewCouncil } from "./api/councils";
