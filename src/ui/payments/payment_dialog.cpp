#include "payment_dialog.h"

#include "amount_input.h"
#include "apply_lines_model.h"

#include "services/account_service.h"
#include "services/browse_service.h"
#include "services/credit_service.h"
#include "services/ledger_service.h"
#include "ui/common/display_format.h"
#include "ui/credit/credit_hold.h"

#include <QAbstractItemView>
#include <QLocale>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStringListModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ardesk {

// The apply grid; it can commit an open editor, so Ctrl+Return posts what was just typed.
class ApplyTableView final : public QTableView
{
public:
    using QTableView::QTableView;
    void commitOpenEditor()
    {
        QWidget *focus = QApplication::focusWidget();
        if (state() == EditingState && focus && isAncestorOf(focus) && focus != viewport()) {
            commitData(focus);
            closeEditor(focus, QAbstractItemDelegate::NoHint);
        }
    }
};

namespace {

QString suggestionText(const CustomerListRow &row)
{
    return row.code + QStringLiteral("  ") + row.name;
}

} // namespace

PaymentDialog::PaymentDialog(Session &session, QDate today, QWidget *parent)
    : QDialog(parent), m_session(session), m_today(today)
{
    setObjectName(QStringLiteral("paymentDialog"));
    setWindowTitle(tr("Post payments"));

    m_customer = new QLineEdit(this);
    m_customer->setObjectName(QStringLiteral("paymentCustomer"));
    m_customer->setPlaceholderText(tr("Customer code or name"));
    m_customer->setClearButtonEnabled(true);
    m_suggestions = new QStringListModel(this);
    m_completer = new QCompleter(m_suggestions, this);
    m_completer->setObjectName(QStringLiteral("paymentCustomerCompleter"));
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_customer->setCompleter(m_completer);
    m_customerName = new QLabel(this);
    m_customerName->setObjectName(QStringLiteral("paymentCustomerName"));
    m_customerName->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_holdBadge = new CreditHoldBadge(this);

    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("paymentAmount"));
    m_amount->setAlignment(Qt::AlignRight);
    m_amount->setPlaceholderText(formatAmount(0, QStringLiteral("EUR")));
    m_date = new QDateEdit(today, this);
    m_date->setObjectName(QStringLiteral("paymentDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("paymentMethod"));
    for (PaymentMethod method : {PaymentMethod::Check, PaymentMethod::Wire, PaymentMethod::Card, PaymentMethod::Cash,
                                 PaymentMethod::DirectDebit, PaymentMethod::Other})
        m_method->addItem(paymentMethodDisplayName(paymentMethodKey(method)), paymentMethodKey(method));
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("paymentReference"));
    m_reference->setPlaceholderText(tr("Check number or bank reference"));

    auto *customerRow = new QHBoxLayout;
    customerRow->addWidget(m_customer, 1);
    customerRow->addWidget(m_customerName, 2);
    auto *form = new QFormLayout;
    form->addRow(tr("C&ustomer:"), customerRow);
    auto *moneyRow = new QHBoxLayout;
    moneyRow->addWidget(m_amount, 2);
    moneyRow->addWidget(new QLabel(tr("&Date:"), this));
    moneyRow->itemAt(1)->widget()->setProperty("buddyOf", QStringLiteral("paymentDate"));
    static_cast<QLabel *>(moneyRow->itemAt(1)->widget())->setBuddy(m_date);
    moneyRow->addWidget(m_date, 1);
    auto *methodLabel = new QLabel(tr("&Method:"), this);
    methodLabel->setBuddy(m_method);
    moneyRow->addWidget(methodLabel);
    moneyRow->addWidget(m_method, 1);
    form->addRow(tr("&Amount:"), moneyRow);
    form->addRow(tr("&Reference:"), m_reference);
    static_cast<QLabel *>(form->labelForField(customerRow))->setBuddy(m_customer);
    static_cast<QLabel *>(form->labelForField(moneyRow))->setBuddy(m_amount);

    m_items = new ApplyLinesModel(this);
    m_table = new ApplyTableView(this);
    m_table->setObjectName(QStringLiteral("paymentItems"));
    m_table->setModel(m_items);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked
                             | QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);

    m_oldestFirst = new QPushButton(tr("Apply &oldest first"), this);
    m_oldestFirst->setObjectName(QStringLiteral("applyOldestButton"));
    m_oldestFirst->setAutoDefault(false);
    m_clear = new QPushButton(tr("&Clear"), this);
    m_clear->setObjectName(QStringLiteral("clearApplyButton"));
    m_clear->setAutoDefault(false);
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("shortPaymentReason"));
    m_reason->addItem(tr("Part payment (no reason)"), QString());
    m_reason->addItem(tr("Early-pay discount taken"), QStringLiteral("early_pay_discount"));
    m_reason->addItem(tr("Deduction"), QStringLiteral("deduction"));
    m_reason->addItem(tr("Disputed"), QStringLiteral("disputed"));
    m_reason->setToolTip(tr("Why an item is paid only in part"));
    auto *reasonLabel = new QLabel(tr("Short pa&yment:"), this);
    reasonLabel->setBuddy(m_reason);
    auto *applyRow = new QHBoxLayout;
    applyRow->addWidget(m_oldestFirst);
    applyRow->addWidget(m_clear);
    applyRow->addStretch(1);
    applyRow->addWidget(reasonLabel);
    applyRow->addWidget(m_reason);

    auto totalLabel = [this](const char *name) {
        auto *label = new QLabel(this);
        label->setObjectName(QString::fromLatin1(name));
        label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        return label;
    };
    m_discountInfo = new QLabel(this);
    m_discountInfo->setObjectName(QStringLiteral("paymentDiscountInfo"));
    m_discountInfo->setWordWrap(true);
    m_discountInfo->setStyleSheet(QStringLiteral("QLabel { background: #e6f4ea; color: #1e4620; padding: 4px 8px;"
                                                 " border-radius: 3px; }"));
    m_takeDiscount = new QPushButton(tr("Ta&ke discount"), this);
    m_takeDiscount->setObjectName(QStringLiteral("takeDiscountButton"));
    m_takeDiscount->setAutoDefault(false);
    m_discountInfo->hide();
    m_takeDiscount->hide();
    m_totalAmount = totalLabel("paymentTotalAmount");
    m_totalApplied = totalLabel("paymentTotalApplied");
    m_totalUnapplied = totalLabel("paymentTotalUnapplied");
    auto *totals = new QHBoxLayout;
    totals->addStretch(1);
    totals->addWidget(new QLabel(tr("Amount"), this));
    totals->addWidget(m_totalAmount);
    totals->addSpacing(24);
    totals->addWidget(new QLabel(tr("Applied"), this));
    totals->addWidget(m_totalApplied);
    totals->addSpacing(24);
    totals->addWidget(new QLabel(tr("Unapplied"), this));
    totals->addWidget(m_totalUnapplied);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("paymentMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(this);
    m_post = buttons->addButton(tr("&Post"), QDialogButtonBox::AcceptRole);
    m_post->setObjectName(QStringLiteral("postPaymentButton"));
    m_post->setToolTip(tr("Post this payment (Ctrl+Return)"));
    m_post->setAutoDefault(false);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closePaymentButton"));
    close->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_post, &QPushButton::clicked, this, &PaymentDialog::post);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_holdBadge);
    layout->addWidget(m_table, 1);
    layout->addLayout(applyRow);
    auto *discountRow = new QHBoxLayout;
    discountRow->addWidget(m_discountInfo, 1);
    discountRow->addWidget(m_takeDiscount);
    layout->addLayout(discountRow);
    layout->addLayout(totals);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    setTabOrder(m_customer, m_amount);
    setTabOrder(m_amount, m_date);
    setTabOrder(m_date, m_method);
    setTabOrder(m_method, m_reference);
    setTabOrder(m_reference, m_table);
    setTabOrder(m_table, m_oldestFirst);
    setTabOrder(m_oldestFirst, m_clear);
    setTabOrder(m_clear, m_reason);
    setTabOrder(m_reason, m_post);

    auto *postShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    postShortcut->setContext(Qt::WindowShortcut);
    connect(postShortcut, &QShortcut::activated, this, &PaymentDialog::post);
    auto *postEnter = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    postEnter->setContext(Qt::WindowShortcut);
    connect(postEnter, &QShortcut::activated, this, &PaymentDialog::post);

    m_suggestDelay.setSingleShot(true);
    m_suggestDelay.setInterval(kSuggestionDelayMilliseconds);
    connect(&m_suggestDelay, &QTimer::timeout, this, &PaymentDialog::suggestCustomers);
    connect(m_customer, &QLineEdit::textEdited, this, [this] {
        forgetCustomer();
        m_suggestDelay.start();
    });
    connect(m_customer, &QLineEdit::editingFinished, this, &PaymentDialog::resolveCustomer);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &) { resolveCustomer(); });
    connect(m_amount, &QLineEdit::textChanged, this, &PaymentDialog::updateTotals);
    connect(m_items, &ApplyLinesModel::appliedChanged, this, &PaymentDialog::updateTotals);
    connect(m_oldestFirst, &QPushButton::clicked, this, &PaymentDialog::applyOldestFirst);
    connect(m_clear, &QPushButton::clicked, this, &PaymentDialog::clearApplied);
    connect(m_takeDiscount, &QPushButton::clicked, this, &PaymentDialog::takeDiscount);
    connect(m_date, &QDateEdit::dateChanged, this, &PaymentDialog::readDiscounts);

    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 34);
    updateTotals();
}

