#include "lead.h"

#include <optional>

#include "answer_value.h"
#include "link_text.h"
#include "request_decode.h"

namespace funnel {
namespace {

bool isSpaceOrControl(unsigned char c) { return c <= ' ' || c == 0x7F; }

std::string trimmed(const std::string& text) {
    std::size_t begin = 0, end = text.size();
    while (begin < end && isSpaceOrControl(static_cast<unsigned char>(text[begin]))) ++begin;
    while (end > begin && isSpaceOrControl(static_cast<unsigned char>(text[end - 1]))) --end;
    return text.substr(begin, end - begin);
}

bool isDomainLabel(std::string_view label) {
    if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') return false;
    for (const char c : label) {
        const auto byte = static_cast<unsigned char>(c);
        const bool ascii = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
        if (!ascii && byte < 0x80) return false;  // a letter of another script is one (münchen.de)
    }
    return true;
}

// "https://…", or "http://" for this computer (a host's test endpoint); no spaces, a host.
bool isEndpoint(const std::string& url) {
    if (url.size() > 2000) return false;
    for (const char c : url)
        if (isSpaceOrControl(static_cast<unsigned char>(c))) return false;
    for (std::string_view prefix : {"https://", "http://localhost", "http://127.0.0.1", "http://[::1]"})
        if (url.compare(0, prefix.size(), prefix) == 0 && url.size() > prefix.size()) return true;
    return false;
}

bool allOf(const std::string& text, std::size_t low, std::size_t high, bool (*ok)(char)) {
    if (text.size() < low || text.size() > high) return false;
    for (const char c : text)
        if (!ok(c)) return false;
    return true;
}
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isHexOrDash(char c) { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == '-'; }

// A HubSpot form's GUID: 8-4-4-4-12 hex digits.
bool isFormId(const std::string& id) {
    if (!allOf(id, 36, 36, isHexOrDash)) return false;
    for (std::size_t i = 0; i < id.size(); ++i)
        if ((id[i] == '-') != (i == 8 || i == 13 || i == 18 || i == 23)) return false;
    return true;
}

struct Words {
    const char *subject, *name, *email, *company, *consent, *link;
};
constexpr Words kWords[] = {
    {"Funnel plan from ", "Name", "E-mail", "Company", "Consent", "Link to the plan"},
    {"Funnel-Plan von ", "Name", "E-Mail", "Unternehmen", "Einwilligung", "Link zum Plan"},
};

// The plan as lines of text: "Ziel: 50 Kunden pro Monat", then the link.
std::string planText(const LeadRequest& request, const Words& words) {
    std::string text;
    for (const PlanLine& line : request.plan) text += line.label + ": " + line.text + "\n";
    if (!request.link.empty()) text += std::string(words.link) + ": " + request.link + "\n";
    return text;
}

Value hubspotField(const char* name, const std::string& value) {
    return Value::object()
        .set("objectTypeId", Value::of("0-1"))
        .set("name", Value::of(name))
        .set("value", Value::of(value));
}

Value hubspotPayload(const LeadRequest& request, const Contact& contact, const Words& words) {
    // One name field: the last word is the last name ("Erika Mustermann"; "Cher" is a first name only).
    const std::size_t space = contact.name.rfind(' ');
    Value fields = Value::array().push(hubspotField("email", contact.email));
    fields.push(
        hubspotField("firstname", space == std::string::npos ? contact.name : trimmed(contact.name.substr(0, space))));
    if (space != std::string::npos) fields.push(hubspotField("lastname", contact.name.substr(space + 1)));
    if (!contact.company.empty()) fields.push(hubspotField("company", contact.company));
    fields.push(hubspotField("message", planText(request, words)));
    return Value::object()
        .set("fields", std::move(fields))
        .set("context",
             Value::object().set("pageUri", Value::of(request.pageUri)).set("pageName", Value::of(request.pageName)))
        .set("legalConsentOptions",
             Value::object().set(
                 "consent",
                 Value::object().set("consentToProcess", Value::of(true)).set("text", Value::of(request.consentText))));
}

Value jsonPayload(const LeadRequest& request, const Contact& contact) {
    Value plan = Value::object();
    for (const PlanLine& line : request.plan) plan.set(line.key, Value::of(line.text));
    plan.set("link", Value::of(request.link));
    return Value::object()
        .set("contact", Value::object()
                            .set("name", Value::of(contact.name))
                            .set("email", Value::of(contact.email))
                            .set("company", Value::of(contact.company)))
        .set("consent", Value::object().set("given", Value::of(true)).set("text", Value::of(request.consentText)))
        .set("plan", std::move(plan))
        .set("page", Value::of(request.pageUri));
}

// The same, flattened for a form post: [[name, value], …].
Value formPayload(const LeadRequest& request, const Contact& contact) {
    Value pairs = Value::array();
    const auto pair = [&pairs](const std::string& name, const std::string& value) {
        pairs.push(Value::array().push(Value::of(name)).push(Value::of(value)));
    };
    pair("contact.name", contact.name);
    pair("contact.email", contact.email);
    pair("contact.company", contact.company);
    pair("consent.given", "true");
    pair("consent.text", request.consentText);
    for (const PlanLine& line : request.plan) pair("plan." + line.key, line.text);
    pair("plan.link", request.link);
    pair("page", request.pageUri);
    return pairs;
}

std::string mailto(const LeadRequest& request, const Contact& contact, const Words& words) {
    std::string body = std::string(words.name) + ": " + contact.name + "\n" + words.email + ": " + contact.email + "\n";
    if (!contact.company.empty()) body += std::string(words.company) + ": " + contact.company + "\n";
    body += "\n" + planText(request, words);
    if (!request.consentText.empty()) body += "\n" + std::string(words.consent) + ": " + request.consentText + "\n";
    std::string crlf;  // RFC 6068: line breaks in a mailto body are CRLF
    for (const char c : body) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    return "mailto:" + link::percentEncode(request.address) + "?subject=" +
           link::percentEncode(std::string(words.subject) + (contact.name.empty() ? contact.email : contact.name)) +
           "&body=" + link::percentEncode(crlf);
}

}  // namespace

bool isEmailAddress(const std::string& text) {
    const std::string address = trimmed(text);
    const std::size_t at = address.find('@');
    if (address.size() > 254 || at == std::string::npos || at == 0 || at > 64 ||
        address.find('@', at + 1) != std::string::npos)
        return false;
    const std::string_view local(address.data(), at);
    if (local.front() == '.' || local.back() == '.' || local.find("..") != std::string_view::npos) return false;
    for (const char c : local) {
        const auto byte = static_cast<unsigned char>(c);
        if (isSpaceOrControl(byte) || std::string_view("()<>,;:\\\"[]").find(c) != std::string_view::npos) return false;
    }
    const std::string_view domain = std::string_view(address).substr(at + 1);
    const std::vector<std::string_view> labels = link::split(domain, '.');
    if (labels.size() < 2) return false;
    for (const std::string_view label : labels)
        if (!isDomainLabel(label)) return false;
    const std::string_view top = labels.back();
    bool digitsOnly = true;
    for (const char c : top) digitsOnly = digitsOnly && isDigit(c);
    return top.size() >= 2 && !digitsOnly;
}

Value leadValue(const LeadRequest& request) {
    std::vector<Issue> errors;
    const Contact contact{trimmed(request.contact.name), trimmed(request.contact.email),
                          trimmed(request.contact.company)};
    if (request.nameRequired && contact.name.empty()) errors.push_back({"contact.name", Code::missing});
    if (contact.email.empty())
        errors.push_back({"contact.email", Code::missing});
    else if (!isEmailAddress(contact.email))
        errors.push_back({"contact.email", Code::invalid_email});
    if (request.companyRequired && contact.company.empty()) errors.push_back({"contact.company", Code::missing});
    if (!request.consent) errors.push_back({"consent", Code::consent_required});
    const bool targetOk = request.target == LeadTarget::event ||
                          (request.target == LeadTarget::hubspot && allOf(request.portalId, 1, 12, isDigit) &&
                           isFormId(request.formId)) ||
                          (request.target == LeadTarget::url && isEndpoint(request.url)) ||
                          (request.target == LeadTarget::mailto && isEmailAddress(request.address));
    if (!targetOk) errors.push_back({"target", Code::bad_endpoint});
    if (!errors.empty())
        return Value::object().set("ok", Value::of(false)).set("errors", issuesValue(errors, request.locale));
    const Words& words = kWords[request.locale == Locale::de ? 1 : 0];
    Value send = Value::null();
    const auto post = [](std::string url, const char* encoding, Value payload) {
        return Value::object()
            .set("method", Value::of("POST"))
            .set("url", Value::of(std::move(url)))
            .set("encoding", Value::of(encoding))
            .set("payload", std::move(payload));
    };
    if (request.target == LeadTarget::hubspot)
        send =
            post("https://api.hsforms.com/submissions/v3/integration/submit/" + request.portalId + "/" + request.formId,
                 "json", hubspotPayload(request, contact, words));
    else if (request.target == LeadTarget::url)
        send = request.formEncoded ? post(request.url, "form", formPayload(request, contact))
                                   : post(request.url, "json", jsonPayload(request, contact));
    else if (request.target == LeadTarget::mailto)
        send = Value::object().set("mailto", Value::of(mailto(request, contact, words)));
    return Value::object().set("ok", Value::of(true)).set("send", std::move(send));
}

namespace {

std::string textAt(const Value& object, const char* key) {
    const Value* value = given(object, key);
    return value && value->is(Value::Kind::string) ? value->string : std::string();
}

bool flagAt(const Value& object, const char* key, bool fallback) {
    const Value* value = given(object, key);
    return value && value->is(Value::Kind::boolean) ? value->boolean : fallback;
}

// The host's "lead-to" setting read into the request's target; anything else is no target (bad_endpoint).
void readTarget(const std::string& to, LeadRequest& request) {
    const auto after = [&to](std::string_view prefix) {
        return to.compare(0, prefix.size(), prefix) == 0 ? std::optional<std::string>(to.substr(prefix.size()))
                                                         : std::nullopt;
    };
    if (to == "event") {
        request.target = LeadTarget::event;
    } else if (const auto hubspot = after("hubspot:")) {
        request.target = LeadTarget::hubspot;
        const std::size_t slash = hubspot->find('/');
        request.portalId = hubspot->substr(0, slash);
        if (slash != std::string::npos) request.formId = hubspot->substr(slash + 1);
    } else if (const auto form = after("form:")) {
        request.target = LeadTarget::url;
        request.formEncoded = true;
        request.url = *form;
    } else if (const auto address = after("mailto:")) {
        request.target = LeadTarget::mailto;
        request.address = *address;
    } else {
        request.target = LeadTarget::url;
        request.url = to;  // checked as an endpoint: https, or http to this computer
    }
}

}  // namespace

Value leadValue(const Value& input) {
    LeadRequest request;
    const Value none = Value::object();
    const Value& in = input.is(Value::Kind::object) ? input : none;
    request.locale = localeFromTag(textAt(in, "locale"));
    if (const Value* contact = given(in, "contact"); contact && contact->is(Value::Kind::object))
        request.contact = {textAt(*contact, "name"), textAt(*contact, "email"), textAt(*contact, "company")};
    request.consent = flagAt(in, "consent", false);
    request.consentText = textAt(in, "consentText");
    request.nameRequired = flagAt(in, "nameRequired", true);
    request.companyRequired = flagAt(in, "companyRequired", false);
    readTarget(textAt(in, "to"), request);
    request.pageUri = textAt(in, "pageUri");
    request.pageName = textAt(in, "pageName");
    if (const Value* plan = given(in, "plan"); plan && plan->is(Value::Kind::array))
        for (const Value& line : plan->items)
            if (line.is(Value::Kind::object))
                request.plan.push_back({textAt(line, "key"), textAt(line, "label"), textAt(line, "text")});
    request.link = textAt(in, "link");
    return leadValue(request);
}

}  // namespace funnel
