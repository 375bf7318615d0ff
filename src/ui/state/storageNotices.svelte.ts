// What the page says about saving: each storage message once, in the order met. Progress, the
// settings and the theme report here and the shell shows it; kept apart from the settings so the
// shell listens without loading them (they load with the first figure that needs them).
import { untrack } from 'svelte';

let shown = $state<readonly string[]>([]);
// Not reactive: only `tell` reads it.
const told: string[] = [];

export const storageNotices = {
  /** The messages told and not yet dismissed. */
  get shown(): readonly string[] {
    return shown;
  },
  /** Tells a message unless it was told before; safe to call from an effect. */
  tell(message: string) {
    if (told.includes(message)) return;
    told.push(message);
    shown = [...untrack(() => shown), message];
  },
  dismiss() {
    shown = [];
  },
};
