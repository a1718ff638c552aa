// ardesk, the GUI: the composition root. It sets up the application, logging and
// language, reads the command line and opens the book in the main window; everything
// else lives in src/ui and the layers below it.

#include "services/logging.h"
#include "storage/connection_tuning.h"
#include "ui/common/book_job.h"
#include "ui/common/book_open_run.h"
#include "ui/help/language.h"
#include "ui/main_window.h"
#include "ui/screenshots.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QIcon>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <spdlog/spdlog.h>

#include <cstdio>
#include <exception>

namespace {

QElapsedTimer g_started; // from the start of main

// Quits the application at the first paint of anything in the window.
class FirstPaintWatcher final : public QObject
{
public:
    explicit FirstPaintWatcher(QWidget &window, bool quit = true, qint64 *paintedAfter = nullptr)
        : m_window(window), m_quit(quit), m_paintedAfter(paintedAfter)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_done && event->type() == QEvent::Paint) {
            if (auto *widget = qobject_cast<QWidget *>(watched); widget && widget->window() == &m_window) {
                m_done = true;
                if (m_paintedAfter)
                    *m_paintedAfter = g_started.elapsed();
                if (m_quit)
                    QTimer::singleShot(0, qApp, &QCoreApplication::quit); // after this paint
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget &m_window;
    bool m_quit = true;
    qint64 *m_paintedAfter = nullptr;
    bool m_done = false;
};

int run(QApplication &app)
{
    // The language first (--lang, else Settings > Language, else the system's: see
    // src/ui/help/language.h), so that even --help speaks it.
    QCommandLineParser languageOnly;
    languageOnly.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption earlyLanguage(QStringLiteral("lang"), QString(), QStringLiteral("code"));
    languageOnly.addOption(earlyLanguage);
    languageOnly.parse(app.arguments()); // unknown options are the real parser's business
    const QString inUse = ardesk::language::install(app, ardesk::language::chosen(languageOnly.value(earlyLanguage)));
    if (const auto logger = spdlog::get("ardesk.ui"))
        logger->info("user interface language: {}", inUse.toStdString());

    QCommandLineParser parser;
    parser.setApplicationDescription(
            QCoreApplication::translate("main", "ardesk: accounts receivable on the desktop."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption language(
            QStringLiteral("lang"),
            QCoreApplication::translate("main", "Language of the user interface, e.g. de, fr, sv, cs."),
            QCoreApplication::translate("main", "code"));
    parser.addOption(language);
    QCommandLineOption screenshots(QStringLiteral("screenshots"),
                                   QCoreApplication::translate("main", "Write pictures of the main views to FOLDER."),
                                   QCoreApplication::translate("main", "folder"));
    screenshots.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshots);
    QCommandLineOption languageScreenshots(QStringLiteral("language-screenshots"), QString(),
                                           QStringLiteral("folder"));
    languageScreenshots.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(languageScreenshots);
    // For scripts/bench.sh: open the book, quit once the window has painted, print the time.
    QCommandLineOption firstPaint(QStringLiteral("quit-after-first-paint"),
                                  QStringLiteral("Open the book, quit after the first paint."));
    firstPaint.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(firstPaint);
    // For scripts/bench.sh: the same, but quit once the book's background work after open
    // (the daily run, the queue) has finished, so the whole process's peak memory counts it.
    QCommandLineOption whenIdle(QStringLiteral("quit-when-idle"),
                                QStringLiteral("Open the book, quit when its background work is done."));
    whenIdle.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(whenIdle);
    parser.addPositionalArgument(QStringLiteral("book"),
                                 QCoreApplication::translate("main", "The book to open (*.ardesk)."),
                                 QCoreApplication::translate("main", "[book]"));
    parser.process(app);

    const QStringList arguments = parser.positionalArguments();

    if (parser.isSet(screenshots) || parser.isSet(languageScreenshots)) {
        // Documentation run: a throw-away settings folder, so neither the user's window
        // layout nor their recent books are read or changed.
        QTemporaryDir settingsFolder;
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsFolder.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsFolder.path());
        if (arguments.size() != 1) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("main", "--screenshots needs exactly one book")));
            return 2;
        }
        ardesk::MainWindow window;
        if (auto opened = window.openBook(arguments.front()); !opened) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(arguments.front()), qPrintable(opened.error().message));
            return 1;
        }
        auto written = parser.isSet(screenshots)
                ? ardesk::writeScreenshots(window, parser.value(screenshots))
                : ardesk::writeLanguageScreenshots(window, parser.value(languageScreenshots));
        if (!written) {
            std::fprintf(stderr, "%s\n", qPrintable(written.error().message));
            return 1;
        }
        for (const QString &file : *written)
            std::printf("%s\n", qPrintable(QDir::toNativeSeparators(file)));
        return 0;
    }

    if (parser.isSet(whenIdle)) {
        QTemporaryDir settingsFolder; // the user's layout and recent books stay as they are
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsFolder.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsFolder.path());
        ardesk::MainWindow window;
        window.resize(1280, 800);
        window.show();
        if (arguments.isEmpty() || !window.openBook(arguments.front())) {
            std::fprintf(stderr, "--quit-when-idle needs a book that opens\n");
            return 1;
        }
        qint64 firstPaintMs = -1;
        FirstPaintWatcher watcher(window, false, &firstPaintMs);
        app.installEventFilter(&watcher);
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &app, [&] {
            if (firstPaintMs >= 0 && !window.isRunningOpenRun() && ardesk::BookJob::running() == 0)
                app.quit();
        });
        poll.start(50);
        const int status = app.exec();
        std::printf("first paint after %lld ms, idle after %lld ms\n", static_cast<long long>(firstPaintMs),
                    static_cast<long long>(g_started.elapsed()));
        if (const ardesk::BookOpenRun *run = window.openRun())
            std::printf("%s (%lld ms)\n", qPrintable(ardesk::BookOpenRun::describe(run->lastSummary())),
                        static_cast<long long>(run->lastSummary().milliseconds));
        return status;
    }

    if (parser.isSet(firstPaint)) {
        QTemporaryDir settingsFolder; // the user's layout and recent books stay as they are
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsFolder.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsFolder.path());
        ardesk::MainWindow window;
        window.resize(1280, 800);
        window.show();
        if (!arguments.isEmpty()) {
            if (auto opened = window.openBook(arguments.front()); !opened) {
                std::fprintf(stderr, "%s: %s\n", qPrintable(arguments.front()), qPrintable(opened.error().message));
                return 1;
            }
        }
        FirstPaintWatcher watcher(window);
        app.installEventFilter(&watcher);
        const int status = app.exec();
        std::printf("first paint after %lld ms\n", static_cast<long long>(g_started.elapsed()));
        return status;
    }

    if (arguments.size() > 1) {
        std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("main", "give at most one book")));
        return 2;
    }
    ardesk::MainWindow window;
    window.show();
    if (!arguments.isEmpty())
        window.openBookInteractively(arguments.front());
    else
        window.openMostRecentBook();
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    g_started.start();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ardesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ardesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ARDESK_VERSION));
    // The launcher (resources/desktop) is io.ardesk.Ardesk.desktop; the icon is its set.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.ardesk.Ardesk"));
    QIcon icon;
    for (const int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/%1x%1/apps/ardesk.png").arg(size), QSize(size, size));
    app.setWindowIcon(icon);
    ardesk::setupLogging(QStringLiteral("ardesk"));
    // Several connections at once (the window's and its background jobs'): a smaller page
    // cache each and no memory map keep the process within its memory budget.
    ardesk::setConnectionTuning({.cacheKiB = 32768, .mmapBytes = 0});
    try {
        return run(app);
    } catch (const std::exception &error) {
        // Nothing below is meant to throw; if something does, say so and stop cleanly.
        if (const auto logger = spdlog::get("ardesk.ui"))
            logger->critical("unexpected error: {}", error.what());
        std::fprintf(stderr, "ardesk: unexpected error: %s\n", error.what());
        return 1;
    }
}
