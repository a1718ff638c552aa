// The book file: migrations from a frozen schema-version-1 book (tests/data/book_v1.sql),
// refusal of newer and foreign files, the connection settings, the triggers that keep
// posted rows immutable, and the hash chain of every posted table.

#include "storage/book.h"
#include "storage/dialect.h"
#include "storage/ar_movements.h"
#include "storage/hash_chain.h"
#include "storage/ledger_verifier.h"
#include "storage/ledger_repository.h"
#include "storage/posted_writer.h"
#include "storage/schema.h"
#include "storage/storage_error.h"
#include "storage/user_repository.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <atomic>
#include <chrono>
#include <thread>
#include <map>
#include <set>

using namespace ardesk;

namespace {

const QString kFixtureFolder = QStringLiteral(ARDESK_SOURCE_DIR "/tests/data");

std::string describe(const Error &error)
{
    return error.message.toStdString();
}

// A plain Qt SQL connection, for what a Book must not do by itself: build or inspect a
// file without migrating it.
class RawConnection final {
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(++s_counter))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        EXPECT_TRUE(m_db.open()) << m_db.lastError().text().toStdString();
    }
    ~RawConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool exec(const QString &sql)
    {
        QSqlQuery q(m_db);
        const bool ok = q.exec(sql);
        EXPECT_TRUE(ok) << sql.left(200).toStdString() << ": " << q.lastError().text().toStdString();
        return ok;
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    QSqlDatabase &database() { return m_db; }

private:
    static inline std::atomic<int> s_counter{0};
    QString m_name;
    QSqlDatabase m_db;
};

// Splits SQL text such as the output of the sqlite3 shell's .dump into statements.
// Semicolons end a statement except inside quotes ('...' with '' escapes, "...", `...`,
// [...]), comments, and the body of CREATE TRIGGER ... BEGIN ... END.
QStringList splitSqlStatements(const QString &text)
{
    static const QRegularExpression triggerStart(QStringLiteral("^CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"),
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression endsWithEnd(QStringLiteral("\\bEND$"), QRegularExpression::CaseInsensitiveOption);
    QStringList statements;
    QString current;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            const QChar close = c == u'[' ? QChar(u']') : c;
            current += c;
            for (++i; i < n; ++i) {
                current += text[i];
                if (text[i] == close) {
                    if (close != u']' && i + 1 < n && text[i + 1] == close) { // doubled quote: data
                        current += text[++i];
                        continue;
                    }
                    break;
                }
            }
            continue;
        }
        if (c == u'-' && i + 1 < n && text[i + 1] == u'-') {
            while (i < n && text[i] != u'\n')
                ++i;
            current += u'\n';
            continue;
        }
        if (c == u'/' && i + 1 < n && text[i + 1] == u'*') {
            const qsizetype end = text.indexOf(QStringLiteral("*/"), i + 2);
            i = end < 0 ? n : end + 1;
            current += u' ';
            continue;
        }
        if (c == u';') {
            const QString statement = current.trimmed();
            if (triggerStart.match(statement).hasMatch() && !endsWithEnd.match(statement).hasMatch()) {
                current += c; // inside the trigger body
                continue;
            }
            if (!statement.isEmpty())
                statements << statement;
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

// Builds a book file from a fixture's SQL text.
//
// How the fixture is loaded: it is parsed and executed here, through Qt SQL, statement by
// statement (splitSqlStatements). The alternative, piping it into the sqlite3 shell, would
// make the test depend on a program on PATH (and on its version and locale) at test time;
// the shell was needed only once, to write the fixture with .dump. The splitter handles
// what .dump writes: quoted strings with semicolons and doubled quotes, X'..' blobs, and
// CREATE TRIGGER ... BEGIN ...; END blocks.
void loadFixture(const QString &fixture, const QString &bookPath)
{
    QFile file(fixture);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << fixture.toStdString();
    const QStringList statements = splitSqlStatements(QString::fromUtf8(file.readAll()));
    ASSERT_GT(statements.size(), 20);
    RawConnection raw(bookPath);
    for (const QString &statement : statements)
        ASSERT_TRUE(raw.exec(statement));
}

QByteArray tableDigest(QSqlDatabase &db, const QString &table, qint64 *rows = nullptr)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery q(db);
    // A WITHOUT ROWID table (ar_movements) has no rowid: it is read in its primary key's order.
    if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table))) {
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT * FROM %1").arg(table))) << table.toStdString();
    }
    qint64 count = 0;
    while (q.next()) {
        ++count;
        for (int i = 0; i < q.record().count(); ++i) {
            const QVariant v = q.value(i);
            hash.addData(QByteArrayView("\x1f"));
            hash.addData(v.isNull() ? QByteArray("\\N")
                                    : v.typeId() == QMetaType::QByteArray ? v.toByteArray().toHex()
                                                                          : v.toString().toUtf8());
        }
        hash.addData(QByteArrayView("\x1e"));
    }
    if (rows)
        *rows = count;
    return hash.result();
}

QStringList tablesOf(QSqlDatabase &db)
{
    QStringList tables;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    while (q.next())
        tables << q.value(0).toString();
    return tables;
}

// type|name|tbl_name|sql (whitespace collapsed) of every schema object.
std::set<QString> schemaOf(QSqlDatabase &db)
{
    std::set<QString> objects;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"));
    while (q.next())
        objects.insert(QStringLiteral("%1|%2|%3|%4")
                           .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString().simplified()));
    return objects;
}

