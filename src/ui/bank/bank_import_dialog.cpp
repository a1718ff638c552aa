#include "bank_import_dialog.h"

#include "services/browse_service.h"
#include "ui/common/background_job.h"
#include "ui/common/display_format.h"
#include "ui/payments/apply_lines_model.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStringListModel>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace ardesk {

namespace {

const QString kLastBankFolderKey = QStringLiteral("bankImport/lastFolder");
const QString kErrorStyle = QStringLiteral("color: #b00020;");
const QString kGoodStyle = QStringLiteral("color: #1e7b34;");

QString candidateText(const MatchCandidate &candidate, const QString &currency)
{
    QString invoices = candidate.invoiceNumbers.join(QStringLiteral(", "));
    if (invoices.isEmpty())
        invoices = QCoreApplication::translate("BankImportDialog", "unapplied cash");
    else if (candidate.unapplied > 0)
        invoices = QCoreApplication::translate("BankImportDialog", "%1 and %2 unapplied")
                           .arg(invoices, formatMoney(candidate.unapplied, currency));
    return QCoreApplication::translate("BankImportDialog", "%1 · %2 · %3 % — %4")
            .arg(candidate.customerCode, invoices, QLocale().toString(candidate.confidence), candidate.reason);
}

} // namespace

// --- assigning by hand -----------------------------------------------------------------

BankAssignDialog::BankAssignDialog(Session &session, QDate today, const BankEntry &entry, QWidget *parent)
    : QDialog(parent),
      m_session(session),
      m_today(today),
      m_entry(entry)
{
    setObjectName(QStringLiteral("bankAssignDialog"));
    setWindowTitle(tr("Assign a bank credit"));
    auto *about = new QLabel(tr("%1 on %2 from %3: “%4”")
                                     .arg(formatMoney(entry.amount.minor(), entry.amount.currency()),
                                          formatDate(entry.bookingDate),
                                          entry.debtorName.isEmpty() ? tr("an unnamed payer") : entry.debtorName,
                                          entry.remittance.isEmpty() ? entry.creditorReference : entry.remittance),
                             this);
    about->setWordWrap(true);
    about->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_customer = new QLineEdit(this);
    m_customer->setObjectName(QStringLiteral("bankAssignCustomer"));
    m_customer->setPlaceholderText(tr("Customer code or name"));
    auto *suggestions = new QStringListModel(this);
    auto *completer = new QCompleter(suggestions, this);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_customer->setCompleter(completer);
    connect(m_customer, &QLineEdit::textEdited, this, [this, suggestions, completer](const QString &text) {
        m_customerId.reset();
        m_items->setLines(m_entry.amount.currency(), {});
        m_customerName->clear();
        if (text.trimmed().isEmpty())
            return;
        CustomerListFilter filter;
        filter.search = text.trimmed();
        const auto rows = BrowseService(m_session).customers(filter, {}, m_today, RowWindow{0, 20});
        QStringList entries;
        if (rows)
            for (const CustomerListRow &row : *rows)
                entries << row.code + QStringLiteral("  ") + row.name;
        suggestions->setStringList(entries);
        if (!entries.isEmpty() && m_customer->hasFocus())
            completer->complete();
    });
    connect(m_customer, &QLineEdit::editingFinished, this, [this] {
        if (!m_customerId)
            chooseCustomer(m_customer->text());
    });
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &text) { chooseCustomer(text); });
    m_customerName = new QLabel(this);
    m_customerName->setObjectName(QStringLiteral("bankAssignCustomerName"));
    m_customerName->setWordWrap(true);

    m_items = new ApplyLinesModel(this);
    m_items->setLines(entry.amount.currency(), {});
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("bankAssignItems"));
    m_table->setModel(m_items);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked
                             | QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    auto *oldest = new QPushButton(tr("Apply &oldest first"), this);
    oldest->setObjectName(QStringLiteral("bankAssignOldestButton"));
    oldest->setAutoDefault(false);
    connect(oldest, &QPushButton::clicked, this, [this] { m_items->applyOldestFirst(m_entry.amount.minor()); });
    auto *clear = new QPushButton(tr("&Clear"), this);
    clear->setAutoDefault(false);
    connect(clear, &QPushButton::clicked, this, [this] { m_items->clearApplied(); });
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("bankAssignTotals"));
    m_remember = new QCheckBox(tr("&Remember the account %1 for this customer").arg(entry.debtorAccount), this);
    m_remember->setObjectName(QStringLiteral("bankAssignRemember"));
    m_remember->setChecked(!entry.debtorAccount.isEmpty());
    m_remember->setVisible(!entry.debtorAccount.isEmpty());

    auto *form = new QFormLayout;
    auto *customerRow = new QHBoxLayout;
    customerRow->addWidget(m_customer, 1);
    customerRow->addWidget(m_customerName, 2);
    form->addRow(tr("C&ustomer:"), customerRow);
    static_cast<QLabel *>(form->labelForField(customerRow))->setBuddy(m_customer);
    auto *applyRow = new QHBoxLayout;
    applyRow->addWidget(oldest);
    applyRow->addWidget(clear);
    applyRow->addStretch(1);
    applyRow->addWidget(m_totals);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Assign"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canAccept())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Open items (what is not applied stays on the account as unapplied cash):"), this));
    layout->addWidget(m_table, 1);
    layout->addLayout(applyRow);
    layout->addWidget(m_remember);
    layout->addWidget(buttons);
    connect(m_items, &ApplyLinesModel::appliedChanged, this, &BankAssignDialog::update);
    resize(fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 26);
    update();
}

