#include "staff_performance_view.h"

#include "figures_job.h"

#include "ui/common/display_format.h"
#include "ui/payments/amount_input.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace ardesk {

namespace {

constexpr int kTrendMonths = 12;
constexpr int kRawRole = Qt::UserRole + 1;

double major(MinorUnits minor, const QString &currency)
{
    return static_cast<double>(minor) / std::pow(10.0, Money(0, currency).decimals());
}

QStandardItem *item(const QString &text, const QVariant &raw, bool right = true)
{
    auto *i = new QStandardItem(text);
    i->setData(raw, kRawRole);
    i->setTextAlignment(right ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    i->setEditable(false);
    return i;
}

QStandardItem *percentItem(const std::optional<double> &value)
{
    return item(value ? QLocale().toString(*value, 'f', 1) : QCoreApplication::translate("StaffPerformanceView", "n/a"),
                value ? QVariant(*value) : QVariant(-1.0));
}

QStandardItem *countItem(qint64 value)
{
    return item(QLocale().toString(value), QVariant::fromValue<qint64>(value));
}

} // namespace

StaffPerformanceView::StaffPerformanceView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("staffPerformanceView"));
    auto *title = new QLabel(tr("Staff performance"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("staffPeriodKind"));
    m_kind->addItem(tr("Day"), static_cast<int>(PerformancePeriodKind::Day));
    m_kind->addItem(tr("Week"), static_cast<int>(PerformancePeriodKind::Week));
    m_kind->addItem(tr("Month"), static_cast<int>(PerformancePeriodKind::Month));
    m_kind->addItem(tr("Range"), static_cast<int>(PerformancePeriodKind::Range));
    m_kind->setCurrentIndex(2);
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("staffDate"));
    m_date->setCalendarPopup(true);
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("staffTo"));
    m_to->setCalendarPopup(true);
    m_to->setVisible(false);
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("staffRefresh"));
    m_setTarget = new QPushButton(tr("Set target…"), this);
    m_setTarget->setObjectName(QStringLiteral("staffSetTarget"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("staffStatus"));

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_status);
    header->addWidget(m_kind);
    header->addWidget(m_date);
    header->addWidget(m_to);
    header->addWidget(m_refresh);
    header->addWidget(m_setTarget);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Collector"), tr("Currency"), tr("Customers"), tr("Open"), tr("Contacts"),
                                        tr("RPC %"), tr("Promises"), tr("Kept %"), tr("Collected"), tr("Target"),
                                        tr("Attainment %"), tr("Tasks done"), tr("Tasks overdue"), tr("Escalations"),
                                        tr("Complaints")});
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(kRawRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("staffLeague"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->sortByColumn(Attainment, Qt::DescendingOrder);

    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_trendView = new QChartView(chart, this);
    m_trendView->setObjectName(QStringLiteral("staffTrendChart"));
    m_trendView->setRenderHint(QPainter::Antialiasing);
    m_trendView->setMinimumHeight(280);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_trendView);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_to->setVisible(static_cast<PerformancePeriodKind>(m_kind->currentData().toInt()) == PerformancePeriodKind::Range);
        refresh();
    });
    connect(m_date, &QDateEdit::editingFinished, this, &StaffPerformanceView::refresh);
    connect(m_to, &QDateEdit::editingFinished, this, &StaffPerformanceView::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &StaffPerformanceView::refresh);
    connect(m_setTarget, &QPushButton::clicked, this, &StaffPerformanceView::editTarget);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &StaffPerformanceView::showTrend);
    setToday(QDate::currentDate());
}

StaffPerformanceView::~StaffPerformanceView() = default;

void StaffPerformanceView::setSession(Session *session)
{
    m_session = session;
    ++m_generation;
    m_pending = false;
    m_loaded = false;
    m_model->removeRows(0, m_model->rowCount());
    m_setTarget->setEnabled(session && session->can(Action::ChangeSettings));
    if (session && isVisible())
        refresh();
}

void StaffPerformanceView::setToday(QDate today)
{
    m_today = today;
    m_date->setDate(today);
    m_to->setDate(today);
}

