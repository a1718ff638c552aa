#include "review_widgets.h"

#include "searchable_table.h"

#include "services/account_service.h"
#include "ui/common/when_shown.h"
#include "ui/account/record_table_model.h"
#include "ui/common/display_format.h"
#include "ui/payments/amount_input.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ardesk {

// --- the decision -----------------------------------------------------------------------------------------

ReviewDialog::ReviewDialog(Session &session, const ReviewDue &due, QDate today, QWidget *parent)
    : QDialog(parent), m_session(session), m_due(due), m_today(today)
{
    setObjectName(QStringLiteral("reviewDialog"));
    setWindowTitle(tr("Credit review of %1 · %2").arg(due.customerCode, due.customerName));
    QString limitText = tr("no limit set");
    QString classText = tr("not rated");
    if (const auto header = AccountService(session).header(due.customerId, today)) {
        m_currency = header->customer.currency;
        if (header->customer.creditLimit)
            limitText = formatMoney(*header->customer.creditLimit, m_currency);
        if (!header->customer.riskClass.isEmpty())
            classText = header->customer.riskClass;
        limitText = tr("%1 (balance %2)").arg(limitText, formatMoney(header->balance(), m_currency));
    }
    auto *now = new QLabel(tr("Credit limit now: %1 · Risk class: %2 · Last review: %3")
                                   .arg(limitText, classText,
                                        due.lastReview.isValid() ? formatDate(due.lastReview) : tr("never")),
                           this);
    now->setObjectName(QStringLiteral("reviewNow"));
    now->setWordWrap(true);
    QLabel *why = nullptr;
    if (!due.agencyScore.isEmpty()) {
        why = new QLabel(tr("Due now: the agency score dropped (%1).").arg(due.agencyScore), this);
        why->setWordWrap(true);
        why->setStyleSheet(QStringLiteral("color: #8a0010; font-weight: bold;"));
    }

    m_decision = new QComboBox(this);
    m_decision->setObjectName(QStringLiteral("reviewDecision"));
    m_decision->addItem(tr("Keep as it is"), reviewDecisionKey(ReviewDecision::Keep));
    m_decision->addItem(tr("Raise the limit"), reviewDecisionKey(ReviewDecision::Raise));
    m_decision->addItem(tr("Lower the limit"), reviewDecisionKey(ReviewDecision::Lower));
    m_decision->addItem(tr("Change the risk class"), reviewDecisionKey(ReviewDecision::ChangeClass));
    m_decision->addItem(tr("Temporary increase"), reviewDecisionKey(ReviewDecision::TemporaryIncrease));
    m_newLimit = new QLineEdit(this);
    m_newLimit->setObjectName(QStringLiteral("reviewNewLimit"));
    m_newLimit->setAlignment(Qt::AlignRight);
    m_newClass = new QComboBox(this);
    m_newClass->setObjectName(QStringLiteral("reviewNewClass"));
    for (const char *c : {"A", "B", "C", "D", "E"})
        m_newClass->addItem(QString::fromLatin1(c), QString::fromLatin1(c));
    m_temporaryLimit = new QLineEdit(this);
    m_temporaryLimit->setObjectName(QStringLiteral("reviewTemporaryLimit"));
    m_temporaryLimit->setAlignment(Qt::AlignRight);
    m_temporaryUntil = new QDateEdit(today.addMonths(3), this);
    m_temporaryUntil->setObjectName(QStringLiteral("reviewTemporaryUntil"));
    m_temporaryUntil->setCalendarPopup(true);
    m_temporaryUntil->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_temporaryUntil->setMinimumDate(today.addDays(1));
    m_notes = new QLineEdit(this);
    m_notes->setObjectName(QStringLiteral("reviewNotes"));
    m_notes->setPlaceholderText(tr("What the decision rests on (accounts, agency report, payment history)"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("reviewMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_record = buttons->button(QDialogButtonBox::Ok);
    m_record->setText(tr("&Record review"));
    m_record->setObjectName(QStringLiteral("reviewRecord"));
    const bool may = session.can(Action::EditCreditPolicy) && !session.book().isReadOnly();
    m_record->setEnabled(may);
    if (!may)
        m_record->setToolTip(tr("Only a manager records credit reviews"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReviewDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_decision, &QComboBox::currentIndexChanged, this, &ReviewDialog::updateFields);

    auto *form = new QFormLayout;
    form->addRow(tr("&Decision:"), m_decision);
    form->addRow(tr("New &limit (%1):").arg(m_currency), m_newLimit);
    form->addRow(tr("New risk &class:"), m_newClass);
    form->addRow(tr("&Temporary limit (%1):").arg(m_currency), m_temporaryLimit);
    form->addRow(tr("&Until (inclusive):"), m_temporaryUntil);
    form->addRow(tr("&Notes:"), m_notes);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(now);
    if (why)
        layout->addWidget(why);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    updateFields();
    resize(520, sizeHint().height());
    m_decision->setFocus();
}

void ReviewDialog::updateFields()
{
    const auto decision = reviewDecisionFromKey(m_decision->currentData().toString()).value_or(ReviewDecision::Keep);
    auto *form = findChild<QFormLayout *>();
    auto show = [form](QWidget *field, bool visible) {
        form->setRowVisible(field, visible);
    };
    show(m_newLimit, decision == ReviewDecision::Raise || decision == ReviewDecision::Lower);
    show(m_newClass, decision == ReviewDecision::ChangeClass);
    show(m_temporaryLimit, decision == ReviewDecision::TemporaryIncrease);
    show(m_temporaryUntil, decision == ReviewDecision::TemporaryIncrease);
    adjustSize();
}

void ReviewDialog::accept()
{
    ReviewInput input;
    input.customerCode = m_due.customerCode;
    input.date = m_today;
    input.decision = reviewDecisionFromKey(m_decision->currentData().toString()).value_or(ReviewDecision::Keep);
    input.notes = m_notes->text().trimmed();
    auto amountOf = [&](QLineEdit *field) -> std::optional<MinorUnits> {
        return parseAmountInput(field->text(), m_currency);
    };
    switch (input.decision) {
    case ReviewDecision::Raise:
    case ReviewDecision::Lower:
        input.newLimit = amountOf(m_newLimit);
        if (!input.newLimit) {
            m_message->setText(tr("New limit: not an amount"));
            m_message->show();
            return;
        }
        break;
    case ReviewDecision::ChangeClass:
        input.newClass = m_newClass->currentData().toString();
        break;
    case ReviewDecision::TemporaryIncrease:
        input.temporaryLimit = amountOf(m_temporaryLimit);
        input.temporaryUntil = m_temporaryUntil->date();
        if (!input.temporaryLimit) {
            m_message->setText(tr("Temporary limit: not an amount"));
            m_message->show();
            return;
        }
        break;
    case ReviewDecision::Keep:
        break;
    }
    const auto recorded = CreditService(m_session).recordReview(input);
    if (!recorded) {
        m_message->setText(recorded.error().message);
        m_message->show();
        return;
    }
    QDialog::accept();
}

// --- the queue ------------------------------------------------------------------------------------------

ReviewQueueWidget::ReviewQueueWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("reviewQueuePage"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_table = new SearchableTable(QStringLiteral("reviewQueue"),
                                  {tr("Due"), tr("Customer"), tr("Name"), tr("Last review"), tr("Why")}, this);
    m_decide = new QPushButton(tr("&Review…"), this);
    m_decide->setObjectName(QStringLiteral("reviewDecideButton"));
    m_open = new QPushButton(tr("Open a&ccount"), this);
    m_open->setObjectName(QStringLiteral("reviewOpenAccount"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("reviewQueueMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    connect(m_decide, &QPushButton::clicked, this, &ReviewQueueWidget::decideSelected);
    connect(m_table, &SearchableTable::activated, this, &ReviewQueueWidget::decideSelected);
    connect(m_table, &SearchableTable::currentChanged, this, &ReviewQueueWidget::updateButtons);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const ReviewDue *due = selected())
            Q_EMIT openAccount(due->customerId);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_decide);
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    updateButtons();
}

void ReviewQueueWidget::setSession(Session *session)
{
    m_session = session;
    if (!session)
        reload(); // empties it
    else
        whenShown(this, [this] { reload(); }); // not before the window's first paint
}

void ReviewQueueWidget::setToday(QDate today)
{
    m_today = today;
}

void ReviewQueueWidget::reload()
{
    m_items.clear();
    m_table->model()->setRows({});
    m_message->hide();
    if (!m_session) {
        updateButtons();
        return;
    }
    const auto due = CreditService(*m_session).dueReviews(m_today);
    if (!due) {
        m_message->setText(due.error().message);
        m_message->show();
        updateButtons();
        return;
    }
    m_items = *due;
    std::vector<RecordRow> rows;
    for (const ReviewDue &d : m_items) {
        const QString why = !d.agencyScore.isEmpty() ? tr("agency score dropped: %1").arg(d.agencyScore)
                            : d.lastReview.isValid() ? tr("review interval")
                                                     : tr("first review");
        rows.push_back({d.customerId,
                        {{formatDate(d.nextReview), d.nextReview},
                         {d.customerCode, {}},
                         {d.customerName, {}},
                         {d.lastReview.isValid() ? formatDate(d.lastReview) : tr("never"),
                          d.lastReview.isValid() ? QVariant(d.lastReview) : QVariant(QDate(1, 1, 1))},
                         {why, {}}},
                        false,
                        !d.agencyScore.isEmpty()});
    }
    m_table->model()->setRows(std::move(rows));
    m_summary->setText(tr("%n credit review(s) due on or before %1.", nullptr, int(m_items.size()))
                               .arg(formatDate(m_today)));
    if (m_table->proxy()->rowCount() > 0 && !m_table->view()->currentIndex().isValid())
        m_table->view()->selectRow(0);
    updateButtons();
}

const ReviewDue *ReviewQueueWidget::selected() const
{
    const auto id = m_table->currentId();
    if (!id)
        return nullptr;
    for (const ReviewDue &d : m_items)
        if (d.customerId == *id)
            return &d;
    return nullptr;
}

void ReviewQueueWidget::updateButtons()
{
    const ReviewDue *due = selected();
    m_decide->setEnabled(due && m_session && m_session->can(Action::EditCreditPolicy) && !m_session->book().isReadOnly());
    m_decide->setToolTip(m_session && !m_session->can(Action::EditCreditPolicy)
                                 ? tr("Only a manager records credit reviews")
                                 : QString());
    m_open->setEnabled(due != nullptr);
}

void ReviewQueueWidget::decideSelected()
{
    const ReviewDue *due = selected();
    if (!due || !m_session || !m_session->can(Action::EditCreditPolicy))
        return;
    ReviewDialog dialog(*m_session, *due, m_today, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        Q_EMIT changed();
    }
}

} // namespace ardesk