// Recomputes the hash chain of a posted table; returns the id of the first bad row (0: all good).
qint64 firstBrokenLink(Book &book, const QString &table, qint64 *rows = nullptr)
{
    const QStringList &columns = PostedWriter::postedColumns(table);
    QSqlQuery q = book.exec(QStringLiteral("SELECT %1, hash FROM %2 ORDER BY id").arg(columns.join(u", "), table));
    QByteArray previous;
    qint64 count = 0;
    while (q.next()) {
        ++count;
        QVariantList values;
        for (int i = 0; i < columns.size(); ++i)
            values << q.value(i);
        const QByteArray stored = q.value(static_cast<int>(columns.size())).toByteArray();
        const QByteArray expected = chainHash(previous, canonicalEncoding(table, values));
        if (stored != expected)
            return values[0].toLongLong();
        previous = stored;
    }
    if (rows)
        *rows = count;
    return 0;
}

std::map<QString, qint64> countsOf(Book &book)
{
    std::map<QString, qint64> counts;
    for (const QString &table : tablesOf(book.database())) {
        QSqlQuery q = book.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
        counts[table] = q.next() ? q.value(0).toLongLong() : -1;
    }
    return counts;
}

// A small ledger written through the repositories: customers in two currencies, invoices,
// payments, allocations and the reversal of one, a credit note, a write-off, audit records,
// and a staff user who posts some of it (created_by not NULL).
void populate(Book &book)
{
    Transaction transaction(book);
    LedgerRepository repo(book);
    StaffUser clerk;
    clerk.login = QStringLiteral("clerk");
    clerk.name = QStringLiteral("Clara Clerk");
    clerk.role = Role::Clerk;
    const Stamp owner{std::nullopt, QStringLiteral("2026-03-01T09:00:00Z")};
    const Id clerkId = UserRepository(book).insert(clerk, owner);
    const Stamp byClerk{clerkId, QStringLiteral("2026-03-02T10:30:00Z")};

    auto customer = [&](const char *code, const char *name, const char *currency) {
        Customer c;
        c.code = QString::fromLatin1(code);
        c.name = QString::fromUtf8(name);
        c.currency = QString::fromLatin1(currency);
        c.termsDays = 30;
        c.timeZone = QStringLiteral("Europe/Prague");
        c.country = QStringLiteral("CZ");
        c.language = QStringLiteral("cs");
        return repo.insertCustomer(c, owner);
    };
    const Id c1 = customer("C1", "Alfa, s.r.o. — \"Praha\"; 'quoted'", "EUR");
    const Id c2 = customer("C2", "Beta GmbH", "EUR");
    const Id j1 = customer("J1", "Gamma KK", "JPY");

    auto invoice = [&](const char *number, Id customerId, QDate issue, QDate due, MinorUnits amount,
                       const char *currency) {
        Invoice i;
        i.number = QString::fromLatin1(number);
        i.customerId = customerId;
        i.issueDate = issue;
        i.dueDate = due;
        i.amount = amount;
        i.currency = QString::fromLatin1(currency);
        return repo.postInvoice(i, owner);
    };
    const Id i1 = invoice("I-1", c1, QDate(2026, 1, 1), QDate(2026, 1, 31), 100000, "EUR");
    const Id i2 = invoice("I-2", c1, QDate(2026, 2, 1), QDate(2026, 3, 3), 50000, "EUR");
    const Id i3 = invoice("I-3", c2, QDate(2026, 1, 10), QDate(2026, 2, 9), 20000, "EUR");
    const Id jInvoice = invoice("J-1", j1, QDate(2026, 1, 5), QDate(2026, 2, 4), 30000, "JPY");
    const Id i4 = invoice("I-4", c2, QDate(2026, 3, 1), QDate(2026, 3, 31), 7500, "EUR");

    auto payment = [&](const char *reference, Id customerId, QDate received, MinorUnits amount, const char *currency) {
        Payment p;
        p.reference = QString::fromLatin1(reference);
        p.customerId = customerId;
        p.receivedDate = received;
        p.amount = amount;
        p.currency = QString::fromLatin1(currency);
        p.method = QStringLiteral("wire");
        return repo.postPayment(p, byClerk);
    };
    const Id p1 = payment("P-1", c1, QDate(2026, 2, 10), 120000, "EUR");
    const Id p2 = payment("P-2", c2, QDate(2026, 2, 15), 20000, "EUR");
    const Id p3 = payment("P-3", j1, QDate(2026, 2, 20), 10000, "JPY");

    auto allocate = [&](Id invoiceId, AllocationSource source, Id sourceId, QDate date, MinorUnits amount,
                        std::optional<Id> reverses = {}) {
        Allocation a;
        a.invoiceId = invoiceId;
        a.source = source;
        a.sourceId = sourceId;
        a.date = date;
        a.amount = amount;
        a.reversesId = reverses;
        return repo.postAllocation(a, byClerk, reverses ? QStringLiteral("reversal") : QString());
    };
    allocate(i1, AllocationSource::Payment, p1, QDate(2026, 2, 10), 100000);
    const Id wrong = allocate(i2, AllocationSource::Payment, p1, QDate(2026, 2, 10), 20000);
    allocate(i3, AllocationSource::Payment, p2, QDate(2026, 2, 15), 20000);
    allocate(jInvoice, AllocationSource::Payment, p3, QDate(2026, 2, 20), 10000);
    allocate(i2, AllocationSource::Payment, p1, QDate(2026, 3, 1), -20000, wrong);
    repo.postReversal({0, ReversalKind::Allocation, wrong, QDate(2026, 3, 1), QStringLiteral("wrong invoice")}, byClerk);

    CreditNote note;
    note.number = QStringLiteral("CN-1");
    note.customerId = c2;
    note.issueDate = QDate(2026, 3, 5);
    note.amount = 2500;
    note.currency = QStringLiteral("EUR");
    note.reason = QStringLiteral("price correction");
    const Id cn = repo.postCreditNote(note, owner);
    allocate(i4, AllocationSource::CreditNote, cn, QDate(2026, 3, 5), 2500);
    const Id writeOff =
        repo.postWriteOff(i4, QDate(2026, 3, 20), 1000, QStringLiteral("small balance"), clerkId, std::nullopt, owner);
    allocate(i4, AllocationSource::WriteOff, writeOff, QDate(2026, 3, 20), 1000);

    AuditRepository audit(book);
    audit.append(owner, QStringLiteral("fixture.create"), QStringLiteral("book"), std::nullopt,
                 QStringLiteral("{\"note\":\"a ledger; with \\\"quotes\\\" and semicolons\"}"));
    audit.append(byClerk, QStringLiteral("payment.post"), QStringLiteral("payment"), p1, QStringLiteral("{}"));
    transaction.commit();
}

