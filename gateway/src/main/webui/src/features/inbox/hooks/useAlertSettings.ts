import * as React from "react";
import { NO_ALERTS, readAlertSettings, writeAlertSettings, type AlertSettings, type Permission } from "../model/alerts";

// one copy for the whole page: the settings dialog writes it, the alerts read it
const listeners = new Set<() => void>();
let current: AlertSettings | null = null;

function storage(): Storage | undefined {
  try {
    return typeof window === "undefined" ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

export function alertSettings(): AlertSettings {
  current ??= readAlertSettings(storage());
  return current;
}

export function setAlertSettings(next: AlertSettings) {
  current = next;
  writeAlertSettings(storage(), next);
  listeners.forEach((listener) => listener());
}

/** How this browser tells the mentor about new messages while Mentra is in the background (off by default). */
export function useAlertSettings(): AlertSettings {
  return React.useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    alertSettings,
    () => NO_ALERTS,
  );
}

export function notificationPermission(): Permission {
  return typeof Notification === "undefined" ? "unsupported" : Notification.permission;
}
