export { AiConversation } from "./components/AiConversation";