PaymentDialog::~PaymentDialog() = default;

QTableView *PaymentDialog::itemsView() const
{
    return m_table;
}

void PaymentDialog::suggestCustomers()
{
    const QString text = m_customer->text().trimmed();
    if (text.isEmpty() || m_customerId) {
        m_suggestions->setStringList({});
        return;
    }
    CustomerListFilter filter;
    filter.search = text;
    const auto rows = BrowseService(m_session).customers(filter, {}, m_today, RowWindow{0, kSuggestionCount});
    if (!rows) {
        m_message->setText(rows.error().message);
        return;
    }
    QStringList entries;
    for (const CustomerListRow &row : *rows)
        entries << suggestionText(row);
    m_suggestions->setStringList(entries);
    if (!entries.isEmpty() && m_customer->hasFocus())
        m_completer->complete();
}

void PaymentDialog::resolveCustomer()
{
    if (m_customerId)
        return;
    const QString text = m_customer->text().trimmed();
    if (text.isEmpty())
        return;
    // "C1001  Nordic Timber AB" from the list, or what was typed: a code or a part of a name.
    const QString code = text.section(QChar(u' '), 0, 0);
    CustomerListFilter filter;
    filter.search = code;
    auto rows = BrowseService(m_session).customers(filter, {}, m_today, RowWindow{0, kSuggestionCount});
    if (!rows) {
        m_message->setText(rows.error().message);
        return;
    }
    const CustomerListRow *chosen = nullptr;
    for (const CustomerListRow &row : *rows)
        if (row.code.compare(code, Qt::CaseInsensitive) == 0)
            chosen = &row;
    if (!chosen) {
        filter.search = text;
        rows = BrowseService(m_session).customers(filter, {}, m_today, RowWindow{0, 2});
        if (rows && rows->size() == 1)
            chosen = &rows->front();
    }
    if (!chosen) {
        m_customerName->setText(tr("No single customer matches “%1”").arg(text));
        return;
    }
    chooseCustomer(chosen->id, chosen->code, chosen->name, chosen->currency);
}

