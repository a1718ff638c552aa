#pragma once
// The invoice keys of a payments import (number -> id, customer, currency, days, open amount)
// keyed by the number's UTF-8 bytes, as the book stores them and as a CSV field holds them:
// a payments file that names a large share of the book's invoices reads every key once
// (LedgerRepository::allInvoiceKeys) and looks each row's number up without decoding it into
// a QString (docs/performance.md "Issue 8, session 9"). A QHash<QString, InvoiceKey> of a
// million invoices cost a QString and a hash node per invoice and a UTF-16 hash per look-up.
//
// The numbers live in one byte buffer, the keys in one vector, and an open-addressing table
// of their positions finds them; the currencies are kept once each. Adding a number that is
// there already keeps the first key (as the book's numbers are unique, that never happens
// from a scan).

#include "domain/ledger_types.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

namespace ardesk {

struct InvoiceKey;

class InvoiceKeyIndex final {
public:
    // A key found: valid until the next add().
    struct Key final {
        Id id = 0; // 0: an entry recorded as unknown (add with id 0)
        Id customerId = 0;
        qint64 issueDay = 0;
        qint64 dueDay = 0;
        MinorUnits open = 0;
        const QString *currency = nullptr;
    };

    InvoiceKeyIndex() = default;
    void reserve(qsizetype keys);
    // Adds a number's key (a key with id 0 records a number known not to be in the book).
    void add(QByteArrayView number, Id id, Id customerId, QByteArrayView currencyUtf8, qint64 issueDay,
             qint64 dueDay, MinorUnits open);
    void add(QByteArrayView number, const InvoiceKey &key);
    const Key *find(QByteArrayView number) const;
    qsizetype size() const { return static_cast<qsizetype>(m_keys.size()); }
    bool isEmpty() const { return m_keys.empty(); }
    void clear();

private:
    struct Stored final {
        Key key;
        qint64 offset = 0; // of the number in m_bytes
        qint64 length = 0;
    };
    static quint64 hashOf(QByteArrayView number);
    void grow();
    const QString *currency(QByteArrayView utf8);

    QByteArray m_bytes;
    std::vector<Stored> m_keys;
    // Slots: 0 empty, else (hash's high 32 bits << 32) | (position in m_keys + 1).
    std::vector<quint64> m_slots;
    std::vector<std::unique_ptr<QString>> m_currencies; // stable addresses
    std::vector<QByteArray> m_currencyUtf8;
};

} // namespace ardesk
