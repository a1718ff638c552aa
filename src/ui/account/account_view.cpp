#include "account_view.h"

#include "contact_dialog.h"

#include "customer_dialog.h"
#include "record_table_model.h"

#include "services/account_service.h"
#include "services/book_service.h"
#include "services/document_service.h"
#include "services/collection_service.h"
#include "services/credit_service.h"
#include "ui/credit/account_plans.h"
#include "ui/credit/approval_widgets.h"
#include "ui/credit/credit_hold.h"
#include "ui/credit/searchable_table.h"
#include "services/ledger_service.h"
#include "ui/common/display_format.h"
#include "ui/invoices/invoice_list_model.h"
#include "ui/payments/amount_input.h"
#include "ui/payments/apply_lines_model.h"
#include "ui/payments/payment_dialog.h"
#include "ui/payments/payment_list_model.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace ardesk {

namespace {

QTableView *makeTable(const char *name, QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(QString::fromLatin1(name));
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QString localTime(const QString &utcIso)
{
    const QDateTime at = QDateTime::fromString(utcIso, Qt::ISODateWithMs);
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : utcIso;
}

QString activityText(const QString &action)
{
    static const QHash<QString, const char *> names{
            {QStringLiteral("customer.add"), QT_TRANSLATE_NOOP("AccountView", "Customer added")},
            {QStringLiteral("customer.edit"), QT_TRANSLATE_NOOP("AccountView", "Customer changed")},
            {QStringLiteral("customer.note"), QT_TRANSLATE_NOOP("AccountView", "Note added")},
            {QStringLiteral("customer.note_pin"), QT_TRANSLATE_NOOP("AccountView", "Note pinned")},
            {QStringLiteral("customer.note_unpin"), QT_TRANSLATE_NOOP("AccountView", "Note unpinned")},
            {QStringLiteral("customer.contact_add"), QT_TRANSLATE_NOOP("AccountView", "Contact person added")},
            {QStringLiteral("customer.contact_edit"), QT_TRANSLATE_NOOP("AccountView", "Contact person changed")},
            {QStringLiteral("customer.contact_deactivate"),
             QT_TRANSLATE_NOOP("AccountView", "Contact person deactivated")},
            {QStringLiteral("invoice.post"), QT_TRANSLATE_NOOP("AccountView", "Invoice posted")},
            {QStringLiteral("credit_note.post"), QT_TRANSLATE_NOOP("AccountView", "Credit note posted")},
            {QStringLiteral("credit_note.reverse"), QT_TRANSLATE_NOOP("AccountView", "Credit note reversed")},
            {QStringLiteral("payment.post"), QT_TRANSLATE_NOOP("AccountView", "Payment received")},
            {QStringLiteral("payment.reverse"), QT_TRANSLATE_NOOP("AccountView", "Payment reversed")},
            {QStringLiteral("allocation.post"), QT_TRANSLATE_NOOP("AccountView", "Applied to an invoice")},
            {QStringLiteral("allocation.reverse"), QT_TRANSLATE_NOOP("AccountView", "Application reversed")},
            // The collector desk (issue 5).
            {QStringLiteral("contact.log"), QT_TRANSLATE_NOOP("AccountView", "Contact logged")},
            {QStringLiteral("contact.override"),
             QT_TRANSLATE_NOOP("AccountView", "Contact logged with a supervisor's override")},
            {QStringLiteral("complaint.log"), QT_TRANSLATE_NOOP("AccountView", "Complaint recorded")},
            {QStringLiteral("promise.take"), QT_TRANSLATE_NOOP("AccountView", "Promise to pay taken")},
            {QStringLiteral("dispute.open"), QT_TRANSLATE_NOOP("AccountView", "Dispute opened")},
            {QStringLiteral("dispute.resolve"), QT_TRANSLATE_NOOP("AccountView", "Dispute resolved")},
            {QStringLiteral("escalation.open"), QT_TRANSLATE_NOOP("AccountView", "Escalated to the supervisor")},
            {QStringLiteral("escalation.take"), QT_TRANSLATE_NOOP("AccountView", "Taken over by the supervisor")},
            {QStringLiteral("escalation.return"),
             QT_TRANSLATE_NOOP("AccountView", "Returned to the collector with instructions")},
            {QStringLiteral("escalation.reassign"), QT_TRANSLATE_NOOP("AccountView", "Reassigned to another collector")},
            {QStringLiteral("escalation.resolve"), QT_TRANSLATE_NOOP("AccountView", "Escalation resolved")},
            {QStringLiteral("task.complete"), QT_TRANSLATE_NOOP("AccountView", "Task done")},
            {QStringLiteral("task.add"), QT_TRANSLATE_NOOP("AccountView", "Task added")},
            {QStringLiteral("portfolio.assign"), QT_TRANSLATE_NOOP("AccountView", "Assigned to a collector")},
            // Letters and statements (issue 6): the row opens the stored PDF ("Open letter").
            {QStringLiteral("letter.send"), QT_TRANSLATE_NOOP("AccountView", "Letter sent")},
            {QStringLiteral("letter.resend"), QT_TRANSLATE_NOOP("AccountView", "Letter sent again")},
            {QStringLiteral("statement.send"), QT_TRANSLATE_NOOP("AccountView", "Statement sent")},
            {QStringLiteral("statement.resend"), QT_TRANSLATE_NOOP("AccountView", "Statement sent again")},
            {QStringLiteral("policy.assign"), QT_TRANSLATE_NOOP("AccountView", "Credit policy assigned")},
            {QStringLiteral("hold.set"), QT_TRANSLATE_NOOP("AccountView", "Put on credit hold")},
            {QStringLiteral("hold.release"), QT_TRANSLATE_NOOP("AccountView", "Credit hold released")},
            // Credit control (issue 6).
            {QStringLiteral("credit_review.record"), QT_TRANSLATE_NOOP("AccountView", "Credit review recorded")},
            {QStringLiteral("plan.create"), QT_TRANSLATE_NOOP("AccountView", "Payment plan agreed")},
            {QStringLiteral("plan.default"), QT_TRANSLATE_NOOP("AccountView", "Payment plan defaulted")},
            {QStringLiteral("plan.complete"), QT_TRANSLATE_NOOP("AccountView", "Payment plan completed")},
            {QStringLiteral("plan_agreement.print"), QT_TRANSLATE_NOOP("AccountView", "Payment plan agreement printed")},
            {QStringLiteral("plan_agreement.reprint"),
             QT_TRANSLATE_NOOP("AccountView", "Payment plan agreement printed again")},
            {QStringLiteral("write_off.request"), QT_TRANSLATE_NOOP("AccountView", "Write-off requested")},
            {QStringLiteral("write_off.approve"), QT_TRANSLATE_NOOP("AccountView", "Write-off approved and posted")},
            {QStringLiteral("write_off.reject"), QT_TRANSLATE_NOOP("AccountView", "Write-off request rejected")},
    };
    const auto found = names.constFind(action);
    return found == names.constEnd() ? action : QCoreApplication::translate("AccountView", found.value());
}

QString detailsText(const QString &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    QStringList parts;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isObject() || it.value().isArray())
            continue;
        const QString value = it.value().isString() ? it.value().toString() : it.value().toVariant().toString();
        if (!value.isEmpty())
            parts << it.key() + QStringLiteral(": ") + value;
    }
    return parts.join(QStringLiteral(" · "));
}

