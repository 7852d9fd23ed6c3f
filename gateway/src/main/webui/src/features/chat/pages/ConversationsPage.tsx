import { PageHeader } from "@/components/PageHeader";

// Placeholder: the screen is being built.
export default function ConversationsPage() {
  return <PageHeader title="ConversationsPage" />;
}
