#include "bank_matching.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace ardesk {

QString matchClassKey(MatchClass matchClass)
{
    switch (matchClass) {
    case MatchClass::Matched:
        return QStringLiteral("matched");
    case MatchClass::Suggested:
        return QStringLiteral("suggested");
    case MatchClass::Unmatched:
        break;
    }
    return QStringLiteral("unmatched");
}

namespace {

QString upperAlnum(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const QChar u = c.toUpper();
        if ((u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9'))
            out += u;
    }
    return out;
}

// Prefix words dropped in front of an invoice number, longest first.
const QStringList &prefixWords()
{
    static const QStringList words{
            QStringLiteral("RECHNUNGSNUMMER"), QStringLiteral("RECHNUNGSNR"), QStringLiteral("INVOICENUMBER"),
            QStringLiteral("RECHNUNG"),        QStringLiteral("INVOICENO"),   QStringLiteral("FAKTURANR"),
            QStringLiteral("INVOICE"),         QStringLiteral("FACTURE"),     QStringLiteral("FAKTURA"),
            QStringLiteral("FAKTURY"),         QStringLiteral("FACTURA"),     QStringLiteral("NUMMER"),
            QStringLiteral("FACT"),            QStringLiteral("RECH"),        QStringLiteral("INV"),
            QStringLiteral("RNR"),             QStringLiteral("NUM"),         QStringLiteral("REF"),
            QStringLiteral("RG"),              QStringLiteral("RE"),          QStringLiteral("NR"),
            QStringLiteral("NO"),              QStringLiteral("FA"),          QStringLiteral("FV"),
            QStringLiteral("CIS"),             QStringLiteral("C"),
    };
    return words;
}

// Drops prefix words as long as a number follows in the end; returns the rest, or an
// empty string when no number follows.
QString stripPrefixes(const QString &s, int depth = 0)
{
    if (!s.isEmpty() && s[0].isDigit())
        return s;
    if (depth > 3)
        return {};
    for (const QString &word : prefixWords()) {
        if (s.size() > word.size() && s.startsWith(word)) {
            const QString rest = stripPrefixes(s.mid(word.size()), depth + 1);
            if (!rest.isEmpty())
                return rest;
        }
    }
    return {};
}

bool isWordSeparator(QChar c)
{
    return c.isSpace() || QStringView(u",;:()[]{}+&/.-_#*'\"<>|=!?").contains(c);
}

} // namespace

QString invoiceNumberKey(QStringView number)
{
    QString s = upperAlnum(number);
    const QString stripped = stripPrefixes(s);
    if (!stripped.isEmpty())
        s = stripped;
    if (!s.isEmpty() && s[0].isDigit()) {
        qsizetype zeros = 0;
        while (zeros + 1 < s.size() && s[zeros] == u'0' && s[zeros + 1].isDigit())
            ++zeros;
        s.remove(0, zeros);
    }
    return s;
}

QString nameKey(QStringView name)
{
    static const QSet<QString> suffixes{
            QStringLiteral("gmbh"), QStringLiteral("ag"),   QStringLiteral("kg"),   QStringLiteral("ohg"),
            QStringLiteral("ug"),   QStringLiteral("co"),   QStringLiteral("ab"),   QStringLiteral("publ"),
            QStringLiteral("oy"),   QStringLiteral("oyj"),  QStringLiteral("as"),   QStringLiteral("asa"),
            QStringLiteral("aps"),  QStringLiteral("sro"),  QStringLiteral("spol"), QStringLiteral("sarl"),
            QStringLiteral("sas"),  QStringLiteral("sa"),   QStringLiteral("srl"),  QStringLiteral("spa"),
            QStringLiteral("bv"),   QStringLiteral("nv"),   QStringLiteral("ltd"),  QStringLiteral("limited"),
            QStringLiteral("llc"),  QStringLiteral("inc"),  QStringLiteral("corp"), QStringLiteral("plc"),
            QStringLiteral("se"),   QStringLiteral("sp"),   QStringLiteral("zoo"),  QStringLiteral("kft"),
            QStringLiteral("the"),  QStringLiteral("and"),  QStringLiteral("und"),  QStringLiteral("et"),
    };
    // Letters keep their accents folded away (Müller = Muller); "s.r.o." -> "sro".
    const QString decomposed = name.toString().normalized(QString::NormalizationForm_KD).toLower();
    QStringList words;
    QString word;
    auto flush = [&]() {
        if (!word.isEmpty() && !suffixes.contains(word))
            words << word;
        word.clear();
    };
    for (qsizetype i = 0; i < decomposed.size(); ++i) {
        const QChar c = decomposed[i];
        if (c.isLetterOrNumber())
            word += c;
        else if (c == u'.' || c == u'\'' || c.category() == QChar::Mark_NonSpacing)
            continue; // s.r.o. -> sro, O'Neil -> oneil
        else
            flush();
    }
    flush();
    return words.join(u' ');
}

QStringList invoiceKeysInText(QStringView text, const std::function<bool(const QString &key)> &exists)
{
    QStringList words;
    QString word;
    for (QChar c : text) {
        if (isWordSeparator(c)) {
            if (!word.isEmpty())
                words << word;
            word.clear();
        } else {
            word += c;
        }
    }
    if (!word.isEmpty())
        words << word;
    QStringList keys;
    constexpr int kMaxJoin = 4;
    for (qsizetype i = 0; i < words.size();) {
        qsizetype used = 0;
        for (qsizetype n = std::min<qsizetype>(kMaxJoin, words.size() - i); n >= 1; --n) {
            QString raw;
            for (qsizetype k = 0; k < n; ++k)
                raw += words[i + k];
            const QString alnum = upperAlnum(raw);
            const QString key = invoiceNumberKey(raw);
            if (key.isEmpty())
                continue;
            const bool hadPrefix = !alnum.isEmpty() && !alnum[0].isDigit() && key[0].isDigit();
            if (key.size() < 3 && !hadPrefix)
                continue;
            if (!key.contains(QRegularExpression(QStringLiteral("[0-9]"))))
                continue; // a plain word is never taken for an invoice number
            if (exists(key)) {
                if (!keys.contains(key))
                    keys << key;
                used = n;
                break;
            }
        }
        i += used > 0 ? used : 1;
    }
    return keys;
}

QStringList creditorReferencesInText(QStringView text)
{
    QStringList words;
    QString word;
    for (QChar c : text) {
        if (c.isSpace()) {
            if (!word.isEmpty())
                words << word;
            word.clear();
        } else {
            word += c;
        }
    }
    if (!word.isEmpty())
        words << word;
    QStringList found;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString first = words[i].toUpper();
        if (first.size() < 4 || !first.startsWith(u"RF") || !first[2].isDigit() || !first[3].isDigit())
            continue;
        QString joined;
        QString best;
        qsizetype bestEnd = i;
        for (qsizetype k = i; k < words.size() && joined.size() <= 25; ++k) {
            joined += normalizeCreditorReference(words[k]);
            if (isValidCreditorReference(joined)) {
                best = joined;
                bestEnd = k;
            }
        }
        if (!best.isEmpty()) {
            if (!found.contains(best))
                found << best;
            i = bestEnd;
        }
    }
    return found;
}