void StaffPerformanceView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_session && !m_loaded && !m_pending)
        refresh();
}

PerformancePeriod StaffPerformanceView::period() const
{
    const QDate date = m_date->date();
    switch (static_cast<PerformancePeriodKind>(m_kind->currentData().toInt())) {
    case PerformancePeriodKind::Day:
        return PerformancePeriod::day(date);
    case PerformancePeriodKind::Week:
        return PerformancePeriod::week(date);
    case PerformancePeriodKind::Month:
        return PerformancePeriod::month(date);
    case PerformancePeriodKind::Range:
        return PerformancePeriod::range(std::min(date, m_to->date()), std::max(date, m_to->date()));
    }
    return PerformancePeriod::month(date);
}

void StaffPerformanceView::refresh()
{
    if (!m_session)
        return;
    const int generation = ++m_generation;
    m_pending = true;
    m_status->setText(tr("Computing…"));
    const PerformancePeriod chosen = period();
    const QDate trendEnd = std::min(chosen.to, m_today.isValid() ? m_today : chosen.to);
    startFiguresJob(
            this, *m_session,
            [this, generation, chosen, trendEnd](Session &session, const PostToUi &post) {
                StaffPerformanceService service(session);
                auto report = service.report(chosen);
                auto trend = report ? service.trend(trendEnd, kTrendMonths) : Result<std::vector<CollectorTrend>>{};
                post([this, generation, report, trend] {
                    if (generation != m_generation)
                        return;
                    m_pending = false;
                    m_loaded = true;
                    if (!report || !trend) {
                        m_status->setText(tr("The figures could not be computed: %1")
                                                  .arg(!report ? report.error().message : trend.error().message));
                        Q_EMIT refreshed();
                        return;
                    }
                    m_report = *report;
                    m_trends = *trend;
                    showReport();
                    Q_EMIT refreshed();
                });
            },
            [this, generation](const Error &error) {
                if (generation != m_generation)
                    return;
                m_pending = false;
                m_status->setText(tr("The figures could not be computed: %1").arg(error.message));
                Q_EMIT refreshed();
            });
}

void StaffPerformanceView::showReport()
{
    m_status->setText(tr("%1 to %2").arg(formatDate(m_report.period.from), formatDate(m_report.period.to)));
    m_table->setSortingEnabled(false);
    m_model->removeRows(0, m_model->rowCount());
    for (const CollectorPerformance &p : m_report.lines) {
        const QString c = p.key.currency;
        const QString who = p.key.userId ? (p.name.isEmpty() ? p.login : p.name) : tr("(no collector)");
        QList<QStandardItem *> row;
        row << item(who, who, false) << item(c, c, false) << countItem(p.portfolioCustomers)
            << item(formatAmount(p.portfolioOpen, c), QVariant::fromValue<qint64>(p.portfolioOpen)) << countItem(p.contacts)
            << percentItem(p.rightPartyContactRate) << countItem(p.promisesTaken) << percentItem(p.promiseKeptRate)
            << item(formatAmount(p.collected, c), QVariant::fromValue<qint64>(p.collected))
            << item(p.target ? formatAmount(*p.target, c) : QString(), QVariant::fromValue<qint64>(p.target.value_or(-1)))
            << percentItem(p.attainment) << countItem(p.tasksDone) << countItem(p.tasksOverdue)
            << countItem(p.escalations) << countItem(p.complaints);
        row.front()->setData(p.key.userId ? QVariant::fromValue<qint64>(*p.key.userId) : QVariant(), Qt::UserRole);
        row.front()->setData(p.login, Qt::UserRole + 2);
        row.front()->setToolTip(p.login);
        m_model->appendRow(row);
    }
    m_table->setSortingEnabled(true);
    if (m_sorted->rowCount() > 0)
        m_table->selectRow(0);
    showTrend();
}

