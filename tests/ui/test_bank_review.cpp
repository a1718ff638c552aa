// The bank-statement review screen driven as a clerk would: the camt.053 sample reviewed
// off the UI thread into its groups (two matched, one suggestion, one unmatched, one debit),
// the suggestion confirmed with a click, everything posted at once, and the payment and
// its allocation checked in the book; the same statement reviewed again shows its entries
// as already posted and posts nothing twice; an unmatched credit assigned by hand to a
// customer becomes unapplied cash; a refused file says why and changes nothing. The Qt
// environment is the one test_main_window.cpp installs.

#include "services/bank_import_service.h"
#include "services/book_service.h"
#include "services/ledger_service.h"
#include "ui/bank/bank_import_dialog.h"
#include "ui/bank/bank_review_model.h"
#include "ui/payments/apply_lines_model.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

namespace ardesk {
namespace {

const QString kSample = QStringLiteral(ARDESK_SOURCE_DIR "/tests/data/bank/camt053_v02.xml");

class BankReviewScreen : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto book = BookService::create(m_dir.filePath(QStringLiteral("bank.ardesk")));
        ASSERT_TRUE(book) << book.error().message.toStdString();
        m_book = std::move(*book);
        auto session = BookService::localSession(*m_book);
        ASSERT_TRUE(session);
        m_session = std::move(*session);
        LedgerService ledger(*m_session);
        for (auto [code, name] : {std::pair{"C1", "Müller Maschinenbau GmbH"}, std::pair{"C2", "Svensson AB"}}) {
            Customer c;
            c.code = QString::fromLatin1(code);
            c.name = QString::fromUtf8(name);
            c.currency = QStringLiteral("EUR");
            ASSERT_TRUE(ledger.addCustomer(c));
        }
        for (auto [number, customer, amount] :
             {std::tuple{"INV-1001", "C1", 100'00}, std::tuple{"INV-1002", "C1", 250'00},
              std::tuple{"INV-1003", "C1", 50'00}, std::tuple{"INV-2001", "C2", 300'00}}) {
            Invoice i;
            i.number = QString::fromLatin1(number);
            i.issueDate = QDate(2026, 3, 1);
            i.dueDate = QDate(2026, 3, 31);
            i.amount = amount;
            i.currency = QStringLiteral("EUR");
            ASSERT_TRUE(ledger.postInvoice(i, QString::fromLatin1(customer)));
        }
    }
    void TearDown() override
    {
        m_session.reset();
        m_book.reset();
    }
    qint64 scalar(const QString &sql)
    {
        QSqlQuery q = m_book->exec(sql);
        return q.next() ? q.value(0).toLongLong() : -1;
    }
    static QString text(QWidget &parent, const char *name)
    {
        auto *label = parent.findChild<QLabel *>(QString::fromLatin1(name));
        return label ? label->text() : QString();
    }
    static qsizetype firstOf(const BankReviewModel &model, BankGroup group)
    {
        return *model.entryAt(model.index(0, 0, model.groupIndex(group)));
    }

    QDate m_today = QDate(2026, 4, 2);
    QTemporaryDir m_dir;
    std::unique_ptr<Book> m_book;
    std::unique_ptr<Session> m_session;
};

