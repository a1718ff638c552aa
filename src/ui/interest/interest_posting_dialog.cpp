#include "interest_posting_dialog.h"

#include "services/session.h"
#include "ui/common/book_job.h"
#include "ui/common/display_format.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ardesk {

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
    auto *form = new QFormLayout;
    form->addRow(tr("&As of:"), m_asOf);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("interestPreviewTable"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("Customer"), tr("Invoice"), tr("Debit note"), tr("Charge"),
                                        tr("Days"), tr("Amount")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_skipped = new QLabel(this);
    m_skipped->setObjectName(QStringLiteral("interestSkipped"));
    m_skipped->setWordWrap(true);
    m_skipped->setStyleSheet(QStringLiteral("color: #8a5300;"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("interestPostingMessage"));
    m_message->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_post = buttons->addButton(tr("&Post"), QDialogButtonBox::AcceptRole);
    m_post->setObjectName(QStringLiteral("postInterestButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_post, &QPushButton::clicked, this, [this] { post(Confirm::Ask); });
    connect(m_asOf, &QDateEdit::dateChanged, this, &InterestPostingDialog::refreshPreview);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_skipped);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 28);
    refreshPreview();
}

InterestPostingDialog::~InterestPostingDialog() = default;

void InterestPostingDialog::setAsOf(QDate asOf)
{
    m_asOf->setDate(asOf);
    refreshPreview();
}

void InterestPostingDialog::refreshPreview()
{
    m_preview = {};
    m_table->setRowCount(0);
    const auto preview = InterestPostingService(m_session).preview(m_asOf->date());
    if (!preview) {
        m_message->setText(preview.error().message);
        m_post->setEnabled(false);
        return;
    }
    m_preview = *preview;
    m_table->setRowCount(int(m_preview.lines.size()));
    for (int row = 0; row < int(m_preview.lines.size()); ++row) {
        const InterestPostingLine &line = m_preview.lines[std::size_t(row)];
        const bool interest = line.kind == u"interest";
        const QString days = interest ? tr("%1 to %2 (%n day(s))", nullptr, int(line.fromDay.daysTo(line.toDay)) + 1)
                                                .arg(formatDate(line.fromDay), formatDate(line.toDay))
                                      : QString();
        const QStringList cells{line.customerCode,
                                line.invoiceNumber,
                                line.debitNoteNumber,
                                interest ? tr("Interest on %1").arg(formatMoney(line.base, line.currency))
                                         : tr("Recovery compensation"),
                                days,
                                formatMoney(line.amount, line.currency)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column == 5)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    QStringList skipped;
    for (const InterestPostingSkip &skip : m_preview.skipped)
        skipped << skip.message;
    m_skipped->setText(skipped.isEmpty() ? QString()
                                         : tr("Not posted: %1").arg(skipped.join(QStringLiteral("; "))));
    m_skipped->setVisible(!skipped.isEmpty());
    const bool mayPost = m_session.can(Action::PostInvoice) && !m_session.book().isReadOnly();
    m_post->setEnabled(mayPost && !m_preview.lines.empty());
    m_post->setToolTip(mayPost ? QString() : tr("Posting debit notes needs the permission to post invoices"));
    m_message->setText(m_preview.lines.empty()
                               ? tr("Nothing to post as of %1.").arg(formatDate(m_asOf->date()))
                               : tr("%n debit note(s) to post as of %1.", nullptr, int(m_preview.lines.size()))
                                         .arg(formatDate(m_asOf->date())));
}

void InterestPostingDialog::post(Confirm confirm)
{
    if (m_preview.lines.empty() || m_posting)
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
                    refreshPreview();
                    m_message->setText(tr("Nothing posted: %1").arg(run.error().message));
                    return;
                }
                m_postedCount += int(run->lines.size());
                refreshPreview();
                m_message->setText(tr("Posted %n debit note(s) as of %1.", nullptr, int(run->lines.size()))
                                           .arg(formatDate(asOf)));
                Q_EMIT posted();
            });
}

} // namespace ardesk
