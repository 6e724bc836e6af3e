// Lead capture (lead.h): addresses people type, the checks before anything is
// sent (consent above all), and what goes to each kind of endpoint: HubSpot's
// public form submission format, a host's JSON or form post, a mailto.
#include "lead.h"

#include <gtest/gtest.h>

namespace funnel {
namespace {

LeadRequest erika(LeadTarget target = LeadTarget::event) {
    LeadRequest request;
    request.contact = {"  Erika Mustermann ", "erika@muster-gmbh.de", "Muster GmbH"};
    request.consent = true;
    request.consentText = "Ich willige ein, dass die Muster GmbH mich kontaktiert.";
    request.target = target;
    request.portalId = "1234567";
    request.formId = "0a1b2c3d-4e5f-6789-abcd-ef0123456789";
    request.url = "https://www.muster-gmbh.de/api/leads";
    request.address = "vertrieb@muster-gmbh.de";
    request.pageUri = "https://www.muster-gmbh.de/rechner";
    request.pageName = "Funnel-Rechner";
    request.plan = {{"goal", "Ziel", "50 Kunden pro Monat"}, {"mqls", "MQLs", "400 pro Monat"}};
    request.link = "https://www.muster-gmbh.de/rechner#fp1&g=50";
    request.locale = Locale::de;
    return request;
}

std::vector<std::string> errorsOf(const Value& answer) {
    std::vector<std::string> out;
    for (const Value& error : answer.find("errors")->items)
        out.push_back(error.find("field")->string + ":" + error.find("code")->string);
    return out;
}

TEST(Lead, AddressesAsPeopleTypeThem) {
    for (const char* good : {"erika@muster-gmbh.de", "e.mustermann+funnel@sub.muster.co.uk", " max@firma.de ",
                             "jürgen@müller-bau.de", "o'brien@example.ie"})
        EXPECT_TRUE(isEmailAddress(good)) << good;
    for (const char* bad : {"", "erika", "erika@", "@muster.de", "erika@muster", "erika@@muster.de", "erika@muster.d",
                            "er ika@muster.de", "erika@muster..de", ".erika@muster.de", "erika@-muster.de",
                            "erika@muster.123", "erika@muster.de, max@muster.de", "<erika@muster.de>"})
        EXPECT_FALSE(isEmailAddress(bad)) << bad;
}

TEST(Lead, NothingIsSentWithoutConsentAndEachProblemIsNamed) {
    LeadRequest request = erika(LeadTarget::hubspot);
    request.consent = false;
    request.contact = {"", "erika@muster", ""};
    request.companyRequired = true;
    const Value answer = leadValue(request);
    EXPECT_FALSE(answer.find("ok")->boolean);
    EXPECT_EQ(answer.find("send"), nullptr);
    EXPECT_EQ(errorsOf(answer), (std::vector<std::string>{"contact.name:missing", "contact.email:invalid_email",
                                                          "contact.company:missing", "consent:consent_required"}));
    EXPECT_EQ(answer.find("errors")->items[3].find("message")->string,
              "Bitte stimmen Sie zu, indem Sie das Kästchen ankreuzen, bevor Sie absenden.");
}

TEST(Lead, HubSpotsPublicFormSubmission) {
    const Value answer = leadValue(erika(LeadTarget::hubspot));
    ASSERT_TRUE(answer.find("ok")->boolean) << errorsOf(answer).front();
    const Value& send = *answer.find("send");
    EXPECT_EQ(send.find("url")->string,
              "https://api.hsforms.com/submissions/v3/integration/submit/1234567/0a1b2c3d-4e5f-6789-abcd-ef0123456789");
    EXPECT_EQ(send.find("encoding")->string, "json");
    const Value& fields = *send.find("payload")->find("fields");
    std::vector<std::string> pairs;
    for (const Value& field : fields.items)
        pairs.push_back(field.find("name")->string + "=" + field.find("value")->string);
    EXPECT_EQ(pairs, (std::vector<std::string>{"email=erika@muster-gmbh.de", "firstname=Erika", "lastname=Mustermann",
                                               "company=Muster GmbH",
                                               "message=Ziel: 50 Kunden pro Monat\nMQLs: 400 pro Monat\nLink zum Plan: "
                                               "https://www.muster-gmbh.de/rechner#fp1&g=50\n"}));
    EXPECT_EQ(fields.items[0].find("objectTypeId")->string, "0-1");
    const Value& consent = *send.find("payload")->find("legalConsentOptions")->find("consent");
    EXPECT_TRUE(consent.find("consentToProcess")->boolean);
    EXPECT_EQ(consent.find("text")->string, "Ich willige ein, dass die Muster GmbH mich kontaktiert.");
    EXPECT_EQ(send.find("payload")->find("context")->find("pageUri")->string, "https://www.muster-gmbh.de/rechner");
}

TEST(Lead, AHostsEndpointAsJsonOrAsAForm) {
    const Value answer = leadValue(erika(LeadTarget::url));
    const Value& json = *answer.find("send");
    EXPECT_EQ(json.find("url")->string, "https://www.muster-gmbh.de/api/leads");
    EXPECT_EQ(json.find("payload")->find("contact")->find("name")->string, "Erika Mustermann");
    EXPECT_EQ(json.find("payload")->find("plan")->find("mqls")->string, "400 pro Monat");
    EXPECT_TRUE(json.find("payload")->find("consent")->find("given")->boolean);
    LeadRequest form = erika(LeadTarget::url);
    form.formEncoded = true;
    const Value posted = leadValue(form);
    const Value& pairs = *posted.find("send")->find("payload");
    EXPECT_EQ(posted.find("send")->find("encoding")->string, "form");
    EXPECT_EQ(pairs.items[1].items[0].string, "contact.email");
    EXPECT_EQ(pairs.items[1].items[1].string, "erika@muster-gmbh.de");
    // Only https, or plain http to this computer (a host's test endpoint).
    for (const char* url : {"http://www.muster-gmbh.de/leads", "javascript:alert(1)", "https://", "ftp://x.de"}) {
        LeadRequest wrong = erika(LeadTarget::url);
        wrong.url = url;
        EXPECT_EQ(errorsOf(leadValue(wrong)), (std::vector<std::string>{"target:bad_endpoint"})) << url;
    }
    LeadRequest local = erika(LeadTarget::url);
    local.url = "http://127.0.0.1:8080/leads";
    EXPECT_TRUE(leadValue(local).find("ok")->boolean);
}

TEST(Lead, AMailToTheHost) {
    const std::string mailto = leadValue(erika(LeadTarget::mailto)).find("send")->find("mailto")->string;
    EXPECT_EQ(mailto.rfind("mailto:vertrieb%40muster-gmbh.de?subject=Funnel-Plan%20von%20Erika%20Mustermann&body=", 0),
              0u);
    EXPECT_NE(mailto.find("&body=Name%3A%20Erika%20Mustermann%0D%0AE-Mail%3A%20erika%40muster-gmbh.de%0D%0A"),
              std::string::npos);
    EXPECT_EQ(mailto.find('\n'), std::string::npos);
}

TEST(Lead, AWrongHubSpotSetupIsTheHostsNotTheVisitors) {
    LeadRequest request = erika(LeadTarget::hubspot);
    request.formId = "not-a-guid";
    EXPECT_EQ(errorsOf(leadValue(request)), (std::vector<std::string>{"target:bad_endpoint"}));
    request = erika(LeadTarget::hubspot);
    request.portalId = "12a";
    EXPECT_EQ(errorsOf(leadValue(request)), (std::vector<std::string>{"target:bad_endpoint"}));
    EXPECT_TRUE(leadValue(erika()).find("send")->is(Value::Kind::null));  // the event only
}

TEST(Lead, TheHostsSettingAsThePageHandsItOver) {
    const auto answer = [](const char* to) {
        return leadValue(
            Value::object()
                .set("locale", Value::of("en"))
                .set("contact", Value::object().set("name", Value::of("Max")).set("email", Value::of("max@firma.de")))
                .set("consent", Value::of(true))
                .set("to", Value::of(to)));
    };
    EXPECT_EQ(answer("hubspot:1234567/0a1b2c3d-4e5f-6789-abcd-ef0123456789").find("send")->find("url")->string,
              "https://api.hsforms.com/submissions/v3/integration/submit/1234567/0a1b2c3d-4e5f-6789-abcd-ef0123456789");
    EXPECT_EQ(answer("form:https://firma.de/leads").find("send")->find("encoding")->string, "form");
    EXPECT_EQ(answer("https://firma.de/leads").find("send")->find("encoding")->string, "json");
    EXPECT_NE(answer("mailto:vertrieb@firma.de").find("send")->find("mailto"), nullptr);
    EXPECT_TRUE(answer("event").find("send")->is(Value::Kind::null));
    EXPECT_EQ(errorsOf(answer("hubspot:1234567")), (std::vector<std::string>{"target:bad_endpoint"}));
    EXPECT_EQ(errorsOf(answer("")), (std::vector<std::string>{"target:bad_endpoint"}));
    EXPECT_FALSE(leadValue(Value::of(7.0)).find("ok")->boolean);
}

}  // namespace
}  // namespace funnel
