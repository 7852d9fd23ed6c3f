import * as React from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { FormField } from "@/components/FormField";
import { ApiError, describeError } from "@/lib/api/problem";
import { useAuth, useLocalAuth } from "@/lib/auth/AuthProvider";
import { safeReturnTo } from "../returnTo";
import { ClerkAuthForm } from "../components/ClerkAuthForm";

export default function SignInPage() {
  const [params] = useSearchParams();
  const returnTo = safeReturnTo(params.get("returnTo"));
  const expired = params.get("expired") === "1";
  const auth = useAuth();
  const local = useLocalAuth();
  const navigate = useNavigate();
  const [email, setEmail] = React.useState("");
  const [password, setPassword] = React.useState("");
  const [error, setError] = React.useState<unknown>(null);
  const [busy, setBusy] = React.useState(false);

  React.useEffect(() => {
    if (auth.status === "signed-in") navigate(returnTo, { replace: true });
  }, [auth.status, navigate, returnTo]);

  if (!local) return <ClerkAuthForm kind="sign-in" returnTo={returnTo} />;

  const fieldErrors = error instanceof ApiError ? error.fieldErrors : {};
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await local.signIn(email.trim(), password);
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
            <h1 className="text-2xl">Sign in to Mentra</h1>
          </CardTitle>
          <CardDescription>Welcome back. Your mentors are waiting.</CardDescription>
        </CardHeader>
        <CardContent>
          <form onSubmit={submit} className="grid gap-4" noValidate>
            {expired && !error && (
              <Alert variant="warning">
                <AlertDescription>Your session ended. Sign in again to carry on where you were.</AlertDescription>
              </Alert>
            )}
            {error !== null && Object.keys(fieldErrors).length === 0 && (
              <Alert variant="destructive">
                <AlertDescription>{describeError(error).detail}</AlertDescription>
              </Alert>
            )}
            <FormField label="Email" error={fieldErrors.email}>
              <Input type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
            </FormField>
            <FormField label="Password" error={fieldErrors.password}>
              <Input
                type="password"
                autoComplete="current-password"
                required
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
            </FormField>
            <Button type="submit" disabled={busy}>
              {busy ? "Signing in…" : "Sign in"}
            </Button>
            <p className="text-center text-sm text-muted-foreground">
              New to Mentra?{" "}
              <Link className="font-medium text-primary underline-offset-4 hover:underline" to={`/sign-up?returnTo=${encodeURIComponent(returnTo)}`}>
                Create an account
              </Link>
            </p>
          </form>
        </CardContent>
      </Card>
    </div>
  );
}
