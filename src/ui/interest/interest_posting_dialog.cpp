#include "interest_posting_dialog.h"

#include "interest_rows_model.h"

#include "services/session.h"
#include "ui/common/book_job.h"
#include "ui/common/display_format.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <atomic>

namespace ardesk {

struct InterestPostingDialog::PreviewJob
{
    std::atomic<bool> cancel{false};
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
};

InterestPostingDialog::InterestPostingDialog(Session &session, QDate today, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("interestPostingDialog"));
    setWindowTitle(tr("Post interest"));
    auto *intro = new QLabel(tr("Late-payment interest since the last posting and the recovery compensation "
                                "(once per invoice) of the customers whose credit policy posts them, as debit "
                                "notes due at once. Running it again for the same date posts nothing."),
                             this);
    intro->setWordWrap(true);
    m_asOf = new QDateEdit(today, this);
    m_asOf->setObjectName(QStringLiteral("interestAsOf"));
    m_asOf->setCalendarPopup(true);
    auto *again = new QPushButton(tr("P&review"), this);
    again->setObjectName(QStringLiteral("interestPreviewButton"));
    again->setToolTip(tr("Read the preview again"));
    connect(again, &QPushButton::clicked, this, &InterestPostingDialog::refreshPreview);
    auto *asOfRow = new QHBoxLayout;
    asOfRow->addWidget(m_asOf);
    asOfRow->addWidget(again);
    asOfRow->addStretch(1);
    auto *asOfLabel = new QLabel(tr("&As of:"), this);
    asOfLabel->setBuddy(m_asOf);
    auto *form = new QFormLayout;
    form->addRow(asOfLabel, asOfRow);

