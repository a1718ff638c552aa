#include "dashboard_view.h"

#include "figures_worker.h"

#include "domain/kpi.h"
#include "services/aging_snapshot_service.h"
#include "ui/collector/contact_panel.h"
#include "ui/common/display_format.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>

namespace ardesk {

namespace {

constexpr int kPollMilliseconds = 5000;
constexpr int kTopOverdueRows = 10;

QDate lastDayOfMonth(QDate date)
{
    return QDate(date.year(), date.month(), date.daysInMonth());
}

// Major units for a chart axis (display only; the figures themselves are exact).
double major(MinorUnits minor, const QString &currency)
{
    const int decimals = Money(0, currency).decimals();
    return static_cast<double>(minor) / std::pow(10.0, decimals);
}

QString formatDays(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'f', 1) : QCoreApplication::translate("DashboardView", "n/a");
}

QString formatPercent(const std::optional<double> &value)
{
    // The locale's own percent rule (no-break space before the sign in de, fr, sv, cs).
    return value ? ardesk::formatPercent(*value, 1) : QCoreApplication::translate("DashboardView", "n/a");
}

// A value axis from 0 to a little above `top` (never an empty or NaN range), nice numbers.
void fitAxis(QValueAxis *axis, double top)
{
    axis->setRange(0, top > 0 ? top * 1.05 : 1.0);
    axis->applyNiceNumbers();
}

QChartView *newChartView(const QString &objectName, QWidget *parent)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    // Axis labels in the user's locale (thousands separators, decimal sign).
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(300);
    return view;
}

// Empties a chart for new series.
void resetChart(QChart *chart, const QString &title)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    chart->setTitle(title);
}

// A chart whose figures have not come yet: its title and empty axes, so it never shows as a
// bare frame while the figures are computed.
void showChartLoading(QChart *chart, const QString &title)
{
    if (!chart->series().isEmpty())
        return; // figures of an earlier refresh stay until the new ones come
    resetChart(chart, title);
    auto *x = new QBarCategoryAxis;
    chart->addAxis(x, Qt::AlignBottom);
    auto *y = new QValueAxis;
    y->setRange(0, 1);
    y->setLabelsVisible(false);
    chart->addAxis(y, Qt::AlignLeft);
}

QTableWidget *newTable(const QString &objectName, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(false);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    table->setAlternatingRowColors(true);
    table->setMinimumHeight(220);
    return table;
}

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment);
    return item;
}

// The wall and CPU time (of the worker thread) of each step of a refresh, written to the
// log at debug level (ARDESK_LOG=debug; docs/performance.md "Manager desk").
class StepClock final
{
public:
    StepClock() { restart(); }
    void lap(const char *step)
    {
        const qint64 wall = m_wall.nsecsElapsed() / 1000000;
        const qint64 cpu = (threadCpuNs() - m_cpu) / 1000000;
        if (const auto logger = spdlog::get("ardesk.ui"))
            logger->debug("dashboard step {}: {} ms wall, {} ms CPU", step, wall, cpu);
        if (s_toStderr) // the measurement harness (tests/ui/test_manager_desk_ui.cpp)
            std::fprintf(stderr, "dashboard step %s: %lld ms wall, %lld ms CPU\n", step, static_cast<long long>(wall),
                         static_cast<long long>(cpu));
        restart();
    }

private:
    static qint64 threadCpuNs()
    {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return static_cast<qint64>(now.tv_sec) * 1000000000 + now.tv_nsec;
    }
    void restart()
    {
        m_wall.start();
        m_cpu = threadCpuNs();
    }
    QElapsedTimer m_wall;
    qint64 m_cpu = 0;
    static inline const bool s_toStderr = qEnvironmentVariableIsSet("ARDESK_PERF_STEPS");
};

} // namespace

// --- tile --------------------------------------------------------------------------------

DashboardTile::DashboardTile(const QString &objectName, const QString &title, QWidget *parent)
    : QFrame(parent), m_value(new QLabel(this)), m_detail(new QLabel(this))
{
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Show the list behind %1").arg(title));
    setAutoFillBackground(true);
    QPalette shade = palette();
    shade.setColor(QPalette::Window, shade.color(QPalette::Base));
    setPalette(shade);
    auto *titleLabel = new QLabel(title, this);
    titleLabel->setObjectName(objectName + QStringLiteral("Title"));
    QFont small = titleLabel->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    titleLabel->setFont(small);
    titleLabel->setForegroundRole(QPalette::PlaceholderText);
    m_value->setObjectName(objectName + QStringLiteral("Value"));
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setText(QStringLiteral("…"));
    m_detail->setObjectName(objectName + QStringLiteral("Detail"));
    m_detail->setFont(small);
    m_detail->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(2);
    layout->addWidget(titleLabel);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addStretch(1);
    setMinimumWidth(fontMetrics().averageCharWidth() * 24);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
}

