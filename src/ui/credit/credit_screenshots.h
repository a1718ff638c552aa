#pragma once
// Pictures of the credit-control screens of issue 6 for the documentation, in the language
// the application runs in (called by writeScreenshots and writeLanguageScreenshots in
// src/ui/screenshots.cpp, so scripts/screenshots.sh makes them in English and, with
// --lang xx, in docs/screenshots/xx/): settings-credit-policies.png,
// settings-strategies.png, settings-interest.png, settings-letter-templates.png,
// letter-run.png, account-hold.png, release-hold.png, approval-queue.png, payment-plan.png,
// account-plans.png, payment-discount.png, credit-reviews.png, credit-review-dialog.png
// and, with CreditShots::WithAgreement, plan-agreement.png (the first page of a plan's
// agreement letter in the running language, through pdftoppm when it is installed).
//
// Each screen shows what the book holds (the demo book has holds, plans, waiting write-off
// requests and due reviews); dialogs are filled in but never confirmed: nothing is written
// to the book. Where the book has no example (no customer on hold, no discount on offer)
// the screen is pictured as it is.

#include "domain/error.h"

#include <QStringList>

namespace ardesk {

class MainWindow;

enum class CreditShots { WithoutAgreement, WithAgreement };

// Appends the files written to `written`.
Status writeCreditScreenshots(MainWindow &window, const QString &folder, QStringList &written,
                              CreditShots set = CreditShots::WithAgreement);

} // namespace ardesk
