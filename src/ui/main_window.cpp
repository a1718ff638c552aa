#include "main_window.h"

#include "ui/common/sort_indicator_style.h"

#include "ui_main_window.h"

#include "services/auth_service.h"
#include "services/book_service.h"
#include "services/collection_service.h"
#include "services/logging.h"
#include "services/promise_service.h"
#include "storage/book_watcher.h"
#include "storage/database_password.h"
#include "storage/schema.h"
#include "ui/interest/interest_posting_dialog.h"
#include "ui/account/account_view.h"
#include "ui/account/customer_dialog.h"
#include "ui/auth/protect_book_dialog.h"
#include "ui/auth/sign_in_dialog.h"
#include "ui/bank/bank_import_dialog.h"
#include "ui/collector/contact_panel.h"
#include "ui/collector/my_work_page.h"
#include "ui/collector/supervisor_widgets.h"
#include "ui/common/book_job.h"
#include "ui/common/book_open_run.h"
#include "ui/common/empty_state_page.h"
#include "ui/customers/customer_list_page.h"
#include "ui/help/training_panel.h"
#include "ui/invoices/invoice_list_page.h"
#include "ui/manager/dashboard_view.h"
#include "ui/manager/manager_desk_page.h"
#include "ui/manager/reports_page.h"
#include "ui/payments/deposit_batch_dialog.h"
#include "ui/payments/payment_dialog.h"
#include "ui/payments/payment_list_page.h"
#include "ui/settings/settings_page.h"
#include "ui/documents/letter_run_dialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QUrl>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QTemporaryDir>
#include <QTimer>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace ardesk {

namespace {

const QString kRecentBooksKey = QStringLiteral("recentBooks");
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kSplitterKey = QStringLiteral("mainWindow/splitter");
const QString kPageKey = QStringLiteral("mainWindow/page");
const QString kLastFolderKey = QStringLiteral("mainWindow/lastFolder");

bool isDatabaseUrl(const QString &location)
{
    return location.startsWith(u"postgresql://") || location.startsWith(u"postgres://");
}

// The form a location is remembered in: absolute and clean for files, as given for URLs.
QString normalizedLocation(const QString &location)
{
    return isDatabaseUrl(location) ? location : QDir::cleanPath(QFileInfo(location).absoluteFilePath());
}

// The navigation's items with room before their text; the selection still spans the
// whole row.
class IndentedItemDelegate final : public QStyledItemDelegate
{
public:
    IndentedItemDelegate(int indent, QObject *parent) : QStyledItemDelegate(parent), m_indent(indent) { }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem item(option);
        initStyleOption(&item, index);
        QStyle *style = item.widget ? item.widget->style() : QApplication::style();
        const QString text = item.text;
        item.text.clear();
        style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget); // background, selection
        const QRect textRect = item.rect.adjusted(m_indent, 0, -m_indent, 0);
        painter->save();
        painter->setFont(item.font);
        style->drawItemText(painter, textRect, Qt::AlignLeft | Qt::AlignVCenter, item.palette,
                            item.state.testFlag(QStyle::State_Enabled),
                            item.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()),
                            item.state.testFlag(QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text);
        painter->restore();
    }

private:
    int m_indent;
};