TEST_F(BankReviewScreen, confirmedSuggestionIsPostedWithTheMatchesAndNeverTwice)
{
    BankImportDialog dialog(*m_session, m_today);
    BankReviewModel *model = dialog.model();
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::Fatal, model);
    dialog.show();
    dialog.setFile(kSample);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("bankReviewButton")), Qt::LeftButton);
    ASSERT_TRUE(model->hasReview()) << text(dialog, "bankSummary").toStdString();
    EXPECT_EQ(model->count(BankGroup::Matched), 2);
    EXPECT_EQ(model->count(BankGroup::Suggested), 1);
    EXPECT_EQ(model->count(BankGroup::Unmatched), 1);
    EXPECT_EQ(model->count(BankGroup::NotPosted), 1); // the bank's fee, a debit
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM payments")), 0) << "reviewing posts nothing";

    // The suggestion: 50.00 from "MUELLER MASCHINENBAU", not checked until confirmed.
    const qsizetype suggestion = firstOf(*model, BankGroup::Suggested);
    EXPECT_EQ(dialog.currentEntry(), suggestion) << "the screen opens on what needs the clerk";
    EXPECT_FALSE(model->isIncluded(suggestion));
    EXPECT_EQ(model->entryIndex(suggestion, BankReviewModel::Customer).data().toString(), QStringLiteral("C1"));
    EXPECT_TRUE(model->entryIndex(suggestion, BankReviewModel::Confidence).data().toString().endsWith(u'%'));
    EXPECT_FALSE(model->entryIndex(suggestion, BankReviewModel::Reason).data().toString().isEmpty());
    EXPECT_EQ(model->entryIndex(suggestion, BankReviewModel::Invoices).data().toString(), QStringLiteral("INV-1003"));
    EXPECT_EQ(text(dialog, "bankPostTotals"), QStringLiteral("To post: 2 payments, 650.00 EUR"));

    auto *confirm = dialog.findChild<QPushButton *>(QStringLiteral("bankConfirmButton"));
    ASSERT_TRUE(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);
    EXPECT_TRUE(model->isIncluded(suggestion));
    EXPECT_EQ(model->entryIndex(suggestion).data(Qt::CheckStateRole).toInt(), Qt::Checked);
    EXPECT_EQ(text(dialog, "bankPostTotals"), QStringLiteral("To post: 3 payments, 700.00 EUR"));
    // The unmatched credit cannot be checked before it is assigned.
    const qsizetype unmatched = firstOf(*model, BankGroup::Unmatched);
    EXPECT_FALSE(model->canInclude(unmatched));
    EXPECT_FALSE(model->setData(model->entryIndex(unmatched), Qt::Checked, Qt::CheckStateRole));

    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("bankPostButton")), Qt::LeftButton);
    EXPECT_TRUE(text(dialog, "bankMessage").contains(QStringLiteral("Posted 3 payments")))
            << text(dialog, "bankMessage").toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM payments")), 3);
    // The confirmed suggestion: a 50.00 bank payment of C1 applied in full to INV-1003.
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM payments p JOIN customers c ON c.id = p.customer_id "
                                    "WHERE c.code = 'C1' AND p.amount = 5000 AND p.method = 'bank' "
                                    "AND p.reference = 'BANKREF-0004'")),
              1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT a.amount FROM allocations a JOIN payments p ON p.id = a.payment_id "
                                    "JOIN invoices i ON i.id = a.invoice_id "
                                    "WHERE p.reference = 'BANKREF-0004' AND i.number = 'INV-1003'")),
              50'00);
    EXPECT_EQ(scalar(QStringLiteral("SELECT open_amount FROM invoice_state s JOIN invoices i ON i.id = s.invoice_id "
                                    "WHERE i.number = 'INV-1003'")),
              0);

    // Reviewed again at once: everything posted is "already posted", nothing is checked.
    ASSERT_TRUE(model->hasReview());
    EXPECT_EQ(model->count(BankGroup::NotPosted), 4);
    EXPECT_EQ(model->count(BankGroup::Unmatched), 1);
    EXPECT_TRUE(text(dialog, "bankSummary").contains(QStringLiteral("imported before")))
            << text(dialog, "bankSummary").toStdString();
    EXPECT_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("bankPostButton"))->isEnabled());
    EXPECT_EQ(model->index(0, BankReviewModel::Post, model->groupIndex(BankGroup::NotPosted)).data().toString(),
              QStringLiteral("already posted"));

    // A second screen on the same file, posting its stale matches, posts nothing twice.
    auto stale = BankImportService(*m_session).postMatched(model->review());
    ASSERT_TRUE(stale);
    EXPECT_EQ(stale->posted, 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM payments")), 3);
    auto verified = BookService::verify(*m_session);
    ASSERT_TRUE(verified);
    EXPECT_TRUE(verified->ok);
}