BankAssignDialog::~BankAssignDialog() = default;

bool BankAssignDialog::chooseCustomer(const QString &text)
{
    const QString typed = text.trimmed();
    if (typed.isEmpty())
        return false;
    const QString code = typed.section(QChar(u' '), 0, 0);
    CustomerListFilter filter;
    filter.search = code;
    auto rows = BrowseService(m_session).customers(filter, {}, m_today, RowWindow{0, 20});
    std::optional<CustomerListRow> found;
    if (rows)
        for (const CustomerListRow &row : *rows)
            if (row.code.compare(code, Qt::CaseInsensitive) == 0)
                found = row;
    if (!found) {
        filter.search = typed;
        rows = BrowseService(m_session).customers(filter, {}, m_today, RowWindow{0, 2});
        if (rows && rows->size() == 1)
            found = rows->front();
    }
    m_customerId.reset();
    if (!found) {
        m_customerName->setStyleSheet(kErrorStyle);
        m_customerName->setText(tr("No single customer matches “%1”").arg(typed));
        m_items->setLines(m_entry.amount.currency(), {});
        return false;
    }
    if (found->currency != m_entry.amount.currency()) {
        m_customerName->setStyleSheet(kErrorStyle);
        m_customerName->setText(tr("%1 keeps its account in %2; the credit is in %3")
                                        .arg(found->name, found->currency, m_entry.amount.currency()));
        m_items->setLines(m_entry.amount.currency(), {});
        return false;
    }
    m_customerId = found->id;
    m_customerCode = found->code;
    m_customer->setText(found->code);
    m_customerName->setStyleSheet(QString());
    m_customerName->setText(found->name);
    std::vector<ApplyLine> lines;
    InvoiceListFilter invoices;
    invoices.customerId = found->id;
    invoices.status = InvoiceStatusFilter::Open;
    if (const auto open = BrowseService(m_session).invoices(invoices, {}, m_today, RowWindow{0, 1000}); open)
        for (const InvoiceListRow &row : *open)
            lines.push_back(applyLineOf(row));
    m_items->setLines(m_entry.amount.currency(), std::move(lines));
    m_table->resizeColumnsToContents();
    update();
    return true;
}

bool BankAssignDialog::canAccept() const
{
    return m_customerId && m_items->allValid() && m_items->applied() <= m_entry.amount.minor();
}