void DashboardTile::setValue(const QString &value, const QString &detail)
{
    m_value->setText(value);
    m_detail->setText(detail);
}

QString DashboardTile::value() const
{
    return m_value->text();
}

void DashboardTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT clicked();
    QFrame::mouseReleaseEvent(event);
}

void DashboardTile::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        Q_EMIT clicked();
        return;
    }
    QFrame::keyPressEvent(event);
}

// --- the view ------------------------------------------------------------------------------

DashboardView::DashboardView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("dashboardView"));
    auto *title = new QLabel(tr("Dashboard"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("dashboardCurrency"));
    m_currency->setToolTip(tr("Amounts of different currencies are never added: one currency at a time"));
    m_stackBy = new QComboBox(this);
    m_stackBy->setObjectName(QStringLiteral("dashboardStackBy"));
    m_stackBy->addItem(tr("Aging by collector"), static_cast<int>(AgingStackBy::Collector));
    m_stackBy->addItem(tr("Aging by risk class"), static_cast<int>(AgingStackBy::RiskClass));
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("dashboardRefresh"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_status);
    header->addWidget(m_currency);
    header->addWidget(m_stackBy);
    header->addWidget(m_refresh);

    auto *content = new QWidget;
    auto *grid = new QVBoxLayout(content);
    buildTiles(content);
    auto *tiles = new QGridLayout;
    const QStringList order{QStringLiteral("tileTotalAr"),       QStringLiteral("tileOverdue"),
                            QStringLiteral("tilePercentCurrent"), QStringLiteral("tileDso"),
                            QStringLiteral("tileCei"),           QStringLiteral("tileAdd"),
                            QStringLiteral("tileCollected"),     QStringLiteral("tilePromisesToday"),
                            QStringLiteral("tileBrokenPromises"), QStringLiteral("tileDisputes"),
                            QStringLiteral("tileOnHold")};
    for (int i = 0; i < order.size(); ++i)
        tiles->addWidget(m_tiles.at(order.at(i)), i / 6, i % 6);
    grid->addLayout(tiles);
    grid->addSpacing(8);

    m_agingView = newChartView(QStringLiteral("agingChart"), content);
    m_trendView = newChartView(QStringLiteral("kpiTrendChart"), content);
    m_collectionsView = newChartView(QStringLiteral("collectionsChart"), content);
    m_disputesView = newChartView(QStringLiteral("disputesChart"), content);
    auto *charts = new QGridLayout;
    charts->addWidget(m_agingView, 0, 0);
    charts->addWidget(m_trendView, 0, 1);
    charts->addWidget(m_collectionsView, 1, 0);
    charts->addWidget(m_disputesView, 1, 1);
    grid->addLayout(charts);
    showChartsLoading();

    m_topOverdue = newTable(QStringLiteral("dashboardTopOverdue"),
                            {tr("Code"), tr("Name"), tr("Collector"), tr("Overdue"), tr("Oldest (days)")}, content);
    m_moved = newTable(QStringLiteral("dashboardMovedAccounts"), {tr("Code"), tr("Name"), tr("Collector"), tr("Amount")},
                       content);
    auto *lists = new QGridLayout;
    auto *topTitle = new QLabel(tr("Top overdue accounts"), content);
    m_movedTitle = new QLabel(tr("Moved into the last bucket since the last month-end"), content);
    QFont bold = topTitle->font();
    bold.setBold(true);
    topTitle->setFont(bold);
    m_movedTitle->setFont(bold);
    lists->addWidget(topTitle, 0, 0);
    lists->addWidget(m_movedTitle, 0, 1);
    lists->addWidget(m_topOverdue, 1, 0);
    lists->addWidget(m_moved, 1, 1);
    grid->addLayout(lists);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(scroll, 1);

    connect(m_refresh, &QPushButton::clicked, this, &DashboardView::refresh);
    connect(m_currency, &QComboBox::activated, this, &DashboardView::refresh);
    connect(m_stackBy, &QComboBox::activated, this, &DashboardView::refresh);
    for (QTableWidget *table : {m_topOverdue, m_moved})
        connect(table, &QTableWidget::cellActivated, this, [this, table](int row, int) {
            if (const QTableWidgetItem *item = table->item(row, 0))
                Q_EMIT accountRequested(item->data(Qt::UserRole).toLongLong());
        });
    m_poll.setInterval(kPollMilliseconds);
    connect(&m_poll, &QTimer::timeout, this, &DashboardView::pollBook);
}

