/**
 * How long to wait before reconnect attempt `attempt` (0 = the first after a drop): exponential from 500 ms to
 * 15 s, with jitter so that a restarted server is not met by every client in the same millisecond.
 */
export function reconnectDelayMs(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(15_000, 500 * 2 ** Math.max(0, attempt));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * How long to wait after the server closed with 1012 (it is restarting; every other replica is fine): any time
 * within a second, so that the many clients of a stopping replica do not all arrive at another in the same instant.
 */
export function restartReconnectDelayMs(random: () => number = Math.random): number {
  return Math.round(random() * 1_000);
}

/** Close codes chat-service uses (chat-service/README.md). */
export const CLOSE = {
  /** Authentication required, refused or expired: reconnect with a fresh token. */
  unauthorized: 4401,
  /** Too slow or too much: reconnect and catch up. */
  policy: 1008,
  tooLarge: 1009,
  /** The replica is stopping: reconnect (to another) at once and catch up. */
  serviceRestart: 1012,
} as const;