// Date and reason of a reversal.
class ReversalDialog final : public QDialog
{
public:
    ReversalDialog(const QString &title, const QString &what, QDate earliest, QDate today, QWidget *parent)
        : QDialog(parent)
    {
        setObjectName(QStringLiteral("reversalDialog"));
        setWindowTitle(title);
        auto *text = new QLabel(what, this);
        text->setWordWrap(true);
        m_date = new QDateEdit(std::max(today, earliest), this);
        m_date->setObjectName(QStringLiteral("reversalDate"));
        m_date->setCalendarPopup(true);
        m_date->setMinimumDate(earliest);
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(QStringLiteral("reversalReason"));
        m_reason->setPlaceholderText(QCoreApplication::translate("AccountView", "e.g. check returned unpaid"));
        auto *form = new QFormLayout;
        form->addRow(QCoreApplication::translate("AccountView", "&Date:"), m_date);
        form->addRow(QCoreApplication::translate("AccountView", "&Reason:"), m_reason);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        buttons->button(QDialogButtonBox::Ok)->setText(QCoreApplication::translate("AccountView", "&Reverse"));
        buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        connect(m_reason, &QLineEdit::textChanged, this, [this, buttons] {
            buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_reason->text().trimmed().isEmpty());
        });
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(text);
        layout->addLayout(form);
        layout->addWidget(buttons);
    }
    QDate date() const { return m_date->date(); }
    QString reason() const { return m_reason->text().trimmed(); }

private:
    QDateEdit *m_date;
    QLineEdit *m_reason;
};

// Applies what is left of a payment or credit note to open items.
class AllocateDialog final : public QDialog
{
public:
    AllocateDialog(Session &session, Id customerId, const QString &currency, MinorUnits available, QDate today,
                   QWidget *parent)
        : QDialog(parent), m_available(available)
    {
        setObjectName(QStringLiteral("allocateDialog"));
        setWindowTitle(QCoreApplication::translate("AccountView", "Apply to open items"));
        m_items = new ApplyLinesModel(this);
        InvoiceListFilter filter;
        filter.customerId = customerId;
        std::vector<ApplyLine> lines;
        if (const auto rows = BrowseService(session).invoices(filter, {}, today, RowWindow{0, 1000}))
            for (const InvoiceListRow &row : *rows)
                lines.push_back(applyLineOf(row));
        m_items->setLines(currency, std::move(lines));
        auto *view = new QTableView(this);
        view->setObjectName(QStringLiteral("allocateItems"));
        view->setModel(m_items);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setStretchLastSection(true);
        view->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked
                              | QAbstractItemView::EditKeyPressed);
        view->resizeColumnsToContents();
        m_date = new QDateEdit(today, this);
        m_date->setObjectName(QStringLiteral("allocateDate"));
        m_date->setCalendarPopup(true);
        auto *total = new QLabel(this);
        total->setObjectName(QStringLiteral("allocateTotal"));
        auto *oldest = new QPushButton(QCoreApplication::translate("AccountView", "Apply &oldest first"), this);
        oldest->setObjectName(QStringLiteral("allocateOldestButton"));
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
        ok->setText(QCoreApplication::translate("AccountView", "&Apply"));
        auto update = [this, total, ok, currency] {
            const MinorUnits applied = m_items->applied();
            total->setText(QCoreApplication::translate("AccountView", "Available %1 · applying %2")
                                   .arg(formatMoney(m_available, currency), formatMoney(applied, currency)));
            ok->setEnabled(m_items->allValid() && applied > 0 && applied <= m_available);
        };
        connect(m_items, &ApplyLinesModel::appliedChanged, this, update);
        connect(oldest, &QPushButton::clicked, this, [this] { m_items->applyOldestFirst(m_available); });
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto *row = new QHBoxLayout;
        row->addWidget(new QLabel(QCoreApplication::translate("AccountView", "Date:"), this));
        row->addWidget(m_date);
        row->addWidget(oldest);
        row->addStretch(1);
        row->addWidget(total);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(view, 1);
        layout->addLayout(row);
        layout->addWidget(buttons);
        resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 24);
        update();
    }
    ApplyLinesModel *items() const { return m_items; }
    QDate date() const { return m_date->date(); }

private:
    MinorUnits m_available;
    ApplyLinesModel *m_items;
    QDateEdit *m_date;
};

// An invoice or a credit note typed in by hand.
class DocumentDialog final : public QDialog
{
public:
    enum class Kind { Invoice, CreditNote };
    DocumentDialog(Session &session, Kind kind, const QString &customerCode, const QString &currency, int termsDays,
                   QDate today, QWidget *parent)
        : QDialog(parent), m_session(session), m_kind(kind), m_customerCode(customerCode), m_currency(currency)
    {
        setObjectName(kind == Kind::Invoice ? QStringLiteral("invoiceDialog") : QStringLiteral("creditNoteDialog"));
        setWindowTitle(kind == Kind::Invoice
                               ? QCoreApplication::translate("AccountView", "New invoice for %1").arg(customerCode)
                               : QCoreApplication::translate("AccountView", "New credit note for %1").arg(customerCode));
        m_number = new QLineEdit(this);
        m_number->setObjectName(QStringLiteral("documentNumber"));
        m_issue = new QDateEdit(today, this);
        m_issue->setObjectName(QStringLiteral("documentIssueDate"));
        m_issue->setCalendarPopup(true);
        m_due = new QDateEdit(today.addDays(termsDays), this);
        m_due->setObjectName(QStringLiteral("documentDueDate"));
        m_due->setCalendarPopup(true);
        m_amount = new QLineEdit(this);
        m_amount->setObjectName(QStringLiteral("documentAmount"));
        m_amount->setPlaceholderText(formatAmount(0, currency) + QChar(u' ') + currency);
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(QStringLiteral("documentReason"));
        m_message = new QLabel(this);
        m_message->setObjectName(QStringLiteral("documentMessage"));
        m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_message->setWordWrap(true);
        auto *form = new QFormLayout;
        form->addRow(QCoreApplication::translate("AccountView", "&Number:"), m_number);
        form->addRow(QCoreApplication::translate("AccountView", "&Issued:"), m_issue);
        if (kind == Kind::Invoice)
            form->addRow(QCoreApplication::translate("AccountView", "D&ue:"), m_due);
        else
            m_due->hide();
        form->addRow(QCoreApplication::translate("AccountView", "&Amount:"), m_amount);
        if (kind == Kind::CreditNote)
            form->addRow(QCoreApplication::translate("AccountView", "&Reason:"), m_reason);
        else
            m_reason->hide();
        connect(m_issue, &QDateEdit::dateChanged, this,
                [this, termsDays](QDate issue) { m_due->setDate(issue.addDays(termsDays)); });
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        buttons->button(QDialogButtonBox::Ok)->setText(QCoreApplication::translate("AccountView", "&Post"));
        buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("postDocumentButton"));
        connect(buttons, &QDialogButtonBox::accepted, this, &DocumentDialog::post);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(m_message);
        layout->addWidget(buttons);
    }

