// The Help menu of the main window: user guide, keyboard shortcuts, practice.
// (MainWindow's other members are in src/ui/main_window.cpp.)

#include "../main_window.h" // relative, so that lupdate finds the class of the tr() calls

#include "ui_main_window.h"

#include "services/book_service.h"
#include "ui/account/account_view.h"
#include "ui/help/shortcut_sheet.h"
#include "ui/help/training_panel.h"
#include "ui/help/user_guide_viewer.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QVBoxLayout>

namespace ardesk {

void MainWindow::buildHelpActions()
{
    QMenu *help = m_ui->menuHelp;
    QAction *about = m_ui->actionAbout;

    auto *guide = new QAction(tr("&User guide"), this);
    guide->setObjectName(QStringLiteral("actionUserGuide"));
    guide->setShortcuts(QKeySequence::HelpContents); // F1
    connect(guide, &QAction::triggered, this, [this] { showUserGuide(); });
    help->insertAction(about, guide);

    auto *shortcuts = new QAction(tr("&Keyboard shortcuts"), this);
    shortcuts->setObjectName(QStringLiteral("actionKeyboardShortcuts"));
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F1));
    connect(shortcuts, &QAction::triggered, this, [this] { showKeyboardShortcuts(); });
    help->insertAction(about, shortcuts);
    help->insertSeparator(about);

    auto *practice = new QAction(tr("&Practice (training)…"), this);
    practice->setObjectName(QStringLiteral("actionPractice"));
    practice->setStatusTip(tr("Open a throw-away copy of the demo book to learn ardesk without touching real data"));
    connect(practice, &QAction::triggered, this, [this] {
        if (isPractising())
            return;
        if (QMessageBox::question(this, tr("Practice"),
                                  tr("Open a practice book? It is a fresh copy of the demo business, marked "
                                     "TRAINING, with a checklist for your first day. The book that is open now is "
                                     "closed first; the practice copy is deleted when you end the practice."))
            != QMessageBox::Yes)
            return;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const Status started = startPractice();
        QApplication::restoreOverrideCursor();
        if (!started)
            QMessageBox::warning(this, tr("Practice"),
                                 tr("The practice book could not be made: %1").arg(started.error().message));
    });
    help->insertAction(about, practice);
    help->insertSeparator(about);
}

QStringList MainWindow::guideSectionWords() const
{
    // The user guide has a chapter per role (docs/user-guide.md); the screen says whose.
    if (m_ui->pages->currentWidget() == static_cast<QWidget *>(m_account))
        return {QStringLiteral("clerk")};
    switch (m_page) {
    case Page::Dashboard:
        return {QStringLiteral("manager"), QStringLiteral("supervisor")};
    case Page::MyWork:
        return {QStringLiteral("collector")};
    case Page::Customers:
    case Page::Invoices:
    case Page::Payments:
        return {QStringLiteral("clerk")};
    case Page::Reports:
        return {QStringLiteral("monthly close"), QStringLiteral("report"), QStringLiteral("manager")};
    case Page::Settings:
        return {QStringLiteral("admin")};
    }
    return {};
}

UserGuideViewer *MainWindow::showUserGuide()
{
    if (!m_guide) {
        m_guide = new UserGuideViewer(this);
        m_guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
    m_guide->showSection(guideSectionWords());
    return m_guide;
}

ShortcutSheet *MainWindow::showKeyboardShortcuts()
{
    delete m_shortcuts; // built again: the actions may have changed
    m_shortcuts = new ShortcutSheet(*this, this);
    m_shortcuts->setAttribute(Qt::WA_DeleteOnClose);
    m_shortcuts->show();
    return m_shortcuts;
}

Status MainWindow::startPractice(TrainingRole role)
{
    if (isPractising())
        return {};
    auto folder = std::make_unique<QTemporaryDir>();
    if (!folder->isValid())
        return std::unexpected(Error::storage(tr("no temporary folder for the practice book: %1")
                                                      .arg(folder->errorString())));
    const QString path = folder->filePath(QStringLiteral("practice.ardesk"));
    if (auto made = TrainingService::createPracticeBook(path, QDate::currentDate()); !made)
        return made;
    const QStringList recentBefore = recentBooks();
    if (auto opened = openBook(path); !opened)
        return opened;
    // A practice book is not one to come back to.
    QSettings().setValue(QStringLiteral("recentBooks"), recentBefore);
    rebuildRecentBooks();

    auto since = TrainingService::startMark(*m_session);
    if (!since)
        return std::unexpected(since.error());
    m_practiceFolder = std::move(folder);
    m_trainingPanel = new TrainingPanel(*m_session, *since, m_ui->centralWidget);
    m_trainingPanel->setRole(role);
    connect(m_trainingPanel, &TrainingPanel::endRequested, this, &MainWindow::endPractice);
    auto *central = qobject_cast<QVBoxLayout *>(m_ui->centralWidget->layout());
    central->insertWidget(0, m_trainingPanel, 0);
    m_trainingPanel->show();
    m_protectBanner->hide(); // passwords do not matter in a practice book
    m_trainingMarker = std::make_unique<TrainingTitleMarker>();
    statusBar()->showMessage(tr("Practice book open: nothing you do here touches real data."), 8000);
    return {};
}

void MainWindow::endPractice()
{
    if (isPractising())
        closeBook(BackupOnClose::No);
}

void MainWindow::finishPractice()
{
    if (!m_trainingPanel)
        return;
    m_trainingPanel->stop();
    m_trainingPanel->hide();
    m_trainingPanel->deleteLater(); // may be in its own button's signal
    m_trainingPanel = nullptr;
    m_trainingMarker.reset();
    m_practiceFolder.reset(); // the book is closed: its files go
}

} // namespace ardesk