void PaymentDialog::setCustomer(Id customerId)
{
    forgetCustomer();
    const auto header = AccountService(m_session).header(customerId, m_today);
    if (!header) {
        m_message->setText(header.error().message);
        return;
    }
    chooseCustomer(customerId, header->customer.code, header->customer.name, header->customer.currency);
    m_amount->setFocus();
}

void PaymentDialog::chooseCustomer(Id id, const QString &code, const QString &name, const QString &currency)
{
    m_customerId = id;
    m_customerCode = code;
    m_currency = currency;
    m_suggestDelay.stop();
    m_completer->popup()->hide();
    m_customer->setText(code);
    m_customerName->setText(QStringLiteral("%1 · %2").arg(name, currency));
    m_amount->setPlaceholderText(formatAmount(0, currency));
    m_holdBadge->showFor(&m_session, code, currency);
    loadOpenItems();
}

void PaymentDialog::forgetCustomer()
{
    if (!m_customerId)
        return;
    m_customerId.reset();
    m_customerCode.clear();
    m_customerName->clear();
    m_holdBadge->clear();
    m_offers.clear();
    m_discountsTaken.clear();
    m_discountInfo->hide();
    m_takeDiscount->hide();
    m_items->setLines(m_currency, {});
}

void PaymentDialog::loadOpenItems()
{
    std::vector<ApplyLine> lines;
    if (m_customerId) {
        InvoiceListFilter filter;
        filter.customerId = m_customerId;
        filter.status = InvoiceStatusFilter::Open;
        InvoiceListSort sort; // due date ascending: oldest due first
        const auto rows = BrowseService(m_session).invoices(filter, sort, m_today, RowWindow{0, 1000});
        if (!rows) {
            m_message->setText(rows.error().message);
        } else {
            for (const InvoiceListRow &row : *rows)
                lines.push_back(applyLineOf(row));
        }
    }
    m_items->setLines(m_currency, std::move(lines));
    m_table->resizeColumnsToContents();
    readDiscounts();
}