private:
    void post()
    {
        const auto amount = parseAmountInput(m_amount->text(), m_currency);
        if (!amount || *amount <= 0) {
            m_message->setText(QCoreApplication::translate("AccountView", "amount: type an amount greater than zero"));
            return;
        }
        LedgerService ledger(m_session);
        Status result;
        if (m_kind == Kind::Invoice) {
            Invoice invoice;
            invoice.number = m_number->text();
            invoice.issueDate = m_issue->date();
            invoice.dueDate = m_due->date();
            invoice.amount = *amount;
            const auto posted = ledger.postInvoice(invoice, m_customerCode);
            if (!posted)
                result = std::unexpected(posted.error());
        } else {
            CreditNote note;
            note.number = m_number->text();
            note.issueDate = m_issue->date();
            note.amount = *amount;
            note.reason = m_reason->text().trimmed();
            const auto posted = ledger.postCreditNote(note, m_customerCode);
            if (!posted)
                result = std::unexpected(posted.error());
        }
        if (!result) {
            m_message->setText(result.error().message);
            return;
        }
        accept();
    }

    Session &m_session;
    Kind m_kind;
    QString m_customerCode;
    QString m_currency;
    QLineEdit *m_number;
    QDateEdit *m_issue;
    QDateEdit *m_due;
    QLineEdit *m_amount;
    QLineEdit *m_reason;
    QLabel *m_message;
};

} // namespace

AccountView::AccountView(QWidget *parent) : QWidget(parent), m_today(QDate::currentDate())
{
    setObjectName(QStringLiteral("accountView"));
    buildHeader();
    buildTabs();
    updateButtons();
}

AccountView::~AccountView()
{
    setSession(nullptr);
}

