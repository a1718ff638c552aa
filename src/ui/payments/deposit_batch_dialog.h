#pragma once
// A deposit batch of checks keyed against a control total and count. Lines are
// customer code, amount, reference (check number) and an optional invoice number; the
// running count and total are shown beside the controls, and Post is enabled only when
// both match (DepositBatchService::checkBalanced, the rule the service applies again).
// The whole batch posts in one transaction or not at all.
// Object names: batchName, batchCurrency, batchDate, batchControlTotal,
// batchControlCount, batchLines, addBatchLineButton, removeBatchLineButton,
// batchKeyedCount, batchKeyedTotal, batchMessage, postBatchButton.

#include "services/deposit_batch_service.h"

#include <QAbstractTableModel>
#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace ardesk {

class DepositLinesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DepositLinesModel)

public:
    enum Column { Customer, Amount, Reference, Invoice, ColumnCount };

    explicit DepositLinesModel(QObject *parent = nullptr);
    ~DepositLinesModel() override;

    void setCurrency(const QString &currency);
    void addLine();
    void removeLine(int row);
    void clear();
    // Lines with anything typed; false when an amount cannot be read.
    bool lines(std::vector<DepositLine> &out) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void linesChanged();

private:
    struct Row {
        QString customer;
        QString amount;
        QString reference;
        QString invoice;
        bool isEmpty() const { return customer.isEmpty() && amount.isEmpty() && reference.isEmpty() && invoice.isEmpty(); }
    };
    QString m_currency = QStringLiteral("EUR");
    std::vector<Row> m_rows;
};

class DepositBatchDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DepositBatchDialog)

public:
    DepositBatchDialog(Session &session, QDate today, QWidget *parent = nullptr);
    ~DepositBatchDialog() override;

    DepositLinesModel *linesModel() const { return m_lines; }
    QTableView *linesView() const { return m_table; }
    // The batch as keyed; empty when an amount cannot be read.
    std::optional<DepositBatchInput> input() const;

public Q_SLOTS:
    void post();

Q_SIGNALS:
    void posted(Id batchId);

private:
    void update();

    Session &m_session;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_currency = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_controlTotal = nullptr;
    QSpinBox *m_controlCount = nullptr;
    DepositLinesModel *m_lines = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_keyedCount = nullptr;
    QLabel *m_keyedTotal = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_post = nullptr;
};

} // namespace ardesk
