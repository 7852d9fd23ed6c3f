import { ErrorState } from "@/components/ErrorState";
import { PageHeader } from "@/components/PageHeader";
import { PersonAvatar } from "@/components/Initials";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { AccountForm } from "../components/AccountForm";
import { MentorSection } from "../components/MentorSection";
import { useMe } from "../hooks/useMe";

/** `/profile`: my name, email, time zone and roles, and mentoring (my application, or my mentor page). */
export default function ProfilePage() {
  const me = useMe();
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title="Your profile" description="How you appear on Mentra, and the time zone your times are shown in." />
      {me.isPending ? (
        <div className="space-y-6" role="status" aria-busy="true" aria-label="Loading profile">
          <Skeleton className="h-80 w-full" />
          <Skeleton className="h-40 w-full" />
        </div>
      ) : me.isError ? (
        <ErrorState error={me.error} onRetry={() => void me.refetch()} />
      ) : (
        <div className="space-y-6">
          <Card>
            <CardHeader className="flex-row items-center gap-4">
              <PersonAvatar name={me.data.displayName ?? ""} src={me.data.avatarUrl} className="size-14 text-lg" />
              <div className="min-w-0">
                <h2 className="truncate text-lg leading-tight font-semibold">{me.data.displayName}</h2>
                <CardDescription className="truncate">{me.data.email}</CardDescription>
              </div>
            </CardHeader>
            <CardContent>
              <AccountForm me={me.data} />
            </CardContent>
          </Card>
          <MentorSection me={me.data} />
        </div>
      )}
    </div>
  );
}
