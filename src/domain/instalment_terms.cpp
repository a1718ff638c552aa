#include "instalment_terms.h"

#include <algorithm>

#include <QCoreApplication>
#include <QStringList>

namespace ardesk {

namespace {
Error partError(qsizetype part, const QString &reason)
{
    return Error::invalid(QCoreApplication::translate("InstalmentTerms", "part %1: %2").arg(part).arg(reason));
}

// "40" or "33.5" or "33.33" -> hundredths; 0 on bad text.
int percentHundredths(QStringView text)
{
    const qsizetype dot = text.indexOf(u'.');
    const QStringView whole = dot < 0 ? text : text.left(dot);
    const QStringView fraction = dot < 0 ? QStringView() : text.mid(dot + 1);
    if (whole.isEmpty() || whole.size() > 3 || fraction.size() > 2 || (dot >= 0 && fraction.isEmpty()))
        return 0;
    for (const QChar c : whole)
        if (!c.isDigit())
            return 0;
    for (const QChar c : fraction)
        if (!c.isDigit())
            return 0;
    int value = whole.toInt() * 100;
    if (!fraction.isEmpty())
        value += fraction.toInt() * (fraction.size() == 1 ? 10 : 1);
    return value;
}
} // namespace

Result<InstalmentTerms> parseInstalmentTerms(const QString &text)
{
    InstalmentTerms terms;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return terms;
    const QStringList parts = trimmed.split(u'/');
    if (parts.size() < 2 || parts.size() > kMaxInstalmentParts)
        return std::unexpected(Error::invalid(
                QCoreApplication::translate("InstalmentTerms",
                                            "'%1': give 2 to %2 parts separated by '/', such as 30/60/90")
                        .arg(trimmed)
                        .arg(kMaxInstalmentParts)));
    int withPercent = 0;
    int percentSum = 0;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString part = parts[i].trimmed();
        const QStringList fields = part.split(u':');
        if (fields.size() > 2)
            return std::unexpected(partError(
                    i + 1, QCoreApplication::translate("InstalmentTerms", "'%1' is not DAYS or DAYS:PERCENT").arg(part)));
        bool ok = false;
        const int days = fields[0].trimmed().toInt(&ok);
        if (!ok || days < 0 || days > 3650)
            return std::unexpected(partError(
                    i + 1, QCoreApplication::translate("InstalmentTerms", "'%1' is not a number of days from 0 to 3650")
                                   .arg(fields[0].trimmed())));
        if (!terms.parts.empty() && days <= terms.parts.back().offsetDays)
            return std::unexpected(partError(
                    i + 1, QCoreApplication::translate("InstalmentTerms", "%1 days does not come after the part before it")
                                   .arg(days)));
        InstalmentTermPart term;
        term.offsetDays = days;
        if (fields.size() == 2) {
            term.percentHundredths = percentHundredths(QStringView(fields[1]).trimmed());
            if (term.percentHundredths <= 0)
                return std::unexpected(partError(
                        i + 1, QCoreApplication::translate("InstalmentTerms",
                                                           "'%1' is not a percentage above 0 with at most 2 decimals")
                                       .arg(fields[1].trimmed())));
            ++withPercent;
            percentSum += term.percentHundredths;
        }
        terms.parts.push_back(term);
    }
    if (withPercent != 0 && withPercent != int(terms.parts.size()))
        return std::unexpected(Error::invalid(QCoreApplication::translate(
                "InstalmentTerms", "give a percentage for every part or for none (equal parts)")));
    if (withPercent != 0 && percentSum != 10000)
        return std::unexpected(Error::invalid(
                QCoreApplication::translate("InstalmentTerms", "the percentages add up to %1, not 100")
                        .arg(QString::number(percentSum / 100.0, 'f', 2))));
    return terms;
}

QString instalmentTermsText(const InstalmentTerms &terms)
{
    QStringList parts;
    for (const InstalmentTermPart &part : terms.parts) {
        if (part.percentHundredths == 0) {
            parts << QString::number(part.offsetDays);
            continue;
        }
        QString percent = QString::number(part.percentHundredths / 100) ;
        if (const int rest = part.percentHundredths % 100; rest != 0)
            percent += (rest % 10 == 0) ? QStringLiteral(".%1").arg(rest / 10) : QStringLiteral(".%1").arg(rest, 2, 10, QLatin1Char('0'));
        parts << QStringLiteral("%1:%2").arg(part.offsetDays).arg(percent);
    }
    return parts.join(u'/');
}

std::vector<InstalmentPart> splitByInstalmentTerms(MinorUnits amount, QDate issueDate, const InstalmentTerms &terms)
{
    std::vector<InstalmentPart> result;
    const auto count = static_cast<MinorUnits>(terms.parts.size());
    if (count == 0 || amount <= 0)
        return result;
    MinorUnits given = 0;
    for (std::size_t i = 0; i < terms.parts.size(); ++i) {
        const InstalmentTermPart &term = terms.parts[i];
        MinorUnits part = 0;
        if (i + 1 == terms.parts.size())
            part = amount - given;
        else if (term.percentHundredths > 0)
            part = roundedDivide(static_cast<WideInt>(amount) * term.percentHundredths, 10000);
        else
            part = amount / count;
        given += part;
        if (part > 0)
            result.push_back({int(result.size()) + 1, issueDate.addDays(term.offsetDays), part});
    }
    return result;
}

std::vector<MinorUnits> spreadOverInstalments(const std::vector<MinorUnits> &partAmounts, MinorUnits open)
{
    std::vector<MinorUnits> result(partAmounts.size(), 0);
    MinorUnits after = 0;
    for (std::size_t k = partAmounts.size(); k-- > 0;) {
        result[k] = std::clamp<MinorUnits>(open - after, 0, partAmounts[k]);
        after += partAmounts[k];
    }
    return result;
}

std::vector<OpenInstalmentPart> openInstalmentParts(const std::vector<InstalmentPart> &parts, MinorUnits open)
{
    std::vector<MinorUnits> amounts;
    amounts.reserve(parts.size());
    for (const InstalmentPart &part : parts)
        amounts.push_back(part.amount);
    const std::vector<MinorUnits> spread = spreadOverInstalments(amounts, open);
    std::vector<OpenInstalmentPart> result;
    result.reserve(parts.size());
    for (std::size_t k = 0; k < parts.size(); ++k)
        result.push_back({parts[k].seq, parts[k].dueDate, parts[k].amount, spread[k]});
    return result;
}

QDate oldestOpenPartDue(const std::vector<OpenInstalmentPart> &parts)
{
    for (const OpenInstalmentPart &part : parts)
        if (part.open != 0)
            return part.dueDate;
    return {};
}

} // namespace ardesk