std::vector<std::vector<qsizetype>> findSubsetsWithSum(const std::vector<MinorUnits> &amounts, MinorUnits amount,
                                                       int maxItems, int maxResults)
{
    std::vector<std::vector<qsizetype>> results;
    std::vector<qsizetype> chosen;
    long budget = 200000; // nodes: keeps the search bounded whatever the input
    std::function<void(qsizetype, MinorUnits)> search = [&](qsizetype from, MinorUnits remaining) {
        if (int(results.size()) >= maxResults || budget-- <= 0)
            return;
        if (remaining == 0 && !chosen.empty()) {
            results.push_back(chosen);
            return;
        }
        if (int(chosen.size()) >= maxItems)
            return;
        for (qsizetype i = from; i < qsizetype(amounts.size()); ++i) {
            if (amounts[size_t(i)] <= 0 || amounts[size_t(i)] > remaining)
                continue;
            chosen.push_back(i);
            search(i + 1, remaining - amounts[size_t(i)]);
            chosen.pop_back();
            if (int(results.size()) >= maxResults || budget <= 0)
                return;
        }
    };
    if (amount > 0)
        search(0, amount);
    return results;
}

namespace {

// A reason is a list of whole clauses, each translated on its own, joined here.
QString clauses(const QStringList &parts)
{
    return parts.join(QStringLiteral("; "));
}

QString money(MinorUnits minor, const QString &currency)
{
    return Money(minor, currency).toDecimalString() + u' ' + currency;
}

bool dueOrder(const MatchInvoice &a, const MatchInvoice &b)
{
    if (a.dueDate != b.dueDate)
        return a.dueDate < b.dueDate;
    if (a.issueDate != b.issueDate)
        return a.issueDate < b.issueDate;
    if (a.number != b.number)
        return a.number < b.number;
    return a.invoiceId < b.invoiceId;
}

struct Found final {
    MatchInvoice invoice;
    bool viaReference = false;
};

} // namespace

