// Tells screen readers what changed once typing pauses: a polite live region
// rewritten on every keystroke would read half-typed plans aloud.
const ANNOUNCE_AFTER_MS = 800;

export class Announcer {
  #region;
  #timer = 0;

  constructor(region) {
    this.#region = region;
  }

  say(text) {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => { this.#region.textContent = text; }, ANNOUNCE_AFTER_MS);
  }

  stop() {
    clearTimeout(this.#timer);
  }
}
