import * as React from "react";
import { describeError } from "@/lib/api/problem";
import { tryPersona } from "../api/personas";
import { idle, tryAnswer } from "../model/tryAnswer";

/**
 * The "try it" panel's question and answer. The answer is not server state anyone else reads (nothing is stored):
 * it lives here, streamed in, and is dropped when the panel goes; asking again stops the previous answer.
 */
export function useTryPersona(personaId: string) {
  const [answer, dispatch] = React.useReducer(tryAnswer, idle);
  const running = React.useRef<AbortController | null>(null);

  React.useEffect(() => () => running.current?.abort(), []);
  // another persona: another conversation
  React.useEffect(() => {
    running.current?.abort();
    dispatch({ kind: "reset" });
  }, [personaId]);

  const ask = React.useCallback(
    (question: string) => {
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      dispatch({ kind: "asked", question });
      tryPersona(personaId, question, (event) => {
        if (!controller.signal.aborted) dispatch(event);
      }, controller.signal)
        .then(() => {
          // a stream that ended without its final answer (the connection dropped) is a failure, not a hang
          if (!controller.signal.aborted) dispatch({ kind: "error", message: "The answer stopped before it was complete. Ask again." });
        })
        .catch((error: unknown) => {
          if (!controller.signal.aborted) dispatch({ kind: "error", message: describeError(error).detail });
        });
    },
    [personaId],
  );

  return { answer, ask };
}