bool BankAssignDialog::rememberAccount() const
{
    return m_remember->isChecked() && !m_entry.debtorAccount.isEmpty();
}

MatchCandidate BankAssignDialog::candidate() const
{
    MatchCandidate candidate;
    candidate.customerId = m_customerId.value_or(0);
    candidate.customerCode = m_customerCode;
    for (const ApplyLine &line : m_items->lines())
        if (line.valid && line.apply > 0) {
            candidate.lines.push_back({line.invoiceId, line.apply});
            candidate.invoiceNumbers << line.number;
        }
    candidate.unapplied = m_entry.amount.minor() - m_items->applied();
    candidate.confidence = 100;
    candidate.reason = tr("assigned by hand");
    return candidate;
}

void BankAssignDialog::update()
{
    const QString currency = m_entry.amount.currency();
    const MinorUnits applied = m_items->applied();
    const bool over = applied > m_entry.amount.minor();
    m_totals->setText(tr("Credit %1 · applied %2 · unapplied %3")
                              .arg(formatMoney(m_entry.amount.minor(), currency), formatMoney(applied, currency),
                                   formatMoney(m_entry.amount.minor() - applied, currency)));
    m_totals->setStyleSheet(over ? kErrorStyle : QString());
    m_ok->setEnabled(canAccept());
}

// --- the review screen -----------------------------------------------------------------