DashboardView::~DashboardView()
{
    m_worker.reset(); // before the widgets its late results would touch
}

void DashboardView::buildTiles(QWidget *parent)
{
    const std::pair<const char *, QString> tiles[] = {
            {"tileTotalAr", tr("Total AR")},
            {"tileOverdue", tr("Overdue")},
            {"tilePercentCurrent", tr("Current")},
            {"tileDso", tr("DSO (days)")},
            {"tileCei", tr("CEI")},
            {"tileAdd", tr("ADD (days)")},
            {"tileCollected", tr("Collected this month")},
            {"tilePromisesToday", tr("Promises due today")},
            {"tileBrokenPromises", tr("Broken this week")},
            {"tileDisputes", tr("Open disputes")},
            {"tileOnHold", tr("Accounts on hold")},
    };
    for (const auto &[name, title] : tiles) {
        auto *tile = new DashboardTile(QString::fromLatin1(name), title, parent);
        m_tiles[QString::fromLatin1(name)] = tile;
        connect(tile, &DashboardTile::clicked, this, [this, key = QString::fromLatin1(name)] { tileClicked(key); });
    }
}

void DashboardView::setSession(Session *session)
{
    m_worker.reset(); // stops the worker of the old book (interrupts a running refresh)
    m_session = session;
    ++m_generation; // results of a job on the old book are dropped
    m_pending = false;
    m_figures = {};
    m_currency->clear();
    m_dataVersion = -1;
    m_poll.stop();
    if (session && isVisible())
        refresh();
}

void DashboardView::setToday(QDate today)
{
    m_today = today;
}

QDate DashboardView::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

QString DashboardView::currency() const
{
    return m_currency->currentText();
}

AgingBuckets DashboardView::buckets() const
{
    return m_buckets;
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_session && !m_pending && !m_figures.tiles)
        refresh();
    if (m_session)
        m_poll.start();
}

void DashboardView::pollBook()
{
    if (!m_session || !isVisible() || m_pending)
        return;
    qint64 version = -1;
    try {
        version = m_session->book().dataVersion();
    } catch (...) {
        return;
    }
    if (m_dataVersion >= 0 && version != m_dataVersion)
        refreshForChanges();
    m_dataVersion = version;
}

void DashboardView::refresh()
{
    requestFigures(true);
}

void DashboardView::refreshForChanges()
{
    requestFigures(false);
}

