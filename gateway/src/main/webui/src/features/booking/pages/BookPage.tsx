import { PageHeader } from "@/components/PageHeader";

// Placeholder: the screen is being built.
export default function BookPage() {
  return <PageHeader title="BookPage" />;
}