// Calls `then` once, right after the first paint of anything in `window` (then goes).
class NextPaintHook final : public QObject
{
public:
    NextPaintHook(QWidget *window, std::function<void()> then)
        : QObject(window),
          m_window(window),
          m_then(std::move(then))
    {
        qApp->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (m_then && event->type() == QEvent::Paint)
            if (auto *widget = qobject_cast<QWidget *>(watched); widget && widget->window() == m_window) {
                qApp->removeEventFilter(this);
                QTimer::singleShot(0, m_window, std::exchange(m_then, {})); // after this paint
                deleteLater();
            }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_window;
    std::function<void()> m_then;
};

void logInfo(const std::string &message)
{
    if (const auto logger = spdlog::get("ardesk.ui"))
        logger->info("{}", message);
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>())
{
    installSortIndicatorStyle(); // ▲ for ascending in every grid (sort_indicator_style.h)
    m_ui->setupUi(this);
    m_openRun = new BookOpenRun(this);
    connect(m_openRun, &BookOpenRun::stepFinished, this, &MainWindow::openRunStepFinished);
    connect(m_openRun, &BookOpenRun::finished, this, &MainWindow::openRunFinished);
    m_holdTimer = new QTimer(this);
    m_holdTimer->setSingleShot(true);
    m_holdTimer->setInterval(kBackgroundHoldMs);
    connect(m_holdTimer, &QTimer::timeout, this, &MainWindow::releaseBackgroundWork);
    buildPages();
    buildBanners();
    buildNavigation();
    buildActions();
    restoreSettings();
    rebuildRecentBooks();
    updateForBook();
}

MainWindow::~MainWindow()
{
    // The pages' models hold the session: let go of it before it goes.
    m_openRun->cancel();
    BookJob::waitForAll();
    for (ListPage *page : listPages())
        page->setSession(nullptr);
    m_account->setSession(nullptr);
    m_myWork->setSession(nullptr);
    m_contactPanel->setSession(nullptr);
    m_managerDesk->setSession(nullptr);
    m_reports->setSession(nullptr);
}

void MainWindow::buildPages()
{
    m_managerDesk = new ManagerDeskPage;
    QWidget *dashboard = m_managerDesk;
    m_myWork = new MyWorkPage;
    QWidget *myWork = m_myWork;
    m_customers = new CustomerListPage;
    m_invoices = new InvoiceListPage;
    m_payments = new PaymentListPage;
    m_reports = new ReportsPage;
    QWidget *reports = m_reports;
    m_settings = new SettingsPage;
    QWidget *settings = m_settings;
    // The stack's order is the order of Page.
    for (QWidget *page :
         {static_cast<QWidget *>(dashboard), static_cast<QWidget *>(myWork), static_cast<QWidget *>(m_customers),
          static_cast<QWidget *>(m_invoices), static_cast<QWidget *>(m_payments), static_cast<QWidget *>(reports),
          static_cast<QWidget *>(settings)})
        m_ui->pages->addWidget(page);
    m_noBookPage = buildNoBookPage();
    m_ui->pages->addWidget(m_noBookPage);
    m_account = new AccountView;
    m_ui->pages->addWidget(m_account);
    connect(m_customers, &ListPage::rowActivated, this, [this](Id id) {
        m_accountReturnPage = Page::Customers;
        m_contactPanel->setItem(std::nullopt);
        openAccount(id);
    });
    connect(m_account, &AccountView::backRequested, this, [this] { showPage(m_accountReturnPage); });
    connect(m_account, &AccountView::bookChanged, this, [this] {
        for (ListPage *page : listPages())
            page->refresh();
        m_myWork->reload();
    });

    // The collector desk: the queue, and the contact panel beside the account.
    m_contactPanel = new ContactPanel;
    // Scrolls rather than making the window taller than the screen.
    auto *panelScroll = new QScrollArea;
    panelScroll->setObjectName(QStringLiteral("contactPanelScroll"));
    panelScroll->setWidget(m_contactPanel);
    panelScroll->setWidgetResizable(true);
    panelScroll->setFrameShape(QFrame::NoFrame);
    panelScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    panelScroll->setMinimumWidth(m_contactPanel->minimumWidth() + panelScroll->verticalScrollBar()->sizeHint().width());
    m_account->setSidePanel(panelScroll);
    connect(m_myWork, &MyWorkPage::workItem, this, &MainWindow::workItem);
    connect(m_myWork, &MyWorkPage::openAccount, this, [this](Id id) {
        m_accountReturnPage = Page::MyWork;
        m_contactPanel->setItem(std::nullopt);
        openAccount(id);
    });
    connect(m_myWork, &MyWorkPage::bookChanged, this, [this] {
        for (ListPage *page : listPages())
            page->refresh();
    });
    connect(m_contactPanel, &ContactPanel::changed, this, [this] {
        m_account->refresh();
        m_myWork->reload();
    });
    connect(m_contactPanel, &ContactPanel::itemFinished, this, [this](const WorklistItem &item) {
        m_myWork->itemFinished(item);
        nextAccount();
    });
    // The manager desk's drill-downs: the list behind a tile, a bar or a point.
    DashboardView *figures = m_managerDesk->dashboard();
    // Its first tiles (or a refresh that ended without them) end the hold of the book's
    // background work after open.
    connect(figures, &DashboardView::tilesShown, this, [this] {
        if (m_holdBackground)
            releaseBackgroundWork();
    });
    connect(figures, &DashboardView::refreshed, this, [this] {
        if (m_holdBackground)
            releaseBackgroundWork();
    });
    connect(figures, &DashboardView::invoicesRequested, this,
            [this](const InvoiceListFilter &filter, const QString &description) {
                showPage(Page::Invoices);
                m_invoices->drillDown(filter, description);
            });
    connect(figures, &DashboardView::customersRequested, this,
            [this](const CustomerListFilter &filter, const QString &description) {
                showPage(Page::Customers);
                m_customers->drillDown(filter, description);
            });
    connect(figures, &DashboardView::paymentsRequested, this,
            [this](const PaymentListFilter &filter, const QString &description) {
                showPage(Page::Payments);
                m_payments->drillDown(filter, description);
            });
    connect(figures, &DashboardView::accountRequested, this, &MainWindow::openAccount);
}

QWidget *MainWindow::buildNoBookPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("noBookPage"));
    // A centred column of a readable width; wrapped labels take its full width.
    auto *column = new QWidget(page);
    column->setMaximumWidth(fontMetrics().averageCharWidth() * 90);

    auto *title = new QLabel(tr("No book is open"), column);
    title->setObjectName(QStringLiteral("noBookTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignHCenter);

    auto *text = new QLabel(tr("Open a book (an .ardesk file) to see its customers, invoices and payments. "
                               "ardesk-cli creates one with init, or fills one with demo data."),
                            column);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignHCenter | Qt::AlignTop);

    auto *open = new QPushButton(tr("Open a book…"), column);
    open->setObjectName(QStringLiteral("openBookButton"));
    open->setDefault(true);
    connect(open, &QPushButton::clicked, this, &MainWindow::chooseBook);

    m_noBookMessage = new QLabel(column);
    m_noBookMessage->setObjectName(QStringLiteral("noBookMessage"));
    m_noBookMessage->setWordWrap(true);
    m_noBookMessage->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_noBookMessage->hide();

    auto *recentTitle = new QLabel(tr("Recent books"), column);
    recentTitle->setObjectName(QStringLiteral("recentBooksTitle"));
    m_recentList = new QListWidget(column);
    m_recentList->setObjectName(QStringLiteral("recentBooksList"));
    m_recentList->setTextElideMode(Qt::ElideMiddle); // long paths keep their file name
    m_recentList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_recentList->setFixedHeight((fontMetrics().height() + 6) * kMaxRecentBooks + 2 * m_recentList->frameWidth());
    connect(m_recentList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openBookInteractively(item->data(Qt::UserRole).toString()); });

    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->addWidget(title);
    columnLayout->addWidget(text);
    columnLayout->addSpacing(fontMetrics().height());
    columnLayout->addWidget(open, 0, Qt::AlignHCenter);
    columnLayout->addWidget(m_noBookMessage);
    columnLayout->addSpacing(fontMetrics().height());
    columnLayout->addWidget(recentTitle);
    columnLayout->addWidget(m_recentList);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
    return page;
}

