#include "credit_screenshots.h"

#include "account_plans.h"
#include "approval_widgets.h"
#include "credit_hold.h"
#include "plan_dialog.h"
#include "review_widgets.h"
#include "searchable_table.h"

#include "documents/plan_agreement.h"
#include "services/browse_service.h"
#include "services/credit_service.h"
#include "services/plan_agreement_service.h"
#include "services/plan_service.h"
#include "ui/common/display_format.h"
#include "ui/documents/letter_run_dialog.h"
#include "ui/main_window.h"
#include "ui/payments/apply_lines_model.h"
#include "ui/payments/payment_dialog.h"
#include "ui/settings/settings_page.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

#include <functional>
#include <optional>

namespace ardesk {

namespace {

// Lets layouts, the lists' first reads and painting settle.
void settle()
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 300)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

class Shooter final
{
public:
    Shooter(MainWindow &window, const QString &folder, QStringList &written)
        : m_window(window), m_session(*window.session()), m_folder(folder), m_written(written)
    {
    }

    Status save(QWidget &widget, const char *file)
    {
        settle();
        const QString path = QDir(m_folder).filePath(QString::fromLatin1(file));
        if (!widget.grab().save(path, "PNG"))
            return std::unexpected(
                    Error::storage(QCoreApplication::translate("Screenshots", "cannot write %1").arg(path)));
        m_written << path;
        return {};
    }

    Status settings(const char *tab, const char *file, const std::function<void(SettingsPage &)> &prepare = {})
    {
        m_window.resize(1280, 800);
        m_window.showPage(MainWindow::Page::Settings);
        SettingsPage *page = m_window.settingsPage();
        auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
        if (QWidget *widget = page->findChild<QWidget *>(QString::fromLatin1(tab)); tabs && widget)
            tabs->setCurrentWidget(widget);
        if (prepare)
            prepare(*page);
        return save(m_window, file);
    }

    // The first customer of the customers list in this order (and filter).
    std::optional<CustomerListRow> customer(CustomerListFilter filter, CustomerSortColumn column)
    {
        CustomerListSort sort;
        sort.column = column;
        sort.direction = SortDirection::Descending;
        const auto rows = BrowseService(m_session).customers(filter, sort, m_today, RowWindow{0, 50});
        if (!rows || rows->empty())
            return std::nullopt;
        return rows->front();
    }

    // The most overdue customer that is not on an active payment plan.
    std::optional<CustomerListRow> planCandidate()
    {
        QSet<Id> onPlans;
        if (const auto plans = PlanService(m_session).plans(QStringLiteral("active")))
            for (const PlanRecord &plan : *plans)
                onPlans.insert(plan.customerId);
        CustomerListSort sort;
        sort.column = CustomerSortColumn::Overdue;
        sort.direction = SortDirection::Descending;
        const auto rows = BrowseService(m_session).customers({}, sort, m_today, RowWindow{0, 50});
        if (rows)
            for (const CustomerListRow &row : *rows)
                if (!onPlans.contains(row.id) && row.overdue > 0)
                    return row;
        return customer({}, CustomerSortColumn::Balance);
    }

    // An open invoice with an early-payment discount on offer today: (customer id, invoice).
    std::optional<std::pair<Id, QString>> discountOnOffer()
    {
        InvoiceListFilter filter;
        filter.status = InvoiceStatusFilter::Open;
        InvoiceListSort sort;
        sort.column = InvoiceSortColumn::IssueDate;
        sort.direction = SortDirection::Descending;
        const auto rows = BrowseService(m_session).invoices(filter, sort, m_today, RowWindow{0, 400});
        if (!rows)
            return std::nullopt;
        CreditService credit(m_session);
        for (const InvoiceListRow &row : *rows) {
            const auto offer = credit.discountFor(row.number, m_today);
            if (offer && offer->discount > 0)
                return std::pair{row.customerId, row.number};
        }
        return std::nullopt;
    }

