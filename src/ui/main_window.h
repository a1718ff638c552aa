#pragma once
// The main window: a navigation list on the left (Dashboard, My work, Customers,
// Invoices, Payments, Reports, Settings) and the pages on the right; File menu with
// open, recent books, close and quit. It owns the open book and the session of its
// user; pages get the session and read through the services.
//
// Remembered in QSettings: geometry, splitter, current page, recent books, and per grid
// the column widths, order and sort.

#include "domain/error.h"
#include "domain/ledger_types.h"
#include "services/training_service.h"
#include "ui/common/clock.h"

#include <QMainWindow>
#include <QPointer>

#include <array>
#include <functional>
#include <memory>

class QAction;
class QFrame;
class QLabel;
class QListWidget;
class QPushButton;
class QTemporaryDir;

namespace Ui {
class MainWindow;
}

class QTimer;

namespace ardesk {

class AccountView;
class BookWatcher;
class Book;
class BookOpenRun;
struct OpenRunOutcome;
struct OpenRunSummary;
class ContactPanel;
class MyWorkPage;
struct WorklistItem;
class CustomerListPage;
class InvoiceListPage;
class ManagerDeskPage;
class ReportsPage;
class ListPage;
class PaymentListPage;
class Session;
class SettingsPage;
class ShortcutSheet;
class TrainingPanel;
class TrainingTitleMarker;
class UserGuideViewer;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Page { Dashboard, MyWork, Customers, Invoices, Payments, Reports, Settings };
    static constexpr int kPageCount = 7;
    static constexpr int kMaxRecentBooks = 8;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // How a protected book gets its session: by default the sign-in dialog; tests set a
    // handler that signs in directly. Returns null when the user cancels.
    using SignInHandler = std::function<std::unique_ptr<Session>(Book &book, const QString &location)>;
    void setSignInHandler(SignInHandler handler) { m_signIn = std::move(handler); }
    // Asks for the database password of a postgresql:// book the server wants one for
    // (none from ARDESK_PASSWORD or ~/.pgpass); empty: cancelled. Default: a password
    // prompt. Tests install their own. The answer stays in memory only.
    using DatabasePasswordHandler = std::function<QString(const QString &location, bool refused)>;
    void setDatabasePasswordHandler(DatabasePasswordHandler handler) { m_databasePassword = std::move(handler); }

    // Opens the book and its session (signing in when the book is protected); on failure the current book stays open and
    // the error says why (the caller shows it: see reportOpenFailure).
    Status openBook(const QString &location);
    // Opens a book and shows a message box when that fails.
    bool openBookInteractively(const QString &location);
    // Opens the most recently used book, if any; a failure is shown on the "open a book"
    // prompt (no message box at start-up).
    bool openMostRecentBook();
    void closeBook();
    enum class BackupOnClose { Yes, No };
    void closeBook(BackupOnClose backup);
    void reportOpenFailure(const QString &location, const Error &error);

    bool hasBook() const { return m_book != nullptr; }
    Session *session() const { return m_session.get(); }
    QString bookLocation() const;

    void showPage(Page page);
    Page currentPage() const;
    QStringList recentBooks() const;

    CustomerListPage *customerPage() const { return m_customers; }
    InvoiceListPage *invoicePage() const { return m_invoices; }
    PaymentListPage *paymentPage() const { return m_payments; }
    SettingsPage *settingsPage() const { return m_settings; }
    // The Dashboard page: the manager desk (dashboard, staff performance, cash forecast,
    // aging roll-forward).
    ManagerDeskPage *managerDesk() const { return m_managerDesk; }
    ReportsPage *reportsPage() const { return m_reports; }
    AccountView *accountView() const { return m_account; }
    MyWorkPage *myWorkPage() const { return m_myWork; }
    ContactPanel *contactPanel() const { return m_contactPanel; }
    // The collector desk: "Next account" (F8) opens the top item of the queue on its
    // account with the task in context; finishing it moves on to the next one.
    void nextAccount();
    void workItem(const WorklistItem &item);
    // "Now" for the desk (the queue's date, the customer's local time, the contact guard);
    // the tests fix it. Default: the system clock.
    void setClock(Clock clock);
    // Runs the promise evaluation of the open book as of today (also done at book open, in
    // the background); true while one runs.
    void evaluatePromises();
    // True while the promise evaluation or the book's daily run (below) is running.
    bool isEvaluatingPromises() const { return m_evaluatingPromises || isRunningOpenRun(); }
    // The book's daily run (ui/common/book_open_run.h: month-end snapshots, promises,
    // payment plans, credit holds, collection strategy as of today), started once after the
    // first paint of a newly opened book; its outcome goes to the status bar and the
    // affected views are read again.
    BookOpenRun *openRun() const { return m_openRun; }
    bool isRunningOpenRun() const;
    // When a book opens with the dashboard as the page shown, the daily run and the reads of
    // pages not on screen (the My work queue) wait for the dashboard's first tiles, so that
    // they do not compete with its worker for the processor; at most kBackgroundHoldMs after
    // the book opened (docs/performance.md "The dashboard's first tiles come first").
    bool isHoldingBackgroundWork() const { return m_holdBackground; }
    static constexpr int kBackgroundHoldMs = 8000;
    // The clerk desk: a customer's account (shown in place of the Customers page), the
    // payment posting and deposit batch dialogs, a new customer.
    void openAccount(Id customerId);
    void postPayments();
    void keyDepositBatch();
    // The bank-statement review screen (bank/bank_import_dialog.h).
    void importBankStatement();
    void newCustomer();
    // Offers to protect an unprotected book (the banner's button).
    void protectBook();
    // Where the rotating backups taken on close go, and how many of each book are kept
    // (QSettings backups/folder, backups/keep; default the data folder and 5; 0 = none).
    static QString backupFolder();
    static int backupsToKeep();
    // Picks a backup of the open book, confirms, and puts it in place of the book.
    void restoreFromBackup();

