#include "letter_run_dialog.h"

#include "ui/common/book_job.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace ardesk {

LetterRunDialog::LetterRunDialog(Session &session, QDate today, QWidget *parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("letterRunDialog"));
    setWindowTitle(tr("Letters and statements"));
    m_asOf = new QDateEdit(today, this);
    m_asOf->setObjectName(QStringLiteral("letterRunAsOf"));
    m_asOf->setCalendarPopup(true);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("letterRunKind"));
    m_kind->addItem(tr("Statements of account (every customer due one)"), static_cast<int>(Kind::Statements));
    m_kind->addItem(tr("Dunning letters and reminders due"), static_cast<int>(Kind::Letters));
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("letterRunFolder"));
    m_folder->setText(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                              .filePath(QStringLiteral("ardesk-letters")));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("letterRunBrowse"));
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&As of:"), m_asOf);
    form->addRow(tr("&Documents:"), m_kind);
    m_customers = new QLineEdit(this);
    m_customers->setObjectName(QStringLiteral("letterRunCustomers"));
    m_customers->setPlaceholderText(tr("all; or customer numbers, comma-separated"));
    form->addRow(tr("&Customers:"), m_customers);
    form->addRow(tr("Save to folder:"), folderRow);
    auto *note = new QLabel(tr("Every document is saved as a PDF in the folder and recorded on the customer's "
                               "account, where it can be opened again. Letters due are created by the collection "
                               "strategy for the date first. Running again for the same date records nothing twice."),
                            this);
    note->setWordWrap(true);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("letterRunResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_run = new QPushButton(tr("&Run"), this);
    m_run->setObjectName(QStringLiteral("letterRunButton"));
    m_run->setDefault(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_run, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_run, &QPushButton::clicked, this, [this] { run(false); });
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Save to folder"), m_folder->text());
        if (!folder.isEmpty())
            m_folder->setText(folder);
    });
    const bool maySend = m_session.can(Action::LogContact) || m_session.can(Action::EditCustomers);
    m_run->setEnabled(maySend);
    if (!maySend)
        m_result->setText(tr("Your role may not send letters or statements."));
}

LetterRunDialog::~LetterRunDialog()
{
    if (m_progress)
        m_progress->cancel = true; // the job finishes its document and its result is dropped
}

void LetterRunDialog::setAsOf(QDate asOf)
{
    m_asOf->setDate(asOf);
}

void LetterRunDialog::setKind(Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
}

void LetterRunDialog::setCustomers(const QString &codes)
{
    m_customers->setText(codes);
}

void LetterRunDialog::setFolder(const QString &folder)
{
    m_folder->setText(folder);
}

QString LetterRunDialog::resultText() const
{
    return m_result->text();
}

void LetterRunDialog::cancel()
{
    if (m_progress)
        m_progress->cancel = true;
}

void LetterRunDialog::run(bool wait)
{
    if (m_running)
        return;
    const QString folder = m_folder->text().trimmed();
    if (folder.isEmpty() || !QDir().mkpath(folder)) {
        m_result->setText(tr("The folder %1 cannot be created.").arg(folder.toHtmlEscaped()));
        return;
    }
    const QDate asOf = m_asOf->date();
    const auto kind = static_cast<Kind>(m_kind->currentData().toInt());
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    const QStringList only = m_customers->text().split(separators, Qt::SkipEmptyParts);
    auto progress = std::make_shared<Progress>();
    m_progress = progress;
    m_running = true;
    m_run->setEnabled(false);
    m_result->setText(tr("Running…"));

    m_progressDialog = new QProgressDialog(kind == Kind::Statements ? tr("Writing statements…")
                                                                    : tr("Writing letters…"),
                                           tr("Cancel"), 0, 100, this);
    m_progressDialog->setObjectName(QStringLiteral("letterRunProgress"));
    m_progressDialog->setWindowModality(Qt::WindowModal);
    m_progressDialog->setMinimumDuration(300);
    m_progressDialog->setAutoClose(false);
    m_progressDialog->setAutoReset(false);
    connect(m_progressDialog, &QProgressDialog::canceled, this, &LetterRunDialog::cancel);
    auto *timer = new QTimer(m_progressDialog);
    QPointer<QProgressDialog> dialog = m_progressDialog;
    connect(timer, &QTimer::timeout, m_progressDialog, [dialog, progress] {
        const int total = progress->total.load();
        if (dialog && total > 0) {
            dialog->setMaximum(total);
            dialog->setValue(std::min(progress->done.load(), total));
        }
    });
    timer->start(100);

    bool finishedFlag = false;
    QPointer<LetterRunDialog> self(this);
    BookJob::start<documents::BatchResult>(
            m_session, AccessMode::ReadWrite, this,
            [asOf, folder, kind, progress, only](Session &worker) -> Result<documents::BatchResult> {
                const documents::BatchProgressCallback callback = [progress](const documents::BatchProgress &p) {
                    progress->done = p.done;
                    progress->total = p.total;
                    return !progress->cancel.load();
                };
                return kind == Kind::Statements ? documents::runStatements(worker, asOf, folder, callback, only)
                                                : documents::runLetters(worker, asOf, folder, callback, only);
            },
            [self, progress, &finishedFlag, wait](Result<documents::BatchResult> result) {
                if (wait)
                    finishedFlag = true;
                if (!self)
                    return;
                self->m_running = false;
                self->m_run->setEnabled(true);
                if (self->m_progressDialog) {
                    self->m_progressDialog->deleteLater();
                    self->m_progressDialog = nullptr;
                }
                self->m_progress.reset();
                if (!result) {
                    self->m_result->setText(tr("The run stopped: %1").arg(result.error().message.toHtmlEscaped()));
                    Q_EMIT self->finished(false);
                    return;
                }
                const documents::BatchResult &r = *result;
                int recorded = 0;
                for (const documents::BatchDocument &d : r.documents)
                    recorded += d.newRecord ? 1 : 0;
                const int written = static_cast<int>(r.documents.size());
                QString text = r.cancelled
                        ? tr("Cancelled after %n document(s); what was written is recorded. Run again to finish.",
                             nullptr, written)
                        : tr("%n document(s) written to the folder.", nullptr, written);
                text += QStringLiteral(" ");
                text += tr("%n new on the accounts' timelines.", nullptr, recorded);
                text += QStringLiteral("<br><tt>%1</tt>").arg(r.folder.toHtmlEscaped());
                self->m_result->setText(text);
                self->m_last = std::make_unique<documents::BatchResult>(r);
                Q_EMIT self->finished(!r.cancelled);
            });
    if (wait) {
        QElapsedTimer timer;
        timer.start();
        while (!finishedFlag && timer.elapsed() < 300000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
}

} // namespace ardesk