BankImportDialog::BankImportDialog(Session &session, QDate today, QWidget *parent)
    : QDialog(parent),
      m_session(session),
      m_today(today)
{
    setObjectName(QStringLiteral("bankImportDialog"));
    setWindowTitle(tr("Import bank statement"));

    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("bankFile"));
    m_file->setPlaceholderText(tr("A camt.053 (.xml) or CSV statement from the bank"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("bankBrowseButton"));
    browse->setAutoDefault(false);
    connect(browse, &QPushButton::clicked, this, &BankImportDialog::chooseFile);
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("bankFormat"));
    m_format->addItem(tr("Automatic"), QString());
    m_format->addItem(tr("camt.053 (ISO 20022)"), bankFileFormatKey(BankFileFormat::Camt053));
    m_format->addItem(tr("CSV with a mapping"), bankFileFormatKey(BankFileFormat::Csv));
    m_mapping = new QComboBox(this);
    m_mapping->setObjectName(QStringLiteral("bankMapping"));
    m_mapping->setEditable(true);
    m_mapping->setInsertPolicy(QComboBox::NoInsert);
    m_mapping->lineEdit()->setPlaceholderText(tr("CSV only: a mapping kept in the book, or a JSON file"));
    m_mapping->setMinimumContentsLength(24);
    auto *mappingBrowse = new QPushButton(tr("Mapping &file…"), this);
    mappingBrowse->setObjectName(QStringLiteral("bankMappingBrowseButton"));
    mappingBrowse->setAutoDefault(false);
    connect(mappingBrowse, &QPushButton::clicked, this, &BankImportDialog::chooseMappingFile);
    m_reviewButton = new QPushButton(tr("&Review"), this);
    m_reviewButton->setObjectName(QStringLiteral("bankReviewButton"));
    m_reviewButton->setDefault(true);
    connect(m_reviewButton, &QPushButton::clicked, this, &BankImportDialog::review);

    auto *form = new QFormLayout;
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    form->addRow(tr("&Statement:"), fileRow);
    static_cast<QLabel *>(form->labelForField(fileRow))->setBuddy(m_file);
    auto *formatRow = new QHBoxLayout;
    formatRow->addWidget(m_format);
    auto *mappingLabel = new QLabel(tr("CSV &mapping:"), this);
    mappingLabel->setBuddy(m_mapping);
    formatRow->addSpacing(12);
    formatRow->addWidget(mappingLabel);
    formatRow->addWidget(m_mapping, 1);
    formatRow->addWidget(mappingBrowse);
    formatRow->addSpacing(12);
    formatRow->addWidget(m_reviewButton);
    form->addRow(tr("F&ormat:"), formatRow);
    static_cast<QLabel *>(form->labelForField(formatRow))->setBuddy(m_format);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("bankSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setText(tr("Choose the bank's statement file and press Review. Nothing is posted until you press "
                          "Post."));

    m_model = new BankReviewModel(this);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("bankEntries"));
    m_tree->setModel(m_model);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionsMovable(false);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &BankImportDialog::showDetails);
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        const auto entry = m_model->entryAt(index);
        if (entry && m_model->groupOf(*entry) == BankGroup::Unmatched && index.column() != BankReviewModel::Post)
            assignCurrent();
    });
    connect(m_model, &BankReviewModel::decisionsChanged, this, &BankImportDialog::updateTotals);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &BankImportDialog::showDetails);

    auto *detailsBox = new QGroupBox(tr("Selected entry"), this);
    m_details = new QLabel(detailsBox);
    m_details->setObjectName(QStringLiteral("bankEntryDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_candidate = new QComboBox(detailsBox);
    m_candidate->setObjectName(QStringLiteral("bankCandidate"));
    m_candidate->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_candidate->setMinimumContentsLength(40);
    connect(m_candidate, &QComboBox::activated, this, [this](int row) {
        if (const auto entry = currentEntry())
            m_model->chooseCandidate(*entry, row);
    });
    m_confirm = new QPushButton(tr("&Confirm"), detailsBox);
    m_confirm->setObjectName(QStringLiteral("bankConfirmButton"));
    m_confirm->setAutoDefault(false);
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        const auto entry = currentEntry();
        if (entry && m_model->isIncluded(*entry))
            m_model->setIncluded(*entry, false);
        else
            confirmCurrent();
    });
    m_assign = new QPushButton(tr("&Assign…"), detailsBox);
    m_assign->setObjectName(QStringLiteral("bankAssignButton"));
    m_assign->setAutoDefault(false);
    connect(m_assign, &QPushButton::clicked, this, &BankImportDialog::assignCurrent);
    auto *choiceRow = new QHBoxLayout;
    choiceRow->addWidget(new QLabel(tr("Post as:"), detailsBox));
    choiceRow->addWidget(m_candidate, 1);
    choiceRow->addWidget(m_confirm);
    choiceRow->addWidget(m_assign);
    auto *detailsLayout = new QVBoxLayout(detailsBox);
    detailsLayout->addWidget(m_details);
    detailsLayout->addLayout(choiceRow);

    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("bankPostTotals"));
    QFont bold = m_totals->font();
    bold.setBold(true);
    m_totals->setFont(bold);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("bankMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(this);
    m_post = buttons->addButton(tr("&Post checked entries"), QDialogButtonBox::AcceptRole);
    m_post->setObjectName(QStringLiteral("bankPostButton"));
    m_post->setToolTip(tr("Posts every checked entry in one go: all of them or, on any problem, none"));
    m_post->setAutoDefault(false);
    connect(m_post, &QPushButton::clicked, this, &BankImportDialog::post);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_totals, 1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addWidget(detailsBox);
    layout->addWidget(m_message);
    layout->addLayout(bottom);

    loadMappingNames();
    resize(fontMetrics().averageCharWidth() * 150, fontMetrics().height() * 40);
    showDetails();
    updateTotals();
}

BankImportDialog::~BankImportDialog() = default;

void BankImportDialog::loadMappingNames()
{
    const QString typed = m_mapping->currentText();
    m_mapping->clear();
    if (const auto names = BankImportService(m_session).mappingNames(); names)
        m_mapping->addItems(*names);
    m_mapping->setEditText(typed);
}

void BankImportDialog::setFile(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
}

