import { PageHeader } from "@/components/PageHeader";

// Placeholder: the screen is being built.
export default function MentorPage() {
  return <PageHeader title="MentorPage" />;
}
