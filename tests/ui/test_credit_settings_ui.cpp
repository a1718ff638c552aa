// Settings > Credit policies and Settings > Collection strategies driven offscreen as a
// manager would: a policy typed in, refused with the field named, then saved and read back
// from the book (audited); a strategy created, its steps added, reordered and removed, saved,
// then edited after a run without sending anything twice. A collector sees both read-only.

#include "fixture_book.h"

#include "services/account_service.h"
#include "services/auth_service.h"
#include "services/book_service.h"
#include "services/document_service.h"
#include "services/browse_service.h"
#include "services/credit_service.h"
#include "services/plan_service.h"
#include "services/strategy_service.h"
#include "ui/account/customer_dialog.h"
#include "ui/settings/credit_policy_editor.h"
#include "ui/settings/interest_settings.h"
#include "ui/settings/letter_template_editor.h"
#include "ui/settings/settings_page.h"
#include "ui/settings/strategy_editor.h"
#include "ui/common/when_shown.h"

#include <QApplication>
#include <QCheckBox>
#include <QHeaderView>
#include <QScrollBar>
#include <QSplitter>
#include <QDateEdit>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextBrowser>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace ardesk {
namespace {

class CreditSettingsUi : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_folder.isValid());
        const QString path = m_folder.filePath(QStringLiteral("credit.ardesk"));
        auto built = testing::buildFixtureBook(path);
        ASSERT_TRUE(built.has_value()) << built.error().message.toStdString();
        auto book = BookService::open(path);
        ASSERT_TRUE(book.has_value()) << book.error().message.toStdString();
        m_book = std::move(*book);
        auto admin = BookService::localSession(*m_book);
        ASSERT_TRUE(admin.has_value());
        UserService users(**admin);
        ASSERT_TRUE(users.add(QStringLiteral("mia"), QStringLiteral("Mia Manager"), Role::Manager));
        ASSERT_TRUE(users.add(QStringLiteral("cole"), QStringLiteral("Cole Collector"), Role::Collector));
        auto manager = AuthService::signIn(*m_book, QStringLiteral("mia"), QString());
        ASSERT_TRUE(manager.has_value()) << manager.error().message.toStdString();
        m_manager = std::move(*manager);
        auto collector = AuthService::signIn(*m_book, QStringLiteral("cole"), QString());
        ASSERT_TRUE(collector.has_value());
        m_collector = std::move(*collector);
    }

    QVariant scalar(const QString &sql)
    {
        QSqlQuery q = m_book->exec(sql);
        return q.next() ? q.value(0) : QVariant();
    }

    template<typename T>
    T *child(QWidget &parent, const char *name)
    {
        auto *w = parent.findChild<T *>(QString::fromLatin1(name));
        EXPECT_NE(w, nullptr) << name;
        return w;
    }

    QTemporaryDir m_folder;
    std::unique_ptr<Book> m_book;
    std::unique_ptr<Session> m_manager;
    std::unique_ptr<Session> m_collector;
};