void BankImportDialog::chooseFile()
{
    QSettings settings;
    QString folder = settings.value(kLastBankFolderKey).toString();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QString file = QFileDialog::getOpenFileName(
            this, tr("Bank statement"), folder, tr("Bank statements (*.xml *.053 *.camt *.csv *.txt);;All files (*)"));
    if (file.isEmpty())
        return;
    settings.setValue(kLastBankFolderKey, QFileInfo(file).absolutePath());
    setFile(file);
    review();
}

void BankImportDialog::chooseMappingFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("CSV mapping"), QFileInfo(m_file->text()).absolutePath(),
                                                      tr("Mappings (*.json);;All files (*)"));
    if (!file.isEmpty())
        m_mapping->setEditText(QDir::toNativeSeparators(file));
}

void BankImportDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_reviewButton->setEnabled(!busy);
    updateTotals();
}

void BankImportDialog::review()
{
    if (m_busy)
        return;
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (path.isEmpty()) {
        m_summary->setText(tr("Choose the bank's statement file first."));
        return;
    }
    BankImportOptions options;
    if (const QString key = m_format->currentData().toString(); !key.isEmpty())
        options.format = bankFileFormatFromKey(key);
    options.mapping = QDir::fromNativeSeparators(m_mapping->currentText().trimmed());
    const QString name = QFileInfo(path).fileName();
    m_message->clear();
    setBusy(true);
    auto result = runInBackground<BankReview>(this, m_session, tr("Reading and matching %1…").arg(name),
                                              QStringLiteral("bankReviewProgress"),
                                              [path, options](Session &session, const JobProgress &progress) {
                                                  BankImportOptions withProgress = options;
                                                  withProgress.progress = progress;
                                                  return BankImportService(session).reviewFile(path, withProgress);
                                              });
    setBusy(false);
    m_model->clear();
    m_remember.clear();
    m_summary->setStyleSheet(QString());
    if (!result) {
        m_summary->setStyleSheet(kErrorStyle);
        m_summary->setText(result.error().code == ErrorCode::Cancelled
                                   ? tr("The review was cancelled: nothing is shown and nothing changed.")
                                   : tr("%1 cannot be reviewed: %2").arg(name, result.error().message).toHtmlEscaped());
        return;
    }
    if (!result->problems.empty()) {
        QStringList lines;
        for (std::size_t i = 0; i < std::min<std::size_t>(8, result->problems.size()); ++i)
            lines << formatBankFileProblem(name, result->problems[i]).toHtmlEscaped();
        if (result->problems.size() > 8)
            lines << tr("… and %n more problem(s).", nullptr, int(result->problems.size() - 8));
        m_summary->setStyleSheet(kErrorStyle);
        m_summary->setText(tr("<b>%1 is refused: nothing in it can be posted, and nothing changed.</b><br>%2")
                                   .arg(name.toHtmlEscaped(), lines.join(QStringLiteral("<br>"))));
        return;
    }
    const int entries = int(result->entries.size());
    const int already = int(result->count(BankEntryState::AlreadyPosted));
    const QString statement = result->statementRef.isEmpty() ? name : result->statementRef;
    m_model->setReview(std::move(*result));
    // Whole sentences, one per line: none is glued into another one's placeholder.
    QStringList summary{tr("Statement <b>%1</b> (%2): %n transaction(s).", nullptr, entries)
                                .arg(statement.toHtmlEscaped(), name.toHtmlEscaped())};
    if (already > 0)
        summary << tr("<b>This statement was imported before.</b> Already posted, and not posted again: "
                      "%n transaction(s).",
                      nullptr, already);
    m_summary->setText(summary.join(QStringLiteral("<br>")));
    m_tree->expandAll();
    for (int g = 0; g < kBankGroupCount; ++g)
        m_tree->setFirstColumnSpanned(g, QModelIndex(), true);
    // The reason is what the clerk reads: it gets the room left; long texts are elided
    // (the whole entry is in the details below and in the tooltips).
    for (int c = 1; c < BankReviewModel::ColumnCount - 1; ++c)
        m_tree->resizeColumnToContents(c);
    const int character = fontMetrics().averageCharWidth();
    m_tree->setColumnWidth(BankReviewModel::Post,
                           m_tree->indentation() + character * 4
                                   + fontMetrics().horizontalAdvance(tr("already posted")));
    for (auto [column, characters] :
         {std::pair{int(BankReviewModel::Debtor), 24}, std::pair{int(BankReviewModel::Remittance), 26},
          std::pair{int(BankReviewModel::Invoices), 22}})
        m_tree->setColumnWidth(column, std::min(m_tree->columnWidth(column), character * characters));
    // Start on what needs the clerk: the first suggestion, else the first unmatched entry.
    for (BankGroup group : {BankGroup::Suggested, BankGroup::Unmatched, BankGroup::Matched})
        if (m_model->count(group) > 0) {
            m_tree->setCurrentIndex(m_model->index(0, 0, m_model->groupIndex(group)));
            break;
        }
    showDetails();
}