class BookFile : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    std::unique_ptr<Book> create(const QString &name = QStringLiteral("book.ardesk"))
    {
        auto book = Book::open(path(name), OpenMode::CreateNew);
        EXPECT_TRUE(book) << describe(book.error());
        return book ? std::move(*book) : nullptr;
    }

    void expectUpgradeFrom(int version);

    QTemporaryDir m_dir;
};

} // namespace

// --- the fixture ----------------------------------------------------------------------------------

TEST(SqlSplitter, handlesQuotesCommentsAndTriggerBodies)
{
    const QStringList statements = splitSqlStatements(QStringLiteral(
        "PRAGMA foreign_keys=OFF;\n-- a comment; with a semicolon\nBEGIN TRANSACTION;\n"
        "INSERT INTO t VALUES('a;b''c', \"x;y\", X'00FF'); /* block; comment */\n"
        "CREATE TRIGGER t_no_update BEFORE UPDATE ON t BEGIN SELECT RAISE(ABORT, 'no; way'); END;\n"
        "create temp trigger t2 after insert on t begin insert into u values(1); insert into u values(2); end;\n"
        "COMMIT;"));
    ASSERT_EQ(statements.size(), 6) << statements.join(u'\n').toStdString();
    EXPECT_EQ(statements[0], QStringLiteral("PRAGMA foreign_keys=OFF"));
    EXPECT_EQ(statements[2], QStringLiteral("INSERT INTO t VALUES('a;b''c', \"x;y\", X'00FF')"));
    EXPECT_EQ(statements[3],
              QStringLiteral("CREATE TRIGGER t_no_update BEFORE UPDATE ON t BEGIN SELECT RAISE(ABORT, 'no; way'); END"));
    EXPECT_TRUE(statements[4].endsWith(u"values(2); end"));
    EXPECT_EQ(statements[5], QStringLiteral("COMMIT"));
}

