#pragma once
// The Reports screen (objectName reportsPage): every management report of ReportService
// for an as-of date (the statement for a customer), shown in a print preview with the same
// pages as the PDF export, or exported as PDF, XLSX or CSV (docs/manager-desk.md "Reports").
// Needs the export-reports permission; a role without it sees why instead.
//
// Off the UI thread: Export and Print preview read the book (and Export renders and writes
// the file) on a BookJob thread with its own connection, the same user and permissions; the
// page shows a progress bar and a Cancel button meanwhile and the window stays responsive.
// Cancel interrupts the running read (SQLite) and stops the rendering at its next page: no
// file is left (writeReport is all-or-nothing). The print preview's pages are laid out by the
// worker too, which then paints the page its dialog shows (report_preview_dialog.h) until the
// dialog closes; Cancel while they are laid out frees the page at once (docs/manager-desk.md
// "Reports").

#include "domain/error.h"
#include "domain/report_model.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPrinter;
class QProgressBar;
class QPushButton;
class QTimer;

namespace ardesk {

class Session;

class ReportsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsPage)

public:
    explicit ReportsPage(QWidget *parent = nullptr);
    ~ReportsPage() override;

    void setSession(Session *session);

    // The chosen report built from the book (the message line says why when it cannot be).
    std::optional<Report> buildReport();
    // Paints the chosen report on the printer: what the print preview shows.
    bool paintOn(QPrinter &printer);
    void selectReport(const QString &name);
    void setAsOf(QDate day);
    void setCustomer(const QString &code);

    // Starts writing the chosen report to path in the background (format by its extension);
    // false (and the message line says why) when it cannot start. runFinished follows.
    bool startExport(const QString &path);
    bool isRunning() const { return m_run != nullptr; }
    // Stops the running export or preview read (the page is idle again once runFinished).
    void cancelRun();
    // A print preview's worker stops painting pages and ends (the book is being closed): an
    // open preview shows nothing more; one still being laid out never opens.
    void closePreview();
    // For tests: called on the worker thread as each stage begins (1 reading, 2 writing).
    void setWorkerHookForTests(std::function<void(int stage)> hook) { m_workerHook = std::move(hook); }

Q_SIGNALS:
    // A background export or preview read ended: written (or previewed), failed or cancelled.
    void runFinished(bool ok);
    // The preview's pages are laid out: its dialog opens now.
    void previewOpening();

public Q_SLOTS:
    void printPreview(); // reads in the background, then opens the preview dialog
    void exportReport(); // asks for the file, then startExport

private:
    struct Run;
    void updateCustomerField();
    QString reportTitle(const QString &name) const;
    void start(std::optional<QString> path);
    void finish(std::shared_ptr<Run> run, Result<std::optional<Report>> result);
    void openPreview(std::shared_ptr<Run> run, const QString &title); // on the UI thread, from the worker
    void showProgress();
    void setBusy(bool busy);
    void showError(const QString &text);

    Session *m_session = nullptr;
    QComboBox *m_report;
    QDateEdit *m_asOf;
    QLineEdit *m_customer;
    QLabel *m_customerLabel;
    QPushButton *m_preview;
    QPushButton *m_export;
    QLabel *m_message;
    QWidget *m_runBox;
    QLabel *m_runLabel;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QTimer *m_poll;
    std::shared_ptr<Run> m_run;
    std::function<void(int)> m_workerHook;
    QLabel *m_denied;
    QWidget *m_form;
};

} // namespace ardesk
