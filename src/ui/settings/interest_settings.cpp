#include "interest_settings.h"

#include "credit_policy_editor.h"

#include "services/interest_service.h"
#include "ui/common/display_format.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace ardesk {

namespace {

QTableWidget *table(QWidget *parent, const char *name, const QStringList &headers)
{
    auto *t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setObjectName(QString::fromLatin1(name));
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    // Every column as wide as its heading and values (resizeColumnsToContents after each
    // reload), never squeezed: a table wider than its place scrolls sideways.
    t->horizontalHeader()->setStretchLastSection(false);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    t->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    t->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    t->setWordWrap(false);
    t->setTextElideMode(Qt::ElideNone);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    return t;
}

QLineEdit *line(QWidget *parent, const char *name, int maxLength = 0)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    if (maxLength > 0)
        edit->setMaxLength(maxLength);
    return edit;
}

QDoubleSpinBox *points(QWidget *parent, const char *name)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(QString::fromLatin1(name));
    box->setRange(-100, 100);
    box->setDecimals(2);
    box->setSuffix(InterestSettings::tr(" points"));
    return box;
}

QString money(std::optional<MinorUnits> amount, const QString &currency)
{
    if (!amount)
        return QStringLiteral("–");
    return InterestSettings::tr("%1 %2").arg(QLocale().toString(static_cast<double>(*amount) / 100.0, 'f', 2), currency);
}

} // namespace

