#pragma once
// The Reports screen (objectName reportsPage): every management report of ReportService
// for an as-of date (the statement for a customer), shown in a print preview with the same
// pages as the PDF export, or exported as PDF, XLSX or CSV (docs/manager-desk.md "Reports").
// Needs the export-reports permission; a role without it sees why instead.

#include "domain/report_model.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPrinter;
class QPushButton;

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

public Q_SLOTS:
    void printPreview();
    void exportReport();

private:
    void updateCustomerField();
    QString reportTitle(const QString &name) const;

    Session *m_session = nullptr;
    QComboBox *m_report;
    QDateEdit *m_asOf;
    QLineEdit *m_customer;
    QLabel *m_customerLabel;
    QPushButton *m_preview;
    QPushButton *m_export;
    QLabel *m_message;
    QLabel *m_denied;
    QWidget *m_form;
};

} // namespace ardesk