void DashboardView::requestFigures(bool asked)
{
    if (!m_session)
        return;
    try {
        m_dataVersion = m_session->book().dataVersion();
    } catch (...) {
    }
    if (!m_worker)
        m_worker = std::make_unique<FiguresWorker>(this, *m_session);
    const int epoch = m_generation;
    m_pending = true;
    m_clock.start();
    m_tilesMs = -1;
    m_allMs = -1;
    m_status->setText(tr("Computing…"));
    m_refresh->setEnabled(false);
    const QString chosen = m_currency->currentText();
    const QDate day = today();
    const auto stackBy = static_cast<AgingStackBy>(m_stackBy->currentData().toInt());
    // The question asked: results of a run for another question are dropped, and a waiting
    // run for another question stops the running one early (figures_worker.h).
    auto keyOf = [day, stackBy](const QString &currency) {
        return QStringLiteral("%1|%2|%3").arg(currency, day.toString(Qt::ISODate)).arg(static_cast<int>(stackBy));
    };
    const QString key = keyOf(chosen);
    m_requestKey = key;
    // Figures of this question (shown), and the end of the last run asked for (idle again).
    // Without a currency chosen yet the run answers for the first one: asking for that one
    // by name (the chooser filled meanwhile) is the same question.
    auto current = [this, epoch, key](const QString &resolvedKey) {
        return epoch == m_generation && (key == m_requestKey || resolvedKey == m_requestKey);
    };
    auto latest = [this, epoch](quint64 sequence) { return epoch == m_generation && sequence == m_lastSequence; };

    m_lastSequence = m_worker->submit(
            key,
            [this, chosen, day, stackBy, keyOf, current, latest](Session &session, const FiguresRun &run) {
                DashboardService service(session);
                const quint64 sequence = run.sequence();
                // Each step's wall and CPU time go to the log (docs/performance.md).
                StepClock steps;
                auto fail = [&](const Error &error) {
                    if (run.superseded())
                        return; // interrupted or asked again: nothing to show
                    run.post([this, latest, sequence, error] {
                        if (latest(sequence))
                            showFailure(error.message);
                    });
                };
                auto currencies = service.currencies();
                if (!currencies)
                    return fail(currencies.error());
                const QString currency =
                        std::find(currencies->begin(), currencies->end(), chosen) != currencies->end() || chosen.isEmpty()
                                ? (chosen.isEmpty() && !currencies->empty() ? currencies->front() : chosen)
                                : (currencies->empty() ? QString() : currencies->front());
                auto settings = AgingSnapshotService(session).bookAgingSettings();
                const AgingBuckets buckets = settings ? settings->second : AgingBuckets();
                steps.lap("currencies");
                const QString resolvedKey = keyOf(currency);
                run.setKey(resolvedKey);
                run.post([this, current, resolvedKey, list = *currencies, currency, buckets] {
                    if (!current(resolvedKey))
                        return;
                    m_figures.currencies = list;
                    m_buckets = buckets;
                    m_currency->blockSignals(true);
                    m_currency->clear();
                    for (const QString &c : list)
                        m_currency->addItem(c);
                    m_currency->setCurrentText(currency);
                    m_currency->blockSignals(false);
                    showChartsLoading();
                });
                if (currency.isEmpty()) {
                    run.post([this, current, resolvedKey, latest, sequence] {
                        if (current(resolvedKey))
                            m_figures.tiles.reset();
                        if (!latest(sequence))
                            return;
                        m_pending = false;
                        m_refresh->setEnabled(true);
                        m_status->setText(tr("The book has no invoices yet."));
                        Q_EMIT refreshed();
                    });
                    return;
                }
                if (run.superseded())
                    return;
                auto tiles = service.tiles(currency, day);
                if (!tiles)
                    return fail(tiles.error());
                steps.lap("tiles");
                run.post([this, current, resolvedKey, t = *tiles] {
                    if (!current(resolvedKey))
                        return;
                    m_figures.tiles = t;
                    m_tilesMs = m_clock.elapsed();
                    showTiles();
                    Q_EMIT tilesShown();
                });
                if (run.superseded())
                    return;
                // One read of the open invoices: the aging stack, the top overdue accounts and
                // the last bucket now (compared with the last month-end below).
                auto openItems = service.openItemFigures(currency, day, stackBy, kTopOverdueRows);
                if (!openItems)
                    return fail(openItems.error());
                steps.lap("open items: aging stack, top overdue");
                run.post([this, current, resolvedKey, a = openItems->aging] {
                    if (!current(resolvedKey))
                        return;
                    m_figures.aging = a;
                    showAging();
                });
                if (run.superseded())
                    return;
                auto top = Result<std::vector<CustomerAmount>>(openItems->topOverdue);
                auto disputes = service.disputesByReason(currency);
                steps.lap("disputes by reason");
                auto weeks = service.collectionsByWeek(currency, day, 13);
                steps.lap("collections by week");
                if (!top || !disputes || !weeks)
                    return fail(!top ? top.error() : !disputes ? disputes.error() : weeks.error());
                run.post([this, current, resolvedKey, t = *top, d = *disputes, w = *weeks] {
                    if (!current(resolvedKey))
                        return;
                    m_figures.topOverdue = t;
                    m_figures.disputes = d;
                    m_figures.weeks = w;
                    showTopOverdue();
                    showDisputes();
                    showCollections();
                });
                if (run.superseded())
                    return;
                // The month-end snapshots the trend and the last-bucket list read (the daily
                // run after open takes them; this finds nothing to do then).
                if (auto taken = AgingSnapshotService(session).catchUp(day); !taken) {
                    if (const auto logger = spdlog::get("ardesk.ui"))
                        logger->warn("aging snapshots: {}", taken.error().message.toStdString());
                }
                steps.lap("snapshot catch-up");
                if (run.superseded())
                    return;
                auto trend = service.kpiTrend(currency, day, 12);
                steps.lap("kpi trend");
                auto moved = service.movedIntoLastBucket(*openItems);
                steps.lap("moved into last bucket");
                if (!trend || !moved)
                    return fail(!trend ? trend.error() : moved.error());
                run.post([this, current, resolvedKey, latest, sequence, t = *trend, m = *moved] {
                    if (current(resolvedKey)) {
                        m_figures.trend = t;
                        m_figures.moved = m;
                        showTrend();
                        showMoved();
                    }
                    if (!latest(sequence))
                        return; // one more run follows
                    m_allMs = m_clock.elapsed();
                    m_pending = false;
                    m_refresh->setEnabled(true);
                    m_status->setText(tr("As of %1 · tiles in %2 ms, all in %3 ms")
                                              .arg(formatDate(today()))
                                              .arg(m_tilesMs)
                                              .arg(m_allMs));
                    if (const auto logger = spdlog::get("ardesk.ui"))
                        logger->info("dashboard refreshed: tiles {} ms, all {} ms", m_tilesMs, m_allMs);
                    Q_EMIT refreshed();
                });
            },
            [this, epoch](const Error &error) { // the connection could not be opened
                if (epoch == m_generation)
                    showFailure(error.message);
            },
            asked);
}

