#include "contact_panel.h"

#include "domain/dispute_reasons.h"

#include "worklist_model.h"

#include "services/account_service.h"
#include "services/browse_service.h"
#include "services/contact_service.h"
#include "services/dispute_service.h"
#include "services/escalation_service.h"
#include "services/session.h"
#include "ui/credit/credit_hold.h"
#include "ui/account/record_table_model.h"
#include "ui/common/display_format.h"
#include "ui/payments/amount_input.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace ardesk {

QString contactChannelDisplayName(const QString &key)
{
    static const QHash<QString, const char *> names{
            {QStringLiteral("call_out"), QT_TRANSLATE_NOOP("ContactPanel", "Call out")},
            {QStringLiteral("call_in"), QT_TRANSLATE_NOOP("ContactPanel", "Call in")},
            {QStringLiteral("email"), QT_TRANSLATE_NOOP("ContactPanel", "E-mail")},
            {QStringLiteral("letter"), QT_TRANSLATE_NOOP("ContactPanel", "Letter")},
            {QStringLiteral("visit"), QT_TRANSLATE_NOOP("ContactPanel", "Visit")},
    };
    const auto it = names.constFind(key);
    return it == names.constEnd() ? key : QCoreApplication::translate("ContactPanel", it.value());
}

QString contactOutcomeDisplayName(const QString &key)
{
    static const QHash<QString, const char *> names{
            {QStringLiteral("right_party_contact"), QT_TRANSLATE_NOOP("ContactPanel", "Right-party contact")},
            {QStringLiteral("third_party"), QT_TRANSLATE_NOOP("ContactPanel", "Third party")},
            {QStringLiteral("no_answer"), QT_TRANSLATE_NOOP("ContactPanel", "No answer")},
            {QStringLiteral("voicemail_left"), QT_TRANSLATE_NOOP("ContactPanel", "Voicemail left")},
            {QStringLiteral("wrong_number"), QT_TRANSLATE_NOOP("ContactPanel", "Wrong number")},
            {QStringLiteral("refused_to_pay"), QT_TRANSLATE_NOOP("ContactPanel", "Refused to pay")},
            {QStringLiteral("dispute_raised"), QT_TRANSLATE_NOOP("ContactPanel", "Dispute raised")},
            {QStringLiteral("promise_taken"), QT_TRANSLATE_NOOP("ContactPanel", "Promise taken")},
            {QStringLiteral("payment_plan_requested"), QT_TRANSLATE_NOOP("ContactPanel", "Payment plan requested")},
            {QStringLiteral("complaint"), QT_TRANSLATE_NOOP("ContactPanel", "Complaint")},
    };
    const auto it = names.constFind(key);
    return it == names.constEnd() ? key : QCoreApplication::translate("ContactPanel", it.value());
}

QString disputeReasonDisplayName(const QString &key)
{
    return disputeReasonLabel(key); // domain/dispute_reasons.h: the one list of labels
}

namespace {

// The key that picks outcome number `index` (0-based): 1..9, then 0.
QString outcomeKey(int index)
{
    return QString::number((index + 1) % 10);
}

QDialogButtonBox *okCancel(QDialog *dialog, const QString &okText)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace

ContactPanel::ContactPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("contactPanel"));
    buildForm();
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    m_tick.setInterval(30'000);
    connect(&m_tick, &QTimer::timeout, this, &ContactPanel::updateLocalTime);
    m_tick.start();
}

ContactPanel::~ContactPanel() = default;

