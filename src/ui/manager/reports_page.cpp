#include "reports_page.h"

#include "documents/report_writers.h"
#include "services/report_service.h"
#include "services/session.h"
#include "ui/common/book_job.h"
#include "ui/manager/report_preview_dialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <atomic>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <condition_variable>
#include <mutex>

namespace ardesk {

namespace {

const char *const kErrorStyle = "color: #b00020;";

} // namespace

// One export or preview read: shared by the page (UI thread) and the worker thread.
struct ReportsPage::Run
{
    std::optional<QString> path; // export to; none: preview
    std::atomic<bool> cancel{false};
    std::atomic<int> stage{0}; // 0 starting, 1 reading, 2 writing
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::mutex mutex;
    std::function<void()> interrupt; // of the worker's running statement, while its book lives
    ReportsPage *receiver = nullptr; // the page, until the run is cancelled (under mutex)

    // A preview: the worker lays the pages out and then serves the dialog's requests (the
    // page to show, printing) on its own thread, which owns the laid-out document (its font
    // engines belong to that thread), until the dialog closes.
    std::mutex taskMutex;
    std::condition_variable taskCv;
    std::function<void()> task;
    bool taskDone = false;
    bool closed = false; // the dialog closed (or never opens): the worker ends
    int pageCount = 0;
    QPageLayout pageLayout;
    const documents::ReportPages *pages = nullptr;    // the worker's, while it serves
    std::unique_ptr<QPainter> painter;                // printing, on the worker

    bool workerGone = false; // the worker left its loop: nothing is painted any more

