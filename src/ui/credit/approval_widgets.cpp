#include "approval_widgets.h"

#include "searchable_table.h"

#include "services/collection_service.h"
#include "ui/common/when_shown.h"
#include "ui/account/record_table_model.h"
#include "ui/common/display_format.h"
#include "ui/payments/amount_input.h"

#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ardesk {

namespace {

constexpr int kReasonColumn = 4; // Requested, Customer, Invoice, Amount, Reason, ...

QLabel *messageLabel(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

} // namespace

// --- the request ------------------------------------------------------------------------------------

WriteOffRequestDialog::WriteOffRequestDialog(Session &session, const QString &invoiceNumber, MinorUnits open,
                                             const QString &currency, QWidget *parent)
    : QDialog(parent), m_session(session), m_invoice(invoiceNumber), m_currency(currency), m_open(open)
{
    setObjectName(QStringLiteral("writeOffRequestDialog"));
    setWindowTitle(tr("Request write-off"));
    auto *intro = new QLabel(tr("Invoice %1 has %2 open. The write-off is posted only when an approver whose limit "
                                "covers the amount approves it.")
                                     .arg(invoiceNumber, formatMoney(open, currency)),
                             this);
    intro->setWordWrap(true);
    m_amount = new QLineEdit(formatAmount(open, currency), this);
    m_amount->setObjectName(QStringLiteral("writeOffAmount"));
    m_amount->setAlignment(Qt::AlignRight);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("writeOffReason"));
    m_reason->setPlaceholderText(tr("e.g. customer insolvent, claim filed with the administrator"));
    m_message = messageLabel("writeOffMessage", this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Request"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("writeOffOk"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &WriteOffRequestDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_amount, &QLineEdit::textChanged, this, &WriteOffRequestDialog::updateOk);
    connect(m_reason, &QLineEdit::textChanged, this, &WriteOffRequestDialog::updateOk);

    auto *form = new QFormLayout;
    form->addRow(tr("&Amount (%1):").arg(currency), m_amount);
    form->addRow(tr("Rea&son:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(460, sizeHint().height());
    updateOk();
    m_reason->setFocus();
}

void WriteOffRequestDialog::updateOk()
{
    const auto amount = parseAmountInput(m_amount->text(), m_currency);
    const bool amountOk = amount && *amount > 0 && *amount <= m_open;
    m_amount->setStyleSheet(amountOk || m_amount->text().isEmpty() ? QString()
                                                                   : QStringLiteral("background: #fde8e8;"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(amountOk && !m_reason->text().trimmed().isEmpty());
}

void WriteOffRequestDialog::accept()
{
    const auto amount = parseAmountInput(m_amount->text(), m_currency);
    if (!amount)
        return;
    const auto requested = ApprovalService(m_session).requestWriteOff(m_invoice, *amount, m_reason->text().trimmed());
    if (!requested) {
        m_message->setText(requested.error().message);
        m_message->show();
        return;
    }
    m_requestId = *requested;
    QDialog::accept();
}

// --- the note of a decision -----------------------------------------------------------------------------

ApprovalNoteDialog::ApprovalNoteDialog(const QString &title, const QString &what, bool noteRequired, QDate date,
                                       QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("approvalNoteDialog"));
    setWindowTitle(title);
    auto *text = new QLabel(what, this);
    text->setWordWrap(true);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("approvalNote"));
    m_note->setPlaceholderText(noteRequired ? tr("Why (required; the collector reads it)") : tr("Optional note"));
    auto *form = new QFormLayout;
    if (date.isValid()) {
        m_date = new QDateEdit(date, this);
        m_date->setObjectName(QStringLiteral("approvalNoteDate"));
        m_date->setCalendarPopup(true);
        m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        form->addRow(tr("Posting &date:"), m_date);
    }
    form->addRow(tr("&Note:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(title);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("approvalNoteOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (noteRequired) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        connect(m_note, &QLineEdit::textChanged, this, [buttons](const QString &t) {
            buttons->button(QDialogButtonBox::Ok)->setEnabled(!t.trimmed().isEmpty());
        });
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(440, sizeHint().height());
    m_note->setFocus();
}

QString ApprovalNoteDialog::note() const
{
    return m_note->text().trimmed();
}

QDate ApprovalNoteDialog::date() const
{
    return m_date ? m_date->date() : QDate();
}

// --- the queue ----------------------------------------------------------------------------------------

ApprovalQueueWidget::ApprovalQueueWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("approvalQueuePage"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("approvalLimit"));
    m_summary->setWordWrap(true);
    m_table = new SearchableTable(QStringLiteral("approvalQueue"),
                                  {tr("Requested"), tr("Customer"), tr("Invoice"), tr("Amount"), tr("Reason"),
                                   tr("Requested by"), tr("Within my limit")},
                                  this);
    // The whole reason, never cut: the Reason column takes the free width and wraps, each row
    // as high as its reason; the selected request's reason is also shown in full below.
    QHeaderView *header = m_table->view()->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(kReasonColumn, QHeaderView::Stretch);
    m_table->view()->setWordWrap(true);
    m_table->view()->setTextElideMode(Qt::ElideNone);
    m_table->view()->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("approvalDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setFrameShape(QFrame::StyledPanel);
    m_detail->setMargin(6);
    m_detail->hide();
    m_approve = new QPushButton(tr("&Approve…"), this);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_reject = new QPushButton(tr("Re&ject…"), this);
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    m_open = new QPushButton(tr("Open a&ccount"), this);
    m_open->setObjectName(QStringLiteral("approvalOpenAccount"));
    m_message = messageLabel("approvalMessage", this);
    connect(m_approve, &QPushButton::clicked, this, &ApprovalQueueWidget::approveSelected);
    connect(m_reject, &QPushButton::clicked, this, &ApprovalQueueWidget::rejectSelected);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const ApprovalQueueItem *item = selected())
            Q_EMIT openAccount(item->request.customerId);
    });
    connect(m_table, &SearchableTable::currentChanged, this, &ApprovalQueueWidget::updateButtons);
    connect(m_table, &SearchableTable::activated, this, [this] {
        if (const ApprovalQueueItem *item = selected())
            Q_EMIT openAccount(item->request.customerId);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_approve);
    buttons->addWidget(m_reject);
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_detail);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    updateButtons();
}

void ApprovalQueueWidget::setSession(Session *session)
{
    m_session = session;
    if (!session)
        reload(); // empties it
    else
        whenShown(this, [this] { reload(); }); // not before the window's first paint
}

void ApprovalQueueWidget::reload()
{
    m_items.clear();
    m_table->model()->setRows({});
    if (!m_session || !m_session->can(Action::ApproveWriteOff)) {
        m_summary->setText(tr("Your role does not approve write-offs."));
        updateButtons();
        return;
    }
    const auto queue = ApprovalService(*m_session).queue();
    if (!queue) {
        showMessage(queue.error().message, true);
        updateButtons();
        return;
    }
    m_items = *queue;
    // Who asked: the staff by id.
    QHash<Id, QString> staff;
    if (m_session->can(Action::LogContact))
        if (const auto users = CollectionService(*m_session).deskUsers())
            for (const DeskUser &u : *users)
                staff.insert(u.id, u.login);
    std::vector<RecordRow> rows;
    for (const ApprovalQueueItem &item : m_items) {
        const AdjustmentRequest &r = item.request;
        const QDateTime at = QDateTime::fromString(r.requestedAt, Qt::ISODateWithMs);
        const QString who = r.requestedBy ? staff.value(*r.requestedBy, QStringLiteral("#%1").arg(*r.requestedBy))
                                          : tr("owner");
        rows.push_back({r.id,
                        {{at.isValid() ? formatDate(at.toLocalTime().date()) : r.requestedAt, r.requestedAt},
                         {r.customerCode, {}},
                         {r.invoiceNumber, {}},
                         RecordCell::number(formatMoney(r.amount, r.currency), QVariant::fromValue<qint64>(r.amount)),
                         {r.reason, {}},
                         {who, {}},
                         {item.withinMyLimit ? tr("yes") : tr("no: a higher role approves"), item.withinMyLimit}},
                        !item.withinMyLimit,
                        false});
    }
    m_table->model()->setRows(std::move(rows));
    QStringList limits;
    if (const auto all = ApprovalService(*m_session).limits())
        for (const ApprovalLimit &l : *all)
            if (l.role == roleKey(m_session->actor().role))
                limits << (l.maxAmount ? formatMoney(*l.maxAmount, l.currency) : tr("no limit"));
    m_summary->setText(tr("%n request(s) waiting. You approve up to: %1. Nobody approves their own request.", nullptr,
                          int(m_items.size()))
                               .arg(limits.isEmpty() ? tr("nothing (no limit for your role)")
                                                     : limits.join(QStringLiteral(", "))));
    if (m_table->proxy()->rowCount() > 0 && !m_table->view()->currentIndex().isValid())
        m_table->view()->selectRow(0);
    updateButtons();
}

const ApprovalQueueItem *ApprovalQueueWidget::selected() const
{
    const auto id = m_table->currentId();
    if (!id)
        return nullptr;
    for (const ApprovalQueueItem &item : m_items)
        if (item.request.id == *id)
            return &item;
    return nullptr;
}

void ApprovalQueueWidget::updateButtons()
{
    const ApprovalQueueItem *item = selected();
    const bool writable = m_session && !m_session->book().isReadOnly() && m_session->can(Action::ApproveWriteOff);
    const bool own = item && item->request.requestedBy && item->request.requestedBy == m_session->actor().userId;
    m_approve->setEnabled(writable && item && item->withinMyLimit && !own);
    m_approve->setToolTip(!item                 ? QString()
                          : own                 ? tr("Nobody approves their own request")
                          : !item->withinMyLimit ? tr("Above your role's limit: a higher role approves it")
                                                 : QString());
    m_reject->setEnabled(writable && item);
    m_open->setEnabled(item != nullptr);
    if (item) {
        const AdjustmentRequest &r = item->request;
        m_detail->setText(QStringLiteral("<b>%1 · %2 · %3</b><br/>%4")
                                  .arg(r.customerCode.toHtmlEscaped(), r.invoiceNumber.toHtmlEscaped(),
                                       formatMoney(r.amount, r.currency).toHtmlEscaped(),
                                       r.reason.toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>"))));
    }
    m_detail->setVisible(item != nullptr);
}

void ApprovalQueueWidget::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1e6b30;"));
    m_message->setVisible(!text.isEmpty());
}

Status ApprovalQueueWidget::approve(Id requestId, QDate date, const QString &note)
{
    if (!m_session)
        return std::unexpected(Error::invalid(tr("no book is open")));
    const auto approved = ApprovalService(*m_session).approve(requestId, date, note);
    if (!approved) {
        showMessage(approved.error().message, true);
        return std::unexpected(approved.error());
    }
    reload();
    showMessage(tr("Approved: the write-off is posted."), false);
    Q_EMIT changed();
    return {};
}

Status ApprovalQueueWidget::reject(Id requestId, const QString &note)
{
    if (!m_session)
        return std::unexpected(Error::invalid(tr("no book is open")));
    const auto rejected = ApprovalService(*m_session).reject(requestId, note);
    if (!rejected) {
        showMessage(rejected.error().message, true);
        return std::unexpected(rejected.error());
    }
    reload();
    showMessage(tr("Rejected: the account went back to its collector with your note."), false);
    Q_EMIT changed();
    return {};
}

void ApprovalQueueWidget::approveSelected()
{
    const ApprovalQueueItem *item = selected();
    if (!item)
        return;
    const AdjustmentRequest r = item->request;
    ApprovalNoteDialog dialog(tr("Approve"),
                              tr("Write off %1 of invoice %2 (%3)? It is posted on the date below and cannot be "
                                 "edited afterwards.")
                                      .arg(formatMoney(r.amount, r.currency), r.invoiceNumber, r.customerCode),
                              false, m_today, this);
    if (dialog.exec() == QDialog::Accepted)
        (void)approve(r.id, dialog.date(), dialog.note());
}

void ApprovalQueueWidget::rejectSelected()
{
    const ApprovalQueueItem *item = selected();
    if (!item)
        return;
    const AdjustmentRequest r = item->request;
    ApprovalNoteDialog dialog(tr("Reject"),
                              tr("Reject the write-off of %1 on invoice %2 (%3)? The account goes back to its "
                                 "collector with your note.")
                                      .arg(formatMoney(r.amount, r.currency), r.invoiceNumber, r.customerCode),
                              true, {}, this);
    if (dialog.exec() == QDialog::Accepted)
        (void)reject(r.id, dialog.note());
}

} // namespace ardesk
