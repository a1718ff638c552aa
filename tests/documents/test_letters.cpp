// Letters and statements (issue 6): what DocumentService reads as of a date, the PDF text
// in each of the five languages (pdftotext), the TRAINING watermark, a user's template,
// the same bytes for the same input, and the batch runs: idempotent, cancellable.

#include "document_fixture.h"

#include "documents/document_batch.h"
#include "documents/letter_renderer.h"
#include "documents/letter_templates.h"
#include "services/interest_service.h"
#include "services/strategy_service.h"

#include <QSqlError>

using namespace ardesk;
using namespace ardesk::testing;

namespace {

class Letters : public DocumentBook
{
};

TEST_F(Letters, statementHoldsTheOpenItemsAsOfTheDateWithTheirTotals)
{
    const auto content = DocumentService(*m_session).statement(m_de, day(2026, 5, 31));
    ASSERT_TRUE(content) << describe(content.error());
    ASSERT_EQ(content->items.size(), 3u);
    EXPECT_EQ(content->items[0].number, QStringLiteral("INV-1"));
    EXPECT_EQ(content->items[0].open, 123456);
    EXPECT_EQ(content->items[0].disputed, 10000);
    EXPECT_EQ(content->items[1].number, QStringLiteral("INV-2"));
    EXPECT_EQ(content->items[1].open, 30000);
    EXPECT_EQ(content->items[2].number, QStringLiteral("INV-3"));
    EXPECT_EQ(content->items[2].open, 100000); // paid on 06-02, after the as-of date
    EXPECT_EQ(content->openTotal, 253456);
    EXPECT_EQ(content->overdueTotal, 153456);
    EXPECT_EQ(content->disputedTotal, 10000);
    EXPECT_EQ(content->unapplied, 20000);
    EXPECT_EQ(content->balance(), 233456);
    EXPECT_EQ(content->aging, (std::vector<MinorUnits>{100000, 30000, 0, 123456, 0}));
    ASSERT_EQ(content->activity.size(), 4u);
    EXPECT_EQ(content->activity[0].kind, ActivityKind::Payment);
    EXPECT_EQ(content->activity[1].reference, QStringLiteral("INV-3"));
    EXPECT_EQ(content->activity[3].kind, ActivityKind::CreditNote);
    EXPECT_EQ(content->language, QStringLiteral("de"));
    ASSERT_TRUE(content->contact);
    EXPECT_EQ(content->contact->name, QStringLiteral("Anna Müller"));
    EXPECT_EQ(content->payBy, day(2026, 6, 10));
}

TEST_F(Letters, germanStatementShowsItsTableAndTotalsInGermanFormat)
{
    const auto content = DocumentService(*m_session).statement(m_de, day(2026, 5, 31));
    ASSERT_TRUE(content);
    const QString text = pdfText(documents::renderLetter(*content));
    for (const char *expected : {"Kontoauszug",
                                 "Kundennr.",
                                 "DE/100",
                                 "Müller Maschinenbau GmbH",
                                 "z. Hd. Anna Müller",
                                 "Guten Tag Anna Müller,",
                                 "Offene Posten",
                                 "INV-1",
                                 "01.03.2026",
                                 "31.03.2026",
                                 "1.234,56",
                                 "300,00",
                                 "1.000,00",
                                 "2.534,56 EUR",
                                 "Zu zahlender Saldo",
                                 "2.334,56 EUR",
                                 "Reklamiert",
                                 "100,00",
                                 "Altersstruktur",
                                 "61–90 Tage",
                                 "Kontobewegungen vom 01.05.2026 bis 31.05.2026",
                                 "CN-1",
                                 "-50,00",
                                 "Zahlbar bis: 10.06.2026",
                                 "Seite 1 von 1"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected << "\n" << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("INV-4"))) << "issued after the as-of date";
    EXPECT_FALSE(pdfText(documents::renderLetter(*content), TextMode::Raw).contains(QStringLiteral("SCHULUNG")));
}

TEST_F(Letters, eachLanguageGetsItsTextsMoneyAndDates)
{
    struct Case
    {
        const char *code;
        const char *dunning1;
        const char *statement;
        const char *amount;
        const char *dueDate;
        const char *days;
    };
    const Case cases[] = {
            {"GB/200", "First reminder", "Statement of account", "1,234,567.89", "15/04/2026", "31–60 days"},
            {"DE/100", "1. Mahnung", "Kontoauszug", "1.234,56", "31.03.2026", "31–60 Tage"},
            {"FR/300", "Première relance", "Relevé de compte", "1 234 567,89", "15/04/2026", "31 à 60 jours"},
            {"SE/400", "Påminnelse", "Kontoutdrag", "1 234 567,89", "2026-04-15", "31–60 dagar"},
            {"CZ/500", "1. upomínka", "Výpis z účtu zákazníka", "1 234 567,89", "15.04.2026", "31–60 dnů"},
    };
    for (const Case &c : cases) {
        const QString code = QString::fromUtf8(c.code);
        // No language on the row: the customer's language decides.
        const Id letterId = addLetter(code, QStringLiteral("dunning"), 1, day(2026, 5, 31), QStringLiteral(""));
        const auto letter = DocumentService(*m_session).letter(letterId);
        ASSERT_TRUE(letter) << describe(letter.error());
        const QString letterText = pdfText(documents::renderLetter(*letter));
        for (const char *expected : {c.dunning1, c.amount, c.dueDate, c.days, c.code})
            EXPECT_TRUE(letterText.contains(QString::fromUtf8(expected))) << c.code << ": " << expected << "\n"
                                                                          << letterText.toStdString();
        const auto statement = DocumentService(*m_session).statement(customerId(code), day(2026, 5, 31));
        ASSERT_TRUE(statement);
        const QString statementText = pdfText(documents::renderLetter(*statement));
        EXPECT_TRUE(statementText.contains(QString::fromUtf8(c.statement))) << c.code << "\n"
                                                                            << statementText.toStdString();
    }
}

TEST_F(Letters, everyTemplateKindHasItsOwnTitleInEveryLanguage)
{
    const QStringList kinds{QStringLiteral("reminder"), QStringLiteral("dunning1"), QStringLiteral("dunning2"),
                            QStringLiteral("dunning3"), QStringLiteral("statement")};
    for (const QString &language : documentLanguages()) {
        QStringList titles;
        for (const QString &kind : kinds) {
            const auto texts = documents::letterTexts(kind, language);
            for (const char *key : {"title", "subject", "opening", "opening_no_contact", "body", "closing"})
                EXPECT_FALSE(texts.value(QString::fromLatin1(key)).isEmpty())
                        << kind.toStdString() << " " << language.toStdString() << " " << key;
            titles << texts.value(QStringLiteral("title"));
        }
        titles.removeDuplicates();
        EXPECT_EQ(titles.size(), kinds.size()) << language.toStdString();
        // Every language has every label English has (nothing falls back silently).
        const auto english = documents::parseTemplateSections(
                documents::builtInTemplate(QStringLiteral("reminder"), QStringLiteral("en")));
        const auto own =
                documents::parseTemplateSections(documents::builtInTemplate(QStringLiteral("reminder"), language));
        for (auto it = english.constBegin(); it != english.constEnd(); ++it)
            EXPECT_TRUE(own.contains(it.key())) << language.toStdString() << " " << it.key().toStdString();
    }
    EXPECT_EQ(documentLanguage(QStringLiteral("pl")), QStringLiteral("en"));
    EXPECT_EQ(documentLanguage(QStringLiteral("de-AT")), QStringLiteral("de"));
    EXPECT_EQ(letterTemplateKind(QStringLiteral("dunning"), 2), QStringLiteral("dunning2"));
    EXPECT_EQ(letterTemplateKind(QStringLiteral("dunning"), 7), QStringLiteral("dunning3"));
    EXPECT_EQ(letterTemplateKind(QStringLiteral("reminder"), 0), QStringLiteral("reminder"));
}

TEST_F(Letters, aUserTemplateReplacesOnlyTheSectionsItHas)
{
    ASSERT_TRUE(DocumentService(*m_session)
                        .setTemplate(QStringLiteral("dunning2"), QStringLiteral("de"),
                                     QStringLiteral(
                                             "[title]\nZweite Mahnung (eigene Vorlage)\n[label.open]\nRestbetrag\n")));
    EXPECT_FALSE(DocumentService(*m_session).setTemplate(QStringLiteral("dunning9"), QStringLiteral("de"), QString()));
    EXPECT_FALSE(DocumentService(*m_session).setTemplate(QStringLiteral("dunning2"), QStringLiteral("pl"), QString()));
    const Id letterId =
            addLetter(QStringLiteral("DE/100"), QStringLiteral("dunning"), 2, day(2026, 5, 31), QStringLiteral("de"));
    const auto letter = DocumentService(*m_session).letter(letterId);
    ASSERT_TRUE(letter);
    const QString text = pdfText(documents::renderLetter(*letter));
    EXPECT_TRUE(text.contains(QStringLiteral("Zweite Mahnung (eigene Vorlage)"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Restbetrag")));
    EXPECT_TRUE(text.contains(QStringLiteral("Verzugszinsen und Mahnkosten"))) << "the built-in body stays";
}

TEST_F(Letters, aTrainingBookPutsTheWatermarkOnEveryPageAndPaymentInstructionsShow)
{
    setSetting(QStringLiteral("documents.training"), QStringLiteral("1"));
    setSetting(QStringLiteral("documents.payment_instructions"), QStringLiteral("IBAN DE02 1203 0000 0000 2020 51"));
    setSetting(QStringLiteral("documents.sender"), QStringLiteral("Ardesk Demo GmbH\nHauptstraße 1\n10115 Berlin"));
    const auto content = DocumentService(*m_session).statement(m_de, day(2026, 5, 31));
    ASSERT_TRUE(content);
    EXPECT_TRUE(content->training);
    const QString text = pdfText(documents::renderLetter(*content), TextMode::Raw);
    EXPECT_TRUE(text.contains(QStringLiteral("SCHULUNG"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Zahlungshinweise")));
    EXPECT_TRUE(text.contains(QStringLiteral("IBAN DE02 1203 0000 0000 2020 51")));
    EXPECT_TRUE(text.contains(QStringLiteral("Hauptstraße 1")));
}

TEST_F(Letters, theSameInputGivesTheSameBytes)
{
    const auto content = DocumentService(*m_session).statement(m_de, day(2026, 5, 31));
    ASSERT_TRUE(content);
    const QByteArray first = documents::renderLetter(*content);
    const QByteArray second = documents::renderLetter(*content);
    EXPECT_TRUE(first.startsWith("%PDF-"));
    EXPECT_EQ(first, second);
    EXPECT_TRUE(first.contains("/CreationDate (D:20260531000000"));
}

TEST_F(Letters, statementRunPicksCustomersWithABalanceOrActivityAndARerunAddsNothing)
{
    const QString folder = m_dir.filePath(QStringLiteral("statements"));
    const auto first = documents::runStatements(*m_session, day(2026, 5, 31), folder);
    ASSERT_TRUE(first) << describe(first.error());
    QStringList codes;
    for (const auto &document : first->documents) {
        codes << document.customerCode;
        EXPECT_TRUE(document.newRecord);
        EXPECT_TRUE(QFile::exists(document.file)) << document.file.toStdString();
    }
    EXPECT_EQ(codes,
              (QStringList{QStringLiteral("CZ/500"), QStringLiteral("DE/100"), QStringLiteral("FR/300"),
                           QStringLiteral("GB/200"), QStringLiteral("PAID/600"), QStringLiteral("SE/400")}));
    EXPECT_TRUE(QFile::exists(QDir(folder).filePath(QStringLiteral("DE-100-statement-2026-05-31.pdf"))));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM letters WHERE kind = 'statement' AND document IS NOT NULL")),
              6);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'statement.send'")), 6);

    QFile::remove(QDir(folder).filePath(QStringLiteral("DE-100-statement-2026-05-31.pdf")));
    const auto second = documents::runStatements(*m_session, day(2026, 5, 31), folder);
    ASSERT_TRUE(second);
    ASSERT_EQ(second->documents.size(), 6u);
    for (const auto &document : second->documents)
        EXPECT_FALSE(document.newRecord);
    EXPECT_TRUE(QFile::exists(QDir(folder).filePath(QStringLiteral("DE-100-statement-2026-05-31.pdf"))));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM letters WHERE kind = 'statement'")), 6);

    // The stored document opens again and is the statement of its customer.
    const auto stored = DocumentService(*m_session).document(second->documents[1].letterId);
    ASSERT_TRUE(stored);
    EXPECT_TRUE(pdfText(*stored).contains(QStringLiteral("Kontoauszug zu Kundennr. DE/100")));
}

// The template preview's customer (DocumentService::firstStatementCustomer) is the first of
// statementCustomers on every date: before any posting (none), months with activity but no
// balance (QUIET/700 in March 2025, PAID/600 in May 2026), a customer first by code with
// nothing at all, and one whose only balance is unapplied cash.
TEST_F(Letters, theFirstStatementCustomerIsTheFirstOfAllOfThemOnEveryDate)
{
    addCustomer(QStringLiteral("AAA/001"), QStringLiteral("Nothing Yet Ltd"), QStringLiteral("EUR"),
                QStringLiteral("en"));
    addCustomer(QStringLiteral("BBB/002"), QStringLiteral("Prepaid Ltd"), QStringLiteral("EUR"), QStringLiteral("en"));
    pay(QStringLiteral("BBB/002"), day(2025, 9, 10), 500); // unapplied: a balance of -5.00 from then on
    DocumentService documents(*m_session);
    int compared = 0;
    for (QDate date = day(2025, 1, 31); date <= day(2026, 8, 31); date = date.addDays(1).addMonths(1).addDays(-1)) {
        for (const QDate asOf : {date, QDate(date.year(), date.month(), 12)}) {
            SCOPED_TRACE(asOf.toString(Qt::ISODate).toStdString());
            const auto all = documents.statementCustomers(asOf);
            const auto first = documents.firstStatementCustomer(asOf);
            ASSERT_TRUE(all && first);
            ASSERT_EQ(all->empty(), !first->has_value());
            if (!all->empty()) {
                EXPECT_EQ((*first)->id, all->front().id) << all->front().code.toStdString();
                ++compared;
            }
        }
    }
    EXPECT_GT(compared, 20);
    EXPECT_EQ(documents.firstStatementCustomer(day(2025, 2, 28))->value_or(Customer()).code, QString());
    EXPECT_EQ(documents.firstStatementCustomer(day(2025, 3, 31))->value_or(Customer()).code, u"QUIET/700");
    EXPECT_EQ(documents.firstStatementCustomer(day(2025, 10, 31))->value_or(Customer()).code, u"BBB/002");
}

TEST_F(Letters, letterRunRendersEachLetterWithoutADocumentOnceAndCanBeCancelled)
{
    // Only the hand-made rows below: no strategy creates letters of its own here.
    QSqlQuery(m_book->database()).exec(QStringLiteral("UPDATE strategies SET active = 0"));
    addLetter(QStringLiteral("DE/100"), QStringLiteral("reminder"), 0, day(2026, 5, 20), QStringLiteral("de"));
    addLetter(QStringLiteral("GB/200"), QStringLiteral("dunning"), 3, day(2026, 5, 31), QStringLiteral("en"));
    addLetter(QStringLiteral("FR/300"), QStringLiteral("dunning"), 1, day(2026, 6, 15), QStringLiteral("fr")); // later
    const QString folder = m_dir.filePath(QStringLiteral("letters"));

    int calls = 0;
    const auto cancelled =
            documents::runLetters(*m_session, day(2026, 5, 31), folder, [&](const documents::BatchProgress &progress) {
                EXPECT_EQ(progress.total, 2);
                return ++calls < 2; // cancel before the second
            });
    ASSERT_TRUE(cancelled);
    EXPECT_TRUE(cancelled->cancelled);
    EXPECT_EQ(cancelled->documents.size(), 1u);

    const auto rest = documents::runLetters(*m_session, day(2026, 5, 31), folder);
    ASSERT_TRUE(rest);
    ASSERT_EQ(rest->documents.size(), 1u);
    EXPECT_EQ(rest->documents[0].customerCode, QStringLiteral("GB/200"));
    EXPECT_TRUE(QFile::exists(QDir(folder).filePath(QStringLiteral("GB-200-dunning-3-2026-05-31.pdf"))));
    EXPECT_TRUE(QFile::exists(QDir(folder).filePath(QStringLiteral("DE-100-reminder-0-2026-05-20.pdf"))));
    const QString finalDemand =
            pdfText(DocumentService(*m_session).document(rest->documents[0].letterId).value_or(QByteArray()));
    EXPECT_TRUE(finalDemand.contains(QStringLiteral("Final demand"))) << finalDemand.toStdString();

    const auto again = documents::runLetters(*m_session, day(2026, 5, 31), folder);
    ASSERT_TRUE(again);
    EXPECT_TRUE(again->documents.empty());
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM letters WHERE document IS NULL")), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'letter.send'")), 2);
}

TEST_F(Letters, theLetterRunRunsTheStrategyFirstAndDunningLettersCarryInterest)
{
    ASSERT_TRUE(InterestService(*m_session)
                        .importRatesData(QStringLiteral("rates.csv"),
                                         "region,valid_from,rate_percent\nEU,2026-01-01,2.15\n"));
    const QString folder = m_dir.filePath(QStringLiteral("letters"));
    const auto run = documents::runLetters(*m_session, day(2026, 5, 31), folder);
    ASSERT_TRUE(run) << describe(run.error());
    EXPECT_TRUE(run->strategyRan);
    // As of 31 May the Standard strategy's highest due steps: letter_3 (45 days) for the
    // invoices due 15 April (46 days), letter_1 (7 days) for DE/100's INV-2 (11 days); INV-1
    // (61 days) is at the escalation step, which writes no letter.
    const documents::BatchDocument *finalDemand = nullptr;
    const documents::BatchDocument *firstDunning = nullptr;
    for (const auto &document : run->documents) {
        if (document.customerCode == u"FR/300" && document.level == 3)
            finalDemand = &document;
        if (document.customerCode == u"DE/100" && document.level == 1)
            firstDunning = &document;
    }
    ASSERT_NE(finalDemand, nullptr);
    ASSERT_NE(firstDunning, nullptr);
    // A letter lists the invoices it duns (letter_items).
    const auto german = DocumentService(*m_session).letter(firstDunning->letterId);
    ASSERT_TRUE(german);
    ASSERT_EQ(german->items.size(), 1u);
    EXPECT_EQ(german->items.front().number, QStringLiteral("INV-2"));

    const auto content = DocumentService(*m_session).letter(finalDemand->letterId);
    ASSERT_TRUE(content);
    ASSERT_EQ(content->items.size(), 1u);
    // 1,234,567.89 x (2.15 % + 8 points) x 46 / 365 = 15,792.3218... -> 15,792.32, plus the
    // 40.00 EUR compensation of the EU default rule.
    ASSERT_EQ(content->interest.size(), 1u);
    EXPECT_EQ(content->interest.front().invoiceNumber, QStringLiteral("INV-300"));
    EXPECT_EQ(content->interest.front().daysLate, 46);
    EXPECT_EQ(content->interest.front().interest, 1579232);
    EXPECT_EQ(content->interest.front().compensation, 4000);
    EXPECT_EQ(content->interest.front().ratePpm, 101500);
    EXPECT_EQ(content->interestTotal(), 1583232);
    // To pay: 1,234,567.89 + 15,792.32 + 40.00 = 1,250,400.21.
    const QString text = pdfText(DocumentService(*m_session).document(finalDemand->letterId).value_or(QByteArray()));
    for (const char *expected :
         {"Mise en demeure", "Intérêts de retard et frais", "10,15 %", "15 792,32", "40,00", "1 250 400,21 EUR"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected << "\n" << text.toStdString();

    // Statements and reminders carry no interest.
    const auto statement = DocumentService(*m_session).statement(m_de, day(2026, 5, 31));
    ASSERT_TRUE(statement);
    EXPECT_TRUE(statement->interest.empty());

    // The strategy is idempotent and every letter has its document: a rerun renders nothing.
    const auto again = documents::runLetters(*m_session, day(2026, 5, 31), folder);
    ASSERT_TRUE(again);
    EXPECT_TRUE(again->documents.empty());
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM letters WHERE document IS NULL")), 0);
}

// Clerk > Letters and statements with a customer selection: the strategy runs for the chosen
// accounts only; the others get no letter, task, hold or step record, and a later run for
// everyone still finds their actions due.
TEST_F(Letters, aLetterRunForChosenCustomersRunsTheStrategyForThemOnly)
{
    const QString folder = m_dir.filePath(QStringLiteral("chosen"));
    const QString fr = QString::number(customerId(QStringLiteral("FR/300")));
    const auto run = documents::runLetters(*m_session, day(2026, 5, 31), folder, {}, {QStringLiteral("FR/300")});
    ASSERT_TRUE(run) << describe(run.error());
    EXPECT_TRUE(run->strategyRan);
    ASSERT_EQ(run->documents.size(), 1u);
    EXPECT_EQ(run->documents.front().customerCode, QStringLiteral("FR/300"));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM letters WHERE customer_id = %1").arg(fr)), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM letters WHERE customer_id <> %1").arg(fr)), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM tasks WHERE customer_id <> %1").arg(fr)), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM credit_holds WHERE customer_id <> %1").arg(fr)), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM strategy_executions e JOIN invoices i ON i.id = e.invoice_id "
                                   "WHERE i.customer_id <> %1")
                            .arg(fr)),
              0);

    // An unknown customer number is refused by name, and nothing is created.
    const auto unknown = StrategyService(*m_session).runFor(day(2026, 5, 31), {QStringLiteral("NOBODY/1")});
    ASSERT_FALSE(unknown);
    EXPECT_TRUE(unknown.error().message.contains(u"NOBODY/1")) << describe(unknown.error());

    // The whole book afterwards: the others' letters are created then, FR/300's not again.
    const auto all = documents::runLetters(*m_session, day(2026, 5, 31), folder);
    ASSERT_TRUE(all) << describe(all.error());
    EXPECT_GT(count(QStringLiteral("SELECT COUNT(*) FROM letters WHERE customer_id <> %1").arg(fr)), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM letters WHERE customer_id = %1").arg(fr)), 1);
}

