#pragma once
// The agreement letter of a payment plan (docs/payment-plans.md, "The agreement letter"):
// what it shows, read from the book (the plan, its items as open on the agreement date, its
// schedule, the customer and contact, the sender), and the record of each one printed: a
// letters row of kind "plan_agreement" (dedupe key plan_agreement:<plan id>) holding the
// PDF, and an audit record on the customer (plan_agreement.print, plan_agreement.reprint)
// so it shows on the account's timeline and opens again from there, like the letters.
// The PDF itself is drawn by src/documents/plan_agreement.h.
//
// Permissions: reading the agreement needs view_customers; recording it as printed needs
// take_promise (whoever may agree a plan). Errors as Result<T> (services layer style).

#include "document_service.h"
#include "plan_service.h"
#include "session.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace ardesk {

// One invoice on the plan, as it stood on the agreement date.
struct AgreementItem final
{
    QString number;
    QDate issueDate;
    QDate dueDate;
    MinorUnits amount = 0;
    MinorUnits open = 0; // open on the agreement date
};

struct PlanAgreementContent final
{
    PlanRecord plan; // total, down payment, frequency, grace days, agreement date, currency
    QString language; // en, de, fr, sv, cs: the customer's
    Customer customer;
    std::optional<ContactPersonRow> contact;
    QString sender;
    QString paymentInstructions;
    bool training = false;
    std::optional<QString> templateOverride; // letter_templates.body (plan_agreement, language)
    std::vector<AgreementItem> items;
    std::vector<PlanInstalment> instalments; // the down payment (seq 0) first
    MinorUnits itemsTotal() const;
    int instalmentCount() const; // without the down payment
};

class PlanAgreementService final
{
public:
    explicit PlanAgreementService(Session &session) : m_session(session) { }

    // The agreement of a plan (view_customers).
    Result<PlanAgreementContent> agreement(Id planId) const;
    // Records the printed agreement (take_promise): the first print adds the letters row and
    // plan_agreement.print; a reprint replaces the stored PDF and adds plan_agreement.reprint.
    Result<SentDocument> recordAgreement(const PlanAgreementContent &content, const QByteArray &pdf);

private:
    Session &m_session;
};

} // namespace ardesk