void AccountView::buildHeader()
{
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    auto *back = new QPushButton(tr("← Customers"), this);
    back->setObjectName(QStringLiteral("accountBackButton"));
    back->setFlat(true);
    connect(back, &QPushButton::clicked, this, &AccountView::backRequested);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("accountTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    top->addWidget(back);
    top->addWidget(m_title, 1);
    auto addButton = [&](const char *name, const QString &text, void (AccountView::*slot)()) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(QString::fromLatin1(name));
        connect(button, &QPushButton::clicked, this, slot);
        top->addWidget(button);
        return button;
    };
    addButton("accountPostPayment", tr("Post &payment…"), &AccountView::postPayment);
    addButton("accountNewInvoice", tr("New &invoice…"), &AccountView::newInvoice);
    addButton("accountNewCreditNote", tr("New cre&dit note…"), &AccountView::newCreditNote);
    addButton("accountEditCustomer", tr("&Edit customer…"), &AccountView::editCustomer);
    m_requestWriteOff = addButton("accountRequestWriteOff", tr("Request &write-off…"), &AccountView::requestWriteOff);
    m_requestWriteOff->setToolTip(tr("A write-off of the selected open item, for an approver to post"));
    layout->addLayout(top);

    auto *header = new QFrame(this);
    header->setObjectName(QStringLiteral("accountHeader"));
    header->setFrameShape(QFrame::StyledPanel);
    auto *grid = new QGridLayout(header);
    int column = 0;
    auto figure = [&](const char *name, const QString &caption, int row) {
        auto *captionLabel = new QLabel(caption, header);
        captionLabel->setStyleSheet(QStringLiteral("color: palette(mid);"));
        auto *value = new QLabel(header);
        value->setObjectName(QString::fromLatin1(name));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(captionLabel, row * 2, column);
        grid->addWidget(value, row * 2 + 1, column);
        return value;
    };
    m_code = figure("accountCode", tr("Code"), 0);
    m_name = figure("accountName", tr("Name"), 1);
    ++column;
    m_balance = figure("accountBalance", tr("Balance"), 0);
    QFont bold = m_balance->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_balance->setFont(bold);
    m_overdue = figure("accountOverdue", tr("Overdue"), 1);
    ++column;
    m_oldestDays = figure("accountOldestDays", tr("Oldest days past due"), 0);
    m_terms = figure("accountTerms", tr("Terms"), 1);
    ++column;
    m_creditLimit = figure("accountCreditLimit", tr("Credit limit"), 0);
    m_utilization = figure("accountUtilization", tr("Utilization"), 1);
    ++column;
    m_collector = figure("accountCollector", tr("Collector"), 0);
    m_hold = figure("accountHold", tr("Credit hold"), 1);
    for (int c = 0; c <= column; ++c)
        grid->setColumnStretch(c, 1);
    layout->addWidget(header);

    // The hold in force, with its reasons, and its release for those who may.
    auto *holdRow = new QHBoxLayout;
    m_holdBadge = new CreditHoldBadge(this);
    m_releaseHold = new QPushButton(tr("Re&lease hold…"), this);
    m_releaseHold->setObjectName(QStringLiteral("accountReleaseHold"));
    m_releaseHold->hide();
    connect(m_releaseHold, &QPushButton::clicked, this, qOverload<>(&AccountView::releaseHold));
    holdRow->addWidget(m_holdBadge, 1);
    holdRow->addWidget(m_releaseHold, 0, Qt::AlignTop);
    layout->addLayout(holdRow);

    m_agingStrip = new QFrame(this);
    m_agingStrip->setObjectName(QStringLiteral("accountAging"));
    m_agingLayout = new QHBoxLayout(m_agingStrip);
    m_agingLayout->setContentsMargins(0, 0, 0, 0);
    m_agingLayout->setSpacing(2);
    layout->addWidget(m_agingStrip);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("accountMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();
    layout->addWidget(m_message);
}

void AccountView::buildTabs()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("accountTabs"));
    layout()->addWidget(m_tabs);
    static_cast<QVBoxLayout *>(layout())->setStretchFactor(m_tabs, 1);

    m_openItems = new InvoiceListModel(this);
    m_openItems->setStatus(InvoiceStatusFilter::Open);
    m_invoices = new InvoiceListModel(this);
    m_invoices->setStatus(InvoiceStatusFilter::All);
    m_invoices->sort(InvoiceListModel::IssueDate, Qt::DescendingOrder);
    m_payments = new PaymentListModel(this);
    for (QTableView *view : {makeTable("accountOpenItems", m_openItems, m_tabs),
                             makeTable("accountInvoices", m_invoices, m_tabs)}) {
        view->setColumnHidden(InvoiceListModel::Customer, true);
        view->setColumnHidden(InvoiceListModel::CustomerName, true);
        view->horizontalHeader()->setStretchLastSection(false);
        view->setSortingEnabled(true);
        view->horizontalHeader()->setSortIndicatorShown(true);
        // Open items oldest due first; all invoices newest first.
        if (view->model() == m_openItems)
            view->sortByColumn(InvoiceListModel::DueDate, Qt::AscendingOrder);
        else
            view->sortByColumn(InvoiceListModel::IssueDate, Qt::DescendingOrder);
    }
    m_openItemsView = m_tabs->findChild<QTableView *>(QStringLiteral("accountOpenItems"));
    connect(m_openItemsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AccountView::updateButtons);
    m_tabs->addTab(m_openItemsView, tr("&Open items"));
    m_tabs->addTab(m_tabs->findChild<QTableView *>(QStringLiteral("accountInvoices")), tr("All in&voices"));

    // Payments, and the allocations of the selected one.
    auto *paymentsPage = new QWidget(m_tabs);
    m_paymentsView = makeTable("accountPayments", m_payments, paymentsPage);
    m_paymentsView->setColumnHidden(PaymentListModel::Customer, true);
    m_paymentsView->setColumnHidden(PaymentListModel::CustomerName, true);
    m_allocations = new RecordTableModel({tr("Invoice"), tr("Date"), tr("Amount"), tr("Reason"), tr("Status")}, this);
    m_allocationsView = makeTable("accountAllocations", m_allocations, paymentsPage);
    m_reversePayment = new QPushButton(tr("Reverse pa&yment…"), paymentsPage);
    m_reversePayment->setObjectName(QStringLiteral("reversePaymentButton"));
    m_reverseAllocation = new QPushButton(tr("Reverse a&llocation…"), paymentsPage);
    m_reverseAllocation->setObjectName(QStringLiteral("reverseAllocationButton"));
    m_applyPayment = new QPushButton(tr("Apply &unapplied cash…"), paymentsPage);
    m_applyPayment->setObjectName(QStringLiteral("applyPaymentButton"));
    connect(m_reversePayment, &QPushButton::clicked, this, &AccountView::reverseSelectedPayment);
    connect(m_reverseAllocation, &QPushButton::clicked, this, &AccountView::reverseSelectedAllocation);
    connect(m_applyPayment, &QPushButton::clicked, this, &AccountView::applySelectedPayment);
    connect(m_paymentsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AccountView::showAllocationsOfSelectedPayment);
    connect(m_allocationsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AccountView::updateButtons);
    connect(m_payments, &QAbstractItemModel::modelReset, this, &AccountView::showAllocationsOfSelectedPayment);
    auto *paymentButtons = new QHBoxLayout;
    paymentButtons->addWidget(m_reversePayment);
    paymentButtons->addWidget(m_reverseAllocation);
    paymentButtons->addWidget(m_applyPayment);
    paymentButtons->addStretch(1);
    auto *paymentsLayout = new QVBoxLayout(paymentsPage);
    auto *split = new QSplitter(Qt::Vertical, paymentsPage);
    split->addWidget(m_paymentsView);
    split->addWidget(m_allocationsView);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    paymentsLayout->addWidget(split, 1);
    paymentsLayout->addLayout(paymentButtons);
    m_paymentsView->horizontalHeader()->setStretchLastSection(false);
    m_tabs->addTab(paymentsPage, tr("Pa&yments"));

    auto *creditPage = new QWidget(m_tabs);
    m_creditNotes = new RecordTableModel(
            {tr("Number"), tr("Issued"), tr("Amount"), tr("Unapplied"), tr("Reason"), tr("Status")}, this);
    m_creditNotesView = makeTable("accountCreditNotes", m_creditNotes, creditPage);
    m_applyCreditNote = new QPushButton(tr("Apply credit &note…"), creditPage);
    m_applyCreditNote->setObjectName(QStringLiteral("applyCreditNoteButton"));
    connect(m_applyCreditNote, &QPushButton::clicked, this, &AccountView::applySelectedCreditNote);
    connect(m_creditNotesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AccountView::updateButtons);
    auto *creditLayout = new QVBoxLayout(creditPage);
    creditLayout->addWidget(m_creditNotesView, 1);
    creditLayout->addWidget(m_applyCreditNote, 0, Qt::AlignLeft);
    m_tabs->addTab(creditPage, tr("C&redit notes"));

    m_activity = new RecordTableModel({tr("When"), tr("Who"), tr("What"), tr("Details")}, this);
    auto *activityPage = new QWidget(m_tabs);
    QTableView *activityView = makeTable("accountActivity", m_activity, activityPage);
    // A letter or statement sent is on the timeline; "Open letter" opens its stored PDF again
    // (DocumentService::document; written to the temporary folder and handed to the viewer).
    auto *openLetter = new QPushButton(tr("&Open letter"), activityPage);
    openLetter->setObjectName(QStringLiteral("openLetterButton"));
    openLetter->setEnabled(false);
    auto letterOf = [this](const QModelIndex &index) -> Id {
        const RecordRow *row = index.isValid() ? m_activity->rowAt(index.row()) : nullptr;
        if (!row || row->cells.size() < 4)
            return 0;
        const QString action = row->cells[2].raw.toString();
        if (!action.startsWith(u"letter.") && !action.startsWith(u"statement.")
            && !action.startsWith(u"plan_agreement."))
            return 0;
        return QJsonDocument::fromJson(row->cells[3].raw.toString().toUtf8()).object().value(u"letter_id").toInteger();
    };
    auto open = [this, activityView, openLetter, letterOf] {
        const Id letterId = letterOf(activityView->currentIndex());
        if (!m_session || letterId == 0)
            return;
        const auto pdf = DocumentService(*m_session).document(letterId);
        if (!pdf)
            return showError(pdf.error().message);
        const QString path = QDir::temp().filePath(QStringLiteral("ardesk-letter-%1.pdf").arg(letterId));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(*pdf) != pdf->size())
            return showError(tr("The letter could not be written to %1.").arg(path));
        file.close();
        openLetter->setProperty("lastFile", path);
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    };
    connect(openLetter, &QPushButton::clicked, this, open);
    connect(activityView, &QTableView::doubleClicked, this, [letterOf, open](const QModelIndex &index) {
        if (letterOf(index) != 0)
            open();
    });
    connect(activityView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [openLetter, letterOf](const QModelIndex &current) { openLetter->setEnabled(letterOf(current) != 0); });
    connect(m_activity, &QAbstractItemModel::modelReset, openLetter, [openLetter] { openLetter->setEnabled(false); });
    auto *activityLayout = new QVBoxLayout(activityPage);
    activityLayout->addWidget(activityView, 1);
    activityLayout->addWidget(openLetter, 0, Qt::AlignLeft);
    m_tabs->addTab(activityPage, tr("Ac&tivity"));

    auto *contactsPage = new QWidget(m_tabs);
    m_contacts = new RecordTableModel({tr("Name"), tr("Role"), tr("Phone"), tr("E-mail"), tr("Time zone")}, this);
    m_contactsView = makeTable("accountContacts", m_contacts, contactsPage);
    auto *addContactButton = new QPushButton(tr("Add conta&ct…"), contactsPage);
    addContactButton->setObjectName(QStringLiteral("addContactButton"));
    m_editContact = new QPushButton(tr("Chan&ge contact…"), contactsPage);
    m_editContact->setObjectName(QStringLiteral("editContactButton"));
    m_deactivateContact = new QPushButton(tr("Deacti&vate contact"), contactsPage);
    m_deactivateContact->setObjectName(QStringLiteral("deactivateContactButton"));
    m_deactivateContact->setToolTip(tr("Someone who left: removed from the list, kept in the history"));
    connect(addContactButton, &QPushButton::clicked, this, &AccountView::addContactPerson);
    connect(m_editContact, &QPushButton::clicked, this, &AccountView::editSelectedContact);
    connect(m_contactsView, &QTableView::doubleClicked, this, &AccountView::editSelectedContact);
    connect(m_deactivateContact, &QPushButton::clicked, this, &AccountView::deactivateSelectedContact);
    connect(m_contactsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AccountView::updateButtons);
    auto *contactButtons = new QHBoxLayout;
    contactButtons->addWidget(addContactButton);
    contactButtons->addWidget(m_editContact);
    contactButtons->addWidget(m_deactivateContact);
    contactButtons->addStretch(1);
    auto *contactsLayout = new QVBoxLayout(contactsPage);
    contactsLayout->addWidget(m_contactsView, 1);
    contactsLayout->addLayout(contactButtons);
    m_tabs->addTab(contactsPage, tr("Co&ntacts"));

    auto *notesPage = new QWidget(m_tabs);
    m_notes = new RecordTableModel({tr("When"), tr("Who"), tr("Note")}, this);
    m_notesView = makeTable("accountNotes", m_notes, notesPage);
    m_noteText = new QLineEdit(notesPage);
    m_noteText->setObjectName(QStringLiteral("accountNoteText"));
    m_noteText->setPlaceholderText(tr("Write a note and press Enter"));
    m_notePinned = new QCheckBox(tr("Pin"), notesPage);
    m_notePinned->setObjectName(QStringLiteral("accountNotePinned"));
    auto *addNoteButton = new QPushButton(tr("Add note"), notesPage);
    addNoteButton->setObjectName(QStringLiteral("addNoteButton"));
    m_pinNote = new QPushButton(tr("Pin / unpin"), notesPage);
    m_pinNote->setObjectName(QStringLiteral("pinNoteButton"));
    auto add = [this] {
        if (addNote(m_noteText->text(), m_notePinned->isChecked())) {
            m_noteText->clear();
            m_notePinned->setChecked(false);
        }
    };
    connect(m_noteText, &QLineEdit::returnPressed, this, add);
    connect(addNoteButton, &QPushButton::clicked, this, add);
    connect(m_pinNote, &QPushButton::clicked, this, [this] {
        const auto id = selectedId(m_notesView);
        const RecordRow *row = m_notes->rowAt(m_notes->rowOf(id.value_or(0)));
        if (!id || !row || !m_session)
            return;
        if (auto done = AccountService(*m_session).setNotePinned(*id, !row->bold); !done)
            showError(done.error().message);
        else
            changed();
    });
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_noteText, 1);
    noteRow->addWidget(m_notePinned);
    noteRow->addWidget(addNoteButton);
    noteRow->addWidget(m_pinNote);
    auto *notesLayout = new QVBoxLayout(notesPage);
    notesLayout->addWidget(m_notesView, 1);
    notesLayout->addLayout(noteRow);
    m_tabs->addTab(notesPage, tr("Note&s"));

    m_holdHistory = new SearchableTable(QStringLiteral("accountHoldHistory"),
                                        {tr("Set on"), tr("Reasons"), tr("Released on"), tr("Released by"),
                                         tr("Release reason")},
                                        m_tabs);
    m_tabs->addTab(m_holdHistory, tr("Credit &holds"));

    m_plans = new AccountPlansWidget(m_tabs);
    connect(m_plans, &AccountPlansWidget::changed, this, &AccountView::changed);
    m_tabs->addTab(m_plans, tr("P&ayment plans"));
}

