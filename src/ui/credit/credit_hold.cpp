#include "credit_hold.h"

#include "services/credit_service.h"
#include "ui/common/display_format.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ardesk {

namespace {

QString money(const QJsonObject &details, const char *key, const QString &currency)
{
    const QString text = details.value(QLatin1String(key)).toString();
    const auto parsed = Money::parse(text, currency, Money::SignPolicy::AllowNegative);
    return parsed ? formatMoney(parsed->minor(), currency) : text;
}

} // namespace

QStringList holdReasons(const CreditHoldRecord &hold, const QString &currency)
{
    const QJsonObject details = QJsonDocument::fromJson(hold.details.toUtf8()).object();
    QStringList triggers;
    for (const QJsonValue &value : details.value(QStringLiteral("triggers")).toArray())
        triggers << value.toString();
    if (triggers.isEmpty())
        triggers << hold.triggerKind;
    QStringList reasons;
    for (const QString &trigger : triggers) {
        if (trigger == HoldTrigger::overLimit)
            reasons << QCoreApplication::translate("CreditHold", "over the credit limit (balance %1, limit %2)")
                               .arg(money(details, "balance", currency), money(details, "limit", currency));
        else if (trigger == HoldTrigger::daysPastDue) {
            // A plain int as the count: lupdate loops on a call expression in this place.
            const int days = details.value(QStringLiteral("days_past_due")).toInt();
            reasons << QCoreApplication::translate("CreditHold", "oldest item %n day(s) past due", nullptr, days);
        }
        else if (trigger == HoldTrigger::overdueAmount)
            reasons << QCoreApplication::translate("CreditHold", "overdue amount %1")
                               .arg(money(details, "overdue", currency));
        else if (trigger == HoldTrigger::brokenPromises) {
            const int broken = details.value(QStringLiteral("broken_promises")).toInt();
            reasons << QCoreApplication::translate("CreditHold", "%n broken promise(s)", nullptr, broken);
        }
        else if (trigger == u"strategy")
            reasons << QCoreApplication::translate("CreditHold", "set by the collection strategy");
        else
            reasons << trigger;
    }
    return reasons;
}

std::optional<CreditHoldRecord> holdInForce(const std::vector<CreditHoldRecord> &history)
{
    for (auto it = history.rbegin(); it != history.rend(); ++it)
        if (!it->releasedDate.isValid())
            return *it;
    return std::nullopt;
}

CreditHoldBadge::CreditHoldBadge(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("creditHoldBadge"));
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setStyleSheet(QStringLiteral("QLabel { background: #fde8e8; color: #8a0010; border: 1px solid #e0a0a0;"
                                 " border-radius: 4px; padding: 4px 8px; font-weight: bold; }"));
    hide();
}

void CreditHoldBadge::clear()
{
    m_hold.reset();
    m_reasons.clear();
    setText({});
    hide();
}

void CreditHoldBadge::showFor(Session *session, const QString &customerCode, const QString &currency)
{
    clear();
    if (!session || customerCode.isEmpty())
        return;
    const auto history = CreditService(*session).holdHistory(customerCode);
    if (!history)
        return;
    m_hold = holdInForce(*history);
    if (!m_hold)
        return;
    m_reasons = holdReasons(*m_hold, currency);
    setText(tr("ON CREDIT HOLD since %1: %2").arg(formatDate(m_hold->setDate), m_reasons.join(QStringLiteral("; "))));
    setToolTip(tr("No new credit (invoices or orders) until a supervisor or manager releases the hold."));
    show();
}

QString CreditHoldBadge::shortText() const
{
    return m_hold ? tr("ON HOLD: %1").arg(m_reasons.join(QStringLiteral("; "))) : QString();
}

ReleaseHoldDialog::ReleaseHoldDialog(Session &session, const QString &customerCode, const QString &currency,
                                     QDate today, QWidget *parent)
    : QDialog(parent), m_session(session), m_customerCode(customerCode)
{
    setObjectName(QStringLiteral("releaseHoldDialog"));
    setWindowTitle(tr("Release credit hold"));
    auto *badge = new CreditHoldBadge(this);
    badge->showFor(&session, customerCode, currency);
    auto *intro = new QLabel(tr("Release the credit hold of %1? The hold and this release stay in the account's "
                                "hold history.")
                                     .arg(customerCode),
                             this);
    intro->setWordWrap(true);
    m_date = new QDateEdit(today, this);
    m_date->setObjectName(QStringLiteral("releaseHoldDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    if (badge->hold())
        m_date->setMinimumDate(badge->hold()->setDate);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("releaseHoldReason"));
    m_reason->setPlaceholderText(tr("Why the customer may have credit again (required)"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(90);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("releaseHoldMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Release hold"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("releaseHoldOk"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReleaseHoldDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ReleaseHoldDialog::updateOk);

    auto *form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("Rea&son:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(badge);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(480, sizeHint().height());
    updateOk();
    m_reason->setFocus();
}

void ReleaseHoldDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_reason->toPlainText().trimmed().isEmpty());
}

void ReleaseHoldDialog::accept()
{
    const auto released = CreditService(m_session).releaseHold(m_customerCode, m_date->date(), m_reason->toPlainText());
    if (!released) {
        m_message->setText(released.error().message);
        m_message->show();
        return;
    }
    QDialog::accept();
}

} // namespace ardesk
