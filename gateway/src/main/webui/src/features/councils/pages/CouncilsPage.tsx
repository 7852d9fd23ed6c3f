import { PageHeader } from "@/components/PageHeader";

// Placeholder: the screen is being built.
export default function CouncilsPage() {
  return <PageHeader title="CouncilsPage" />;
}
