/**
 * One shared load per page that is forgotten if it fails: every caller gets the same promise
 * while it is pending or once it succeeded, and the next caller after a failure starts a new
 * load, so a retry can recover from a network blip instead of replaying a cached rejection.
 */
export function shareUntilRejected<T>(load: () => Promise<T>): () => Promise<T> {
  let shared: Promise<T> | undefined;
  return () => {
    if (!shared) {
      const attempt = load();
      shared = attempt;
      // forget this attempt when it fails; callers still see its rejection through `attempt`
      attempt.catch(() => {
        if (shared === attempt) shared = undefined;
      });
    }
    return shared;
  };
}