TEST_F(CreditSettingsUi, aManagerTypesAPolicyIsToldWhatIsWrongAndSavesIt)
{
    SettingsPage page;
    page.setSession(m_manager.get());
    page.resize(1200, 760);
    page.show();
    auto *tabs = child<QTabWidget>(page, "settingsTabs");
    auto *editor = page.findChild<CreditPolicyEditor *>();
    ASSERT_NE(editor, nullptr);
    tabs->setCurrentWidget(editor);

    QTest::mouseClick(child<QPushButton>(*editor, "newPolicyButton"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(*editor, "policyName"), QStringLiteral("Class C wholesale"));
    child<QComboBox>(*editor, "policyRiskClass")->setCurrentIndex(3); // C
    child<QSpinBox>(*editor, "policyTerms")->setValue(30);
    child<QDoubleSpinBox>(*editor, "policyDiscountPercent")->setValue(2.0);
    child<QSpinBox>(*editor, "policyDiscountDays")->setValue(10);
    QTest::keyClicks(child<QLineEdit>(*editor, "policyCreditLimit"), QStringLiteral("25,000.00"));
    child<QCheckBox>(*editor, "policyHoldDaysCheck")->setChecked(true);
    child<QSpinBox>(*editor, "policyHoldDays")->setValue(45);
    child<QCheckBox>(*editor, "policyHoldOverdueCheck")->setChecked(true);
    QTest::keyClicks(child<QLineEdit>(*editor, "policyHoldOverdue"), QStringLiteral("5000x"));
    child<QCheckBox>(*editor, "policyHoldPromisesCheck")->setChecked(true);
    child<QSpinBox>(*editor, "policyHoldPromises")->setValue(3);
    child<QSpinBox>(*editor, "policyHoldWindow")->setValue(60);
    child<QSpinBox>(*editor, "policyReviewInterval")->setValue(180);
    auto *strategy = child<QComboBox>(*editor, "policyStrategy");
    ASSERT_GE(strategy->count(), 2); // "by segment or class" and Standard
    strategy->setCurrentIndex(1);

    // A bad amount: named, nothing saved.
    QTest::mouseClick(child<QPushButton>(*editor, "savePolicyButton"), Qt::LeftButton);
    EXPECT_TRUE(editor->message().contains(QStringLiteral("Overdue amount: not an amount"))) << editor->message().toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM credit_policies")).toInt(), 0);
    // A rule the service refuses: its message, the field named, what was typed kept.
    child<QLineEdit>(*editor, "policyHoldOverdue")->setText(QStringLiteral("5000.00"));
    child<QSpinBox>(*editor, "policyDiscountDays")->setValue(40);
    QTest::mouseClick(child<QPushButton>(*editor, "savePolicyButton"), Qt::LeftButton);
    EXPECT_TRUE(editor->message().contains(QStringLiteral("discount_days"))) << editor->message().toStdString();
    EXPECT_EQ(child<QLineEdit>(*editor, "policyName")->text(), QStringLiteral("Class C wholesale"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM credit_policies")).toInt(), 0);

    child<QSpinBox>(*editor, "policyDiscountDays")->setValue(10);
    QTest::mouseClick(child<QPushButton>(*editor, "savePolicyButton"), Qt::LeftButton);
    EXPECT_TRUE(editor->message().contains(QStringLiteral("saved"))) << editor->message().toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT risk_class || '|' || terms_days || '|' || discount_percent_hundredths || '|' || "
                                    "discount_days || '|' || credit_limit || '|' || hold_days_past_due || '|' || "
                                    "hold_overdue_amount || '|' || hold_broken_promises || '|' || "
                                    "hold_broken_window_days || '|' || review_interval_days || '|' || strategy_id "
                                    "FROM credit_policies WHERE name = 'Class C wholesale'"))
                      .toString(),
              QStringLiteral("C|30|200|10|2500000|45|500000|3|60|180|1"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'policy.add'")).toInt(), 1);
    auto *list = child<QListWidget>(*editor, "policyList");
    ASSERT_EQ(list->count(), 1);
    EXPECT_TRUE(list->item(0)->text().contains(QStringLiteral("class C")));

    // Edit: the limit raised; the same row, audited as an edit.
    child<QLineEdit>(*editor, "policyCreditLimit")->setText(QStringLiteral("30000"));
    ASSERT_TRUE(editor->save()) << editor->message().toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT credit_limit FROM credit_policies")).toLongLong(), 3000000);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'policy.edit'")).toInt(), 1);

    // A collector reads it and cannot save.
    page.setSession(m_collector.get());
    EXPECT_EQ(child<QListWidget>(*editor, "policyList")->count(), 1);
    EXPECT_FALSE(child<QPushButton>(*editor, "savePolicyButton")->isEnabled());
    EXPECT_TRUE(editor->message().contains(QStringLiteral("Only a manager")));
}

