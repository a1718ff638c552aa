#include "csv_writer.h"

namespace ardesk {

namespace {

// A plain decimal number as ardesk writes amounts and counts: -?digits(.digits)?
bool isPlainNumber(QStringView text)
{
    qsizetype i = 0;
    if (i < text.size() && text[i] == u'-')
        ++i;
    const qsizetype integerStart = i;
    while (i < text.size() && text[i] >= u'0' && text[i] <= u'9')
        ++i;
    if (i == integerStart)
        return false;
    if (i == text.size())
        return true;
    if (text[i] != u'.')
        return false;
    const qsizetype fractionStart = ++i;
    while (i < text.size() && text[i] >= u'0' && text[i] <= u'9')
        ++i;
    return i > fractionStart && i == text.size();
}

} // namespace

bool csvLooksLikeFormula(QStringView value)
{
    if (value.isEmpty())
        return false;
    switch (value.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return !isPlainNumber(value);
    default:
        return false;
    }
}

QString csvField(const QString &value)
{
    QString text = value;
    if (csvLooksLikeFormula(text))
        text.prepend(u'\'');
    const bool needsQuotes = text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')
            || (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!needsQuotes)
        return text;
    text.replace(u'"', QStringLiteral("\"\""));
    return u'"' + text + u'"';
}

QString csvRecord(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += u',';
        line += csvField(fields.at(i));
    }
    line += QStringLiteral("\r\n");
    return line;
}

} // namespace ardesk