// Writes tests/data/book_vN.sql for every schema version before the current one. Run once,
// on purpose: ARDESK_WRITE_FIXTURES=tests/data ardesk_storage_tests
// --gtest_also_run_disabled_tests --gtest_filter='*DISABLED_writeFixtures'
// (needs the sqlite3 shell for .dump). The fixtures are frozen: never regenerate one for a
// version that has shipped; add a fixture for a new version instead.
TEST(MigrationFixtures, DISABLED_writeFixtures)
{
    const QString outFolder = QString::fromLocal8Bit(qgetenv("ARDESK_WRITE_FIXTURES"));
    if (outFolder.isEmpty())
        GTEST_SKIP() << "set ARDESK_WRITE_FIXTURES to the folder to write to";
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString full = dir.filePath(QStringLiteral("full.ardesk"));
    {
        auto book = Book::open(full, OpenMode::CreateNew);
        ASSERT_TRUE(book) << describe(book.error());
        populate(**book);
    }
    const Dialect dialect(Engine::SQLite);
    // Up to the current version: the current one's fixture is written once with its step and
    // frozen from then on (book_v5.sql came with step 5, before step 6 existed; book_v6 to v8 came
    // together, written when steps 6, 7 and 8 were merged).
    for (int version = 1; version <= currentSchemaVersion(); ++version) {
        const QString file = dir.filePath(QStringLiteral("v%1.ardesk").arg(version));
        {
            RawConnection raw(file);
            for (const MigrationStep &step : migrationSteps()) {
                if (step.version > version)
                    break;
                for (const QString &statement : step.statements)
                    ASSERT_TRUE(raw.exec(dialect.expandDdl(statement)));
                for (const QString &table : step.immutableTables)
                    for (const QString &statement : dialect.immutableTriggers(table))
                        ASSERT_TRUE(raw.exec(statement));
            }
            ASSERT_TRUE(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
            ASSERT_TRUE(raw.exec(QStringLiteral("ATTACH DATABASE '%1' AS source").arg(full)));
            // Rows the steps up to this version seeded are there already (OR IGNORE); rows that
            // a later step seeds (step 4: the default strategy, approval limits, credit
            // settings) are not part of an older book.
            // Column by column: a later step may have added columns to a table (step 6:
            // credit_policies.post_interest) that this version's table does not have yet.
            for (const QString &table : tablesOf(raw.database())) {
                QStringList columns;
                QSqlQuery info(raw.database());
                EXPECT_TRUE(info.exec(QStringLiteral("PRAGMA main.table_info(%1)").arg(table)));
                while (info.next())
                    columns << info.value(1).toString();
                const QString list = columns.join(QStringLiteral(", "));
                ASSERT_TRUE(raw.exec(QStringLiteral("INSERT OR IGNORE INTO main.%1 (%2) SELECT %2 FROM source.%1")
                                         .arg(table, list)));
            }
            if (version < 4) {
                for (const char *statement : {"DELETE FROM strategy_steps", "DELETE FROM strategies",
                                              "DELETE FROM approval_limits",
                                              "DELETE FROM settings WHERE key LIKE 'credit.%'"})
                    ASSERT_TRUE(raw.exec(QString::fromLatin1(statement)));
            }
            ASSERT_TRUE(raw.exec(QStringLiteral("DETACH DATABASE source")));
        }
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"), {file, QStringLiteral(".dump")});
        ASSERT_TRUE(sqlite.waitForFinished(60000));
        ASSERT_EQ(sqlite.exitCode(), 0) << sqlite.readAllStandardError().toStdString();
        QFile out(QDir(outFolder).filePath(QStringLiteral("book_v%1.sql").arg(version)));
        ASSERT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(QStringLiteral("-- A book of schema version %1, frozen: written once by the disabled test\n"
                                 "-- MigrationFixtures.DISABLED_writeFixtures (tests/storage/test_migrations.cpp) "
                                 "with sqlite3 .dump.\n"
                                 "-- Do not edit or regenerate it; the migration tests open it as an old book.\n")
                      .arg(version)
                      .toUtf8());
        out.write(sqlite.readAllStandardOutput());
        // .dump does not write user_version.
        out.write(QStringLiteral("PRAGMA user_version=%1;\n").arg(version).toUtf8());
    }
}

// --- migrations --------------------------------------------------------------------------------------

// Opens the frozen book of an earlier schema version and checks that it upgrades to the
// current version keeping every row, ending with the schema of a new book.
void BookFile::expectUpgradeFrom(int version)
{
    const QString file = path(QStringLiteral("old-v%1.ardesk").arg(version));
    loadFixture(kFixtureFolder + QStringLiteral("/book_v%1.sql").arg(version), file);
    if (HasFatalFailure())
        return;
    // Before: a book of that version, with its tables only.
    std::map<QString, QByteArray> digests;
    std::map<QString, qint64> rows;
    QStringList oldTables;
    {
        RawConnection raw(file);
        ASSERT_EQ(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), version);
        oldTables = tablesOf(raw.database());
        EXPECT_EQ(oldTables.contains(QStringLiteral("promises")), version >= 2); // a table of step 2
        EXPECT_EQ(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'payment_state_reversed'"))
                          .toInt(),
                  version >= 3 ? 1 : 0); // an index of step 3
        EXPECT_TRUE(oldTables.contains(QStringLiteral("invoices")));
        for (const QString &table : oldTables)
            digests[table] = tableDigest(raw.database(), table, &rows[table]);
    }
    EXPECT_EQ(rows[QStringLiteral("customers")], 3);
    EXPECT_EQ(rows[QStringLiteral("invoices")], 5);
    EXPECT_EQ(rows[QStringLiteral("payments")], 3);
    EXPECT_EQ(rows[QStringLiteral("allocations")], 7);
    EXPECT_EQ(rows[QStringLiteral("reversals")], 1);
    EXPECT_EQ(rows[QStringLiteral("credit_notes")], 1);
    EXPECT_EQ(rows[QStringLiteral("write_offs")], 1);
    EXPECT_EQ(rows[QStringLiteral("users")], 1);
    EXPECT_GE(rows[QStringLiteral("audit_log")], 2);

    auto opened = Book::open(file, OpenMode::OpenExisting);
    ASSERT_TRUE(opened) << describe(opened.error());
    Book &book = **opened;
    EXPECT_EQ(book.schemaVersion(), currentSchemaVersion());

    // Every row of the old version is still there, unchanged. Step 4 seeds rows (default
    // strategy, approval limits, credit settings) into tables of step 1, which the fixtures
    // of versions 1 to 3 have empty: there the old rows (none) are checked by their count
    // only (stepFourSeedsPolicyDataWithoutOverwriting checks what was seeded).
    const QStringList seededByStepFour{QStringLiteral("strategies"), QStringLiteral("strategy_steps"),
                                       QStringLiteral("approval_limits"), QStringLiteral("settings")};
    for (const QString &table : oldTables) {
        qint64 count = 0;
        const QByteArray digest = tableDigest(book.database(), table, &count);
        if (version < 4 && seededByStepFour.contains(table)) {
            EXPECT_EQ(rows[table], 0) << table.toStdString();
            continue;
        }
        EXPECT_EQ(digest, digests[table]) << table.toStdString();
        EXPECT_EQ(count, rows[table]) << table.toStdString();
    }
    // The upgraded book has exactly the schema of a new book (tables, indexes, triggers):
    // an earlier migration step edited in place would show here.
    auto fresh = create(QStringLiteral("fresh-v%1.ardesk").arg(version));
    ASSERT_TRUE(fresh);
    const std::set<QString> upgraded = schemaOf(book.database());
    const std::set<QString> expected = schemaOf(fresh->database());
    EXPECT_GT(expected.size(), 50u);
    for (const QString &object : expected)
        EXPECT_TRUE(upgraded.contains(object)) << "missing after the upgrade: " << object.toStdString();
    for (const QString &object : upgraded)
        EXPECT_TRUE(expected.contains(object)) << "not in a new book: " << object.toStdString();

    // Its hash chains still verify, and new postings continue them.
    for (const QString &table : postedTables())
        EXPECT_EQ(firstBrokenLink(book, table), 0) << table.toStdString();
    {
        Transaction transaction(book);
        LedgerRepository repo(book);
        const auto c1 = repo.customerByCode(QStringLiteral("C1"));
        ASSERT_TRUE(c1);
        Invoice invoice;
        invoice.number = QStringLiteral("I-NEW");
        invoice.customerId = c1->id;
        invoice.issueDate = QDate(2026, 4, 1);
        invoice.dueDate = QDate(2026, 5, 1);
        invoice.amount = 1234;
        invoice.currency = QStringLiteral("EUR");
        EXPECT_EQ(repo.postInvoice(invoice, Stamp::now(std::nullopt)), 6);
        transaction.commit();
    }
    qint64 invoices = 0;
    EXPECT_EQ(firstBrokenLink(book, QStringLiteral("invoices"), &invoices), 0);
    EXPECT_EQ(invoices, 6);

    // The derived state of the old rows is what their events give.
    QSqlQuery q = book.exec(QStringLiteral(
        "SELECT COUNT(*) FROM invoice_state s JOIN invoices i ON i.id = s.invoice_id WHERE s.open_amount <> "
        "i.amount - COALESCE((SELECT SUM(a.amount) FROM allocations a WHERE a.invoice_id = i.id), 0)"));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toLongLong(), 0);
    q = book.exec(QStringLiteral("SELECT open_amount FROM invoice_state WHERE invoice_id = 2"));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toLongLong(), 50000); // I-2: its allocation was reversed
    // The AR movement aggregate (step 5) filled from the old rows, kept by the new posting,
    // equals what the ledger gives.
    const VerifyReport verified = LedgerVerifier(book).run();
    EXPECT_TRUE(verified.ok) << verified.firstProblem.toStdString();
    EXPECT_GT(storedMovements(book, 0).size(), 3u);

    // Opening it again does not migrate again.
    opened->reset();
    auto again = Book::open(file, OpenMode::OpenExisting);
    ASSERT_TRUE(again) << describe(again.error());
    EXPECT_EQ((*again)->schemaVersion(), currentSchemaVersion());
}