void ContactPanel::buildForm()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);

    m_localTime = new QLabel(this);
    m_localTime->setObjectName(QStringLiteral("contactLocalTime"));
    m_localTime->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_task = new QLabel(this);
    m_task->setObjectName(QStringLiteral("contactTask"));
    m_task->setWordWrap(true);
    m_task->setStyleSheet(QStringLiteral("background: #e3ecfa; padding: 4px; border-radius: 3px;"));
    m_task->hide();
    m_compliance = new QLabel(this);
    m_compliance->setObjectName(QStringLiteral("contactCompliance"));
    m_compliance->setWordWrap(true);
    m_compliance->hide();
    layout->addWidget(m_localTime);
    layout->addWidget(m_task);
    m_holdBadge = new CreditHoldBadge(this);
    layout->addWidget(m_holdBadge);
    layout->addWidget(m_compliance);

    auto *box = new QGroupBox(tr("Log a contact"), this);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_channel = new QComboBox(box);
    m_channel->setObjectName(QStringLiteral("contactChannel"));
    for (const QString &key : contactChannelKeys())
        m_channel->addItem(contactChannelDisplayName(key), key);
    connect(m_channel, &QComboBox::currentIndexChanged, this, [this] {
        m_overrideLabel->hide();
        m_overrideReason->hide();
        updateCompliance(checkCallNow());
    });
    m_person = new QComboBox(box);
    m_person->setObjectName(QStringLiteral("contactPerson"));
    m_person->setEditable(true);
    m_person->setInsertPolicy(QComboBox::NoInsert);
    m_outcome = new QListWidget(box);
    m_outcome->setObjectName(QStringLiteral("contactOutcome"));
    m_outcome->setToolTip(tr("Press 1-9 or 0 to pick an outcome"));
    const QStringList outcomes = contactOutcomeKeys();
    for (int i = 0; i < outcomes.size(); ++i) {
        auto *item =
                new QListWidgetItem(tr("%1  %2").arg(outcomeKey(i), contactOutcomeDisplayName(outcomes[i])), m_outcome);
        item->setData(Qt::UserRole, outcomes[i]);
        // A key picks the outcome while the focus is anywhere in the panel but a text field
        // (an action, so the shortcut sheet lists it).
        auto *pick = new QAction(tr("Outcome: %1").arg(contactOutcomeDisplayName(outcomes[i])), this);
        pick->setObjectName(QStringLiteral("actionOutcome%1").arg(outcomeKey(i)));
        pick->setShortcut(QKeySequence(outcomeKey(i)));
        pick->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(pick, &QAction::triggered, this, [this, i] { m_outcome->setCurrentRow(i); });
        addAction(pick);
    }
    // Two columns of five: every outcome in sight without scrolling.
    m_outcome->setFlow(QListView::TopToBottom);
    m_outcome->setWrapping(true);
    m_outcome->setResizeMode(QListView::Adjust);
    m_outcome->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_outcome->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    int widest = 0;
    for (int row = 0; row < m_outcome->count(); ++row)
        widest = std::max(widest, fontMetrics().horizontalAdvance(m_outcome->item(row)->text()));
    const int rowHeight = fontMetrics().height() + 4;
    m_outcome->setGridSize(QSize(widest + fontMetrics().averageCharWidth() * 3, rowHeight));
    m_outcome->setFixedHeight(rowHeight * int((outcomes.size() + 1) / 2) + 2 * m_outcome->frameWidth() + 4);
    m_outcome->setMinimumWidth(2 * (widest + fontMetrics().averageCharWidth() * 3) + 2 * m_outcome->frameWidth() + 4);
    m_notes = new QLineEdit(box);
    m_notes->setObjectName(QStringLiteral("contactNotes"));
    m_notes->setPlaceholderText(tr("What was said"));
    m_duration = new QSpinBox(box);
    m_duration->setObjectName(QStringLiteral("contactDuration"));
    m_duration->setRange(0, 600);
    m_duration->setSuffix(tr(" min"));
    m_followUpOn = new QCheckBox(tr("&Follow up on"), box);
    m_followUpOn->setObjectName(QStringLiteral("contactFollowUpOn"));
    m_followUpOn->setChecked(true);
    m_followUp = new QDateEdit(box);
    m_followUp->setObjectName(QStringLiteral("contactFollowUp"));
    m_followUp->setCalendarPopup(true);
    connect(m_followUpOn, &QCheckBox::toggled, m_followUp, &QWidget::setEnabled);
    m_overrideReason = new QLineEdit(box);
    m_overrideReason->setObjectName(QStringLiteral("contactOverrideReason"));
    m_overrideReason->setPlaceholderText(tr("Why the call may go ahead anyway"));
    m_log = new QPushButton(tr("&Log contact"), box);
    m_log->setObjectName(QStringLiteral("contactLog"));
    m_log->setToolTip(tr("Log the contact and finish the task (Ctrl+Enter)"));
    connect(m_log, &QPushButton::clicked, this, [this] { (void)logContact(); });
    auto *logAction = new QAction(tr("Log contact"), this);
    logAction->setObjectName(QStringLiteral("actionLogContact"));
    logAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    logAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(logAction, &QAction::triggered, this, [this] { (void)logContact(); });
    addAction(logAction);

    form->addRow(tr("&Channel:"), m_channel);
    form->addRow(tr("&Reached:"), m_person);
    auto *outcomeLabel = new QLabel(tr("Outcome (keys 1-9, 0):"), box);
    form->addRow(outcomeLabel);
    form->addRow(m_outcome);
    form->addRow(tr("&Notes:"), m_notes);
    form->addRow(tr("&Duration:"), m_duration);
    form->addRow(m_followUpOn, m_followUp);
    m_overrideLabel = new QLabel(tr("O&verride:"), box);
    m_overrideLabel->setBuddy(m_overrideReason);
    form->addRow(m_overrideLabel, m_overrideReason);
    m_overrideLabel->hide();
    m_overrideReason->hide();
    form->addRow(m_log);
    layout->addWidget(box);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("contactMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    // The other actions on the account.
    auto *actions = new QGridLayout;
    auto action = [this, actions](const char *name, const QString &text, const QKeySequence &keys, int row, int column,
                                  void (ContactPanel::*slot)()) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(QString::fromLatin1(name));
        button->setToolTip(tr("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')).remove(QChar(u'…')),
                                             keys.toString(QKeySequence::NativeText)));
        connect(button, &QPushButton::clicked, this, slot);
        auto *shortcut = new QAction(QString(text).remove(QLatin1Char('&')).remove(QChar(u'…')), this);
        shortcut->setObjectName(QStringLiteral("action%1").arg(QString::fromLatin1(name).mid(7)));
        shortcut->setShortcut(keys);
        shortcut->setShortcutContext(Qt::WindowShortcut);
        connect(shortcut, &QAction::triggered, this, [this, slot, button] {
            if (isVisible() && m_customerId && button->isEnabled()) // the role may (setSession)
                (this->*slot)();
        });
        addAction(shortcut);
        actions->addWidget(button, row, column);
        m_actions.push_back(button);
    };
    action("contactPromise", tr("Promise to pay…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P), 0, 0,
           &ContactPanel::promiseDialog);
    action("contactDispute", tr("Dispute…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_D), 0, 1,
           &ContactPanel::disputeDialog);
    action("contactComplaint", tr("Complaint…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C), 1, 0,
           &ContactPanel::complaintDialog);
    action("contactEscalate", tr("Escalate…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E), 1, 1,
           &ContactPanel::escalateDialog);
    layout->addLayout(actions);

    auto *disputesTitle = new QLabel(tr("Open disputes"), this);
    disputesTitle->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_disputes = new RecordTableModel({tr("Invoice"), tr("Amount"), tr("Reason"), tr("Age"), tr("Due")}, this);
    m_disputesView = new QTableView(this);
    m_disputesView->setObjectName(QStringLiteral("contactDisputes"));
    m_disputesView->setModel(m_disputes);
    m_disputesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_disputesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_disputesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_disputesView->verticalHeader()->hide();
    m_disputesView->horizontalHeader()->setStretchLastSection(true);
    m_disputesView->setMinimumHeight(fontMetrics().height() * 4);
    auto *resolve = new QPushButton(tr("Resolve dispute…"), this);
    resolve->setObjectName(QStringLiteral("contactResolveDispute"));
    connect(resolve, &QPushButton::clicked, this, &ContactPanel::resolveDisputeDialog);
    m_actions.push_back(resolve);
    layout->addWidget(disputesTitle);
    layout->addWidget(m_disputesView, 1);
    layout->addWidget(resolve, 0, Qt::AlignLeft);
}

void ContactPanel::setSession(Session *session)
{
    m_session = session;
    m_customerId.reset();
    m_item.reset();
    m_task->hide();
    m_disputes->setRows({});
    const bool canLog = session && session->can(Action::LogContact);
    m_log->setEnabled(canLog);
    for (QPushButton *button : m_actions) {
        const QString name = button->objectName();
        const bool allowed = session
                && (name == u"contactPromise" ? session->can(Action::TakePromise)
                            : name == u"contactDispute" || name == u"contactResolveDispute"
                            ? session->can(Action::ManageDisputes)
                            : name == u"contactEscalate" ? session->can(Action::Escalate)
                                                         : canLog);
        button->setEnabled(allowed);
    }
}

void ContactPanel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    updateLocalTime();
}

void ContactPanel::showCustomer(Id customerId)
{
    if (m_customerId != customerId && m_item && m_item->customerId != customerId)
        setItem(std::nullopt);
    m_customerId = customerId;
    m_message->hide();
    readCustomer();
    resetForm();
    readDisputes();
}

void ContactPanel::setItem(std::optional<WorklistItem> item)
{
    m_item = std::move(item);
    if (!m_item) {
        m_task->hide();
        return;
    }
    QString text = tr("Task: %1, due %2").arg(WorklistModel::taskDisplayName(m_item->task), formatDate(m_item->due));
    if (!m_item->notes.isEmpty())
        text = tr("%1 — %2").arg(text, m_item->notes);
    m_task->setText(text);
    m_task->show();
}

void ContactPanel::readCustomer()
{
    m_customer = {};
    m_person->clear();
    m_holdBadge->clear();
    if (!m_session || !m_customerId)
        return;
    AccountService accounts(*m_session);
    const auto header = accounts.header(*m_customerId, todayOf(m_clock));
    if (!header) {
        showMessage(header.error().message, true);
        return;
    }
    if (auto desk = CollectionService(*m_session).deskProfile(header->customer.code))
        m_customer = std::move(*desk);
    else
        m_customer.code = header->customer.code;
    m_holdBadge->showFor(m_session, header->customer.code, header->customer.currency);
    if (const auto people = accounts.contacts(*m_customerId))
        for (const ContactPersonRow &p : *people)
            m_person->addItem(p.role.isEmpty() ? p.name : tr("%1 (%2)").arg(p.name, p.role), p.name);
    m_person->setCurrentIndex(m_person->count() > 0 ? 0 : -1);
    updateLocalTime();
}

void ContactPanel::updateLocalTime()
{
    if (m_customer.code.isEmpty()) {
        m_localTime->setText(QString());
        return;
    }
    const QTimeZone zone(m_customer.timeZone.toUtf8());
    if (m_customer.timeZone.isEmpty() || !zone.isValid()) {
        m_localTime->setText(tr("Customer's local time: unknown (no time zone)"));
        return;
    }
    const QDateTime local = m_clock().toTimeZone(zone);
    m_localTime->setText(tr("Customer's local time: %1 %2 (%3)")
                                 .arg(QLocale().dayName(local.date().dayOfWeek(), QLocale::ShortFormat),
                                      QLocale().toString(local.time(), QLocale::ShortFormat), m_customer.timeZone));
    m_localTime->setProperty("localTime", local);
}

void ContactPanel::resetForm()
{
    m_outcome->clearSelection();
    m_outcome->setCurrentRow(-1);
    m_notes->clear();
    m_duration->setValue(0);
    m_overrideReason->clear();
    m_overrideLabel->hide();
    m_overrideReason->hide();
    m_followUpOn->setChecked(true);
    m_followUp->setDate(todayOf(m_clock).addDays(7));
    // Never an implicit call to someone who asked for no contact or has an attorney: letters.
    const bool noCalls = m_customer.ceaseCommunication || m_customer.attorney;
    setChannel(noCalls ? QStringLiteral("letter") : QStringLiteral("call_out"));
    updateCompliance(checkCallNow());
}

void ContactPanel::setChannel(const QString &key)
{
    const int index = m_channel->findData(key);
    if (index >= 0)
        m_channel->setCurrentIndex(index);
}

void ContactPanel::selectOutcome(const QString &key)
{
    for (int row = 0; row < m_outcome->count(); ++row)
        if (m_outcome->item(row)->data(Qt::UserRole).toString() == key)
            m_outcome->setCurrentRow(row);
}

QString ContactPanel::selectedOutcome() const
{
    const QListWidgetItem *item = m_outcome->currentItem();
    return item && item->isSelected() ? item->data(Qt::UserRole).toString() : QString();
}

std::optional<ContactDecision> ContactPanel::checkCallNow()
{
    if (!m_session || m_customer.code.isEmpty() || !m_session->can(Action::LogContact)
        || m_channel->currentData().toString() != u"call_out")
        return std::nullopt;
    const auto decision = ContactService(*m_session).checkCall(m_customer.code, m_clock());
    if (!decision) {
        showMessage(decision.error().message, true);
        return std::nullopt;
    }
    return *decision;
}

void ContactPanel::updateCompliance(const std::optional<ContactDecision> &decision)
{
    QStringList flags;
    if (m_customer.ceaseCommunication)
        flags << tr("cease communication");
    if (m_customer.attorney)
        flags << tr("represented by an attorney");
    if (m_customer.doNotCall)
        flags << tr("do not call");
    if (m_customer.noWorkCalls)
        flags << tr("no calls at work");
    if (m_customer.consumer)
        flags << tr("consumer rules");
    QString text;
    bool blocked = false;
    if (decision && !decision->allowed()) {
        blocked = true;
        const bool supervisor = m_session && isSupervisoryRole(m_session->actor().role);
        text = supervisor
                ? tr("Call blocked: %1. As a supervisor you may log it with an override reason.").arg(decision->message)
                : tr("Call blocked: %1. Only a supervisor can override.").arg(decision->message);
    } else if (decision) {
        text = tr("A call is allowed now.");
    }
    if (!flags.isEmpty())
        text = text.isEmpty() ? tr("Flags: %1").arg(flags.join(QStringLiteral(", ")))
                              : tr("%1\nFlags: %2").arg(text, flags.join(QStringLiteral(", ")));
    m_compliance->setText(text);
    m_compliance->setProperty("blocked", blocked);
    m_compliance->setStyleSheet(blocked ? QStringLiteral("background: #fde7e9; color: #8a1020; padding: 4px; "
                                                         "border-radius: 3px;")
                                        : QStringLiteral("background: #e6f4ea; padding: 4px; border-radius: 3px;"));
    m_compliance->setVisible(!text.isEmpty());
}

void ContactPanel::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_message->setVisible(!text.isEmpty());
}

Status ContactPanel::logContact()
{
    if (!m_session || m_customer.code.isEmpty())
        return std::unexpected(Error::invalid(tr("no customer is shown")));
    const QString outcome = selectedOutcome();
    if (outcome.isEmpty()) {
        const Error error = Error::invalid(tr("Pick an outcome first (keys 1-9 and 0)."));
        showMessage(error.message, true);
        m_outcome->setFocus();
        return std::unexpected(error);
    }
    ContactInput input;
    input.customerCode = m_customer.code;
    input.at = m_clock();
    input.channel = m_channel->currentData().toString();
    input.person = m_person->currentText().trimmed();
    if (m_person->currentIndex() >= 0 && m_person->currentText() == m_person->itemText(m_person->currentIndex()))
        input.person = m_person->currentData().toString();
    input.outcome = outcome;
    input.notes = m_notes->text().trimmed();
    input.durationSeconds = m_duration->value() * 60;
    if (m_followUpOn->isChecked())
        input.followUp = m_followUp->date();
    const bool mine = m_item && m_item->customerId == m_customerId;
    if (mine && m_item->taskId)
        input.completesTask = m_item->taskId;

    // The guard first: a blocked call shows why, and only a supervisor may go on.
    if (input.channel == u"call_out") {
        const auto decision = checkCallNow();
        updateCompliance(decision);
        if (decision && !decision->allowed()) {
            const bool supervisor = isSupervisoryRole(m_session->actor().role);
            input.overrideReason = m_overrideReason->isVisible() ? m_overrideReason->text().trimmed() : QString();
            if (!supervisor || input.overrideReason.isEmpty()) {
                if (supervisor) {
                    m_overrideLabel->show();
                    m_overrideReason->show();
                    m_overrideReason->setFocus();
                }
                const Error error =
                        Error::denied(supervisor ? tr("The call is blocked: give an override reason to log it anyway.")
                                                 : tr("The call is blocked: %1").arg(decision->message));
                showMessage(error.message, true);
                return std::unexpected(error);
            }
        }
    }

    const auto logged = ContactService(*m_session).logContact(input);
    if (!logged) {
        showMessage(logged.error().message, true);
        return std::unexpected(logged.error());
    }
    std::optional<WorklistItem> finished;
    if (mine) {
        finished = m_item;
        if (!m_item->taskId) {
            // An implicit item: recorded as done so it is not offered again.
            const auto done = CollectionService(*m_session).completeItem(*m_item, outcome);
            if (!done && done.error().code != ErrorCode::Conflict)
                showMessage(done.error().message, true);
        }
    }
    showMessage(logged->overridden ? tr("Contact logged with an override (audited).") : tr("Contact logged."), false);
    resetForm();
    Q_EMIT changed();
    if (finished) {
        setItem(std::nullopt);
        Q_EMIT itemFinished(*finished);
    }
    return {};
}

QStringList ContactPanel::openInvoiceNumbers()
{
    QStringList numbers;
    if (!m_session || !m_customerId)
        return numbers;
    InvoiceListFilter filter;
    filter.customerId = *m_customerId;
    filter.status = InvoiceStatusFilter::Open;
    if (const auto rows = BrowseService(*m_session).invoices(filter, {}, todayOf(m_clock), RowWindow{0, 500}))
        for (const InvoiceListRow &row : *rows)
            numbers << row.number;
    return numbers;
}

void ContactPanel::readDisputes()
{
    std::vector<RecordRow> rows;
    if (m_session && !m_customer.code.isEmpty()) {
        const QDate today = todayOf(m_clock);
        if (const auto disputes = DisputeService(*m_session).openDisputes(m_customer.code, today))
            for (const OpenDispute &d : *disputes) {
                const qint64 age = d.openedOn.daysTo(today);
                rows.push_back({d.id,
                                {{d.invoiceNumber, {}},
                                 RecordCell::number(formatAmount(d.amount, d.currency), QVariant::fromValue(d.amount)),
                                 {disputeReasonDisplayName(d.reason), d.reason},
                                 RecordCell::number(tr("%n day(s)", nullptr, int(age)), QVariant::fromValue(age)),
                                 {formatDate(d.dueDate), d.dueDate}},
                                false,
                                d.dueDate.isValid() && d.dueDate < today});
            }
    }
    m_disputes->setRows(std::move(rows));
    m_disputesView->resizeColumnsToContents();
}

Result<std::vector<Id>> ContactPanel::takePromise(const std::vector<PromiseInstalment> &instalments)
{
    if (!m_session || m_customer.code.isEmpty())
        return std::unexpected(Error::invalid(tr("no customer is shown")));
    PromiseInput input;
    input.customerCode = m_customer.code;
    input.takenOn = todayOf(m_clock);
    input.instalments = instalments;
    auto taken = PromiseService(*m_session).take(input);
    if (!taken) {
        showMessage(taken.error().message, true);
        return taken;
    }
    showMessage(tr("%n promise(s) to pay recorded.", nullptr, int(taken->size())), false);
    // A promise taken is the usual outcome of this call.
    selectOutcome(QStringLiteral("promise_taken"));
    Q_EMIT changed();
    return taken;
}

Result<Id> ContactPanel::openDispute(const DisputeInput &input)
{
    if (!m_session)
        return std::unexpected(Error::invalid(tr("no book is open")));
    auto opened = DisputeService(*m_session).open(input);
    if (!opened) {
        showMessage(opened.error().message, true);
        return opened;
    }
    showMessage(tr("Dispute opened on %1.").arg(input.invoiceNumber), false);
    readDisputes();
    Q_EMIT changed();
    return opened;
}

Result<Id> ContactPanel::logComplaint(const ComplaintInput &input)
{
    if (!m_session)
        return std::unexpected(Error::invalid(tr("no book is open")));
    auto logged = ContactService(*m_session).logComplaint(input);
    if (!logged) {
        showMessage(logged.error().message, true);
        return logged;
    }
    showMessage(tr("Complaint recorded."), false);
    Q_EMIT changed();
    return logged;
}

Result<Id> ContactPanel::escalate(const QString &reason)
{
    if (!m_session || m_customer.code.isEmpty())
        return std::unexpected(Error::invalid(tr("no customer is shown")));
    auto escalated = EscalationService(*m_session).escalate(m_customer.code, reason);
    if (!escalated) {
        showMessage(escalated.error().message, true);
        return escalated;
    }
    showMessage(tr("Escalated to the supervisor."), false);
    Q_EMIT changed();
    return escalated;
}

// --- the dialogs -------------------------------------------------------------------------

void ContactPanel::promiseDialog()
{
    if (!m_session || m_customer.code.isEmpty())
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("promiseDialog"));
    dialog.setWindowTitle(tr("Promise to pay — %1").arg(m_customer.code));
    const QStringList invoices = openInvoiceNumbers();
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Amount (%1)").arg(m_customer.currency), &dialog), 0, 0);
    grid->addWidget(new QLabel(tr("Promised for"), &dialog), 0, 1);
    grid->addWidget(new QLabel(tr("On"), &dialog), 0, 2);
    struct Row
    {
        QLineEdit *amount;
        QDateEdit *date;
        QComboBox *invoice;
    };
    std::vector<Row> rows;
    const QDate today = todayOf(m_clock);
    auto addRow = [&] {
        const int r = int(rows.size()) + 1;
        Row row{new QLineEdit(&dialog), new QDateEdit(today.addDays(7 * r), &dialog), new QComboBox(&dialog)};
        row.amount->setObjectName(QStringLiteral("promiseAmount%1").arg(r));
        row.date->setObjectName(QStringLiteral("promiseDate%1").arg(r));
        row.date->setCalendarPopup(true);
        row.date->setMinimumDate(today);
        row.invoice->setObjectName(QStringLiteral("promiseInvoice%1").arg(r));
        row.invoice->addItem(tr("the account"), QString());
        for (const QString &number : invoices)
            row.invoice->addItem(tr("invoice %1").arg(number), number);
        grid->addWidget(row.amount, r, 0);
        grid->addWidget(row.date, r, 1);
        grid->addWidget(row.invoice, r, 2);
        rows.push_back(row);
        row.amount->setFocus();
    };
    addRow();
    auto *more = new QPushButton(tr("&Add another date"), &dialog);
    more->setObjectName(QStringLiteral("promiseAddRow"));
    connect(more, &QPushButton::clicked, &dialog, addRow);
    auto *error = new QLabel(&dialog);
    error->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(grid);
    layout->addWidget(more, 0, Qt::AlignLeft);
    layout->addWidget(error);
    QDialogButtonBox *buttons = okCancel(&dialog, tr("&Record promise"));
    layout->addWidget(buttons);
    disconnect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        std::vector<PromiseInstalment> instalments;
        for (const Row &row : rows) {
            if (row.amount->text().trimmed().isEmpty())
                continue;
            const auto amount = parseAmountInput(row.amount->text(), m_customer.currency);
            if (!amount || *amount <= 0) {
                error->setText(tr("“%1” is not an amount.").arg(row.amount->text()));
                return;
            }
            instalments.push_back({*amount, row.date->date(), row.invoice->currentData().toString()});
        }
        if (instalments.empty()) {
            error->setText(tr("Enter at least one amount."));
            return;
        }
        if (const auto taken = takePromise(instalments); !taken) {
            error->setText(taken.error().message);
            return;
        }
        dialog.accept();
    });
    dialog.exec();
}