void AccountView::setSidePanel(QWidget *panel)
{
    auto *box = static_cast<QVBoxLayout *>(layout());
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("accountSplitter"));
    split->setChildrenCollapsible(false);
    delete box->replaceWidget(m_tabs, split);
    split->addWidget(m_tabs);
    split->addWidget(panel);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    box->setStretchFactor(split, 1);
}

void AccountView::setSession(Session *session)
{
    m_session = session;
    for (PagedTableModel *model : {static_cast<PagedTableModel *>(m_openItems),
                                   static_cast<PagedTableModel *>(m_invoices),
                                   static_cast<PagedTableModel *>(m_payments)}) {
        if (model)
            model->setSession(nullptr);
    }
    if (!session)
        m_customerId.reset();
}

void AccountView::setToday(QDate today)
{
    m_today = today;
    for (PagedTableModel *model : {static_cast<PagedTableModel *>(m_openItems),
                                   static_cast<PagedTableModel *>(m_invoices),
                                   static_cast<PagedTableModel *>(m_payments)})
        model->setAsOf(today);
}

void AccountView::showCustomer(Id customerId)
{
    m_customerId = customerId;
    m_openItems->setCustomer(customerId);
    m_invoices->setCustomer(customerId);
    m_payments->setCustomer(customerId);
    for (PagedTableModel *model : {static_cast<PagedTableModel *>(m_openItems),
                                   static_cast<PagedTableModel *>(m_invoices),
                                   static_cast<PagedTableModel *>(m_payments)}) {
        model->setAsOf(m_today);
        if (model->session() != m_session)
            model->setSession(m_session);
    }
    refresh();
}

void AccountView::refresh()
{
    m_message->hide();
    if (!m_session || !m_customerId)
        return;
    readHeader();
    m_plans->show(m_session, *m_customerId, m_customerCode, m_today);
    readAging();
    readLists();
    updateButtons();
}