    // On the UI thread: runs `work` on the worker and waits for it (not at all once the
    // preview was closed or the worker left: the book was closed under the dialog).
    void onWorker(std::function<void()> work)
    {
        std::unique_lock lock(taskMutex);
        if (closed || workerGone)
            return;
        task = std::move(work);
        taskDone = false;
        taskCv.notify_all();
        taskCv.wait(lock, [this] { return taskDone || workerGone; });
    }
    void close()
    {
        std::lock_guard lock(taskMutex);
        closed = true;
        taskCv.notify_all();
    }
};

ReportsPage::ReportsPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("reportsPage"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Reports").toHtmlEscaped()), this);
    layout->addWidget(title);
    auto *about = new QLabel(tr("Each report opens with a written summary of its figures against the month before, "
                                "followed by its charts and tables. The print preview shows the pages of the PDF "
                                "export."),
                             this);
    about->setWordWrap(true);
    layout->addWidget(about);

    m_form = new QWidget(this);
    auto *form = new QFormLayout(m_form);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_report = new QComboBox(m_form);
    m_report->setObjectName(QStringLiteral("reportName"));
    for (const QString &name : ReportService::reportNames())
        m_report->addItem(reportTitle(name), name);
    form->addRow(tr("&Report:"), m_report);
    m_asOf = new QDateEdit(QDate::currentDate(), m_form);
    m_asOf->setObjectName(QStringLiteral("reportAsOf"));
    m_asOf->setCalendarPopup(true);
    form->addRow(tr("&As of:"), m_asOf);
    m_customer = new QLineEdit(m_form);
    m_customer->setObjectName(QStringLiteral("reportCustomer"));
    m_customer->setPlaceholderText(tr("Customer code"));
    m_customerLabel = new QLabel(tr("&Customer:"), m_form);
    m_customerLabel->setBuddy(m_customer);
    form->addRow(m_customerLabel, m_customer);
    auto *buttons = new QHBoxLayout;
    m_preview = new QPushButton(tr("Print pre&view…"), m_form);
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_export = new QPushButton(tr("&Export…"), m_form);
    m_export->setObjectName(QStringLiteral("reportExport"));
    m_export->setToolTip(tr("PDF, XLSX or CSV, by the file name's extension"));
    buttons->addWidget(m_preview);
    buttons->addWidget(m_export);
    buttons->addStretch(1);
    form->addRow(buttons);
    layout->addWidget(m_form);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("reportMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    m_runBox = new QWidget(this);
    m_runBox->setObjectName(QStringLiteral("reportRun"));
    auto *runLayout = new QHBoxLayout(m_runBox);
    runLayout->setContentsMargins(0, 0, 0, 0);
    m_runLabel = new QLabel(m_runBox);
    m_runLabel->setObjectName(QStringLiteral("reportRunStage"));
    m_progress = new QProgressBar(m_runBox);
    m_progress->setObjectName(QStringLiteral("reportProgress"));
    m_progress->setRange(0, 0);
    // Existing translated strings only (no new ones for the translators this session): the
    // background job's Cancel, the desk's "Computing…", the PDF footer's "Page %1 of %2".
    m_cancel = new QPushButton(QCoreApplication::translate("BackgroundJob", "Cancel"), m_runBox);
    m_cancel->setObjectName(QStringLiteral("reportCancel"));
    runLayout->addWidget(m_runLabel);
    runLayout->addWidget(m_progress, 1);
    runLayout->addWidget(m_cancel);
    m_runBox->hide();
    layout->addWidget(m_runBox);
    m_poll = new QTimer(this);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &ReportsPage::showProgress);
    connect(m_cancel, &QPushButton::clicked, this, &ReportsPage::cancelRun);

    m_denied = new QLabel(tr("Reports need the permission to export reports (managers and supervisors)."), this);
    m_denied->setObjectName(QStringLiteral("reportsDenied"));
    m_denied->setWordWrap(true);
    m_denied->hide();
    layout->addWidget(m_denied);
    layout->addStretch(1);

    connect(m_report, &QComboBox::currentIndexChanged, this, &ReportsPage::updateCustomerField);
    connect(m_preview, &QPushButton::clicked, this, &ReportsPage::printPreview);
    connect(m_export, &QPushButton::clicked, this, &ReportsPage::exportReport);
    updateCustomerField();
    setSession(nullptr);
}

ReportsPage::~ReportsPage()
{
    cancelRun(); // the worker stops at its next step; its result is dropped with the page
}

QString ReportsPage::reportTitle(const QString &name) const
{
    static const QHash<QString, const char *> titles{
            {QStringLiteral("aging-summary"), QT_TRANSLATE_NOOP("ReportsPage", "Aging summary")},
            {QStringLiteral("aging-detail"), QT_TRANSLATE_NOOP("ReportsPage", "Aging detail")},
            {QStringLiteral("statement"), QT_TRANSLATE_NOOP("ReportsPage", "Statement of account")},
            {QStringLiteral("collector-performance"), QT_TRANSLATE_NOOP("ReportsPage", "Collector performance")},
            {QStringLiteral("promises"), QT_TRANSLATE_NOOP("ReportsPage", "Promises to pay")},
            {QStringLiteral("disputes"), QT_TRANSLATE_NOOP("ReportsPage", "Disputes")},
            {QStringLiteral("complaints"), QT_TRANSLATE_NOOP("ReportsPage", "Complaints and satisfaction")},
            {QStringLiteral("write-offs"), QT_TRANSLATE_NOOP("ReportsPage", "Write-offs and recoveries")},
    };
    const auto it = titles.constFind(name);
    return it == titles.constEnd() ? name : tr(it.value());
}

void ReportsPage::setSession(Session *session)
{
    if (session != m_session && m_run) {
        cancelRun();
        m_run.reset(); // its late result is not for this session
        setBusy(false);
    }
    m_session = session;
    const bool allowed = session && session->require(Action::ExportReports).has_value();
    m_form->setVisible(allowed);
    m_denied->setVisible(session && !allowed);
    m_message->clear();
}

void ReportsPage::selectReport(const QString &name)
{
    const int index = m_report->findData(name);
    if (index >= 0)
        m_report->setCurrentIndex(index);
}

void ReportsPage::setAsOf(QDate day)
{
    m_asOf->setDate(day);
}

void ReportsPage::setCustomer(const QString &code)
{
    m_customer->setText(code);
}

void ReportsPage::updateCustomerField()
{
    const bool statement = m_report->currentData().toString() == u"statement";
    m_customer->setVisible(statement);
    m_customerLabel->setVisible(statement);
}

std::optional<Report> ReportsPage::buildReport()
{
    if (!m_session)
        return std::nullopt;
    auto report = ReportService(*m_session).build(
            {m_report->currentData().toString(), m_asOf->date(), m_customer->text().trimmed()});
    if (!report) {
        m_message->setStyleSheet(QString::fromLatin1(kErrorStyle));
        m_message->setText(tr("The report cannot be made: %1").arg(report.error().message));
        return std::nullopt;
    }
    m_message->setStyleSheet(QString());
    m_message->clear();
    return std::move(*report);
}

bool ReportsPage::paintOn(QPrinter &printer)
{
    const auto report = buildReport();
    if (!report)
        return false;
    // The preview's pages (measured once, painted one by one), as its Print… paints them.
    const auto pages = documents::reportPages(*report);
    printer.setPageLayout(pages->pageLayout());
    QPainter painter(&printer);
    const double scale = double(printer.resolution()) / documents::ReportPages::kResolution;
    for (int page = 0; page < pages->pageCount(); ++page) {
        if (page > 0)
            printer.newPage();
        painter.save();
        painter.scale(scale, scale);
        pages->paintPage(painter, page);
        painter.restore();
    }
    painter.end();
    return true;
}

void ReportsPage::showError(const QString &text)
{
    m_message->setStyleSheet(QString::fromLatin1(kErrorStyle));
    m_message->setText(text);
}

void ReportsPage::printPreview()
{
    start(std::nullopt);
}

void ReportsPage::exportReport()
{
    if (!m_session || m_run)
        return;
    const QString name = m_report->currentData().toString();
    const QString suggested = QStringLiteral("%1-%2.pdf").arg(name, m_asOf->date().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export report"), suggested,
                                                      tr("PDF (*.pdf);;Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    startExport(path);
}

bool ReportsPage::startExport(const QString &path)
{
    if (!m_session || m_run)
        return false;
    if (!documents::reportFormatFromKey(QFileInfo(path).suffix().toLower())) {
        showError(tr("%1: the name must end in .pdf, .xlsx or .csv").arg(path));
        return false;
    }
    start(path);
    return m_run != nullptr;
}

void ReportsPage::start(std::optional<QString> path)
{
    if (!m_session || m_run)
        return;
    auto run = std::make_shared<Run>();
    run->path = path;
    run->receiver = this;
    m_run = run;
    const ReportRequest request{m_report->currentData().toString(), m_asOf->date(), m_customer->text().trimmed()};
    const auto format = path ? documents::reportFormatFromKey(QFileInfo(*path).suffix().toLower())
                             : std::optional<documents::ReportFormat>();
    m_message->setStyleSheet(QString());
    m_message->clear();
    setBusy(true);
    BookJob::start<std::optional<Report>>(
            *m_session, AccessMode::ReadOnly, this,
            [run, request, format, hook = m_workerHook](Session &worker) -> Result<std::optional<Report>> {
                const auto cancelled = [] { return std::unexpected(Error{ErrorCode::Cancelled, QString()}); };
                {
                    std::lock_guard lock(run->mutex);
                    run->interrupt = worker.book().interrupter();
                }
                run->stage = 1;
                if (hook)
                    hook(1);
                // The read goes once through much of the book: a small page cache, and its
                // sorts and temporary tables in files (docs/performance.md, issue 8 session 10).
                worker.book().tuneForLongRead(8192);
                auto report = run->cancel ? Result<Report>(cancelled()) : ReportService(worker).build(request);
                {
                    std::lock_guard lock(run->mutex);
                    run->interrupt = {};
                }
                if (run->cancel)
                    return cancelled();
                if (!report)
                    return std::unexpected(report.error());
                run->stage = 2;
                if (hook)
                    hook(2);
                if (!run->path) {
                    // The preview: the pages measured here (where each page starts; nothing is
                    // painted), then this thread paints what the dialog asks for until it closes.
                    const QString title = report->title;
                    // What the read let go (the aging computation's working set, tens of
                    // megabytes on a big book) and this connection's page cache (up to 32 MiB;
                    // the connection stays open while the dialog is) back before the layout.
                    worker.book().releaseMemory();
#ifdef __GLIBC__
                    malloc_trim(0);
#endif
                    const std::unique_ptr<documents::ReportPages> pages =
                            documents::reportPages(std::move(*report), [run] { return !run->cancel.load(); });
                    if (pages->cancelled())
                        return cancelled();
#ifdef __GLIBC__
                    // The read of a long report frees its working memory into this thread's
                    // malloc arena, which keeps it (about 125 MB after the aging detail of the
                    // 1m demo book): given back before the dialog stays open for a while.
                    malloc_trim(0);
#endif
                    run->pages = pages.get();
                    run->pageCount = pages->pageCount();
                    run->pageLayout = pages->pageLayout();
                    {
                        std::lock_guard lock(run->mutex);
                        if (run->cancel || !run->receiver)
                            return cancelled();
                        QMetaObject::invokeMethod(
                                run->receiver,
                                [receiver = run->receiver, run, title] { receiver->openPreview(run, title); },
                                Qt::QueuedConnection);
                    }
                    std::unique_lock lock(run->taskMutex);
                    for (;;) {
                        run->taskCv.wait(lock, [&] { return run->task || run->closed || run->cancel; });
                        if (!run->task)
                            break;
                        const std::function<void()> work = std::exchange(run->task, nullptr);
                        lock.unlock();
                        work();
                        lock.lock();
                        run->taskDone = true;
                        run->taskCv.notify_all();
                    }
                    run->painter.reset();
                    run->pages = nullptr;
                    run->task = nullptr;
                    run->workerGone = true;
                    run->taskCv.notify_all();
                    return std::optional<Report>();
                }
                const auto progress = [run](qint64 done, qint64 total) {
                    run->done = done;
                    run->total = total;
                    return !run->cancel.load();
                };
                if (auto written = documents::writeReport(*report, *format, *run->path, progress); !written)
                    return std::unexpected(written.error());
                return std::optional<Report>();
            },
            [this, run](Result<std::optional<Report>> result) { finish(run, std::move(result)); });
}

void ReportsPage::cancelRun()
{
    if (!m_run)
        return;
    m_run->cancel = true;
    {
        std::lock_guard lock(m_run->mutex);
        m_run->receiver = nullptr; // no preview opens any more
        if (m_run->interrupt)
            m_run->interrupt(); // the running read fails at once ("interrupted")
    }
    m_run->close();
    m_cancel->setEnabled(false); // until the worker has stopped
    if (!m_run->path && m_run->stage.load() >= 2) {
        // A preview measuring its pages: the page is free again at once; the worker stops at
        // its next check and opens nothing.
        finish(m_run, std::unexpected(Error{ErrorCode::Cancelled, QString()}));
    }
}

void ReportsPage::closePreview()
{
    if (m_run && !m_run->path)
        m_run->close();
}

void ReportsPage::openPreview(std::shared_ptr<Run> run, const QString &title)
{
    const bool closed = [&] {
        std::lock_guard lock(run->taskMutex);
        return run->closed;
    }();
    if (run != m_run || run->cancel || closed) {
        run->close();
        return;
    }
    Q_EMIT previewOpening();
    ReportPreviewDialog dialog(
            run->pageCount, run->pageLayout,
            [run](int page, int dotsPerInch) {
                QImage image;
                run->onWorker([&] {
                    // The whole sheet, margins included, as it comes out of a printer.
                    const double scale = double(dotsPerInch) / documents::ReportPages::kResolution;
                    const QRect sheet = run->pageLayout.fullRectPixels(dotsPerInch);
                    const QRect printed = run->pageLayout.paintRectPixels(dotsPerInch);
                    image = QImage(sheet.size(), QImage::Format_RGB32);
                    image.setDotsPerMeterX(qRound(dotsPerInch / 0.0254));
                    image.setDotsPerMeterY(qRound(dotsPerInch / 0.0254));
                    image.fill(Qt::white);
                    QPainter painter(&image);
                    painter.setRenderHint(QPainter::Antialiasing);
                    painter.setRenderHint(QPainter::SmoothPixmapTransform); // the charts' images
                    painter.translate(printed.topLeft());
                    painter.scale(scale, scale);
                    run->pages->paintPage(painter, page);
                });
                return image;
            },
            [run](QPrinter &printer, const std::function<bool(int, int)> &progress) {
                // QPainter on a QPrinter may work off the UI thread: the worker paints each
                // page while this thread shows the progress between pages.
                bool started = false;
                run->onWorker([&] { started = (run->painter = std::make_unique<QPainter>()) && run->painter->begin(&printer); });
                for (int page = 0; started && page < run->pageCount; ++page) {
                    if (!progress(page, run->pageCount))
                        break;
                    run->onWorker([&] {
                        if (page > 0)
                            printer.newPage();
                        const double scale = double(printer.resolution()) / documents::ReportPages::kResolution;
                        run->painter->save();
                        run->painter->scale(scale, scale);
                        run->pages->paintPage(*run->painter, page);
                        run->painter->restore();
                    });
                }
                run->onWorker([&] {
                    if (run->painter && run->painter->isActive())
                        run->painter->end();
                    run->painter.reset();
                });
            },
            tr("Print preview: %1").arg(title), this);
    dialog.resize(900, 1000);
    dialog.exec();
    run->close(); // the worker ends; finish() follows
}

void ReportsPage::finish(std::shared_ptr<Run> run, Result<std::optional<Report>> result)
{
    if (run != m_run)
        return; // a run of an earlier session
    m_run.reset();
    setBusy(false);
    if (!result) {
        if (run->cancel || result.error().code == ErrorCode::Cancelled) {
            const QString cancelled = QCoreApplication::translate("BankImport", "cancelled");
            m_message->setStyleSheet(QString());
            m_message->setText(run->path ? tr("The report was not written: %1").arg(cancelled)
                                         : tr("The report cannot be made: %1").arg(cancelled));
        } else if (run->path) {
            showError(tr("The report was not written: %1").arg(result.error().message));
        } else {
            showError(tr("The report cannot be made: %1").arg(result.error().message));
        }
        Q_EMIT runFinished(false);
        return;
    }
    if (run->path) {
        // Written even when Cancel came after the last check: the file is complete.
        m_message->setStyleSheet(QString());
        m_message->setText(tr("Written to %1").arg(QDir::toNativeSeparators(*run->path)));
        Q_EMIT runFinished(true);
        return;
    }
    if (run->cancel) {
        m_message->setStyleSheet(QString());
        m_message->setText(
                tr("The report cannot be made: %1").arg(QCoreApplication::translate("BankImport", "cancelled")));
        Q_EMIT runFinished(false);
        return;
    }
    Q_EMIT runFinished(true); // the preview was shown (and closed) while the worker served it
}

void ReportsPage::setBusy(bool busy)
{
    m_preview->setEnabled(!busy);
    m_export->setEnabled(!busy);
    m_report->setEnabled(!busy);
    m_asOf->setEnabled(!busy);
    m_customer->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    m_runBox->setVisible(busy);
    if (busy) {
        m_progress->setRange(0, 0);
        showProgress();
        m_poll->start();
    } else {
        m_poll->stop();
    }
}

void ReportsPage::showProgress()
{
    if (!m_run || m_run->cancel)
        return;
    if (m_run->stage.load() < 2) {
        m_runLabel->setText(QCoreApplication::translate("ardesk::DashboardView", "Computing…"));
        m_progress->setRange(0, 0);
        return;
    }
    const qint64 total = m_run->total.load();
    if (total > 1) {
        m_runLabel->setText(QCoreApplication::translate("ReportWriters", "Page %1 of %2")
                                    .arg(QLocale().toString(m_run->done.load() + 1), QLocale().toString(total)));
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(std::min<qint64>(1000, m_run->done.load() * 1000 / total)));
    } else {
        m_runLabel->setText(QCoreApplication::translate("ardesk::DashboardView", "Computing…"));
        m_progress->setRange(0, 0);
    }
}

} // namespace ardesk
