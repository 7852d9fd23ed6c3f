import * as React from "react";
import { Link } from "react-router";
import { ExternalLinkIcon } from "lucide-react";
import { ErrorState } from "@/components/ErrorState";
import { PageHeader } from "@/components/PageHeader";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { hasRole, useAuth } from "@/lib/auth/AuthProvider";
import { MentorsOnly } from "@/features/availability";
import { useOwnMentorProfile, useViewerTimeZone, type ApplicationDraft } from "@/features/profile";
import type { OwnProfile } from "../api/profile";
import { AcuityConnectionCard } from "../components/AcuityConnectionCard";
import { ProfileForm } from "../components/ProfileForm";
import { ProfilePreview } from "../components/ProfilePreview";
import { useUpdateProfile } from "../hooks/useUpdateProfile";
import { fromOwnProfile, previewMentor } from "../model/profileForm";

/** `/mentor/profile`: what mentees see of me, edited with a preview; my Acuity connection, read-only. */
export default function MentorProfilePage() {
  const auth = useAuth();
  if (!hasRole(auth, "mentor")) return <MentorsOnly title="Your mentor profile" />;
  return <MentorProfileScreen userId={auth.status === "signed-in" ? auth.user.id : ""} />;
}

function MentorProfileScreen({ userId }: { userId: string }) {
  const own = useOwnMentorProfile();
  if (own.isPending) {
    return (
      <>
        <PageHeader title="Your mentor profile" />
        <div className="grid gap-6 lg:grid-cols-2" role="status" aria-busy="true" aria-label="Loading your profile">
          <Skeleton className="h-96 w-full" />
          <Skeleton className="h-96 w-full" />
        </div>
      </>
    );
  }
  if (own.isError) {
    return (
      <>
        <PageHeader title="Your mentor profile" />
        <ErrorState error={own.error} onRetry={() => void own.refetch()} />
      </>
    );
  }
  if (!own.data) return <MentorsOnly title="Your mentor profile" />;
  return <ProfileEditor own={own.data} userId={userId} />;
}

function ProfileEditor({ own, userId }: { own: OwnProfile; userId: string }) {
  const zone = useViewerTimeZone();
  const baseline = React.useMemo(() => fromOwnProfile(own, zone), [own, zone]);
  const [draft, setDraft] = React.useState<ApplicationDraft>(baseline);
  const update = useUpdateProfile(userId);
  const dirty = JSON.stringify(draft) !== JSON.stringify(baseline);
  const preview = React.useMemo(() => previewMentor(own.profile, draft), [own.profile, draft]);
  return (
    <>
      <PageHeader
        title="Your mentor profile"
        description="Everything mentees see on your page. Your name comes from your account."
        actions={
          <Button asChild variant="outline">
            <Link to={`/mentors/${encodeURIComponent(own.profile.id)}`}>
              <ExternalLinkIcon aria-hidden="true" /> View your public page
            </Link>
          </Button>
        }
      />
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] lg:items-start">
        <div className="grid min-w-0 gap-6">
          <ProfileForm
            draft={draft}
            dirty={dirty}
            saving={update.isPending}
            onChange={setDraft}
            onDiscard={() => setDraft(baseline)}
            onSave={(body, handlers) =>
              update.mutate(body, { onSuccess: (saved) => setDraft(fromOwnProfile(saved, zone)), onError: handlers.onError })
            }
          />
          <AcuityConnectionCard zone={zone} />
        </div>
        <div className="min-w-0 lg:sticky lg:top-20">
          <ProfilePreview mentor={preview} />
        </div>
      </div>
    </>
  );
}
