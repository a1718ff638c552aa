#pragma once
// Pictures of the manager desk for the documentation (called by writeScreenshots in
// src/ui/screenshots.cpp): dashboard.png, staff-performance.png, cash-forecast.png,
// roll-forward.png, reports.png (the Reports page) and reports-export.png (an export running
// in the background: progress bar and Cancel). Each view is shown in a window tall
// enough for its charts and saved once its figures have arrived from the worker thread.

#include "domain/error.h"

#include <QStringList>

namespace ardesk {

class MainWindow;

// Appends the files written to `written`.
Status writeDashboardScreenshot(MainWindow &window, const QString &folder, QStringList &written);
Status writeManagerScreenshots(MainWindow &window, const QString &folder, QStringList &written);

} // namespace ardesk
