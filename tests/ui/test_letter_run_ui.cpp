// Clerk > Letters and statements offscreen: the run goes off the UI thread (BookJob), writes a
// PDF per customer into the folder and records each on the account's timeline; a rerun for
// the same date records nothing new; Cancel keeps what was finished. On the account, the
// timeline row of a statement opens the stored PDF again ("Open letter").

#include "fixture_book.h"

#include "services/auth_service.h"
#include "services/book_service.h"
#include "ui/account/account_view.h"
#include "ui/account/record_table_model.h"
#include "ui/common/book_job.h"
#include "ui/documents/letter_run_dialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace ardesk {
namespace {

class LetterRunUi : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_folder.isValid());
        const QString path = m_folder.filePath(QStringLiteral("letters.ardesk"));
        auto built = testing::buildFixtureBook(path);
        ASSERT_TRUE(built.has_value()) << built.error().message.toStdString();
        auto book = BookService::open(path);
        ASSERT_TRUE(book.has_value());
        m_book = std::move(*book);
        auto session = BookService::localSession(*m_book);
        ASSERT_TRUE(session.has_value());
        m_session = std::move(*session);
    }

    QVariant scalar(const QString &sql)
    {
        QSqlQuery q = m_book->exec(sql);
        return q.next() ? q.value(0) : QVariant();
    }

    QTemporaryDir m_folder;
    std::unique_ptr<Book> m_book;
    std::unique_ptr<Session> m_session;
};

TEST_F(LetterRunUi, statementsRunInTheBackgroundAreRecordedOnceAndOpenFromTheTimeline)
{
    const QDate today = QDate::currentDate();
    const QString out = m_folder.filePath(QStringLiteral("out"));
    {
        LetterRunDialog dialog(*m_session, today);
        dialog.setKind(LetterRunDialog::Kind::Statements);
        dialog.setFolder(out);
        dialog.show();
        dialog.run(true);
        EXPECT_FALSE(dialog.running());
        EXPECT_EQ(BookJob::running(), 0);
        ASSERT_NE(dialog.lastResult(), nullptr) << dialog.resultText().toStdString();
        const int written = static_cast<int>(dialog.lastResult()->documents.size());
        EXPECT_GT(written, 0);
        EXPECT_EQ(QDir(out).entryList({QStringLiteral("*.pdf")}, QDir::Files).size(), written);
        EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM letters WHERE kind = 'statement'")).toInt(), written);
        EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'statement.send'")).toInt(), written);
        EXPECT_TRUE(dialog.resultText().contains(QStringLiteral("written"))) << dialog.resultText().toStdString();

        // The same date again: the documents are written again, nothing new is recorded.
        dialog.run(true);
        ASSERT_NE(dialog.lastResult(), nullptr);
        EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM letters WHERE kind = 'statement'")).toInt(), written);
        for (const documents::BatchDocument &d : dialog.lastResult()->documents)
            EXPECT_FALSE(d.newRecord) << d.customerCode.toStdString();
    }

    // A selection: two accounts only, as of another day.
    {
        LetterRunDialog dialog(*m_session, today.addDays(2));
        dialog.setFolder(m_folder.filePath(QStringLiteral("chosen")));
        dialog.setCustomers(QStringLiteral("C1003, C1004"));
        dialog.run(true);
        ASSERT_NE(dialog.lastResult(), nullptr) << dialog.resultText().toStdString();
        QStringList codes;
        for (const documents::BatchDocument &d : dialog.lastResult()->documents)
            codes << d.customerCode;
        codes.sort();
        EXPECT_EQ(codes, (QStringList{QStringLiteral("C1003"), QStringLiteral("C1004")}));
    }

    // Cancelled before the first document (a cancel asked for at once): nothing half-done,
    // the dialog says how far it got and the book stays sound.
    {
        LetterRunDialog dialog(*m_session, today.addDays(1));
        dialog.setFolder(m_folder.filePath(QStringLiteral("cancelled")));
        QObject::connect(&dialog, &LetterRunDialog::finished, &dialog, [] {});
        dialog.run(false);
        dialog.cancel();
        while (dialog.running())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        ASSERT_NE(dialog.lastResult(), nullptr) << dialog.resultText().toStdString();
        EXPECT_TRUE(dialog.lastResult()->cancelled);
        EXPECT_TRUE(dialog.resultText().contains(QStringLiteral("Cancelled"))) << dialog.resultText().toStdString();
        const int kept = static_cast<int>(dialog.lastResult()->documents.size());
        EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM letters WHERE kind = 'statement' AND as_of = %1")
                                 .arg(today.addDays(1).toJulianDay()))
                          .toInt(),
                  kept);
    }

    // The timeline: the statement's row opens its PDF again.
    const Id customerId =
            scalar(QStringLiteral("SELECT customer_id FROM letters WHERE kind = 'statement' ORDER BY id LIMIT 1")).toLongLong();
    AccountView view;
    view.setSession(m_session.get());
    view.showCustomer(customerId);
    view.show();
    auto *table = view.findChild<QTableView *>(QStringLiteral("accountActivity"));
    auto *open = view.findChild<QPushButton *>(QStringLiteral("openLetterButton"));
    ASSERT_NE(table, nullptr);
    ASSERT_NE(open, nullptr);
    int row = -1;
    for (int r = 0; r < view.activityModel()->rowCount(); ++r)
        if (view.activityModel()->rowAt(r)->cells[2].raw.toString() == u"statement.send")
            row = r;
    ASSERT_GE(row, 0);
    EXPECT_EQ(view.activityModel()->rowAt(row)->cells[2].text, QStringLiteral("Statement sent"));
    EXPECT_FALSE(open->isEnabled());
    table->setCurrentIndex(view.activityModel()->index(row, 0));
    ASSERT_TRUE(open->isEnabled());
    open->click();
    const QString file = open->property("lastFile").toString();
    QFile pdf(file);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly)) << file.toStdString();
    EXPECT_TRUE(pdf.read(5) == "%PDF-");
    pdf.close();
    QFile::remove(file);
}

} // namespace
} // namespace ardesk
