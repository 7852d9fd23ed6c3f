import { PageHeader } from "@/components/PageHeader";

// Placeholder: the screen is being built.
export default function LandingPage() {
  return <PageHeader title="LandingPage" />;
}
