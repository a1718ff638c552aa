#include "bank_csv_mapping.h"

#include "csv_reader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace ardesk {

namespace {

bool isCurrencyCode(QStringView code)
{
    if (code.size() != 3)
        return false;
    for (QChar c : code)
        if (c < u'A' || c > u'Z')
            return false;
    return true;
}

} // namespace

QByteArray BankCsvMapping::toJson() const
{
    QJsonObject columns;
    auto put = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            columns.insert(QLatin1String(key), value);
    };
    put("date", dateColumn);
    put("amount", amountColumn);
    put("currency", currencyColumn);
    put("debtor_name", debtorNameColumn);
    put("debtor_account", debtorAccountColumn);
    put("remittance", remittanceColumn);
    put("reference", referenceColumn);
    QJsonObject object{{QStringLiteral("name"), name},
                       {QStringLiteral("columns"), columns},
                       {QStringLiteral("date_format"), dateFormat},
                       {QStringLiteral("decimal"), QString(decimal)},
                       {QStringLiteral("thousands"), thousands}};
    if (!currency.isEmpty())
        object.insert(QStringLiteral("currency"), currency);
    if (delimiter != ',')
        object.insert(QStringLiteral("delimiter"), QString(QLatin1Char(delimiter)));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

BankCsvMappingParse parseBankCsvMapping(const QByteArray &json)
{
    BankCsvMappingParse result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = QCoreApplication::translate("BankFile", "mapping: not JSON: %1 at offset %2")
                               .arg(parseError.errorString())
                               .arg(parseError.offset);
        return result;
    }
    if (!document.isObject()) {
        result.error = QCoreApplication::translate("BankFile", "mapping: not a JSON object");
        return result;
    }
    const QJsonObject object = document.object();
    BankCsvMapping &m = result.mapping;
    static const QSet<QString> known{QStringLiteral("name"),      QStringLiteral("columns"),
                                     QStringLiteral("date_format"), QStringLiteral("decimal"),
                                     QStringLiteral("thousands"), QStringLiteral("currency"),
                                     QStringLiteral("delimiter")};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            result.error = QCoreApplication::translate("BankFile", "mapping: unknown key '%1'").arg(it.key());
            return result;
        }
        if (!it.value().isString() && it.key() != u"columns") {
            result.error = QCoreApplication::translate("BankFile", "mapping: %1: must be a string").arg(it.key());
            return result;
        }
    }
    m.name = object.value(QStringLiteral("name")).toString().trimmed();
    if (!object.value(QStringLiteral("columns")).isObject()) {
        result.error = QCoreApplication::translate("BankFile", "mapping: columns: must be an object");
        return result;
    }
    const QJsonObject columns = object.value(QStringLiteral("columns")).toObject();
    const QHash<QString, QString *> targets{{QStringLiteral("date"), &m.dateColumn},
                                           {QStringLiteral("amount"), &m.amountColumn},
                                           {QStringLiteral("currency"), &m.currencyColumn},
                                           {QStringLiteral("debtor_name"), &m.debtorNameColumn},
                                           {QStringLiteral("debtor_account"), &m.debtorAccountColumn},
                                           {QStringLiteral("remittance"), &m.remittanceColumn},
                                           {QStringLiteral("reference"), &m.referenceColumn}};
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        QString *target = targets.value(it.key());
        if (!target) {
            result.error = QCoreApplication::translate("BankFile", "mapping: columns: unknown key '%1'").arg(it.key());
            return result;
        }
        if (!it.value().isString()) {
            result.error =
                    QCoreApplication::translate("BankFile", "mapping: columns: %1: must be a string").arg(it.key());
            return result;
        }
        *target = it.value().toString().trimmed();
    }
    if (m.dateColumn.isEmpty() || m.amountColumn.isEmpty()) {
        result.error = QCoreApplication::translate("BankFile", "mapping: columns: date and amount are required");
        return result;
    }
    m.currency = object.value(QStringLiteral("currency")).toString().trimmed().toUpper();
    if (m.currencyColumn.isEmpty() && m.currency.isEmpty()) {
        result.error = QCoreApplication::translate(
                "BankFile", "mapping: needs columns.currency or a fixed \"currency\" (amounts without currency)");
        return result;
    }
    if (!m.currency.isEmpty() && !isCurrencyCode(m.currency)) {
        result.error =
                QCoreApplication::translate("BankFile", "mapping: currency: '%1' is not an ISO 4217 code").arg(m.currency);
        return result;
    }
    if (object.contains(QStringLiteral("date_format")))
        m.dateFormat = object.value(QStringLiteral("date_format")).toString();
    if (m.dateFormat.trimmed().isEmpty()) {
        result.error = QCoreApplication::translate("BankFile", "mapping: date_format: must not be empty");
        return result;
    }
    const QString decimal = object.value(QStringLiteral("decimal")).toString(QStringLiteral("."));
    if (decimal != u"." && decimal != u",") {
        result.error = QCoreApplication::translate("BankFile", "mapping: decimal: must be \".\" or \",\"");
        return result;
    }
    m.decimal = decimal[0];
    m.thousands = object.value(QStringLiteral("thousands")).toString();
    if (!m.thousands.isEmpty() &&
        (m.thousands.size() != 1 || !QStringLiteral(".,' ").contains(m.thousands[0]) || m.thousands[0] == m.decimal)) {
        result.error = QCoreApplication::translate(
                "BankFile", "mapping: thousands: must be empty or one of . , ' and space, other than decimal");
        return result;
    }
    const QString delimiter = object.value(QStringLiteral("delimiter")).toString(QStringLiteral(","));
    if (delimiter == u"," || delimiter == u";" || delimiter == u"|" || delimiter == u"\t")
        m.delimiter = char(delimiter[0].unicode());
    else if (delimiter.compare(u"tab", Qt::CaseInsensitive) == 0)
        m.delimiter = '\t';
    else {
        result.error = QCoreApplication::translate("BankFile", "mapping: delimiter: must be \",\", \";\", \"tab\" or \"|\"");
        return result;
    }
    return result;
}