void AccountView::readHeader()
{
    const auto header = AccountService(*m_session).header(*m_customerId, m_today);
    if (!header) {
        showError(header.error().message);
        return;
    }
    const Customer &c = header->customer;
    const AccountFigures &f = header->figures;
    m_customerCode = c.code;
    m_currency = c.currency;
    m_title->setText(QStringLiteral("%1 · %2").arg(c.code, c.name));
    m_code->setText(c.code);
    m_name->setText(c.name);
    m_balance->setText(formatMoney(header->balance(), c.currency));
    m_balance->setToolTip(tr("Open %1, unapplied cash %2, unapplied credit notes %3")
                                  .arg(formatMoney(f.open, c.currency), formatMoney(f.unappliedCash, c.currency),
                                       formatMoney(f.unappliedCredit, c.currency)));
    m_overdue->setText(formatMoney(f.overdue, c.currency));
    m_oldestDays->setText(header->oldestDaysPastDue > 0 ? tr("%n day(s)", nullptr, int(header->oldestDaysPastDue))
                                                        : tr("none past due"));
    m_terms->setText(tr("net %n day(s)", nullptr, c.termsDays));
    m_creditLimit->setText(c.creditLimit ? formatMoney(*c.creditLimit, c.currency) : tr("no limit set"));
    if (header->utilizationBasisPoints) {
        const qint64 bp = *header->utilizationBasisPoints;
        m_utilization->setText(formatPercent(double(bp) / 100.0, 1));
        m_utilization->setStyleSheet(bp > 10000 ? QStringLiteral("color: #b00020; font-weight: bold;") : QString());
    } else {
        m_utilization->setText(QStringLiteral("—"));
        m_utilization->setStyleSheet({});
    }
    m_collector->setText(f.collectorName.isEmpty() ? tr("not assigned")
                                                   : QStringLiteral("%1 (%2)").arg(f.collectorName, f.collectorLogin));
    m_hold->setText(f.onHold ? (f.holdReason.isEmpty() ? tr("ON HOLD") : tr("ON HOLD (%1)").arg(f.holdReason))
                             : tr("no hold"));
    m_hold->setStyleSheet(f.onHold ? QStringLiteral("color: #b00020; font-weight: bold;") : QString());
    m_holdBadge->showFor(m_session, c.code, c.currency);
    if (m_holdBadge->onHold())
        m_hold->setText(m_holdBadge->shortText());
}

void AccountView::readAging()
{
    for (QLabel *label : m_agingLabels)
        delete label;
    m_agingLabels.clear();
    const AgingBuckets buckets;
    const auto report = BookService::aging(*m_session, m_today, AgingBasis::DueDate, buckets, AgingGrouping::Total,
                                           *m_customerId);
    if (!report) {
        showError(report.error().message);
        return;
    }
    AgingLine line;
    line.currency = m_currency;
    line.buckets.assign(std::size_t(buckets.bucketCount()), 0);
    for (const AgingLine &l : report->currencies)
        if (l.currency == m_currency)
            line = l;
    static const char *const kColors[] = {"#e6f4ea", "#fef7e0", "#fde7cf", "#fbd3c4", "#f6b8b8", "#f19999"};
    const QStringList labels = buckets.labels();
    for (int i = 0; i < buckets.bucketCount(); ++i) {
        const MinorUnits amount = std::size_t(i) < line.buckets.size() ? line.buckets[std::size_t(i)] : 0;
        auto *label = new QLabel(m_agingStrip);
        label->setObjectName(QStringLiteral("agingBucket%1").arg(i));
        const QString caption = i == 0 ? tr("current") : tr("%1 days").arg(labels.value(i));
        label->setText(QStringLiteral("<small>%1</small><br><b>%2</b>")
                               .arg(caption.toHtmlEscaped(),
                                    formatAmount(amount, m_currency).toHtmlEscaped()));
        label->setProperty("amount", QVariant::fromValue<qint64>(amount));
        label->setAlignment(Qt::AlignCenter);
        label->setStyleSheet(QStringLiteral("background: %1; padding: 4px 8px; border-radius: 3px;")
                                     .arg(QLatin1String(kColors[std::min(i, 5)])));
        m_agingLayout->addWidget(label, 1);
        m_agingLabels.push_back(label);
    }
    // Items on an active payment plan, apart (they stay in their buckets too).
    auto *onPlans = new QLabel(m_agingStrip);
    onPlans->setObjectName(QStringLiteral("agingOnPlans"));
    onPlans->setProperty("amount", QVariant::fromValue<qint64>(m_plans->openOnActivePlans()));
    onPlans->setText(QStringLiteral("<small>%1</small><br><b>%2</b>")
                             .arg(tr("on plans").toHtmlEscaped(),
                                  formatAmount(m_plans->openOnActivePlans(), m_currency).toHtmlEscaped()));
    onPlans->setToolTip(tr("Open amount of the items on an active payment plan (included in the buckets)"));
    onPlans->setAlignment(Qt::AlignCenter);
    onPlans->setStyleSheet(QStringLiteral("background: #ede7f6; padding: 4px 8px; border-radius: 3px;"));
    m_agingLayout->addWidget(onPlans, 1);
    m_agingLabels.push_back(onPlans);
    auto *unapplied = new QLabel(m_agingStrip);
    unapplied->setObjectName(QStringLiteral("agingUnapplied"));
    const MinorUnits onAccount = line.unappliedCash + line.unappliedCredits;
    unapplied->setProperty("amount", QVariant::fromValue<qint64>(onAccount));
    unapplied->setText(QStringLiteral("<small>%1</small><br><b>%2</b>")
                               .arg(tr("unapplied").toHtmlEscaped(),
                                    formatAmount(onAccount, m_currency).toHtmlEscaped()));
    unapplied->setAlignment(Qt::AlignCenter);
    unapplied->setStyleSheet(QStringLiteral("background: #e3ecfa; padding: 4px 8px; border-radius: 3px;"));
    m_agingLayout->addWidget(unapplied, 1);
    m_agingLabels.push_back(unapplied);
}

void AccountView::readLists()
{
    m_openItems->reload();
    m_invoices->reload();
    m_payments->reload();
    AccountService accounts(*m_session);
    if (const auto notes = accounts.creditNotes(*m_customerId)) {
        std::vector<RecordRow> rows;
        for (const CreditNoteRow &n : *notes) {
            RecordRow row{n.id,
                          {{n.number, {}},
                           {formatDate(n.issueDate), n.issueDate},
                           RecordCell::number(formatAmount(n.amount, n.currency), QVariant::fromValue<qint64>(n.amount)),
                           RecordCell::number(formatAmount(n.unapplied, n.currency),
                                              QVariant::fromValue<qint64>(n.unapplied)),
                           {n.reason, {}},
                           {n.reversedDate.isValid() ? tr("reversed %1").arg(formatDate(n.reversedDate))
                            : n.unapplied > 0        ? tr("open")
                                                     : tr("applied"),
                            {}}},
                          n.reversedDate.isValid(),
                          false};
            rows.push_back(std::move(row));
        }
        m_creditNotes->setRows(std::move(rows));
    }
    if (const auto holds = CreditService(*m_session).holdHistory(m_customerCode)) {
        QHash<Id, QString> staff;
        if (m_session->can(Action::LogContact))
            if (const auto users = CollectionService(*m_session).deskUsers())
                for (const DeskUser &u : *users)
                    staff.insert(u.id, u.login);
        std::vector<RecordRow> rows;
        for (const CreditHoldRecord &h : *holds) {
            QString by;
            if (h.releasedBy)
                by = staff.value(*h.releasedBy, QStringLiteral("#%1").arg(*h.releasedBy));
            else if (h.releasedDate.isValid())
                by = tr("owner");
            rows.push_back({h.id,
                            {{formatDate(h.setDate), h.setDate},
                             {holdReasons(h, m_currency).join(QStringLiteral("; ")), {}},
                             {h.releasedDate.isValid() ? formatDate(h.releasedDate) : tr("in force"),
                              h.releasedDate.isValid() ? QVariant(h.releasedDate) : QVariant(QDate(9999, 12, 31))},
                             {by, {}},
                             {h.releaseReason, {}}},
                            h.releasedDate.isValid(),
                            !h.releasedDate.isValid()});
        }
        m_holdHistory->model()->setRows(std::move(rows));
        m_holdHistory->view()->sortByColumn(0, Qt::DescendingOrder);
    }
    if (const auto activity = accounts.activity(*m_customerId)) {
        std::vector<RecordRow> rows;
        for (const ActivityRow &a : *activity)
            rows.push_back({a.id,
                            {{localTime(a.at), a.at},
                             {a.userLogin.isEmpty() ? tr("owner") : a.userLogin, {}},
                             {activityText(a.action), a.action},
                             {detailsText(a.details), a.details}},
                            false,
                            false});
        m_activity->setRows(std::move(rows));
    }
    if (const auto contacts = accounts.contacts(*m_customerId)) {
        std::vector<RecordRow> rows;
        for (const ContactPersonRow &p : *contacts)
            rows.push_back({p.id, {{p.name, {}}, {p.role, {}}, {p.phone, {}}, {p.email, {}}, {p.timeZone, {}}},
                            false, p.primary});
        m_contacts->setRows(std::move(rows));
    }
    if (const auto notes = accounts.notes(*m_customerId)) {
        std::vector<RecordRow> rows;
        for (const NoteRow &n : *notes)
            rows.push_back({n.id,
                            {{localTime(n.at), n.at},
                             {n.userLogin.isEmpty() ? tr("owner") : n.userLogin, {}},
                             {(n.pinned ? QStringLiteral("📌 ") : QString()) + n.text, n.text}},
                            false,
                            n.pinned});
        m_notes->setRows(std::move(rows));
    }
    showAllocationsOfSelectedPayment();
    for (QTableView *view : m_tabs->findChildren<QTableView *>())
        view->resizeColumnsToContents();
}

