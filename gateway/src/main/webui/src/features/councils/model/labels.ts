/**
 * Which answer each "Response X" was. The aggregate ranking says it outright (its text lists the labels in the
 * order of its mentor ids); before it arrives, labels follow the order the members answered in, as the engine
 * assigns them.
 */
export function responseLabels(
  aggregate: { order: string[]; text: string } | undefined,
  answeredInSeatOrder: string[],
): Record<string, string> {
  const fromAggregate = aggregate ? labelsIn(aggregate.text) : [];
  if (aggregate && fromAggregate.length > 0 && fromAggregate.length === aggregate.order.length) {
    return Object.fromEntries(fromAggregate.map((label, i) => [label, aggregate.order[i]!]));
  }
  return Object.fromEntries(answeredInSeatOrder.map((id, i) => [`Response ${String.fromCharCode(65 + i)}`, id]));
}

/** "1. Response B\n2. Response C" → ["Response B", "Response C"]. */
export function labelsIn(text: string): string[] {
  return [...text.matchAll(/Response [A-Z]\b/g)].map((m) => m[0]);
}
