#include "screenshots.h"

#include "ui/account/account_view.h"
#include "ui/customers/customer_list_page.h"
#include "ui/payments/apply_lines_model.h"
#include "ui/payments/deposit_batch_dialog.h"
#include "ui/payments/payment_dialog.h"
#include "ui/payments/payment_list_page.h"
#include "ui/main_window.h"
#include "ui/manager/manager_screenshots.h"
#include "ui/credit/credit_screenshots.h"
#include "ui/auth/sign_in_dialog.h"
#include "ui/bank/bank_import_dialog.h"
#include "ui/settings/settings_page.h"
#include "ui/help/shortcut_sheet.h"
#include "ui/help/training_panel.h"
#include "ui/collector/contact_panel.h"
#include "ui/collector/my_work_page.h"
#include "ui/collector/team_queues_widget.h"
#include "ui/collector/worklist_model.h"
#include "ui/common/book_job.h"
#include "ui/documents/letter_run_dialog.h"

#include "services/browse_service.h"
#include "services/ledger_service.h"

#include "services/browse_service.h"
#include "services/session.h"
#include "ui/common/display_format.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QLineEdit>
#include <QSpinBox>
#include <QPixmap>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>

#include <functional>

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

struct Shot final
{
    MainWindow::Page page;
    const char *file;
    std::function<void(MainWindow &)> prepare;
};