TEST_F(BookFile, versionOneBookUpgradesAndKeepsItsRows)
{
    expectUpgradeFrom(1);
}

TEST_F(BookFile, versionTwoBookUpgradesAndKeepsItsRows)
{
    expectUpgradeFrom(2);
}

TEST_F(BookFile, versionThreeBookUpgradesAndKeepsItsRows)
{
    expectUpgradeFrom(3);
}

// The fixture of step 4 opens as it is while 4 is the current version; once step 5 exists
// it is an old book that upgrades like the others.
TEST_F(BookFile, versionFourBookOpensAndKeepsItsRows)
{
    expectUpgradeFrom(4);
}

// The fixture of step 5 (the AR movement aggregate) likewise.
TEST_F(BookFile, versionFiveBookOpensAndKeepsItsRows)
{
    expectUpgradeFrom(5);
}

// The last shipped fixture (step 11) upgrades through the steps after it (step 12: the queue's
// indexes tasks_open and allocations_date_source) with its rows kept.
TEST_F(BookFile, versionElevenBookUpgradesAndKeepsItsRows)
{
    expectUpgradeFrom(11);
    if (HasFatalFailure())
        return;
    RawConnection raw(path(QStringLiteral("old-v11.ardesk")));
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                                        "('tasks_open', 'allocations_date_source')"))
                      .toInt(),
              currentSchemaVersion() >= 12 ? 2 : 0);
}

// The last shipped fixture (step 18) upgrades through step 19 (the queue's indexes of the unpaid
// promise outcomes, of the outcomes by day, and of the tasks by source with their customer, which
// replaces step 8's tasks_source) with its rows kept.
TEST_F(BookFile, versionEighteenBookUpgradesAndKeepsItsRows)
{
    expectUpgradeFrom(18);
    if (HasFatalFailure())
        return;
    RawConnection raw(path(QStringLiteral("old-v18.ardesk")));
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                                        "('promise_outcomes_unpaid', 'promise_outcomes_day', 'tasks_source_customer')"))
                      .toInt(),
              3);
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'tasks_source'")).toInt(), 0);
}

