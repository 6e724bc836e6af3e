// Lead capture (issue 20, item 2): a visitor's contact, checked, and what the
// component sends where, built for the host's endpoint. Nothing is sent
// without the consent tick; the page only posts what this builds.
//   - a HubSpot form: HubSpot's public form submission endpoint (v3),
//     https://api.hsforms.com/submissions/v3/integration/submit/{portal}/{form},
//     with the fields email, firstname, lastname, company and message (the
//     plan's summary), the page's context and the consent text;
//   - a URL of the host's: the contact, the consent and the plan as JSON, or
//     form-encoded (the same names, flattened: contact.email, plan.goal ...);
//   - mailto: a message to the host's address, the plan in its body;
//   - none: only the cancelable event the page raises anyway.
#pragma once

#include <string>
#include <vector>

#include "issue.h"
#include "value.h"

namespace funnel {

struct Contact {
    std::string name, email, company;
};

enum class LeadTarget { event, hubspot, url, mailto };

// A line of the plan's summary: a stable key for a CRM ("goal", "mqls"), its label and its text in the page's
// language ("Ziel", "50 Kunden pro Monat").
struct PlanLine {
    std::string key, label, text;
};

struct LeadRequest {
    Contact contact;
    bool consent = false;
    std::string consentText;  // the host's, shown beside the tick
    bool nameRequired = true, companyRequired = false;
    LeadTarget target = LeadTarget::event;
    std::string portalId, formId;  // HubSpot
    std::string url;               // the host's endpoint
    bool formEncoded = false;      // else JSON
    std::string address;           // mailto
    std::string pageUri, pageName;
    std::vector<PlanLine> plan;  // the plan's summary as the page spells it
    std::string link;            // the plan's share link
    Locale locale = Locale::en;
};

// An e-mail address as people type them into a form: one "@", a local part and a domain with a dot, no spaces;
// international letters allowed. Not every address RFC 5321 permits (no quoted local parts): a typed one.
bool isEmailAddress(const std::string& text);

// { ok, errors } or { ok: true, send: { method, url, encoding: 'json' | 'form', payload } | { mailto } | null }.
Value leadValue(const LeadRequest& request);

// The same from what the page hands over: { locale, contact: { name, email, company }, consent, consentText,
// nameRequired, companyRequired, to, pageUri, pageName, plan: [{ key, label, text }], link }, where `to` is the
// host's setting: "hubspot:<portal>/<form>", an https address (JSON), "form:" and one (form-encoded),
// "mailto:<address>", or "event" (only the event).
Value leadValue(const Value& input);

}  // namespace funnel