void DashboardView::showChartsLoading()
{
    const QString c = currency().isEmpty() ? QStringLiteral("…") : currency();
    showChartLoading(m_agingView->chart(), tr("Aging by bucket (%1)").arg(c));
    showChartLoading(m_trendView->chart(), tr("DSO, ADD and CEI at month-ends (%1)").arg(c));
    showChartLoading(m_collectionsView->chart(), tr("Collected by week against target (%1)").arg(c));
    showChartLoading(m_disputesView->chart(), tr("Open disputes by reason (%1)").arg(c));
}

void DashboardView::showFailure(const QString &message)
{
    m_pending = false;
    m_refresh->setEnabled(true);
    m_status->setText(tr("The figures could not be computed: %1").arg(message));
    Q_EMIT refreshed();
}

void DashboardView::showTiles()
{
    const DashboardTiles &t = *m_figures.tiles;
    const QString c = t.currency;
    m_tiles.at(QStringLiteral("tileTotalAr"))->setValue(formatAmount(t.totalAr, c), c);
    m_tiles.at(QStringLiteral("tileOverdue"))->setValue(formatAmount(t.overdue, c), c);
    m_tiles.at(QStringLiteral("tilePercentCurrent"))->setValue(formatPercent(t.percentCurrent), tr("of AR not yet due"));
    const QString period = tr("%n month(s) to today", nullptr, t.kpiMonths);
    m_tiles.at(QStringLiteral("tileDso"))->setValue(formatDays(t.dso), period);
    m_tiles.at(QStringLiteral("tileCei"))->setValue(formatPercent(t.cei), period);
    m_tiles.at(QStringLiteral("tileAdd"))->setValue(formatDays(t.add), period);
    m_tiles.at(QStringLiteral("tileCollected"))
            ->setValue(formatAmount(t.collectedThisMonth, c),
                       t.monthTarget ? tr("target %1 (%2)").arg(formatAmount(*t.monthTarget, c), formatPercent(t.collectedAttainment))
                                     : tr("no target set"));
    m_tiles.at(QStringLiteral("tilePromisesToday"))->setValue(QLocale().toString(t.promisesDueToday));
    m_tiles.at(QStringLiteral("tileBrokenPromises"))->setValue(QLocale().toString(t.promisesBrokenThisWeek));
    m_tiles.at(QStringLiteral("tileDisputes"))
            ->setValue(QLocale().toString(t.openDisputes), formatMoney(t.openDisputedAmount, c));
    m_tiles.at(QStringLiteral("tileOnHold"))->setValue(QLocale().toString(t.accountsOnHold));
}

QString DashboardView::bucketText(int bucket) const
{
    return bucket == 0 ? tr("Current") : m_buckets.label(bucket);
}

void DashboardView::showAging()
{
    const AgingStack &stack = *m_figures.aging;
    const QString c = currency();
    QChart *chart = m_agingView->chart();
    resetChart(chart, tr("Aging by bucket (%1)").arg(c));
    auto *series = new QStackedBarSeries;
    std::vector<double> heights(static_cast<std::size_t>(stack.bucketLabels.size()), 0.0);
    for (const auto &amounts : stack.amounts)
        for (std::size_t b = 0; b < amounts.size() && b < heights.size(); ++b)
            heights[b] += major(amounts[b], c);
    const double top = heights.empty() ? 0.0 : *std::max_element(heights.begin(), heights.end());
    for (int g = 0; g < stack.groups.size(); ++g) {
        const QString name = stack.groups.at(g).isEmpty() ? tr("(none)") : stack.groups.at(g);
        auto *set = new QBarSet(name);
        for (const MinorUnits amount : stack.amounts[static_cast<std::size_t>(g)])
            *set << major(amount, c);
        connect(set, &QBarSet::clicked, this, [this, g](int index) { openAgingBar(g, index); });
        series->append(set);
    }
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    QStringList bucketTexts = stack.bucketLabels; // "current" is the aging's key; the axis says it in words
    if (!bucketTexts.isEmpty())
        bucketTexts[0] = bucketText(0);
    x->append(bucketTexts);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    fitAxis(y, top);
    chart->legend()->setVisible(true);
}