// The queue's reads of step 19 (CollectionRepository::queueOutcomesOfPortfolio, queueOutcomesOfBook):
// SQLite answers them from the new indexes, the unpaid outcomes and the follow-up tasks' customers
// from the index alone (what made a collector's queue read every outcome row of its portfolio and
// each follow-up task's row before).
TEST_F(BookFile, theQueuesReadsOfPromiseOutcomesAndFollowUpTasksUseTheirIndexes)
{
    auto book = create();
    ASSERT_TRUE(book);
    const auto plan = [&](const QString &sql) {
        QSqlQuery q = book->exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
        QStringList steps;
        while (q.next())
            steps << q.value(3).toString();
        return steps.join(QStringLiteral(" | "));
    };
    const QString followUp = QStringLiteral(
            "EXISTS (SELECT 1 FROM tasks t WHERE t.source_kind = 'promise' AND t.source_id = o.promise_id "
            "AND (t.customer_id = o.customer_id OR EXISTS (SELECT 1 FROM customers tc "
            "WHERE tc.id = t.customer_id AND tc.collector_id = 7)))");
    const QString portfolio = plan(
            QStringLiteral("SELECT o.promise_id, o.customer_id, o.promised_date, o.kept_day, CASE WHEN %1 THEN 1 ELSE 0 "
                           "END FROM promise_outcomes o WHERE o.customer_id IN (1, 2, 3) AND o.paid = 0 "
                           "AND o.promised_date < 2461000 AND (o.promised_date >= 2460900 OR NOT %1)")
                    .arg(followUp));
    EXPECT_TRUE(portfolio.contains(QStringLiteral("COVERING INDEX promise_outcomes_unpaid"))) << portfolio.toStdString();
    EXPECT_TRUE(portfolio.contains(QStringLiteral("COVERING INDEX tasks_source_customer"))) << portfolio.toStdString();
    const QString book_ = plan(QStringLiteral("SELECT promise_id, customer_id, promised_date, kept_day "
                                              "FROM promise_outcomes WHERE paid = 0 AND promised_date < 2461000"));
    EXPECT_TRUE(book_.contains(QStringLiteral("COVERING INDEX promise_outcomes_unpaid"))) << book_.toStdString();
    const QString onDay = plan(QStringLiteral("SELECT promise_id, customer_id, promised_date, paid, kept_day "
                                              "FROM promise_outcomes WHERE promised_date = 2461000"));
    EXPECT_TRUE(onDay.contains(QStringLiteral("INDEX promise_outcomes_day"))) << onDay.toStdString();
    const QString sources = plan(QStringLiteral("SELECT t.source_id, t.assignee_id, t.customer_id FROM tasks t "
                                                "WHERE t.source_kind = 'dispute' AND t.source_id IN (4, 5)"));
    EXPECT_TRUE(sources.contains(QStringLiteral("COVERING INDEX tasks_source_customer"))) << sources.toStdString();
}

// Step 4 seeds data, not only tables: an upgraded book gets the interest rules, the default
// strategy, the approval limits and the credit settings, and a book that already had a
// strategy called Standard keeps it as it was.
TEST_F(BookFile, stepFourSeedsPolicyDataWithoutOverwriting)
{
    const QString file = path(QStringLiteral("old-v3.ardesk"));
    loadFixture(kFixtureFolder + QStringLiteral("/book_v3.sql"), file);
    if (HasFatalFailure())
        return;
    {
        RawConnection raw(file);
        ASSERT_EQ(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM strategies")).toInt(), 0);
        ASSERT_TRUE(raw.exec(QStringLiteral("INSERT INTO approval_limits VALUES ('collector', 'SEK', 123)")));
    }
    auto opened = Book::open(file, OpenMode::OpenExisting);
    ASSERT_TRUE(opened) << describe(opened.error());
    Book &book = **opened;
    auto scalar = [&](const char *sql) {
        QSqlQuery q = book.exec(QString::fromLatin1(sql));
        return q.next() ? q.value(0) : QVariant();
    };
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM interest_rules").toInt(), 3);
    EXPECT_EQ(scalar("SELECT region || ':' || margin_hundredths || ':' || consumer_margin_hundredths || ':' || "
                     "compensation || compensation_currency FROM interest_rules WHERE country = 'DE'")
                      .toString(),
              QStringLiteral("DE:900:500:4000EUR"));
    EXPECT_EQ(scalar("SELECT compensation || compensation_currency || ':' || reminder_fee_cap || ':' || "
                     "collection_fee_cap FROM interest_rules WHERE country = 'SE'")
                      .toString(),
              QStringLiteral("45000SEK:6000:18000"));
    EXPECT_EQ(scalar("SELECT region || ':' || margin_hundredths || ':' || compensation FROM interest_rules "
                     "WHERE country = ''")
                      .toString(),
              QStringLiteral("EU:800:4000"));
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM strategy_steps t JOIN strategies s ON s.id = t.strategy_id "
                     "WHERE s.name = 'Standard'")
                      .toInt(),
              9);
    EXPECT_EQ(scalar("SELECT currency || max_amount FROM approval_limits WHERE role = 'collector'").toString(),
              QStringLiteral("SEK123"));
    EXPECT_EQ(scalar("SELECT max_amount FROM approval_limits WHERE role = 'supervisor'").toLongLong(), 500000);
    EXPECT_EQ(scalar("SELECT value FROM settings WHERE key = 'credit.agency_score_drop'").toString(),
              QStringLiteral("50"));
}

TEST_F(BookFile, everyEarlierSchemaVersionHasAFrozenFixture)
{
    for (int version = 1; version < currentSchemaVersion(); ++version)
        EXPECT_TRUE(QFile::exists(kFixtureFolder + QStringLiteral("/book_v%1.sql").arg(version)))
            << "add tests/data/book_v" << version << ".sql (see MigrationFixtures.DISABLED_writeFixtures)";
}

TEST_F(BookFile, aFailingMigrationStepLeavesTheBookAtItsVersion)
{
    const QString file = path(QStringLiteral("old.ardesk"));
    loadFixture(kFixtureFolder + QStringLiteral("/book_v1.sql"), file);
    if (HasFatalFailure())
        return;
    QByteArray before;
    {
        RawConnection raw(file);
        // Something in the way of step 2: a table with the name of one it creates (not its first).
        ASSERT_TRUE(raw.exec(QStringLiteral("CREATE TABLE disputes (x)")));
        before = tableDigest(raw.database(), QStringLiteral("invoices"));
    }
    auto opened = Book::open(file, OpenMode::OpenExisting);
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().code, ErrorCode::Storage);
    RawConnection raw(file);
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
    // Step 2 ran in one transaction: none of its tables were left behind.
    EXPECT_FALSE(tablesOf(raw.database()).contains(QStringLiteral("contact_log")));
    EXPECT_FALSE(tablesOf(raw.database()).contains(QStringLiteral("promises")));
    EXPECT_EQ(tableDigest(raw.database(), QStringLiteral("invoices")), before);
}

