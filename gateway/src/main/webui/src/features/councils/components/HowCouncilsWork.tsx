import { CrownIcon, ListOrderedIcon, MessagesSquareIcon } from "lucide-react";

const STEPS = [
  { icon: MessagesSquareIcon, title: "Answers", text: "Every member answers your question on their own." },
  { icon: ListOrderedIcon, title: "Rankings", text: "Members rank each other's answers without knowing who wrote them." },
  { icon: CrownIcon, title: "Synthesis", text: "The chair brings the best of them together into one answer." },
];

/** The three stages of a council session, in a line. */
export function HowCouncilsWork() {
  return (
    <ol className="grid gap-3 sm:grid-cols-3" aria-label="How a council answers">
      {STEPS.map((step, i) => (
        <li key={step.title} className="flex gap-3 rounded-lg border bg-card p-3">
          <span className="flex size-8 shrink-0 items-center justify-center rounded-full bg-ai/15 text-ai">
            <step.icon className="size-4" aria-hidden="true" />
          </span>
          <div className="text-sm">
            <p className="font-medium">
              {i + 1}. {step.title}
            </p>
            <p className="text-muted-foreground">{step.text}</p>
          </div>
        </li>
      ))}
    </ol>
  );
}