void DashboardView::showTrend()
{
    QChart *chart = m_trendView->chart();
    resetChart(chart, tr("DSO, ADD and CEI at month-ends (%1)").arg(currency()));
    auto *dso = new QLineSeries;
    dso->setName(tr("DSO (days)"));
    auto *add = new QLineSeries;
    add->setName(tr("ADD (days)"));
    auto *cei = new QLineSeries;
    cei->setName(tr("CEI (%)"));
    QStringList months;
    double maxDays = 10;
    double ceiLow = 0;
    double ceiHigh = 100;
    for (std::size_t i = 0; i < m_figures.trend.size(); ++i) {
        const KpiTrendPoint &p = m_figures.trend[i];
        months << QLocale().toString(p.monthEnd, QStringLiteral("MMM yy"));
        if (p.cei) {
            ceiLow = std::min(ceiLow, *p.cei);
            ceiHigh = std::max(ceiHigh, *p.cei);
        }
        if (p.dso) {
            dso->append(static_cast<double>(i), *p.dso);
            maxDays = std::max(maxDays, *p.dso);
        }
        if (p.add) {
            add->append(static_cast<double>(i), *p.add);
            maxDays = std::max(maxDays, *p.add);
        }
        if (p.cei)
            cei->append(static_cast<double>(i), *p.cei);
    }
    auto *x = new QBarCategoryAxis;
    x->append(months);
    x->setLabelsAngle(-90);
    chart->addAxis(x, Qt::AlignBottom);
    auto *days = new QValueAxis;
    days->setRange(0, maxDays * 1.1);
    days->setLabelFormat(QStringLiteral("%.0f"));
    days->setTitleText(tr("days"));
    chart->addAxis(days, Qt::AlignLeft);
    auto *percent = new QValueAxis;
    percent->setRange(std::floor(ceiLow / 25.0) * 25.0, std::ceil(ceiHigh / 25.0) * 25.0);
    percent->setLabelFormat(QStringLiteral("%.0f"));
    percent->setTitleText(tr("CEI %"));
    chart->addAxis(percent, Qt::AlignRight);
    for (QLineSeries *series : {dso, add, cei}) {
        series->setPointsVisible(true);
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(series == cei ? percent : days);
        connect(series, &QLineSeries::clicked, this,
                [this](const QPointF &point) { openKpiPoint(static_cast<int>(std::lround(point.x()))); });
    }
    days->applyNiceNumbers();
}

void DashboardView::showCollections()
{
    const QString c = currency();
    QChart *chart = m_collectionsView->chart();
    resetChart(chart, tr("Collected by week against target (%1)").arg(c));
    auto *collected = new QBarSet(tr("Collected"));
    auto *target = new QLineSeries;
    target->setName(tr("Target"));
    QStringList weeks;
    bool anyTarget = false;
    double top = 0;
    for (std::size_t i = 0; i < m_figures.weeks.size(); ++i) {
        const WeekCollections &w = m_figures.weeks[i];
        weeks << QLocale().toString(w.start, QStringLiteral("d MMM"));
        *collected << major(w.collected, c);
        top = std::max(top, major(w.collected, c));
        if (w.target) {
            target->append(static_cast<double>(i), major(*w.target, c));
            top = std::max(top, major(*w.target, c));
            anyTarget = true;
        }
    }
    connect(collected, &QBarSet::clicked, this, &DashboardView::openCollectionsWeek);
    auto *bars = new QBarSeries;
    bars->append(collected);
    chart->addSeries(bars);
    auto *x = new QBarCategoryAxis;
    x->append(weeks);
    x->setLabelsAngle(-90);
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(y);
    if (anyTarget) {
        target->setPointsVisible(true);
        chart->addSeries(target);
        target->attachAxis(x);
        target->attachAxis(y);
    } else {
        delete target;
    }
    fitAxis(y, top);
}

void DashboardView::showDisputes()
{
    const QString c = currency();
    QChart *chart = m_disputesView->chart();
    resetChart(chart, tr("Open disputes by reason (%1)").arg(c));
    auto *count = new QBarSet(tr("Disputes"));
    QStringList reasons;
    double top = 0;
    for (const DisputeReason &d : m_figures.disputes) {
        reasons << (d.reason.isEmpty() ? tr("(none)") : disputeReasonDisplayName(d.reason));
        *count << static_cast<double>(d.count);
        top = std::max(top, static_cast<double>(d.count));
    }
    connect(count, &QBarSet::clicked, this, &DashboardView::openDisputeReason);
    auto *series = new QBarSeries;
    series->append(count);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(reasons.isEmpty() ? QStringList{tr("no open disputes")} : reasons);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    fitAxis(y, top);
    chart->legend()->setVisible(false);
}