void AccountView::showAllocationsOfSelectedPayment()
{
    const auto paymentId = selectedId(m_paymentsView);
    std::vector<RecordRow> rows;
    if (paymentId && m_session) {
        if (const auto allocations = AccountService(*m_session).allocations(AllocationSource::Payment, *paymentId)) {
            for (const AllocationRow &a : *allocations) {
                const QString status = a.reversesId ? tr("reversing entry")
                        : a.reversed               ? tr("reversed")
                                                   : tr("applied");
                rows.push_back({a.id,
                                {{a.invoiceNumber, {}},
                                 {formatDate(a.date), a.date},
                                 RecordCell::number(formatAmount(a.amount, m_currency),
                                                    QVariant::fromValue<qint64>(a.amount)),
                                 {a.reasonCode, {}},
                                 {status, {}}},
                                a.reversed || a.reversesId.has_value(),
                                false});
            }
        }
    }
    m_allocations->setRows(std::move(rows));
    updateButtons();
}

std::optional<Id> AccountView::selectedId(QTableView *view) const
{
    const QModelIndex current = view->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    const QVariant id = current.siblingAtColumn(0).data(PagedTableModel::RowIdRole);
    static_assert(int(PagedTableModel::RowIdRole) == int(RecordTableModel::RowIdRole));
    if (!id.isValid())
        return std::nullopt;
    return id.toLongLong();
}

void AccountView::updateButtons()
{
    const bool can = m_session && m_customerId;
    const PaymentListRow *payment = m_payments->rowAt(m_paymentsView->currentIndex().row());
    m_reversePayment->setEnabled(can && payment && !payment->reversed);
    m_applyPayment->setEnabled(can && payment && !payment->reversed && payment->unapplied > 0);
    const RecordRow *allocation = m_allocations->rowAt(m_allocationsView->currentIndex().row());
    m_reverseAllocation->setEnabled(can && allocation && !allocation->dimmed);
    const auto noteId = selectedId(m_creditNotesView);
    bool noteOpen = false;
    if (noteId) {
        const RecordRow *row = m_creditNotes->rowAt(m_creditNotes->rowOf(*noteId));
        noteOpen = row && !row->dimmed && row->cells[3].raw.toLongLong() > 0;
    }
    m_applyCreditNote->setEnabled(can && noteOpen);
    m_pinNote->setEnabled(can && m_notesView->currentIndex().isValid());
    const bool contact = can && selectedId(m_contactsView).has_value();
    const bool mayEdit = can && m_session->can(Action::EditCustomers) && !m_session->book().isReadOnly();
    const InvoiceListRow *openItem = m_openItemsView->currentIndex().isValid()
            ? m_openItems->rowAt(m_openItemsView->currentIndex().row())
            : nullptr;
    const bool mayRequest = can && (m_session->can(Action::LogContact) || m_session->can(Action::ManageDisputes))
            && !m_session->book().isReadOnly();
    m_requestWriteOff->setEnabled(mayRequest && openItem && openItem->open > 0);
    m_releaseHold->setVisible(can && m_holdBadge->onHold());
    m_releaseHold->setEnabled(can && m_session->can(Action::ReleaseHold) && !m_session->book().isReadOnly());
    m_releaseHold->setToolTip(m_releaseHold->isEnabled() ? QString()
                                                         : tr("Only a supervisor or a manager may release a hold"));
    m_editContact->setEnabled(contact && mayEdit);
    m_deactivateContact->setEnabled(contact && mayEdit);
}

void AccountView::releaseHold()
{
    if (!m_session || !m_customerId)
        return;
    ReleaseHoldDialog dialog(*m_session, m_customerCode, m_currency, m_today, this);
    if (dialog.exec() == QDialog::Accepted)
        changed();
}

void AccountView::requestWriteOff()
{
    if (!m_session || !m_customerId || !m_openItemsView->currentIndex().isValid())
        return;
    const InvoiceListRow *row = m_openItems->rowAt(m_openItemsView->currentIndex().row());
    if (!row)
        return;
    WriteOffRequestDialog dialog(*m_session, row->number, row->open, row->currency, this);
    if (dialog.exec() == QDialog::Accepted)
        changed();
}

Status AccountView::releaseHold(QDate date, const QString &reason)
{
    if (!m_session || !m_customerId)
        return std::unexpected(Error::invalid(tr("no customer is shown")));
    if (auto released = CreditService(*m_session).releaseHold(m_customerCode, date, reason); !released)
        return released;
    changed();
    return {};
}

void AccountView::showError(const QString &message)
{
    m_message->setText(message);
    m_message->show();
}

void AccountView::changed()
{
    refresh();
    Q_EMIT bookChanged();
}

Status AccountView::reversePayment(Id paymentId, QDate date, const QString &reason)
{
    if (!m_session)
        return std::unexpected(Error::invalid(tr("no book is open")));
    const auto done = LedgerService(*m_session).reversePayment(paymentId, date, reason);
    if (!done) {
        showError(done.error().message);
        return std::unexpected(done.error());
    }
    changed();
    return {};
}