std::optional<qsizetype> BankImportDialog::currentEntry() const
{
    return m_model->entryAt(m_tree->currentIndex());
}

void BankImportDialog::selectEntry(qsizetype entry)
{
    const QModelIndex index = m_model->entryIndex(entry);
    if (index.isValid())
        m_tree->setCurrentIndex(index);
    showDetails();
}

void BankImportDialog::showDetails()
{
    const auto entry = currentEntry();
    m_candidate->clear();
    if (!entry) {
        m_details->setText(m_model->hasReview() ? tr("Select an entry to see all of it.") : QString());
        m_candidate->setEnabled(false);
        m_confirm->setEnabled(false);
        m_assign->setEnabled(false);
        return;
    }
    const BankReviewEntry &reviewed = m_model->review().entries[std::size_t(*entry)];
    const BankEntry &e = reviewed.entry;
    const BankGroup group = m_model->groupOf(*entry);
    QStringList lines;
    lines << tr("<b>%1</b> on %2, entry %3 (line %4)")
                     .arg(formatMoney(e.amount.minor(), e.amount.currency()), formatDate(e.bookingDate),
                          e.entryRef.toHtmlEscaped())
                     .arg(e.line);
    if (!e.debtorName.isEmpty() || !e.debtorAccount.isEmpty())
        lines << tr("From: %1 %2").arg(e.debtorName.toHtmlEscaped(), e.debtorAccount.toHtmlEscaped());
    if (!e.remittance.isEmpty())
        lines << tr("Remittance: %1").arg(e.remittance.toHtmlEscaped());
    if (!e.creditorReference.isEmpty())
        lines << tr("Structured reference: %1").arg(e.creditorReference.toHtmlEscaped());
    const MatchCandidate *chosen = m_model->chosen(*entry);
    if (chosen && m_model->chosenCandidateIndex(*entry) >= 0)
        lines << tr("Why: %1 (confidence %2 %)")
                         .arg(chosen->reason.toHtmlEscaped(), QLocale().toString(chosen->confidence));
    if (chosen && !chosen->warning.isEmpty() && m_model->chosenCandidateIndex(*entry) >= 0)
        lines << tr("<span style=\"color:#b00020\">Warning: %1</span>").arg(chosen->warning.toHtmlEscaped());
    if (reviewed.state == BankEntryState::AlreadyPosted)
        lines << tr("Already posted by an earlier import of this statement: it is not posted again.");
    m_details->setText(lines.join(QStringLiteral("<br>")));

    const QString currency = e.amount.currency();
    QSignalBlocker block(m_candidate);
    for (const MatchCandidate &candidate : reviewed.match.candidates)
        m_candidate->addItem(candidateText(candidate, currency));
    if (m_model->chosenCandidateIndex(*entry) < 0 && chosen)
        m_candidate->addItem(candidateText(*chosen, currency));
    const int shown = m_model->chosenCandidateIndex(*entry);
    m_candidate->setCurrentIndex(shown >= 0 ? shown : m_candidate->count() - 1);
    m_candidate->setToolTip(m_candidate->currentText());
    const bool open = group != BankGroup::NotPosted;
    m_candidate->setEnabled(open && !reviewed.match.candidates.empty());
    m_confirm->setEnabled(open && m_model->canInclude(*entry));
    m_confirm->setText(m_model->isIncluded(*entry) ? tr("&Leave out") : tr("&Confirm"));
    m_assign->setEnabled(open && !m_busy);
}