TEST_F(BookFile, aNewerBookIsRefusedNamingItsVersion)
{
    const int newer = currentSchemaVersion() + 1;
    {
        auto book = create();
        ASSERT_TRUE(book);
    }
    {
        RawConnection raw(path(QStringLiteral("book.ardesk")));
        ASSERT_TRUE(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(newer)));
    }
    auto opened = Book::open(path(QStringLiteral("book.ardesk")), OpenMode::OpenExisting);
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(opened.error().message.contains(QString::number(newer))) << describe(opened.error());
    EXPECT_TRUE(opened.error().message.contains(QString::number(currentSchemaVersion()))) << describe(opened.error());
    RawConnection raw(path(QStringLiteral("book.ardesk")));
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), newer) << "the newer book was touched";
    // Read-only is refused the same way.
    EXPECT_FALSE(Book::open(path(QStringLiteral("book.ardesk")), OpenMode::OpenExisting, AccessMode::ReadOnly));
}

TEST_F(BookFile, aFileThatIsNotABookIsRefused)
{
    {
        RawConnection raw(path(QStringLiteral("other.sqlite")));
        ASSERT_TRUE(raw.exec(QStringLiteral("CREATE TABLE recipes (name TEXT)")));
        ASSERT_TRUE(raw.exec(QStringLiteral("INSERT INTO recipes VALUES ('bread')")));
    }
    auto opened = Book::open(path(QStringLiteral("other.sqlite")), OpenMode::OpenExisting);
    ASSERT_FALSE(opened);
    EXPECT_TRUE(opened.error().message.contains(u"not an ardesk book")) << describe(opened.error());
    {
        RawConnection raw(path(QStringLiteral("other.sqlite")));
        EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 0);
        EXPECT_EQ(tablesOf(raw.database()), QStringList{QStringLiteral("recipes")}) << "the file was migrated";
    }

    QFile text(path(QStringLiteral("notes.ardesk")));
    ASSERT_TRUE(text.open(QIODevice::WriteOnly));
    text.write(QByteArray("these are not the books you are looking for\n").repeated(200));
    text.close();
    EXPECT_FALSE(Book::open(path(QStringLiteral("notes.ardesk")), OpenMode::OpenExisting));

    const auto missing = Book::open(path(QStringLiteral("missing.ardesk")), OpenMode::OpenExisting);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("missing.ardesk"))));

    ASSERT_TRUE(create());
    const auto overwrite = Book::open(path(QStringLiteral("book.ardesk")), OpenMode::CreateNew);
    ASSERT_FALSE(overwrite);
    EXPECT_EQ(overwrite.error().code, ErrorCode::Conflict);
}

// --- connection settings --------------------------------------------------------------------------------

TEST_F(BookFile, aBookHasForeignKeysOnAndAWalJournal)
{
    auto book = create();
    ASSERT_TRUE(book);
    EXPECT_EQ(book->schemaVersion(), currentSchemaVersion());
    auto pragma = [](Book &b, const char *name) {
        QSqlQuery q = b.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
        return q.next() ? q.value(0) : QVariant();
    };
    EXPECT_EQ(pragma(*book, "foreign_keys").toInt(), 1);
    EXPECT_EQ(pragma(*book, "journal_mode").toString(), QStringLiteral("wal"));
    EXPECT_GT(pragma(*book, "busy_timeout").toInt(), 0);
    // Foreign keys are enforced.
    EXPECT_THROW(book->exec(QStringLiteral(
                     "INSERT INTO customer_notes (customer_id, at, text) VALUES (999, '2026-01-01T00:00:00Z', 'x')")),
                 StorageError);
    // And again on reopening (foreign_keys is per connection; WAL is in the file).
    book.reset();
    auto reopened = Book::open(path(QStringLiteral("book.ardesk")), OpenMode::OpenExisting);
    ASSERT_TRUE(reopened) << describe(reopened.error());
    EXPECT_EQ(pragma(**reopened, "foreign_keys").toInt(), 1);
    EXPECT_EQ(pragma(**reopened, "journal_mode").toString(), QStringLiteral("wal"));
    auto second = (*reopened)->openAnother();
    ASSERT_TRUE(second) << describe(second.error());
    EXPECT_EQ(pragma(**second, "foreign_keys").toInt(), 1);
}

