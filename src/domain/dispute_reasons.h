#pragma once
// The reason codes of a dispute (issue 5: pricing, quantity, quality, not received, duplicate
// billing, other) and their translated labels. The key is what is stored and what
// machine-readable output carries (the reports' CSV); people read the label (the contact
// panel, the dashboard, the reports' XLSX and PDF and their print preview).

#include <QHash>
#include <QString>

namespace ardesk {

// The translated label of a reason key; an unknown key is shown as it is.
QString disputeReasonLabel(const QString &key);

// Every known key with its translated label (for a report column's valueLabels).
QHash<QString, QString> disputeReasonLabels();

} // namespace ardesk