void ContactPanel::disputeDialog()
{
    if (!m_session || m_customer.code.isEmpty())
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("disputeDialog"));
    dialog.setWindowTitle(tr("Dispute — %1").arg(m_customer.code));
    auto *invoice = new QComboBox(&dialog);
    invoice->addItems(openInvoiceNumbers());
    auto *amount = new QLineEdit(&dialog);
    auto *reason = new QComboBox(&dialog);
    for (const QString &key : disputeReasonKeys())
        reason->addItem(disputeReasonDisplayName(key), key);
    auto *owner = new QComboBox(&dialog);
    owner->addItem(tr("me"), QString());
    if (auto users = CollectionService(*m_session).deskUsers())
        for (const DeskUser &user : *users)
            owner->addItem(user.name.isEmpty() ? user.login : tr("%1 (%2)").arg(user.name, user.login), user.login);
    const QDate today = todayOf(m_clock);
    auto *due = new QDateEdit(today.addDays(14), &dialog);
    due->setCalendarPopup(true);
    due->setMinimumDate(today);
    auto *notes = new QLineEdit(&dialog);
    auto *error = new QLabel(&dialog);
    error->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Invoice:"), invoice);
    form->addRow(tr("&Amount (%1):").arg(m_customer.currency), amount);
    form->addRow(tr("&Reason:"), reason);
    form->addRow(tr("&Owner:"), owner);
    form->addRow(tr("&Due:"), due);
    form->addRow(tr("&Notes:"), notes);
    form->addRow(error);
    QDialogButtonBox *buttons = okCancel(&dialog, tr("&Open dispute"));
    form->addRow(buttons);
    disconnect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        const auto minor = parseAmountInput(amount->text(), m_customer.currency);
        if (!minor) {
            error->setText(tr("“%1” is not an amount.").arg(amount->text()));
            return;
        }
        DisputeInput input;
        input.invoiceNumber = invoice->currentText();
        input.amount = *minor;
        input.reason = reason->currentData().toString();
        input.ownerLogin = owner->currentData().toString();
        input.openedOn = today;
        input.dueDate = due->date();
        input.notes = notes->text().trimmed();
        if (const auto opened = openDispute(input); !opened) {
            error->setText(opened.error().message);
            return;
        }
        dialog.accept();
    });
    dialog.exec();
}

