/** A set of callbacks: `add` returns the function that removes the callback again. */
export class Listeners<A extends unknown[] = []> {
  private readonly callbacks = new Set<(...args: A) => void>();

  add(callback: (...args: A) => void): () => void {
    this.callbacks.add(callback);
    return () => {
      this.callbacks.delete(callback);
    };
  }

  emit(...args: A) {
    this.callbacks.forEach((callback) => callback(...args));
  }
}