Status AccountView::reverseAllocation(Id allocationId, QDate date, const QString &reason)
{
    if (!m_session)
        return std::unexpected(Error::invalid(tr("no book is open")));
    const auto done = LedgerService(*m_session).reverseAllocation(allocationId, date, reason);
    if (!done) {
        showError(done.error().message);
        return std::unexpected(done.error());
    }
    changed();
    return {};
}

Status AccountView::addNote(const QString &text, bool pinned)
{
    if (!m_session || !m_customerId)
        return std::unexpected(Error::invalid(tr("no customer is shown")));
    const auto done = AccountService(*m_session).addNote(*m_customerId, text, pinned);
    if (!done) {
        showError(done.error().message);
        return std::unexpected(done.error());
    }
    changed();
    return {};
}

void AccountView::postPayment()
{
    if (!m_session || !m_customerId)
        return;
    PaymentDialog dialog(*m_session, m_today, this);
    dialog.setCustomer(*m_customerId);
    connect(&dialog, &PaymentDialog::posted, this, [this] { changed(); });
    dialog.exec();
}

void AccountView::editCustomer()
{
    if (!m_session || !m_customerId)
        return;
    const auto header = AccountService(*m_session).header(*m_customerId, m_today);
    if (!header)
        return showError(header.error().message);
    CustomerDialog dialog(*m_session, header->customer, this);
    if (dialog.exec() == QDialog::Accepted)
        changed();
}

void AccountView::newInvoice()
{
    if (!m_session || !m_customerId)
        return;
    const auto header = AccountService(*m_session).header(*m_customerId, m_today);
    if (!header)
        return showError(header.error().message);
    DocumentDialog dialog(*m_session, DocumentDialog::Kind::Invoice, m_customerCode, m_currency,
                          header->customer.termsDays, m_today, this);
    if (dialog.exec() == QDialog::Accepted)
        changed();
}

void AccountView::newCreditNote()
{
    if (!m_session || !m_customerId)
        return;
    DocumentDialog dialog(*m_session, DocumentDialog::Kind::CreditNote, m_customerCode, m_currency, 0, m_today, this);
    if (dialog.exec() == QDialog::Accepted)
        changed();
}

void AccountView::reverseSelectedPayment()
{
    const PaymentListRow *payment = m_payments->rowAt(m_paymentsView->currentIndex().row());
    if (!payment || !m_session)
        return;
    ReversalDialog dialog(tr("Reverse payment"),
                          tr("Reverse payment %1 of %2 received %3? Its applications are undone on the reversal date "
                             "and it no longer counts from then on.")
                                  .arg(payment->reference, formatMoney(payment->amount, payment->currency),
                                       formatDate(payment->receivedDate)),
                          payment->receivedDate, m_today, this);
    if (dialog.exec() == QDialog::Accepted)
        (void)reversePayment(payment->id, dialog.date(), dialog.reason());
}

void AccountView::reverseSelectedAllocation()
{
    const RecordRow *row = m_allocations->rowAt(m_allocationsView->currentIndex().row());
    if (!row || !m_session)
        return;
    const QDate date = row->cells[1].raw.toDate();
    ReversalDialog dialog(tr("Reverse allocation"),
                          tr("Take %1 back off invoice %2? The money becomes unapplied cash again.")
                                  .arg(row->cells[2].text, row->cells[0].text),
                          date, m_today, this);
    if (dialog.exec() == QDialog::Accepted)
        (void)reverseAllocation(row->id, dialog.date(), dialog.reason());
}

void AccountView::applySource(AllocationSource source, Id sourceId, MinorUnits available, QDate earliest)
{
    AllocateDialog dialog(*m_session, *m_customerId, m_currency, available, std::max(m_today, earliest), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    LedgerService ledger(*m_session);
    for (const ApplyLine &line : dialog.items()->lines()) {
        if (line.apply <= 0)
            continue;
        const QDate date = std::max(dialog.date(), line.issueDate);
        if (const auto done = ledger.allocate(source, sourceId, line.invoiceId, line.apply, date); !done) {
            showError(done.error().message);
            break;
        }
    }
    changed();
}

void AccountView::applySelectedPayment()
{
    const PaymentListRow *payment = m_payments->rowAt(m_paymentsView->currentIndex().row());
    if (payment && m_session && m_customerId)
        applySource(AllocationSource::Payment, payment->id, payment->unapplied, payment->receivedDate);
}

void AccountView::applySelectedCreditNote()
{
    const auto id = selectedId(m_creditNotesView);
    const RecordRow *row = m_creditNotes->rowAt(m_creditNotes->rowOf(id.value_or(0)));
    if (row && m_session && m_customerId)
        applySource(AllocationSource::CreditNote, row->id, row->cells[3].raw.toLongLong(), row->cells[1].raw.toDate());
}

} // namespace ardesk

namespace ardesk {

Status AccountView::addContact(const ContactPersonRow &contact)
{
    if (!m_session || !m_customerId)
        return std::unexpected(Error::invalid(tr("no customer is shown")));
    if (auto added = AccountService(*m_session).addContact(*m_customerId, contact); !added)
        return std::unexpected(added.error());
    changed();
    return {};
}

Status AccountView::updateContact(const ContactPersonRow &contact)
{
    if (!m_session)
        return std::unexpected(Error::invalid(tr("no customer is shown")));
    if (auto done = AccountService(*m_session).updateContact(contact.id, contact); !done)
        return std::unexpected(done.error());
    changed();
    return {};
}

Status AccountView::deactivateContact(Id contactId)
{
    if (!m_session)
        return std::unexpected(Error::invalid(tr("no customer is shown")));
    if (auto done = AccountService(*m_session).deactivateContact(contactId); !done) {
        showError(done.error().message);
        return std::unexpected(done.error());
    }
    changed();
    return {};
}

void AccountView::addContactPerson()
{
    if (!m_session || !m_customerId)
        return;
    ContactDialog dialog({}, [this](const ContactPersonRow &c) { return addContact(c); }, this);
    dialog.exec();
}

void AccountView::editSelectedContact()
{
    const auto id = selectedId(m_contactsView);
    if (!m_session || !id)
        return;
    const auto contacts = AccountService(*m_session).contacts(*m_customerId);
    if (!contacts)
        return;
    for (const ContactPersonRow &c : *contacts)
        if (c.id == *id) {
            ContactDialog dialog(c, [this](const ContactPersonRow &edited) { return updateContact(edited); }, this);
            dialog.exec();
            return;
        }
}

void AccountView::deactivateSelectedContact()
{
    const auto id = selectedId(m_contactsView);
    const RecordRow *row = m_contacts->rowAt(m_contacts->rowOf(id.value_or(0)));
    if (!m_session || !id || !row)
        return;
    if (QMessageBox::question(this, tr("Deactivate contact person"),
                              tr("Deactivate %1? They leave this list; the history keeps them.")
                                      .arg(row->cells.front().text))
        != QMessageBox::Yes)
        return;
    deactivateContact(*id);
}

} // namespace ardesk
