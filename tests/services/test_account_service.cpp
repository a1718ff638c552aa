// AccountService on a file book: the header figures of DOMAIN.md (balance = open amounts -
// unapplied cash - unapplied credit notes; overdue; oldest days past due; credit use), and
// contact people added, edited and deactivated with validation that changes nothing when
// it refuses, and an audit record that keeps what a contact was; notes added and pinned.

#include "services/account_service.h"
#include "services/book_service.h"
#include "services/ledger_service.h"
#include "support/book_checksum.h"

#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace ardesk;
using ardesk::testsupport::bookChecksum;

namespace {

class AccountServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto book = BookService::create(m_dir.filePath(QStringLiteral("account.ardesk")));
        ASSERT_TRUE(book) << book.error().message.toStdString();
        m_book = std::move(*book);
        auto session = BookService::localSession(*m_book);
        ASSERT_TRUE(session);
        m_session = std::move(*session);
        LedgerService ledger(*m_session);
        Customer c;
        c.code = QStringLiteral("C1");
        c.name = QStringLiteral("Nordic Timber AB");
        c.currency = QStringLiteral("SEK");
        c.creditLimit = 2'000'00;
        c.termsDays = 30;
        auto added = ledger.addCustomer(c);
        ASSERT_TRUE(added) << added.error().message.toStdString();
        m_customerId = *added;
        // INV-1 1,000.00 due 2026-03-31 (overdue on 2026-04-30 by 30 days), INV-2 500.00 due
        // 2026-05-15 (current); 300.00 paid against INV-1 and 100.00 left on account.
        for (auto [number, due, amount] :
             {std::tuple{"INV-1", QDate(2026, 3, 31), 1'000'00}, std::tuple{"INV-2", QDate(2026, 5, 15), 500'00}}) {
            Invoice i;
            i.number = QString::fromLatin1(number);
            i.issueDate = due.addDays(-30);
            i.dueDate = due;
            i.amount = amount;
            i.currency = QStringLiteral("SEK");
            auto id = ledger.postInvoice(i, QStringLiteral("C1"));
            ASSERT_TRUE(id) << id.error().message.toStdString();
            if (i.number == u"INV-1")
                m_firstInvoice = *id;
        }
        PaymentInput p;
        p.customerCode = QStringLiteral("C1");
        p.receivedDate = QDate(2026, 4, 10);
        p.amount = 400'00;
        p.reference = QStringLiteral("P1");
        p.method = QStringLiteral("wire");
        p.apply = PaymentInput::Apply::Lines;
        p.lines = {AllocationLine{m_firstInvoice, 300'00}};
        auto posted = ledger.postPayment(p);
        ASSERT_TRUE(posted) << posted.error().message.toStdString();
    }
    qint64 audits(const char *action)
    {
        QSqlQuery q = m_book->prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"));
        q.addBindValue(QString::fromLatin1(action));
        Book::exec(q);
        return q.next() ? q.value(0).toLongLong() : -1;
    }
    QJsonObject lastAuditDetails(const char *action)
    {
        QSqlQuery q = m_book->prepare(
                QStringLiteral("SELECT details FROM audit_log WHERE action = ? ORDER BY id DESC LIMIT 1"));
        q.addBindValue(QString::fromLatin1(action));
        Book::exec(q);
        return q.next() ? QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object() : QJsonObject();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Book> m_book;
    std::unique_ptr<Session> m_session;
    Id m_customerId = 0;
    Id m_firstInvoice = 0;
};

} // namespace

TEST_F(AccountServiceTest, headerFiguresFollowTheDomainFormulas)
{
    auto header = AccountService(*m_session).header(m_customerId, QDate(2026, 4, 30));
    ASSERT_TRUE(header) << header.error().message.toStdString();
    EXPECT_EQ(header->figures.open, 1'200'00);  // 700.00 + 500.00
    EXPECT_EQ(header->figures.overdue, 700'00); // INV-1 only
    EXPECT_EQ(header->figures.unappliedCash, 100'00);
    EXPECT_EQ(header->balance(), 1'100'00); // open - unapplied
    EXPECT_EQ(header->oldestDaysPastDue, 30);
    ASSERT_TRUE(header->utilizationBasisPoints.has_value());
    EXPECT_EQ(*header->utilizationBasisPoints, 6000); // 1,200 of 2,000 open
    // As of a day before INV-1 fell due nothing is overdue.
    auto earlier = AccountService(*m_session).header(m_customerId, QDate(2026, 3, 31));
    ASSERT_TRUE(earlier);
    EXPECT_EQ(earlier->figures.overdue, 0);
    EXPECT_EQ(earlier->oldestDaysPastDue, 0);
    EXPECT_FALSE(AccountService(*m_session).header(9999, QDate(2026, 4, 30)));
}

TEST_F(AccountServiceTest, contactsAreAddedEditedAndDeactivatedWithAnAuditTrail)
{
    AccountService accounts(*m_session);
    ContactPersonRow bad;
    bad.name = QStringLiteral("Eva Lund");
    bad.email = QStringLiteral("eva at example.com");
    const auto before = bookChecksum(*m_book);
    auto refused = accounts.addContact(m_customerId, bad);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.startsWith(u"email:")) << refused.error().message.toStdString();
    bad.email.clear();
    bad.timeZone = QStringLiteral("Europe/Nowhere");
    EXPECT_FALSE(accounts.addContact(m_customerId, bad));
    EXPECT_FALSE(accounts.addContact(m_customerId, ContactPersonRow{})) << "a contact needs a name";
    ContactPersonRow nobodys;
    nobodys.name = QStringLiteral("X");
    EXPECT_FALSE(accounts.addContact(9999, nobodys));
    EXPECT_EQ(bookChecksum(*m_book), before);

    ContactPersonRow eva;
    eva.name = QStringLiteral("  Eva Lund ");
    eva.role = QStringLiteral("accounts payable");
    eva.email = QStringLiteral("eva@nordic.example");
    eva.timeZone = QStringLiteral("Europe/Stockholm");
    auto evaId = accounts.addContact(m_customerId, eva);
    ASSERT_TRUE(evaId) << evaId.error().message.toStdString();
    ContactPersonRow ola;
    ola.name = QStringLiteral("Ola Berg");
    auto olaId = accounts.addContact(m_customerId, ola);
    ASSERT_TRUE(olaId);
    auto listed = accounts.contacts(m_customerId);
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->size(), 2u);
    EXPECT_EQ(listed->front().name, QStringLiteral("Eva Lund")) << "trimmed";

    // Edit: Eva becomes the primary contact with a phone; a bad edit changes nothing.
    ContactPersonRow edited = listed->front();
    edited.phone = QStringLiteral("+46 8 123 456");
    edited.primary = true;
    const auto beforeBadEdit = bookChecksum(*m_book);
    ContactPersonRow badEdit = edited;
    badEdit.name = QStringLiteral(" ");
    EXPECT_FALSE(accounts.updateContact(*evaId, badEdit));
    EXPECT_EQ(bookChecksum(*m_book), beforeBadEdit);
    ASSERT_TRUE(accounts.updateContact(*evaId, edited));
    listed = accounts.contacts(m_customerId);
    ASSERT_TRUE(listed);
    EXPECT_EQ(listed->front().phone, QStringLiteral("+46 8 123 456"));
    EXPECT_TRUE(listed->front().primary);
    EXPECT_EQ(audits("customer.contact_edit"), 1);
    const QJsonObject details = lastAuditDetails("customer.contact_edit");
    EXPECT_EQ(details.value(QStringLiteral("before")).toObject().value(QStringLiteral("phone")).toString(), QString());
    EXPECT_EQ(details.value(QStringLiteral("after")).toObject().value(QStringLiteral("phone")).toString(),
              QStringLiteral("+46 8 123 456"));

    // Deactivate Ola: gone from the list, the row and its history stay; no second time.
    ASSERT_TRUE(accounts.deactivateContact(*olaId));
    listed = accounts.contacts(m_customerId);
    ASSERT_EQ(listed->size(), 1u);
    EXPECT_EQ(listed->front().id, *evaId);
    auto again = accounts.deactivateContact(*olaId);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::NotFound);
    EXPECT_FALSE(accounts.updateContact(*olaId, ola)) << "a deactivated contact is not edited";
    QSqlQuery kept = m_book->exec(QStringLiteral("SELECT COUNT(*) FROM customer_contacts"));
    ASSERT_TRUE(kept.next());
    EXPECT_EQ(kept.value(0).toInt(), 2) << "deactivated, never deleted";
    EXPECT_EQ(audits("customer.contact_deactivate"), 1);
    EXPECT_EQ(audits("customer.contact_add"), 2);
}

TEST_F(AccountServiceTest, notesAreAddedAndPinned)
{
    AccountService accounts(*m_session);
    EXPECT_FALSE(accounts.addNote(m_customerId, QStringLiteral("   "), false));
    auto first = accounts.addNote(m_customerId, QStringLiteral("Pays on the 25th"), false);
    ASSERT_TRUE(first);
    ASSERT_TRUE(accounts.addNote(m_customerId, QStringLiteral("Send copies to AP"), false));
    ASSERT_TRUE(accounts.setNotePinned(*first, true));
    auto notes = accounts.notes(m_customerId);
    ASSERT_TRUE(notes);
    ASSERT_EQ(notes->size(), 2u);
    EXPECT_TRUE(notes->front().pinned) << "pinned notes first";
    EXPECT_EQ(notes->front().text, QStringLiteral("Pays on the 25th"));
    EXPECT_FALSE(accounts.setNotePinned(9999, true));
    EXPECT_EQ(audits("customer.note_pin"), 1);
}
