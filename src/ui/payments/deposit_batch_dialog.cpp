#include "deposit_batch_dialog.h"

#include "amount_input.h"
#include "ui/common/display_format.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace ardesk {

DepositLinesModel::DepositLinesModel(QObject *parent) : QAbstractTableModel(parent) {}

DepositLinesModel::~DepositLinesModel() = default;

void DepositLinesModel::setCurrency(const QString &currency)
{
    m_currency = currency;
    Q_EMIT linesChanged();
}

void DepositLinesModel::addLine()
{
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.push_back({});
    endInsertRows();
}

void DepositLinesModel::removeLine(int row)
{
    if (row < 0 || row >= int(m_rows.size()))
        return;
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    endRemoveRows();
    Q_EMIT linesChanged();
}

void DepositLinesModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
    Q_EMIT linesChanged();
}

bool DepositLinesModel::lines(std::vector<DepositLine> &out) const
{
    out.clear();
    for (const Row &row : m_rows) {
        if (row.isEmpty())
            continue;
        const auto amount = parseAmountInput(row.amount, m_currency);
        if (!amount)
            return false;
        out.push_back({row.customer.trimmed(), *amount, row.reference.trimmed(), row.invoice.trimmed()});
    }
    return true;
}

int DepositLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DepositLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DepositLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(index.column() == Amount ? Qt::AlignRight | Qt::AlignVCenter
                                                            : Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::BackgroundRole && index.column() == Amount && !row.amount.isEmpty()
        && !parseAmountInput(row.amount, m_currency))
        return QBrush(QColor(0xf8, 0xd7, 0xda));
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Customer:
        return row.customer;
    case Amount:
        if (role == Qt::DisplayRole) {
            if (const auto amount = parseAmountInput(row.amount, m_currency); amount && !row.amount.isEmpty())
                return formatAmount(*amount, m_currency);
        }
        return row.amount;
    case Reference:
        return row.reference;
    case Invoice:
        return row.invoice;
    }
    return {};
}

bool DepositLinesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Row &row = m_rows[std::size_t(index.row())];
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case Customer:
        row.customer = text.toUpper();
        break;
    case Amount:
        row.amount = text;
        break;
    case Reference:
        row.reference = text;
        break;
    case Invoice:
        row.invoice = text.toUpper();
        break;
    default:
        return false;
    }
    Q_EMIT dataChanged(index, index);
    Q_EMIT linesChanged();
    return true;
}

Qt::ItemFlags DepositLinesModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index) | (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

QVariant DepositLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1;
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Customer:
        return tr("Customer");
    case Amount:
        return tr("Amount");
    case Reference:
        return tr("Check / reference");
    case Invoice:
        return tr("Invoice (optional)");
    }
    return {};
}

