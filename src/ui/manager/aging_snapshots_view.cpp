#include "aging_snapshots_view.h"

#include "figures_job.h"

#include "services/cash_forecast_service.h"
#include "ui/common/display_format.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace ardesk {

namespace {

// The first bucket in words, as the dashboard's aging chart says it (the aging's key is
// "current"): the same translated text.
QString currentBucketText()
{
    return QCoreApplication::translate("ardesk::DashboardView", "Current");
}

} // namespace

namespace {

double major(MinorUnits minor, const QString &currency)
{
    return static_cast<double>(minor) / std::pow(10.0, Money(0, currency).decimals());
}

} // namespace

AgingSnapshotsView::AgingSnapshotsView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("agingSnapshotsView"));
    auto *title = new QLabel(tr("Aging roll-forward"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_from = new QComboBox(this);
    m_from->setObjectName(QStringLiteral("snapshotFrom"));
    m_to = new QComboBox(this);
    m_to->setObjectName(QStringLiteral("snapshotTo"));
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("snapshotCurrency"));
    for (QComboBox *box : {m_from, m_to, m_currency})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("snapshotRefresh"));
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("snapshotDate"));
    m_date->setCalendarPopup(true);
    m_take = new QPushButton(tr("Take snapshot"), this);
    m_take->setObjectName(QStringLiteral("snapshotTake"));
    m_take->setToolTip(tr("Keep the aging of the chosen date as it is now"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("snapshotStatus"));
    m_status->setWordWrap(true);

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(new QLabel(tr("From"), this));
    header->addWidget(m_from);
    header->addWidget(new QLabel(tr("to"), this));
    header->addWidget(m_to);
    header->addWidget(m_currency);
    header->addWidget(m_refresh);
    header->addSpacing(12);
    header->addWidget(m_date);
    header->addWidget(m_take);

    m_table = new QTableWidget(0, 10, this);
    m_table->setObjectName(QStringLiteral("rollForwardTable"));
    m_table->setHorizontalHeaderLabels({tr("Bucket"), tr("Opening"), tr("New invoices"), tr("Collected"),
                                        tr("Credited"), tr("Written off"), tr("Moved out"), tr("Moved in"),
                                        tr("Late postings"), tr("Closing")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);

    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_chartView = new QChartView(chart, this);
    m_chartView->setObjectName(QStringLiteral("rollForwardChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(280);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chartView);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    connect(m_refresh, &QPushButton::clicked, this, &AgingSnapshotsView::refresh);
    connect(m_from, &QComboBox::activated, this, &AgingSnapshotsView::computeRollForward);
    connect(m_to, &QComboBox::activated, this, &AgingSnapshotsView::computeRollForward);
    connect(m_currency, &QComboBox::activated, this, &AgingSnapshotsView::showRollForward);
    connect(m_take, &QPushButton::clicked, this, &AgingSnapshotsView::takeSnapshot);
    setToday(QDate::currentDate());
}

AgingSnapshotsView::~AgingSnapshotsView() = default;

void AgingSnapshotsView::setSession(Session *session)
{
    m_session = session;
    ++m_generation;
    m_pending = false;
    m_loaded = false;
    m_snapshots.clear();
    m_roll.reset();
    m_from->clear();
    m_to->clear();
    m_table->setRowCount(0);
    m_take->setEnabled(session && session->can(Action::ExportReports) && !session->book().isReadOnly());
    if (session && isVisible())
        refresh();
}

void AgingSnapshotsView::setToday(QDate today)
{
    m_today = today;
    m_date->setDate(today);
}

void AgingSnapshotsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_session && !m_loaded && !m_pending)
        refresh();
}

void AgingSnapshotsView::refresh()
{
    loadSnapshots(true);
}

void AgingSnapshotsView::loadSnapshots(bool takeMissing)
{
    if (!m_session)
        return;
    const int generation = ++m_generation;
    m_pending = true;
    m_status->setText(tr("Reading the snapshots…"));
    const QDate today = m_today;
    startFiguresJob(
            this, *m_session,
            [this, generation, today, takeMissing](Session &session, const PostToUi &post) {
                AgingSnapshotService service(session);
                if (takeMissing)
                    (void)service.catchUp(today);
                auto list = service.list();
                post([this, generation, list] {
                    if (generation != m_generation)
                        return;
                    m_loaded = true;
                    if (!list) {
                        m_pending = false;
                        m_status->setText(list.error().message);
                        Q_EMIT refreshed();
                        return;
                    }
                    m_snapshots = *list;
                    const QVariant from = m_from->currentData();
                    const QVariant to = m_to->currentData();
                    m_from->clear();
                    m_to->clear();
                    for (const AgingSnapshotInfo &s : m_snapshots) {
                        m_from->addItem(formatDate(s.asOf), QVariant::fromValue<qint64>(s.id));
                        m_to->addItem(formatDate(s.asOf), QVariant::fromValue<qint64>(s.id));
                    }
                    // The last two month-ends unless the user chose others.
                    const int count = m_from->count();
                    m_from->setCurrentIndex(from.isValid() && m_from->findData(from) >= 0 ? m_from->findData(from)
                                                                                          : std::max(0, count - 2));
                    m_to->setCurrentIndex(to.isValid() && m_to->findData(to) >= 0 ? m_to->findData(to) : count - 1);
                    m_pending = false;
                    computeRollForward();
                });
            },
            [this, generation](const Error &error) {
                if (generation != m_generation)
                    return;
                m_pending = false;
                m_status->setText(error.message);
                Q_EMIT refreshed();
            });
}

void AgingSnapshotsView::computeRollForward()
{
    if (!m_session)
        return;
    if (m_from->count() < 2) {
        m_status->setText(tr("A roll-forward needs two snapshots. Month-end snapshots are kept automatically; take "
                             "one of any date with Take snapshot."));
        Q_EMIT refreshed();
        return;
    }
    const Id from = m_from->currentData().toLongLong();
    const Id to = m_to->currentData().toLongLong();
    const int generation = ++m_generation;
    m_pending = true;
    m_status->setText(tr("Computing the roll-forward…"));
    startFiguresJob(
            this, *m_session,
            [this, generation, from, to](Session &session, const PostToUi &post) {
                auto roll = AgingSnapshotService(session).rollForward(from, to);
                // Amounts of currencies do not compare: first shown is the one with the most open items.
                const auto preferred = CashForecastService(session).currencies();
                const QString first = preferred && !preferred->empty() ? preferred->front() : QString();
                post([this, generation, roll, first] {
                    if (generation != m_generation)
                        return;
                    m_pending = false;
                    if (!roll) {
                        m_roll.reset();
                        m_table->setRowCount(0);
                        m_status->setText(roll.error().message);
                        Q_EMIT refreshed();
                        return;
                    }
                    m_roll = *roll;
                    const QString chosen = m_currency->currentText();
                    m_currency->clear();
                    for (const RollForwardCurrency &c : m_roll->currencies)
                        m_currency->addItem(c.currency);
                    if (m_currency->findText(chosen) >= 0)
                        m_currency->setCurrentText(chosen);
                    else if (m_currency->findText(first) >= 0)
                        m_currency->setCurrentText(first);
                    m_status->setText(tr("How the open amounts moved between the buckets from %1 to %2. closing = "
                                         "opening + new - collected - credited - written off - moved out + moved in "
                                         "+ late postings.")
                                              .arg(formatDate(m_roll->from.asOf), formatDate(m_roll->to.asOf)));
                    showRollForward();
                    Q_EMIT refreshed();
                });
            },
            [this, generation](const Error &error) {
                if (generation != m_generation)
                    return;
                m_pending = false;
                m_status->setText(error.message);
                Q_EMIT refreshed();
            });
}

void AgingSnapshotsView::showRollForward()
{
    m_table->setRowCount(0);
    QChart *chart = m_chartView->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    if (!m_roll)
        return;
    const RollForwardCurrency *found = nullptr;
    for (const RollForwardCurrency &c : m_roll->currencies)
        if (c.currency == m_currency->currentText())
            found = &c;
    if (!found)
        return;
    const QString c = found->currency;
    std::vector<RollForwardLine> lines = found->buckets;
    lines.push_back(found->total);
    for (const RollForwardLine &l : lines) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *label = new QTableWidgetItem(l.bucket < 0 ? tr("Total") : l.bucket == 0 ? currentBucketText() : l.label);
        if (l.bucket < 0) {
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
        }
        m_table->setItem(row, 0, label);
        const MinorUnits values[] = {l.opening,  l.newInvoices, l.collected, l.credited,    l.writtenOff,
                                     l.movedOut, l.movedIn,     l.latePostings, l.closing};
        for (int i = 0; i < 9; ++i) {
            auto *item = new QTableWidgetItem(formatAmount(values[i], c));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, i + 1, item);
        }
    }

    chart->setTitle(tr("Opening and closing by bucket (%1)").arg(c));
    auto *opening = new QBarSet(tr("Opening %1").arg(formatDate(m_roll->from.asOf)));
    auto *added = new QBarSet(tr("New and moved in"));
    auto *removed = new QBarSet(tr("Collected, credited, written off, moved out"));
    auto *closing = new QBarSet(tr("Closing %1").arg(formatDate(m_roll->to.asOf)));
    QStringList buckets;
    double top = 0;
    for (const RollForwardLine &l : found->buckets) {
        for (const MinorUnits v : {l.opening, l.newInvoices + l.movedIn,
                                   l.collected + l.credited + l.writtenOff + l.movedOut, l.closing})
            top = std::max(top, major(v, c));
        buckets << (l.bucket == 0 ? currentBucketText() : l.label); // the aging's key "current" in words
        *opening << major(l.opening, c);
        *added << major(l.newInvoices + l.movedIn, c);
        *removed << major(l.collected + l.credited + l.writtenOff + l.movedOut, c);
        *closing << major(l.closing, c);
    }
    auto *series = new QBarSeries;
    for (QBarSet *set : {opening, added, removed, closing})
        series->append(set);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(buckets);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    y->setRange(0, top > 0 ? top * 1.05 : 1.0);
    y->applyNiceNumbers();
}

void AgingSnapshotsView::takeSnapshot()
{
    if (!m_session)
        return;
    const QDate date = m_date->date();
    const int generation = ++m_generation;
    m_pending = true;
    m_status->setText(tr("Taking the snapshot of %1…").arg(formatDate(date)));
    startFiguresJob(
            this, *m_session,
            [this, generation, date](Session &session, const PostToUi &post) {
                auto taken = AgingSnapshotService(session).take(date);
                post([this, generation, taken] {
                    if (generation != m_generation)
                        return;
                    m_pending = false;
                    if (!taken) {
                        m_status->setText(taken.error().message);
                        Q_EMIT refreshed();
                        return;
                    }
                    loadSnapshots(false);
                });
            },
            [this, generation](const Error &error) {
                if (generation != m_generation)
                    return;
                m_pending = false;
                m_status->setText(error.message);
            });
}

} // namespace ardesk
