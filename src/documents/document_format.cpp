#include "document_format.h"

#include "domain/currency.h"
#include "domain/money_format.h"

#include <QGuiApplication>

namespace ardesk::documents {

QLocale documentLocale(const QString &language)
{
    const QString code = language.left(2).toLower();
    if (code == u"de")
        return QLocale(QLocale::German, QLocale::Germany);
    if (code == u"fr")
        return QLocale(QLocale::French, QLocale::France);
    if (code == u"sv")
        return QLocale(QLocale::Swedish, QLocale::Sweden);
    if (code == u"cs")
        return QLocale(QLocale::Czech, QLocale::CzechRepublic);
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString formatAmount(MinorUnits minor, const QString &currency, const QLocale &locale)
{
    return localeAmount(minor, currency, locale);
}

QString formatMoney(MinorUnits minor, const QString &currency, const QLocale &locale)
{
    return formatAmount(minor, currency, locale) + QChar(0x00A0) + currency;
}

QString formatPercent(qint64 hundredths, const QLocale &locale)
{
    return localePercent(hundredths, locale); // the shared rule (domain/money_format.h)
}

QString formatDate(QDate date, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    // Day and month with two digits, so that columns of dates line up.
    if (!format.contains(QStringLiteral("dd")))
        format.replace(u'd', QStringLiteral("dd"));
    if (!format.contains(QStringLiteral("MM")))
        format.replace(u'M', QStringLiteral("MM"));
    return locale.toString(date, format);
}

QString escapeHtml(const QString &text)
{
    return text.toHtmlEscaped();
}

QString htmlLines(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines)
        line = line.trimmed().toHtmlEscaped();
    return lines.join(QStringLiteral("<br/>"));
}

QString documentFontFamily()
{
    return QStringLiteral("DejaVu Sans");
}

std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv, bool documents)
{
    if (!documents)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

void ensureGuiApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "ardesk";
    static char *argv[] = {name, nullptr};
    static auto application = createApplication(argc, argv, true);
}

QString tableStart()
{
    return QStringLiteral(
            "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" "
            "style=\"border-color:#9aa5b1; border-style:solid; border-collapse:collapse;\" border=\"1\">");
}

QString tableCell(const QString &html, bool right)
{
    return QStringLiteral("<td%1 style=\"white-space:nowrap;\">%2</td>")
            .arg(right ? QStringLiteral(" align=\"right\"") : QString(), html);
}

QString tableHeaderCell(const QString &text, bool right)
{
    return QStringLiteral("<th%1 style=\"background-color:#dde3ea; font-weight:bold;\">%2</th>")
            .arg(right ? QStringLiteral(" align=\"right\"") : QStringLiteral(" align=\"left\""),
                 text.toHtmlEscaped());
}

} // namespace ardesk::documents
