import { PageHeader } from "@/components/PageHeader";

// Placeholder: the screen is being built.
export default function ProfilePage() {
  return <PageHeader title="ProfilePage" />;
}
