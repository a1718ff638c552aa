#pragma once
// A small book for the document tests, every figure worked out by hand (as of 2026-05-31):
//
// DE/100 (EUR, German, contact Anna Müller):
//   INV-1  issued 2026-03-01, due 2026-03-31, 1,234.56, nothing paid     -> 61 days: 61-90
//   INV-2  issued 2026-04-20, due 2026-05-20,   500.00, 200.00 paid 05-10 -> 300.00, 11 days: 1-30
//   INV-3  issued 2026-05-15, due 2026-06-14, 1,000.00, paid 06-02 (after) -> 1,000.00 current
//   INV-4  issued 2026-06-05 (after the as-of date: not on the statement)
//   payment 150.00 on 05-25 unapplied, credit note CN-1 50.00 on 05-28 unapplied
//   dispute of 100.00 on INV-1 opened 05-05
//   open 2,534.56; overdue 1,534.56; unapplied 200.00; balance 2,334.56; disputed 100.00
//   May activity: payment 200.00 (05-10), INV-3 (05-15), payment 150.00 (05-25), CN-1 (05-28)
// GB/200 (GBP, English), FR/300 (EUR, French), SE/400 (SEK, Swedish), CZ/500 (CZK, Czech):
//   one invoice each of 1,234,567.89 issued 2026-04-01, due 2026-04-15 (46 days: 31-60)
// PAID/600 (EUR, English): invoice of 80.00 issued and paid in May: balance 0, activity
// QUIET/700 (EUR, English): one invoice of 10.00 in 2025, paid in 2025: no statement

#include "documents/document_format.h"
#include "services/account_service.h"
#include "services/book_service.h"
#include "services/dispute_service.h"
#include "services/ledger_service.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

namespace ardesk::testing {

inline QDate day(int year, int month, int dayOfMonth)
{
    return {year, month, dayOfMonth};
}

inline std::string describe(const Error &error)
{
    return error.message.toStdString();
}

// pdftotext of a PDF, with no-break and narrow no-break spaces as plain spaces. Raw keeps
// the content stream's order and includes diagonal text (the watermark).
enum class TextMode { Reading, Layout, Raw };
inline QString pdfText(const QByteArray &pdf, TextMode mode = TextMode::Reading)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("doc.pdf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(pdf);
    file.close();
    QProcess process;
    QStringList arguments;
    if (mode == TextMode::Layout)
        arguments << QStringLiteral("-layout");
    if (mode == TextMode::Raw)
        arguments << QStringLiteral("-raw");
    arguments << QStringLiteral("-enc") << QStringLiteral("UTF-8") << path << QStringLiteral("-");
    process.start(QStringLiteral("pdftotext"), arguments);
    if (!process.waitForFinished(60000))
        return {};
    QString text = QString::fromUtf8(process.readAllStandardOutput());
    text.replace(QChar(0x00A0), u' ').replace(QChar(0x202F), u' ');
    return text;
}

class DocumentBook : public ::testing::Test
{
protected:
    void SetUp() override
    {
        documents::ensureGuiApplication();
        ASSERT_TRUE(m_dir.isValid());
        auto book = BookService::create(m_dir.filePath(QStringLiteral("documents.ardesk")));
        ASSERT_TRUE(book) << describe(book.error());
        m_book = std::move(*book);
        auto session = BookService::localSession(*m_book);
        ASSERT_TRUE(session) << describe(session.error());
        m_session = std::move(*session);
        m_ledger = std::make_unique<LedgerService>(*m_session);

        m_de = addCustomer(QStringLiteral("DE/100"), QStringLiteral("Müller Maschinenbau GmbH"), QStringLiteral("EUR"),
                           QStringLiteral("de"));
        ContactPersonRow contact;
        contact.name = QStringLiteral("Anna Müller");
        contact.email = QStringLiteral("anna.mueller@example.de");
        contact.primary = true;
        ASSERT_TRUE(AccountService(*m_session).addContact(m_de, contact));
        invoice(QStringLiteral("INV-1"), QStringLiteral("DE/100"), day(2026, 3, 1), day(2026, 3, 31), 123456);
        invoice(QStringLiteral("INV-2"), QStringLiteral("DE/100"), day(2026, 4, 20), day(2026, 5, 20), 50000);
        invoice(QStringLiteral("INV-3"), QStringLiteral("DE/100"), day(2026, 5, 15), day(2026, 6, 14), 100000);
        invoice(QStringLiteral("INV-4"), QStringLiteral("DE/100"), day(2026, 6, 5), day(2026, 7, 5), 7000);
        pay(QStringLiteral("DE/100"), day(2026, 5, 10), 20000, QStringLiteral("INV-2"));
        pay(QStringLiteral("DE/100"), day(2026, 5, 25), 15000);
        pay(QStringLiteral("DE/100"), day(2026, 6, 2), 100000, QStringLiteral("INV-3"));
        CreditNote note;
        note.number = QStringLiteral("CN-1");
        note.issueDate = day(2026, 5, 28);
        note.amount = 5000;
        note.reason = QStringLiteral("returned goods");
        ASSERT_TRUE(m_ledger->postCreditNote(note, QStringLiteral("DE/100")));
        DisputeInput dispute;
        dispute.invoiceNumber = QStringLiteral("INV-1");
        dispute.amount = 10000;
        dispute.reason = QStringLiteral("pricing");
        dispute.openedOn = day(2026, 5, 5);
        const auto disputed = DisputeService(*m_session).open(dispute);
        ASSERT_TRUE(disputed) << describe(disputed.error());

        const struct
        {
            const char *code, *name, *currency, *language;
        } others[] = {{"GB/200", "Albion Tools Ltd", "GBP", "en"},
                      {"FR/300", "Fonderie Lyonnaise SARL", "EUR", "fr"},
                      {"SE/400", "Norrlands Trä AB", "SEK", "sv"},
                      {"CZ/500", "Strojírny Přerov s.r.o.", "CZK", "cs"}};
        for (const auto &other : others) {
            addCustomer(QString::fromUtf8(other.code), QString::fromUtf8(other.name),
                        QString::fromLatin1(other.currency), QString::fromLatin1(other.language));
            invoice(QStringLiteral("INV-%1").arg(QString::fromUtf8(other.code).section(u'/', 1)),
                    QString::fromUtf8(other.code), day(2026, 4, 1), day(2026, 4, 15), 123456789);
        }
        addCustomer(QStringLiteral("PAID/600"), QStringLiteral("Settled Ltd"), QStringLiteral("EUR"),
                    QStringLiteral("en"));
        invoice(QStringLiteral("INV-600"), QStringLiteral("PAID/600"), day(2026, 5, 2), day(2026, 6, 1), 8000);
        pay(QStringLiteral("PAID/600"), day(2026, 5, 20), 8000, QStringLiteral("INV-600"));
        addCustomer(QStringLiteral("QUIET/700"), QStringLiteral("Quiet Ltd"), QStringLiteral("EUR"),
                    QStringLiteral("en"));
        invoice(QStringLiteral("INV-700"), QStringLiteral("QUIET/700"), day(2025, 3, 2), day(2025, 4, 1), 1000);
        pay(QStringLiteral("QUIET/700"), day(2025, 3, 20), 1000, QStringLiteral("INV-700"));
    }