void DashboardView::showTopOverdue()
{
    const QString c = currency();
    m_topOverdue->setRowCount(0);
    for (const CustomerAmount &a : m_figures.topOverdue) {
        const int row = m_topOverdue->rowCount();
        m_topOverdue->insertRow(row);
        QTableWidgetItem *code = cell(a.code);
        code->setData(Qt::UserRole, QVariant::fromValue<qint64>(a.customerId));
        m_topOverdue->setItem(row, 0, code);
        m_topOverdue->setItem(row, 1, cell(a.name));
        m_topOverdue->setItem(row, 2, cell(a.collectorLogin));
        m_topOverdue->setItem(row, 3, cell(formatAmount(a.overdue, c), Qt::AlignRight | Qt::AlignVCenter));
        m_topOverdue->setItem(row, 4,
                              cell(QLocale().toString(a.oldestDaysPastDue), Qt::AlignRight | Qt::AlignVCenter));
    }
    m_topOverdue->resizeColumnsToContents();
    m_topOverdue->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
}

void DashboardView::showMoved()
{
    const QString c = currency();
    m_movedTitle->setText(tr("Moved into %1 since %2")
                                  .arg(m_buckets.label(m_buckets.bucketCount() - 1),
                                       formatDate(lastDayOfMonth(today().addMonths(-1)))));
    m_moved->setRowCount(0);
    for (const MovedAccount &a : m_figures.moved) {
        const int row = m_moved->rowCount();
        m_moved->insertRow(row);
        QTableWidgetItem *code = cell(a.code);
        code->setData(Qt::UserRole, QVariant::fromValue<qint64>(a.customerId));
        m_moved->setItem(row, 0, code);
        m_moved->setItem(row, 1, cell(a.name));
        m_moved->setItem(row, 2, cell(a.collectorLogin));
        m_moved->setItem(row, 3, cell(formatAmount(a.lastBucketNow, c), Qt::AlignRight | Qt::AlignVCenter));
    }
    m_moved->resizeColumnsToContents();
    m_moved->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
}

// --- drill-downs -----------------------------------------------------------------------------

namespace {
// The due dates of a bucket as of a day (by due date): current = due on or after the day.
void dueRangeOfBucket(const AgingBuckets &buckets, int bucket, QDate day, InvoiceListFilter &filter)
{
    const std::vector<int> &edges = buckets.edges();
    if (bucket <= 0) {
        filter.dueFrom = day;
        return;
    }
    const int low = bucket == 1 ? 1 : edges[static_cast<std::size_t>(bucket - 2)] + 1;
    filter.dueTo = day.addDays(-low);
    if (bucket <= static_cast<int>(edges.size()))
        filter.dueFrom = day.addDays(-edges[static_cast<std::size_t>(bucket - 1)]);
}
} // namespace

void DashboardView::openAgingBar(int groupIndex, int bucket)
{
    if (!m_figures.aging || groupIndex < 0 || groupIndex >= m_figures.aging->groups.size())
        return;
    InvoiceListFilter filter;
    filter.currency = currency();
    dueRangeOfBucket(m_buckets, bucket, today(), filter);
    // The bar counts an invoice with instalment parts part by part: so does its list.
    filter.duePartsInRange = true;
    const QString group = m_figures.aging->groups.at(groupIndex);
    const bool byRisk = static_cast<AgingStackBy>(m_stackBy->currentData().toInt()) == AgingStackBy::RiskClass;
    (byRisk ? filter.riskClass : filter.collectorLogin) = group;
    const QString who = group.isEmpty() ? tr("(none)") : group;
    QString title;
    if (bucket == 0)
        title = byRisk ? tr("Open items in %1 not yet due, risk class %2").arg(filter.currency, who)
                       : tr("Open items in %1 not yet due, collector %2").arg(filter.currency, who);
    else
        title = byRisk ? tr("Open items in %1, %2 days past due, risk class %3")
                                 .arg(filter.currency, m_buckets.label(bucket), who)
                       : tr("Open items in %1, %2 days past due, collector %3")
                                 .arg(filter.currency, m_buckets.label(bucket), who);
    Q_EMIT invoicesRequested(filter, title);
}

