// Where the input lives between visits: the share link in the address, the
// last input in localStorage, and (with url-sync) the address itself. One
// fragment for all of them, written and read by the core (readShareLink,
// writeShareLink); the format is in docs/api.md.
const STORAGE_KEY = 'funnel-planner';
// The fragments url-sync last put into this tab's address, newest first, one
// a line (sessionStorage: per tab). The last write, as the page goes, may not
// reach the address a reload opens: the one before it is kept too.
const ADDRESS_KEY = 'funnel-planner-address';
const ADDRESSES_KEPT = 3;
// Written once typing pauses: history.replaceState alone took 8 ms a call,
// and the link itself is not needed before (nor before the first plan shows).
const KEEP_AFTER_MS = 300;

export class Persistence {
  #core;
  #settings;  // { storage: () => bool, urlSync: () => bool, shareUrl: () => URL | null } from the host's attributes
  #shared = null;  // the share-link state of the last input
  #fragment = '';  // its link form, written when first needed
  #timer = 0;

  constructor(core, settings) {
    this.#core = core;
    this.#settings = settings;
  }

  // The input to start from: a share link in the address, else the last input
  // on this device. Returns { shared, notices } (notices: { source, list } or
  // null). Empty text holds nothing to read: a first visit makes no call for
  // it, each of which would compile more of the core before the first plan.
  read() {
    const read = (text) => (text ? this.#core.readShareLink(text) : { ok: false });
    const fromLink = read(window.location.hash);
    let stored = { ok: false };
    let ownAddress = false;
    if (this.#settings.storage()) {
      try {
        stored = read(window.localStorage.getItem(STORAGE_KEY));
        ownAddress = this.#addresses().includes(window.location.hash.slice(1));
      } catch {
        // Storage can be off or full in private windows: then nothing is kept.
      }
    }
    // url-sync writes the address once typing pauses (browsers throttle it),
    // storage as the page goes: after a quick reload the address this tab
    // wrote itself is one step behind storage. Any other link wins.
    const [answer, source] = fromLink.ok && !(ownAddress && stored.ok) ? [fromLink, 'link']
      : stored.ok ? [stored, 'storage'] : [{ state: {}, notices: [] }, null];
    return { shared: answer.state, notices: answer.notices.length ? { source, list: answer.notices } : null };
  }

  // The last input, to be stored once typing pauses.
  keep(shared) {
    this.#shared = shared;
    this.#fragment = '';
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.store(), KEEP_AFTER_MS);
  }

  link() {
    if (!this.#fragment && this.#shared) this.#fragment = this.#core.writeShareLink(this.#shared);
    return this.#fragment;
  }

  // The share link of the input as it is: the host's page (share-url) or this page's address, with the link as
  // its fragment.
  address() {
    const url = new URL(this.#settings.shareUrl?.() ?? window.location.href);
    url.hash = this.link();
    return url.href;
  }

  store() {
    clearTimeout(this.#timer);
    const fragment = this.link();
    if (!fragment) return;
    const storage = this.#settings.storage();
    if (storage) {
      try {
        window.localStorage.setItem(STORAGE_KEY, fragment);
      } catch {
        // Private windows may refuse: the planner still works.
      }
    }
    if (!this.#settings.urlSync()) return;
    window.history.replaceState(window.history.state, '', `#${fragment}`);
    if (!storage) return;
    try {
      window.sessionStorage.setItem(ADDRESS_KEY, [fragment, ...this.#addresses()].slice(0, ADDRESSES_KEPT).join('\n'));
    } catch {
      // As above: the address then simply wins.
    }
  }

  stop() {
    clearTimeout(this.#timer);
  }

  #addresses() {
    return (window.sessionStorage.getItem(ADDRESS_KEY) ?? '').split('\n');
  }
}
