#include "reports_page.h"

#include "documents/report_writers.h"
#include "services/report_service.h"
#include "services/session.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

namespace ardesk {

namespace {

const char *const kErrorStyle = "color: #b00020;";

} // namespace

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

ReportsPage::~ReportsPage() = default;

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
    documents::paintReport(printer, *report);
    return true;
}

void ReportsPage::printPreview()
{
    const auto report = buildReport();
    if (!report)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(report->title);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("reportPrintPreview"));
    dialog.setWindowTitle(tr("Print preview: %1").arg(report->title));
    dialog.resize(900, 1000);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&report](QPrinter *device) { documents::paintReport(*device, *report); });
    dialog.exec();
}

void ReportsPage::exportReport()
{
    const auto report = buildReport();
    if (!report)
        return;
    const QString name = m_report->currentData().toString();
    const QString suggested = QStringLiteral("%1-%2.pdf").arg(name, m_asOf->date().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export report"), suggested,
                                                      tr("PDF (*.pdf);;Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const auto format = documents::reportFormatFromKey(QFileInfo(path).suffix().toLower());
    if (!format) {
        m_message->setStyleSheet(QString::fromLatin1(kErrorStyle));
        m_message->setText(tr("%1: the name must end in .pdf, .xlsx or .csv").arg(path));
        return;
    }
    if (auto written = documents::writeReport(*report, *format, path); !written) {
        m_message->setStyleSheet(QString::fromLatin1(kErrorStyle));
        m_message->setText(tr("The report was not written: %1").arg(written.error().message));
        return;
    }
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Written to %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace ardesk
