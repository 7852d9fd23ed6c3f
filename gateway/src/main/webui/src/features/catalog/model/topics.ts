/** The `limit` fields that appear on most mentors, most common first. */
export function commonTopics(expertise: readonly (readonly string[] | null | undefined)[], limit = 8): string[] {
  const counts = new Map<string, { label: string; count: number }>();
  for (const list of expertise) {
    for (const raw of list ?? []) {
      const label = raw.trim();
      if (!label) continue;
      const key = label.toLowerCase();
      const entry = counts.get(key) ?? { label, count: 0 };
      entry.count++;
      counts.set(key, entry);
    }
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
    .slice(0, limit)
    .map((entry) => entry.label);
}