    Id addCustomer(const QString &code, const QString &name, const QString &currency, const QString &language)
    {
        Customer c;
        c.code = code;
        c.name = name;
        c.currency = currency;
        c.termsDays = 30;
        c.language = language;
        const auto id = m_ledger->addCustomer(c);
        EXPECT_TRUE(id) << describe(id.error());
        return id.value_or(0);
    }

    Id invoice(const QString &number, const QString &customer, QDate issue, QDate due, MinorUnits amount)
    {
        Invoice i;
        i.number = number;
        i.issueDate = issue;
        i.dueDate = due;
        i.amount = amount;
        const auto id = m_ledger->postInvoice(i, customer);
        EXPECT_TRUE(id) << describe(id.error());
        return id.value_or(0);
    }

    void pay(const QString &customer, QDate received, MinorUnits amount, const QString &invoiceNumber = {})
    {
        PaymentInput input;
        input.customerCode = customer;
        input.receivedDate = received;
        input.amount = amount;
        input.method = QStringLiteral("wire");
        input.reference = QStringLiteral("P%1").arg(++m_payments);
        input.apply = invoiceNumber.isEmpty() ? PaymentInput::Apply::None : PaymentInput::Apply::Invoice;
        input.invoiceNumber = invoiceNumber;
        const auto posted = m_ledger->postPayment(input);
        EXPECT_TRUE(posted) << describe(posted.error());
    }

    Id customerId(const QString &code) { return LedgerRepository(*m_book).customerByCode(code).value().id; }

    // A letters row as the strategy run of the credit policies writes it (no document).
    Id addLetter(const QString &code, const QString &kind, int level, QDate asOf, const QString &language)
    {
        QSqlQuery q(m_book->database());
        q.prepare(QStringLiteral("INSERT INTO letters (customer_id, kind, level, as_of, language, dedupe_key, "
                                 "created_at) VALUES (?, ?, ?, ?, ?, ?, '2026-05-31T00:00:00Z')"));
        q.addBindValue(QVariant::fromValue<qint64>(customerId(code)));
        q.addBindValue(kind);
        q.addBindValue(level);
        q.addBindValue(QVariant::fromValue<qint64>(asOf.toJulianDay()));
        q.addBindValue(language);
        q.addBindValue(QStringLiteral("%1:%2:%3:%4").arg(code, kind).arg(level).arg(asOf.toString(Qt::ISODate)));
        EXPECT_TRUE(q.exec()) << q.lastError().text().toStdString();
        return q.lastInsertId().toLongLong();
    }

    qint64 count(const QString &sql)
    {
        QSqlQuery q(m_book->database());
        EXPECT_TRUE(q.exec(sql)) << q.lastError().text().toStdString();
        return q.next() ? q.value(0).toLongLong() : -1;
    }

    void setSetting(const QString &key, const QString &value)
    {
        QSqlQuery q(m_book->database());
        q.prepare(
                QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, '2026-05-31T00:00:00Z')"));
        q.addBindValue(key);
        q.addBindValue(value);
        EXPECT_TRUE(q.exec()) << q.lastError().text().toStdString();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Book> m_book;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<LedgerService> m_ledger;
    Id m_de = 0;
    int m_payments = 0;
};

} // namespace ardesk::testing
