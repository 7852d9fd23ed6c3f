import * as React from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { FormField } from "@/components/FormField";
import { TimeZoneSelect } from "@/components/TimeZoneSelect";
import { ApiError, describeError } from "@/lib/api/problem";
import { useAuth, useLocalAuth } from "@/lib/auth/AuthProvider";
import { browserTimeZone } from "@/lib/time";
import { safeReturnTo } from "../returnTo";
import { ClerkAuthForm } from "../components/ClerkAuthForm";

const MIN_PASSWORD = 10;

export default function SignUpPage() {
  const [params] = useSearchParams();
  const returnTo = safeReturnTo(params.get("returnTo"));
  const auth = useAuth();
  const local = useLocalAuth();
  const navigate = useNavigate();
  const [form, setForm] = React.useState({ name: "", email: "", password: "", timeZone: browserTimeZone() });
  const [error, setError] = React.useState<unknown>(null);
  const [busy, setBusy] = React.useState(false);

  React.useEffect(() => {
    if (auth.status === "signed-in") navigate(returnTo, { replace: true });
  }, [auth.status, navigate, returnTo]);

  if (!local) return <ClerkAuthForm kind="sign-up" returnTo={returnTo} />;

  const serverErrors = error instanceof ApiError ? error.fieldErrors : {};
  const set = (field: keyof typeof form) => (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setForm((f) => ({ ...f, [field]: event.target.value }));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    // the server checks everything again; this only spares a round trip for the obvious
    if (form.password.length < MIN_PASSWORD) {
      setError(new ApiError(400, { errors: [{ field: "password", message: `must be at least ${MIN_PASSWORD} characters` }] }));
      return;
    }
    setBusy(true);
    try {
      await local.signUp({ name: form.name.trim(), email: form.email.trim(), password: form.password, timeZone: form.timeZone });
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="mx-auto max-w-md">
      <Card>
        <CardHeader>
          <CardTitle>
            <h1 className="text-2xl">Create your Mentra account</h1>
          </CardTitle>
          <CardDescription>Ask AI mentors, convene a council, and book time with people who have been there.</CardDescription>
        </CardHeader>
        <CardContent>
          <form onSubmit={submit} className="grid gap-4" noValidate>
            {error !== null && Object.keys(serverErrors).length === 0 && (
              <Alert variant="destructive">
                <AlertDescription>{describeError(error).detail}</AlertDescription>
              </Alert>
            )}
            <FormField label="Your name" error={serverErrors.name}>
              <Input autoComplete="name" required maxLength={100} value={form.name} onChange={set("name")} />
            </FormField>
            <FormField label="Email" error={serverErrors.email}>
              <Input type="email" autoComplete="email" required value={form.email} onChange={set("email")} />
            </FormField>
            <FormField label="Password" hint={`At least ${MIN_PASSWORD} characters.`} error={serverErrors.password}>
              <Input type="password" autoComplete="new-password" required value={form.password} onChange={set("password")} />
            </FormField>
            <FormField label="Time zone" hint="Session times are shown in this zone." error={serverErrors.timeZone}>
              <TimeZoneSelect value={form.timeZone} onChange={set("timeZone")} />
            </FormField>
            <Button type="submit" disabled={busy}>
              {busy ? "Creating your account…" : "Create account"}
            </Button>
            <p className="text-center text-sm text-muted-foreground">
              Already have an account?{" "}
              <Link className="font-medium text-primary underline-offset-4 hover:underline" to={`/sign-in?returnTo=${encodeURIComponent(returnTo)}`}>
                Sign in
              </Link>
            </p>
          </form>
        </CardContent>
      </Card>
    </div>
  );
}
