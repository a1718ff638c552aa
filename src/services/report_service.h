#pragma once
// The management reports (issue 7, "Reports and export") as report models
// (domain/report_model.h): aging summary and detail, statement of account, collector
// performance, promises, disputes, complaints and satisfaction, write-offs and recoveries.
// Each opens with a written summary generated from its figures, comparing the as-of date
// with the same date one month earlier (or the month ending on the as-of date with the month
// before). Writers: src/documents/report_writers.h. Needs export_reports.
// Errors as Result<T> (services layer style).

#include "session.h"

#include "domain/report_model.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace ardesk {

struct ReportRequest final
{
    QString name; // reportNames()
    QDate asOf;
    QString customerCode; // the statement's customer
};

class ReportService final
{
public:
    explicit ReportService(Session &session) : m_session(session) { }

    static QStringList reportNames(); // aging-summary, aging-detail, statement, ...
    Result<Report> build(const ReportRequest &request);

private:
    Result<Report> agingSummary(QDate asOf);
    Result<Report> agingDetail(QDate asOf);
    Result<Report> statement(QDate asOf, const QString &customerCode);
    Result<Report> collectorPerformance(QDate asOf);
    Result<Report> promises(QDate asOf);
    Result<Report> disputes(QDate asOf);
    Result<Report> complaints(QDate asOf);
    Result<Report> writeOffs(QDate asOf);

    Session &m_session;
};

} // namespace ardesk