void DashboardView::openKpiPoint(int monthIndex)
{
    if (monthIndex < 0 || monthIndex >= static_cast<int>(m_figures.trend.size()))
        return;
    const QDate end = m_figures.trend[static_cast<std::size_t>(monthIndex)].monthEnd;
    InvoiceListFilter filter;
    filter.currency = currency();
    filter.status = InvoiceStatusFilter::All;
    filter.issuedFrom = QDate(end.year(), end.month(), 1).addMonths(1 - DashboardService::kKpiMonths);
    filter.issuedTo = end;
    Q_EMIT invoicesRequested(filter, tr("Credit sales in %1 behind the KPIs of %2: invoices issued %3 to %4")
                                             .arg(filter.currency, formatDate(end), formatDate(filter.issuedFrom),
                                                  formatDate(filter.issuedTo)));
}

void DashboardView::openCollectionsWeek(int weekIndex)
{
    if (weekIndex < 0 || weekIndex >= static_cast<int>(m_figures.weeks.size()))
        return;
    const WeekCollections &week = m_figures.weeks[static_cast<std::size_t>(weekIndex)];
    PaymentListFilter filter;
    filter.currency = currency();
    filter.receivedFrom = week.start;
    filter.receivedTo = week.end;
    filter.notReversedBy = today();
    Q_EMIT paymentsRequested(filter, tr("Payments in %1 received %2 to %3, not reversed")
                                             .arg(filter.currency, formatDate(week.start), formatDate(week.end)));
}

void DashboardView::openDisputeReason(int reasonIndex)
{
    if (reasonIndex < 0 || reasonIndex >= static_cast<int>(m_figures.disputes.size()))
        return;
    InvoiceListFilter filter;
    filter.currency = currency();
    filter.status = InvoiceStatusFilter::All;
    filter.withOpenDispute = true;
    filter.disputeReason = m_figures.disputes[static_cast<std::size_t>(reasonIndex)].reason;
    const QString reason =
            filter.disputeReason.isEmpty() ? tr("(none)") : disputeReasonDisplayName(filter.disputeReason);
    Q_EMIT invoicesRequested(filter, tr("Invoices in %1 with an open dispute: %2").arg(filter.currency, reason));
}

void DashboardView::tileClicked(const QString &name)
{
    if (!m_figures.tiles)
        return;
    const DashboardTiles &t = *m_figures.tiles;
    const QString c = t.currency;
    InvoiceListFilter invoices;
    invoices.currency = c;
    if (name == u"tileTotalAr") {
        Q_EMIT invoicesRequested(invoices, tr("Open items in %1").arg(c));
    } else if (name == u"tileOverdue") {
        invoices.dueTo = today().addDays(-1);
        Q_EMIT invoicesRequested(invoices, tr("Overdue items in %1 (due before %2)").arg(c, formatDate(today())));
    } else if (name == u"tilePercentCurrent") {
        invoices.dueFrom = today();
        Q_EMIT invoicesRequested(invoices, tr("Items in %1 not yet due").arg(c));
    } else if (name == u"tileDso" || name == u"tileCei" || name == u"tileAdd") {
        invoices.status = InvoiceStatusFilter::All;
        invoices.issuedFrom = periodStart(today(), t.kpiMonths);
        invoices.issuedTo = today();
        Q_EMIT invoicesRequested(invoices, tr("Credit sales in %1 behind the KPIs: invoices issued %2 to %3")
                                                   .arg(c, formatDate(invoices.issuedFrom), formatDate(invoices.issuedTo)));
    } else if (name == u"tileCollected") {
        PaymentListFilter payments;
        payments.currency = c;
        payments.receivedFrom = QDate(today().year(), today().month(), 1);
        payments.receivedTo = today();
        payments.notReversedBy = today();
        Q_EMIT paymentsRequested(payments, tr("Payments in %1 received this month, not reversed").arg(c));
    } else if (name == u"tilePromisesToday" || name == u"tileBrokenPromises") {
        CustomerListFilter customers;
        customers.ids = name == u"tilePromisesToday" ? t.promisesDueTodayCustomers : t.promisesBrokenCustomers;
        if (customers.ids.empty())
            customers.ids.push_back(0); // nobody: an empty list, not everyone
        Q_EMIT customersRequested(customers, name == u"tilePromisesToday"
                                                     ? tr("Customers in %1 with a promise due today").arg(c)
                                                     : tr("Customers in %1 with a promise broken this week").arg(c));
    } else if (name == u"tileDisputes") {
        invoices.status = InvoiceStatusFilter::All;
        invoices.withOpenDispute = true;
        Q_EMIT invoicesRequested(invoices, tr("Invoices in %1 with an open dispute").arg(c));
    } else if (name == u"tileOnHold") {
        CustomerListFilter customers;
        customers.currency = c;
        customers.onHoldOnly = true;
        Q_EMIT customersRequested(customers, tr("Customers in %1 on credit hold").arg(c));
    }
}

} // namespace ardesk