InterestSettings::InterestSettings(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("interestSettings"));

    // Reference rates.
    auto *rates = new QGroupBox(tr("Reference rates"), this);
    auto *ratesIntro = new QLabel(tr("The central bank's rate by region. The rate in force on 1 January and 1 July "
                                     "applies to the whole half-year; interest = reference rate + margin."),
                                  rates);
    ratesIntro->setWordWrap(true);
    m_rateTable = table(rates, "referenceRateTable", {tr("Region"), tr("Valid from"), tr("Rate")});
    m_rateRegion = line(rates, "rateRegion", 16);
    m_rateRegion->setPlaceholderText(QStringLiteral("EU"));
    m_rateFrom = new QDateEdit(rates);
    m_rateFrom->setObjectName(QStringLiteral("rateValidFrom"));
    m_rateFrom->setCalendarPopup(true);
    m_rateFrom->setDate(QDate(QDate::currentDate().year(), QDate::currentDate().month() <= 6 ? 1 : 7, 1));
    m_ratePercent = new QDoubleSpinBox(rates);
    m_ratePercent->setObjectName(QStringLiteral("ratePercent"));
    m_ratePercent->setRange(-100, 100);
    m_ratePercent->setDecimals(4);
    m_ratePercent->setSuffix(QStringLiteral(" %"));
    m_saveRate = new QPushButton(tr("Save &rate"), rates);
    m_saveRate->setObjectName(QStringLiteral("saveRateButton"));
    m_deleteRate = new QPushButton(tr("&Delete rate"), rates);
    m_deleteRate->setObjectName(QStringLiteral("deleteRateButton"));
    // Two short rows, so that the rates take little width and the rules table gets the rest.
    auto *rateForm = new QHBoxLayout;
    rateForm->addWidget(new QLabel(tr("Region:"), rates));
    rateForm->addWidget(m_rateRegion);
    rateForm->addWidget(new QLabel(tr("from:"), rates));
    rateForm->addWidget(m_rateFrom);
    rateForm->addWidget(m_ratePercent);
    auto *rateButtons = new QHBoxLayout;
    rateButtons->addStretch(1);
    rateButtons->addWidget(m_saveRate);
    rateButtons->addWidget(m_deleteRate);
    auto *ratesLayout = new QVBoxLayout(rates);
    ratesLayout->addWidget(ratesIntro);
    ratesLayout->addWidget(m_rateTable, 1);
    ratesLayout->addLayout(rateForm);
    ratesLayout->addLayout(rateButtons);

    // Interest rules per country.
    auto *rules = new QGroupBox(tr("Rules per country"), this);
    auto *rulesIntro = new QLabel(tr("A customer's country picks its rule (the empty country is the default for every "
                                     "other one); a credit policy that names a region overrides it."),
                                  rules);
    rulesIntro->setWordWrap(true);
    m_ruleTable = table(rules, "interestRuleTable",
                        {tr("Country"), tr("Region"), tr("Margin"), tr("Consumers"), tr("Days"),
                         tr("Compensation"), tr("Reminder cap"), tr("Collection cap")});
    m_ruleCountry = line(rules, "ruleCountry", 2);
    m_ruleCountry->setPlaceholderText(tr("default"));
    m_ruleRegion = line(rules, "ruleRegion", 16);
    m_ruleMargin = points(rules, "ruleMargin");
    m_ruleConsumerMargin = points(rules, "ruleConsumerMargin");
    m_ruleDayCount = new QComboBox(rules);
    m_ruleDayCount->setObjectName(QStringLiteral("ruleDayCount"));
    m_ruleDayCount->addItem(tr("actual/365"), 365);
    m_ruleDayCount->addItem(tr("actual/360"), 360);
    m_ruleCompensation = line(rules, "ruleCompensation");
    m_ruleCompensation->setPlaceholderText(tr("none"));
    m_ruleCompensationCurrency = line(rules, "ruleCompensationCurrency", 3);
    m_ruleReminderCap = line(rules, "ruleReminderCap");
    m_ruleReminderCap->setPlaceholderText(tr("no cap"));
    m_ruleCollectionCap = line(rules, "ruleCollectionCap");
    m_ruleCollectionCap->setPlaceholderText(tr("no cap"));
    m_ruleFeeCurrency = line(rules, "ruleFeeCurrency", 3);
    m_saveRule = new QPushButton(tr("Save r&ule"), rules);
    m_saveRule->setObjectName(QStringLiteral("saveRuleButton"));
    auto *ruleForm = new QFormLayout;
    auto *row1 = new QHBoxLayout;
    row1->addWidget(m_ruleCountry);
    row1->addWidget(new QLabel(tr("Region:"), rules));
    row1->addWidget(m_ruleRegion);
    row1->addWidget(new QLabel(tr("Day count:"), rules));
    row1->addWidget(m_ruleDayCount);
    ruleForm->addRow(tr("Country:"), row1);
    auto *row2 = new QHBoxLayout;
    row2->addWidget(m_ruleMargin);
    row2->addWidget(new QLabel(tr("consumers:"), rules));
    row2->addWidget(m_ruleConsumerMargin);
    ruleForm->addRow(tr("Margin:"), row2);
    auto *row3 = new QHBoxLayout;
    row3->addWidget(m_ruleCompensation);
    row3->addWidget(m_ruleCompensationCurrency);
    ruleForm->addRow(tr("Compensation per invoice:"), row3);
    auto *row4 = new QHBoxLayout;
    row4->addWidget(m_ruleReminderCap);
    row4->addWidget(new QLabel(tr("collection:"), rules));
    row4->addWidget(m_ruleCollectionCap);
    row4->addWidget(m_ruleFeeCurrency);
    ruleForm->addRow(tr("Fee caps, reminder:"), row4);
    ruleForm->addRow(QString(), m_saveRule);
    auto *rulesLayout = new QVBoxLayout(rules);
    rulesLayout->addWidget(rulesIntro);
    rulesLayout->addWidget(m_ruleTable, 1);
    rulesLayout->addLayout(ruleForm);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("interestMessage"));
    m_message->setWordWrap(true);
    // The rates beside the rules; the splitter gives the wide rules table the room it needs.
    auto *columns = new QSplitter(Qt::Horizontal, this);
    columns->setObjectName(QStringLiteral("interestSplitter"));
    columns->setChildrenCollapsible(false);
    columns->addWidget(rates);
    columns->addWidget(rules);
    columns->setStretchFactor(0, 2);
    columns->setStretchFactor(1, 5);
    columns->setSizes({300, 900}); // in proportion to the width the page gets
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(columns, 1);
    layout->addWidget(m_message);

    connect(m_rateTable, &QTableWidget::currentCellChanged, this, [this](int row) { showRate(row); });
    connect(m_ruleTable, &QTableWidget::currentCellChanged, this, [this](int row) { showRule(row); });
    connect(m_saveRate, &QPushButton::clicked, this, [this] { saveRate(); });
    connect(m_deleteRate, &QPushButton::clicked, this, [this] { deleteRate(); });
    connect(m_saveRule, &QPushButton::clicked, this, [this] { saveRule(); });
}