    MainWindow &m_window;
    Session &m_session;
    QString m_folder;
    QStringList &m_written;
    QDate m_today = QDate::currentDate();
};

// The agreement's first page as the PDF shows it (pdftoppm -r 60, like the letters' pictures
// of scripts/document-screenshots.sh); skipped when pdftoppm is not installed.
Status writeAgreementPicture(Shooter &shots, Id planId)
{
    auto content = PlanAgreementService(shots.m_session).agreement(planId);
    if (!content)
        return std::unexpected(content.error());
    content->language = documentLanguage(QLocale().name()); // the pictures' language, not the customer's
    QTemporaryDir temporary;
    const QString pdf = temporary.filePath(QStringLiteral("agreement.pdf"));
    QFile file(pdf);
    if (!file.open(QIODevice::WriteOnly))
        return std::unexpected(Error::storage(QCoreApplication::translate("Screenshots", "cannot write %1").arg(pdf)));
    file.write(documents::renderPlanAgreement(*content));
    file.close();
    const QString target = QDir(shots.m_folder).filePath(QStringLiteral("plan-agreement"));
    QProcess pdftoppm;
    pdftoppm.start(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                                                 QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                                 QStringLiteral("1"), QStringLiteral("-singlefile"), pdf, target});
    if (pdftoppm.waitForFinished(60000) && pdftoppm.exitStatus() == QProcess::NormalExit && pdftoppm.exitCode() == 0)
        shots.m_written << target + QStringLiteral(".png");
    return {};
}

} // namespace

