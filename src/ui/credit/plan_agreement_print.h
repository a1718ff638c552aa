#pragma once
// "Print agreement…" of a payment plan (the account's Payment plans tab and the plan dialog
// after saving): renders the agreement letter (documents/plan_agreement.h), records it on the
// account's timeline (take_promise), writes it to the temporary folder and hands it to the
// PDF viewer, where it is printed or saved. The timeline's "Open letter" opens it again.

#include "domain/error.h"
#include "domain/ledger_types.h"

#include <QString>

namespace ardesk {

class Session;

// The PDF written (ardesk-<customer>-plan-<id>-agreement-<date>.pdf in the temporary folder).
Result<QString> printPlanAgreementFile(Session &session, Id planId, bool openInViewer = true);

} // namespace ardesk
