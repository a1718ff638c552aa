#pragma once
// Formatting for documents: the locale of a document's language, money and dates in it,
// HTML escaping, and the offscreen QGuiApplication the CLI and tests need to lay out text.

#include "domain/money.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>

#include <memory>

namespace ardesk::documents {

// en -> English (United Kingdom), de -> German (Germany), fr, sv, cs likewise.
QLocale documentLocale(const QString &language);
// "1,234.56" / "1.234,56" / "1 234,56": grouped, the currency's decimals, never a double.
QString formatAmount(MinorUnits minor, const QString &currency, const QLocale &locale);
QString formatMoney(MinorUnits minor, const QString &currency, const QLocale &locale); // amount + code
// Hundredths of a percent as "11.50%" / "11,50 %" (no-break space; domain/money_format.h).
QString formatPercent(qint64 hundredths, const QLocale &locale);
// The locale's short date with a four-digit year ("30/11/2026", "30.11.2026", "2026-11-30").
QString formatDate(QDate date, const QLocale &locale);
QString escapeHtml(const QString &text);
// Text with line breaks as HTML (escaped, <br/> between lines).
QString htmlLines(const QString &text);

// The one table style of letters, statements and agreements: a bordered full-width table,
// shaded header cells (text escaped), and cells that never wrap (invoice numbers, dates and
// amounts stay on one line; the cell's HTML is used as given).
QString tableStart();
QString tableCell(const QString &html, bool right = false);
QString tableHeaderCell(const QString &text, bool right = false);

// The font every document uses (DejaVu Sans, installed with fonts-dejavu-core).
QString documentFontFamily();

// Rendering text needs a QGuiApplication. The CLI creates its application through this:
// with `documents` a QGuiApplication on the offscreen platform (unless QT_QPA_PLATFORM is
// set), otherwise a QCoreApplication.
std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv, bool documents);
// For tests and tools: makes sure a QGuiApplication exists (offscreen), creating one once.
void ensureGuiApplication();

} // namespace ardesk::documents