    // Help (src/ui/help/main_window_help.cpp): the user guide at the chapter of the current
    // screen (F1), the sheet of every registered shortcut, and Practice: a throw-away demo
    // book marked TRAINING with the guided first day of a role.
    UserGuideViewer *showUserGuide();
    ShortcutSheet *showKeyboardShortcuts();
    // The words of the guide's chapter for the current screen ("clerk", ...).
    QStringList guideSectionWords() const;
    Status startPractice(TrainingRole role = TrainingRole::WholeDesk);
    bool isPractising() const { return m_trainingPanel != nullptr; }
    TrainingPanel *trainingPanel() const { return m_trainingPanel; }
    void endPractice();

    // Writes geometry, splitter, page and grid columns to QSettings (also done on close).
    void saveSettings() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildPages();
    void buildNavigation();
    void buildActions();
    QWidget *buildNoBookPage();
    void buildBanners();
    void buildHelpActions();
    void finishPractice(); // after the practice book is closed
    std::unique_ptr<Session> signInWithDialog(Book &book, const QString &location);
    QString askDatabasePassword(const QString &location, bool refused);
    void restoreSettings();
    void rememberRecentBook(const QString &location);
    void rebuildRecentBooks();
    void chooseBook();
    void refreshCurrentPage();
    // Someone else committed a change to the open book (BookWatcher): the page shown is
    // read again (the account view, the queue, the lists, the dashboard).
    void bookChangedElsewhere();
    void showAbout();
    void updateForBook();
    std::array<ListPage *, 3> listPages() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<QTemporaryDir> m_practiceFolder; // before m_book: outlives it
    std::unique_ptr<TrainingTitleMarker> m_trainingMarker;
    TrainingPanel *m_trainingPanel = nullptr;
    QPointer<UserGuideViewer> m_guide;
    QPointer<ShortcutSheet> m_shortcuts;
    std::unique_ptr<Book> m_book;
    std::unique_ptr<Session> m_session; // after m_book: destroyed before it
    std::unique_ptr<BookWatcher> m_watcher; // of m_book, on a connection of its own
    CustomerListPage *m_customers = nullptr;
    InvoiceListPage *m_invoices = nullptr;
    PaymentListPage *m_payments = nullptr;
    QWidget *m_noBookPage = nullptr;
    QLabel *m_noBookMessage = nullptr;
    QListWidget *m_recentList = nullptr;
    Page m_page = Page::Customers;
    SettingsPage *m_settings = nullptr;
    ManagerDeskPage *m_managerDesk = nullptr;
    ReportsPage *m_reports = nullptr;
    AccountView *m_account = nullptr;
    QFrame *m_protectBanner = nullptr;
    QFrame *m_readOnlyBanner = nullptr;
    SignInHandler m_signIn;
    DatabasePasswordHandler m_databasePassword;
    QAction *m_restoreAction = nullptr;
    MyWorkPage *m_myWork = nullptr;
    ContactPanel *m_contactPanel = nullptr;
    Page m_accountReturnPage = Page::Customers;
    Clock m_clock = systemClock();
    bool m_evaluatingPromises = false;
    BookOpenRun *m_openRun = nullptr;
    bool m_openRunPending = false; // a book opened: run after the window's next paint
    bool m_holdBackground = false;  // until the dashboard's first tiles (or the hold timer)
    bool m_openRunAfterHold = false; // the window painted while held: run when it ends
    QTimer *m_holdTimer = nullptr;
    void releaseBackgroundWork();
    void startOpenRunAfterPaint();
    void startOpenRun();
    void openRunStepFinished(const OpenRunOutcome &outcome);
    void openRunFinished(const OpenRunSummary &summary);
    void buildCollectorActions();
    void updateCollectorActions();
};

} // namespace ardesk
