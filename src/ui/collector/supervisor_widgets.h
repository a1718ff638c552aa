#pragma once
// The supervisor's tabs of "My work":
// - EscalationQueueWidget: the escalations with the supervisor (or with every supervisor,
//   for managers and admins): take the account, reassign it to a collector, return it with
//   instructions, or resolve it. Each decision is an audit record on the customer, so it
//   shows on the account's timeline (Activity tab).
// - PortfolioWidget: the customers with their collector, searchable and filtered by
//   collector; assign the selected customers to a collector by hand, or every customer
//   matching a rule (region, language, currency and balance band) in bulk.
// Object names: escalationQueue, escalationTable, escalationAllSupervisors,
// escalationTake, escalationReassign, escalationReturn, escalationResolve, escalationOpen;
// portfolioPage, portfolioSearch, portfolioFilter, portfolioTable, portfolioTarget,
// portfolioAssignSelected, portfolioRegion, portfolioLanguage, portfolioCurrency,
// portfolioMinimum, portfolioMaximum, portfolioAssignRule, portfolioMessage.

#include "services/collection_service.h"
#include "ui/common/clock.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ardesk {

class CustomerListModel;
class RecordTableModel;
class Session;

class EscalationQueueWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EscalationQueueWidget)

public:
    explicit EscalationQueueWidget(QWidget *parent = nullptr);
    ~EscalationQueueWidget() override;

    void setSession(Session *session);
    void setClock(Clock clock) { m_clock = std::move(clock); }
    void refresh();
    RecordTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

    // The decisions behind the buttons (the tests call them; the buttons ask first).
    Status take(Id escalationId);
    Status reassign(Id escalationId, const QString &collectorLogin, const QString &instructions);
    Status giveBack(Id escalationId, const QString &instructions);
    Status resolve(Id escalationId, const QString &note);

Q_SIGNALS:
    void openAccount(Id customerId);
    void changed();

private:
    std::optional<Id> selectedEscalation() const;
    Status done(const Result<void> &result);
    void updateButtons();

    Session *m_session = nullptr;
    Clock m_clock = systemClock();
    RecordTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QCheckBox *m_all = nullptr;
    QLabel *m_message = nullptr;
    std::vector<QPushButton *> m_buttons;
    std::vector<Id> m_customerOfRow;
};

class PortfolioWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortfolioWidget)

public:
    explicit PortfolioWidget(QWidget *parent = nullptr);
    ~PortfolioWidget() override;

    void setSession(Session *session);
    CustomerListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

    Result<qint64> assign(const PortfolioAssignment &assignment);

Q_SIGNALS:
    void openAccount(Id customerId);
    void changed();

private:
    void assignSelected();
    void assignByRule();

    Session *m_session = nullptr;
    CustomerListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_filter = nullptr;
    QComboBox *m_target = nullptr;
    QLineEdit *m_region = nullptr;
    QLineEdit *m_language = nullptr;
    QLineEdit *m_currency = nullptr;
    QLineEdit *m_minimum = nullptr;
    QLineEdit *m_maximum = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace ardesk
