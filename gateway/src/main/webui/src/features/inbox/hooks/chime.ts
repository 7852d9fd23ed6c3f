// A short two-note chime made in the browser (no sound file to fetch, nothing the CSP must allow).
let context: AudioContext | null = null;

/** Called from the click that turns sound on: browsers let a page play sound only after a gesture. */
export function primeChime() {
  if (typeof AudioContext === "undefined") return;
  context ??= new AudioContext();
  void context.resume().catch(() => undefined);
}

export function playChime() {
  if (!context) return;
  const start = context.currentTime;
  [660, 880].forEach((frequency, i) => {
    const oscillator = context!.createOscillator();
    const gain = context!.createGain();
    oscillator.type = "sine";
    oscillator.frequency.value = frequency;
    const at = start + i * 0.14;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.18, at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.3);
    oscillator.connect(gain).connect(context!.destination);
    oscillator.start(at);
    oscillator.stop(at + 0.32);
  });
}