EntryMatch matchEntry(const BankEntry &entry, const BankMatchBook &book)
{
    EntryMatch result;
    if (!entry.isIncomingPayment() || entry.amount.minor() <= 0)
        return result;
    const QString currency = entry.amount.currency();
    const MinorUnits amount = entry.amount.minor();

    const std::optional<AccountOwner> owner =
            entry.debtorAccount.isEmpty() ? std::nullopt : book.customerByAccount(entry.debtorAccount);
    QString ownerCode;
    if (owner)
        if (auto c = book.customer(owner->customerId))
            ownerCode = c->code;

    // --- references: structured RF, RF in the text, invoice numbers in the text ---------
    std::vector<Found> found;
    QSet<Id> seen;
    QStringList notes; // warnings that concern the whole entry
    auto addKey = [&](const QString &key, bool viaReference) {
        for (const MatchInvoice &invoice : book.invoicesByKey(key)) {
            if (seen.contains(invoice.invoiceId))
                continue;
            seen.insert(invoice.invoiceId);
            found.push_back({invoice, viaReference});
        }
    };
    QStringList rfs;
    if (!entry.creditorReference.isEmpty()) {
        if (looksLikeCreditorReference(entry.creditorReference)) {
            if (isValidCreditorReference(entry.creditorReference))
                rfs << normalizeCreditorReference(entry.creditorReference);
            else
                notes << QCoreApplication::translate("BankMatching", "the creditor reference %1 has a wrong check digit and was ignored")
                                 .arg(entry.creditorReference);
        } else {
            addKey(invoiceNumberKey(entry.creditorReference), true);
        }
    }
    for (const QString &rf : creditorReferencesInText(entry.remittance))
        if (!rfs.contains(rf))
            rfs << rf;
    for (const QString &rf : rfs)
        addKey(invoiceNumberKey(creditorReferenceBody(rf)), true);
    const QStringList textKeys =
            invoiceKeysInText(entry.remittance, [&](const QString &key) { return !book.invoicesByKey(key).empty(); });
    for (const QString &key : textKeys)
        addKey(key, false);

    // Group by customer, in the order found.
    std::vector<Id> customerOrder;
    for (const Found &f : found)
        if (std::find(customerOrder.begin(), customerOrder.end(), f.invoice.customerId) == customerOrder.end())
            customerOrder.push_back(f.invoice.customerId);
    std::vector<MatchCandidate> candidates;
    QSet<Id> referenceCustomers;
    for (Id customerId : customerOrder) {
        std::vector<MatchInvoice> invoices;
        bool viaReference = false;
        QStringList otherCurrency;
        for (const Found &f : found) {
            if (f.invoice.customerId != customerId)
                continue;
            if (f.invoice.currency != currency) {
                otherCurrency << f.invoice.number;
                continue;
            }
            invoices.push_back(f.invoice);
            viaReference = viaReference || f.viaReference;
        }
        if (invoices.empty()) {
            notes << QCoreApplication::translate("BankMatching", "invoice %1 is in %2, the credit in %3").arg(otherCurrency.join(QStringLiteral(", ")),
                                                                     book.customer(customerId) ? book.customer(customerId)->currency : QString(),
                                                                     currency);
            continue;
        }
        referenceCustomers.insert(customerId);
        MatchCandidate c;
        c.customerId = customerId;
        if (auto customer = book.customer(customerId))
            c.customerCode = customer->code;
        MinorUnits left = amount;
        MinorUnits open = 0;
        QStringList numbers;
        for (const MatchInvoice &invoice : invoices) {
            numbers << invoice.number;
            open += invoice.open;
            const MinorUnits take = std::min(left, invoice.open);
            if (take > 0) {
                c.lines.push_back({invoice.invoiceId, take});
                c.invoiceNumbers << invoice.number;
                left -= take;
            }
        }
        c.unapplied = left;
        const QString named = viaReference
                                      ? QCoreApplication::translate("BankMatching", "the payment reference names invoice %1").arg(numbers.join(QStringLiteral(", ")))
                                      : QCoreApplication::translate("BankMatching", "the remittance text names invoice %1").arg(numbers.join(QStringLiteral(", ")));
        if (open == 0) {
            c.confidence = 40;
            c.reason = named;
            c.warning = QCoreApplication::translate("BankMatching", "already paid: nothing is open on %1").arg(numbers.join(QStringLiteral(", ")));
        } else if (open == amount) {
            c.confidence = viaReference ? 97 : 95;
            c.reason = clauses({named, QCoreApplication::translate("BankMatching", "the amount equals the open amount")});
        } else if (amount < open) {
            c.confidence = 75;
            c.reason = clauses({named, QCoreApplication::translate("BankMatching", "short payment: %1 less than the open %2")
                                               .arg(money(open - amount, currency), money(open, currency))});
        } else {
            c.confidence = 75;
            c.reason = clauses({named, QCoreApplication::translate("BankMatching", "overpayment: %1 stays unapplied").arg(money(amount - open, currency))});
        }
        if (owner && owner->customerId == customerId) {
            c.confidence = std::min(99, c.confidence + 2);
            c.reason = clauses({c.reason, QCoreApplication::translate("BankMatching", "the debtor account is the customer's")});
        } else if (owner) {
            c.confidence = std::min(c.confidence, 60);
            c.warning = QCoreApplication::translate("BankMatching", "the reference belongs to customer %1, but the debtor account %2 to customer %3")
                                .arg(c.customerCode, entry.debtorAccount, ownerCode);
        }
        candidates.push_back(std::move(c));
    }
    if (referenceCustomers.size() > 1)
        for (MatchCandidate &c : candidates)
            if (c.warning.isEmpty())
                c.warning = QCoreApplication::translate("BankMatching", "the remittance names invoices of several customers");

    // --- the customer by account or name, with the amount ---------------------------------
    const bool confidentReference =
            std::any_of(candidates.begin(), candidates.end(),
                        [](const MatchCandidate &c) { return c.confidence >= kMatchedConfidence && c.warning.isEmpty(); });
    struct Who {
        Id customerId;
        int single;
        int subset;
        int unapplied;
        QString why;
    };
    std::vector<Who> who;
    if (owner) {
        if (owner->source == AccountSource::Registered)
            who.push_back({owner->customerId, 92, 90, 60, QCoreApplication::translate("BankMatching", "the debtor account %1 is registered to the customer").arg(entry.debtorAccount)});
        else
            who.push_back({owner->customerId, 85, 83, 55,
                           QCoreApplication::translate("BankMatching", "the debtor account %1 paid this customer before").arg(entry.debtorAccount)});
    }
    if (!entry.debtorName.trimmed().isEmpty()) {
        const std::vector<MatchCustomer> named = book.customersByNameKey(nameKey(entry.debtorName));
        if (named.size() == 1 && (!owner || owner->customerId != named.front().id))
            who.push_back({named.front().id, 75, 72, 45, QCoreApplication::translate("BankMatching", "the debtor name '%1' is the customer's name").arg(entry.debtorName)});
    }
    if (!confidentReference) {
        for (const Who &w : who) {
            if (referenceCustomers.contains(w.customerId))
                continue;
            const auto customer = book.customer(w.customerId);
            if (!customer || customer->currency != currency)
                continue;
            std::vector<MatchInvoice> items = book.openItems(w.customerId, currency);
            std::sort(items.begin(), items.end(), dueOrder);
            MatchCandidate c;
            c.customerId = w.customerId;
            c.customerCode = customer->code;
            std::vector<const MatchInvoice *> singles;
            for (const MatchInvoice &item : items)
                if (item.open == amount)
                    singles.push_back(&item);
            if (!singles.empty()) {
                c.lines.push_back({singles.front()->invoiceId, amount});
                c.invoiceNumbers << singles.front()->number;
                c.confidence = singles.size() == 1 ? w.single : w.single - 15;
                QStringList why{w.why, QCoreApplication::translate("BankMatching", "the amount equals the open amount of %1").arg(singles.front()->number)};
                const int sameAmount = int(singles.size()); // a plain count argument, which lupdate reads
                if (sameAmount > 1)
                    why << QCoreApplication::translate("BankMatching", "it is the oldest of %n open items of this amount", nullptr, sameAmount);
                c.reason = clauses(why);
            } else {
                std::vector<MinorUnits> pool;
                for (qsizetype i = 0; i < qsizetype(items.size()) && i < kMaxSubsetPool; ++i)
                    pool.push_back(items[size_t(i)].open);
                const auto subsets = findSubsetsWithSum(pool, amount, kMaxSubsetItems, 2);
                if (!subsets.empty()) {
                    for (qsizetype i : subsets.front()) {
                        c.lines.push_back({items[size_t(i)].invoiceId, items[size_t(i)].open});
                        c.invoiceNumbers << items[size_t(i)].number;
                    }
                    c.confidence = subsets.size() == 1 ? w.subset : w.subset - 15;
                    QStringList why{w.why, QCoreApplication::translate("BankMatching", "the amount equals the open amounts of %1 together")
                                                    .arg(c.invoiceNumbers.join(QStringLiteral(", ")))};
                    if (subsets.size() > 1)
                        why << QCoreApplication::translate("BankMatching", "another combination fits too");
                    c.reason = clauses(why);
                } else {
                    c.unapplied = amount;
                    c.confidence = w.unapplied;
                    c.reason = clauses({w.why, QCoreApplication::translate("BankMatching", "no open item or combination matches the amount: unapplied cash")});
                }
            }
            candidates.push_back(std::move(c));
        }
    }

    // --- the amount alone ---------------------------------------------------------------
    if (candidates.empty() && book.openItemsOfAmount) {
        const std::vector<MatchInvoice> items = book.openItemsOfAmount(amount, currency, 5);
        for (const MatchInvoice &item : items) {
            MatchCandidate c;
            c.customerId = item.customerId;
            if (auto customer = book.customer(item.customerId))
                c.customerCode = customer->code;
            c.lines.push_back({item.invoiceId, amount});
            c.invoiceNumbers << item.number;
            c.confidence = items.size() == 1 ? 30 : 20;
            c.reason = QCoreApplication::translate("BankMatching", "only the amount: it equals the open amount of %1 of customer %2")
                               .arg(item.number, c.customerCode);
            candidates.push_back(std::move(c));
        }
    }

    for (MatchCandidate &c : candidates)
        for (const QString &note : notes)
            c.reason += QStringLiteral("; ") + note;
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const MatchCandidate &a, const MatchCandidate &b) { return a.confidence > b.confidence; });
    result.candidates = std::move(candidates);
    if (result.candidates.empty()) {
        result.matchClass = MatchClass::Unmatched;
        return result;
    }
    const MatchCandidate &best = result.candidates.front();
    bool confident = best.confidence >= kMatchedConfidence && best.warning.isEmpty();
    // The text names invoices of another customer than the one found by account or name:
    // someone must look, whatever the amounts say.
    if (!referenceCustomers.isEmpty() && !referenceCustomers.contains(best.customerId))
        confident = false;
    for (size_t i = 1; i < result.candidates.size() && confident; ++i)
        if (result.candidates[i].confidence >= kMatchedConfidence && result.candidates[i].customerId != best.customerId)
            confident = false;
    result.matchClass = confident ? MatchClass::Matched : MatchClass::Suggested;
    return result;
}

} // namespace ardesk