void StaffPerformanceView::showTrend()
{
    QChart *chart = m_trendView->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        chart->setTitle(tr("Select a collector to see the trend"));
        return;
    }
    const QModelIndex first = m_sorted->mapToSource(current.siblingAtColumn(Collector));
    const QString login = m_model->item(first.row(), Collector)->data(Qt::UserRole + 2).toString();
    const QString currency = m_model->item(first.row(), Currency)->text();
    const CollectorTrend *trend = nullptr;
    for (const CollectorTrend &t : m_trends)
        if (t.login == login && t.key.currency == currency)
            trend = &t;
    chart->setTitle(tr("%1: collected by month against target (%2)")
                            .arg(login.isEmpty() ? tr("(no collector)") : login, currency));
    if (!trend)
        return;
    auto *collected = new QBarSet(tr("Collected"));
    auto *target = new QLineSeries;
    target->setName(tr("Target"));
    QStringList months;
    double top = 1;
    for (std::size_t i = 0; i < trend->months.size(); ++i) {
        const CollectorTrendPoint &p = trend->months[i];
        months << QLocale().toString(p.month, QStringLiteral("MMM yy"));
        *collected << major(p.collected, currency);
        top = std::max(top, major(p.collected, currency));
        if (p.target) {
            target->append(static_cast<double>(i), major(*p.target, currency));
            top = std::max(top, major(*p.target, currency));
        }
    }
    auto *bars = new QBarSeries;
    bars->append(collected);
    chart->addSeries(bars);
    auto *x = new QBarCategoryAxis;
    x->append(months);
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, top * 1.1);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(y);
    target->setPointsVisible(true);
    chart->addSeries(target);
    target->attachAxis(x);
    target->attachAxis(y);
    y->applyNiceNumbers();
}

Status StaffPerformanceView::setTargetOfSelected(const QString &period, MinorUnits target)
{
    const QModelIndex current = m_table->currentIndex();
    if (!m_session || !current.isValid())
        return std::unexpected(Error::invalid(tr("Select a collector first.")));
    const QModelIndex first = m_sorted->mapToSource(current.siblingAtColumn(Collector));
    const QString login = m_model->item(first.row(), Collector)->data(Qt::UserRole + 2).toString();
    const QString currency = m_model->item(first.row(), Currency)->text();
    if (login.isEmpty())
        return std::unexpected(Error::invalid(tr("Customers without a collector have no target.")));
    auto set = StaffPerformanceService(*m_session).setTarget(login, period, currency, target);
    if (set)
        refresh();
    return set;
}

void StaffPerformanceView::editTarget()
{
    const QModelIndex current = m_table->currentIndex();
    if (!m_session || !current.isValid())
        return;
    const QModelIndex first = m_sorted->mapToSource(current.siblingAtColumn(Collector));
    const QString currency = m_model->item(first.row(), Currency)->text();
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("staffTargetDialog"));
    dialog.setWindowTitle(tr("Collection target of %1").arg(m_model->item(first.row(), Collector)->text()));
    auto *periodBox = new QComboBox(&dialog);
    const QDate month = m_date->date();
    periodBox->addItem(tr("Every month (standing target)"), QString::fromUtf16(kStandingTargetPeriod));
    periodBox->addItem(QLocale().toString(month, QStringLiteral("MMMM yyyy")), monthTargetPeriod(month));
    periodBox->addItem(QLocale().toString(month.addMonths(1), QStringLiteral("MMMM yyyy")),
                       monthTargetPeriod(month.addMonths(1)));
    auto *amount = new QLineEdit(&dialog);
    amount->setObjectName(QStringLiteral("staffTargetAmount"));
    amount->setPlaceholderText(tr("amount in %1; 0 removes the target").arg(currency));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Period"), periodBox);
    form->addRow(tr("Target (%1)").arg(currency), amount);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto minor = parseAmountInput(amount->text(), currency);
    if (!minor) {
        QMessageBox::warning(this, tr("Collection target"), tr("\"%1\" is not an amount.").arg(amount->text()));
        return;
    }
    if (auto set = setTargetOfSelected(periodBox->currentData().toString(), *minor); !set)
        QMessageBox::warning(this, tr("Collection target"), set.error().message);
}

} // namespace ardesk
