#include "camt053_reader.h"

#include <QCoreApplication>
#include <QSet>
#include <QXmlStreamReader>

namespace ardesk {

namespace {

const QString kNamespacePrefix = QStringLiteral("urn:iso:std:iso:20022:tech:xsd:camt.053.001.");

bool isCurrencyCode(QStringView code)
{
    if (code.size() != 3)
        return false;
    for (QChar c : code)
        if (c < u'A' || c > u'Z')
            return false;
    return true;
}

// The element path below the document, e.g. {"BkToCstmrStmt","Stmt","Ntry","Amt"}.
class Path final {
public:
    void push(const QString &name) { m_names.push_back(name); }
    void pop()
    {
        if (!m_names.isEmpty())
            m_names.removeLast();
    }
    bool isEmpty() const { return m_names.isEmpty(); }
    qsizetype size() const { return m_names.size(); }
    // True when the names after the last `anchor` are exactly `tail`.
    bool below(const QString &anchor, std::initializer_list<const char16_t *> tail) const
    {
        const qsizetype at = m_names.lastIndexOf(anchor);
        if (at < 0 || m_names.size() - at - 1 != qsizetype(tail.size()))
            return false;
        qsizetype i = at + 1;
        for (const char16_t *name : tail)
            if (m_names[i++] != QStringView(name))
                return false;
        return true;
    }
    bool contains(const QString &name) const { return m_names.contains(name); }
    QString last() const { return m_names.isEmpty() ? QString() : m_names.last(); }

private:
    QStringList m_names;
};

struct EntryDraft final {
    BankEntry entry;
    bool hasAmount = false;
    bool hasIndicator = false;
    QString entryRef;        // Ntry/NtryRef
    QString servicerRef;     // Ntry/AcctSvcrRef
    QString txServicerRef;   // first TxDtls/Refs/AcctSvcrRef
    QString endToEndId;      // first TxDtls/Refs/EndToEndId
    QStringList remittance;
};

} // namespace

bool isSupportedCamt053Namespace(QStringView namespaceUri)
{
    if (!namespaceUri.startsWith(kNamespacePrefix))
        return false;
    const QStringView version = namespaceUri.mid(kNamespacePrefix.size());
    bool ok = false;
    const int number = version.toInt(&ok);
    return ok && version.size() == 2 && number >= 2 && number <= 13;
}

bool looksLikeCamt053(const QByteArray &data)
{
    const QByteArray head = data.left(4096);
    return head.contains("<") && head.contains("camt.053.001.");
}

BankFileRead readCamt053(const QByteArray &data)
{
    BankFileRead result;
    auto problem = [&](qsizetype line, const QString &element, const QString &reason) {
        result.problems.push_back({line, element, reason});
    };
    QXmlStreamReader xml(data);
    Path path;
    bool sawDocument = false;
    QString namespaceUri;
    std::optional<EntryDraft> draft;
    QSet<QString> refs;
    const QString ntry = QStringLiteral("Ntry");
    const QString txDtls = QStringLiteral("TxDtls");
    const QString stmt = QStringLiteral("Stmt");
    bool firstTx = true;

    auto finishEntry = [&](qsizetype endLine) {
        EntryDraft &d = *draft;
        BankEntry &e = d.entry;
        const QString element = QStringLiteral("Ntry");
        if (!d.hasAmount)
            problem(e.line, element, QCoreApplication::translate("BankFile", "entry without Amt"));
        if (!d.hasIndicator)
            problem(e.line, element, QCoreApplication::translate("BankFile", "entry without CdtDbtInd"));
        if (!e.bookingDate.isValid())
            problem(e.line, element, QCoreApplication::translate("BankFile", "entry without booking date (BookgDt)"));
        QString ref = d.servicerRef;
        if (ref.isEmpty())
            ref = d.entryRef;
        if (ref.isEmpty())
            ref = d.txServicerRef;
        if (ref.isEmpty() && d.endToEndId.compare(u"NOTPROVIDED", Qt::CaseInsensitive) != 0)
            ref = d.endToEndId;
        if (ref.isEmpty()) {
            problem(e.line, element,
                    QCoreApplication::translate(
                            "BankFile", "entry without a reference (AcctSvcrRef, NtryRef or EndToEndId)"));
        } else if (refs.contains(ref)) {
            problem(e.line, element,
                    QCoreApplication::translate("BankFile", "entry reference %1 is used twice in the file").arg(ref));
        } else {
            refs.insert(ref);
        }
        e.entryRef = ref;
        e.remittance = d.remittance.join(u' ');
        Q_UNUSED(endLine);
        result.statement.entries.push_back(std::move(e));
        draft.reset();
    };

    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QString name = xml.name().toString();
            const qsizetype line = xml.lineNumber();
            if (!sawDocument) {
                sawDocument = true;
                namespaceUri = xml.namespaceUri().toString();
                if (name != u"Document") {
                    problem(line, name,
                            QCoreApplication::translate("BankFile", "not a camt.053 document (root element %1)")
                                    .arg(name));
                    break;
                }
                if (!isSupportedCamt053Namespace(namespaceUri)) {
                    problem(line, name,
                            QCoreApplication::translate(
                                    "BankFile",
                                    "namespace '%1' is not camt.053 (expected "
                                    "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02 to .13)")
                                    .arg(namespaceUri));
                    break;
                }
                path.push(name);
                continue;
            }
            if (xml.namespaceUri() != namespaceUri) {
                // Foreign elements (extensions) are skipped whole.
                xml.skipCurrentElement();
                continue;
            }
            path.push(name);
            const bool inEntry = draft.has_value();
            if (name == ntry && path.below(stmt, {u"Ntry"})) {
                if (draft)
                    finishEntry(line);
                draft.emplace();
                draft->entry.line = line;
                firstTx = true;
                continue;
            }
            auto text = [&](QXmlStreamReader::ReadElementTextBehaviour behaviour =
                                    QXmlStreamReader::IncludeChildElements) {
                const QString value = xml.readElementText(behaviour).trimmed();
                path.pop(); // readElementText consumed the end element
                return value;
            };
            if (!inEntry) {
                if (path.below(stmt, {u"Id"})) {
                    const QString id = text();
                    if (result.statement.statementRef.isEmpty())
                        result.statement.statementRef = id;
                } else if (path.below(stmt, {u"Acct", u"Id", u"IBAN"}) ||
                           path.below(stmt, {u"Acct", u"Id", u"Othr", u"Id"})) {
                    const QString account = normalizeAccount(text());
                    if (result.statement.account.isEmpty())
                        result.statement.account = account;
                }
                continue;
            }
            EntryDraft &d = *draft;
            if (name == txDtls && path.below(ntry, {u"NtryDtls", u"TxDtls"})) {
                continue; // the first TxDtls fills debtor and references; firstTx drops at its end
            }
            if (path.below(ntry, {u"Amt"})) {
                const QString currency = xml.attributes().value(QStringLiteral("Ccy")).toString().trimmed();
                const QString amountText = text();
                if (currency.isEmpty()) {
                    problem(line, QStringLiteral("Amt"),
                            QCoreApplication::translate("BankFile", "amount %1 without currency (Ccy attribute)")
                                    .arg(amountText));
                } else if (!isCurrencyCode(currency)) {
                    problem(line, QStringLiteral("Amt"),
                            QCoreApplication::translate("BankFile", "'%1' is not an ISO 4217 currency code")
                                    .arg(currency));
                } else {
                    auto money = Money::parse(amountText, currency);
                    if (!money || money->isZero())
                        problem(line, QStringLiteral("Amt"),
                                QCoreApplication::translate("BankFile", "'%1' is not a positive amount in %2")
                                        .arg(amountText, currency));
                    else
                        d.entry.amount = *money;
                }
                d.hasAmount = true;
            } else if (path.below(ntry, {u"CdtDbtInd"})) {
                const QString indicator = text();
                if (indicator == u"CRDT")
                    d.entry.direction = CreditDebit::Credit;
                else if (indicator == u"DBIT")
                    d.entry.direction = CreditDebit::Debit;
                else
                    problem(line, QStringLiteral("CdtDbtInd"),
                            QCoreApplication::translate("BankFile", "'%1' is neither CRDT nor DBIT").arg(indicator));
                d.hasIndicator = true;
            } else if (path.below(ntry, {u"Sts"})) {
                d.entry.booked = text() == u"BOOK";
            } else if (path.below(ntry, {u"BookgDt", u"Dt"}) || path.below(ntry, {u"BookgDt", u"DtTm"})) {
                const QString value = text();
                const QDate date = QDate::fromString(value.left(10), Qt::ISODate);
                if (!date.isValid())
                    problem(line, name, QCoreApplication::translate("BankFile", "'%1' is not a date").arg(value));
                else
                    d.entry.bookingDate = date;
            } else if (path.below(ntry, {u"NtryRef"})) {
                d.entryRef = text();
            } else if (path.below(ntry, {u"AcctSvcrRef"})) {
                d.servicerRef = text();
            } else if (path.below(txDtls, {u"Refs", u"AcctSvcrRef"})) {
                const QString value = text();
                if (firstTx)
                    d.txServicerRef = value;
            } else if (path.below(txDtls, {u"Refs", u"EndToEndId"})) {
                const QString value = text();
                if (firstTx)
                    d.endToEndId = value;
            } else if (path.below(txDtls, {u"RltdPties", u"Dbtr", u"Nm"}) ||
                       path.below(txDtls, {u"RltdPties", u"Dbtr", u"Pty", u"Nm"})) {
                const QString value = text();
                if (d.entry.debtorName.isEmpty())
                    d.entry.debtorName = value;
            } else if (path.below(txDtls, {u"RltdPties", u"DbtrAcct", u"Id", u"IBAN"}) ||
                       path.below(txDtls, {u"RltdPties", u"DbtrAcct", u"Id", u"Othr", u"Id"})) {
                const QString value = normalizeAccount(text());
                if (d.entry.debtorAccount.isEmpty())
                    d.entry.debtorAccount = value;
            } else if (path.below(txDtls, {u"RmtInf", u"Ustrd"})) {
                const QString value = text().simplified();
                if (!value.isEmpty())
                    d.remittance.push_back(value);
            } else if (path.below(txDtls, {u"RmtInf", u"Strd", u"CdtrRefInf", u"Ref"})) {
                const QString value = text();
                if (d.entry.creditorReference.isEmpty())
                    d.entry.creditorReference = value;
                else if (!value.isEmpty())
                    d.remittance.push_back(value); // a further reference is searched like text
            } else if (path.below(ntry, {u"AddtlNtryInf"})) {
                const QString value = text().simplified();
                if (!value.isEmpty() && d.remittance.isEmpty())
                    d.remittance.push_back(value);
            }
        } else if (token == QXmlStreamReader::EndElement) {
            const QString name = xml.name().toString();
            if (name == txDtls && draft && path.below(ntry, {u"NtryDtls", u"TxDtls"}))
                firstTx = false;
            if (name == ntry && draft && path.below(stmt, {u"Ntry"}))
                finishEntry(xml.lineNumber());
            path.pop();
        }
    }
    {
        if (xml.hasError()) {
            const QString element = path.last();
            QString reason = xml.errorString();
            if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
                reason = QCoreApplication::translate("BankFile", "the file ends too early (truncated XML): %1")
                                 .arg(xml.errorString());
            problem(xml.lineNumber(), element, reason);
        } else if (!sawDocument) {
            problem(0, {}, QCoreApplication::translate("BankFile", "no XML document in the file"));
        }
    }
    if (result.problems.empty() && result.statement.statementRef.isEmpty())
        problem(0, QStringLiteral("Stmt"), QCoreApplication::translate("BankFile", "no statement (Stmt/Id) in the file"));
    return result;
}

} // namespace ardesk
