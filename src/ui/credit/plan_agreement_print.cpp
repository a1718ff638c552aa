#include "plan_agreement_print.h"

#include "documents/plan_agreement.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QUrl>

namespace ardesk {

Result<QString> printPlanAgreementFile(Session &session, Id planId, bool openInViewer)
{
    const auto printed = documents::printPlanAgreement(session, planId);
    if (!printed)
        return std::unexpected(printed.error());
    const QString path = QDir::temp().filePath(QStringLiteral("ardesk-") + printed->fileName);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(printed->pdf) != printed->pdf.size())
        return std::unexpected(Error::invalid(
                QCoreApplication::translate("PlanAgreement", "The agreement could not be written to %1.").arg(path)));
    file.close();
    if (openInViewer)
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    return path;
}

} // namespace ardesk
