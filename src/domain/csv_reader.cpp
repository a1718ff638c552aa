#include "csv_reader.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <cstring>

namespace ardesk {

namespace {

constexpr QByteArrayView utf8ByteOrderMark("\xEF\xBB\xBF");

} // namespace

QByteArrayView CsvRecord::rawField(qsizetype index) const
{
    if (index < 0 || index >= fieldCount())
        return {};
    const Field &field = m_fields[static_cast<std::size_t>(index)];
    const char *base = field.unescaped ? m_unescaped.data() : m_data.constData();
    return QByteArrayView(base + field.offset, field.size);
}

QString CsvRecord::field(qsizetype index) const
{
    const QByteArrayView raw = rawField(index);
    // QString::fromUtf8 drops a leading byte order mark; only the file's own is dropped
    // (by the reader), one at the start of a field is data (U+FEFF) and is kept.
    if (raw.startsWith(utf8ByteOrderMark)) {
        QStringDecoder decoder(QStringDecoder::Utf8,
                               QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
        return decoder(raw);
    }
    return QString::fromUtf8(raw);
}

CsvReader::CsvReader(QByteArray data, char separator)
    : m_data(std::move(data)), m_separator(separator)
{
    // Bytes that end an unquoted field's text: the separator, a line break, and the
    // quote (which is an error there). Everything else is field data.
    m_unquotedStops.fill(false);
    m_unquotedStops[static_cast<unsigned char>(m_separator)] = true;
    m_unquotedStops[static_cast<unsigned char>('\n')] = true;
    m_unquotedStops[static_cast<unsigned char>('\r')] = true;
    m_unquotedStops[static_cast<unsigned char>('"')] = true;
    if (m_data.startsWith(utf8ByteOrderMark))
        m_position = utf8ByteOrderMark.size();
}

QString CsvReader::errorMessage() const
{
    if (!hasError())
        return {};
    return QCoreApplication::translate("CsvReader", "line %1: %2")
        .arg(QString::number(m_errorLine), m_errorReason);
}

bool CsvReader::fail(qsizetype line, QString reason)
{
    m_errorLine = line;
    m_errorReason = std::move(reason);
    return false;
}

bool CsvReader::next(CsvRecord &record)
{
    record.m_fields.clear();
    record.m_unescaped.clear();
    record.m_line = 0;
    if (hasError())
        return false;
    if (!record.m_data.isSharedWith(m_data))
        record.m_data = m_data;

    const char *const data = m_data.constData();
    const qsizetype size = m_data.size();
    qsizetype position = m_position;
    qsizetype line = m_line;

    // Completely empty lines are skipped but counted.
    while (position < size) {
        if (data[position] == '\n') {
            ++position;
            ++line;
        } else if (data[position] == '\r' && position + 1 < size && data[position + 1] == '\n') {
            position += 2;
            ++line;
        } else {
            break;
        }
    }
    m_position = position;
    m_line = line;
    if (position >= size)
        return false;

    const qsizetype recordStart = position;
    record.m_line = line;

    for (;;) {
        const qsizetype fieldStart = position;
        const qsizetype fieldNumber = record.fieldCount() + 1;
        const bool quoted = position < size && data[position] == '"';
        if (quoted) {
            const qsizetype openingLine = line;
            ++position;
            qsizetype segmentStart = position;
            bool unescaped = false;
            qsizetype unescapedStart = 0;
            for (;;) {
                const void *found = std::memchr(data + position, '"', static_cast<std::size_t>(size - position));
                const qsizetype quote = found ? static_cast<const char *>(found) - data : size;
                line += std::count(data + position, data + quote, '\n');
                if (!found) {
                    m_position = size;
                    m_line = line;
                    return fail(openingLine,
                                QCoreApplication::translate(
                                    "CsvReader", "field %1: the quoted field that opens on this line is never closed")
                                    .arg(fieldNumber));
                }
                if (quote + 1 < size && data[quote + 1] == '"') {
                    // A doubled quote: copy what came before it plus one quote.
                    if (!unescaped) {
                        unescaped = true;
                        unescapedStart = static_cast<qsizetype>(record.m_unescaped.size());
                    }
                    record.m_unescaped.append(data + segmentStart, static_cast<std::size_t>(quote + 1 - segmentStart));
                    position = quote + 2;
                    segmentStart = position;
                    continue;
                }
                if (unescaped) {
                    record.m_unescaped.append(data + segmentStart, static_cast<std::size_t>(quote - segmentStart));
                    record.m_fields.push_back(
                        {unescapedStart, static_cast<qsizetype>(record.m_unescaped.size()) - unescapedStart, true});
                } else {
                    record.m_fields.push_back({fieldStart + 1, quote - fieldStart - 1, false});
                }
                position = quote + 1;
                break;
            }
        } else {
            while (position < size && !m_unquotedStops[static_cast<unsigned char>(data[position])])
                ++position;
            record.m_fields.push_back({fieldStart, position - fieldStart, false});
        }

        // What ends the field: the end of the data, the separator, LF or CRLF.
        if (position >= size)
            break;
        const char terminator = data[position];
        if (terminator == m_separator) {
            ++position;
            continue;
        }
        if (terminator == '\n' || (terminator == '\r' && position + 1 < size && data[position + 1] == '\n')) {
            position += terminator == '\r' ? 2 : 1;
            ++line;
            break;
        }
        m_position = position;
        m_line = line;
        if (terminator == '\r') {
            return fail(line, QCoreApplication::translate(
                                  "CsvReader",
                                  "field %1: a carriage return that is not followed by a line feed outside quotes")
                                  .arg(fieldNumber));
        }
        if (!quoted) {
            return fail(line, QCoreApplication::translate("CsvReader",
                                                          "field %1: a quote inside an unquoted field (enclose the "
                                                          "whole field in quotes and double the quotes inside it)")
                                  .arg(fieldNumber));
        }
        if (m_separator != ',')
            return fail(line, QCoreApplication::translate(
                                  "CsvReader", "field %1: text after the closing quote (a quoted field must be followed "
                                               "by the separator %2 or a line break)")
                                  .arg(fieldNumber)
                                  .arg(m_separator == '\t' ? QStringLiteral("TAB") : QString(QLatin1Char(m_separator))));
        return fail(line, QCoreApplication::translate(
                              "CsvReader", "field %1: text after the closing quote (a quoted field must be followed "
                                           "by a comma or a line break)")
                              .arg(fieldNumber));
    }

    m_position = position;
    m_line = line;
    return checkUtf8(record, recordStart);
}

bool CsvReader::checkUtf8(const CsvRecord &record, qsizetype recordStart)
{
    // Separators, quotes and line breaks are ASCII and cannot be part of a multi-byte
    // sequence, so the record's bytes are valid exactly when every field is.
    const char *const data = m_data.constData();
    if (QByteArrayView(data + recordStart, m_position - recordStart).isValidUtf8())
        return true;

    qsizetype fieldNumber = 1;
    while (fieldNumber <= record.fieldCount() && record.rawField(fieldNumber - 1).isValidUtf8())
        ++fieldNumber;
    // No sequence spans a line break either: find the physical line of the bad bytes.
    qsizetype line = record.line();
    for (qsizetype lineStart = recordStart; lineStart < m_position; ++line) {
        const void *found = std::memchr(data + lineStart, '\n', static_cast<std::size_t>(m_position - lineStart));
        const qsizetype lineEnd = found ? static_cast<const char *>(found) - data : m_position;
        if (!QByteArrayView(data + lineStart, lineEnd - lineStart).isValidUtf8())
            break;
        lineStart = lineEnd + 1;
    }
    return fail(line, QCoreApplication::translate("CsvReader", "field %1: the text is not valid UTF-8")
                          .arg(fieldNumber));
}

CsvHeader::CsvHeader(const CsvRecord &record)
{
    m_names.reserve(record.fieldCount());
    for (qsizetype i = 0; i < record.fieldCount(); ++i)
        m_names.append(record.field(i).trimmed());
}

std::optional<qsizetype> CsvHeader::indexOf(QStringView name) const
{
    const QStringView wanted = name.trimmed();
    for (qsizetype i = 0; i < m_names.size(); ++i) {
        if (QStringView(m_names.at(i)).compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    }
    return std::nullopt;
}

QStringList CsvHeader::missing(const QStringList &required) const
{
    QStringList result;
    for (const QString &name : required) {
        if (!indexOf(name))
            result.append(name);
    }
    return result;
}

QStringList CsvHeader::duplicates() const
{
    QStringList result;
    for (qsizetype i = 0; i < m_names.size(); ++i) {
        if (m_names.at(i).isEmpty())
            continue;
        const qsizetype first = *indexOf(m_names.at(i));
        if (first != i && !result.contains(m_names.at(first), Qt::CaseInsensitive))
            result.append(m_names.at(first));
    }
    return result;
}

} // namespace ardesk
