#include "invoice_key_index.h"

#include "ledger_repository.h"

#include <QHashFunctions>

namespace ardesk {

quint64 InvoiceKeyIndex::hashOf(QByteArrayView number)
{
    // Qt's byte hash, then mixed so that the low bits (the slot) and the high 32 bits (kept in
    // the slot to skip most byte comparisons) both depend on every byte.
    quint64 h = static_cast<quint64>(qHashBits(number.data(), static_cast<std::size_t>(number.size()), 0));
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

void InvoiceKeyIndex::reserve(qsizetype keys)
{
    std::size_t slots = 16;
    while (slots < static_cast<std::size_t>(keys) * 2)
        slots *= 2;
    if (slots > m_slots.size()) {
        std::vector<Stored> keep;
        keep.swap(m_keys);
        m_slots.assign(slots, 0);
        m_keys.reserve(std::max(keep.size(), static_cast<std::size_t>(keys)));
        // Re-insert what was there (the table doubles as keys come).
        const std::size_t mask = m_slots.size() - 1;
        for (Stored &stored : keep) {
            const QByteArrayView number(m_bytes.constData() + stored.offset, stored.length);
            const quint64 h = hashOf(number);
            std::size_t at = static_cast<std::size_t>(h) & mask;
            while (m_slots[at] != 0)
                at = (at + 1) & mask;
            m_keys.push_back(stored);
            m_slots[at] = (h & 0xffffffff00000000ULL) | static_cast<quint64>(m_keys.size());
        }
    } else {
        m_keys.reserve(static_cast<std::size_t>(keys));
    }
}

void InvoiceKeyIndex::grow()
{
    reserve(std::max<qsizetype>(16, static_cast<qsizetype>(m_slots.size())));
}

const QString *InvoiceKeyIndex::currency(QByteArrayView utf8)
{
    for (std::size_t i = m_currencyUtf8.size(); i-- > 0;)
        if (QByteArrayView(m_currencyUtf8[i]) == utf8)
            return m_currencies[i].get();
    m_currencyUtf8.emplace_back(utf8.toByteArray());
    m_currencies.push_back(std::make_unique<QString>(QString::fromUtf8(utf8)));
    return m_currencies.back().get();
}

void InvoiceKeyIndex::add(QByteArrayView number, Id id, Id customerId, QByteArrayView currencyUtf8, qint64 issueDay,
                          qint64 dueDay, MinorUnits open)
{
    if ((m_keys.size() + 1) * 2 > m_slots.size())
        grow();
    const quint64 h = hashOf(number);
    const std::size_t mask = m_slots.size() - 1;
    std::size_t at = static_cast<std::size_t>(h) & mask;
    for (; m_slots[at] != 0; at = (at + 1) & mask) {
        if ((m_slots[at] & 0xffffffff00000000ULL) != (h & 0xffffffff00000000ULL))
            continue;
        const Stored &stored = m_keys[static_cast<std::size_t>(m_slots[at] & 0xffffffffULL) - 1];
        if (QByteArrayView(m_bytes.constData() + stored.offset, stored.length) == number)
            return; // the first key stays
    }
    Stored stored;
    stored.key = {id, customerId, issueDay, dueDay, open, currency(currencyUtf8)};
    stored.offset = m_bytes.size();
    stored.length = number.size();
    m_bytes.append(number);
    m_keys.push_back(stored);
    m_slots[at] = (h & 0xffffffff00000000ULL) | static_cast<quint64>(m_keys.size());
}

void InvoiceKeyIndex::add(QByteArrayView number, const InvoiceKey &key)
{
    add(number, key.id, key.customerId, key.currency.toUtf8(), key.issueDay, key.dueDay, key.open);
}

const InvoiceKeyIndex::Key *InvoiceKeyIndex::find(QByteArrayView number) const
{
    if (m_slots.empty())
        return nullptr;
    const quint64 h = hashOf(number);
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t at = static_cast<std::size_t>(h) & mask; m_slots[at] != 0; at = (at + 1) & mask) {
        if ((m_slots[at] & 0xffffffff00000000ULL) != (h & 0xffffffff00000000ULL))
            continue;
        const Stored &stored = m_keys[static_cast<std::size_t>(m_slots[at] & 0xffffffffULL) - 1];
        if (QByteArrayView(m_bytes.constData() + stored.offset, stored.length) == number)
            return &stored.key;
    }
    return nullptr;
}

void InvoiceKeyIndex::clear()
{
    m_bytes = QByteArray();
    std::vector<Stored>().swap(m_keys);
    std::vector<quint64>().swap(m_slots);
}

} // namespace ardesk
