import { useMutation, useQueryClient } from "@tanstack/react-query";
import { toast } from "sonner";
import { updateOwnProfile, type ProfileUpdate } from "../api/profile";
import { catalogMentorKey, catalogSearchesKey, ownProfileKey } from "../api/keys";

/** Saves my public profile: my own view of it at once, the catalog's (my page, search results) refetched. */
export function useUpdateProfile(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProfileUpdate) => updateOwnProfile(body),
    onSuccess: (own) => {
      queryClient.setQueryData(ownProfileKey(userId), own);
      void queryClient.invalidateQueries({ queryKey: catalogMentorKey(own.profile.id) });
      void queryClient.invalidateQueries({ queryKey: catalogSearchesKey });
      toast.success("Profile saved", { description: "Mentees see the new version now." });
    },
  });
}
