#include "cash_forecast_view.h"

#include "figures_job.h"

#include "ui/common/display_format.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QPushButton>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace ardesk {

namespace {

double major(MinorUnits minor, const QString &currency)
{
    return static_cast<double>(minor) / std::pow(10.0, Money(0, currency).decimals());
}

QTableWidgetItem *cell(const QString &text, bool right = true)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(right ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    return item;
}

} // namespace

CashForecastView::CashForecastView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("cashForecastView"));
    auto *title = new QLabel(tr("Cash forecast"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("forecastCurrency"));
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("forecastRefresh"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("forecastStatus"));
    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("forecastNotes"));
    m_notes->setWordWrap(true);

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_status);
    header->addWidget(m_currency);
    header->addWidget(m_refresh);

    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_chartView = new QChartView(chart, this);
    m_chartView->setObjectName(QStringLiteral("forecastChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(320);

    m_table = new QTableWidget(0, 7, this);
    m_table->setObjectName(QStringLiteral("forecastTable"));
    m_table->setHorizontalHeaderLabels({tr("Week"), tr("Open items"), tr("Promises"), tr("Payment plans"),
                                        tr("Forecast"), tr("Actual"), tr("Actual - forecast")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_chartView);
    splitter->addWidget(m_table);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_notes);
    layout->addWidget(splitter, 1);

    connect(m_refresh, &QPushButton::clicked, this, &CashForecastView::refresh);
    connect(m_currency, &QComboBox::activated, this, &CashForecastView::refresh);
}

CashForecastView::~CashForecastView() = default;

void CashForecastView::setSession(Session *session)
{
    m_session = session;
    ++m_generation;
    m_pending = false;
    m_loaded = false;
    m_currency->clear();
    m_table->setRowCount(0);
    if (session && isVisible())
        refresh();
}

void CashForecastView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_session && !m_loaded && !m_pending)
        refresh();
}

void CashForecastView::refresh()
{
    if (!m_session)
        return;
    const int generation = ++m_generation;
    m_pending = true;
    m_status->setText(tr("Computing…"));
    const QString chosen = m_currency->currentText();
    const QDate asOf = m_today.isValid() ? m_today : QDate::currentDate();
    startFiguresJob(
            this, *m_session,
            [this, generation, chosen, asOf](Session &session, const PostToUi &post) {
                CashForecastService service(session);
                auto currencies = service.currencies();
                QString currency = chosen;
                if (currencies && (currency.isEmpty() || std::find(currencies->begin(), currencies->end(), currency)
                                                                 == currencies->end()))
                    currency = currencies->empty() ? QString() : currencies->front();
                auto forecast = currencies && !currency.isEmpty()
                                        ? service.forecast(currency, asOf, kPastWeeks)
                                        : Result<CashForecast>(std::unexpected(
                                                  currencies ? Error::notFound(tr("The book has no open items."))
                                                             : currencies.error()));
                post([this, generation, currencies, currency, forecast] {
                    if (generation != m_generation)
                        return;
                    m_pending = false;
                    m_loaded = true;
                    if (currencies) {
                        m_currency->blockSignals(true);
                        m_currency->clear();
                        for (const QString &c : *currencies)
                            m_currency->addItem(c);
                        m_currency->setCurrentText(currency);
                        m_currency->blockSignals(false);
                    }
                    if (!forecast) {
                        m_status->setText(forecast.error().message);
                        Q_EMIT refreshed();
                        return;
                    }
                    m_forecast = *forecast;
                    m_status->setText(tr("As of %1").arg(formatDate(m_forecast.asOf)));
                    showForecast();
                    Q_EMIT refreshed();
                });
            },
            [this, generation](const Error &error) {
                if (generation != m_generation)
                    return;
                m_pending = false;
                m_status->setText(tr("The forecast could not be computed: %1").arg(error.message));
                Q_EMIT refreshed();
            });
}

void CashForecastView::showForecast()
{
    const QString c = m_forecast.currency;
    m_notes->setText(tr("Expected receipts by week from open items (due date shifted by each customer's average "
                        "days late), promises to pay and payment-plan instalments. Not in the weeks: %1 behind "
                        "expectation (overdue beyond the customer's usual delay), %2 after the 13th week, %3 disputed.")
                             .arg(formatMoney(m_forecast.behindExpectation, c), formatMoney(m_forecast.afterHorizon, c),
                                  formatMoney(m_forecast.disputed, c)));

    std::vector<ForecastWeek> all = m_forecast.past;
    all.insert(all.end(), m_forecast.weeks.begin(), m_forecast.weeks.end());

    QChart *chart = m_chartView->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    chart->setTitle(tr("Cash forecast by week (%1): past weeks forecast against actual").arg(c));
    auto *openItems = new QBarSet(tr("Open items"));
    auto *promises = new QBarSet(tr("Promises"));
    auto *plans = new QBarSet(tr("Payment plans"));
    auto *actual = new QLineSeries;
    actual->setName(tr("Actual"));
    QStringList weeks;
    double top = 1;
    for (std::size_t i = 0; i < all.size(); ++i) {
        const ForecastWeek &w = all[i];
        weeks << QLocale().toString(w.start, QStringLiteral("d MMM"));
        *openItems << major(w.openItems, c);
        *promises << major(w.promises, c);
        *plans << major(w.plans, c);
        top = std::max(top, major(w.forecast(), c));
        if (w.actual) {
            actual->append(static_cast<double>(i), major(*w.actual, c));
            top = std::max(top, major(*w.actual, c));
        }
    }
    auto *stack = new QStackedBarSeries;
    stack->append(openItems);
    stack->append(promises);
    stack->append(plans);
    chart->addSeries(stack);
    auto *x = new QBarCategoryAxis;
    x->append(weeks);
    x->setLabelsAngle(-90);
    chart->addAxis(x, Qt::AlignBottom);
    stack->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, top * 1.1);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(y, Qt::AlignLeft);
    stack->attachAxis(y);
    actual->setPointsVisible(true);
    actual->setPen(QPen(QColor(0x20, 0x20, 0x20), 2));
    actual->setColor(QColor(0x20, 0x20, 0x20));
    chart->addSeries(actual);
    actual->attachAxis(x);
    actual->attachAxis(y);
    y->applyNiceNumbers();

    m_table->setRowCount(0);
    for (std::size_t i = 0; i < all.size(); ++i) {
        const ForecastWeek &w = all[i];
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const bool past = i < m_forecast.past.size();
        m_table->setItem(row, 0,
                         cell(past ? tr("%1 to %2 (past)").arg(formatDate(w.start), formatDate(w.end))
                                   : tr("%1 to %2").arg(formatDate(w.start), formatDate(w.end)),
                              false));
        m_table->setItem(row, 1, cell(formatAmount(w.openItems, c)));
        m_table->setItem(row, 2, cell(formatAmount(w.promises, c)));
        m_table->setItem(row, 3, cell(formatAmount(w.plans, c)));
        m_table->setItem(row, 4, cell(formatAmount(w.forecast(), c)));
        m_table->setItem(row, 5, cell(w.actual ? formatAmount(*w.actual, c) : QString()));
        m_table->setItem(row, 6, cell(w.actual && past ? formatAmount(*w.actual - w.forecast(), c) : QString()));
    }
}

} // namespace ardesk