void ContactPanel::resolveDisputeDialog()
{
    const RecordRow *row = m_disputes->rowAt(m_disputesView->currentIndex().row());
    if (!m_session || !row) {
        showMessage(tr("Select an open dispute first."), true);
        return;
    }
    const Id disputeId = row->id;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("resolveDisputeDialog"));
    dialog.setWindowTitle(tr("Resolve the dispute on %1").arg(row->cells[0].text));
    auto *resolution = new QComboBox(&dialog);
    resolution->addItem(tr("Settled by credit note"), int(DisputeResolution::CreditNote));
    resolution->addItem(tr("Write-off requested"), int(DisputeResolution::WriteOffRequest));
    resolution->addItem(tr("Rejected: collectible again"), int(DisputeResolution::Rejected));
    auto *creditNote = new QLineEdit(&dialog);
    creditNote->setPlaceholderText(tr("optional"));
    auto *notes = new QLineEdit(&dialog);
    auto *error = new QLabel(&dialog);
    error->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Resolution:"), resolution);
    form->addRow(tr("&Credit note:"), creditNote);
    form->addRow(tr("&Notes:"), notes);
    form->addRow(error);
    QDialogButtonBox *buttons = okCancel(&dialog, tr("&Resolve"));
    form->addRow(buttons);
    disconnect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        const auto done = DisputeService(*m_session)
                                  .resolve(disputeId, DisputeResolution(resolution->currentData().toInt()),
                                           todayOf(m_clock), notes->text().trimmed(), creditNote->text().trimmed());
        if (!done) {
            error->setText(done.error().message);
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() == QDialog::Accepted) {
        showMessage(tr("Dispute resolved."), false);
        readDisputes();
        Q_EMIT changed();
    }
}