// Instalment terms (docs/credit-policy.md "Instalment terms"): refused with the part named,
// saved in their canonical text and shown again when the policy is picked.
TEST_F(CreditSettingsUi, aManagerGivesAPolicyInstalmentTerms)
{
    SettingsPage page;
    page.setSession(m_manager.get());
    page.resize(1200, 760);
    page.show();
    auto *editor = page.findChild<CreditPolicyEditor *>();
    ASSERT_NE(editor, nullptr);
    child<QTabWidget>(page, "settingsTabs")->setCurrentWidget(editor);
    QTest::mouseClick(child<QPushButton>(*editor, "newPolicyButton"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(*editor, "policyName"), QStringLiteral("Thirds"));
    auto *terms = child<QLineEdit>(*editor, "policyInstalmentTerms");
    QTest::keyClicks(terms, QStringLiteral("30/30"));
    EXPECT_FALSE(editor->save());
    EXPECT_TRUE(editor->message().contains(QStringLiteral("instalment_terms: part 2"))) << editor->message().toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM credit_policies")).toInt(), 0);
    terms->setText(QStringLiteral("30 / 60 / 90"));
    ASSERT_TRUE(editor->save()) << editor->message().toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT instalment_terms FROM credit_policies")).toString(), QStringLiteral("30/60/90"));
    EXPECT_EQ(terms->text(), QStringLiteral("30/60/90"));
}

TEST_F(CreditSettingsUi, aManagerBuildsAStrategyStepByStepAndEditsItAfterARun)
{
    SettingsPage page;
    page.setSession(m_manager.get());
    page.resize(1200, 760);
    page.show();
    auto *editor = page.findChild<StrategyEditor *>();
    ASSERT_NE(editor, nullptr);
    child<QTabWidget>(page, "settingsTabs")->setCurrentWidget(editor);
    auto *list = child<QListWidget>(*editor, "strategyList");
    ASSERT_EQ(list->count(), 1); // Standard, seeded
    auto *table = child<QTableWidget>(*editor, "strategySteps");
    EXPECT_EQ(table->rowCount(), 9);

    QTest::mouseClick(child<QPushButton>(*editor, "newStrategyButton"), Qt::LeftButton);
    EXPECT_EQ(table->rowCount(), 1); // a first step to start from: letter 1 at 7 days
    QTest::keyClicks(child<QLineEdit>(*editor, "strategyName"), QStringLiteral("Retail"));
    QTest::keyClicks(child<QLineEdit>(*editor, "strategySegment"), QStringLiteral("retail"));
    editor->addStep(-3, StrategyAction::ReminderEmail);
    editor->addStep(30, StrategyAction::CreditHold);
    QTest::mouseClick(child<QPushButton>(*editor, "addStepButton"), Qt::LeftButton); // 37 days, a call task
    ASSERT_EQ(table->rowCount(), 4);
    // The reminder is out of order: refused with the step named.
    QTest::mouseClick(child<QPushButton>(*editor, "saveStrategyButton"), Qt::LeftButton);
    EXPECT_TRUE(editor->message().contains(QStringLiteral("step 2 (reminder_email, day -3): comes after a step at 7 days")))
            << editor->message().toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM strategies")).toInt(), 1);
    // Move it up (select row 1, "Move up"), remove the call task, save.
    table->selectRow(1);
    QTest::mouseClick(child<QPushButton>(*editor, "stepUpButton"), Qt::LeftButton);
    table->selectRow(3);
    QTest::mouseClick(child<QPushButton>(*editor, "removeStepButton"), Qt::LeftButton);
    ASSERT_EQ(table->rowCount(), 3);
    QTest::mouseClick(child<QPushButton>(*editor, "saveStrategyButton"), Qt::LeftButton);
    EXPECT_TRUE(editor->message().contains(QStringLiteral("saved"))) << editor->message().toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT group_concat(seq || ':' || offset_days || ':' || action, ' ') FROM "
                                    "(SELECT t.* FROM strategy_steps t JOIN strategies s ON s.id = t.strategy_id "
                                    "WHERE s.name = 'Retail' ORDER BY seq)"))
                      .toString(),
              QStringLiteral("1:-3:reminder_email 2:7:letter_1 3:30:credit_hold"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT segment FROM strategies WHERE name = 'Retail'")).toString(),
              QStringLiteral("retail"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'strategy.add'")).toInt(), 1);
    EXPECT_EQ(list->count(), 2);

    // Edit the seeded Standard strategy after a run: its letter 2 at 30 days becomes 35 days;
    // the run creates nothing twice.
    auto admin = BookService::localSession(*m_book);
    ASSERT_TRUE(admin.has_value());
    const QDate today = QDate::currentDate();
    ASSERT_TRUE(StrategyService(**admin).run(today));
    const int letters = scalar(QStringLiteral("SELECT COUNT(*) FROM letters")).toInt();
    const int tasks = scalar(QStringLiteral("SELECT COUNT(*) FROM tasks")).toInt();
    list->setCurrentRow(0);
    EXPECT_EQ(child<QLineEdit>(*editor, "strategyName")->text(), QStringLiteral("Standard"));
    auto *days = qobject_cast<QSpinBox *>(table->cellWidget(3, 0));
    ASSERT_NE(days, nullptr);
    EXPECT_EQ(days->value(), 30);
    days->setValue(35);
    ASSERT_TRUE(editor->save()) << editor->message().toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT offset_days FROM strategy_steps WHERE strategy_id = 1 AND seq = 4")).toInt(), 35);
    const auto again = StrategyService(**admin).run(today);
    ASSERT_TRUE(again);
    EXPECT_TRUE(again->created.empty());
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM letters")).toInt(), letters);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM tasks")).toInt(), tasks);

    // A collector reads the steps and cannot change them.
    page.setSession(m_collector.get());
    EXPECT_FALSE(child<QPushButton>(*editor, "saveStrategyButton")->isEnabled());
    EXPECT_FALSE(child<QPushButton>(*editor, "addStepButton")->isEnabled());
    EXPECT_EQ(child<QListWidget>(*editor, "strategyList")->count(), 2);
}

