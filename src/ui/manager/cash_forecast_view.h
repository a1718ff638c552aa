#pragma once
// The cash forecast (docs/manager-desk.md "Cash forecast"): the next 13 weeks of expected
// receipts of one currency (open items, promises, payment plans) and the past weeks'
// forecast against what actually came, as a chart and a table. Computed off the UI thread
// by CashForecastService.
//
// Object names: forecastCurrency, forecastRefresh, forecastStatus, forecastChart,
// forecastTable, forecastNotes.

#include "services/cash_forecast_service.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace ardesk {

class CashForecastView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CashForecastView)

public:
    static constexpr int kPastWeeks = 8;

    explicit CashForecastView(QWidget *parent = nullptr);
    ~CashForecastView() override;

    void setSession(Session *session);
    void setToday(QDate today) { m_today = today; }
    void refresh();
    bool isBusy() const { return m_pending; }

Q_SIGNALS:
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showForecast();

    Session *m_session = nullptr;
    QDate m_today;
    QComboBox *m_currency = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_notes = nullptr;
    QChartView *m_chartView = nullptr;
    QTableWidget *m_table = nullptr;
    CashForecast m_forecast;
    int m_generation = 0;
    bool m_pending = false;
    bool m_loaded = false;
};

} // namespace ardesk