// A camt.053 statement for the open book: what a bank would send after a few customers
// paid. Two credits that match (an invoice number with its open amount; two invoices of one
// customer), two suggestions (a short payment; a payer known only by name), one credit
// nobody can place, and the bank's fee (a debit).
QByteArray sampleStatement(Session &session, QDate today)
{
    InvoiceListFilter filter;
    filter.status = InvoiceStatusFilter::Open;
    InvoiceListSort sort;
    sort.column = InvoiceSortColumn::DueDate;
    const auto rows = BrowseService(session).invoices(filter, sort, today, RowWindow{0, 400});
    std::vector<InvoiceListRow> invoices = rows ? *rows : std::vector<InvoiceListRow>{};
    // One invoice each of a few customers, and a customer with two open items.
    std::vector<InvoiceListRow> singles;
    std::vector<InvoiceListRow> pair;
    QSet<Id> used;
    for (const InvoiceListRow &row : invoices) {
        if (pair.empty() || (pair.size() == 1 && pair.front().customerId == row.customerId)) {
            if (pair.empty() || pair.front().number != row.number)
                pair.push_back(row);
            if (pair.size() == 2)
                used.insert(row.customerId);
            continue;
        }
        if (pair.size() < 2) {
            pair = {row};
            continue;
        }
        if (!used.contains(row.customerId) && singles.size() < 3) {
            singles.push_back(row);
            used.insert(row.customerId);
        }
    }
    struct Credit {
        QString ref, name, text, currency;
        MinorUnits amount;
        bool debit = false;
    };
    std::vector<Credit> credits;
    auto decimal = [](MinorUnits amount, const QString &currency) {
        return Money(amount, currency).toDecimalString();
    };
    int n = 1;
    auto ref = [&n] { return QStringLiteral("BK-%1-%2").arg(QDate::currentDate().toString(u"yyMMdd")).arg(n++, 4, 10, QLatin1Char('0')); };
    if (!singles.empty())
        credits.push_back({ref(), singles[0].customerName, QStringLiteral("Invoice %1").arg(singles[0].number),
                           singles[0].currency, singles[0].open});
    if (pair.size() == 2)
        credits.push_back({ref(), pair[0].customerName,
                           QStringLiteral("INV %1 + %2").arg(pair[0].number, pair[1].number), pair[0].currency,
                           pair[0].open + pair[1].open});
    if (singles.size() > 1)
        credits.push_back({ref(), singles[1].customerName,
                           QStringLiteral("%1 less 2% discount").arg(singles[1].number), singles[1].currency,
                           singles[1].open - singles[1].open / 50});
    if (singles.size() > 2)
        credits.push_back({ref(), singles[2].customerName.toUpper(), QStringLiteral("Payment on account"),
                           singles[2].currency, 500'00});
    const QString currency = singles.empty() ? QStringLiteral("EUR") : singles[0].currency;
    credits.push_back({ref(), QStringLiteral("J. Smith"), QStringLiteral("Deposit order 5512"), currency, 1'234'56});
    credits.push_back({ref(), QString(), QStringLiteral("Account fees"), currency, 12'50, true});

    QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                 "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">"
                                 "<BkToCstmrStmt><GrpHdr><MsgId>M1</MsgId><CreDtTm>%1T18:00:00</CreDtTm></GrpHdr>"
                                 "<Stmt><Id>STMT-%1</Id><Acct><Id><IBAN>DE02120300000000202051</IBAN></Id></Acct>\n")
                          .arg(today.toString(Qt::ISODate));
    for (const Credit &c : credits) {
        xml += QStringLiteral("<Ntry><Amt Ccy=\"%1\">%2</Amt><CdtDbtInd>%3</CdtDbtInd><Sts>BOOK</Sts>"
                              "<BookgDt><Dt>%4</Dt></BookgDt><AcctSvcrRef>%5</AcctSvcrRef><NtryDtls><TxDtls>")
                       .arg(c.currency, decimal(c.amount, c.currency), c.debit ? QStringLiteral("DBIT") : QStringLiteral("CRDT"),
                            today.toString(Qt::ISODate), c.ref);
        if (!c.name.isEmpty())
            xml += QStringLiteral("<RltdPties><Dbtr><Nm>%1</Nm></Dbtr></RltdPties>").arg(c.name.toHtmlEscaped());
        xml += QStringLiteral("<RmtInf><Ustrd>%1</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>\n").arg(c.text.toHtmlEscaped());
    }
    xml += QStringLiteral("</Stmt></BkToCstmrStmt></Document>\n");
    return xml.toUtf8();
}

// A split payment in progress for the customer `id`: part of the oldest two items, and a
// little left over as unapplied cash.
Status writePaymentDialogScreenshot(MainWindow &window, const QVariant &id, const QString &folder,
                                    QStringList &written)
{
    PaymentDialog dialog(*window.session(), QDate::currentDate(), &window);
    if (id.isValid())
        dialog.setCustomer(id.toLongLong());
    dialog.show();
    settle();
    ApplyLinesModel *items = dialog.itemsModel();
    MinorUnits amount = 0;
    for (int row = 0; row < std::min(2, items->rowCount()); ++row) {
        const MinorUnits open = items->lines()[std::size_t(row)].open;
        const MinorUnits part = row == 0 ? open : open / 2;
        items->setApply(row, part);
        amount += part;
    }
    amount += amount / 10;
    auto *amountField = dialog.findChild<QLineEdit *>(QStringLiteral("paymentAmount"));
    amountField->setText(formatAmount(amount, items->currency()));
    dialog.findChild<QLineEdit *>(QStringLiteral("paymentReference"))->setText(QStringLiteral("CHK 104733"));
    settle();
    const QString path = QDir(folder).filePath(QStringLiteral("payment-dialog.png"));
    if (!dialog.grab().save(path, "PNG"))
        return std::unexpected(Error::storage(QCoreApplication::translate("Screenshots", "cannot write %1").arg(path)));
    written << path;
    return {};
}

} // namespace

Result<QStringList> writeLanguageScreenshots(MainWindow &window, const QString &folder)
{
    if (!window.hasBook())
        return std::unexpected(Error::invalid(QCoreApplication::translate("Screenshots", "no book is open")));
    if (!QDir().mkpath(folder))
        return std::unexpected(
                Error::storage(QCoreApplication::translate("Screenshots", "cannot create %1").arg(folder)));
    window.resize(1280, 800);
    window.statusBar()->clearMessage();
    window.show();
    settle();
    QStringList written;
    if (auto ok = writeDashboardScreenshot(window, folder, written); !ok)
        return std::unexpected(ok.error());
    window.resize(1280, 800);
    window.showPage(MainWindow::Page::Customers);
    CustomerListPage *customers = window.customerPage();
    customers->table()->sortByColumn(CustomerListModel::Balance, Qt::DescendingOrder);
    settle();
    const QVariant id = customers->model()->index(0, 0).data(PagedTableModel::RowIdRole);
    if (auto ok = writePaymentDialogScreenshot(window, id, folder, written); !ok)
        return std::unexpected(ok.error());
    // The credit-control screens and the payment-plan agreement (src/ui/credit/credit_screenshots.h).
    if (auto ok = writeCreditScreenshots(window, folder, written); !ok)
        return std::unexpected(ok.error());
    return written;
}

Result<QStringList> writeScreenshots(MainWindow &window, const QString &folder)
{
    if (!window.hasBook())
        return std::unexpected(Error::invalid(QCoreApplication::translate("Screenshots", "no book is open")));
    if (!QDir().mkpath(folder))
        return std::unexpected(
                Error::storage(QCoreApplication::translate("Screenshots", "cannot create %1").arg(folder)));

    const std::vector<Shot> shots{
            {MainWindow::Page::Customers, "main-window.png", {}},
            {MainWindow::Page::Customers, "customers.png",
             [](MainWindow &w) {
                 // Who owes the most: the question a collections desk starts with.
                 w.customerPage()->table()->sortByColumn(CustomerListModel::Balance, Qt::DescendingOrder);
                 w.customerPage()->table()->selectRow(0);
             }},
            {MainWindow::Page::Invoices, "invoices.png", {}},
            {MainWindow::Page::Payments, "payments.png", {}},
            {MainWindow::Page::Settings, "settings-users.png",
             [](MainWindow &w) {
                 w.settingsPage()->findChild<QTabWidget *>(QStringLiteral("settingsTabs"))->setCurrentIndex(0);
             }},
            {MainWindow::Page::Settings, "settings-permissions.png",
             [](MainWindow &w) {
                 w.settingsPage()->findChild<QTabWidget *>(QStringLiteral("settingsTabs"))->setCurrentIndex(1);
             }},
            {MainWindow::Page::Settings, "verify.png",
             [](MainWindow &w) {
                 w.settingsPage()->findChild<QTabWidget *>(QStringLiteral("settingsTabs"))->setCurrentIndex(2);
                 w.settingsPage()->runCheckAndWait();
             }},
            {MainWindow::Page::Settings, "settings-language.png",
             [](MainWindow &w) {
                 auto *tabs = w.settingsPage()->findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
                 tabs->setCurrentWidget(w.settingsPage()->findChild<QWidget *>(QStringLiteral("languageSettings")));
             }},
            {MainWindow::Page::Settings, "settings-credit-policies.png",
             [](MainWindow &w) {
                 auto *tabs = w.settingsPage()->findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
                 tabs->setCurrentWidget(w.settingsPage()->findChild<QWidget *>(QStringLiteral("creditPolicyEditor")));
             }},
            {MainWindow::Page::Settings, "settings-strategies.png",
             [](MainWindow &w) {
                 auto *tabs = w.settingsPage()->findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
                 tabs->setCurrentWidget(w.settingsPage()->findChild<QWidget *>(QStringLiteral("strategyEditor")));
             }},
            {MainWindow::Page::Settings, "settings-letter-templates.png",
             [](MainWindow &w) {
                 auto *tabs = w.settingsPage()->findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
                 tabs->setCurrentWidget(w.settingsPage()->findChild<QWidget *>(QStringLiteral("letterTemplateEditor")));
                 auto *kind = w.settingsPage()->findChild<QComboBox *>(QStringLiteral("templateKind"));
                 kind->setCurrentIndex(kind->findData(QStringLiteral("dunning2")));
             }},
            {MainWindow::Page::Settings, "settings-interest.png",
             [](MainWindow &w) {
                 auto *tabs = w.settingsPage()->findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
                 tabs->setCurrentWidget(w.settingsPage()->findChild<QWidget *>(QStringLiteral("interestSettings")));
             }},
    };

    window.resize(1280, 800);
    window.statusBar()->clearMessage(); // not the temporary path of a demo book
    window.show();
    settle();
    QStringList written;
    for (const Shot &shot : shots) {
        window.showPage(shot.page);
        if (shot.prepare)
            shot.prepare(window);
        settle();
        const QString path = QDir(folder).filePath(QString::fromLatin1(shot.file));
        if (!window.grab().save(path, "PNG"))
            return std::unexpected(
                    Error::storage(QCoreApplication::translate("Screenshots", "cannot write %1").arg(path)));
        written << path;
    }
    auto save = [&](QWidget &widget, const char *file) -> Status {
        const QString path = QDir(folder).filePath(QString::fromLatin1(file));
        if (!widget.grab().save(path, "PNG"))
            return std::unexpected(
                    Error::storage(QCoreApplication::translate("Screenshots", "cannot write %1").arg(path)));
        written << path;
        return {};
    };
    // The account of the customer who owes the most (the customers grid sorted by balance).
    {
        window.showPage(MainWindow::Page::Customers);
        CustomerListPage *customers = window.customerPage();
        customers->table()->sortByColumn(CustomerListModel::Balance, Qt::DescendingOrder);
        settle();
        const QVariant id = customers->model()->index(0, 0).data(PagedTableModel::RowIdRole);
        if (id.isValid()) {
            window.openAccount(id.toLongLong());
            settle();
            if (auto ok = save(window, "account.png"); !ok)
                return std::unexpected(ok.error());
        }
        if (auto ok = writePaymentDialogScreenshot(window, id, folder, written); !ok)
            return std::unexpected(ok.error());
    }
    // A deposit batch that does not balance yet: the last check is still to be keyed.
    {
        DepositBatchDialog dialog(*window.session(), QDate::currentDate(), &window);
        dialog.findChild<QLineEdit *>(QStringLiteral("batchName"))->setText(QStringLiteral("Deposit slip 2231"));
        dialog.findChild<QLineEdit *>(QStringLiteral("batchCurrency"))->setText(QStringLiteral("EUR"));
        dialog.findChild<QLineEdit *>(QStringLiteral("batchControlTotal"))->setText(QStringLiteral("7,450.00"));
        dialog.findChild<QSpinBox *>(QStringLiteral("batchControlCount"))->setValue(4);
        DepositLinesModel *lines = dialog.linesModel();
        const struct { const char *customer, *amount, *reference, *invoice; } keyed[] = {
                {"C1003", "2,400.00", "CHK 5521", ""},
                {"C1006", "1,850.00", "CHK 88310", ""},
                {"C1012", "1,200.00", "CHK 3092", ""},
        };
        for (int row = 0; row < 3; ++row) {
            lines->setData(lines->index(row, DepositLinesModel::Customer), QString::fromLatin1(keyed[row].customer));
            lines->setData(lines->index(row, DepositLinesModel::Amount), QString::fromLatin1(keyed[row].amount));
            lines->setData(lines->index(row, DepositLinesModel::Reference), QString::fromLatin1(keyed[row].reference));
            lines->setData(lines->index(row, DepositLinesModel::Invoice), QString::fromLatin1(keyed[row].invoice));
        }
        dialog.show();
        settle();
        if (auto ok = save(dialog, "deposit-batch.png"); !ok)
            return std::unexpected(ok.error());
    }
    // The bank-statement review of a statement made for this book; the suggestion of the
    // short payment shown with its details.
    {
        QTemporaryDir folderForStatement;
        const QString statement = folderForStatement.filePath(QStringLiteral("statement-camt053.xml"));
        QFile file(statement);
        if (!file.open(QIODevice::WriteOnly))
            return std::unexpected(
                    Error::storage(QCoreApplication::translate("Screenshots", "cannot write %1").arg(statement)));
        file.write(sampleStatement(*window.session(), QDate::currentDate()));
        file.close();
        BankImportDialog dialog(*window.session(), QDate::currentDate(), &window);
        dialog.resize(1180, 720);
        dialog.setFile(statement);
        dialog.show();
        dialog.review();
        settle();
        if (auto ok = save(dialog, "bank-review.png"); !ok)
            return std::unexpected(ok.error());
    }
    // The collector desk: the queue, an account worked from it, the supervisor's tabs.
    {
        auto waitForDesk = [&] {
            QElapsedTimer timer;
            timer.start();
            while ((BookJob::running() > 0 || window.myWorkPage()->isLoading()) && timer.elapsed() < 60'000)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            settle();
        };
        MyWorkPage *work = window.myWorkPage();
        window.showPage(MainWindow::Page::MyWork);
        work->showTab(0);
        waitForDesk();
        work->table()->selectRow(0);
        settle();
        if (auto ok = save(window, "my-work.png"); !ok)
            return std::unexpected(ok.error());
        if (const auto item = work->nextItem()) {
            window.workItem(*item);
            settle();
            ContactPanel *panel = window.contactPanel();
            panel->selectOutcome(QStringLiteral("promise_taken"));
            if (auto *notes = panel->findChild<QLineEdit *>(QStringLiteral("contactNotes")))
                notes->setText(QStringLiteral("Will pay half on Friday, the rest with the next payment run"));
            settle();
            if (auto ok = save(window, "account-contact-panel.png"); !ok)
                return std::unexpected(ok.error());
        }
        window.showPage(MainWindow::Page::MyWork);
        work->showTab(1);
        settle();
        if (auto ok = save(window, "escalation-queue.png"); !ok)
            return std::unexpected(ok.error());
        work->showTab(2);
        settle();
        if (auto ok = save(window, "portfolios.png"); !ok)
            return std::unexpected(ok.error());
        work->showTab(5);
        {
            QElapsedTimer timer;
            timer.start();
            while ((work->team()->isLoading() || BookJob::running() > 0) && timer.elapsed() < 60'000)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        }
        settle();
        if (auto ok = save(window, "team-queues.png"); !ok)
            return std::unexpected(ok.error());
        work->showTab(0);
    }
    window.showPage(MainWindow::Page::Customers);
    // The sign-in dialog as a protected book shows it (it signs nobody in here).
    {
        SignInDialog dialog(window.session()->book(), QStringLiteral("acme-receivables.ardesk"),
                            QStringLiteral("maria"), &window);
        dialog.show();
        settle();
        const QString path = QDir(folder).filePath(QStringLiteral("sign-in.png"));
        if (!dialog.grab().save(path, "PNG"))
            return std::unexpected(
                    Error::storage(QCoreApplication::translate("Screenshots", "cannot write %1").arg(path)));
        written << path;
    }
    // Help: the keyboard-shortcut sheet, and Practice with the first post ticked off
    // (src/ui/help). The book is opened again afterwards.
    {
        ShortcutSheet *sheet = window.showKeyboardShortcuts();
        settle();
        if (auto ok = save(*sheet, "keyboard-shortcuts.png"); !ok)
            return std::unexpected(ok.error());
        sheet->close();
    }
    {
        const QString location = window.bookLocation();
        if (auto started = window.startPractice(TrainingRole::WholeDesk); !started)
            return std::unexpected(started.error());
        window.showPage(MainWindow::Page::Payments);
        InvoiceListFilter open;
        auto invoices = BrowseService(*window.session()).invoices(open, {}, QDate::currentDate(), RowWindow{0, 1});
        if (invoices && !invoices->empty()) {
            PaymentInput payment;
            payment.customerCode = invoices->front().customerCode;
            payment.receivedDate = QDate::currentDate();
            payment.amount = invoices->front().open;
            payment.method = QStringLiteral("wire");
            payment.reference = QStringLiteral("PRACTICE-1");
            payment.apply = PaymentInput::Apply::OldestDueFirst;
            (void)LedgerService(*window.session()).postPayment(payment);
        }
        window.paymentPage()->refresh();
        window.trainingPanel()->refresh();
        settle();
        const Status shot = save(window, "training.png");
        window.endPractice();
        if (auto reopened = window.openBook(location); !reopened)
            return std::unexpected(reopened.error());
        if (!shot)
            return std::unexpected(shot.error());
    }
    // Clerk > Letters and statements, ready to run the month's statements.
    {
        LetterRunDialog dialog(*window.session(), QDate::currentDate(), &window);
        dialog.setKind(LetterRunDialog::Kind::Statements);
        dialog.setFolder(QDir::home().filePath(QStringLiteral("Documents/ardesk-letters")));
        dialog.show();
        settle();
        if (auto ok = save(dialog, "letter-run.png"); !ok)
            return std::unexpected(ok.error());
    }
    // The credit-control screens (the agreement's picture is scripts/document-screenshots.sh's).
    if (auto ok = writeCreditScreenshots(window, folder, written, CreditShots::WithoutAgreement); !ok)
        return std::unexpected(ok.error());
    // The manager desk: dashboard, staff performance, cash forecast, roll-forward.
    if (auto ok = writeManagerScreenshots(window, folder, written); !ok)
        return std::unexpected(ok.error());
    return written;
}

} // namespace ardesk
