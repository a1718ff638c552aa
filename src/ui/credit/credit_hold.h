#pragma once
// The credit hold of an account, shown on every screen of it (docs/credit-policy.md): a red
// badge with the reasons that set the hold (every trigger that fired, with its figures),
// hidden when the account is not on hold; and the Release hold dialog (release_hold:
// supervisor, manager, admin; a reason is required; the service audits it).
//
// Object names: creditHoldBadge; releaseHoldDialog, releaseHoldDate, releaseHoldReason,
// releaseHoldMessage.

#include "domain/error.h"
#include "storage/policy_repository.h"

#include <QDate>
#include <QDialog>
#include <QLabel>

#include <optional>
#include <vector>

class QDateEdit;
class QDialogButtonBox;
class QPlainTextEdit;

namespace ardesk {

class Session;

// "over the credit limit (balance 12,000.00 EUR, limit 10,000.00 EUR)", one per trigger.
QStringList holdReasons(const CreditHoldRecord &hold, const QString &currency);
// The hold in force (not released), if any.
std::optional<CreditHoldRecord> holdInForce(const std::vector<CreditHoldRecord> &history);

class CreditHoldBadge final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreditHoldBadge)

public:
    explicit CreditHoldBadge(QWidget *parent = nullptr);
    // Reads the customer's holds; hides the badge when none is in force (or on an error).
    void showFor(Session *session, const QString &customerCode, const QString &currency);
    void clear();
    bool onHold() const { return m_hold.has_value(); }
    const std::optional<CreditHoldRecord> &hold() const { return m_hold; }
    // The text for a compact place (a table cell): "ON HOLD: reason; reason".
    QString shortText() const;

private:
    std::optional<CreditHoldRecord> m_hold;
    QStringList m_reasons;
};

class ReleaseHoldDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReleaseHoldDialog)

public:
    ReleaseHoldDialog(Session &session, const QString &customerCode, const QString &currency, QDate today,
                      QWidget *parent = nullptr);
    void accept() override; // releases through CreditService; stays open with the message on a refusal

private:
    void updateOk();

    Session &m_session;
    QString m_customerCode;
    QDateEdit *m_date = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ardesk
