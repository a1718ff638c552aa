#pragma once
// The bank-statement review screen (Clerk > Import bank statement…). The clerk picks a
// camt.053 or CSV file (format automatic, or chosen; a CSV needs a mapping: a name kept
// in the book or a JSON file), and Review reads and matches it off the UI thread on its
// own connection (runInBackground) with progress and Cancel; a cancelled review shows
// nothing and changed nothing. The entries come in four groups (BankReviewModel):
// matched, suggested (a click confirms), unmatched (Assign… to a customer, as unapplied
// cash or against invoices picked by hand), and what is not posted (already posted by an
// earlier import of the same statement, debits, pending). Each shows its confidence and
// the matcher's reason; a warning is in red.
//
// Post posts every checked entry in one transaction, off the UI thread, with progress
// and Cancel: all or nothing. A statement imported again shows its entries as already
// posted, says so above the list, and posts nothing twice (the service skips them).
// After posting, the statement is reviewed again, so what was posted moves to "not to
// post" at once.
//
// Object names: bankFile, bankBrowseButton, bankFormat, bankMapping,
// bankMappingBrowseButton, bankReviewButton, bankSummary, bankEntries, bankEntryDetails,
// bankCandidate, bankConfirmButton, bankAssignButton, bankPostTotals, bankMessage,
// bankPostButton; the progress dialogs bankReviewProgress and bankPostProgress.
// The assign dialog: bankAssignDialog, bankAssignCustomer, bankAssignCustomerName,
// bankAssignItems, bankAssignOldestButton, bankAssignTotals, bankAssignRemember.

#include "bank_review_model.h"

#include <QDate>
#include <QDialog>

#include <map>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTreeView;

namespace ardesk {

class ApplyLinesModel;
class Session;

// Assigns one bank credit by hand: a customer (code or name) and, optionally, what it
// pays of each of the customer's open items; the rest stays unapplied cash.
class BankAssignDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BankAssignDialog)

public:
    BankAssignDialog(Session &session, QDate today, const BankEntry &entry, QWidget *parent = nullptr);
    ~BankAssignDialog() override;

    // Looks the customer up (exact code, or the only customer whose name matches).
    bool chooseCustomer(const QString &text);
    ApplyLinesModel *itemsModel() const { return m_items; }
    bool canAccept() const;
    MatchCandidate candidate() const;
    // Remember the debtor's account for this customer (next time it matches by account).
    bool rememberAccount() const;

private:
    void update();

    Session &m_session;
    QDate m_today;
    BankEntry m_entry;
    std::optional<Id> m_customerId;
    QString m_customerCode;
    QLineEdit *m_customer = nullptr;
    QLabel *m_customerName = nullptr;
    ApplyLinesModel *m_items = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_totals = nullptr;
    QCheckBox *m_remember = nullptr;
    QPushButton *m_ok = nullptr;
};

class BankImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BankImportDialog)

public:
    BankImportDialog(Session &session, QDate today, QWidget *parent = nullptr);
    ~BankImportDialog() override;

    void setFile(const QString &path);
    BankReviewModel *model() const { return m_model; }
    QTreeView *entriesView() const { return m_tree; }
    // Selects an entry (and shows its details).
    void selectEntry(qsizetype entry);
    std::optional<qsizetype> currentEntry() const;

public Q_SLOTS:
    // Reads and matches the file (returns when done; the UI keeps painting meanwhile).
    void review();
    void post();
    void confirmCurrent();
    // Opens the assign dialog for the current entry.
    void assignCurrent();

Q_SIGNALS:
    void posted();

private:
    void chooseFile();
    void chooseMappingFile();
    void loadMappingNames();
    void showDetails();
    void updateTotals();
    void setBusy(bool busy);

    Session &m_session;
    QDate m_today;
    bool m_busy = false;
    QLineEdit *m_file = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_mapping = nullptr;
    QPushButton *m_reviewButton = nullptr;
    QLabel *m_summary = nullptr;
    BankReviewModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_details = nullptr;
    QComboBox *m_candidate = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_assign = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_post = nullptr;
    // Debtor accounts to remember after a successful post (from Assign…):
    // entry -> (account, customer code); only entries that were posted count.
    std::map<qsizetype, std::pair<QString, QString>> m_remember;
};

} // namespace ardesk