void BankImportDialog::updateTotals()
{
    const auto totals = m_model->includedTotals();
    const qsizetype count = m_model->includedCount();
    QStringList amounts;
    for (const auto &[currency, amount] : totals)
        amounts << formatMoney(amount, currency);
    m_totals->setText(
            count == 0
                    ? (m_model->hasReview() ? tr("Nothing checked to post.") : QString())
                    : tr("To post: %n payment(s), %1", nullptr, int(count)).arg(amounts.join(QStringLiteral(" + "))));
    m_post->setEnabled(!m_busy && count > 0);
}

void BankImportDialog::confirmCurrent()
{
    const auto entry = currentEntry();
    if (!entry || !m_model->canInclude(*entry))
        return;
    m_model->setIncluded(*entry, true);
}

void BankImportDialog::assignCurrent()
{
    const auto entry = currentEntry();
    if (!entry || m_busy || m_model->groupOf(*entry) == BankGroup::NotPosted)
        return;
    const BankEntry &e = m_model->review().entries[std::size_t(*entry)].entry;
    BankAssignDialog dialog(m_session, m_today, e, this);
    if (const MatchCandidate *chosen = m_model->chosen(*entry))
        dialog.chooseCustomer(chosen->customerCode);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const MatchCandidate candidate = dialog.candidate();
    if (dialog.rememberAccount())
        m_remember[*entry] = {e.debtorAccount, candidate.customerCode};
    else
        m_remember.erase(*entry);
    m_model->assign(*entry, candidate);
}

void BankImportDialog::post()
{
    if (m_busy || !m_model->hasReview())
        return;
    const std::vector<BankPostDecision> decisions = m_model->decisions();
    if (decisions.empty()) {
        m_message->setStyleSheet(kErrorStyle);
        m_message->setText(tr("Nothing is checked to post."));
        return;
    }
    const BankReview reviewed = m_model->review();
    setBusy(true);
    auto result = runInBackground<BankPostReport>(
            this, m_session, tr("Posting %n payment(s)…", nullptr, int(decisions.size())),
            QStringLiteral("bankPostProgress"), [reviewed, decisions](Session &session, const JobProgress &progress) {
                return BankImportService(session).post(reviewed, decisions, progress);
            });
    setBusy(false);
    if (!result) {
        m_message->setStyleSheet(kErrorStyle);
        m_message->setText(result.error().code == ErrorCode::Cancelled
                                   ? tr("Posting was cancelled: nothing was posted.")
                                   : tr("Nothing was posted: %1").arg(result.error().message));
        return;
    }
    QStringList notRemembered;
    for (const BankPostDecision &d : decisions) {
        const auto it = m_remember.find(d.entryIndex);
        if (it == m_remember.end())
            continue;
        if (auto ok = BankImportService(m_session).assignAccount(it->second.first, it->second.second); !ok)
            notRemembered << ok.error().message;
    }
    // Whole sentences side by side: none is glued into another one's placeholder.
    QStringList message{tr("Posted %n payment(s).", nullptr, int(result->posted))};
    if (result->alreadyPosted > 0)
        message << tr("Already posted before, so not posted again: %n transaction(s).", nullptr,
                      int(result->alreadyPosted));
    if (!notRemembered.isEmpty())
        message << tr("An account could not be remembered: %1").arg(notRemembered.join(QStringLiteral("; ")));
    Q_EMIT posted();
    loadMappingNames(); // a mapping file with a name is kept in the book now
    review();           // what was posted now shows as already posted
    m_message->setStyleSheet(kGoodStyle);
    m_message->setText(message.join(u' '));
}

} // namespace ardesk