TEST_F(Letters, recordingADocumentNeedsLogContactOrEditCustomers)
{
    const auto content = DocumentService(*m_session).statement(m_de, day(2026, 5, 31));
    ASSERT_TRUE(content);
    for (const Role role : {Role::Auditor, Role::Clerk, Role::Collector}) {
        Actor actor = m_session->actor();
        actor.role = role;
        Session session(*m_book, actor, PermissionMatrix::defaults());
        const auto recorded = DocumentService(session).recordStatement(*content, QByteArray("%PDF-1.4"));
        EXPECT_EQ(recorded.has_value(), role != Role::Auditor) << roleKey(role).toStdString();
        if (!recorded) {
            EXPECT_EQ(recorded.error().code, ErrorCode::PermissionDenied);
        }
        EXPECT_TRUE(DocumentService(session).statement(m_de, day(2026, 5, 31))) << "everyone may view customers";
    }
}

TEST(LetterFiles, namesAreSafeForEveryFileSystem)
{
    EXPECT_EQ(documents::fileNameSafe(QStringLiteral("DE/100")), QStringLiteral("DE-100"));
    EXPECT_EQ(documents::fileNameSafe(QStringLiteral("..\\a b:c*Ž")), QStringLiteral("---a-b-c--"));
    EXPECT_EQ(documents::fileNameSafe(QString()), QStringLiteral("-"));
}

} // namespace
