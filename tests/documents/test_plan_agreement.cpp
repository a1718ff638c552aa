// The payment-plan agreement letter (docs/payment-plans.md, "The agreement letter"): its text
// in English, German and Czech (pdftotext), the built-in template complete in every language
// and overridable like the letters, the record on the account's timeline (first print and
// reprint, the same bytes, opened again), the permissions, and `ardesk-cli plan-agreement`.

#include "cli_run.h"
#include "document_fixture.h"

#include "documents/letter_templates.h"
#include "documents/plan_agreement.h"
#include "services/plan_service.h"

#include <QFile>
#include <QSqlQuery>

using namespace ardesk;
using namespace ardesk::testing;

namespace {

class PlanAgreement : public DocumentBook
{
protected:
    // DE/100's INV-1 (1,234.56, 100.00 of it disputed) and INV-2 (300.00 open) on a plan
    // agreed 1 June 2026: 34.56 down, then three monthly instalments of 500.00 from 1 July.
    Id germanPlan()
    {
        PlanInput input;
        input.customerCode = QStringLiteral("DE/100");
        input.invoiceNumbers = {QStringLiteral("INV-1"), QStringLiteral("INV-2")};
        input.instalments = 3;
        input.frequency = PlanFrequency::Monthly;
        input.createdOn = day(2026, 6, 1);
        input.firstDate = day(2026, 7, 1);
        input.downPayment = 3456;
        const auto id = PlanService(*m_session).create(input);
        EXPECT_TRUE(id) << describe(id.error());
        return id.value_or(0);
    }

    // One invoice of 1,234,567.89 in two instalments every two weeks from 15 June 2026.
    Id planOf(const QString &code, const QString &invoice)
    {
        PlanInput input;
        input.customerCode = code;
        input.invoiceNumbers = {invoice};
        input.instalments = 2;
        input.frequency = PlanFrequency::Biweekly;
        input.createdOn = day(2026, 6, 1);
        input.firstDate = day(2026, 6, 15);
        const auto id = PlanService(*m_session).create(input);
        EXPECT_TRUE(id) << describe(id.error());
        return id.value_or(0);
    }

    Session &as(Role role)
    {
        Actor actor = m_session->actor();
        actor.role = role;
        m_roles.push_back(std::make_unique<Session>(*m_book, actor, PermissionMatrix::defaults()));
        return *m_roles.back();
    }