    // While the preview is read (a first run on a big book looks at every overdue invoice):
    // its progress and a Cancel button; the dialog stays responsive meanwhile.
    m_previewBar = new QWidget(this);
    m_previewProgress = new QProgressBar(m_previewBar);
    m_previewProgress->setObjectName(QStringLiteral("interestPreviewProgress"));
    m_previewProgress->setTextVisible(false);
    m_previewCancel = new QPushButton(tr("Cancel"), m_previewBar);
    m_previewCancel->setObjectName(QStringLiteral("interestPreviewCancel"));
    connect(m_previewCancel, &QPushButton::clicked, this, &InterestPostingDialog::cancelPreview);
    auto *previewLayout = new QHBoxLayout(m_previewBar);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_previewProgress, 1);
    previewLayout->addWidget(m_previewCancel);
    m_previewBar->hide();
    auto *previewTimer = new QTimer(this);
    connect(previewTimer, &QTimer::timeout, this, [this] {
        if (!m_previewJob)
            return;
        const qint64 total = m_previewJob->total.load();
        if (total <= 0)
            return; // still reading the open items: the bar stays busy
        m_previewProgress->setRange(0, 1000);
        m_previewProgress->setValue(int(std::min<qint64>(1000, m_previewJob->done.load() * 1000 / total)));
    });
    previewTimer->start(100);

    auto setUpTable = [this](QTableView *table) {
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setAlternatingRowColors(true);
        table->setWordWrap(false);
        table->verticalHeader()->hide();
        table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
        table->horizontalHeader()->setStretchLastSection(true);
    };
    m_lines = new InterestLinesModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("interestPreviewTable"));
    m_table->setModel(m_lines);
    setUpTable(m_table);

    // What cannot be posted: a line counting it by reason, and the rows, narrowed by reason
    // and text, on a tab of their own.
    m_skipped = new QLabel(this);
    m_skipped->setObjectName(QStringLiteral("interestSkipped"));
    m_skipped->setWordWrap(true);
    m_skipped->setStyleSheet(QStringLiteral("color: #8a5300;"));
    m_skips = new InterestSkipsModel(this);
    m_skippedTable = new QTableView(this);
    m_skippedTable->setObjectName(QStringLiteral("interestSkippedTable"));
    m_skippedTable->setModel(m_skips);
    setUpTable(m_skippedTable);
    m_skippedReason = new QComboBox(this);
    m_skippedReason->setObjectName(QStringLiteral("interestSkippedReason"));
    m_skippedFilter = new QLineEdit(this);
    m_skippedFilter->setObjectName(QStringLiteral("interestSkippedFilter"));
    m_skippedFilter->setClearButtonEnabled(true);
    m_skippedFilter->setPlaceholderText(tr("Filter by customer, invoice or text"));
    connect(m_skippedReason, &QComboBox::currentIndexChanged, this, &InterestPostingDialog::filterSkips);
    connect(m_skippedFilter, &QLineEdit::textChanged, this, &InterestPostingDialog::filterSkips);
    auto *skippedPage = new QWidget(this);
    auto *skippedFilters = new QHBoxLayout;
    skippedFilters->addWidget(m_skippedReason);
    skippedFilters->addWidget(m_skippedFilter, 1);
    auto *skippedLayout = new QVBoxLayout(skippedPage);
    skippedLayout->addLayout(skippedFilters);
    skippedLayout->addWidget(m_skippedTable, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("interestTabs"));
    m_tabs->addTab(m_table, QString());
    m_tabs->addTab(skippedPage, QString());

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("interestPostingMessage"));
    m_message->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_post = buttons->addButton(tr("&Post"), QDialogButtonBox::AcceptRole);
    m_post->setObjectName(QStringLiteral("postInterestButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_post, &QPushButton::clicked, this, [this] { post(Confirm::Ask); });
    connect(m_asOf, &QDateEdit::dateChanged, this, [this] {
        m_postedNote.clear();
        refreshPreview();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_skipped);
    layout->addWidget(m_previewBar);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 28);
    refreshPreview();
}

InterestPostingDialog::~InterestPostingDialog()
{
    if (m_previewJob)
        m_previewJob->cancel = true; // its thread stops at its next step; the result is dropped
}

void InterestPostingDialog::setAsOf(QDate asOf)
{
    if (asOf == m_asOf->date())
        refreshPreview();
    else
        m_asOf->setDate(asOf); // dateChanged reads the preview
}

// The preview is read on a thread of its own (BookJob, a connection of its own), the grids
// emptied meanwhile and Post off; a newer preview (another date) cancels the one under way.
void InterestPostingDialog::refreshPreview()
{
    if (m_previewJob)
        m_previewJob->cancel = true;
    m_preview = {};
    m_lines->setLines({});
    showSkips();
    m_post->setEnabled(false);
    const QDate asOf = m_asOf->date();
    auto job = std::make_shared<PreviewJob>();
    m_previewJob = job;
    m_previewing = true;
    m_previewProgress->setRange(0, 0); // busy until the count of invoices is known
    m_previewCancel->setEnabled(true);
    m_previewBar->show();
    const QString reading = tr("Reading what a posting as of %1 would post…").arg(formatDate(asOf));
    m_message->setText(m_postedNote.isEmpty() ? reading : m_postedNote + u' ' + reading);
    BookJob::start<InterestPostingRun>(
            m_session, AccessMode::ReadOnly, this,
            [asOf, job](Session &worker) {
                return InterestPostingService(worker).preview(asOf, [job](qint64 done, qint64 total) {
                    job->done = done;
                    job->total = total;
                    return !job->cancel.load();
                });
            },
            [this, job, asOf](Result<InterestPostingRun> preview) {
                if (job != m_previewJob)
                    return; // a newer preview replaced it
                m_previewJob.reset();
                m_previewing = false;
                if (job->cancel.load()) // cancelled, even if the read ended first: nothing shown
                    preview = std::unexpected(Error{ErrorCode::Cancelled, QString()});
                m_previewBar->hide();
                showPreview(std::move(preview), asOf);
                Q_EMIT previewReady();
            });
}

void InterestPostingDialog::cancelPreview()
{
    if (!m_previewJob)
        return;
    m_previewJob->cancel = true;
    m_previewCancel->setEnabled(false);
}

void InterestPostingDialog::showPreview(Result<InterestPostingRun> preview, QDate asOf)
{
    auto withNote = [this](const QString &text) { return m_postedNote.isEmpty() ? text : m_postedNote + u' ' + text; };
    if (!preview) {
        showSkips();
        m_message->setText(withNote(
                preview.error().code == ErrorCode::Cancelled
                        ? tr("The preview was cancelled: nothing to post. Press Preview to read it again.")
                        : preview.error().message));
        m_post->setEnabled(false);
        return;
    }
    m_preview = std::move(*preview);
    m_lines->setLines(m_preview.lines);
    m_table->resizeColumnsToContents();
    showSkips();
    const bool mayPost = m_session.can(Action::PostInvoice) && !m_session.book().isReadOnly();
    m_post->setEnabled(mayPost && !m_preview.lines.empty());
    m_post->setToolTip(mayPost ? QString() : tr("Posting debit notes needs the permission to post invoices"));
    m_message->setText(withNote(m_preview.lines.empty()
                                        ? tr("Nothing to post as of %1.").arg(formatDate(asOf))
                                        : tr("%n debit note(s) to post as of %1.", nullptr,
                                             int(m_preview.lines.size()))
                                                  .arg(formatDate(asOf))));
}

// The skips of the preview: counted by reason in one line (not one message each: a first
// run on the 1m demo book has 16,804), the rows on their own tab.
void InterestPostingDialog::showSkips()
{
    m_skips->setSkips(m_preview.skipped);
    const QString keepReason = m_skippedReason->currentData().toString();
    {
        const QSignalBlocker blocker(m_skippedReason);
        m_skippedReason->clear();
        m_skippedReason->addItem(tr("Every reason (%1)").arg(QLocale().toString(qlonglong(m_skips->totalCount()))),
                                 QString());
        for (const auto &[reason, count] : m_skips->countByReason())
            m_skippedReason->addItem(tr("%1 (%2)").arg(InterestSkipsModel::reasonLabel(reason),
                                                       QLocale().toString(qlonglong(count))),
                                     reason);
        m_skippedReason->setCurrentIndex(std::max(0, m_skippedReason->findData(keepReason)));
    }
    filterSkips();
    QStringList byReason;
    for (const auto &[reason, count] : m_skips->countByReason())
        byReason << tr("%1: %2").arg(InterestSkipsModel::reasonLabel(reason), QLocale().toString(qlonglong(count)));
    const int skipped = int(m_skips->totalCount());
    m_skipped->setText(skipped == 0 ? QString()
                                    : tr("%n charge(s) cannot be posted (%1); see the tab \"Not posted\".", nullptr,
                                         skipped)
                                              .arg(QLocale().createSeparatedList(byReason)));
    m_skipped->setVisible(skipped != 0);
    m_tabs->setTabText(0, tr("Debit notes (%1)").arg(QLocale().toString(qlonglong(m_preview.lines.size()))));
    m_tabs->setTabText(1, tr("Not posted (%1)").arg(QLocale().toString(qlonglong(skipped))));
    m_tabs->setTabEnabled(1, skipped != 0);
}

void InterestPostingDialog::filterSkips()
{
    m_skips->setFilter(m_skippedReason->currentData().toString(), m_skippedFilter->text());
    m_skippedTable->resizeColumnsToContents();
}

void InterestPostingDialog::post(Confirm confirm)
{
    if (m_preview.lines.empty() || m_posting || m_previewing)
        return;
    if (confirm == Confirm::Ask
        && QMessageBox::question(this, tr("Post interest"),
                                 tr("Post %n debit note(s) as of %1? They can be undone only by a credit note.",
                                    nullptr, int(m_preview.lines.size()))
                                         .arg(formatDate(m_asOf->date())))
                != QMessageBox::Yes)
        return;
    // Off the UI thread, on a connection of its own (a first run on a book of a million
    // invoices posts tens of thousands of debit notes: seconds of work). One transaction:
    // there is nothing to cancel half-way, so the progress shows that it is busy.
    m_posting = true;
    m_post->setEnabled(false);
    m_asOf->setEnabled(false);
    auto *progress = new QProgressDialog(tr("Posting interest as of %1…").arg(formatDate(m_asOf->date())), QString(),
                                         0, 0, this);
    progress->setObjectName(QStringLiteral("interestPostingProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    const QDate asOf = m_asOf->date();
    BookJob::start<InterestPostingRun>(
            m_session, AccessMode::ReadWrite, this,
            [asOf](Session &worker) { return InterestPostingService(worker).post(asOf); },
            [this, progress, asOf](Result<InterestPostingRun> run) {
                progress->deleteLater();
                m_posting = false;
                m_asOf->setEnabled(true);
                if (!run) {
                    m_postedNote = tr("Nothing posted: %1").arg(run.error().message);
                    refreshPreview();
                    return;
                }
                m_postedCount += int(run->lines.size());
                m_postedNote = tr("Posted %n debit note(s) as of %1.", nullptr, int(run->lines.size()))
                                       .arg(formatDate(asOf));
                refreshPreview();
                Q_EMIT posted();
            });
}

} // namespace ardesk
