import * as React from "react";
import { Button } from "@/components/ui/button";

/**
 * A screen that failed to load or render: says so, and offers a way on. Resets when the person navigates
 * elsewhere (`resetKey`), so one broken screen does not take the app with it.
 */
export class RouteErrorBoundary extends React.Component<{ resetKey: string; children: React.ReactNode }, { error: unknown }> {
  state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  componentDidUpdate(previous: { resetKey: string }) {
    if (previous.resetKey !== this.props.resetKey && this.state.error !== null) this.setState({ error: null });
  }

  render() {
    return this.state.error !== null ? <RouteError error={this.state.error} /> : this.props.children;
  }
}

function RouteError({ error }: { error: unknown }) {
  // a new deployment replaced the chunk this page asked for: reloading fetches the new one
  const staleChunk = error instanceof Error && /dynamically imported module|Importing a module script failed/i.test(error.message);
  return (
    <div role="alert" className="mx-auto flex max-w-md flex-col items-center justify-center gap-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="text-muted-foreground">
        {staleChunk
          ? "Mentra was updated while this page was open. Reload to get the new version."
          : "This screen could not be shown. Reloading usually helps."}
      </p>
      <div className="flex gap-2">
        <Button onClick={() => window.location.reload()}>Reload</Button>
        <Button variant="outline" onClick={() => window.location.assign("/")}>
          Home
        </Button>
      </div>
    </div>
  );
}