// The per-customer override on the customer form: a manager picks the policy (audited
// policy.assign) and sets the customer's own limit, class and segment; a clerk, who edits
// customers, sees the policy but cannot change it.
TEST_F(CreditSettingsUi, theCustomerFormAssignsAPolicyAndOverridesItsLimit)
{
    CreditPolicy policy;
    policy.name = QStringLiteral("Class B");
    policy.riskClass = QStringLiteral("B");
    policy.creditLimit = 1000000;
    ASSERT_TRUE(CreditService(*m_manager).savePolicy(policy));
    const Id customerId = scalar(QStringLiteral("SELECT id FROM customers WHERE code = 'C1003'")).toLongLong();
    auto header = AccountService(*m_manager).header(customerId, QDate::currentDate());
    ASSERT_TRUE(header.has_value()) << header.error().message.toStdString();
    const Customer customer = header->customer;

    {
        CustomerDialog dialog(*m_manager, customer);
        auto *combo = child<QComboBox>(dialog, "customerPolicy");
        ASSERT_TRUE(combo->isEnabled());
        EXPECT_EQ(combo->currentText(), QStringLiteral("No policy"));
        combo->setCurrentIndex(combo->findText(QStringLiteral("Class B")));
        child<QLineEdit>(dialog, "customerCreditLimit")->setText(QStringLiteral("2500.00"));
        child<QLineEdit>(dialog, "customerRiskClass")->setText(QStringLiteral("B"));
        dialog.save();
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
    }
    EXPECT_EQ(scalar(QStringLiteral("SELECT p.name || '|' || c.credit_limit || '|' || c.risk_class FROM customers c "
                                    "JOIN credit_policies p ON p.id = c.policy_id WHERE c.code = 'C1003'"))
                      .toString(),
              QStringLiteral("Class B|250000|B"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'policy.assign'")).toInt(), 1);
    EXPECT_EQ(*CreditService(*m_manager).policyOf(QStringLiteral("C1003")), QStringLiteral("Class B"));

    auto admin = BookService::localSession(*m_book);
    ASSERT_TRUE(UserService(**admin).add(QStringLiteral("carl"), QStringLiteral("Carl Clerk"), Role::Clerk));
    auto clerk = AuthService::signIn(*m_book, QStringLiteral("carl"), QString());
    ASSERT_TRUE(clerk.has_value());
    CustomerDialog dialog(**clerk, customer);
    auto *combo = child<QComboBox>(dialog, "customerPolicy");
    EXPECT_EQ(combo->currentText(), QStringLiteral("Class B"));
    EXPECT_FALSE(combo->isEnabled());
}

// Settings > Interest and fees: a manager adds a reference rate (a bad region is named), and
// changes Sweden's reminder fee cap; the book has them, audited. A collector only reads.
TEST_F(CreditSettingsUi, aManagerEditsRatesAndTheSwedishFeeCaps)
{
    SettingsPage page;
    page.setSession(m_manager.get());
    page.resize(1200, 760);
    page.show();
    auto *editor = page.findChild<InterestSettings *>();
    ASSERT_NE(editor, nullptr);
    child<QTabWidget>(page, "settingsTabs")->setCurrentWidget(editor);

    child<QLineEdit>(*editor, "rateRegion")->setText(QStringLiteral("E U"));
    child<QDateEdit>(*editor, "rateValidFrom")->setDate(QDate(2026, 7, 1));
    child<QDoubleSpinBox>(*editor, "ratePercent")->setValue(2.15);
    QTest::mouseClick(child<QPushButton>(*editor, "saveRateButton"), Qt::LeftButton);
    EXPECT_TRUE(editor->message().contains(QStringLiteral("region:"))) << editor->message().toStdString();
    child<QLineEdit>(*editor, "rateRegion")->setText(QStringLiteral("eu"));
    QTest::mouseClick(child<QPushButton>(*editor, "saveRateButton"), Qt::LeftButton);
    EXPECT_TRUE(editor->message().contains(QStringLiteral("added"))) << editor->message().toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT rate_millionths FROM reference_rates WHERE region = 'EU' AND valid_from = %1")
                             .arg(QDate(2026, 7, 1).toJulianDay()))
                      .toLongLong(),
              21500);
    auto *rates = child<QTableWidget>(*editor, "referenceRateTable");
    EXPECT_GE(rates->rowCount(), 1);

    auto *rules = child<QTableWidget>(*editor, "interestRuleTable");
    int se = -1;
    for (int row = 0; row < rules->rowCount(); ++row)
        if (rules->item(row, 0)->text() == u"SE")
            se = row;
    ASSERT_GE(se, 0);
    rules->setCurrentCell(se, 0);
    EXPECT_EQ(child<QLineEdit>(*editor, "ruleReminderCap")->text(), QStringLiteral("60.00"));
    child<QLineEdit>(*editor, "ruleReminderCap")->setText(QStringLiteral("70"));
    QTest::mouseClick(child<QPushButton>(*editor, "saveRuleButton"), Qt::LeftButton);
    EXPECT_TRUE(editor->message().contains(QStringLiteral("SE"))) << editor->message().toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT reminder_fee_cap || '|' || collection_fee_cap || '|' || compensation || '|' "
                                    "|| fee_currency FROM interest_rules WHERE country = 'SE'"))
                      .toString(),
              QStringLiteral("7000|18000|45000|SEK"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action IN ('rate.save', 'interest_rule.save')"))
                      .toInt(),
              2);

    page.setSession(m_collector.get());
    EXPECT_FALSE(child<QPushButton>(*editor, "saveRuleButton")->isEnabled());
    EXPECT_FALSE(child<QPushButton>(*editor, "saveRateButton")->isEnabled());
    EXPECT_GE(child<QTableWidget>(*editor, "interestRuleTable")->rowCount(), 3);
}

