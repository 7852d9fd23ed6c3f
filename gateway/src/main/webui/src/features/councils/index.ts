export { CouncilConversation } from "./components/CouncilConversation";
