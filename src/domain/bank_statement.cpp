#include "bank_statement.h"

namespace ardesk {

QString formatBankFileProblem(const QString &file, const BankFileProblem &problem)
{
    QString text = file;
    if (problem.line > 0)
        text += u':' + QString::number(problem.line);
    text += QStringLiteral(": ");
    if (!problem.element.isEmpty())
        text += problem.element + QStringLiteral(": ");
    return text + problem.reason;
}

QString normalizeCreditorReference(QStringView reference)
{
    QString out;
    out.reserve(reference.size());
    for (QChar c : reference)
        if (!c.isSpace())
            out += c.toUpper();
    return out;
}

namespace {

bool isAsciiAlnum(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z');
}

// The ISO 7064 mod 97-10 remainder of a string of digits and letters (A=10 ... Z=35).
int mod97(QStringView text)
{
    int remainder = 0;
    for (QChar c : text) {
        if (c >= u'0' && c <= u'9') {
            remainder = (remainder * 10 + (c.unicode() - u'0')) % 97;
        } else {
            const int value = c.unicode() - u'A' + 10;
            remainder = (remainder * 100 + value) % 97;
        }
    }
    return remainder;
}

} // namespace

bool looksLikeCreditorReference(QStringView reference)
{
    const QString ref = normalizeCreditorReference(reference);
    if (ref.size() < 5 || ref.size() > 25 || !ref.startsWith(u"RF"))
        return false;
    if (!ref[2].isDigit() || !ref[3].isDigit())
        return false;
    for (qsizetype i = 4; i < ref.size(); ++i)
        if (!isAsciiAlnum(ref[i]))
            return false;
    return true;
}

bool isValidCreditorReference(QStringView reference)
{
    if (!looksLikeCreditorReference(reference))
        return false;
    const QString ref = normalizeCreditorReference(reference);
    const QString rearranged = ref.mid(4) + ref.left(4);
    return mod97(rearranged) == 1;
}

QString makeCreditorReference(QStringView body)
{
    const QString normalized = normalizeCreditorReference(body);
    if (normalized.isEmpty() || normalized.size() > 21)
        return {};
    for (QChar c : normalized)
        if (!isAsciiAlnum(c))
            return {};
    const int check = 98 - mod97(normalized + QStringLiteral("RF00"));
    return QStringLiteral("RF%1%2").arg(check, 2, 10, QChar(u'0')).arg(normalized);
}

QString creditorReferenceBody(QStringView reference)
{
    if (!looksLikeCreditorReference(reference))
        return {};
    return normalizeCreditorReference(reference).mid(4);
}

QString normalizeAccount(QStringView account)
{
    QString out;
    for (QChar c : account)
        if (!c.isSpace())
            out += c.toUpper();
    return out;
}

} // namespace ardesk