bool parseBankAmount(QStringView text, const BankCsvMapping &mapping, const QString &currency, MinorUnits &out)
{
    QString t = text.trimmed().toString();
    bool negative = false;
    if (t.startsWith(u'-') || t.startsWith(u'+')) {
        negative = t.startsWith(u'-');
        t = t.mid(1).trimmed();
    } else if (t.endsWith(u'-')) {
        negative = true;
        t.chop(1);
    }
    if (t.isEmpty())
        return false;
    QString plain;
    const QChar thousands = mapping.thousands.isEmpty() ? QChar() : mapping.thousands[0];
    qsizetype lastGroup = -1; // position of the last thousands separator in t
    bool seenDecimal = false;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t[i];
        if (c.isDigit() && c.unicode() < 128) {
            plain += c;
        } else if (!thousands.isNull() && c == thousands && !seenDecimal) {
            // groups of exactly three digits after a separator
            if (plain.isEmpty() || (lastGroup >= 0 && i - lastGroup != 4))
                return false;
            lastGroup = i;
        } else if (c == mapping.decimal && !seenDecimal) {
            if (lastGroup >= 0 && i - lastGroup != 4)
                return false;
            seenDecimal = true;
            plain += u'.';
        } else {
            return false;
        }
    }
    if (lastGroup >= 0 && !seenDecimal && t.size() - lastGroup != 4)
        return false;
    auto money = Money::parse(plain, currency);
    if (!money)
        return false;
    out = negative ? -money->minor() : money->minor();
    return true;
}