void PaymentDialog::readDiscounts()
{
    m_offers.clear();
    m_discountsTaken.clear();
    QStringList offers;
    if (m_customerId) {
        CreditService credit(m_session);
        for (const ApplyLine &line : m_items->lines()) {
            const auto offer = credit.discountFor(line.number, m_date->date());
            if (!offer || offer->discount <= 0)
                continue;
            m_offers.emplace_back(line.invoiceId, offer->discount);
            offers << tr("%1: %2 (%3 until %4)")
                              .arg(line.number, formatMoney(offer->discount, offer->currency),
                                   formatPercent(offer->percentHundredths / 100.0, 2),
                                   formatDate(offer->until));
        }
    }
    m_discountInfo->setText(tr("Early-payment discount on offer for a payment on %1: %2")
                                    .arg(formatDate(m_date->date()), offers.join(QStringLiteral("; "))));
    m_discountInfo->setVisible(!m_offers.empty());
    m_takeDiscount->setVisible(!m_offers.empty());
    m_takeDiscount->setEnabled(m_session.can(Action::PostInvoice) && !m_session.book().isReadOnly());
    m_takeDiscount->setToolTip(m_takeDiscount->isEnabled()
                                       ? tr("Apply each item less its discount; the discount is credited on Post")
                                       : tr("Crediting the discount needs the permission to post credit notes"));
}

void PaymentDialog::takeDiscount()
{
    if (m_offers.empty() || !m_takeDiscount->isEnabled())
        return;
    m_discountsTaken.clear();
    MinorUnits applied = 0;
    const auto &lines = m_items->lines();
    for (const auto &[invoiceId, discount] : m_offers)
        for (std::size_t row = 0; row < lines.size(); ++row)
            if (lines[row].invoiceId == invoiceId) {
                m_items->setApply(int(row), lines[row].open - discount);
                m_discountsTaken.emplace_back(invoiceId, discount);
            }
    for (const ApplyLine &line : m_items->lines())
        applied += line.apply;
    m_reason->setCurrentIndex(m_reason->findData(QStringLiteral("early_pay_discount")));
    if (!amount())
        m_amount->setText(formatAmount(applied, m_currency));
    updateTotals();
}

