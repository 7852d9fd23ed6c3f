import { useQuery } from "@tanstack/react-query";
import { useAuth } from "@/lib/auth/AuthProvider";
import { browserTimeZone } from "@/lib/time";
import { profileKeys } from "../api/keys";
import { getMe } from "../api/me";

/** My own profile (name, email, time zone, roles). */
export function useMe() {
  const auth = useAuth();
  return useQuery({
    queryKey: profileKeys.me(),
    queryFn: ({ signal }) => getMe(signal),
    enabled: auth.status === "signed-in",
    staleTime: 5 * 60_000,
  });
}

/** The zone times are shown in: the one in my profile, else this browser's. */
export function useViewerTimeZone(): string {
  const { data } = useMe();
  return data?.timeZone || browserTimeZone();
}
