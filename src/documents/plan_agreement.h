#pragma once
// The payment-plan agreement letter (docs/payment-plans.md, "The agreement letter"): drawn
// from a PlanAgreementContent (services/plan_agreement_service.h) with the texts of the
// customer's language (plan_agreement_texts.h, overridable in Settings > Letter templates
// as the kind "plan_agreement") and written with Qt's PDF writer like the letters: the
// sender, the customer and contact, the plan at a glance (agreement date, total, down
// payment, number of instalments, frequency, grace days), the items on the plan, the
// schedule (instalment, due date, amount) with its total, what happens when an instalment
// is missed, and signature lines for both parties. The same plan gives the same bytes (the
// PDF's date is the agreement date). Errors as Result<T>.

#include "services/plan_agreement_service.h"

#include <QByteArray>
#include <QString>

namespace ardesk::documents {

QString planAgreementHtml(const PlanAgreementContent &content);
QByteArray renderPlanAgreement(const PlanAgreementContent &content);
// <customer_code>-plan-<plan id>-agreement-<agreement date>.pdf
QString planAgreementFileName(const PlanAgreementContent &content);

struct PrintedAgreement final
{
    QByteArray pdf;
    QString fileName; // planAgreementFileName
    Id letterId = 0;  // the letters row holding it (the account's timeline opens it)
    bool firstPrint = false;
    QString customerCode;
    QString language;
};

// Reads the plan's agreement, renders it and records it as printed on the account
// (PlanAgreementService: view_customers and take_promise). Writing the file is the caller's.
Result<PrintedAgreement> printPlanAgreement(Session &session, Id planId);

} // namespace ardesk::documents