    std::vector<std::unique_ptr<Session>> m_roles;
};

TEST_F(PlanAgreement, theGermanAgreementShowsTheItemsTheScheduleTheDefaultAndTheSignatureLines)
{
    const Id planId = germanPlan();
    const auto content = PlanAgreementService(*m_session).agreement(planId);
    ASSERT_TRUE(content) << describe(content.error());
    EXPECT_EQ(content->language, QStringLiteral("de"));
    ASSERT_EQ(content->items.size(), 2u);
    EXPECT_EQ(content->items[0].open, 123456);
    EXPECT_EQ(content->items[1].open, 30000);
    EXPECT_EQ(content->itemsTotal(), 153456);
    EXPECT_EQ(content->instalmentCount(), 3);
    ASSERT_EQ(content->instalments.size(), 4u); // the down payment first

    const QString text = pdfText(documents::renderPlanAgreement(*content));
    for (const char *expected : {"Ratenzahlungsvereinbarung",
                                 "Kundennr.: DE/100",
                                 "Vereinbarung Nr.: " /* the plan number follows */,
                                 "Müller Maschinenbau GmbH",
                                 "z. Hd. Anna Müller",
                                 "Guten Tag Anna Müller,",
                                 "über insgesamt 1.534,56 EUR",
                                 "die erste Rate ist am 01.07.2026, die letzte am 01.09.2026 fällig",
                                 "Posten der Vereinbarung",
                                 "INV-1",
                                 "INV-2",
                                 "Offen am 01.06.2026 (EUR)",
                                 "1.234,56",
                                 "300,00",
                                 "Die Vereinbarung im Überblick",
                                 "Anzahlung",
                                 "34,56 EUR",
                                 "Anzahl der Raten",
                                 "Monatlich",
                                 "Nachfrist (Tage)",
                                 "Zahlungsplan",
                                 "01.08.2026",
                                 "500,00",
                                 "Bei Zahlungsverzug",
                                 "innerhalb von 3 Tagen nach ihrer Fälligkeit",
                                 "sofort fällig",
                                 "Für den Gläubiger", // no sender set in this book
                                 "Für Müller Maschinenbau GmbH",
                                 "Ort, Datum",
                                 "Name und Unterschrift",
                                 "Seite 1 von 1"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected << "\n" << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Vereinbarung Nr.: %1").arg(planId))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("INV-3"))) << "not on the plan";
}

TEST_F(PlanAgreement, englishAndCzechAgreementsAreInTheCustomersLanguage)
{
    const Id english = planOf(QStringLiteral("GB/200"), QStringLiteral("INV-200"));
    const auto gb = PlanAgreementService(*m_session).agreement(english);
    ASSERT_TRUE(gb) << describe(gb.error());
    const QString en = pdfText(documents::renderPlanAgreement(*gb));
    for (const char *expected : {"Payment plan agreement", "Customer no.: GB/200", "Albion Tools Ltd",
                                 "Dear Sir or Madam,", "totalling 1,234,567.89 GBP", "Every two weeks",
                                 "15/06/2026", "29/06/2026", "617,283.94", "617,283.95", "Items on the plan",
                                 "Payment schedule", "If an instalment is missed",
                                 "within 3 days of its due date", "becomes due immediately",
                                 "For the creditor", "For Albion Tools Ltd", "Place and date", "Name and signature"})
        EXPECT_TRUE(en.contains(QString::fromUtf8(expected))) << expected << "\n" << en.toStdString();
    EXPECT_FALSE(en.contains(QStringLiteral("Down payment"))) << "no down payment on this plan";

    const Id czech = planOf(QStringLiteral("CZ/500"), QStringLiteral("INV-500"));
    const auto cz = PlanAgreementService(*m_session).agreement(czech);
    ASSERT_TRUE(cz);
    const QString cs = pdfText(documents::renderPlanAgreement(*cz));
    for (const char *expected : {"Dohoda o splátkovém kalendáři", "Strojírny Přerov s.r.o.", "Splátkový kalendář",
                                 "1 234 567,89 CZK", "15.06.2026", "Každé dva týdny", "ztráta výhody splátek",
                                 "Za věřitele", "Místo a datum", "Jméno a podpis"})
        EXPECT_TRUE(cs.contains(QString::fromUtf8(expected))) << expected << "\n" << cs.toStdString();
}

TEST_F(PlanAgreement, everyLanguageHasTheWholeTemplateAndAUserTemplateReplacesItsSections)
{
    const documents::TemplateTexts english = documents::letterTexts(QStringLiteral("plan_agreement"), QStringLiteral("en"));
    ASSERT_TRUE(english.contains(QStringLiteral("default")));
    ASSERT_TRUE(english.contains(QStringLiteral("label.signature")));
    for (const char *language : {"de", "fr", "sv", "cs"}) {
        // Only the language's own texts, not the English fallback.
        const documents::TemplateTexts own =
                documents::parseTemplateSections(documents::builtInTemplate(QStringLiteral("plan_agreement"),
                                                                            QString::fromLatin1(language)));
        for (auto it = english.constBegin(); it != english.constEnd(); ++it) {
            ASSERT_TRUE(own.contains(it.key())) << language << ": " << it.key().toStdString();
            if (!it.key().startsWith(u"label.") || it.key().startsWith(u"label.for_")
                || it.key() == u"label.schedule" || it.key() == u"label.summary") {
                EXPECT_NE(own.value(it.key()), it.value()) << language << ": " << it.key().toStdString();
            }
        }
    }
    // A manager's own text for the German agreement replaces only its title.
    ASSERT_TRUE(DocumentService(*m_session)
                        .setTemplate(QStringLiteral("plan_agreement"), QStringLiteral("de"),
                                     QStringLiteral("[title]\nTeilzahlungsvereinbarung\n")));
    const auto content = PlanAgreementService(*m_session).agreement(germanPlan());
    ASSERT_TRUE(content);
    const QString text = pdfText(documents::renderPlanAgreement(*content));
    EXPECT_TRUE(text.contains(QStringLiteral("Teilzahlungsvereinbarung"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Bei Zahlungsverzug"))) << "the rest stays built-in";
}

TEST_F(PlanAgreement, eachPrintIsRecordedOnTheTimelineAndOpensAgainWithTheSameBytes)
{
    const Id planId = germanPlan();
    const auto first = documents::printPlanAgreement(*m_session, planId);
    ASSERT_TRUE(first) << describe(first.error());
    EXPECT_TRUE(first->firstPrint);
    EXPECT_EQ(first->fileName, QStringLiteral("DE-100-plan-%1-agreement-2026-06-01.pdf").arg(planId));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM letters WHERE kind = 'plan_agreement' AND dedupe_key = "
                                   "'plan_agreement:%1' AND document IS NOT NULL")
                            .arg(planId)),
              1);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'plan_agreement.print' AND "
                                   "entity = 'customer' AND entity_id = %1")
                            .arg(m_de)),
              1);
    const auto stored = DocumentService(*m_session).document(first->letterId);
    ASSERT_TRUE(stored);
    EXPECT_EQ(*stored, first->pdf);