InterestSettings::~InterestSettings() = default;

void InterestSettings::setSession(Session *session)
{
    m_session = session;
    m_message->clear();
    reload();
}

QString InterestSettings::message() const
{
    return m_message->text();
}

void InterestSettings::say(const QString &text, bool error)
{
    m_message->setText(error ? QStringLiteral("<span style='color:#b00020'>%1</span>").arg(text.toHtmlEscaped())
                             : text.toHtmlEscaped());
}

void InterestSettings::reload()
{
    m_rates.clear();
    m_rules.clear();
    if (m_session) {
        InterestService service(*m_session);
        if (auto rates = service.referenceRates())
            m_rates = std::move(*rates);
        if (auto rules = service.interestRules())
            m_rules = std::move(*rules);
    }
    const QLocale locale;
    m_rateTable->setRowCount(static_cast<int>(m_rates.size()));
    for (int row = 0; row < static_cast<int>(m_rates.size()); ++row) {
        const ReferenceRate &r = m_rates[static_cast<std::size_t>(row)];
        m_rateTable->setItem(row, 0, new QTableWidgetItem(r.region));
        m_rateTable->setItem(row, 1, new QTableWidgetItem(locale.toString(r.validFrom, QLocale::ShortFormat)));
        auto *rate = new QTableWidgetItem(formatPercent(static_cast<double>(r.ratePpm) / 10000.0, 2, locale));
        rate->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_rateTable->setItem(row, 2, rate);
    }
    m_rateTable->resizeColumnsToContents();
    m_ruleTable->setRowCount(static_cast<int>(m_rules.size()));
    for (int row = 0; row < static_cast<int>(m_rules.size()); ++row) {
        const InterestRule &r = m_rules[static_cast<std::size_t>(row)];
        const QStringList cells{r.country.isEmpty() ? tr("(default)") : r.country,
                                r.region,
                                tr("+%1").arg(locale.toString(static_cast<double>(r.marginHundredths) / 100.0, 'f', 2)),
                                tr("+%1").arg(locale.toString(static_cast<double>(r.consumerMarginHundredths) / 100.0, 'f', 2)),
                                r.dayCount == 360 ? tr("actual/360") : tr("actual/365"),
                                money(r.compensation, r.compensationCurrency),
                                money(r.reminderFeeCap, r.feeCurrency),
                                money(r.collectionFeeCap, r.feeCurrency)};
        for (int c = 0; c < static_cast<int>(cells.size()); ++c)
            m_ruleTable->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    m_ruleTable->resizeColumnsToContents();
    const bool editable = m_session && m_session->can(Action::EditCreditPolicy);
    for (QWidget *w : std::initializer_list<QWidget *>{m_saveRate, m_deleteRate, m_saveRule, m_rateRegion, m_rateFrom,
                                                       m_ratePercent, m_ruleCountry, m_ruleRegion, m_ruleMargin,
                                                       m_ruleConsumerMargin, m_ruleDayCount, m_ruleCompensation,
                                                       m_ruleCompensationCurrency, m_ruleReminderCap,
                                                       m_ruleCollectionCap, m_ruleFeeCurrency})
        w->setEnabled(editable);
    if (m_session && !editable)
        say(tr("Only a manager changes rates and rules; you can read them here."), false);
}

void InterestSettings::showRate(int row)
{
    if (row < 0 || row >= static_cast<int>(m_rates.size()))
        return;
    const ReferenceRate &r = m_rates[static_cast<std::size_t>(row)];
    m_rateRegion->setText(r.region);
    m_rateFrom->setDate(r.validFrom);
    m_ratePercent->setValue(static_cast<double>(r.ratePpm) / 10000.0);
}

void InterestSettings::showRule(int row)
{
    if (row < 0 || row >= static_cast<int>(m_rules.size()))
        return;
    const InterestRule &r = m_rules[static_cast<std::size_t>(row)];
    m_ruleCountry->setText(r.country);
    m_ruleRegion->setText(r.region);
    m_ruleMargin->setValue(static_cast<double>(r.marginHundredths) / 100.0);
    m_ruleConsumerMargin->setValue(static_cast<double>(r.consumerMarginHundredths) / 100.0);
    m_ruleDayCount->setCurrentIndex(r.dayCount == 360 ? 1 : 0);
    m_ruleCompensation->setText(formatSettingsAmount(r.compensation));
    m_ruleCompensationCurrency->setText(r.compensationCurrency);
    m_ruleReminderCap->setText(formatSettingsAmount(r.reminderFeeCap));
    m_ruleCollectionCap->setText(formatSettingsAmount(r.collectionFeeCap));
    m_ruleFeeCurrency->setText(r.feeCurrency);
}

bool InterestSettings::saveRate()
{
    if (!m_session)
        return false;
    ReferenceRate rate;
    rate.region = m_rateRegion->text().trimmed().toUpper();
    rate.validFrom = m_rateFrom->date();
    rate.ratePpm = std::llround(m_ratePercent->value() * 10000.0);
    const auto saved = InterestService(*m_session).saveReferenceRate(rate);
    if (!saved) {
        say(tr("Not saved: %1").arg(saved.error().message), true);
        return false;
    }
    reload();
    say(*saved ? tr("Rate for %1 from %2 added.").arg(rate.region, QLocale().toString(rate.validFrom, QLocale::ShortFormat))
               : tr("Rate for %1 from %2 replaced.").arg(rate.region, QLocale().toString(rate.validFrom, QLocale::ShortFormat)),
        false);
    return true;
}

bool InterestSettings::deleteRate()
{
    if (!m_session)
        return false;
    const QString region = m_rateRegion->text().trimmed().toUpper();
    const QDate from = m_rateFrom->date();
    const auto done = InterestService(*m_session).deleteReferenceRate(region, from);
    if (!done) {
        say(tr("Not deleted: %1").arg(done.error().message), true);
        return false;
    }
    reload();
    say(tr("Rate for %1 from %2 deleted.").arg(region, QLocale().toString(from, QLocale::ShortFormat)), false);
    return true;
}

bool InterestSettings::saveRule()
{
    if (!m_session)
        return false;
    InterestRule rule;
    rule.country = m_ruleCountry->text().trimmed().toUpper();
    rule.region = m_ruleRegion->text().trimmed().toUpper();
    rule.marginHundredths = std::llround(m_ruleMargin->value() * 100.0);
    rule.consumerMarginHundredths = std::llround(m_ruleConsumerMargin->value() * 100.0);
    rule.dayCount = m_ruleDayCount->currentData().toInt();
    rule.compensationCurrency = m_ruleCompensationCurrency->text().trimmed().toUpper();
    rule.feeCurrency = m_ruleFeeCurrency->text().trimmed().toUpper();
    const std::pair<QLineEdit *, std::optional<MinorUnits> *> amounts[] = {
            {m_ruleCompensation, &rule.compensation},
            {m_ruleReminderCap, &rule.reminderFeeCap},
            {m_ruleCollectionCap, &rule.collectionFeeCap}};
    for (const auto &[edit, out] : amounts)
        if (!parseSettingsAmount(edit->text(), *out)) {
            say(tr("'%1' is not an amount (digits with at most two decimals)").arg(edit->text()), true);
            return false;
        }
    const auto saved = InterestService(*m_session).saveInterestRule(rule);
    if (!saved) {
        say(tr("Not saved: %1").arg(saved.error().message), true);
        return false;
    }
    reload();
    say(rule.country.isEmpty() ? tr("The default rule is saved.") : tr("The rule for %1 is saved.").arg(rule.country),
        false);
    return true;
}

} // namespace ardesk