TEST_F(BankReviewScreen, unmatchedCreditAssignedByHandBecomesUnappliedCashOrPaysAnInvoice)
{
    BankImportDialog dialog(*m_session, m_today);
    BankReviewModel *model = dialog.model();
    dialog.setFile(kSample);
    dialog.review();
    ASSERT_TRUE(model->hasReview());
    const qsizetype unmatched = firstOf(*model, BankGroup::Unmatched); // 12.34 from "Unbekannt KG"
    const BankEntry &entry = model->review().entries[std::size_t(unmatched)].entry;

    BankAssignDialog assign(*m_session, m_today, entry);
    EXPECT_FALSE(assign.chooseCustomer(QStringLiteral("C9"))) << "no such customer";
    EXPECT_FALSE(assign.canAccept());
    ASSERT_TRUE(assign.chooseCustomer(QStringLiteral("svensson")));
    ASSERT_EQ(assign.itemsModel()->rowCount(), 1); // INV-2001
    assign.itemsModel()->setApply(0, 10'00);
    ASSERT_TRUE(assign.canAccept());
    const MatchCandidate byHand = assign.candidate();
    EXPECT_EQ(byHand.customerCode, QStringLiteral("C2"));
    EXPECT_EQ(byHand.unapplied, 2'34);
    model->assign(unmatched, byHand);
    EXPECT_TRUE(model->isIncluded(unmatched));
    EXPECT_EQ(model->entryIndex(unmatched, BankReviewModel::Confidence).data().toString(), QStringLiteral("by hand"));

    // Only the assigned entry: leave the matched ones out.
    for (int row = 0; row < model->count(BankGroup::Matched); ++row)
        model->setIncluded(*model->entryAt(model->index(row, 0, model->groupIndex(BankGroup::Matched))), false);
    dialog.post();
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM payments")), 1) << text(dialog, "bankMessage").toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT unapplied FROM payment_state")), 2'34);
    EXPECT_EQ(scalar(QStringLiteral("SELECT SUM(amount) FROM allocations")), 10'00);
    // The others can still be posted later; the credit for INV-2001 no longer fits it exactly.
    EXPECT_EQ(model->count(BankGroup::Matched), 1);
    EXPECT_EQ(model->count(BankGroup::Suggested), 2);
}

TEST_F(BankReviewScreen, refusedFileSaysWhyAndChangesNothing)
{
    QFile sample(kSample);
    ASSERT_TRUE(sample.open(QIODevice::ReadOnly));
    const QString bad = m_dir.filePath(QStringLiteral("nocurrency.xml"));
    QFile out(bad);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(sample.readAll().replace("<Amt Ccy=\"EUR\">300.00</Amt>", "<Amt>300.00</Amt>"));
    out.close();
    BankImportDialog dialog(*m_session, m_today);
    dialog.setFile(bad);
    dialog.review();
    EXPECT_FALSE(dialog.model()->hasReview());
    const QString summary = text(dialog, "bankSummary");
    EXPECT_TRUE(summary.contains(QStringLiteral("is refused"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("nocurrency.xml:"))) << summary.toStdString();
    EXPECT_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("bankPostButton"))->isEnabled());
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM bank_statements")), 0);
}

} // namespace
} // namespace ardesk

namespace ardesk {
namespace {

TEST_F(BankReviewScreen, semicolonCsvIsReviewedThroughItsMappingFile)
{
    BankImportDialog dialog(*m_session, m_today);
    dialog.setFile(QStringLiteral(ARDESK_SOURCE_DIR "/tests/data/bank/volksbank_semicolon.csv"));
    auto *format = dialog.findChild<QComboBox *>(QStringLiteral("bankFormat"));
    format->setCurrentIndex(format->findData(QStringLiteral("csv")));
    auto *mapping = dialog.findChild<QComboBox *>(QStringLiteral("bankMapping"));
    // Without a mapping a CSV cannot be read: said, nothing shown.
    dialog.review();
    EXPECT_FALSE(dialog.model()->hasReview());
    EXPECT_TRUE(text(dialog, "bankSummary").contains(QStringLiteral("mapping")))
            << text(dialog, "bankSummary").toStdString();
    mapping->setEditText(QStringLiteral(ARDESK_SOURCE_DIR "/tests/data/bank/volksbank_mapping.json"));
    dialog.review();
    ASSERT_TRUE(dialog.model()->hasReview()) << text(dialog, "bankSummary").toStdString();
    EXPECT_EQ(dialog.model()->count(BankGroup::Matched), 1);
    EXPECT_EQ(dialog.model()->count(BankGroup::Suggested), 1);
    EXPECT_EQ(dialog.model()->count(BankGroup::NotPosted), 1);
    dialog.post();
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM payments")), 1) << text(dialog, "bankMessage").toStdString();
    // The mapping file had a name: it is kept in the book and offered next time.
    BankImportDialog next(*m_session, m_today);
    auto *names = next.findChild<QComboBox *>(QStringLiteral("bankMapping"));
    EXPECT_GE(names->findText(QStringLiteral("Volksbank")), 0);
}

} // namespace
} // namespace ardesk
