import { PageHeader } from "@/components/PageHeader";

// Placeholder: the screen is being built.
export default function DirectoryPage() {
  return <PageHeader title="DirectoryPage" />;
}
