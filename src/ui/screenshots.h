#pragma once
// Pictures of the main views for the documentation: `ardesk --screenshots DIR BOOK`
// (a hidden option; scripts/screenshots.sh runs it offscreen) opens the book, shows each
// view in a 1280x800 window and saves main-window.png, customers.png, invoices.png and
// payments.png in DIR.

#include "domain/error.h"

#include <QStringList>

namespace ardesk {

class MainWindow;

// The window must have a book open. Returns the files written.
Result<QStringList> writeScreenshots(MainWindow &window, const QString &folder);

// Only the pictures taken once per language (docs/screenshots/LANG/, `ardesk --lang xx
// --language-screenshots DIR BOOK`): dashboard.png, payment-dialog.png and the credit-control
// screens with the payment-plan agreement (ui/credit/credit_screenshots.h).
Result<QStringList> writeLanguageScreenshots(MainWindow &window, const QString &folder);

} // namespace ardesk