void MainWindow::buildNavigation()
{
    const QString names[kPageCount] = {tr("Dashboard"), tr("My work"), tr("Customers"), tr("Invoices"),
                                       tr("Payments"),  tr("Reports"), tr("Settings")};
    QListWidget *navigation = m_ui->navigation;
    const int rowHeight = fontMetrics().height() * 2;
    for (int i = 0; i < kPageCount; ++i) {
        auto *item = new QListWidgetItem(names[i], navigation);
        item->setData(Qt::UserRole, i);
        item->setSizeHint(QSize(0, rowHeight));
    }
    const int padding = fontMetrics().averageCharWidth() * 2;
    navigation->setItemDelegate(new IndentedItemDelegate(padding, navigation));
    int widest = 0;
    for (const QString &name : names)
        widest = std::max(widest, fontMetrics().horizontalAdvance(name));
    navigation->setMinimumWidth(widest + padding * 2 + fontMetrics().averageCharWidth() * 4);
    connect(navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= kPageCount)
            return;
        m_page = static_cast<Page>(row);
        if (m_book)
            m_ui->pages->setCurrentIndex(row);
    });
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({navigation->minimumWidth() + fontMetrics().averageCharWidth() * 4, 1000});
}

void MainWindow::buildActions()
{
    m_ui->actionOpenBook->setShortcuts(QKeySequence::Open);
    m_ui->actionCloseBook->setShortcuts(QKeySequence::Close);
    m_ui->actionQuit->setShortcuts(QKeySequence::Quit);
    m_ui->actionRefresh->setShortcuts(QKeySequence::Refresh);
    connect(m_ui->actionOpenBook, &QAction::triggered, this, &MainWindow::chooseBook);
    connect(m_ui->actionCloseBook, &QAction::triggered, this, [this] { closeBook(); });
    auto *restore = new QAction(tr("&Restore from backup…"), this);
    restore->setObjectName(QStringLiteral("actionRestoreBackup"));
    connect(restore, &QAction::triggered, this, &MainWindow::restoreFromBackup);
    m_ui->menuFile->insertAction(m_ui->actionCloseBook, restore);
    m_restoreAction = restore;
    connect(m_ui->actionQuit, &QAction::triggered, this, &MainWindow::close);
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refreshCurrentPage);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);

    // Ctrl+1 ... Ctrl+7 go to the pages, in the navigation's order.
    QAction *first = m_ui->menuView->actions().value(0);
    for (int i = 0; i < kPageCount; ++i) {
        auto *go = new QAction(m_ui->navigation->item(i)->text(), this);
        go->setObjectName(QStringLiteral("actionShowPage%1").arg(i + 1));
        go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] { showPage(static_cast<Page>(i)); });
        m_ui->menuView->insertAction(first, go);
    }
    m_ui->menuView->insertSeparator(first);

    // The clerk desk.
    auto *clerk = new QMenu(tr("&Clerk"), this);
    clerk->setObjectName(QStringLiteral("menuClerk"));
    menuBar()->insertMenu(m_ui->menuHelp->menuAction(), clerk);
    auto addClerkAction = [this, clerk](const char *name, const QString &text, const QKeySequence &keys,
                                        void (MainWindow::*slot)()) {
        auto *action = clerk->addAction(text);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcut(keys);
        connect(action, &QAction::triggered, this, slot);
    };
    addClerkAction("actionPostPayments", tr("Post &payments…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                   &MainWindow::postPayments);
    addClerkAction("actionDepositBatch", tr("&Deposit batch…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                   &MainWindow::keyDepositBatch);
    addClerkAction("actionImportBank", tr("Import &bank statement…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B),
                   &MainWindow::importBankStatement);
    addClerkAction("actionNewCustomer", tr("&New customer…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                   &MainWindow::newCustomer);
    // The monthly statements and the dunning letters due (clerk and collector).
    clerk->addSeparator();
    auto *letters = clerk->addAction(tr("&Letters and statements…"));
    letters->setObjectName(QStringLiteral("actionLetterRun"));
    connect(letters, &QAction::triggered, this, [this] {
        if (!m_session)
            return;
        LetterRunDialog dialog(*m_session, todayOf(m_clock), this);
        connect(&dialog, &LetterRunDialog::finished, this, [this] {
            if (m_ui->pages->currentWidget() == m_account)
                m_account->refresh();
        });
        dialog.exec();
    });
    // Late-payment interest and compensation posted as debit notes (docs/interest.md).
    auto *interest = clerk->addAction(tr("Post &interest…"));
    interest->setObjectName(QStringLiteral("actionPostInterest"));
    connect(interest, &QAction::triggered, this, [this] {
        if (!m_session)
            return;
        InterestPostingDialog dialog(*m_session, todayOf(m_clock), this);
        connect(&dialog, &InterestPostingDialog::posted, this, [this] {
            for (ListPage *page : listPages())
                page->refresh();
            if (m_ui->pages->currentWidget() == m_account)
                m_account->refresh();
        });
        dialog.exec();
    });

    buildHelpActions();
    buildCollectorActions();
}

// --- the collector desk ----------------------------------------------------------------

void MainWindow::buildCollectorActions()
{
    auto *menu = new QMenu(tr("C&ollector"), this);
    menu->setObjectName(QStringLiteral("menuCollector"));
    menuBar()->insertMenu(m_ui->menuHelp->menuAction(), menu);
    auto *next = menu->addAction(tr("&Next account"));
    next->setObjectName(QStringLiteral("actionNextAccount"));
    next->setShortcut(QKeySequence(Qt::Key_F8));
    next->setToolTip(tr("Open the top account of your queue with its task (F8)"));
    connect(next, &QAction::triggered, this, &MainWindow::nextAccount);
    auto *queue = menu->addAction(tr("My &queue"));
    queue->setObjectName(QStringLiteral("actionMyQueue"));
    connect(queue, &QAction::triggered, this, [this] {
        showPage(Page::MyWork);
        m_myWork->showTab(0);
    });
    menu->addSeparator();
    auto *escalations = menu->addAction(tr("&Escalation queue"));
    escalations->setObjectName(QStringLiteral("actionEscalationQueue"));
    connect(escalations, &QAction::triggered, this, [this] {
        showPage(Page::MyWork);
        m_myWork->showTab(1);
    });
    auto *portfolios = menu->addAction(tr("&Portfolios"));
    portfolios->setObjectName(QStringLiteral("actionPortfolios"));
    connect(portfolios, &QAction::triggered, this, [this] {
        showPage(Page::MyWork);
        m_myWork->showTab(2);
    });
    menu->addSeparator();
    auto *evaluate = menu->addAction(tr("E&valuate promises"));
    evaluate->setObjectName(QStringLiteral("actionEvaluatePromises"));
    connect(evaluate, &QAction::triggered, this, &MainWindow::evaluatePromises);
}

// What the role may do decides what the menu offers (the services check again).
void MainWindow::updateCollectorActions()
{
    const bool open = m_session != nullptr;
    const bool writable = open && !m_book->isReadOnly();
    const bool works = open && m_session->can(Action::LogContact);
    const bool supervisory = open && isSupervisoryRole(m_session->actor().role);
    auto set = [this](const char *name, bool visible, bool enabled) {
        if (auto *action = findChild<QAction *>(QString::fromLatin1(name))) {
            action->setVisible(visible);
            action->setEnabled(enabled);
        }
    };
    set("actionNextAccount", !open || works, works && writable);
    set("actionMyQueue", !open || works, works);
    set("actionEscalationQueue", supervisory && m_session->can(Action::Escalate),
        supervisory && m_session->can(Action::Escalate));
    set("actionPortfolios", supervisory && m_session->can(Action::EditCustomers),
        supervisory && m_session->can(Action::EditCustomers));
    set("actionEvaluatePromises", !open || m_session->can(Action::TakePromise),
        writable && m_session->can(Action::TakePromise) && !isEvaluatingPromises());
    if (auto *menu = findChild<QMenu *>(QStringLiteral("menuCollector")))
        menu->menuAction()->setVisible(!open || works || supervisory);
}

void MainWindow::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_myWork->setClock(m_clock);
    m_contactPanel->setClock(m_clock);
    m_account->setToday(todayOf(m_clock));
    if (m_session)
        m_myWork->reload();
}

void MainWindow::workItem(const WorklistItem &item)
{
    if (!m_session)
        return;
    m_accountReturnPage = Page::MyWork;
    openAccount(item.customerId);
    m_contactPanel->setItem(item);
    if (auto *outcome = m_contactPanel->findChild<QWidget *>(QStringLiteral("contactOutcome")))
        outcome->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::nextAccount()
{
    if (!m_session)
        return;
    if (const auto item = m_myWork->nextItem()) {
        workItem(*item);
        return;
    }
    showPage(Page::MyWork);
    m_myWork->showTab(0);
    statusBar()->showMessage(m_myWork->isLoading() ? tr("The queue is still being read.")
                                                   : tr("Nothing left in the queue for today."),
                             5000);
}

void MainWindow::evaluatePromises()
{
    if (!m_session || m_book->isReadOnly() || !m_session->can(Action::TakePromise) || isEvaluatingPromises())
        return;
    m_evaluatingPromises = true;
    updateCollectorActions();
    const QDate asOf = todayOf(m_clock);
    Session *session = m_session.get();
    BookJob::start<PromiseRun>(
            *m_session, AccessMode::ReadWrite, this,
            [asOf](Session &worker) { return PromiseService(worker).evaluate(asOf); },
            [this, session](Result<PromiseRun> run) {
                m_evaluatingPromises = false;
                if (m_session.get() != session)
                    return; // another book by now
                updateCollectorActions();
                if (!run) {
                    statusBar()->showMessage(tr("Promise evaluation failed: %1").arg(run.error().message), 10000);
                    return;
                }
                statusBar()->showMessage(
                        tr("Promises as of %1: %2 kept, %3 partially kept, %4 broken, %5 pending; %n follow-up(s) "
                           "created.",
                           nullptr, int(run->followUpsCreated))
                                .arg(QLocale().toString(run->asOf, QLocale::ShortFormat))
                                .arg(run->kept)
                                .arg(run->partial)
                                .arg(run->broken)
                                .arg(run->pending),
                        10000);
                if (run->followUpsCreated > 0)
                    m_myWork->reload();
            });
}

bool MainWindow::isRunningOpenRun() const
{
    return m_openRunPending || m_openRun->isRunning();
}

void MainWindow::startOpenRunAfterPaint()
{
    m_openRunPending = true;
    updateCollectorActions();
    if (isVisible())
        new NextPaintHook(this, [this] { startOpenRun(); });
    else
        QTimer::singleShot(0, this, [this] { startOpenRun(); });
}

void MainWindow::startOpenRun()
{
    if (!m_openRunPending)
        return; // the book was closed meanwhile
    if (m_holdBackground) {
        m_openRunAfterHold = true; // after the dashboard's first tiles
        return;
    }
    m_openRunPending = false;
    if (!m_session || !m_openRun->start(*m_session, todayOf(m_clock)))
        updateCollectorActions();
}

void MainWindow::releaseBackgroundWork()
{
    m_holdBackground = false;
    m_holdTimer->stop();
    m_myWork->setReadsHeld(false); // reads the queue if it waited
    if (std::exchange(m_openRunAfterHold, false))
        startOpenRun();
}

void MainWindow::openRunStepFinished(const OpenRunOutcome &outcome)
{
    if (!m_session)
        return;
    statusBar()->showMessage(outcome.message, 10000);
    if (!outcome.ok || outcome.created == 0)
        return;
    // What the step wrote shows where it is listed.
    switch (outcome.step) {
    case OpenRunStep::Snapshots:
        break; // the dashboard reads them on its next refresh
    case OpenRunStep::Promises:
    case OpenRunStep::Strategy:
        m_myWork->reload(); // follow-ups, calls and letters are tasks in the queues
        break;
    case OpenRunStep::Plans:
    case OpenRunStep::Holds:
        for (ListPage *page : listPages())
            page->refresh(); // the hold and plan marks on the lists
        if (m_ui->pages->currentWidget() == m_account)
            m_account->refresh();
        break;
    }
}

void MainWindow::openRunFinished(const OpenRunSummary &summary)
{
    updateCollectorActions();
    if (!m_session)
        return;
    statusBar()->showMessage(BookOpenRun::describe(summary), 15000);
    bool changed = false;
    for (const OpenRunOutcome &outcome : summary.steps)
        changed = changed || (outcome.ok && outcome.created > 0);
    if (changed && m_managerDesk->isVisible())
        m_managerDesk->dashboard()->refreshForChanges();
}

void MainWindow::openAccount(Id customerId)
{
    if (!m_session)
        return;
    m_account->setSession(m_session.get());
    m_account->showCustomer(customerId);
    m_contactPanel->showCustomer(customerId);
    if (auto *back = m_account->findChild<QPushButton *>(QStringLiteral("accountBackButton")))
        back->setText(m_accountReturnPage == Page::MyWork ? tr("← My work") : tr("← Customers"));
    m_ui->pages->setCurrentWidget(m_account);
}

void MainWindow::postPayments()
{
    if (!m_session)
        return;
    PaymentDialog dialog(*m_session, QDate::currentDate(), this);
    connect(&dialog, &PaymentDialog::posted, this, [this] {
        for (ListPage *page : listPages())
            page->refresh();
        if (m_ui->pages->currentWidget() == m_account)
            m_account->refresh();
    });
    dialog.exec();
}

void MainWindow::keyDepositBatch()
{
    if (!m_session)
        return;
    DepositBatchDialog dialog(*m_session, QDate::currentDate(), this);
    connect(&dialog, &DepositBatchDialog::posted, this, [this] {
        for (ListPage *page : listPages())
            page->refresh();
    });
    dialog.exec();
}

void MainWindow::importBankStatement()
{
    if (!m_session)
        return;
    BankImportDialog dialog(*m_session, QDate::currentDate(), this);
    connect(&dialog, &BankImportDialog::posted, this, [this] {
        for (ListPage *page : listPages())
            page->refresh();
        if (m_ui->pages->currentWidget() == m_account)
            m_account->refresh();
    });
    dialog.exec();
}

void MainWindow::newCustomer()
{
    if (!m_session)
        return;
    CustomerDialog dialog(*m_session, std::nullopt, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_customers->refresh();
        openAccount(dialog.savedCustomerId());
    }
}

std::array<ListPage *, 3> MainWindow::listPages() const
{
    return {m_customers, m_invoices, m_payments};
}

// --- books -----------------------------------------------------------------------------

void MainWindow::buildBanners()
{
    auto makeBanner = [this](const QString &name, const QString &text, const QString &color) {
        auto *banner = new QFrame(this);
        banner->setObjectName(name);
        banner->setStyleSheet(
                QStringLiteral("QFrame#%1 { background: %2; border-bottom: 1px solid #c9b458; }").arg(name, color));
        auto *label = new QLabel(text, banner);
        label->setObjectName(name + QStringLiteral("Text"));
        label->setWordWrap(true);
        auto *layout = new QHBoxLayout(banner);
        layout->setContentsMargins(12, 6, 12, 6);
        layout->addWidget(label, 1);
        banner->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
        banner->hide();
        return banner;
    };
    m_protectBanner = makeBanner(QStringLiteral("protectBanner"),
                                 tr("This book has no passwords: anyone who can open the file can post and change "
                                    "it. Protect it with an administrator to make everyone sign in."),
                                 QStringLiteral("#fff6d5"));
    auto *protect = new QPushButton(tr("&Protect this book…"), m_protectBanner);
    protect->setObjectName(QStringLiteral("protectBookButton"));
    m_protectBanner->layout()->addWidget(protect);
    connect(protect, &QPushButton::clicked, this, &MainWindow::protectBook);
    m_readOnlyBanner = makeBanner(QStringLiteral("readOnlyBanner"),
                                  tr("This book is read-only (the file or its folder cannot be written): you can "
                                     "look, but nothing can be posted or changed."),
                                  QStringLiteral("#e3ecfa"));
    auto *central = qobject_cast<QVBoxLayout *>(m_ui->centralWidget->layout());
    central->insertWidget(0, m_readOnlyBanner, 0);
    central->insertWidget(0, m_protectBanner, 0);
    central->setStretchFactor(m_ui->mainSplitter, 1);
}

std::unique_ptr<Session> MainWindow::signInWithDialog(Book &book, const QString &location)
{
    const QString lastLoginKey = QStringLiteral("signIn/lastLogin");
    SignInDialog dialog(book, QFileInfo(location).fileName(), QSettings().value(lastLoginKey).toString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    QSettings().setValue(lastLoginKey, dialog.login());
    return dialog.takeSession();
}

void MainWindow::protectBook()
{
    if (!m_book || BookService::isProtected(*m_book))
        return;
    ProtectBookDialog dialog(*m_book, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Protected now: sign in as the new administrator like everyone else.
    const QString location = bookLocation();
    closeBook();
    openBookInteractively(location);
}

QString MainWindow::askDatabasePassword(const QString &location, bool refused)
{
    if (m_databasePassword)
        return m_databasePassword(location, refused);
    const QUrl url(location);
    const QString question =
            refused ? tr("The server refused the password of %1 for the database %2 on %3. Password:")
                    : tr("The server wants the password of %1 for the database %2 on %3. Password:");
    bool ok = false;
    const QString password =
            QInputDialog::getText(this, tr("Database password"),
                                  question.arg(url.userName(), url.path().mid(1), url.host()), QLineEdit::Password,
                                  QString(), &ok);
    return ok ? password : QString();
}

Status MainWindow::openBook(const QString &givenLocation)
{
    // A password someone wrote into the URL is used but never kept (recent books, title).
    const QString location = locationWithoutPassword(givenLocation);
    auto book = BookService::open(givenLocation);
    // A PostgreSQL book whose server wants a password we do not have: ask (three tries).
    for (int attempt = 0; !book && attempt < 3 && isDatabasePasswordError(location, book.error()); ++attempt) {
        const bool refused = !rememberedDatabasePassword(location).isEmpty() || attempt > 0;
        const QString password = askDatabasePassword(location, refused);
        if (password.isEmpty())
            return std::unexpected(Error{ErrorCode::Cancelled, tr("Signing in was cancelled.")});
        rememberDatabasePassword(location, password);
        book = BookService::open(location);
        if (!book)
            forgetDatabasePassword(location);
    }
    if (!book)
        return std::unexpected(book.error());
    std::unique_ptr<Session> signedIn;
    if (BookService::isProtected(**book)) {
        signedIn = m_signIn ? m_signIn(**book, location) : signInWithDialog(**book, location);
        if (!signedIn)
            return std::unexpected(Error{ErrorCode::Cancelled, tr("Signing in was cancelled.")});
    } else {
        auto local = BookService::localSession(**book);
        if (!local)
            return std::unexpected(local.error());
        signedIn = std::move(*local);
    }
    Result<std::unique_ptr<Session>> session(std::move(signedIn));
    closeBook();
    m_book = std::move(*book);
    m_session = std::move(*session);
    for (ListPage *page : listPages())
        page->setSession(m_session.get());
    rememberRecentBook(location);
    // The manager desk is the home screen of managers and supervisors.
    if (m_session->actor().role == Role::Manager || m_session->actor().role == Role::Supervisor)
        m_page = Page::Dashboard;
    // The dashboard's first tiles come first: the work nobody looks at yet waits for them.
    m_holdBackground = m_page == Page::Dashboard && isVisible() && m_session->can(Action::ExportReports);
    m_openRunAfterHold = false;
    m_myWork->setReadsHeld(m_holdBackground);
    updateForBook();
    if (m_holdBackground && !m_managerDesk->dashboard()->isBusy())
        releaseBackgroundWork(); // the dashboard is not computing (another tab of the desk is shown)
    else if (m_holdBackground)
        m_holdTimer->start();
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(bookLocation())), 5000);
    logInfo("opened book " + bookLocation().toStdString());
    startOpenRunAfterPaint(); // in the background: seconds on a big book
    return {};
}

bool MainWindow::openBookInteractively(const QString &location)
{
    if (auto opened = openBook(location); !opened) {
        if (opened.error().code != ErrorCode::Cancelled)
            reportOpenFailure(location, opened.error());
        return false;
    }
    return true;
}

bool MainWindow::openMostRecentBook()
{
    const QStringList recent = recentBooks();
    if (recent.isEmpty())
        return false;
    if (auto opened = openBook(recent.front()); !opened) {
        m_noBookMessage->setText(tr("The last book, %1, could not be opened: %2")
                                         .arg(QDir::toNativeSeparators(recent.front()), opened.error().message));
        m_noBookMessage->show();
        return false;
    }
    return true;
}

void MainWindow::reportOpenFailure(const QString &location, const Error &error)
{
    if (const auto logger = spdlog::get("ardesk.ui"))
        logger->warn("cannot open {}: {}", location.toStdString(), error.message.toStdString());
    QMessageBox::warning(this, tr("Cannot open book"),
                         tr("%1 could not be opened.\n\n%2").arg(QDir::toNativeSeparators(location), error.message));
}

QString MainWindow::backupFolder()
{
    const QString fallback =
            QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/backups");
    return QSettings().value(QStringLiteral("backups/folder"), fallback).toString();
}

int MainWindow::backupsToKeep()
{
    return QSettings().value(QStringLiteral("backups/keep"), 5).toInt();
}

void MainWindow::restoreFromBackup()
{
    if (!m_book)
        return;
    const QString location = bookLocation();
    const QStringList backups = BookService::backupsOf(location, backupFolder());
    if (backups.isEmpty()) {
        QMessageBox::information(
                this, tr("Restore from backup"),
                tr("There is no backup of %1 in %2 yet. ardesk makes one each time the book is "
                   "closed.")
                        .arg(QFileInfo(location).fileName(), QDir::toNativeSeparators(backupFolder())));
        return;
    }
    QStringList names;
    for (const QString &backup : backups)
        names << QFileInfo(backup).fileName();
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Restore from backup"),
                                                 tr("Backups of %1, newest first:").arg(QFileInfo(location).fileName()),
                                                 names, 0, false, &ok);
    if (!ok)
        return;
    if (QMessageBox::warning(this, tr("Restore from backup"),
                             tr("Replace %1 with the backup %2? Everything posted since that backup will be gone from "
                                "the book (the current file is kept beside it as a .before-restore copy).")
                                     .arg(QFileInfo(location).fileName(), chosen),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    const QString backup = backups.value(names.indexOf(chosen));
    if (auto approved = BookService::approveRestore(*m_session, backup); !approved) {
        QMessageBox::warning(this, tr("Restore from backup"), approved.error().message);
        return;
    }
    closeBook(BackupOnClose::No);
    if (auto restored = BookService::restore(backup, location, QDateTime::currentDateTime()); !restored)
        QMessageBox::critical(this, tr("Restore from backup"), restored.error().message);
    openBookInteractively(location);
}

void MainWindow::closeBook()
{
    closeBook(BackupOnClose::Yes);
}

void MainWindow::closeBook(BackupOnClose backup)
{
    if (!m_book)
        return;
    m_openRunPending = false;
    m_holdBackground = false;
    m_openRunAfterHold = false;
    m_holdTimer->stop();
    m_openRun->cancel();   // the daily run stops where it is (its step rolls back)
    m_reports->closePreview(); // a print preview's worker leaves its loop (after its layout)
    BookJob::waitForAll(); // a queue read or promise evaluation on its own connection
    if (backup == BackupOnClose::Yes && backupsToKeep() > 0 && m_session && !isPractising()) {
        auto copy =
                BookService::rotatingBackup(*m_session, backupFolder(), backupsToKeep(), QDateTime::currentDateTime());
        if (!copy) {
            if (const auto logger = spdlog::get("ardesk.ui"))
                logger->warn("backup on close failed: {}", copy.error().message.toStdString());
            statusBar()->showMessage(tr("The backup on close failed: %1").arg(copy.error().message), 10000);
        }
    }
    for (ListPage *page : listPages())
        page->setSession(nullptr);
    m_settings->setSession(nullptr);
    m_myWork->setSession(nullptr);
    m_myWork->setReadsHeld(false);
    m_contactPanel->setSession(nullptr);
    m_reports->setSession(nullptr);
    m_managerDesk->setSession(nullptr); // stops the dashboard's worker and its connection
    m_session.reset();
    m_watcher.reset(); // before its book
    m_book.reset();
    finishPractice();
    statusBar()->clearMessage();
    updateForBook();
}

QString MainWindow::bookLocation() const
{
    return m_book ? normalizedLocation(m_book->location()) : QString();
}

void MainWindow::chooseBook()
{
    QSettings settings;
    QString folder = settings.value(kLastFolderKey).toString();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString file =
            QFileDialog::getOpenFileName(this, tr("Open book"), folder, tr("ardesk books (*.ardesk);;All files (*)"));
    if (file.isEmpty())
        return;
    settings.setValue(kLastFolderKey, QFileInfo(file).absolutePath());
    openBookInteractively(file);
}

void MainWindow::updateForBook()
{
    const bool open = m_book != nullptr;
    m_watcher.reset();
    if (open) {
        // Other people's changes (another window, process or desk) show within seconds.
        if (auto watcher = BookWatcher::watch(*m_book)) {
            m_watcher = std::move(*watcher);
            connect(m_watcher.get(), &BookWatcher::changed, this, &MainWindow::bookChangedElsewhere);
        } else if (const auto logger = spdlog::get("ardesk.ui")) {
            logger->warn("other people's changes will not show by themselves: {}",
                         watcher.error().message.toStdString());
        }
    }
    if (open)
        setWindowTitle(
                tr("%1 — %2 — ardesk")
                        .arg(m_book->displayName(),
                             m_session->actor().name.isEmpty() ? m_session->actor().login : m_session->actor().name));
    else
        setWindowTitle(QStringLiteral("ardesk"));
    m_ui->navigation->setEnabled(open);
    m_ui->actionCloseBook->setEnabled(open);
    m_restoreAction->setEnabled(open && !m_book->isReadOnly() && m_session->can(Action::ChangeSettings));
    m_ui->actionRefresh->setEnabled(open);
    for (QAction *action : m_ui->menuView->actions())
        if (action->objectName().startsWith(u"actionShowPage"))
            action->setEnabled(open);
    m_settings->setSession(m_session.get());
    m_account->setSession(m_session.get());
    m_account->setToday(todayOf(m_clock));
    m_contactPanel->setSession(m_session.get());
    m_myWork->setSession(m_session.get());
    updateCollectorActions();
    m_managerDesk->setToday(todayOf(m_clock));
    m_managerDesk->setSession(m_session.get());
    m_reports->setSession(m_session.get());
    for (QAction *action : menuBar()->findChildren<QAction *>())
        if (action->objectName() == u"actionPostPayments" || action->objectName() == u"actionDepositBatch"
            || action->objectName() == u"actionNewCustomer" || action->objectName() == u"actionImportBank"
            || action->objectName() == u"actionPostInterest")
            action->setEnabled(open && !m_book->isReadOnly());
    if (auto *letters = findChild<QAction *>(QStringLiteral("actionLetterRun")))
        letters->setEnabled(open && !m_book->isReadOnly()
                            && (m_session->can(Action::LogContact) || m_session->can(Action::EditCustomers)));
    m_protectBanner->setVisible(open && !BookService::isProtected(*m_book) && !m_book->isReadOnly());
    m_readOnlyBanner->setVisible(open && m_book->isReadOnly());
    if (open) {
        m_noBookMessage->hide();
        showPage(m_page);
    } else {
        m_ui->pages->setCurrentWidget(m_noBookPage);
    }
}

// --- recent books ----------------------------------------------------------------------

QStringList MainWindow::recentBooks() const
{
    return QSettings().value(kRecentBooksKey).toStringList();
}

void MainWindow::rememberRecentBook(const QString &location)
{
    const QString entry = normalizedLocation(location);
    QStringList recent = recentBooks();
    recent.removeAll(entry);
    recent.prepend(entry);
    while (recent.size() > kMaxRecentBooks)
        recent.removeLast();
    QSettings().setValue(kRecentBooksKey, recent);
    rebuildRecentBooks();
}

void MainWindow::rebuildRecentBooks()
{
    const QStringList recent = recentBooks();
    QMenu *menu = m_ui->menuRecentBooks;
    menu->clear();
    m_recentList->clear();
    for (int i = 0; i < recent.size(); ++i) {
        const QString &location = recent.at(i);
        const QString name = isDatabaseUrl(location) ? location : QFileInfo(location).fileName();
        const QString shown = QDir::toNativeSeparators(location);
        QAction *action = menu->addAction(tr("&%1 %2").arg(i + 1).arg(name));
        action->setToolTip(shown);
        action->setStatusTip(shown);
        connect(action, &QAction::triggered, this, [this, location] { openBookInteractively(location); });
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(name, shown), m_recentList);
        item->setData(Qt::UserRole, location);
        item->setToolTip(shown);
    }
    if (!recent.isEmpty()) {
        menu->addSeparator();
        QAction *clear = menu->addAction(tr("&Clear list"));
        clear->setObjectName(QStringLiteral("actionClearRecentBooks"));
        connect(clear, &QAction::triggered, this, [this] {
            QSettings().remove(kRecentBooksKey);
            rebuildRecentBooks();
        });
    }
    menu->setEnabled(!recent.isEmpty());
    m_recentList->setVisible(!recent.isEmpty());
    if (auto *title = m_noBookPage->findChild<QLabel *>(QStringLiteral("recentBooksTitle")))
        title->setVisible(!recent.isEmpty());
}

// --- pages -----------------------------------------------------------------------------

void MainWindow::showPage(Page page)
{
    m_page = page;
    const int row = static_cast<int>(page);
    if (m_ui->navigation->currentRow() != row)
        m_ui->navigation->setCurrentRow(row); // switches the stack through currentRowChanged
    if (m_book)
        m_ui->pages->setCurrentIndex(row);
}

MainWindow::Page MainWindow::currentPage() const
{
    return m_page;
}

void MainWindow::refreshCurrentPage()
{
    if (m_ui->pages->currentWidget() == m_managerDesk)
        m_managerDesk->refresh();
    for (ListPage *page : listPages())
        if (m_ui->pages->currentWidget() == page)
            page->refresh();
    if (m_ui->pages->currentWidget() == m_myWork)
        m_myWork->reload();
}

void MainWindow::bookChangedElsewhere()
{
    if (!m_session)
        return;
    if (m_ui->pages->currentWidget() == m_account) {
        m_account->refresh();
        return;
    }
    if (m_ui->pages->currentWidget() == m_managerDesk) {
        m_managerDesk->refreshForChanges(); // a dashboard run in progress finishes first
        return;
    }
    refreshCurrentPage();
}

void MainWindow::showAbout()
{
    QString bookLine;
    if (m_session) {
        if (auto info = BookService::info(*m_session))
            bookLine = tr("<p>Open book: %1 (schema %2)</p>")
                               .arg(QDir::toNativeSeparators(bookLocation()).toHtmlEscaped())
                               .arg(info->schemaVersion);
    }
    const QString log = logFilePath().isEmpty() ? tr("not written") : QDir::toNativeSeparators(logFilePath());
    QMessageBox::about(this, tr("About ardesk"),
                       tr("<h3>ardesk %1</h3>"
                          "<p>Accounts receivable on the desktop: customers, invoices, payments, "
                          "collections.</p>"
                          "<p>Book schema version: %2</p>%3"
                          "<p>Log file: %4</p>")
                               .arg(QStringLiteral(ARDESK_VERSION))
                               .arg(currentSchemaVersion())
                               .arg(bookLine, log.toHtmlEscaped()));
}

// --- settings --------------------------------------------------------------------------

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (const QByteArray geometry = settings.value(kGeometryKey).toByteArray(); !geometry.isEmpty())
        restoreGeometry(geometry);
    if (const QByteArray state = settings.value(kStateKey).toByteArray(); !state.isEmpty())
        restoreState(state);
    if (const QByteArray splitter = settings.value(kSplitterKey).toByteArray(); !splitter.isEmpty())
        m_ui->mainSplitter->restoreState(splitter);
    const int page = settings.value(kPageKey, static_cast<int>(Page::Customers)).toInt();
    m_page = page >= 0 && page < kPageCount ? static_cast<Page>(page) : Page::Customers;
    for (ListPage *page : listPages())
        page->restoreState(settings);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_ui->mainSplitter->saveState());
    settings.setValue(kPageKey, static_cast<int>(m_page));
    for (ListPage *page : listPages())
        page->saveState(settings);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

} // namespace ardesk