    const auto again = documents::printPlanAgreement(*m_session, planId);
    ASSERT_TRUE(again);
    EXPECT_FALSE(again->firstPrint);
    EXPECT_EQ(again->letterId, first->letterId);
    EXPECT_EQ(again->pdf, first->pdf) << "the same plan gives the same bytes";
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM letters WHERE kind = 'plan_agreement'")), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'plan_agreement.reprint'")), 1);
    // The timeline row names the stored document.
    QSqlQuery q(m_book->database());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT details FROM audit_log WHERE action = 'plan_agreement.print'")));
    ASSERT_TRUE(q.next());
    EXPECT_TRUE(q.value(0).toString().contains(QStringLiteral("\"letter_id\":%1").arg(first->letterId)))
            << q.value(0).toString().toStdString();

    // An agreement is not a letter waiting for a run.
    const auto waiting = DocumentService(*m_session).lettersToRender(day(2026, 12, 31));
    ASSERT_TRUE(waiting);
    for (const LetterRecord &letter : *waiting)
        EXPECT_NE(letter.kind, QStringLiteral("plan_agreement"));
}

TEST_F(PlanAgreement, whoMayAgreeAPlanPrintsItsAgreementEveryoneWhoSeesCustomersReadsIt)
{
    const Id planId = germanPlan();
    for (const Role role : {Role::Auditor, Role::Clerk, Role::Collector, Role::Supervisor}) {
        Session &session = as(role);
        const auto content = PlanAgreementService(session).agreement(planId);
        ASSERT_TRUE(content) << roleKey(role).toStdString() << ": " << describe(content.error());
        const bool allowed = session.can(Action::TakePromise);
        EXPECT_EQ(allowed, role == Role::Collector || role == Role::Supervisor) << roleKey(role).toStdString();
        const auto printed = documents::printPlanAgreement(session, planId);
        EXPECT_EQ(printed.has_value(), allowed) << roleKey(role).toStdString();
        if (!printed) {
            EXPECT_EQ(printed.error().code, ErrorCode::PermissionDenied);
        }
    }
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'plan_agreement.%'")), 2);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM letters WHERE kind = 'plan_agreement'")), 1);
    const auto missing = PlanAgreementService(*m_session).agreement(planId + 100);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
}

class PlanAgreementCli : public CliBook
{
};

TEST_F(PlanAgreementCli, writesThePdfRecordsItAndRefusesBadArguments)
{
    import(QStringLiteral("customers"), "code,name,currency,terms_days,credit_limit,language\nA/1,Alpha AB,SEK,30,,sv\n");
    import(QStringLiteral("invoices"),
           "number,customer_code,issue_date,due_date,amount,currency\nI1,A/1,2026-04-01,2026-05-01,1200.00,SEK\n");
    Id planId = 0;
    {
        auto book = BookService::open(m_book);
        ASSERT_TRUE(book) << describe(book.error());
        auto session = BookService::localSession(**book);
        ASSERT_TRUE(session);
        PlanInput input;
        input.customerCode = QStringLiteral("A/1");
        input.invoiceNumbers = {QStringLiteral("I1")};
        input.instalments = 4;
        input.createdOn = QDate(2026, 6, 1);
        input.firstDate = QDate(2026, 7, 1);
        const auto id = PlanService(**session).create(input);
        ASSERT_TRUE(id) << describe(id.error());
        planId = *id;
    }
    const QString out = m_dir.filePath(QStringLiteral("agreement.pdf"));
    const CliRun run = onBook({QStringLiteral("plan-agreement"), QStringLiteral("--plan"), QString::number(planId),
                               QStringLiteral("--out"), out});
    ASSERT_EQ(run.exitCode, 0) << run;
    const QJsonObject summary = json(run);
    EXPECT_EQ(summary.value(QStringLiteral("customer_code")).toString(), QStringLiteral("A/1"));
    EXPECT_EQ(summary.value(QStringLiteral("language")).toString(), QStringLiteral("sv"));
    EXPECT_TRUE(summary.value(QStringLiteral("first_print")).toBool());
    QFile pdf(out);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    const QString text = pdfText(pdf.readAll());
    for (const char *expected : {"Avbetalningsplan", "Alpha AB", "1 200,00 SEK", "300,00", "Varje månad",
                                 "inom 3 dagar efter förfallodagen", "Ort och datum"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected << "\n" << text.toStdString();

    const CliRun again = onBook({QStringLiteral("plan-agreement"), QStringLiteral("--plan"), QString::number(planId),
                                 QStringLiteral("--out"), out});
    ASSERT_EQ(again.exitCode, 0) << again;
    EXPECT_FALSE(json(again).value(QStringLiteral("first_print")).toBool());

    EXPECT_EQ(onBook({QStringLiteral("plan-agreement"), QStringLiteral("--out"), out}).exitCode, 2);
    EXPECT_EQ(onBook({QStringLiteral("plan-agreement"), QStringLiteral("--plan"), QStringLiteral("x"),
                      QStringLiteral("--out"), out})
                      .exitCode,
              2);
    EXPECT_EQ(onBook({QStringLiteral("plan-agreement"), QStringLiteral("--plan"), QString::number(planId)}).exitCode, 2);
    const CliRun missing = onBook({QStringLiteral("plan-agreement"), QStringLiteral("--plan"),
                                   QString::number(planId + 9), QStringLiteral("--out"), out});
    EXPECT_EQ(missing.exitCode, 1) << missing;
}

} // namespace