// Opening a book does not read what a hidden tab shows (docs/performance.md "Book open:
// nothing heavy before the first paint"): with the window on screen and another tab chosen,
// the letter preview (a real customer's account) waits in a "not read yet" state and is read
// when its tab is chosen. A page on its own that is not on screen reads at once, as before.
TEST_F(CreditSettingsUi, theLetterPreviewOfAHiddenTabIsReadWhenTheTabIsShown)
{
    SettingsPage page;
    page.resize(1200, 760);
    page.show();
    auto *tabs = child<QTabWidget>(page, "settingsTabs");
    tabs->setCurrentIndex(0);
    auto *editor = page.findChild<LetterTemplateEditor *>();
    ASSERT_NE(editor, nullptr);
    ASSERT_NE(tabs->currentWidget(), editor);
    page.setSession(m_manager.get());
    EXPECT_TRUE(isWaitingToBeShown(editor));
    EXPECT_TRUE(editor->previewText().isEmpty()) << editor->previewText().toStdString();
    auto *text = child<QPlainTextEdit>(*editor, "templateText");
    EXPECT_FALSE(text->toPlainText().isEmpty()); // the template's text is there (cheap)
    tabs->setCurrentWidget(editor);
    EXPECT_FALSE(isWaitingToBeShown(editor));
    EXPECT_FALSE(editor->previewText().isEmpty());
    // The sample letter is the account of the first customer due a statement, as before it
    // read all of them (DocumentService::firstStatementCustomer).
    const auto all = DocumentService(*m_manager).statementCustomers(QDate::currentDate());
    ASSERT_TRUE(all && !all->empty());
    EXPECT_TRUE(editor->previewText().contains(all->front().name)) << editor->previewText().toStdString();
    EXPECT_TRUE(editor->previewText().contains(all->front().code));
    if (all->size() > 1) {
        EXPECT_FALSE(editor->previewText().contains(all->back().code)) << all->back().code.toStdString();
    }
    const QString shown = editor->previewText();
    tabs->setCurrentIndex(0);
    tabs->setCurrentWidget(editor); // shown again: not read again
    EXPECT_EQ(editor->previewText(), shown);

    SettingsPage offScreen; // never shown: reads at once
    offScreen.setSession(m_manager.get());
    auto *second = offScreen.findChild<LetterTemplateEditor *>();
    EXPECT_FALSE(isWaitingToBeShown(second));
    EXPECT_FALSE(second->previewText().isEmpty());

    page.setSession(nullptr); // closing the book empties it at once
    EXPECT_TRUE(editor->previewText().isEmpty());
}

