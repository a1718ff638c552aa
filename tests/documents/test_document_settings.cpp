// Settings > Sender and payment (DocumentSettingsService, docs/documents.md "Sender and
// payment instructions"): payment instructions for every language and per letter language
// (a Czech letter prints the Czech text, a German one the default), the pay-by days and the
// interest switch read back; bad values refused with nothing changed; only change_settings
// saves; one audit entry per save naming the keys, none for a save that changes nothing.

#include "document_fixture.h"

#include "documents/letter_renderer.h"
#include "services/auth_service.h"
#include "services/document_settings_service.h"

using namespace ardesk;
using namespace ardesk::testing;

namespace {

class DocumentSettingsTest : public DocumentBook
{
protected:
    qint64 audits() { return count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'document_settings.set'")); }

    QString auditDetails()
    {
        QSqlQuery q(m_book->database());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT details FROM audit_log WHERE action = 'document_settings.set'")));
        return q.next() ? q.value(0).toString() : QString();
    }
};

TEST_F(DocumentSettingsTest, eachLetterLanguagePrintsItsOwnPaymentInstructionsElseTheDefault)
{
    DocumentSettingsService service(*m_session);
    DocumentSettings s = *service.settings();
    EXPECT_EQ(s.payByDays, 10);
    EXPECT_TRUE(s.showInterest);
    s.sender = QStringLiteral("Ardesk Demo GmbH\nHauptstraße 1\n10115 Berlin");
    s.paymentInstructions = QStringLiteral("IBAN DE02 1203 0000 0000 2020 51, please quote your customer number");
    s.paymentInstructionsByLanguage[QStringLiteral("cs")] = QStringLiteral("Číslo účtu 123456789/0800, uveďte číslo zákazníka");
    s.payByDays = 14;
    ASSERT_TRUE(service.save(s));
    EXPECT_EQ(*service.settings(), s);

    const Id cz = customerId(QStringLiteral("CZ/500"));
    const auto czech = DocumentService(*m_session).statement(cz, day(2026, 5, 31));
    ASSERT_TRUE(czech) << describe(czech.error());
    EXPECT_EQ(czech->paymentInstructions, QStringLiteral("Číslo účtu 123456789/0800, uveďte číslo zákazníka"));
    EXPECT_EQ(czech->payBy, day(2026, 6, 14));
    const QString czechText = pdfText(documents::renderLetter(*czech), TextMode::Raw);
    EXPECT_TRUE(czechText.contains(QStringLiteral("Číslo účtu 123456789/0800"))) << czechText.toStdString();
    EXPECT_FALSE(czechText.contains(QStringLiteral("please quote")));

    const auto german = DocumentService(*m_session).statement(m_de, day(2026, 5, 31));
    ASSERT_TRUE(german);
    EXPECT_EQ(german->paymentInstructions, s.paymentInstructions);
    EXPECT_EQ(german->sender, s.sender);

    // An emptied language text falls back to the default again.
    s.paymentInstructionsByLanguage[QStringLiteral("cs")] = QStringLiteral("  ");
    const auto emptied = service.save(s);
    ASSERT_TRUE(emptied) << describe(emptied.error());
    EXPECT_TRUE(service.settings()->paymentInstructionsByLanguage.empty());
    EXPECT_EQ(DocumentService(*m_session).statement(cz, day(2026, 5, 31))->paymentInstructions, s.paymentInstructions);
}

TEST_F(DocumentSettingsTest, badValuesAreRefusedWithTheFieldNamedAndNothingChanges)
{
    DocumentSettingsService service(*m_session);
    const DocumentSettings before = *service.settings();
    DocumentSettings s = before;
    s.sender = QStringLiteral("changed");
    s.payByDays = 366;
    auto refused = service.save(s);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("pay-by days: 366"))) << describe(refused.error());
    s.payByDays = -1;
    EXPECT_FALSE(service.save(s));
    s.payByDays = 365;
    s.paymentInstructionsByLanguage[QStringLiteral("pl")] = QStringLiteral("x");
    refused = service.save(s);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("'pl'"))) << describe(refused.error());
    s.paymentInstructionsByLanguage.clear();
    s.paymentInstructions = QString(2001, u'x');
    refused = service.save(s);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("payment instructions")));
    EXPECT_EQ(*service.settings(), before);
    EXPECT_EQ(audits(), 0);
    s.paymentInstructions = QString(2000, u'x');
    EXPECT_TRUE(service.save(s)); // at the limit
}

TEST_F(DocumentSettingsTest, onlyChangeSettingsSavesAndEachSaveIsAuditedWithItsKeys)
{
    ASSERT_TRUE(UserService(*m_session).add(QStringLiteral("clerk"), QStringLiteral("Clara Clerk"), Role::Clerk));
    auto clerk = AuthService::signIn(*m_book, QStringLiteral("clerk"), QString());
    ASSERT_TRUE(clerk) << describe(clerk.error());
    DocumentSettingsService asClerk(**clerk);
    auto read = asClerk.settings();
    ASSERT_TRUE(read) << "a clerk reads them";
    DocumentSettings s = *read;
    s.payByDays = 20;
    const auto refused = asClerk.save(s);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(DocumentSettingsService(*m_session).settings()->payByDays, 10);

    DocumentSettingsService service(*m_session);
    s.showInterest = false;
    ASSERT_TRUE(service.save(s));
    EXPECT_EQ(audits(), 1);
    const QString details = auditDetails();
    EXPECT_TRUE(details.contains(QStringLiteral("documents.pay_by_days"))) << details.toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("documents.show_interest")));
    EXPECT_FALSE(details.contains(QStringLiteral("documents.sender")));
    ASSERT_TRUE(service.save(s)); // nothing changed: no entry
    EXPECT_EQ(audits(), 1);
    const auto dunning = service.settings();
    EXPECT_FALSE(dunning->showInterest);
}

} // namespace
