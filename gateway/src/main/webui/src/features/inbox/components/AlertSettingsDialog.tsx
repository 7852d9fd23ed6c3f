import * as React from "react";
import { BellIcon, BellOffIcon } from "lucide-react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogClose,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { Switch } from "@/components/ui/switch";
import { notificationPermission, setAlertSettings, useAlertSettings } from "../hooks/useAlertSettings";
import { playChime, primeChime } from "../hooks/chime";
import type { Permission } from "../model/alerts";

/** Where the mentor turns on a sound or a desktop notification for messages that arrive while Mentra is hidden. */
export function AlertSettingsDialog() {
  const settings = useAlertSettings();
  const [permission, setPermission] = React.useState<Permission>(notificationPermission);
  const on = settings.desktop || settings.sound;

  const setDesktop = async (desktop: boolean) => {
    if (!desktop) return setAlertSettings({ ...settings, desktop: false });
    // asked only now, when the mentor turns it on: never on page load
    const answer = permission === "default" ? await Notification.requestPermission() : permission;
    setPermission(answer);
    setAlertSettings({ ...settings, desktop: answer === "granted" });
  };
  const setSound = (sound: boolean) => {
    if (sound) {
      primeChime();
      playChime();
    }
    setAlertSettings({ ...settings, sound });
  };

  return (
    <Dialog onOpenChange={(open) => open && setPermission(notificationPermission())}>
      <DialogTrigger asChild>
        <Button variant="outline">
          {on ? <BellIcon aria-hidden="true" /> : <BellOffIcon aria-hidden="true" />}
          Alerts {on ? "on" : "off"}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Alerts</DialogTitle>
          <DialogDescription>
            When a mentee writes or books while Mentra is in another tab or window. This browser remembers your choice.
          </DialogDescription>
        </DialogHeader>
        <div className="grid gap-4">
          <Setting
            id="alert-desktop"
            label="Desktop notification"
            hint="Shows who wrote and what; click it to open the conversation."
            checked={settings.desktop}
            disabled={permission === "unsupported" || permission === "denied"}
            onChange={(value) => void setDesktop(value)}
          />
          {permission === "denied" && (
            <Alert>
              <AlertDescription>
                <p>This browser blocks notifications from Mentra. Allow them in the site settings to turn this on.</p>
              </AlertDescription>
            </Alert>
          )}
          {permission === "unsupported" && (
            <p className="text-sm text-muted-foreground">This browser cannot show desktop notifications.</p>
          )}
          <Setting
            id="alert-sound"
            label="Sound"
            hint="A short chime."
            checked={settings.sound}
            onChange={setSound}
          />
        </div>
        <DialogFooter>
          <DialogClose asChild>
            <Button>Done</Button>
          </DialogClose>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}

function Setting({
  id,
  label,
  hint,
  checked,
  disabled,
  onChange,
}: {
  id: string;
  label: string;
  hint: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (value: boolean) => void;
}) {
  return (
    <div className="flex items-start justify-between gap-4 rounded-lg border p-3">
      <div className="space-y-1">
        <Label htmlFor={id}>{label}</Label>
        <p id={`${id}-hint`} className="text-sm text-muted-foreground">
          {hint}
        </p>
      </div>
      <Switch id={id} checked={checked} disabled={disabled} onCheckedChange={onChange} aria-describedby={`${id}-hint`} />
    </div>
  );
}
