import { PageHeader } from "@/components/PageHeader";

// Placeholder: the screen is being built.
export default function MyBookingsPage() {
  return <PageHeader title="MyBookingsPage" />;
}