std::optional<MinorUnits> PaymentDialog::amount() const
{
    const auto parsed = parseAmountInput(m_amount->text(), m_currency.isEmpty() ? QStringLiteral("EUR") : m_currency);
    if (!parsed || *parsed <= 0)
        return std::nullopt;
    return parsed;
}

bool PaymentDialog::canPost() const
{
    const auto total = amount();
    return m_customerId && total && m_items->allValid() && m_items->applied() <= *total;
}

void PaymentDialog::updateTotals()
{
    const auto total = amount();
    const MinorUnits applied = m_items->applied();
    const QString currency = m_currency.isEmpty() ? QString() : m_currency;
    auto show = [&](MinorUnits value) { return currency.isEmpty() ? QString() : formatMoney(value, currency); };
    m_totalAmount->setText(total ? show(*total) : QStringLiteral("—"));
    m_totalApplied->setText(show(applied));
    m_totalUnapplied->setText(total ? show(*total - applied) : QString());
    const bool over = total && applied > *total;
    m_totalUnapplied->setStyleSheet(over ? QStringLiteral("color: #b00020;") : QString());
    if (over)
        m_totalUnapplied->setToolTip(tr("More is applied than the payment brings"));
    else
        m_totalUnapplied->setToolTip(total && *total > applied ? tr("Stays on the account as unapplied cash")
                                                               : QString());
    m_reason->setEnabled(m_items->anyPartial());
    m_post->setEnabled(canPost());
}

void PaymentDialog::applyOldestFirst()
{
    m_table->commitOpenEditor();
    m_items->applyOldestFirst(amount().value_or(0));
}

void PaymentDialog::clearApplied()
{
    m_table->commitOpenEditor();
    m_items->clearApplied();
}

void PaymentDialog::post()
{
    m_table->commitOpenEditor();
    if (!m_customerId)
        resolveCustomer();
    updateTotals();
    if (!canPost()) {
        m_message->setText(tr("Nothing posted: choose a customer, type an amount and apply at most that much."));
        return;
    }
    PaymentInput input;
    input.customerCode = m_customerCode;
    input.receivedDate = m_date->date();
    input.amount = *amount();
    input.method = m_method->currentData().toString();
    input.reference = m_reference->text().trimmed();
    input.apply = PaymentInput::Apply::Lines;
    for (const ApplyLine &line : m_items->lines())
        if (line.apply > 0)
            input.lines.push_back({line.invoiceId, line.apply});
    if (m_items->anyPartial())
        input.shortPaymentReason = m_reason->currentData().toString();
    // The discounts taken (each item still applied as open - discount) are credited by the
    // same service call, in the payment's transaction: all of it is posted or nothing.
    for (const auto &[invoiceId, discount] : m_discountsTaken) {
        const auto line = std::find_if(m_items->lines().begin(), m_items->lines().end(),
                                       [&](const ApplyLine &l) { return l.invoiceId == invoiceId; });
        if (line != m_items->lines().end() && line->apply == line->open - discount)
            input.takeDiscountOn.push_back(invoiceId);
    }
    const auto result = LedgerService(m_session).postPayment(input);
    if (!result) {
        m_message->setText(tr("Not posted: %1").arg(result.error().message));
        return;
    }
    const Id customer = *m_customerId;
    QString message = tr("Posted %1 from %2: %3 applied, %4 unapplied.")
                              .arg(formatMoney(input.amount, m_currency), m_customerCode,
                                   formatMoney(result->applied, m_currency), formatMoney(result->unapplied, m_currency));
    if (result->discounted > 0)
        message += QLatin1Char(' ')
                + tr("Early-payment discount credited: %1.").arg(formatMoney(result->discounted, m_currency));
    m_message->setText(message);
    clearForNext();
    Q_EMIT posted(customer);
}

void PaymentDialog::clearForNext()
{
    // The date and method stay: the next check of the pile is usually the same.
    forgetCustomer();
    m_customer->clear();
    m_amount->clear();
    m_reference->clear();
    m_reason->setCurrentIndex(0);
    m_suggestions->setStringList({});
    updateTotals();
    m_customer->setFocus();
}

} // namespace ardesk