BankFileRead readBankCsv(const QByteArray &data, const BankCsvMapping &mapping, const QString &statementRef)
{
    BankFileRead result;
    result.statement.statementRef = statementRef;
    auto problem = [&](qsizetype line, const QString &element, const QString &reason) {
        result.problems.push_back({line, element, reason});
    };
    CsvReader reader(data, mapping.delimiter);
    CsvRecord record;
    if (!reader.next(record)) {
        if (reader.hasError())
            problem(reader.errorLine(), {}, reader.errorReason());
        else
            problem(0, {}, QCoreApplication::translate("BankFile", "the file is empty (no header row)"));
        return result;
    }
    const CsvHeader header(record);
    QStringList required{mapping.dateColumn, mapping.amountColumn};
    if (!mapping.currencyColumn.isEmpty())
        required << mapping.currencyColumn;
    for (const QString &optional : {mapping.debtorNameColumn, mapping.debtorAccountColumn, mapping.referenceColumn})
        if (!optional.isEmpty())
            required << optional;
    const QStringList remittanceColumns =
            mapping.remittanceColumn.isEmpty() ? QStringList() : mapping.remittanceColumn.split(u'+');
    for (const QString &column : remittanceColumns)
        required << column.trimmed();
    for (const QString &missing : header.missing(required))
        problem(1, missing, QCoreApplication::translate("BankFile", "no such column in the header"));
    for (const QString &duplicate : header.duplicates())
        if (required.contains(duplicate, Qt::CaseInsensitive))
            problem(1, duplicate, QCoreApplication::translate("BankFile", "column appears more than once"));
    if (!result.problems.empty())
        return result;
    auto index = [&](const QString &name) -> qsizetype {
        if (name.isEmpty())
            return -1;
        return header.indexOf(name).value_or(-1);
    };
    const qsizetype dateIndex = index(mapping.dateColumn);
    const qsizetype amountIndex = index(mapping.amountColumn);
    const qsizetype currencyIndex = index(mapping.currencyColumn);
    const qsizetype nameIndex = index(mapping.debtorNameColumn);
    const qsizetype accountIndex = index(mapping.debtorAccountColumn);
    const qsizetype referenceIndex = index(mapping.referenceColumn);
    std::vector<qsizetype> remittanceIndexes;
    for (const QString &column : remittanceColumns)
        remittanceIndexes.push_back(index(column.trimmed()));

    QSet<QString> refs;
    QHash<QString, int> synthetic; // fingerprint -> occurrences so far
    while (reader.next(record)) {
        const qsizetype line = record.line();
        auto field = [&](qsizetype i) { return i < 0 ? QString() : record.field(i).trimmed(); };
        BankEntry entry;
        entry.line = line;
        const QString dateText = field(dateIndex);
        entry.bookingDate = QDate::fromString(dateText, mapping.dateFormat);
        if (!entry.bookingDate.isValid())
            problem(line, mapping.dateColumn,
                    QCoreApplication::translate("BankFile", "'%1' is not a date in the format %2")
                            .arg(dateText, mapping.dateFormat));
        const QString currency = currencyIndex >= 0 ? field(currencyIndex).toUpper() : mapping.currency;
        const QString amountText = field(amountIndex);
        if (currency.isEmpty()) {
            problem(line, mapping.currencyColumn,
                    QCoreApplication::translate("BankFile", "amount %1 without currency").arg(amountText));
        } else if (!isCurrencyCode(currency)) {
            problem(line, mapping.currencyColumn.isEmpty() ? QStringLiteral("currency") : mapping.currencyColumn,
                    QCoreApplication::translate("BankFile", "'%1' is not an ISO 4217 currency code").arg(currency));
        } else {
            MinorUnits minor = 0;
            if (!parseBankAmount(amountText, mapping, currency, minor) || minor == 0) {
                problem(line, mapping.amountColumn,
                        QCoreApplication::translate("BankFile", "'%1' is not an amount in %2").arg(amountText, currency));
            } else {
                entry.direction = minor > 0 ? CreditDebit::Credit : CreditDebit::Debit;
                entry.amount = Money(minor > 0 ? minor : -minor, currency);
            }
        }
        entry.debtorName = field(nameIndex).simplified();
        entry.debtorAccount = normalizeAccount(field(accountIndex));
        QStringList remittance;
        for (qsizetype i : remittanceIndexes) {
            const QString text = field(i).simplified();
            if (!text.isEmpty())
                remittance << text;
        }
        entry.remittance = remittance.join(u' ');
        QString ref = field(referenceIndex);
        if (ref.isEmpty()) {
            const QString fingerprint = QStringList{entry.bookingDate.toString(Qt::ISODate),
                                                    QString::number(entry.direction == CreditDebit::Credit ? 1 : -1),
                                                    entry.amount.toDecimalString(), currency, entry.debtorAccount,
                                                    entry.debtorName, entry.remittance}
                                                .join(QChar(0x1F));
            const int occurrence = ++synthetic[fingerprint];
            const QByteArray hash =
                    QCryptographicHash::hash(fingerprint.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
            ref = QStringLiteral("csv:%1#%2").arg(QString::fromLatin1(hash)).arg(occurrence);
        } else if (refs.contains(ref)) {
            problem(line, mapping.referenceColumn,
                    QCoreApplication::translate("BankFile", "entry reference %1 is used twice in the file").arg(ref));
        }
        refs.insert(ref);
        entry.entryRef = ref;
        result.statement.entries.push_back(std::move(entry));
    }
    if (reader.hasError())
        problem(reader.errorLine(), {}, reader.errorReason());
    return result;
}

} // namespace ardesk
