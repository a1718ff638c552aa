#pragma once
// Payment posting, built for a clerk posting many payments in a row, keyboard first:
// customer by code or name (type-ahead over the customers, read a few at a time in SQL),
// amount, date, method, reference; the customer's open items oldest due first with an
// editable "Apply" column; running totals of amount, applied and unapplied (applied +
// unapplied = amount always; an overpayment stays unapplied cash). Post is enabled only
// when the customer is known, the amount is positive, every apply cell is valid and
// applied <= amount. An item paid in part may carry a reason (early-pay discount,
// deduction, disputed). After posting the dialog clears for the next payment.
//
// Keys: Ctrl+Return posts, Alt+O applies oldest first, Alt+C clears the apply column.
// Object names: paymentCustomer, paymentCustomerName, paymentAmount, paymentDate,
// paymentMethod, paymentReference, paymentItems, applyOldestButton, clearApplyButton,
// shortPaymentReason, paymentTotalAmount, paymentTotalApplied, paymentTotalUnapplied,
// paymentMessage, postPaymentButton, creditHoldBadge, paymentDiscountInfo,
// takeDiscountButton.

#include "domain/ledger_types.h"

#include <QDialog>
#include <QTimer>

#include <optional>

class QComboBox;
class QCompleter;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStringListModel;
class QTableView;

namespace ardesk {

class ApplyLinesModel;
class CreditHoldBadge;
class ApplyTableView;
class Session;

class PaymentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentDialog)

public:
    static constexpr int kSuggestionCount = 20;
    static constexpr int kSuggestionDelayMilliseconds = 120;

    PaymentDialog(Session &session, QDate today, QWidget *parent = nullptr);
    ~PaymentDialog() override;

    // Starts with this customer (from the account view).
    void setCustomer(Id customerId);
    std::optional<Id> customerId() const { return m_customerId; }
    ApplyLinesModel *itemsModel() const { return m_items; }
    QTableView *itemsView() const;
    bool canPost() const;
    // The early-payment discounts on offer for the payment date (docs/credit-policy.md):
    // (invoice id, discount) of the open items still in their discount period.
    const std::vector<std::pair<Id, MinorUnits>> &discountsOffered() const { return m_offers; }

public Q_SLOTS:
    void post();
    void applyOldestFirst();
    void clearApplied();
    // Applies each offered item less its discount and marks the short payment as an
    // early-pay discount; on Post the discount is credited to the item by a credit note
    // (DISC-<invoice>, needs post_invoice) so the item closes.
    void takeDiscount();

Q_SIGNALS:
    // A payment was posted for this customer (the account view refreshes).
    void posted(Id customerId);

private:
    void suggestCustomers();
    void resolveCustomer();
    void chooseCustomer(Id id, const QString &code, const QString &name, const QString &currency);
    void forgetCustomer();
    void loadOpenItems();
    void readDiscounts();
    void updateTotals();
    void clearForNext();
    std::optional<MinorUnits> amount() const;

    Session &m_session;
    QDate m_today;
    std::optional<Id> m_customerId;
    QString m_customerCode;
    QString m_currency;
    QLineEdit *m_customer = nullptr;
    QLabel *m_customerName = nullptr;
    CreditHoldBadge *m_holdBadge = nullptr; // the customer's credit hold, if any
    QStringListModel *m_suggestions = nullptr;
    QCompleter *m_completer = nullptr;
    QTimer m_suggestDelay;
    QLineEdit *m_amount = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_method = nullptr;
    QLineEdit *m_reference = nullptr;
    ApplyLinesModel *m_items = nullptr;
    ApplyTableView *m_table = nullptr;
    QPushButton *m_oldestFirst = nullptr;
    QPushButton *m_clear = nullptr;
    QComboBox *m_reason = nullptr;
    QLabel *m_totalAmount = nullptr;
    QLabel *m_totalApplied = nullptr;
    QLabel *m_totalUnapplied = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_post = nullptr;
    QLabel *m_discountInfo = nullptr;
    QPushButton *m_takeDiscount = nullptr;
    std::vector<std::pair<Id, MinorUnits>> m_offers;
    std::vector<std::pair<Id, MinorUnits>> m_discountsTaken;
};

} // namespace ardesk
