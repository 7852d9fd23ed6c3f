import { useMutation, useQueryClient } from "@tanstack/react-query";
import { toast } from "sonner";
import { session } from "@/lib/auth/session";
import { profileKeys } from "../api/keys";
import { type Me, type ProfilePatch, updateMe } from "../api/me";

/** Saves my name and time zone; the cached profile is replaced with the server's answer. */
export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: ProfilePatch) => updateMe(patch),
    onSuccess: (me, patch) => {
      queryClient.setQueryData<Me>(profileKeys.me(), me);
      toast.success("Profile saved");
      // the header shows the name from the session token: renew it so the new name shows without signing in again
      if (patch.displayName !== undefined) void session.handleUnauthorized();
    },
  });
}