Status writeCreditScreenshots(MainWindow &window, const QString &folder, QStringList &written, CreditShots set)
{
    if (!window.session())
        return std::unexpected(Error::invalid(QCoreApplication::translate("Screenshots", "no book is open")));
    Shooter shots(window, folder, written);
    Session &session = *window.session();
    const QDate today = shots.m_today;
    window.statusBar()->clearMessage();

    // Settings: the credit screens of the manager.
    if (auto ok = shots.settings("creditPolicyEditor", "settings-credit-policies.png"); !ok)
        return ok;
    if (auto ok = shots.settings("strategyEditor", "settings-strategies.png"); !ok)
        return ok;
    if (auto ok = shots.settings("interestSettings", "settings-interest.png"); !ok)
        return ok;
    if (auto ok = shots.settings("letterTemplateEditor", "settings-letter-templates.png",
                                 [](SettingsPage &page) {
                                     if (auto *kind = page.findChild<QComboBox *>(QStringLiteral("templateKind")))
                                         kind->setCurrentIndex(kind->findData(QStringLiteral("dunning2")));
                                 });
        !ok)
        return ok;

    // Clerk > Letters and statements, ready to run the month's statements.
    {
        LetterRunDialog dialog(session, today, &window);
        dialog.setKind(LetterRunDialog::Kind::Statements);
        dialog.setFolder(QDir::home().filePath(QStringLiteral("Documents/ardesk-letters")));
        dialog.show();
        if (auto ok = shots.save(dialog, "letter-run.png"); !ok)
            return ok;
    }

    // An account on credit hold (the largest balance among them) and the release dialog.
    {
        CustomerListFilter held;
        held.onHoldOnly = true;
        auto customer = shots.customer(held, CustomerSortColumn::Balance);
        if (!customer)
            customer = shots.customer({}, CustomerSortColumn::Balance);
        if (customer) {
            window.resize(1280, 800);
            window.openAccount(customer->id);
            if (auto ok = shots.save(window, "account-hold.png"); !ok)
                return ok;
            ReleaseHoldDialog dialog(session, customer->code, customer->currency, today, &window);
            if (auto *reason = dialog.findChild<QPlainTextEdit *>(QStringLiteral("releaseHoldReason")))
                reason->setPlainText(QStringLiteral("Paid the two oldest invoices by wire today; the rest is promised "
                                                    "for Friday."));
            dialog.show();
            if (auto ok = shots.save(dialog, "release-hold.png"); !ok)
                return ok;
        }
    }

    // Write-off approvals waiting (the demo book keeps a few).
    {
        ApprovalQueueWidget queue;
        queue.setToday(today);
        queue.setSession(&session);
        queue.resize(1100, 500);
        queue.show();
        settle();
        if (queue.table()->proxy()->rowCount() > 0)
            queue.table()->view()->selectRow(0);
        if (auto ok = shots.save(queue, "approval-queue.png"); !ok)
            return ok;
    }

    // A payment plan being agreed for the most overdue account without one (not created).
    if (const auto customer = shots.planCandidate()) {
        PlanDialog dialog(session, customer->id, today, &window);
        if (auto *instalments = dialog.findChild<QSpinBox *>(QStringLiteral("planInstalments")))
            instalments->setValue(3);
        if (auto *down = dialog.findChild<QLineEdit *>(QStringLiteral("planDownPayment")); down && dialog.total() > 0)
            down->setText(formatAmount(dialog.total() / 10 / 100 * 100, customer->currency));
        dialog.show();
        if (auto ok = shots.save(dialog, "payment-plan.png"); !ok)
            return ok;
    }

    // An account with a payment plan, on its Payment plans tab.
    std::optional<Id> planId;
    {
        std::optional<Id> customerId;
        if (const auto plans = PlanService(session).plans(QStringLiteral("active")); plans && !plans->empty()) {
            planId = plans->front().id;
            customerId = plans->front().customerId;
        } else if (const auto all = PlanService(session).plans({}); all && !all->empty()) {
            planId = all->front().id;
            customerId = all->front().customerId;
        } else if (const auto customer = shots.planCandidate()) {
            customerId = customer->id;
        }
        if (customerId) {
            window.resize(1280, 800);
            window.openAccount(*customerId);
            settle();
            auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("accountTabs"));
            auto *plans = window.findChild<AccountPlansWidget *>();
            if (tabs && plans) {
                tabs->setCurrentWidget(plans);
                if (plans->table()->proxy()->rowCount() > 0)
                    plans->table()->view()->selectRow(0);
            }
            if (auto ok = shots.save(window, "account-plans.png"); !ok)
                return ok;
        }
    }

    // The payment dialog offering an early-payment discount, taken.
    {
        PaymentDialog dialog(session, today, &window);
        const auto offer = shots.discountOnOffer();
        if (offer)
            dialog.setCustomer(offer->first);
        else if (const auto customer = shots.customer({}, CustomerSortColumn::Balance))
            dialog.setCustomer(customer->id);
        dialog.resize(1000, 640);
        dialog.show();
        settle();
        if (auto *take = dialog.findChild<QPushButton *>(QStringLiteral("takeDiscountButton"));
            take && take->isVisible() && take->isEnabled()) {
            take->click();
            MinorUnits amount = 0;
            for (const ApplyLine &line : dialog.itemsModel()->lines())
                amount += line.apply;
            if (auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("paymentAmount")))
                field->setText(formatAmount(amount, dialog.itemsModel()->currency()));
            if (auto *reference = dialog.findChild<QLineEdit *>(QStringLiteral("paymentReference")))
                reference->setText(QStringLiteral("CHK 20417"));
        }
        if (auto ok = shots.save(dialog, "payment-discount.png"); !ok)
            return ok;
    }

    // The credit reviews due, and the decision on the first one (not recorded).
    {
        ReviewQueueWidget queue;
        queue.setToday(today);
        queue.setSession(&session);
        queue.resize(1000, 420);
        queue.show();
        settle();
        if (queue.table()->proxy()->rowCount() > 0)
            queue.table()->view()->selectRow(0);
        if (auto ok = shots.save(queue, "credit-reviews.png"); !ok)
            return ok;
        ReviewDue due;
        if (!queue.items().empty()) {
            due = queue.items().front();
        } else if (const auto customer = shots.customer({}, CustomerSortColumn::Balance)) {
            due.customerId = customer->id;
            due.customerCode = customer->code;
            due.customerName = customer->name;
            due.nextReview = today;
        }
        if (due.customerId != 0) {
            ReviewDialog dialog(session, due, today, &window);
            if (auto *decision = dialog.findChild<QComboBox *>(QStringLiteral("reviewDecision")))
                decision->setCurrentIndex(decision->findData(QStringLiteral("raise")));
            if (auto *limit = dialog.findChild<QLineEdit *>(QStringLiteral("reviewNewLimit")))
                limit->setText(formatAmount(25'000'00, QStringLiteral("EUR")));
            if (auto *notes = dialog.findChild<QLineEdit *>(QStringLiteral("reviewNotes")))
                notes->setText(QStringLiteral("Pays within terms for a year; the agency rating is stable"));
            dialog.show();
            if (auto ok = shots.save(dialog, "credit-review-dialog.png"); !ok)
                return ok;
        }
    }

    if (set == CreditShots::WithAgreement && planId)
        if (auto ok = writeAgreementPicture(shots, *planId); !ok)
            return ok;
    window.showPage(MainWindow::Page::Customers);
    return {};
}

} // namespace ardesk
