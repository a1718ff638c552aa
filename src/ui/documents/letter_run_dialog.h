#pragma once
// Clerk > Letters and statements: the monthly run of statements of account or of the dunning
// letters due (documents::runStatements / runLetters, docs/documents.md) for an as-of date
// into a folder, off the UI thread (BookJob: its own connection, tracked) with a progress
// dialog and Cancel. Each document is recorded on its account's timeline as it is written,
// so a cancelled run keeps what it finished and a rerun completes it.
// Object names: letterRunAsOf, letterRunKind (statements, letters), letterRunFolder,
// letterRunCustomers, letterRunBrowse, letterRunButton, letterRunResult, letterRunProgress.

#include "documents/document_batch.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QProgressDialog;

namespace ardesk {

class Session;

class LetterRunDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LetterRunDialog)

public:
    enum class Kind { Statements, Letters };
    LetterRunDialog(Session &session, QDate today, QWidget *parent = nullptr);
    ~LetterRunDialog() override;

    void setAsOf(QDate asOf);
    void setKind(Kind kind);
    void setFolder(const QString &folder);
    // Customer codes, separated by commas or spaces; empty: every customer due a document.
    void setCustomers(const QString &codes);
    // Starts the run (the button); with `wait`, returns when it has finished (tests).
    void run(bool wait = false);
    // Asks the running batch to stop after the document it is on (the progress dialog's Cancel).
    void cancel();
    bool running() const { return m_running; }
    QString resultText() const;
    const documents::BatchResult *lastResult() const { return m_last.get(); }

Q_SIGNALS:
    void finished(bool ok);

private:
    struct Progress
    {
        std::atomic<int> done{0};
        std::atomic<int> total{0};
        std::atomic<bool> cancel{false};
    };

    Session &m_session;
    QDateEdit *m_asOf = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_folder = nullptr;
    QLineEdit *m_customers = nullptr;
    QPushButton *m_browse = nullptr;
    QPushButton *m_run = nullptr;
    QLabel *m_result = nullptr;
    QProgressDialog *m_progressDialog = nullptr;
    std::shared_ptr<Progress> m_progress;
    std::unique_ptr<documents::BatchResult> m_last;
    bool m_running = false;
};

} // namespace ardesk
