// How a lead's request (core.lead's `send`: { method, url, encoding, payload })
// goes over the wire: its body and content type, the same for the form that
// sends it (lead-capture.js) and the embed builder that shows it (sent.js).
export function requestBody(send) {
  return send.encoding === 'form'
    ? { type: 'application/x-www-form-urlencoded', body: new URLSearchParams(send.payload).toString() }
    : { type: 'application/json', body: JSON.stringify(send.payload) };
}
