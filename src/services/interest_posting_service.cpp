#include "interest_posting_service.h"

#include "interest_service.h"
#include "policy_support.h"
#include "service_support.h"

#include "storage/policy_repository.h"
#include "storage/posting_repository.h"
#include "storage/user_repository.h"

#include <QJsonObject>

#include <algorithm>
#include <map>

namespace ardesk {

namespace {
QString decimal(MinorUnits amount, const QString &currency)
{
    return Money(amount, currency).toDecimalString();
}
} // namespace

Result<InterestPostingRun> InterestPostingService::preview(QDate asOf, const Progress &progress)
{
    if (auto allowed = m_session.require(Action::ViewCustomers); !allowed)
        return std::unexpected(allowed.error());
    if (!asOf.isValid())
        return std::unexpected(Error::invalid(QCoreApplication::translate("InterestPostingService", "no as-of date")));
    return reading([&] { return run(asOf, false, progress); });
}

Result<InterestPostingRun> InterestPostingService::post(QDate asOf)
{
    if (auto allowed = m_session.require(Action::PostInvoice); !allowed)
        return std::unexpected(allowed.error());
    if (!asOf.isValid())
        return std::unexpected(Error::invalid(QCoreApplication::translate("InterestPostingService", "no as-of date")));
    return inTransaction(m_session.book(), [&] { return run(asOf, true, {}); });
}

Result<InterestPostingRun> InterestPostingService::run(QDate asOf, bool write, const Progress &progress)
{
    InterestPostingRun result;
    result.asOf = asOf;
    PolicyRepository policies(m_session.book());
    PostingRepository postings(m_session.book());
    LedgerRepository ledger(m_session.book());
    const std::vector<ReferenceRate> rates = policies.referenceRates();
    const std::vector<InterestRule> rules = policies.interestRules();
    std::map<Id, CreditPolicy> byId;
    for (CreditPolicy &policy : policies.policies())
        if (policy.postInterest)
            byId.emplace(policy.id, std::move(policy));
    if (byId.empty())
        return result;
    const QHash<Id, InterestPosted> posted = postings.interestPosted();
    const QSet<Id> debitNotes = postings.interestDebitNotes();
    const Stamp stamp = m_session.stamp();
    const QString day = asOf.toString(QStringLiteral("yyyyMMdd"));

    auto skip = [&](const OpenItemAsOf &item, const QString &reason, const QString &message) {
        result.skipped.push_back({item.customerCode, item.number, reason, message});
    };
    auto numberTaken = [&](const QString &number) { return ledger.invoiceNumberExists(number); };
    auto postLine = [&](const OpenItemAsOf &item, InterestPostingLine &line) {
        if (!write)
            return;
        Invoice note;
        note.number = line.debitNoteNumber;
        note.customerId = item.customerId;
        note.issueDate = asOf;
        note.dueDate = asOf; // payable at once
        note.amount = line.amount;
        note.currency = line.currency;
        note.kind = line.kind;
        line.debitNoteId = ledger.postInvoice(note, stamp);
        postings.insertInterestPosting({line.debitNoteId, item.invoiceId, line.kind, line.fromDay, line.toDay}, stamp);
        AuditRepository(m_session.book())
                .append(stamp, QStringLiteral("interest.post"), QStringLiteral("invoice"), line.debitNoteId,
                        compactJson({{QStringLiteral("number"), line.debitNoteNumber},
                                     {QStringLiteral("kind"), line.kind},
                                     {QStringLiteral("invoice"), item.number},
                                     {QStringLiteral("customer"), item.customerCode},
                                     {QStringLiteral("from"), line.fromDay.toString(Qt::ISODate)},
                                     {QStringLiteral("to"), line.toDay.toString(Qt::ISODate)},
                                     {QStringLiteral("base"), decimal(line.base, line.currency)},
                                     {QStringLiteral("amount"), decimal(line.amount, line.currency)},
                                     {QStringLiteral("currency"), line.currency}}));
    };

    const std::vector<OpenItemAsOf> items = policies.openItemsAsOf(asOf, asOf.addDays(-1));
    const auto total = static_cast<qint64>(items.size());
    qint64 done = 0;
    for (const OpenItemAsOf &item : items) {
        if (progress && done++ % 512 == 0 && !progress(done - 1, total))
            return std::unexpected(Error{ErrorCode::Cancelled,
                                         QCoreApplication::translate("InterestPostingService", "cancelled")});
        if (!item.policyId || debitNotes.contains(item.invoiceId))
            continue; // no interest on interest or on the compensation
        const auto policy = byId.find(*item.policyId);
        if (policy == byId.end())
            continue;
        const ResolvedInterestTerms resolved =
                policy::resolveInterestTerms(item.country, item.consumer, &policy->second, rules);
        const InterestPosted already = posted.value(item.invoiceId);
        // Interest: from the day after the due date, or after the last day already posted.
        // An invoice with instalments: each late part on its own open amount from the day
        // after its own due date, or the last day posted (docs/credit-policy.md "Instalment
        // terms"), in one debit note per invoice and run.
        QDate lastCharged = item.dueDate;
        MinorUnits base = item.open;
        std::vector<LateAmount> parts;
        if (!item.parts.empty()) {
            parts = lateParts(item, already.interestThrough, asOf);
            lastCharged = asOf;
            base = 0;
            for (const LateAmount &part : parts) {
                if (part.from >= asOf)
                    continue;
                lastCharged = std::min(lastCharged, part.from);
                base += part.open;
            }
        } else if (already.interestThrough.isValid() && already.interestThrough > lastCharged) {
            lastCharged = already.interestThrough;
        }
        if (lastCharged < asOf) {
            const LateInterest late = item.parts.empty()
                    ? computeLateInterest(item.open, lastCharged, asOf, resolved.terms, rates)
                    : computeLateInterest(parts, asOf, resolved.terms, rates);
            if (!late.interest) {
                skip(item, QStringLiteral("no_rate"),
                     QCoreApplication::translate("InterestPostingService",
                                                 "%1: no reference rate of %2 in force for every day from %3; load "
                                                 "the rates first")
                             .arg(item.number, resolved.terms.region,
                                  lastCharged.addDays(1).toString(Qt::ISODate)));
            } else if (*late.interest > 0) {
                InterestPostingLine line;
                line.customerCode = item.customerCode;
                line.invoiceNumber = item.number;
                line.kind = InterestPostingKind::interest;
                line.debitNoteNumber = QStringLiteral("INT-%1-%2").arg(item.number, day);
                line.fromDay = lastCharged.addDays(1);
                line.toDay = asOf;
                line.base = base;
                line.amount = *late.interest;
                line.currency = item.currency;
                if (numberTaken(line.debitNoteNumber)) {
                    skip(item, QStringLiteral("number_taken"),
                         QCoreApplication::translate("InterestPostingService", "%1: the number %2 is already taken")
                                 .arg(item.number, line.debitNoteNumber));
                } else {
                    postLine(item, line);
                    result.lines.push_back(std::move(line));
                }
            }
        }
        // The recovery compensation: once per invoice, in the invoice's currency only.
        if (!already.compensation && resolved.compensation && *resolved.compensation > 0) {
            if (resolved.compensationCurrency != item.currency) {
                skip(item, QStringLiteral("compensation_currency"),
                     QCoreApplication::translate("InterestPostingService",
                                                 "%1: the compensation is in %2, the invoice in %3; ardesk does not "
                                                 "convert")
                             .arg(item.number, resolved.compensationCurrency, item.currency));
                continue;
            }
            InterestPostingLine line;
            line.customerCode = item.customerCode;
            line.invoiceNumber = item.number;
            line.kind = InterestPostingKind::compensation;
            line.debitNoteNumber = QStringLiteral("COMP-%1").arg(item.number);
            line.fromDay = asOf;
            line.toDay = asOf;
            line.amount = *resolved.compensation;
            line.currency = item.currency;
            if (numberTaken(line.debitNoteNumber)) {
                skip(item, QStringLiteral("number_taken"),
                     QCoreApplication::translate("InterestPostingService", "%1: the number %2 is already taken")
                             .arg(item.number, line.debitNoteNumber));
                continue;
            }
            postLine(item, line);
            result.lines.push_back(std::move(line));
        }
    }
    if (progress && !progress(total, total))
        return std::unexpected(
                Error{ErrorCode::Cancelled, QCoreApplication::translate("InterestPostingService", "cancelled")});
    if (write) {
        result.posted = true;
        AuditRepository(m_session.book())
                .append(stamp, QStringLiteral("interest.run"), QStringLiteral("book"), std::nullopt,
                        compactJson({{QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
                                     {QStringLiteral("debit_notes"), static_cast<qint64>(result.lines.size())},
                                     {QStringLiteral("skipped"), static_cast<qint64>(result.skipped.size())}}));
    }
    return result;
}

} // namespace ardesk
