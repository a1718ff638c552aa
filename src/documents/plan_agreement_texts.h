#pragma once
// The built-in texts of the payment-plan agreement letter (template kind "plan_agreement")
// in the section format of letter_templates.h, one set per language (en, de, fr, sv, cs).
// letter_templates.cpp adds them to each language's built-in texts, so that a user's
// template (Settings > Letter templates) overrides them section by section like the others.
//
// Sections: title, subject, opening, opening_no_contact, body, terms, default,
// sign_request, closing, and the agreement's own labels (label.plan_items, label.open_on,
// label.schedule, label.instalment, label.down_payment, label.plan_total,
// label.agreement_date, label.instalments, label.frequency, label.frequency_monthly,
// label.frequency_biweekly, label.frequency_weekly, label.grace_days, label.plan_no,
// label.summary, label.if_default, label.creditor (the signing party when the setting
// documents.sender is empty), label.for_creditor, label.for_customer,
// label.place_date, label.signature). Placeholders: {customer_name} {customer_code}
// {contact} {plan_id} {agreement_date} {plan_total} {down_payment} {grace_days}
// {first_due} {last_due} {sender} ({date} in label.open_on).

#include <QString>

namespace ardesk::documents {

// "[plan_agreement.title]\n..." for the language; English for any other.
QString planAgreementTemplateText(const QString &language);

} // namespace ardesk::documents