DepositBatchDialog::DepositBatchDialog(Session &session, QDate today, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("depositBatchDialog"));
    setWindowTitle(tr("Deposit batch"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("batchName"));
    m_name->setPlaceholderText(tr("e.g. deposit slip number"));
    m_currency = new QLineEdit(QStringLiteral("EUR"), this);
    m_currency->setObjectName(QStringLiteral("batchCurrency"));
    m_currency->setMaxLength(3);
    m_date = new QDateEdit(today, this);
    m_date->setObjectName(QStringLiteral("batchDate"));
    m_date->setCalendarPopup(true);
    m_controlTotal = new QLineEdit(this);
    m_controlTotal->setObjectName(QStringLiteral("batchControlTotal"));
    m_controlTotal->setAlignment(Qt::AlignRight);
    m_controlCount = new QSpinBox(this);
    m_controlCount->setObjectName(QStringLiteral("batchControlCount"));
    m_controlCount->setRange(0, 10000);
    m_keyedCount = new QLabel(this);
    m_keyedCount->setObjectName(QStringLiteral("batchKeyedCount"));
    m_keyedTotal = new QLabel(this);
    m_keyedTotal->setObjectName(QStringLiteral("batchKeyedTotal"));

    auto *form = new QFormLayout;
    auto *first = new QHBoxLayout;
    first->addWidget(m_name, 2);
    first->addWidget(new QLabel(tr("Currency:"), this));
    first->addWidget(m_currency);
    first->addWidget(new QLabel(tr("Date:"), this));
    first->addWidget(m_date);
    form->addRow(tr("&Batch:"), first);
    static_cast<QLabel *>(form->labelForField(first))->setBuddy(m_name);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_controlTotal, 1);
    controls->addWidget(m_keyedTotal, 1);
    form->addRow(tr("Control &total:"), controls);
    static_cast<QLabel *>(form->labelForField(controls))->setBuddy(m_controlTotal);
    auto *count = new QHBoxLayout;
    count->addWidget(m_controlCount, 1);
    count->addWidget(m_keyedCount, 1);
    form->addRow(tr("Control c&ount:"), count);
    static_cast<QLabel *>(form->labelForField(count))->setBuddy(m_controlCount);

    m_lines = new DepositLinesModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("batchLines"));
    m_table->setModel(m_lines);
    m_table->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked
                             | QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    auto *add = new QPushButton(tr("&Add check"), this);
    add->setObjectName(QStringLiteral("addBatchLineButton"));
    add->setAutoDefault(false);
    auto *remove = new QPushButton(tr("&Remove check"), this);
    remove->setObjectName(QStringLiteral("removeBatchLineButton"));
    remove->setAutoDefault(false);
    connect(add, &QPushButton::clicked, this, [this] {
        m_lines->addLine();
        const QModelIndex first = m_lines->index(m_lines->rowCount() - 1, 0);
        m_table->setCurrentIndex(first);
        m_table->setFocus();
    });
    connect(remove, &QPushButton::clicked, this, [this] { m_lines->removeLine(m_table->currentIndex().row()); });
    auto *lineButtons = new QHBoxLayout;
    lineButtons->addWidget(add);
    lineButtons->addWidget(remove);
    lineButtons->addStretch(1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("batchMessage"));
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    m_post = buttons->addButton(tr("&Post batch"), QDialogButtonBox::AcceptRole);
    m_post->setObjectName(QStringLiteral("postBatchButton"));
    m_post->setAutoDefault(false);
    buttons->addButton(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(m_post, &QPushButton::clicked, this, &DepositBatchDialog::post);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(shortcut, &QShortcut::activated, this, &DepositBatchDialog::post);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addLayout(lineButtons);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_lines, &DepositLinesModel::linesChanged, this, &DepositBatchDialog::update);
    connect(m_controlTotal, &QLineEdit::textChanged, this, &DepositBatchDialog::update);
    connect(m_controlCount, &QSpinBox::valueChanged, this, &DepositBatchDialog::update);
    connect(m_currency, &QLineEdit::textChanged, this, [this] {
        m_lines->setCurrency(m_currency->text().trimmed().toUpper());
    });
    for (int i = 0; i < 3; ++i)
        m_lines->addLine();
    resize(fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 30);
    update();
}

DepositBatchDialog::~DepositBatchDialog() = default;

std::optional<DepositBatchInput> DepositBatchDialog::input() const
{
    DepositBatchInput input;
    input.name = m_name->text().trimmed();
    input.currency = m_currency->text().trimmed().toUpper();
    input.receivedDate = m_date->date();
    input.controlCount = m_controlCount->value();
    const auto total = parseAmountInput(m_controlTotal->text(), input.currency);
    if (!total || !m_lines->lines(input.lines))
        return std::nullopt;
    input.controlTotal = *total;
    return input;
}

void DepositBatchDialog::update()
{
    const QString currency = m_currency->text().trimmed().toUpper();
    const auto batch = input();
    MinorUnits keyed = 0;
    std::size_t count = 0;
    if (batch) {
        for (const DepositLine &line : batch->lines)
            keyed += line.amount;
        count = batch->lines.size();
    }
    m_keyedCount->setText(tr("%n check(s) keyed", nullptr, int(count)));
    m_keyedTotal->setText(tr("keyed %1").arg(formatMoney(keyed, currency)));
    Status balanced = batch ? DepositBatchService::checkBalanced(*batch)
                            : Status(std::unexpected(Error::invalid(tr("an amount cannot be read"))));
    const bool ok = batch && balanced;
    m_post->setEnabled(ok);
    const QString good = QStringLiteral("color: #1e7b34;");
    const QString bad = QStringLiteral("color: #b00020;");
    m_keyedCount->setStyleSheet(batch && int(count) == m_controlCount->value() ? good : bad);
    m_keyedTotal->setStyleSheet(batch && keyed == batch->controlTotal ? good : bad);
    m_message->setText(ok ? tr("Balanced: ready to post.") : balanced ? QString() : balanced.error().message);
}

void DepositBatchDialog::post()
{
    const auto batch = input();
    if (!batch || !m_post->isEnabled())
        return;
    const auto result = DepositBatchService(m_session).post(*batch);
    if (!result) {
        m_message->setText(tr("Nothing posted: %1").arg(result.error().message));
        return;
    }
    m_lines->clear();
    for (int i = 0; i < 3; ++i)
        m_lines->addLine();
    m_controlTotal->clear();
    m_controlCount->setValue(0);
    m_name->clear();
    m_message->setText(tr("Posted batch of %n check(s): %1 applied, %2 unapplied.", nullptr,
                          int(result->paymentIds.size()))
                               .arg(formatMoney(result->applied, batch->currency),
                                    formatMoney(result->unapplied, batch->currency)));
    Q_EMIT posted(result->batchId);
}

} // namespace ardesk
