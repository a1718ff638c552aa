#pragma once
// Reads a view's data only once it is on screen (docs/performance.md "Book open: nothing
// heavy before the first paint").
//
// Opening a book hands the session to every page of the window, most of them hidden (the
// Settings tabs, the supervisor's queues under My work). Those that read the book at once
// kept the UI thread busy for seconds on a million-invoice book before the window could
// paint. whenShown(widget, load) runs `load` at once when the widget is visible or when it
// is not part of a window on screen (a widget on its own, or a window not shown: tests and
// documentation runs read as before); otherwise it runs it the next time the widget is
// shown (its tab chosen). A later call replaces the waiting `load`; cancelWhenShown drops
// it. `load` runs on the UI thread, during the widget's show event.

#include <functional>

class QWidget;

namespace ardesk {

// Returns true when `load` ran now, false when it waits for the widget's next show.
bool whenShown(QWidget *widget, std::function<void()> load);
// True while a load waits for the widget to be shown.
bool isWaitingToBeShown(const QWidget *widget);

} // namespace ardesk