void ContactPanel::complaintDialog()
{
    if (!m_session || m_customer.code.isEmpty())
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("complaintDialog"));
    dialog.setWindowTitle(tr("Complaint — %1").arg(m_customer.code));
    auto *channel = new QComboBox(&dialog);
    channel->addItem(tr("Call"), QStringLiteral("call"));
    channel->addItem(tr("E-mail"), QStringLiteral("email"));
    channel->addItem(tr("Letter"), QStringLiteral("letter"));
    auto *category = new QComboBox(&dialog);
    category->setEditable(true);
    category->addItem(tr("Collector's conduct"), QStringLiteral("collector_conduct"));
    category->addItem(tr("Billing error"), QStringLiteral("billing_error"));
    category->addItem(tr("Service"), QStringLiteral("service"));
    category->addItem(tr("Other"), QStringLiteral("other"));
    auto *satisfaction = new QSpinBox(&dialog);
    satisfaction->setRange(0, 5);
    satisfaction->setSpecialValueText(tr("not asked"));
    auto *description = new QLineEdit(&dialog);
    auto *resolution = new QLineEdit(&dialog);
    auto *resolved = new QCheckBox(tr("Resolved today"), &dialog);
    auto *error = new QLabel(&dialog);
    error->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("C&hannel:"), channel);
    form->addRow(tr("&Category:"), category);
    form->addRow(tr("&Satisfaction (1-5):"), satisfaction);
    form->addRow(tr("&What happened:"), description);
    form->addRow(tr("&Resolution:"), resolution);
    form->addRow(resolved);
    form->addRow(error);
    QDialogButtonBox *buttons = okCancel(&dialog, tr("&Record complaint"));
    form->addRow(buttons);
    disconnect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        ComplaintInput input;
        input.customerCode = m_customer.code;
        input.receivedOn = todayOf(m_clock);
        input.channel = channel->currentData().toString();
        const int index = category->findText(category->currentText());
        input.category = index >= 0 ? category->itemData(index).toString() : category->currentText().trimmed();
        if (satisfaction->value() > 0)
            input.satisfaction = satisfaction->value();
        input.description = description->text().trimmed();
        input.resolution = resolution->text().trimmed();
        if (resolved->isChecked())
            input.resolvedOn = input.receivedOn;
        if (const auto logged = logComplaint(input); !logged) {
            error->setText(logged.error().message);
            return;
        }
        dialog.accept();
    });
    dialog.exec();
}

void ContactPanel::escalateDialog()
{
    if (!m_session || m_customer.code.isEmpty())
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("escalateDialog"));
    dialog.setWindowTitle(tr("Escalate %1 to the supervisor").arg(m_customer.code));
    auto *reason = new QLineEdit(&dialog);
    reason->setObjectName(QStringLiteral("escalateReason"));
    reason->setPlaceholderText(tr("e.g. asks for a payment plan over 12 months"));
    reason->setMinimumWidth(fontMetrics().averageCharWidth() * 50);
    auto *error = new QLabel(&dialog);
    error->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Reason:"), reason);
    form->addRow(error);
    QDialogButtonBox *buttons = okCancel(&dialog, tr("&Escalate"));
    form->addRow(buttons);
    disconnect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (const auto done = escalate(reason->text().trimmed()); !done) {
            error->setText(done.error().message);
            return;
        }
        dialog.accept();
    });
    dialog.exec();
}

} // namespace ardesk
