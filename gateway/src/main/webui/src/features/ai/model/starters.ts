const TEMPLATES = [
  (topic: string) => `Where should I start with ${topic}?`,
  (topic: string) => `What are common mistakes people make with ${topic}?`,
  (topic: string) => `What is one small step I could take this week on ${topic}?`,
  (topic: string) => `How can I tell whether I am getting better at ${topic}?`,
];

const GENERIC = [
  "What should I focus on first?",
  "Can you help me think through a decision I am facing?",
  "What is one small step I could take this week?",
];

/**
 * Questions to start a conversation with, one per expertise topic (each phrased differently so the list reads
 * naturally); generic ones for a mentor without listed expertise.
 */
export function starterQuestions(expertise: readonly string[] | undefined, count = 3): string[] {
  const topics = [...new Set((expertise ?? []).map((t) => t.trim().toLowerCase()).filter(Boolean))];
  if (topics.length === 0) return GENERIC.slice(0, count);
  return topics.slice(0, Math.min(count, TEMPLATES.length)).map((topic, i) => TEMPLATES[i]!(topic));
}