// Settings > Letter templates: the German level-2 letter starts from the built-in text, the
// manager changes its title, the preview shows it at once and the book keeps it (audited).
TEST_F(CreditSettingsUi, aManagerEditsTheGermanSecondDunningLetterAndPreviewsIt)
{
    SettingsPage page;
    page.setSession(m_manager.get());
    page.resize(1200, 760);
    page.show();
    auto *editor = page.findChild<LetterTemplateEditor *>();
    ASSERT_NE(editor, nullptr);
    child<QTabWidget>(page, "settingsTabs")->setCurrentWidget(editor);
    auto *kind = child<QComboBox>(*editor, "templateKind");
    auto *language = child<QComboBox>(*editor, "templateLanguage");
    kind->setCurrentIndex(kind->findData(QStringLiteral("dunning2")));
    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    auto *text = child<QPlainTextEdit>(*editor, "templateText");
    EXPECT_TRUE(text->toPlainText().contains(QStringLiteral("[title]"))) << text->toPlainText().toStdString();
    EXPECT_FALSE(editor->previewText().isEmpty());
    text->setPlainText(QStringLiteral("[title]\nLetzte freundliche Erinnerung\n"));
    QTest::mouseClick(child<QPushButton>(*editor, "previewTemplateButton"), Qt::LeftButton);
    EXPECT_TRUE(editor->previewText().contains(QStringLiteral("Letzte freundliche Erinnerung")))
            << editor->previewText().toStdString();
    QTest::mouseClick(child<QPushButton>(*editor, "saveTemplateButton"), Qt::LeftButton);
    EXPECT_TRUE(editor->message().contains(QStringLiteral("saved"))) << editor->message().toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT body FROM letter_templates WHERE kind = 'dunning2' AND language = 'de'"))
                      .toString(),
              QStringLiteral("[title]\nLetzte freundliche Erinnerung\n"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'letter_template.set'")).toInt(), 1);
    // Another language shows the built-in text; coming back shows the stored one.
    language->setCurrentIndex(language->findData(QStringLiteral("fr")));
    EXPECT_FALSE(text->toPlainText().contains(QStringLiteral("Letzte freundliche Erinnerung")));
    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    EXPECT_EQ(text->toPlainText(), QStringLiteral("[title]\nLetzte freundliche Erinnerung\n"));
    // A collector previews but cannot save.
    page.setSession(m_collector.get());
    EXPECT_FALSE(child<QPushButton>(*editor, "saveTemplateButton")->isEnabled());
}

// Settings > Interest and fees: the rules table is never squeezed: every column is at least
// as wide as its heading and values, and a narrow window scrolls the table sideways.
TEST_F(CreditSettingsUi, theInterestRulesTableScrollsSidewaysInsteadOfSqueezingItsColumns)
{
    SettingsPage page;
    page.setSession(m_manager.get());
    page.resize(900, 700);
    page.show();
    auto *editor = page.findChild<InterestSettings *>();
    ASSERT_NE(editor, nullptr);
    child<QTabWidget>(page, "settingsTabs")->setCurrentWidget(editor);
    // The user drags the divider far to the right: little room is left for the rules.
    auto *splitter = child<QSplitter>(*editor, "interestSplitter");
    splitter->setSizes({700, 200});
    QApplication::processEvents();
    auto *rules = child<QTableWidget>(*editor, "interestRuleTable");
    ASSERT_GE(rules->rowCount(), 3);
    QHeaderView *header = rules->horizontalHeader();
    EXPECT_FALSE(header->stretchLastSection());
    int total = 0;
    for (int column = 0; column < rules->columnCount(); ++column) {
        EXPECT_GE(rules->columnWidth(column),
                  header->fontMetrics().horizontalAdvance(rules->horizontalHeaderItem(column)->text()))
                << "heading of column " << column << " cut";
        for (int row = 0; row < rules->rowCount(); ++row)
            EXPECT_GE(rules->columnWidth(column),
                      rules->fontMetrics().horizontalAdvance(rules->item(row, column)->text()))
                    << "row " << row << ", column " << column << " cut";
        total += rules->columnWidth(column);
    }
    ASSERT_GT(total, rules->viewport()->width()) << "the columns do not fit: the table must scroll";
    EXPECT_GT(rules->horizontalScrollBar()->maximum(), 0);
    EXPECT_NE(rules->horizontalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
}

// Settings > Letter templates: the payment-plan agreement is a template kind like the
// letters: previewed on the book's latest plan in the chosen language, saved per language.
TEST_F(CreditSettingsUi, thePlanAgreementTemplateIsPreviewedOnARealPlanAndSaved)
{
    auto owner = BookService::localSession(*m_book);
    ASSERT_TRUE(owner.has_value());
    InvoiceListFilter filter;
    filter.status = InvoiceStatusFilter::Open;
    filter.search = QStringLiteral("C1001");
    const auto open = BrowseService(**owner).invoices(filter, {}, QDate::currentDate(), {0, 1});
    ASSERT_TRUE(open.has_value() && !open->empty());
    PlanInput input;
    input.customerCode = open->front().customerCode;
    input.invoiceNumbers = {open->front().number};
    input.createdOn = QDate::currentDate();
    input.firstDate = QDate::currentDate().addMonths(1);
    ASSERT_TRUE(PlanService(**owner).create(input));

    SettingsPage page;
    page.setSession(m_manager.get());
    page.resize(1200, 760);
    page.show();
    auto *editor = page.findChild<LetterTemplateEditor *>();
    ASSERT_NE(editor, nullptr);
    auto *kind = child<QComboBox>(*editor, "templateKind");
    auto *language = child<QComboBox>(*editor, "templateLanguage");
    ASSERT_GE(kind->findData(QStringLiteral("plan_agreement")), 0);
    language->setCurrentIndex(language->findData(QStringLiteral("fr")));
    kind->setCurrentIndex(kind->findData(QStringLiteral("plan_agreement")));
    auto *text = child<QPlainTextEdit>(*editor, "templateText");
    EXPECT_TRUE(text->toPlainText().contains(QStringLiteral("[default]"))) << text->toPlainText().toStdString();
    EXPECT_TRUE(editor->previewText().contains(QStringLiteral("Accord de paiement échelonné")))
            << editor->previewText().toStdString();
    EXPECT_TRUE(editor->previewText().contains(QStringLiteral("Calendrier des paiements")));
    text->setPlainText(QStringLiteral("[title]\nÉchéancier de paiement\n"));
    QTest::mouseClick(child<QPushButton>(*editor, "previewTemplateButton"), Qt::LeftButton);
    EXPECT_TRUE(editor->previewText().contains(QStringLiteral("Échéancier de paiement")));
    QTest::mouseClick(child<QPushButton>(*editor, "saveTemplateButton"), Qt::LeftButton);
    EXPECT_TRUE(editor->message().contains(QStringLiteral("saved"))) << editor->message().toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT body FROM letter_templates WHERE kind = 'plan_agreement' AND "
                                    "language = 'fr'"))
                      .toString(),
              QStringLiteral("[title]\nÉchéancier de paiement\n"));
}

} // namespace
} // namespace ardesk
