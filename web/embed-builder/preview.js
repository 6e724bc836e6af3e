// The builder's live preview: the planner as the snippet sets it, as a web
// component on this page or as the iframe (this server's embed.html, with
// funnel-planner-frame.js, which the builder page loads, sizing it). It
// stores nothing (a visitor's input kept on this origin would cover the
// settings being tried), and it never sends a lead or follows the call to
// action: both events are cancelled and shown (onLead, onCta) instead.
import { frameParts } from './snippets.js';

const FRAME_DELAY = 400;  // ms of quiet before the frame loads again: not on every keystroke

export class Preview {
  #box;
  #events;  // { onLead(detail), onCta(detail) }
  #kind = null;
  #attributes = [];
  #timer = 0;

  constructor(box, events) {
    this.#box = box;
    this.#events = events;
  }

  // Shows `attributes` ([[name, value]]) as `kind` ('component' or 'iframe').
  show(kind, attributes) {
    const previewed = [...attributes.filter(([name]) => name !== 'storage'), ['storage', 'off']];
    const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
    if (kind === this.#kind && same(previewed, this.#attributes)) return;
    const rebuild = kind !== this.#kind || kind === 'iframe' || !same(this.#goalOf(previewed), this.#goalOf(this.#attributes));
    const before = this.#attributes;
    this.#kind = kind;
    this.#attributes = previewed;
    clearTimeout(this.#timer);
    if (kind === 'iframe') this.#timer = setTimeout(() => this.#showFrame(previewed), this.#box.firstChild ? FRAME_DELAY : 0);
    else if (rebuild) this.#showComponent(previewed);
    else this.#update(this.#box.querySelector('funnel-planner'), previewed, before);
  }

  // The goal is a starting value, read once: another goal is another planner.
  #goalOf(attributes) { return attributes.filter(([name]) => name === 'goal' || name === 'currency'); }

  #showComponent(attributes) {
    const planner = document.createElement('funnel-planner');
    this.#update(planner, attributes);
    this.#listen(planner);
    this.#box.replaceChildren(planner);
  }

  // The element's settings exactly these: one set `before` and no longer wanted removed, so that a setting
  // turned off is off (the element's own, such as the style its accent sets, stay).
  #update(planner, attributes, before = []) {
    const wanted = new Map(attributes);
    for (const [name] of before) if (!wanted.has(name)) planner.removeAttribute(name);
    for (const [name, value] of wanted) if (planner.getAttribute(name) !== value) planner.setAttribute(name, value);
  }

  #showFrame(attributes) {
    const parts = frameParts(attributes, new URL('./', window.location.href).href);
    const frame = document.createElement('iframe');
    frame.src = parts.src;
    frame.title = 'Funnel Planner';
    frame.dataset.funnelPlanner = '';
    for (const [name, value] of parts.data) frame.setAttribute(name, value);
    frame.allow = 'clipboard-write';
    frame.height = '900';
    frame.width = '100%';
    // This page's own embed.html: its events can be heard here, so a test lead is shown, never sent.
    frame.addEventListener('load', () => this.#listen(frame.contentWindow));
    this.#box.replaceChildren(frame);
  }

  #listen(target) {
    target.addEventListener('funnel-planner-lead', (event) => {
      event.preventDefault();
      this.#events.onLead(event.detail);
    });
    target.addEventListener('funnel-planner-cta', (event) => {
      event.preventDefault();
      this.#events.onCta(event.detail);
    });
  }
}
