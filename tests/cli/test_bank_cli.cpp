// `ardesk-cli import bank` end to end through the real executable: the JSON summary of
// docs/formats.md ("CLI"), --post posting the confident matches once (a second run posts
// nothing), CSV with --mapping, format detection, and bad files (FILE:LINE messages,
// exit 1, book unchanged).

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>

#include "services/book_service.h"
#include "support/book_checksum.h"
#include "support/test_book.h"

namespace {

struct BankCliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

std::ostream &operator<<(std::ostream &stream, const BankCliRun &run)
{
    return stream << "exit " << run.exitCode << "\n--- stdout\n" << run.out.toStdString() << "--- stderr\n"
                  << run.err.toStdString();
}

const QString kData = QStringLiteral(ARDESK_SOURCE_DIR "/tests/data/bank/");

class BankCli : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_book = ardesk::test::freshBookLocation(m_dir, QStringLiteral("book.ardesk"));
        ASSERT_EQ(onBook({QStringLiteral("init")}).exitCode, 0);
        write("customers.csv", "code,name,currency,terms_days,credit_limit\n"
                               "C1,Müller Maschinenbau GmbH,EUR,30,\nC2,Svensson AB,EUR,30,\n");
        write("invoices.csv", "number,customer_code,issue_date,due_date,amount,currency\n"
                              "INV-1001,C1,2026-03-01,2026-03-31,100.00,EUR\n"
                              "INV-1002,C1,2026-03-01,2026-03-31,250.00,EUR\n"
                              "INV-1003,C1,2026-03-01,2026-03-31,50.00,EUR\n"
                              "INV-2001,C2,2026-03-01,2026-03-31,300.00,EUR\n");
        BankCliRun r = onBook({QStringLiteral("import"), QStringLiteral("customers"), m_dir.filePath(QStringLiteral("customers.csv"))});
        ASSERT_EQ(r.exitCode, 0) << r;
        r = onBook({QStringLiteral("import"), QStringLiteral("invoices"), m_dir.filePath(QStringLiteral("invoices.csv"))});
        ASSERT_EQ(r.exitCode, 0) << r;
    }
    void write(const char *name, const QByteArray &data)
    {
        QFile f(m_dir.filePath(QString::fromLatin1(name)));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(data);
    }
    BankCliRun onBook(QStringList arguments)
    {
        arguments.prepend(m_book);
        arguments.prepend(QStringLiteral("--book"));
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        environment.remove(QStringLiteral("ARDESK_PASSWORD"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(ARDESK_CLI_PATH), arguments);
        EXPECT_TRUE(process.waitForFinished(60000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }
    QJsonObject json(const BankCliRun &run)
    {
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }
    QByteArray bookBytes()
    {
        if (ardesk::test::onPostgres()) { // no file: every row of every table instead
            auto book = ardesk::BookService::open(m_book, ardesk::AccessMode::ReadOnly);
            EXPECT_TRUE(book.has_value());
            return book ? ardesk::testsupport::bookChecksum(**book).digest.toUtf8() : QByteArray();
        }
        QFile f(m_book);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }

    QTemporaryDir m_dir;
    QString m_book;
};

} // namespace

TEST_F(BankCli, summarizesAndPostsOnce)
{
    const QString file = kData + QStringLiteral("camt053_v02.xml");
    BankCliRun r = onBook({QStringLiteral("import"), QStringLiteral("bank"), file});
    ASSERT_EQ(r.exitCode, 0) << r;
    QJsonObject o = json(r);
    EXPECT_EQ(o.value(QStringLiteral("entries")).toInt(), 5) << r;
    EXPECT_EQ(o.value(QStringLiteral("matched")).toInt(), 2) << r;
    EXPECT_EQ(o.value(QStringLiteral("suggested")).toInt(), 1) << r;
    EXPECT_EQ(o.value(QStringLiteral("unmatched")).toInt(), 1) << r;
    EXPECT_EQ(o.value(QStringLiteral("skipped")).toInt(), 1) << r;
    EXPECT_EQ(o.value(QStringLiteral("posted")).toInt(), 0) << r;
    const QJsonObject eur = o.value(QStringLiteral("amounts")).toObject().value(QStringLiteral("EUR")).toObject();
    EXPECT_EQ(eur.value(QStringLiteral("matched")).toString(), QStringLiteral("650.00")) << r;
    EXPECT_EQ(eur.value(QStringLiteral("suggested")).toString(), QStringLiteral("50.00")) << r;
    EXPECT_EQ(eur.value(QStringLiteral("unmatched")).toString(), QStringLiteral("12.34")) << r;

    r = onBook({QStringLiteral("import"), QStringLiteral("bank"), file, QStringLiteral("--post"),
                QStringLiteral("--format"), QStringLiteral("camt053")});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_EQ(json(r).value(QStringLiteral("posted")).toInt(), 2) << r;
    r = onBook({QStringLiteral("import"), QStringLiteral("bank"), file, QStringLiteral("--post")});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_EQ(json(r).value(QStringLiteral("posted")).toInt(), 0) << r;
    EXPECT_EQ(json(r).value(QStringLiteral("already_posted")).toInt(), 2) << r;
    r = onBook({QStringLiteral("verify")});
    EXPECT_EQ(r.exitCode, 0) << r;
}

TEST_F(BankCli, csvWithMappingFile)
{
    const BankCliRun r = onBook({QStringLiteral("import"), QStringLiteral("bank"), kData + QStringLiteral("sparkasse.csv"),
                          QStringLiteral("--mapping"), kData + QStringLiteral("sparkasse_mapping.json")});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_EQ(json(r).value(QStringLiteral("entries")).toInt(), 3) << r;
    EXPECT_EQ(json(r).value(QStringLiteral("matched")).toInt(), 1) << r;
    const BankCliRun noMapping = onBook({QStringLiteral("import"), QStringLiteral("bank"), kData + QStringLiteral("sparkasse.csv")});
    EXPECT_EQ(noMapping.exitCode, 1) << noMapping;
}

TEST_F(BankCli, badFilesNameTheLineAndChangeNothing)
{
    QFile sample(kData + QStringLiteral("camt053_v02.xml"));
    ASSERT_TRUE(sample.open(QIODevice::ReadOnly));
    QByteArray data = sample.readAll();
    write("truncated.xml", data.left(data.indexOf("BANKREF-0002")));
    write("nocurrency.xml", QByteArray(data).replace("<Amt Ccy=\"EUR\">300.00</Amt>", "<Amt>300.00</Amt>"));
    write("namespace.xml", QByteArray(data).replace("camt.053.001.02", "camt.054.001.02"));
    write("duplicate.xml", QByteArray(data).replace("BANKREF-0004", "BANKREF-0001"));
    const QByteArray before = bookBytes();
    for (const char *name : {"truncated.xml", "nocurrency.xml", "namespace.xml", "duplicate.xml"}) {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        const BankCliRun r = onBook({QStringLiteral("import"), QStringLiteral("bank"), path, QStringLiteral("--post")});
        EXPECT_EQ(r.exitCode, 1) << name << r;
        EXPECT_TRUE(r.err.contains(QRegularExpression(QRegularExpression::escape(path) + QStringLiteral(":\\d+: \\w+: "))))
                << name << r;
        EXPECT_TRUE(r.out.isEmpty()) << r;
    }
    EXPECT_EQ(onBook({QStringLiteral("import"), QStringLiteral("bank")}).exitCode, 2);
    EXPECT_EQ(onBook({QStringLiteral("import"), QStringLiteral("bank"), kData + QStringLiteral("camt053_v02.xml"),
                      QStringLiteral("--format"), QStringLiteral("mt940")})
                      .exitCode,
              2);
    EXPECT_EQ(bookBytes(), before);
}
