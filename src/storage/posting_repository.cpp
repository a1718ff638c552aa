#include "posting_repository.h"

#include <QSqlQuery>
#include <QVariant>

namespace ardesk {

QHash<Id, InterestPosted> PostingRepository::interestPosted()
{
    QHash<Id, InterestPosted> result;
    QSqlQuery q = m_book.exec(QStringLiteral("SELECT invoice_id, kind, MAX(to_day) FROM interest_postings "
                                             "GROUP BY invoice_id, kind"));
    while (q.next()) {
        InterestPosted &posted = result[q.value(0).toLongLong()];
        if (q.value(1).toString() == InterestPostingKind::compensation)
            posted.compensation = true;
        else
            posted.interestThrough = dayFromValue(q.value(2));
    }
    return result;
}

void PostingRepository::insertInterestPosting(const InterestPostingRecord &r, const Stamp &stamp)
{
    QSqlQuery q = m_book.prepare(QStringLiteral(
            "INSERT INTO interest_postings (debit_note_id, invoice_id, kind, from_day, to_day, created_at, created_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(QVariant::fromValue<qint64>(r.debitNoteId));
    q.addBindValue(QVariant::fromValue<qint64>(r.invoiceId));
    q.addBindValue(r.kind);
    q.addBindValue(dayValue(r.fromDay));
    q.addBindValue(dayValue(r.toDay));
    q.addBindValue(stamp.at);
    q.addBindValue(optionalId(stamp.userId));
    Book::exec(q);
}

QSet<Id> PostingRepository::interestDebitNotes()
{
    QSet<Id> result;
    QSqlQuery q = m_book.exec(QStringLiteral("SELECT debit_note_id FROM interest_postings"));
    while (q.next())
        result.insert(q.value(0).toLongLong());
    return result;
}

void PostingRepository::insertPaymentDiscount(Id creditNoteId, Id paymentId, Id invoiceId)
{
    QSqlQuery q = m_book.prepare(
            QStringLiteral("INSERT INTO payment_discounts (credit_note_id, payment_id, invoice_id) VALUES (?, ?, ?)"));
    q.addBindValue(QVariant::fromValue<qint64>(creditNoteId));
    q.addBindValue(QVariant::fromValue<qint64>(paymentId));
    q.addBindValue(QVariant::fromValue<qint64>(invoiceId));
    Book::exec(q);
}

std::vector<Id> PostingRepository::discountCreditNotes(Id paymentId)
{
    std::vector<Id> result;
    QSqlQuery q = m_book.prepare(
            QStringLiteral("SELECT credit_note_id FROM payment_discounts WHERE payment_id = ? ORDER BY credit_note_id"));
    q.addBindValue(QVariant::fromValue<qint64>(paymentId));
    Book::exec(q);
    while (q.next())
        result.push_back(q.value(0).toLongLong());
    return result;
}

} // namespace ardesk