TEST_F(BookFile, openingWhileAnotherProcessHoldsTheWriteLockWaitsForItInsteadOfFailing)
{
    // Two processes creating the same book at once: the second asks for WAL while the first
    // holds the write lock of a rollback-journal file, and SQLite answers "database is
    // locked" at once (no busy handler). The open must wait for the lock like any write.
    const QString file = path(QStringLiteral("raced.ardesk"));
    RawConnection first(file);
    ASSERT_TRUE(first.exec(QStringLiteral("BEGIN IMMEDIATE")));
    std::atomic<bool> started{false};
    Result<std::unique_ptr<Book>> opened = std::unexpected(Error::storage(QStringLiteral("not run")));
    std::thread second([&] {
        started = true;
        opened = Book::open(file, OpenMode::OpenExisting);
        if (opened)
            opened->reset(); // its connection belongs to this thread
    });
    while (!started)
        std::this_thread::yield();
    std::this_thread::sleep_for(std::chrono::milliseconds(300)); // lets it meet the lock; passes either way
    ASSERT_TRUE(first.exec(QStringLiteral("ROLLBACK")));
    second.join();
    EXPECT_TRUE(opened.has_value()) << (opened ? std::string() : describe(opened.error()));
    auto book = Book::open(file, OpenMode::OpenExisting);
    ASSERT_TRUE(book) << describe(book.error());
    EXPECT_EQ((*book)->schemaVersion(), currentSchemaVersion());
}

// --- posted rows are immutable ---------------------------------------------------------------------------

TEST_F(BookFile, postedRowsCannotBeUpdatedOrDeleted)
{
    auto book = create();
    ASSERT_TRUE(book);
    populate(*book);
    const auto before = countsOf(*book);
    QByteArray digestBefore;
    for (const QString &table : postedTables())
        digestBefore += tableDigest(book->database(), table);

    for (const QString &table : postedTables()) {
        SCOPED_TRACE(table.toStdString());
        ASSERT_GT(before.at(table), 0) << "the test needs a row in every posted table";
        // The triggers are there by name.
        QSqlQuery t = book->exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND "
                                                "name IN ('%1_no_update', '%1_no_delete')")
                                     .arg(table));
        ASSERT_TRUE(t.next());
        EXPECT_EQ(t.value(0).toInt(), 2);
        t.finish();
        try {
            book->exec(QStringLiteral("UPDATE %1 SET id = id WHERE id = 1").arg(table));
            ADD_FAILURE() << "UPDATE of a posted row went through";
        } catch (const StorageError &error) {
            EXPECT_TRUE(error.message().contains(u"cannot be changed")) << error.message().toStdString();
        }
        const QString stampColumn = table == u"audit_log" ? QStringLiteral("at") : QStringLiteral("created_at");
        EXPECT_THROW(book->exec(QStringLiteral("UPDATE %1 SET %2 = 'x'").arg(table, stampColumn)), StorageError);
        try {
            book->exec(QStringLiteral("DELETE FROM %1").arg(table));
            ADD_FAILURE() << "DELETE of posted rows went through";
        } catch (const StorageError &error) {
            EXPECT_TRUE(error.message().contains(u"cannot be deleted")) << error.message().toStdString();
        }
        // Inside a transaction as well; rolled back.
        book->begin();
        EXPECT_THROW(book->exec(QStringLiteral("DELETE FROM %1 WHERE id = 1").arg(table)), StorageError);
        book->rollback();
    }
    EXPECT_EQ(countsOf(*book), before);
    QByteArray digestAfter;
    for (const QString &table : postedTables())
        digestAfter += tableDigest(book->database(), table);
    EXPECT_EQ(digestAfter, digestBefore);
}

// --- hash chain ------------------------------------------------------------------------------------------

TEST_F(BookFile, everyPostedRowChainsToThePreviousOne)
{
    auto book = create();
    ASSERT_TRUE(book);
    populate(*book);
    for (const QString &table : postedTables()) {
        qint64 rows = 0;
        EXPECT_EQ(firstBrokenLink(*book, table, &rows), 0) << table.toStdString();
        EXPECT_GT(rows, 0) << table.toStdString();
    }
    // The first row chains from an empty hash; each hash is SHA-256 (32 bytes).
    QSqlQuery q = book->exec(QStringLiteral("SELECT %1, hash FROM invoices WHERE id = 1")
                                 .arg(PostedWriter::postedColumns(QStringLiteral("invoices")).join(u", ")));
    ASSERT_TRUE(q.next());
    QVariantList first;
    for (int i = 0; i < PostedWriter::postedColumns(QStringLiteral("invoices")).size(); ++i)
        first << q.value(i);
    const QByteArray stored = q.value(static_cast<int>(first.size())).toByteArray();
    EXPECT_EQ(stored.size(), 32);
    EXPECT_EQ(stored, QCryptographicHash::hash(canonicalEncoding(QStringLiteral("invoices"), first),
                                               QCryptographicHash::Sha256));
    q.finish();
    // The canonical encoding as documented: table, then fields separated by 0x1F, NULL as \N.
    EXPECT_EQ(canonicalEncoding(QStringLiteral("t"), {QVariant::fromValue<qint64>(42), QStringLiteral("a b"),
                                                      QVariant(QMetaType(QMetaType::LongLong)), QByteArray("\x01\xff")}),
              QByteArray("t\x1f"
                         "42\x1f"
                         "a b\x1f\\N\x1f"
                         "01ff"));

    // Tampering is detected: with the trigger out of the way, change one amount.
    book->exec(QStringLiteral("DROP TRIGGER invoices_no_update"));
    book->exec(QStringLiteral("UPDATE invoices SET amount = amount + 1 WHERE id = 3"));
    EXPECT_EQ(firstBrokenLink(*book, QStringLiteral("invoices")), 3);
    // ... or delete a row in the middle: the next one no longer chains.
    book->exec(QStringLiteral("DROP TRIGGER payments_no_delete"));
    book->exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    book->exec(QStringLiteral("DELETE FROM payments WHERE id = 2"));
    EXPECT_EQ(firstBrokenLink(*book, QStringLiteral("payments")), 3);
}
