// What a test lead in the preview would have sent, and where, shown in the
// builder instead of being sent: the request exactly as the planner builds it
// (core.lead's, in the event's detail), or, for a host that handles the lead
// itself, the event's detail.
import { requestBody } from '../lead-request.js';

// The request as a person reads it: the method and address, then the body (JSON indented, form data a pair a line).
function requestText(send) {
  if (send.mailto) return send.mailto;
  const { type, body } = requestBody(send);
  const readable = send.encoding === 'form' ? body.replaceAll('&', '\n&') : JSON.stringify(send.payload, null, 2);
  return `${send.method} ${send.url}\nContent-Type: ${type}\n\n${readable}`;
}

// box: the preview's #preview-sent; detail: the funnel-planner-lead event's; words: WORDS[lang].
export function showLead(box, detail, words) {
  box.querySelector('h3').textContent = detail.send ? words.sentTitle : words.sentEvent;
  const { contact, consentText, plan, link } = detail;
  box.querySelector('code').textContent = detail.send ? requestText(detail.send) : JSON.stringify({ contact, consentText, plan, link }, null, 2);
  box.hidden = false;
}
